#include "tests/fuzz/pipeline_entry.h"

#include "engine/cluster/clustering.h"
#include "engine/data/csv_reader.h"
#include "engine/eval/quality.h"
#include "engine/pipeline/pipeline.h"
#include "engine/score/score.h"
#include "engine/prep/feature_spec.h"
#include "engine/profile/segment_profile.h"
#include "tests/fuzz/fuzz_support.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <variant>

namespace seg::fuzz {

namespace {

constexpr std::string_view kTarget = "pipeline";

void checkLabels(const Labels &labels, std::size_t expected, int k, const std::string &what)
{
    if (labels.size() != expected)
        propertyFailed(kTarget, what + ": " + std::to_string(labels.size()) + " labels for "
                                    + std::to_string(expected) + " rows");
    for (const std::int32_t label : labels)
        if (label < 0 || label >= k)
            propertyFailed(kTarget, what + ": label " + std::to_string(label) + " with k = " + std::to_string(k));
}

} // namespace

void runPipeline(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return;
    // Bits of the first byte: 0-1 k (2, 3, 4, 4), 2-3 scaling, 4-5 imputation, 6-7 transform of
    // the numeric columns (as suggested, none, log1p, winsorize).
    const std::uint8_t b = data[0];
    const std::string_view text(reinterpret_cast<const char *>(data) + 1, size - 1);
    CsvOptions csv;
    csv.maxRows = 200;
    Table table;
    if (!acceptedOrRejected([&] { table = parseCsv(text, "fuzz.csv", csv); }))
        return;

    FeatureSpec spec = suggestFeatureSpec(table);
    constexpr Scaling kScalings[] = {Scaling::ZScore, Scaling::Robust, Scaling::MinMax, Scaling::None};
    constexpr Imputation kImputations[] = {Imputation::Median, Imputation::Mean, Imputation::Mode, Imputation::Drop};
    spec.scaling = kScalings[(b >> 2) & 3];
    spec.imputation = kImputations[(b >> 4) & 3];
    const int transform = (b >> 6) & 3;
    if (transform != 0)
        for (FeatureGroup &group : spec.groups)
            for (FeatureColumn &column : group.columns) {
                const Column *c = table.find(column.column);
                if (c && c->isNumeric())
                    column.transform = transform == 1 ? Transform::None
                                       : transform == 2 ? Transform::Log1p
                                                        : Transform::Winsorize;
            }

    const int k = 2 + std::min(b & 3, 2);
    ClusteringOptions options = defaultClusteringOptions(Algorithm::KMeans, k, b);
    std::get<KMeansOptions>(options).nInit = 2; // restarts add time, not paths
    Segmentation segmentation;
    PreparedData prepared;
    if (!acceptedOrRejected([&] {
            prepared = prepare(table, spec);
            segmentation = fitPrepared(prepared, spec, options);
        }))
        return;

    const ClusteringResult &result = segmentation.clustering;
    if (result.clusterCount != k)
        propertyFailed(kTarget, std::to_string(result.clusterCount) + " clusters for k = " + std::to_string(k));
    checkLabels(result.labels, segmentation.rows.size(), k, "fit");
    if (segmentation.rows != prepared.rows)
        propertyFailed(kTarget, "the fitted rows are not the prepared rows");
    for (std::size_t i = 0; i < segmentation.rows.size(); ++i)
        if (segmentation.rows[i] >= table.rowCount || (i > 0 && segmentation.rows[i] <= segmentation.rows[i - 1]))
            propertyFailed(kTarget, "fitted rows are not ascending table rows");

    ScoredRows scored;
    if (acceptedOrRejected([&] { scored = scoreRows(scoringModel(table, segmentation), table); }))
        checkLabels(scored.segments, table.rowCount, k, "score");
    (void)acceptedOrRejected([&] {
        (void)profileSegments(table, prepared, result.labels, k, moneyColumns(table));
    });
    (void)acceptedOrRejected([&] { (void)assessQuality(prepared.x, result.labels, 0, 1); });
}

} // namespace seg::fuzz
