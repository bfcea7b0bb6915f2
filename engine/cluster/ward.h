#pragma once
// Ward's minimum-variance agglomerative clustering (Ward 1963), built by the nearest-neighbour
// chain algorithm (Murtagh 1983; Müllner 2011), with a k-means summary of large tables.

#include "engine/core/matrix.h"
#include "engine/core/progress.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace seg {

struct WardOptions
{
    int k = 8; ///< segments the dendrogram is cut into
    /// The largest number of rows clustered exactly (every row a leaf of the dendrogram). Above
    /// it the rows are first summarised by k-means into `microClusters` weighted centres, which
    /// Ward then merges (see ward()). Exact Ward costs O(n²·d) time and O(n·d) memory: measured
    /// at d = 16 with one thread on a 2-core x86-64 machine that was also running a build,
    /// 0.7 s for 10,000 rows, 2.9 s for 20,000 and 20 s for 50,000 (43 s under heavier load),
    /// 19 MB peak for 50,000 rows. Micro-cluster mode took 26 s for 1,000,000 × 16 rows.
    std::size_t exactLimit = 50000;
    /// Leaves of the dendrogram in micro-cluster mode: k-means centres, each weighted by its rows.
    /// At least k and at most exactLimit.
    int microClusters = 2000;
    /// Seeds the k-means of micro-cluster mode (exact Ward uses no randomness).
    std::uint64_t seed = 0;

    bool operator==(const WardOptions &) const = default;
};

/// One merge of the dendrogram, as a row of a scipy linkage matrix
/// (scipy.cluster.hierarchy.linkage): clusters a and b (a < b) joined into a new one. Ids below
/// the number of leaves are leaves; leaves + i is the cluster made by merge i.
struct WardMerge
{
    std::int32_t a = 0;
    std::int32_t b = 0;
    /// The Ward distance of the merge: sqrt(2·ΔSSE), with ΔSSE = |A||B|/(|A|+|B|)·‖c_A − c_B‖² the
    /// increase of the within-cluster sum of squares (c: centroids; |·|: rows). These are the
    /// heights of scipy.cluster.hierarchy.ward (the Lance–Williams recurrence on Euclidean
    /// distances); for two rows, their Euclidean distance. Units of the feature matrix.
    double height = 0.0;
    /// Rows in the new cluster (scipy's count of original observations). In micro-cluster mode a
    /// sum of leaf weights, so not the number of leaves under it.
    std::int64_t size = 0;

    bool operator==(const WardMerge &) const = default;
};

struct WardResult
{
    Labels labels; ///< per row, 0..k-1, numbered by first appearance in row order (row 0 is in 0)
    Matrix centers; ///< k × d: the mean of each segment's rows (segment j in row j)
    /// The dendrogram of the leaves: leaves - 1 merges, heights non-decreasing (ties in the order
    /// the chain made them), every cluster formed before it is merged: a valid, monotone scipy
    /// linkage matrix.
    std::vector<WardMerge> merges;
    std::vector<double> leafWeights; ///< per leaf: its rows (1 for every leaf in exact mode)
    Labels rowLeaves;                ///< per row, its leaf (the row itself in exact mode)
    bool approximate = false;        ///< true when the leaves are micro-clusters
    std::size_t leaves = 0;
    double withinSumOfSquares = 0.0; ///< of the k segments: Σ over rows of ‖row − its centre‖²
};

/// Clusters the rows of x (n × d, row-major, model space) by Ward's criterion and cuts the
/// dendrogram into options.k segments.
///
/// Exact mode (n <= exactLimit): every row is a leaf. The nearest-neighbour chain finds, merge by
/// merge, the same dendrogram as the greedy algorithm that always joins the two clusters of least
/// ΔSSE (Ward's criterion is reducible, Müllner 2011 §3), in O(n²·d) time and O(n·d) memory (no
/// distance matrix). Ties between equal distances go to the cluster of lowest id, so the
/// result does not depend on the thread count; when there are ties the dendrogram is still a
/// Ward dendrogram, but not necessarily the one another implementation's tie-breaking gives.
///
/// Micro-cluster mode (n > exactLimit, so `approximate` is set): k-means (k = microClusters,
/// one k-means++ start seeded by `seed`, at most 20 Lloyd iterations, fitted on a seeded sample
/// of 100,000 rows when there are more, then every row assigned to its nearest centre)
/// summarises the rows into micro-clusters. Ward merges their centroids, each weighted by its
/// rows, which is exactly Ward's criterion applied to clusters that start as the micro-clusters;
/// every row gets its micro-cluster's segment. When the data (or the sample) has fewer distinct
/// rows than microClusters, that many micro-clusters are used; centres left without rows are
/// dropped, so `leaves` can be below microClusters.
///
/// Threads: a nearest-neighbour scan over more than 2 MB of centroids (16,384 clusters at
/// d = 16) is split across threads, one parallel region per scan. On a machine whose cores are
/// busy with other work this was slower than one thread (50,000 × 16: 161 s with two threads,
/// 43 s with one), so callers running in the background may want a ThreadLimit of 1.
///
/// Requires 1 <= k <= n, exactLimit >= 2 and k <= microClusters <= exactLimit; throws
/// seg::Error(Usage) otherwise. Throws seg::Error(InvalidData) when x holds NaN or values beyond
/// ±kMaxModelMagnitude (naming the row and feature of the first), and in micro-cluster mode when
/// the data has fewer than k distinct rows. Deterministic for a seed, whatever the thread count.
/// Reports progress ("ward"; "k-means" for the summary) and throws seg::Cancelled when
/// cancelled.
WardResult ward(const Matrix &x, const WardOptions &options, const Progress &progress = {});

/// The tree of `tree` (a result of ward() on x) cut into k segments instead: labels, centres
/// and within-segment sum of squares for k. The tree does not depend on the k it was cut at, so
/// this is exactly ward(x, options with k) (in micro-cluster mode, with the same seed and
/// micro-clusters), at the cost of a cut: a sweep over k builds one tree. Throws
/// seg::Error(Usage) unless 1 <= k <= tree.leaves and the tree has x's rows.
WardResult recutWard(const Matrix &x, WardResult tree, int k);

/// Cuts a dendrogram of `leaves` leaves (merges as ward() returns them: scipy linkage order)
/// into k clusters by undoing its last k - 1 merges: the label of every leaf, 0..k-1, numbered
/// by first appearance in leaf order. Throws seg::Error(Usage) unless 1 <= k <= leaves, and
/// seg::Error(InvalidData) when merges is not a linkage of that many leaves (leaves - 1 merges,
/// each joining two existing clusters not merged before).
Labels cutDendrogram(const std::vector<WardMerge> &merges, std::size_t leaves, int k);

} // namespace seg
