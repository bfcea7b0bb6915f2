#include "engine/data/table_builder.h"

#include "engine/core/error.h"
#include "engine/data/import_messages.h"
#include "engine/data/text_dictionary.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>
#include <map>
#include <numeric>

namespace seg {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// Codes of text columns: -1 missing, -2 not yet known (the row must be replayed as text).
constexpr std::int32_t kMissingCode = -1;
constexpr std::int32_t kPendingCode = -2;

// What a message needs of a value kept only for messages (quoteValue shows 40 bytes): a huge
// cell must not be copied whole.
std::string_view messageCopy(std::string_view value)
{
    return value.substr(0, 64);
}

enum class Mode {
    Numeric, // inferring; numbers so far
    Text, // inferring; fell back to text
    ForcedNumber, // columnTypes says integer or real
    ForcedText, // columnTypes says boolean, date, categorical or identifier; or the id column
};

using Problem = MessageCell;

struct Duplicate
{
    std::string value;
    std::int64_t firstRow;
    std::int64_t row;
};

struct ColumnState
{
    std::string name;
    Mode mode = Mode::Numeric;
    ColumnType forcedType = ColumnType::Real;
    bool isId = false;

    std::vector<double> numbers;
    bool allIntegers = true;
    std::size_t numberCount = 0; // non-missing numbers (numeric modes)

    std::vector<std::int32_t> codes; // text modes: level index, kMissingCode or kPendingCode
    TextDictionary dict;
    // Raw text mode: past kMaxCategoricalLevels distinct values an inferred column can only be an
    // identifier or a date, so cells are kept as they come (codes then only say present = 0,
    // missing or pending) and no time is spent hashing mostly unique values.
    bool raw = false;
    std::vector<std::string> text;
    std::size_t replayUntil = 0; // rows [0, replayUntil) may hold kPendingCode
    std::int64_t fallbackRow = -1; // first non-numeric cell of an inferred text column
    std::string fallbackValue;
    bool leadingZeros = false; // the fallback was a whole number written with leading zeros

    // Integers beyond 2^53 (NumberKind::Inexact): read as the nearest double, with a warning.
    std::size_t inexactCount = 0;
    std::int64_t inexactRow = -1;
    std::string inexactText;
    // While every cell so far is a long digit code (isLongDigitCode) or missing: the cells' text,
    // so that a column of codes can still become an identifier column, without a replay.
    bool codesSoFar = false;
    std::vector<std::string> codeTexts;

    std::vector<Problem> problems; // forced numeric columns: the first few bad cells
    std::size_t problemCount = 0;
    std::vector<std::int64_t> missingIdRows;
    std::size_t missingIdCount = 0;
    std::vector<Duplicate> duplicates;
    std::size_t duplicateCount = 0;
};

} // namespace

struct TableBuilder::Impl
{
    std::string source;
    std::size_t maxListed = 5;
    char delimiter = 0; // the CSV delimiter; 0 when unknown (SQLite)
    DayMonthOrder dateOrder = DayMonthOrder::MonthFirst; // slash dates without evidence
    std::vector<std::string> markers;
    std::uint64_t markerLengths = 0; // bit L set when some marker has length L (L < 64)
    bool longMarkers = false;
    bool numericMarkers = false; // some marker is a number ("-999"), so numbers must be checked too
    std::vector<ColumnState> columns;
    std::size_t rows = 0;
    std::int64_t lastRow = 0;
    std::int64_t cellRow = 0; // the row the cell-by-cell calls (addCell ...) are filling
    std::vector<std::pair<std::size_t, std::int64_t>> rowJumps; // (data index, row) where rows jump
    std::vector<std::string> warnings;

    bool isMissing(std::string_view text) const
    {
        const std::string_view s = trimSpaces(text);
        if (s.empty())
            return true;
        if (s.size() < 64 ? ((markerLengths >> s.size()) & 1U) == 0 : !longMarkers)
            return false;
        for (const std::string &m : markers)
            if (s == m)
                return true;
        return false;
    }

    void appendText(ColumnState &c, std::string_view text, std::int64_t row)
    {
        if (isMissing(text)) {
            c.codes.push_back(kMissingCode);
            if (c.raw)
                c.text.emplace_back();
            if (c.isId) {
                if (c.missingIdRows.size() < maxListed)
                    c.missingIdRows.push_back(row);
                ++c.missingIdCount;
            }
            return;
        }
        if (c.raw) {
            c.text.emplace_back(text);
            c.codes.push_back(0);
            return;
        }
        bool inserted = false;
        const std::int32_t code = c.dict.insert(text, row, inserted);
        if (c.isId && !inserted) {
            if (c.duplicates.size() < maxListed)
                c.duplicates.push_back(
                    {std::string(messageCopy(text)), c.dict.firstRow[static_cast<std::size_t>(code)], row});
            ++c.duplicateCount;
        }
        c.codes.push_back(code);
        if (inserted && c.mode == Mode::Text && c.dict.levels.size() > kMaxCategoricalLevels)
            goRaw(c);
    }

