// The engine controller: results reach the GUI thread tagged with their request, stale ones are
// dropped, cached work is reused by value, errors and cancellation publish what they should,
// and the controller can be destroyed while the worker computes.

#include "app/core/engine_controller.h"
#include "engine/project/project.h"
#include "engine/demo/demo_data.h"
#include "engine/pipeline/pipeline.h"
#include "engine/core/random.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <QFile>

#include <cmath>
#include <set>

using namespace seg;

namespace {

/// `rows` points around `centers` well-separated centres in `features` dimensions (centre c
/// sits at 12 × e_(c mod features) + 12 × (c / features) × 1, unit-variance noise), with a
/// customer id column and the generating centre in "truth". Row i belongs to centre i % centers.
std::shared_ptr<const Table> blobTable(std::size_t rows, int features, int centers, std::uint64_t seed)
{
    Table table;
    table.source = "blobs.csv";
    table.rowCount = rows;
    Column id;
    id.name = "customer_id";
    id.type = ColumnType::Identifier;
    Column truth;
    truth.name = "truth";
    truth.type = ColumnType::Integer;
    std::vector<Column> feature(static_cast<std::size_t>(features));
    for (int f = 0; f < features; ++f) {
        feature[static_cast<std::size_t>(f)].name = "f" + std::to_string(f + 1);
        feature[static_cast<std::size_t>(f)].type = ColumnType::Real;
    }
    Rng rng(seed);
    for (std::size_t i = 0; i < rows; ++i) {
        const int c = static_cast<int>(i % static_cast<std::size_t>(centers));
        id.text.push_back("C" + std::to_string(i + 1));
        id.textMissing.push_back(0);
        truth.numbers.push_back(c);
        for (int f = 0; f < features; ++f) {
            const double centre = (f == c % features ? 12.0 : 0.0) + 12.0 * (c / features);
            feature[static_cast<std::size_t>(f)].numbers.push_back(centre + rng.normal());
        }
    }
    table.columns.push_back(std::move(id));
    for (Column &c : feature)
        table.columns.push_back(std::move(c));
    table.columns.push_back(std::move(truth));
    return std::make_shared<const Table>(std::move(table));
}

FeatureSpec specFor(int features, Scaling scaling = Scaling::ZScore)
{
    FeatureSpec spec;
    spec.scaling = scaling;
    FeatureGroup group;
    group.name = "engagement";
    for (int f = 0; f < features; ++f)
        group.columns.push_back(FeatureColumn{"f" + std::to_string(f + 1), Transform::None, 1.0});
    spec.groups.push_back(group);
    return spec;
}

ClusteringOptions kmeansOptions(int k, std::uint64_t seed, int restarts)
{
    ClusteringOptions options = defaultClusteringOptions(Algorithm::KMeans, k, seed);
    std::get<KMeansOptions>(options).nInit = restarts;
    return options;
}

AnalysisRequest requestFor(std::shared_ptr<const Table> table, int features, int k)
{
    AnalysisRequest request;
    request.table = std::move(table);
    request.spec = specFor(features);
    request.idColumn = "customer_id";
    request.labelColumn = "truth";
    request.clustering = kmeansOptions(k, 7, 2);
    return request;
}

std::shared_ptr<const AnalysisResult> resultAt(const QSignalSpy &spy, qsizetype i)
{
    return spy.at(i).at(0).value<std::shared_ptr<const AnalysisResult>>();
}

std::shared_ptr<const KSweepResult> sweepAt(const QSignalSpy &spy, qsizetype i)
{
    return spy.at(i).at(0).value<std::shared_ptr<const KSweepResult>>();
}

} // namespace

class TestEngineController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void analysisLabelsEveryPreparedRow();
    void burstPublishesOnlyNewest();
    void interleavedResultsNeverGoBackwards();
    void kChangeReusesPreparedDataAndProjection();
    void specOrTableChangeRecomputes();
    void cancelPreventsPublication();
    void missingColumnFails();
    void sweepReportsEveryK();
    void sweptSegmentationsAreTheOnesAnalysesGet();
    void newAnalysisSupersedesSweep();
    void sweepBeforeAnalysisFails();
    void loadsCsv();
    void generatesDemoOnTheWorker();
    void loadFailureNamesFile();
    void destroyMidJob();
    void destroyWithPendingRequests();

