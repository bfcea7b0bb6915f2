#pragma once
// The one default spec for a chosen set of columns, so that the explorer (whose import dialog
// lets the user choose columns and groups) and `segscope cluster` prepare a table the same way.

#include "engine/data/table.h"
#include "engine/prep/feature_spec.h"

#include <string>
#include <vector>

namespace seg {

/// `chosen` with the transforms suggestFeatureSpec(table) gives its columns (log1p for skewed
/// non-negative amounts, see suggestFeatureSpec); columns the suggestion lacks keep theirs.
FeatureSpec withSuggestedTransforms(const Table &table, FeatureSpec chosen);

/// The spec for the columns and groups of `chosen` with the suggested defaults: exactly
/// suggestFeatureSpec(table, exclude) (its order of groups and columns, its transforms) when
/// `chosen` holds the same columns in the same groups, so the explorer and `segscope cluster`
/// segment alike; otherwise withSuggestedTransforms(table, chosen).
FeatureSpec resolveDefaultSpec(const Table &table, const FeatureSpec &chosen, const std::vector<std::string> &exclude);

/// "Fresh: log1p, Milk: log1p, Region: none": each enabled column's transform, in spec order.
std::string transformSummary(const FeatureSpec &spec);

} // namespace seg
