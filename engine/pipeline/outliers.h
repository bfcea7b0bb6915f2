#pragma once
// Customers set aside before clustering because they lie far outside the rest on some feature:
// a handful of extreme customers would otherwise become segments of their own and squash the
// map. The rule is robust (median and MAD), so the extremes themselves do not hide it.

#include "engine/core/matrix.h"

#include <cstddef>
#include <vector>

namespace seg {

/// A MAD times this is the standard deviation of normally distributed data: robust z-scores
/// read like ordinary ones.
constexpr double kMadToSigma = 1.4826;

/// Which customers to set aside. Off by default (robustZ = 0): every customer is clustered.
struct OutlierOptions
{
    /// A customer is an outlier when, on any feature, |x - median| > robustZ × kMadToSigma × MAD.
    /// 0 turns the rule off; a usual choice is 5 to 10 (docs/feature-spec.md, "Outliers").
    double robustZ = 0.0;

    bool operator==(const OutlierOptions &) const = default;
};

/// One flag per row of x (n × d, row-major, model space) under `options`: true for an outlier.
/// Robust z-scores do not depend on the scaling or the weight of a feature (both are affine),
/// so model space gives the same flags as the transformed values. Features whose MAD is 0 (more
/// than half the rows share one value, as one-hot levels and mostly-zero amounts do) are not
/// looked at: any other value would be an infinite robust z. All false when the rule is off.
std::vector<bool> robustOutliers(const Matrix &x, const OutlierOptions &options);

/// The median of `values` (the mean of the two middle values for an even count); NaN when empty.
double median(std::vector<double> values);

} // namespace seg