private:
    std::shared_ptr<const Table> m_blobs;
};

void TestEngineController::initTestCase()
{
    m_blobs = blobTable(3000, 3, 4, 11);
}

void TestEngineController::analysisLabelsEveryPreparedRow()
{
    EngineController controller;
    QSignalSpy ready(&controller, &EngineController::analysisReady);
    QSignalSpy metrics(&controller, &EngineController::metricsReady);
    QSignalSpy failed(&controller, &EngineController::failed);
    QSignalSpy busy(&controller, &EngineController::busyChanged);
    QSignalSpy progress(&controller, &EngineController::progress);

    const quint64 generation = controller.requestAnalysis(requestFor(m_blobs, 3, 4));
    QCOMPARE(generation, quint64(1));
    QCOMPARE(controller.latestGeneration(), generation);
    QVERIFY(controller.isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(metrics.count(), 1, 20000);
    QTRY_VERIFY(!controller.isBusy());
    QCOMPARE(failed.count(), 0);
    QCOMPARE(ready.count(), 1);

    const auto result = resultAt(ready, 0);
    QCOMPARE(result->generation, generation);
    QCOMPARE(controller.latestResult(), result);
    QCOMPARE(result->request.k(), 4);
    QCOMPARE(result->prepared->rows.size(), std::size_t(3000));
    QCOMPARE(result->labels->size(), result->prepared->rows.size());
    QCOMPARE(result->points->x.size(), result->prepared->rows.size());
    QCOMPARE(result->points->y.size(), result->prepared->rows.size());
    QCOMPARE(result->points->method, EmbeddingMethod::Pca);
    // Two axes of a many-feature map: each shows a share of the variance, the first the larger.
    const auto &shares = result->points->explainedVarianceRatio;
    QVERIFY(shares[0] > 0.0 && shares[0] <= 1.0);
    QVERIFY(shares[1] > 0.0 && shares[1] <= shares[0]);
    for (std::int32_t label : *result->labels)
        QVERIFY(label >= 0 && label < 4);
    QCOMPARE(result->profiles->segments.size(), std::size_t(4));
    std::size_t profiled = 0;
    for (const SegmentProfile &segment : result->profiles->segments)
        profiled += segment.size;
    QCOMPARE(profiled, std::size_t(3000));

    // Four blobs 12 standard deviations apart: k-means recovers the generating centres exactly,
    // so ARI and NMI against "truth" are 1 (up to rounding).
    QVERIFY(result->metrics.ari.has_value());
    QVERIFY(std::abs(*result->metrics.ari - 1.0) < 1e-9);
    QVERIFY(std::abs(*result->metrics.nmi - 1.0) < 1e-9);
    QVERIFY(result->metrics.inertia > 0.0);
    QVERIFY(std::isnan(result->metrics.silhouette)); // arrives with metricsReady

    QCOMPARE(metrics.at(0).at(0).value<quint64>(), generation);
    const auto full = metrics.at(0).at(1).value<QualityReport>();
    QVERIFY(full.silhouette > 0.5 && full.silhouette <= 1.0);
    QCOMPARE(full.inertia, result->metrics.inertia);

    // busyChanged: exactly one true -> false cycle.
    QCOMPARE(busy.count(), 2);
    QCOMPARE(busy.at(0).at(0).toBool(), true);
    QCOMPARE(busy.at(1).at(0).toBool(), false);

    std::set<QString> stages;
    for (const QList<QVariant> &args : progress) {
        QCOMPARE(args.at(0).value<quint64>(), generation);
        const double fraction = args.at(1).toDouble();
        QVERIFY(fraction >= 0.0 && fraction <= 1.0);
        stages.insert(args.at(2).toString());
    }
    QVERIFY(stages.count(QStringLiteral("Preparing features")));
    QVERIFY(stages.count(QStringLiteral("Clustering")));
    QVERIFY(stages.count(QStringLiteral("Scoring")));
}

void TestEngineController::burstPublishesOnlyNewest()
{
    EngineController controller;
    QSignalSpy ready(&controller, &EngineController::analysisReady);
    // The worker is held by a load, which analysis requests do not cancel, while the burst arrives:
    // each request replaces the previous one in the pending slot. (A free worker would take some
    // of them mid-burst, each then cancelled by the next: how many is up to the scheduler.)
    controller.requestDemo(300000, 5);
    QTRY_COMPARE_WITH_TIMEOUT(controller.jobsStarted(), quint64(1), 20000);
    AnalysisRequest request = requestFor(m_blobs, 3, 2);
    quint64 last = 0;
    int lastK = 0;
    // Without returning to the event loop, every result but the newest is stale on arrival.
    for (int i = 0; i < 100; ++i) {
        std::get<KMeansOptions>(request.clustering).k = 2 + i % 29;
        last = controller.requestAnalysis(request);
        lastK = request.k();
    }
    QVERIFY2(controller.jobsStarted() == 1, "the load ended before the burst did: make it larger");
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isBusy(), 30000);
    QCOMPARE(ready.count(), 1);
    QCOMPARE(resultAt(ready, 0)->generation, last);
    QCOMPARE(resultAt(ready, 0)->request.k(), lastK);
    // The load, then the newest analysis alone.
    QCOMPARE(controller.jobsStarted(), quint64(2));
}

