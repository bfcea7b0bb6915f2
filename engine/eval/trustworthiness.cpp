#include "engine/eval/trustworthiness.h"

#include "engine/core/error.h"
#include "engine/core/parallel.h"
#include "engine/core/random.h"
#include "engine/core/sampling.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace seg {

double trustworthiness(const Matrix &high, const Matrix &low, int k, const Progress &progress)
{
    const auto n = static_cast<std::size_t>(high.rows());
    if (static_cast<std::size_t>(low.rows()) != n)
        throw Error(ErrorKind::Usage,
                    fillIn(Text::tr("trustworthiness: the map has %1 rows, the data %2"), low.rows(), n));
    if (k < 1 || 2.0 * k >= static_cast<double>(n))
        throw Error(ErrorKind::Usage,
                    fillIn(Text::tr("trustworthiness: k = %1 needs at least 2k + 1 rows, there are %2"), k, n));
    const auto kk = static_cast<std::size_t>(k);
    // Per row: the penalty sum_{j in U_k(i)} max(0, r(i, j) - k), an integer.
    std::vector<double> penalty(n, 0.0);
    constexpr std::size_t chunk = 256;
    for (std::size_t first = 0; first < n; first += chunk) {
        progress.check();
        const std::size_t last = std::min(n, first + chunk);
        parallelFor(last - first, [&](std::size_t b, std::size_t e) {
            std::vector<std::pair<double, std::size_t>> lowDist(n);
            std::vector<double> highDist(n);
            for (std::size_t i = first + b; i < first + e; ++i) {
                const auto ri = static_cast<Eigen::Index>(i);
                for (std::size_t j = 0; j < n; ++j) {
                    const auto rj = static_cast<Eigen::Index>(j);
                    lowDist[j] = {(low.row(ri) - low.row(rj)).squaredNorm(), j};
                    highDist[j] = (high.row(ri) - high.row(rj)).squaredNorm();
                }
                // The row itself is never its own neighbour (sklearn puts it at infinity).
                lowDist[i].first = std::numeric_limits<double>::infinity();
                std::partial_sort(lowDist.begin(), lowDist.begin() + static_cast<std::ptrdiff_t>(kk), lowDist.end());
                double sum = 0.0;
                for (std::size_t m = 0; m < kk; ++m) {
                    const std::size_t j = lowDist[m].second;
                    const double dj = highDist[j];
                    std::size_t rank = 1;
                    for (std::size_t l = 0; l < n; ++l)
                        if (l != i && (highDist[l] < dj || (highDist[l] == dj && l < j)))
                            ++rank;
                    if (rank > kk)
                        sum += static_cast<double>(rank - kk);
                }
                penalty[i] = sum;
            }
        }, 8);
        progress.report(static_cast<double>(last) / static_cast<double>(n));
    }
    double total = 0.0;
    for (double p : penalty)
        total += p;
    const double nd = static_cast<double>(n), kd = static_cast<double>(k);
    return 1.0 - total * (2.0 / (nd * kd * (2.0 * nd - 3.0 * kd - 1.0)));
}

double embeddingTrustworthiness(const Matrix &x, const Embedding &map, std::size_t sampleSize, int k,
                                std::uint64_t seed, const Progress &progress)
{
    return embeddingTrustworthiness(rowsOf(x), map, sampleSize, k, seed, progress);
}

double embeddingTrustworthiness(const RowSource &x, const Embedding &map, std::size_t sampleSize, int k,
                                std::uint64_t seed, const Progress &progress)
{
    const std::size_t n = x.rows;
    if (map.size() != n)
        throw Error(ErrorKind::Usage,
                    fillIn(Text::tr("trustworthiness: the map has %1 points, the data %2 rows"), map.size(), n));
    Rng rng(seed);
    const std::vector<std::size_t> rows
        = sampleIndices(n, sampleSize == 0 ? n : std::min(sampleSize, n), rng);
    const Matrix high = x.fetch(rows);
    Matrix low(static_cast<Eigen::Index>(rows.size()), 2);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        low(static_cast<Eigen::Index>(r), 0) = map.x[rows[r]];
        low(static_cast<Eigen::Index>(r), 1) = map.y[rows[r]];
    }
    return trustworthiness(high, low, k, progress);
}

} // namespace seg