    static void goRaw(ColumnState &c)
    {
        c.text.reserve(c.codes.capacity());
        c.text.resize(c.codes.size());
        for (std::size_t r = 0; r < c.codes.size(); ++r) {
            if (c.codes[r] >= 0) {
                c.text[r] = c.dict.levels[static_cast<std::size_t>(c.codes[r])];
                c.codes[r] = 0;
            }
        }
        c.dict = TextDictionary {};
        c.raw = true;
    }

    std::int64_t displayRow(std::size_t index) const
    {
        // Rows are consecutive except where the input skipped lines (blank lines in CSV).
        return rowNumberFromJumps(rowJumps, index, 1);
    }

    void switchToText(ColumnState &c, std::string_view text, std::int64_t row)
    {
        // Rows that held numbers need their original text (e.g. "007"), which only a replay
        // of the input gives back; rows that were missing stay missing.
        const std::size_t n = c.numbers.size();
        c.codes.reserve(std::max(c.numbers.capacity(), n + 1));
        c.codes.resize(n);
        std::size_t lastNumber = 0;
        for (std::size_t r = 0; r < n; ++r) {
            const bool missing = std::isnan(c.numbers[r]);
            c.codes[r] = missing ? kMissingCode : kPendingCode;
            if (!missing)
                lastNumber = r + 1;
        }
        c.replayUntil = lastNumber;
        c.fallbackRow = row;
        c.fallbackValue = std::string(messageCopy(text));
        c.numbers = {};
        c.mode = Mode::Text;
        c.codesSoFar = false;
        c.codeTexts = {};
        appendText(c, text, row);
    }

    // Cold paths, kept out of line so that cell() stays within its inlining budget.

