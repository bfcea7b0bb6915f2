// bench_algorithms: one clustering algorithm on the demo customers (engine/demo, prepared with
// the suggested feature spec, as the explorer does) and one JSON object with its time, the memory
// it added, its agreement with the generating segments (ARI) and its own figures. bench/compare.sh
// runs scikit-learn's counterparts on exactly the same matrix. See bench/README.md.
//
//   bench_algorithms --algorithm gmm-full|gmm-diag|ward|dbscan|hdbscan|kmeans|minibatch [--rows N] [--dims D]
//                    [--k K] [--n-init N] [--max-iter N] [--eps X] [--min-samples N]
//                    [--min-cluster-size N] [--threads T] [--seed S] [--dump DATA.npy]
//                    [--dump-truth TRUTH.npy]
//
// --dims keeps the first D prepared features (default 16). --dump writes the matrix and
// --dump-truth the generating segment of each row (n × 1 float64, NumPy .npy).

#include "bench/bench_io.h"
#include "engine/cluster/clustering.h"
#include "engine/core/error.h"
#include "engine/core/parallel.h"
#include "engine/demo/demo_data.h"
#include "engine/eval/metrics.h"
#include "engine/eval/quality.h"
#include "engine/prep/feature_spec.h"
#include "engine/prep/prepare.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <string>

namespace {

struct Args
{
    std::string algorithm = "gmm-full";
    long long rows = 100000;
    int dims = 16;
    int k = 6;
    int nInit = 1;
    int maxIter = 100;
    double eps = 1.0;
    int minSamples = 10;
    int minClusterSize = 0; // 0: 1% of the rows
    int threads = 0;
    std::uint64_t seed = 1;
    std::string dump;
    std::string dumpTruth;
};

[[noreturn]] void usage(const char *problem)
{
    std::fprintf(stderr,
                 "bench_algorithms: %s\nusage: bench_algorithms --algorithm gmm-full|gmm-diag|ward|dbscan|hdbscan|kmeans|minibatch "
                 "[--rows N] [--dims D] [--k K] [--n-init N] [--max-iter N] [--eps X] [--min-samples N] "
                 "[--min-cluster-size N] [--threads T] [--seed S] [--dump DATA.npy] [--dump-truth TRUTH.npy]\n",
                 problem);
    std::exit(2);
}

Args parseArgs(int argc, char **argv)
{
    Args a;
    for (int i = 1; i < argc; ++i) {
        const std::string key = argv[i];
        if (i + 1 >= argc)
            usage(("missing value after " + key).c_str());
        const char *value = argv[++i];
        if (key == "--algorithm")
            a.algorithm = value;
        else if (key == "--rows")
            a.rows = std::atoll(value);
        else if (key == "--dims")
            a.dims = std::atoi(value);
        else if (key == "--k")
            a.k = std::atoi(value);
        else if (key == "--n-init")
            a.nInit = std::atoi(value);
        else if (key == "--max-iter")
            a.maxIter = std::atoi(value);
        else if (key == "--eps")
            a.eps = std::atof(value);
        else if (key == "--min-samples")
            a.minSamples = std::atoi(value);
        else if (key == "--min-cluster-size")
            a.minClusterSize = std::atoi(value);
        else if (key == "--threads")
            a.threads = std::atoi(value);
        else if (key == "--seed")
            a.seed = std::strtoull(value, nullptr, 10);
        else if (key == "--dump")
            a.dump = value;
        else if (key == "--dump-truth")
            a.dumpTruth = value;
        else
            usage(("unknown option " + key).c_str());
    }
    if (a.rows < 100)
        usage("--rows must be at least 100");
    return a;
}

seg::ClusteringOptions optionsFor(const Args &a)
{
    if (a.algorithm == "gmm-full" || a.algorithm == "gmm-diag") {
        seg::GaussianMixtureOptions o;
        o.k = a.k;
        o.nInit = a.nInit;
        o.maxIter = a.maxIter;
        o.seed = a.seed;
        o.covariance = a.algorithm == "gmm-full" ? seg::CovarianceType::Full : seg::CovarianceType::Diagonal;
        return o;
    }
    if (a.algorithm == "ward")
        return seg::defaultClusteringOptions(seg::Algorithm::Ward, a.k, a.seed);
    if (a.algorithm == "dbscan")
        return seg::DbscanOptions{a.eps, a.minSamples};
    if (a.algorithm == "hdbscan") {
        seg::HdbscanOptions o;
        o.minClusterSize = a.minClusterSize > 0 ? a.minClusterSize : static_cast<int>(std::max(5LL, a.rows / 100));
        o.minSamples = a.minSamples;
        return o;
    }
    if (a.algorithm == "minibatch")
        return seg::defaultClusteringOptions(seg::Algorithm::MiniBatchKMeans, a.k, a.seed);
    if (a.algorithm == "kmeans") {
        seg::KMeansOptions o;
        o.k = a.k;
        o.nInit = a.nInit;
        o.maxIter = a.maxIter;
        o.seed = a.seed;
        return o;
    }
    usage(("unknown algorithm " + a.algorithm).c_str());
}

/// A JSON number, or null for NaN and infinities (which JSON has no spelling for).
std::string jsonNumber(double value)
{
    if (!std::isfinite(value))
        return "null";
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.6f", value);
    return buf;
}

} // namespace

