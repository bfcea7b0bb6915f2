#pragma once
// Deterministic wide customer data for the wide-table benchmarks: n rows, d numeric columns,
// shaped the way segment data is (a few strong directions over noise), or pure noise.
//
// Segment data: each row belongs to one of 5 segments (row i to segment i mod 5) and has two
// latent factors f1, f2 ~ N(0, 1); column j holds
//     offset_j + centre_{s,j} + a_j f1 + b_j f2 + e,   e ~ N(0, 1),
// with centre_{s,j} ~ N(0, 0.4²), a_j ~ N(0, 0.8²), b_j ~ N(0, 0.5²), offset_j ~ U(0, 100).
// The covariance then has six leading eigenvalues of order d·0.1 to d·0.6 above a noise floor
// of about (1 + sqrt(d / n))², the spectrum of real segment data. Noise: only e.
// Rows are generated in fixed blocks, each with its own random stream, so the data depend on
// the seed only, not on the thread count.

#include "engine/core/matrix.h"
#include "engine/core/parallel.h"
#include "engine/core/random.h"

#include <cstdint>

namespace seg::bench {

inline Matrix wideData(Eigen::Index rows, Eigen::Index dims, std::uint64_t seed, bool noiseOnly)
{
    constexpr int kSegments = 5;
    Rng columnRng = Rng::derived(seed, 0);
    Matrix centres(kSegments, dims);
    Vector a(dims), b(dims), offset(dims);
    for (Eigen::Index j = 0; j < dims; ++j) {
        for (int s = 0; s < kSegments; ++s)
            centres(s, j) = noiseOnly ? 0.0 : 0.4 * columnRng.normal();
        a[j] = noiseOnly ? 0.0 : 0.8 * columnRng.normal();
        b[j] = noiseOnly ? 0.0 : 0.5 * columnRng.normal();
        offset[j] = noiseOnly ? 0.0 : 100.0 * columnRng.uniform();
    }
    Matrix x(rows, dims);
    constexpr std::size_t kBlock = 16;
    const auto blocks = static_cast<std::size_t>((rows + kBlock - 1) / kBlock);
    parallelFor(
        blocks,
        [&](std::size_t begin, std::size_t end) {
            for (std::size_t blk = begin; blk < end; ++blk) {
                Rng rng = Rng::derived(seed, 1 + blk);
                const auto first = static_cast<Eigen::Index>(blk * kBlock);
                const Eigen::Index last
                    = std::min<Eigen::Index>(rows, first + static_cast<Eigen::Index>(kBlock));
                for (Eigen::Index i = first; i < last; ++i) {
                    const auto s = static_cast<Eigen::Index>(i % kSegments);
                    const double f1 = rng.normal();
                    const double f2 = rng.normal();
                    for (Eigen::Index j = 0; j < dims; ++j)
                        x(i, j) = offset[j] + centres(s, j) + a[j] * f1 + b[j] * f2 + rng.normal();
                }
            }
        },
        1);
    return x;
}

} // namespace seg::bench
