#pragma once
// The value parsers of the importers: numbers, dates, booleans and UTF-8 validation of a single
// cell. The CSV and SQLite readers use them through TableBuilder; other modules call them to read
// text exactly as the importers do. None of them allocates or throws.

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace seg {

/// `text` without leading and trailing spaces and tabs (the only blanks the parsers ignore).
std::string_view trimSpaces(std::string_view text);

/// What parseNumber() found.
enum class NumberKind {
    None, ///< not a plain number (letters, currency, thousands separators, "nan", "inf", ...)
    Integer, ///< digits with an optional sign, exactly representable (|value| <= 2^53)
    Real, ///< decimal point and/or exponent, finite
    Inexact, ///< an integer too large to be stored exactly in a double (e.g. a 17-digit id)
};

/// Parses `text` (surrounding spaces and tabs ignored) as a plain decimal number: optional sign,
/// digits, optional '.', optional exponent. Nothing else is accepted, so "1,200", "$5", "12%",
/// "0x1F", "inf" and "nan" are not numbers, nor is anything beyond the range of a double
/// ("1e999", an integer of more than 308 digits). Sets `value` unless None is returned: the correctly
/// rounded double (as std::from_chars gives it), the nearest double for Inexact.
NumberKind parseNumber(std::string_view text, double &value);

/// Date layouts the importers recognise. Each uses its own separators, so a text matches at most one.
enum class DateFormat {
    None,
    Iso, ///< YYYY-MM-DD, optionally followed by ' ' or 'T' and HH:MM[:SS[.fff]] (and 'Z')
    MonthDayYear, ///< M/D/YYYY, optionally followed by ' ' and H:MM[:SS[.fff]]
    DayMonthYear, ///< D.M.YYYY, optionally followed by ' ' and H:MM[:SS[.fff]]
    Compact, ///< YYYYMMDD (only when `allowCompact`, i.e. when the column is forced to date)
    DaySlashMonthYear, ///< D/M/YYYY (when the column says day first, see DayMonthOrder), time as for M/D/YYYY
};

/// Which number comes first in a slash date such as 3/4/2024: the month (March 4, as in the US)
/// or the day (3 April, as in most of Europe). A column decides by evidence (a first number above 12 is a
/// day: DayMonthEvidence); only a column without evidence takes the default (CsvOptions::dateOrder).
enum class DayMonthOrder {
    MonthFirst, ///< M/D/YYYY: "3/31/2024"
    DayFirst,   ///< D/M/YYYY: "31/3/2024"
};

/// "month/day/year" or "day/month/year".
const char *toString(DayMonthOrder order);

/// Parses a calendar date or date-time (surrounding spaces and tabs ignored); sets `days` to the
/// days since 1970-01-01 (UTC, fractional for the time of day) unless None is returned. Rejects
/// impossible dates and times (2023-02-29, month 13, 24:00, 12:60). Slash dates are read in
/// `slashOrder` (MonthDayYear or DaySlashMonthYear).
DateFormat parseDate(std::string_view text, double &days, bool allowCompact = false,
                     DayMonthOrder slashOrder = DayMonthOrder::MonthFirst);

/// The calendar date of a whole number written YYYYMMDD (19970101), from 1900-01-01 to
/// 2100-12-31: true and `days` since 1970-01-01, or false (not a whole number, out of that range,
/// or an impossible date such as 19970230).
bool compactDateValue(double number, double &days);

/// What the slash dates of one column say about their order: a first number above 12 can only be
/// a day, a second number above 12 makes the first the month. Feed every text of the column to add().
struct DayMonthEvidence
{
    bool dayFirst = false;   ///< some text reads only as D/M/YYYY ("31/1/2024")
    bool monthFirst = false; ///< some text reads only as M/D/YYYY ("1/31/2024")
    void add(std::string_view text);
    /// The order the evidence shows; `fallback` when there is none, or when it points both ways
    /// (then the column is not dates in either order).
    DayMonthOrder order(DayMonthOrder fallback) const;
};

/// Days from 1970-01-01 to the given proleptic Gregorian date (negative before 1970).
std::int64_t daysFromCivil(std::int64_t year, unsigned month, unsigned day);

/// 1 for true/yes/t/y, 0 for false/no/f/n (case-insensitive, surrounding spaces and tabs
/// ignored), and with `allowDigits` also for "1"/"0"; -1 otherwise.
int parseBoolean(std::string_view text, bool allowDigits);

/// Index of the first byte of `s` (n bytes) that does not start a well-formed UTF-8 sequence
/// (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF, no truncated
/// sequence), or n when all of `s` is well-formed.
std::size_t findInvalidUtf8(const unsigned char *s, std::size_t n);

} // namespace seg
