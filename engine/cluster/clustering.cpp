#include "engine/cluster/clustering.h"

#include "engine/core/error.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace seg {

namespace {

struct AlgorithmEntry
{
    Algorithm algorithm;
    std::string_view name;
};

constexpr std::array<AlgorithmEntry, 2> kAlgorithms = {
    {{Algorithm::KMeans, "kmeans"}, {Algorithm::GaussianMixture, "gmm"}}};

// For each algorithm: restarts on a sample of this many rows once there are more than twice as
// many. Measured on the demo data (docs/performance.md, "Restart strategy"): at 100,000 rows ten
// sampled restarts find the same optimum as ten full ones, in a third of the time.
constexpr std::size_t kDefaultRestartSampleRows = 10000;
constexpr int kDefaultRestarts = 10;
// EM runs of a mixture: each costs several k-means fits' worth of iterations, and the k-means
// start already makes them agree more often than k-means++ seeds do.
constexpr int kDefaultMixtureRuns = 3;

/// Refuses rows no model can place: NaN or beyond ±kMaxModelMagnitude.
void requireAssignable(const Matrix &x)
{
    if (!std::all_of(x.data(), x.data() + x.size(), [](double v) { return std::abs(v) <= kMaxModelMagnitude; }))
        throw Error(ErrorKind::InvalidData,
                    "the rows to assign hold missing values or values beyond 1e+120, which cannot be clustered");
}

void requireColumns(const Matrix &x, Eigen::Index d)
{
    if (x.cols() != d)
        throw Error(ErrorKind::Usage, "the rows have " + std::to_string(x.cols())
                                          + " features but the model was fitted on " + std::to_string(d));
}

/// Per row: the Euclidean distance to its cluster's centre (NaN for a row in none), and the
/// sum of their squares.
double distancesToCenters(const Matrix &x, const Labels &labels, const Matrix &centers, std::vector<double> &out)
{
    out.assign(labels.size(), std::numeric_limits<double>::quiet_NaN());
    double sum = 0.0;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] < 0)
            continue;
        const double squared = (x.row(static_cast<Eigen::Index>(i)) - centers.row(labels[i])).squaredNorm();
        out[i] = std::sqrt(squared);
        sum += squared;
    }
    return sum;
}

/// The probability of each row's own component.
std::vector<double> ownMembership(const Matrix &memberships, const Labels &labels)
{
    std::vector<double> out(labels.size(), std::numeric_limits<double>::quiet_NaN());
    for (std::size_t i = 0; i < labels.size(); ++i)
        if (labels[i] >= 0)
            out[i] = memberships(static_cast<Eigen::Index>(i), labels[i]);
    return out;
}

/// The most probable component of each row (the lower index on ties).
Labels mostProbable(const Matrix &memberships)
{
    Labels labels(static_cast<std::size_t>(memberships.rows()));
    for (Eigen::Index i = 0; i < memberships.rows(); ++i) {
        Eigen::Index best = 0;
        memberships.row(i).maxCoeff(&best);
        labels[static_cast<std::size_t>(i)] = static_cast<std::int32_t>(best);
    }
    return labels;
}

} // namespace

std::string_view algorithmName(Algorithm algorithm)
{
    for (const AlgorithmEntry &entry : kAlgorithms)
        if (entry.algorithm == algorithm)
            return entry.name;
    return "unknown";
}

Algorithm parseAlgorithm(std::string_view name)
{
    std::string available;
    for (const AlgorithmEntry &entry : kAlgorithms) {
        if (entry.name == name)
            return entry.algorithm;
        available += (available.empty() ? "" : ", ") + std::string(entry.name);
    }
    throw Error(ErrorKind::Usage,
                "unknown clustering algorithm '" + std::string(name) + "'; available: " + available);
}

std::vector<Algorithm> availableAlgorithms()
{
    std::vector<Algorithm> all;
    for (const AlgorithmEntry &entry : kAlgorithms)
        all.push_back(entry.algorithm);
    return all;
}

Algorithm algorithmOf(const ClusteringOptions &options)
{
    return std::visit([](const auto &o) -> Algorithm {
        using T = std::decay_t<decltype(o)>;
        if constexpr (std::is_same_v<T, KMeansOptions>)
            return Algorithm::KMeans;
        else
            return Algorithm::GaussianMixture;
    }, options);
}

