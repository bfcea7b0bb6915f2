#include "engine/pipeline/pipeline.h"

#include "engine/core/error.h"
#include "engine/core/random.h"
#include "engine/eval/metrics.h"

#include <algorithm>
#include <cmath>

#include <cstdio>
#include <limits>

namespace seg {

PreparedData prepareSpilling(Table &table, const FeatureSpec &spec, std::optional<ColumnSpill> &spill,
                             const Progress &progress)
{
    PreparedData prepared = prepareOnDemand(table, spec, spill, progress);
    if (spill)
        refillPrepared(*spill, prepared, progress);
    else
        fillPrepared(table, prepared);
    return prepared;
}

PreparedData prepareOnDemand(Table &table, const FeatureSpec &spec, std::optional<ColumnSpill> &spill,
                             const Progress &progress)
{
    spill.reset();
    PreparedData prepared = fitPreparation(table, spec, progress);
    std::vector<std::string> every;
    std::size_t bytes = 0;
    for (const Column &c : table.columns) {
        every.push_back(c.name);
        bytes += c.numbers.size() * sizeof(double) + c.codes.size() * sizeof(std::int32_t)
                 + c.text.size() * sizeof(std::string) + c.textMissing.size();
    }
    progress.check();
    if (worthSpilling(bytes)) {
        try {
            spill.emplace(table, every);
        } catch (const Error &) {
            // No room for the temporary file: the table stays whole, and the run only costs
            // more memory.
            spill.reset();
        }
    }
    return prepared;
}

RowSource preparedRows(const Table &table, const ColumnSpill *spill, const PreparedData &prepared)
{
    const auto fetch = [&table, spill, &prepared](std::span<const std::size_t> rows) {
        const std::size_t d = prepared.transform.dimension();
        std::vector<std::size_t> tableRows(rows.size());
        for (std::size_t r = 0; r < rows.size(); ++r)
            tableRows[r] = prepared.rows.at(rows[r]);
        if (!spill)
            return prepareWith(table, prepared.transform, std::move(tableRows)).x;
        // A block of table rows at a time, only the source columns: a sample spread over a
        // million rows reads the file once, holding 65,536 rows of cells at most.
        const std::vector<std::string> sources = prepared.transform.sourceColumns();
        Matrix out(static_cast<Eigen::Index>(rows.size()), static_cast<Eigen::Index>(d));
        for (std::size_t at = 0; at < tableRows.size();) {
            const std::size_t first = tableRows[at];
            std::vector<std::size_t> local;
            std::size_t next = at;
            for (; next < tableRows.size() && tableRows[next] - first < kPreparedRowsBlock; ++next)
                local.push_back(tableRows[next] - first);
            const Table part = spill->rows(first, tableRows[next - 1] + 1, sources);
            out.middleRows(static_cast<Eigen::Index>(at), static_cast<Eigen::Index>(next - at))
                = prepareWith(part, prepared.transform, std::move(local)).x;
            at = next;
        }
        return out;
    };
    return {prepared.rows.size(), prepared.transform.dimension(), fetch};
}

void takeTableBack(Table &table, PreparedData &prepared, std::optional<ColumnSpill> &spill)
{
    if (!spill)
        return;
    prepared.x = Matrix(); // the matrix's memory is for the table again
    spill->restore(table);
    spill.reset();
}

void refillPrepared(const ColumnSpill &spill, PreparedData &prepared, const Progress &progress)
{
    for (const std::string &name : prepared.transform.sourceColumns()) {
        progress.check();
        fillPrepared(spill.column(name), prepared);
    }
}

Segmentation fit(const Table &table, const FeatureSpec &spec, const ClusteringOptions &options,
                 const Progress &progress)
{
    return fit(table, spec, options, OutlierOptions{}, progress);
}

Segmentation fit(const Table &table, const FeatureSpec &spec, const ClusteringOptions &options,
                 const OutlierOptions &outliers, const Progress &progress)
{
    const PreparedData prepared = prepare(table, spec, progress.sub(0.0, 0.2));
    return fitPrepared(prepared, spec, options, outliers, progress.sub(0.2, 1.0));
}

Segmentation fitPrepared(const PreparedData &prepared, const FeatureSpec &spec, const ClusteringOptions &options,
                         const Progress &progress)
{
    return fitPrepared(prepared, spec, options, OutlierOptions{}, progress);
}

Segmentation fitPrepared(const PreparedData &prepared, const FeatureSpec &spec, const ClusteringOptions &options,
                         const OutlierOptions &outliers, const Progress &progress)
{
    Segmentation fitted;
    fitPreparedEachK(prepared, spec, options, outliers, {requestedClusters(options)},
                     [&](Segmentation &&s) { fitted = std::move(s); }, progress);
    return fitted;
}

namespace {

/// fitPreparedEachK() up to its segmentations: sets base->outlierCount and adds its warnings
/// (when base is given), then hands each k's clustering, with a label (score, membership) per
/// prepared row (outliers -1, NaN), to onResult. What needs only the labels (seedStability)
/// stops here and saves the segmentation's copy of the rows.
void clusterPreparedEachK(const PreparedData &prepared, const ClusteringOptions &options,
                          const OutlierOptions &outliers, const std::vector<int> &ks, Segmentation *base,
                          const std::function<void(int, ClusteringResult &&)> &onResult, const Progress &progress)
{
    const std::vector<bool> setAside = robustOutliers(prepared.x, outliers);
    const auto outlierCount = static_cast<std::size_t>(std::count(setAside.begin(), setAside.end(), true));
    if (base)
        base->outlierCount = outlierCount;
    // The rows kept, only when some are set aside: at a million rows the list is 8 MB that
    // clustering would otherwise carry for nothing.
    std::vector<Eigen::Index> kept;
    Matrix inliers;
    if (outlierCount > 0) {
        kept.reserve(setAside.size() - outlierCount);
        for (std::size_t i = 0; i < setAside.size(); ++i)
            if (!setAside[i])
                kept.push_back(static_cast<Eigen::Index>(i));
        const int k = *std::max_element(ks.begin(), ks.end());
        if (kept.size() < static_cast<std::size_t>(std::max(k, 1)))
            throw Error(ErrorKind::InvalidData,
                        fillIn(Text::tr("only %1 of %2 customers are left after setting aside the outliers beyond a "
                                        "robust z of %3, fewer than the %4 segments asked for; raise the outlier "
                                        "threshold or turn it off"),
                               kept.size(), setAside.size(), Text::number(outliers.robustZ), k));
        inliers.resize(static_cast<Eigen::Index>(kept.size()), prepared.x.cols());
        for (std::size_t i = 0; i < kept.size(); ++i)
            inliers.row(static_cast<Eigen::Index>(i)) = prepared.x.row(kept[i]);
        if (base)
            base->warnings.push_back(fillIn(Text::tr("%1 of %2 customers were set aside as outliers (a feature "
                                                     "beyond a robust z of %3) and are in no segment"),
                                            outlierCount, setAside.size(), Text::number(outliers.robustZ)));
    }
    if (base && algorithmOf(options) == Algorithm::GaussianMixture) {
        // A 0/1 column is no Gaussian: a component whose customers share one level has next to no
        // variance there, its density spikes, and the mixture prefers splitting by category.
        std::vector<std::string> categorical;
        for (const FittedFeature &f : prepared.transform.features)
            if (f.oneHot && std::find(categorical.begin(), categorical.end(), f.column) == categorical.end())
                categorical.push_back(f.column);
        if (!categorical.empty()) {
            std::string names;
            for (const std::string &c : categorical)
                names += (names.empty() ? "" : ", ") + c;
            base->warnings.push_back(fillIn(Text::tr("the Gaussian mixture treats the 0/1 features of the "
                                                     "categorical columns %1 as continuous: segments tend to split "
                                                     "by category rather than by behaviour; leave those columns out, "
                                                     "or compare with k-means"),
                                            names));
        }
    }

    clusterEachK(outlierCount > 0 ? inliers : prepared.x, options, ks, [&](int k, ClusteringResult &&inner) {
        if (outlierCount > 0) {
            // Back to one label and score per prepared row: outliers are -1 with no score.
            Labels labels(setAside.size(), -1);
            for (std::size_t i = 0; i < kept.size(); ++i)
                labels[static_cast<std::size_t>(kept[i])] = inner.labels[i];
            inner.labels = std::move(labels);
            // Per-row values of the inliers, spread back over every prepared row (NaN: set aside).
            for (std::vector<double> *values : {&inner.scores, &inner.memberships}) {
                if (values->empty())
                    continue;
                std::vector<double> all(setAside.size(), std::numeric_limits<double>::quiet_NaN());
                for (std::size_t i = 0; i < kept.size(); ++i)
                    all[static_cast<std::size_t>(kept[i])] = (*values)[i];
                *values = std::move(all);
            }
        }
        onResult(k, std::move(inner));
    }, progress);
}

} // namespace

void fitPreparedEachK(const PreparedData &prepared, const FeatureSpec &spec, const ClusteringOptions &options,
                      const OutlierOptions &outliers, const std::vector<int> &ks,
                      const std::function<void(Segmentation &&)> &onFit, const Progress &progress)
{
    if (ks.empty())
        return;
    Segmentation base;
    base.spec = spec;
    base.options = options;
    base.outliers = outliers;
    base.transform = prepared.transform;
    base.warnings = prepared.warnings;
    // Each segmentation gets its row list (8 MB at a million customers) once its clustering is
    // done, so that the list is not held twice while the clustering needs the memory.
    clusterPreparedEachK(prepared, options, outliers, ks, &base, [&](int k, ClusteringResult &&inner) {
        Segmentation s = base;
        s.rows = prepared.rows;
        s.options = withClusters(options, k);
        s.clustering = std::move(inner);
        if (s.clustering.status == ClusteringStatus::IterationLimit)
            s.warnings.push_back(fillIn(Text::tr("%1 stopped at its limit of %2 iterations before converging"),
                                        algorithmName(s.clustering.algorithm), s.clustering.iterations));
        onFit(std::move(s));
    }, progress);
}

SegmentStability bootstrapStability(const PreparedData &prepared, const Segmentation &fit, int resamples,
                                    std::size_t sampleSize, const Progress &progress)
{
    const Labels &labels = fit.clustering.labels;
    const int k = labels.empty() ? 0 : *std::max_element(labels.begin(), labels.end()) + 1;
    SegmentStability out;
    out.jaccard.assign(static_cast<std::size_t>(std::max(k, 0)), std::numeric_limits<double>::quiet_NaN());
    std::vector<std::size_t> segmented; // the prepared rows in a segment (outliers are in none)
    for (std::size_t i = 0; i < labels.size(); ++i)
        if (labels[i] >= 0)
            segmented.push_back(i);
    if (resamples <= 0 || k < 1 || segmented.empty())
        return out;
    const std::size_t m = std::min(sampleSize, segmented.size());
    out.resamples = resamples;
    out.sampleSize = m;
    const std::uint64_t seed = seedOf(fit.options);
    std::vector<double> sum(static_cast<std::size_t>(k), 0.0);
    std::vector<int> counted(static_cast<std::size_t>(k), 0);
    std::vector<int> newLabel(labels.size(), -1); // per prepared row, in this sample
    std::vector<bool> seen(labels.size(), false);
    for (int b = 1; b <= resamples; ++b) {
        const Progress step = progress.sub(static_cast<double>(b - 1) / resamples, static_cast<double>(b) / resamples);
        Rng rng = Rng::derived(seed, static_cast<std::uint64_t>(b));
        std::vector<std::size_t> drawn(m);
        for (std::size_t &row : drawn)
            row = segmented[rng.below(segmented.size())];
        Matrix sample(static_cast<Eigen::Index>(m), prepared.x.cols());
        for (std::size_t i = 0; i < m; ++i)
            sample.row(static_cast<Eigen::Index>(i)) = prepared.x.row(static_cast<Eigen::Index>(drawn[i]));
        const ClusteringResult again = cluster(sample, withSeed(fit.options, seed + static_cast<std::uint64_t>(b)), step);
        // Distinct customers of the sample, each with its old segment and its new cluster (a
        // customer drawn twice has one point, so one cluster; -1: noise to a density-based
        // algorithm, in no new cluster, so it matches none).
        std::vector<std::size_t> distinct;
        for (std::size_t i = 0; i < m; ++i)
            if (!seen[drawn[i]]) {
                seen[drawn[i]] = true;
                newLabel[drawn[i]] = again.labels[i];
                distinct.push_back(drawn[i]);
            }
        const int kNew = std::max(*std::max_element(again.labels.begin(), again.labels.end()) + 1, 0);
        // overlap(c, d): customers in old segment c and new cluster d.
        std::vector<std::size_t> overlap(static_cast<std::size_t>(k) * static_cast<std::size_t>(kNew), 0);
        std::vector<std::size_t> oldSize(static_cast<std::size_t>(k), 0), newSize(static_cast<std::size_t>(kNew), 0);
        for (std::size_t row : distinct) {
            const int c = labels[row], d = newLabel[row];
            ++oldSize[static_cast<std::size_t>(c)];
            if (d < 0)
                continue;
            ++newSize[static_cast<std::size_t>(d)];
            ++overlap[static_cast<std::size_t>(c) * static_cast<std::size_t>(kNew) + static_cast<std::size_t>(d)];
        }
        for (std::size_t row : distinct)
            seen[row] = false;
        for (std::size_t c = 0; c < static_cast<std::size_t>(k); ++c) {
            if (oldSize[c] == 0)
                continue;
            double best = 0.0;
            for (std::size_t d = 0; d < static_cast<std::size_t>(kNew); ++d) {
                const double both = static_cast<double>(overlap[c * static_cast<std::size_t>(kNew) + d]);
                best = std::max(best, both / static_cast<double>(oldSize[c] + newSize[d] - both));
            }
            sum[c] += best;
            ++counted[c];
        }
    }
    for (std::size_t c = 0; c < static_cast<std::size_t>(k); ++c)
        if (counted[c] > 0)
            out.jaccard[c] = sum[c] / counted[c];
    return out;
}

double seedStability(const PreparedData &prepared, const Segmentation &fit, int runs, const Progress &progress)
{
    if (runs <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    const std::uint64_t seed = seedOf(fit.options);
    double sum = 0.0;
    for (int run = 1; run <= runs; ++run) {
        const ClusteringOptions reseeded = withSeed(fit.options, seed + static_cast<std::uint64_t>(run));
        const Progress step = progress.sub(static_cast<double>(run - 1) / runs, static_cast<double>(run) / runs);
        // Only the labels: the refit's own segmentation (its copy of the rows) is not needed.
        clusterPreparedEachK(prepared, reseeded, fit.outliers, {requestedClusters(reseeded)}, nullptr,
                             [&](int, ClusteringResult &&other) {
                                 sum += adjustedRandIndex(fit.clustering.labels, other.labels);
                             },
                             step);
    }
    return sum / runs;
}

namespace {

// The noise of noise-stability run `run`: streams apart from the ones the bootstrap and the
// seed refits draw from.
void addNoise(Matrix &x, std::uint64_t seed, int run, double noise)
{
    Rng rng = Rng::derived(seed ^ 0x6e6f697365ULL, static_cast<std::uint64_t>(run));
    for (Eigen::Index i = 0; i < x.size(); ++i)
        x.data()[i] += noise * rng.normal();
}

// The mean ARI between `fit` and refitPerturbed(run, its progress) over runs 1..runs.
template <typename RefitPerturbed>
double meanNoiseAri(const Segmentation &fit, int runs, const Progress &progress, RefitPerturbed refitPerturbed)
{
    if (runs <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    double sum = 0.0;
    for (int run = 1; run <= runs; ++run) {
        const Progress step = progress.sub(static_cast<double>(run - 1) / runs, static_cast<double>(run) / runs);
        const Segmentation other = refitPerturbed(run, step);
        sum += adjustedRandIndex(fit.clustering.labels, other.clustering.labels);
    }
    return sum / runs;
}

} // namespace

double noiseStability(const PreparedData &prepared, const Segmentation &fit, int runs, double noise,
                      const Progress &progress)
{
    return meanNoiseAri(fit, runs, progress, [&](int run, const Progress &step) {
        PreparedData perturbed = prepared;
        addNoise(perturbed.x, seedOf(fit.options), run, noise);
        return fitPrepared(perturbed, fit.spec, fit.options, fit.outliers, step);
    });
}

double noiseStabilityInPlace(PreparedData &prepared, const Segmentation &fit, int runs, double noise,
                             const std::function<void(PreparedData &)> &refill, const Progress &progress)
{
    return meanNoiseAri(fit, runs, progress, [&](int run, const Progress &step) {
        addNoise(prepared.x, seedOf(fit.options), run, noise);
        Segmentation other;
        try {
            other = fitPrepared(prepared, fit.spec, fit.options, fit.outliers, step);
        } catch (...) {
            refill(prepared);
            throw;
        }
        refill(prepared);
        return other;
    });
}

} // namespace seg
