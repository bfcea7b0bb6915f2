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

/// How much structure a silhouette shows, in Kaufman & Rousseeuw's bands ("Finding Groups in
/// Data", 1990, p. 88): above 0.70 strong, 0.51-0.70 reasonable, 0.26-0.50 weak, 0.25 and
/// below no substantial structure.
enum class Structure { None, Weak, Reasonable, Strong };
Structure structureOf(double silhouette);

/// What a sweep says about k.
struct KRecommendation
{
    int k = 0;           ///< the k to use; 0 when the sweep has no silhouette yet
    int silhouetteK = 0; ///< the highest silhouette's k (the smaller k of a tie)
    double silhouette = std::numeric_limits<double>::quiet_NaN();
    Structure structure = Structure::None; ///< of that silhouette
    /// Where the inertia curve bends most (Kneedle: Satopää et al. 2011, the largest distance
    /// below the chord from the first to the last point, in coordinates scaled to [0, 1]); 0
    /// with fewer than 3 points or a curve within a tenth of its range of that straight line.
    int elbowK = 0;

    bool operator==(const KRecommendation &) const = default;
};

/// The recommendation of a sweep (points in any order; NaN figures are skipped): the highest
/// silhouette's k, except when the silhouette shows no substantial structure, where the bend
/// of the inertia curve is the better guide when it has one.
KRecommendation recommendK(const std::vector<KSweepPoint> &points);

} // namespace seg
