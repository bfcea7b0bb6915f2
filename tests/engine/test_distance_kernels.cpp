// Tests of engine/cluster/distance_kernels.h on their own: each kernel against a naive double
// loop. With small integer coordinates every partial sum is an exact integer, so any order of
// summation gives the same double and the kernels must match exactly; with real coordinates they
// must match a loop that adds in the order the header documents exactly, and the plain
// left-to-right loop to 1e-12 relative. test_kmeans covers the kernels inside k-means.

#include "engine/cluster/distance_kernels.h"

#include "engine/core/random.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

using namespace seg;
using namespace seg::kernels;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// n values: integers in [-8, 8] when `integers`, else N(0, 1).
std::vector<double> randomValues(Rng &rng, std::size_t n, bool integers)
{
    std::vector<double> v(n);
    for (double &x : v)
        x = integers ? static_cast<double>(rng.below(17)) - 8.0 : rng.normal();
    return v;
}

// Left to right, one accumulator: the textbook definition.
double naive(const double *a, const double *b, std::size_t d)
{
    double s = 0.0;
    for (std::size_t t = 0; t < d; ++t)
        s += (a[t] - b[t]) * (a[t] - b[t]);
    return s;
}

// squaredDistance()'s documented order: feature 4m + r into partial sum r, the features after
// the last multiple of 4 into partial sum 0, then (s0 + s1) + (s2 + s3).
double inFourPartialSums(const double *a, const double *b, std::size_t d)
{
    double s[4] = {0.0, 0.0, 0.0, 0.0};
    const std::size_t whole = d / 4 * 4;
    for (std::size_t t = 0; t < d; ++t)
        s[t < whole ? t % 4 : 0] += (a[t] - b[t]) * (a[t] - b[t]);
    return (s[0] + s[1]) + (s[2] + s[3]);
}

// squaredDistancesToAll()'s documented order: even features, odd features, then even + odd.
double evenPlusOdd(const double *a, const double *b, std::size_t d)
{
    double even = 0.0, odd = 0.0;
    for (std::size_t t = 0; t < d; ++t)
        (t % 2 == 0 ? even : odd) += (a[t] - b[t]) * (a[t] - b[t]);
    return even + odd;
}

bool closeRelative(double a, double b, double tol)
{
    return std::abs(a - b) <= tol * std::max(std::abs(a), std::abs(b));
}

QByteArray where(std::size_t k, std::size_t d, std::size_t j)
{
    return QByteArray("k = ") + QByteArray::number(qulonglong(k))
        + ", d = " + QByteArray::number(qulonglong(d)) + ", centroid " + QByteArray::number(qulonglong(j));
}

} // namespace

