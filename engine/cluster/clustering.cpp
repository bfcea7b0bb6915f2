#include "engine/cluster/clustering.h"

#include "engine/cluster/consensus.h"
#include "engine/core/error.h"
#include "engine/core/random.h"
#include "engine/core/sampling.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>
#include <string>

namespace seg {

namespace {

struct AlgorithmEntry
{
    Algorithm algorithm;
    std::string_view name;
};

constexpr std::array<AlgorithmEntry, 7> kAlgorithms = {{{Algorithm::KMeans, "kmeans"},
                                                         {Algorithm::MiniBatchKMeans, "minibatch"},
                                                         {Algorithm::GaussianMixture, "gmm"},
                                                         {Algorithm::Ward, "ward"},
                                                         {Algorithm::Dbscan, "dbscan"},
                                                         {Algorithm::Hdbscan, "hdbscan"},
                                                         {Algorithm::Consensus, "consensus"}}};

template <class T>
concept HasSeed = requires(T o) { o.seed; };
template <class T>
concept HasClusterCount = requires(T o) { o.k; };

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
        throw Error(ErrorKind::InvalidData, Text::tr("the rows to assign hold missing values or values beyond 1e+120, "
                                                     "which cannot be clustered"));
}

void requireColumns(const Matrix &x, Eigen::Index d)
{
    if (x.cols() != d)
        throw Error(ErrorKind::Usage,
                    fillIn(Text::tr("the rows have %1 features but the model was fitted on %2"), x.cols(), d));
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
                fillIn(Text::tr("unknown clustering algorithm '%1'; available: %2"), name, available));
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
        else if constexpr (std::is_same_v<T, GaussianMixtureOptions>)
            return Algorithm::GaussianMixture;
        else if constexpr (std::is_same_v<T, WardOptions>)
            return Algorithm::Ward;
        else if constexpr (std::is_same_v<T, DbscanOptions>)
            return Algorithm::Dbscan;
        else if constexpr (std::is_same_v<T, MiniBatchKMeansOptions>)
            return Algorithm::MiniBatchKMeans;
        else if constexpr (std::is_same_v<T, ConsensusClusteringOptions>)
            return Algorithm::Consensus;
        else
            return Algorithm::Hdbscan;
    }, options);
}

bool findsClusterCount(Algorithm algorithm)
{
    return algorithm == Algorithm::Dbscan || algorithm == Algorithm::Hdbscan;
}

int requestedClusters(const ClusteringOptions &options)
{
    return std::visit([](const auto &o) {
        if constexpr (HasClusterCount<std::decay_t<decltype(o)>>)
            return o.k;
        else
            return 0;
    }, options);
}

std::uint64_t seedOf(const ClusteringOptions &options)
{
    return std::visit([](const auto &o) -> std::uint64_t {
        if constexpr (HasSeed<std::decay_t<decltype(o)>>)
            return o.seed;
        else
            return 0;
    }, options);
}

ClusteringOptions withSeed(ClusteringOptions options, std::uint64_t seed)
{
    std::visit([&](auto &o) {
        if constexpr (HasSeed<std::decay_t<decltype(o)>>)
            o.seed = seed;
    }, options);
    return options;
}

ClusteringOptions withClusters(ClusteringOptions options, int k)
{
    std::visit([&](auto &o) {
        if constexpr (HasClusterCount<std::decay_t<decltype(o)>>)
            o.k = k;
    }, options);
    return options;
}

