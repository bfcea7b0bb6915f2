#include "engine/pipeline/retrain.h"

#include "engine/cluster/clustering.h"
#include "engine/core/text.h"
#include "engine/eval/metrics.h"
#include "engine/eval/quality.h"
#include "engine/prep/prepare.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace seg {

namespace {

/// The smallest segment's share of the segmented customers (labels >= 0).
double smallestShare(const Labels &labels, int segments)
{
    if (segments <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    std::vector<std::size_t> sizes(static_cast<std::size_t>(segments), 0);
    std::size_t total = 0;
    for (std::int32_t l : labels)
        if (l >= 0 && l < segments) {
            ++sizes[static_cast<std::size_t>(l)];
            ++total;
        }
    if (total == 0)
        return std::numeric_limits<double>::quiet_NaN();
    return static_cast<double>(*std::min_element(sizes.begin(), sizes.end())) / static_cast<double>(total);
}

/// A candidate refit judged by the rules against the current model's silhouette.
RetrainCheck judge(std::string name, const PreparedData &prepared, const Segmentation &fit, double currentSilhouette,
                   const RetrainOptions &options, std::uint64_t seed, const Progress &progress)
{
    RetrainCheck check;
    check.name = std::move(name);
    const ClusteringResult &c = fit.clustering;
    check.segments = c.clusterCount;
    check.silhouette = silhouette(prepared.x, c.labels, options.silhouetteSample, seed, progress.sub(0.0, 0.3));
    check.stability = options.stabilityRuns > 0 ? seedStability(prepared, fit, options.stabilityRuns, progress.sub(0.3, 1.0))
                                                 : std::numeric_limits<double>::quiet_NaN();
    check.smallestShare = smallestShare(c.labels, c.clusterCount);
    if (c.clusterCount < 2)
        check.failures.push_back(Text::tr("it found %n segment(s)", nullptr, c.clusterCount));
    if (!std::isnan(check.stability) && check.stability < options.minStability)
        check.failures.push_back(fillIn(Text::tr("its segments change with the seed (stability %1, below %2)"),
                                        Text::fixed(check.stability, 2),
                                        Text::fixed(options.minStability, 2)));
    if (!(check.smallestShare >= options.minSegmentShare))
        check.failures.push_back(fillIn(Text::tr("its smallest segment holds %1 of the customers, below %2"),
                                        Text::percent(check.smallestShare),
                                        Text::percent(options.minSegmentShare)));
    if (std::isnan(check.silhouette))
        check.failures.push_back(Text::tr("its separation (silhouette) is undefined"));
    else if (!std::isnan(currentSilhouette) && check.silhouette < currentSilhouette - options.silhouetteTolerance)
        check.failures.push_back(fillIn(Text::tr("it separates the customers less well than the current model "
                                                 "(silhouette %1 against %2)"),
                                        Text::fixed(check.silhouette, 3), Text::fixed(currentSilhouette, 3)));
    return check;
}

} // namespace

const char *toString(RetrainVerdict verdict)
{
    switch (verdict) {
    case RetrainVerdict::Replaced:
        return "replaced";
    case RetrainVerdict::FellBack:
        return "fell_back";
    case RetrainVerdict::Kept:
        return "kept";
    }
    return "kept";
}

RetrainResult retrain(const Table &table, const Segmentation &current, const std::vector<int> &currentKeys,
                      const ScoringModel &model, const std::vector<int> &reservedKeys, const RetrainOptions &options,
                      const Progress &progress)
{
    RetrainResult result;
    const PreparedData prepared = prepare(table, current.spec);
    progress.report(0.05, "refitting");
    const std::uint64_t seed = seedOf(current.options);

    // The current model's assignment of the same customers, in the refit's rows.
    const ScoredRows scored = scoreRows(model, table);
    Labels currentLabels(prepared.rows.size());
    for (std::size_t i = 0; i < prepared.rows.size(); ++i)
        currentLabels[i] = scored.segments[prepared.rows[i]];
    const int currentCount = current.clustering.clusterCount;
    result.current.name = "current";
    result.current.segments = currentCount;
    result.current.silhouette = silhouette(prepared.x, currentLabels, options.silhouetteSample, seed);
    result.current.smallestShare = smallestShare(currentLabels, currentCount);

    Segmentation refit = fitPrepared(prepared, current.spec, current.options, current.outliers, progress.sub(0.05, 0.35));
    result.refit = judge("refit", prepared, refit, result.current.silhouette, options, seed, progress.sub(0.35, 0.65));
    std::optional<Segmentation> chosen;
    if (result.refit.failures.empty()) {
        result.verdict = RetrainVerdict::Replaced;
        chosen = std::move(refit);
    } else if (options.fallback
               && !(current.options == defaultClusteringOptions(Algorithm::KMeans, currentCount, seed)
                    && current.outliers == OutlierOptions {})) {
        progress.report(0.65, "fitting the default segmentation");
        const ClusteringOptions simple = defaultClusteringOptions(Algorithm::KMeans, currentCount, seed);
        Segmentation fallback = fitPrepared(prepared, current.spec, simple, OutlierOptions {}, progress.sub(0.65, 0.8));
        result.fallback = judge("fallback", prepared, fallback, result.current.silhouette, options, seed,
                                progress.sub(0.8, 0.95));
        if (result.fallback->failures.empty()) {
            result.verdict = RetrainVerdict::FellBack;
            chosen = std::move(fallback);
        }
    }
    if (!chosen) {
        result.verdict = RetrainVerdict::Kept;
        progress.report(1.0);
        return result;
    }

    // Identities: each new segment continues the current segment it shares most customers with.
    const SegmentMembership before {&currentLabels, &prepared.rows, currentCount};
    const SegmentMembership after {&chosen->clustering.labels, &chosen->rows, chosen->clustering.clusterCount};
    const std::vector<int> match = matchSegments(before, after);
    std::vector<int> keys = currentKeys;
    for (int s = static_cast<int>(keys.size()); s < currentCount; ++s)
        keys.push_back(s);
    result.segmentKeys = segmentKeys(match, keys, reservedKeys);
    result.changes = compareSegmentations(before, after);
    const QualityReport quality = assessQuality(prepared.x, chosen->clustering.labels, options.silhouetteSample, seed);
    result.metrics = {{"silhouette", quality.silhouette},
                      {"davies_bouldin", quality.daviesBouldin},
                      {"calinski_harabasz", quality.calinskiHarabasz}};
    result.segmentation = std::move(chosen);
    progress.report(1.0);
    return result;
}

} // namespace seg
