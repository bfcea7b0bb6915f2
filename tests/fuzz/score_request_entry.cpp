#include "tests/fuzz/score_request_entry.h"

#include "engine/cluster/clustering.h"
#include "engine/core/strict_json.h"
#include "engine/data/csv_reader.h"
#include "engine/pipeline/pipeline.h"
#include "engine/prep/feature_spec.h"
#include "engine/score/score.h"
#include "engine/score/score_json.h"
#include "tests/fuzz/fuzz_support.h"

#include <array>
#include <cmath>
#include <string>
#include <string_view>
#include <variant>

namespace seg::fuzz {

namespace {

constexpr std::string_view kTarget = "score_request";

// Training customers with a column of every type a run reads: integers, reals, yes/no, a date and
// codes that look numeric (kept as a category).
constexpr std::string_view kTraining = "customer_id,visits,spend,member,joined,region\n"
                                       "c01,1,10.5,yes,2024-01-03,01\n"
                                       "c02,2,12.0,no,2024-02-11,02\n"
                                       "c03,3,9.75,yes,2024-03-20,01\n"
                                       "c04,40,310.0,no,2023-06-01,03\n"
                                       "c05,42,295.5,yes,2023-07-15,03\n"
                                       "c06,38,330.25,yes,2023-05-09,02\n"
                                       "c07,15,80.0,no,2025-01-30,01\n"
                                       "c08,17,95.5,no,2025-02-14,02\n"
                                       "c09,16,,yes,2025-03-01,01\n"
                                       "c10,2,11.0,no,2024-01-28,\n"
                                       "c11,41,305.0,yes,2023-08-21,03\n"
                                       "c12,14,88.0,no,2025-04-02,02\n";

struct Served
{
    ScoringModel model;
    int segments = 0;
    bool density = false;
};

const Served &served(int choice)
{
    static const std::array<Served, 3> runs = [] {
        CsvOptions csv;
        csv.idColumn = "customer_id";
        const Table table = parseCsv(kTraining, "training.csv", csv);
        const FeatureSpec spec = suggestFeatureSpec(table);
        std::array<Served, 3> out;
        const std::array<ClusteringOptions, 3> options {
            defaultClusteringOptions(Algorithm::KMeans, 3, 7),
            defaultClusteringOptions(Algorithm::GaussianMixture, 2, 7),
            DbscanOptions {1.0, 2},
        };
        for (std::size_t i = 0; i < out.size(); ++i) {
            const Segmentation run = fit(table, spec, options[i]);
            out[i].segments = run.clustering.clusterCount;
            out[i].density = std::holds_alternative<DbscanOptions>(options[i]);
            out[i].model = scoringModel(table, run);
        }
        return out;
    }();
    return runs[static_cast<std::size_t>(choice % 3)];
}

} // namespace

void runScoreRequest(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return;
    const Served &run = served(data[0] & 3);
    const std::string idColumn = (data[0] & 4) ? "customer_id" : "";
    const std::string_view body(reinterpret_cast<const char *>(data) + 1, size - 1);

    // As the service reads a body (app/cli/serve_command.cpp): refusals there are 400s.
    nlohmann::json request;
    const nlohmann::json *customers = nullptr;
    if (!acceptedOrRejected([&] {
            request = parseStrictJson(body, {}, "request body");
            customers = &requestCustomers(request);
        }))
        return;
    if (customers->size() > 10000) // the service's --max-batch
        return;

    Table table;
    if (!acceptedOrRejected([&] { table = customersFromJson(run.model, *customers, idColumn); }))
        return;
    if (table.rowCount != customers->size())
        propertyFailed(kTarget, std::to_string(table.rowCount) + " rows for " + std::to_string(customers->size())
                                    + " customers");
    checkTable(table, kTarget);
    ScoredRows scored;
    if (!acceptedOrRejected([&] { scored = scoreRows(run.model, table); }))
        return;
    if (scored.segments.size() != table.rowCount || scored.distances.size() != table.rowCount
        || scored.confidences.size() != table.rowCount || scored.reasons.size() != table.rowCount)
        propertyFailed(kTarget, "not one score per customer");
    for (std::size_t i = 0; i < table.rowCount; ++i) {
        const std::int32_t s = scored.segments[i];
        if (s < -1 || s >= run.segments)
            propertyFailed(kTarget, "segment " + std::to_string(s) + " of " + std::to_string(run.segments));
        if (s >= 0 && !(scored.distances[i] >= 0.0))
            propertyFailed(kTarget, "a scored customer with distance " + std::to_string(scored.distances[i]));
        // Density runs have no model to measure confidence by: undefined (score.h).
        const double confidence = scored.confidences[i];
        if (s >= 0 && !(run.density ? std::isnan(confidence) : confidence >= 0.0 && confidence <= 1.0))
            propertyFailed(kTarget, "confidence " + std::to_string(confidence));
        const Column *ids = idColumn.empty() ? nullptr : &table.columns.front();
        const std::string id = ids && !ids->textMissing[i] ? ids->text[i] : std::to_string(i + 1);
        (void)scoredRowJson(scored, i, id, "segment").dump(-1, ' ', false, nlohmann::json::error_handler_t::strict);
    }
}

} // namespace seg::fuzz
