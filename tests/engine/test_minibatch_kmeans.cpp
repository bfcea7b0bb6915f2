// Mini-batch k-means: the update rule by hand, the starved-centre rule, agreement with full
// k-means on the demo data, determinism and errors.

#include "engine/cluster/clustering.h"
#include "engine/cluster/minibatch_kmeans.h"
#include "engine/core/error.h"
#include "engine/core/parallel.h"
#include "engine/demo/demo_data.h"
#include "engine/eval/metrics.h"
#include "engine/prep/feature_spec.h"
#include "engine/prep/prepare.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace seg;

namespace {

Matrix column(std::initializer_list<double> values)
{
    Matrix x(static_cast<Eigen::Index>(values.size()), 1);
    Eigen::Index i = 0;
    for (double v : values)
        x(i++, 0) = v;
    return x;
}

/// The centroids of a one-feature fit, sorted.
std::vector<double> sortedCentres(const Matrix &centroids)
{
    std::vector<double> out(centroids.data(), centroids.data() + centroids.size());
    std::sort(out.begin(), out.end());
    return out;
}

/// The kind of the seg::Error `f` throws; fails the test when it throws none.
template <class F>
std::optional<ErrorKind> kindOf(F f)
{
    try {
        f();
    } catch (const Error &e) {
        return e.kind();
    }
    return std::nullopt;
}

} // namespace