void TestEngineController::interleavedResultsNeverGoBackwards()
{
    EngineController controller;
    QSignalSpy ready(&controller, &EngineController::analysisReady);
    AnalysisRequest request = requestFor(m_blobs, 3, 2);
    quint64 last = 0;
    int lastK = 0;
    for (int i = 0; i < 100; ++i) {
        std::get<KMeansOptions>(request.clustering).k = 2 + i % 29;
        last = controller.requestAnalysis(request);
        lastK = request.k();
        // Let some results arrive between requests, as while dragging a slider.
        if (i % 7 == 0)
            QTest::qWait(5);
        else
            QCoreApplication::processEvents();
    }
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isBusy(), 30000);
    QVERIFY(ready.count() >= 1);
    quint64 previous = 0;
    for (qsizetype i = 0; i < ready.count(); ++i) {
        const auto result = resultAt(ready, i);
        QVERIFY(result->generation > previous);
        previous = result->generation;
        for (std::int32_t label : *result->labels)
            QVERIFY(label >= 0 && label < result->request.k());
    }
    QCOMPARE(previous, last);
    QCOMPARE(resultAt(ready, ready.count() - 1)->request.k(), lastK);
}

void TestEngineController::kChangeReusesPreparedDataAndProjection()
{
    EngineController controller;
    QSignalSpy ready(&controller, &EngineController::analysisReady);
    AnalysisRequest request = requestFor(m_blobs, 3, 3);
    controller.requestAnalysis(request);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
    std::get<KMeansOptions>(request.clustering).k = 5;
    controller.requestAnalysis(request);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, 20000);
    std::get<KMeansOptions>(request.clustering).seed = 99;
    std::get<KMeansOptions>(request.clustering).nInit = 3;
    // A spec equal by value (a fresh copy) still hits the cache.
    request.spec = specFor(3);
    controller.requestAnalysis(request);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 3, 20000);

    const auto first = resultAt(ready, 0);
    const auto second = resultAt(ready, 1);
    const auto third = resultAt(ready, 2);
    QCOMPARE(second->request.k(), 5);
    QCOMPARE(second->prepared.get(), first->prepared.get());
    QCOMPARE(second->points.get(), first->points.get());
    QCOMPARE(third->prepared.get(), first->prepared.get());
    QCOMPARE(third->points.get(), first->points.get());
    QVERIFY(second->labels.get() != first->labels.get());
    QCOMPARE(second->profiles->segments.size(), std::size_t(5));
}