    // "00017": nobody writes a quantity with leading zeros, but codes, customer numbers and postal
    // codes are written so, and reading them as numbers would lose the zeros (and so the key a
    // CRM knows them by). The column is read as text. True when `text` is such a number.
    [[gnu::noinline]] bool zeroPadded(ColumnState &c, std::string_view text, std::int64_t row)
    {
        if (!std::all_of(text.begin(), text.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
            return false;
        switchToText(c, text, row);
        c.leadingZeros = true;
        return true;
    }

    [[gnu::noinline]] static void noteInexact(ColumnState &c, std::string_view text, std::int64_t row)
    {
        if (c.inexactCount++ == 0) {
            c.inexactRow = row;
            c.inexactText = std::string(trimSpaces(text));
        }
    }

    [[gnu::noinline]] static void noteCode(ColumnState &c, std::string_view text, bool missing)
    {
        if (missing) {
            c.codeTexts.emplace_back();
        } else if (isLongDigitCode(text)) {
            c.codeTexts.emplace_back(text);
        } else {
            c.codesSoFar = false;
            c.codeTexts = {};
        }
    }

    void addProblem(ColumnState &c, std::string_view text, std::int64_t row)
    {
        if (c.problems.size() < maxListed)
            c.problems.push_back({row, std::string(messageCopy(text))});
        ++c.problemCount;
    }

    void cell(ColumnState &c, std::string_view text, std::int64_t row)
    {
        switch (c.mode) {
        case Mode::Numeric: {
            double v = 0.0;
            const NumberKind kind = parseNumber(text, v);
            if (numericMarkers && kind != NumberKind::None && isMissing(text)) {
                v = kNaN;
            } else if (kind == NumberKind::Integer || kind == NumberKind::Real) {
                if (kind == NumberKind::Integer && text.size() > 1 && text.front() == '0') [[unlikely]]
                    if (zeroPadded(c, text, row))
                        return;
                c.allIntegers = c.allIntegers && kind == NumberKind::Integer;
                ++c.numberCount;
            } else if (kind == NumberKind::Inexact) {
                // A big integer is still a number; it only loses its last digits.
                noteInexact(c, text, row);
                ++c.numberCount;
            } else if (isMissing(text)) {
                v = kNaN;
            } else {
                switchToText(c, text, row);
                return;
            }
            if (c.codesSoFar) [[unlikely]]
                noteCode(c, text, std::isnan(v));
            // One append for all outcomes: this is the hottest call of an import, and GCC's
            // inlining budget for this file covers one copy of push_back here, not three.
            c.numbers.push_back(v);
            return;
        }
        case Mode::ForcedNumber: {
            double v = 0.0;
            const NumberKind kind = parseNumber(text, v);
            const bool ok = c.forcedType == ColumnType::Real
                ? kind != NumberKind::None
                : (kind == NumberKind::Integer || kind == NumberKind::Inexact);
            if (ok && !(numericMarkers && isMissing(text))) {
                c.numbers.push_back(v);
                ++c.numberCount;
                if (kind == NumberKind::Inexact)
                    noteInexact(c, text, row);
            } else {
                if (!isMissing(text))
                    addProblem(c, text, row);
                c.numbers.push_back(kNaN);
            }
            return;
        }
        case Mode::Text:
        case Mode::ForcedText:
            appendText(c, text, row);
            return;
        }
    }

    Column finishColumn(ColumnState &c);
    Column finishCodes(ColumnState &c);
    void warnInexact(const ColumnState &c);
    Column finishText(ColumnState &c);
    Column finishRaw(ColumnState &c);
    // The decimal-comma rule (docs/data-import.md): in a file whose delimiter is not ',', a text
    // column whose every present value is a plain integer or a number with a decimal comma, one at
    // least the latter, holds numbers. Fills `values` (NaN where not present) and returns the index
    // of the first decimal-comma text; texts.size() when the rule does not apply.
    template<typename Present>
    std::size_t decimalCommas(const std::vector<std::string> &texts, Present present,
                              std::vector<double> &values) const
    {
        if (delimiter == 0 || delimiter == ',')
            return texts.size();
        values.assign(texts.size(), kNaN);
        std::size_t first = texts.size();
        for (std::size_t i = 0; i < texts.size(); ++i) {
            if (!present(i))
                continue;
            const NumberKind kind = parseNumber(texts[i], values[i]);
            if (kind == NumberKind::Integer || kind == NumberKind::Inexact)
                continue;
            if (kind != NumberKind::None || numberStyle(texts[i]) != NumberStyle::DecimalComma)
                return texts.size();
            values[i] = decimalCommaValue(texts[i]);
            first = std::min(first, i);
        }
        return first;
    }
    void warnDecimalCommas(const ColumnState &c, const std::string &example, std::int64_t row);
    // An integer column whose every number is a date written YYYYMMDD (compactDateValue): turns
    // the numbers into days since 1970-01-01, says so in a warning and returns true.
    bool compactDates(ColumnState &c);
    // Slash dates whose order nothing in the column showed: say which order was assumed.
    void warnAmbiguousDates(const ColumnState &c, DateFormat format, bool orderShown, const std::string &example);
    // Throws for missing or repeated customer ids.
    void checkIds(const ColumnState &c) const;
    // The type of an inferred text column, warning when numbers or dates were likely meant.
    ColumnType inferText(const ColumnState &c, const std::vector<std::size_t> &counts,
                         std::size_t nonMissing);
    // Throws when a level marked `bad` cannot take the forced type of its column.
    void throwUnconvertible(const ColumnState &c, const std::vector<std::size_t> &counts,
                            const std::vector<bool> &bad, ColumnType type) const;
    void warnIfEntirelyMissing(const ColumnState &c, std::size_t present);
    void warnAboutText(const ColumnState &c, ColumnType type, std::size_t numericCells,
                       std::size_t nonMissing, std::string_view decorated, std::int64_t decoratedRow,
                       std::string_view nonDate, std::int64_t nonDateRow);
    // `type` is the forced type: Integer, Real, Boolean or Date.
    [[noreturn]] void throwProblems(const ColumnState &c, const std::vector<Problem> &listed,
                                    std::size_t total, ColumnType type) const;
};

TableBuilder::TableBuilder(std::string source, std::vector<std::string> names, const CsvOptions &options,
                           std::int64_t headerRow)
    : m_impl(std::make_unique<Impl>())
{
    Impl &d = *m_impl;
    d.source = std::move(source);
    d.maxListed = std::max<std::size_t>(1, options.maxListedProblems);
    d.delimiter = options.delimiter;
    d.dateOrder = options.dateOrder;
    for (const std::string &m : options.missingMarkers) {
        const std::string_view t = trimSpaces(m);
        if (t.empty())
            continue;
        d.markers.emplace_back(t);
        double ignored = 0.0;
        d.numericMarkers = d.numericMarkers || parseNumber(t, ignored) != NumberKind::None;
        if (t.size() < 64)
            d.markerLengths |= std::uint64_t {1} << t.size();
        else
            d.longMarkers = true;
    }

    // Exports from R and pandas often leave the row-index column unnamed: name it rather than
    // refuse the file, and say so.
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (!trimSpaces(names[i]).empty())
            continue;
        std::string name = "column_" + std::to_string(i + 1);
        while (std::find(names.begin(), names.end(), name) != names.end())
            name += "_";
        d.warnings.push_back(fillIn(Text::tr("column %1 (%2) has no name in the header row; it is called '%3'"),
                                    i + 1, columnLetters(i), name));
        names[i] = std::move(name);
    }
    std::map<std::string_view, std::size_t> seen;
    for (std::size_t i = 0; i < names.size(); ++i) {
        const auto [it, fresh] = seen.emplace(names[i], i);
        if (!fresh)
            throw Error(ErrorKind::InvalidData,
                        fillIn(Text::tr("the column name '%1' appears twice in the header row (columns %2 (%3) and "
                                        "%4 (%5)); column names must be unique"),
                               names[i], it->second + 1, columnLetters(it->second), i + 1, columnLetters(i)),
                        ErrorLocation {d.source, headerRow, names[i]});
    }
    for (const auto &[name, type] : options.columnTypes)
        if (!seen.count(name))
            throw Error(ErrorKind::InvalidData,
                        fillIn(Text::tr("a type (%1) was set for the column '%2', but there is no such column; the "
                                        "columns are: %3"),
                               toString(type), name, joinNames(names)),
                        ErrorLocation {d.source, -1, {}});
    if (!options.idColumn.empty() && !seen.count(options.idColumn)) {
        std::string detail = fillIn(Text::tr("the customer id column '%1' does not exist; the columns are: %2"),
                                    options.idColumn, joinNames(names));
        if (const std::string hint = byteOrderMarkHint(names, options.idColumn); !hint.empty())
            detail = fillIn(Text::tr("%1; %2"), detail, hint);
        throw Error(ErrorKind::InvalidData, detail, ErrorLocation {d.source, -1, {}});
    }

    d.columns.resize(names.size());
    for (std::size_t i = 0; i < names.size(); ++i) {
        ColumnState &c = d.columns[i];
        c.name = std::move(names[i]);
        if (c.name == options.idColumn) {
            c.isId = true;
            c.mode = Mode::ForcedText;
            c.forcedType = ColumnType::Identifier;
        } else if (const auto it = options.columnTypes.find(c.name); it != options.columnTypes.end()) {
            c.forcedType = it->second;
            c.mode = (it->second == ColumnType::Integer || it->second == ColumnType::Real)
                ? Mode::ForcedNumber
                : Mode::ForcedText;
            c.raw = it->second == ColumnType::Identifier;
        }
        c.codesSoFar = c.mode == Mode::Numeric;
    }
}

TableBuilder::~TableBuilder() = default;

std::size_t TableBuilder::columnCount() const
{
    return m_impl->columns.size();
}

std::size_t TableBuilder::rowCount() const
{
    return m_impl->rows;
}

void TableBuilder::reserve(std::size_t rows)
{
    for (ColumnState &c : m_impl->columns) {
        if (c.mode == Mode::Numeric || c.mode == Mode::ForcedNumber)
            c.numbers.reserve(rows);
        else
            c.codes.reserve(rows);
        // Mostly unique texts so far (ids): size the dictionary once instead of rehashing it.
        const std::size_t seen = c.codes.size();
        if (c.mode != Mode::Numeric && c.mode != Mode::ForcedNumber && seen > 0
            && c.dict.levels.size() * 10 >= seen * 9)
            c.dict.reserve(rows);
    }
}

void TableBuilder::addRow(const std::string_view *cells, std::int64_t row)
{
    Impl &d = *m_impl;
    const std::size_t n = d.columns.size();
    for (std::size_t i = 0; i < n; ++i)
        d.cell(d.columns[i], cells[i], row);
    if (row != d.lastRow + 1 || d.rows == 0)
        d.rowJumps.emplace_back(d.rows, row);
    d.lastRow = row;
    ++d.rows;
}

void TableBuilder::addCell(std::size_t column, std::string_view text, std::int64_t row)
{
    m_impl->cellRow = row;
    m_impl->cell(m_impl->columns[column], text, row);
}

void TableBuilder::addNumber(std::size_t column, double value, bool isInteger, std::int64_t row)
{
    m_impl->cellRow = row;
    ColumnState &c = m_impl->columns[column];
    if (c.mode == Mode::ForcedNumber && c.forcedType == ColumnType::Integer && !isInteger
        && value != std::floor(value)) {
        char text[32];
        std::snprintf(text, sizeof text, "%.15g", value);
        m_impl->addProblem(c, text, row);
        c.numbers.push_back(kNaN);
        return;
    }
    if (c.codesSoFar) {
        // SQLite passes integers up to 2^53 as numbers; their text is their decimal digits.
        if (isInteger && value >= 1e15)
            c.codeTexts.push_back(std::to_string(static_cast<std::int64_t>(value)));
        else
            c.codeTexts = {};
        c.codesSoFar = c.codesSoFar && !c.codeTexts.empty();
    }
    c.numbers.push_back(value);
    c.allIntegers = c.allIntegers && isInteger;
    ++c.numberCount;
}

void TableBuilder::addMissing(std::size_t column, std::int64_t row)
{
    m_impl->cellRow = row;
    ColumnState &c = m_impl->columns[column];
    if (c.mode == Mode::Numeric || c.mode == Mode::ForcedNumber) {
        if (c.codesSoFar)
            c.codeTexts.emplace_back();
        c.numbers.push_back(kNaN);
    } else {
        m_impl->appendText(c, {}, row);
    }
}

void TableBuilder::endRow()
{
    // Row numbers as addRow() keeps them, so that messages name the row the source shows.
    Impl &d = *m_impl;
    if (d.cellRow != d.lastRow + 1 || d.rows == 0)
        d.rowJumps.emplace_back(d.rows, d.cellRow);
    d.lastRow = d.cellRow;
    ++d.rows;
}

bool TableBuilder::wantsNumbers(std::size_t column) const
{
    const Mode mode = m_impl->columns[column].mode;
    return mode == Mode::Numeric || mode == Mode::ForcedNumber;
}

std::size_t TableBuilder::replayRows() const
{
    std::size_t rows = 0;
    for (const ColumnState &c : m_impl->columns)
        rows = std::max(rows, c.replayUntil);
    return rows;
}

bool TableBuilder::needsReplay(std::size_t column, std::size_t index) const
{
    const ColumnState &c = m_impl->columns[column];
    return index < c.replayUntil && c.codes[index] == kPendingCode;
}

void TableBuilder::replayCell(std::size_t column, std::size_t index, std::string_view text, std::int64_t row)
{
    ColumnState &c = m_impl->columns[column];
    if (m_impl->isMissing(text)) {
        c.codes[index] = kMissingCode;
    } else if (c.raw) {
        c.text[index] = std::string(text);
        c.codes[index] = 0;
    } else {
        bool inserted = false;
        c.codes[index] = c.dict.insert(text, row, inserted);
    }
}

void TableBuilder::replayRow(std::size_t index, const std::string_view *cells, std::int64_t row)
{
    for (std::size_t i = 0; i < m_impl->columns.size(); ++i)
        if (needsReplay(i, index))
            replayCell(i, index, cells[i], row);
}

void TableBuilder::Impl::throwProblems(const ColumnState &c, const std::vector<Problem> &listed,
                                       std::size_t total, ColumnType type) const
{
    throw Error(ErrorKind::InvalidData, unreadableCellsMessage(type, listed, total),
                ErrorLocation {source, listed.front().row, c.name});
}

namespace {

// Renumbers the levels of a dictionary column in order of first appearance; replayed rows may
// have added earlier levels last.
void orderLevelsByFirstRow(ColumnState &c)
{
    std::vector<std::string> &levels = c.dict.levels;
    std::vector<std::int64_t> &firstRow = c.dict.firstRow;
    if (std::is_sorted(firstRow.begin(), firstRow.end()))
        return;
    std::vector<std::size_t> order(levels.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return firstRow[a] < firstRow[b]; });
    std::vector<std::int32_t> newCode(levels.size());
    std::vector<std::string> newLevels(levels.size());
    std::vector<std::int64_t> newFirst(levels.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        newCode[order[i]] = static_cast<std::int32_t>(i);
        newLevels[i] = std::move(levels[order[i]]);
        newFirst[i] = firstRow[order[i]];
    }
    for (std::int32_t &code : c.codes)
        if (code >= 0)
            code = newCode[static_cast<std::size_t>(code)];
    levels = std::move(newLevels);
    firstRow = std::move(newFirst);
}

// The per-row values of a dictionary column from one value per level (boolean and date
// columns convert each distinct text once); frees the codes.
std::vector<double> numbersFromLevels(ColumnState &c, const std::vector<double> &levelValues)
{
    std::vector<double> numbers(c.codes.size());
    for (std::size_t r = 0; r < c.codes.size(); ++r)
        numbers[r] = c.codes[r] < 0 ? kNaN : levelValues[static_cast<std::size_t>(c.codes[r])];
    c.codes = {};
    return numbers;
}

// The per-row texts of a dictionary column, for an identifier column; frees the codes and
// moves out the levels used once.
void textFromLevels(ColumnState &c, const std::vector<std::size_t> &counts, Column &out)
{
    std::vector<std::string> &levels = c.dict.levels;
    const std::size_t n = c.codes.size();
    out.text.resize(n);
    out.textMissing.assign(n, 0);
    for (std::size_t r = 0; r < n; ++r) {
        const std::int32_t code = c.codes[r];
        if (code < 0) {
            out.textMissing[r] = 1;
            continue;
        }
        const auto l = static_cast<std::size_t>(code);
        // A level used once can be moved instead of copied (ids are mostly unique).
        if (counts[l] == 1)
            out.text[r] = std::move(levels[l]);
        else
            out.text[r] = levels[l];
    }
    c.codes = {};
}

} // namespace

