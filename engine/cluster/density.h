#pragma once
// Density-based clustering: DBSCAN (Ester, Kriegel, Sander & Xu 1996) as scikit-learn's DBSCAN
// defines it, and HDBSCAN* (Campello, Moulavi & Sander 2013) as the hdbscan library (McInnes,
// Healy & Astels 2017) computes it with its defaults (excess-of-mass selection, no single root
// cluster, alpha 1), with Prim's minimum spanning tree on the implicit mutual-reachability graph.
// Both find any number of clusters and leave rows in sparse regions as noise (label -1).
//
// Conventions shared by every function here:
// - x is n × d, row-major, in model space; distances are Euclidean.
// - minSamples counts the row itself, as scikit-learn's DBSCAN and HDBSCAN do: with
//   minSamples = 5 a row needs 4 other rows within reach. (The hdbscan library does not count
//   the row: its min_samples = m is our minSamples = m + 1.) So HDBSCAN's core distance of a row
//   is the smallest eps at which DBSCAN with the same minSamples calls it a core point.
// - Clusters are numbered 0, 1, ... by the first row (in row order) that belongs to them.
// - Deterministic: the same data and options give bit-identical results for any thread count.

#include "engine/core/matrix.h"
#include "engine/core/progress.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace seg {

struct DbscanOptions
{
    /// Neighbourhood radius (Euclidean, model-space units); rows at distance <= eps are
    /// neighbours. Must be finite and > 0 (scikit-learn's eps, default 0.5).
    double eps = 0.5;
    /// Rows within eps, the row itself included, for a row to be a core point (scikit-learn's
    /// min_samples, default 5). Must be >= 1; 1 makes every row a core point.
    int minSamples = 5;

    bool operator==(const DbscanOptions &) const = default;
};

struct HdbscanOptions
{
    /// The smallest group that counts as a cluster (the hdbscan library's min_cluster_size):
    /// smaller groups split off a cluster are noise. Must be >= 2.
    int minClusterSize = 50;
    /// The k of the core distance: the distance to a row's k-th nearest row, the row itself
    /// counted first (see the header comment). 0 means minClusterSize, as in both libraries.
    /// Values above the number of rows are taken as the number of rows (as the library clamps).
    int minSamples = 0;

    bool operator==(const HdbscanOptions &) const = default;
};

/// What dbscan() and hdbscan() return; every vector indexed by row has n entries.
struct DensityResult
{
    Labels labels;        ///< per row: 0..clusterCount-1, or -1 for noise
    int clusterCount = 0;
    std::size_t noiseCount = 0; ///< rows labelled -1
    Matrix centers;       ///< clusterCount × d: the mean of each cluster's rows
    /// HDBSCAN: per row, the strength of its membership in its cluster in [0, 1], as the hdbscan
    /// library's probabilities_: the lambda (1 / distance) at which the row left its cluster,
    /// capped at and divided by the largest lambda of that cluster's direct children; 0 for
    /// noise. DBSCAN: empty (a row is in or out; coreRows tells core rows from border rows).
    std::vector<double> membership;
    /// HDBSCAN: per cluster, its stability (excess of mass, Campello et al. 2013, eq. 3):
    /// the sum over its rows of (lambda at which the row leaves - lambda at which the cluster
    /// was born), in 1 / model-space units; infinite when the cluster holds duplicate rows that
    /// stay together down to distance 0. DBSCAN: empty.
    std::vector<double> clusterStability;

    /// The points new rows are assigned by (see assignDensity()), in row order:
    /// DBSCAN: every core row, with radius eps. HDBSCAN: every clustered row, with its core
    /// distance as radius (a simple form of the library's approximate_predict).
    Matrix corePoints;                    ///< m × d, model space
    std::vector<std::int32_t> coreLabels; ///< m: each core point's cluster
    std::vector<double> coreRadius;       ///< m: how far from it a new row may lie to join it
    std::vector<std::size_t> coreRows;    ///< m: the row of x each core point is
};

/// DBSCAN of the rows of x. A row with at least minSamples rows (itself included) within eps is
/// a core point; core points within eps of each other are in one cluster; a non-core row within
/// eps of a core point is a border row and joins, of the clusters that reach it, the one whose
/// first core row comes first (the cluster scikit-learn's expansion reaches it with first);
/// other rows are noise. The partition equals scikit-learn's exactly; its numbering is by first
/// row, which differs from scikit-learn's (by first core row) only when a border row comes
/// before every core row of its cluster.
/// Neighbourhoods are exact range queries on a k-d tree (Bentley 1975), each row's queried at
/// most twice: fast for small eps, up to O(n^2) when eps covers much of the data (and slower
/// with more features, where the tree prunes less); O(n) memory beyond x.
/// Throws seg::Error(Usage) for no rows, eps not finite or <= 0, minSamples < 1;
/// seg::Error(InvalidData) when x holds NaN or values beyond ±kMaxModelMagnitude (naming the
/// row and feature of the first). Reports progress (stage "dbscan") and throws seg::Cancelled.
DensityResult dbscan(const Matrix &x, const DbscanOptions &options, const Progress &progress = {});

