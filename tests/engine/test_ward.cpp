// Tests for engine/cluster/ward.h: a dendrogram computed by hand, scipy's linkage of the fixture
// data, agreement merge by merge with a brute-force greedy Ward written here (random points and
// the Wholesale data), invariants of the result, planted blobs, micro-cluster mode, determinism
// across thread counts, cutting dendrograms, progress, cancellation and errors.

#include "engine/cluster/ward.h"
#include "engine/core/error.h"
#include "engine/core/parallel.h"
#include "engine/core/random.h"
#include "engine/eval/metrics.h"

#include "tests/support/engine_fixtures.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <vector>

using namespace seg;
using seg::test::gaussianBlobs;
using seg::test::samePartition;
using seg::test::close;
using seg::test::matrixOf;

namespace {

// The six spending columns of the UCI Wholesale customers data (see engine_fixtures.h),
// log1p-transformed and z-scored with the population standard deviation.
Matrix wholesaleLogZ()
{
    const std::vector<std::vector<double>> rows = seg::test::wholesaleRows();
    Matrix x(static_cast<Eigen::Index>(rows.size()), 6);
    for (std::size_t i = 0; i < rows.size(); ++i)
        for (int t = 0; t < 6; ++t)
            x(static_cast<Eigen::Index>(i), t) = std::log1p(rows[i][static_cast<std::size_t>(t) + 2]);
    const RowVector mean = x.colwise().mean();
    x.rowwise() -= mean;
    const RowVector sd = (x.array().square().colwise().sum() / static_cast<double>(x.rows())).sqrt();
    for (int t = 0; t < 6; ++t)
        x.col(t) /= sd(t);
    return x;
}

// Brute-force Ward, independent of the code under test: at every step, compute the Ward
// distance of every pair of clusters from their centroids and sizes and merge the pair with
// the least (the lowest ids on ties). Records the merges (scipy linkage form) and the
// partition of the rows when `k` clusters were left.
struct NaiveWard
{
    std::vector<WardMerge> merges;
    std::map<int, Labels> partitions; // k -> per row, the id of its cluster (not renumbered)
};

NaiveWard naiveWard(const Matrix &x, const std::vector<int> &ks = {})
{
    const int n = static_cast<int>(x.rows());
    struct Cluster
    {
        int id;
        RowVector centroid;
        double size;
    };
    std::vector<Cluster> active;
    for (int i = 0; i < n; ++i)
        active.push_back({i, x.row(i), 1.0});
    std::vector<int> clusterOf(static_cast<std::size_t>(n));
    std::iota(clusterOf.begin(), clusterOf.end(), 0);
    NaiveWard out;
    auto record = [&]() {
        if (std::find(ks.begin(), ks.end(), static_cast<int>(active.size())) != ks.end())
            out.partitions[static_cast<int>(active.size())] = Labels(clusterOf.begin(), clusterOf.end());
    };
    record();
    for (int t = 0; active.size() > 1; ++t) {
        std::size_t bi = 0, bj = 1;
        double best = std::numeric_limits<double>::infinity();
        for (std::size_t i = 0; i < active.size(); ++i)
            for (std::size_t j = i + 1; j < active.size(); ++j) {
                const double w = active[i].size * active[j].size / (active[i].size + active[j].size);
                const double delta = w * (active[i].centroid - active[j].centroid).squaredNorm();
                if (delta < best) {
                    best = delta;
                    bi = i;
                    bj = j;
                }
            }
        const Cluster &a = active[bi], &b = active[bj];
        const double size = a.size + b.size;
        const Cluster merged{n + t, (a.size * a.centroid + b.size * b.centroid) / size, size};
        out.merges.push_back({std::min(a.id, b.id), std::max(a.id, b.id), std::sqrt(2.0 * best),
                              static_cast<std::int64_t>(size)});
        for (int &c : clusterOf)
            if (c == a.id || c == b.id)
                c = merged.id;
        active.erase(active.begin() + static_cast<std::ptrdiff_t>(bj));
        active[bi] = merged;
        record();
    }
    return out;
}

// Same pairs and sizes, heights within relTol.
bool sameLinkage(const std::vector<WardMerge> &a, const std::vector<WardMerge> &b, double relTol)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].a != b[i].a || a[i].b != b[i].b || a[i].size != b[i].size || !close(a[i].height, b[i].height, relTol)) {
            qWarning("merge %zu: (%d, %d, %.17g, %lld) vs (%d, %d, %.17g, %lld)", i, a[i].a, a[i].b, a[i].height,
                     static_cast<long long>(a[i].size), b[i].a, b[i].b, b[i].height, static_cast<long long>(b[i].size));
            return false;
        }
    return true;
}

