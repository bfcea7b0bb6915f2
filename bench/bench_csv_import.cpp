// bench_csv_import: reads a CSV file with seg::readCsv several times and prints one JSON object
// with the timings and the peak memory; or writes a synthetic numeric CSV to read. See
// docs/data-import.md for the figures and bench/compare.sh for the comparison with pandas.
//
//   bench_csv_import FILE [--runs N]
//   bench_csv_import --generate FILE --rows N --cols C [--seed S]

#include "engine/core/error.h"
#include "engine/data/csv_reader.h"
#include "engine/data/csv_writer.h"

#include "engine/core/random.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <vector>

#include <sys/resource.h>
#include <sys/stat.h>

namespace {

[[noreturn]] void usage(const std::string &message)
{
    std::fprintf(stderr,
                 "bench_csv_import: %s\nusage: bench_csv_import FILE [--runs N]\n"
                 "       bench_csv_import --generate FILE --rows N --cols C [--seed S]\n",
                 message.c_str());
    std::exit(2);
}

std::string jsonString(const std::string &s)
{
    std::string out = "\"";
    for (const char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

// id column "C0000001", ... then C-1 numeric columns cycling through three kinds, like the
// behavioural columns of the demo data: counts (integers), amounts (2 decimals, log-normal)
// and shares (4 decimals in [0, 1)).
void generate(const std::string &path, long long rows, int cols, std::uint64_t seed)
{
    seg::Rng rng(seed);
    seg::AtomicFile file(path);
    std::string buffer = "customer_id";
    for (int c = 1; c < cols; ++c) {
        const char *kind = c % 3 == 1 ? "count" : (c % 3 == 2 ? "amount" : "share");
        buffer += ',';
        buffer += kind;
        buffer += '_';
        buffer += std::to_string(c);
    }
    buffer += '\n';
    char cell[64];
    for (long long r = 0; r < rows; ++r) {
        std::snprintf(cell, sizeof cell, "C%07lld", r + 1);
        buffer += cell;
        for (int c = 1; c < cols; ++c) {
            if (c % 3 == 1)
                std::snprintf(cell, sizeof cell, ",%llu", static_cast<unsigned long long>(rng.below(100000)));
            else if (c % 3 == 2)
                std::snprintf(cell, sizeof cell, ",%.2f", std::exp(3.0 + 1.5 * rng.normal()));
            else
                std::snprintf(cell, sizeof cell, ",%.4f", rng.uniform());
            buffer += cell;
        }
        buffer += '\n';
        if (buffer.size() > (1U << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
    file.commit();
}

} // namespace

int main(int argc, char **argv)
{
    try {
        std::string file;
        std::string generateTo;
        long long rows = 0;
        int cols = 0;
        unsigned long long seed = 1;
        int runs = 3;
        for (int i = 1; i < argc; ++i) {
            const std::string arg = argv[i];
            const bool hasValue = i + 1 < argc;
            if (arg == "--runs" && hasValue)
                runs = std::atoi(argv[++i]);
            else if (arg == "--generate" && hasValue)
                generateTo = argv[++i];
            else if (arg == "--rows" && hasValue)
                rows = std::atoll(argv[++i]);
            else if (arg == "--cols" && hasValue)
                cols = std::atoi(argv[++i]);
            else if (arg == "--seed" && hasValue)
                seed = std::strtoull(argv[++i], nullptr, 10);
            else if (arg.rfind("--", 0) == 0)
                usage("unknown or incomplete option " + arg);
            else if (file.empty())
                file = arg;
            else
                usage("more than one file given");
        }

        if (!generateTo.empty()) {
            if (rows <= 0 || cols < 1)
                usage("--generate needs --rows N (> 0) and --cols C (>= 1)");
            generate(generateTo, rows, cols, seed);
            return 0;
        }
        if (file.empty())
            usage("no file given");
        if (runs < 1)
            usage("--runs must be at least 1");

        std::vector<double> seconds;
        std::size_t tableRows = 0;
        std::size_t tableColumns = 0;
        for (int run = 0; run < runs; ++run) {
            const auto start = std::chrono::steady_clock::now();
            const seg::Table table = seg::readCsv(file);
            seconds.push_back(
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
            tableRows = table.rowCount;
            tableColumns = table.columns.size();
        }
        std::sort(seconds.begin(), seconds.end());
        const double best = seconds.front();
        const double median = seconds.size() % 2 == 1
            ? seconds[seconds.size() / 2]
            : 0.5 * (seconds[seconds.size() / 2 - 1] + seconds[seconds.size() / 2]);
        struct stat st
        {
        };
        const long long bytes = ::stat(file.c_str(), &st) == 0 ? static_cast<long long>(st.st_size) : -1;
        std::printf("{\"benchmark\":\"csv_import\",\"file\":%s,\"rows\":%zu,\"columns\":%zu,\"bytes\":%lld,"
                    "\"seconds_best\":%.6f,\"seconds_median\":%.6f,\"rows_per_second\":%.1f,"
                    "\"peak_rss_mb\":%.1f}\n",
                    jsonString(file).c_str(), tableRows, tableColumns, bytes, best, median,
                    best > 0 ? static_cast<double>(tableRows) / best : 0.0, peakRssMb());
        return 0;
    } catch (const seg::Error &e) {
        std::fprintf(stderr, "bench_csv_import: %s\n", e.what());
        return e.kind() == seg::ErrorKind::Io ? 4 : 3;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_csv_import: %s\n", e.what());
        return 1;
    }
}
