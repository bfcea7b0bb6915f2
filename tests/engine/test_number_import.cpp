// How imported text becomes numbers at the edges: integers beyond 2^53 (numbers with a precision
// warning, or identifiers when a column holds only long digit codes), and numbers written with a
// decimal comma or thousands separators. CSV and SQLite share the rules (TableBuilder).

#include "engine/core/error.h"
#include "engine/data/csv_reader.h"
#include "engine/data/sqlite_reader.h"
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
};

QTEST_APPLESS_MAIN(TestNumberImport)
#include "test_number_import.moc"
