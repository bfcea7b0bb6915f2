#pragma once
// The clustering options of segscope's commands that segment (cluster, sweep, stability):
// --algorithm, --seed, --n-init, --max-iter, --tol and --restart-sample over the explorer's
// defaults, and --outliers.

#include "app/cli/args.h"

#include "engine/cluster/clustering.h"
#include "engine/pipeline/outliers.h"

#include <set>

namespace seg::cli {

/// The names of the options below.
std::set<QString> clusteringOptionNames();
/// The explorer's options for `k` segments (seg::defaultClusteringOptions), then what the
/// options change. Usage errors name the option.
ClusteringOptions clusteringOptions(const Args &args, int k);
/// --outliers Z: set aside customers beyond a robust z of Z (0: none, the default).
OutlierOptions outlierOptions(const Args &args);

} // namespace seg::cli
