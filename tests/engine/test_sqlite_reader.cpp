// Tests of the SQLite import: listing tables, mapping storage classes, inferring TEXT columns
// like the CSV reader, hostile table names, endless views, and the errors for bad files, tables and
// ids.

#include "engine/core/error.h"
#include "engine/data/sqlite_reader.h"
#include "tests/support/engine_fixtures.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iterator>
#include <cmath>
#include <functional>
#include <string>
#include <thread>

#include <sqlite3.h>

#include <sys/stat.h>

using namespace seg;
using namespace seg::test;

#define QCOMPARE_TYPE(actual, expected)                                                                      \
    QCOMPARE(std::string(toString(actual)), std::string(toString(expected)))

namespace {

void exec(sqlite3 *db, const std::string &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        const std::string text = message ? message : "?";
        sqlite3_free(message);
        throw std::runtime_error(text);
    }
}

const char *kHostile = "evil\"; DROP TABLE customers; --";

} // namespace

class TestSqliteReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string m_db;

    std::string path(const char *name) const { return m_dir.filePath(QString::fromUtf8(name)).toStdString(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = path("shop.sqlite");
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(m_db.c_str(), &db), SQLITE_OK);
        exec(db,
             "CREATE TABLE customers (id TEXT, visits INTEGER, spend REAL, joined TEXT, region TEXT, "
             "vip TEXT, note TEXT, code);"
             "INSERT INTO customers VALUES ('C1', 3, 10.5, '2023-03-31', 'north', 'yes', NULL, 1);"
             "INSERT INTO customers VALUES ('C2', NULL, 2.25, '2024-02-29', 'south', 'no', 'x', 2);"
             "INSERT INTO customers VALUES ('C3', 7, NULL, NULL, 'north', 'yes', 'NA', 'X3');"
             "INSERT INTO customers VALUES ('C4', 1, 4.0, '2023-01-01', 'south', 'no', '', 4);"
             "CREATE VIEW big_spenders AS SELECT id, spend FROM customers WHERE spend > 3;"
             "CREATE TABLE dup_ids (cid TEXT, n INTEGER);"
             "INSERT INTO dup_ids VALUES ('A', 1), ('B', 2), ('A', 3);"
             "CREATE TABLE blobs (b BLOB); INSERT INTO blobs VALUES (x'00FF');"
             "CREATE TABLE empty_table (a INTEGER);"
             "CREATE TABLE \"evil\"\"; DROP TABLE customers; --\" (v INTEGER);"
             "INSERT INTO \"evil\"\"; DROP TABLE customers; --\" VALUES (42);"
             "CREATE TABLE huge (n INTEGER); INSERT INTO huge VALUES (9007199254740993), (5);");
        sqlite3_close(db);
    }

    void listsTablesAndViews()
    {
        const std::vector<std::string> tables = listSqliteTables(m_db);
        QCOMPARE(tables,
                 (std::vector<std::string> {"big_spenders", "blobs", "customers", "dup_ids", "empty_table",
                                            kHostile, "huge"}));
        QVERIFY(isSqliteFile(m_db));
    }

    void readsAndMapsTypes()
    {
        const Table t = readSqliteTable(m_db, "customers");
        QCOMPARE(t.rowCount, std::size_t(4));
        QCOMPARE(t.columns.size(), std::size_t(8));
        QCOMPARE(t.source, m_db + ", table 'customers'");
        QCOMPARE_TYPE(t.require("id").type, ColumnType::Identifier);
        const Column &visits = t.require("visits");
        QCOMPARE_TYPE(visits.type, ColumnType::Integer);
        QVERIFY(visits.isMissing(1)); // NULL
        QCOMPARE(visits.numbers[2], 7.0);
        const Column &spend = t.require("spend");
        QCOMPARE_TYPE(spend.type, ColumnType::Real);
        QCOMPARE(spend.numbers[0], 10.5);
        QVERIFY(spend.isMissing(2));
        const Column &joined = t.require("joined");
        QCOMPARE_TYPE(joined.type, ColumnType::Date); // TEXT inferred like CSV
        QCOMPARE(joined.numbers[0], 19447.0); // 2023-03-31, from Python's datetime
        QVERIFY(joined.isMissing(2));
        const Column &region = t.require("region");
        QCOMPARE_TYPE(region.type, ColumnType::Categorical);
        QCOMPARE(region.levels, (std::vector<std::string> {"north", "south"}));
        QCOMPARE_TYPE(t.require("vip").type, ColumnType::Boolean);
        QCOMPARE(t.require("vip").numbers, (std::vector<double> {1, 0, 1, 0}));
        // NULL, 'NA' and '' are all missing.
        QCOMPARE(t.require("note").missingCount(), std::size_t(3));
        // INTEGER values followed by TEXT: replayed as text, nothing converted, a warning.
        const Column &code = t.require("code");
        QCOMPARE_TYPE(code.type, ColumnType::Identifier);
        QCOMPARE(code.cellText(0), std::string("1"));
        QCOMPARE(code.cellText(2), std::string("X3"));
        QCOMPARE(t.warnings.size(), std::size_t(1));
        QVERIFY(containsOrWarn(t.warnings[0],
                         "'code' mixes numbers and text: 3 of 4 values are numbers, but row 3 holds 'X3'"));
    }

    void viewsOptionsAndHostileNames()
    {
        const Table view = readSqliteTable(m_db, "big_spenders");
        QCOMPARE(view.rowCount, std::size_t(2));
        CsvOptions options;
        options.maxRows = 2;
        options.columnTypes = {{"visits", ColumnType::Real}};
        const Table limited = readSqliteTable(m_db, "customers", options);
        QCOMPARE(limited.rowCount, std::size_t(2));
        QCOMPARE_TYPE(limited.require("visits").type, ColumnType::Real);
        // The quoted name is read as a name: the table exists and customers is untouched.
        const Table evil = readSqliteTable(m_db, kHostile);
        QCOMPARE(evil.require("v").numbers, (std::vector<double> {42}));
        QCOMPARE(readSqliteTable(m_db, "customers").rowCount, std::size_t(4));
        // 2^53 + 1 cannot be a double exactly; next to the amount 5 it is the nearest number, with
        // a warning (the big-integer rule; test_number_import.cpp has the cases).
        const Table huge = readSqliteTable(m_db, "huge");
        QCOMPARE_TYPE(huge.require("n").type, ColumnType::Integer);
        QCOMPARE(huge.require("n").numbers, (std::vector<double> {9007199254740992.0, 5.0}));
        QCOMPARE(huge.warnings.size(), std::size_t {1});
        QVERIFY(containsOrWarn(huge.warnings[0], "row 1 '9007199254740993' is read as 9007199254740992"));
    }

    // A recursive view without end (found by fuzz_sqlite: a 512-byte file hung the import in its
    // count(*)): a preview reads just its first rows, and a full read can be cancelled while SQLite
    // computes it, where no loop of the reader's own runs.
    void endlessView()
    {
        const std::string file = path("endless.sqlite");
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(file.c_str(), &db), SQLITE_OK);
        exec(db, "CREATE VIEW forever AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                 "SELECT x FROM c;");
        sqlite3_close(db);

        CsvOptions preview;
        preview.maxRows = 5;
        const Table first = readSqliteTable(file, "forever", preview);
        QCOMPARE(first.rowCount, std::size_t(5));
        QCOMPARE(first.require("x").numbers, (std::vector<double> {1, 2, 3, 4, 5}));

        CancelToken token;
        std::thread canceller([&token] {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            token.cancel();
        });
        QVERIFY_THROWS_EXCEPTION(Cancelled, readSqliteTable(file, "forever", {}, Progress(&token, {})));
        canceller.join();
    }

    void errors()
    {
        Error e = requireError([&] { readSqliteTable(m_db, "orders"); });
        QCOMPARE(e.kind(), ErrorKind::InvalidData);
        QVERIFY(containsOrWarn(e.detail(),
                         "there is no table or view named 'orders'; the tables are: 'big_spenders', "
                         "'blobs', 'customers'"));
        e = requireError([&] { readSqliteTable(m_db, "empty_table"); });
        QCOMPARE(e.kind(), ErrorKind::InvalidData);
        QVERIFY(containsOrWarn(e.detail(), "the table has no rows"));
        e = requireError([&] { readSqliteTable(m_db, "blobs"); });
        QCOMPARE(e.kind(), ErrorKind::InvalidData);
        QCOMPARE(e.where().row, std::int64_t(1));
        QCOMPARE(e.where().column, std::string("b"));
        QVERIFY(containsOrWarn(e.detail(), "BLOB"));
        CsvOptions ids;
        ids.idColumn = "cid";
        e = requireError([&] { readSqliteTable(m_db, "dup_ids", ids); });
        QCOMPARE(e.kind(), ErrorKind::InvalidData);
        QCOMPARE(e.where().row, std::int64_t(3));
        QVERIFY(
            containsOrWarn(e.what(), "table 'dup_ids': row 3, column 'cid': id 'A' appears in rows 1 and 3"));
        // Not a database, missing file.
        const std::string text = path("plain.csv");
        {
            std::FILE *f = std::fopen(text.c_str(), "w");
            std::fputs("a,b\n1,2\n", f);
            std::fclose(f);
        }
        QVERIFY(!isSqliteFile(text));
        e = requireError([&] { listSqliteTables(text); });
        QCOMPARE(e.kind(), ErrorKind::Io);
        QVERIFY(containsOrWarn(e.detail(), "not an SQLite database"));
        e = requireError([&] { readSqliteTable(path("missing.sqlite"), "t"); });
        QCOMPARE(e.kind(), ErrorKind::Io);
        QVERIFY(!isSqliteFile(path("missing.sqlite")));
    }

    void nulInText()
    {
        // TEXT may hold NUL bytes in SQLite ('a', NUL, 'b' here); a table cell may not.
        const std::string file = path("nul.sqlite");
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(file.c_str(), &db), SQLITE_OK);
        exec(db, "CREATE TABLE nul_text (name TEXT);"
                 "INSERT INTO nul_text VALUES ('ok'), (CAST(x'610062' AS TEXT));");
        sqlite3_close(db);
        const Error e = requireError([&] { readSqliteTable(file, "nul_text"); }, ErrorKind::InvalidData);
        QCOMPARE(e.where().row, std::int64_t(2));
        QCOMPARE(e.where().column, std::string("name"));
        QCOMPARE(e.detail(), std::string("the text holds a NUL byte (byte 1 of the value); text cannot "
                                         "contain NUL bytes"));
    }

    void damagedFiles()
    {
        // shop.sqlite cut to 5,000 bytes: its header gives 2 pages of 4,096 bytes. SQLite reads
        // the missing page as zeros, so without the length check its rows came back as NULLs.
        const std::string source = path("two_pages.sqlite");
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(source.c_str(), &db), SQLITE_OK);
        exec(db, "PRAGMA page_size = 4096; CREATE TABLE t (id TEXT, x REAL);"
                 "INSERT INTO t VALUES ('a', 1), ('b', 2), ('c', 3);");
        sqlite3_close(db);
        std::string bytes;
        {
            std::ifstream in(source, std::ios::binary);
            bytes.assign(std::istreambuf_iterator<char>(in), {});
        }
        QCOMPARE(bytes.size(), std::size_t(8192));
        const auto writeBytes = [&](const char *name, const std::string &content) {
            std::ofstream out(path(name), std::ios::binary);
            out << content;
            return path(name);
        };
        std::string file = writeBytes("cut.sqlite", bytes.substr(0, 5000));
        Error e = requireError([&] { readSqliteTable(file, "t"); }, ErrorKind::InvalidData);
        QCOMPARE(e.detail(), std::string("the database is cut short: its header gives 2 pages of 4096 bytes "
                                         "(8192 bytes), but the file holds 5000; copy the whole file again"));
        QCOMPARE(e.where().file, file);
        file = writeBytes("header.sqlite", bytes.substr(0, 60));
        e = requireError([&] { listSqliteTables(file); }, ErrorKind::InvalidData);
        QCOMPARE(e.detail(), std::string("the database is cut short: the file holds 60 bytes, less than the "
                                         "100-byte header of an SQLite database"));
        // The header, then a damaged page: SQLite's reason, and what it means.
        std::string damaged = bytes;
        std::fill(damaged.begin() + 100, damaged.end(), '\x5A');
        file = writeBytes("damaged.sqlite", damaged);
        e = requireError([&] { listSqliteTables(file); }, ErrorKind::InvalidData);
        QCOMPARE(e.detail(), std::string("the file is not a valid SQLite database (SQLite: database disk image "
                                         "is malformed); it may be damaged or cut short"));
    }

    void notARegularFile()
    {
        // A named pipe is no database, and asking must not wait for a writer; nor is a folder.
        const std::string fifo = path("pipe.sqlite");
        QCOMPARE(::mkfifo(fifo.c_str(), 0600), 0);
        QVERIFY(!isSqliteFile(fifo));
        QVERIFY(!isSqliteFile(m_dir.path().toStdString()));
    }
};

QTEST_APPLESS_MAIN(TestSqliteReader)
#include "test_sqlite_reader.moc"
