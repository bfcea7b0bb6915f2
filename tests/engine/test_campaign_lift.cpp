// Campaign lift (engine/eval/campaign_lift.h): the intervals against Newcombe's published
// tables, the tests against closed forms and hand-computed values, the corrections against their
// definitions, and the whole analysis on constructed campaigns whose effect is known.

#include "engine/core/error.h"
#include "engine/core/parallel.h"
#include "engine/core/random.h"
#include "engine/eval/campaign_lift.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace seg;

namespace {

constexpr double kZ95 = 1.959963984540054;

/// A campaign of `perArm` customers per arm in each of `segments` segments, where segment s
/// converts at control[s] and treated[s] exactly (the first round(rate * perArm) customers of an
/// arm convert), and spends `spend` plus `uplift` in the treated arm (with noise).
LiftInput constructedCampaign(const std::vector<double> &control, const std::vector<double> &treated, std::size_t perArm,
                              double uplift)
{
    LiftInput input;
    input.segmentCount = static_cast<int>(control.size());
    Rng rng(7);
    for (int s = 0; s < input.segmentCount; ++s) {
        input.segmentNames.push_back("S" + std::to_string(s));
        for (int arm = 0; arm < 2; ++arm) {
            const double rate = arm == 1 ? treated[std::size_t(s)] : control[std::size_t(s)];
            const auto converts = static_cast<std::size_t>(std::llround(rate * double(perArm)));
            for (std::size_t i = 0; i < perArm; ++i) {
                input.segments.push_back(s);
                input.treated.push_back(std::uint8_t(arm));
                input.converted.push_back(i < converts ? 1 : 0);
                input.revenue.push_back(50.0 + 10.0 * s + (arm == 1 ? uplift : 0.0) + 5.0 * rng.normal());
            }
        }
    }
    return input;
}

} // namespace

