#include "engine/data/table_rows.h"

#include "engine/core/error.h"

#include <string>
#include <unordered_map>

namespace seg {

namespace {

/// Appends to `jumps` what keeps row numbers right when data row `index` has number `number`,
/// given the number the row before it had.
void noteRowNumber(std::vector<std::pair<std::size_t, std::int64_t>> &jumps, std::size_t index,
                   std::int64_t number, std::int64_t previous)
{
    if (index == 0 || number != previous + 1)
        jumps.emplace_back(index, number);
}

Column emptyLike(const Column &c)
{
    Column out;
    out.name = c.name;
    out.type = c.type;
    out.levels = c.levels;
    out.role = c.role;
    out.roleReason = c.roleReason;
    return out;
}

} // namespace

Table selectRows(const Table &table, const std::vector<std::size_t> &rows)
{
    Table out;
    out.source = table.source;
    out.properties = table.properties;
    out.rowCount = rows.size();
    out.columns.reserve(table.columns.size());
    for (const Column &c : table.columns) {
        Column column = emptyLike(c);
        if (c.isNumeric()) {
            column.numbers.reserve(rows.size());
            for (std::size_t r : rows)
                column.numbers.push_back(c.numbers[r]);
        } else if (c.type == ColumnType::Categorical) {
            column.codes.reserve(rows.size());
            for (std::size_t r : rows)
                column.codes.push_back(c.codes[r]);
        } else {
            column.text.reserve(rows.size());
            column.textMissing.reserve(rows.size());
            for (std::size_t r : rows) {
                column.text.push_back(c.text[r]);
                column.textMissing.push_back(c.textMissing[r]);
            }
        }
        out.columns.push_back(std::move(column));
    }
    std::int64_t previous = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const std::int64_t number = table.rowNumber(rows[i]);
        noteRowNumber(out.rowNumberJumps, i, number, previous);
        previous = number;
    }
    return out;
}

void appendRows(Table &into, const Table &from)
{
    if (into.columns.empty() && into.rowCount == 0) {
        std::vector<std::size_t> all(from.rowCount);
        for (std::size_t i = 0; i < all.size(); ++i)
            all[i] = i;
        into = selectRows(from, all);
        return;
    }
    if (into.columns.size() != from.columns.size())
        throw Error(ErrorKind::Usage, fillIn(Text::tr("cannot append rows with %1 columns to a table of %2"),
                                             from.columns.size(), into.columns.size()));
    for (std::size_t c = 0; c < into.columns.size(); ++c) {
        const Column &a = into.columns[c];
        const Column &b = from.columns[c];
        if (a.name != b.name || a.type != b.type)
            throw Error(ErrorKind::Usage,
                        fillIn(Text::tr("cannot append rows: column %1 is '%2' (%3), not '%4' (%5)"), c + 1, b.name,
                               toString(b.type), a.name, toString(a.type)));
    }
    const std::size_t base = into.rowCount;
    std::int64_t previous = base == 0 ? 0 : into.rowNumber(base - 1);
    for (std::size_t c = 0; c < into.columns.size(); ++c) {
        Column &a = into.columns[c];
        const Column &b = from.columns[c];
        if (a.isNumeric()) {
            a.numbers.insert(a.numbers.end(), b.numbers.begin(), b.numbers.end());
        } else if (a.type == ColumnType::Categorical) {
            std::unordered_map<std::string, std::int32_t> codeOf;
            for (std::size_t l = 0; l < a.levels.size(); ++l)
                codeOf.emplace(a.levels[l], static_cast<std::int32_t>(l));
            std::vector<std::int32_t> remap(b.levels.size());
            for (std::size_t l = 0; l < b.levels.size(); ++l) {
                const auto [it, fresh] = codeOf.emplace(b.levels[l], static_cast<std::int32_t>(a.levels.size()));
                if (fresh)
                    a.levels.push_back(b.levels[l]);
                remap[l] = it->second;
            }
            for (const std::int32_t code : b.codes)
                a.codes.push_back(code < 0 ? code : remap[static_cast<std::size_t>(code)]);
        } else {
            a.text.insert(a.text.end(), b.text.begin(), b.text.end());
            a.textMissing.insert(a.textMissing.end(), b.textMissing.begin(), b.textMissing.end());
        }
    }
    into.rowCount += from.rowCount;
    for (std::size_t i = 0; i < from.rowCount; ++i) {
        const std::int64_t number = from.rowNumber(i);
        noteRowNumber(into.rowNumberJumps, base + i, number, previous);
        previous = number;
    }
}

} // namespace seg