ClusteringOptions defaultClusteringOptions(Algorithm algorithm, int k, std::uint64_t seed)
{
    switch (algorithm) {
    case Algorithm::GaussianMixture: {
        GaussianMixtureOptions options;
        options.k = k;
        options.seed = seed;
        options.nInit = kDefaultMixtureRuns;
        return options;
    }
    case Algorithm::Ward: {
        WardOptions options;
        options.k = k;
        options.seed = seed;
        return options;
    }
    case Algorithm::Dbscan: return DbscanOptions{};
    case Algorithm::Hdbscan: return HdbscanOptions{};
    case Algorithm::MiniBatchKMeans: {
        MiniBatchKMeansOptions options;
        options.k = k;
        options.seed = seed;
        options.nInit = kDefaultRestarts;
        return options;
    }
    case Algorithm::Consensus: {
        ConsensusClusteringOptions options;
        options.k = k;
        options.seed = seed;
        return options;
    }
    case Algorithm::KMeans: break;
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
        } else if constexpr (std::is_same_v<T, GaussianMixtureModel>) {
            requireColumns(x, m.means.cols());
            requireAssignable(x);
            // A block of rows at a time: every customer's membership of every component is
            // k doubles a customer (32 MB at a million and k = 4) that assigning need not hold.
            // Each row's memberships depend on that row alone, so the blocks change nothing.
            constexpr Eigen::Index kBlockRows = 16384;
            const Eigen::Index n = x.rows();
            out.labels.resize(static_cast<std::size_t>(n));
            out.memberships.resize(static_cast<std::size_t>(n));
            for (Eigen::Index begin = 0; begin < n; begin += kBlockRows) {
                const Eigen::Index count = std::min(kBlockRows, n - begin);
                const Matrix memberships = gaussianMixtureMemberships(m, x.middleRows(begin, count));
                const Labels labels = mostProbable(memberships);
                const std::vector<double> own = ownMembership(memberships, labels);
                std::copy(labels.begin(), labels.end(), out.labels.begin() + begin);
                std::copy(own.begin(), own.end(), out.memberships.begin() + begin);
                progress.check();
            }
            distancesToCenters(x, out.labels, m.means, out.scores);
        } else {
            requireColumns(x, m.centers.cols());
            requireAssignable(x);
            out.labels = assignDensity(m.points, m.labels, m.radius, x);
            distancesToCenters(x, out.labels, m.centers, out.scores);
        }
    }, model);
    progress.check();
    return out;
}

