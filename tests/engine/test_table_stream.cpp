// Tables read in chunks: the chunk readers (CSV and SQLite), moving rows between tables, the
// uniform sample of a stream, and mini-batch k-means fed from a file.

#include "engine/cluster/minibatch_kmeans.h"
#include "engine/core/error.h"
#include "engine/data/csv_reader.h"
#include "engine/data/input_file.h"
#include "engine/data/loader.h"
#include "engine/data/sqlite_reader.h"
#include "engine/data/table_rows.h"
#include "engine/prep/feature_spec.h"
#include "engine/prep/prepare.h"
#include "engine/stream/table_stream.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <numeric>
#include <optional>
#include <set>

#include <sqlite3.h>

using namespace seg;

namespace {

template <class F>
std::optional<Error> errorOf(F f)
{
    try {
        f();
    } catch (const Error &e) {
        return e;
    }
    return std::nullopt;
}

std::string writeFile(const QTemporaryDir &dir, const char *name, const std::string &text)
{
    const std::string path = dir.filePath(QString::fromLatin1(name)).toStdString();
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

/// A CSV of `rows` customers: id, visits = i % 7, spend = i * 0.5, channel = web/app/store.
std::string customersCsv(std::size_t rows)
{
    std::string text = "id,visits,spend,channel\n";
    const char *channels[] = {"web", "app", "store"};
    for (std::size_t i = 0; i < rows; ++i)
        text += "c" + std::to_string(i) + "," + std::to_string(i % 7) + "," + std::to_string(0.5 * double(i)) + ","
            + channels[i % 3] + "\n";
    return text;
}

CsvOptions typed(const Table &schema, const std::string &idColumn)
{
    CsvOptions options;
    options.idColumn = idColumn;
    for (const Column &c : schema.columns)
        if (c.name != idColumn)
            options.columnTypes[c.name] = c.type;
    return options;
}

} // namespace

class TestTableStream : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void csvChunksKeepRowsAndNumbers()
    {
        // 7 rows with a blank line after the third: chunks of 3, 3 and 1, numbered as the file is.
        const std::string path = writeFile(m_dir, "blank.csv",
                                           "id,visits,channel\na,1,web\nb,2,app\nc,3,web\n\nd,4,store\ne,5,web\n"
                                           "f,6,app\ng,7,web\n");
        const Table whole = readCsv(path);
        InputFile input(path);
        std::vector<Table> chunks;
        readCsvChunks(input, typed(whole, "id"), 3, [&](Table &&chunk) { chunks.push_back(std::move(chunk)); });
        QCOMPARE(chunks.size(), std::size_t {3});
        QCOMPARE(chunks[0].rowCount, std::size_t {3});
        QCOMPARE(chunks[1].rowCount, std::size_t {3});
        QCOMPARE(chunks[2].rowCount, std::size_t {1});
        QCOMPARE(chunks[0].rowNumber(2), std::int64_t {4});
        QCOMPARE(chunks[1].rowNumber(0), std::int64_t {6}); // after the blank line (row 5)
        QCOMPARE(chunks[2].rowNumber(0), std::int64_t {9});
        QCOMPARE(chunks[1].require("visits").numbers, (std::vector<double> {4, 5, 6}));
        QCOMPARE(chunks[2].require("id").cellText(0), std::string("g"));
        // Each chunk has only the levels it saw; the type is the one imposed.
        QVERIFY(chunks[2].require("channel").type == ColumnType::Categorical);
        QCOMPARE(chunks[2].require("channel").levels, (std::vector<std::string> {"web"}));
    }

    void csvChunksNeedEveryType()
    {
        const std::string path = writeFile(m_dir, "untyped.csv", "id,visits,spend\na,1,2\n");
        InputFile input(path);
        CsvOptions options;
        options.idColumn = "id";
        options.columnTypes["visits"] = ColumnType::Integer;
        const auto e = errorOf([&] { readCsvChunks(input, options, 10, [](Table &&) {}); });
        QVERIFY(e);
        QCOMPARE(e->kind(), ErrorKind::Usage);
        QCOMPARE(e->where().column, std::string("spend"));
    }

