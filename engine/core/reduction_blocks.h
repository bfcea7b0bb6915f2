#pragma once
// A fixed partition of rows into blocks for parallel reductions: each block sums into its own
// scratch, and the blocks are folded in order afterwards. The partition depends on the rows and
// the scratch per block, never on the thread count, so every sum is folded in the same order
// however many threads run (the determinism k-means and Gaussian mixtures promise).

#include "engine/core/parallel.h"

#include <algorithm>
#include <cstddef>

namespace seg {

/// Stride between per-block scratch areas of `doubles` doubles: whole cache lines plus one line
/// of gap, so threads working on neighbouring blocks never write to the same cache line.
inline std::size_t blockStride(std::size_t doubles)
{
    return (doubles + 7) / 8 * 8 + 8;
}

struct ReductionBlocks
{
    std::size_t size = 4096; ///< rows per block (the last one may be shorter)
    std::size_t count = 0;

    /// Blocks of 4,096 rows, larger when n × scratchPerBlock doubles of scratch would pass
    /// 32 MB (k·d sums per block in k-means, k·d² in a full-covariance mixture).
    ReductionBlocks(std::size_t n, std::size_t scratchPerBlock)
    {
        constexpr std::size_t maxScratch = std::size_t(1) << 22; // doubles, 32 MB
        if (scratchPerBlock > 0)
            size = std::max(size, (n * scratchPerBlock + maxScratch - 1) / maxScratch);
        count = (n + size - 1) / size;
    }
    std::size_t begin(std::size_t b) const { return b * size; }
    std::size_t end(std::size_t b, std::size_t n) const { return std::min(n, (b + 1) * size); }
};

/// Runs body(block) for every block in parallel; bodies write only to their own block's slots.
template <typename Body>
void forEachBlock(const ReductionBlocks &blocks, Body &&body)
{
    parallelFor(
        blocks.count,
        [&](std::size_t b0, std::size_t b1) {
            for (std::size_t b = b0; b < b1; ++b)
                body(b);
        },
        1);
}

} // namespace seg
