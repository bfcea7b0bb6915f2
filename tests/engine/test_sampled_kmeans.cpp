// kmeansWithSampledRestarts: restarts on a sample, refined on all rows.

#include "engine/cluster/sampled_kmeans.h"
#include "engine/core/parallel.h"
#include "engine/data/table.h"
#include "engine/demo/demo_data.h"
#include "engine/eval/metrics.h"
#include "engine/eval/quality.h"
#include "engine/prep/feature_spec.h"
#include "engine/prep/prepare.h"

#include <QTest>

using namespace seg;

class TestSampledKMeans : public QObject
{
    Q_OBJECT

    Matrix m_x;
    Labels m_truth;

private Q_SLOTS:
    void initTestCase()
    {
        // 40,000 demo customers with the default preparation: overlapping segments on which a
        // single k-means++ run often ends in a poor local optimum.
        const Table table = generateDemoData(40000, 11);
        const PreparedData prepared
            = prepare(table, suggestFeatureSpec(table, {"customer_id", "true_segment"}));
        m_x = prepared.x;
        m_truth = encodeLabels(table.require("true_segment"), prepared.rows);
    }

    void smallDataIsPlainKMeans()
    {
        KMeansOptions options;
        options.k = 6;
        options.nInit = 3;
        options.seed = 5;
        const Matrix small = m_x.topRows(1000);
        const KMeansResult plain = kmeans(small, options);
        const KMeansResult sampled = kmeansWithSampledRestarts(small, options, 500);
        QCOMPARE(sampled.labels, plain.labels);
        QCOMPARE(sampled.inertia, plain.inertia);
    }

    void refinedResultIsAFullKMeansRun()
    {
        KMeansOptions options;
        options.k = 6;
        options.nInit = 4;
        options.seed = 3;
        const KMeansResult sampled = kmeansWithSampledRestarts(m_x, options, 8000);
        QCOMPARE(sampled.labels.size(), std::size_t(m_x.rows()));
        // A converged run over all rows: every row sits with its nearest centroid, and the
        // reported inertia sums every row's squared distance to it.
        std::vector<double> distances;
        QCOMPARE(assignNearest(m_x, sampled.centroids, &distances), sampled.labels);
        double total = 0.0;
        for (double d : distances)
            total += d * d;
        QVERIFY(qAbs(total - sampled.inertia) <= 1e-9 * sampled.inertia);
    }

    void recoversTheDemoSegmentsForEverySeed()
    {
        // Single full runs fail on some of these seeds (ARI 0.64–0.80 were seen); four sampled
        // restarts must find the good optimum every time, as ten full restarts do.
        KMeansOptions options;
        options.k = 6;
        options.nInit = 4;
        for (std::uint64_t seed = 1; seed <= 4; ++seed) {
            options.seed = seed;
            const KMeansResult sampled = kmeansWithSampledRestarts(m_x, options, 8000);
            const double ari = adjustedRandIndex(m_truth, sampled.labels);
            QVERIFY2(ari >= 0.9, qPrintable(QStringLiteral("seed %1: ARI %2").arg(seed).arg(ari)));
        }
    }

    void deterministicForAnyThreadCount()
    {
        KMeansOptions options;
        options.k = 5;
        options.nInit = 3;
        options.seed = 9;
        setThreadCount(1);
        const KMeansResult one = kmeansWithSampledRestarts(m_x, options, 8000);
        setThreadCount(2);
        const KMeansResult two = kmeansWithSampledRestarts(m_x, options, 8000);
        setThreadCount(0);
        QCOMPARE(one.labels, two.labels);
        QCOMPARE(one.inertia, two.inertia);
        options.seed = 10;
        const KMeansResult other = kmeansWithSampledRestarts(m_x, options, 8000);
        QVERIFY(other.labels != one.labels || other.inertia != one.inertia);
    }
};

QTEST_APPLESS_MAIN(TestSampledKMeans)
#include "test_sampled_kmeans.moc"
