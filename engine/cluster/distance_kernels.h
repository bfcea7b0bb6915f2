#pragma once
// Squared Euclidean distance kernels for the clustering algorithms (k-means today; mini-batch
// k-means, DBSCAN and the silhouette next), and the run-time choice between their baseline and
// AVX2 copies. Internal engine API: plain pointers, no checks beyond assertions.
//
// Determinism: every kernel adds its terms in an order fixed by d (and the tile width) alone,
// never by the instruction set or the thread count, and neither the baseline (x86-64-v2) nor the
// AVX2 copy has FMA to contract into. So a kernel gives the same bits on every machine, and an
// algorithm that folds its sums in a fixed order stays bit-identical across machines and threads.
// The hot functions are inline: they are meant to be inlined into the callers' loops.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>

namespace seg::kernels {

/// Centroids per register tile in squaredDistancesToAll(): 8 doubles are four SSE2 registers of
/// accumulators, so the kernel streams each point once per tile.
constexpr std::size_t kTile = 8;

/// How many rows ahead prefetchRow() asks for.
constexpr std::size_t kPrefetchRows = 8;

/// Asks the cache for row i + kPrefetchRows of `data` (n × d, row-major), every cache line of it,
/// when that row exists. For passes that skip rows unpredictably (bounds-based pruning), where the
/// hardware prefetcher cannot foresee which row is read next. No effect on results.
inline void prefetchRow(const double *data, std::size_t i, std::size_t n, std::size_t d)
{
    if (i + kPrefetchRows < n)
        for (std::size_t t = 0; t < d; t += 8)
            __builtin_prefetch(data + (i + kPrefetchRows) * d + t);
}

/// Squared Euclidean distance between a and b (d doubles each). Sums features t = 4m + r in
/// partial sum r (r = 0..3), the features after the last multiple of 4 in partial sum 0, and
/// returns (s0 + s1) + (s2 + s3): always the same order for the same d.
inline double squaredDistance(const double *a, const double *b, std::size_t d)
{
    // Four partial sums so the compiler can keep two SSE registers busy.
    double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
    std::size_t t = 0;
    for (; t + 4 <= d; t += 4) {
        const double e0 = a[t] - b[t], e1 = a[t + 1] - b[t + 1];
        const double e2 = a[t + 2] - b[t + 2], e3 = a[t + 3] - b[t + 3];
        s0 += e0 * e0;
        s1 += e1 * e1;
        s2 += e2 * e2;
        s3 += e3 * e3;
    }
    for (; t < d; ++t) {
        const double e = a[t] - b[t];
        s0 += e * e;
    }
    return (s0 + s1) + (s2 + s3);
}

/// Vector widths for squaredDistancesToAll(): GCC keeps a Vec in registers, two doubles per SSE2
/// register (the build's baseline) and four per AVX register in code compiled for AVX2 (see
/// runAvx2()). Arithmetic on a Vec is lane-wise IEEE, so both give the same bits.
struct Sse
{
    using Vec = double __attribute__((vector_size(16)));
};
struct Avx2
{
    using Vec = double __attribute__((vector_size(32)));
};

/// Squared distances from the point x (d doubles) to every column of centroidsT (d × kPad,
/// feature-major: feature t of centroid j at centroidsT[t * kPad + j]; kPad a multiple of Tile),
/// written to out[0..kPad). Padding columns give the distance to whatever they hold (zeros from
/// transposeCentroids()). Per centroid, features 0, 2, 4, ... are summed in order in one
/// accumulator and 1, 3, 5, ... in another, and the result is even + odd; the same for every Isa
/// and Tile.
template<typename Isa = Sse, std::size_t Tile = kTile>
inline void squaredDistancesToAll(const double *x, const double *centroidsT, std::size_t d, std::size_t kPad,
                                  double *out)
{
    // Vectorised across the centroids of a tile; even and odd features go to separate
    // accumulators so the additions do not wait on each other.
    using Lanes = typename Isa::Vec;
    constexpr std::size_t kLanes = sizeof(Lanes) / sizeof(double);
    static_assert(Tile % kLanes == 0);
    constexpr std::size_t groups = Tile / kLanes;
    const auto loadLanes = [](Lanes &v, const double *p) { std::memcpy(&v, p, sizeof v); };
    for (std::size_t j0 = 0; j0 < kPad; j0 += Tile) {
        Lanes even[groups] = {};
        Lanes odd[groups] = {};
        const double *c = centroidsT + j0;
        std::size_t t = 0;
        for (; t + 2 <= d; t += 2, c += 2 * kPad) {
            const double x0 = x[t], x1 = x[t + 1];
            for (std::size_t g = 0; g < groups; ++g) {
                Lanes c0, c1;
                loadLanes(c0, c + g * kLanes);
                loadLanes(c1, c + kPad + g * kLanes);
                const Lanes e0 = x0 - c0;
                const Lanes e1 = x1 - c1;
                even[g] += e0 * e0;
                odd[g] += e1 * e1;
            }
        }
        if (t < d) {
            for (std::size_t g = 0; g < groups; ++g) {
                Lanes c0;
                loadLanes(c0, c + g * kLanes);
                const Lanes e0 = x[t] - c0;
                even[g] += e0 * e0;
            }
        }
        for (std::size_t g = 0; g < groups; ++g) {
            const Lanes sum = even[g] + odd[g];
            std::memcpy(out + j0 + g * kLanes, &sum, sizeof sum);
        }
    }
}

/// Index of the smallest of dist[0..k) (the lowest index on ties); sets `best` to that value and
/// `second` to the smallest value at any other index (equal to best on a tie; infinity when
/// k = 1). Requires k >= 1.
inline std::int32_t nearestTwo(const double *dist, std::size_t k, double &best, double &second)
{
    // Near-equal distances make branches unpredictable, so this is written with min and max and a
    // single select (GCC compiles several selects on one "closer" test into branches).
    std::int32_t nearest = 0;
    best = dist[0];
    second = std::numeric_limits<double>::infinity();
    for (std::size_t j = 1; j < k; ++j) {
        const double v = dist[j];
        // As "if v < best, second = best; else second = min(second, v)", since best <= second.
        second = std::min(second, std::max(best, v));
        nearest = v < best ? static_cast<std::int32_t>(j) : nearest;
        best = std::min(best, v);
    }
    return nearest;
}

/// k rounded up to a multiple of kTile: the column count of transposeCentroids()'s output.
inline std::size_t paddedK(std::size_t k)
{
    return (k + kTile - 1) / kTile * kTile;
}

/// Writes the centroids c (k × d, row-major) to out (d × kPad, feature-major, as
/// squaredDistancesToAll() reads them), with zeros in the padding columns k..kPad.
inline void transposeCentroids(const double *c, std::size_t k, std::size_t d, std::size_t kPad, double *out)
{
    std::fill(out, out + d * kPad, 0.0);
    for (std::size_t j = 0; j < k; ++j)
        for (std::size_t t = 0; t < d; ++t)
            out[t * kPad + j] = c[j * d + t];
}

/// True when the CPU running this process has AVX2 (false on other architectures).
bool cpuHasAvx2();

/// Whether the compute-heavy passes should run their AVX2 copy: cpuHasAvx2(), unless the
/// environment variable SEG_KMEANS_NO_AVX2 is set (to check that both copies give the same bits).
/// Reads the environment on every call, so ask once per pass, from the calling thread.
bool haveAvx2();

/// Calls body(index, Avx2{}) as code compiled for AVX2: everything body calls is inlined into
/// this function (flatten), so the kernels it uses run as AVX2 copies. Call it only when
/// haveAvx2() is true, and body(index, Sse{}) otherwise; e.g. for each block b of a pass,
/// `avx2 ? runAvx2(body, b) : body(b, Sse{})` with `avx2 = haveAvx2()` asked once before it.
#if defined(__x86_64__) && defined(__GNUC__)
template<typename Body> [[gnu::target("avx2"), gnu::flatten]] void runAvx2(Body &body, std::size_t index)
{
    body(index, Avx2 {});
}
#else
// No AVX2 copy on other architectures (haveAvx2() is false there); this keeps callers portable.
template<typename Body> void runAvx2(Body &body, std::size_t index)
{
    body(index, Avx2 {});
}
#endif

} // namespace seg::kernels
