#pragma once
// The model-selection sweep: fit quality for a range of k on one prepared matrix, point by
// point (the elbow and silhouette curves of the "Choosing k" chart).

#include "engine/core/matrix.h"
#include "engine/core/progress.h"

#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

namespace seg {

struct KSweepPoint
{
    int k = 0;
    double inertia = std::numeric_limits<double>::quiet_NaN();    ///< k-means objective
    double silhouette = std::numeric_limits<double>::quiet_NaN(); ///< NaN when not computed

    bool operator==(const KSweepPoint &) const = default;
};

/// The rows a sweep measures its silhouettes on: a seeded sample of `sampleSize` of x's n rows,
/// the same for every k so the curve is smooth.
struct KSweepSample
{
    std::vector<std::size_t> rows; ///< ascending
    Matrix x;                      ///< those rows of x
};
KSweepSample kSweepSample(const Matrix &x, std::size_t sampleSize, std::uint64_t seed);

/// Fits k-means with `k` clusters on all rows of x (n × d, row-major; seeded, `nInit`
/// restarts) and measures its inertia on all rows and its silhouette within `sample`
/// (distances within the sample only, as scikit-learn's silhouette_score(sample_size=…)).
/// Deterministic for a seed; reports progress and throws seg::Cancelled.
KSweepPoint kSweepPoint(const Matrix &x, const KSweepSample &sample, int k, int nInit, std::uint64_t seed,
                        const Progress &progress = {});
/// The same figures for a clustering fitted elsewhere: `labels` has one entry per row of the
/// matrix `sample` was drawn from (-1: left out of every cluster, and so of the silhouette),
/// `inertia` is its objective.
KSweepPoint kSweepPoint(const KSweepSample &sample, int k, const Labels &labels, double inertia, std::uint64_t seed,
                        const Progress &progress = {});

} // namespace seg
