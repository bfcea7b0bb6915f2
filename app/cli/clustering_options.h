#pragma once
// The clustering options of segscope's commands that segment (cluster, sweep, stability):
// --algorithm, --seed, --n-init, --max-iter and --tol (k-means, Gaussian mixture),
// --restart-sample (k-means), --covariance and --regularization (Gaussian mixture),
// --exact-limit and --micro-clusters (Ward), --eps, --min-samples and --min-cluster-size (DBSCAN,
// HDBSCAN) over the explorer's defaults, and --outliers.

#include "app/cli/args.h"

#include "engine/cluster/clustering.h"
#include "engine/pipeline/outliers.h"

#include <nlohmann/json.hpp>

#include <set>
#include <string>
#include <vector>

namespace seg::cli {

/// The names of the options below.
std::set<QString> clusteringOptionNames();
/// The algorithm --algorithm names (default kmeans).
Algorithm clusteringAlgorithm(const Args &args);
/// The explorer's options for `k` segments (seg::defaultClusteringOptions), then what the
/// options change. Usage errors name the option.
ClusteringOptions clusteringOptions(const Args &args, int k);
/// The defaults that depend on the data, for the options the user did not give: DBSCAN's eps
/// (the knee of the k-distance curve of x, the prepared customers) and HDBSCAN's minimum
/// cluster size (1% of the customers, at least 5). Returns one note per default chosen.
std::vector<std::string> resolveDataDefaults(ClusteringOptions &clustering, const Args &args, const Matrix &x);
/// --outliers Z: set aside customers beyond a robust z of Z (0: none, the default).
OutlierOptions outlierOptions(const Args &args);
/// The summaries' "params" for these options: algorithm, k, seed, n_init, max_iter, tol and the
/// algorithm's own (restart_sample; covariance and regularization).
nlohmann::json clusteringParams(const ClusteringOptions &clustering);

/// The warning for segments with fewer than `smallShare` of the customers ("segment(s) 2, 5 hold
/// fewer than 1% ..."), pointing to --outliers where the command takes it.
std::string smallSegmentsWarning(const std::vector<int> &small, double smallShare, bool outliersHint);

} // namespace seg::cli
