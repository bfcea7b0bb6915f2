#pragma once
// The clustering options of segscope's commands that segment (cluster, sweep, stability):
// --algorithm, --seed, --n-init, --max-iter, --tol, --restart-sample (k-means), --covariance and
// --regularization (Gaussian mixture) over the explorer's defaults, and --outliers.

#include "app/cli/args.h"

#include "engine/cluster/clustering.h"
#include "engine/pipeline/outliers.h"

#include <nlohmann/json.hpp>

#include <set>

namespace seg::cli {

/// The names of the options below.
std::set<QString> clusteringOptionNames();
/// The explorer's options for `k` segments (seg::defaultClusteringOptions), then what the
/// options change. Usage errors name the option.
ClusteringOptions clusteringOptions(const Args &args, int k);
/// --outliers Z: set aside customers beyond a robust z of Z (0: none, the default).
OutlierOptions outlierOptions(const Args &args);
/// The summaries' "params" for these options: algorithm, k, seed, n_init, max_iter, tol and the
/// algorithm's own (restart_sample; covariance and regularization).
nlohmann::json clusteringParams(const ClusteringOptions &clustering);

} // namespace seg::cli
