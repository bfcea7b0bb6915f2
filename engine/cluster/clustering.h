#pragma once
// What every clustering algorithm takes and gives. Options are typed per algorithm (one
// alternative of ClusteringOptions each); the result is one plain value that the views, the
// metrics, the scorer and the project file share, whatever algorithm produced it.
//
// Adding an algorithm: an options struct (with its seed), an alternative in ClusteringOptions
// and in ClusterModel if it assigns new rows differently, a case in cluster() and assign(), and
// its name in kAlgorithms.

#include "engine/cluster/density.h"
#include "engine/cluster/gaussian_mixture.h"
#include "engine/cluster/kmeans.h"
#include "engine/cluster/minibatch_kmeans.h"
#include "engine/cluster/ward.h"
#include "engine/core/matrix.h"
#include "engine/core/progress.h"

#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace seg {

enum class Algorithm : std::uint8_t {
    KMeans,
    GaussianMixture,
    Ward,
    Dbscan,
    Hdbscan,
    MiniBatchKMeans,
    Consensus,
};

/// The name used on the command line, in JSON and in project files ("kmeans", "minibatch", "gmm",
/// "ward", "dbscan", "hdbscan", "consensus").
std::string_view algorithmName(Algorithm algorithm);
/// The algorithm called `name`; throws seg::Error(Usage) naming the available ones otherwise.
/// This is the one place that decides which algorithms exist.
Algorithm parseAlgorithm(std::string_view name);
/// Every algorithm, in the order the user interface offers them.
std::vector<Algorithm> availableAlgorithms();

/// How each run of a consensus draws the rows it is fitted on.
enum class Resampling : std::uint8_t {
    Subsample, ///< without replacement (Monti et al. 2003 use 80%)
    Bootstrap, ///< with replacement (a customer may be drawn several times)
};

/// Consensus clustering as one algorithm (seg::consensus, engine/cluster/consensus.h): runs of
/// the member algorithms, each with its documented defaults at k, on resampled customers vote
/// on who belongs together, and the votes are cut into k segments.
struct ConsensusClusteringOptions
{
    int k = 4;
    std::vector<Algorithm> algorithms {Algorithm::KMeans, Algorithm::GaussianMixture, Algorithm::Ward};
    int runsPerMember = 10;
    Resampling resampling = Resampling::Subsample;
    double fraction = 0.8;
    std::size_t maxFitRows = 10000;
    std::size_t sampleRows = 2000;
    std::uint64_t seed = 0;

    bool operator==(const ConsensusClusteringOptions &) const = default;
};

/// The clustering a user asks for: the algorithm and its options, seed included.
/// Alternatives are only ever appended: project files store the index.
using ClusteringOptions = std::variant<KMeansOptions, GaussianMixtureOptions, WardOptions, DbscanOptions,
                                       HdbscanOptions, MiniBatchKMeansOptions, ConsensusClusteringOptions>;

Algorithm algorithmOf(const ClusteringOptions &options);
/// True for the algorithms that find the number of clusters themselves and leave customers in
/// sparse regions in none (DBSCAN, HDBSCAN: label -1, "noise"); they take no k.
bool findsClusterCount(Algorithm algorithm);
/// The number of clusters asked for (k); 0 for an algorithm that finds the number itself.
int requestedClusters(const ClusteringOptions &options);
/// The seed; 0 for an algorithm that uses no randomness.
std::uint64_t seedOf(const ClusteringOptions &options);
/// The same options with another seed (unchanged for an algorithm without one): refits that
/// test stability, bootstrap resamples.
ClusteringOptions withSeed(ClusteringOptions options, std::uint64_t seed);
/// The same options for k clusters (unchanged for an algorithm that finds the number itself):
/// the sweep over k.
ClusteringOptions withClusters(ClusteringOptions options, int k);

/// The seed `segscope cluster` and the explorer use when the user gives none.
constexpr std::uint64_t kDefaultSeed = 42;

/// The documented defaults of `algorithm` for k clusters and a seed: what `segscope cluster`
/// and the explorer use unless told otherwise. For k-means: 10 k-means++ restarts, each on a
/// seeded sample of 10,000 rows when there are more than 20,000, the best refined on all rows
/// (see KMeansOptions::restartSampleRows and docs/cli.md, "Restarts"). For Gaussian mixtures:
/// diagonal covariances, 3 EM runs from k-means starts, scikit-learn's tolerance and
/// regularisation (GaussianMixtureOptions). For Ward: exact up to 50,000 rows, on 2,000
/// k-means micro-clusters above. DBSCAN and HDBSCAN ignore k and the seed and take their
/// documented defaults (eps 0.5 and 5 samples; clusters of at least 50), which `segscope` replaces
/// by data-dependent ones (docs/cli.md). Mini-batch k-means starts from k-means with 10 restarts
/// on a sample of 100,000 rows, then makes at most 3 passes of batches of 1,024 rows
/// (MiniBatchKMeansOptions).
ClusteringOptions defaultClusteringOptions(Algorithm algorithm, int k, std::uint64_t seed);

/// Assigns rows to the nearest of fixed centres (k-means).
struct NearestCentroidModel
{
    Matrix centroids; ///< k × d, model space

