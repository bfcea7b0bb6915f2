#pragma once
// The whole analysis a report shows, computed from a customer table in one call, as the
// explorer's worker computes it: the pipeline's segmentation, profiles, the value model fitted
// on the whole table, segment economics with bootstrap intervals, drivers, draft personas,
// quality metrics, a k sweep, a stability check and the segment map.

#include "app/report/report_input.h"

#include "engine/cluster/clustering.h"
#include "engine/core/progress.h"
#include "engine/pipeline/outliers.h"
#include "engine/prep/feature_spec.h"
#include "engine/prep/transactions.h"
#include "engine/value/clv.h"

#include <cstdint>
#include <optional>

namespace seg {

/// Refits with other seeds behind a report's stability figure (segscope report and the explorer's
/// export alike).
constexpr int kReportStabilityRuns = 2;

struct ReportAnalysisOptions
{
    ClusteringOptions clustering = defaultClusteringOptions(Algorithm::KMeans, 6, kDefaultSeed);
    OutlierOptions outliers;
    /// The value model's columns; nullopt: found by name (findValueColumns), none found: no model.
    std::optional<SummaryColumns> valueColumns;
    TimeUnit unit = TimeUnit::Week;
    ClvOptions clv;
    /// The map: UMAP (as the explorer shows it; about 90 s per 100,000 customers on two cores)
    /// or the principal components (a second).
    EmbeddingMethod map = EmbeddingMethod::Pca;
    std::size_t silhouetteSample = 10000;
    /// The k sweep runs over 2..max(sweepMax, k) (at most 30); 0: no sweep.
    int sweepMax = 10;
    /// Refits with seeds seed+1.. seed+N compared to this one by ARI; 0: no stability check.
    int stabilityRuns = kReportStabilityRuns;
};

/// Throws seg::Error for data or options that do not fit (as seg::fit and fitCustomerValue do).
/// The value model's errors do not stop the report: ReportInput::valueNote gives the reason.
/// The table is the report's (ReportInput::table); a large one waits on disk while its matrix is
/// used (seg::prepareSpilling), and the report keeps the fitted transform and rows, not the
/// matrix.
ReportInput analyseForReport(Table table, const FeatureSpec &spec, const ReportAnalysisOptions &options,
                             const std::string &idColumn = {}, const std::string &labelColumn = {},
                             const Progress &progress = {});

/// The same for a segmentation made before (a project's run), without clustering again: its
/// spec prepares `table` again (the same rows), and its options and outliers replace those of
/// `options` for the stability check and the sweep's seed. Throws seg::Error(InvalidData) when
/// the run's rows are not what its spec prepares from the table.
ReportInput analyseRunForReport(std::shared_ptr<const Table> table, std::shared_ptr<const Segmentation> run,
                                ReportAnalysisOptions options, const std::string &idColumn = {},
                                const Progress &progress = {});

} // namespace seg
