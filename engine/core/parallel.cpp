#include "engine/core/parallel.h"

#include <atomic>

namespace seg {

namespace {
std::atomic<int> g_threads{0};
thread_local int t_threadLimit = 0; // 0: no limit on this thread
}

void setThreadCount(int threads)
{
    g_threads.store(std::max(0, threads), std::memory_order_relaxed);
}

int threadCount()
{
    const int t = g_threads.load(std::memory_order_relaxed);
    const int all = t > 0 ? t : std::max(1, omp_get_num_procs());
    return t_threadLimit > 0 ? std::min(all, t_threadLimit) : all;
}

ThreadLimit::ThreadLimit(int threads)
    : m_previous(t_threadLimit)
{
    t_threadLimit = std::max(0, threads);
}

ThreadLimit::~ThreadLimit()
{
    t_threadLimit = m_previous;
}

} // namespace seg