void TableBuilder::Impl::warnIfEntirelyMissing(const ColumnState &c, std::size_t present)
{
    if (present == 0 && rows > 0)
        warnings.push_back(fillIn(Text::tr("column '%1' is entirely missing (all %2 values are empty or missing "
                                           "markers)"),
                                  c.name, rows));
}

void TableBuilder::Impl::warnInexact(const ColumnState &c)
{
    if (c.inexactCount == 0)
        return;
    double nearest = 0.0;
    parseNumber(c.inexactText, nearest);
    std::string w = fillIn(Text::tr("column '%1' holds an integer too large to be stored exactly: row %2 %3 is read "
                                    "as %4 (numbers beyond 2^53 = 9007199254740992 keep about 16 significant "
                                    "digits)"),
                           c.name, c.inexactRow, quoteValue(c.inexactText), Text::number(nearest, 17));
    if (c.inexactCount > 1)
        w = fillIn(Text::tr("%1; %n more value(s) like it", nullptr, static_cast<long long>(c.inexactCount - 1)), w);
    warnings.push_back(std::move(w));
}

// An inferred column whose every value is a long digit code, some beyond 2^53: card, account or
// tracking numbers. They are kept exactly, as text, rather than rounded into amounts.
Column TableBuilder::Impl::finishCodes(ColumnState &c)
{
    Column out;
    out.name = c.name;
    out.type = ColumnType::Identifier;
    const std::size_t n = c.numbers.size();
    out.textMissing.resize(n);
    for (std::size_t r = 0; r < n; ++r)
        out.textMissing[r] = std::isnan(c.numbers[r]) ? 1 : 0;
    out.text = std::move(c.codeTexts);
    warnings.push_back(fillIn(Text::tr("column '%1' holds only integers of %2 or more digits, some too large to be "
                                       "stored exactly (row %3 %4); they look like codes, so the column is read as "
                                       "identifier text"),
                              c.name, kMinCodeDigits, c.inexactRow, quoteValue(c.inexactText)));
    return out;
}

