#pragma once
// What the segment map says about the customer under the mouse.

#include <QString>

namespace seg {

struct AnalysisResult;
struct SegmentAppearance;

/// Rich text naming the customer at prepared row `row` of `result` (its id, or "row N" of the
/// file without an id column), its segment as `look` names it (with the probability of belonging
/// to it under a Gaussian mixture), then up to five values: the
/// money columns, the columns that set its segment apart, then the first features. Empty for a row
/// outside the result.
QString customerTooltip(const AnalysisResult &result, const SegmentAppearance &look, int row);

} // namespace seg
