#pragma once
// Seeded sampling of rows without replacement: the one sampler behind silhouette samples,
// sampled k-means restarts and the k sweep, so equal seeds pick equal rows everywhere.

#include "engine/core/random.h"

#include <algorithm>
#include <cstddef>
#include <numeric>
#include <vector>

namespace seg {

/// `count` distinct indices of [0, n) (all of them when count >= n), in increasing order, drawn
/// uniformly with a partial Fisher–Yates shuffle from `rng`.
inline std::vector<std::size_t> sampleIndices(std::size_t n, std::size_t count, Rng &rng)
{
    std::vector<std::size_t> index(n);
    std::iota(index.begin(), index.end(), std::size_t{0});
    const std::size_t m = std::min(count, n);
    for (std::size_t i = 0; i < m; ++i)
        std::swap(index[i], index[i + static_cast<std::size_t>(rng.below(n - i))]);
    index.resize(m);
    std::sort(index.begin(), index.end());
    return index;
}

} // namespace seg