class TestCampaignLift : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wilsonMatchesNewcombe1998a()
    {
        // Newcombe (1998a), Statistics in Medicine 17:857-872, Table I: 81/263, method 3 (Wilson
        // score without continuity correction) 0.2553 to 0.3662.
        const Interval w = wilsonInterval(81, 263);
        QCOMPARE(w.estimate, 81.0 / 263.0);
        QVERIFY(std::abs(w.low - 0.2553) < 5e-5);
        QVERIFY(std::abs(w.high - 0.3662) < 5e-5);
        // 0 of n: the lower bound is 0 and the upper z^2 / (n + z^2).
        const Interval none = wilsonInterval(0, 20);
        QCOMPARE(none.low, 0.0);
        QVERIFY(std::abs(none.high - kZ95 * kZ95 / (20 + kZ95 * kZ95)) < 1e-12);
        QVERIFY(std::isnan(wilsonInterval(0, 0).low));
    }

    void newcombeDifferenceMatchesTheTable_data()
    {
        QTest::addColumn<int>("x1");
        QTest::addColumn<int>("n1");
        QTest::addColumn<int>("x2");
        QTest::addColumn<int>("n2");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        // Newcombe (1998b), Statistics in Medicine 17:873-890, Table II, method 10 (the hybrid
        // score interval), examples (a), (b), (c), (d), (g) and (h).
        QTest::newRow("a 56/70-48/80") << 56 << 70 << 48 << 80 << 0.0524 << 0.3339;
        QTest::newRow("b 9/10-3/10") << 9 << 10 << 3 << 10 << 0.1705 << 0.8090;
        QTest::newRow("c 6/7-2/7") << 6 << 7 << 2 << 7 << 0.0582 << 0.8062;
        QTest::newRow("d 5/56-0/29") << 5 << 56 << 0 << 29 << -0.0381 << 0.1926;
        QTest::newRow("g 0/10-0/20") << 0 << 10 << 0 << 20 << -0.1611 << 0.2775;
        QTest::newRow("h 10/10-0/20") << 10 << 10 << 0 << 20 << 0.6791 << 1.0000;
    }

    void newcombeDifferenceMatchesTheTable()
    {
        QFETCH(int, x1);
        QFETCH(int, n1);
        QFETCH(int, x2);
        QFETCH(int, n2);
        QFETCH(double, low);
        QFETCH(double, high);
        const Interval d = newcombeDifference(std::size_t(x1), std::size_t(n1), std::size_t(x2), std::size_t(n2));
        QCOMPARE(d.estimate, double(x1) / n1 - double(x2) / n2);
        QVERIFY2(std::abs(d.low - low) < 5e-5, qPrintable(QString::number(d.low, 'f', 6)));
        QVERIFY2(std::abs(d.high - high) < 5e-5, qPrintable(QString::number(d.high, 'f', 6)));
    }

    void twoProportionTestIsTheChiSquareTest()
    {
        // The chi-square statistic of the 2x2 table, sum (O - E)^2 / E, has one degree of
        // freedom: p = erfc(sqrt(chi2 / 2)).
        const double observed[2][2] = {{56, 14}, {48, 32}};
        const double rows[2] = {70, 80}, cols[2] = {104, 46}, total = 150;
        double chi2 = 0;
        for (int r = 0; r < 2; ++r)
            for (int c = 0; c < 2; ++c) {
                const double expected = rows[r] * cols[c] / total;
                chi2 += (observed[r][c] - expected) * (observed[r][c] - expected) / expected;
            }
        QVERIFY(std::abs(twoProportionPValue(56, 70, 48, 80) - std::erfc(std::sqrt(chi2 / 2))) < 1e-12);
        QCOMPARE(twoProportionPValue(0, 10, 0, 20), 1.0);
        QCOMPARE(twoProportionPValue(5, 5, 7, 7), 1.0);
        QVERIFY(std::isnan(twoProportionPValue(1, 0, 2, 3)));
    }

    void welchAgainstClosedForms()
    {
        // a = {0, 2}, b = {3, 5}: both variances 2, so va = vb = 1, t = -3 / sqrt(2) and the
        // Welch degrees of freedom (1 + 1)^2 / (1 + 1) = 2. Student's t with 2 degrees of
        // freedom has the two-sided tail 1 - |t| / sqrt(t^2 + 2).
        const double t = 3.0 / std::sqrt(2.0);
        QVERIFY(std::abs(welchPValue({0, 2}, {3, 5}) - (1 - t / std::sqrt(t * t + 2))) < 1e-12);
        // One variance zero, the other's n = 2: degrees of freedom exactly 1, the Cauchy
        // distribution: two-sided tail 1 - 2 atan(|t|) / pi. a = {1, 3} (va = 1), b = {0, 0, 0}.
        QVERIFY(std::abs(welchPValue({1, 3}, {0, 0, 0}) - (1 - 2 * std::atan(2.0) / M_PI)) < 1e-12);
        QCOMPARE(welchPValue({4, 4}, {4, 4, 4}), 1.0);
        QCOMPARE(welchPValue({4, 4}, {5, 5}), 0.0);
        QVERIFY(std::isnan(welchPValue({1}, {1, 2})));
    }

    void correctionsFollowTheirDefinitions()
    {
        // Hand-computed. Holm: sorted 0.005, 0.01, 0.03, 0.04 times 4, 3, 2, 1 = 0.02, 0.03,
        // 0.06, 0.04, made monotone: 0.02, 0.03, 0.06, 0.06. Benjamini-Hochberg: times 4/1,
        // 4/2, 4/3, 4/4 = 0.02, 0.02, 0.04, 0.04, monotone from the top: unchanged.
        const std::vector<double> p {0.01, 0.04, 0.03, 0.005, std::nan("")};
        const std::vector<double> holm = adjustPValues(p, LiftCorrection::Holm);
        const std::vector<double> bh = adjustPValues(p, LiftCorrection::BenjaminiHochberg);
        const double expectedHolm[] = {0.03, 0.06, 0.06, 0.02};
        const double expectedBh[] = {0.02, 0.04, 0.04, 0.02};
        for (int i = 0; i < 4; ++i) {
            QVERIFY(std::abs(holm[std::size_t(i)] - expectedHolm[i]) < 1e-15);
            QVERIFY(std::abs(bh[std::size_t(i)] - expectedBh[i]) < 1e-15);
        }
        QVERIFY(std::isnan(holm[4]) && std::isnan(bh[4]));
        QCOMPARE(adjustPValues({0.9, 0.8}, LiftCorrection::Holm), (std::vector<double> {1.0, 1.0}));
        QCOMPARE(adjustPValues(p, LiftCorrection::None)[1], 0.04);
    }

    void standardisedMeanDifference_()
    {
        // Means 2 and 3, sample variances 1 and 1: SMD -1.
        QCOMPARE(standardisedMeanDifference({1, 2, 3}, {2, 3, 4}), -1.0);
        // Variances 1 and 4 pool to sqrt(2.5); NaN is left out.
        QVERIFY(std::abs(standardisedMeanDifference({1, 2, 3, std::nan("")}, {0, 2, 4}) - 0.0) < 1e-15);
        QVERIFY(std::abs(standardisedMeanDifference({3, 4, 5}, {0, 2, 4}) - 2.0 / std::sqrt(2.5)) < 1e-15);
        QCOMPARE(standardisedMeanDifference({1, 1}, {1, 1}), 0.0);
        QVERIFY(std::isinf(standardisedMeanDifference({1, 1}, {0, 0})));
        QVERIFY(std::isnan(standardisedMeanDifference({1}, {0, 0})));
    }

    void conversionLiftOfAKnownCampaign()
    {
        // Segment 0 converts at 10% in control and 15% in treatment, segment 1 at 20% in both.
        const LiftInput input = constructedCampaign({0.10, 0.20}, {0.15, 0.20}, 1000, 0.0);
        const CampaignLift lift = campaignLift(input);
        QCOMPARE(lift.segments.size(), std::size_t(2));
        const LiftGroup &s0 = lift.segments[0];
        QCOMPARE(s0.treated, std::size_t(1000));
        QCOMPARE(s0.conversion.treatedConversions, std::size_t(150));
        QCOMPARE(s0.conversion.controlConversions, std::size_t(100));
        QVERIFY(std::abs(s0.conversion.difference.estimate - 0.05) < 1e-15);
        const Interval expected = newcombeDifference(150, 1000, 100, 1000);
        QCOMPARE(s0.conversion.difference.low, expected.low);
        QVERIFY(std::abs(s0.conversion.lift.estimate - 0.5) < 1e-12);
        // Katz: log(1.5) -+ z sqrt(1/150 - 1/1000 + 1/100 - 1/1000).
        const double se = std::sqrt(1.0 / 150 - 1.0 / 1000 + 1.0 / 100 - 1.0 / 1000);
        QVERIFY(std::abs(s0.conversion.lift.low - (1.5 * std::exp(-kZ95 * se) - 1)) < 1e-9);
        QVERIFY(std::abs(s0.conversion.lift.high - (1.5 * std::exp(kZ95 * se) - 1)) < 1e-9);
        // Holm over the two segments: the smaller p-value doubled.
        QVERIFY(std::abs(s0.conversion.adjustedPValue - 2 * s0.conversion.pValue) < 1e-15);
        QVERIFY(s0.conversion.significant);
        const LiftGroup &s1 = lift.segments[1];
        QCOMPARE(s1.conversion.difference.estimate, 0.0);
        QVERIFY(!s1.conversion.significant);
        QCOMPARE(s1.conversion.adjustedPValue, 1.0);
        // Minimum detectable difference at the pooled 20%: (z + z_0.8) sqrt(0.16 (2 / 1000)).
        QVERIFY(std::abs(s1.conversion.minimumDetectable - (kZ95 + 0.8416212335729143) * std::sqrt(0.16 * 0.002)) < 1e-9);
        bool warned = false;
        for (const std::string &w : s1.warnings)
            warned = warned || w.find("5.0 points or more") != std::string::npos;
        QVERIFY2(warned, "the unmoved segment says what the test could have found");
        // Overall: 350 of 2000 against 300 of 2000.
        QCOMPARE(lift.overall.conversion.treatedConversions, std::size_t(350));
        QCOMPARE(lift.overall.conversion.pValue, twoProportionPValue(350, 2000, 300, 2000));
        QCOMPARE(lift.overall.conversion.adjustedPValue, lift.overall.conversion.pValue);
        QVERIFY(lift.warnings.empty());
    }

    void revenueLiftFindsTheUplift()
    {
        const LiftInput input = constructedCampaign({0.1, 0.1, 0.1}, {0.1, 0.1, 0.1}, 400, 4.0);
        setThreadCount(1);
        const CampaignLift one = campaignLift(input);
        setThreadCount(2);
        const CampaignLift two = campaignLift(input);
        setThreadCount(0);
        for (std::size_t s = 0; s < 3; ++s) {
            const RevenueLift &r = one.segments[s].revenue;
            QVERIFY(one.segments[s].hasRevenue);
            // The noise is N(0, 5^2): the difference of two means of 400 has the standard error
            // 5 sqrt(2 / 400) = 0.354, so the estimate lies near the true 4, and the bootstrap
            // interval is about as wide as the normal one, 2 z SE (sample variances).
            QVERIFY(std::abs(r.difference.estimate - 4.0) < 4 * 0.354);
            std::vector<double> treated, control;
            for (std::size_t i = 0; i < input.revenue.size(); ++i)
                if (input.segments[i] == int(s))
                    (input.treated[i] ? treated : control).push_back(input.revenue[i]);
            const auto variance = [](const std::vector<double> &v) {
                double m = 0, q = 0;
                for (double x : v)
                    m += x / double(v.size());
                for (double x : v)
                    q += (x - m) * (x - m) / double(v.size() - 1);
                return q;
            };
            const double normalWidth = 2 * kZ95 * std::sqrt(variance(treated) / 400 + variance(control) / 400);
            const double width = r.difference.high - r.difference.low;
            QVERIFY2(std::abs(width - normalWidth) < 0.1 * normalWidth,
                     qPrintable(QString::number(width) + QStringLiteral(" against ") + QString::number(normalWidth)));
            QVERIFY(std::abs(r.minimumDetectable - (kZ95 + 0.8416212335729143) * normalWidth / (2 * kZ95)) < 1e-9);
            QVERIFY(r.difference.low < r.difference.estimate && r.difference.estimate < r.difference.high);
            QCOMPARE(r.difference.estimate, r.treatedMean - r.controlMean);
            QVERIFY(std::abs(r.lift.estimate - (r.treatedMean / r.controlMean - 1)) < 1e-15);
            QVERIFY(r.significant);
            // The same on any number of threads.
            QCOMPARE(two.segments[s].revenue.difference.low, r.difference.low);
            QCOMPARE(two.segments[s].revenue.lift.high, r.lift.high);
        }
        // Equal segments and arms: the overall difference is the mean of the segments'.
        double mean = 0;
        for (std::size_t s = 0; s < 3; ++s)
            mean += one.segments[s].revenue.difference.estimate / 3;
        QVERIFY(std::abs(one.overall.revenue.difference.estimate - mean) < 1e-12);
    }

    void imbalancedArmsAreNamed()
    {
        LiftInput input = constructedCampaign({0.1, 0.1}, {0.1, 0.1}, 300, 0.0);
        // A covariate higher in the treated arm by one standard deviation, another equal; and
        // the treated arm losing 100 of segment 1's customers, so the segment mix differs.
        std::vector<double> visits, tenure;
        for (std::size_t i = 0; i < input.treated.size(); ++i) {
            visits.push_back((input.treated[i] ? 1.0 : 0.0) + (i % 2 == 0 ? 1.0 : -1.0));
            tenure.push_back(double(i % 7));
        }
        input.covariates = {LiftCovariate::of("visits", visits), LiftCovariate::of("tenure", tenure)};
        LiftInput shifted = input;
        for (std::size_t i = 0, dropped = 0; i < shifted.treated.size() && dropped < 100; ++i)
            if (shifted.segments[i] == 1 && shifted.treated[i]) {
                shifted.segments[i] = 0;
                ++dropped;
            }
        const CampaignLift lift = campaignLift(input);
        QCOMPARE(lift.balance.size(), std::size_t(4));
        QCOMPARE(lift.balance[0].covariate, std::string("visits"));
        QVERIFY(lift.balance[0].imbalanced);
        QVERIFY(std::abs(lift.balance[0].smd - 1.0) < 0.01);
        QVERIFY(!lift.balance[1].imbalanced);
        QCOMPARE(lift.balance[2].covariate, std::string("segment 0 'S0'"));
        QCOMPARE(lift.warnings.size(), std::size_t(1));
        QVERIFY(lift.warnings[0].find("visits (SMD 1.00)") != std::string::npos);
        const CampaignLift mixed = campaignLift(shifted);
        QVERIFY(mixed.balance[3].imbalanced);
        QCOMPARE(mixed.warnings.size(), std::size_t(2));
        QVERIFY(mixed.warnings[1].find("different shares") != std::string::npos);
    }

    void smallAndOneSidedGroupsAreExplained()
    {
        LiftInput input = constructedCampaign({0.1, 0.5}, {0.1, 0.5}, 30, 0.0);
        // Segment 2 exists in the run but only treated customers fell into it.
        input.segmentCount = 3;
        input.segmentNames.push_back("S2");
        for (int i = 0; i < 5; ++i) {
            input.segments.push_back(2);
            input.treated.push_back(1);
            input.converted.push_back(0);
            input.revenue.push_back(1);
        }
        const CampaignLift lift = campaignLift(input);
        QVERIFY(!lift.segments[2].hasConversion && !lift.segments[2].hasRevenue);
        QCOMPARE(lift.segments[2].warnings.front(), std::string("no control customers: the campaign cannot be judged here"));
        QVERIFY(lift.segments[0].warnings.front().find("only 30 ") == 0);
        bool rough = false;
        for (const std::string &w : lift.segments[0].warnings)
            rough = rough || w.find("fewer than 5 conversions") != std::string::npos;
        QVERIFY(rough);

        // One control customer in segment 2: the count's singular.
        LiftInput one = input;
        one.segments.push_back(2);
        one.treated.push_back(0);
        one.converted.push_back(0);
        one.revenue.push_back(1);
        const std::vector<std::string> warnings = campaignLift(one).segments[2].warnings;
        QVERIFY(std::find(warnings.begin(), warnings.end(),
                          "only 1 control customer (fewer than 100): its estimates are fragile")
                != warnings.end());
    }

    void badInputIsRefused()
    {
        LiftInput input = constructedCampaign({0.1}, {0.1}, 10, 0.0);
        LiftInput noControl = input;
        std::fill(noControl.treated.begin(), noControl.treated.end(), std::uint8_t(1));
        QVERIFY_THROWS_EXCEPTION(Error, campaignLift(noControl));
        LiftInput badConversion = input;
        badConversion.converted[3] = 2;
        try {
            campaignLift(badConversion);
            QFAIL("a conversion of 2 was accepted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::InvalidData);
            QVERIFY(std::string(e.what()).find("customer 4") != std::string::npos);
        }
        LiftInput nothing = input;
        nothing.converted.clear();
        nothing.revenue.clear();
        QVERIFY_THROWS_EXCEPTION(Error, campaignLift(nothing));
        LiftOptions options;
        options.level = 1.0;
        QVERIFY_THROWS_EXCEPTION(Error, campaignLift(input, options));
    }
};

QTEST_APPLESS_MAIN(TestCampaignLift)
#include "test_campaign_lift.moc"
