// Tests for engine/cluster/density.h: DBSCAN and HDBSCAN on hand-computed cases (core, border
// and noise rows; minimum spanning tree, condensed tree, stabilities and memberships worked out
// in the comments), DBSCAN against a literal transcription of scikit-learn's algorithm, the
// minimum spanning tree against Kruskal's algorithm on the full mutual-reachability matrix,
// planted blobs of different densities in uniform noise, the k-distance curve and its knee,
// assignment of new rows, determinism across thread counts, progress, cancellation and errors.
// Every expected value is computed here, independently of the code under test.

#include "engine/cluster/clustering.h"
#include "engine/cluster/density.h"
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
#include <numeric>
#include <set>
#include <string>
#include <vector>

using namespace seg;
using seg::test::close;
using seg::test::matrixOf;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// A column of values as an n × 1 matrix.
Matrix column(const std::vector<double> &values)
{
    Matrix x(static_cast<Eigen::Index>(values.size()), 1);
    for (std::size_t i = 0; i < values.size(); ++i)
        x(static_cast<Eigen::Index>(i), 0) = values[i];
    return x;
}

double euclidean(const Matrix &x, Eigen::Index i, Eigen::Index j)
{
    double sum = 0.0;
    for (Eigen::Index t = 0; t < x.cols(); ++t)
        sum += (x(i, t) - x(j, t)) * (x(i, t) - x(j, t));
    return std::sqrt(sum);
}

// Renumbers cluster ids 0, 1, ... by first row; -1 stays.
Labels byFirstRow(const Labels &labels)
{
    std::vector<std::int32_t> map;
    Labels out(labels.size(), -1);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] < 0)
            continue;
        const auto l = static_cast<std::size_t>(labels[i]);
        if (map.size() <= l)
            map.resize(l + 1, -1);
        if (map[l] < 0)
            map[l] = static_cast<std::int32_t>(std::count_if(map.begin(), map.end(), [](std::int32_t v) { return v >= 0; }));
        out[i] = map[l];
    }
    return out;
}

// scikit-learn's DBSCAN transcribed literally (sklearn/cluster/_dbscan.py and _dbscan_inner.pyx):
// all eps-neighbourhoods (the row itself included), core = neighbourhood size >= min_samples, then
// for each core row in row order not yet labelled, a depth-first expansion through core rows.
// Distances by the plain formula, summed in feature order. Renumbered by first row at the end.
Labels naiveDbscan(const Matrix &x, double eps, int minSamples)
{
    const Eigen::Index n = x.rows();
    std::vector<std::vector<Eigen::Index>> neighbourhoods(static_cast<std::size_t>(n));
    for (Eigen::Index i = 0; i < n; ++i)
        for (Eigen::Index j = 0; j < n; ++j)
            if (euclidean(x, i, j) <= eps)
                neighbourhoods[static_cast<std::size_t>(i)].push_back(j);
    std::vector<bool> core(static_cast<std::size_t>(n));
    for (Eigen::Index i = 0; i < n; ++i)
        core[static_cast<std::size_t>(i)] = neighbourhoods[static_cast<std::size_t>(i)].size() >= static_cast<std::size_t>(minSamples);
    Labels labels(static_cast<std::size_t>(n), -1);
    std::int32_t label = 0;
    for (Eigen::Index start = 0; start < n; ++start) {
        if (labels[static_cast<std::size_t>(start)] != -1 || !core[static_cast<std::size_t>(start)])
            continue;
        std::vector<Eigen::Index> stack;
        Eigen::Index i = start;
        while (true) {
            if (labels[static_cast<std::size_t>(i)] == -1) {
                labels[static_cast<std::size_t>(i)] = label;
                if (core[static_cast<std::size_t>(i)])
                    for (const Eigen::Index j : neighbourhoods[static_cast<std::size_t>(i)])
                        if (labels[static_cast<std::size_t>(j)] == -1)
                            stack.push_back(j);
            }
            if (stack.empty())
                break;
            i = stack.back();
            stack.pop_back();
        }
        ++label;
    }
    return byFirstRow(labels);
}

// Core distances by sorting every row's distances (itself included, at 0): the k-th smallest.
std::vector<double> naiveCoreDistances(const Matrix &x, int k)
{
    std::vector<double> core(static_cast<std::size_t>(x.rows()));
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
        std::vector<double> d;
        for (Eigen::Index j = 0; j < x.rows(); ++j)
            d.push_back(euclidean(x, i, j));
        std::sort(d.begin(), d.end());
        core[static_cast<std::size_t>(i)] = d[static_cast<std::size_t>(k) - 1];
    }
    return core;
}

// Total weight of a minimum spanning tree of the full mutual-reachability matrix, by Kruskal's
// algorithm (all n(n-1)/2 edges sorted, union-find).
double kruskalWeight(const Matrix &x, const std::vector<double> &core)
{
    struct Edge
    {
        double w;
        Eigen::Index a, b;
    };
    std::vector<Edge> edges;
    for (Eigen::Index i = 0; i < x.rows(); ++i)
        for (Eigen::Index j = i + 1; j < x.rows(); ++j)
            edges.push_back({std::max({euclidean(x, i, j), core[static_cast<std::size_t>(i)], core[static_cast<std::size_t>(j)]}), i, j});
    std::sort(edges.begin(), edges.end(), [](const Edge &a, const Edge &b) { return a.w < b.w; });
    std::vector<Eigen::Index> parent(static_cast<std::size_t>(x.rows()));
    std::iota(parent.begin(), parent.end(), 0);
    const auto find = [&](Eigen::Index v) {
        while (parent[static_cast<std::size_t>(v)] != v)
            v = parent[static_cast<std::size_t>(v)];
        return v;
    };
    double total = 0.0;
    for (const Edge &e : edges) {
        const Eigen::Index ra = find(e.a), rb = find(e.b);
        if (ra != rb) {
            parent[static_cast<std::size_t>(ra)] = rb;
            total += e.w;
        }
    }
    return total;
}

// Gaussian blobs of different spreads plus uniform background noise in `dims` dimensions:
// blob j has sizes[j] rows N(centre_j, spread_j^2 I); the background `noise` rows are uniform on
// [lo, hi]^dims. truth: the blob of each row, -1 for background.
struct Blob
{
    std::vector<double> centre;
    double spread;
    int rows;
};

