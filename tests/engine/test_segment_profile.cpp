// Segment profiles: sizes, shares, means in original units, z-scores, money and top traits,
// checked on a small table computed by hand.

#include "engine/core/error.h"
#include "engine/data/column_roles.h"
#include "engine/demo/demo_data.h"
#include "engine/profile/segment_profile.h"
#include "tests/support/engine_fixtures.h"

#include <QTest>

#include <cmath>

using namespace seg;
using namespace seg::test;

namespace {

// visits {2, 4, 6, 8, -, 10}: the missing cell takes the median 6.
// revenue {10, 30, 100, 200, 50, -}: log1p in model space, median 50 fills the gap.
// tier: gold silver silver gold silver silver -> tier=silver (4 of 6) before tier=gold.
Table handTable()
{
    return tableOf({
        numeric("visits", {2, 4, 6, 8, NAN, 10}, ColumnType::Integer),
        numeric("revenue", {10, 30, 100, 200, 50, NAN}),
        categorical("tier", {"gold", "silver"}, {0, 1, 1, 0, 1, 1}),
    });
}

PreparedData prepareHand(const Table &t)
{
    FeatureSpec spec;
    spec.scaling = Scaling::ZScore;
    spec.groups.push_back(FeatureGroup {"engagement", 1.0, true, {{"visits", Transform::None, 1.0}}});
    spec.groups.push_back(FeatureGroup {"purchasing", 2.0, true, {{"revenue", Transform::Log1p, 1.0}}});
    spec.groups.push_back(FeatureGroup {"profile", 1.0, true, {{"tier", Transform::None, 1.0}}});
    return prepare(t, spec);
}

} // namespace

class TestSegmentProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void moneyColumnsAreTheValueColumns()
    {
        // The Value role decides, not the name: a spend column named like a product counts once
        // it is marked Value, and a column named like money that is not Value does not.
        Table t = tableOf({numeric("Fresh", {1}), numeric("visits", {1}), numeric("total_revenue", {1}),
                           numeric("Milk", {1})});
        assignColumnRoles(t, {{"Fresh", ColumnRole::Value}, {"Milk", ColumnRole::Value},
                              {"total_revenue", ColumnRole::Numeric}});
        QCOMPARE(moneyColumns(t), (std::vector<std::string> {"Fresh", "Milk"}));
        // Suggested roles: money words in the name make a Value column.
        Table suggested = tableOf({numeric("visits", {1}), numeric("total_revenue", {1})});
        assignColumnRoles(suggested);
        QCOMPARE(moneyColumns(suggested), (std::vector<std::string> {"total_revenue"}));
    }

    // Customers handed over in parts (a file read in chunks) give the profile of the whole:
    // counts exactly, sums to rounding.
    void partsGiveTheWholeProfile()
    {
        const Table t = generateDemoData(3000, 5);
        const PreparedData p = prepare(t, suggestFeatureSpec(t, {"customer_id"}));
        const std::size_t n = p.rows.size();
        Labels labels(n);
        for (std::size_t i = 0; i < n; ++i)
            labels[i] = i % 37 == 0 ? -1 : static_cast<std::int32_t>((i * 7) % 4);
        const std::vector<std::string> money = moneyColumns(t);
        QVERIFY(!money.empty());
        const Profiles whole = profileSegments(t, p, labels, 4, money);

        ProfileAccumulator parts(p.transform, money, 4, t.source);
        for (const auto &[first, count] : std::vector<std::pair<std::size_t, std::size_t>> {
                 {0, 1}, {1, 998}, {999, 0}, {999, 1500}, {2499, n - 2499}}) {
            const std::vector<std::size_t> rows(p.rows.begin() + long(first), p.rows.begin() + long(first + count));
            const Labels part(labels.begin() + long(first), labels.begin() + long(first + count));
            parts.add(t, rows, p.x.middleRows(Eigen::Index(first), Eigen::Index(count)), part);
        }
        QCOMPARE(parts.customers(), n);
        const Profiles pieced = parts.profiles();
        const auto near = [](double a, double b) { return std::abs(a - b) <= 1e-11 * std::max(1.0, std::abs(b)); };
        QCOMPARE(pieced.features, whole.features);
        QCOMPARE(pieced.moneyColumns, whole.moneyColumns);
        for (std::size_t j = 0; j < whole.features.size(); ++j) {
            QVERIFY(near(pieced.populationMeans[j], whole.populationMeans[j]));
            QVERIFY(near(pieced.populationStdDevs[j], whole.populationStdDevs[j]));
        }
        for (std::size_t m = 0; m < money.size(); ++m)
            QVERIFY(near(pieced.moneyTotals[m], whole.moneyTotals[m]));
        std::vector<std::pair<const SegmentProfile *, const SegmentProfile *>> pairs {{&pieced.outliers, &whole.outliers}};
        for (std::size_t s = 0; s < 4; ++s)
            pairs.emplace_back(&pieced.segments[s], &whole.segments[s]);
        for (const auto &[a, b] : pairs) {
            QCOMPARE(a->size, b->size);
            QCOMPARE(a->small, b->small);
            for (std::size_t j = 0; j < whole.features.size(); ++j) {
                QVERIFY(near(a->means[j], b->means[j]));
                QVERIFY(near(a->zScores[j], b->zScores[j]));
            }
            for (std::size_t m = 0; m < money.size(); ++m) {
                QCOMPARE(a->money[m].known, b->money[m].known);
                QVERIFY(near(a->money[m].total, b->money[m].total));
            }
            QCOMPARE(a->topTraits.size(), b->topTraits.size());
            for (std::size_t t = 0; t < a->topTraits.size(); ++t)
                QCOMPARE(a->topTraits[t].feature, b->topTraits[t].feature);
        }
    }

    // Spreads combined part by part keep their precision on values far from zero: 700 balances
    // of 10^9 + (i mod 7) have a population standard deviation of exactly 2 (the variance of
    // 0..6 uniformly is (7² - 1) / 12 = 4), which a running sum of squares (10^18 each) cannot
    // resolve in doubles.
    void partsKeepPrecisionFarFromZero()
    {
        std::vector<double> balance(700);
        for (std::size_t i = 0; i < balance.size(); ++i)
            balance[i] = 1e9 + double(i % 7);
        const Table t = tableOf({numeric("balance", balance)});
        FeatureSpec spec;
        spec.scaling = Scaling::None;
        spec.groups.push_back(FeatureGroup {"money", 1.0, true, {{"balance", Transform::None, 1.0}}});
        const PreparedData p = prepare(t, spec);
        ProfileAccumulator parts(p.transform, {}, 1, t.source);
        for (std::size_t first = 0; first < 700; first += 100) {
            std::vector<std::size_t> rows(100);
            for (std::size_t i = 0; i < 100; ++i)
                rows[i] = first + i;
            parts.add(t, rows, p.x.middleRows(Eigen::Index(first), 100), Labels(100, 0));
        }
        const Profiles prof = parts.profiles();
        QVERIFY2(std::abs(prof.populationStdDevs[0] - 2.0) < 1e-9, qPrintable(QString::number(prof.populationStdDevs[0], 'g', 17)));
        QCOMPARE(prof.populationMeans[0], 1e9 + 3.0);
        // A part that fails leaves the sums as they were.
        const Error bad = expectError([&] { parts.add(t, {0, 1}, p.x.topRows(2), Labels {0, 3}); });
        QCOMPARE(bad.kind(), ErrorKind::InvalidData);
        QCOMPARE(parts.customers(), std::size_t(700));
    }

    void handComputedProfile()
    {
        const Table t = handTable();
        const PreparedData p = prepareHand(t);
        const Labels labels {0, 0, 1, 1, -1, 1}; // row 4 is noise: in the population, in no segment
        const Profiles prof = profileSegments(t, p, labels, 2, {"revenue"}, 3);

        QCOMPARE(prof.features, (std::vector<std::string> {"visits", "revenue", "tier=silver", "tier=gold"}));
        QCOMPARE(prof.groups, (std::vector<std::string> {"engagement", "purchasing", "profile", "profile"}));
        QCOMPARE(prof.moneyColumns, (std::vector<std::string> {"revenue"}));
        QCOMPARE(prof.segments.size(), std::size_t {2});
        QCOMPARE(prof.customers, std::size_t {6});
        // Money totals use the raw column: the missing cell of row 5 adds nothing.
        QCOMPARE(prof.moneyTotals, (std::vector<double> {390.0}));

        // Population over all six prepared rows, original units (imputed, before log1p):
        // visits {2,4,6,8,6,10}: mean 6, variance 40/6.
        // revenue {10,30,100,200,50,50}: mean 220/3, variance 213600/54 (deviations x3:
        // -190,-130,80,380,-70,-70). silver share 4/6, std sqrt(4/6 * 2/6); gold share 2/6, same std.
        const double sdVisits = std::sqrt(40.0 / 6.0), sdRevenue = std::sqrt(213600.0 / 54.0);
        const double sdTier = std::sqrt(8.0 / 36.0);
        // z of revenue is taken as clustered: on log1p of the imputed values.
        const std::vector<double> logRevenue {std::log1p(10.0), std::log1p(30.0), std::log1p(100.0),
                                              std::log1p(200.0), std::log1p(50.0), std::log1p(50.0)};
        double logMean = 0.0, logSs = 0.0;
        for (double v : logRevenue)
            logMean += v / 6.0;
        for (double v : logRevenue)
            logSs += (v - logMean) * (v - logMean);
        const double logSd = std::sqrt(logSs / 6.0);
        QVERIFY(close(prof.populationMeans[0], 6.0));
        QVERIFY(close(prof.populationMeans[1], 220.0 / 3.0));
        QVERIFY(close(prof.populationMeans[2], 4.0 / 6.0));
        QVERIFY(close(prof.populationMeans[3], 2.0 / 6.0));
        QVERIFY(close(prof.populationStdDevs[0], sdVisits));
        QVERIFY(close(prof.populationStdDevs[1], sdRevenue));
        QVERIFY(close(prof.populationStdDevs[2], sdTier));

        const SegmentProfile &a = prof.segments[0];
        QCOMPARE(a.segment, 0);
        QCOMPARE(a.size, std::size_t {2});
        QVERIFY(close(a.share, 2.0 / 6.0));
        // Rows 0, 1: visits 3, revenue 20 (not a mean of logarithms), silver 1/2, gold 1/2.
        QVERIFY(close(a.means[0], 3.0));
        QVERIFY(close(a.means[1], 20.0));
        QVERIFY(close(a.means[2], 0.5));
        QVERIFY(close(a.means[3], 0.5));
        QVERIFY(close(a.zScores[0], -3.0 / sdVisits));
        QVERIFY(close(a.zScores[1], ((logRevenue[0] + logRevenue[1]) / 2.0 - logMean) / logSd));
        QVERIFY(close(a.zScores[2], (0.5 - 4.0 / 6.0) / sdTier));
        QVERIFY(close(a.zScores[3], (0.5 - 2.0 / 6.0) / sdTier));
        QCOMPARE(a.money.size(), std::size_t {1});
        QCOMPARE(a.money[0].total, 40.0);
        QCOMPARE(a.money[0].mean, 20.0);
        QCOMPARE(a.money[0].known, std::size_t {2});
        QVERIFY(close(a.money[0].share, 40.0 / 390.0));
        QVERIFY(!a.small); // 2 of 6 customers

        const SegmentProfile &b = prof.segments[1];
        QCOMPARE(b.size, std::size_t {3});
        QCOMPARE(b.share, 0.5);
        // Rows 2, 3, 5: visits (6+8+10)/3, revenue (100+200+50)/3 with the imputed 50, silver 2/3.
        QVERIFY(close(b.means[0], 8.0));
        QVERIFY(close(b.means[1], 350.0 / 3.0));
        QVERIFY(close(b.means[2], 2.0 / 3.0));
        QVERIFY(close(b.zScores[0], 2.0 / sdVisits));
        QVERIFY(std::abs(b.zScores[2]) < 1e-12);
        QVERIFY(close(b.zScores[1], ((logRevenue[2] + logRevenue[3] + logRevenue[5]) / 3.0 - logMean) / logSd));
        // Money: the raw column; the missing cell adds nothing and is not in the mean.
        QCOMPARE(b.money[0].total, 300.0);
        QCOMPARE(b.money[0].mean, 150.0);
        QCOMPARE(b.money[0].known, std::size_t {2});
        QVERIFY(close(b.money[0].share, 300.0 / 390.0));

        // Row 4 (label -1) is profiled as the outliers: revenue 50, visits imputed 6.
        QCOMPARE(prof.outliers.segment, -1);
        QCOMPARE(prof.outliers.size, std::size_t {1});
        QVERIFY(close(prof.outliers.means[0], 6.0));
        QCOMPARE(prof.outliers.money[0].total, 50.0);
        QVERIFY(close(prof.outliers.money[0].share, 50.0 / 390.0));
        QVERIFY(!prof.outliers.small);

        // |z| order: visits 1.16, revenue 1.1 (log scale), then one of the two tier features
        // (both |z| = 0.354, equal up to rounding).
        QCOMPARE(a.topTraits.size(), std::size_t {3});
        QCOMPARE(a.topTraits[0].feature, std::string("visits"));
        QCOMPARE(a.topTraits[1].feature, std::string("revenue"));
        QVERIFY(a.topTraits[2].feature.rfind("tier=", 0) == 0);
        QVERIFY(close(std::abs(a.topTraits[2].zScore), (2.0 / 6.0 - 0.5) / sdTier * -1.0));
        QVERIFY(close(a.topTraits[0].zScore, a.zScores[0]));
        QCOMPARE(a.topTraits[0].segmentMean, a.means[0]);
        QCOMPARE(a.topTraits[0].populationMean, prof.populationMeans[0]);
        QCOMPARE(b.topTraits[0].feature, std::string("visits"));
        QCOMPARE(b.topTraits[1].feature, std::string("revenue"));
    }

    void emptySegmentsAndNoRevenue()
    {
        const Table t = handTable();
        const PreparedData p = prepareHand(t);
        const Profiles prof = profileSegments(t, p, {0, 0, 0, 2, 2, 2}, 3, {}, 1);
        QVERIFY(prof.moneyColumns.empty());
        QCOMPARE(prof.outliers.size, std::size_t {0});
        QCOMPARE(prof.segments.size(), std::size_t {3});
        const SegmentProfile &empty = prof.segments[1];
        QCOMPARE(empty.segment, 1);
        QCOMPARE(empty.size, std::size_t {0});
        QCOMPARE(empty.share, 0.0);
        QVERIFY(std::isnan(empty.means[0]));
        QVERIFY(empty.topTraits.empty());
        QVERIFY(prof.segments[0].money.empty());
        // An empty segment is below any share: flagged; 3 of 6 is not.
        QVERIFY(empty.small);
        QVERIFY(!prof.segments[0].small);
        QCOMPARE(prof.segments[0].topTraits.size(), std::size_t {1});
        // Without noise the size-weighted segment means give back the population mean.
        for (std::size_t j = 0; j < prof.features.size(); ++j)
            QVERIFY(close((prof.segments[0].means[j] * 3 + prof.segments[2].means[j] * 3) / 6.0,
                          prof.populationMeans[j]));
    }

    void droppedRowsFollowTheRowMapping()
    {
        const Table t = handTable();
        FeatureSpec spec;
        spec.imputation = Imputation::Drop;
        spec.groups.push_back(FeatureGroup {
            "g", 1.0, true, {{"visits", Transform::None, 1.0}, {"revenue", Transform::None, 1.0}}});
        const PreparedData p = prepare(t, spec);
        QCOMPARE(p.rows, (std::vector<std::size_t> {0, 1, 2, 3}));
        const Profiles prof = profileSegments(t, p, {1, 0, 0, 1}, 2, {"revenue"});
        // Segment 0 = table rows 1, 2; segment 1 = rows 0, 3.
        QVERIFY(close(prof.segments[0].means[0], 5.0));
        QVERIFY(close(prof.segments[1].means[1], 105.0));
        QCOMPARE(prof.segments[0].money[0].total, 130.0);
        QCOMPARE(prof.segments[0].money[0].mean, 65.0);
        QCOMPARE(prof.segments[1].share, 0.5);
    }

    void smallSegmentsAreFlagged()
    {
        // 6 customers, threshold 20%: 1 customer (16.7%) is small, 2 (33.3%) are not.
        const Table t = handTable();
        const PreparedData p = prepareHand(t);
        const Profiles prof = profileSegments(t, p, {0, 0, 0, 1, 2, 2}, 3, {}, 3, 0.2);
        QCOMPARE(prof.smallShare, 0.2);
        QVERIFY(!prof.segments[0].small);
        QVERIFY(prof.segments[1].small);
        QVERIFY(!prof.segments[2].small);
        // The default: 1% of the customers.
        QCOMPARE(profileSegments(t, p, {0, 0, 0, 1, 2, 2}, 3, {}).smallShare, 0.01);
    }

    void labelErrors()
    {
        const Table t = handTable();
        const PreparedData p = prepareHand(t);
        const Error count = expectError([&] { profileSegments(t, p, {0, 1}, 2, {}); });
        QCOMPARE(count.kind(), ErrorKind::InvalidData);
        QVERIFY(count.detail().find("2 segment labels for 6 prepared rows") != std::string::npos);
        const Error range = expectError([&] { profileSegments(t, p, {0, 0, 5, 1, 1, 1}, 2, {}); });
        QCOMPARE(range.where().row, std::int64_t {4});
        const Error money = expectError([&] { profileSegments(t, p, {0, 0, 1, 1, 1, 1}, 2, {"tier"}); });
        QCOMPARE(money.where().column, std::string("tier"));
        const Error absent = expectError([&] { profileSegments(t, p, {0, 0, 1, 1, 1, 1}, 2, {"sales"}); });
        QVERIFY(absent.detail().find("no column named 'sales'") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestSegmentProfile)
#include "test_segment_profile.moc"
