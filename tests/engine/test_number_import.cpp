// How imported text becomes numbers at the edges: integers beyond 2^53 (numbers with a precision
// warning, or identifiers when a column holds only long digit codes), and numbers written with a
// decimal comma or thousands separators. CSV and SQLite share the rules (TableBuilder).

#include "engine/core/error.h"
#include "engine/data/csv_reader.h"
#include "engine/data/sqlite_reader.h"
#include "engine/prep/feature_spec.h"
#include "engine/prep/prepare.h"
#include "tests/support/engine_fixtures.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <string>

#include <sqlite3.h>

using namespace seg;
using namespace seg::test;

// QCOMPARE on ColumnType would pick seg::toString through argument-dependent lookup; compare names.
#define QCOMPARE_TYPE(actual, expected)                                                                      \
    QCOMPARE(std::string(toString(actual)), std::string(toString(expected)))

namespace {

Table parse(const std::string &text, const CsvOptions &options = {})
{
    return parseCsv(text, "test.csv", options);
}

CsvOptions forced(const std::string &column, ColumnType type)
{
    CsvOptions options;
    options.columnTypes[column] = type;
    return options;
}

} // namespace

class TestNumberImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bigIntegerIsANumberWithAWarning()
    {
        // One integer above 2^53 among amounts once turned the column into one-hot text, with a
        // warning that counted it among the numbers. It is a number: the nearest double, and a
        // warning naming the column and the first such row (the header is row 1).
        const Table t = parse("id,amount\n1,10\n2,9007199254740993\n3,12\n4,12345678901234567890\n5,\n");
        const Column &amount = t.require("amount");
        QCOMPARE_TYPE(amount.type, ColumnType::Integer);
        QCOMPARE(amount.numbers[0], 10.0);
        QCOMPARE(amount.numbers[1], 9007199254740992.0); // 2^53 + 1 rounds half to even
        QCOMPARE(amount.numbers[3], 12345678901234567890.0);
        QVERIFY(amount.isMissing(4));
        QCOMPARE(t.warnings.size(), std::size_t {1});
        QCOMPARE(t.warnings[0],
                 std::string("column 'amount' holds an integer too large to be stored exactly: row 3 "
                             "'9007199254740993' is read as 9007199254740992 (numbers beyond 2^53 = "
                             "9007199254740992 keep about 16 significant digits); 1 more value like it"));

        // With a real in the column it is a real column; the warning is the same.
        const Table r = parse("x\n1.5\n-123456789012345678\n");
        QCOMPARE_TYPE(r.require("x").type, ColumnType::Real);
        QCOMPARE(r.require("x").numbers[1], -123456789012345678.0);
        QCOMPARE(r.warnings.size(), std::size_t {1});
        QVERIFY(contains(r.warnings[0], "row 3 '-123456789012345678' is read as -1.2345678901234568e+17"));

        // 2^53 itself is exact: no warning.
        QVERIFY(parse("n\n9007199254740992\n1\n").warnings.empty());
    }

    void longDigitCodesAreIdentifiers()
    {
        // Only digit strings of 16 or more digits, some beyond 2^53: card or tracking numbers,
        // kept exactly as text.
        const Table t = parse("card,n\n4111111111111111,1\n9111111111111111111,2\n,3\n0005500000000000004,4\n");
        const Column &card = t.require("card");
        QCOMPARE_TYPE(card.type, ColumnType::Identifier);
        QCOMPARE(card.cellText(0), std::string("4111111111111111"));
        QCOMPARE(card.cellText(1), std::string("9111111111111111111"));
        QVERIFY(card.isMissing(2));
        QCOMPARE(card.cellText(3), std::string("0005500000000000004"));
        QCOMPARE(t.warnings.size(), std::size_t {1});
        QCOMPARE(t.warnings[0],
                 std::string("column 'card' holds only integers of 16 or more digits, some too large to be "
                             "stored exactly (row 3 '9111111111111111111'); they look like codes, so the column "
                             "is read as identifier text"));

        // Long codes that all fit exactly stay integers (nothing is lost), and one short value
        // makes a column of amounts, whatever its long values.
        QCOMPARE_TYPE(parse("c\n4111111111111111\n5500000000000004\n").require("c").type, ColumnType::Integer);
        const Table mixed = parse("c\n4111111111111111\n9111111111111111111\n12\n");
        QCOMPARE_TYPE(mixed.require("c").type, ColumnType::Integer);
        QVERIFY(contains(mixed.warnings.at(0), "row 3 '9111111111111111111'"));
    }

    void forcedIntegerTakesBigIntegers()
    {
        const Table t = parse("n\n1\n99999999999999999999\n", forced("n", ColumnType::Integer));
        QCOMPARE_TYPE(t.require("n").type, ColumnType::Integer);
        QCOMPARE(t.require("n").numbers[1], 1e20);
        QCOMPARE(t.warnings.size(), std::size_t {1});
        QVERIFY(contains(t.warnings[0], "row 3 '99999999999999999999' is read as 1e+20"));
    }

    void integersBeyondTheDoubleRangeAreText()
    {
        // 400 digits have no nearest double: text (it once parsed as 0).
        const std::string huge = "1" + std::string(400, '0');
        const Table t = parse("x\n1\n" + huge + "\n2\n");
        QCOMPARE_TYPE(t.require("x").type, ColumnType::Identifier);
    }

    void sqliteBigIntegers()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.filePath(QStringLiteral("big.sqlite")).toStdString();
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.c_str(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db,
                              "CREATE TABLE t (amount INTEGER, card INTEGER);"
                              "INSERT INTO t VALUES (10, 4111111111111111), (9223372036854775807, "
                              "9111111111111111111), (12, NULL);",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        const Table t = readSqliteTable(path, "t");
        QCOMPARE_TYPE(t.require("amount").type, ColumnType::Integer);
        QCOMPARE(t.require("amount").numbers[1], 9223372036854775807.0);
        QCOMPARE_TYPE(t.require("card").type, ColumnType::Identifier);
        QCOMPARE(t.require("card").cellText(0), std::string("4111111111111111"));
        QCOMPARE(t.require("card").cellText(1), std::string("9111111111111111111"));
        QVERIFY(t.require("card").isMissing(2));
        QCOMPARE(t.warnings.size(), std::size_t {2});
        // SQLite rows are 1-based.
        QVERIFY(contains(t.warnings[0], "column 'amount' holds an integer too large to be stored exactly: row 2 "
                                        "'9223372036854775807' is read as 9.2233720368547758e+18"));
        QVERIFY(contains(t.warnings[1], "column 'card' holds only integers of 16 or more digits"));
    }

    void decimalCommasWhereCommasAreNotTheDelimiter()
    {
        // ';' and tab files: a column of integers and decimal-comma numbers is read as numbers.
        for (const char *sep : {";", "\t"}) {
            std::string text = "id;amount;n\n1;1,5;1\n2;2;2\n3;-10,25;3\n4;;4\n";
            for (char &ch : text)
                if (ch == ';')
                    ch = *sep;
            const Table t = parse(text);
            const Column &amount = t.require("amount");
            QCOMPARE_TYPE(amount.type, ColumnType::Real);
            QCOMPARE(amount.numbers[0], 1.5);
            QCOMPARE(amount.numbers[1], 2.0);
            QCOMPARE(amount.numbers[2], -10.25);
            QVERIFY(amount.isMissing(3));
            QCOMPARE(t.warnings.size(), std::size_t {1});
            QCOMPARE(t.warnings[0], std::string("column 'amount' holds numbers with a decimal comma (row 2: '1,5'), "
                                                "read with ',' as the decimal mark ('1,5' is 1.5)"));
        }

        // Past 1,000 distinct values (kept as raw text while reading) the rule is the same.
        std::string many = "x;y\n";
        for (int i = 0; i < 1200; ++i)
            many += std::to_string(i) + ",5;" + std::to_string(i % 3) + "\n";
        const Table big = parse(many);
        QCOMPARE_TYPE(big.require("x").type, ColumnType::Real);
        QCOMPARE(big.require("x").numbers[1199], 1199.5);
        QCOMPARE(big.warnings.size(), std::size_t {1});
        QVERIFY(contains(big.warnings[0], "(row 2: '0,5'), read with ',' as the decimal mark ('0,5' is 0.5)"));
    }

    void decimalCommasThatAreNotRead()
    {
        // In a comma-delimited file a quoted "1,5" may as well be a thousands separator: not read.
        const Table comma = parse("id,amount\n1,\"1,5\"\n2,\"2,5\"\n3,\"1,5\"\n4,\"2,5\"\n");
        QCOMPARE_TYPE(comma.require("amount").type, ColumnType::Categorical);
        QCOMPARE(comma.warnings.size(), std::size_t {1});
        QCOMPARE(comma.warnings[0],
                 std::string("column 'amount' looks like numbers with a decimal comma (row 2: '1,5'); read as "
                             "categorical text, nothing was converted; a decimal comma is read only from files "
                             "delimited by ';' or tabs: write the numbers with '.' as the decimal mark"));

        // '.' decimals next to ',' ones: which is meant is unclear, so nothing is converted.
        const Table mixed = parse("id;amount\n1;1,5\n2;2.5\n3;3,5\n");
        QCOMPARE_TYPE(mixed.require("amount").type, ColumnType::Identifier);
        QVERIFY(contains(mixed.warnings.back(), "write every number with the same decimal mark"));

        // Thousands separators are never read.
        const Table thousands = parse("id;amount\n1;1.234,50\n2;99,90\n3;5,00\n");
        QCOMPARE_TYPE(thousands.require("amount").type, ColumnType::Identifier);
        QVERIFY(contains(thousands.warnings.back(), "looks like numbers with thousands separators (row 2: "
                                                    "'1.234,50'); read as identifier text, nothing was "
                                                    "converted; remove the thousands separators to use it as "
                                                    "numbers"));

        // A forced type wins.
        CsvOptions options = forced("amount", ColumnType::Categorical);
        QCOMPARE_TYPE(parse("id;amount\n1;1,5\n2;2,5\n", options).require("amount").type, ColumnType::Categorical);
    }

    void styledNumbersAsFeaturesAreExplained_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("detail");
        QTest::newRow("decimal comma")
            << QByteArray("id,amount\n1,2\n2,\"1,5\"\n3,\"2,5\"\n4,\"3,5\"\n5,\"4,5\"\n") << 3
            << QStringLiteral("the column looks like numbers with a decimal comma ('1,5'), which are not read as "
                              "numbers; a decimal comma is read only from files delimited by ';' or tabs, in "
                              "columns whose every value is an integer or uses it: write the numbers with '.' as "
                              "the decimal mark, or leave the column out");
        QTest::newRow("thousands")
            << QByteArray("id,amount\n1,\"1,234.50\"\n2,\"12,000.00\"\n3,7\n4,\"2,500.25\"\n") << 2
            << QStringLiteral("the column looks like numbers with thousands separators ('1,234.50'), which are "
                              "not read as numbers; remove the thousands separators, or leave the column out");
        // Decimal commas and a thousands separator in one column: the separator is named, wherever it is.
        QTest::newRow("decimal comma and thousands separator")
            << QByteArray("id;amount\n1;1,5\n2;3,25\n3;2.000,5\n4;4,5\n") << 4
            << QStringLiteral("the column looks like numbers with a decimal comma (row 2: '1,5'), but '2.000,5' has "
                              "a thousands separator too, and thousands separators are never read as part of a "
                              "number; remove them (a decimal comma alone is read in files delimited by ';' or "
                              "tabs), or leave the column out");
        QTest::newRow("thousands separator before the decimal commas")
            << QByteArray("id;amount\n1;2.000,5\n2;1,5\n3;3,25\n4;4,5\n") << 2
            << QStringLiteral("the column looks like numbers with a decimal comma (row 3: '1,5'), but '2.000,5' has "
                              "a thousands separator too, and thousands separators are never read as part of a "
                              "number; remove them (a decimal comma alone is read in files delimited by ';' or "
                              "tabs), or leave the column out");
        QTest::newRow("currency")
            << QByteArray("id,amount\n1,$5\n2,$7\n3,$5\n4,$7\n") << 2
            << QStringLiteral("the column looks like numbers with a currency or percent sign ('$5'), which are "
                              "not read as numbers; remove the currency or percent signs, or leave the column out");
    }

    void styledNumbersAsFeaturesAreExplained()
    {
        // These columns were "identifiers (free text or keys)", with no row, when named as features,
        // and silently one-hot encoded or left out otherwise.
        QFETCH(QByteArray, csv);
        QFETCH(int, row);
        QFETCH(QString, detail);
        const Table t = parse(csv.toStdString());
        QCOMPARE(suggestFeatureSpec(t).enabledColumns(), std::vector<std::string> {"amount"});
        for (const FeatureSpec &spec : {suggestFeatureSpec(t), featureSpecForColumns(t, {"amount"})}) {
            const Error e = expectError([&] { prepare(t, spec); });
            QCOMPARE(e.kind(), ErrorKind::InvalidData);
            QCOMPARE(e.where().row, std::int64_t {row});
            QCOMPARE(e.where().column, std::string("amount"));
            QCOMPARE(QString::fromStdString(e.detail()), detail);
        }
    }

    void sqliteTextWithDecimalCommasIsNotRead()
    {
        // A database has no delimiter to tell a decimal comma from a thousands separator.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.filePath(QStringLiteral("comma.sqlite")).toStdString();
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.c_str(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "CREATE TABLE t (amount TEXT); INSERT INTO t VALUES ('1,5'), ('2,5'), ('1,5'), ('2,5');",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        const Table t = readSqliteTable(path, "t");
        QCOMPARE_TYPE(t.require("amount").type, ColumnType::Categorical);
        QVERIFY(contains(t.warnings.at(0), "write the numbers with '.' as the decimal mark"));
    }
};

QTEST_APPLESS_MAIN(TestNumberImport)
#include "test_number_import.moc"