Column TableBuilder::Impl::finishColumn(ColumnState &c)
{
    Column out;
    out.name = c.name;
    if (c.mode == Mode::Numeric && c.inexactCount > 0 && c.codesSoFar)
        return finishCodes(c);
    if (c.mode == Mode::Numeric || c.mode == Mode::ForcedNumber) {
        if (c.problemCount > 0)
            throwProblems(c, c.problems, c.problemCount,
                          c.forcedType == ColumnType::Integer ? ColumnType::Integer : ColumnType::Real);
        warnInexact(c);
        if (c.mode == Mode::ForcedNumber)
            out.type = c.forcedType;
        else
            out.type = (c.numberCount > 0 && c.allIntegers) ? ColumnType::Integer : ColumnType::Real;
        warnIfEntirelyMissing(c, c.numberCount);
        if (c.mode == Mode::Numeric && out.type == ColumnType::Integer && compactDates(c)) {
            out.type = ColumnType::Date;
            out.numbers = std::move(c.numbers);
            return out;
        }
        if (c.numbers.capacity() > c.numbers.size() + c.numbers.size() / 4)
            c.numbers.shrink_to_fit();
        out.numbers = std::move(c.numbers);
        return out;
    }
    return finishText(c);
}

Column TableBuilder::Impl::finishText(ColumnState &c)
{
    if (c.raw)
        return finishRaw(c);
    c.dict.release();
    orderLevelsByFirstRow(c);
    const std::vector<std::string> &levels = c.dict.levels;

    std::vector<std::size_t> counts(levels.size(), 0);
    for (const std::int32_t code : c.codes)
        if (code >= 0)
            ++counts[static_cast<std::size_t>(code)];
    const std::size_t nonMissing = std::accumulate(counts.begin(), counts.end(), std::size_t {0});

    if (c.isId)
        checkIds(c);

    const bool forced = c.mode == Mode::ForcedText;
    Column out;
    out.name = c.name;
    if (!forced) {
        std::vector<double> values;
        const std::size_t first = decimalCommas(levels, [](std::size_t) { return true; }, values);
        if (first < levels.size()) {
            warnDecimalCommas(c, levels[first], c.dict.firstRow[first]);
            out.type = ColumnType::Real;
            out.numbers = numbersFromLevels(c, values);
            return out;
        }
    }
    out.type = forced ? c.forcedType : inferText(c, counts, nonMissing);
    switch (out.type) {
    case ColumnType::Boolean: {
        std::vector<double> values(levels.size());
        std::vector<bool> bad(levels.size(), false);
        for (std::size_t l = 0; l < levels.size(); ++l) {
            const int b = parseBoolean(levels[l], forced);
            bad[l] = b < 0;
            values[l] = b;
        }
        throwUnconvertible(c, counts, bad, ColumnType::Boolean);
        out.numbers = numbersFromLevels(c, values);
        break;
    }
    case ColumnType::Date: {
        std::vector<double> values(levels.size());
        std::vector<bool> bad(levels.size(), false);
        DayMonthEvidence evidence;
        for (const std::string &l : levels)
            evidence.add(l);
        const DayMonthOrder order = evidence.order(dateOrder);
        for (std::size_t l = 0; l < levels.size(); ++l)
            bad[l] = parseDate(levels[l], values[l], true, order) == DateFormat::None;
        throwUnconvertible(c, counts, bad, ColumnType::Date);
        out.numbers = numbersFromLevels(c, values);
        break;
    }
    case ColumnType::Categorical:
        out.codes = std::move(c.codes);
        out.levels = std::move(c.dict.levels);
        break;
    case ColumnType::Identifier:
    default:
        out.type = ColumnType::Identifier;
        textFromLevels(c, counts, out);
        break;
    }
    warnIfEntirelyMissing(c, nonMissing);
    return out;
}

