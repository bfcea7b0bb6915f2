#include "engine/pipeline/outliers.h"

#include "engine/core/parallel.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace seg {

double median(std::vector<double> values)
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const std::size_t half = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(half), values.end());
    const double upper = values[half];
    if (values.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(half));
    return lower + (upper - lower) / 2.0;
}

std::vector<bool> robustOutliers(const Matrix &x, const OutlierOptions &options)
{
    const auto n = static_cast<std::size_t>(x.rows());
    const auto d = static_cast<std::size_t>(x.cols());
    std::vector<bool> out(n, false);
    if (!(options.robustZ > 0.0) || n == 0)
        return out;
    // Per feature, the half-width of the accepted band around the median; NaN skips it.
    std::vector<double> centre(d), limit(d);
    parallelFor(d, [&](std::size_t begin, std::size_t end) {
        std::vector<double> column(n);
        for (std::size_t j = begin; j < end; ++j) {
            for (std::size_t i = 0; i < n; ++i)
                column[i] = x(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j));
            const double m = median(column);
            for (double &v : column)
                v = std::abs(v - m);
            const double mad = median(column);
            centre[j] = m;
            limit[j] = mad > 0.0 ? options.robustZ * kMadToSigma * mad : std::numeric_limits<double>::quiet_NaN();
        }
    }, 1);
    std::vector<char> flags(n, 0);
    parallelFor(n, [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i)
            for (std::size_t j = 0; j < d; ++j)
                if (!std::isnan(limit[j])
                    && std::abs(x(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) - centre[j]) > limit[j]) {
                    flags[i] = 1;
                    break;
                }
    });
    for (std::size_t i = 0; i < n; ++i)
        out[i] = flags[i] != 0;
    return out;
}

} // namespace seg
