// Tests for engine/eval/metrics.h: hand-computed cases, scikit-learn reference values,
// invariants, edge cases, sampling and thread-count independence of the silhouette.
//
// scikit-learn references were computed with Debian 12's python3-sklearn 1.2.1 (NumPy 1.24),
// `from sklearn import metrics`, on the data written out below, printing repr() of
// metrics.silhouette_score(X, L), silhouette_samples, davies_bouldin_score,
// calinski_harabasz_score, adjusted_rand_score and normalized_mutual_info_score (defaults),
// and inertia as sum(((X[L==k] - X[L==k].mean(0))**2).sum() for k in np.unique(L)).

#include "engine/core/error.h"
#include "engine/core/parallel.h"
#include "engine/core/progress.h"
#include "engine/eval/k_sweep.h"
#include "engine/eval/metrics.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include "engine/core/random.h"
#include "tests/support/engine_fixtures.h"

using namespace seg;
using namespace seg::test;

namespace {

#define VERIFY_CLOSE(actual, expected) VERIFY_CLOSE_TOL(actual, expected, 1e-9)

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

const Labels kSmallLabels {0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 0, 1};
const Labels kSmallLabels2 {0, 0, 1, 1, 0, 1, 1, 2, 2, 1, 2, 0, 2, 2, 0, 1};

struct Wholesale
{
    Matrix spend; // 440 × 6: Fresh, Milk, Grocery, Frozen, Detergents_Paper, Delicassen
    Labels channel;
    Labels region;
};

// UCI "Wholesale customers" (Cardoso, 2013; CC BY 4.0), see /work/shared/data/wholesale/SOURCE.md.
Wholesale readWholesale()
{
    const std::vector<std::vector<double>> rows = wholesaleRows();
    Wholesale w;
    w.spend.resize(static_cast<Eigen::Index>(rows.size()), 6);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        w.channel.push_back(static_cast<std::int32_t>(rows[r][0]));
        w.region.push_back(static_cast<std::int32_t>(rows[r][1]));
        for (int c = 0; c < 6; ++c)
            w.spend(static_cast<Eigen::Index>(r), c) = rows[r][static_cast<std::size_t>(c) + 2];
    }
    return w;
}

// Straightforward O(n^2) silhouette from the definition (Rousseeuw, 1987), for comparison.
double naiveSilhouette(const Matrix &x, const Labels &labels)
{
    const int k = *std::max_element(labels.begin(), labels.end()) + 1;
    std::vector<double> size(static_cast<std::size_t>(k), 0.0);
    for (auto l : labels)
        size[static_cast<std::size_t>(l)] += 1.0;
    double total = 0.0;
    std::vector<double> sums(static_cast<std::size_t>(k));
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
        std::fill(sums.begin(), sums.end(), 0.0);
        for (Eigen::Index j = 0; j < x.rows(); ++j)
            sums[static_cast<std::size_t>(labels[static_cast<std::size_t>(j)])]
                += (x.row(i) - x.row(j)).norm();
        const auto own = static_cast<std::size_t>(labels[static_cast<std::size_t>(i)]);
        if (size[own] == 1.0)
            continue;
        const double a = sums[own] / (size[own] - 1.0);
        double b = INFINITY;
        for (std::size_t c = 0; c < sums.size(); ++c)
            if (c != own && size[c] > 0)
                b = std::min(b, sums[c] / size[c]);
        total += (b - a) / std::max(a, b);
    }
    return total / static_cast<double>(x.rows());
}

