// The UCI Wholesale customers data (Cardoso, 2013; CC BY 4.0; /work/shared/data/wholesale) as a
// new user meets it: `segscope cluster` and the explorer give the same segments by default, the
// summary's means are the arithmetic means of each segment's customers, money per segment is in
// the data's units, tiny segments are flagged and outliers are set aside by the documented rule.
// Every expected figure is computed here from the file itself, never by the code under test.

#include "app/core/document.h"
#include "app/core/engine_controller.h"
#include "app/ui/table_opener.h"
#include "engine/data/loader.h"
#include "tests/support/segscope_process.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

using namespace seg;

namespace {

const QString kWholesale = QStringLiteral(SEG_SHARED_DATA_DIR "/wholesale/Wholesale customers data.csv");
const std::vector<std::string> kSpend {"Fresh", "Milk", "Grocery", "Frozen", "Detergents_Paper", "Delicassen"};

/// The file as plain numbers, read here without the engine: header, then 440 rows of 8 integers.
struct Raw
{
    std::vector<std::string> header;
    std::vector<std::vector<double>> rows;
    std::size_t column(const std::string &name) const
    {
        return std::size_t(std::find(header.begin(), header.end(), name) - header.begin());
    }
};

Raw readRaw()
{
    std::ifstream in(kWholesale.toStdString());
    Raw raw;
    std::string line;
    const auto strip = [&line] {
        if (!line.empty() && line.back() == '\r') // the file has CRLF line ends
            line.pop_back();
    };
    std::getline(in, line);
    strip();
    std::stringstream head(line);
    for (std::string cell; std::getline(head, cell, ',');)
        raw.header.push_back(cell);
    while (std::getline(in, line)) {
        strip();
        if (line.empty())
            continue;
        std::vector<double> row;
        std::stringstream cells(line);
        for (std::string cell; std::getline(cells, cell, ',');)
            row.push_back(std::stod(cell));
        raw.rows.push_back(row);
    }
    return raw;
}

/// The segment column of an assignments file (id = 1-based row number without --id-column).
std::vector<int> readAssignments(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    std::vector<int> segments;
    file.readLine(); // header
    while (!file.atEnd()) {
        const QList<QByteArray> cells = file.readLine().trimmed().split(',');
        segments.push_back(cells.value(1).toInt());
    }
    return segments;
}

nlohmann::json readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return nlohmann::json::parse(file.readAll().toStdString());
}

/// The explorer's result for `document`'s request, computed by the engine controller.
std::shared_ptr<const AnalysisResult> analyse(const Document &document)
{
    EngineController controller;
    QSignalSpy ready(&controller, &EngineController::analysisReady);
    controller.requestAnalysis(document.request());
    if (!QTest::qWaitFor([&] { return !ready.isEmpty(); }, 120000))
        return {};
    return ready.last().at(0).value<std::shared_ptr<const AnalysisResult>>();
}

/// Per table row, the explorer's segment (-1 for outliers; rows not prepared stay -2).
std::vector<int> explorerSegments(const AnalysisResult &result, std::size_t rows)
{
    std::vector<int> out(rows, -2);
    for (std::size_t i = 0; i < result.prepared->rows.size(); ++i)
        out[result.prepared->rows[i]] = (*result.labels)[i];
    return out;
}

double medianOf(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

} // namespace