void TestEngineController::specOrTableChangeRecomputes()
{
    EngineController controller;
    QSignalSpy ready(&controller, &EngineController::analysisReady);
    AnalysisRequest request = requestFor(m_blobs, 3, 4);
    controller.requestAnalysis(request);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);

    request.spec = specFor(3, Scaling::MinMax);
    controller.requestAnalysis(request);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, 20000);

    request.spec.groups[0].columns.pop_back(); // two features instead of three
    controller.requestAnalysis(request);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 3, 20000);

    // Same content, different table object: the table may have been reloaded from a changed
    // file, so identity (not content) decides.
    request.table = blobTable(3000, 3, 4, 11);
    controller.requestAnalysis(request);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 4, 20000);

    for (qsizetype i = 1; i < 4; ++i) {
        QVERIFY(resultAt(ready, i)->prepared.get() != resultAt(ready, i - 1)->prepared.get());
        QVERIFY(resultAt(ready, i)->points.get() != resultAt(ready, i - 1)->points.get());
    }
    QCOMPARE(resultAt(ready, 2)->prepared->x.cols(), Eigen::Index(2));
}

void TestEngineController::cancelPreventsPublication()
{
    EngineController controller;
    QSignalSpy ready(&controller, &EngineController::analysisReady);
    QSignalSpy metrics(&controller, &EngineController::metricsReady);
    QSignalSpy failed(&controller, &EngineController::failed);
    controller.requestAnalysis(requestFor(m_blobs, 3, 4));
    controller.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isBusy(), 20000);
    QTest::qWait(50);
    QCOMPARE(ready.count(), 0);
    QCOMPARE(metrics.count(), 0);
    QCOMPARE(failed.count(), 0);

    // The controller still works after a cancel.
    const quint64 next = controller.requestAnalysis(requestFor(m_blobs, 3, 4));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
    QCOMPARE(resultAt(ready, 0)->generation, next);
}

void TestEngineController::missingColumnFails()
{
    EngineController controller;
    QSignalSpy ready(&controller, &EngineController::analysisReady);
    QSignalSpy failed(&controller, &EngineController::failed);
    AnalysisRequest request = requestFor(m_blobs, 3, 4);
    request.spec.groups[0].columns.push_back(FeatureColumn{"lifetime_value", Transform::None, 1.0});
    const quint64 generation = controller.requestAnalysis(request);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    QTRY_VERIFY(!controller.isBusy());
    QCOMPARE(ready.count(), 0);
    QCOMPARE(failed.at(0).at(0).value<quint64>(), generation);
    const QString message = failed.at(0).at(1).toString();
    QVERIFY2(message.contains(QStringLiteral("lifetime_value")), qPrintable(message));
    QVERIFY2(message.startsWith(QStringLiteral("Analysis failed: ")), qPrintable(message));

    // k larger than the number of rows is a user error too, not a crash.
    AnalysisRequest tooMany = requestFor(blobTable(5, 3, 2, 1), 3, 9);
    controller.requestAnalysis(tooMany);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 20000);
    QCOMPARE(ready.count(), 0);
}

void TestEngineController::sweepReportsEveryK()
{
    EngineController controller;
    QSignalSpy ready(&controller, &EngineController::analysisReady);
    QSignalSpy sweep(&controller, &EngineController::sweepUpdated);
    controller.requestAnalysis(requestFor(m_blobs, 3, 4));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
    controller.requestKSweep(2, 12);
    QTRY_VERIFY_WITH_TIMEOUT(!sweep.isEmpty() && sweepAt(sweep, sweep.count() - 1)->complete, 30000);
    QCOMPARE(sweep.count(), 11);
    for (qsizetype i = 0; i < sweep.count(); ++i) {
        const auto s = sweepAt(sweep, i);
        QCOMPARE(s->points.size(), std::size_t(i + 1));
        QCOMPARE(s->points.back().k, int(i + 2));
        QCOMPARE(s->complete, i == 10);
        QCOMPARE(s->generation, sweepAt(sweep, 0)->generation);
    }
    const auto last = sweepAt(sweep, 10);
    // Inertia of the best of a few k-means runs falls as k grows on these blobs...
    for (std::size_t i = 1; i < last->points.size(); ++i)
        QVERIFY(last->points[i].inertia < last->points[i - 1].inertia);
    // ...and the silhouette peaks at the generating k = 4.
    std::size_t best = 0;
    for (std::size_t i = 1; i < last->points.size(); ++i) {
        if (last->points[i].silhouette > last->points[best].silhouette)
            best = i;
    }
    QCOMPARE(last->points[best].k, 4);
}