void TableBuilder::Impl::checkIds(const ColumnState &c) const
{
    if (c.missingIdCount > 0) {
        std::string listed;
        for (std::size_t i = 0; i < c.missingIdRows.size(); ++i)
            listed += (i == 0 ? "" : ", ") + std::to_string(c.missingIdRows[i]);
        if (c.missingIdCount > c.missingIdRows.size())
            listed = fillIn(Text::tr("%1 and %2 more"), listed, c.missingIdCount - c.missingIdRows.size());
        const auto n = static_cast<long long>(c.missingIdCount);
        const std::string detail = fillIn(
            Text::tr("the customer id is missing in %n row(s): %1; every row needs an id", nullptr, n), listed);
        throw Error(ErrorKind::InvalidData, detail, ErrorLocation {source, c.missingIdRows.front(), c.name});
    }
    if (c.duplicateCount > 0) {
        std::string detail;
        for (std::size_t i = 0; i < c.duplicates.size(); ++i) {
            const Duplicate &dup = c.duplicates[i];
            const std::string repeated
                = fillIn(Text::tr("id %1 appears in rows %2 and %3"), quoteValue(dup.value), dup.firstRow, dup.row);
            detail = i == 0 ? repeated : fillIn(Text::tr("%1; %2"), detail, repeated);
        }
        if (c.duplicateCount > c.duplicates.size())
            detail = fillIn(Text::tr("%1; and %2 more repeated ids"), detail,
                            c.duplicateCount - c.duplicates.size());
        detail = fillIn(Text::tr("%1; customer ids must be unique"), detail);
        // Many rows per id: purchases, not customers (docs/data-import.md, "Transaction logs").
        const auto rowsWithId = static_cast<std::size_t>(
            std::count_if(c.codes.begin(), c.codes.end(), [](std::int32_t code) { return code >= 0; }));
        if (!c.raw && c.dict.levels.size() * 2 <= rowsWithId)
            detail = fillIn(Text::tr("%1; %2 rows for %3 ids look like a transaction log (a row per purchase): turn "
                                     "it into one row per customer first"),
                            detail, rowsWithId, c.dict.levels.size());
        throw Error(ErrorKind::InvalidData, detail, ErrorLocation {source, c.duplicates.front().row, c.name});
    }
}

