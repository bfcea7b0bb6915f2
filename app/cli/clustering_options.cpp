#include "app/cli/clustering_options.h"

#include "app/cli/customer_input.h"

#include <limits>

namespace seg::cli {

std::set<QString> clusteringOptionNames()
{
    return {QStringLiteral("algorithm"), QStringLiteral("seed"),           QStringLiteral("n-init"),
            QStringLiteral("max-iter"),  QStringLiteral("tol"),            QStringLiteral("restart-sample"),
            QStringLiteral("outliers")};
}

ClusteringOptions clusteringOptions(const Args &args, int k)
{
    const Algorithm algorithm = parseOption(QStringLiteral("algorithm"), [&] {
        return parseAlgorithm(args.value(QStringLiteral("algorithm"), QStringLiteral("kmeans")).toStdString());
    });
    ClusteringOptions clustering = defaultClusteringOptions(
        algorithm, k,
        static_cast<std::uint64_t>(args.integer(QStringLiteral("seed"), static_cast<long long>(kDefaultSeed), 0,
                                                std::numeric_limits<long long>::max())));
    KMeansOptions &options = std::get<KMeansOptions>(clustering);
    options.nInit = static_cast<int>(args.integer(QStringLiteral("n-init"), options.nInit, 1, 10000));
    options.maxIter = static_cast<int>(args.integer(QStringLiteral("max-iter"), options.maxIter, 1, 1000000));
    options.tol = args.real(QStringLiteral("tol"), options.tol, 0.0, 1.0);
    options.restartSampleRows = static_cast<std::size_t>(args.integer(
        QStringLiteral("restart-sample"), static_cast<long long>(options.restartSampleRows), 0, 1LL << 40));
    return clustering;
}

OutlierOptions outlierOptions(const Args &args)
{
    OutlierOptions outliers;
    outliers.robustZ = args.real(QStringLiteral("outliers"), 0.0, 0.0, 1e6);
    return outliers;
}

} // namespace seg::cli