int main(int argc, char **argv)
{
    const Args args = parseArgs(argc, argv);
    seg::setThreadCount(args.threads);
    try {
        const seg::Table table = seg::generateDemoData(static_cast<std::size_t>(args.rows), 7);
        const seg::FeatureSpec spec = seg::suggestFeatureSpec(table, {"customer_id", "true_segment"});
        const seg::PreparedData prepared = seg::prepare(table, spec);
        const seg::Matrix x = args.dims > 0 && args.dims < prepared.x.cols() ? seg::Matrix(prepared.x.leftCols(args.dims))
                                                                            : prepared.x;
        const seg::Labels truth = seg::encodeLabels(table.require("true_segment"), prepared.rows);
        if (!args.dump.empty())
            seg::bench::writeNpy(args.dump, x);
        if (!args.dumpTruth.empty()) {
            seg::Matrix t(static_cast<Eigen::Index>(truth.size()), 1);
            for (std::size_t i = 0; i < truth.size(); ++i)
                t(static_cast<Eigen::Index>(i), 0) = truth[i];
            seg::bench::writeNpy(args.dumpTruth, t);
        }
        const seg::ClusteringOptions options = optionsFor(args);
        // Reset the peak (VmHWM) to the current size, so that the peak read after the fit is the
        // fit's, not the data generation's (Linux: "5" to clear_refs).
        std::ofstream("/proc/self/clear_refs") << "5";
        const double rssBefore = seg::bench::residentMb("VmRSS:");
        const auto t0 = std::chrono::steady_clock::now();
        const seg::ClusteringResult result = seg::cluster(x, options);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        const double peak = seg::bench::peakRssMb();
        std::size_t noise = 0;
        for (std::int32_t label : result.labels)
            noise += label < 0 ? 1 : 0;
        std::printf("{\n  \"algorithm\": \"%s\",\n  \"rows\": %lld,\n  \"dims\": %lld,\n  \"threads\": %d,\n"
                    "  \"seconds\": %.4f,\n  \"clusters\": %d,\n  \"noise\": %zu,\n  \"iterations\": %d,\n"
                    "  \"ari\": %.6f,\n  \"log_likelihood\": %s,\n  \"inertia\": %.6f,\n"
                    "  \"peak_rss_mb\": %.1f,\n  \"rss_before_mb\": %.1f,\n  \"added_peak_mb\": %.1f\n}\n",
                    args.algorithm.c_str(), static_cast<long long>(x.rows()), static_cast<long long>(x.cols()),
                    seg::threadCount(), seconds, result.clusterCount, noise, result.iterations,
                    seg::adjustedRandIndex(result.labels, truth), jsonNumber(result.logLikelihood).c_str(),
                    result.objective, peak,
                    rssBefore, peak - rssBefore);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_algorithms: %s\n", e.what());
        return 1;
    }
    return 0;
}
