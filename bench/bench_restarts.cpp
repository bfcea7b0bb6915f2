// bench_restarts: the k-means restart strategy, for quality and speed. On the demo customers
// (known segments), runs the pipeline's k-means with full restarts and with restarts on samples
// of several sizes refined on all rows, over several seeds and for k = 4, 6, 8, 10 and 12 (the
// demo has six segments: other k have no true answer, so restarts matter more), and prints one
// JSON object per strategy: median time at k = 6, the worst inertia relative to the best any
// strategy found for that k, and ARI against the known segments at k = 6.
//
//   bench_restarts [rows=100000] [seeds=5]

#include "engine/cluster/clustering.h"
#include "engine/demo/demo_data.h"
#include "engine/eval/metrics.h"
#include "engine/eval/quality.h"
#include "engine/prep/feature_spec.h"
#include "engine/prep/prepare.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <numeric>
#include <string>
#include <vector>

int main(int argc, char **argv)
{
    const std::size_t rows = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 100000;
    const int seeds = argc > 2 ? std::atoi(argv[2]) : 5;
    const seg::Table table = seg::generateDemoData(rows, 7);
    const seg::FeatureSpec spec = seg::suggestFeatureSpec(table, {"customer_id", "true_segment"});
    const seg::PreparedData prepared = seg::prepare(table, spec);
    const seg::Labels truth = seg::encodeLabels(table.require("true_segment"), prepared.rows);

    struct Strategy
    {
        const char *name;
        int nInit;
        std::size_t sample;
    };
    const Strategy strategies[] = {{"full_10", 10, 0},           {"sampled_20000_x10", 10, 20000},
                                   {"sampled_10000_x10", 10, 10000}, {"sampled_5000_x10", 10, 5000},
                                   {"sampled_20000_x4", 4, 20000},
                                   {"sampled_10000_x4", 4, 10000},   {"sampled_5000_x4", 4, 5000}};
    const int ks[] = {4, 6, 8, 10, 12};
    struct Run
    {
        int k;
        double ms, inertia, ari;
    };
    std::vector<std::vector<Run>> runs(std::size(strategies));
    std::vector<double> best(std::size(ks), std::numeric_limits<double>::infinity());
    for (std::size_t s = 0; s < std::size(strategies); ++s) {
        for (std::size_t ki = 0; ki < std::size(ks); ++ki)
        for (int seed = 0; seed < seeds; ++seed) {
            seg::ClusteringOptions options = seg::defaultClusteringOptions(seg::Algorithm::KMeans, ks[ki], std::uint64_t(seed));
            auto &km = std::get<seg::KMeansOptions>(options);
            km.nInit = strategies[s].nInit;
            km.restartSampleRows = strategies[s].sample;
            const auto start = std::chrono::steady_clock::now();
            const seg::ClusteringResult result = seg::cluster(prepared.x, options);
            const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            runs[s].push_back({int(ki), ms, result.objective, seg::adjustedRandIndex(truth, result.labels)});
            best[ki] = std::min(best[ki], result.objective);
        }
    }
    std::printf("{\"rows\": %zu, \"seeds\": %d, \"strategies\": [\n", rows, seeds);
    for (std::size_t s = 0; s < std::size(strategies); ++s) {
        std::vector<double> ms, ratio, ari;
        for (const Run &r : runs[s]) {
            ratio.push_back(r.inertia / best[static_cast<std::size_t>(r.k)]);
            if (ks[r.k] != 6)
                continue;
            ms.push_back(r.ms);
            ari.push_back(r.ari);
        }
        std::sort(ms.begin(), ms.end());
        std::printf("  {\"strategy\": \"%s\", \"median_ms\": %.1f, \"worst_inertia_vs_best\": %.5f, \"mean_inertia_vs_best\": %.5f, "
                    "\"min_ari\": %.4f, \"max_ari\": %.4f}%s\n",
                    strategies[s].name, ms[ms.size() / 2], *std::max_element(ratio.begin(), ratio.end()),
                    std::accumulate(ratio.begin(), ratio.end(), 0.0) / static_cast<double>(ratio.size()),
                    *std::min_element(ari.begin(), ari.end()), *std::max_element(ari.begin(), ari.end()),
                    s + 1 < std::size(strategies) ? "," : "");
    }
    std::printf("]}\n");
    return 0;
}