class TestWholesale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(kWholesale), qPrintable(kWholesale)); }

    // The same file and k, with every other setting left at its default, gives every customer
    // the same segment in segscope and in the explorer, opened as a user opens it (File › Open,
    // no choice changed in the import dialog).
    void cliAndExplorerAgreeByDefault()
    {
        QTemporaryDir dir;
        const QString assigned = dir.filePath(QStringLiteral("assigned.csv"));
        const SegscopeRun cli = runSegscope({QStringLiteral("cluster"), kWholesale, QStringLiteral("--k"),
                                             QStringLiteral("6"), QStringLiteral("--out"), assigned});
        QCOMPARE(cli.exitCode, 0);
        // The CLI says which transforms it applied.
        QVERIFY2(cli.err.contains(QStringLiteral("transforms: ")) && cli.err.contains(QStringLiteral("Fresh: log1p")),
                 qPrintable(cli.err));

        Document document;
        EngineController controller;
        TableOpener opener(&controller, &document);
        QSignalSpy loaded(&document, &Document::tableChanged);
        QVERIFY(opener.openFile(kWholesale));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 60000);
        QCOMPARE(document.k(), 6);
        const auto result = analyse(document);
        QVERIFY(result);

        const std::vector<int> cliSegments = readAssignments(assigned);
        QCOMPARE(cliSegments.size(), std::size_t(440));
        const std::vector<int> explorer = explorerSegments(*result, 440);
        QCOMPARE(explorer, cliSegments);
        std::map<int, int> sizes;
        for (int s : cliSegments)
            ++sizes[s];
        QCOMPARE(int(sizes.size()), 6);
        // No segment of one or a handful of customers (none under 1%, the small-segment threshold):
        // the log1p of the spend columns applies. Raw spend made a segment of one client.
        for (const auto &[segment, size] : sizes)
            QVERIFY2(size * 100 >= 440, qPrintable(QStringLiteral("segment %1 has %2 customers").arg(segment).arg(size)));
    }

    // The summary's per-segment means are the arithmetic means of the rows assigned to the
    // segment, in the file's units, for every feature (the log1p spend columns included: no
    // back-transformed log mean).
    void summaryMeansAreArithmeticMeans()
    {
        QTemporaryDir dir;
        const QString assigned = dir.filePath(QStringLiteral("assigned.csv"));
        const QString summaryPath = dir.filePath(QStringLiteral("summary.json"));
        QCOMPARE(runSegscope({QStringLiteral("cluster"), kWholesale, QStringLiteral("--k"), QStringLiteral("6"),
                              QStringLiteral("--out"), assigned, QStringLiteral("--json"), summaryPath,
                              QStringLiteral("--quiet")})
                     .exitCode,
                 0);
        const Raw raw = readRaw();
        QCOMPARE(raw.rows.size(), std::size_t(440));
        const std::vector<int> segments = readAssignments(assigned);
        const nlohmann::json summary = readJson(summaryPath);
        QCOMPARE(summary["segments"].size(), std::size_t(6));
        // The resolved spec is recorded: Fresh was clustered as log1p.
        bool freshLog = false;
        for (const auto &group : summary["spec"]["groups"])
            for (const auto &column : group["columns"])
                if (column.is_object() && column["column"] == "Fresh")
                    freshLog = column["transform"] == "log1p";
        QVERIFY(freshLog);
        int checked = 0;
        for (const auto &segment : summary["segments"]) {
            const int s = segment["segment"].get<int>();
            for (const auto &[feature, mean] : segment["means"].items()) {
                // Channel and Region are codes, one-hot encoded: "Region=3" is the share of the
                // segment's rows whose Region is 3.
                const std::size_t eq = feature.find('=');
                const std::size_t c = raw.column(feature.substr(0, eq));
                QVERIFY2(c < raw.header.size(), feature.c_str());
                const double level = eq == std::string::npos ? 0.0 : std::stod(feature.substr(eq + 1));
                double sum = 0.0;
                std::size_t n = 0;
                for (std::size_t r = 0; r < raw.rows.size(); ++r)
                    if (segments[r] == s) {
                        sum += eq == std::string::npos ? raw.rows[r][c] : double(raw.rows[r][c] == level);
                        ++n;
                    }
                QCOMPARE(segment["size"].get<std::size_t>(), n);
                const double expected = sum / double(n);
                QVERIFY2(std::abs(mean.get<double>() - expected) <= 1e-9 * std::max(1.0, std::abs(expected)),
                         qPrintable(QStringLiteral("segment %1 %2: %3 vs %4")
                                        .arg(s)
                                        .arg(QString::fromStdString(feature))
                                        .arg(mean.get<double>(), 0, 'g', 17)
                                        .arg(expected, 0, 'g', 17)));
                ++checked;
            }
        }
        // Six spend columns, Channel=1, Channel=2, Region=1, Region=2, Region=3.
        QCOMPARE(checked, 6 * 11);
    }

    // With the six spend columns marked as money (the Value role), the explorer's profiles give
    // each segment the arithmetic mean, the total and the share of the whole of every one.
    void moneyPerSegmentInTheExplorer()
    {
        CsvOptions options;
        for (const std::string &column : kSpend)
            options.columnRoles[column] = ColumnRole::Value;
        auto table = std::make_shared<const Table>(loadTable(kWholesale.toStdString(), {}, options));
        Document document;
        document.setTable(table, kWholesale, {});
        const auto result = analyse(document);
        QVERIFY(result && result->profiles);
        const Profiles &profiles = *result->profiles;
        QCOMPARE(profiles.moneyColumns, kSpend);

        const Raw raw = readRaw();
        const std::vector<int> segments = explorerSegments(*result, raw.rows.size());
        for (std::size_t m = 0; m < kSpend.size(); ++m) {
            const std::size_t c = raw.column(kSpend[m]);
            double whole = 0.0;
            for (const auto &row : raw.rows)
                whole += row[c];
            QCOMPARE(profiles.moneyTotals[m], whole);
            for (const SegmentProfile &p : profiles.segments) {
                double total = 0.0;
                std::size_t n = 0;
                for (std::size_t r = 0; r < raw.rows.size(); ++r)
                    if (segments[r] == p.segment) {
                        total += raw.rows[r][c];
                        ++n;
                    }
                QCOMPARE(p.size, n);
                QCOMPARE(p.money[m].known, n);
                QVERIFY(std::abs(p.money[m].total - total) <= 1e-9 * whole);
                QVERIFY(std::abs(p.money[m].mean - total / double(n)) <= 1e-9 * std::max(1.0, total / double(n)));
                QVERIFY(std::abs(p.money[m].share - total / whole) <= 1e-12);
            }
        }
    }

    // Without the log1p (the explorer used to cluster so), k-means makes a segment of one
    // client: every front end flags it, the summary with the reason.
    void tinySegmentsAreFlagged()
    {
        QTemporaryDir dir;
        const QString specPath = dir.filePath(QStringLiteral("raw.json"));
        {
            QFile spec(specPath);
            QVERIFY(spec.open(QIODevice::WriteOnly));
            spec.write(R"({"groups": [{"name": "all", "columns": ["Channel", "Region", "Fresh", "Milk", "Grocery",
                          "Frozen", "Detergents_Paper", "Delicassen"]}]})");
        }
        const QString summaryPath = dir.filePath(QStringLiteral("summary.json"));
        const QString assigned = dir.filePath(QStringLiteral("assigned.csv"));
        const SegscopeRun run = runSegscope({QStringLiteral("cluster"), kWholesale, QStringLiteral("--k"),
                                             QStringLiteral("6"), QStringLiteral("--features"), specPath,
                                             QStringLiteral("--out"), assigned, QStringLiteral("--json"), summaryPath});
        QCOMPARE(run.exitCode, 0);
        const std::vector<int> segments = readAssignments(assigned);
        std::map<int, int> sizes;
        for (int s : segments)
            ++sizes[s];
        const nlohmann::json summary = readJson(summaryPath);
        int flagged = 0;
        for (const auto &segment : summary["segments"]) {
            const int size = sizes[segment["segment"].get<int>()];
            // 1% of 440 customers is 4.4: segments of 1 to 4 customers are flagged, no other.
            QCOMPARE(segment["small"].get<bool>(), size < 4.4);
            if (size < 4.4) {
                ++flagged;
                QCOMPARE(QString::fromStdString(segment["small_reason"].get<std::string>()),
                         QStringLiteral("%1 customers, fewer than 1% of all 440: probably outliers rather than a "
                                        "segment to market to")
                             .arg(size));
            }
        }
        QVERIFY(flagged >= 1);
        QVERIFY2(run.err.contains(QStringLiteral("warning: segment(s) ")), qPrintable(run.err));

        // The explorer on the same spec flags the same segments.
        auto table = std::make_shared<const Table>(loadTable(kWholesale.toStdString(), {}, {}));
        Document document;
        document.setTable(table, kWholesale, {}, {}, readFeatureSpecFile(specPath.toStdString()));
        const auto result = analyse(document);
        QVERIFY(result && result->profiles);
        QCOMPARE(explorerSegments(*result, 440), segments);
        int explorerFlagged = 0;
        for (const SegmentProfile &p : result->profiles->segments)
            explorerFlagged += p.small ? 1 : 0;
        QCOMPARE(explorerFlagged, flagged);
    }

    // --outliers T sets aside exactly the customers with a feature beyond T robust standard
    // deviations (1.4826 × MAD) of its median, on the feature as clustered (log1p of the spend):
    // segment -1 with no distance in the assignments, counted in the summary; the explorer
    // sets aside the same customers.
    void outliersAreSetAside()
    {
        const double threshold = 4.0;
        QTemporaryDir dir;
        const QString assigned = dir.filePath(QStringLiteral("assigned.csv"));
        const QString summaryPath = dir.filePath(QStringLiteral("summary.json"));
        QCOMPARE(runSegscope({QStringLiteral("cluster"), kWholesale, QStringLiteral("--k"), QStringLiteral("6"),
                              QStringLiteral("--outliers"), QString::number(threshold), QStringLiteral("--out"),
                              assigned, QStringLiteral("--json"), summaryPath, QStringLiteral("--quiet")})
                     .exitCode,
                 0);
        const nlohmann::json summary = readJson(summaryPath);

        // Independently: the transforms the summary records, then median and MAD per feature.
        const Raw raw = readRaw();
        std::vector<bool> expected(raw.rows.size(), false);
        for (const auto &group : summary["spec"]["groups"])
            for (const auto &column : group["columns"]) {
                const std::string name = column.is_object() ? column["column"].get<std::string>()
                                                             : column.get<std::string>();
                const bool log = column.is_object() && column.value("transform", "none") == "log1p";
                const std::size_t c = raw.column(name);
                std::vector<double> v;
                for (const auto &row : raw.rows)
                    v.push_back(log ? std::log1p(row[c]) : row[c]);
                const double med = medianOf(v);
                std::vector<double> deviations;
                for (double x : v)
                    deviations.push_back(std::abs(x - med));
                const double mad = medianOf(deviations);
                if (mad == 0.0)
                    continue;
                for (std::size_t r = 0; r < v.size(); ++r)
                    if (std::abs(v[r] - med) > threshold * 1.4826 * mad)
                        expected[r] = true;
            }
        const std::size_t count = std::size_t(std::count(expected.begin(), expected.end(), true));
        QVERIFY(count > 0 && count < 100);
        QCOMPARE(summary["outliers"]["count"].get<std::size_t>(), count);

        QFile file(assigned);
        QVERIFY(file.open(QIODevice::ReadOnly));
        file.readLine();
        for (std::size_t r = 0; r < raw.rows.size(); ++r) {
            const QList<QByteArray> cells = file.readLine().trimmed().split(',');
            QCOMPARE(cells.value(1) == "-1", bool(expected[r]));
            QCOMPARE(cells.value(2).isEmpty(), bool(expected[r])); // no distance for an outlier
        }

        // The explorer, opened as a user does, with the same threshold.
        Document document;
        EngineController controller;
        TableOpener opener(&controller, &document);
        QSignalSpy loaded(&document, &Document::tableChanged);
        QVERIFY(opener.openFile(kWholesale));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 60000);
        document.setOutlierThreshold(threshold);
        const auto result = analyse(document);
        QVERIFY(result);
        QCOMPARE(result->segmentation->outlierCount, count);
        QCOMPARE(explorerSegments(*result, 440), readAssignments(assigned));
        QCOMPARE(result->profiles->outliers.size, count);
        // Undo brings every customer back.
        document.undoStack()->undo();
        QCOMPARE(document.outlierThreshold(), 0.0);
    }
};

QTEST_MAIN(TestWholesale)
#include "test_wholesale.moc"