class TestDistanceKernels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void squaredDistanceMatchesNaiveLoop()
    {
        Rng rng(7);
        for (std::size_t d = 0; d <= 21; ++d) {
            for (int rep = 0; rep < 20; ++rep) {
                const std::vector<double> ia = randomValues(rng, d, true), ib = randomValues(rng, d, true);
                QCOMPARE(squaredDistance(ia.data(), ib.data(), d), naive(ia.data(), ib.data(), d));
                const std::vector<double> a = randomValues(rng, d, false), b = randomValues(rng, d, false);
                const double got = squaredDistance(a.data(), b.data(), d);
                QCOMPARE(got, inFourPartialSums(a.data(), b.data(), d));
                QVERIFY(closeRelative(got, naive(a.data(), b.data(), d), 1e-12));
                if (d < 4) // one partial sum: the naive order itself
                    QCOMPARE(got, naive(a.data(), b.data(), d));
            }
        }
        const double p[] = {1.0, 2.0, 3.0}, q[] = {4.0, 6.0, 3.0};
        QCOMPARE(squaredDistance(p, q, 3), 25.0); // 3^2 + 4^2
        QCOMPARE(squaredDistance(p, p, 3), 0.0);
    }

    void paddingAndTransposedLayout()
    {
        QCOMPARE(paddedK(1), std::size_t(8));
        QCOMPARE(paddedK(8), std::size_t(8));
        QCOMPARE(paddedK(9), std::size_t(16));
        // Two centroids in three features: feature t of centroid j at out[t * kPad + j].
        const double c[] = {1, 2, 3, 4, 5, 6};
        std::vector<double> out(3 * 8, -1.0);
        transposeCentroids(c, 2, 3, 8, out.data());
        const std::vector<double> expected = {1, 4, 0, 0, 0, 0, 0, 0, //
                                              2, 5, 0, 0, 0, 0, 0, 0, //
                                              3, 6, 0, 0, 0, 0, 0, 0};
        QVERIFY(out == expected);
    }

    void squaredDistancesToAllMatchesNaiveLoop_data()
    {
        QTest::addColumn<int>("k");
        QTest::addColumn<int>("d");
        for (int k : {1, 3, 8, 9, 17})
            for (int d : {1, 2, 3, 7, 16})
                QTest::addRow("k=%d, d=%d", k, d) << k << d;
    }
    void squaredDistancesToAllMatchesNaiveLoop()
    {
        QFETCH(int, k);
        QFETCH(int, d);
        const auto kk = static_cast<std::size_t>(k), dd = static_cast<std::size_t>(d);
        const std::size_t kPad = paddedK(kk);
        Rng rng(static_cast<std::uint64_t>(100 * k + d));
        for (const bool integers : {true, false}) {
            const std::vector<double> c = randomValues(rng, kk * dd, integers);
            std::vector<double> cT(dd * kPad);
            transposeCentroids(c.data(), kk, dd, kPad, cT.data());
            const std::vector<double> zero(dd, 0.0);
            for (int rep = 0; rep < 10; ++rep) {
                const std::vector<double> x = randomValues(rng, dd, integers);
                std::vector<double> out(kPad, -1.0);
                squaredDistancesToAll(x.data(), cT.data(), dd, kPad, out.data());
                for (std::size_t j = 0; j < kk; ++j) {
                    const double *cj = c.data() + j * dd;
                    const double expected = naive(x.data(), cj, dd);
                    if (integers || dd <= 2) // the order does not matter, or is the naive one
                        QVERIFY2(out[j] == expected, where(kk, dd, j).constData());
                    QVERIFY2(out[j] == evenPlusOdd(x.data(), cj, dd), where(kk, dd, j).constData());
                    QVERIFY2(closeRelative(out[j], expected, 1e-12), where(kk, dd, j).constData());
                }
                // Padding columns hold zeros: the distance to the origin.
                for (std::size_t j = kk; j < kPad; ++j)
                    QVERIFY2(out[j] == evenPlusOdd(x.data(), zero.data(), dd), where(kk, dd, j).constData());
            }
        }
    }

    void instructionSetsAndTilesAgree()
    {
        // The AVX2 copy (run as real AVX2 code when the CPU has it) and a 4-wide tile give the
        // same bits as the baseline.
        Rng rng(11);
        for (const std::size_t d : {1, 2, 5, 16}) {
            const std::size_t k = 13, kPad = paddedK(k);
            const std::vector<double> c = randomValues(rng, k * d, false);
            std::vector<double> cT(d * kPad);
            transposeCentroids(c.data(), k, d, kPad, cT.data());
            const std::vector<double> x = randomValues(rng, d, false);
            std::vector<double> sse(kPad), avx2(kPad, -1.0), tile4(kPad, -1.0);
            squaredDistancesToAll<Sse>(x.data(), cT.data(), d, kPad, sse.data());
            auto body = [&](std::size_t, auto isa) {
                squaredDistancesToAll<decltype(isa)>(x.data(), cT.data(), d, kPad, avx2.data());
            };
            if (cpuHasAvx2())
                runAvx2(body, 0);
            else
                body(0, Avx2 {}); // the 4-lane type on SSE2 registers
            squaredDistancesToAll<Sse, 4>(x.data(), cT.data(), d, kPad, tile4.data());
            QVERIFY(avx2 == sse);
            QVERIFY(tile4 == sse);
        }
    }

    void nearestTwoByHand()
    {
        double best = -1, second = -1;
        const double a[] = {3, 1, 2};
        QCOMPARE(nearestTwo(a, 3, best, second), 1);
        QCOMPARE(best, 1.0);
        QCOMPARE(second, 2.0);
        const double decreasing[] = {4, 3, 2, 1};
        QCOMPARE(nearestTwo(decreasing, 4, best, second), 3);
        QCOMPARE(best, 1.0);
        QCOMPARE(second, 2.0);
        // Ties go to the lower index, and the second best then equals the best.
        const double tie[] = {2, 1, 5, 1};
        QCOMPARE(nearestTwo(tie, 4, best, second), 1);
        QCOMPARE(best, 1.0);
        QCOMPARE(second, 1.0);
        const double allEqual[] = {5, 5, 5};
        QCOMPARE(nearestTwo(allEqual, 3, best, second), 0);
        QCOMPARE(second, 5.0);
        // k = 1: no other centroid.
        QCOMPARE(nearestTwo(a, 1, best, second), 0);
        QCOMPARE(best, 3.0);
        QCOMPARE(second, kInf);
        // Only the first k values count.
        QCOMPARE(nearestTwo(a, 2, best, second), 1);
        QCOMPARE(second, 3.0);
    }

    void nearestTwoMatchesDefinition()
    {
        // Few distinct values, so ties are common.
        Rng rng(3);
        for (int rep = 0; rep < 2000; ++rep) {
            const std::size_t k = 1 + rng.below(20);
            std::vector<double> dist(k);
            for (double &v : dist)
                v = static_cast<double>(rng.below(6));
            std::size_t expectedIndex = 0;
            for (std::size_t j = 1; j < k; ++j)
                if (dist[j] < dist[expectedIndex])
                    expectedIndex = j;
            double expectedSecond = kInf;
            for (std::size_t j = 0; j < k; ++j)
                if (j != expectedIndex)
                    expectedSecond = std::min(expectedSecond, dist[j]);
            double best = -1, second = -1;
            QCOMPARE(nearestTwo(dist.data(), k, best, second), static_cast<std::int32_t>(expectedIndex));
            QCOMPARE(best, dist[expectedIndex]);
            QCOMPARE(second, expectedSecond);
        }
    }
};

QTEST_GUILESS_MAIN(TestDistanceKernels)
#include "test_distance_kernels.moc"
