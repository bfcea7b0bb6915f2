#pragma once
// Projects for the project-file tests: a sample with every column type and two runs, and a
// comparison of segmentations field by field (bit for bit where the engine promises it).

#include "engine/cluster/clustering.h"
#include "engine/data/column_roles.h"
#include "engine/demo/demo_data.h"
#include "engine/pipeline/pipeline.h"
#include "engine/prep/feature_spec.h"
#include "engine/project/project.h"
#include "engine/score/score.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

namespace seg::test {

/// Same doubles bit for bit (NaN equal to NaN).
inline bool sameBits(const std::vector<double> &a, const std::vector<double> &b)
{
    return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0);
}

inline bool sameColumn(const Column &a, const Column &b)
{
    return a.name == b.name && a.type == b.type && a.role == b.role && a.roleReason == b.roleReason
           && sameBits(a.numbers, b.numbers) && a.codes == b.codes && a.levels == b.levels && a.text == b.text
           && (a.textMissing == b.textMissing
               || (a.type != ColumnType::Identifier && a.textMissing.empty() && b.textMissing.empty()));
}

inline bool sameFeature(const FittedFeature &a, const FittedFeature &b)
{
    return a.name == b.name && a.column == b.column && a.group == b.group && a.oneHot == b.oneHot
           && a.levels == b.levels && a.pooled == b.pooled && a.fromDate == b.fromDate
           && a.referenceDay == b.referenceDay && a.transform == b.transform && a.clipLow == b.clipLow
           && a.clipHigh == b.clipHigh && a.fill == b.fill && a.center == b.center && a.scale == b.scale
           && a.weight == b.weight;
}

/// Every field of two segmentations, with a message naming the first that differs.
inline std::string segmentationDifference(const Segmentation &a, const Segmentation &b)
{
    if (!(a.spec == b.spec))
        return "spec";
    if (!(a.options == b.options))
        return "options";
    if (a.transform.features.size() != b.transform.features.size() || a.transform.imputation != b.transform.imputation)
        return "transform";
    for (std::size_t f = 0; f < a.transform.features.size(); ++f)
        if (!sameFeature(a.transform.features[f], b.transform.features[f]))
            return "transform feature " + a.transform.features[f].name;
    if (a.rows != b.rows)
        return "rows";
    const ClusteringResult &x = a.clustering, &y = b.clustering;
    if (x.algorithm != y.algorithm || x.clusterCount != y.clusterCount || x.labels != y.labels)
        return "labels";
    if (x.scoreKind != y.scoreKind || !sameBits(x.scores, y.scores))
        return "scores";
    if (!sameMatrix(x.centers, y.centers) || !(x.model == y.model))
        return "centres or model";
    if (x.objective != y.objective || x.iterations != y.iterations || x.status != y.status)
        return "objective, iterations or status";
    if (!sameBits(x.memberships, y.memberships)
        || !sameBits(std::vector<double>{x.logLikelihood, x.bic, x.aic}, std::vector<double>{y.logLikelihood, y.bic, y.aic}))
        return "memberships or likelihood";
    if (!(x.dendrogram == y.dendrogram))
        return "dendrogram";
    if (!(a.outliers == b.outliers) || a.outlierCount != b.outlierCount)
        return "outliers";
    if (a.warnings != b.warnings)
        return "warnings";
    return {};
}

