#pragma once
// A campaign's lift as a project records it (segscope lift, kind kLiftRecordKind): what was
// analysed, how the campaign's customers were joined to the run, and the analysis itself. The
// same JSON is the CLI's --json summary; the explorer's Lift view and the persona report read
// the records back.

#include "engine/eval/campaign_lift.h"
#include "engine/project/project.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace seg {

/// The kind of the project documents that record a campaign's lift.
inline constexpr const char *kLiftRecordKind = "campaign_lift";

struct LiftRecord
{
    std::string key;        ///< the document's key (empty until recorded)
    std::string campaign;   ///< the campaign file as given
    std::string analysedAt; ///< ISO 8601, UTC
    std::string engineVersion;
    std::int64_t run = 0;
    std::string idColumn;
    std::string armColumn;
    std::string conversionColumn; ///< empty: the campaign has no conversion
    std::string revenueColumn;    ///< empty: no revenue
    std::size_t rows = 0;         ///< customers in the campaign file
    std::size_t unknown = 0;      ///< of them, not in the project (left out)
    std::size_t noSegment = 0;    ///< in the project but in no segment of the run (overall only)
    std::size_t unknownRevenue = 0; ///< with an empty revenue cell (left out of revenue)
    CampaignLift lift;
};

/// The record as JSON text (undefined numbers are null).
std::string liftRecordJson(const LiftRecord &record, int indent = 2);
/// The record a document holds, or nullopt when it is not a version-1 lift record or does not
/// read as one (damaged, or written by a newer version).
std::optional<LiftRecord> readLiftRecord(const ProjectDocument &document);
/// The lift records of run `runId` (0: every run), in the order they were recorded; documents
/// of the kind that do not read are counted in `skipped`.
std::vector<LiftRecord> liftRecords(const std::vector<ProjectDocument> &documents, std::int64_t runId,
                                    std::size_t *skipped = nullptr);

} // namespace seg
