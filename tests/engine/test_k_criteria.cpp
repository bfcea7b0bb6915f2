// The gap statistic and prediction strength: the pair-counting formula by hand, and both
// criteria on data whose answer is known (three separated groups: 3; one uniform square: no
// groups, which only the gap statistic can say).

#include "engine/eval/k_criteria.h"

#include "engine/core/error.h"
#include "engine/core/random.h"
#include "tests/support/engine_fixtures.h"

#include <QTest>

#include <cmath>

using namespace seg;
using namespace seg::test;

namespace {

/// Three groups of `perGroup` with unit spread, centres 12 apart, in two features.
Matrix threeGroups(int perGroup, std::uint64_t seed)
{
    Rng rng(seed);
    Matrix x(3 * perGroup, 2);
    const double centres[3][2] = {{0, 0}, {12, 0}, {0, 12}};
    for (int g = 0; g < 3; ++g)
        for (int i = 0; i < perGroup; ++i) {
            x(g * perGroup + i, 0) = centres[g][0] + rng.normal();
            x(g * perGroup + i, 1) = centres[g][1] + rng.normal();
        }
    return x;
}

Matrix uniformSquare(int rows, std::uint64_t seed)
{
    Rng rng(seed);
    Matrix x(rows, 2);
    for (int i = 0; i < rows; ++i) {
        x(i, 0) = rng.uniform();
        x(i, 1) = rng.uniform();
    }
    return x;
}

} // namespace

class TestKCriteria : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Tibshirani & Walther's eq. 2.1 on a hand-counted case.
    void predictionStrengthByHand()
    {
        // Test cluster 0 = rows 0-2, the model puts rows 0 and 1 together and row 2 apart: of its
        // 3 x 2 ordered pairs, 2 stay together: 1/3. Test cluster 1 = rows 3-5, all together: 1.
        QCOMPARE(predictionStrength({0, 0, 0, 1, 1, 1}, {0, 0, 1, 1, 1, 1}, 2), 1.0 / 3.0);
        // A row the model calls noise is together with no one.
        QCOMPARE(predictionStrength({0, 0, 0}, {4, 4, -1}, 1), 1.0 / 3.0);
        // Clusters of one have no pairs and are skipped; with none left there is no answer.
        QCOMPARE(predictionStrength({0, 0, 1}, {2, 2, 0}, 2), 1.0);
        QVERIFY(std::isnan(predictionStrength({0, 1}, {0, 0}, 2)));
        // Test rows outside any cluster (-1) do not count.
        QCOMPARE(predictionStrength({0, 0, -1, 0}, {1, 1, 0, 1}, 1), 1.0);
    }

    void gapFindsTheGroups()
    {
        GapOptions options;
        options.kMax = 6;
        options.seed = 3;
        const Matrix x = threeGroups(150, 1);
        const GapResult gap = gapStatistic(x, options);
        QCOMPARE(gap.k, 3);
        QCOMPARE(gap.rows, std::size_t(450));
        QVERIFY(gap.principalAxes);
        QCOMPARE(gap.points.size(), std::size_t(6));
        // W_1 is the total sum of squares about the mean.
        const double total = (x.rowwise() - x.colwise().mean()).squaredNorm();
        QVERIFY(std::abs(gap.points[0].logW - std::log(total)) < 1e-12);
        for (const GapPoint &p : gap.points) {
            QVERIFY(std::abs(p.gap - (p.expectedLogW - p.logW)) < 1e-12);
            QVERIFY(p.standardError > 0.0);
        }
        // The within sum of squares falls with k, on the data and on the references.
        for (std::size_t i = 1; i < gap.points.size(); ++i) {
            QVERIFY(gap.points[i].logW < gap.points[i - 1].logW);
            QVERIFY(gap.points[i].expectedLogW < gap.points[i - 1].expectedLogW);
        }
        // Seeded: the same figures again.
        QCOMPARE(gapStatistic(x, options).points[2].gap, gap.points[2].gap);
    }

    // Uniform data have no groups: k = 1, which no criterion that compares k >= 2 can say.
    void gapSaysNoGroupsInUniformData()
    {
        GapOptions options;
        options.kMax = 6;
        options.seed = 5;
        const GapResult gap = gapStatistic(uniformSquare(600, 2), options);
        QCOMPARE(gap.k, 1);
    }

    void predictionStrengthFindsTheGroups()
    {
        const Matrix x = threeGroups(200, 4);
        PredictionStrengthOptions options;
        options.kMax = 6;
        options.seed = 9;
        const ClusteringOptions kmeans = defaultClusteringOptions(Algorithm::KMeans, 2, 42);
        const PredictionStrengthResult ps = predictionStrengths(x, kmeans, options);
        QCOMPARE(ps.rows, std::size_t(600));
        QCOMPARE(ps.points.size(), std::size_t(5));
        QCOMPARE(ps.points[1].k, 3);
        // Three groups twelve apart: both halves find them, and the model of one half puts
        // together exactly the customers the other half does.
        QCOMPARE(ps.points[1].strength, 1.0);
        QCOMPARE(ps.points[1].sd, 0.0);
        // Four or more cut a group in two in different places in each half.
        for (std::size_t i = 2; i < ps.points.size(); ++i)
            QVERIFY2(ps.points[i].strength < kPredictionStrengthThreshold,
                     QByteArray::number(ps.points[i].strength).constData());
        QCOMPARE(ps.k, 3);

        // Stratified by the groups, and on one k only: the same verdict at k = 3, seeded.
        Labels strata(600);
        for (int i = 0; i < 600; ++i)
            strata[std::size_t(i)] = i / 200;
        options.strata = strata;
        options.kMin = 3;
        options.kMax = 3;
        const PredictionStrengthResult three = predictionStrengths(x, kmeans, options);
        QCOMPARE(three.points.size(), std::size_t(1));
        QCOMPARE(three.points[0].strength, 1.0);
        QCOMPARE(predictionStrengths(x, kmeans, options).points[0].strength, three.points[0].strength);
    }

    void badOptionsAreNamed()
    {
        GapOptions gap;
        gap.kMax = 0;
        requireError([&] { gapStatistic(uniformSquare(10, 1), gap); }, ErrorKind::Usage);
        PredictionStrengthOptions ps;
        ps.kMin = 1;
        const ClusteringOptions kmeans = defaultClusteringOptions(Algorithm::KMeans, 2, 42);
        requireError([&] { predictionStrengths(uniformSquare(100, 1), kmeans, ps); }, ErrorKind::Usage);
        ps.kMin = 2;
        ps.kMax = 12;
        const Error e = requireError([&] { predictionStrengths(uniformSquare(20, 1), kmeans, ps); },
                                     ErrorKind::InvalidData);
        QVERIFY2(contains(e.what(), "needs at least 24 customers"), e.what());
        ps.strata = {0, 1};
        requireError([&] { predictionStrengths(uniformSquare(100, 1), kmeans, ps); }, ErrorKind::Usage);
    }
};

QTEST_APPLESS_MAIN(TestKCriteria)
#include "test_k_criteria.moc"
