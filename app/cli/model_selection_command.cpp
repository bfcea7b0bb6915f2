// segscope sweep and segscope stability: how many segments, and how far to trust them. Both read,
// validate and prepare the customers exactly as cluster does (CustomerInput) and write a JSON
// summary in cluster's shape (input, params, spec, warnings, timings).

#include "app/cli/args.h"
#include "app/cli/clustering_options.h"
#include "app/cli/commands.h"
#include "app/cli/customer_input.h"
#include "app/cli/input_options.h"
#include "app/cli/output.h"
#include "app/cli/summary_run.h"

#include "engine/core/parallel.h"
#include "engine/eval/k_criteria.h"
#include "engine/eval/k_sweep.h"
#include "engine/eval/metrics.h"
#include "engine/pipeline/outliers.h"
#include "engine/pipeline/pipeline.h"
#include "engine/prep/spec_defaults.h"
#include "widgets/k_recommendation_text.h"

#include <nlohmann/json.hpp>

#include <QLocale>

#include <chrono>
#include <cmath>
#include <algorithm>
#include <optional>

namespace seg::cli {

namespace {

using Clock = std::chrono::steady_clock;

/// The prepared rows the outlier rule keeps, or nothing when it sets none aside: the prepared
/// matrix itself is then clustered, rather than a copy (208 MB at a million customers).
std::optional<Matrix> keptRows(const Matrix &x, const OutlierOptions &outliers)
{
    if (outliers.robustZ <= 0.0)
        return std::nullopt;
    const std::vector<bool> setAside = robustOutliers(x, outliers);
    if (std::find(setAside.begin(), setAside.end(), true) == setAside.end())
        return std::nullopt;
    std::vector<Eigen::Index> kept;
    for (std::size_t i = 0; i < setAside.size(); ++i)
        if (!setAside[i])
            kept.push_back(static_cast<Eigen::Index>(i));
    return Matrix(x(kept, Eigen::all));
}

const char *structureName(Structure s)
{
    switch (s) {
    case Structure::Strong: return "strong";
    case Structure::Reasonable: return "reasonable";
    case Structure::Weak: return "weak";
    case Structure::None: break;
    }
    return "none";
}

/// The summary's "params" for the clustering options and the outlier rule (k is per point).
nlohmann::json summaryParams(const ClusteringOptions &clustering, const OutlierOptions &outliers)
{
    nlohmann::json p = clusteringParams(clustering);
    p.erase("k");
    p["outliers"] = outliers.robustZ;
    p["threads"] = threadCount();
    return p;
}

std::set<QString> withClusteringOptions(std::set<QString> own)
{
    own.merge(clusteringOptionNames());
    return own;
}

} // namespace

int runSweep(const QStringList &arguments)
{
    SummaryRun run(arguments, QStringLiteral("sweep"),
                   withClusteringOptions({QStringLiteral("k-min"), QStringLiteral("k-max"),
                                          QStringLiteral("silhouette-sample"), QStringLiteral("gap-references"),
                                          QStringLiteral("prediction-splits")}));
    const Args &args = run.args;
    const int kMin = static_cast<int>(args.integer(QStringLiteral("k-min"), 2, 2, 100000));
    const int kMax = static_cast<int>(args.integer(QStringLiteral("k-max"), 12, 2, 100000));
    if (kMax < kMin)
        throw UsageError(Cli::tr("--k-max %1 is below --k-min %2").arg(kMax).arg(kMin));
    const auto silhouetteSample
        = static_cast<std::size_t>(args.integer(QStringLiteral("silhouette-sample"), 10000, 2, 1LL << 40));
    const int gapReferences = static_cast<int>(args.integer(QStringLiteral("gap-references"), 10, 0, 1000));
    const int predictionSplits = static_cast<int>(args.integer(QStringLiteral("prediction-splits"), 5, 0, 1000));
    const OutlierOptions outliers = outlierOptions(args);
    const ClusteringOptions first = clusteringOptions(args, kMin);
    if (findsClusterCount(algorithmOf(first)))
        throw UsageError(Cli::tr("sweep varies k, and %1 finds the number of segments itself: use cluster or stability")
                             .arg(args.value(QStringLiteral("algorithm"), QString())));
    const std::uint64_t seed = seedOf(first);

    run.read();
    const std::size_t rows = run.prepared.rows.size();
    if (static_cast<std::size_t>(kMax) >= rows)
        throw UsageError(Cli::tr("--k-max %1 needs more customers than that; %2 has %3")
                             .arg(kMax)
                             .arg(QString::fromStdString(run.customers.input()))
                             .arg(rows));
    // One silhouette sample for every k, so that the curve compares like with like.
    const KSweepSample sample = kSweepSample(run.prepared.x, silhouetteSample, seed);
    const auto start = Clock::now();
    std::vector<KSweepPoint> points;
    nlohmann::json pointsJson = nlohmann::json::array();
    int bicK = 0; // mixtures: the k of the lowest BIC
    double lowestBic = 0.0;
    std::vector<int> ks;
    for (int k = kMin; k <= kMax; ++k)
        ks.push_back(k);
    // Ward builds one tree and cuts it at every k.
    fitPreparedEachK(run.prepared, run.spec, first, outliers, ks, [&](Segmentation &&fit) {
        const int k = requestedClusters(fit.options);
        const Labels &labels = fit.clustering.labels;
        const KSweepPoint point = kSweepPoint(sample, k, labels, fit.clustering.objective, seed);
        points.push_back(point);
        nlohmann::json pointJson = {{"k", k},
                                    {"inertia", jsonNumber(point.inertia)},
                                    {"silhouette", jsonNumber(point.silhouette)},
                                    {"davies_bouldin", jsonNumber(daviesBouldin(run.prepared.x, labels))},
                                    {"calinski_harabasz", jsonNumber(calinskiHarabasz(run.prepared.x, labels))}};
        if (std::isfinite(fit.clustering.bic)) {
            pointJson["log_likelihood"] = jsonNumber(fit.clustering.logLikelihood);
            pointJson["bic"] = jsonNumber(fit.clustering.bic);
            pointJson["aic"] = jsonNumber(fit.clustering.aic);
            if (bicK == 0 || fit.clustering.bic < lowestBic) {
                bicK = k;
                lowestBic = fit.clustering.bic;
            }
        }
        pointsJson.push_back(std::move(pointJson));
    });
    const double sweepMs = msSince(start);
    nlohmann::json timings = {{"sweep", sweepMs}};

    // The gap statistic (k-means') and prediction strength (the chosen algorithm's), on the
    // customers clustered.
    const std::optional<Matrix> kept = keptRows(run.prepared.x, outliers);
    const Matrix &clustered = kept ? *kept : run.prepared.x;
    std::optional<GapResult> gap;
    if (gapReferences > 0) {
        const auto phase = Clock::now();
        GapOptions options;
        options.kMax = kMax;
        options.references = gapReferences;
        options.seed = seed;
        gap = gapStatistic(clustered, options);
        timings["gap"] = msSince(phase);
    }
    std::optional<PredictionStrengthResult> strength;
    if (predictionSplits > 0) {
        const auto phase = Clock::now();
        PredictionStrengthOptions options;
        options.kMin = kMin;
        options.kMax = kMax;
        options.splits = predictionSplits;
        options.seed = seed;
        if (clustered.rows() / 2 >= kMax)
            strength = predictionStrengths(clustered, first, options);
        else
            run.warnings.push_back(Cli::tr("prediction strength needs twice --k-max customers; not measured")
                                       .toStdString());
        timings["prediction_strength"] = msSince(phase);
    }
    for (auto &p : pointsJson) {
        const int k = p["k"].get<int>();
        if (gap) {
            const GapPoint &g = gap->points[static_cast<std::size_t>(k - 1)];
            p["gap"] = jsonNumber(g.gap);
            p["gap_se"] = jsonNumber(g.standardError);
        }
        if (strength)
            p["prediction_strength"] = jsonNumber(strength->points[static_cast<std::size_t>(k - kMin)].strength);
    }
    const KRecommendation r = recommendK(points);
    const QString reason = kRecommendationText(r, QLocale::c());

    nlohmann::json params = summaryParams(first, outliers);
    params["k_min"] = kMin;
    params["k_max"] = kMax;
    params["silhouette_sample"] = sample.rows.size();
    run.summary["params"] = params;
    run.summary["points"] = pointsJson;
    run.summary["recommendation"] = {{"k", r.k},
                                     {"silhouette_k", r.silhouetteK},
                                     {"silhouette", jsonNumber(r.silhouette)},
                                     {"structure", structureName(r.structure)},
                                     {"elbow_k", r.elbowK == 0 ? nlohmann::json() : nlohmann::json(r.elbowK)},
                                     {"reason", reason.toStdString()}};
    if (bicK > 0)
        run.summary["recommendation"]["bic_k"] = bicK;
    QStringList criteria;
    if (gap) {
        nlohmann::json gapPoints = nlohmann::json::array();
        for (const GapPoint &g : gap->points)
            gapPoints.push_back({{"k", g.k},
                                 {"log_w", jsonNumber(g.logW)},
                                 {"expected_log_w", jsonNumber(g.expectedLogW)},
                                 {"gap", jsonNumber(g.gap)},
                                 {"standard_error", jsonNumber(g.standardError)}});
        run.summary["gap"] = {{"k", gap->k == 0 ? nlohmann::json() : nlohmann::json(gap->k)},
                              {"rows", gap->rows},
                              {"references", gapReferences},
                              {"reference_box", gap->principalAxes ? "principal_axes" : "features"},
                              {"points", gapPoints}};
        run.summary["recommendation"]["gap_k"] = gap->k == 0 ? nlohmann::json() : nlohmann::json(gap->k);
        criteria << (gap->k == 1 ? Cli::tr("Gap statistic: k = 1, the customers are no more grouped than uniform data.")
                     : gap->k > 0
                         ? Cli::tr("Gap statistic: k = %1, the smallest k that k + 1 does not improve on.").arg(gap->k)
                         : Cli::tr("Gap statistic: the gap still grows at k = %1; more segments may be warranted.")
                               .arg(kMax));
    }
    if (strength) {
        nlohmann::json strengthPoints = nlohmann::json::array();
        for (const PredictionStrengthPoint &p : strength->points)
            strengthPoints.push_back({{"k", p.k}, {"strength", jsonNumber(p.strength)}, {"sd", jsonNumber(p.sd)}});
        const bool found = strength->k >= kMin;
        run.summary["prediction_strength"] = {{"k", found ? nlohmann::json(strength->k) : nlohmann::json()},
                                              {"rows", strength->rows},
                                              {"splits", predictionSplits},
                                              {"threshold", kPredictionStrengthThreshold},
                                              {"points", strengthPoints}};
        run.summary["recommendation"]["prediction_strength_k"]
            = found ? nlohmann::json(strength->k) : nlohmann::json();
        criteria << (found ? Cli::tr("Prediction strength: k = %1 is the largest k whose segments, found on half of the "
                                "customers, predict which customers belong together in the other half (0.8 or more).")
                                 .arg(strength->k)
                           : Cli::tr("Prediction strength: no k from %1 to %2 reaches 0.8; its segments do not "
                                "reproduce across halves of the customers.")
                                 .arg(kMin)
                                 .arg(kMax));
    }
    run.finish(std::move(timings));

    if (!args.has(QStringLiteral("quiet"))) {
        const auto figure = [](const nlohmann::json &p, const char *name) {
            return p.contains(name) && p[name].is_number() ? p[name].get<double>() : std::nan("");
        };
        printOut(Cli::tr("%1 %2 %3 %4 %5 %6 %7\n")
                     .arg(Cli::tr("k"), 3)
                     .arg(Cli::tr("inertia"), 14)
                     .arg(Cli::tr("silhouette"), 10)
                     .arg(Cli::tr("DB"), 6)
                     .arg(Cli::tr("CH"), 10)
                     .arg(Cli::tr("gap"), 7)
                     .arg(Cli::tr("PS"), 5));
        for (const auto &p : pointsJson)
            printOut(QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                         .arg(p["k"].get<int>(), 3)
                         .arg(localNumber(p["inertia"].is_null() ? 0.0 : p["inertia"].get<double>(), 'g', 8), 14)
                         .arg(localNumber(p["silhouette"].is_null() ? std::nan("") : p["silhouette"].get<double>(), 'f', 3), 10)
                         .arg(localNumber(p["davies_bouldin"].is_null() ? std::nan("") : p["davies_bouldin"].get<double>(), 'f', 2), 6)
                         .arg(localNumber(p["calinski_harabasz"].is_null() ? std::nan("") : p["calinski_harabasz"].get<double>(), 'f', 1), 10)
                         .arg(localNumber(figure(p, "gap"), 'f', 3), 7)
                         .arg(localNumber(figure(p, "prediction_strength"), 'f', 2), 5));
        if (!reason.isEmpty())
            printOut(reason + QLatin1Char('\n'));
        for (const QString &c : criteria)
            printOut(c + QLatin1Char('\n'));
    }
    return ExitOk;
}

int runStability(const QStringList &arguments)
{
    SummaryRun run(arguments, QStringLiteral("stability"),
                   withClusteringOptions({QStringLiteral("k"), QStringLiteral("runs"), QStringLiteral("bootstrap"),
                                          QStringLiteral("bootstrap-sample"), QStringLiteral("prediction-splits"),
                                          QStringLiteral("noise"), QStringLiteral("noise-runs")}));
    const Args &args = run.args;
    const bool findsCount = findsClusterCount(clusteringAlgorithm(args));
    if (findsCount && args.has(QStringLiteral("k")))
        throw UsageError(Cli::tr("--k: %1 finds the number of segments itself; leave --k out")
                             .arg(args.value(QStringLiteral("algorithm"), QString())));
    if (!findsCount && !args.has(QStringLiteral("k")))
        throw UsageError(Cli::tr("stability needs --k, the number of segments"));
    const int requested = static_cast<int>(args.integer(QStringLiteral("k"), 2, 1, 100000));
    const int runs = static_cast<int>(args.integer(QStringLiteral("runs"), 5, 0, 10000));
    const int resamples = static_cast<int>(args.integer(QStringLiteral("bootstrap"), 20, 0, 10000));
    const auto sampleSize
        = static_cast<std::size_t>(args.integer(QStringLiteral("bootstrap-sample"), 5000, 2, 1LL << 40));
    const int predictionSplits = static_cast<int>(args.integer(QStringLiteral("prediction-splits"), 5, 0, 1000));
    const double noise = args.real(QStringLiteral("noise"), 0.05, 0.0, 100.0);
    const int noiseRuns = static_cast<int>(args.integer(QStringLiteral("noise-runs"), 5, 0, 10000));
    ClusteringOptions clustering = clusteringOptions(args, requested);
    const OutlierOptions outliers = outlierOptions(args);

    run.read();
    for (const std::string &note : resolveDataDefaults(clustering, args, run.prepared.x))
        run.warnings.push_back(note);
    auto phase = Clock::now();
    const Segmentation fit = fitPrepared(run.prepared, run.spec, clustering, outliers);
    const double fitMs = msSince(phase);
    const int k = fit.clustering.clusterCount;
    phase = Clock::now();
    // An algorithm without randomness gives the same segments for every seed: nothing to measure.
    const double seeds = findsCount ? std::nan("") : seedStability(run.prepared, fit, runs);
    const double seedsMs = msSince(phase);
    phase = Clock::now();
    // A table that waits on disk gives the matrix back exactly: the noise goes into the matrix
    // itself rather than into a copy of it.
    double noiseAri = std::nan("");
    if (noise > 0.0 && run.spill)
        noiseAri = noiseStabilityInPlace(run.prepared, fit, noiseRuns, noise,
                                         [&](PreparedData &prepared) { refillPrepared(*run.spill, prepared); });
    else if (noise > 0.0)
        noiseAri = noiseStability(run.prepared, fit, noiseRuns, noise);
    const double noiseMs = msSince(phase);
    phase = Clock::now();
    const SegmentStability segments = bootstrapStability(run.prepared, fit, resamples, sampleSize);
    const double bootstrapMs = msSince(phase);

    nlohmann::json params = summaryParams(clustering, outliers);
    params[findsCount ? "segments_found" : "k"] = k;
    params["runs"] = findsCount ? 0 : runs;
    params["bootstrap"] = resamples;
    params["bootstrap_sample"] = segments.sampleSize;
    run.summary["params"] = params;
    const std::vector<std::size_t> sizes = clusterSizes(fit.clustering);
    nlohmann::json perSegment = nlohmann::json::array();
    for (std::size_t s = 0; s < segments.jaccard.size(); ++s) {
        const double j = segments.jaccard[s];
        perSegment.push_back({{"segment", s},
                              {"size", sizes[s]},
                              {"jaccard", jsonNumber(j)},
                              {"stable", std::isfinite(j) ? nlohmann::json(j >= kUnstableJaccard) : nlohmann::json()}});
    }
    run.summary["stability"] = {{"seed_ari", jsonNumber(seeds)},
                                {"noise_ari", jsonNumber(noiseAri)},
                                {"noise", noise},
                                {"noise_runs", noiseRuns},
                                {"segments", perSegment}};
    std::size_t unstable = 0;
    for (double j : segments.jaccard)
        if (std::isfinite(j) && j < kUnstableJaccard)
            ++unstable;
    if (unstable > 0)
        run.warnings.push_back(Cli::tr("%1 of %2 segment(s) are unstable (bootstrap Jaccard below 0.6): they may be artefacts "
                                  "of the seed or the sample; try another --k",
                                  nullptr, pluralCount(k))
                                   .arg(unstable)
                                   .arg(k)
                                   .toStdString());
    // Prediction strength at k, each half holding half of every segment (Tibshirani & Walther
    // 2005, with the split stratified by the segmentation in hand).
    double strength = std::nan("");
    phase = Clock::now();
    if (predictionSplits > 0 && k >= 2) {
        std::vector<Eigen::Index> clusteredRows;
        Labels strata;
        for (std::size_t i = 0; i < fit.clustering.labels.size(); ++i)
            if (fit.clustering.labels[i] >= 0) {
                clusteredRows.push_back(static_cast<Eigen::Index>(i));
                strata.push_back(fit.clustering.labels[i]);
            }
        if (clusteredRows.size() / 2 >= static_cast<std::size_t>(k)) {
            PredictionStrengthOptions options;
            options.kMin = k;
            options.kMax = k;
            options.splits = predictionSplits;
            options.strata = std::move(strata);
            options.seed = seedOf(clustering);
            // Every customer in a segment (no outlier rule, no noise): the matrix itself, no copy.
            const PredictionStrengthResult ps
                = clusteredRows.size() == fit.clustering.labels.size()
                      ? predictionStrengths(run.prepared.x, clustering, options)
                      : predictionStrengths(run.prepared.x(clusteredRows, Eigen::all), clustering, options);
            strength = ps.points.front().strength;
            run.summary["stability"]["prediction_strength"]
                = {{"strength", jsonNumber(strength)},
                   {"sd", jsonNumber(ps.points.front().sd)},
                   {"splits", predictionSplits},
                   {"rows", ps.rows},
                   {"reproducible", std::isfinite(strength) ? nlohmann::json(strength >= kPredictionStrengthThreshold)
                                                            : nlohmann::json()}};
        }
    }
    const double strengthMs = msSince(phase);
    if (std::isfinite(strength) && strength < kPredictionStrengthThreshold)
        run.warnings.push_back(Cli::tr("prediction strength %1 is below 0.8: %2 segments found on half of the customers do "
                                  "not reliably reproduce on the other half")
                                   .arg(localNumber(strength, 'f', 2))
                                   .arg(k)
                                   .toStdString());
    run.finish({{"fit", fitMs},
                {"seeds", seedsMs},
                {"noise", noiseMs},
                {"bootstrap", bootstrapMs},
                {"prediction_strength", strengthMs}});

    if (!args.has(QStringLiteral("quiet"))) {
        if (std::isfinite(seeds))
            printOut(Cli::tr("same segments with %1 other seed(s): mean ARI %2\n", nullptr, pluralCount(runs))
                         .arg(runs)
                         .arg(localNumber(seeds, 'f', 3)));
        if (std::isfinite(noiseAri))
            printOut(Cli::tr("same segments with noise of %1 added (%2 run(s)): mean ARI %3\n", nullptr,
                             pluralCount(noiseRuns))
                         .arg(noise)
                         .arg(noiseRuns)
                         .arg(localNumber(noiseAri, 'f', 3)));
        if (std::isfinite(strength))
            printOut(Cli::tr("prediction strength (half predicts half, %1 splits): %2\n")
                         .arg(predictionSplits)
                         .arg(localNumber(strength, 'f', 3)));
        printOut(Cli::tr("%1 %2 %3\n").arg(Cli::tr("segment"), 7).arg(Cli::tr("customers"), 9).arg(Cli::tr("jaccard"), 8));
        for (std::size_t s = 0; s < segments.jaccard.size(); ++s) {
            const double j = segments.jaccard[s];
            printOut(QStringLiteral("%1 %2 %3%4\n")
                         .arg(qulonglong(s), 7)
                         .arg(qulonglong(sizes[s]), 9)
                         .arg(localNumber(j, 'f', 3), 8)
                         .arg(std::isfinite(j) && j < kUnstableJaccard ? Cli::tr("  unstable") : QString()));
        }
    }
    return ExitOk;
}

} // namespace seg::cli