void TestEngineController::sweptSegmentationsAreTheOnesAnalysesGet()
{
    // The sweep fits every k as an analysis would, so the chart's inertia at a k is the inertia
    // of the segmentation the user gets by choosing it (which the worker then has at hand), and
    // that segmentation is the one a fit from scratch makes.
    EngineController controller;
    QSignalSpy ready(&controller, &EngineController::analysisReady);
    QSignalSpy sweep(&controller, &EngineController::sweepUpdated);
    AnalysisRequest request = requestFor(m_blobs, 3, 4);
    request.clustering = defaultClusteringOptions(Algorithm::KMeans, 4, 7);
    controller.requestAnalysis(request);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
    controller.requestKSweep(2, 8);
    QTRY_VERIFY_WITH_TIMEOUT(!sweep.isEmpty() && sweepAt(sweep, sweep.count() - 1)->complete, 30000);
    const std::vector<KSweepPoint> points = sweepAt(sweep, sweep.count() - 1)->points;
    QCOMPARE(points.size(), std::size_t(7));
    QCOMPARE(points[2].inertia, resultAt(ready, 0)->segmentation->clustering.objective);

    request.clustering = defaultClusteringOptions(Algorithm::KMeans, 6, 7);
    controller.requestAnalysis(request);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, 20000);
    const auto six = resultAt(ready, 1);
    QCOMPARE(points[4].k, 6);
    QCOMPARE(six->segmentation->clustering.objective, points[4].inertia);
    const Segmentation fresh = fitPrepared(*six->prepared, request.spec, request.clustering, request.outliers);
    QCOMPARE(six->segmentation->clustering.labels, fresh.clustering.labels);
    QCOMPARE(six->segmentation->clustering.objective, fresh.clustering.objective);
}

void TestEngineController::newAnalysisSupersedesSweep()
{
    EngineController controller;
    QSignalSpy ready(&controller, &EngineController::analysisReady);
    QSignalSpy sweep(&controller, &EngineController::sweepUpdated);
    AnalysisRequest request = requestFor(m_blobs, 3, 4);
    controller.requestAnalysis(request);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
    controller.requestKSweep(2, 12);
    std::get<KMeansOptions>(request.clustering).k = 3;
    controller.requestAnalysis(request);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isBusy(), 20000);
    QCOMPARE(sweep.count(), 0);
}

void TestEngineController::sweepBeforeAnalysisFails()
{
    EngineController controller;
    QSignalSpy failed(&controller, &EngineController::failed);
    QSignalSpy sweep(&controller, &EngineController::sweepUpdated);
    controller.requestKSweep();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(sweep.count(), 0);
    QVERIFY(!controller.isBusy());
}

