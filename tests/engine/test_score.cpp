// Scoring new customers with a saved run: the run's own customers land in their own segments,
// and distances, margins, confidences and the anomaly flags are checked on cases small enough
// to work out by hand.

#include "engine/score/score.h"
#include "engine/score/scoring_history.h"

#include "engine/core/error.h"
#include "engine/demo/demo_data.h"
#include "engine/prep/feature_spec.h"
#include "tests/support/engine_fixtures.h"
#include "tests/support/project_fixtures.h"

#include <QTest>

#include <cmath>

using namespace seg;
using namespace seg::test;

namespace {

// Spend {0, 1, 10, 11} and a channel: k-means at k = 2 has centres 0.5 and 10.5 (no scaling).
Table fourCustomers()
{
    return tableOf({numeric("spend", {0.0, 1.0, 10.0, 11.0}), categorical("channel", {"web", "app"}, {0, 0, 1, 1})},
                   "train.csv");
}

FeatureSpec spendOnly()
{
    FeatureSpec spec;
    spec.scaling = Scaling::None;
    spec.groups.push_back(FeatureGroup {"purchasing", 1.0, true, {{"spend", Transform::None, 1.0}}});
    return spec;
}

} // namespace

class TestScore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The requirement: on the training data itself, scoring gives the run's segments,
    // bit for bit, for the algorithms whose segments are their model's assignment.
    void trainingCustomersKeepTheirSegments_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::newRow("kmeans") << int(Algorithm::KMeans);
        QTest::newRow("gmm") << int(Algorithm::GaussianMixture);
        QTest::newRow("minibatch") << int(Algorithm::MiniBatchKMeans);
    }
    void trainingCustomersKeepTheirSegments()
    {
        QFETCH(int, algorithm);
        const Table table = generateDemoData(3000, 4);
        const FeatureSpec spec = suggestFeatureSpec(table, {"customer_id", "true_segment"});
        const Segmentation run = fit(table, spec, defaultClusteringOptions(Algorithm(algorithm), 5, 2));
        const ScoringModel model = scoringModel(table, run);
        const ScoredRows scored = scoreRows(model, table);
        QCOMPARE(scored.segments.size(), std::size_t(table.rowCount));
        std::vector<std::size_t> sizes(5, 0), far(5, 0);
        for (std::size_t i = 0; i < run.rows.size(); ++i) {
            const std::size_t row = run.rows[i];
            QCOMPARE(scored.segments[row], run.clustering.labels[i]);
            const auto s = std::size_t(scored.segments[row]);
            ++sizes[s];
            far[s] += (scored.flags[row] & kFarFromSegment) ? 1 : 0;
            QVERIFY(scored.confidences[row] >= 0.0 && scored.confidences[row] <= 1.0);
        }
        // The limit is each segment's 99th percentile: about one customer in a hundred beyond it.
        for (std::size_t s = 0; s < 5; ++s) {
            QCOMPARE(model.trainingShares[s], double(sizes[s]) / double(run.rows.size()));
            QVERIFY2(far[s] <= std::size_t(std::ceil(0.01 * double(sizes[s]))) && (sizes[s] < 200 || far[s] >= 1),
                     qPrintable(QStringLiteral("segment %1: %2 of %3").arg(s).arg(far[s]).arg(sizes[s])));
        }
    }

    void distancesMarginsAndFlagsByHand()
    {
        const Segmentation run = fit(fourCustomers(), spendOnly(), defaultClusteringOptions(Algorithm::KMeans, 2, 0));
        const ScoringModel model = scoringModel(fourCustomers(), run);
        // Each segment's two customers lie 0.5 from its centre: the limit is 0.5.
        QCOMPARE(model.distanceLimits, (std::vector<double> {0.5, 0.5}));
        QCOMPARE(model.columns.size(), std::size_t(1));
        QCOMPARE(model.columns[0].low, 0.0);
        QCOMPARE(model.columns[0].high, 11.0);
        const int low = run.clustering.labels[0];
        const Table fresh = tableOf({numeric("spend", {0.5, 2.0, 50.0, std::nan("")})}, "new.csv");
        const ScoredRows scored = scoreRows(model, fresh);
        QCOMPARE(scored.segments, (Labels {low, low, 1 - low, low}));
        // 2 is 1.5 from 0.5 and 8.5 from 10.5: margin 7, confidence 1 - 1.5 / 8.5.
        QCOMPARE(scored.distances, (std::vector<double> {0.0, 1.5, 39.5, 5.0}));
        QCOMPARE(scored.margins, (std::vector<double> {10.0, 7.0, 10.0, 0.0}));
        QCOMPARE(scored.confidences[0], 1.0);
        QCOMPARE(scored.confidences[1], 1.0 - 1.5 / 8.5);
        QCOMPARE(scored.confidences[3], 0.0); // the fill value 5.5 lies halfway
        QCOMPARE(scored.flags, (std::vector<std::uint8_t> {0, kFarFromSegment, kFarFromSegment | kOutsideRange,
                                                           kFarFromSegment}));
        QCOMPARE(scored.reasons[0], std::string());
        QCOMPARE(scored.reasons[1], std::string("distance 1.5 beyond the segment's 99th percentile 0.5"));
        QCOMPARE(scored.reasons[2], std::string("distance 39.5 beyond the segment's 99th percentile 0.5; "
                                                "spend 50 above the largest seen, 11"));
        ScoringTally tally(2);
        tally.add(model, fresh, scored);
        QCOMPARE(tally.rows, std::size_t(4));
        QCOMPARE(tally.segmentRows[std::size_t(low)], std::size_t(3));
        QCOMPARE(tally.flagged, std::size_t(3));
        QCOMPARE(tally.byFlag[kFarFromSegment], std::size_t(3));
        QCOMPARE(tally.outsideRange["spend"], std::size_t(1));
    }

    void unseenLevelsAreFlagged()
    {
        FeatureSpec spec = spendOnly();
        spec.groups.push_back(FeatureGroup {"profile", 1.0, true, {{"channel", Transform::None, 1.0}}});
        const Segmentation run = fit(fourCustomers(), spec, defaultClusteringOptions(Algorithm::KMeans, 2, 0));
        const ScoringModel model = scoringModel(fourCustomers(), run);
        const Table fresh = tableOf({numeric("spend", {1.0, 10.0}), categorical("channel", {"tiktok", "app"}, {0, 1})},
                                    "new.csv");
        const ScoredRows scored = scoreRows(model, fresh);
        QVERIFY(scored.flags[0] & kUnseenCategory);
        QVERIFY2(scored.reasons[0].find("channel: unseen level 'tiktok'") != std::string::npos, scored.reasons[0].c_str());
        QVERIFY(!(scored.flags[1] & kUnseenCategory));
        ScoringTally tally(2);
        tally.add(model, fresh, scored);
        QCOMPARE(tally.unseenLevels["channel"]["tiktok"], std::size_t(1));
    }

    void theSchemaIsChecked()
    {
        const Segmentation run = fit(fourCustomers(), spendOnly(), defaultClusteringOptions(Algorithm::KMeans, 2, 0));
        const ScoringModel model = scoringModel(fourCustomers(), run);
        const Table renamed = tableOf({numeric("spend_eur", {1.0}), numeric("visits", {2.0})}, "new.csv");
        Error e = requireError([&] { checkScoringSchema(model, renamed); }, ErrorKind::InvalidData);
        QVERIFY2(contains(e.what(), "new.csv: the segments need the column 'spend', which the file lacks; if it was "
                                    "renamed, its new name may be one of 'spend_eur', 'visits'"),
                 e.what());
        const Table text = tableOf({categorical("spend", {"high"}, {0})}, "new.csv");
        e = requireError([&] { checkScoringSchema(model, text); }, ErrorKind::InvalidData);
        QVERIFY2(contains(e.what(), "new.csv, column 'spend': the segments were made with real values in this column, "
                                    "but it holds categorical values here"),
                 e.what());
        checkScoringSchema(model, tableOf({numeric("spend", {3.0})}, "new.csv"));
    }

    // Drift by hand: the run's values 1..10 have deciles 1.9, 2.8, ..., 9.1 (linear
    // interpolation), one customer per bin. New customers all at 10 fill the last bin:
    // PSI = (1 - 0.1) ln(1 / 0.1) + 9 (f - 0.1) ln(f / 0.1), f the floor 1e-4; the same
    // customers again give 0.
    void stabilityIndexOnConstructedDrift()
    {
        std::vector<double> values(10);
        for (int i = 0; i < 10; ++i)
            values[std::size_t(i)] = i + 1;
        const Table training = tableOf({numeric("spend", values)}, "train.csv");
        const Segmentation run = fit(training, spendOnly(), defaultClusteringOptions(Algorithm::KMeans, 2, 0));
        const ScoringModel model = scoringModel(training, run);
        QCOMPARE(model.drift.size(), std::size_t(1));
        const DriftBins &bins = model.drift[0];
        QCOMPARE(bins.edges.size(), std::size_t(9));
        for (std::size_t j = 0; j < 9; ++j)
            QVERIFY(std::abs(bins.edges[j] - (1.0 + 0.9 * double(j + 1))) < 1e-12);
        QCOMPARE(bins.trainingShares, (std::vector<double> {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.0}));

        ScoringTally same(2);
        same.add(model, training, scoreRows(model, training));
        QCOMPARE(same.stabilityIndices(model), (std::vector<double> {0.0}));

        const Table shifted = tableOf({numeric("spend", std::vector<double>(10, 10.0))}, "new.csv");
        ScoringTally drifted(2);
        drifted.add(model, shifted, scoreRows(model, shifted));
        const double f = kDriftShareFloor;
        const double expected = 0.9 * std::log(10.0) + 9.0 * (f - 0.1) * std::log(f / 0.1);
        QVERIFY2(std::abs(drifted.stabilityIndices(model)[0] - expected) < 1e-12,
                 qPrintable(QString::number(drifted.stabilityIndices(model)[0], 'g', 17)));
        // Categories: the run's levels, then every other level, then missing cells.
        FeatureSpec spec = spendOnly();
        spec.groups.push_back(FeatureGroup {"profile", 1.0, true, {{"channel", Transform::None, 1.0}}});
        const Segmentation withChannel = fit(fourCustomers(), spec, defaultClusteringOptions(Algorithm::KMeans, 2, 0));
        const ScoringModel channels = scoringModel(fourCustomers(), withChannel);
        QCOMPARE(channels.drift[1].levels, (std::vector<std::string> {"app", "web"}));
        QCOMPARE(channels.drift[1].trainingShares, (std::vector<double> {0.5, 0.5, 0.0, 0.0}));
        const Table other = tableOf({numeric("spend", {1.0, 2.0}), categorical("channel", {"tiktok", "web"}, {0, -1})});
        QCOMPARE(channels.drift[1].binOf(other.columns[1], 0), std::size_t(2));
        QCOMPARE(channels.drift[1].binOf(other.columns[1], 1), std::size_t(3));
    }

    void aDensityModelLeavesFarCustomersInNoSegment()
    {
        DbscanOptions options;
        options.eps = 2.0;
        options.minSamples = 2;
        const Segmentation run = fit(fourCustomers(), spendOnly(), options);
        QCOMPARE(run.clustering.clusterCount, 2);
        const ScoringModel model = scoringModel(fourCustomers(), run);
        const ScoredRows scored = scoreRows(model, tableOf({numeric("spend", {0.5, 30.0})}, "new.csv"));
        QVERIFY(scored.segments[0] >= 0);
        QCOMPARE(scored.segments[1], -1);
        QVERIFY(std::isnan(scored.distances[1]));
        QCOMPARE(scored.flags[1], std::uint8_t(kNoSegment | kOutsideRange));
    }

    // The history reads the recorded batches back: per run, in the order recorded, the largest
    // drift index and its column; damaged and newer records are skipped and counted.
    void historyOfRecordedBatches()
    {
        const auto batch = scoringBatchDocument;
        std::vector<ProjectDocument> documents {
            batch(1, "2026-12-01T00:00:00Z", 5000, {0.5, 0.5}, {{"spend", 0.02}, {"visits", 0.05}}, false),
            ProjectDocument {"persona", "1", 1, "not a batch"},
            batch(2, "2026-12-02T00:00:00Z", 800, {0.2, 0.3, 0.5}, {}, false),
            ProjectDocument {kScoringBatchKind, "damaged", 1, "{\"scored_at\": 3"},
            batch(1, "2026-12-03T00:00:00Z", 6000, {0.4, 0.6}, {{"spend", 0.4}, {"visits", 0.1}}, true),
        };
        ProjectDocument newer = batch(1, "2026-12-04T00:00:00Z", 100, {1.0, 0.0}, {}, false);
        newer.version = 2;
        documents.push_back(newer);

        std::size_t skipped = 0;
        const std::vector<ScoringBatchSummary> first = scoringHistory(documents, 1, &skipped);
        QCOMPARE(skipped, std::size_t(2));
        QCOMPARE(first.size(), std::size_t(2));
        QCOMPARE(first[0].scoredAt, std::string("2026-12-01T00:00:00Z"));
        QCOMPARE(first[0].rows, std::size_t(5000));
        QCOMPARE(first[0].largestPsi, 0.05);
        QCOMPARE(first[0].largestPsiColumn, std::string("visits"));
        QVERIFY(first[0].judged && !first[0].retrainRecommended);
        QCOMPARE(first[1].shares, (std::vector<double> {0.4, 0.6}));
        QCOMPARE(first[1].trainingShares, (std::vector<double> {0.5, 0.5}));
        QCOMPARE(first[1].largestPsi, 0.4);
        QCOMPARE(first[1].largestPsiColumn, std::string("spend"));
        QVERIFY(first[1].retrainRecommended);
        QCOMPARE(first[1].reasons, (std::vector<std::string> {"column 'spend': drift"}));
        const std::vector<ScoringBatchSummary> second = scoringHistory(documents, 2);
        QCOMPARE(second.size(), std::size_t(1));
        QVERIFY(std::isnan(second[0].largestPsi) && second[0].largestPsiColumn.empty() && !second[0].judged);
        QCOMPARE(scoringHistory(documents, 0).size(), std::size_t(3));
        QCOMPARE(scoringHistory(documents, 3).size(), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestScore)
#include "test_score.moc"
