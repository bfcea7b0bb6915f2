#include "engine/data/table.h"

#include "engine/core/error.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

namespace seg {

std::string_view toString(ColumnType type)
{
    switch (type) {
    case ColumnType::Integer: return "integer";
    case ColumnType::Real: return "real";
    case ColumnType::Boolean: return "boolean";
    case ColumnType::Date: return "date";
    case ColumnType::Categorical: return "categorical";
    case ColumnType::Identifier: return "identifier";
    }
    return "unknown";
}

std::size_t Column::size() const
{
    switch (type) {
    case ColumnType::Categorical: return codes.size();
    case ColumnType::Identifier: return text.size();
    default: return numbers.size();
    }
}

bool Column::isMissing(std::size_t row) const
{
    switch (type) {
    case ColumnType::Categorical: return codes[row] < 0;
    case ColumnType::Identifier: return textMissing.empty() ? false : textMissing[row] != 0;
    default: return std::isnan(numbers[row]);
    }
}

std::size_t Column::missingCount() const
{
    std::size_t count = 0;
    const std::size_t n = size();
    for (std::size_t r = 0; r < n; ++r)
        count += isMissing(r) ? 1 : 0;
    return count;
}

std::string formatDate(double days)
{
    const double whole = std::floor(days);
    const std::time_t seconds = static_cast<std::time_t>(whole) * 86400;
    std::tm tm{};
    gmtime_r(&seconds, &tm);
    char buf[96];
    const double fraction = days - whole;
    if (fraction == 0.0) {
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    } else {
        const long secs = std::lround(fraction * 86400.0);
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02ld:%02ld:%02ld", tm.tm_year + 1900, tm.tm_mon + 1,
                      tm.tm_mday, secs / 3600, (secs / 60) % 60, secs % 60);
    }
    return buf;
}

namespace {

std::string formatNumber(double value)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", value);
    // Prefer the shortest representation that round-trips.
    for (int precision = 6; precision < 17; ++precision) {
        char shorter[64];
        std::snprintf(shorter, sizeof shorter, "%.*g", precision, value);
        if (std::strtod(shorter, nullptr) == value)
            return shorter;
    }
    return buf;
}

} // namespace

std::string Column::cellText(std::size_t row) const
{
    if (isMissing(row))
        return {};
    switch (type) {
    case ColumnType::Categorical: return levels[static_cast<std::size_t>(codes[row])];
    case ColumnType::Identifier: return text[row];
    case ColumnType::Boolean: return numbers[row] != 0.0 ? "true" : "false";
    case ColumnType::Date: return formatDate(numbers[row]);
    case ColumnType::Integer:
        // Every digit, as the file wrote it: 20240230, not 2.024023e+07.
        if (std::fabs(numbers[row]) < 1e15) {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%.0f", numbers[row]);
            return buf;
        }
        return formatNumber(numbers[row]);
    case ColumnType::Real: return formatNumber(numbers[row]);
    }
    return {};
}

std::int64_t rowNumberFromJumps(const std::vector<std::pair<std::size_t, std::int64_t>> &jumps,
                                std::size_t index, std::int64_t offset)
{
    auto it = std::upper_bound(jumps.begin(), jumps.end(), index,
                               [](std::size_t i, const auto &jump) { return i < jump.first; });
    if (it == jumps.begin())
        return static_cast<std::int64_t>(index) + offset;
    --it;
    return it->second + static_cast<std::int64_t>(index - it->first);
}

std::int64_t Table::rowNumber(std::size_t index) const
{
    return rowNumberFromJumps(rowNumberJumps, index, 2);
}

int Table::indexOf(std::string_view name) const
{
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (columns[i].name == name)
            return static_cast<int>(i);
    return -1;
}

const Column *Table::find(std::string_view name) const
{
    const int i = indexOf(name);
    return i < 0 ? nullptr : &columns[static_cast<std::size_t>(i)];
}

const Column &Table::require(std::string_view name) const
{
    if (const Column *c = find(name))
        return *c;
    std::string available;
    for (const Column &c : columns)
        available += (available.empty() ? "" : ", ") + c.name;
    throw Error(ErrorKind::InvalidData,
                fillIn(Text::tr("no column named '%1'; the columns are: %2"), name, available),
                ErrorLocation{source, -1, {}});
}

ColumnIndex::ColumnIndex(const Table &table) : m_table(&table)
{
    m_columns.reserve(table.columns.size());
    for (const Column &c : table.columns)
        m_columns.emplace(c.name, &c); // keeps the first of duplicate names, as Table::find
}

const Column *ColumnIndex::find(std::string_view name) const
{
    const auto it = m_columns.find(name);
    return it == m_columns.end() ? nullptr : it->second;
}

const Column &ColumnIndex::require(std::string_view name) const
{
    if (const Column *c = find(name))
        return *c;
    return m_table->require(name); // throws the message that lists the columns
}

} // namespace seg
