#include "engine/profile/drivers.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>
#include <numeric>

namespace seg {

namespace {

constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

/// Per segment and feature: count, sum and sum of squares (centred on the feature's overall
/// mean for accuracy), then the figures.
Drivers finish(std::vector<std::string> features, std::size_t k, const std::vector<double> &count,
               const std::vector<double> &sum, const std::vector<double> &sumSq)
{
    const std::size_t d = features.size();
    Drivers out;
    out.features = std::move(features);
    out.smd.assign(k, std::vector<double>(d, kNan));
    out.separation.assign(d, 0.0);
    for (std::size_t j = 0; j < d; ++j) {
        double n = 0, s = 0, ss = 0;
        for (std::size_t c = 0; c < k; ++c) {
            n += count[c * d + j];
            s += sum[c * d + j];
            ss += sumSq[c * d + j];
        }
        if (n <= 0)
            continue;
        const double mean = s / n;
        const double total = ss - n * mean * mean;
        double between = 0;
        for (std::size_t c = 0; c < k; ++c) {
            const double nc = count[c * d + j];
            if (nc > 0) {
                const double m = sum[c * d + j] / nc;
                between += nc * (m - mean) * (m - mean);
            }
        }
        out.separation[j] = total > 1e-12 * std::max(1.0, ss) ? std::clamp(between / total, 0.0, 1.0) : 0.0;
        for (std::size_t c = 0; c < k; ++c) {
            const double nc = count[c * d + j], nr = n - nc;
            if (nc <= 0 || nr <= 0)
                continue;
            const double mc = sum[c * d + j] / nc, mr = (s - sum[c * d + j]) / nr;
            const double vc = std::max(0.0, sumSq[c * d + j] / nc - mc * mc);
            const double vr = std::max(0.0, (ss - sumSq[c * d + j]) / nr - mr * mr);
            const double pooled = std::sqrt((vc + vr) / 2);
            out.smd[c][j] = pooled > 0 ? (mc - mr) / pooled : 0.0;
        }
    }
    out.ranking.resize(d);
    std::iota(out.ranking.begin(), out.ranking.end(), std::size_t {0});
    std::stable_sort(out.ranking.begin(), out.ranking.end(),
                     [&](std::size_t a, std::size_t b) { return out.separation[a] > out.separation[b]; });
    return out;
}

} // namespace

Drivers computeDrivers(const Matrix &x, const std::vector<std::string> &features, const Labels &labels, int k)
{
    const auto d = static_cast<std::size_t>(x.cols());
    const std::size_t n = labels.size();
    assert(static_cast<std::size_t>(x.rows()) == n && features.size() == d);
    const auto segments = static_cast<std::size_t>(std::max(k, 0));
    // Centre on the column means first: sums of squares of centred values lose no precision.
    std::vector<double> centre(d, 0.0);
    std::size_t used = 0;
    for (std::size_t i = 0; i < n; ++i)
        if (labels[i] >= 0 && labels[i] < k) {
            ++used;
            for (std::size_t j = 0; j < d; ++j)
                centre[j] += x.data()[i * d + j];
        }
    for (double &c : centre)
        c = used ? c / static_cast<double>(used) : 0.0;
    std::vector<double> count(segments * d, 0.0), sum(segments * d, 0.0), sumSq(segments * d, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        if (labels[i] < 0 || labels[i] >= k)
            continue;
        const std::size_t base = static_cast<std::size_t>(labels[i]) * d;
        const double *row = x.data() + i * d;
        for (std::size_t j = 0; j < d; ++j) {
            const double v = row[j] - centre[j];
            count[base + j] += 1;
            sum[base + j] += v;
            sumSq[base + j] += v * v;
        }
    }
    return finish(features, segments, count, sum, sumSq);
}

Drivers computeDrivers(const std::vector<std::vector<double>> &columns, const std::vector<std::string> &features,
                       const Labels &labels, int k)
{
    const std::size_t d = columns.size();
    assert(features.size() == d);
    const auto segments = static_cast<std::size_t>(std::max(k, 0));
    std::vector<double> count(segments * d, 0.0), sum(segments * d, 0.0), sumSq(segments * d, 0.0);
    for (std::size_t j = 0; j < d; ++j) {
        const std::vector<double> &column = columns[j];
        assert(column.size() == labels.size());
        double centre = 0;
        std::size_t used = 0;
        for (std::size_t i = 0; i < column.size(); ++i)
            if (labels[i] >= 0 && labels[i] < k && !std::isnan(column[i])) {
                centre += column[i];
                ++used;
            }
        centre = used ? centre / static_cast<double>(used) : 0.0;
        for (std::size_t i = 0; i < column.size(); ++i) {
            if (labels[i] < 0 || labels[i] >= k || std::isnan(column[i]))
                continue;
            const std::size_t at = static_cast<std::size_t>(labels[i]) * d + j;
            const double v = column[i] - centre;
            count[at] += 1;
            sum[at] += v;
            sumSq[at] += v * v;
        }
    }
    return finish(features, segments, count, sum, sumSq);
}

} // namespace seg
