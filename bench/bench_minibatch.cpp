// Mini-batch k-means on a file larger than memory would allow whole: segscope cluster
// --algorithm minibatch run as a user runs it, its wall time and peak resident memory measured
// from outside; optionally full k-means on the same file and the agreement (ARI) of the two.
//
//   bench_minibatch --rows N [--k 6] [--dir DIR] [--compare-full] [--keep] [--segscope PATH]
//
// The file: N demo customers (engine/demo, docs/demo-data.md) in 16 columns, the id and 15
// behavioural ones, generated in blocks of a million rows so that making it needs little memory.

#include "bench/child_run.h"
#include "engine/core/error.h"
#include "engine/data/csv_reader.h"
#include "engine/demo/demo_data.h"
#include "engine/eval/metrics.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

using seg::bench::ChildRun;
using seg::bench::runChild;

seg::Labels readSegments(const std::string &path)
{
    seg::CsvOptions options;
    options.columnTypes["id"] = seg::ColumnType::Identifier;
    const seg::Table table = seg::readCsv(path, options);
    const seg::Column &segment = table.require("segment");
    seg::Labels labels;
    labels.reserve(table.rowCount);
    for (double v : segment.numbers)
        labels.push_back(static_cast<std::int32_t>(v));
    return labels;
}

} // namespace

int main(int argc, char **argv)
{
    std::size_t rows = 1000000;
    int k = 6;
    std::string dir = std::filesystem::temp_directory_path().string();
    std::string segscope = SEG_CLI_PATH;
    bool compareFull = false, keep = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const auto next = [&] { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
        if (a == "--rows")
            rows = std::stoull(next());
        else if (a == "--k")
            k = std::stoi(next());
        else if (a == "--dir")
            dir = next();
        else if (a == "--segscope")
            segscope = next();
        else if (a == "--compare-full")
            compareFull = true;
        else if (a == "--keep")
            keep = true;
        else {
            std::cerr << "unknown option " << a << "\n";
            return 2;
        }
    }
    const std::string csv = dir + "/bench_minibatch_" + std::to_string(rows) + ".csv";
    const auto generated = std::chrono::steady_clock::now();
    if (!seg::bench::writeDemoCsvInChild(csv, rows))
        return 1;
    const double generateSeconds
        = std::chrono::duration<double>(std::chrono::steady_clock::now() - generated).count();

    const std::string miniOut = dir + "/bench_minibatch_assign.csv";
    const ChildRun mini = runChild({segscope, "cluster", csv, "--algorithm", "minibatch", "--k", std::to_string(k),
                                    "--id-column", "customer_id", "--out", miniOut, "--quiet"});
    nlohmann::json out = {{"rows", rows},
                          {"columns", 16},
                          {"k", k},
                          {"file_mb", static_cast<double>(std::filesystem::file_size(csv)) / 1e6},
                          {"seconds_generate", generateSeconds},
                          {"minibatch", {{"exit", mini.exitCode}, {"seconds", mini.seconds}, {"peak_rss_mb", mini.peakRssMb}}}};
    if (compareFull) {
        const std::string fullOut = dir + "/bench_minibatch_full.csv";
        const ChildRun full = runChild({segscope, "cluster", csv, "--algorithm", "kmeans", "--k", std::to_string(k),
                                        "--id-column", "customer_id", "--out", fullOut, "--quiet"});
        out["kmeans"] = {{"exit", full.exitCode}, {"seconds", full.seconds}, {"peak_rss_mb", full.peakRssMb}};
        if (mini.exitCode == 0 && full.exitCode == 0)
            out["ari_minibatch_vs_kmeans"] = seg::adjustedRandIndex(readSegments(miniOut), readSegments(fullOut));
        std::filesystem::remove(fullOut);
    }
    std::filesystem::remove(miniOut);
    if (!keep)
        std::filesystem::remove(csv);
    std::cout << out.dump(2) << std::endl;
    return mini.exitCode == 0 ? 0 : 1;
}
