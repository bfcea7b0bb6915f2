// The scoring query of segscope export-sql run by SQLite in-process: N demo customers in an
// in-memory table (typed cells, NULL when missing), scored into a run of 20,000 others (k = 6),
// against seg::scoreRows on the same table. Prints JSON: the query's wall time, customers a
// second, and how many customers the two put in different segments.
//
//   bench_scoring_sql [--rows N] [--train N] [--k 6] [--algorithm kmeans|gmm]

#include "engine/demo/demo_data.h"
#include "engine/pipeline/pipeline.h"
#include "engine/prep/feature_spec.h"
#include "engine/score/scoring_sql.h"

#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <stdexcept>
#include <string>

namespace {

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void check(int code, sqlite3 *db)
{
    if (code != SQLITE_OK && code != SQLITE_DONE && code != SQLITE_ROW)
        throw std::runtime_error(sqlite3_errmsg(db));
}

void load(sqlite3 *db, const seg::Table &table)
{
    std::string columns, marks;
    for (const seg::Column &c : table.columns) {
        columns += (columns.empty() ? "\"" : ", \"") + c.name + "\"";
        marks += marks.empty() ? "?" : ", ?";
    }
    check(sqlite3_exec(db, ("CREATE TABLE customers (" + columns + "); BEGIN").c_str(), nullptr, nullptr, nullptr), db);
    sqlite3_stmt *insert = nullptr;
    check(sqlite3_prepare_v2(db, ("INSERT INTO customers VALUES (" + marks + ")").c_str(), -1, &insert, nullptr), db);
    for (std::size_t r = 0; r < table.rowCount; ++r) {
        for (std::size_t j = 0; j < table.columns.size(); ++j) {
            const seg::Column &c = table.columns[j];
            const int at = static_cast<int>(j) + 1;
            if (c.isMissing(r))
                sqlite3_bind_null(insert, at);
            else if (c.isNumeric() && c.type != seg::ColumnType::Date)
                sqlite3_bind_double(insert, at, c.numbers[r]);
            else
                sqlite3_bind_text(insert, at, c.cellText(r).c_str(), -1, SQLITE_TRANSIENT);
        }
        check(sqlite3_step(insert), db);
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db);
}

} // namespace

int main(int argc, char **argv)
{
    std::size_t rows = 1000000, train = 20000;
    int k = 6;
    std::string algorithm = "kmeans";
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const auto next = [&] { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
        if (a == "--rows")
            rows = std::stoull(next());
        else if (a == "--train")
            train = std::stoull(next());
        else if (a == "--k")
            k = std::stoi(next());
        else if (a == "--algorithm")
            algorithm = next();
        else {
            std::cerr << "usage: bench_scoring_sql [--rows N] [--train N] [--k 6] [--algorithm kmeans|gmm]\n";
            return 2;
        }
    }
    const seg::Table training = seg::generateDemoData(train, 4);
    const seg::FeatureSpec spec = seg::suggestFeatureSpec(training, {"customer_id", "true_segment"});
    const seg::Segmentation run
        = seg::fit(training, spec, seg::defaultClusteringOptions(seg::parseAlgorithm(algorithm), k, 3));
    const seg::ScoringModel model = seg::scoringModel(training, run);
    const seg::Table customers = seg::generateDemoData(rows, 9);

    sqlite3 *db = nullptr;
    sqlite3_open(":memory:", &db);
    load(db, customers);
    const std::string sql = seg::scoringSql(model, {seg::SqlDialect::Sqlite, "customers", "customer_id", {}});
    const auto start = std::chrono::steady_clock::now();
    sqlite3_stmt *query = nullptr;
    check(sqlite3_prepare_v2(db, sql.c_str(), -1, &query, nullptr), db);
    std::vector<int> segments;
    segments.reserve(rows);
    int step = 0;
    while ((step = sqlite3_step(query)) == SQLITE_ROW)
        segments.push_back(sqlite3_column_int(query, 1));
    check(step, db);
    sqlite3_finalize(query);
    const double querySeconds = secondsSince(start);
    sqlite3_close(db);

    const auto engineStart = std::chrono::steady_clock::now();
    const seg::ScoredRows scored = seg::scoreRows(model, customers);
    const double engineSeconds = secondsSince(engineStart);
    std::size_t differ = 0;
    for (std::size_t i = 0; i < segments.size(); ++i)
        differ += segments[i] != scored.segments[i] ? 1 : 0;
    std::printf("{\"bench\": \"scoring_sql\", \"dialect\": \"sqlite\", \"sqlite\": \"%s\", \"algorithm\": \"%s\", "
                "\"rows\": %zu, \"features\": %zu, \"k\": %d, \"query_seconds\": %.3f, "
                "\"customers_per_second\": %.0f, \"engine_seconds\": %.3f, \"segments_differ\": %zu, "
                "\"query_rows\": %zu}\n",
                sqlite3_libversion(), algorithm.c_str(), rows, model.transform.dimension(), k, querySeconds,
                static_cast<double>(segments.size()) / querySeconds, engineSeconds, differ, segments.size());
    return segments.size() == rows && differ == 0 ? 0 : 1;
}