/// 300 demo customers plus an e-mail column (personal data), a date column with times and
/// missing cells, and a column of thirds (not a short decimal), with their roles.
inline Table sampleTable(std::size_t rows = 300)
{
    Table table = generateDemoData(rows, 7);
    Column email;
    email.name = "email";
    email.type = ColumnType::Identifier;
    Column signup;
    signup.name = "signup";
    signup.type = ColumnType::Date;
    Column thirds;
    thirds.name = "thirds";
    thirds.type = ColumnType::Real;
    for (std::size_t r = 0; r < rows; ++r) {
        email.text.push_back("person" + std::to_string(r) + "@example.org");
        email.textMissing.push_back(r % 17 == 0 ? 1 : 0);
        if (r % 17 == 0)
            email.text.back().clear();
        signup.numbers.push_back(r % 13 == 0 ? std::nan("") : 19000.0 + static_cast<double>(r) + (r % 3) / 24.0);
        thirds.numbers.push_back(static_cast<double>(r % 10) / 3.0);
    }
    table.columns.push_back(email);
    table.columns.push_back(signup);
    table.columns.push_back(thirds);
    assignColumnRoles(table, {{"customer_id", ColumnRole::Id},
                              {"true_segment", ColumnRole::Label},
                              {"email", ColumnRole::Personal}});
    return table;
}

/// A project of sampleTable() with ids hashed under a fixed salt, two runs (k-means k = 4;
/// k = 3 with outliers set aside), names, view state and a persona document.
inline Project sampleProject(std::size_t rows = 300)
{
    ProjectImportOptions options;
    options.sourcePath = "customers.csv";
    options.idColumn = "customer_id";
    options.hashIds = true;
    options.salt = "00112233445566778899aabbccddeeff";
    Project project = createProject(sampleTable(rows), options);
    const FeatureSpec spec = suggestFeatureSpec(*project.table, {"customer_id", "true_segment"});
    Segmentation first = fit(*project.table, spec, defaultClusteringOptions(Algorithm::KMeans, 4, 42));
    addRun(project, std::move(first), {{"silhouette", 0.25}, {"ari", std::nan("")}}, {3, 1, 0, 2},
           "first try");
    OutlierOptions outliers;
    outliers.robustZ = 6.0;
    FeatureSpec robust = spec;
    robust.scaling = Scaling::Robust;
    Segmentation second = fit(*project.table, robust, defaultClusteringOptions(Algorithm::KMeans, 3, 5), outliers);
    addRun(project, std::move(second), {{"davies_bouldin", 1.5}}, {}, "robust, \"why we chose this\"");
    project.segmentNames = {{0, "Bargain hunters"}, {3, "Loyal – high spend"}, {7, ""}};
    project.viewState = {{"selected_segment", "3"}, {"map_zoom", "1.75"}, {"panels", "map,heatmap,table"}};
    project.documents.push_back({"note", "run-1", 1, "Chose k = 4 after the workshop."});
    project.documents.push_back({"persona", "3", 2, std::string("opaque\0bytes", 12)});
    return project;
}

/// A scoring batch as segscope score records it (the fields the history reads): run `run`,
/// scored at `at`, `rows` customers with these segment shares (each 0.5 in the run), these
/// columns' drift indices, and a recommendation to retrain with one reason when `retrain`.
inline ProjectDocument scoringBatchDocument(std::int64_t run, const std::string &at, std::size_t rows,
                                            const std::vector<double> &shares,
                                            const std::vector<std::pair<std::string, double>> &psi, bool retrain)
{
    nlohmann::json segments = nlohmann::json::array(), columns = nlohmann::json::array();
    for (const double share : shares)
        segments.push_back({{"share", share}, {"training_share", 0.5}});
    for (const auto &[column, value] : psi)
        columns.push_back({{"column", column}, {"psi", value}});
    const nlohmann::json data = {
        {"scored_at", at},
        {"project", {{"run", run}}},
        {"input", {{"rows", rows}}},
        {"segments", segments},
        {"anomalies", {{"share", 0.01}}},
        {"drift",
         {{"columns", columns},
          {"psi_threshold", 0.25},
          {"largest_share_change", 0.1},
          {"judged", rows >= 1000},
          {"retrain_recommended", retrain},
          {"reasons", retrain ? std::vector<std::string> {"column 'spend': drift"} : std::vector<std::string> {}}}}};
    return ProjectDocument {kScoringBatchKind, at, 1, data.dump()};
}

} // namespace seg::test
