#include "engine/data/import_messages.h"

#include "engine/core/text.h"
#include "engine/data/type_inference.h"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <utility>

namespace seg {

// A cell value for a message: quoted, shortened, control characters made visible.
std::string quoteValue(std::string_view value)
{
    constexpr std::size_t kMax = 40;
    std::string out = "'";
    std::size_t end = value.size();
    bool shortened = false;
    if (end > kMax) {
        end = kMax;
        while (end > 0 && (static_cast<unsigned char>(value[end]) & 0xC0) == 0x80)
            --end; // do not cut a UTF-8 sequence
        shortened = true;
    }
    // Characters a reader cannot see are named, so that "holds '2'" never hides why a cell
    // is not a number (a byte order mark left where two files were joined, a no-break space).
    static constexpr std::pair<std::string_view, std::string_view> kInvisible[] = {
        {"\xEF\xBB\xBF", "<U+FEFF>"}, {"\xC2\xA0", "<U+00A0>"},     {"\xE2\x80\x8B", "<U+200B>"},
        {"\xE2\x80\x8C", "<U+200C>"}, {"\xE2\x80\x8D", "<U+200D>"}, {"\xE2\x81\xA0", "<U+2060>"}};
    for (std::size_t i = 0; i < end; ++i) {
        const char c = value[i];
        const auto *named = std::find_if(std::begin(kInvisible), std::end(kInvisible), [&](const auto &entry) {
            return value.substr(i, entry.first.size()) == entry.first;
        });
        if (named != std::end(kInvisible) && i + named->first.size() <= end) {
            out += named->second;
            i += named->first.size() - 1;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
            static constexpr char kHex[] = "0123456789ABCDEF";
            out += "\\x";
            out += kHex[(static_cast<unsigned char>(c) >> 4) & 0xF];
            out += kHex[static_cast<unsigned char>(c) & 0xF];
        } else {
            out += c;
        }
    }
    out += shortened ? "...'" : "'";
    return out;
}

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

} // namespace

std::string visibleName(std::string name)
{
    for (std::size_t at = name.find(kByteOrderMark); at != std::string::npos; at = name.find(kByteOrderMark, at))
        name.replace(at, kByteOrderMark.size(), "<U+FEFF>");
    return name;
}

std::string groupedCount(std::size_t n)
{
    return Text::count(static_cast<long long>(n));
}

std::string joinNames(const std::vector<std::string> &names)
{
    std::string out;
    for (const std::string &n : names)
        out += (out.empty() ? "" : ", ") + std::string("'") + visibleName(n) + "'";
    return out;
}

std::string byteOrderMarkHint(const std::vector<std::string> &names, const std::string &wanted)
{
    for (const std::string &n : names)
        if (n.size() > kByteOrderMark.size() && std::string_view(n).substr(0, 3) == kByteOrderMark
            && std::string_view(n).substr(3) == wanted)
            return fillIn(Text::tr("the column '%1' starts with an invisible byte order mark (U+FEFF), as when a "
                                   "file is saved with two of them: remove it"),
                          visibleName(n));
    return {};
}

std::string compactDatesWarning(const std::string &column, std::int64_t row, double written)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.0f", written);
    return fillIn(Text::tr("column '%1' holds whole numbers that are all dates written YYYYMMDD (row %2: %3); read "
                           "as dates, not as numbers"),
                  column, row, text);
}

std::string ambiguousDatesWarning(const std::string &column, DateFormat format, bool orderShown,
                                  const std::string &example)
{
    if (orderShown || (format != DateFormat::MonthDayYear && format != DateFormat::DaySlashMonthYear))
        return {};
    const std::string pattern = format == DateFormat::DaySlashMonthYear
        ? Text::tr("column '%1' holds dates such as %2 whose day and month could be either way round (no day above "
                   "12); read as day/month/year (the default order when a column does not show it)")
        : Text::tr("column '%1' holds dates such as %2 whose day and month could be either way round (no day above "
                   "12); read as month/day/year (the default order when a column does not show it)");
    return fillIn(pattern, column, quoteValue(example));
}

