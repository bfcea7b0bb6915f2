// Segment economics (engine/value/segment_value.h) and drivers (engine/profile/drivers.h):
// figures computed by hand on small tables, and the value model checked against the models'
// own functions.

#include "engine/core/parallel.h"
#include "engine/data/cell_parsers.h"
#include "engine/data/csv_reader.h"
#include "engine/data/column_roles.h"
#include "engine/demo/demo_data.h"
#include "engine/profile/drivers.h"
#include "engine/value/segment_value.h"
#include "tests/support/engine_fixtures.h"

#include <QTest>

#include <cmath>
#include <fstream>
#include <numeric>
#include <sstream>

using namespace seg;
using namespace seg::test;

class TestSegmentValue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valueColumnsAreFoundByName()
    {
        Table t = tableOf({numeric("Frequency", {0, 1}), numeric("recency", {0, 2}), numeric("T", {3, 4}),
                           numeric("Monetary Value", {0, 5})});
        const auto found = findValueColumns(t);
        QVERIFY(found.has_value());
        QCOMPARE(found->frequency, std::string("Frequency"));
        QCOMPARE(found->recency, std::string("recency"));
        QCOMPARE(found->tenure, std::string("T"));
        QCOMPARE(found->monetary, std::string("Monetary Value"));
        // A lower-case "t" is too likely something else; without T there is no model.
        t.columns[2].name = "t";
        QVERIFY(!findValueColumns(t).has_value());
        // Monetary is optional.
        const Table noMoney = tableOf({numeric("frequency", {0}), numeric("t_x", {0}), numeric("age", {1})});
        QVERIFY(findValueColumns(noMoney).has_value());
        QVERIFY(findValueColumns(noMoney)->monetary.empty());
    }

    void revenueColumnPrefersRevenueWords()
    {
        Table t = tableOf({numeric("avg_order_value", {1}), numeric("total_spend", {2}), numeric("visits", {3})});
        assignColumnRoles(t, {{"avg_order_value", ColumnRole::Value}, {"total_spend", ColumnRole::Value}});
        QCOMPARE(revenueColumn(t), std::string("total_spend"));
        assignColumnRoles(t, {{"avg_order_value", ColumnRole::Value}, {"total_spend", ColumnRole::Numeric}});
        QCOMPARE(revenueColumn(t), std::string("avg_order_value"));
        assignColumnRoles(t, {{"avg_order_value", ColumnRole::Numeric}, {"total_spend", ColumnRole::Numeric}});
        QCOMPARE(revenueColumn(t), std::string());
    }

    void resamplesShrinkWithTheTable()
    {
        QCOMPARE(economicsResamples(0), 1000);
        QCOMPARE(economicsResamples(20000), 1000);
        QCOMPARE(economicsResamples(50000), 400);
        QCOMPARE(economicsResamples(1000000), 100);
    }

    void economicsByHand()
    {
        // Rows 0..5, prepared rows {0, 1, 2, 3, 5} (row 4 dropped), labels {0, 0, 1, -1, 1}.
        const Table t = tableOf({numeric("revenue", {10, 30, 100, 999, 7, 100})});
        const std::vector<std::size_t> rows {0, 1, 2, 3, 5};
        const Labels labels {0, 0, 1, -1, 1};
        const Economics e = segmentEconomics(t, rows, labels, 2, "revenue", nullptr, {200, 0.95, 1});
        QCOMPARE(e.resamples, 200);
        QVERIFY(!e.hasValue);
        QCOMPARE(e.segments.size(), std::size_t(2));
        QCOMPARE(e.segments[0].size, std::size_t(2));
        QCOMPARE(e.segments[1].size, std::size_t(2));
        // Share of the 5 profiled customers, the outlier included; normal interval 0.4 ± 1.96 sqrt(0.24 / 5).
        const double half = 1.959963984540054 * std::sqrt(0.4 * 0.6 / 5);
        QVERIFY(close(e.segments[0].share.estimate, 0.4));
        QCOMPARE(e.segments[0].share.low, 0.0); // 0.4 - 0.429, clamped to 0
        QVERIFY(close(e.segments[0].share.high, 0.4 + half));
        // Revenue: segment 0 {10, 30}: mean 20, total 40; segment 1 {100, 100}: 100, 200; shares of 240.
        QVERIFY(close(e.segments[0].revenuePerCustomer.estimate, 20));
        QVERIFY(close(e.segments[0].revenueTotal.estimate, 40));
        QVERIFY(close(e.segments[0].revenueShare.estimate, 40.0 / 240));
        QVERIFY(close(e.segments[1].revenuePerCustomer.estimate, 100));
        QVERIFY(close(e.segments[1].revenueShare.estimate, 200.0 / 240));
        // Resampling {10, 30} twice: means 10, 20 or 30, so the interval lies in [10, 30]; a
        // segment of equal values has no spread at all.
        QVERIFY(e.segments[0].revenuePerCustomer.low >= 10 && e.segments[0].revenuePerCustomer.high <= 30);
        QCOMPARE(e.segments[1].revenuePerCustomer.low, 100.0);
        QCOMPARE(e.segments[1].revenuePerCustomer.high, 100.0);
        // No value model: those figures are NaN.
        QVERIFY(std::isnan(e.segments[0].clvMean.estimate));
        QVERIFY(std::isnan(e.segments[0].probabilityAlive.estimate));
    }

    void estimatesOnlyKeepTheEstimates()
    {
        // The explorer shows a result before its intervals: the same estimates, no bounds.
        const Table t = generateDemoData(3000, 5);
        const auto columns = findValueColumns(t);
        QVERIFY(columns.has_value());
        const CustomerValueModel model = fitCustomerValue(t, *columns, TimeUnit::Week);
        std::vector<std::size_t> rows(t.rowCount);
        Labels labels(t.rowCount);
        for (std::size_t i = 0; i < t.rowCount; ++i) {
            rows[i] = i;
            labels[i] = static_cast<int>(i % 3);
        }
        const Economics full = segmentEconomics(t, rows, labels, 3, revenueColumn(t), &model, {300, 0.95, 42});
        const Economics quick = segmentEconomics(t, rows, labels, 3, revenueColumn(t), &model, {kEstimatesOnly, 0.95, 42});
        QCOMPARE(full.resamples, 300);
        QCOMPARE(quick.resamples, 0);
        for (std::size_t s = 0; s < 3; ++s) {
            const SegmentEconomics &a = full.segments[s];
            const SegmentEconomics &b = quick.segments[s];
            for (auto member : {&SegmentEconomics::revenuePerCustomer, &SegmentEconomics::revenueTotal,
                                &SegmentEconomics::revenueShare, &SegmentEconomics::clvMean, &SegmentEconomics::clvTotal,
                                &SegmentEconomics::clvShare, &SegmentEconomics::expectedPurchases,
                                &SegmentEconomics::probabilityAlive}) {
                QCOMPARE((b.*member).estimate, (a.*member).estimate);
                QVERIFY(std::isnan((b.*member).low) && std::isnan((b.*member).high));
                QVERIFY((a.*member).low <= (a.*member).estimate && (a.*member).estimate <= (a.*member).high);
            }
            QCOMPARE(b.share.estimate, a.share.estimate); // the normal interval of the share stays
        }
    }

    void valueModelOnTheDemoData()
    {
        const Table t = generateDemoData(4000, 3);
        const auto columns = findValueColumns(t);
        QVERIFY(columns.has_value());
        const CustomerValueModel model = fitCustomerValue(t, *columns, TimeUnit::Week);
        QCOMPARE(model.rows.size(), t.rowCount);
        QVERIFY(model.hasMonetary);
        QCOMPARE(model.bgnbd.status, ModelFitStatus::Converged);
        // Each customer's forecast is the models' own at the fitted parameters.
        const Column &x = t.require("frequency"), &tx = t.require("recency"), &T = t.require("T"),
                     &m = t.require("monetary_value");
        for (std::size_t r : {std::size_t(0), std::size_t(17), std::size_t(3999)}) {
            const RfmPoint point {x.numbers[r], tx.numbers[r], T.numbers[r]};
            QVERIFY(close(model.rows[r].probabilityAlive, bgnbdProbabilityAlive(model.bgnbd.params, point), 1e-12));
            QVERIFY(close(model.rows[r].expectedPurchases,
                          bgnbdConditionalExpectedPurchases(model.bgnbd.params, point, 52.0), 1e-12));
            const double value = gammaGammaExpectedValue(model.gammaGamma.params, {x.numbers[r], m.numbers[r]});
            QVERIFY(close(model.rows[r].clv, value * model.rows[r].expectedPurchases, 1e-12));
        }
        // The frequency check: every customer counted once in the bucket of min(x, 7); the
        // model's expectations are probabilities over all buckets, so they add up to the
        // customers too.
        QCOMPARE(model.frequencyFit.actual.size(), std::size_t(8));
        std::vector<double> counted(8, 0.0);
        for (std::size_t r = 0; r < t.rowCount; ++r)
            counted[std::min<std::size_t>(7, std::size_t(x.numbers[r]))] += 1.0;
        QCOMPARE(model.frequencyFit.actual, counted);
        double expected = 0.0;
        for (double e : model.frequencyFit.expected) {
            QVERIFY(e >= 0.0);
            expected += e;
        }
        QVERIFY(close(expected, double(t.rowCount), 1e-9));

        // Segments by the generating persona: means are the plain means of the customers' values.
        std::vector<std::size_t> rows(t.rowCount);
        Labels labels(t.rowCount);
        const Column &truth = t.require("true_segment");
        for (std::size_t r = 0; r < t.rowCount; ++r) {
            rows[r] = r;
            labels[r] = int(truth.numbers[r]);
        }
        const Economics e = segmentEconomics(t, rows, labels, kDemoSegments, revenueColumn(t), &model);
        QVERIFY(e.hasValue && e.hasClv);
        QCOMPARE(e.revenueColumn, std::string("revenue"));
        double shareSum = 0;
        for (int s = 0; s < kDemoSegments; ++s) {
            double sum = 0, alive = 0;
            std::size_t n = 0;
            for (std::size_t r = 0; r < t.rowCount; ++r)
                if (labels[r] == s) {
                    sum += model.rows[r].clv;
                    alive += model.rows[r].probabilityAlive;
                    ++n;
                }
            const SegmentEconomics &g = e.segments[std::size_t(s)];
            QCOMPARE(g.size, n);
            QVERIFY(close(g.clvMean.estimate, sum / double(n), 1e-12));
            QVERIFY(close(g.probabilityAlive.estimate, alive / double(n), 1e-12));
            QVERIFY(g.clvMean.low <= g.clvMean.estimate && g.clvMean.estimate <= g.clvMean.high);
            shareSum += g.clvShare.estimate;
        }
        QVERIFY(close(shareSum, 1.0, 1e-12));
        // The personas' value is planted: loyal high spenders (0) are worth the most per
        // customer, lapsed one-timers (3) expect the fewest purchases. (Not the lowest P(alive):
        // BG/NBD counts a customer without a repeat purchase as alive.)
        for (int s = 1; s < kDemoSegments; ++s)
            QVERIFY(e.segments[0].clvMean.estimate > e.segments[std::size_t(s)].clvMean.estimate);
        for (int s = 0; s < kDemoSegments; ++s)
            if (s != 3)
                QVERIFY(e.segments[3].expectedPurchases.estimate < e.segments[std::size_t(s)].expectedPurchases.estimate);
    }

    // Fits given (as a project stores them) are used instead of fitting: the model is the one
    // fitted, to the bit. Fits of other columns, another unit or other customers are not used.
    void storedFitsAreUsedInsteadOfFitting()
    {
        const Table t = generateDemoData(3000, 5);
        const SummaryColumns columns = *findValueColumns(t);
        const CustomerValueModel fitted = fitCustomerValue(t, columns, TimeUnit::Week);
        const ValueModelFits fits = valueModelFits(fitted);
        const CustomerValueModel reused = fitCustomerValue(t, columns, TimeUnit::Week, {}, &fits);
        QCOMPARE(reused.rows.size(), fitted.rows.size());
        for (std::size_t r = 0; r < t.rowCount; ++r) {
            QCOMPARE(reused.rows[r].clv, fitted.rows[r].clv);
            QCOMPARE(reused.rows[r].probabilityAlive, fitted.rows[r].probabilityAlive);
        }
        QCOMPARE(reused.frequencyFit.expected, fitted.frequencyFit.expected);
        QCOMPARE(reused.warnings, fitted.warnings);
        QCOMPARE(reused.bgnbd.evaluations, fitted.bgnbd.evaluations);

        // Other parameters show that the given fits are what the forecasts come from.
        ValueModelFits other = fits;
        other.bgnbd.params.r *= 2.0;
        other.gammaGamma.params.p *= 1.5;
        const CustomerValueModel planted = fitCustomerValue(t, columns, TimeUnit::Week, {}, &other);
        const Column &x = t.require("frequency"), &tx = t.require("recency"), &T = t.require("T");
        const RfmPoint point {x.numbers[11], tx.numbers[11], T.numbers[11]};
        QCOMPARE(planted.rows[11].probabilityAlive, bgnbdProbabilityAlive(other.bgnbd.params, point));
        QCOMPARE(planted.gammaGamma.params.p, other.gammaGamma.params.p);

        // Fitted in another unit, on another column, or on other customers: fitted again.
        for (int change = 0; change < 3; ++change) {
            ValueModelFits stale = other;
            if (change == 0)
                stale.unit = TimeUnit::Day;
            else if (change == 1)
                stale.columns.monetary.clear();
            else
                stale.bgnbd.customers += 1;
            const CustomerValueModel refitted = fitCustomerValue(t, columns, TimeUnit::Week, {}, &stale);
            QCOMPARE(refitted.bgnbd.params.r, fitted.bgnbd.params.r);
            QCOMPARE(refitted.rows[11].clv, fitted.rows[11].clv);
        }
    }

    // A log read with a holdout (as the explorer reads it) carries its own forecast check: the
    // CDNOW sample's 2,357 customers, calibration to 1997-09-30 and 39 weeks of holdout.
    void holdoutCheckOfALogReadAsCustomers()
    {
        std::ifstream in(SEG_SHARED_DATA_DIR "/cdnow/CDNOW_sample.txt", std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        CsvOptions csv;
        csv.delimiter = ' ';
        csv.columnTypes = {{"sample_id", ColumnType::Identifier}};
        const Table log = parseCsv("master_id sample_id date cds dollars\n" + text.str(), "CDNOW_sample.txt", csv);
        LogImport import;
        import.columns = {"sample_id", "date", "dollars", {}, {}, {}, {}};
        import.calibrationEnd = static_cast<double>(daysFromCivil(1997, 9, 30));
        import.holdoutLength = 39;
        const Table t = customersFromLog(log, import);
        QCOMPARE(t.rowCount, std::size_t(2357));
        const auto columns = findValueColumns(t);
        QVERIFY(columns.has_value());
        const CustomerValueModel model = fitCustomerValue(t, *columns, valueTimeUnit(t, TimeUnit::Day));
        QVERIFY(model.unit == TimeUnit::Week); // from the table, not the fallback
        QCOMPARE(model.holdoutLength, 39.0);
        QVERIFY(model.holdoutFit.has_value());
        // The check is the diagnostics' own on the log's customers and the fitted parameters.
        TransactionOptions options;
        options.columns = import.columns;
        options.calibrationEnd = *import.calibrationEnd;
        options.holdoutEnd = *import.calibrationEnd + 39 * 7;
        const CustomerTable customers = summariseTransactions(log, options);
        std::vector<double> made;
        for (const CustomerSummary &c : customers.customers)
            made.push_back(c.holdoutPurchases);
        const HoldoutComparison expected =
            holdoutComparison(model.bgnbd.params, rfmPoints(customers), made, customers.holdoutLength());
        QCOMPARE(model.holdoutFit->customers, expected.customers);
        QCOMPARE(model.holdoutFit->actualMean, expected.actualMean);
        QCOMPARE(model.holdoutFit->predictedMean, expected.predictedMean);
        QCOMPARE(model.holdoutFit->customers[0], 1411.0); // FHL 2005, section 5
        QCOMPARE(model.holdoutFit->actualTotal, std::accumulate(made.begin(), made.end(), 0.0));

        // Without a holdout period there is nothing to check against.
        import.holdoutLength = 0;
        const Table calibrated = customersFromLog(log, import);
        const CustomerValueModel plain = fitCustomerValue(calibrated, *findValueColumns(calibrated), TimeUnit::Week);
        QVERIFY(!plain.holdoutFit);
        QCOMPARE(plain.holdoutLength, 0.0);
    }

    void intervalsDoNotDependOnTheThreadCount()
    {
        // Segments are resampled in parallel, each from its own stream.
        const Table t = generateDemoData(3000, 5);
        std::vector<std::size_t> rows(t.rowCount);
        Labels labels(t.rowCount);
        for (std::size_t r = 0; r < t.rowCount; ++r) {
            rows[r] = r;
            labels[r] = int(t.require("true_segment").numbers[r]);
        }
        setThreadCount(1);
        const Economics one = segmentEconomics(t, rows, labels, kDemoSegments, "revenue", nullptr, {300, 0.95, 9});
        setThreadCount(3);
        const Economics three = segmentEconomics(t, rows, labels, kDemoSegments, "revenue", nullptr, {300, 0.95, 9});
        setThreadCount(0);
        for (int s = 0; s < kDemoSegments; ++s) {
            const SegmentEconomics &a = one.segments[std::size_t(s)], &b = three.segments[std::size_t(s)];
            QCOMPARE(a.revenuePerCustomer.low, b.revenuePerCustomer.low);
            QCOMPARE(a.revenuePerCustomer.high, b.revenuePerCustomer.high);
            QCOMPARE(a.revenueShare.low, b.revenueShare.low);
            QCOMPARE(a.revenueShare.high, b.revenueShare.high);
            QVERIFY(a.revenuePerCustomer.low < a.revenuePerCustomer.estimate
                    && a.revenuePerCustomer.estimate < a.revenuePerCustomer.high);
        }
    }

    void driversByHand()
    {
        // Feature a: {1, 3 | 5, 7 | excluded 100}; b constant.
        const Matrix x = matrixOf({{1, 2}, {3, 2}, {5, 2}, {7, 2}, {100, 2}});
        const Drivers d = computeDrivers(x, {"a", "b"}, {0, 0, 1, 1, -1}, 2);
        // Segment 0 mean 2 (variance 1), the rest 6 (variance 1): SMD (2 - 6) / 1 = -4.
        QVERIFY(close(d.smd[0][0], -4.0));
        QVERIFY(close(d.smd[1][0], 4.0));
        QCOMPARE(d.smd[0][1], 0.0);
        // Total SS around 4: 9 + 1 + 1 + 9 = 20; between: 2 * 4 + 2 * 4 = 16.
        QVERIFY(close(d.separation[0], 0.8));
        QCOMPARE(d.separation[1], 0.0);
        QCOMPARE(d.ranking, (std::vector<std::size_t> {0, 1}));
        // The column form gives the same, and leaves NaN cells out.
        const std::vector<std::vector<double>> columns {{1, 3, 5, 7, 100, NAN}, {2, 2, 2, 2, 2, 2}};
        const Drivers c = computeDrivers(columns, {"a", "b"}, {0, 0, 1, 1, -1, 0}, 2);
        QVERIFY(close(c.smd[0][0], -4.0));
        QVERIFY(close(c.separation[0], 0.8));
        // An empty segment has no SMD.
        const Drivers e = computeDrivers(x, {"a", "b"}, {0, 0, 0, 0, 0}, 2);
        QVERIFY(std::isnan(e.smd[1][0]));
        QVERIFY(std::isnan(e.smd[0][0])); // everyone is in segment 0: no rest to compare with
    }
};

QTEST_APPLESS_MAIN(TestSegmentValue)
#include "test_segment_value.moc"
