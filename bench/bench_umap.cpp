// bench_umap: the UMAP map of the demo customers (engine/demo, prepared with the suggested
// feature spec, as the explorer does) and one JSON object with the timings, the report, the
// trustworthiness and the memory used. See bench/README.md.
//
//   bench_umap [--rows N] [--dims D] [--fit-sample N] [--threads T] [--seed S] [--neighbors K]
//              [--epochs E] [--trust-sample N] [--recall-sample N] [--dump DATA.npy]
//              [--dump-embedding EMB.npy]
//
// --dims keeps the first D prepared features (default 16: the 15 numeric demo columns and the
// first region level; 0 = all 26).
//
// --dump writes the prepared matrix (n × d float64, NumPy .npy) so that bench/compare.sh gives
// umap-learn exactly the same data; --dump-embedding writes the map (n × 2 float64).

#include "bench/bench_io.h"
#include "engine/core/error.h"
#include "engine/core/parallel.h"
#include "engine/demo/demo_data.h"
#include "engine/embed/umap.h"
#include "engine/embed/umap_knn.h"
#include "engine/eval/trustworthiness.h"
#include "engine/prep/feature_spec.h"
#include "engine/prep/prepare.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

namespace {

struct Args
{
    long long rows = 100000;
    int dims = 16;
    long long fitSample = 100000;
    int threads = 0;
    unsigned long long seed = 42;
    int neighbors = 15;
    int epochs = 0;
    long long trustSample = 5000;
    long long recallSample = 0;
    std::string dump;
    std::string dumpEmbedding;
};

[[noreturn]] void usage(const char *message)
{
    std::fprintf(stderr,
                 "bench_umap: %s\nusage: bench_umap [--rows N] [--dims D] [--fit-sample N] [--threads T] [--seed S] "
                 "[--neighbors K] [--epochs E] [--trust-sample N] [--recall-sample N] [--dump DATA.npy] "
                 "[--dump-embedding EMB.npy]\n",
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
        else if (key == "--fit-sample")
            args.fitSample = std::atoll(value);
        else if (key == "--threads")
            args.threads = std::atoi(value);
        else if (key == "--seed")
            args.seed = std::strtoull(value, nullptr, 10);
        else if (key == "--neighbors")
            args.neighbors = std::atoi(value);
        else if (key == "--epochs")
            args.epochs = std::atoi(value);
        else if (key == "--trust-sample")
            args.trustSample = std::atoll(value);
        else if (key == "--recall-sample")
            args.recallSample = std::atoll(value);
        else if (key == "--dump")
            args.dump = value;
        else if (key == "--dump-embedding")
            args.dumpEmbedding = value;
        else
            usage(("unknown option " + key).c_str());
    }
    if (args.rows < 100 || args.fitSample < 100)
        usage("--rows and --fit-sample must be at least 100");
    return args;
}

// Share of the true 15 nearest neighbours (Euclidean, exact in double precision) that the
// neighbour index finds, over `sample` evenly spaced rows; -1 for no sample.
double neighbourRecall(const seg::Matrix &x, std::uint64_t seed, long long sample)
{
    if (sample <= 0)
        return -1.0;
    constexpr int k = 15;
    const seg::UmapIndex index(x, seg::UmapMetric::Euclidean, seed);
    const Eigen::Index n = x.rows();
    const Eigen::Index m = std::min<Eigen::Index>(sample, n);
    seg::Matrix queries(m, x.cols());
    for (Eigen::Index q = 0; q < m; ++q)
        queries.row(q) = x.row(q * n / m);
    const seg::UmapKnn found = index.query(queries, k);
    std::size_t hits = 0;
    std::vector<std::pair<double, Eigen::Index>> all(static_cast<std::size_t>(n));
    for (Eigen::Index q = 0; q < m; ++q) {
        for (Eigen::Index i = 0; i < n; ++i)
            all[static_cast<std::size_t>(i)] = {(x.row(i) - queries.row(q)).squaredNorm(), i};
        std::partial_sort(all.begin(), all.begin() + k, all.end());
        for (int j = 0; j < k; ++j) {
            const auto *begin = found.index.data() + q * k;
            if (std::find(begin, begin + k, static_cast<std::int32_t>(all[static_cast<std::size_t>(j)].second)) != begin + k)
                ++hits;
        }
    }
    return static_cast<double>(hits) / static_cast<double>(m * k);
}

} // namespace

