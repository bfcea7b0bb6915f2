#include "engine/core/parallel.h"

#include <atomic>

namespace seg {

namespace {
std::atomic<int> g_threads{0};
}

void setThreadCount(int threads)
{
    g_threads.store(std::max(0, threads), std::memory_order_relaxed);
}

int threadCount()
{
    const int t = g_threads.load(std::memory_order_relaxed);
    return t > 0 ? t : std::max(1, omp_get_num_procs());
}

} // namespace seg
