#include "engine/score/scoring_history.h"

#include "engine/score/score.h"

#include <nlohmann/json.hpp>

namespace seg {

namespace {

ScoringBatchSummary readBatch(const ProjectDocument &document)
{
    const nlohmann::json batch = nlohmann::json::parse(document.data);
    ScoringBatchSummary out;
    out.key = document.key;
    out.scoredAt = batch.at("scored_at").get<std::string>();
    out.run = batch.at("project").at("run").get<std::int64_t>();
    out.rows = batch.at("input").at("rows").get<std::size_t>();
    for (const nlohmann::json &segment : batch.at("segments")) {
        out.shares.push_back(segment.at("share").get<double>());
        out.trainingShares.push_back(segment.at("training_share").get<double>());
    }
    out.anomalyShare = batch.at("anomalies").at("share").get<double>();
    const nlohmann::json &drift = batch.at("drift");
    for (const nlohmann::json &column : drift.at("columns")) {
        const double psi = column.at("psi").get<double>();
        if (out.largestPsiColumn.empty() || psi > out.largestPsi) {
            out.largestPsi = psi;
            out.largestPsiColumn = column.at("column").get<std::string>();
        }
    }
    out.psiThreshold = drift.at("psi_threshold").get<double>();
    out.largestShareChange = drift.at("largest_share_change").get<double>();
    out.judged = drift.at("judged").get<bool>();
    out.retrainRecommended = drift.at("retrain_recommended").get<bool>();
    out.reasons = drift.at("reasons").get<std::vector<std::string>>();
    return out;
}

} // namespace

std::vector<ScoringBatchSummary> scoringHistory(const std::vector<ProjectDocument> &documents, std::int64_t runId,
                                                std::size_t *skipped)
{
    std::vector<ScoringBatchSummary> out;
    std::size_t unread = 0;
    for (const ProjectDocument &document : documents) {
        if (document.kind != kScoringBatchKind)
            continue;
        try {
            if (document.version != 1)
                throw std::runtime_error("a newer version");
            ScoringBatchSummary batch = readBatch(document);
            if (runId == 0 || batch.run == runId)
                out.push_back(std::move(batch));
        } catch (const std::exception &) { // a damaged or newer record: the history goes on without it
            ++unread;
        }
    }
    if (skipped)
        *skipped = unread;
    return out;
}

} // namespace seg