template<typename F> void expectUsageError(F &&f)
{
    try {
        f();
        QFAIL("expected seg::Error(Usage)");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), ErrorKind::Usage);
    }
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { setThreadCount(0); }

    void handComputedTwoClusters()
    {
        // 1-D points 0, 1, 4, 5 in clusters {0, 1} and {4, 5}; means 0.5 and 4.5, overall 2.5.
        // inertia = 4 × 0.5² = 1.
        // silhouette: row 0: a = 1, b = (4 + 5)/2 = 4.5, s = 3.5/4.5 = 7/9;
        //             row 1: a = 1, b = (3 + 4)/2 = 3.5, s = 2.5/3.5 = 5/7; rows 2, 3 mirror them;
        //             mean = (7/9 + 5/7)/2 = 47/63.
        // Davies–Bouldin: spreads 0.5 and 0.5, centroid distance 4, both ratios 1/4, DB = 0.25.
        // Calinski–Harabasz: B = 2·2² + 2·2² = 16, W = 1, n = 4, k = 2: (16/1)/(1/2) = 32.
        const Matrix x = matrixOf({{0.0}, {1.0}, {4.0}, {5.0}});
        const Labels l {0, 0, 1, 1};
        VERIFY_CLOSE(inertia(x, l), 1.0);
        VERIFY_CLOSE(silhouette(x, l), 47.0 / 63.0);
        const std::vector<double> s = silhouetteSamples(x, l);
        QCOMPARE(s.size(), std::size_t(4));
        VERIFY_CLOSE(s[0], 7.0 / 9.0);
        VERIFY_CLOSE(s[1], 5.0 / 7.0);
        VERIFY_CLOSE(s[2], 5.0 / 7.0);
        VERIFY_CLOSE(s[3], 7.0 / 9.0);
        VERIFY_CLOSE(daviesBouldin(x, l), 0.25);
        VERIFY_CLOSE(calinskiHarabasz(x, l), 32.0);
    }

    void handComputedSingleton()
    {
        // Points 0, 1, 4 with clusters {0, 1}, {4}: k = 2 = n - 1 is still valid.
        // row 0: a = 1, b = 4, s = 3/4; row 1: a = 1, b = 3, s = 2/3; row 2 is a singleton: 0.
        // mean = (3/4 + 2/3 + 0)/3 = 17/36.
        const Matrix x = matrixOf({{0.0}, {1.0}, {4.0}});
        const Labels l {0, 0, 1};
        VERIFY_CLOSE(silhouette(x, l), 17.0 / 36.0);
        QCOMPARE(silhouetteSamples(x, l)[2], 0.0);
    }

    void handComputedPairCounts()
    {
        // a = {0,0,0,1,1,1}, b = {0,0,1,1,2,2}: cells n00 = 2, n01 = 1, n11 = 1, n12 = 2.
        // Unordered pairs: sum C(nij,2) = 2, sum C(ai,2) = 3 + 3 = 6, sum C(bj,2) = 1+1+1 = 3,
        // C(6,2) = 15; expected = 6·3/15 = 1.2, max = (6+3)/2 = 4.5; ARI = 0.8/3.3 = 8/33.
        // MI = 2·(1/3)·ln((1/3)/(1/2·1/3)) = (2/3) ln 2, H(a) = ln 2, H(b) = ln 3;
        // NMI = (2/3) ln 2 / ((ln 2 + ln 3)/2) = 4 ln 2 / (3 ln 6).
        const Labels a {0, 0, 0, 1, 1, 1};
        const Labels b {0, 0, 1, 1, 2, 2};
        VERIFY_CLOSE(adjustedRandIndex(a, b), 8.0 / 33.0);
        VERIFY_CLOSE(normalizedMutualInfo(a, b), 4.0 * std::log(2.0) / (3.0 * std::log(6.0)));
        // {0,0,1,1} vs {0,0,0,1}: index 1, expected 2·3/6 = 1, so ARI = 0 exactly.
        QCOMPARE(adjustedRandIndex({0, 0, 1, 1}, {0, 0, 0, 1}), 0.0);
    }

    void sklearnSmall()
    {
        const Matrix x = smallData();
        VERIFY_CLOSE(silhouette(x, kSmallLabels), 0.6950100580316149);
        const double samples[]
            = {0.8411257896254707, 0.8109769384989235, 0.8004103773896263,  0.8230488027215112,
               0.821477347936352,  0.7365715188970113, 0.7273169325870068,  0.6698548069042553,
               0.7597101779391532, 0.7025038014620881, 0.9031304096546432,  0.8293456790771104,
               0.8463613877904833, 0.8995917957949494, 0.11435227531069016, -0.16561711308343735};
        const std::vector<double> s = silhouetteSamples(x, kSmallLabels);
        for (std::size_t i = 0; i < 16; ++i)
            VERIFY_CLOSE(s[i], samples[i]);
        VERIFY_CLOSE(daviesBouldin(x, kSmallLabels), 0.3501611953302613);
        VERIFY_CLOSE(calinskiHarabasz(x, kSmallLabels), 66.0604607733096);
        VERIFY_CLOSE(inertia(x, kSmallLabels), 21.530833333333334);
        VERIFY_CLOSE(silhouette(x, kSmallLabels2), -0.017098624275283886);
        VERIFY_CLOSE(daviesBouldin(x, kSmallLabels2), 2.2447040934041245);
        VERIFY_CLOSE(calinskiHarabasz(x, kSmallLabels2), 2.6613806444235504);
        VERIFY_CLOSE(adjustedRandIndex(kSmallLabels, kSmallLabels2), 0.26);
        VERIFY_CLOSE(normalizedMutualInfo(kSmallLabels, kSmallLabels2), 0.4380488044552245);
    }

    void sklearnWholesale()
    {
        // Features: the six spend columns, unscaled; labels: the Channel (2 clusters) and
        // Region (3 clusters) columns of the file.
        const Wholesale w = readWholesale();
        QCOMPARE(w.spend.rows(), Eigen::Index(440));
        VERIFY_CLOSE(silhouette(w.spend, w.channel), 0.2377123281144929);
        VERIFY_CLOSE(daviesBouldin(w.spend, w.channel), 1.625282493974919);
        VERIFY_CLOSE(calinskiHarabasz(w.spend, w.channel), 87.53467078529049);
        VERIFY_CLOSE(inertia(w.spend, w.channel), 131346206588.79053);
        VERIFY_CLOSE(silhouette(w.spend, w.region), -0.04300222119031646);
        VERIFY_CLOSE(daviesBouldin(w.spend, w.region), 15.168831605780023);
        VERIFY_CLOSE(calinskiHarabasz(w.spend, w.region), 0.835031637824269);
        VERIFY_CLOSE(adjustedRandIndex(w.channel, w.region), -0.007851131559153212);
        VERIFY_CLOSE(normalizedMutualInfo(w.channel, w.region), 0.007187412050767062);
    }

    void invariantUnderRelabelling()
    {
        // Cluster ids are names only: 0 -> 7, 1 -> 2, 2 -> 40 changes nothing.
        const Matrix x = smallData();
        Labels renamed = kSmallLabels;
        for (auto &l : renamed)
            l = l == 0 ? 7 : l == 1 ? 2 : 40;
        QCOMPARE(silhouette(x, renamed), silhouette(x, kSmallLabels));
        VERIFY_CLOSE(daviesBouldin(x, renamed), daviesBouldin(x, kSmallLabels));
        VERIFY_CLOSE(calinskiHarabasz(x, renamed), calinskiHarabasz(x, kSmallLabels));
        VERIFY_CLOSE(inertia(x, renamed), inertia(x, kSmallLabels));
        QCOMPARE(adjustedRandIndex(renamed, kSmallLabels), 1.0);
        QCOMPARE(normalizedMutualInfo(renamed, kSmallLabels), 1.0);
        VERIFY_CLOSE(adjustedRandIndex(renamed, kSmallLabels2),
                     adjustedRandIndex(kSmallLabels, kSmallLabels2));
        VERIFY_CLOSE(normalizedMutualInfo(renamed, kSmallLabels2),
                     normalizedMutualInfo(kSmallLabels, kSmallLabels2));
    }

    void invariantUnderRowOrder()
    {
        // Reversing the rows (data and labels together) gives the same values.
        const Matrix x = smallData();
        const Matrix reversed = x.colwise().reverse();
        Labels l(kSmallLabels.rbegin(), kSmallLabels.rend());
        VERIFY_CLOSE(silhouette(reversed, l), silhouette(x, kSmallLabels));
        VERIFY_CLOSE(daviesBouldin(reversed, l), daviesBouldin(x, kSmallLabels));
        VERIFY_CLOSE(calinskiHarabasz(reversed, l), calinskiHarabasz(x, kSmallLabels));
    }

    void pairMetricProperties()
    {
        Rng rng(11);
        for (int trial = 0; trial < 50; ++trial) {
            const std::size_t n = 1 + rng.below(200);
            const auto ka = 1 + rng.below(6);
            const auto kb = 1 + rng.below(6);
            Labels a(n), b(n);
            for (std::size_t i = 0; i < n; ++i) {
                a[i] = static_cast<std::int32_t>(rng.below(ka));
                b[i] = static_cast<std::int32_t>(rng.below(kb));
            }
            QCOMPARE(adjustedRandIndex(a, a), 1.0);
            QCOMPARE(normalizedMutualInfo(a, a), 1.0);
            const double ab = adjustedRandIndex(a, b);
            QCOMPARE(adjustedRandIndex(b, a), ab); // symmetric
            QVERIFY(ab >= -1.0 && ab <= 1.0);
            const double nmi = normalizedMutualInfo(a, b);
            VERIFY_CLOSE(normalizedMutualInfo(b, a), nmi);
            QVERIFY2(nmi >= 0.0 && nmi <= 1.0 + 1e-12, qPrintable(QString::number(nmi)));
        }
    }

    void widelySpreadIdsCountAsNarrowOnes()
    {
        // Ids within a million of each other are counted in a table, others sorted: the same
        // clusters under either numbering give bit-identical figures, with few ids or many.
        Rng rng(3);
        const Matrix x = Matrix::Random(3000, 4);
        Labels narrow(3000), wide(3000), truthNarrow(3000), truthWide(3000);
        for (std::size_t i = 0; i < narrow.size(); ++i) {
            narrow[i] = static_cast<std::int32_t>(rng.below(5));
            wide[i] = narrow[i] * 400000000 - 1; // -1 stays noise: 0 maps to it
            truthNarrow[i] = static_cast<std::int32_t>(rng.below(4));
            truthWide[i] = truthNarrow[i] * 700000000;
        }
        QCOMPARE(adjustedRandIndex(truthWide, wide), adjustedRandIndex(truthNarrow, narrow));
        QCOMPARE(normalizedMutualInfo(truthWide, wide), normalizedMutualInfo(truthNarrow, narrow));
        Labels shifted = narrow;
        for (auto &l : shifted)
            l = l == 0 ? -1 : l * 400000000;
        Labels noiseNarrow = narrow;
        for (auto &l : noiseNarrow)
            l = l == 0 ? -1 : l;
        QCOMPARE(daviesBouldin(x, shifted), daviesBouldin(x, noiseNarrow));
        QCOMPARE(calinskiHarabasz(x, shifted), calinskiHarabasz(x, noiseNarrow));
        Labels many(3000), manyWide(3000);
        for (std::size_t i = 0; i < many.size(); ++i) {
            many[i] = static_cast<std::int32_t>(i % 1500);
            manyWide[i] = many[i] * 1000000;
        }
        QCOMPARE(adjustedRandIndex(many, narrow), adjustedRandIndex(manyWide, wide));
        QCOMPARE(normalizedMutualInfo(many, narrow), normalizedMutualInfo(manyWide, wide));
    }

    void pairMetricSpecialCases()
    {
        QCOMPARE(adjustedRandIndex({}, {}), 1.0); // sklearn: empty data is full agreement
        QCOMPARE(normalizedMutualInfo({}, {}), 1.0);
        QCOMPARE(normalizedMutualInfo({3, 3, 3}, {1, 1, 1}), 1.0); // both unsplit
        QCOMPARE(normalizedMutualInfo({0, 0, 0, 0}, {0, 1, 2, 3}), 0.0); // one side unsplit: MI = 0
        QCOMPARE(adjustedRandIndex({0, 0, 0, 0}, {0, 1, 2, 3}), 0.0);
        // -1 is an ordinary cluster for the pair metrics.
        QCOMPARE(adjustedRandIndex({-1, -1, 0, 0}, {5, 5, 2, 2}), 1.0);
        expectUsageError([] { adjustedRandIndex({0, 1}, {0, 1, 1}); });
        expectUsageError([] { normalizedMutualInfo({0, 1, 1}, {0}); });
    }

    void adjustedRandLargeCounts()
    {
        // n = 300,000: ordered pair counts reach 9e10 and their products 1e21, beyond 64 bits.
        // Reference: Hubert & Arabie's formula on unordered pair counts in long double.
        const std::size_t n = 300000;
        Rng rng(5);
        Labels a(n), b(n);
        for (std::size_t i = 0; i < n; ++i) {
            a[i] = static_cast<std::int32_t>(rng.below(4));
            b[i] = rng.uniform() < 0.8 ? a[i] : static_cast<std::int32_t>(rng.below(5));
        }
        long double cells[4][5] = {}, rows[4] = {}, cols[5] = {};
        for (std::size_t i = 0; i < n; ++i) {
            cells[a[i]][b[i]] += 1;
            rows[a[i]] += 1;
            cols[b[i]] += 1;
        }
        auto pairs = [](long double v) { return v * (v - 1) / 2; };
        long double index = 0, sumA = 0, sumB = 0;
        for (int i = 0; i < 4; ++i)
            for (int j = 0; j < 5; ++j)
                index += pairs(cells[i][j]);
        for (long double r : rows)
            sumA += pairs(r);
        for (long double c : cols)
            sumB += pairs(c);
        const long double expected = sumA * sumB / pairs(static_cast<long double>(n));
        const long double ari = (index - expected) / ((sumA + sumB) / 2 - expected);
        VERIFY_CLOSE(adjustedRandIndex(a, b), static_cast<double>(ari));
        QVERIFY(adjustedRandIndex(a, b) > 0.5);
    }

    void undefinedCasesAreNaN()
    {
        const Matrix x = smallData();
        const Labels one(16, 3);
        QVERIFY(std::isnan(silhouette(x, one)));
        QVERIFY(std::isnan(daviesBouldin(x, one)));
        QVERIFY(std::isnan(calinskiHarabasz(x, one)));
        Labels singletons(16);
        for (std::size_t i = 0; i < 16; ++i)
            singletons[i] = static_cast<std::int32_t>(i);
        QVERIFY(std::isnan(silhouette(x, singletons))); // k = n: sklearn raises
        QVERIFY(std::isnan(daviesBouldin(x, singletons)));
        QVERIFY(std::isnan(calinskiHarabasz(x, singletons)));
        QCOMPARE(inertia(x, singletons), 0.0);
        const std::vector<double> s = silhouetteSamples(x, one);
        QVERIFY(std::all_of(s.begin(), s.end(), [](double v) { return std::isnan(v); }));
        // No rows at all.
        const Matrix empty(0, 3);
        QVERIFY(std::isnan(silhouette(empty, {})));
        QCOMPARE(inertia(empty, {}), 0.0);
    }

    void identicalPoints()
    {
        // Four identical points in two clusters: a = b = 0 for every row, which sklearn maps to
        // s = 0; Davies–Bouldin is 0 (all spreads ~0) and Calinski–Harabasz 1 (W = 0), as sklearn.
        const Matrix x = Matrix::Constant(4, 2, 3.5);
        const Labels l {0, 0, 1, 1};
        QCOMPARE(silhouette(x, l), 0.0);
        QCOMPARE(daviesBouldin(x, l), 0.0);
        QCOMPARE(calinskiHarabasz(x, l), 1.0);
        QCOMPARE(inertia(x, l), 0.0);
    }

    void noiseRowsAreLeftOut()
    {
        // Appending noise rows (label -1) anywhere changes nothing: they are dropped first.
        const Matrix x = smallData();
        Matrix withNoise(20, 3);
        Labels l;
        Eigen::Index r = 0;
        const double noise[4][3] = {{20, 20, 20}, {-5, 3, 1}, {4, 4, 4}, {0, 0, 0}};
        for (Eigen::Index i = 0; i < 16; ++i) {
            if (i % 4 == 1) {
                withNoise.row(r++) = Eigen::RowVector3d(noise[i / 4][0], noise[i / 4][1], noise[i / 4][2]);
                l.push_back(-1);
            }
            withNoise.row(r++) = x.row(i);
            l.push_back(kSmallLabels[static_cast<std::size_t>(i)]);
        }
        QCOMPARE(silhouette(withNoise, l), silhouette(x, kSmallLabels));
        QCOMPARE(daviesBouldin(withNoise, l), daviesBouldin(x, kSmallLabels));
        QCOMPARE(calinskiHarabasz(withNoise, l), calinskiHarabasz(x, kSmallLabels));
        QCOMPARE(inertia(withNoise, l), inertia(x, kSmallLabels));
        const std::vector<double> s = silhouetteSamples(withNoise, l);
        QVERIFY(std::isnan(s[1]));
        QCOMPARE(s[0], silhouetteSamples(x, kSmallLabels)[0]);
        // Only noise: no clusters.
        QVERIFY(std::isnan(silhouette(x, Labels(16, -1))));
        for (std::size_t row : silhouetteSampleRows(l, 0, 0))
            QVERIFY(l[row] >= 0);
    }

    void invalidInputThrowsUsage()
    {
        const Matrix x = smallData();
        const Labels shortLabels(15, 0);
        expectUsageError([&] { inertia(x, shortLabels); });
        expectUsageError([&] { silhouette(x, shortLabels); });
        expectUsageError([&] { silhouetteSamples(x, shortLabels); });
        expectUsageError([&] { daviesBouldin(x, shortLabels); });
        expectUsageError([&] { calinskiHarabasz(x, shortLabels); });
        Labels bad = kSmallLabels;
        bad[3] = -2;
        expectUsageError([&] { silhouette(x, bad); });
        expectUsageError([&] { inertia(x, bad); });
    }

    void sampledIsSilhouetteOfTheSubsample()
    {
        // silhouette(sample_size = m) is the exact silhouette of the sampled rows alone.
        Labels labels;
        const Matrix x = gaussianBlobs(2000, 4, 5, 6.0, 3, &labels);
        const std::size_t m = 300;
        const std::vector<std::size_t> rows = silhouetteSampleRows(labels, m, 42);
        QCOMPARE(rows.size(), m);
        QVERIFY(std::is_sorted(rows.begin(), rows.end()));
        QVERIFY(std::adjacent_find(rows.begin(), rows.end()) == rows.end());
        QVERIFY(rows.back() < 2000);
        Matrix sub(static_cast<Eigen::Index>(m), 4);
        Labels subLabels;
        for (std::size_t i = 0; i < m; ++i) {
            sub.row(static_cast<Eigen::Index>(i)) = x.row(static_cast<Eigen::Index>(rows[i]));
            subLabels.push_back(labels[rows[i]]);
        }
        const double sampled = silhouette(x, labels, m, 42);
        QVERIFY(sameBits(sampled, silhouette(sub, subLabels)));
        // Seeded: the same seed repeats, another seed draws other rows.
        QCOMPARE(silhouetteSampleRows(labels, m, 42), rows);
        QVERIFY(silhouetteSampleRows(labels, m, 43) != rows);
        QVERIFY(sameBits(silhouette(x, labels, m, 42), sampled));
        // A sample as large as the data is the exact value.
        QVERIFY(sameBits(silhouette(x, labels, 2000, 9), silhouette(x, labels)));
        QVERIFY(sameBits(silhouette(x, labels, 5000, 9), silhouette(x, labels)));
        // And a sample estimates it: the blobs are well separated, so within a few percent.
        QVERIFY(std::abs(sampled - silhouette(x, labels)) < 0.05);
    }

    // Kaufman & Rousseeuw's bands (1990, p. 88), at their edges.
    void silhouetteBands()
    {
        QVERIFY(structureOf(std::nan("")) == Structure::None);
        QVERIFY(structureOf(0.25) == Structure::None);
        QVERIFY(structureOf(0.26) == Structure::Weak);
        QVERIFY(structureOf(0.50) == Structure::Weak);
        QVERIFY(structureOf(0.51) == Structure::Reasonable);
        QVERIFY(structureOf(0.70) == Structure::Reasonable);
        QVERIFY(structureOf(0.71) == Structure::Strong);
    }

    // Hand-made curves: inertia 100, 20, 15, 12, 10 at k = 2..6 scales to a fall of 0, 8/9, 17/18,
    // 44/45, 1 against x = 0, 1/4, 1/2, 3/4, 1: furthest below the chord (0.639) at k = 3.
    void kRecommendationByHand()
    {
        const double nan = std::nan("");
        const std::vector<double> inertia {100, 20, 15, 12, 10};
        const auto sweepOf = [&](const std::vector<double> &silhouettes, const std::vector<double> &inertias) {
            std::vector<KSweepPoint> points;
            for (int i = 4; i >= 0; --i) // in any order
                points.push_back({i + 2, inertias[std::size_t(i)], silhouettes[std::size_t(i)]});
            return points;
        };
        // Both agree on 3.
        KRecommendation r = recommendK(sweepOf({0.40, 0.62, 0.50, 0.45, 0.41}, inertia));
        QCOMPARE(r.k, 3);
        QCOMPARE(r.silhouetteK, 3);
        QCOMPARE(r.elbowK, 3);
        QCOMPARE(r.silhouette, 0.62);
        QVERIFY(r.structure == Structure::Reasonable);
        // The silhouette prefers 5 (weak structure): it is the recommendation, the elbow stays 3.
        r = recommendK(sweepOf({0.30, 0.35, 0.40, 0.45, 0.41}, inertia));
        QCOMPARE(r.k, 5);
        QCOMPARE(r.elbowK, 3);
        QVERIFY(r.structure == Structure::Weak);
        // No substantial structure: the bend of the inertia curve decides.
        r = recommendK(sweepOf({0.10, 0.12, 0.15, 0.18, 0.20}, inertia));
        QCOMPARE(r.silhouetteK, 6);
        QCOMPARE(r.k, 3);
        QVERIFY(r.structure == Structure::None);
        // A straight line has no elbow; without one, the silhouette's k stays.
        r = recommendK(sweepOf({0.10, 0.12, 0.15, 0.18, 0.20}, {100, 80, 60, 40, 20}));
        QCOMPARE(r.elbowK, 0);
        QCOMPARE(r.k, 6);
        // A tie goes to the smaller k; points without a silhouette are skipped.
        r = recommendK(sweepOf({nan, 0.55, 0.55, 0.30, nan}, inertia));
        QCOMPARE(r.silhouetteK, 3);
        QCOMPARE(r.k, 3);
        // Nothing to go on yet.
        QCOMPARE(recommendK({}).k, 0);
        QCOMPARE(recommendK(sweepOf({nan, nan, nan, nan, nan}, inertia)).k, 0);
        QCOMPARE(recommendK(sweepOf({nan, nan, nan, nan, nan}, inertia)).elbowK, 3);
    }

    // A real sweep over five well-separated blobs finds five.
    void kRecommendationFindsTheBlobs()
    {
        Labels labels;
        const Matrix x = gaussianBlobs(3000, 4, 5, 6.0, 11, &labels);
        const KSweepSample sample = kSweepSample(x, 1000, 7);
        std::vector<KSweepPoint> points;
        for (int k = 2; k <= 9; ++k)
            points.push_back(kSweepPoint(x, sample, k, 4, 42));
        const KRecommendation r = recommendK(points);
        QCOMPARE(r.k, 5);
        QCOMPARE(r.silhouetteK, 5);
        QVERIFY2(r.structure == Structure::Strong || r.structure == Structure::Reasonable,
                 QByteArray::number(r.silhouette).constData());
    }

    void exactMatchesDefinitionAndThreadCount()
    {
        // 2,600 rows: 11 tiles of 256, so off-diagonal tiles, the odd-count dummy block and a
        // partial last tile (2600 is not a multiple of 4 × 256) are all exercised.
        Labels labels;
        const Matrix x = gaussianBlobs(2598, 5, 4, 6.0, 7, &labels);
        const double reference = naiveSilhouette(x, labels);
        setThreadCount(1);
        const double one = silhouette(x, labels);
        const std::vector<double> oneSamples = silhouetteSamples(x, labels);
        setThreadCount(2);
        const double two = silhouette(x, labels);
        setThreadCount(3);
        const double three = silhouette(x, labels);
        const std::vector<double> threeSamples = silhouetteSamples(x, labels);
        QVERIFY(close(one, reference, 1e-12));
        QVERIFY(sameBits(one, two));
        QVERIFY(sameBits(one, three));
        QVERIFY(std::equal(oneSamples.begin(), oneSamples.end(), threeSamples.begin(), sameBits));
    }

    void manyClustersUseRowBlocks()
    {
        // 8,200 rows in 4,100 pairs: the rows × clusters table (33.6 M entries) exceeds the
        // symmetric mode's budget, so the row-block path runs. Each pair is two points 0.1
        // apart, pairs on a 1-D line 1 apart: every row has a = 0.1, and b = the mean distance
        // to the nearest neighbouring pair (about 1), all checked against the definition.
        const std::size_t pairs = 4100;
        Matrix x(static_cast<Eigen::Index>(2 * pairs), 2);
        Labels labels(2 * pairs);
        for (std::size_t p = 0; p < pairs; ++p) {
            for (std::size_t t = 0; t < 2; ++t) {
                const auto row = static_cast<Eigen::Index>(2 * p + t);
                x(row, 0) = static_cast<double>(p) + 0.1 * static_cast<double>(t);
                x(row, 1) = 0.0;
                labels[2 * p + t] = static_cast<std::int32_t>((p * 7) % pairs); // scattered ids
            }
        }
        // Row 2p at p, its pair at p + 0.1; pair p - 1 at p - 1, p - 0.9: mean 0.95;
        // pair p + 1 at p + 1, p + 1.1: mean 1.05; so b = 0.95 except for pair 0 (1.05),
        // s = (b - 0.1)/b. Row 2p+1 mirrors it: b = 0.95 except for the last pair (1.05).
        double expected = 0.0;
        for (std::size_t p = 0; p < pairs; ++p) {
            const double bLow = p == 0 ? 1.05 : 0.95;
            const double bHigh = p + 1 == pairs ? 1.05 : 0.95;
            expected += (bLow - 0.1) / bLow + (bHigh - 0.1) / bHigh;
        }
        expected /= static_cast<double>(2 * pairs);
        setThreadCount(1);
        const double one = silhouette(x, labels);
        setThreadCount(2);
        const double two = silhouette(x, labels);
        QVERIFY2(close(one, expected, 1e-12), qPrintable(QString::number(one - expected)));
        QVERIFY(sameBits(one, two));
    }

    void cancellationAndProgress()
    {
        Labels labels;
        const Matrix x = gaussianBlobs(1500, 3, 3, 6.0, 1, &labels);
        CancelToken token;
        token.cancel();
        bool threw = false;
        try {
            silhouette(x, labels, 0, 0, Progress(&token, {}));
        } catch (const Cancelled &) {
            threw = true;
        }
        QVERIFY(threw);

        CancelToken live;
        std::vector<double> reported;
        const Progress progress(&live, [&](double f, std::string_view) { reported.push_back(f); });
        const double value = silhouette(x, labels, 0, 0, progress);
        QVERIFY(sameBits(value, silhouette(x, labels)));
        QVERIFY(!reported.empty());
        QVERIFY(std::is_sorted(reported.begin(), reported.end()));
        QCOMPARE(reported.back(), 1.0);
    }
};

QTEST_APPLESS_MAIN(TestMetrics)
#include "test_metrics.moc"