int requestedClusters(const ClusteringOptions &options)
{
    return std::visit([](const auto &o) { return o.k; }, options);
}

std::uint64_t seedOf(const ClusteringOptions &options)
{
    return std::visit([](const auto &o) { return o.seed; }, options);
}

ClusteringOptions withSeed(ClusteringOptions options, std::uint64_t seed)
{
    std::visit([&](auto &o) { o.seed = seed; }, options);
    return options;
}

ClusteringOptions withClusters(ClusteringOptions options, int k)
{
    std::visit([&](auto &o) { o.k = k; }, options);
    return options;
}

ClusteringOptions defaultClusteringOptions(Algorithm algorithm, int k, std::uint64_t seed)
{
    if (algorithm == Algorithm::GaussianMixture) {
        GaussianMixtureOptions options;
        options.k = k;
        options.seed = seed;
        options.nInit = kDefaultMixtureRuns;
        return options;
    }
    KMeansOptions options;
    options.k = k;
    options.seed = seed;
    options.nInit = kDefaultRestarts;
    options.restartSampleRows = kDefaultRestartSampleRows;
    return options;
}

ClusterAssignment assign(const ClusterModel &model, const Matrix &x, const Progress &progress)
{
    ClusterAssignment out;
    std::visit([&](const auto &m) {
        using T = std::decay_t<decltype(m)>;
        if constexpr (std::is_same_v<T, NearestCentroidModel>) {
            requireColumns(x, m.centroids.cols());
            requireAssignable(x);
            out.labels = assignNearest(x, m.centroids, &out.scores);
        } else {
            requireColumns(x, m.means.cols());
            requireAssignable(x);
            const Matrix memberships = gaussianMixtureMemberships(m, x);
            out.labels = mostProbable(memberships);
            out.memberships = ownMembership(memberships, out.labels);
            distancesToCenters(x, out.labels, m.means, out.scores);
        }
    }, model);
    progress.check();
    return out;
}

ClusteringResult cluster(const Matrix &x, const ClusteringOptions &options, const Progress &progress)
{
    ClusteringResult result;
    result.algorithm = algorithmOf(options);
    std::visit([&](const auto &o) {
        using T = std::decay_t<decltype(o)>;
        if constexpr (std::is_same_v<T, KMeansOptions>) {
            KMeansResult km = kmeans(x, o, progress);
            result.clusterCount = static_cast<int>(km.centroids.rows());
            result.labels = std::move(km.labels);
            result.scoreKind = ScoreKind::Distance;
            result.scores = std::move(km.distances);
            result.centers = km.centroids;
            result.model = NearestCentroidModel{std::move(km.centroids)};
            result.objective = km.inertia;
            result.iterations = km.iterations;
            result.status = km.status == FitStatus::Converged ? ClusteringStatus::Converged
                                                              : ClusteringStatus::IterationLimit;
        } else {
            GaussianMixtureResult gm = gaussianMixture(x, o, progress);
            result.clusterCount = gm.model.components();
            result.labels = std::move(gm.labels);
            result.scoreKind = ScoreKind::Distance;
            result.centers = gm.model.means;
            result.objective = distancesToCenters(x, result.labels, result.centers, result.scores);
            result.memberships = ownMembership(gm.memberships, result.labels);
            result.model = std::move(gm.model);
            result.logLikelihood = gm.logLikelihood;
            result.bic = gm.bic;
            result.aic = gm.aic;
            result.iterations = gm.iterations;
            result.status = gm.converged ? ClusteringStatus::Converged : ClusteringStatus::IterationLimit;
        }
    }, options);
    return result;
}

std::vector<std::size_t> clusterSizes(const ClusteringResult &result)
{
    std::vector<std::size_t> sizes(static_cast<std::size_t>(std::max(result.clusterCount, 0)), 0);
    for (const std::int32_t label : result.labels)
        if (label >= 0 && label < result.clusterCount)
            ++sizes[static_cast<std::size_t>(label)];
    return sizes;
}

} // namespace seg