Matrix blobsWithNoise(const std::vector<Blob> &blobs, int noise, double lo, double hi, std::uint64_t seed,
                      Labels *truth = nullptr)
{
    const auto dims = static_cast<Eigen::Index>(blobs.front().centre.size());
    int n = noise;
    for (const Blob &b : blobs)
        n += b.rows;
    Matrix x(n, dims);
    Labels labels;
    Rng rng(seed);
    Eigen::Index i = 0;
    for (std::size_t j = 0; j < blobs.size(); ++j)
        for (int r = 0; r < blobs[j].rows; ++r, ++i) {
            for (Eigen::Index t = 0; t < dims; ++t)
                x(i, t) = blobs[j].centre[static_cast<std::size_t>(t)] + blobs[j].spread * rng.normal();
            labels.push_back(static_cast<std::int32_t>(j));
        }
    for (int r = 0; r < noise; ++r, ++i) {
        for (Eigen::Index t = 0; t < dims; ++t)
            x(i, t) = lo + (hi - lo) * rng.uniform();
        labels.push_back(-1);
    }
    if (truth)
        *truth = labels;
    return x;
}

// Three blobs of different densities in 3-D (tight, loose, medium) and a uniform background.
Matrix threeBlobs(std::uint64_t seed, Labels *truth = nullptr, int scale = 1)
{
    return blobsWithNoise({{{0.0, 0.0, 0.0}, 0.3, 600 * scale},
                           {{8.0, 0.0, 0.0}, 1.0, 400 * scale},
                           {{0.0, 8.0, 0.0}, 0.6, 300 * scale}},
                          150 * scale, -4.0, 12.0, seed, truth);
}

Matrix uniformRows(int rows, int dims, double spread, std::uint64_t seed)
{
    Rng rng(seed);
    Matrix x(rows, dims);
    for (Eigen::Index i = 0; i < x.rows(); ++i)
        for (Eigen::Index t = 0; t < dims; ++t)
            x(i, t) = spread * rng.uniform();
    return x;
}

bool bitIdentical(const Matrix &a, const Matrix &b)
{
    return a.rows() == b.rows() && a.cols() == b.cols()
        && std::memcmp(a.data(), b.data(), static_cast<std::size_t>(a.size()) * sizeof(double)) == 0;
}

bool bitIdentical(const DensityResult &a, const DensityResult &b)
{
    return a.labels == b.labels && a.clusterCount == b.clusterCount && a.noiseCount == b.noiseCount
        && bitIdentical(a.centers, b.centers) && a.membership == b.membership
        && a.clusterStability == b.clusterStability && bitIdentical(a.corePoints, b.corePoints)
        && a.coreLabels == b.coreLabels && a.coreRadius == b.coreRadius && a.coreRows == b.coreRows;
}

// The result's own invariants: labels in range, counts, centres as the mean of their rows, and
// the core points as copies of their rows with those rows' labels.
void checkConsistent(const Matrix &x, const DensityResult &r)
{
    QCOMPARE(r.labels.size(), static_cast<std::size_t>(x.rows()));
    QCOMPARE(r.noiseCount, static_cast<std::size_t>(std::count(r.labels.begin(), r.labels.end(), -1)));
    std::int32_t next = 0; // numbered by first row
    for (const std::int32_t l : r.labels) {
        QVERIFY(l >= -1 && l <= next);
        if (l == next)
            ++next;
    }
    QCOMPARE(next, r.clusterCount);
    QCOMPARE(r.centers.rows(), static_cast<Eigen::Index>(r.clusterCount));
    QCOMPARE(r.centers.cols(), x.cols());
    for (int c = 0; c < r.clusterCount; ++c) {
        RowVector sum = RowVector::Zero(x.cols());
        double count = 0.0;
        for (Eigen::Index i = 0; i < x.rows(); ++i)
            if (r.labels[static_cast<std::size_t>(i)] == c) {
                sum += x.row(i);
                count += 1.0;
            }
        for (Eigen::Index t = 0; t < x.cols(); ++t)
            VERIFY_CLOSE_TOL(r.centers(c, t), sum(t) / count, 1e-12);
    }
    QCOMPARE(static_cast<std::size_t>(r.corePoints.rows()), r.coreRows.size());
    QCOMPARE(r.coreLabels.size(), r.coreRows.size());
    QCOMPARE(r.coreRadius.size(), r.coreRows.size());
    for (std::size_t j = 0; j < r.coreRows.size(); ++j) {
        QVERIFY(j == 0 || r.coreRows[j] > r.coreRows[j - 1]);
        QVERIFY(r.corePoints.row(static_cast<Eigen::Index>(j)) == x.row(static_cast<Eigen::Index>(r.coreRows[j])));
        QCOMPARE(r.coreLabels[j], r.labels[r.coreRows[j]]);
        QVERIFY(r.coreLabels[j] >= 0);
    }
}

template<typename F> ErrorKind errorKindOf(F &&f, std::string *detail = nullptr)
{
    try {
        f();
    } catch (const Error &e) {
        if (detail)
            *detail = e.detail();
        return e.kind();
    }
    QTest::qFail("no seg::Error thrown", __FILE__, __LINE__);
    return ErrorKind::Io;
}

DbscanOptions dbscanOptions(double eps, int minSamples)
{
    DbscanOptions o;
    o.eps = eps;
    o.minSamples = minSamples;
    return o;
}

HdbscanOptions hdbscanOptions(int minClusterSize, int minSamples)
{
    HdbscanOptions o;
    o.minClusterSize = minClusterSize;
    o.minSamples = minSamples;
    return o;
}

} // namespace

