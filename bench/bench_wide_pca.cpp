// bench_wide_pca: time of the segment map (seg::pcaEmbedding, what the explorer's engine worker
// runs after preparing the features) on wide data, and of the full covariance decomposition it
// replaced, with how far apart their axes are. Prints one JSON object. See bench/README.md.
//
//   bench_wide_pca [--rows 1000] [--dims 2000,5000,50000] [--data segments|noise]
//                  [--full-max-dims 2000] [--repeat 1] [--threads T] [--seed S]
//   bench_wide_pca --table FILE.csv [--full-max-dims 2000] [--repeat 1] [--threads T]
//
// --table loads a CSV file and prepares its features as the explorer does (suggested spec:
// every usable column, log1p where skewed, z-scores) and maps the prepared matrix.

#include "bench/wide_data.h"
#include "engine/core/parallel.h"
#include "engine/data/loader.h"
#include "engine/embed/embedding.h"
#include "engine/embed/pca.h"
#include "engine/prep/feature_spec.h"
#include "engine/prep/prepare.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

using namespace seg;

namespace {

struct Args
{
    Eigen::Index rows = 1000;
    std::vector<Eigen::Index> dims {2000, 5000, 50000};
    bool noise = false;
    Eigen::Index fullMaxDims = 2000;
    int repeat = 1;
    int threads = 0;
    std::uint64_t seed = 1;
    std::string table;
};

[[noreturn]] void usage(const std::string &message)
{
    std::fprintf(stderr,
                 "bench_wide_pca: %s\nusage: bench_wide_pca [--rows 1000] [--dims 2000,5000,50000] "
                 "[--data segments|noise] [--full-max-dims 2000] [--repeat 1] [--threads T] [--seed S]\n"
                 "       bench_wide_pca --table FILE.csv [--full-max-dims 2000] [--repeat 1] [--threads T]\n",
                 message.c_str());
    std::exit(2);
}

Args parseArgs(int argc, char **argv)
{
    Args args;
    for (int i = 1; i < argc; ++i) {
        const std::string key = argv[i];
        if (i + 1 >= argc)
            usage("missing value after " + key);
        const std::string value = argv[++i];
        if (key == "--rows")
            args.rows = std::atol(value.c_str());
        else if (key == "--dims") {
            args.dims.clear();
            std::stringstream list(value);
            for (std::string item; std::getline(list, item, ',');)
                args.dims.push_back(std::atol(item.c_str()));
        } else if (key == "--data") {
            if (value != "segments" && value != "noise")
                usage("--data takes segments or noise, not " + value);
            args.noise = value == "noise";
        } else if (key == "--full-max-dims")
            args.fullMaxDims = std::atol(value.c_str());
        else if (key == "--repeat")
            args.repeat = std::max(1, std::atoi(value.c_str()));
        else if (key == "--threads")
            args.threads = std::atoi(value.c_str());
        else if (key == "--seed")
            args.seed = std::strtoull(value.c_str(), nullptr, 10);
        else if (key == "--table")
            args.table = value;
        else
            usage("unknown option " + key);
    }
    if (args.rows < 2)
        usage("--rows must be at least 2");
    for (Eigen::Index d : args.dims)
        if (d < 3)
            usage("every --dims entry must be at least 3");
    return args;
}

double seconds(std::chrono::steady_clock::time_point since)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

// Peak resident set size in MB (10^6 bytes), from VmHWM in /proc/self/status.
double peakRssMb()
{
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmHWM:", 0) == 0)
            return std::atof(line.c_str() + 6) / 1000.0;
    return 0.0;
}

const char *solverName(PcaSolver solver)
{
    switch (solver) {
    case PcaSolver::Automatic:
        return "automatic";
    case PcaSolver::Full:
        return "full";
    case PcaSolver::Lanczos:
        return "lanczos";
    }
    return "?";
}

/// Maps x as the worker does and prints one run object (without a leading separator).
void run(const Matrix &x, const Args &args, const std::string &source)
{
    // What the worker calls, best of --repeat.
    double best = std::numeric_limits<double>::infinity();
    Embedding map;
    for (int r = 0; r < args.repeat; ++r) {
        const auto start = std::chrono::steady_clock::now();
        map = pcaEmbedding(x);
        best = std::min(best, seconds(start));
    }
    // Once more through pca() for the solver's own figures (not timed).
    const PcaResult fast = pca(x, 2);

    std::string full = "null";
    if (x.cols() <= args.fullMaxDims) {
        const auto start = std::chrono::steady_clock::now();
        const PcaResult reference = pca(x, 2, {}, PcaSolver::Full);
        const double fullSeconds = seconds(start);
        // Both fix signs the same way, so the axes compare directly.
        const double axisDifference = (fast.components - reference.components).cwiseAbs().maxCoeff();
        const double ratioDifference
            = (fast.explainedVarianceRatio - reference.explainedVarianceRatio).cwiseAbs().maxCoeff();
        char buffer[200];
        std::snprintf(buffer, sizeof buffer,
                      "{\"seconds\": %.3f, \"max_axis_difference\": %.3g, \"max_ratio_difference\": %.3g}",
                      fullSeconds, axisDifference, ratioDifference);
        full = buffer;
    }
    std::printf("\n    {\"rows\": %ld, \"dims\": %ld, \"seconds_embedding\": %.3f, \"solver\": \"%s\", "
                "\"covariance_products\": %d, \"explained_variance_ratio\": [%.6f, %.6f],\n     %s, "
                "\"matrix_mb\": %.1f, \"peak_rss_mb\": %.1f,\n     \"full_decomposition\": %s}",
                static_cast<long>(x.rows()), static_cast<long>(x.cols()), best, solverName(fast.solver),
                fast.covarianceProducts, map.explainedVarianceRatio[0], map.explainedVarianceRatio[1],
                source.c_str(), static_cast<double>(x.size()) * 8.0 / 1e6, peakRssMb(), full.c_str());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    const Args args = parseArgs(argc, argv);
    setThreadCount(args.threads);
    try {
        std::printf("{\n  \"benchmark\": \"wide_pca\",\n  \"threads\": %d,\n  \"runs\": [", threadCount());
        char source[300];
        if (!args.table.empty()) {
            auto start = std::chrono::steady_clock::now();
            const Table table = loadTable(args.table, {});
            const double load = seconds(start);
            start = std::chrono::steady_clock::now();
            const PreparedData prepared = prepare(table, suggestFeatureSpec(table));
            const double prep = seconds(start);
            std::snprintf(source, sizeof source,
                          "\"data\": \"table\", \"seconds_load\": %.3f, \"seconds_prepare\": %.3f", load,
                          prep);
            run(prepared.x, args, source);
        } else {
            bool first = true;
            for (Eigen::Index d : args.dims) {
                const auto start = std::chrono::steady_clock::now();
                const Matrix x = bench::wideData(args.rows, d, args.seed, args.noise);
                std::snprintf(source, sizeof source,
                              "\"data\": \"%s\", \"seed\": %llu, \"seconds_generate\": %.3f",
                              args.noise ? "noise" : "segments", static_cast<unsigned long long>(args.seed),
                              seconds(start));
                if (!first)
                    std::printf(",");
                first = false;
                run(x, args, source);
            }
        }
        std::printf("\n  ]\n}\n");
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_wide_pca: %s\n", e.what());
        return 1;
    }
    return 0;
}
