// Retraining (engine/pipeline/retrain.h) on planted blobs: the refit's segments keep the keys of
// the segments whose customers they continue, whatever numbers the refit gives them; a refit that
// breaks a rule is refused with the rule named, the current model kept, and the default
// segmentation tried instead when asked.

#include "engine/core/random.h"
#include "engine/data/column_roles.h"
#include "engine/pipeline/retrain.h"
#include "engine/prep/feature_spec.h"
#include "tests/support/engine_fixtures.h"

#include <QTest>

#include <algorithm>
#include <map>
#include <numeric>

using namespace seg;
using namespace seg::test;

namespace {

struct Blob
{
    double x, y;
    int size;
};

/// Customers in blobs (standard deviation `spread`), shuffled with `seed`; `blobOf` receives each
/// row's blob.
Table blobTable(const std::vector<Blob> &blobs, double spread, std::uint64_t seed, std::vector<int> &blobOf)
{
    std::vector<std::pair<int, std::pair<double, double>>> points;
    Rng rng(seed);
    for (std::size_t b = 0; b < blobs.size(); ++b)
        for (int i = 0; i < blobs[b].size; ++i)
            points.push_back({int(b), {blobs[b].x + spread * rng.normal(), blobs[b].y + spread * rng.normal()}});
    for (std::size_t i = points.size(); i > 1; --i)
        std::swap(points[i - 1], points[rng.below(i)]);
    Table t;
    t.source = "blobs.csv";
    std::vector<double> xs, ys;
    blobOf.clear();
    for (const auto &[b, p] : points) {
        blobOf.push_back(b);
        xs.push_back(p.first);
        ys.push_back(p.second);
    }
    t.columns = {numeric("x", xs), numeric("y", ys)};
    t.rowCount = points.size();
    assignColumnRoles(t);
    return t;
}

FeatureSpec xySpec()
{
    FeatureSpec spec;
    FeatureGroup group;
    group.name = "position";
    group.columns = {{"x", Transform::None, 1.0}, {"y", Transform::None, 1.0}};
    spec.groups = {group};
    return spec;
}

/// The blob most of segment s's customers come from, for each segment.
std::vector<int> blobOfSegments(const Labels &labels, const std::vector<std::size_t> &rows, const std::vector<int> &blobOf,
                                int segments)
{
    std::vector<std::map<int, int>> counts(static_cast<std::size_t>(segments));
    for (std::size_t i = 0; i < labels.size(); ++i)
        if (labels[i] >= 0)
            ++counts[std::size_t(labels[i])][blobOf[rows[i]]];
    std::vector<int> out;
    for (const auto &c : counts)
        out.push_back(std::max_element(c.begin(), c.end(), [](auto a, auto b) { return a.second < b.second; })->first);
    return out;
}

const std::vector<Blob> kThree {{0, 0, 300}, {10, 0, 300}, {0, 10, 300}};

} // namespace