    bool operator==(const NearestCentroidModel &o) const { return sameMatrix(centroids, o.centroids); }
};

/// Assigns rows by density (DBSCAN, HDBSCAN): a row joins the cluster of its nearest core point
/// when it lies within that point's radius, and is noise (-1) otherwise (seg::assignDensity).
struct CorePointModel
{
    Matrix centers;                   ///< k × d: each cluster's mean, for the distances reported
    Matrix points;                    ///< m × d, model space
    std::vector<std::int32_t> labels; ///< m: each core point's cluster
    std::vector<double> radius;       ///< m

    bool operator==(const CorePointModel &o) const
    {
        return sameMatrix(centers, o.centers) && sameMatrix(points, o.points) && labels == o.labels
               && radius == o.radius;
    }
};

/// What a fitted clustering needs to assign new rows (in model space) to its clusters: the
/// nearest centre (k-means, and Ward: new rows join the segment of the nearest mean), the most
/// probable mixture component, or the nearest core point. Alternatives are only appended.
using ClusterModel = std::variant<NearestCentroidModel, GaussianMixtureModel, CorePointModel>;

/// A hierarchical algorithm's tree (Ward): the merges of its leaves in scipy's linkage form.
struct Dendrogram
{
    std::vector<WardMerge> merges;
    std::size_t leaves = 0;  ///< rows, or micro-clusters when summarised
    bool summarised = false; ///< the leaves are k-means micro-clusters of the rows

    bool operator==(const Dendrogram &) const = default;
};

/// What a per-row score means.
enum class ScoreKind : std::uint8_t {
    None,
    Distance, ///< Euclidean distance to the row's cluster centre, model-space units (lower: more typical)
};

/// New rows assigned to fitted clusters.
struct ClusterAssignment
{
    Labels labels;              ///< per row, 0..k-1 (-1: noise, for models that have it)
    std::vector<double> scores; ///< per row, as ScoreKind of the model says
    /// Per row, the probability of its cluster under a soft model (a mixture); empty otherwise.
    std::vector<double> memberships;
};

/// Assigns the rows of x (m × d, row-major, model space) with `model`. Throws seg::Error(Usage)
/// when x does not have the model's d columns, seg::Error(InvalidData) when x holds NaN or
/// values beyond ±kMaxModelMagnitude.
ClusterAssignment assign(const ClusterModel &model, const Matrix &x, const Progress &progress = {});

/// The result every algorithm fills.
enum class ClusteringStatus : std::uint8_t {
    Converged,
    IterationLimit, ///< stopped at its iteration cap before converging
};

struct ClusteringResult
{
    Algorithm algorithm = Algorithm::KMeans;
    int clusterCount = 0;                  ///< clusters 0..clusterCount-1
    Labels labels;                         ///< per row; -1 is reserved for noise
    ScoreKind scoreKind = ScoreKind::None;
    std::vector<double> scores;            ///< per row when scoreKind != None, else empty
    Matrix centers;                        ///< clusterCount × d, model space: each cluster's centre
    ClusterModel model;                    ///< assigns new rows
    /// The sum of squared distances of the rows to their cluster's centre: k-means' inertia, which
    /// k-means minimises, and the same measure of any other algorithm's partition, so that fits
    /// compare across algorithms.
    double objective = 0.0;
    /// Per row, how surely it belongs to its cluster, 0..1 (NaN for a row in none), for the
    /// algorithms that say: a Gaussian mixture's posterior probability, HDBSCAN's membership
    /// strength, a consensus's agreement; empty for the others. Low values are customers between segments or at a
    /// segment's fringe.
    std::vector<double> memberships;
    /// Probabilistic models (Gaussian mixture): total log-likelihood of the rows, BIC and AIC
    /// (see GaussianMixtureResult); NaN for the others.
    double logLikelihood = std::numeric_limits<double>::quiet_NaN();
    double bic = std::numeric_limits<double>::quiet_NaN();
    double aic = std::numeric_limits<double>::quiet_NaN();
    /// Ward: the tree it was cut from; empty for the others.
    Dendrogram dendrogram;
    int iterations = 0;
    ClusteringStatus status = ClusteringStatus::Converged;
};

/// Clusters the rows of x (n × d, row-major, model space) as `options` say. Deterministic for
/// a seed whatever the thread count; reports progress and throws seg::Cancelled; throws
/// seg::Error for options the data cannot satisfy (see each algorithm).
ClusteringResult cluster(const Matrix &x, const ClusteringOptions &options, const Progress &progress = {});

/// cluster() at every k of `ks`, the options' other parameters as they are: each result is
/// exactly cluster(x, withClusters(options, k)), handed to onResult(k, result) as soon as it is
/// made, in the order of ks. Ward builds its tree once and cuts it at every k (the tree does not
/// depend on k: recutWard()), so a sweep over k costs one fit; consensus builds the trees of its
/// Ward runs once (consensusEachK()); the others fit each k.
void clusterEachK(const Matrix &x, const ClusteringOptions &options, const std::vector<int> &ks,
                  const std::function<void(int, ClusteringResult &&)> &onResult, const Progress &progress = {});

/// The size of each cluster (index 0..clusterCount-1); noise rows are not counted.
std::vector<std::size_t> clusterSizes(const ClusteringResult &result);

} // namespace seg
