#pragma once
// The scoring batches recorded in a project (segscope score, kScoringBatchKind), read back for
// the explorer's history of drift and segment shares.

#include "engine/project/project.h"

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace seg {

/// What one recorded batch says, as far as the history shows it.
struct ScoringBatchSummary
{
    std::string key;      ///< the document's key
    std::string scoredAt; ///< ISO 8601, UTC
    std::int64_t run = 0;
    std::size_t rows = 0;
    std::vector<double> shares;         ///< per segment, of the batch's customers
    std::vector<double> trainingShares; ///< per segment, of the run's customers
    double anomalyShare = 0.0;
    /// The largest population stability index of a column, and its column (NaN and empty when
    /// the batch measured none).
    double largestPsi = std::numeric_limits<double>::quiet_NaN();
    std::string largestPsiColumn;
    double psiThreshold = 0.25;
    double largestShareChange = 0.0;
    bool judged = false;
    bool retrainRecommended = false;
    std::vector<std::string> reasons;
};

/// The batches recorded for run `runId` (0: every run), in the order they were recorded. A
/// document of the kind that does not read as a version-1 batch (damaged, or written by a newer
/// version) is skipped and counted in `skipped`.
std::vector<ScoringBatchSummary> scoringHistory(const std::vector<ProjectDocument> &documents, std::int64_t runId,
                                                std::size_t *skipped = nullptr);

} // namespace seg