// Labels numbered 0, 1, 2, ... by first appearance.
bool numberedByFirstAppearance(const Labels &labels)
{
    std::int32_t next = 0;
    for (const std::int32_t l : labels) {
        if (l > next || l < 0)
            return false;
        if (l == next)
            ++next;
    }
    return true;
}

// The checks every result must pass: the linkage is valid and monotone, the labels are the cut
// of the dendrogram at k, the centres are the segment means and the sum of squares theirs.
void checkInvariants(const Matrix &x, const WardOptions &options, const WardResult &r)
{
    const std::size_t n = static_cast<std::size_t>(x.rows());
    const std::size_t k = static_cast<std::size_t>(options.k);
    QCOMPARE(r.merges.size() + 1, r.leaves);
    QCOMPARE(r.leafWeights.size(), r.leaves);
    QCOMPARE(r.rowLeaves.size(), n);
    QCOMPARE(std::accumulate(r.leafWeights.begin(), r.leafWeights.end(), 0.0), static_cast<double>(n));
    std::vector<bool> used(2 * r.leaves, false);
    std::vector<std::int64_t> sizeOf(2 * r.leaves, 0);
    for (std::size_t leaf = 0; leaf < r.leaves; ++leaf)
        sizeOf[leaf] = static_cast<std::int64_t>(r.leafWeights[leaf]);
    for (std::size_t i = 0; i < r.merges.size(); ++i) {
        const WardMerge &m = r.merges[i];
        QVERIFY(m.a < m.b);
        QVERIFY(m.a >= 0 && static_cast<std::size_t>(m.b) < r.leaves + i);
        QVERIFY(!used[static_cast<std::size_t>(m.a)] && !used[static_cast<std::size_t>(m.b)]);
        used[static_cast<std::size_t>(m.a)] = used[static_cast<std::size_t>(m.b)] = true;
        QCOMPARE(m.size, sizeOf[static_cast<std::size_t>(m.a)] + sizeOf[static_cast<std::size_t>(m.b)]);
        sizeOf[r.leaves + i] = m.size;
        QVERIFY(m.height >= 0.0 && std::isfinite(m.height));
        if (i > 0)
            QVERIFY(m.height >= r.merges[i - 1].height);
    }
    if (!r.merges.empty())
        QCOMPARE(r.merges.back().size, static_cast<std::int64_t>(n));

    QCOMPARE(r.labels.size(), n);
    QVERIFY(numberedByFirstAppearance(r.labels));
    QCOMPARE(std::set<std::int32_t>(r.labels.begin(), r.labels.end()).size(), k);
    const Labels leafLabels = cutDendrogram(r.merges, r.leaves, options.k);
    Labels viaLeaves(n);
    for (std::size_t i = 0; i < n; ++i)
        viaLeaves[i] = leafLabels[static_cast<std::size_t>(r.rowLeaves[i])];
    QVERIFY(samePartition(viaLeaves, r.labels));

    QCOMPARE(r.centers.rows(), static_cast<Eigen::Index>(k));
    QCOMPARE(r.centers.cols(), x.cols());
    Matrix sums = Matrix::Zero(options.k, x.cols());
    std::vector<double> counts(k, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        sums.row(r.labels[i]) += x.row(static_cast<Eigen::Index>(i));
        counts[static_cast<std::size_t>(r.labels[i])] += 1.0;
    }
    double within = 0.0;
    for (std::size_t l = 0; l < k; ++l) {
        const RowVector mean = sums.row(static_cast<Eigen::Index>(l)) / counts[l];
        for (Eigen::Index t = 0; t < x.cols(); ++t)
            QVERIFY(close(r.centers(static_cast<Eigen::Index>(l), t), mean(t), 1e-12));
    }
    for (std::size_t i = 0; i < n; ++i)
        within += (x.row(static_cast<Eigen::Index>(i)) - r.centers.row(r.labels[i])).squaredNorm();
    QVERIFY(close(r.withinSumOfSquares, within, 1e-12));
}

