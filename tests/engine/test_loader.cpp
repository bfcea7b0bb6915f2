// Tests of engine/data/loader.h: CSV or SQLite by the file's header (or a given table name),
// never by its file name, and the one rule for choosing the table of a database.

#include "engine/core/error.h"
#include "engine/data/loader.h"
#include "tests/support/engine_fixtures.h"
#include "tests/support/pipe_fixtures.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <stdexcept>
#include <string>

#include <sqlite3.h>

#include <sys/stat.h>

using namespace seg;
using namespace seg::test;

#define QCOMPARE_TYPE(actual, expected)                                                                      \
    QCOMPARE(std::string(toString(actual)), std::string(toString(expected)))

namespace {

// Creates (or extends) the database at `path` with `sql`.
void createDatabase(const std::string &path, const std::string &sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.c_str(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        throw std::runtime_error("cannot create " + path);
    }
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
    const std::string text = message ? message : "";
    sqlite3_free(message);
    sqlite3_close(db);
    if (rc != SQLITE_OK)
        throw std::runtime_error(text);
}

void writeText(const std::string &path, const std::string &text)
{
    std::ofstream(path, std::ios::binary) << text;
}

} // namespace

class TestLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string m_one; // one table
    std::string m_several; // two tables and a view

    std::string path(const char *name) const { return m_dir.filePath(QString::fromUtf8(name)).toStdString(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_one = path("one.sqlite");
        createDatabase(m_one,
                       "CREATE TABLE customers (id TEXT, spend REAL);"
                       "INSERT INTO customers VALUES ('C1', 10.5), ('C2', 3.0), ('C3', NULL);");
        m_several = path("shop.db");
        createDatabase(m_several,
                       "CREATE TABLE visits (id TEXT, n INTEGER);"
                       "INSERT INTO visits VALUES ('C1', 4), ('C2', 7);"
                       "CREATE TABLE customers (id TEXT, spend REAL);"
                       "INSERT INTO customers VALUES ('C1', 10.5);"
                       "CREATE VIEW big_spenders AS SELECT * FROM customers WHERE spend > 5;");
    }

    void oneTableIsReadWithoutAName()
    {
        const Table t = loadTable(m_one, {});
        QCOMPARE(t.rowCount, std::size_t(3));
        QCOMPARE(t.columns.size(), std::size_t(2));
        QVERIFY(containsOrWarn(t.source, "table 'customers'"));
        QCOMPARE(t.require("spend").numbers[0], 10.5);
        QVERIFY(t.require("spend").isMissing(2));
    }

    void severalTablesNeedAName()
    {
        const Error e = requireError([&] { loadTable(m_several, {}); }, ErrorKind::Usage);
        QCOMPARE(e.kind(), ErrorKind::Usage);
        // Tables and views, sorted by name; the message names no option of any front end.
        QCOMPARE(e.detail(),
                 std::string("the database has several tables; choose one of: 'big_spenders', 'customers', "
                             "'visits'"));
        QCOMPARE(e.where().file, m_several);
        QCOMPARE(e.where().row, std::int64_t(-1));
    }

    void namedTableOrView()
    {
        const Table visits = loadTable(m_several, "visits");
        QCOMPARE(visits.rowCount, std::size_t(2));
        QCOMPARE(visits.require("n").numbers, (std::vector<double> {4, 7}));
        QVERIFY(containsOrWarn(visits.source, "table 'visits'"));
        const Table view = loadTable(m_several, "big_spenders");
        QCOMPARE(view.rowCount, std::size_t(1));
        // A name also chooses among one.
        QCOMPARE(loadTable(m_one, "customers").rowCount, std::size_t(3));
    }

    void unknownTableListsTheTables()
    {
        const Error e = requireError([&] { loadTable(m_several, "orders"); }, ErrorKind::InvalidData);
        QCOMPARE(e.kind(), ErrorKind::InvalidData);
        QCOMPARE(e.where().file, m_several);
        QVERIFY(containsOrWarn(e.detail(), "there is no table or view named 'orders'"));
        QVERIFY(containsOrWarn(e.detail(), "'big_spenders', 'customers', 'visits'"));
    }

    void databaseWithoutTables()
    {
        // Creating and dropping a table leaves a valid database file with no table in it.
        const std::string empty = path("empty.sqlite");
        createDatabase(empty, "CREATE TABLE t (x); DROP TABLE t;");
        const Error e = requireError([&] { loadTable(empty, {}); }, ErrorKind::InvalidData);
        QCOMPARE(e.kind(), ErrorKind::InvalidData);
        QCOMPARE(e.detail(), std::string("the database has no tables"));
        QCOMPARE(e.where().file, empty);
    }

    void csvFiles()
    {
        const std::string csv = path("customers.csv");
        writeText(csv, "id,spend\nC1,1.5\nC2,2.5\n");
        const Table t = loadTable(csv, {});
        QCOMPARE(t.rowCount, std::size_t(2));
        QCOMPARE(t.require("spend").numbers, (std::vector<double> {1.5, 2.5}));
        // The options reach the reader.
        CsvOptions options;
        options.columnTypes = {{"spend", ColumnType::Categorical}};
        QCOMPARE_TYPE(loadTable(csv, {}, options).require("spend").type, ColumnType::Categorical);
    }

    void contentDecidesNotTheName()
    {
        // CSV text in a file named like a database is CSV ...
        const std::string db = path("export.db");
        writeText(db, "id,n\nA,1\nB,2\nC,3\n");
        const Table t = loadTable(db, {});
        QCOMPARE(t.rowCount, std::size_t(3));
        QCOMPARE(t.require("n").numbers, (std::vector<double> {1, 2, 3}));
        // ... and a database named like CSV is a database.
        const std::string csv = path("actually-sqlite.csv");
        createDatabase(csv, "CREATE TABLE t (n INTEGER); INSERT INTO t VALUES (5);");
        QCOMPARE(loadTable(csv, {}).require("n").numbers, (std::vector<double> {5}));
    }

    void tableNameForACsvFile()
    {
        // A table name means SQLite: a CSV file is then reported as not a database.
        const std::string csv = path("plain.csv");
        writeText(csv, "a\n1\n");
        const Error e = requireError([&] { loadTable(csv, "customers"); }, ErrorKind::Io);
        QCOMPARE(e.kind(), ErrorKind::Io);
        QCOMPARE(e.where().file, csv);
        QVERIFY(containsOrWarn(e.detail(), "not an SQLite database"));
    }

    void csvFromAStream()
    {
        // A pipe is read once: the SQLite check and the CSV reader see the same bytes.
        PipeWriter writer("id,spend\nC1,1.5\nC2,2.5\n");
        const Table t = loadTable(writer.path(), {});
        QCOMPARE(t.source, writer.path());
        QCOMPARE(t.require("spend").numbers, (std::vector<double> {1.5, 2.5}));
        // Fewer bytes than the SQLite header are CSV too.
        PipeWriter tiny("a\n1\n");
        QCOMPARE(loadTable(tiny.path(), {}).require("a").numbers, (std::vector<double> {1}));
    }

    void sqliteFromAStream()
    {
        // SQLite needs a file it can seek in: a database arriving through a pipe is refused with
        // the reason, as is a table name for a stream.
        const std::string expected = "an SQLite database can only be read from a file, not from standard "
                                     "input, a pipe or a device; give the database's file name";
        PipeWriter writer(readAll(m_one));
        Error e = requireError([&] { loadTable(writer.path(), {}); }, ErrorKind::Usage);
        QCOMPARE(e.kind(), ErrorKind::Usage);
        QCOMPARE(e.where().file, writer.path());
        QCOMPARE(e.detail(), expected);
        const std::string fifo = path("db.fifo");
        QCOMPARE(::mkfifo(fifo.c_str(), 0600), 0);
        e = requireError([&] { loadTable(fifo, "customers"); }, ErrorKind::Usage);
        QCOMPARE(e.where().file, fifo);
        QCOMPARE(e.detail(), expected);
        e = requireError([&] { loadTable("-", "customers"); }, ErrorKind::Usage);
        QCOMPARE(e.where().file, std::string("standard input"));
        QCOMPARE(e.detail(), expected);
    }

    void missingFile()
    {
        const Error e = requireError([&] { loadTable(path("nowhere.csv"), {}); }, ErrorKind::Io);
        QCOMPARE(e.kind(), ErrorKind::Io);
        QCOMPARE(e.where().file, path("nowhere.csv"));
    }
};

QTEST_GUILESS_MAIN(TestLoader)
#include "test_loader.moc"
