#include "app/cli/clustering_options.h"

#include "app/cli/customer_input.h"

#include <limits>

namespace seg::cli {

namespace {

CovarianceType parseCovariance(const QString &name)
{
    if (name == QLatin1String("diagonal") || name == QLatin1String("diag"))
        return CovarianceType::Diagonal;
    if (name == QLatin1String("full"))
        return CovarianceType::Full;
    throw UsageError(tr("--covariance: unknown covariance '%1'; available: diagonal, full").arg(name));
}

/// The options that only `algorithm` reads; given to another algorithm they are refused rather
/// than ignored, so that a script does not believe it changed something.
void refuseOthers(const Args &args, Algorithm algorithm)
{
    const auto only = [&](const char *option, Algorithm owner) {
        if (algorithm != owner && args.has(QLatin1String(option)))
            throw UsageError(tr("--%1 applies to --algorithm %2 only")
                                 .arg(QLatin1String(option), QString::fromLatin1(algorithmName(owner).data())));
    };
    only("restart-sample", Algorithm::KMeans);
    only("covariance", Algorithm::GaussianMixture);
    only("regularization", Algorithm::GaussianMixture);
}

} // namespace

std::set<QString> clusteringOptionNames()
{
    return {QStringLiteral("algorithm"),      QStringLiteral("seed"),       QStringLiteral("n-init"),
            QStringLiteral("max-iter"),       QStringLiteral("tol"),        QStringLiteral("restart-sample"),
            QStringLiteral("outliers"),       QStringLiteral("covariance"), QStringLiteral("regularization")};
}

ClusteringOptions clusteringOptions(const Args &args, int k)
{
    const Algorithm algorithm = parseOption(QStringLiteral("algorithm"), [&] {
        return parseAlgorithm(args.value(QStringLiteral("algorithm"), QStringLiteral("kmeans")).toStdString());
    });
    refuseOthers(args, algorithm);
    ClusteringOptions clustering = defaultClusteringOptions(
        algorithm, k,
        static_cast<std::uint64_t>(args.integer(QStringLiteral("seed"), static_cast<long long>(kDefaultSeed), 0,
                                                std::numeric_limits<long long>::max())));
    std::visit(
        [&](auto &options) {
            options.nInit = static_cast<int>(args.integer(QStringLiteral("n-init"), options.nInit, 1, 10000));
            options.maxIter = static_cast<int>(args.integer(QStringLiteral("max-iter"), options.maxIter, 1, 1000000));
            options.tol = args.real(QStringLiteral("tol"), options.tol, 0.0, 1.0);
            using T = std::decay_t<decltype(options)>;
            if constexpr (std::is_same_v<T, KMeansOptions>) {
                options.restartSampleRows = static_cast<std::size_t>(
                    args.integer(QStringLiteral("restart-sample"), static_cast<long long>(options.restartSampleRows),
                                 0, 1LL << 40));
            } else {
                if (args.has(QStringLiteral("covariance")))
                    options.covariance = parseCovariance(*args.value(QStringLiteral("covariance")));
                options.regularization
                    = args.real(QStringLiteral("regularization"), options.regularization, 0.0, 1e6);
            }
        },
        clustering);
    return clustering;
}

OutlierOptions outlierOptions(const Args &args)
{
    OutlierOptions outliers;
    outliers.robustZ = args.real(QStringLiteral("outliers"), 0.0, 0.0, 1e6);
    return outliers;
}

nlohmann::json clusteringParams(const ClusteringOptions &clustering)
{
    nlohmann::json params = {{"algorithm", std::string(algorithmName(algorithmOf(clustering)))},
                             {"k", requestedClusters(clustering)},
                             {"seed", seedOf(clustering)}};
    std::visit(
        [&](const auto &o) {
            params["n_init"] = o.nInit;
            params["max_iter"] = o.maxIter;
            params["tol"] = o.tol;
            using T = std::decay_t<decltype(o)>;
            if constexpr (std::is_same_v<T, KMeansOptions>) {
                params["restart_sample"] = o.restartSampleRows;
            } else {
                params["covariance"] = o.covariance == CovarianceType::Full ? "full" : "diagonal";
                params["regularization"] = o.regularization;
            }
        },
        clustering);
    return params;
}

} // namespace seg::cli