void TestEngineController::loadsCsv()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("customers.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("customer_id,orders,revenue\nA,1,10.5\nB,3,99\nC,2,\n");
    }
    EngineController controller;
    QSignalSpy loaded(&controller, &EngineController::tableLoaded);
    QSignalSpy failed(&controller, &EngineController::failed);
    LoadJob job;
    job.path = path;
    job.idColumn = QStringLiteral("customer_id");
    const quint64 generation = controller.requestLoad(job);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(loaded.at(0).at(0).value<quint64>(), generation);
    const auto table = loaded.at(0).at(1).value<std::shared_ptr<const Table>>();
    QVERIFY(table);
    QCOMPARE(table->rowCount, std::size_t(3));
    QCOMPARE(table->columns.size(), std::size_t(3));
    QVERIFY(table->require("customer_id").type == ColumnType::Identifier);
    QCOMPARE(table->require("revenue").numbers[1], 99.0);
    QVERIFY(table->require("revenue").isMissing(2));

    // With hashed ids the window never sees them in clear: each is the salted hash of its id,
    // with the salt the load drew recorded for the project.
    job.hashIds = true;
    controller.requestLoad(job);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 20000);
    const auto hashed = loaded.at(1).at(1).value<std::shared_ptr<const Table>>();
    const std::string salt = hashed->properties.at(kIdSaltProperty);
    QCOMPARE(salt.size(), std::size_t(32));
    Table expected = *table;
    hashTableIds(expected, "customer_id", salt);
    QCOMPARE(hashed->require("customer_id").text, expected.require("customer_id").text);
    for (const std::string &id : hashed->require("customer_id").text)
        QVERIFY(id.size() == 16 && id != "A" && id != "B" && id != "C");
    QCOMPARE(hashed->require("revenue").numbers[1], 99.0);
}

void TestEngineController::generatesDemoOnTheWorker()
{
    // The demo customers come through the load protocol: the same table as generated directly.
    EngineController controller;
    QSignalSpy loaded(&controller, &EngineController::tableLoaded);
    const quint64 generation = controller.requestDemo(700, 3);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
    QCOMPARE(loaded.at(0).at(0).value<quint64>(), generation);
    const auto table = loaded.at(0).at(1).value<std::shared_ptr<const Table>>();
    const Table expected = generateDemoData(700, 3);
    QCOMPARE(table->rowCount, std::size_t(700));
    QCOMPARE(table->columns.size(), expected.columns.size());
    QCOMPARE(table->require("revenue").numbers, expected.require("revenue").numbers);
    QCOMPARE(table->require("customer_id").text, expected.require("customer_id").text);
}

void TestEngineController::loadFailureNamesFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no_such_file.csv"));
    EngineController controller;
    QSignalSpy loaded(&controller, &EngineController::tableLoaded);
    QSignalSpy failed(&controller, &EngineController::failed);
    LoadJob job;
    job.path = path;
    const quint64 generation = controller.requestLoad(job);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(failed.at(0).at(0).value<quint64>(), generation);
    const QString message = failed.at(0).at(1).toString();
    QVERIFY2(message.startsWith(QStringLiteral("Could not load the data: ")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("no_such_file.csv")), qPrintable(message));
}

void TestEngineController::destroyMidJob()
{
    // Large enough that one analysis takes seconds: 200,000 rows × 8 features, k = 40, 10 restarts.
    const auto big = blobTable(200000, 8, 16, 3);
    AnalysisRequest request = requestFor(big, 8, 40);
    std::get<KMeansOptions>(request.clustering).nInit = 10;
    auto controller = std::make_unique<EngineController>();
    QSignalSpy ready(controller.get(), &EngineController::analysisReady);
    QSignalSpy progress(controller.get(), &EngineController::progress);
    controller->requestAnalysis(request);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(progress.begin(), progress.end(),
                                         [](const QList<QVariant> &args) {
                                             return args.at(2).toString() == QStringLiteral("Clustering");
                                         }),
                             20000);
    QCOMPARE(ready.count(), 0); // really mid-job
    QVERIFY(controller->isBusy());
    controller.reset(); // cancels, quits and joins the engine thread
    QCoreApplication::processEvents();
    QCOMPARE(ready.count(), 0);
}

void TestEngineController::destroyWithPendingRequests()
{
    auto controller = std::make_unique<EngineController>();
    AnalysisRequest request = requestFor(m_blobs, 3, 4);
    for (int k = 2; k < 10; ++k) {
        std::get<KMeansOptions>(request.clustering).k = k;
        controller->requestAnalysis(request);
    }
    controller->requestKSweep();
    LoadJob job;
    job.path = QStringLiteral("/nonexistent/file.csv");
    controller->requestLoad(job);
    controller.reset();
    // And one destroyed before its thread ever ran anything.
    auto idle = std::make_unique<EngineController>();
    idle.reset();
}

QTEST_MAIN(TestEngineController)
#include "test_engine_controller.moc"
