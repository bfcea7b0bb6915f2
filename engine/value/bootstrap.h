#pragma once
// Bootstrap percentile intervals of per-segment means, totals and shares of a per-customer value
// (CLV, spend, P(alive) ...): customers are resampled with replacement within their segment, as
// many as the segment has, so the segment sizes are fixed and only who is in them varies.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace seg {

/// An estimate with its interval; NaN for an empty segment.
struct Interval
{
    double estimate = 0.0;
    double low = 0.0;
    double high = 0.0;
};

struct SegmentIntervals
{
    std::size_t size = 0;
    Interval mean;  ///< mean value per customer of the segment
    Interval total; ///< summed value of the segment (size x mean)
    Interval share; ///< the segment's total over the total of every segment
};

struct BootstrapOptions
{
    int resamples = 1000;
    double level = 0.95;
    /// Segment s draws from seg::Rng::derived(seed, s): the result is the same on every run and
    /// platform, and a segment's interval does not change when another segment's customers do.
    std::uint64_t seed = 42;
};

/// Intervals per segment 0..segmentCount-1 of `values` (one per customer) grouped by `labels`
/// (the same length; labels outside [0, segmentCount), such as -1 for outliers, are left out of
/// every segment and of the shares; NaN values are left out as well). Percentile method: the
/// (1 - level)/2 and (1 + level)/2 quantiles of the resampled statistics, linearly interpolated.
std::vector<SegmentIntervals> bootstrapSegments(const std::vector<double> &values, const std::vector<int> &labels,
                                                int segmentCount, const BootstrapOptions &options = {});

/// The percentile interval of `replicates` around `estimate`: their (1 - level)/2 and
/// (1 + level)/2 quantiles, linearly interpolated; NaN replicates are left out (NaN bounds when
/// none is left).
Interval percentileInterval(double estimate, std::vector<double> replicates, double level);

/// The interval of the mean of `values` (one segment).
Interval bootstrapMean(const std::vector<double> &values, const BootstrapOptions &options = {});

} // namespace seg
