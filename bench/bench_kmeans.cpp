// bench_kmeans: clusters a deterministic Gaussian-blob dataset and prints one JSON object with
// the timing, the result and the memory used. See bench/README.md.
//
//   bench_kmeans --rows N --dims D --k K [--n-init 1] [--max-iter 50] [--tol 1e-4] [--threads T]
//                [--seed S] [--method hamerly|lloyd] [--separation 0.6] [--dump FILE.npy]

#include "bench/bench_io.h"
#include "engine/cluster/kmeans.h"
#include "engine/core/error.h"
#include "engine/core/parallel.h"

#include "engine/core/random.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <fstream>
#include <string>
#include <vector>

#include <time.h>

namespace {

struct Args
{
    long long rows = 100000;
    int dims = 16;
    int k = 8;
    int nInit = 1;
    int maxIter = 50;
    double tol = 1e-4;
    double separation = 0.6;
    int threads = 0;
    unsigned long long seed = 1;
    seg::KMeansMethod method = seg::KMeansMethod::Hamerly;
    std::string dump;
};

[[noreturn]] void usage(const char *message)
{
    std::fprintf(stderr,
                 "bench_kmeans: %s\nusage: bench_kmeans --rows N --dims D --k K [--n-init 1] [--max-iter 50] "
                 "[--tol 1e-4] [--threads T] [--seed S] [--method hamerly|lloyd] [--separation 0.6] "
                 "[--dump FILE.npy]\n",
                 message);
    std::exit(2);
}

Args parseArgs(int argc, char **argv)
{
    Args args;
    for (int i = 1; i < argc; ++i) {
        const std::string key = argv[i];
        if (i + 1 >= argc)
            usage(("missing value after " + key).c_str());
        const char *value = argv[++i];
        if (key == "--rows")
            args.rows = std::atoll(value);
        else if (key == "--dims")
            args.dims = std::atoi(value);
        else if (key == "--k")
            args.k = std::atoi(value);
        else if (key == "--n-init")
            args.nInit = std::atoi(value);
        else if (key == "--max-iter")
            args.maxIter = std::atoi(value);
        else if (key == "--tol")
            args.tol = std::atof(value);
        else if (key == "--separation")
            args.separation = std::atof(value);
        else if (key == "--threads")
            args.threads = std::atoi(value);
        else if (key == "--seed")
            args.seed = std::strtoull(value, nullptr, 10);
        else if (key == "--dump")
            args.dump = value;
        else if (key == "--method") {
            if (std::strcmp(value, "hamerly") == 0)
                args.method = seg::KMeansMethod::Hamerly;
            else if (std::strcmp(value, "lloyd") == 0)
                args.method = seg::KMeansMethod::Lloyd;
            else
                usage("--method must be hamerly or lloyd");
        } else {
            usage(("unknown option " + key).c_str());
        }
    }
    if (args.rows < 1 || args.dims < 1 || args.k < 1)
        usage("--rows, --dims and --k must be positive");
    return args;
}

// k Gaussian blobs with unequal sizes and spreads. Centres are N(0, separation^2) per feature
// (0.6 by default) and points N(centre, s^2) with s in [0.7, 1.3], so neighbouring blobs overlap
// and Lloyd needs a few dozen iterations, as on real customer data. Rows are generated in fixed blocks with one
// random stream per block: the data depend only on the seed, not on the thread count.
seg::Matrix generateBlobs(const Args &args)
{
    const std::size_t n = static_cast<std::size_t>(args.rows);
    const std::size_t d = static_cast<std::size_t>(args.dims);
    const std::size_t k = static_cast<std::size_t>(args.k);
    seg::Rng rng(args.seed);
    std::vector<double> centres(k * d), spread(k), cumulative(k);
    double total = 0.0;
    for (std::size_t j = 0; j < k; ++j) {
        for (std::size_t t = 0; t < d; ++t)
            centres[j * d + t] = args.separation * rng.normal();
        spread[j] = 0.7 + 0.6 * rng.uniform();
        total += 0.5 + rng.uniform();
        cumulative[j] = total;
    }
    seg::Matrix x(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(d));
    double *data = x.data();
    constexpr std::size_t block = 4096;
    const std::size_t blocks = (n + block - 1) / block;
    seg::parallelFor(
        blocks,
        [&](std::size_t b0, std::size_t b1) {
            for (std::size_t b = b0; b < b1; ++b) {
                seg::Rng local = seg::Rng::derived(args.seed, b);
                for (std::size_t i = b * block; i < std::min(n, (b + 1) * block); ++i) {
                    const double u = local.uniform() * total;
                    std::size_t j = 0;
                    while (j + 1 < k && cumulative[j] <= u)
                        ++j;
                    for (std::size_t t = 0; t < d; ++t)
                        data[i * d + t] = centres[j * d + t] + spread[j] * local.normal();
                }
            }
        },
        1);
    return x;
}

// CPU time of the whole process (all threads), in seconds. On a shared machine it varies less
// than wall time with one thread; with several, OpenMP's spin-waiting is counted too.
double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

} // namespace

int main(int argc, char **argv)
{
    const Args args = parseArgs(argc, argv);
    seg::setThreadCount(args.threads);
    try {
        using Clock = std::chrono::steady_clock;
        const auto g0 = Clock::now();
        const seg::Matrix x = generateBlobs(args);
        const double generateSeconds = std::chrono::duration<double>(Clock::now() - g0).count();
        if (!args.dump.empty())
            seg::bench::writeNpy(args.dump, x);

        seg::KMeansOptions options;
        options.k = args.k;
        options.nInit = args.nInit;
        options.maxIter = args.maxIter;
        options.tol = args.tol;
        options.seed = args.seed;
        options.method = args.method;
        const double cpu0 = processCpuSeconds();
        const auto t0 = Clock::now();
        const seg::KMeansResult result = seg::kmeans(x, options);
        const double seconds = std::chrono::duration<double>(Clock::now() - t0).count();
        const double cpuSeconds = processCpuSeconds() - cpu0;

        const int iterationsTotal = result.iterations; // of the winning restart
        std::printf("{\"benchmark\": \"kmeans\", \"rows\": %lld, \"dims\": %d, \"k\": %d, \"method\": \"%s\", "
                    "\"threads\": %d, \"n_init\": %d, \"max_iter\": %d, \"tol\": %g, \"seed\": %llu, "
                    "\"iterations\": %d, \"status\": \"%s\", \"seconds_generate\": %.6f, "
                    "\"seconds_total\": %.6f, \"seconds_per_iteration\": %.6f, \"seconds_cpu\": %.6f, "
                    "\"inertia\": %.17g, "
                    "\"empty_clusters_recovered\": %d, \"peak_rss_mb\": %.1f, \"matrix_mb\": %.1f}\n",
                    args.rows, args.dims, args.k,
                    args.method == seg::KMeansMethod::Hamerly ? "hamerly" : "lloyd", seg::threadCount(),
                    args.nInit, args.maxIter, args.tol, args.seed, iterationsTotal,
                    result.status == seg::FitStatus::Converged ? "converged" : "max_iterations",
                    generateSeconds, seconds, seconds / (args.nInit * std::max(1, iterationsTotal)),
                    cpuSeconds, result.inertia, result.emptyClustersRecovered, seg::bench::peakRssMb(),
                    static_cast<double>(x.size()) * sizeof(double) / 1e6);
    } catch (const seg::Error &e) {
        std::fprintf(stderr, "bench_kmeans: %s\n", e.what());
        return e.kind() == seg::ErrorKind::Usage ? 2 : 3;
    }
    return 0;
}