int main(int argc, char **argv)
{
    const Args args = parseArgs(argc, argv);
    seg::setThreadCount(args.threads);
    try {
        using Clock = std::chrono::steady_clock;
        const seg::Table table = seg::generateDemoData(static_cast<std::size_t>(args.rows), 7);
        const seg::FeatureSpec spec = seg::suggestFeatureSpec(table, {"customer_id", "true_segment"});
        const seg::PreparedData prepared = seg::prepare(table, spec);
        const seg::Matrix x = args.dims > 0 && args.dims < prepared.x.cols()
                                  ? seg::Matrix(prepared.x.leftCols(args.dims))
                                  : prepared.x;
        if (!args.dump.empty())
            seg::bench::writeNpy(args.dump, x);

        seg::UmapOptions options;
        options.neighbors = args.neighbors;
        options.epochs = args.epochs;
        options.seed = args.seed;
        options.fitSample = static_cast<std::size_t>(args.fitSample);
        const double rssBefore = seg::bench::peakRssMb(); // the generated table and the matrices
        const auto t0 = Clock::now();
        const seg::UmapResult result = seg::umap(x, options);
        const double seconds = std::chrono::duration<double>(Clock::now() - t0).count();
        const double rss = seg::bench::peakRssMb();

        if (!args.dumpEmbedding.empty()) {
            seg::Matrix e(x.rows(), 2);
            for (Eigen::Index i = 0; i < x.rows(); ++i) {
                e(i, 0) = result.embedding.x[static_cast<std::size_t>(i)];
                e(i, 1) = result.embedding.y[static_cast<std::size_t>(i)];
            }
            seg::bench::writeNpy(args.dumpEmbedding, e);
        }
        const auto t1 = Clock::now();
        const double trust = args.trustSample > 0 ? seg::embeddingTrustworthiness(
                                                        x, result.embedding, static_cast<std::size_t>(args.trustSample), 15, 1)
                                                  : -1.0;
        const double trustSeconds = std::chrono::duration<double>(Clock::now() - t1).count();
        const double recall = neighbourRecall(x, args.seed, args.recallSample);
        const seg::UmapReport &r = result.report;
        std::printf("{\n  \"bench\": \"umap\",\n  \"rows\": %lld,\n  \"dims\": %lld,\n  \"threads\": %d,\n"
                    "  \"fit_rows\": %zu,\n  \"placed_rows\": %zu,\n  \"neighbors\": %d,\n  \"epochs\": %d,\n"
                    "  \"exact_neighbors\": %s,\n  \"init\": \"%s\",\n  \"components\": %zu,\n  \"edges\": %zu,\n"
                    "  \"seconds\": %.3f,\n  \"ms\": {\"neighbors\": %.1f, \"graph\": %.1f, \"init\": %.1f, "
                    "\"layout\": %.1f, \"transform\": %.1f},\n"
                    "  \"trustworthiness_k15\": %.4f,\n  \"trust_sample\": %lld,\n  \"trust_seconds\": %.2f,\n"
                    "  \"neighbor_recall_k15\": %.4f,\n  \"recall_sample\": %lld,\n"
                    "  \"peak_rss_mb\": %.1f,\n  \"rss_before_mb\": %.1f\n}\n",
                    static_cast<long long>(x.rows()), static_cast<long long>(x.cols()), seg::threadCount(), r.fitRows,
                    r.placedRows, options.neighbors, r.epochs, r.exactNeighbors ? "true" : "false",
                    std::string(seg::toString(r.init)).c_str(), r.components, r.edges, seconds, r.neighborsMs,
                    r.graphMs, r.initMs, r.layoutMs, r.transformMs, trust, args.trustSample, trustSeconds, recall,
                    args.recallSample, rss,
                    rssBefore);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_umap: %s\n", e.what());
        return 1;
    }
    return 0;
}
