// The one segmentation path: clustering options and results, fit() and score().

#include "engine/pipeline/pipeline.h"
#include "engine/score/score.h"

#include "engine/core/error.h"
#include "engine/core/random.h"
#include "engine/demo/demo_data.h"
#include "engine/eval/metrics.h"
#include "tests/support/engine_fixtures.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace seg;
using namespace seg::test;

namespace {

/// Four customers on one feature: 0, 1, 10 and 11 (no scaling), and a missing one.
Table fourCustomers()
{
    return tableOf({numeric("spend", {0.0, 1.0, 10.0, 11.0})});
}

FeatureSpec spendOnly()
{
    FeatureSpec spec;
    FeatureGroup group;
    group.name = "purchasing";
    FeatureColumn column;
    column.column = "spend";
    group.columns.push_back(column);
    spec.groups.push_back(group);
    spec.scaling = Scaling::None;
    return spec;
}

/// Two features, no scaling: `centres` blobs of `perBlob` customers with unit spread, or with
/// no centre given, one disc of radius 3 drawn uniformly (no structure to find).
FeatureSpec twoFeatures()
{
    FeatureSpec spec = spendOnly();
    FeatureColumn visits;
    visits.column = "visits";
    spec.groups.front().columns.push_back(visits);
    return spec;
}

Table points(const std::vector<std::pair<double, double>> &centres, std::size_t perBlob, std::uint64_t seed)
{
    Rng rng(seed);
    std::vector<double> a, b;
    if (centres.empty())
        while (a.size() < perBlob) {
            const double x = rng.uniform() * 6 - 3, y = rng.uniform() * 6 - 3;
            if (x * x + y * y <= 9) {
                a.push_back(x);
                b.push_back(y);
            }
        }
    for (const auto &[x, y] : centres)
        for (std::size_t i = 0; i < perBlob; ++i) {
            a.push_back(x + rng.normal());
            b.push_back(y + rng.normal());
        }
    return tableOf({numeric("spend", a), numeric("visits", b)});
}

} // namespace

class TestPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Hennig's bootstrap Jaccard: well-separated blobs come back in every sample; a disc cut in
    // four has no cut the data prefers, so its segments move from sample to sample.
    void bootstrapStabilityTellsRealSegmentsFromCuts()
    {
        const Table blobs = points({{0, 0}, {12, 0}, {0, 12}}, 300, 5);
        const PreparedData preparedBlobs = prepare(blobs, twoFeatures());
        const Segmentation three = fitPrepared(preparedBlobs, twoFeatures(), defaultClusteringOptions(Algorithm::KMeans, 3, 42));
        const SegmentStability solid = bootstrapStability(preparedBlobs, three, 10, 100000);
        QCOMPARE(solid.jaccard.size(), std::size_t(3));
        QCOMPARE(solid.resamples, 10);
        QCOMPARE(solid.sampleSize, std::size_t(900)); // all of them, drawn with replacement
        for (double j : solid.jaccard)
            QVERIFY2(j > 0.99 && j <= 1.0, QByteArray::number(j).constData());

        const Table disc = points({}, 900, 6);
        const PreparedData preparedDisc = prepare(disc, twoFeatures());
        const Segmentation cuts = fitPrepared(preparedDisc, twoFeatures(), defaultClusteringOptions(Algorithm::KMeans, 4, 42));
        const SegmentStability shaky = bootstrapStability(preparedDisc, cuts, 10, 100000);
        const double worst = *std::min_element(shaky.jaccard.begin(), shaky.jaccard.end());
        QVERIFY2(worst < 0.9, QByteArray::number(worst).constData());
        for (double j : shaky.jaccard)
            QVERIFY(j > 0.0 && j <= 1.0);
        // Seeded: the same figures again; a smaller sample (m-out-of-n) says so.
        QCOMPARE(bootstrapStability(preparedDisc, cuts, 10, 100000).jaccard, shaky.jaccard);
        QCOMPARE(bootstrapStability(preparedDisc, cuts, 3, 200).sampleSize, std::size_t(200));
        // No resample: nothing known.
        const SegmentStability none = bootstrapStability(preparedDisc, cuts, 0, 100);
        QCOMPARE(none.resamples, 0);
        QVERIFY(std::isnan(none.jaccard.at(0)));
    }

    // Small noise moves no customer between well-separated groups, but does move some across the
    // arbitrary borders of a disc cut in four.
    void noiseStabilityTellsRealSegmentsFromCuts()
    {
        const Table blobs = points({{0, 0}, {12, 0}, {0, 12}}, 200, 5);
        const PreparedData preparedBlobs = prepare(blobs, twoFeatures());
        const Segmentation three = fitPrepared(preparedBlobs, twoFeatures(), defaultClusteringOptions(Algorithm::KMeans, 3, 42));
        QCOMPARE(noiseStability(preparedBlobs, three, 3, 0.05), 1.0);

        const Table disc = points({}, 900, 6);
        const PreparedData preparedDisc = prepare(disc, twoFeatures());
        const Segmentation cuts = fitPrepared(preparedDisc, twoFeatures(), defaultClusteringOptions(Algorithm::KMeans, 4, 42));
        const double shaky = noiseStability(preparedDisc, cuts, 3, 0.05);
        QVERIFY2(shaky < 0.999 && shaky > 0.5, QByteArray::number(shaky).constData());
        QCOMPARE(noiseStability(preparedDisc, cuts, 3, 0.05), shaky); // seeded
        QVERIFY(std::isnan(noiseStability(preparedDisc, cuts, 0, 0.05)));
    }

    void algorithmsAreNamedInOnePlace()
    {
        QCOMPARE(parseAlgorithm("kmeans"), Algorithm::KMeans);
        QCOMPARE(std::string(algorithmName(Algorithm::KMeans)), std::string("kmeans"));
        QCOMPARE(parseAlgorithm("gmm"), Algorithm::GaussianMixture);
        QCOMPARE(std::string(algorithmName(Algorithm::GaussianMixture)), std::string("gmm"));
        QCOMPARE(availableAlgorithms(), (std::vector<Algorithm>{Algorithm::KMeans, Algorithm::MiniBatchKMeans,
                                                                Algorithm::GaussianMixture, Algorithm::Ward,
                                                                Algorithm::Dbscan, Algorithm::Hdbscan,
                                                                Algorithm::Consensus}));
        const Error e = requireError([] { parseAlgorithm("kmedoids"); }, ErrorKind::Usage);
        QVERIFY(contains(e.what(), "unknown clustering algorithm 'kmedoids'; available: kmeans, minibatch, gmm, ward, dbscan, hdbscan, consensus"));
        QVERIFY(findsClusterCount(Algorithm::Dbscan) && findsClusterCount(Algorithm::Hdbscan));
        QVERIFY(!findsClusterCount(Algorithm::KMeans) && !findsClusterCount(Algorithm::Ward));
    }

    // A Gaussian mixture fills the one result shape: labels, distances to its means, the
    // objective as k-means measures it, memberships, likelihood and criteria; its model assigns
    // the fitted rows exactly as fitted.
    void aMixtureFillsTheOneShape()
    {
        const Table blobs = points({{0, 0}, {12, 0}, {0, 12}}, 200, 8);
        const PreparedData prepared = prepare(blobs, twoFeatures());
        const ClusteringOptions options = defaultClusteringOptions(Algorithm::GaussianMixture, 3, 42);
        const auto &gm = std::get<GaussianMixtureOptions>(options);
        QCOMPARE(gm.nInit, 3);
        QVERIFY(gm.covariance == CovarianceType::Diagonal);
        QCOMPARE(algorithmOf(options), Algorithm::GaussianMixture);
        const Segmentation mixture = fitPrepared(prepared, twoFeatures(), options);
        const ClusteringResult &c = mixture.clustering;
        QCOMPARE(c.algorithm, Algorithm::GaussianMixture);
        QCOMPARE(c.clusterCount, 3);
        // Blobs twelve apart with unit spread: the same partition as k-means.
        const Segmentation kmeans = fitPrepared(prepared, twoFeatures(), defaultClusteringOptions(Algorithm::KMeans, 3, 42));
        QCOMPARE(adjustedRandIndex(c.labels, kmeans.clustering.labels), 1.0);
        QVERIFY(c.scoreKind == ScoreKind::Distance);
        double squares = 0.0;
        for (std::size_t i = 0; i < c.labels.size(); ++i) {
            const double d = (prepared.x.row(Eigen::Index(i)) - c.centers.row(c.labels[i])).norm();
            QCOMPARE(c.scores[i], d);
            squares += d * d;
            QVERIFY(c.memberships[i] > 0.99 && c.memberships[i] <= 1.0);
        }
        QVERIFY(std::abs(c.objective - squares) <= 1e-9 * squares);
        // Same partition, same centres up to EM's soft weights: k-means' inertia is the least.
        QVERIFY(c.objective >= kmeans.clustering.objective * (1 - 1e-12));
        // BIC - AIC = p (ln n - 2), p = (k - 1) + 2kd for diagonal covariances.
        const double p = 2 + 2 * 3 * 2;
        QVERIFY(std::abs((c.bic - c.aic) - p * (std::log(600.0) - 2.0)) < 1e-9);
        QVERIFY(std::abs(c.aic - (-2 * c.logLikelihood + 2 * p)) < 1e-9);
        const ClusterAssignment again = assign(c.model, prepared.x);
        QCOMPARE(again.labels, c.labels);
        QCOMPARE(again.scores, c.scores);
        for (std::size_t i = 0; i < c.labels.size(); ++i)
            QVERIFY(std::abs(again.memberships[i] - c.memberships[i]) < 1e-12);
        // A hard algorithm has no memberships or likelihood.
        QVERIFY(kmeans.clustering.memberships.empty());
        QVERIFY(std::isnan(kmeans.clustering.bic));
        QVERIFY(mixture.warnings.empty());
    }

    // Ward fills the one shape too: the tree it was cut from, distances to the segment means as
    // scores and their squares as the objective, a nearest-mean model.
    void wardFillsTheOneShape()
    {
        const Table blobs = points({{0, 0}, {12, 0}, {0, 12}}, 100, 11);
        const PreparedData prepared = prepare(blobs, twoFeatures());
        const Segmentation tree = fitPrepared(prepared, twoFeatures(), defaultClusteringOptions(Algorithm::Ward, 3, 42));
        const ClusteringResult &c = tree.clustering;
        QCOMPARE(c.algorithm, Algorithm::Ward);
        QCOMPARE(c.clusterCount, 3);
        QCOMPARE(c.dendrogram.leaves, std::size_t(300));
        QCOMPARE(c.dendrogram.merges.size(), std::size_t(299));
        QVERIFY(!c.dendrogram.summarised);
        const Segmentation kmeans = fitPrepared(prepared, twoFeatures(), defaultClusteringOptions(Algorithm::KMeans, 3, 42));
        QCOMPARE(adjustedRandIndex(c.labels, kmeans.clustering.labels), 1.0);
        double squares = 0.0;
        for (double d : c.scores)
            squares += d * d;
        QVERIFY(std::abs(c.objective - squares) <= 1e-9 * squares);
        // Separated groups: each customer's nearest segment mean is its own segment's.
        QCOMPARE(assign(c.model, prepared.x).labels, c.labels);
        // Cut the stored tree at 3 and the segments are the same (labels by first appearance).
        QCOMPARE(cutDendrogram(c.dendrogram.merges, c.dendrogram.leaves, 3), c.labels);
    }

    // DBSCAN and HDBSCAN find the groups without k, leave the sparse background as noise (-1),
    // take no seed, and assign rows by their core points.
    void densityAlgorithmsFindTheirOwnNumber()
    {
        Table blobs = points({{0, 0}, {12, 0}, {0, 12}}, 200, 12);
        const PreparedData prepared = prepare(blobs, twoFeatures());
        const ClusteringOptions h = defaultClusteringOptions(Algorithm::Hdbscan, 7, 42);
        QCOMPARE(requestedClusters(h), 0);
        QCOMPARE(seedOf(h), std::uint64_t(0));
        QVERIFY(withSeed(withClusters(h, 9), 5) == h);
        const Segmentation found = fitPrepared(prepared, twoFeatures(), h);
        const ClusteringResult &c = found.clustering;
        QCOMPARE(c.clusterCount, 3);
        const Segmentation kmeans = fitPrepared(prepared, twoFeatures(), defaultClusteringOptions(Algorithm::KMeans, 3, 42));
        Labels clustered, reference;
        for (std::size_t i = 0; i < c.labels.size(); ++i)
            if (c.labels[i] >= 0) {
                clustered.push_back(c.labels[i]);
                reference.push_back(kmeans.clustering.labels[i]);
                QVERIFY(c.memberships[i] >= 0.0 && c.memberships[i] <= 1.0);
            } else {
                QVERIFY(std::isnan(c.memberships[i]));
                QVERIFY(std::isnan(c.scores[i]));
            }
        QCOMPARE(adjustedRandIndex(clustered, reference), 1.0);
        QVERIFY(clustered.size() > 500); // the groups' fringes may be noise, not the groups
        const ClusterAssignment again = assign(c.model, prepared.x);
        for (std::size_t i = 0; i < c.labels.size(); ++i)
            if (c.labels[i] >= 0)
                QCOMPARE(again.labels[i], c.labels[i]);
        // Resampled customers come back in the same groups.
        for (double j : bootstrapStability(prepared, found, 5, 100000).jaccard)
            QVERIFY2(j > 0.9, QByteArray::number(j).constData());

        DbscanOptions d;
        d.eps = 1.5;
        d.minSamples = 5;
        QCOMPARE(fitPrepared(prepared, twoFeatures(), d).clustering.clusterCount, 3);
        // A radius nothing reaches: no segment, said plainly.
        d.eps = 1e-6;
        const Error e = requireError([&] { fitPrepared(prepared, twoFeatures(), d); }, ErrorKind::InvalidData);
        QVERIFY2(contains(e.what(), "DBSCAN found no segment"), e.what());
    }

    // A categorical column's 0/1 features are no Gaussians: the mixture says so, naming it.
    void aMixtureWarnsAboutCategories()
    {
        std::vector<double> spend;
        std::vector<std::int32_t> codes;
        for (int i = 0; i < 60; ++i) {
            spend.push_back(i % 3 * 10.0 + i % 7);
            codes.push_back(i % 2);
        }
        const Table table = tableOf({numeric("spend", spend), categorical("channel", {"web", "store"}, codes)});
        FeatureSpec spec = spendOnly();
        FeatureColumn channel;
        channel.column = "channel";
        spec.groups.front().columns.push_back(channel);
        const Segmentation mixture = fit(table, spec, defaultClusteringOptions(Algorithm::GaussianMixture, 2, 1));
        QCOMPARE(mixture.warnings.size(), std::size_t(1));
        QVERIFY2(contains(mixture.warnings.front(), "categorical columns channel as continuous"),
                 mixture.warnings.front().c_str());
        QVERIFY(fit(table, spec, defaultClusteringOptions(Algorithm::KMeans, 2, 1)).warnings.empty());
    }

    void defaultsAreTheDocumentedRestartStrategy()
    {
        const ClusteringOptions options = defaultClusteringOptions(Algorithm::KMeans, 7, 3);
        const auto &km = std::get<KMeansOptions>(options);
        QCOMPARE(km.k, 7);
        QCOMPARE(km.seed, std::uint64_t(3));
        QCOMPARE(km.nInit, 10);
        QCOMPARE(km.restartSampleRows, std::size_t(10000));
        QCOMPARE(requestedClusters(options), 7);
        QCOMPARE(seedOf(options), std::uint64_t(3));
        QCOMPARE(algorithmOf(options), Algorithm::KMeans);
    }

    void handComputedKMeans()
    {
        // Two clusters {0, 1} and {10, 11}: centres 0.5 and 10.5, every distance 0.5,
        // inertia 4 × 0.25 = 1.
        const Segmentation s = fit(fourCustomers(), spendOnly(), defaultClusteringOptions(Algorithm::KMeans, 2, 0));
        const ClusteringResult &r = s.clustering;
        QCOMPARE(r.clusterCount, 2);
        QCOMPARE(r.labels[0], r.labels[1]);
        QCOMPARE(r.labels[2], r.labels[3]);
        QVERIFY(r.labels[0] != r.labels[2]);
        QCOMPARE(r.centers(r.labels[0], 0), 0.5);
        QCOMPARE(r.centers(r.labels[2], 0), 10.5);
        QCOMPARE(r.scoreKind, ScoreKind::Distance);
        QCOMPARE(r.scores, (std::vector<double>{0.5, 0.5, 0.5, 0.5}));
        QCOMPARE(r.objective, 1.0);
        QCOMPARE(r.status, ClusteringStatus::Converged);
        QCOMPARE(s.rows, (std::vector<std::size_t>{0, 1, 2, 3}));
        QCOMPARE(clusterSizes(r), (std::vector<std::size_t>{2, 2}));
        // The model assigns new rows to the same centres.
        const auto &model = std::get<NearestCentroidModel>(r.model);
        QVERIFY(sameMatrix(model.centroids, r.centers));
    }

    void robustOutliersByHand()
    {
        // Feature 0: {1, 2, 3, 4, 100}: median 3, |deviations| {2, 1, 0, 1, 97}, MAD 1, so a
        // robust z of 97 / 1.4826 = 65.4 for the last row and 1.35 for the first.
        // Feature 1: {0, 0, 0, 5, 9}: MAD 0, never looked at.
        Matrix x(5, 2);
        x << 1, 0, 2, 0, 3, 0, 4, 5, 100, 9;
        QCOMPARE(robustOutliers(x, {}), (std::vector<bool>{false, false, false, false, false}));
        QCOMPARE(robustOutliers(x, {65.0}), (std::vector<bool>{false, false, false, false, true}));
        QCOMPARE(robustOutliers(x, {66.0}), (std::vector<bool>{false, false, false, false, false}));
        QCOMPARE(robustOutliers(x, {1.3}), (std::vector<bool>{true, false, false, false, true}));
        QCOMPARE(median({4.0, 1.0, 3.0, 2.0}), 2.5);
        QCOMPARE(median({5.0, 1.0, 3.0}), 3.0);
        QVERIFY(std::isnan(median({})));
    }

    void outliersAreSetAsideBeforeClustering()
    {
        // {0, 1, 10, 11, 1000}: median 10, MAD 9; 1000 is 990 / (1.4826 × 9) = 74 robust sd out.
        const Table table = tableOf({numeric("spend", {0.0, 1.0, 10.0, 11.0, 1000.0})});
        const Segmentation s = fit(table, spendOnly(), defaultClusteringOptions(Algorithm::KMeans, 2, 0), {10.0});
        QCOMPARE(s.outlierCount, std::size_t(1));
        QCOMPARE(s.outliers.robustZ, 10.0);
        const ClusteringResult &r = s.clustering;
        QCOMPARE(r.labels.size(), std::size_t(5));
        QCOMPARE(r.labels[4], -1);
        QVERIFY(std::isnan(r.scores[4]));
        // The rest is clustered as without the outlier: {0, 1} and {10, 11}.
        QCOMPARE(r.labels[0], r.labels[1]);
        QCOMPARE(r.labels[2], r.labels[3]);
        QVERIFY(r.labels[0] != r.labels[2]);
        QCOMPARE(r.centers(r.labels[0], 0), 0.5);
        QCOMPARE(r.objective, 1.0);
        QCOMPARE(clusterSizes(r), (std::vector<std::size_t>{2, 2}));
        QVERIFY(contains(s.warnings.back(), "1 of 5 customers were set aside as outliers (a feature beyond a "
                                            "robust z of 10) and are in no segment"));
        // Off by default: the outlier is a segment of its own.
        QCOMPARE(fit(table, spendOnly(), defaultClusteringOptions(Algorithm::KMeans, 2, 0)).outlierCount,
                 std::size_t(0));
        // Too few left for k.
        const Error e = requireError(
            [&] { fit(table, spendOnly(), defaultClusteringOptions(Algorithm::KMeans, 5, 0), {10.0}); },
            ErrorKind::InvalidData);
        QVERIFY(contains(e.what(), "only 4 of 5 customers are left after setting aside the outliers"));
    }

    // A sweep over k gives, k by k, exactly the segmentation one fit at that k gives, outliers
    // set aside included; Ward's come from one tree.
    void eachKEqualsOneFitPerK()
    {
        const Table table = points({{0.0, 0.0}, {8.0, 0.0}, {0.0, 8.0}, {8.0, 8.0}, {40.0, 40.0}}, 60, 3);
        const PreparedData prepared = prepare(table, twoFeatures());
        const std::vector<int> ks = {2, 3, 4, 6};
        for (const Algorithm algorithm : {Algorithm::KMeans, Algorithm::GaussianMixture, Algorithm::Ward}) {
            for (const OutlierOptions outliers : {OutlierOptions {}, OutlierOptions {3.0}}) {
                const ClusteringOptions options = defaultClusteringOptions(algorithm, 5, 7);
                std::vector<Segmentation> swept;
                fitPreparedEachK(prepared, twoFeatures(), options, outliers, ks,
                                 [&](Segmentation &&s) { swept.push_back(std::move(s)); });
                QCOMPARE(swept.size(), ks.size());
                for (std::size_t i = 0; i < ks.size(); ++i) {
                    const Segmentation one
                        = fitPrepared(prepared, twoFeatures(), withClusters(options, ks[i]), outliers);
                    const Segmentation &s = swept[i];
                    QCOMPARE(s.options, one.options);
                    QCOMPARE(s.clustering.clusterCount, ks[i]);
                    QCOMPARE(s.clustering.labels, one.clustering.labels);
                    QCOMPARE(s.clustering.scores.size(), one.clustering.scores.size());
                    for (std::size_t r = 0; r < s.clustering.scores.size(); ++r)
                        QVERIFY(s.clustering.scores[r] == one.clustering.scores[r]
                                || (std::isnan(s.clustering.scores[r]) && std::isnan(one.clustering.scores[r])));
                    QVERIFY(sameMatrix(s.clustering.centers, one.clustering.centers));
                    QCOMPARE(s.clustering.dendrogram, one.clustering.dendrogram);
                    QCOMPARE(s.outlierCount, one.outlierCount);
                    QCOMPARE(s.warnings, one.warnings);
                }
                // The far blob is set aside by the robust z of 3.
                QCOMPARE(swept.front().outlierCount, outliers.robustZ > 0 ? std::size_t(60) : std::size_t(0));
            }
        }
    }

    void fitEqualsPrepareThenFitPrepared()
    {
        // The explorer prepares once and reclusters; the CLI fits in one go: same segments.
        const Table table = generateDemoData(3000, 5);
        const FeatureSpec spec = suggestFeatureSpec(table, {"customer_id", "true_segment"});
        const ClusteringOptions options = defaultClusteringOptions(Algorithm::KMeans, 6, 11);
        const Segmentation direct = fit(table, spec, options);
        const PreparedData prepared = prepare(table, spec);
        const Segmentation cached = fitPrepared(prepared, spec, options);
        QCOMPARE(direct.clustering.labels, cached.clustering.labels);
        QCOMPARE(direct.clustering.scores, cached.clustering.scores);
        QVERIFY(sameMatrix(direct.clustering.centers, cached.clustering.centers));
        QCOMPARE(direct.rows, prepared.rows);
    }

    void scoringTheFittedTableReproducesTheFit()
    {
        const Table table = generateDemoData(2000, 9);
        const FeatureSpec spec = suggestFeatureSpec(table, {"customer_id", "true_segment"});
        const Segmentation s = fit(table, spec, defaultClusteringOptions(Algorithm::KMeans, 5, 1));
        const ScoredRows scored = scoreRows(scoringModel(table, s), table);
        QCOMPARE(scored.segments.size(), std::size_t(table.rowCount));
        // Rows the fit segmented get the same segment; their distances agree to rounding.
        for (std::size_t i = 0; i < s.rows.size(); ++i) {
            QCOMPARE(scored.segments[s.rows[i]], s.clustering.labels[i]);
            VERIFY_CLOSE_TOL(scored.distances[s.rows[i]], s.clustering.scores[i], 1e-9);
        }
    }

    void scoringNewCustomersUsesTheFittedTransform()
    {
        const Segmentation s = fit(fourCustomers(), spendOnly(), defaultClusteringOptions(Algorithm::KMeans, 2, 0));
        // 2 is nearer 0.5 than 10.5; 8 nearer 10.5; a missing spend takes the fitted median 5.5,
        // exactly 5 from both centres: the tie goes to the lower segment number.
        const Table fresh = tableOf({numeric("spend", {2.0, 8.0, std::nan("")})}, "new.csv");
        const ScoredRows scored = scoreRows(scoringModel(fourCustomers(), s), fresh);
        const int low = s.clustering.labels[0];
        const int high = s.clustering.labels[2];
        QCOMPARE(scored.segments[0], low);
        QCOMPARE(scored.segments[1], high);
        QCOMPARE(scored.segments[2], std::min(low, high));
        QCOMPARE(scored.distances, (std::vector<double>{1.5, 2.5, 5.0}));
    }

    void scoringATableWithoutTheFeaturesNamesTheColumn()
    {
        const Segmentation s = fit(fourCustomers(), spendOnly(), defaultClusteringOptions(Algorithm::KMeans, 2, 0));
        const Table other = tableOf({numeric("visits", {1.0})}, "other.csv");
        const Error e = requireError([&] { scoreRows(scoringModel(fourCustomers(), s), other); });
        QVERIFY(contains(e.what(), "spend"));
    }

    void assignRefusesTheWrongWidth()
    {
        const NearestCentroidModel model{matrixOf({{0.0, 0.0}, {1.0, 1.0}})};
        const Error e = requireError([&] { assign(ClusterModel{model}, matrixOf({{0.0}})); }, ErrorKind::Usage);
        QVERIFY(contains(e.what(), "1 features but the model was fitted on 2"));
        const ClusterAssignment a = assign(ClusterModel{model}, matrixOf({{0.9, 0.8}, {0.1, 0.0}}));
        QCOMPARE(a.labels, (Labels{1, 0}));
        VERIFY_CLOSE_TOL(a.scores[0], std::sqrt(0.01 + 0.04), 1e-15);
        VERIFY_CLOSE_TOL(a.scores[1], 0.1, 1e-15);
    }
};

QTEST_APPLESS_MAIN(TestPipeline)
#include "test_pipeline.moc"
