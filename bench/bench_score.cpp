// Scoring throughput: segscope score run as a user runs it on N new demo customers, with a
// project of 20,000 others clustered by k-means (k = 6), its wall time and peak resident memory
// measured from outside. The target: at least 1,000,000 customers a minute on two cores,
// parsing included.
//
//   bench_score [--rows N] [--train N] [--k 6] [--format csv|jsonl] [--dir DIR] [--keep] [--segscope PATH]

#include "bench/child_run.h"
#include "engine/core/error.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <iostream>
#include <string>


int main(int argc, char **argv)
{
    std::size_t rows = 2000000, train = 20000;
    int k = 6;
    std::string format = "csv";
    std::string dir = std::filesystem::temp_directory_path().string();
    std::string segscope = SEG_CLI_PATH;
    bool keep = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const auto next = [&] { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
        if (a == "--rows")
            rows = std::stoull(next());
        else if (a == "--train")
            train = std::stoull(next());
        else if (a == "--k")
            k = std::stoi(next());
        else if (a == "--format")
            format = next();
        else if (a == "--dir")
            dir = next();
        else if (a == "--segscope")
            segscope = next();
        else if (a == "--keep")
            keep = true;
        else {
            std::cerr << "unknown option " << a << "\n";
            return 2;
        }
    }
    const std::string trainCsv = dir + "/bench_score_train_" + std::to_string(train) + ".csv";
    const std::string newCsv = dir + "/bench_score_new_" + std::to_string(rows) + ".csv";
    const std::string project = dir + "/bench_score.segscope";
    // Other seeds than the new customers': the project has not seen them.
    if (!seg::bench::writeDemoCsvInChild(trainCsv, train, 500) || !seg::bench::writeDemoCsvInChild(newCsv, rows, 1000))
        return 1;
    const seg::bench::ChildRun created = seg::bench::runChild(
        {segscope, "project", "create", trainCsv, "--out", project, "--id-column", "customer_id", "--k",
         std::to_string(k), "--quiet"});
    if (created.exitCode != 0)
        return 1;
    const std::string scores = dir + "/bench_score_out." + (format == "jsonl" ? "jsonl" : "csv");
    const seg::bench::ChildRun scored
        = seg::bench::runChild({segscope, "score", project, newCsv, "--out", scores, "--format", format, "--quiet"});
    const nlohmann::json out = {{"rows", rows},
                                {"train_rows", train},
                                {"k", k},
                                {"format", format},
                                {"file_mb", static_cast<double>(std::filesystem::file_size(newCsv)) / 1e6},
                                {"exit", scored.exitCode},
                                {"seconds", scored.seconds},
                                {"customers_per_minute", static_cast<double>(rows) / scored.seconds * 60.0},
                                {"peak_rss_mb", scored.peakRssMb}};
    std::filesystem::remove(scores);
    std::filesystem::remove(project);
    if (!keep) {
        std::filesystem::remove(trainCsv);
        std::filesystem::remove(newCsv);
    }
    std::cout << out.dump(2) << std::endl;
    return scored.exitCode == 0 ? 0 : 1;
}
