#pragma once
// How each segment is composed by a sensitive attribute (gender, age, ...), against every
// customer: a check that the segments do not single out a protected group. A level is
// over- or under-represented in a segment when its share there is outside 0.8 to 1.25 times its
// share among all customers (the four-fifths rule of the US Uniform Guidelines on Employee
// Selection Procedures, 29 CFR 1607.4(D), used here as a screen, not a verdict).

#include "engine/core/matrix.h"
#include "engine/data/table.h"

#include <cstddef>
#include <string>
#include <vector>

namespace seg {

struct CompositionLevel
{
    std::string level;                ///< a category, or a band of a numeric column ("30–44")
    double overallShare = 0.0;        ///< among every segmented customer with a value
    std::vector<double> segmentShares; ///< per segment; NaN when the segment is suppressed or empty
};

/// A level over- or under-represented in a segment.
struct Disparity
{
    int segment = 0;
    std::string level;
    double share = 0.0;   ///< its share of the segment
    double overall = 0.0; ///< its share among all customers
    double ratio() const { return share / overall; }
};

/// "segment 2 holds 'female' at 1.62 times its share among all customers (41.0% against 25.3%)".
std::string disparityText(const Disparity &d);

struct AttributeComposition
{
    std::string column;
    std::string reason; ///< sensitiveReason(): the attribute ("age") or "marked sensitive"
    std::vector<CompositionLevel> levels;
    /// Segments shown, by segment: false when smaller than the minimum size (suppressed).
    std::vector<bool> shown;
    /// Levels over- or under-represented in a shown segment, the strongest first (|log ratio|;
    /// at most 6).
    std::vector<Disparity> disparities;
};

struct CompositionOptions
{
    std::size_t minSegmentSize = 10; ///< smaller segments are not shown (k-anonymity)
    double low = 0.8;                ///< below this ratio a level is under-represented
    double high = 1.25;              ///< above it, over-represented
    double minLevelShare = 0.05;     ///< rarer levels are shown but not judged (their ratios are noise)
    int numericBands = 4;            ///< numeric columns: bands at the overall quantiles
};

/// The composition of segments 0..k-1 (`labels`, one per entry of `rows`, table rows; -1: in no
/// segment) by each sensitive column of `table` (sensitiveColumns()). Categorical and yes/no
/// columns by level (the 8 most common, the rest as "other"); numeric and date columns by bands
/// between their overall quantiles. Missing cells are left out.
std::vector<AttributeComposition> sensitiveComposition(const Table &table, const std::vector<std::size_t> &rows,
                                                       const Labels &labels, int k,
                                                       const CompositionOptions &options = {});

} // namespace seg
