// The engine's messages: patterns filled with their arguments, English plurals without a
// translator, and a program's translator used for every message, the error's location included.

#include "engine/core/error.h"
#include "engine/core/text.h"

#include <QTest>

#include <cstring>
#include <limits>
#include <string>

using namespace seg;

namespace {

// A stand-in for Qt's translator: the context it was asked for, and a "German" for the few
// patterns the tests use.
std::string g_lastContext;

std::string fakeTranslate(const char *context, const char *source, const char *disambiguation, long long n)
{
    g_lastContext = context;
    const std::string text = source;
    if (text == "row %1")
        return "Zeile %1";
    if (text == "column '%1'")
        return "Spalte „%1“";
    if (text == "%1, %2" && disambiguation && std::strcmp(disambiguation, "a file or a row, then a column") == 0)
        return "%1, %2";
    if (text == "%1: %2")
        return "%1: %2";
    if (text == "%n missing cell(s)")
        return (n == 1 ? std::string("%n fehlende Zelle") : std::string("%n fehlende Zellen")).replace(0, 2, std::to_string(n));
    return englishText(source, n);
}

std::string fakeCount(long long n) { return "#" + std::to_string(n); }

std::string fakeDecimalMark() { return ","; }

} // namespace

class TestMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { setTextHooks({}); }

    void placeholdersTakeTheirArgumentsInOrder()
    {
        QCOMPARE(fillIn("column '%1' has %2 cells", std::string("spend"), 42), std::string("column 'spend' has 42 cells"));
        // The order of the placeholders is the translation's, not the arguments'.
        QCOMPARE(fillIn("%2 cells in '%1'", "spend", std::size_t {7}), std::string("7 cells in 'spend'"));
        QCOMPARE(fillIn("%1%1", "ab"), std::string("abab"));
        // An argument is not read again: a '%2' in a value stays as written.
        QCOMPARE(fillIn("%1 and %2", "50%2", "x"), std::string("50%2 and x"));
        // A placeholder without its argument, and '%' before anything else, are kept.
        QCOMPARE(fillIn("%1 of %3", "a", "b"), std::string("a of %3"));
        QCOMPARE(fillIn("100% of %1", std::string_view("them")), std::string("100% of them"));
        QCOMPARE(fillIn("trailing %"), std::string("trailing %"));
        QCOMPARE(fillIn("%1", -12), std::string("-12"));
    }

    void withoutATranslatorPluralsAreEnglish()
    {
        QCOMPARE(Text::tr("%n missing cell(s)", nullptr, 1), std::string("1 missing cell"));
        QCOMPARE(Text::tr("%n missing cell(s)", nullptr, 0), std::string("0 missing cells"));
        QCOMPARE(Text::tr("%n missing cell(s) in %n row(s)", nullptr, 2), std::string("2 missing cells in 2 rows"));
        // Not a plural message: "(s)" and "%n" are left alone.
        QCOMPARE(Text::tr("value(s) %n"), std::string("value(s) %n"));
        QCOMPARE(Text::count(0), std::string("0"));
        QCOMPARE(Text::count(999), std::string("999"));
        QCOMPARE(Text::count(14922), std::string("14,922"));
        QCOMPARE(Text::count(-1234567), std::string("-1,234,567"));
        QCOMPARE(Text::count(std::numeric_limits<long long>::min()), std::string("-9,223,372,036,854,775,808"));
        // Real numbers as printf writes them, '.' as the decimal mark.
        QCOMPARE(Text::number(53.5), std::string("53.5"));
        QCOMPARE(Text::number(1234567.0), std::string("1.23457e+06"));
        QCOMPARE(Text::number(0.25605, 3), std::string("0.256"));
        QCOMPARE(Text::fixed(0.256, 2), std::string("0.26"));
        QCOMPARE(Text::fixed(-3.0, 0), std::string("-3"));
        QCOMPARE(Text::percent(0.253), std::string("25.3%"));
        QCOMPARE(Text::percent(1.0, 0), std::string("100%"));
    }

    void anErrorSaysWhereInEnglish()
    {
        const Error e(ErrorKind::InvalidData, "not a number", {"in.csv", 7, "spend", -1});
        QCOMPARE(std::string(e.what()), std::string("in.csv: row 7, column 'spend': not a number"));
        QCOMPARE(e.detail(), std::string("not a number"));
        const Error unnamed(ErrorKind::InvalidData, "empty name", {"in.csv", 1, "", 27});
        QCOMPARE(std::string(unnamed.what()), std::string("in.csv: row 1, column 28 (AB): empty name"));
        const Error noRow(ErrorKind::InvalidData, "not kept", {"in.csv", -1, "spend", -1});
        QCOMPARE(std::string(noRow.what()), std::string("in.csv, column 'spend': not kept"));
        const Error fileOnly(ErrorKind::Io, "cannot open", ErrorLocation {"in.csv", -1, {}, -1});
        QCOMPARE(std::string(fileOnly.what()), std::string("in.csv: cannot open"));
        const Error nowhere(ErrorKind::Usage, "k must be 2 or more");
        QCOMPARE(std::string(nowhere.what()), std::string("k must be 2 or more"));
    }

    void aProgramsTranslatorSaysEveryMessage()
    {
        setTextHooks({fakeTranslate, fakeCount, fakeDecimalMark});
        QCOMPARE(Text::tr("%n missing cell(s)", nullptr, 3), std::string("3 fehlende Zellen"));
        QCOMPARE(g_lastContext, std::string("Text"));
        QCOMPARE(Text::count(14922), std::string("#14922"));
        // Real numbers: printf's digits and exponent, the locale's decimal mark.
        QCOMPARE(Text::number(53.5), std::string("53,5"));
        QCOMPARE(Text::number(1234567.0), std::string("1,23457e+06"));
        QCOMPARE(Text::fixed(1.5, 2), std::string("1,50"));
        QCOMPARE(Text::percent(0.253), std::string("25,3%"));
        QCOMPARE(Text::decimal("1e-320"), std::string("1e-320"));
        // The location is in the user's language too.
        const Error e(ErrorKind::InvalidData, "kaputt", {"in.csv", 7, "spend", -1});
        QCOMPARE(std::string(e.what()), std::string("in.csv: Zeile 7, Spalte „spend“: kaputt"));
        // Without hooks again: English.
        setTextHooks({});
        QCOMPARE(Text::tr("%n missing cell(s)", nullptr, 3), std::string("3 missing cells"));
    }
};

QTEST_APPLESS_MAIN(TestMessages)
#include "test_messages.moc"
