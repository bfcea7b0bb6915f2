#include "engine/data/cell_parsers.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <system_error>

namespace seg {

namespace {

// 2^53: every integer up to this magnitude is exactly representable in a double.
constexpr std::uint64_t kMaxExactInteger = 9007199254740992ULL;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

char lowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalsNoCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lowerAscii(a[i]) != lowerAscii(b[i]))
            return false;
    return true;
}

// Reads between minDigits and maxDigits decimal digits at s[pos]; advances pos.
bool readDigits(std::string_view s, std::size_t &pos, int minDigits, int maxDigits, int &value)
{
    int count = 0;
    value = 0;
    while (pos < s.size() && count < maxDigits && isDigit(s[pos])) {
        value = value * 10 + (s[pos] - '0');
        ++pos;
        ++count;
    }
    return count >= minDigits;
}

bool isLeapYear(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

bool validDate(int y, int m, int d)
{
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1 || m < 1 || m > 12 || d < 1)
        return false;
    const int last = kDays[m - 1] + ((m == 2 && isLeapYear(y)) ? 1 : 0);
    return d <= last;
}

// Parses "H:MM[:SS[.fff]]" from s[pos] to the end; returns the fraction of a day.
bool parseTime(std::string_view s, std::size_t pos, bool allowZone, double &fraction)
{
    int h = 0, m = 0, sec = 0;
    if (!readDigits(s, pos, 1, 2, h) || pos >= s.size() || s[pos] != ':')
        return false;
    ++pos;
    if (!readDigits(s, pos, 2, 2, m))
        return false;
    double subSecond = 0.0;
    if (pos < s.size() && s[pos] == ':') {
        ++pos;
        if (!readDigits(s, pos, 2, 2, sec))
            return false;
        if (pos < s.size() && s[pos] == '.') {
            ++pos;
            double scale = 0.1;
            const std::size_t start = pos;
            while (pos < s.size() && isDigit(s[pos])) {
                subSecond += (s[pos] - '0') * scale;
                scale /= 10.0;
                ++pos;
            }
            if (pos == start)
                return false;
        }
    }
    if (allowZone && pos + 1 == s.size() && s[pos] == 'Z')
        ++pos;
    if (pos != s.size() || h > 23 || m > 59 || sec > 59)
        return false;
    fraction = (h * 3600.0 + m * 60.0 + sec + subSecond) / 86400.0;
    return true;
}

} // namespace

std::string_view trimSpaces(std::string_view text)
{
    std::size_t b = 0;
    std::size_t e = text.size();
    while (b < e && (text[b] == ' ' || text[b] == '\t'))
        ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t'))
        --e;
    return text.substr(b, e - b);
}

NumberKind parseNumber(std::string_view text, double &value)
{
    text = trimSpaces(text);
    const char *p = text.data();
    const char *const e = p + text.size();
    if (p == e)
        return NumberKind::None;
    bool negative = false;
    if (*p == '+' || *p == '-') {
        negative = *p == '-';
        ++p;
    }
    if (p == e)
        return NumberKind::None;
    // Fast path: plain integers are by far the most common cells.
    const char *q = p;
    std::uint64_t acc = 0;
    while (q < e && isDigit(*q)) {
        if (q - p < 19)
            acc = acc * 10 + static_cast<std::uint64_t>(*q - '0');
        ++q;
    }
    if (q == e) {
        if (q - p <= 18 && acc <= kMaxExactInteger) {
            value = negative ? -static_cast<double>(acc) : static_cast<double>(acc);
            return NumberKind::Integer;
        }
        // Beyond the double range (more than 308 digits) there is no nearest double: not a number.
        double approx = 0.0;
        const auto [end, ec] = std::from_chars(p, e, approx);
        if (ec != std::errc {} || end != e)
            return NumberKind::None;
        value = negative ? -approx : approx;
        return NumberKind::Inexact;
    }
    // from_chars would also take "inf", "nan" and a second sign; only digits or '.' may follow the sign.
    if (!(isDigit(*p) || *p == '.'))
        return NumberKind::None;
    // Fast path for "123.45" with at most 15 digits: mantissa and 10^k are exact doubles, so one
    // division is correctly rounded (Clinger, "How to Read Floating Point Numbers Accurately",
    // PLDI 1990) and gives the same double as from_chars.
    if (q < e && *q == '.' && q - p <= 15) {
        static constexpr double kPow10[]
            = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
        const char *f = q + 1;
        std::uint64_t mantissa = acc;
        while (f < e && isDigit(*f) && (f - p) <= 15) {
            mantissa = mantissa * 10 + static_cast<std::uint64_t>(*f - '0');
            ++f;
        }
        const auto fractionDigits = f - (q + 1);
        if (f == e && (q > p || fractionDigits > 0)) {
            const double v = static_cast<double>(mantissa) / kPow10[fractionDigits];
            value = negative ? -v : v;
            return NumberKind::Real;
        }
    }
    double parsed = 0.0;
    const auto [end, ec] = std::from_chars(p, e, parsed, std::chars_format::general);
    if (ec != std::errc {} || end != e || !std::isfinite(parsed))
        return NumberKind::None;
    value = negative ? -parsed : parsed;
    return NumberKind::Real;
}