ColumnType TableBuilder::Impl::inferText(const ColumnState &c, const std::vector<std::size_t> &counts,
                                         std::size_t nonMissing)
{
    const std::vector<std::string> &levels = c.dict.levels;
    const std::vector<std::int64_t> &firstRow = c.dict.firstRow;
    const LevelSurvey survey = surveyLevels(levels, dateOrder);
    const ColumnType type = inferTextType(survey, levels.size(), nonMissing);
    if (type == ColumnType::Date)
        warnAmbiguousDates(c, survey.dominantDate, survey.dateOrderShown, levels.front());
    if (type != ColumnType::Categorical && type != ColumnType::Identifier)
        return type;

    // Text that holds numbers was most likely meant as numbers: say why it was not read so.
    std::size_t numeric = 0;
    std::size_t decorated = levels.size();
    for (std::size_t l = 0; l < levels.size(); ++l) {
        double v = 0.0;
        if (parseNumber(levels[l], v) != NumberKind::None)
            numeric += counts[l];
        else if (decorated == levels.size() && numberStyle(levels[l]) != NumberStyle::None)
            decorated = l;
    }
    const std::size_t stray = survey.strayNonDate;
    warnAboutText(c, type, numeric, nonMissing, decorated < levels.size() ? levels[decorated] : "",
                  decorated < levels.size() ? firstRow[decorated] : -1,
                  stray < levels.size() ? levels[stray] : "", stray < levels.size() ? firstRow[stray] : -1);
    return type;
}

void TableBuilder::Impl::throwUnconvertible(const ColumnState &c, const std::vector<std::size_t> &counts,
                                            const std::vector<bool> &bad, ColumnType type) const
{
    // Levels that fail a forced conversion, listed by their first row.
    std::vector<Problem> listed;
    std::size_t total = 0;
    for (std::size_t l = 0; l < c.dict.levels.size(); ++l) {
        if (!bad[l])
            continue;
        if (listed.size() < maxListed)
            listed.push_back({c.dict.firstRow[l], c.dict.levels[l]});
        total += counts[l];
    }
    if (total > 0)
        throwProblems(c, listed, total, type);
}

