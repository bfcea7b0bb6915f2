#pragma once
// segscope cluster --algorithm minibatch on a customer file, read in chunks (never whole).

#include "app/cli/args.h"
#include "app/cli/customer_input.h"

#include "engine/cluster/clustering.h"
#include "engine/io/atomic_file.h"

#include <cstddef>

namespace seg::cli {

/// Rows read first to decide every column's type and role, as cluster reads them from the whole
/// file; a later cell that does not fit its column's type is an error naming its row and column.
inline constexpr std::size_t kStreamSchemaRows = 100000;

/// Whether cluster reads the input in chunks: mini-batch k-means on a customer file (not a
/// project, whose data is in memory, nor a transaction log, whose customers are made whole).
/// Standard input and pipes stream too, from the unnamed copy kept of them (seg::InputFile).
bool streamsClustering(const ClusteringOptions &clustering, const CustomerInput &customers, bool fromProject);

struct StreamingClusterRun
{
    const Args &args;
    const CustomerInput &customers;
    MiniBatchKMeansOptions options;
    std::size_t silhouetteSample = 10000;
    AtomicFile *outFile = nullptr; ///< --out, or null
    AtomicFile *jsonFile = nullptr; ///< --json, or null
    bool quiet = false;
};

/// Reads the file once for a uniform sample (the transforms are fitted on it and k-means starts
/// on it), then once per mini-batch pass, then once more to write each customer's segment to
/// --out, with memory bounded by the sample and one chunk whatever the file's size. The summary
/// has cluster's shape; the fit-quality metrics are computed on the sample (metrics.sample_rows).
/// Returns the exit code; errors throw as cluster's do.
int runStreamingCluster(const StreamingClusterRun &run);

} // namespace seg::cli