class TestDensity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { setThreadCount(0); }

    void dbscanHandCase()
    {
        // eps = 1, minSamples = 4 (the row itself counted), on a line (second feature constant):
        //   cluster P: 0, 0.25, 0.5, 1      each has P's 4 rows within 1 (1 also has 2) -> core
        //   b = 2:     within 1 of 1, 2, 3  3 rows -> not core; 1 and 3 are core -> border,
        //              reached by both clusters at exactly eps (distance <= eps counts)
        //   cluster Q: 3, 3.5, 3.75, 4      3 also has 2 (5 rows), the others exactly Q -> core
        //   4.9:       within 1 of 4, 4.9   2 rows -> not core; 4 is core -> border of Q
        //   6.5, -1.5: nothing within 1 but themselves (-1.5 is 1.5 from 0) -> noise
        // Row order puts Q's first core row (3.5, row 0) before P's, so scikit-learn expands Q
        // first and b (row 1) joins Q. Numbered by first row: Q = 0, P = 1.
        const std::vector<double> values {3.5, 2.0, 0.0, 6.5, 0.25, 3.0, 4.9, 0.5, 1.0, 3.75, -1.5, 4.0};
        Matrix x(static_cast<Eigen::Index>(values.size()), 2);
        for (std::size_t i = 0; i < values.size(); ++i) {
            x(static_cast<Eigen::Index>(i), 0) = values[i];
            x(static_cast<Eigen::Index>(i), 1) = 7.0;
        }
        const DensityResult r = dbscan(x, dbscanOptions(1.0, 4));
        QCOMPARE(r.labels, (Labels {0, 0, 1, -1, 1, 0, 0, 1, 1, 0, -1, 0}));
        QCOMPARE(r.labels, naiveDbscan(x, 1.0, 4));
        QCOMPARE(r.clusterCount, 2);
        QCOMPARE(r.noiseCount, std::size_t(2));
        QCOMPARE(r.coreRows, (std::vector<std::size_t> {0, 2, 4, 5, 7, 8, 9, 11}));
        QCOMPARE(r.coreLabels, (std::vector<std::int32_t> {0, 1, 1, 0, 1, 1, 0, 0}));
        QCOMPARE(r.coreRadius, std::vector<double>(8, 1.0));
        // Q = {3.5, 2, 3, 4.9, 3.75, 4}: mean 21.15 / 6; P = {0, 0.25, 0.5, 1}: mean 0.4375.
        VERIFY_CLOSE_TOL(r.centers(0, 0), 21.15 / 6.0, 1e-15);
        QCOMPARE(r.centers(1, 0), 0.4375);
        QCOMPARE(r.centers(0, 1), 7.0);
        QVERIFY(r.membership.empty());
        QVERIFY(r.clusterStability.empty());
        checkConsistent(x, r);

        // The same rows with 0 (a core row of P) moved to the front: scikit-learn now expands P
        // first, so b joins P. Numbered by first row: P = 0, Q = 1.
        const Matrix moved = column({0.0, 3.5, 2.0, 6.5, 0.25, 3.0, 4.9, 0.5, 1.0, 3.75, -1.5, 4.0});
        const DensityResult pFirst = dbscan(moved, dbscanOptions(1.0, 4));
        QCOMPARE(pFirst.labels, (Labels {0, 1, 0, -1, 0, 1, 1, 0, 0, 1, -1, 1}));
        QCOMPARE(pFirst.labels, naiveDbscan(moved, 1.0, 4));

        // minSamples = 5: only 1, 3 and 4 (5 rows each) are core; 3 and 4 are exactly eps apart,
        // so one cluster, and 1 another; the other rows of P and Q are border rows; b is reached
        // by 1 and 3 and joins 3's cluster (core row 5 comes before core row 8). Row 0 (3.5), a
        // border row, numbers its cluster first, as scikit-learn does here too. minSamples = 1: every row is core, and the chain -1.5 .. 4.9 breaks only
        // at gaps over 1 (between -1.5 and 0, between 4.9 and 6.5).
        QCOMPARE(dbscan(x, dbscanOptions(1.0, 5)).labels, (Labels {0, 0, 1, -1, 1, 0, 0, 1, 1, 0, -1, 0}));
        QCOMPARE(dbscan(x, dbscanOptions(1.0, 5)).coreRows, (std::vector<std::size_t> {5, 8, 11}));
        QCOMPARE(dbscan(x, dbscanOptions(1.0, 1)).labels, (Labels {0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 2, 0}));
        // eps = 0.2: nothing has 4 rows that close -> all noise.
        const DensityResult none = dbscan(x, dbscanOptions(0.2, 4));
        QCOMPARE(none.labels, Labels(12, -1));
        QCOMPARE(none.clusterCount, 0);
        QCOMPARE(none.centers.rows(), Eigen::Index(0));
        QCOMPARE(none.corePoints.rows(), Eigen::Index(0));
    }

    void dbscanMatchesNaiveReference_data()
    {
        QTest::addColumn<double>("eps");
        QTest::addColumn<int>("minSamples");
        QTest::addColumn<int>("dims");
        QTest::newRow("eps 0.6, 5, 2-D") << 0.6 << 5 << 2;
        QTest::newRow("eps 0.35, 3, 2-D") << 0.35 << 3 << 2;
        QTest::newRow("eps 1.0, 10, 2-D") << 1.0 << 10 << 2;
        QTest::newRow("eps 1.5, 4, 5-D") << 1.5 << 4 << 5;
        QTest::newRow("eps 100, 5, 2-D (one cluster)") << 100.0 << 5 << 2;
    }
    void dbscanMatchesNaiveReference()
    {
        // 300 rows: three blobs and background, so there are cores, borders between clusters
        // and noise. Labels must be identical (same partition and numbering).
        QFETCH(double, eps);
        QFETCH(int, minSamples);
        QFETCH(int, dims);
        std::vector<Blob> blobs;
        for (int j = 0; j < 3; ++j) {
            Blob b {std::vector<double>(static_cast<std::size_t>(dims), 0.0), 0.4 + 0.3 * j, 80};
            b.centre[0] = 3.0 * j;
            blobs.push_back(b);
        }
        const Matrix x = blobsWithNoise(blobs, 60, -3.0, 9.0, 17);
        const DensityResult r = dbscan(x, dbscanOptions(eps, minSamples));
        QCOMPARE(r.labels, naiveDbscan(x, eps, minSamples));
        checkConsistent(x, r);
        // Core rows: exactly those with minSamples rows within eps.
        std::vector<std::size_t> coreRows;
        for (Eigen::Index i = 0; i < x.rows(); ++i) {
            int count = 0;
            for (Eigen::Index j = 0; j < x.rows(); ++j)
                count += euclidean(x, i, j) <= eps ? 1 : 0;
            if (count >= minSamples)
                coreRows.push_back(static_cast<std::size_t>(i));
        }
        QCOMPARE(r.coreRows, coreRows);
    }

    void dbscanDuplicatesAndSingleRow()
    {
        // 40 copies of one row and 3 of another: the copies are one cluster (distance 0 <= eps).
        Matrix x(43, 3);
        for (Eigen::Index i = 0; i < 43; ++i)
            x.row(i) = i < 40 ? RowVector::Constant(3, 1.5) : RowVector::Constant(3, -2.0);
        const DensityResult r = dbscan(x, dbscanOptions(0.1, 5));
        Labels expected(43, 0);
        std::fill(expected.begin() + 40, expected.end(), -1);
        QCOMPARE(r.labels, expected);
        QCOMPARE(r.coreRows.size(), std::size_t(40));
        QCOMPARE(dbscan(matrixOf({{1.0, 2.0}}), dbscanOptions(0.5, 1)).labels, Labels {0});
        QCOMPARE(dbscan(matrixOf({{1.0, 2.0}}), dbscanOptions(0.5, 2)).labels, Labels {-1});
    }

    void coreDistancesCountTheRowItself()
    {
        // Rows 0, 1, 3, 7, 15: k = 1 -> 0; k = 2 -> the nearest other row; k = 3 -> the second.
        const Matrix x = column({0.0, 1.0, 3.0, 7.0, 15.0});
        QCOMPARE(detail::coreDistances(x, 1), std::vector<double>(5, 0.0));
        QCOMPARE(detail::coreDistances(x, 2), (std::vector<double> {1.0, 1.0, 2.0, 4.0, 8.0}));
        QCOMPARE(detail::coreDistances(x, 3), (std::vector<double> {3.0, 2.0, 3.0, 6.0, 12.0}));
        QCOMPARE(detail::coreDistances(x, 5), (std::vector<double> {15.0, 14.0, 12.0, 8.0, 15.0}));
        // Random rows against sorting all distances.
        const Matrix y = uniformRows(400, 4, 10.0, 5);
        for (const int k : {1, 2, 7, 40}) {
            const std::vector<double> core = detail::coreDistances(y, k);
            const std::vector<double> expected = naiveCoreDistances(y, k);
            for (std::size_t i = 0; i < core.size(); ++i)
                VERIFY_CLOSE_TOL(core[i], expected[i], 1e-14);
        }
    }

    void mstMatchesKruskal_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("dims");
        QTest::addColumn<int>("k");
        QTest::newRow("250 × 3, k 5") << 250 << 3 << 5;
        QTest::newRow("300 × 2, k 1 (single linkage)") << 300 << 2 << 1;
        QTest::newRow("200 × 6, k 20") << 200 << 6 << 20;
        QTest::newRow("5000 × 2, k 10 (several blocks)") << 5000 << 2 << 10;
    }
    void mstMatchesKruskal()
    {
        QFETCH(int, rows);
        QFETCH(int, dims);
        QFETCH(int, k);
        const Matrix x = rows > 1000 ? uniformRows(rows, dims, 10.0, 3)
                                     : blobsWithNoise({{std::vector<double>(static_cast<std::size_t>(dims), 0.0), 1.0, rows / 2},
                                                       {std::vector<double>(static_cast<std::size_t>(dims), 4.0), 0.5, rows / 4}},
                                                      rows - rows / 2 - rows / 4, -3.0, 7.0, 11);
        const std::vector<double> core = detail::coreDistances(x, k);
        const std::vector<detail::MstEdge> edges = detail::mutualReachabilityMst(x, core);
        QCOMPARE(edges.size(), static_cast<std::size_t>(rows - 1));
        // A spanning tree: every row reached once, each edge from a row already in the tree,
        // each weight the mutual-reachability distance of its ends.
        std::vector<bool> inTree(static_cast<std::size_t>(rows), false);
        inTree[0] = true;
        double total = 0.0;
        for (const detail::MstEdge &e : edges) {
            QVERIFY(inTree[static_cast<std::size_t>(e.a)]);
            QVERIFY(!inTree[static_cast<std::size_t>(e.b)]);
            inTree[static_cast<std::size_t>(e.b)] = true;
            const double expected = std::max({euclidean(x, e.a, e.b), core[static_cast<std::size_t>(e.a)],
                                              core[static_cast<std::size_t>(e.b)]});
            VERIFY_CLOSE_TOL(e.weight, expected, 1e-14);
            total += e.weight;
        }
        // Minimum: the same total as Kruskal's on the full matrix (MST weights are unique).
        if (rows <= 1000)
            VERIFY_CLOSE_TOL(total, kruskalWeight(x, core), 1e-12);
        else
            QVERIFY(total > 0.0);
    }

    void hdbscanHandCase()
    {
        // Rows (1-D): group A = {0, 1, 2, 4, 8}, group B = {100, 100.5, 101, 102, 104}, far row
        // 1000, interleaved. minClusterSize 3, minSamples 2 (the row itself and its nearest
        // other row), so the core distance is the distance to the nearest other row:
        //   A: 0 -> 1, 1 -> 1, 2 -> 1, 4 -> 2, 8 -> 4      B: 100, 100.5, 101 -> 0.5, 102 -> 1, 104 -> 2
        //   1000 -> 896 (to 104)
        // Mutual reachability max(core_a, core_b, |a - b|); the minimum spanning tree:
        //   A: 0-1 1, 1-2 1, 2-4 2, 4-8 4   B: 100-100.5 0.5, 100.5-101 0.5, 101-102 1, 102-104 2
        //   A-B: 8-100 max(4, 0.5, 92) = 92   far: 104-1000 max(2, 896, 896) = 896
        //   total 8 + 4 + 92 + 896 = 1000.
        // Condensed tree (lambda = 1 / distance):
        //   root (11 rows) at 896: {1000} is smaller than 3 -> leaves the root at 1/896;
        //   at 92: A and B have 5 rows each -> two clusters born at lambda 1/92;
        //   A: at 4 row 8 leaves (lambda 0.25), at 2 row 4 (0.5), at 1 the rest splits into parts
        //      smaller than 3 -> 0, 1, 2 leave at 1;
        //   B: 104 leaves at 0.5, 102 at 1, then 100, 100.5, 101 at 2.
        // Stability = sum over rows of (lambda_leave - 1/92):
        //   A: 0.25 + 0.5 + 3 · 1 - 5/92 = 3.75 - 5/92     B: 0.5 + 1 + 3 · 2 - 5/92 = 7.5 - 5/92
        // Excess of mass: A and B have no child clusters -> both selected (the root never is).
        // Membership: lambda_leave / (largest lambda in the cluster): A 1 1 1 0.5 0.25 for
        // 0 1 2 4 8; B 1 1 1 0.5 0.25 for 100 100.5 101 102 104.
        const Matrix x = column({100.0, 0.0, 1000.0, 1.0, 100.5, 101.0, 2.0, 4.0, 104.0, 8.0, 102.0});
        const DensityResult r = hdbscan(x, hdbscanOptions(3, 2));
        QCOMPARE(r.labels, (Labels {0, 1, -1, 1, 0, 0, 1, 1, 0, 1, 0}));
        QCOMPARE(r.clusterCount, 2);
        QCOMPARE(r.noiseCount, std::size_t(1));
        QCOMPARE(r.clusterStability.size(), std::size_t(2));
        VERIFY_CLOSE_TOL(r.clusterStability[0], 7.5 - 5.0 / 92.0, 1e-14); // B (row 0 first)
        VERIFY_CLOSE_TOL(r.clusterStability[1], 3.75 - 5.0 / 92.0, 1e-14);
        QCOMPARE(r.membership, (std::vector<double> {1.0, 1.0, 0.0, 1.0, 1.0, 1.0, 1.0, 0.5, 0.25, 0.25, 0.5}));
        QCOMPARE(r.centers(0, 0), 507.5 / 5.0);
        QCOMPARE(r.centers(1, 0), 3.0);
        // Every clustered row is a core point with its core distance as radius.
        QCOMPARE(r.coreRows, (std::vector<std::size_t> {0, 1, 3, 4, 5, 6, 7, 8, 9, 10}));
        QCOMPARE(r.coreRadius, (std::vector<double> {0.5, 1.0, 1.0, 0.5, 0.5, 1.0, 2.0, 2.0, 4.0, 1.0}));
        checkConsistent(x, r);

        const std::vector<detail::MstEdge> edges = detail::mutualReachabilityMst(x, detail::coreDistances(x, 2));
        double total = 0.0;
        std::multiset<double> weights;
        for (const detail::MstEdge &e : edges) {
            total += e.weight;
            weights.insert(e.weight);
        }
        QCOMPARE(total, 1000.0);
        QCOMPARE(weights, (std::multiset<double> {0.5, 0.5, 1.0, 1.0, 1.0, 2.0, 2.0, 4.0, 92.0, 896.0}));

        // minClusterSize 6: A and B are too small to split, so the root's only candidate
        // clusters are gone and everything is noise.
        const DensityResult big = hdbscan(x, hdbscanOptions(6, 2));
        QCOMPARE(big.labels, Labels(11, -1));
        QCOMPARE(big.clusterCount, 0);
        QCOMPARE(big.membership, std::vector<double>(11, 0.0));
        QVERIFY(big.clusterStability.empty());
    }

    void hdbscanParentBeatsChildren()
    {
        // A = {0, 1, 2}, B = {3.5, 4.5, 5.5} close together, C = {100, 101, 102} far away;
        // minClusterSize 3, minSamples 2: every core distance is 1.
        // MST: inside each group 1, 1; A-B: 2-3.5 max(1, 1, 1.5) = 1.5; B-C: 5.5-100 = 94.5.
        // Condensed: the root splits at 94.5 into AB (6 rows) and C (3 rows), both born at
        // lambda 1/94.5 = 2/189; AB splits at 1.5 into A and B, born at lambda 2/3; every row of
        // A, B and C leaves at lambda 1 (the splits at distance 1 leave parts smaller than 3).
        // Stabilities: A = B = 3 (1 - 2/3) = 1; AB = 6 (2/3 - 2/189) = 4 - 12/189;
        // C = 3 (1 - 2/189) = 3 - 6/189. Excess of mass: A + B = 2 < 4 - 12/189, so AB is
        // selected and A and B are not; C is selected.
        // Membership in AB: its largest child lambda is 2/3 (the birth of A and B), every row's
        // lambda 1 is capped to it -> 1. In C: 1 / 1 = 1.
        const Matrix x = column({0.0, 100.0, 1.0, 3.5, 101.0, 2.0, 4.5, 5.5, 102.0});
        const DensityResult r = hdbscan(x, hdbscanOptions(3, 2));
        QCOMPARE(r.labels, (Labels {0, 1, 0, 0, 1, 0, 0, 0, 1}));
        VERIFY_CLOSE_TOL(r.clusterStability[0], 4.0 - 12.0 / 189.0, 1e-14);
        VERIFY_CLOSE_TOL(r.clusterStability[1], 3.0 - 6.0 / 189.0, 1e-14);
        QCOMPARE(r.membership, std::vector<double>(9, 1.0));

        // Move B away (B = {13.5, 14.5, 15.5}, gap 11.5): A and B, born at 1/11.5, have
        // stability 3 (1 - 2/23) each, AB 6 (2/23 - 1/84.5); the children win: three clusters.
        const Matrix y = column({0.0, 100.0, 1.0, 13.5, 101.0, 2.0, 14.5, 15.5, 102.0});
        const DensityResult s = hdbscan(y, hdbscanOptions(3, 2));
        QCOMPARE(s.labels, (Labels {0, 1, 0, 2, 1, 0, 2, 2, 1}));
        VERIFY_CLOSE_TOL(s.clusterStability[0], 3.0 * (1.0 - 2.0 / 23.0), 1e-14);
        VERIFY_CLOSE_TOL(s.clusterStability[1], 3.0 * (1.0 - 1.0 / 84.5), 1e-14);
        VERIFY_CLOSE_TOL(s.clusterStability[2], 3.0 * (1.0 - 2.0 / 23.0), 1e-14);
    }

    void hdbscanRecoversBlobs()
    {
        // Blobs of spread 0.3, 1.0 and 0.6 (600, 400, 300 rows) in 3-D, 150 uniform rows on
        // [-4, 12]^3 around them.
        Labels truth;
        const Matrix x = threeBlobs(21, &truth);
        const DensityResult r = hdbscan(x, hdbscanOptions(40, 10));
        QCOMPARE(r.clusterCount, 3);
        checkConsistent(x, r);
        Labels a, b;
        std::size_t blobNoise = 0, backgroundNoise = 0, background = 0;
        for (std::size_t i = 0; i < truth.size(); ++i) {
            if (truth[i] < 0) {
                ++background;
                backgroundNoise += r.labels[i] < 0 ? 1 : 0;
            } else if (r.labels[i] < 0) {
                ++blobNoise;
            } else {
                a.push_back(truth[i]);
                b.push_back(r.labels[i]);
            }
        }
        qInfo("blob rows as noise %zu of 1300, background as noise %zu of %zu", blobNoise, backgroundNoise, background);
        QVERIFY(adjustedRandIndex(a, b) >= 0.99);
        QVERIFY(blobNoise <= 130);                  // at most 10% of the blobs' rows
        QVERIFY(backgroundNoise * 10 >= background * 8); // at least 80% of the background
        QVERIFY(r.noiseCount == blobNoise + backgroundNoise);
        // Centres near the blobs' centres, stabilities positive, memberships in [0, 1], 0 only for noise.
        const double centres[3][3] = {{0, 0, 0}, {8, 0, 0}, {0, 8, 0}};
        for (int c = 0; c < 3; ++c)
            QVERIFY((r.centers.row(c) - Eigen::Map<const RowVector>(centres[c], 3)).norm() < 0.5);
        for (const double s : r.clusterStability)
            QVERIFY(s > 0.0 && std::isfinite(s));
        for (std::size_t i = 0; i < r.labels.size(); ++i) {
            QVERIFY(r.membership[i] >= 0.0 && r.membership[i] <= 1.0);
            QVERIFY((r.membership[i] > 0.0) == (r.labels[i] >= 0));
        }
        QVERIFY(std::count(r.membership.begin(), r.membership.end(), 1.0) > 0);

        // The default minSamples (= minClusterSize) finds the same three blobs.
        const DensityResult d = hdbscan(x, hdbscanOptions(40, 0));
        QCOMPARE(d.clusterCount, 3);
        QVERIFY(adjustedRandIndex(r.labels, d.labels) > 0.9);
    }

    void hdbscanEdgeCases()
    {
        // One row; fewer rows than 2 · minClusterSize; minSamples above the row count.
        const DensityResult one = hdbscan(matrixOf({{1.0, 2.0}}), hdbscanOptions(2, 0));
        QCOMPARE(one.labels, Labels {-1});
        QCOMPARE(one.membership, std::vector<double> {0.0});
        QCOMPARE(one.clusterCount, 0);
        const Matrix x = threeBlobs(4);
        const DensityResult few = hdbscan(x.topRows(79), hdbscanOptions(40, 5));
        QCOMPARE(few.labels, Labels(79, -1));
        QCOMPARE(few.noiseCount, std::size_t(79));
        QCOMPARE(hdbscan(x.topRows(30), hdbscanOptions(3, 500)).labels.size(), std::size_t(30));

        // Duplicate rows: two groups of 10 copies. Core distances are 0, so the rows leave their
        // group at lambda = infinity: infinite stability, membership 1.
        Matrix dup(20, 2);
        for (Eigen::Index i = 0; i < 20; ++i)
            dup.row(i) = i % 2 == 0 ? RowVector::Constant(2, 0.0) : RowVector::Constant(2, 10.0);
        const DensityResult r = hdbscan(dup, hdbscanOptions(5, 5));
        Labels expected(20);
        for (std::size_t i = 0; i < 20; ++i)
            expected[i] = static_cast<std::int32_t>(i % 2);
        QCOMPARE(r.labels, expected);
        QCOMPARE(r.clusterStability, (std::vector<double> {kInf, kInf}));
        QCOMPARE(r.membership, std::vector<double>(20, 1.0));
        checkConsistent(dup, r);
    }

    void kDistanceCurveHandCase()
    {
        // Rows 0, 1, 3, 7, 15 with minSamples 2: distances to the nearest other row 1, 1, 2, 4, 8.
        // Kneedle: x = 0, 1/4, 1/2, 3/4, 1 and y = (v - 1) / 7 = 0, 0, 1/7, 3/7, 1; the largest
        // x - y (1/2 - 1/7 = 0.357 against 0.25 and 0.321) is at the third point: eps 2.
        const KDistanceCurve curve = kDistanceCurve(column({7.0, 0.0, 15.0, 3.0, 1.0}), 2, 0, 0);
        QCOMPARE(curve.distances, (std::vector<double> {1.0, 1.0, 2.0, 4.0, 8.0}));
        QCOMPARE(curve.suggestedEps, 2.0);
        // minSamples 1: every distance is 0 (the row itself), a flat curve.
        const KDistanceCurve flat = kDistanceCurve(column({7.0, 0.0, 15.0}), 1, 0, 0);
        QCOMPARE(flat.distances, std::vector<double>(3, 0.0));
        QCOMPARE(flat.suggestedEps, 0.0);
    }

    void kDistanceCurveOnBlobs()
    {
        Labels truth;
        const Matrix x = threeBlobs(8, &truth);
        const int k = 10;
        const KDistanceCurve all = kDistanceCurve(x, k, 0, 0);
        QCOMPARE(all.distances.size(), static_cast<std::size_t>(x.rows()));
        QVERIFY(std::is_sorted(all.distances.begin(), all.distances.end()));
        QVERIFY(std::find(all.distances.begin(), all.distances.end(), all.suggestedEps) != all.distances.end());
        // The curve is the sorted core distances.
        std::vector<double> core = detail::coreDistances(x, k);
        std::sort(core.begin(), core.end());
        QCOMPARE(all.distances, core);
        // Between the within-blob scale (the median k-distance of blob rows) and the between-blob
        // scale (the smallest distance between blob centres, 8).
        std::vector<double> blobK;
        const std::vector<double> unsorted = detail::coreDistances(x, k);
        for (std::size_t i = 0; i < truth.size(); ++i)
            if (truth[i] >= 0)
                blobK.push_back(unsorted[i]);
        std::nth_element(blobK.begin(), blobK.begin() + static_cast<std::ptrdiff_t>(blobK.size() / 2), blobK.end());
        const double within = blobK[blobK.size() / 2];
        qInfo("within-blob scale %.4f, suggested eps %.4f", within, all.suggestedEps);
        QVERIFY(all.suggestedEps > within);
        QVERIFY(all.suggestedEps < 8.0);
        // And DBSCAN with it finds the three blobs.
        QCOMPARE(dbscan(x, dbscanOptions(all.suggestedEps, k)).clusterCount, 3);

        // A sample: its distances are distances of the full curve, and the same for a seed.
        const KDistanceCurve sample = kDistanceCurve(x, k, 200, 42);
        QCOMPARE(sample.distances.size(), std::size_t(200));
        QVERIFY(std::is_sorted(sample.distances.begin(), sample.distances.end()));
        for (const double v : sample.distances)
            QVERIFY(std::binary_search(all.distances.begin(), all.distances.end(), v));
        QCOMPARE(kDistanceCurve(x, k, 200, 42).distances, sample.distances);
        QVERIFY(kDistanceCurve(x, k, 200, 43).distances != sample.distances);
        QCOMPARE(kDistanceCurve(x, k, 5000, 42).distances, all.distances); // more than n: all rows
    }

    // The data-dependent defaults segscope and the explorer share: the knee of a seeded sample's
    // curve, and 1% of the rows, at least 5.
    void dataDependentDefaults()
    {
        const Matrix x = threeBlobs(8, nullptr);
        QCOMPARE(suggestDbscanEps(x, 10), kDistanceCurve(x, 10, kEpsSuggestionSample, kEpsSuggestionSeed).suggestedEps);
        QCOMPARE(kEpsSuggestionSeed, kDefaultSeed);
        QCOMPARE(suggestHdbscanMinClusterSize(0), 5);
        QCOMPARE(suggestHdbscanMinClusterSize(500), 5);
        QCOMPARE(suggestHdbscanMinClusterSize(501), 6);
        QCOMPARE(suggestHdbscanMinClusterSize(3000), 30);
        QCOMPARE(suggestHdbscanMinClusterSize(50000), 500);
    }

    void assignReproducesCoreLabels()
    {
        Labels truth;
        const Matrix x = threeBlobs(30, &truth);
        for (const bool hdb : {false, true}) {
            const DensityResult r = hdb ? hdbscan(x, hdbscanOptions(40, 10)) : dbscan(x, dbscanOptions(0.5, 10));
            QVERIFY(r.clusterCount >= 3);
            QVERIFY(!r.coreRows.empty());
            const Labels assigned = assignDensity(r.corePoints, r.coreLabels, r.coreRadius, x);
            for (std::size_t j = 0; j < r.coreRows.size(); ++j)
                QCOMPARE(assigned[r.coreRows[j]], r.labels[r.coreRows[j]]);
            // DBSCAN's border rows are within eps of a core point, so they are assigned too
            // (to their own cluster when only one reaches them); its noise rows are not.
            if (!hdb)
                for (std::size_t i = 0; i < r.labels.size(); ++i)
                    QCOMPARE(assigned[i] >= 0, r.labels[i] >= 0);
            // Far rows and NaN rows are noise; a row next to a core point joins its cluster.
            Matrix fresh(3, 3);
            fresh.row(0) << 1000.0, -1000.0, 50.0;
            fresh.row(1) << std::nan(""), 0.0, 0.0;
            fresh.row(2) = r.corePoints.row(5);
            fresh(2, 0) += 1e-6 * r.coreRadius[5];
            const Labels out = assignDensity(r.corePoints, r.coreLabels, r.coreRadius, fresh);
            QCOMPARE(out[0], -1);
            QCOMPARE(out[1], -1);
            QCOMPARE(out[2], r.coreLabels[5]);
        }
        // By hand: core points 0 (radius 2, label 0) and 3 (radius 0.5, label 1). 1.6 is nearest
        // to 3 (1.4 away, beyond its 0.5): noise, although within 0's radius. 1.5 is a tie: the
        // first core point wins (1.5 <= 2). 2.5 and 3.5 are exactly on 3's radius.
        const Matrix core = column({0.0, 3.0});
        const Labels hand = assignDensity(core, {0, 1}, {2.0, 0.5}, column({-1.0, 1.01, 1.6, 2.5, 3.5, 3.6, 1.5}));
        QCOMPARE(hand, (Labels {0, 0, -1, 1, 1, -1, 0}));
        QCOMPARE(assignDensity(Matrix(0, 2), {}, {}, matrixOf({{1.0, 2.0}})), Labels {-1});
        QCOMPARE(assignDensity(core, {0, 1}, {1.0, 0.5}, Matrix(0, 1)), Labels {});
    }

    void deterministicAcrossThreads()
    {
        // 20,000 rows in 5-D: many chunks, blocks and link rounds.
        const Matrix x = blobsWithNoise({{{0, 0, 0, 0, 0}, 0.5, 8000}, {{4, 4, 0, 0, 0}, 1.0, 8000}}, 4000, -5.0, 9.0, 77);
        setThreadCount(1);
        const DensityResult d1 = dbscan(x, dbscanOptions(0.4, 8));
        const DensityResult h1 = hdbscan(x, hdbscanOptions(100, 10));
        const KDistanceCurve k1 = kDistanceCurve(x, 8, 3000, 5);
        setThreadCount(2);
        const DensityResult d2 = dbscan(x, dbscanOptions(0.4, 8));
        const DensityResult h2 = hdbscan(x, hdbscanOptions(100, 10));
        const KDistanceCurve k2 = kDistanceCurve(x, 8, 3000, 5);
        QVERIFY(bitIdentical(d1, d2));
        QVERIFY(bitIdentical(h1, h2));
        QCOMPARE(k1.distances, k2.distances);
        QCOMPARE(k1.suggestedEps, k2.suggestedEps);
        QVERIFY(d1.clusterCount >= 2);
        QCOMPARE(h1.clusterCount, 2);
        const Labels a2 = assignDensity(h1.corePoints, h1.coreLabels, h1.coreRadius, x);
        setThreadCount(1);
        QCOMPARE(assignDensity(h1.corePoints, h1.coreLabels, h1.coreRadius, x), a2);
    }

    void progressAndCancellation()
    {
        const Matrix x = threeBlobs(2, nullptr, 8); // 11,600 rows: several chunks
        for (const bool hdb : {false, true}) {
            const char *name = hdb ? "hdbscan" : "dbscan";
            std::vector<double> fractions;
            bool otherStage = false;
            const Progress progress(nullptr, [&](double f, std::string_view stage) {
                fractions.push_back(f);
                otherStage |= stage != name;
            });
            if (hdb)
                hdbscan(x, hdbscanOptions(100, 10), progress);
            else
                dbscan(x, dbscanOptions(0.5, 10), progress);
            QVERIFY(!otherStage);
            QVERIFY(fractions.size() >= 5);
            QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
            QCOMPARE(fractions.front(), 0.0);
            QCOMPARE(fractions.back(), 1.0);

            CancelToken token;
            token.cancel();
            bool cancelled = false;
            try {
                hdb ? hdbscan(x, hdbscanOptions(100, 10), Progress(&token, {}))
                    : dbscan(x, dbscanOptions(0.5, 10), Progress(&token, {}));
            } catch (const Cancelled &) {
                cancelled = true;
            }
            QVERIFY(cancelled);

            // Cancelled from the progress callback, midway.
            CancelToken later;
            int calls = 0;
            cancelled = false;
            try {
                const Progress p(&later, [&](double, std::string_view) {
                    if (++calls == 3)
                        later.cancel();
                });
                hdb ? hdbscan(x, hdbscanOptions(100, 10), p) : dbscan(x, dbscanOptions(0.5, 10), p);
            } catch (const Cancelled &) {
                cancelled = true;
            }
            QVERIFY(cancelled);
            QCOMPARE(calls, 3);
        }
    }

    void invalidOptions()
    {
        const Matrix x = threeBlobs(3).topRows(50);
        std::string detail;
        QCOMPARE(errorKindOf([&] { dbscan(Matrix(0, 2), DbscanOptions {}); }, &detail), ErrorKind::Usage);
        QCOMPARE(detail, std::string("DBSCAN needs at least one row"));
        QCOMPARE(errorKindOf([&] { hdbscan(Matrix(0, 2), HdbscanOptions {}); }, &detail), ErrorKind::Usage);
        QCOMPARE(detail, std::string("HDBSCAN needs at least one row"));
        for (const double eps : {0.0, -1.0, std::nan(""), kInf}) {
            QCOMPARE(errorKindOf([&] { dbscan(x, dbscanOptions(eps, 5)); }, &detail), ErrorKind::Usage);
            QCOMPARE(detail, std::string("the DBSCAN radius eps must be a finite number > 0"));
        }
        QCOMPARE(errorKindOf([&] { dbscan(x, dbscanOptions(0.5, 0)); }, &detail), ErrorKind::Usage);
        QCOMPARE(detail, std::string("the DBSCAN minimum samples must be at least 1"));
        QCOMPARE(errorKindOf([&] { hdbscan(x, hdbscanOptions(1, 0)); }, &detail), ErrorKind::Usage);
        QCOMPARE(detail, std::string("the HDBSCAN minimum cluster size must be at least 2"));
        QCOMPARE(errorKindOf([&] { hdbscan(x, hdbscanOptions(5, -1)); }), ErrorKind::Usage);
        QCOMPARE(errorKindOf([&] { kDistanceCurve(x, 0, 0, 0); }), ErrorKind::Usage);
        QCOMPARE(errorKindOf([&] { kDistanceCurve(x, 51, 0, 0); }, &detail), ErrorKind::Usage);
        QCOMPARE(detail, std::string("the k-distance curve's minimum samples must be between 1 and the number of rows (50)"));
        QCOMPARE(errorKindOf([&] { kDistanceCurve(Matrix(0, 3), 1, 0, 0); }), ErrorKind::Usage);
        QCOMPARE(kDistanceCurve(x, 50, 0, 0).distances.size(), std::size_t(50)); // k = n is fine
        const Matrix core = column({0.0, 3.0});
        QCOMPARE(errorKindOf([&] { assignDensity(core, {0}, {1.0, 1.0}, column({1.0})); }), ErrorKind::Usage);
        QCOMPARE(errorKindOf([&] { assignDensity(core, {0, 1}, {1.0}, column({1.0})); }), ErrorKind::Usage);
        QCOMPARE(errorKindOf([&] { assignDensity(core, {0, 1}, {1.0, 1.0}, matrixOf({{1.0, 2.0}})); }, &detail),
                 ErrorKind::Usage);
        QCOMPARE(detail, std::string("the rows to assign have 2 features but the core points have 1"));
    }

    void invalidData()
    {
        Matrix x = threeBlobs(3).topRows(40);
        std::string detail;
        x(13, 1) = std::nan("");
        QCOMPARE(errorKindOf([&] { dbscan(x, DbscanOptions {}); }, &detail), ErrorKind::InvalidData);
        QVERIFY2(detail.find("row 14, feature 2") != std::string::npos, detail.c_str());
        QVERIFY2(detail.find("DBSCAN") == 0, detail.c_str());
        QCOMPARE(errorKindOf([&] { hdbscan(x, hdbscanOptions(5, 0)); }, &detail), ErrorKind::InvalidData);
        QVERIFY2(detail.find("row 14, feature 2") != std::string::npos, detail.c_str());
        QCOMPARE(errorKindOf([&] { kDistanceCurve(x, 3, 0, 0); }, &detail), ErrorKind::InvalidData);
        QVERIFY2(detail.find("row 14, feature 2") != std::string::npos, detail.c_str());
        x(13, 1) = 0.0;
        x(39, 2) = -kInf;
        QCOMPARE(errorKindOf([&] { dbscan(x, DbscanOptions {}); }, &detail), ErrorKind::InvalidData);
        QVERIFY2(detail.find("row 40, feature 3") != std::string::npos, detail.c_str());
        x(39, 2) = 2e120;
        QCOMPARE(errorKindOf([&] { hdbscan(x, hdbscanOptions(5, 0)); }, &detail), ErrorKind::InvalidData);
        QVERIFY2(detail.find("row 40, feature 3 of the feature matrix holds 2e+120") != std::string::npos, detail.c_str());
        x(39, 2) = 1e120; // the limit itself is allowed
        QCOMPARE(dbscan(x, DbscanOptions {}).labels.size(), std::size_t(40));
    }
};

QTEST_APPLESS_MAIN(TestDensity)
#include "test_density.moc"
