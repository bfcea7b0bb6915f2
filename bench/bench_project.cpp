// bench_project: saves and opens a project of demo customers and compares the file with the
// gzip-compressed CSV of the same data plus its assignments. Prints one JSON object.
//
//   bench_project [--rows N] [--runs R] [--dir DIR]
//
// The data: bench/project_data.h (1,000,000 × 20 by default). One k-means run (k = 6, the CLI's
// defaults) is added before saving. Timings are the median of R repetitions.

#include "bench/project_data.h"
#include "engine/cluster/clustering.h"
#include "engine/pipeline/pipeline.h"
#include "engine/prep/feature_spec.h"
#include "engine/project/project.h"

#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// CPU time of the whole process (all threads), which a busy machine changes less than wall time.
double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1e-6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// The CSV a user would keep instead: every column, then segment and distance, as cluster --out writes them.
std::string csvOf(const seg::Table &table, const seg::Segmentation &s)
{
    std::vector<std::string> segment(table.rowCount), distance(table.rowCount);
    for (std::size_t i = 0; i < s.rows.size(); ++i) {
        segment[s.rows[i]] = std::to_string(s.clustering.labels[i]);
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.6g", s.clustering.scores[i]);
        distance[s.rows[i]] = buf;
    }
    std::string csv;
    for (const seg::Column &c : table.columns)
        csv += c.name + ",";
    csv += "segment,distance\n";
    for (std::size_t r = 0; r < table.rowCount; ++r) {
        for (const seg::Column &c : table.columns)
            csv += c.cellText(r) + ",";
        csv += segment[r] + "," + distance[r] + "\n";
    }
    return csv;
}

std::size_t gzipSize(const std::string &text)
{
    // gzip -6: deflate level 6 with a gzip wrapper (windowBits 15 + 16).
    z_stream z {};
    deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    std::string out(deflateBound(&z, text.size()), '\0');
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(text.data()));
    z.avail_in = static_cast<uInt>(text.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    deflate(&z, Z_FINISH);
    const std::size_t size = z.total_out;
    deflateEnd(&z);
    return size;
}

} // namespace

int main(int argc, char **argv)
{
    std::size_t rows = 1'000'000;
    int runs = 3;
    std::string dir = "/tmp";
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string arg = argv[i];
        if (arg == "--rows")
            rows = std::strtoull(argv[i + 1], nullptr, 10);
        else if (arg == "--runs")
            runs = std::max(1, std::atoi(argv[i + 1]));
        else if (arg == "--dir")
            dir = argv[i + 1];
        else {
            std::fprintf(stderr, "usage: bench_project [--rows N] [--runs R] [--dir DIR]\n");
            return 2;
        }
    }
    const std::string path = dir + "/bench_project_" + std::to_string(getpid()) + ".segscope";

    auto t = Clock::now();
    const seg::Table table = seg::bench::projectBenchTable(rows);
    const double generateSeconds = seconds(t);

    seg::ProjectImportOptions import;
    import.sourcePath = "bench.csv";
    import.idColumn = "customer_id";
    t = Clock::now();
    seg::Project project = seg::createProject(table, import);
    const double importSeconds = seconds(t);
    const seg::FeatureSpec spec = seg::suggestFeatureSpec(*project.table, {"customer_id", "true_segment"});
    seg::addRun(project, seg::fit(*project.table, spec, seg::defaultClusteringOptions(seg::Algorithm::KMeans, 6, 42)));

    std::vector<double> save, saveWithEncoding, open, saveCpu, saveWithEncodingCpu, openCpu;
    for (int r = 0; r < runs; ++r) {
        t = Clock::now();
        double cpu = cpuSeconds();
        seg::saveProject(project, path);
        save.push_back(seconds(t));
        saveCpu.push_back(cpuSeconds() - cpu);
        project.encodedColumns.reset(); // a first save after import: the columns are encoded too
        t = Clock::now();
        cpu = cpuSeconds();
        seg::saveProject(project, path);
        saveWithEncoding.push_back(seconds(t));
        saveWithEncodingCpu.push_back(cpuSeconds() - cpu);
        t = Clock::now();
        cpu = cpuSeconds();
        const seg::Project reopened = seg::openProject(path);
        open.push_back(seconds(t));
        openCpu.push_back(cpuSeconds() - cpu);
        if (reopened.runs.size() != 1 || reopened.runs[0].segmentation.clustering.labels != project.runs[0].segmentation.clustering.labels) {
            std::fprintf(stderr, "bench_project: the reopened project differs\n");
            return 1;
        }
    }
    struct stat st {};
    stat(path.c_str(), &st);
    const std::size_t fileBytes = static_cast<std::size_t>(st.st_size);
    unlink(path.c_str());

    const std::string csv = csvOf(table, project.runs[0].segmentation);
    const std::size_t gzBytes = gzipSize(csv);
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);

    std::printf("{\"rows\": %zu, \"columns\": %zu, \"runs\": %d, \"threads\": %s,\n"
                " \"seconds_generate\": %.3f, \"seconds_import\": %.3f,\n"
                " \"seconds_save\": %.3f, \"seconds_save_with_encoding\": %.3f, \"seconds_open\": %.3f,\n"
                " \"cpu_seconds_save\": %.3f, \"cpu_seconds_save_with_encoding\": %.3f, \"cpu_seconds_open\": %.3f,\n"
                " \"file_bytes\": %zu, \"csv_bytes\": %zu, \"csv_gzip_bytes\": %zu, \"file_to_gzip\": %.3f,\n"
                " \"peak_rss_mb\": %.0f}\n",
                rows, table.columns.size(), runs, std::getenv("OMP_NUM_THREADS") ? std::getenv("OMP_NUM_THREADS") : "\"all\"",
                generateSeconds, importSeconds, median(save), median(saveWithEncoding), median(open), median(saveCpu),
                median(saveWithEncodingCpu), median(openCpu), fileBytes,
                csv.size(), gzBytes, static_cast<double>(fileBytes) / static_cast<double>(gzBytes),
                static_cast<double>(usage.ru_maxrss) / 1024.0);
    return 0;
}