void TableBuilder::Impl::warnAboutText(const ColumnState &c, ColumnType type, std::size_t numericCells,
                                       std::size_t nonMissing, std::string_view decorated,
                                       std::int64_t decoratedRow, std::string_view nonDate,
                                       std::int64_t nonDateRow)
{
    const TextColumnFacts facts {c.name, type, c.leadingZeros, c.fallbackRow, c.fallbackValue, numericCells,
                                 nonMissing, decorated, decoratedRow, nonDate, nonDateRow, delimiter};
    for (std::string &w : textColumnWarnings(facts))
        warnings.push_back(std::move(w));
}

void TableBuilder::Impl::warnDecimalCommas(const ColumnState &c, const std::string &example, std::int64_t row)
{
    warnings.push_back(fillIn(Text::tr("column '%1' holds numbers with a decimal comma (row %2: %3), read with ',' "
                                       "as the decimal mark (%3 is %4)"),
                              c.name, row, quoteValue(example), Text::number(decimalCommaValue(example), 15)));
}

bool TableBuilder::Impl::compactDates(ColumnState &c)
{
    if (c.numberCount == 0)
        return false;
    std::size_t first = 0;
    while (std::isnan(c.numbers[first]))
        ++first;
    const double written = c.numbers[first];
    if (!compactDatesToDays(c.numbers))
        return false;
    warnings.push_back(compactDatesWarning(c.name, displayRow(first), written));
    return true;
}

void TableBuilder::Impl::warnAmbiguousDates(const ColumnState &c, DateFormat format, bool orderShown,
                                            const std::string &example)
{
    if (std::string w = ambiguousDatesWarning(c.name, format, orderShown, example); !w.empty())
        warnings.push_back(std::move(w));
}

Column TableBuilder::Impl::finishRaw(ColumnState &c)
{
    Column out;
    out.name = c.name;
    const std::size_t n = c.codes.size();
    std::size_t nonMissing = 0;
    for (const std::int32_t code : c.codes)
        nonMissing += code >= 0 ? 1 : 0;
    out.type = ColumnType::Identifier;
    if (c.mode == Mode::Text) {
        // Too many distinct values for boolean or categorical: a date or an identifier.
        std::vector<double> days(n, kNaN);
        DateFormat format = DateFormat::None;
        std::size_t dates = 0;
        std::size_t firstNonDate = n;
        std::size_t numeric = 0;
        std::size_t decorated = n;
        DayMonthEvidence evidence;
        for (std::size_t r = 0; r < n; ++r)
            if (c.codes[r] >= 0)
                evidence.add(c.text[r]);
        const DayMonthOrder order = evidence.order(dateOrder);
        for (std::size_t r = 0; r < n; ++r) {
            if (c.codes[r] < 0)
                continue;
            const DateFormat f = parseDate(c.text[r], days[r], false, order);
            if (f != DateFormat::None && (format == DateFormat::None || f == format)) {
                format = f;
                ++dates;
            } else if (firstNonDate == n) {
                firstNonDate = r;
            }
        }
        if (dates == nonMissing) {
            for (std::size_t r = 0; r < n && nonMissing > 0; ++r)
                if (c.codes[r] >= 0) {
                    warnAmbiguousDates(c, format, evidence.dayFirst != evidence.monthFirst, c.text[r]);
                    break;
                }
            out.type = ColumnType::Date;
            out.numbers = std::move(days);
            return out;
        }
        std::vector<double> values;
        const std::size_t first = decimalCommas(c.text, [&](std::size_t r) { return c.codes[r] >= 0; }, values);
        if (first < n) {
            warnDecimalCommas(c, c.text[first], displayRow(first));
            out.type = ColumnType::Real;
            out.numbers = std::move(values);
            return out;
        }
        for (std::size_t r = 0; r < n; ++r) {
            double v = 0.0;
            if (c.codes[r] < 0)
                continue;
            if (parseNumber(c.text[r], v) != NumberKind::None)
                ++numeric;
            else if (decorated == n && numberStyle(c.text[r]) != NumberStyle::None)
                decorated = r;
        }
        const bool mostlyDates = dates * 2 >= nonMissing;
        warnAboutText(c, ColumnType::Identifier, numeric, nonMissing, decorated < n ? c.text[decorated] : "",
                      decorated < n ? displayRow(decorated) : -1, mostlyDates ? c.text[firstNonDate] : "",
                      mostlyDates ? displayRow(firstNonDate) : -1);
    }
    out.text = std::move(c.text);
    out.textMissing.resize(n);
    for (std::size_t r = 0; r < n; ++r)
        out.textMissing[r] = c.codes[r] < 0 ? 1 : 0;
    c.codes = {};
    warnIfEntirelyMissing(c, nonMissing);
    return out;
}

Table TableBuilder::finish()
{
    Impl &d = *m_impl;
    Table table;
    table.source = d.source;
    table.rowCount = d.rows;
    table.rowNumberJumps = d.rowJumps;
    table.columns.reserve(d.columns.size());
    for (ColumnState &c : d.columns) {
        table.columns.push_back(d.finishColumn(c));
        c = ColumnState {};
    }
    table.warnings = std::move(d.warnings);
    return table;
}

} // namespace seg