class TestRetrain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Fresh customers from the same blobs, in another order: the refit may number its segments
    // in any way, but each keeps the key of the current segment over the same blob.
    void identitiesSurviveRenumbering()
    {
        std::vector<int> trainingBlobs, newBlobs;
        const Table training = blobTable(kThree, 1.0, 1, trainingBlobs);
        const Segmentation current = fit(training, xySpec(), defaultClusteringOptions(Algorithm::KMeans, 3, 42));
        const std::vector<int> keys {7, 3, 5};
        const ScoringModel model = scoringModel(training, current);
        const Table fresh = blobTable(kThree, 1.0, 2, newBlobs);
        const RetrainResult r = retrain(fresh, current, keys, model, {});
        QVERIFY(r.verdict == RetrainVerdict::Replaced);
        QVERIFY(r.refit.failures.empty());
        QVERIFY(r.segmentation);
        const std::vector<int> before = blobOfSegments(current.clustering.labels, current.rows, trainingBlobs, 3);
        const std::vector<int> after = blobOfSegments(r.segmentation->clustering.labels, r.segmentation->rows, newBlobs, 3);
        // The refit numbers the blobs otherwise than the current run: the keys must follow.
        QVERIFY(after != before);
        QCOMPARE(r.segmentKeys.size(), std::size_t(3));
        for (int s = 0; s < 3; ++s) {
            const int old = int(std::find(before.begin(), before.end(), after[std::size_t(s)]) - before.begin());
            QCOMPARE(r.segmentKeys[std::size_t(s)], keys[std::size_t(old)]);
        }
        // Every segment stayed; both models separate the blobs alike.
        for (const SegmentChange &c : r.changes.changes)
            QVERIFY(c.fate == SegmentFate::Stayed);
        QVERIFY(r.changes.ari > 0.99);
        QVERIFY(std::abs(r.refit.silhouette - r.current.silhouette) < 0.01);
        QCOMPARE(r.refit.stability, 1.0);
        QVERIFY(std::abs(r.metrics.at("silhouette") - r.refit.silhouette) < 1e-12);
    }

    // A density run refitted on customers with a new small group finds it as a segment of 1.3%,
    // below the 2% minimum: the current model is kept; with the fallback, k-means with the same
    // number of segments absorbs the group and replaces it.
    void smallSegmentKeepsTheModelOrFallsBack()
    {
        std::vector<int> trainingBlobs, newBlobs;
        const Table training = blobTable(kThree, 0.3, 3, trainingBlobs);
        ClusteringOptions dbscan = defaultClusteringOptions(Algorithm::Dbscan, 0, 42);
        std::get<DbscanOptions>(dbscan).eps = 0.3;
        const Segmentation current = fit(training, xySpec(), dbscan);
        QCOMPARE(current.clustering.clusterCount, 3);
        const ScoringModel model = scoringModel(training, current);
        std::vector<Blob> four = kThree;
        four.push_back({20, 20, 12});
        const Table fresh = blobTable(four, 0.3, 4, newBlobs);
        RetrainOptions options;
        options.silhouetteTolerance = 0.1;
        const RetrainResult kept = retrain(fresh, current, {0, 1, 2}, model, {}, options);
        QVERIFY(kept.verdict == RetrainVerdict::Kept);
        QVERIFY(!kept.segmentation);
        QCOMPARE(kept.refit.segments, 4);
        QCOMPARE(kept.refit.failures.size(), std::size_t(1));
        QCOMPARE(kept.refit.failures[0], std::string("its smallest segment holds 1.3% of the customers, below 2.0%"));
        QVERIFY(!kept.fallback);

        options.fallback = true;
        const RetrainResult fell = retrain(fresh, current, {0, 1, 2}, model, {}, options);
        QVERIFY(fell.verdict == RetrainVerdict::FellBack);
        QVERIFY(fell.fallback && fell.fallback->failures.empty());
        QVERIFY(algorithmOf(fell.segmentation->options) == Algorithm::KMeans);
        QCOMPARE(fell.segmentation->clustering.clusterCount, 3);
        QVERIFY(fell.fallback->smallestShare > 0.3);
        // The same three blobs, the same keys.
        const std::vector<int> before = blobOfSegments(current.clustering.labels, current.rows, trainingBlobs, 3);
        const std::vector<int> after
            = blobOfSegments(fell.segmentation->clustering.labels, fell.segmentation->rows, newBlobs, 3);
        for (int s = 0; s < 3; ++s)
            QCOMPARE(fell.segmentKeys[std::size_t(s)],
                     int(std::find(before.begin(), before.end(), after[std::size_t(s)]) - before.begin()));
    }

    // A new segment takes a key neither a current segment nor a named one has.
    void newSegmentsTakeFreeKeys()
    {
        std::vector<int> trainingBlobs, newBlobs;
        const Table training = blobTable(kThree, 1.0, 5, trainingBlobs);
        const Segmentation current = fit(training, xySpec(), defaultClusteringOptions(Algorithm::KMeans, 2, 42));
        const ScoringModel model = scoringModel(training, current);
        const Table fresh = blobTable(kThree, 1.0, 6, newBlobs);
        // The refit has the current run's k (2): to see a new segment, fit k = 3 as the current
        // run's options would after the user raised k.
        Segmentation three = current;
        three.options = defaultClusteringOptions(Algorithm::KMeans, 3, 42);
        RetrainOptions options;
        options.silhouetteTolerance = 1.0;
        const RetrainResult r = retrain(fresh, three, {4, 9}, model, {0, 1}, options);
        QVERIFY(r.verdict == RetrainVerdict::Replaced);
        std::vector<int> keys = r.segmentKeys;
        std::sort(keys.begin(), keys.end());
        // Two segments continue keys 4 and 9; the third is new and takes 2 (0 and 1 are reserved).
        QCOMPARE(keys, (std::vector<int> {2, 4, 9}));
        const auto isNew = [](const SegmentChange &c) { return c.fate == SegmentFate::New; };
        const auto split = [](const SegmentChange &c) { return c.fate == SegmentFate::Split; };
        QVERIFY(std::any_of(r.changes.changes.begin(), r.changes.changes.end(), isNew)
                || std::any_of(r.changes.changes.begin(), r.changes.changes.end(), split));
    }
};

QTEST_APPLESS_MAIN(TestRetrain)
#include "test_retrain.moc"
