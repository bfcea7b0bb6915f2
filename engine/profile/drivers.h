#pragma once
// What drives the segments: for each segment, how far each feature's mean sits from the rest of
// the customers' (the standardised mean difference, with its sign), and for each feature how
// much of its variance lies between the segments (eta squared), which ranks the features by how
// well they separate the segments.

#include "engine/core/matrix.h"
#include "engine/core/matrix.h"

#include <cstddef>
#include <string>
#include <vector>

namespace seg {

struct Drivers
{
    std::vector<std::string> features;
    /// smd[s][j]: (mean of segment s - mean of the other customers) / sqrt((var_s + var_rest) / 2)
    /// on feature j (Cohen's d with the two groups' variances averaged, ddof = 0); 0 when both
    /// variances are 0, NaN for an empty segment or when every customer is in it.
    std::vector<std::vector<double>> smd;
    /// separation[j]: between-segment sum of squares / total sum of squares of feature j (eta
    /// squared, 0..1) over the customers in a segment; 0 for a constant feature.
    std::vector<double> separation;
    /// Feature indices by separation, largest first (ties by index).
    std::vector<std::size_t> ranking;
};

/// Drivers of segments 0..k-1 over `x` (n x d row-major, one row per entry of `labels`; label -1
/// rows are in no segment and left out of every figure). The statistics do not depend on a
/// feature's scale or offset, so `x` may be the prepared (as clustered) matrix.
Drivers computeDrivers(const Matrix &x, const std::vector<std::string> &features, const Labels &labels, int k);

/// The same over columns given one by one (columns[j][i]: feature j of row i; NaN cells are
/// left out of that feature's figures).
Drivers computeDrivers(const std::vector<std::vector<double>> &columns, const std::vector<std::string> &features,
                       const Labels &labels, int k);

} // namespace seg
