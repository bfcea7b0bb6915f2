// Tests of engine/data/cell_parsers.h on single values, apart from any table: numbers (with the
// 2^53 boundary), dates in every layout, booleans and UTF-8 validation. Expected values come
// from the definitions (calendar arithmetic by hand, IEEE rounding, RFC 3629), never from the
// code under test; day numbers were checked against Python's (date(y, m, d) - date(1970, 1, 1)).days.

#include "engine/data/cell_parsers.h"

#include "engine/core/random.h"

#include <QTest>

#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>

using namespace seg;

namespace {

std::size_t invalidAt(std::string_view s)
{
    return findInvalidUtf8(reinterpret_cast<const unsigned char *>(s.data()), s.size());
}

} // namespace

class TestCellParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trimsOnlySpacesAndTabs()
    {
        QCOMPARE(std::string(trimSpaces(" \t a b \t ")), std::string("a b"));
        QCOMPARE(std::string(trimSpaces(" \t ")), std::string());
        QCOMPARE(std::string(trimSpaces("\na\r")), std::string("\na\r"));
    }

    void integers_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<double>("expected");
        QTest::newRow("zero") << QByteArray("0") << 0.0;
        QTest::newRow("negative") << QByteArray("-12") << -12.0;
        QTest::newRow("plus sign") << QByteArray("+7") << 7.0;
        QTest::newRow("leading zeros") << QByteArray("007") << 7.0;
        QTest::newRow("spaces and tabs") << QByteArray(" \t8 \t") << 8.0;
        QTest::newRow("2^53") << QByteArray("9007199254740992") << 9007199254740992.0;
        QTest::newRow("-2^53") << QByteArray("-9007199254740992") << -9007199254740992.0;
        QTest::newRow("2^53 - 1") << QByteArray("9007199254740991") << 9007199254740991.0;
    }
    void integers()
    {
        QFETCH(QByteArray, text);
        QFETCH(double, expected);
        double value = -1.0;
        QCOMPARE(parseNumber(text.toStdString(), value), NumberKind::Integer);
        QCOMPARE(value, expected);
    }

    void inexactIntegers()
    {
        // 2^53 + 1 lies halfway between the doubles 2^53 and 2^53 + 2; IEEE round-half-to-even
        // gives 2^53. Such integers are reported, never passed off as exact.
        double value = 0.0;
        QCOMPARE(parseNumber("9007199254740993", value), NumberKind::Inexact);
        QCOMPARE(value, 9007199254740992.0);
        QCOMPARE(parseNumber("-9007199254740993", value), NumberKind::Inexact);
        QCOMPARE(value, -9007199254740992.0);
        // 2^53 + 2 is a double, but the digit count alone cannot tell an exact large integer from
        // an inexact one; anything above 2^53 is Inexact.
        QCOMPARE(parseNumber("9007199254740994", value), NumberKind::Inexact);
        QCOMPARE(value, 9007199254740994.0);
        QCOMPARE(parseNumber("123456789012345678", value), NumberKind::Inexact);
        QCOMPARE(value, 123456789012345678.0);
        // Longer than the fast path's 19 digits: still the nearest double (the compiler rounds
        // the literal correctly).
        QCOMPARE(parseNumber("123456789012345678901234", value), NumberKind::Inexact);
        QCOMPARE(value, 123456789012345678901234.0);
        // Beyond the double range there is no nearest double: not a number (it was 0 once).
        QCOMPARE(parseNumber("1" + std::string(309, '0'), value), NumberKind::None);
        QCOMPARE(parseNumber("-1" + std::string(309, '0'), value), NumberKind::None);
        QCOMPARE(parseNumber("1" + std::string(308, '0'), value), NumberKind::Inexact);
        QCOMPARE(value, 1e308);
    }

    void reals_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<double>("expected");
        QTest::newRow("decimal") << QByteArray("1.5") << 1.5;
        QTest::newRow("leading point") << QByteArray(".25") << 0.25;
        QTest::newRow("trailing point") << QByteArray("3.") << 3.0;
        QTest::newRow("negative") << QByteArray("-0.125") << -0.125;
        QTest::newRow("one tenth") << QByteArray("0.1") << 0.1;
        QTest::newRow("15 digits") << QByteArray("12345678.9012345") << 12345678.9012345;
        QTest::newRow("16 digits") << QByteArray("1234567890.123456") << 1234567890.123456;
        QTest::newRow("exponent") << QByteArray("1e3") << 1000.0;
        QTest::newRow("signed exponent") << QByteArray("-2.5E-1") << -0.25;
        QTest::newRow("exponent plus") << QByteArray("+4.5e+2") << 450.0;
        QTest::newRow("spaces") << QByteArray("  6.75\t") << 6.75;
    }
    void reals()
    {
        QFETCH(QByteArray, text);
        QFETCH(double, expected);
        double value = -1.0;
        QCOMPARE(parseNumber(text.toStdString(), value), NumberKind::Real);
        QCOMPARE(value, expected); // exact: both sides are the correctly rounded double
    }

    void notNumbers_data()
    {
        QTest::addColumn<QByteArray>("text");
        // "\u20AC3" is the euro sign (UTF-8 E2 82 AC) followed by '3'.
        const char *texts[]
            = {"",      "   ", "+",    "-",   ".",    "e5",       "1,200", "1.234,56", "$5",
               "5$",    "12%", "0x1F", "inf", "-inf", "Infinity", "nan",   "NaN",      "1e400",
               "1.2.3", "--5", "+-1",  "1e",  "5-",   "1 000",    "12abc", "\u20AC3"};
        for (const char *s : texts)
            QTest::addRow("'%s'", s) << QByteArray(s);
    }
    void notNumbers()
    {
        QFETCH(QByteArray, text);
        double value = 42.0;
        QCOMPARE(parseNumber(text.toStdString(), value), NumberKind::None);
        QCOMPARE(value, 42.0); // untouched
    }

    void fastDecimalPathMatchesFromChars()
    {
        // Short decimals take a fast path; it must give bit-identical doubles to std::from_chars,
        // the definition of the correctly rounded result.
        Rng rng(42);
        for (int i = 0; i < 20000; ++i) {
            const int digits = 1 + static_cast<int>(rng.below(15));
            const int point = static_cast<int>(rng.below(static_cast<std::uint64_t>(digits) + 1));
            std::string s;
            for (int d = 0; d < digits; ++d) {
                if (d == point)
                    s += '.';
                s += static_cast<char>('0' + rng.below(10));
            }
            if (point == digits)
                s += ".5";
            double expected = 0.0;
            std::from_chars(s.data(), s.data() + s.size(), expected);
            double got = -1.0;
            QVERIFY2(parseNumber(s, got) != NumberKind::None, s.c_str());
            QVERIFY2(got == expected, s.c_str());
        }
    }

    void daysFromCivilByHand()
    {
        // 1970-01-01 is day 0. 2000-01-01: 30 years with 7 leap days (1972 ... 1996) =
        // 10957; + 31 (January) + 29 (February 2000) = 11017 for 2000-03-01.
        QCOMPARE(daysFromCivil(1970, 1, 1), std::int64_t(0));
        QCOMPARE(daysFromCivil(1970, 1, 2), std::int64_t(1));
        QCOMPARE(daysFromCivil(1969, 12, 31), std::int64_t(-1));
        QCOMPARE(daysFromCivil(2000, 1, 1), std::int64_t(10957));
        QCOMPARE(daysFromCivil(2000, 3, 1), std::int64_t(11017));
        // 2023-01-01: 53 years with 13 leap days (1972 ... 2020) = 19358; + 31 + 28 + 30 = 19447.
        QCOMPARE(daysFromCivil(2023, 3, 31), std::int64_t(19447));
        QCOMPARE(daysFromCivil(2024, 2, 29), std::int64_t(19782));
        // 1900-01-01: 70 years back with 17 leap days (1904 ... 1968; 1900 is not one).
        QCOMPARE(daysFromCivil(1900, 1, 1), std::int64_t(-25567));
    }

    void dates_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("allowCompact");
        QTest::addColumn<int>("format");
        QTest::addColumn<double>("days");
        const int iso = int(DateFormat::Iso);
        const int mdy = int(DateFormat::MonthDayYear);
        const int dmy = int(DateFormat::DayMonthYear);
        const int compact = int(DateFormat::Compact);
        QTest::newRow("iso") << QByteArray("2023-03-31") << false << iso << 19447.0;
        QTest::newRow("iso, spaces") << QByteArray(" 2023-03-31\t") << false << iso << 19447.0;
        QTest::newRow("iso hh:mm") << QByteArray("2023-03-31 06:00") << false << iso << 19447.25;
        QTest::newRow("iso T") << QByteArray("2023-03-31T18:00:00") << false << iso << 19447.75;
        QTest::newRow("iso Z") << QByteArray("2024-02-29T00:00:00Z") << false << iso << 19782.0;
        QTest::newRow("iso seconds") << QByteArray("2024-02-29 00:00:30") << false << iso
                                     << 19782.0 + 30.0 / 86400.0;
        QTest::newRow("iso fraction")
            << QByteArray("2023-03-31 12:00:30.5") << false << iso << 19447.0 + 43230.5 / 86400.0;
        QTest::newRow("leap day 2024") << QByteArray("2024-02-29") << false << iso << 19782.0;
        QTest::newRow("leap day 2000") << QByteArray("2000-02-29") << false << iso << 11016.0;
        QTest::newRow("m/d/yyyy") << QByteArray("3/31/2023") << false << mdy << 19447.0;
        QTest::newRow("mm/dd/yyyy") << QByteArray("03/31/2023") << false << mdy << 19447.0;
        QTest::newRow("m/d/yyyy h:mm") << QByteArray("3/31/2023 12:00") << false << mdy << 19447.5;
        QTest::newRow("d.m.yyyy") << QByteArray("31.03.2023") << false << dmy << 19447.0;
        // 2023-05-01 = 19358 + 31 + 28 + 31 + 30.
        QTest::newRow("d.m.yyyy short") << QByteArray("1.5.2023") << false << dmy << 19478.0;
        QTest::newRow("d.m.yyyy leap") << QByteArray("29.2.2024") << false << dmy << 19782.0;
        QTest::newRow("compact") << QByteArray("20230331") << true << compact << 19447.0;
    }
    void dates()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, allowCompact);
        QFETCH(int, format);
        QFETCH(double, days);
        double got = -1.0;
        QCOMPARE(int(parseDate(text.toStdString(), got, allowCompact)), format);
        QCOMPARE(got, days);
    }

    void notDates_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("allowCompact");
        QTest::newRow("2023-02-29") << QByteArray("2023-02-29") << true;
        QTest::newRow("1900-02-29") << QByteArray("1900-02-29") << true;
        QTest::newRow("month 13") << QByteArray("2023-13-01") << true;
        QTest::newRow("month 0") << QByteArray("2023-00-10") << true;
        QTest::newRow("day 0") << QByteArray("2023-01-00") << true;
        QTest::newRow("April 31") << QByteArray("2023-04-31") << true;
        QTest::newRow("24:00") << QByteArray("2023-01-01 24:00") << true;
        QTest::newRow("minute 60") << QByteArray("2023-01-01 23:60") << true;
        QTest::newRow("second 60") << QByteArray("2023-01-01 23:59:60") << true;
        QTest::newRow("no minutes") << QByteArray("2023-01-01 12") << true;
        QTest::newRow("one-digit month") << QByteArray("2023-1-05") << true;
        QTest::newRow("trailing text") << QByteArray("2023-01-01x") << true;
        QTest::newRow("zone on m/d/y") << QByteArray("3/31/2023 12:00Z") << true;
        QTest::newRow("T on m/d/y") << QByteArray("3/31/2023T12:00") << true;
        QTest::newRow("d/m/y read as m/d/y") << QByteArray("31/3/2023") << true;
        QTest::newRow("mixed separators") << QByteArray("3/31.2023") << true;
        QTest::newRow("two-digit year") << QByteArray("3/31/23") << true;
        QTest::newRow("five-digit year") << QByteArray("3/31/20230") << true;
        QTest::newRow("compact not allowed") << QByteArray("20230331") << false;
        QTest::newRow("compact, invalid") << QByteArray("20230229") << true;
        QTest::newRow("compact with time") << QByteArray("20230331 12:00") << true;
        QTest::newRow("words") << QByteArray("next week") << true;
        QTest::newRow("empty") << QByteArray("") << true;
    }
    void notDates()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, allowCompact);
        double days = -7.0;
        QCOMPARE(parseDate(text.toStdString(), days, allowCompact), DateFormat::None);
        QCOMPARE(days, -7.0); // untouched
    }

    void booleans()
    {
        for (const char *s : {"true", "TRUE", "True", "yes", "YES", "t", "T", "y", "Y", " yes\t"}) {
            QVERIFY2(parseBoolean(s, false) == 1, s);
            QVERIFY2(parseBoolean(s, true) == 1, s);
        }
        for (const char *s : {"false", "FALSE", "no", "No", "f", "F", "n", "N", "\tNo "}) {
            QVERIFY2(parseBoolean(s, false) == 0, s);
            QVERIFY2(parseBoolean(s, true) == 0, s);
        }
        // Digits only when allowed (a column of 0 and 1 is an integer unless forced to boolean).
        QCOMPARE(parseBoolean("1", false), -1);
        QCOMPARE(parseBoolean("0", false), -1);
        QCOMPARE(parseBoolean("1", true), 1);
        QCOMPARE(parseBoolean(" 0 ", true), 0);
        for (const char *s : {"", "maybe", "on", "off", "yes please", "ye", "tru", "01", "1.0", "2", "-1"}) {
            QVERIFY2(parseBoolean(s, false) == -1, s);
            QVERIFY2(parseBoolean(s, true) == -1, s);
        }
    }

    void wellFormedUtf8()
    {
        QCOMPARE(invalidAt(""), std::size_t(0));
        QCOMPARE(invalidAt("abc"), std::size_t(3));
        QCOMPARE(invalidAt("K\xC3\xB6ln"), std::size_t(5)); // U+00F6
        QCOMPARE(invalidAt("\xC2\x80"), std::size_t(2)); // U+0080, the smallest 2-byte form
        QCOMPARE(invalidAt("\xE2\x82\xAC"), std::size_t(3)); // U+20AC
        QCOMPARE(invalidAt("\xE0\xA0\x80"), std::size_t(3)); // U+0800, the smallest 3-byte form
        QCOMPARE(invalidAt("\xED\x9F\xBF"), std::size_t(3)); // U+D7FF, just below the surrogates
        QCOMPARE(invalidAt("\xEE\x80\x80"), std::size_t(3)); // U+E000, just above them
        QCOMPARE(invalidAt("\xF0\x90\x80\x80"), std::size_t(4)); // U+10000, the smallest 4-byte form
        QCOMPARE(invalidAt("\xF0\x9F\x98\x80"), std::size_t(4)); // U+1F600
        QCOMPARE(invalidAt("\xF4\x8F\xBF\xBF"), std::size_t(4)); // U+10FFFF, the largest
    }

    void overlongEncodings()
    {
        QCOMPARE(invalidAt("\xC0\xAF"), std::size_t(0)); // '/' in two bytes
        QCOMPARE(invalidAt("\xC1\xBF"), std::size_t(0));
        QCOMPARE(invalidAt("ab\xE0\x80\xAF"), std::size_t(2)); // '/' in three bytes
        QCOMPARE(invalidAt("\xE0\x9F\xBF"), std::size_t(0)); // U+07FF in three bytes
        QCOMPARE(invalidAt("\xF0\x8F\xBF\xBF"), std::size_t(0)); // U+FFFF in four bytes
    }

    void truncatedSequences()
    {
        QCOMPARE(invalidAt("\xC3"), std::size_t(0));
        QCOMPARE(invalidAt("ab\xE2\x82"), std::size_t(2));
        QCOMPARE(invalidAt("\xF0\x9F\x98"), std::size_t(0));
        QCOMPARE(invalidAt("\xE2\x82!"), std::size_t(0)); // '!' is not a continuation byte
        QCOMPARE(invalidAt("x\xC3 "), std::size_t(1));
        // The length is respected: a sequence cut by n is truncated even if the buffer goes on.
        const char *text = "\xC3\xB6";
        QCOMPARE(findInvalidUtf8(reinterpret_cast<const unsigned char *>(text), 1), std::size_t(0));
    }

    void surrogatesAndOutOfRange()
    {
        QCOMPARE(invalidAt("\xED\xA0\x80"), std::size_t(0)); // U+D800
        QCOMPARE(invalidAt("x\xED\xBF\xBF"), std::size_t(1)); // U+DFFF
        QCOMPARE(invalidAt("\xF4\x90\x80\x80"), std::size_t(0)); // U+110000
        QCOMPARE(invalidAt("\xF5\x80\x80\x80"), std::size_t(0));
    }

    void strayBytes()
    {
        QCOMPARE(invalidAt("\x80"), std::size_t(0)); // a continuation byte without a lead byte
        QCOMPARE(invalidAt("ok\xBF"), std::size_t(2));
        QCOMPARE(invalidAt("caf\xE9"), std::size_t(3)); // Latin-1 e acute
        QCOMPARE(invalidAt("\xFE"), std::size_t(0));
        QCOMPARE(invalidAt("\xFF"), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestCellParsers)
#include "test_cell_parsers.moc"
