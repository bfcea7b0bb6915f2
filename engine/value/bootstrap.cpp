#include "engine/value/bootstrap.h"

#include "engine/core/parallel.h"
#include "engine/core/random.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <utility>

namespace seg {

namespace {

double quantile(std::vector<double> &sorted, double level)
{
    if (sorted.empty())
        return std::nan("");
    const double position = level * static_cast<double>(sorted.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(position));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    const double fraction = position - static_cast<double>(below);
    return sorted[below] + fraction * (sorted[above] - sorted[below]);
}

} // namespace

Interval percentileInterval(double estimate, std::vector<double> replicates, double level)
{
    std::erase_if(replicates, [](double r) { return std::isnan(r); });
    std::sort(replicates.begin(), replicates.end());
    return {estimate, quantile(replicates, (1 - level) / 2), quantile(replicates, (1 + level) / 2)};
}

std::vector<SegmentIntervals> bootstrapSegments(const std::vector<double> &values, const std::vector<int> &labels,
                                                int segmentCount, const BootstrapOptions &options)
{
    assert(values.size() == labels.size());
    const auto k = static_cast<std::size_t>(std::max(segmentCount, 0));
    std::vector<std::vector<double>> members(k);
    for (std::size_t i = 0; i < values.size(); ++i)
        if (labels[i] >= 0 && labels[i] < segmentCount && !std::isnan(values[i]))
            members[static_cast<std::size_t>(labels[i])].push_back(values[i]);

    const auto b = static_cast<std::size_t>(std::max(options.resamples, 1));
    std::vector<std::vector<double>> totals(k, std::vector<double>(b, 0.0));
    std::vector<double> estimateTotals(k, 0.0);
    double grandTotal = 0.0;
    // Segments in parallel: each has its own stream and writes only its own totals, so the
    // result does not depend on the thread count.
    parallelFor(
        k,
        [&](std::size_t begin, std::size_t end) {
            for (std::size_t s = begin; s < end; ++s) {
                for (double v : members[s])
                    estimateTotals[s] += v;
                Rng rng = Rng::derived(options.seed, s);
                const std::vector<double> &m = members[s];
                for (std::size_t r = 0; r < b; ++r) {
                    double sum = 0.0;
                    for (std::size_t j = 0; j < m.size(); ++j)
                        sum += m[rng.below(m.size())];
                    totals[s][r] = sum;
                }
            }
        },
        1);
    for (std::size_t s = 0; s < k; ++s)
        grandTotal += estimateTotals[s];
    std::vector<double> replicateGrand(b, 0.0);
    for (std::size_t r = 0; r < b; ++r)
        for (std::size_t s = 0; s < k; ++s)
            replicateGrand[r] += totals[s][r];

    std::vector<SegmentIntervals> out(k);
    for (std::size_t s = 0; s < k; ++s) {
        const std::size_t n = members[s].size();
        out[s].size = n;
        if (n == 0) {
            const double nan = std::nan("");
            out[s].mean = out[s].total = {nan, nan, nan};
            out[s].share = {grandTotal != 0 ? 0.0 : nan, nan, nan};
            continue;
        }
        std::vector<double> means(b), shares(b);
        for (std::size_t r = 0; r < b; ++r) {
            means[r] = totals[s][r] / static_cast<double>(n);
            shares[r] = replicateGrand[r] != 0 ? totals[s][r] / replicateGrand[r] : std::nan("");
        }
        out[s].mean = percentileInterval(estimateTotals[s] / static_cast<double>(n), std::move(means), options.level);
        out[s].total = percentileInterval(estimateTotals[s], std::move(totals[s]), options.level);
        out[s].share = percentileInterval(grandTotal != 0 ? estimateTotals[s] / grandTotal : std::nan(""), std::move(shares), options.level);
    }
    return out;
}

Interval bootstrapMean(const std::vector<double> &values, const BootstrapOptions &options)
{
    return bootstrapSegments(values, std::vector<int>(values.size(), 0), 1, options).front().mean;
}

} // namespace seg