WardOptions optionsFor(int k)
{
    WardOptions options;
    options.k = k;
    return options;
}

bool bitIdentical(const Matrix &a, const Matrix &b)
{
    return a.rows() == b.rows() && a.cols() == b.cols()
        && std::memcmp(a.data(), b.data(), static_cast<std::size_t>(a.size()) * sizeof(double)) == 0;
}

bool bitIdentical(const WardResult &a, const WardResult &b)
{
    return a.labels == b.labels && bitIdentical(a.centers, b.centers) && a.merges == b.merges
        && a.leafWeights == b.leafWeights && a.rowLeaves == b.rowLeaves && a.approximate == b.approximate
        && a.leaves == b.leaves && a.withinSumOfSquares == b.withinSumOfSquares;
}

} // namespace

class TestWard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { setThreadCount(0); }

    void handComputed()
    {
        // 1-D points 0, 1, 5, 7, 20 (rows 0..4). By hand, with ΔSSE = |A||B|/(|A|+|B|)·(c_A − c_B)²
        // and height sqrt(2·ΔSSE):
        //   {0}+{1}: ΔSSE 1/2·1 = 0.5, height 1 -> cluster 5 (centroid 0.5)
        //   {5}+{7}: ΔSSE 1/2·4 = 2, height 2 -> cluster 6 (centroid 6); next best was
        //            {0,1}+{5} at 2/3·4.5² = 13.5
        //   5+6:     ΔSSE 2·2/4·5.5² = 30.25, height sqrt(60.5) -> cluster 7 (centroid 3.25);
        //            the alternatives {5,7}+{20} = 2/3·14² and {0,1}+{20} = 2/3·19.5² are larger
        //   7+{20}:  ΔSSE 4/5·16.75² = 224.45, height sqrt(448.9)
        // The increases sum to 257.2, the total sum of squares about the mean 6.6, as they must.
        // scipy.cluster.hierarchy.ward (scipy 1.10.1) gives the same linkage.
        const Matrix x = matrixOf({{0.0}, {1.0}, {5.0}, {7.0}, {20.0}});
        const std::vector<WardMerge> expected = {
            {0, 1, 1.0, 2}, {2, 3, 2.0, 2}, {5, 6, std::sqrt(60.5), 4}, {4, 7, std::sqrt(448.9), 5}};
        WardResult r = ward(x, optionsFor(2));
        QVERIFY(sameLinkage(r.merges, expected, 1e-15));
        QVERIFY(!r.approximate);
        QCOMPARE(r.leaves, std::size_t(5));
        QCOMPARE(r.labels, Labels({0, 0, 0, 0, 1}));
        QCOMPARE(r.centers(0, 0), 3.25);
        QCOMPARE(r.centers(1, 0), 20.0);
        QVERIFY(close(r.withinSumOfSquares, 0.5 + 2.0 + 30.25, 1e-15));
        QCOMPARE(r.leafWeights, std::vector<double>(5, 1.0));
        checkInvariants(x, optionsFor(2), r);
        r = ward(x, optionsFor(3));
        QCOMPARE(r.labels, Labels({0, 0, 1, 1, 2}));
        QVERIFY(close(r.withinSumOfSquares, 0.5 + 2.0, 1e-15));

        // With 6 for 7 the first two merges tie at height 1. The chain starts from row 0, so
        // {0}+{1} is made (and listed) first; then 5+6 at sqrt(2·2·2/4·5²) = sqrt(50) and
        // 7+{20} at sqrt(2·4/5·17²) = sqrt(462.4). scipy 1.10.1 gives the same linkage.
        const Matrix tied = matrixOf({{0.0}, {1.0}, {5.0}, {6.0}, {20.0}});
        const std::vector<WardMerge> expectedTied = {
            {0, 1, 1.0, 2}, {2, 3, 1.0, 2}, {5, 6, std::sqrt(50.0), 4}, {4, 7, std::sqrt(462.4), 5}};
        QVERIFY(sameLinkage(ward(tied, optionsFor(1)).merges, expectedTied, 1e-15));
    }

    void scipyReference()
    {
        // scipy.cluster.hierarchy.ward(X) (scipy 1.10.1) of the 16-point fixture, printed with
        // %.17g. Its first two merges tie in exact arithmetic (both pairs are 0.3 apart) and
        // scipy lists them in the order its rounding gives, so these two are compared as a set.
        const Matrix x = seg::test::smallData();
        const std::vector<WardMerge> scipy = {
            {10, 13, 0.29999999999999938, 2}, {5, 8, 0.30000000000000016, 2},
            {0, 4, 0.33166247903554003, 2},   {1, 3, 0.46904157598234303, 2},
            {7, 17, 0.70474581706219896, 3},  {2, 18, 0.71879528842826079, 3},
            {11, 16, 0.76811457478686129, 3}, {19, 21, 0.97638790105845386, 5},
            {6, 9, 1.1445523142259593, 2},    {12, 22, 1.1554220008291345, 4},
            {20, 24, 1.7998148052878475, 5},  {15, 25, 3.6377190655684228, 5},
            {14, 23, 3.7876993896911442, 6},  {26, 27, 12.71699650074655, 10},
            {28, 29, 16.806281067902358, 16}};
        const WardResult r = ward(x, optionsFor(3));
        std::vector<WardMerge> merges = r.merges;
        QCOMPARE(merges.size(), scipy.size());
        if (merges[0].a == 5) { // the tied pair in the other order: swap it and the ids 16 and 17
            std::swap(merges[0], merges[1]);
            for (WardMerge &m : merges)
                for (std::int32_t *id : {&m.a, &m.b})
                    *id = *id == 16 ? 17 : *id == 17 ? 16 : *id;
            for (WardMerge &m : merges)
                if (m.a > m.b)
                    std::swap(m.a, m.b);
        }
        QVERIFY(sameLinkage(merges, scipy, 1e-13));
        // fcluster(Z, 3, 'maxclust'): [1 1 1 1 1 2 2 2 2 2 3 3 3 3 1 3]
        QCOMPARE(r.labels, Labels({0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 0, 2}));
        checkInvariants(x, optionsFor(3), r);
    }

    void matchesBruteForce_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("dims");
        QTest::addColumn<quint64>("seed");
        QTest::newRow("60 x 3") << 60 << 3 << quint64(1);
        QTest::newRow("61 x 3") << 61 << 3 << quint64(2);
        QTest::newRow("80 x 1") << 80 << 1 << quint64(3);
        QTest::newRow("50 x 7") << 50 << 7 << quint64(4);
    }
    void matchesBruteForce()
    {
        // Uniform random points: no ties, so the chain's dendrogram is the greedy one, merge by
        // merge, and every cut is the greedy partition at that many clusters.
        QFETCH(int, rows);
        QFETCH(int, dims);
        QFETCH(quint64, seed);
        Rng rng(seed);
        Matrix x(rows, dims);
        for (Eigen::Index i = 0; i < x.size(); ++i)
            x.data()[i] = rng.uniform() * 10.0 - 5.0;
        const std::vector<int> ks = {1, 2, 3, 5, 8, rows / 2, rows - 1, rows};
        const NaiveWard naive = naiveWard(x, ks);
        for (const int k : ks) {
            const WardResult r = ward(x, optionsFor(k));
            QVERIFY(sameLinkage(r.merges, naive.merges, 1e-9));
            QVERIFY2(samePartition(r.labels, naive.partitions.at(k)), qPrintable(QString::number(k)));
            checkInvariants(x, optionsFor(k), r);
        }
    }

    void wholesaleMatchesBruteForce()
    {
        const Matrix x = wholesaleLogZ();
        QCOMPARE(x.rows(), Eigen::Index(440));
        const std::vector<int> ks = {2, 3, 4, 6, 10};
        const NaiveWard naive = naiveWard(x, ks);
        for (const int k : ks) {
            const WardResult r = ward(x, optionsFor(k));
            QVERIFY(sameLinkage(r.merges, naive.merges, 1e-9));
            QVERIFY(samePartition(r.labels, naive.partitions.at(k)));
            checkInvariants(x, optionsFor(k), r);
        }
        // The total of the increases is the total sum of squares about the mean: 440 · 6 for
        // z-scored data (Σ height²/2 = Σ ΔSSE).
        const WardResult r = ward(x, optionsFor(1));
        double total = 0.0;
        for (const WardMerge &m : r.merges)
            total += m.height * m.height / 2.0;
        QVERIFY(close(total, 440.0 * 6.0, 1e-9));
        QVERIFY(close(r.withinSumOfSquares, 440.0 * 6.0, 1e-12));
    }

    void edgeCases()
    {
        // One row: no merges, one segment.
        WardResult r = ward(matrixOf({{1.0, 2.0}}), optionsFor(1));
        QVERIFY(r.merges.empty());
        QCOMPARE(r.labels, Labels({0}));
        QCOMPARE(r.withinSumOfSquares, 0.0);
        QCOMPARE(r.centers, matrixOf({{1.0, 2.0}}));

        // k = n: every row its own segment, in row order, and no within sum of squares.
        const Matrix x = seg::test::smallData();
        r = ward(x, optionsFor(16));
        Labels identity(16);
        std::iota(identity.begin(), identity.end(), 0);
        QCOMPARE(r.labels, identity);
        QCOMPARE(r.withinSumOfSquares, 0.0);
        QVERIFY(bitIdentical(r.centers, x));

        // Duplicate rows merge at height 0 first; a constant column changes nothing.
        const Matrix dup = matrixOf({{1.0, 7.0}, {3.0, 7.0}, {1.0, 7.0}, {3.0, 7.0}, {1.0, 7.0}});
        r = ward(dup, optionsFor(2));
        QCOMPARE(r.merges[0].height, 0.0);
        QCOMPARE(r.merges[1].height, 0.0);
        QCOMPARE(r.merges[2].height, 0.0);
        QCOMPARE(r.labels, Labels({0, 1, 0, 1, 0}));
        QCOMPARE(r.withinSumOfSquares, 0.0);
        // The last merge: {1,1,1} and {3,3}: ΔSSE = 3·2/5·4 = 4.8, height sqrt(9.6).
        QVERIFY(close(r.merges[3].height, std::sqrt(9.6), 1e-15));
        checkInvariants(dup, optionsFor(2), r);

        // All rows equal: every merge at height 0, still a valid linkage.
        const Matrix same = Matrix::Constant(7, 3, 2.5);
        r = ward(same, optionsFor(3));
        for (const WardMerge &m : r.merges)
            QCOMPARE(m.height, 0.0);
        checkInvariants(same, optionsFor(3), r);
    }

    void plantedBlobsRecovered_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("dims");
        QTest::addColumn<int>("blobs");
        QTest::newRow("300 x 2, 3 blobs") << 300 << 2 << 3;
        QTest::newRow("1000 x 5, 6 blobs") << 1000 << 5 << 6;
        QTest::newRow("2000 x 16, 10 blobs") << 2000 << 16 << 10;
    }
    void plantedBlobsRecovered()
    {
        QFETCH(int, rows);
        QFETCH(int, dims);
        QFETCH(int, blobs);
        Labels truth;
        // Centres N(0, 30²) per feature, unit-variance points: far apart.
        const Matrix x = gaussianBlobs(rows, dims, blobs, 30.0, 11, &truth);
        const WardResult r = ward(x, optionsFor(blobs));
        QCOMPARE(adjustedRandIndex(r.labels, truth), 1.0);
        checkInvariants(x, optionsFor(blobs), r);
    }

    void microClusterMode()
    {
        Labels truth;
        const Matrix x = gaussianBlobs(500, 3, 4, 30.0, 5, &truth);
        WardOptions options = optionsFor(4);
        options.exactLimit = 200;
        options.microClusters = 50;
        options.seed = 8;
        const WardResult r = ward(x, options);
        QVERIFY(r.approximate);
        QCOMPARE(r.leaves, std::size_t(50));
        QCOMPARE(std::accumulate(r.leafWeights.begin(), r.leafWeights.end(), 0.0), 500.0);
        QCOMPARE(r.merges.back().size, std::int64_t(500));
        QCOMPARE(adjustedRandIndex(r.labels, truth), 1.0);
        checkInvariants(x, options, r);

        // The leaves are the micro-clusters: numbered by first appearance in row order, each
        // weighted by its rows, and the dendrogram is exact Ward on their weighted centroids,
        // which a brute-force Ward over the rows, started from the micro-clusters, reproduces.
        QVERIFY(numberedByFirstAppearance(r.rowLeaves));
        std::vector<double> rowsPerLeaf(r.leaves, 0.0);
        for (const std::int32_t leaf : r.rowLeaves)
            rowsPerLeaf[static_cast<std::size_t>(leaf)] += 1.0;
        QCOMPARE(rowsPerLeaf, r.leafWeights);
        // Ward of clusters depends on their centroids and sizes only: replicate each
        // micro-cluster's centroid by its row count and run exact Ward on that. The first
        // merges join the copies (height 0); the rest must be the micro-cluster dendrogram.
        Matrix centroids = Matrix::Zero(static_cast<Eigen::Index>(r.leaves), 3);
        for (std::size_t i = 0; i < 500; ++i)
            centroids.row(r.rowLeaves[i]) += x.row(static_cast<Eigen::Index>(i));
        for (std::size_t leaf = 0; leaf < r.leaves; ++leaf)
            centroids.row(static_cast<Eigen::Index>(leaf)) /= r.leafWeights[leaf];
        Matrix replicated(500, 3);
        for (std::size_t i = 0; i < 500; ++i)
            replicated.row(static_cast<Eigen::Index>(i)) = centroids.row(r.rowLeaves[i]);
        const WardResult expanded = ward(replicated, optionsFor(4));
        for (std::size_t i = 0; i < r.merges.size(); ++i)
            QVERIFY(close(expanded.merges[450 + i].height, r.merges[i].height, 1e-9));
        QVERIFY(samePartition(expanded.labels, r.labels));

        // Deterministic for a seed; another seed gives other micro-clusters.
        QVERIFY(bitIdentical(ward(x, options), r));
        options.seed = 9;
        const WardResult other = ward(x, options);
        QVERIFY(other.rowLeaves != r.rowLeaves);
        QCOMPARE(adjustedRandIndex(other.labels, truth), 1.0);

        // At exactLimit rows, exact mode.
        options.exactLimit = 500;
        QVERIFY(!ward(x, options).approximate);
    }

    // The tree does not depend on the k it is cut at: cutting one tree at every k gives exactly
    // what ward() gives at that k, in exact and in micro-cluster mode.
    void recutEqualsWardAtEveryK()
    {
        const Matrix x = gaussianBlobs(400, 3, 5, 8.0, 21);
        WardOptions exact = optionsFor(2);
        WardOptions micro = optionsFor(2);
        micro.exactLimit = 200;
        micro.microClusters = 60;
        micro.seed = 4;
        for (const WardOptions &options : {exact, micro}) {
            const WardResult tree = ward(x, options);
            QCOMPARE(tree.approximate, options.exactLimit < 400);
            for (int k = 1; k <= 12; ++k) {
                WardOptions atK = options;
                atK.k = k;
                QVERIFY2(bitIdentical(recutWard(x, tree, k), ward(x, atK)), qPrintable(QString::number(k)));
            }
            QCOMPARE(seg::test::expectError([&] { recutWard(x, tree, 0); }).kind(), ErrorKind::Usage);
            QCOMPARE(seg::test::expectError([&] { recutWard(x, tree, int(tree.leaves) + 1); }).kind(),
                     ErrorKind::Usage);
            QCOMPARE(seg::test::expectError([&] { recutWard(x.topRows(399), tree, 3); }).kind(), ErrorKind::Usage);
        }
    }

    void microClustersFewDistinctRows()
    {
        // 1,000 rows with only 3·4 = 12 distinct values: 12 micro-clusters, one per value.
        Matrix x(1000, 2);
        for (int i = 0; i < 1000; ++i) {
            x(i, 0) = static_cast<double>(i % 3) * 10.0;
            x(i, 1) = static_cast<double>((i / 3) % 4);
        }
        WardOptions options = optionsFor(3);
        options.exactLimit = 100;
        options.microClusters = 40;
        const WardResult r = ward(x, options);
        QVERIFY(r.approximate);
        QCOMPARE(r.leaves, std::size_t(12));
        QCOMPARE(r.labels[0], 0);
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(r.labels[static_cast<std::size_t>(i)], i % 3);
        checkInvariants(x, options, r);
        options.k = 13;
        const Error e = seg::test::expectError([&] { ward(x, options); });
        QCOMPARE(e.kind(), ErrorKind::InvalidData);
        QCOMPARE(e.detail(), std::string("k = 13 but the data has only 12 distinct rows"));
    }

    void deterministicAcrossThreads()
    {
        // 256 features: scans of more than 1,024 clusters are split into parallel blocks, so the
        // first ~1,500 merges of 2,500 rows run with two threads.
        const Matrix x = gaussianBlobs(2500, 256, 5, 1.0, 21);
        setThreadCount(1);
        const WardResult one = ward(x, optionsFor(5));
        setThreadCount(2);
        const WardResult two = ward(x, optionsFor(5));
        QVERIFY(bitIdentical(one, two));
        checkInvariants(x, optionsFor(5), one);

        // Micro-cluster mode too (k-means is deterministic across threads as well).
        const Matrix y = gaussianBlobs(3000, 4, 3, 2.0, 22);
        WardOptions options = optionsFor(3);
        options.exactLimit = 1000;
        options.microClusters = 300;
        setThreadCount(1);
        const WardResult microOne = ward(y, options);
        setThreadCount(2);
        const WardResult microTwo = ward(y, options);
        QVERIFY(microOne.approximate);
        QVERIFY(bitIdentical(microOne, microTwo));
    }

    void cutDendrogramCases()
    {
        // The hand-computed linkage of 0, 1, 5, 7, 20.
        const std::vector<WardMerge> z = {{0, 1, 1.0, 2}, {2, 3, 2.0, 2}, {5, 6, 7.8, 4}, {4, 7, 21.2, 5}};
        QCOMPARE(cutDendrogram(z, 5, 1), Labels({0, 0, 0, 0, 0}));
        QCOMPARE(cutDendrogram(z, 5, 2), Labels({0, 0, 0, 0, 1}));
        QCOMPARE(cutDendrogram(z, 5, 3), Labels({0, 0, 1, 1, 2}));
        QCOMPARE(cutDendrogram(z, 5, 4), Labels({0, 0, 1, 2, 3}));
        QCOMPARE(cutDendrogram(z, 5, 5), Labels({0, 1, 2, 3, 4}));
        QCOMPARE(cutDendrogram({}, 1, 1), Labels({0}));
        // Leaf 0 need not be merged first: labels still follow leaf order.
        const std::vector<WardMerge> z2 = {{3, 4, 1.0, 2}, {1, 2, 2.0, 2}, {0, 6, 3.0, 3}, {5, 7, 4.0, 5}};
        QCOMPARE(cutDendrogram(z2, 5, 2), Labels({0, 0, 0, 1, 1}));
        QCOMPARE(cutDendrogram(z2, 5, 3), Labels({0, 1, 1, 2, 2}));

        QCOMPARE(seg::test::expectError([&] { cutDendrogram(z, 5, 0); }).kind(), ErrorKind::Usage);
        QCOMPARE(seg::test::expectError([&] { cutDendrogram(z, 5, 6); }).kind(), ErrorKind::Usage);
        QCOMPARE(seg::test::expectError([&] { cutDendrogram(z, 6, 2); }).kind(), ErrorKind::InvalidData);
        std::vector<WardMerge> bad = z;
        bad[1] = {1, 3, 2.0, 2}; // leaf 1 merged twice
        QCOMPARE(seg::test::expectError([&] { cutDendrogram(bad, 5, 2); }).kind(), ErrorKind::InvalidData);
        bad = z;
        bad[0] = {0, 6, 1.0, 2}; // cluster 6 does not exist yet
        QCOMPARE(seg::test::expectError([&] { cutDendrogram(bad, 5, 2); }).kind(), ErrorKind::InvalidData);
    }

    void progressAndCancellation()
    {
        const Matrix x = gaussianBlobs(3000, 4, 3, 3.0, 1);
        std::vector<double> fractions;
        int wardReports = 0;
        const Progress progress(nullptr, [&](double f, std::string_view stage) {
            fractions.push_back(f);
            wardReports += stage == "ward" ? 1 : 0;
        });
        ward(x, optionsFor(3), progress);
        QVERIFY(wardReports >= 100); // about one per 1% of the merges
        QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
        QVERIFY(fractions.front() >= 0.0);
        QCOMPARE(fractions.back(), 1.0);

        CancelToken token;
        token.cancel();
        bool cancelled = false;
        try {
            ward(x, optionsFor(3), Progress(&token, {}));
        } catch (const Cancelled &) {
            cancelled = true;
        }
        QVERIFY(cancelled);

        // Cancelled between merges, from the progress callback.
        CancelToken later;
        int calls = 0;
        cancelled = false;
        try {
            ward(x, optionsFor(3), Progress(&later, [&](double, std::string_view stage) {
                     if (stage == "ward" && ++calls == 3)
                         later.cancel();
                 }));
        } catch (const Cancelled &) {
            cancelled = true;
        }
        QVERIFY(cancelled);
        QCOMPARE(calls, 3);

        // Micro-cluster mode: k-means first, then Ward, in one monotone range.
        fractions.clear();
        WardOptions options = optionsFor(3);
        options.exactLimit = 1000;
        options.microClusters = 100;
        std::vector<std::string> stages;
        ward(x, options, Progress(nullptr, [&](double f, std::string_view stage) {
                 fractions.push_back(f);
                 if (stages.empty() || stages.back() != stage)
                     stages.emplace_back(stage);
             }));
        QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
        QCOMPARE(fractions.back(), 1.0);
        QCOMPARE(stages, std::vector<std::string>({"k-means", "ward"}));
    }

    void invalidOptions()
    {
        const Matrix x = gaussianBlobs(20, 2, 2, 5.0, 3);
        WardOptions options = optionsFor(21);
        Error e = seg::test::expectError([&] { ward(x, options); });
        QCOMPARE(e.kind(), ErrorKind::Usage);
        QCOMPARE(e.detail(), std::string("k = 21 must be between 1 and the number of rows (20)"));
        options.k = 0;
        QCOMPARE(seg::test::expectError([&] { ward(x, options); }).kind(), ErrorKind::Usage);
        options.k = -2;
        QCOMPARE(seg::test::expectError([&] { ward(x, options); }).kind(), ErrorKind::Usage);
        options.k = 1;
        QCOMPARE(seg::test::expectError([&] { ward(Matrix(0, 2), options); }).kind(), ErrorKind::Usage);
        options.k = 5;
        options.microClusters = 4;
        e = seg::test::expectError([&] { ward(x, options); });
        QCOMPARE(e.kind(), ErrorKind::Usage);
        QCOMPARE(e.detail(), std::string("the number of micro-clusters (4) must be at least k (5)"));
        options.microClusters = 100;
        options.exactLimit = 50;
        QCOMPARE(seg::test::expectError([&] { ward(x, options); }).kind(), ErrorKind::Usage);
        options.microClusters = 5;
        options.exactLimit = 1;
        QCOMPARE(seg::test::expectError([&] { ward(x, options); }).kind(), ErrorKind::Usage);
        options.exactLimit = 5;
        QVERIFY(ward(x, options).approximate); // 20 rows summarised into 5 micro-clusters
    }

    void invalidData()
    {
        Matrix x = gaussianBlobs(20, 3, 2, 5.0, 3);
        const WardOptions options = optionsFor(2);
        x(13, 1) = std::nan("");
        Error e = seg::test::expectError([&] { ward(x, options); });
        QCOMPARE(e.kind(), ErrorKind::InvalidData);
        QVERIFY2(e.detail().find("row 14, feature 2") != std::string::npos, e.detail().c_str());
        x(13, 1) = 0.0;
        x(19, 2) = -std::numeric_limits<double>::infinity();
        e = seg::test::expectError([&] { ward(x, options); });
        QCOMPARE(e.kind(), ErrorKind::InvalidData);
        QVERIFY2(e.detail().find("row 20, feature 3") != std::string::npos, e.detail().c_str());
        x(19, 2) = 2e120;
        QCOMPARE(seg::test::expectError([&] { ward(x, options); }).kind(), ErrorKind::InvalidData);
        x(19, 2) = 1e120; // the largest magnitude allowed
        QVERIFY(std::isfinite(ward(x, options).withinSumOfSquares));
    }
};

QTEST_APPLESS_MAIN(TestWard)
#include "test_ward.moc"
