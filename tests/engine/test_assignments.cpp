// Tests of the assignments file (segscope cluster --out, File › Export segments…): exact content
// for hand-made tables, rows dropped by imputation, segment names, and atomicity on errors.

#include "engine/core/error.h"
#include "engine/core/progress.h"
#include "engine/data/assignments.h"
#include "engine/data/csv_reader.h"
#include "tests/support/engine_fixtures.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

using namespace seg;
using namespace seg::test;

namespace {

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

/// Four customers; the third was dropped by imputation (not in `rows`). Ids need quoting in
/// two places: a comma and a quote.
struct Fixture
{
    Table table;
    std::vector<std::size_t> rows {0, 1, 3};
    Labels labels {1, 0, 1};
    std::vector<double> distances {0.5, 1.25, 2.0 / 3.0};

    Fixture()
    {
        table.rowCount = 4;
        table.columns.resize(2);
        table.columns[0].name = "customer_id";
        table.columns[0].type = ColumnType::Identifier;
        table.columns[0].text = {"c1", "Smith, J", "c3", "say \"x\""};
        table.columns[0].textMissing = {0, 0, 0, 0};
        table.columns[1].name = "revenue";
        table.columns[1].numbers = {10.0, 20.0, 30.0, 40.0};
    }
};

} // namespace

class TestAssignments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idSegmentDistance()
    {
        const Fixture f;
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("a.csv")).toStdString();
        writeAssignments(path, f.table, "customer_id", f.rows, f.labels, f.distances);
        // Distances as printf "%.6g": 2/3 -> 0.666667. The dropped row keeps its id only.
        QCOMPARE(readAll(path), std::string("id,segment,distance\n"
                                            "c1,1,0.5\n"
                                            "\"Smith, J\",0,1.25\n"
                                            "c3,,\n"
                                            "\"say \"\"x\"\"\",1,0.666667\n"));
        QCOMPARE(entries(dir.path()), QStringList {QStringLiteral("a.csv")});
    }

    void rowNumbersWithoutIdColumn()
    {
        const Fixture f;
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("a.csv")).toStdString();
        writeAssignments(path, f.table, "", f.rows, f.labels, f.distances);
        QCOMPARE(readAll(path), std::string("id,segment,distance\n"
                                            "1,1,0.5\n"
                                            "2,0,1.25\n"
                                            "3,,\n"
                                            "4,1,0.666667\n"));
    }

    void segmentNames()
    {
        const Fixture f;
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("a.csv")).toStdString();
        writeAssignments(path, f.table, "customer_id", f.rows, f.labels, f.distances,
                         {"Loyal regulars", "Bargain, hunters"});
        QCOMPARE(readAll(path), std::string("id,segment,distance,segment_name\n"
                                            "c1,1,0.5,\"Bargain, hunters\"\n"
                                            "\"Smith, J\",0,1.25,Loyal regulars\n"
                                            "c3,,,\n"
                                            "\"say \"\"x\"\"\",1,0.666667,\"Bargain, hunters\"\n"));
        // Fewer names than segments: the unnamed segment's name is empty.
        writeAssignments(path, f.table, "customer_id", f.rows, f.labels, f.distances, {"Loyal regulars"});
        QCOMPARE(readAll(path), std::string("id,segment,distance,segment_name\n"
                                            "c1,1,0.5,\n"
                                            "\"Smith, J\",0,1.25,Loyal regulars\n"
                                            "c3,,,\n"
                                            "\"say \"\"x\"\"\",1,0.666667,\n"));
    }

    void readsBackAsCsv()
    {
        const Fixture f;
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("a.csv")).toStdString();
        writeAssignments(path, f.table, "customer_id", f.rows, f.labels, f.distances, {"A", "B, b"});
        CsvOptions options;
        options.idColumn = "id";
        const Table back = readCsv(path, options);
        QCOMPARE(back.rowCount, std::size_t(4));
        for (std::size_t r = 0; r < 4; ++r)
            QCOMPARE(back.require("id").cellText(r), f.table.columns[0].cellText(r));
        const Column &segment = back.require("segment");
        QVERIFY(segment.isNumeric());
        QCOMPARE(segment.numbers[1], 0.0);
        QVERIFY(segment.isMissing(2));
        QCOMPARE(back.require("segment_name").cellText(0), std::string("B, b"));
    }

    void largeTableInChunks()
    {
        // More than one 1 MiB chunk: every row once, in order, and progress ends at 1.
        constexpr std::size_t n = 120000;
        Table table;
        table.rowCount = n;
        std::vector<std::size_t> rows(n);
        Labels labels(n);
        std::vector<double> distances(n);
        for (std::size_t i = 0; i < n; ++i) {
            rows[i] = i;
            labels[i] = static_cast<std::int32_t>(i % 7);
            distances[i] = static_cast<double>(i) / 8.0;
        }
        std::vector<double> fractions;
        const Progress progress(nullptr,
                                [&](double fraction, std::string_view) { fractions.push_back(fraction); });
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("big.csv")).toStdString();
        writeAssignments(path, table, "", rows, labels, distances, {}, progress);
        const std::string text = readAll(path);
        std::istringstream in(text);
        std::string line;
        std::getline(in, line);
        QCOMPARE(line, std::string("id,segment,distance"));
        std::size_t count = 0;
        while (std::getline(in, line)) {
            if (count == 99999)
                QCOMPARE(line, std::string("100000,4,12499.9")); // 99999 % 7 = 4; 99999/8 = 12499.875
            ++count;
        }
        QCOMPARE(count, n);
        QVERIFY(fractions.size() >= 2);
        QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
        QCOMPARE(fractions.back(), 1.0);
    }

    void missingDirectoryLeavesNothing()
    {
        const Fixture f;
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("no-such-dir"));
        const std::string path = (missing + QStringLiteral("/a.csv")).toStdString();
        bool thrown = false;
        try {
            writeAssignments(path, f.table, "customer_id", f.rows, f.labels, f.distances);
        } catch (const Error &e) {
            thrown = e.kind() == ErrorKind::Io && e.where().file == path;
        }
        QVERIFY(thrown);
        QVERIFY(!QDir(missing).exists());
        QVERIFY(entries(dir.path()).isEmpty());
    }

    void unknownIdColumnKeepsOldFile()
    {
        const Fixture f;
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("a.csv")).toStdString();
        writeAssignments(path, f.table, "", f.rows, f.labels, f.distances);
        const std::string before = readAll(path);
        bool thrown = false;
        try {
            writeAssignments(path, f.table, "no_such_column", f.rows, f.labels, f.distances);
        } catch (const Error &e) {
            thrown = e.kind() == ErrorKind::InvalidData;
        }
        QVERIFY(thrown);
        QCOMPARE(readAll(path), before);
        QCOMPARE(entries(dir.path()), QStringList {QStringLiteral("a.csv")});
    }

    void cancelKeepsOldFile()
    {
        const Fixture f;
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("a.csv")).toStdString();
        writeAssignments(path, f.table, "", f.rows, f.labels, f.distances);
        const std::string before = readAll(path);
        CancelToken token;
        token.cancel();
        bool cancelled = false;
        try {
            writeAssignments(path, f.table, "customer_id", f.rows, f.labels, f.distances, {},
                             Progress(&token, {}));
        } catch (const Cancelled &) {
            cancelled = true;
        }
        QVERIFY(cancelled);
        QCOMPARE(readAll(path), before);
        QCOMPARE(entries(dir.path()), QStringList {QStringLiteral("a.csv")});
    }
};

QTEST_APPLESS_MAIN(TestAssignments)
#include "test_assignments.moc"
