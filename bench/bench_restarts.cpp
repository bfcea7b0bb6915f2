// bench_restarts: the k-means restart strategy, for quality and speed. On the demo customers
// (known segments), runs the pipeline's k-means with full restarts and with restarts on a
// sample refined on all rows, over several seeds, and prints one JSON object per strategy:
// median time, inertia relative to the best found, and ARI against the known segments.
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
    const Strategy strategies[] = {{"full_10", 10, 0}, {"sampled_20000_x10", 10, 20000}, {"sampled_20000_x4", 4, 20000}};
    struct Run
    {
        double ms, inertia, ari;
    };
    std::vector<std::vector<Run>> runs(std::size(strategies));
    double best = std::numeric_limits<double>::infinity();
    for (std::size_t s = 0; s < std::size(strategies); ++s) {
        for (int seed = 0; seed < seeds; ++seed) {
            seg::ClusteringOptions options = seg::defaultClusteringOptions(seg::Algorithm::KMeans, 6, std::uint64_t(seed));
            auto &km = std::get<seg::KMeansOptions>(options);
            km.nInit = strategies[s].nInit;
            km.restartSampleRows = strategies[s].sample;
            const auto start = std::chrono::steady_clock::now();
            const seg::ClusteringResult result = seg::cluster(prepared.x, options);
            const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            runs[s].push_back({ms, result.objective, seg::adjustedRandIndex(truth, result.labels)});
            best = std::min(best, result.objective);
        }
    }
    std::printf("{\"rows\": %zu, \"seeds\": %d, \"strategies\": [\n", rows, seeds);
    for (std::size_t s = 0; s < std::size(strategies); ++s) {
        std::vector<double> ms, ratio, ari;
        for (const Run &r : runs[s]) {
            ms.push_back(r.ms);
            ratio.push_back(r.inertia / best);
            ari.push_back(r.ari);
        }
        std::sort(ms.begin(), ms.end());
        std::printf("  {\"strategy\": \"%s\", \"median_ms\": %.1f, \"worst_inertia_vs_best\": %.5f, "
                    "\"min_ari\": %.4f, \"max_ari\": %.4f}%s\n",
                    strategies[s].name, ms[ms.size() / 2], *std::max_element(ratio.begin(), ratio.end()),
                    *std::min_element(ari.begin(), ari.end()), *std::max_element(ari.begin(), ari.end()),
                    s + 1 < std::size(strategies) ? "," : "");
    }
    std::printf("]}\n");
    return 0;
}