// Well-formed UTF-8 as RFC 3629 defines it: no overlong forms, no surrogates, nothing above U+10FFFF.
std::size_t findInvalidUtf8(const unsigned char *s, std::size_t n)
{
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            return i;
        }
        if (i + len > n || s[i + 1] < lo || s[i + 1] > hi)
            return i;
        for (std::size_t k = 2; k < len; ++k)
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
        i += len;
    }
    return n;
}

// Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms", days_from_civil
// (http://howardhinnant.github.io/date_algorithms.html).
std::int64_t daysFromCivil(std::int64_t year, unsigned month, unsigned day)
{
    year -= month <= 2 ? 1 : 0;
    const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    const auto yoe = static_cast<unsigned>(year - era * 400);
    const unsigned doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

const char *toString(DayMonthOrder order)
{
    return order == DayMonthOrder::DayFirst ? "day/month/year" : "month/day/year";
}

bool compactDateValue(double number, double &days)
{
    if (!(number >= 19000101.0 && number <= 21001231.0) || number != std::floor(number))
        return false;
    const auto n = static_cast<int>(number);
    const int year = n / 10000, month = n / 100 % 100, day = n % 100;
    if (!validDate(year, month, day))
        return false;
    days = static_cast<double>(daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)));
    return true;
}

void DayMonthEvidence::add(std::string_view text)
{
    const std::string_view s = trimSpaces(text);
    std::size_t pos = 0;
    int a = 0, b = 0, y = 0;
    if (!readDigits(s, pos, 1, 2, a) || pos >= s.size() || s[pos++] != '/' || !readDigits(s, pos, 1, 2, b)
        || pos >= s.size() || s[pos++] != '/' || !readDigits(s, pos, 4, 4, y) || a < 1 || b < 1 || a > 31
        || b > 31)
        return;
    dayFirst = dayFirst || (a > 12 && b <= 12);
    monthFirst = monthFirst || (b > 12 && a <= 12);
}

DayMonthOrder DayMonthEvidence::order(DayMonthOrder fallback) const
{
    if (dayFirst != monthFirst)
        return dayFirst ? DayMonthOrder::DayFirst : DayMonthOrder::MonthFirst;
    return fallback;
}

DateFormat parseDate(std::string_view text, double &days, bool allowCompact, DayMonthOrder slashOrder)
{
    const std::string_view s = trimSpaces(text);
    if (s.size() < 8 || !isDigit(s[0]))
        return DateFormat::None;
    std::size_t pos = 0;
    int a = 0, b = 0, c = 0;
    int year = 0, month = 0, day = 0;
    DateFormat format = DateFormat::None;
    if (s.size() >= 10 && s[4] == '-') {
        if (!readDigits(s, pos, 4, 4, year) || s[pos++] != '-' || !readDigits(s, pos, 2, 2, month)
            || pos >= s.size() || s[pos++] != '-' || !readDigits(s, pos, 2, 2, day))
            return DateFormat::None;
        format = DateFormat::Iso;
    } else if (allowCompact && s.size() == 8 && std::all_of(s.begin(), s.end(), isDigit)) {
        if (!readDigits(s, pos, 4, 4, year) || !readDigits(s, pos, 2, 2, month)
            || !readDigits(s, pos, 2, 2, day))
            return DateFormat::None;
        format = DateFormat::Compact;
    } else {
        if (!readDigits(s, pos, 1, 2, a) || pos >= s.size())
            return DateFormat::None;
        const char sep = s[pos++];
        if ((sep != '/' && sep != '.') || !readDigits(s, pos, 1, 2, b) || pos >= s.size() || s[pos++] != sep
            || !readDigits(s, pos, 4, 4, c))
            return DateFormat::None;
        if (pos < s.size() && isDigit(s[pos]))
            return DateFormat::None;
        year = c;
        if (sep == '/' && slashOrder == DayMonthOrder::MonthFirst) {
            month = a;
            day = b;
            format = DateFormat::MonthDayYear;
        } else if (sep == '/') {
            day = a;
            month = b;
            format = DateFormat::DaySlashMonthYear;
        } else {
            day = a;
            month = b;
            format = DateFormat::DayMonthYear;
        }
    }
    if (!validDate(year, month, day))
        return DateFormat::None;
    double fraction = 0.0;
    if (pos < s.size()) {
        const char sep = s[pos];
        const bool isoT = format == DateFormat::Iso && sep == 'T';
        if ((sep != ' ' && !isoT) || format == DateFormat::Compact)
            return DateFormat::None;
        if (!parseTime(s, pos + 1, format == DateFormat::Iso, fraction))
            return DateFormat::None;
    }
    days = static_cast<double>(daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)))
        + fraction;
    return format;
}

int parseBoolean(std::string_view text, bool allowDigits)
{
    const std::string_view s = trimSpaces(text);
    static constexpr std::string_view kTrue[] = {"true", "yes", "t", "y"};
    static constexpr std::string_view kFalse[] = {"false", "no", "f", "n"};
    for (std::string_view w : kTrue)
        if (equalsNoCase(s, w))
            return 1;
    for (std::string_view w : kFalse)
        if (equalsNoCase(s, w))
            return 0;
    if (allowDigits && s == "1")
        return 1;
    if (allowDigits && s == "0")
        return 0;
    return -1;
}

} // namespace seg