/// HDBSCAN* of the rows of x (McInnes & Healy 2017 describe the steps):
/// 1. core distance of each row: the distance to its minSamples-th nearest row, itself
///    counted (exact, k-d tree);
/// 2. the minimum spanning tree of the mutual-reachability distances
///    max(core(a), core(b), |a - b|), by Prim's algorithm on the implicit complete graph:
///    n^2 / 2 distance evaluations (a few seconds for 50,000 rows on one core), O(n) memory,
///    the inner loop vectorised and in parallel;
/// 3. the single-linkage tree from the edges sorted by weight (ties keep Prim's order);
/// 4. the condensed tree: walking down from the root, a split where both sides have at least
///    minClusterSize rows makes two new clusters, otherwise the smaller side's rows leave the
///    cluster (as noise of it) at lambda = 1 / distance;
/// 5. excess-of-mass selection: bottom-up, a cluster is kept when its stability is at least
///    the sum of its child clusters' selected stabilities (the root is never a cluster, the
///    library's default allow_single_cluster = false);
/// 6. each row gets the selected cluster it left from, or one of its descendants; other rows
///    (left the root or an unselected cluster above every selected one) are noise.
/// With fewer than 2 · minClusterSize rows there is no cluster: every row is noise.
/// Throws seg::Error(Usage) for no rows, minClusterSize < 2, minSamples < 0;
/// seg::Error(InvalidData) as dbscan(). Reports progress (stage "hdbscan"), throws
/// seg::Cancelled.
DensityResult hdbscan(const Matrix &x, const HdbscanOptions &options, const Progress &progress = {});

/// The k-distance curve for choosing DBSCAN's eps (Ester et al. 1996, section 4.2): for each of
/// a sample of rows, the distance to its minSamples-th nearest row of all of x, itself counted
/// (so a row is a DBSCAN core point exactly when this is <= eps), sorted ascending.
struct KDistanceCurve
{
    std::vector<double> distances;
    /// The knee of the curve by Kneedle (Satopää, Albrecht, Irwin & Raghavan 2011) in its
    /// simplest form: on axes scaled to [0, 1] (index / (m - 1), (value - min) / (max - min)),
    /// the point farthest below the chord from the first to the last point (the first such on
    /// ties). One of `distances`; distances[0] when the curve is flat.
    double suggestedEps = 0.0;
};

/// The k-distance curve of a seeded uniform sample of sampleRows rows (all rows when sampleRows
/// is 0 or at least n; sampleIndices() with Rng(seed)). Exact distances (k-d tree).
/// Throws seg::Error(Usage) for no rows or minSamples outside 1..n, seg::Error(InvalidData)
/// as dbscan(). Reports progress and throws seg::Cancelled.
KDistanceCurve kDistanceCurve(const Matrix &x, int minSamples, std::size_t sampleRows, std::uint64_t seed,
                              const Progress &progress = {});

/// The data-dependent defaults that `segscope cluster` and the explorer use when the user gives
/// no eps (DBSCAN) or minimum cluster size (HDBSCAN): one definition, so both segment alike.
/// The sample and seed of the k-distance curve behind the suggested eps: 10,000 rows keep it
/// well under a second on any table, and the seed is seg::kDefaultSeed.
constexpr std::size_t kEpsSuggestionSample = 10000;
constexpr std::uint64_t kEpsSuggestionSeed = 42;
/// The eps DBSCAN takes when none is given: the knee of the minSamples-distance curve of a
/// sample of x (kDistanceCurve with kEpsSuggestionSample and kEpsSuggestionSeed). Throws as
/// kDistanceCurve; 0 when most rows share their place with minSamples - 1 others (then no eps
/// can be suggested).
double suggestDbscanEps(const Matrix &x, int minSamples, const Progress &progress = {});
/// HDBSCAN's minimum cluster size when none is given: 1% of the rows, at least 5 (a segment
/// worth marketing to has at least 1% of the customers, the "small segment" rule).
int suggestHdbscanMinClusterSize(std::size_t rows);

/// Assigns the rows of x (m × d, row-major, model space) with a fitted result's core points:
/// a row takes the label of its nearest core point (the first in their order on ties) when it
/// lies within that point's radius (distance <= radius), and -1 otherwise. For DBSCAN this
/// gives a new row the cluster it would join as a border row (for a row reached by two
/// clusters, the nearer one's). A core point's own row gets its own label back. Rows holding
/// NaN get -1; the caller checks x. Throws seg::Error(Usage) when the three core vectors differ
/// in length or x's columns differ from corePoints' (unless one of them has no rows).
Labels assignDensity(const Matrix &corePoints, const std::vector<std::int32_t> &coreLabels,
                     const std::vector<double> &coreRadius, const Matrix &x);

namespace detail {

/// One edge of a minimum spanning tree: rows a and b, and its weight.
struct MstEdge
{
    std::int32_t a = 0;
    std::int32_t b = 0;
    double weight = 0.0;
};

/// Per row of x, the distance to its k-th nearest row, itself counted first (k = 1 gives 0).
/// Requires 1 <= k <= n; no validation (internal, for tests).
std::vector<double> coreDistances(const Matrix &x, int k, const Progress &progress = {});

/// The minimum spanning tree of the mutual-reachability graph of x for core distances `core`
/// (one per row), in Prim's order: edge i adds row b (Prim's next row, the lowest row on ties)
/// to the tree through row a. n - 1 edges; none for n <= 1. No validation (internal, for tests).
std::vector<MstEdge> mutualReachabilityMst(const Matrix &x, const std::vector<double> &core,
                                           const Progress &progress = {});

} // namespace detail

} // namespace seg
