#include "engine/cluster/distance_kernels.h"

#include <cstdlib>

namespace seg::kernels {

bool cpuHasAvx2()
{
#if defined(__x86_64__) && defined(__GNUC__)
    static const bool avx2 = __builtin_cpu_supports("avx2");
    return avx2;
#else
    return false;
#endif
}

bool haveAvx2()
{
    // The variable keeps its k-means name: benchmarks and scripts already set it.
    return cpuHasAvx2() && !std::getenv("SEG_KMEANS_NO_AVX2");
}

} // namespace seg::kernels
