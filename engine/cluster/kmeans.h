#pragma once
// k-means with k-means++ seeding, several restarts, and Hamerly's accelerated Lloyd iterations.

#include "engine/core/matrix.h"
#include "engine/core/progress.h"

#include <cstdint>
#include <vector>

namespace seg {

enum class KMeansMethod {
    Lloyd,   ///< plain Lloyd: every point against every centroid each iteration
    Hamerly, ///< Hamerly (2010): one upper and one lower bound per point skip most distance computations
};

struct KMeansOptions
{
    int k = 8;
    int nInit = 10;      ///< restarts with different k-means++ seeds; the lowest inertia wins
    int maxIter = 300;   ///< Lloyd iterations per restart
    /// Convergence: stop when the squared centroid shift summed over clusters is at most
    /// tol × (mean per-feature variance of the data), as scikit-learn defines it.
    double tol = 1e-4;
    std::uint64_t seed = 0;
    KMeansMethod method = KMeansMethod::Hamerly;
    /// Keep the inertia after every iteration of the winning restart (for tests and plots).
    bool recordHistory = false;
    /// When not empty (k × d, model space): start from these centroids instead of k-means++,
    /// in a single run (nInit is ignored), e.g. to resume or to compare with another tool.
    Matrix initialCentroids;
    /// Restart strategy for large data. 0: every restart runs on all rows. Otherwise, when x
    /// has more than twice this many rows (and no initialCentroids), the nInit restarts run on
    /// a seeded uniform sample of this many rows and the best is refined by one run on all
    /// rows (see kmeansWithSampledRestarts): several restarts at about the cost of one.
    std::size_t restartSampleRows = 0;

    bool operator==(const KMeansOptions &o) const
    {
        return k == o.k && nInit == o.nInit && maxIter == o.maxIter && tol == o.tol && seed == o.seed
               && method == o.method && recordHistory == o.recordHistory
               && sameMatrix(initialCentroids, o.initialCentroids) && restartSampleRows == o.restartSampleRows;
    }
};

enum class FitStatus {
    Converged,     ///< centroid shift fell below tol, or no label changed
    MaxIterations, ///< stopped at maxIter without converging
};

struct KMeansResult
{
    Matrix centroids;               ///< k × d, model space
    Labels labels;                  ///< per row, 0..k-1
    std::vector<double> distances;  ///< per row: Euclidean distance to its centroid
    double inertia = 0.0;           ///< sum of squared distances to the assigned centroid
    int iterations = 0;             ///< of the winning restart
    FitStatus status = FitStatus::Converged;
    int bestInit = 0;               ///< which restart won
    int emptyClustersRecovered = 0; ///< empty clusters re-seeded with far points (winning restart)
    std::vector<double> inertiaHistory; ///< when recordHistory: inertia after each iteration
};

/// Clusters the rows of `x` (n × d, row-major). Requires 1 <= k <= n; throws seg::Error(Usage)
/// otherwise (and for nInit < 1, maxIter < 1, tol < 0, initialCentroids not k × d), and
/// seg::Error(InvalidData) when x holds NaN or values beyond ±kMaxModelMagnitude (naming the
/// row and feature of the first) or fewer than k distinct rows.
/// Restart r is seeded from Rng::derived(seed, r). Empty clusters are re-seeded with the rows
/// farthest from their centroids (scikit-learn's rule; ties go to the lower row).
/// Deterministic for a seed, whatever the thread count and whether or not the CPU has AVX2.
/// Reports progress over restarts and iterations and throws seg::Cancelled when cancelled.
KMeansResult kmeans(const Matrix &x, const KMeansOptions &options, const Progress &progress = {});

/// k-means++ seeding (Arthur & Vassilvitskii, 2007) with scikit-learn's greedy variant
/// (2 + floor(ln k) candidates per step), from Rng(seed). Returns k × d centroids, which are
/// distinct rows of x. Same validation and errors as kmeans().
Matrix kmeansPlusPlus(const Matrix &x, int k, std::uint64_t seed);

/// Assigns each row of `x` to its nearest centroid; fills distances (Euclidean) if non-null.
Labels assignNearest(const Matrix &x, const Matrix &centroids, std::vector<double> *distances = nullptr);

} // namespace seg
