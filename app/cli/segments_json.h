#pragma once
// The summary's segments as `segscope cluster` writes them, whether the customers were in memory
// or read in chunks: one shape from one Profiles value.

#include "engine/core/matrix.h"
#include "engine/prep/prepare.h"
#include "engine/profile/segment_profile.h"

#include <nlohmann/json.hpp>

namespace seg::cli {

/// One segment's (or the set-aside customers') "means" (per feature, original units) and
/// "money" (per money column: mean, total, share_of_total).
nlohmann::json profileMeansJson(const Profiles &profiles, const SegmentProfile &segment);
nlohmann::json profileMoneyJson(const Profiles &profiles, const SegmentProfile &segment);

/// Segment `segment` of the summary's "segments": segment, size, share, small (with small_reason),
/// means, money, traits (the top traits: feature, z, segment_mean, population_mean) and centroid
/// (`center`, the model's centre in model space, mapped back through `transform`).
nlohmann::json segmentJson(const Profiles &profiles, int segment, const FittedTransform &transform,
                           const RowVector &center);

/// The summary's "money_totals": per money column, its total over every profiled customer.
nlohmann::json moneyTotalsJson(const Profiles &profiles);

} // namespace seg::cli