namespace {

ClusteringResult wardClustering(const Matrix &x, WardResult w)
{
    ClusteringResult result;
    result.algorithm = Algorithm::Ward;
    result.clusterCount = static_cast<int>(w.centers.rows());
    result.labels = std::move(w.labels);
    result.scoreKind = ScoreKind::Distance;
    result.centers = w.centers;
    result.objective = distancesToCenters(x, result.labels, result.centers, result.scores);
    result.model = NearestCentroidModel{std::move(w.centers)};
    result.dendrogram = {std::move(w.merges), w.leaves, w.approximate};
    return result;
}

ClusteringResult consensusClustering(const Matrix &x, ConsensusResult c)
{
    ClusteringResult result;
    result.algorithm = Algorithm::Consensus;
    result.clusterCount = c.k;
    result.labels = std::move(c.labels);
    // Each segment's centre is its customers' mean: new customers join the nearest.
    result.centers = Matrix::Zero(c.k, x.cols());
    for (std::size_t i = 0; i < result.labels.size(); ++i)
        result.centers.row(result.labels[i]) += x.row(static_cast<Eigen::Index>(i));
    for (int s = 0; s < c.k; ++s)
        result.centers.row(s) /= static_cast<double>(std::max<std::size_t>(c.sizes[static_cast<std::size_t>(s)], 1));
    result.scoreKind = ScoreKind::Distance;
    result.objective = distancesToCenters(x, result.labels, result.centers, result.scores);
    result.memberships = std::move(c.agreement);
    result.model = NearestCentroidModel{result.centers};
    result.iterations = c.runs;
    return result;
}

} // namespace

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
        } else if constexpr (std::is_same_v<T, MiniBatchKMeansOptions>) {
            // In memory the blocks are runs of the matrix and the start sample a seeded uniform
            // sample of its rows: the same fit as from a file read in chunks of that size.
            Rng rng = Rng::derived(o.seed, 0x5eedu);
            const std::vector<std::size_t> rows
                = sampleIndices(static_cast<std::size_t>(x.rows()), o.startSampleRows, rng);
            const Matrix sample = x(std::vector<Eigen::Index>(rows.begin(), rows.end()), Eigen::all);
            MatrixRowBlocks blocks(x);
            MiniBatchKMeansResult mb = miniBatchKMeans(blocks, sample, o, progress.sub(0.0, 0.9));
            result.clusterCount = static_cast<int>(mb.centroids.rows());
            result.labels = assignNearest(x, mb.centroids, &result.scores);
            result.scoreKind = ScoreKind::Distance;
            for (const double distance : result.scores)
                result.objective += distance * distance;
            result.centers = mb.centroids;
            result.model = NearestCentroidModel{std::move(mb.centroids)};
            result.iterations = mb.epochs;
            result.status = mb.status == FitStatus::Converged ? ClusteringStatus::Converged
                                                              : ClusteringStatus::IterationLimit;
        } else if constexpr (std::is_same_v<T, ConsensusClusteringOptions>) {
            result = consensusClustering(x, consensus(x, consensusOptions(o), progress));
        } else if constexpr (std::is_same_v<T, WardOptions>) {
            result = wardClustering(x, ward(x, o, progress));
        } else if constexpr (std::is_same_v<T, DbscanOptions> || std::is_same_v<T, HdbscanOptions>) {
            DensityResult d;
            if constexpr (std::is_same_v<T, DbscanOptions>)
                d = dbscan(x, o, progress);
            else
                d = hdbscan(x, o, progress);
            if (d.clusterCount == 0) {
                if constexpr (std::is_same_v<T, DbscanOptions>)
                    throw Error(ErrorKind::InvalidData,
                                fillIn(Text::tr("DBSCAN found no segment: no customer has %1 customers (itself "
                                                "included) within eps = %2, so every one is noise; raise eps or "
                                                "lower the minimum samples"),
                                       o.minSamples, Text::number(o.eps, 4)));
                else
                    throw Error(ErrorKind::InvalidData,
                                fillIn(Text::tr("HDBSCAN found no segment: no group of at least %1 customers stands "
                                                "out from the rest; lower the minimum cluster size"),
                                       o.minClusterSize));
            }
            result.clusterCount = d.clusterCount;
            result.labels = std::move(d.labels);
            result.scoreKind = ScoreKind::Distance;
            result.centers = d.centers;
            result.objective = distancesToCenters(x, result.labels, result.centers, result.scores);
            if (!d.membership.empty()) {
                result.memberships = std::move(d.membership);
                for (std::size_t i = 0; i < result.labels.size(); ++i)
                    if (result.labels[i] < 0)
                        result.memberships[i] = std::numeric_limits<double>::quiet_NaN();
            }
            result.model = CorePointModel{std::move(d.centers), std::move(d.corePoints), std::move(d.coreLabels),
                                          std::move(d.coreRadius)};
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

void clusterEachK(const Matrix &x, const ClusteringOptions &options, const std::vector<int> &ks,
                  const std::function<void(int, ClusteringResult &&)> &onResult, const Progress &progress)
{
    if (ks.empty())
        return;
    if (const auto *wardOptions = std::get_if<WardOptions>(&options)) {
        WardOptions first = *wardOptions;
        first.k = ks.front();
        const WardResult tree = ward(x, first, progress.sub(0.0, 0.9));
        for (std::size_t i = 0; i < ks.size(); ++i) {
            progress.check();
            onResult(ks[i], i == 0 ? wardClustering(x, tree) : wardClustering(x, recutWard(x, tree, ks[i])));
        }
        progress.report(1.0);
        return;
    }
    if (const auto *consensusOptionsOf = std::get_if<ConsensusClusteringOptions>(&options)) {
        consensusEachK(x, consensusOptions(*consensusOptionsOf), ks,
                       [&](ConsensusResult &&c) { onResult(c.k, consensusClustering(x, std::move(c))); }, progress);
        return;
    }
    const double span = static_cast<double>(ks.size());
    for (std::size_t i = 0; i < ks.size(); ++i) {
        const ClusteringOptions atK = withClusters(options, ks[i]);
        onResult(ks[i], cluster(x, atK, progress.sub(static_cast<double>(i) / span, static_cast<double>(i + 1) / span)));
    }
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
