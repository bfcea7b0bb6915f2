#include "engine/cluster/clustering.h"

#include "engine/core/error.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace seg {

namespace {

struct AlgorithmEntry
{
    Algorithm algorithm;
    std::string_view name;
};

constexpr std::array<AlgorithmEntry, 1> kAlgorithms = {{{Algorithm::KMeans, "kmeans"}}};

// For each algorithm: restarts on a sample of this many rows once there are more than twice as
// many. Measured on the demo data (docs/performance.md, "Restart strategy"): at 100,000 rows ten
// sampled restarts find the same optimum as ten full ones, in a third of the time.
constexpr std::size_t kDefaultRestartSampleRows = 10000;
constexpr int kDefaultRestarts = 10;

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

ClusteringOptions defaultClusteringOptions(Algorithm algorithm, int k, std::uint64_t seed)
{
    switch (algorithm) {
    case Algorithm::KMeans:
        break;
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
            if (x.cols() != m.centroids.cols())
                throw Error(ErrorKind::Usage, "the rows have " + std::to_string(x.cols())
                                                  + " features but the model was fitted on "
                                                  + std::to_string(m.centroids.cols()));
            if (!std::all_of(x.data(), x.data() + x.size(),
                             [](double v) { return std::abs(v) <= kMaxModelMagnitude; }))
                throw Error(ErrorKind::InvalidData,
                            "the rows to assign hold missing values or values beyond 1e+120, which "
                            "cannot be clustered");
            out.labels = assignNearest(x, m.centroids, &out.scores);
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
