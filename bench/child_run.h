#pragma once
// What the benchmarks that run segscope as a user does share: a demo customer file of any size
// written in blocks (little memory), and a child process run to its end with its own wall time
// and peak resident memory (wait4), so that the benchmark's memory never counts.

#include "engine/core/error.h"
#include "engine/data/table.h"
#include "engine/demo/demo_data.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace seg::bench {

inline const char *const kDemoCsvColumns[] = {
    "sessions", "page_views", "minutes_on_site", "email_open_rate", "orders", "revenue", "avg_order_value",
    "discount_share", "return_rate", "days_since_last_order", "tenure_days", "loyalty_member", "web_share",
    "app_share", "store_share"};

/// `rows` demo customers as a CSV of 16 columns (customer_id, then kDemoCsvColumns), generated in
/// blocks of a million from seeds seedBase, seedBase + 1, ... Throws seg::Error(Io).
inline void writeDemoCsv(const std::string &path, std::size_t rows, std::uint64_t seedBase = 1000)
{
    std::ofstream out(path, std::ios::binary);
    out << "customer_id";
    for (const char *c : kDemoCsvColumns)
        out << ',' << c;
    out << '\n';
    constexpr std::size_t kBlock = 1000000;
    char buf[64];
    for (std::size_t first = 0; first < rows; first += kBlock) {
        const std::size_t n = std::min(kBlock, rows - first);
        const Table block = generateDemoData(n, seedBase + first / kBlock);
        std::vector<const Column *> columns;
        for (const char *c : kDemoCsvColumns)
            columns.push_back(&block.require(c));
        std::string text;
        for (std::size_t i = 0; i < n; ++i) {
            text += std::to_string(first + i + 1);
            for (const Column *c : columns) {
                std::snprintf(buf, sizeof buf, ",%.6g", c->numbers[i]);
                text += buf;
            }
            text += '\n';
        }
        out << text;
    }
    if (!out)
        throw Error(ErrorKind::Io, "cannot write " + path);
}

/// writeDemoCsv() in a child process, so that the generator's memory never counts in this one
/// (children spawned from it report at least its size). Keeps an existing file. False on failure.
inline bool writeDemoCsvInChild(const std::string &path, std::size_t rows, std::uint64_t seedBase = 1000)
{
    if (std::filesystem::exists(path))
        return true;
    const pid_t child = fork();
    if (child == 0) {
        try {
            writeDemoCsv(path, rows, seedBase);
        } catch (const Error &e) {
            std::fprintf(stderr, "%s\n", e.what());
            _exit(1);
        }
        _exit(0);
    }
    int status = 0;
    waitpid(child, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

struct ChildRun
{
    int exitCode = -1;
    double seconds = 0.0;
    double peakRssMb = 0.0;
};

/// Runs argv to its end; its own peak resident size from wait4().
inline ChildRun runChild(const std::vector<std::string> &argv)
{
    std::vector<char *> args;
    for (const std::string &a : argv)
        args.push_back(const_cast<char *>(a.c_str()));
    args.push_back(nullptr);
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    if (posix_spawn(&pid, args[0], nullptr, nullptr, args.data(), environ) != 0)
        throw Error(ErrorKind::Io, "cannot start " + argv[0]);
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    ChildRun run;
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.peakRssMb = static_cast<double>(usage.ru_maxrss) * 1024.0 / 1e6; // KiB on Linux
    return run;
}

} // namespace seg::bench