class TestMiniBatchKMeans : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneBatchMovesEachCentreToTheRunningMean()
    {
        // The start sample {0, 10} with k = 2: centres 0 and 10, each having seen one row. One
        // batch of {1, 2, 9, 13}: the centre at 0 takes 1 and 2 and becomes (1·0 + 1 + 2) / 3 = 1;
        // the centre at 10 takes 9 and 13 and becomes (1·10 + 9 + 13) / 3 = 32/3.
        const Matrix sample = column({0.0, 10.0});
        const Matrix rows = column({1.0, 2.0, 9.0, 13.0});
        MiniBatchKMeansOptions options;
        options.k = 2;
        options.batchSize = 4;
        options.maxEpochs = 1;
        options.tol = 0.0;
        options.reassignmentRatio = 0.0;
        MatrixRowBlocks blocks(rows);
        const MiniBatchKMeansResult one = miniBatchKMeans(blocks, sample, options);
        QCOMPARE(sortedCentres(one.centroids), (std::vector<double> {1.0, 32.0 / 3.0}));
        QCOMPARE(one.rows, std::size_t {4});
        QCOMPARE(one.epochs, 1);
        QCOMPARE(one.status, FitStatus::MaxIterations);

        // A second pass: counts 3 and 3, the same rows again: (3·1 + 3) / 5 = 1.2 and
        // (3·32/3 + 22) / 5 = 10.8.
        options.maxEpochs = 2;
        const MiniBatchKMeansResult two = miniBatchKMeans(blocks, sample, options);
        const std::vector<double> centres = sortedCentres(two.centroids);
        QCOMPARE(centres[0], 1.2);
        QVERIFY(std::abs(centres[1] - 10.8) < 1e-12);
        QCOMPARE(two.epochs, 2);
    }

    void batchesSplitTheBlock()
    {
        // Batches of one row in the order of a seeded shuffle: every row still counts once, so
        // the centre of a single cluster ends at the mean of the start row and all rows.
        const Matrix sample = column({4.0});
        const Matrix rows = column({1.0, 2.0, 3.0, 6.0, 9.0});
        MiniBatchKMeansOptions options;
        options.k = 1;
        options.batchSize = 1;
        options.maxEpochs = 1;
        options.reassignmentRatio = 0.0;
        MatrixRowBlocks blocks(rows, 2);
        const MiniBatchKMeansResult fit = miniBatchKMeans(blocks, sample, options);
        QVERIFY(std::abs(fit.centroids(0, 0) - (4.0 + 1 + 2 + 3 + 6 + 9) / 6.0) < 1e-12);
    }

    void starvedCentresMoveToRowsOfTheBatch()
    {
        // The start sample puts one centre at -100, where no row of the data lies: 99 rows near 0
        // and one at -100. The data are two tight groups, at 0 and at 50.
        Matrix sample(100, 1);
        for (Eigen::Index i = 0; i < 99; ++i)
            sample(i, 0) = 0.01 * static_cast<double>(i % 3);
        sample(99, 0) = -100.0;
        Matrix rows(4000, 1);
        for (Eigen::Index i = 0; i < rows.rows(); ++i)
            rows(i, 0) = (i % 2 == 0 ? 0.0 : 50.0) + 0.001 * static_cast<double>(i % 7);
        MiniBatchKMeansOptions options;
        options.k = 2;
        options.batchSize = 100;
        options.maxEpochs = 2;
        options.tol = 0.0;

        // Without the rule the centre at -100 never takes a row, and the other one sits between
        // the two groups.
        options.reassignmentRatio = 0.0;
        MatrixRowBlocks blocks(rows, 1000);
        const MiniBatchKMeansResult stuck = miniBatchKMeans(blocks, sample, options);
        std::vector<double> centres = sortedCentres(stuck.centroids);
        QCOMPARE(centres[0], -100.0);
        QVERIFY(centres[1] > 20.0 && centres[1] < 30.0);
        QCOMPARE(stuck.reassignments, 0);

        // With it (1 row against 99, below the ratio 0.5) the starved centre jumps to a row of the
        // data and each group gets its own centre (the first one still remembers, in its running
        // mean, the rows of the group at 50 it took before the jump: within 1 of its group).
        options.reassignmentRatio = 0.5;
        const MiniBatchKMeansResult moved = miniBatchKMeans(blocks, sample, options);
        centres = sortedCentres(moved.centroids);
        QVERIFY2(std::abs(centres[0]) < 1.0 && std::abs(centres[1] - 50.0) < 1.0,
                 qPrintable(QStringLiteral("%1 %2").arg(centres[0]).arg(centres[1])));
        QVERIFY(moved.reassignments >= 1);
    }

    void agreesWithFullKMeansOnTheDemoData()
    {
        // 200,000 demo customers prepared as segscope does; the start sample is a tenth of them,
        // so the passes do real work. Full k-means: segscope's defaults (10 sampled restarts).
        const Table table = generateDemoData(200000, 7);
        const PreparedData prepared = prepare(table, suggestFeatureSpec(table, {"customer_id", "true_segment"}));
        const ClusteringResult full = cluster(prepared.x, defaultClusteringOptions(Algorithm::KMeans, 6, 42));
        auto options = std::get<MiniBatchKMeansOptions>(defaultClusteringOptions(Algorithm::MiniBatchKMeans, 6, 42));
        options.startSampleRows = 20000;
        const ClusteringResult mini = cluster(prepared.x, options);
        QCOMPARE(mini.algorithm, Algorithm::MiniBatchKMeans);
        QCOMPARE(mini.clusterCount, 6);
        const double ari = adjustedRandIndex(full.labels, mini.labels);
        QVERIFY2(ari >= 0.95, qPrintable(QString::number(ari)));
        // Within 1% of full k-means' inertia, and reported as the sum of squared distances.
        QVERIFY2(mini.objective <= 1.01 * full.objective,
                 qPrintable(QStringLiteral("%1 vs %2").arg(mini.objective).arg(full.objective)));
        double sum = 0.0;
        for (double distance : mini.scores)
            sum += distance * distance;
        QVERIFY(std::abs(sum - mini.objective) <= 1e-9 * mini.objective);
        // Every customer sits with its nearest centre (the model assigns as the fit did).
        const ClusterAssignment again = assign(mini.model, prepared.x);
        QCOMPARE(again.labels, mini.labels);
    }

    void sameResultWhateverTheThreadCount()
    {
        const Table table = generateDemoData(30000, 3);
        const PreparedData prepared = prepare(table, suggestFeatureSpec(table, {"customer_id", "true_segment"}));
        auto options = std::get<MiniBatchKMeansOptions>(defaultClusteringOptions(Algorithm::MiniBatchKMeans, 5, 9));
        options.startSampleRows = 5000;
        setThreadCount(1);
        const ClusteringResult one = cluster(prepared.x, options);
        setThreadCount(2);
        const ClusteringResult two = cluster(prepared.x, options);
        setThreadCount(0);
        QVERIFY(sameMatrix(one.centers, two.centers));
        QCOMPARE(one.labels, two.labels);
        options.seed = 10;
        const ClusteringResult other = cluster(prepared.x, options);
        QVERIFY(!sameMatrix(one.centers, other.centers));
    }

    void convergesWhenAPassBarelyMoves()
    {
        // Two far, tight groups: after the start every pass moves the centres by almost nothing.
        Matrix rows(2000, 1);
        for (Eigen::Index i = 0; i < rows.rows(); ++i)
            rows(i, 0) = i % 2 == 0 ? 0.0 : 100.0;
        MiniBatchKMeansOptions options;
        options.k = 2;
        options.maxEpochs = 5;
        options.tol = 1e-4;
        MatrixRowBlocks blocks(rows);
        const MiniBatchKMeansResult fit = miniBatchKMeans(blocks, rows.topRows(100), options);
        QCOMPARE(fit.status, FitStatus::Converged);
        QCOMPARE(fit.epochs, 1);
        QCOMPARE(sortedCentres(fit.centroids), (std::vector<double> {0.0, 100.0}));
    }

    void refusesWhatItCannotFit()
    {
        const Matrix rows = column({1.0, 2.0, 3.0});
        MatrixRowBlocks blocks(rows);
        MiniBatchKMeansOptions options;
        options.k = 3;
        QCOMPARE(kindOf([&] { miniBatchKMeans(blocks, column({1.0, 2.0}), options); }), std::optional(ErrorKind::Usage));
        options.k = 1;
        options.batchSize = 0;
        QCOMPARE(kindOf([&] { miniBatchKMeans(blocks, rows, options); }), std::optional(ErrorKind::Usage));
        options.batchSize = 10;
        Matrix wide(3, 2);
        wide.setZero();
        QCOMPARE(kindOf([&] { miniBatchKMeans(blocks, wide, options); }), std::optional(ErrorKind::Usage));
        const Matrix holed = column({1.0, std::nan(""), 3.0});
        MatrixRowBlocks holedBlocks(holed);
        QCOMPARE(kindOf([&] { miniBatchKMeans(holedBlocks, rows, options); }), std::optional(ErrorKind::InvalidData));
    }
};

QTEST_GUILESS_MAIN(TestMiniBatchKMeans)
#include "test_minibatch_kmeans.moc"
