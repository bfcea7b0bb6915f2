#pragma once
// Building a Table cell by cell, with the type inference, missing markers, forced column types
// and customer-id checks shared by the CSV and SQLite readers. Also the value parsers they use
// (numbers, dates, booleans), so other modules read text exactly as the importers do.

#include "engine/data/csv_reader.h"
#include "engine/data/table.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace seg {

/// What parseNumber() found.
enum class NumberKind {
    None, ///< not a plain number (letters, currency, thousands separators, "nan", "inf", ...)
    Integer, ///< digits with an optional sign, exactly representable (|value| <= 2^53)
    Real, ///< decimal point and/or exponent, finite
    Inexact, ///< an integer too large to be stored exactly in a double (e.g. a 17-digit id)
};

/// Parses `text` (surrounding spaces and tabs ignored) as a plain decimal number: optional sign,
/// digits, optional '.', optional exponent. Nothing else is accepted, so "1,200", "$5", "12%",
/// "0x1F", "inf" and "nan" are not numbers. Sets `value` unless None is returned.
NumberKind parseNumber(std::string_view text, double &value);

/// Date layouts the importers recognise. Each uses its own separators, so a text matches at most one.
enum class DateFormat {
    None,
    Iso, ///< YYYY-MM-DD, optionally followed by ' ' or 'T' and HH:MM[:SS[.fff]]
    MonthDayYear, ///< M/D/YYYY, optionally followed by ' ' and H:MM[:SS]
    DayMonthYear, ///< D.M.YYYY, optionally followed by ' ' and H:MM[:SS]
    Compact, ///< YYYYMMDD (only when `allowCompact`, i.e. when the column is forced to date)
};

/// Parses a calendar date or date-time; `days` = days since 1970-01-01 (UTC, fractional for the
/// time of day). Rejects impossible dates (2023-02-29, month 13, 24:00).
DateFormat parseDate(std::string_view text, double &days, bool allowCompact = false);

/// Days from 1970-01-01 to the given proleptic Gregorian date.
std::int64_t daysFromCivil(std::int64_t year, unsigned month, unsigned day);

/// 1 for true/yes/t/y, 0 for false/no/f/n (case-insensitive, spaces ignored), and with
/// `allowDigits` also for "1"/"0"; -1 otherwise.
int parseBoolean(std::string_view text, bool allowDigits);

/// Index of the first byte of `s` that is not part of a well-formed UTF-8 sequence, or n.
std::size_t findInvalidUtf8(const unsigned char *s, std::size_t n);

/// Text columns with more distinct values than this are identifiers, never categorical.
constexpr std::size_t kMaxCategoricalLevels = 1000;

/// Collects the cells of one table, row by row, and turns them into typed columns.
/// Columns start as numeric candidates (unless forced through CsvOptions::columnTypes or
/// idColumn) and fall back to text at the first non-numeric cell; the rows read before
/// the fallback must then be replayed as text (replayRows(), replayCell()) before finish().
/// Rows in messages are the numbers the caller passes (spreadsheet rows for CSV).
class TableBuilder
{
public:
    /// Checks the header: throws seg::Error(InvalidData) for an empty or duplicated column name,
    /// and for columnTypes / idColumn naming a column that does not exist.
    TableBuilder(std::string source, std::vector<std::string> names, const CsvOptions &options,
                 std::int64_t headerRow = 1);
    ~TableBuilder();
    TableBuilder(const TableBuilder &) = delete;
    TableBuilder &operator=(const TableBuilder &) = delete;

    std::size_t columnCount() const;
    std::size_t rowCount() const;
    /// Reserves room for about `rows` rows (an estimate).
    void reserve(std::size_t rows);

    /// One whole row of text cells (columnCount() of them), the usual CSV path.
    void addRow(const std::string_view *cells, std::int64_t row);

    /// Cell-by-cell alternative: call addCell/addNumber/addMissing once per column in order,
    /// then endRow().
    void addCell(std::size_t column, std::string_view text, std::int64_t row);
    /// A value that already is a number (SQLite INTEGER/REAL). Only when wantsNumbers(column).
    void addNumber(std::size_t column, double value, bool isInteger, std::int64_t row);
    void addMissing(std::size_t column, std::int64_t row);
    void endRow();
    /// False once the column collects text (then pass numbers as text through addCell).
    bool wantsNumbers(std::size_t column) const;

    /// How many leading rows must be replayed as text (0 = none) because a column fell back
    /// from numbers to text after them.
    std::size_t replayRows() const;
    /// Whether `column` needs the text of row `index` (0-based data row).
    bool needsReplay(std::size_t column, std::size_t index) const;
    void replayCell(std::size_t column, std::size_t index, std::string_view text, std::int64_t row);
    void replayRow(std::size_t index, const std::string_view *cells, std::int64_t row);

    /// Decides the final types and returns the table. Throws seg::Error(InvalidData) for forced
    /// columns with unconvertible cells and for missing or duplicate customer ids.
    Table finish();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace seg