    void aCellThatDoesNotFitItsTypeNamesRowAndColumn()
    {
        // The head says visits is a number; row 6 says otherwise.
        const std::string path = writeFile(m_dir, "late_text.csv", "id,visits\na,1\nb,2\nc,3\nd,4\ne,many\n");
        CsvOptions head;
        head.maxRows = 3;
        const Table schema = readCsv(path, head);
        InputFile input(path);
        const auto e = errorOf([&] { readCsvChunks(input, typed(schema, "id"), 2, [](Table &&) {}); });
        QVERIFY(e);
        QCOMPARE(e->kind(), ErrorKind::InvalidData);
        QCOMPARE(e->where().row, std::int64_t {6});
        QCOMPARE(e->where().column, std::string("visits"));
    }

    void sqliteChunks()
    {
        const std::string path = m_dir.filePath(QStringLiteral("chunks.db")).toStdString();
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.c_str(), &db), SQLITE_OK);
        std::string sql = "CREATE TABLE customers (id TEXT, visits INTEGER, spend REAL);";
        for (int i = 0; i < 10; ++i)
            sql += "INSERT INTO customers VALUES ('c" + std::to_string(i) + "', " + std::to_string(i) + ", "
                + std::to_string(i * 1.5) + ");";
        QCOMPARE(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        const Table whole = readSqliteTable(path, "customers");
        std::vector<Table> chunks;
        readSqliteChunks(path, "customers", typed(whole, "id"), 4,
                         [&](Table &&chunk) { chunks.push_back(std::move(chunk)); });
        QCOMPARE(chunks.size(), std::size_t {3});
        QCOMPARE(chunks[2].rowCount, std::size_t {2});
        QCOMPARE(chunks[1].rowNumber(0), std::int64_t {5});
        QCOMPARE(chunks[2].require("spend").numbers, (std::vector<double> {12.0, 13.5}));
    }

    void selectAndAppendRows()
    {
        CsvOptions categorical;
        categorical.columnTypes["channel"] = ColumnType::Categorical;
        const Table a = parseCsv("id,visits,channel\nx,1,web\ny,2,app\nz,3,\n", "a.csv", categorical);
        const Table b = parseCsv("id,visits,channel\nu,4,store\nv,5,web\n", "b.csv", categorical);
        Table picked = selectRows(a, {2, 0});
        QCOMPARE(picked.rowCount, std::size_t {2});
        QCOMPARE(picked.require("visits").numbers, (std::vector<double> {3, 1}));
        QCOMPARE(picked.rowNumber(0), std::int64_t {4});
        QCOMPARE(picked.rowNumber(1), std::int64_t {2});
        QVERIFY(picked.require("channel").isMissing(0));
        appendRows(picked, b);
        QCOMPARE(picked.rowCount, std::size_t {4});
        const Column &channel = picked.require("channel");
        QCOMPARE(channel.cellText(1), std::string("web"));
        QCOMPARE(channel.cellText(2), std::string("store"));
        QCOMPARE(channel.cellText(3), std::string("web"));
        QVERIFY(channel.type == ColumnType::Categorical);
        QCOMPARE(channel.levels, (std::vector<std::string> {"web", "app", "store"}));
        QCOMPARE(channel.codes[3], channel.codes[1]); // one level, one code
        QCOMPARE(picked.rowNumber(2), std::int64_t {2}); // b's first data row
        QCOMPARE(picked.rowNumber(3), std::int64_t {3});
        const Table other = parseCsv("id,spend\nq,1\n", "c.csv");
        QCOMPARE(errorOf([&] { appendRows(picked, other); })->kind(), ErrorKind::Usage);
    }

    void sampleIsUniformAndIndependentOfChunks()
    {
        const std::string path = writeFile(m_dir, "customers.csv", customersCsv(5000));
        CsvOptions options;
        options.idColumn = "id";
        const Table head = loadTable(path, {}, [&] {
            CsvOptions o = options;
            o.maxRows = 100;
            return o;
        }());
        TableStream small(path, {}, head, options, 97);
        TableStream large(path, {}, head, options, 4096);
        const StreamSample a = sampleStream(small, 400, 5);
        const StreamSample b = sampleStream(large, 400, 5);
        QCOMPARE(a.rows, std::size_t {5000});
        QCOMPARE(a.table.rowCount, std::size_t {400});
        QCOMPARE(a.table.require("id").text, b.table.require("id").text);
        // Distinct rows in file order, each with its row number and its values.
        std::vector<std::int64_t> numbers;
        for (std::size_t i = 0; i < a.table.rowCount; ++i)
            numbers.push_back(a.table.rowNumber(i));
        QVERIFY(std::is_sorted(numbers.begin(), numbers.end()));
        QCOMPARE(std::set<std::int64_t>(numbers.begin(), numbers.end()).size(), numbers.size());
        for (std::size_t i = 0; i < a.table.rowCount; ++i) {
            const auto index = static_cast<std::size_t>(numbers[i] - 2);
            QCOMPARE(a.table.require("id").cellText(i), "c" + std::to_string(index));
            QCOMPARE(a.table.require("spend").numbers[i], 0.5 * double(index));
        }
        // Uniform: as many sampled rows in each fifth of the file as chance allows (400 / 5 = 80,
        // binomial standard deviation about 8; bounds at five deviations).
        for (std::int64_t fifth = 0; fifth < 5; ++fifth) {
            const auto in = std::count_if(numbers.begin(), numbers.end(), [&](std::int64_t n) {
                return (n - 2) / 1000 == fifth;
            });
            QVERIFY2(in > 40 && in < 120, qPrintable(QString::number(in)));
        }
        // Another seed, another sample; a sample as large as the file is the file.
        QVERIFY(sampleStream(small, 400, 6).table.require("id").text != a.table.require("id").text);
        QCOMPARE(sampleStream(small, 9000, 5).table.rowCount, std::size_t {5000});
    }

    // A stream over an input the caller opened and keeps (standard input, whose header the
    // caller read first) reads it from its first byte on every pass, as a stream over its path.
    void anOpenedInputIsReadFromItsStartEachPass()
    {
        const std::string path = writeFile(m_dir, "opened.csv", customersCsv(3000));
        CsvOptions options;
        options.idColumn = "id";
        CsvOptions headOptions = options;
        headOptions.maxRows = 100;
        InputFile input(path);
        const Table head = loadTable(input, headOptions); // reads the head, as a command does first
        TableStream opened(input, head, options, 500);
        TableStream named(path, {}, head, options, 500);
        for (int pass = 0; pass < 2; ++pass) {
            const StreamSample a = sampleStream(opened, 3000, 1);
            const StreamSample b = sampleStream(named, 3000, 1);
            QCOMPARE(a.rows, std::size_t {3000});
            QCOMPARE(a.table.require("id").text, b.table.require("id").text);
            QCOMPARE(a.table.require("spend").numbers, b.table.require("spend").numbers);
            QCOMPARE(a.table.rowNumber(2999), b.table.rowNumber(2999));
        }
    }

    void miniBatchFromAFileIsTheFitFromTheSameRowsInMemory()
    {
        // The blocks of a streamed file through the fitted transform are the rows prepare() gives
        // for the whole file, in the same blocks: the fit is bit for bit the in-memory one.
        const std::string path = writeFile(m_dir, "fit.csv", customersCsv(3000));
        CsvOptions options;
        options.idColumn = "id";
        const Table whole = loadTable(path, {}, options);
        const PreparedData prepared = prepare(whole, suggestFeatureSpec(whole, {"id"}));
        TableStream stream(path, {}, whole, options, 500);
        TransformedBlocks fromFile(stream, prepared.transform);
        MatrixRowBlocks inMemory(prepared.x, 500);
        MiniBatchKMeansOptions fit;
        fit.k = 4;
        fit.batchSize = 64;
        fit.maxEpochs = 2;
        fit.tol = 0.0;
        fit.seed = 3;
        const Matrix sample = prepared.x.topRows(300);
        const MiniBatchKMeansResult a = miniBatchKMeans(fromFile, sample, fit);
        const MiniBatchKMeansResult b = miniBatchKMeans(inMemory, sample, fit);
        QCOMPARE(a.rows, std::size_t {3000});
        QVERIFY(sameMatrix(a.centroids, b.centroids));
    }
};

QTEST_GUILESS_MAIN(TestTableStream)
#include "test_table_stream.moc"
