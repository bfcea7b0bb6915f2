// Tests of engine/data/type_inference.h: the rules that type a text column from its distinct
// values, on hand-made level lists (test_csv_reader checks them end to end through a table).

#include "engine/data/type_inference.h"

#include <QTest>

#include <cmath>

#include <string>
#include <vector>

using namespace seg;

// QCOMPARE on ColumnType would pick seg::toString through argument-dependent lookup; compare names.
#define QCOMPARE_TYPE(actual, expected)                                                                      \
    QCOMPARE(std::string(toString(actual)), std::string(toString(expected)))

class TestTypeInference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void booleanWords()
    {
        const LevelSurvey s = surveyLevels({"yes", "No", "t", " F "});
        QVERIFY(s.allBoolean);
        QVERIFY(!s.allDates);
        QCOMPARE(s.dominantDate, DateFormat::None);
        QCOMPARE(s.dominantDateCount, std::size_t(0));
        QCOMPARE(s.strayNonDate, std::size_t(4));
        QCOMPARE_TYPE(inferTextType(s, 4, 4), ColumnType::Boolean);
        // 0 and 1 are numbers to inference; only a forced boolean column reads them as booleans.
        QVERIFY(!surveyLevels({"1", "0"}).allBoolean);
        QVERIFY(!surveyLevels({"yes", "maybe"}).allBoolean);
        QVERIFY(!surveyLevels({}).allBoolean);
    }

    void datesInOneLayout()
    {
        const LevelSurvey s = surveyLevels({"2023-03-31", "2024-02-29 10:00"});
        QVERIFY(s.allDates);
        QVERIFY(!s.allBoolean);
        QCOMPARE(s.dominantDate, DateFormat::Iso);
        QCOMPARE(s.dominantDateCount, std::size_t(2));
        QCOMPARE(s.strayNonDate, std::size_t(2)); // none
        QCOMPARE_TYPE(inferTextType(s, 2, 2), ColumnType::Date);
        // YYYYMMDD is a date only in a column forced to date.
        QVERIFY(!surveyLevels({"20230331"}).allDates);
        QVERIFY(!surveyLevels({}).allDates);
    }

    void mixedDateLayouts()
    {
        // Three ISO dates and one US date: not a date column, and the US one is the stray value.
        const LevelSurvey s = surveyLevels({"2023-03-31", "3/31/2023", "2023-04-01", "2023-04-02"});
        QVERIFY(!s.allDates);
        QCOMPARE(s.dominantDate, DateFormat::Iso);
        QCOMPARE(s.dominantDateCount, std::size_t(3));
        QCOMPARE(s.strayNonDate, std::size_t(1));
        // A tie goes to the layout that comes first in DateFormat: M/D/YYYY before D.M.YYYY.
        const LevelSurvey tie = surveyLevels({"31.03.2023", "3/31/2023"});
        QCOMPARE(tie.dominantDate, DateFormat::MonthDayYear);
        QCOMPARE(tie.dominantDateCount, std::size_t(1));
        QCOMPARE(tie.strayNonDate, std::size_t(0));
        // Fewer than half of the levels are dates: nothing to point at.
        const LevelSurvey few = surveyLevels({"a", "b", "2023-01-01"});
        QCOMPARE(few.dominantDateCount, std::size_t(1));
        QCOMPARE(few.strayNonDate, std::size_t(3));
        // Exactly half still counts as mostly dates.
        QCOMPARE(surveyLevels({"2023-01-01", "soon"}).strayNonDate, std::size_t(1));
    }

    void dayMonthOrder()
    {
        // A first number above 12 is a day, a second one makes the first the month.
        LevelSurvey s = surveyLevels({"1/2/2024", "31/1/2024"});
        QVERIFY(s.allDates);
        QCOMPARE(s.dominantDate, DateFormat::DaySlashMonthYear);
        QVERIFY(s.dateOrder == DayMonthOrder::DayFirst);
        QVERIFY(s.dateOrderShown);
        s = surveyLevels({"1/2/2024", "1/31/2024"}, DayMonthOrder::DayFirst);
        QCOMPARE(s.dominantDate, DateFormat::MonthDayYear);
        QVERIFY(s.dateOrderShown);
        // No evidence: the fallback, and it is said to be one.
        s = surveyLevels({"1/2/2024", "3/4/2024"}, DayMonthOrder::DayFirst);
        QCOMPARE(s.dominantDate, DateFormat::DaySlashMonthYear);
        QVERIFY(!s.dateOrderShown);
        // Both ways: neither order reads every level.
        QVERIFY(!surveyLevels({"13/1/2024", "1/13/2024"}).allDates);
        DayMonthEvidence e;
        for (const char *t : {"2024-01-31", "31.1.2024", " 12/12/2024 ", "13/1/2024 10:00"})
            e.add(t);
        QVERIFY(e.dayFirst && !e.monthFirst);
    }

    void compactDates()
    {
        // Days since 1970-01-01 from Python's datetime: 1997-01-01 is 9862, 2000-02-29 is 11016.
        std::vector<double> v {19970101, NAN, 20000229};
        QVERIFY(compactDatesToDays(v));
        QCOMPARE(v[0], 9862.0);
        QVERIFY(std::isnan(v[1]));
        QCOMPARE(v[2], 11016.0);
        // One value that is no date (a 30 February, 1899, 2101, a fraction) keeps all numbers.
        for (double bad : {20230230.0, 18991231.0, 21010101.0, 19970101.5}) {
            std::vector<double> w {19970101, bad};
            QVERIFY(!compactDatesToDays(w));
            QCOMPARE(w[0], 19970101.0);
        }
        std::vector<double> empty {NAN};
        QVERIFY(!compactDatesToDays(empty));
    }

    void categoricalOrIdentifier()
    {
        const LevelSurvey text = surveyLevels({"north", "south", "east"});
        // At most one level per two non-missing cells, and at most kMaxCategoricalLevels levels.
        QCOMPARE_TYPE(inferTextType(text, 3, 6), ColumnType::Categorical);
        QCOMPARE_TYPE(inferTextType(text, 3, 5), ColumnType::Identifier);
        QCOMPARE_TYPE(inferTextType(text, kMaxCategoricalLevels, 2 * kMaxCategoricalLevels),
                      ColumnType::Categorical);
        QCOMPARE_TYPE(inferTextType(text, kMaxCategoricalLevels + 1, 100 * kMaxCategoricalLevels),
                      ColumnType::Identifier);
    }

    void decoratedNumbers()
    {
        // \u20AC, \u00A3 and \u00A5 are the euro, pound and yen signs (UTF-8 in narrow literals).
        for (const char *s : {"1,200", "$5", "5$", "12 %", "12%", "1.234,56", "1'000", "\u20AC3", "\u00A33",
                              "\u00A53", "3 \u20AC"})
            QVERIFY2(looksLikeDecoratedNumber(s), s);
        // Plain numbers, words, and signs without a number are not.
        for (const char *s : {"5", "1.5", "abc", "$", "%", "$abc1", "12%abc", "\u20AC", "N/A", "1-2"})
            QVERIFY2(!looksLikeDecoratedNumber(s), s);
    }

    void numberStyles_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("style");
        QTest::addColumn<QString>("described");
        const int comma = int(NumberStyle::DecimalComma), thousands = int(NumberStyle::ThousandsSeparators),
                  decorated = int(NumberStyle::Decorated), none = int(NumberStyle::None);
        QTest::newRow("decimal comma") << QByteArray("1,5") << comma << QStringLiteral("a decimal comma");
        QTest::newRow("signed, spaced") << QByteArray(" -0,25 ") << comma << QStringLiteral("a decimal comma");
        QTest::newRow("three decimals") << QByteArray("12,345") << comma
                                        << QStringLiteral("a decimal comma or a thousands separator");
        QTest::newRow("thousands, point") << QByteArray("1,234.50") << thousands
                                          << QStringLiteral("thousands separators");
        QTest::newRow("two groups") << QByteArray("12,345,678") << thousands << QStringLiteral("thousands separators");
        QTest::newRow("european") << QByteArray("1.234,56") << thousands << QStringLiteral("thousands separators");
        QTest::newRow("currency") << QByteArray("$5") << decorated << QStringLiteral("a currency or percent sign");
        QTest::newRow("bad grouping") << QByteArray("1,23,456") << decorated
                                      << QStringLiteral("a currency or percent sign");
        QTest::newRow("plain") << QByteArray("1.5") << none << QStringLiteral("no special style");
        QTest::newRow("trailing comma") << QByteArray("1,5,") << decorated << QStringLiteral("a currency or percent sign");
        QTest::newRow("text") << QByteArray("a,b") << none << QStringLiteral("no special style");
        QTest::newRow("comma only") << QByteArray(",5") << decorated << QStringLiteral("a currency or percent sign");
    }

    void numberStyles()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, style);
        QFETCH(QString, described);
        QCOMPARE(int(numberStyle(text.toStdString())), style);
        QCOMPARE(QString::fromStdString(describeNumberStyle(NumberStyle(style), text.toStdString())), described);
    }

    void decimalCommaValues()
    {
        QCOMPARE(decimalCommaValue("1,5"), 1.5);
        QCOMPARE(decimalCommaValue(" -0,25"), -0.25);
        QCOMPARE(decimalCommaValue("12,345"), 12.345);
    }
};

QTEST_GUILESS_MAIN(TestTypeInference)
#include "test_type_inference.moc"
