#include "app/cli/clustering_options.h"

#include "app/cli/customer_input.h"
#include "app/cli/output.h"

#include <limits>

namespace seg::cli {

namespace {

CovarianceType parseCovariance(const QString &name)
{
    if (name == QLatin1String("diagonal") || name == QLatin1String("diag"))
        return CovarianceType::Diagonal;
    if (name == QLatin1String("full"))
        return CovarianceType::Full;
    throw UsageError(Cli::tr("--covariance: unknown covariance '%1'; available: diagonal, full").arg(name));
}

QString nameOf(Algorithm algorithm)
{
    const std::string_view name = algorithmName(algorithm);
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

/// The options only some algorithms read; given to another they are refused rather than ignored,
/// so that a script does not believe it changed something.
void refuseOthers(const Args &args, Algorithm algorithm)
{
    struct Owned
    {
        const char *option;
        std::vector<Algorithm> owners;
    };
    const Owned owned[] = {
        {"n-init", {Algorithm::KMeans, Algorithm::GaussianMixture, Algorithm::MiniBatchKMeans}},
        {"max-iter", {Algorithm::KMeans, Algorithm::GaussianMixture}},
        {"tol", {Algorithm::KMeans, Algorithm::GaussianMixture, Algorithm::MiniBatchKMeans}},
        {"batch-size", {Algorithm::MiniBatchKMeans}},
        {"epochs", {Algorithm::MiniBatchKMeans}},
        {"start-sample", {Algorithm::MiniBatchKMeans}},
        {"algorithms", {Algorithm::Consensus}},
        {"runs-per-algorithm", {Algorithm::Consensus}},
        {"restart-sample", {Algorithm::KMeans}},
        {"covariance", {Algorithm::GaussianMixture}},
        {"regularization", {Algorithm::GaussianMixture}},
        {"exact-limit", {Algorithm::Ward}},
        {"micro-clusters", {Algorithm::Ward}},
        {"eps", {Algorithm::Dbscan}},
        {"min-samples", {Algorithm::Dbscan, Algorithm::Hdbscan}},
        {"min-cluster-size", {Algorithm::Hdbscan}},
    };
    for (const Owned &o : owned) {
        if (!args.has(QLatin1String(o.option))
            || std::find(o.owners.begin(), o.owners.end(), algorithm) != o.owners.end())
            continue;
        QStringList names;
        for (Algorithm owner : o.owners)
            names << nameOf(owner);
        throw UsageError(Cli::tr("--%1 applies to --algorithm %2 only")
                             .arg(QLatin1String(o.option), names.join(QStringLiteral(" or "))));
    }
}

} // namespace

std::set<QString> clusteringOptionNames()
{
    return {QStringLiteral("algorithm"),      QStringLiteral("seed"),           QStringLiteral("n-init"),
            QStringLiteral("max-iter"),       QStringLiteral("tol"),            QStringLiteral("restart-sample"),
            QStringLiteral("outliers"),       QStringLiteral("covariance"),     QStringLiteral("regularization"),
            QStringLiteral("exact-limit"),    QStringLiteral("micro-clusters"), QStringLiteral("eps"),
            QStringLiteral("min-samples"),    QStringLiteral("min-cluster-size"), QStringLiteral("batch-size"),
            QStringLiteral("epochs"),         QStringLiteral("start-sample"), QStringLiteral("algorithms"),
            QStringLiteral("runs-per-algorithm")};
}

Algorithm clusteringAlgorithm(const Args &args)
{
    return parseOption(QStringLiteral("algorithm"), [&] {
        return parseAlgorithm(args.value(QStringLiteral("algorithm"), QStringLiteral("kmeans")).toStdString());
    });
}

ClusteringOptions clusteringOptions(const Args &args, int k)
{
    const Algorithm algorithm = clusteringAlgorithm(args);
    refuseOthers(args, algorithm);
    ClusteringOptions clustering = defaultClusteringOptions(
        algorithm, k,
        static_cast<std::uint64_t>(args.integer(QStringLiteral("seed"), static_cast<long long>(kDefaultSeed), 0,
                                                std::numeric_limits<long long>::max())));
    std::visit(
        [&](auto &options) {
            using T = std::decay_t<decltype(options)>;
            if constexpr (std::is_same_v<T, KMeansOptions> || std::is_same_v<T, GaussianMixtureOptions>) {
                options.nInit = static_cast<int>(args.integer(QStringLiteral("n-init"), options.nInit, 1, 10000));
                options.maxIter
                    = static_cast<int>(args.integer(QStringLiteral("max-iter"), options.maxIter, 1, 1000000));
                options.tol = args.real(QStringLiteral("tol"), options.tol, 0.0, 1.0);
            }
            if constexpr (std::is_same_v<T, KMeansOptions>) {
                options.restartSampleRows = static_cast<std::size_t>(
                    args.integer(QStringLiteral("restart-sample"), static_cast<long long>(options.restartSampleRows),
                                 0, 1LL << 40));
            } else if constexpr (std::is_same_v<T, GaussianMixtureOptions>) {
                if (args.has(QStringLiteral("covariance")))
                    options.covariance = parseCovariance(*args.value(QStringLiteral("covariance")));
                options.regularization
                    = args.real(QStringLiteral("regularization"), options.regularization, 0.0, 1e6);
            } else if constexpr (std::is_same_v<T, WardOptions>) {
                options.exactLimit = static_cast<std::size_t>(args.integer(
                    QStringLiteral("exact-limit"), static_cast<long long>(options.exactLimit), 2, 1LL << 30));
                options.microClusters = static_cast<int>(
                    args.integer(QStringLiteral("micro-clusters"), options.microClusters, 1, 1 << 30));
                if (options.microClusters < options.k)
                    throw UsageError(Cli::tr("--micro-clusters %1 is below --k %2").arg(options.microClusters).arg(options.k));
                if (static_cast<std::size_t>(options.microClusters) > options.exactLimit)
                    throw UsageError(Cli::tr("--micro-clusters %1 is above --exact-limit %2")
                                         .arg(options.microClusters)
                                         .arg(options.exactLimit));
            } else if constexpr (std::is_same_v<T, MiniBatchKMeansOptions>) {
                options.nInit = static_cast<int>(args.integer(QStringLiteral("n-init"), options.nInit, 1, 10000));
                options.tol = args.real(QStringLiteral("tol"), options.tol, 0.0, 1.0);
                options.batchSize = static_cast<std::size_t>(
                    args.integer(QStringLiteral("batch-size"), static_cast<long long>(options.batchSize), 1, 1 << 24));
                options.maxEpochs
                    = static_cast<int>(args.integer(QStringLiteral("epochs"), options.maxEpochs, 0, 1000));
                options.startSampleRows = static_cast<std::size_t>(args.integer(
                    QStringLiteral("start-sample"), static_cast<long long>(options.startSampleRows), 1, 1LL << 32));
                if (options.startSampleRows < static_cast<std::size_t>(options.k))
                    throw UsageError(Cli::tr("--start-sample %1 is below --k %2").arg(options.startSampleRows).arg(options.k));
            } else if constexpr (std::is_same_v<T, ConsensusClusteringOptions>) {
                if (args.has(QStringLiteral("algorithms"))) {
                    options.algorithms.clear();
                    for (const std::string &name : args.list(QStringLiteral("algorithms"))) {
                        const Algorithm member
                            = parseOption(QStringLiteral("algorithms"), [&] { return parseAlgorithm(name); });
                        if (findsClusterCount(member) || member == Algorithm::Consensus)
                            throw UsageError(Cli::tr("--algorithms: %1 does not cut the customers into --k segments; "
                                                "consensus runs kmeans, minibatch, gmm or ward")
                                                 .arg(nameOf(member)));
                        options.algorithms.push_back(member);
                    }
                    if (options.algorithms.empty())
                        throw UsageError(Cli::tr("--algorithms needs at least one algorithm"));
                }
                options.runsPerMember = static_cast<int>(
                    args.integer(QStringLiteral("runs-per-algorithm"), options.runsPerMember, 1, 10000));
            } else if constexpr (std::is_same_v<T, DbscanOptions>) {
                options.eps = args.real(QStringLiteral("eps"), options.eps, 1e-300, 1e300);
                options.minSamples
                    = static_cast<int>(args.integer(QStringLiteral("min-samples"), options.minSamples, 1, 1 << 30));
            } else {
                options.minClusterSize = static_cast<int>(
                    args.integer(QStringLiteral("min-cluster-size"), options.minClusterSize, 2, 1 << 30));
                options.minSamples
                    = static_cast<int>(args.integer(QStringLiteral("min-samples"), options.minSamples, 0, 1 << 30));
            }
        },
        clustering);
    return clustering;
}

std::vector<std::string> resolveDataDefaults(ClusteringOptions &clustering, const Args &args, const Matrix &x)
{
    std::vector<std::string> notes;
    if (auto *dbscan = std::get_if<DbscanOptions>(&clustering); dbscan && !args.has(QStringLiteral("eps"))) {
        if (x.rows() < dbscan->minSamples)
            throw UsageError(Cli::tr("--min-samples %1 is more than the %2 customer(s)", nullptr,
                                     pluralCount(static_cast<unsigned long long>(x.rows())))
                                 .arg(dbscan->minSamples)
                                 .arg(x.rows()));
        dbscan->eps = suggestDbscanEps(x, dbscan->minSamples);
        if (!(dbscan->eps > 0.0))
            throw UsageError(Cli::tr("the k-distance curve suggests no eps (most customers share their place with "
                                "%1 others); give --eps")
                                 .arg(dbscan->minSamples - 1));
        notes.push_back(Cli::tr("eps %1: the knee of the %2-distance curve; give --eps to choose another")
                            .arg(localNumber(dbscan->eps, 'g', 4))
                            .arg(dbscan->minSamples)
                            .toStdString());
    }
    if (auto *hdbscan = std::get_if<HdbscanOptions>(&clustering);
        hdbscan && !args.has(QStringLiteral("min-cluster-size"))) {
        hdbscan->minClusterSize = suggestHdbscanMinClusterSize(static_cast<std::size_t>(x.rows()));
        notes.push_back(Cli::tr("minimum cluster size %1: 1% of the customers; give --min-cluster-size to choose another")
                            .arg(hdbscan->minClusterSize)
                            .toStdString());
    }
    return notes;
}

OutlierOptions outlierOptions(const Args &args)
{
    OutlierOptions outliers;
    outliers.robustZ = args.real(QStringLiteral("outliers"), 0.0, 0.0, 1e6);
    return outliers;
}

nlohmann::json clusteringParams(const ClusteringOptions &clustering)
{
    const Algorithm algorithm = algorithmOf(clustering);
    nlohmann::json params = {{"algorithm", std::string(algorithmName(algorithm))}};
    if (!findsClusterCount(algorithm))
        params["k"] = requestedClusters(clustering);
    std::visit(
        [&](const auto &o) {
            using T = std::decay_t<decltype(o)>;
            if constexpr (std::is_same_v<T, KMeansOptions> || std::is_same_v<T, GaussianMixtureOptions>) {
                params["seed"] = o.seed;
                params["n_init"] = o.nInit;
                params["max_iter"] = o.maxIter;
                params["tol"] = o.tol;
            }
            if constexpr (std::is_same_v<T, KMeansOptions>) {
                params["restart_sample"] = o.restartSampleRows;
            } else if constexpr (std::is_same_v<T, GaussianMixtureOptions>) {
                params["covariance"] = o.covariance == CovarianceType::Full ? "full" : "diagonal";
                params["regularization"] = o.regularization;
            } else if constexpr (std::is_same_v<T, WardOptions>) {
                params["seed"] = o.seed;
                params["exact_limit"] = o.exactLimit;
                params["micro_clusters"] = o.microClusters;
            } else if constexpr (std::is_same_v<T, MiniBatchKMeansOptions>) {
                params["seed"] = o.seed;
                params["n_init"] = o.nInit;
                params["tol"] = o.tol;
                params["batch_size"] = o.batchSize;
                params["epochs"] = o.maxEpochs;
                params["start_sample"] = o.startSampleRows;
                params["reassignment_ratio"] = o.reassignmentRatio;
            } else if constexpr (std::is_same_v<T, ConsensusClusteringOptions>) {
                nlohmann::json algorithms = nlohmann::json::array();
                for (const Algorithm a : o.algorithms)
                    algorithms.push_back(std::string(algorithmName(a)));
                params["seed"] = o.seed;
                params["algorithms"] = algorithms;
                params["runs_per_algorithm"] = o.runsPerMember;
                params["fraction"] = o.fraction;
                params["fit_rows"] = o.maxFitRows;
                params["sample"] = o.sampleRows;
            } else if constexpr (std::is_same_v<T, DbscanOptions>) {
                params["eps"] = o.eps;
                params["min_samples"] = o.minSamples;
            } else {
                params["min_cluster_size"] = o.minClusterSize;
                params["min_samples"] = o.minSamples == 0 ? o.minClusterSize : o.minSamples;
            }
        },
        clustering);
    return params;
}

std::string smallSegmentsWarning(const std::vector<int> &small, double smallShare, bool outliersHint)
{
    QStringList numbers;
    for (int s : small)
        numbers << QString::number(s);
    // Named context: lupdate loses the class of Cli::tr after the std::visit above.
    QString text = QCoreApplication::translate(
        "segscope", "segment(s) %1 hold fewer than %2% of the customers: probably outliers rather than segments");
    if (outliersHint)
        text = QCoreApplication::translate("segscope", "segment(s) %1 hold fewer than %2% of the customers: probably outliers rather than segments "
                                                       "(see --outliers)");
    return text.arg(numbers.join(QStringLiteral(", "))).arg(localNumber(100.0 * smallShare, 'g', 3)).toStdString();
}

} // namespace seg::cli
