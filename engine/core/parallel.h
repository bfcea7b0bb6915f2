#pragma once
// The engine's one parallel-for. Results must not depend on the thread count: bodies write
// to disjoint outputs, and reductions go through parallelReduce, which combines fixed-size
// blocks in a fixed order.

#include <algorithm>
#include <cstddef>
#include <vector>

#include <omp.h>

namespace seg {

/// Threads the engine uses; 0 (the default) means all available cores.
void setThreadCount(int threads);
/// The threads parallel work started from the calling thread uses: setThreadCount's, capped
/// by the calling thread's ThreadLimit.
int threadCount();

/// Caps the threads of parallel work started from the calling thread while it lives (0: no
/// cap), e.g. so that background work (the explorer's map) leaves cores to interactive work.
/// Results do not change: they never depend on the thread count.
class ThreadLimit
{
public:
    explicit ThreadLimit(int threads);
    ~ThreadLimit();
    ThreadLimit(const ThreadLimit &) = delete;
    ThreadLimit &operator=(const ThreadLimit &) = delete;

private:
    int m_previous;
};

/// Calls body(begin, end) for consecutive blocks covering [0, n), in parallel.
template <typename Body>
void parallelFor(std::size_t n, Body &&body, std::size_t minBlock = 1024)
{
    if (n == 0)
        return;
    const int threads = threadCount();
    const std::size_t blocks = std::max<std::size_t>(
        1, std::min<std::size_t>(static_cast<std::size_t>(threads) * 4, (n + minBlock - 1) / minBlock));
    const std::size_t step = (n + blocks - 1) / blocks;
#pragma omp parallel for schedule(dynamic, 1) num_threads(threads) if (blocks > 1)
    for (std::size_t b = 0; b < blocks; ++b) {
        const std::size_t begin = b * step;
        const std::size_t end = std::min(n, begin + step);
        if (begin < end)
            body(begin, end);
    }
}

/// Deterministic reduction: [0, n) is cut into blocks of `block` items independent of the
/// thread count; map(begin, end) -> T per block, then results are folded left to right
/// with combine(T&, const T&). Same n and block => bit-identical result for any thread count.
template <typename T, typename Map, typename Combine>
T parallelReduce(std::size_t n, T identity, Map &&map, Combine &&combine, std::size_t block = 4096)
{
    const std::size_t blocks = (n + block - 1) / block;
    std::vector<T> partial(blocks, identity);
    const int threads = threadCount();
#pragma omp parallel for schedule(dynamic, 1) num_threads(threads) if (blocks > 1)
    for (std::size_t b = 0; b < blocks; ++b)
        partial[b] = map(b * block, std::min(n, (b + 1) * block));
    T result = identity;
    for (const T &p : partial)
        combine(result, p);
    return result;
}

} // namespace seg
