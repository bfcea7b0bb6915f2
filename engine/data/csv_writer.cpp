#include "engine/data/csv_writer.h"

#include <charconv>
#include <cmath>

namespace seg {

namespace {

// Numbers in the shortest text that reads back to the same double; whole numbers of Real
// columns keep a ".0" so that the column reads back as real, not integer.
void appendNumber(std::string &out, double value, bool realColumn)
{
    char buf[64];
    if (!realColumn && std::abs(value) <= 9007199254740992.0 && value == std::floor(value)) {
        const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(value));
        out.append(buf, end);
        return;
    }
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
    const std::string_view text(buf, static_cast<std::size_t>(end - buf));
    out += text;
    if (realColumn && text.find_first_of(".en") == std::string_view::npos)
        out += ".0";
}

} // namespace

void appendCsvField(std::string &out, std::string_view text, char delimiter)
{
    bool quote = !text.empty()
        && (text.front() == ' ' || text.front() == '\t' || text.back() == ' ' || text.back() == '\t');
    for (const char c : text) {
        if (c == delimiter || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out += text;
        return;
    }
    out += '"';
    for (const char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

void writeCsv(const Table &table, const std::string &path)
{
    AtomicFile file(path);
    std::string buffer;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        if (c > 0)
            buffer += ',';
        appendCsvField(buffer, table.columns[c].name);
    }
    buffer += "\r\n";
    for (std::size_t r = 0; r < table.rowCount; ++r) {
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            if (c > 0)
                buffer += ',';
            const Column &column = table.columns[c];
            if (column.isMissing(r))
                continue;
            if (column.type == ColumnType::Integer || column.type == ColumnType::Real)
                appendNumber(buffer, column.numbers[r], column.type == ColumnType::Real);
            else if (column.type == ColumnType::Categorical)
                appendCsvField(buffer, column.levels[static_cast<std::size_t>(column.codes[r])]);
            else if (column.type == ColumnType::Identifier)
                appendCsvField(buffer, column.text[r]);
            else
                appendCsvField(buffer, column.cellText(r));
        }
        buffer += "\r\n";
        if (buffer.size() >= (std::size_t {1} << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
    file.commit();
}

} // namespace seg