std::vector<std::string> textColumnWarnings(const TextColumnFacts &f)
{
    std::vector<std::string> warnings;
    const std::string as = f.type == ColumnType::Categorical
        ? Text::tr("read as categorical text, nothing was converted")
        : Text::tr("read as identifier text, nothing was converted");
    if (f.leadingZeros)
        warnings.push_back(fillIn(Text::tr("column '%1' holds whole numbers written with leading zeros (row %2: %3), "
                                           "as codes and customer numbers are; read as text, so the zeros are kept"),
                                  f.column, f.fallbackRow, quoteValue(f.fallbackValue)));
    else if (f.numericCells > 0)
        warnings.push_back(fillIn(Text::tr("column '%1' mixes numbers and text: %2 of %3 values are numbers, but row "
                                           "%4 holds %5; %6"),
                                  f.column, f.numericCells, f.nonMissing, f.fallbackRow, quoteValue(f.fallbackValue),
                                  as));
    if (f.decoratedRow >= 0) {
        // What the numbers look like, and how to make them numbers.
        std::string looks, fix;
        switch (numberStyle(f.decorated)) {
        case NumberStyle::DecimalComma:
            looks = commaMayGroupThousands(f.decorated)
                ? Text::tr("column '%1' looks like numbers with a decimal comma or a thousands separator (row %2: "
                           "%3); %4; %5")
                : Text::tr("column '%1' looks like numbers with a decimal comma (row %2: %3); %4; %5");
            fix = f.delimiter == 0 || f.delimiter == ','
                ? Text::tr("a decimal comma is read only from files delimited by ';' or tabs: write the numbers with "
                           "'.' as the decimal mark")
                : Text::tr("a decimal comma is read only when every value of the column is an integer or uses it: "
                           "write every number with the same decimal mark");
            break;
        case NumberStyle::ThousandsSeparators:
            looks = Text::tr("column '%1' looks like numbers with thousands separators (row %2: %3); %4; %5");
            fix = Text::tr("remove the thousands separators to use it as numbers");
            break;
        case NumberStyle::Decorated:
        case NumberStyle::None: // not passed: `decorated` is written in one of the styles
            looks = Text::tr("column '%1' looks like numbers with a currency or percent sign (row %2: %3); %4; %5");
            fix = Text::tr("remove the signs to use it as numbers");
            break;
        }
        warnings.push_back(fillIn(looks, f.column, f.decoratedRow, quoteValue(f.decorated), as, fix));
    }
    if (f.nonDateRow >= 0)
        warnings.push_back(fillIn(Text::tr("column '%1' looks like dates, but row %2 holds %3, which is not a date "
                                           "in the same format; %4"),
                                  f.column, f.nonDateRow, quoteValue(f.nonDate), as));
    return warnings;
}

std::string unreadableCellsMessage(ColumnType type, const std::vector<MessageCell> &listed, std::size_t total)
{
    // "row 3 'x', row 5 'y' and row 9 'z'", or "row 3 'x', row 5 'y' and 7 more".
    std::string cells;
    for (std::size_t i = 0; i < listed.size(); ++i) {
        const std::string cell = fillIn(Text::tr("row %1 %2"), listed[i].row, quoteValue(listed[i].value));
        if (i == 0)
            cells = cell;
        else if (i + 1 == listed.size() && total == listed.size())
            cells = fillIn(Text::tr("%1 and %2"), cells, cell);
        else
            cells += ", " + cell;
    }
    if (total > listed.size())
        cells = fillIn(Text::tr("%1 and %2 more"), cells, total - listed.size());
    const auto n = static_cast<long long>(total);
    std::string detail;
    switch (type) {
    case ColumnType::Integer:
        detail = Text::tr("the column is set to integer, but %n cell(s) cannot be read as whole numbers: %1",
                          nullptr, n);
        break;
    case ColumnType::Boolean:
        detail = Text::tr("the column is set to boolean, but %n cell(s) cannot be read as true/false values "
                          "(true/false, yes/no, t/f, y/n or 1/0): %1",
                          nullptr, n);
        break;
    case ColumnType::Date:
        detail = Text::tr("the column is set to date, but %n cell(s) cannot be read as dates (such as 2024-03-31, "
                          "3/31/2024, 31.03.2024 or 20240331): %1",
                          nullptr, n);
        break;
    default:
        detail = Text::tr("the column is set to real, but %n cell(s) cannot be read as numbers: %1", nullptr, n);
        break;
    }
    return fillIn(detail, cells);
}

} // namespace seg
