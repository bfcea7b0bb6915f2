#include "engine/cluster/kmeans.h"

#include "engine/cluster/model_input.h"

#include "engine/cluster/distance_kernels.h"
#include "engine/cluster/sampled_kmeans.h"
#include "engine/core/error.h"
#include "engine/core/parallel.h"
#include "engine/core/reduction_blocks.h"

#include "engine/core/random.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <string>
#include <unordered_set>
#include <utility>

namespace seg {

namespace {

using namespace kernels;

constexpr double kInf = std::numeric_limits<double>::infinity();

// Hamerly's pruning test is exact in real arithmetic. Requiring the bound to win by this
// relative margin keeps it safe against the rounding in bounds that were moved by many
// centroid shifts, so a pruned point is one whose nearest centroid a full scan would find too:
// Lloyd and Hamerly then give bit-identical labels.
constexpr double kBoundSlack = 1.0 + 1e-10;

// forEachBlock for the compute-heavy passes: body(block, isa) runs as the AVX2 copy with
// isa = kernels::Avx2{} when the CPU has AVX2 (see distance_kernels.h), else with
// isa = kernels::Sse{}. Both copies give the same bits.
template <typename Body>
void forEachBlockVectorised(const ReductionBlocks &blocks, Body &&body)
{
    if (haveAvx2()) {
        forEachBlock(blocks, [&](std::size_t b) { runAvx2(body, b); });
        return;
    }
    forEachBlock(blocks, [&](std::size_t b) { body(b, Sse{}); });
}

// Throws InvalidData on NaN or infinite entries and returns tol scaled as scikit-learn does
// (tol × mean of the per-feature population variances). One pass over memory: each block's
// mean and squared deviations are computed while the block is in cache, and the blocks are
// merged in order with the pairwise update of Chan, Golub & LeVeque (1979).
double scaledTolerance(const Matrix &x, double tol)
{
    const std::size_t n = static_cast<std::size_t>(x.rows());
    const std::size_t d = static_cast<std::size_t>(x.cols());
    const double *data = x.data();
    const ReductionBlocks blocks(n, 2 * d);
    const std::size_t stride = blockStride(d);
    std::vector<double> blockMean(blocks.count * stride, 0.0), blockM2(blocks.count * stride, 0.0);
    std::vector<std::size_t> firstBad(blocks.count, n);

    forEachBlock(blocks, [&](std::size_t b) {
        const std::size_t begin = blocks.begin(b), end = blocks.end(b, n);
        double *mean = blockMean.data() + b * stride;
        double *m2 = blockM2.data() + b * stride;
        for (std::size_t i = begin; i < end; ++i) {
            const double *row = data + i * d;
            for (std::size_t t = 0; t < d; ++t)
                mean[t] += row[t];
            if (firstBad[b] == n)
                for (std::size_t t = 0; t < d; ++t)
                    if (!(std::abs(row[t]) <= kMaxModelMagnitude)) {
                        firstBad[b] = i;
                        break;
                    }
        }
        for (std::size_t t = 0; t < d; ++t)
            mean[t] /= static_cast<double>(end - begin);
        for (std::size_t i = begin; i < end; ++i) {
            const double *row = data + i * d;
            for (std::size_t t = 0; t < d; ++t) {
                const double e = row[t] - mean[t];
                m2[t] += e * e;
            }
        }
    });
    for (std::size_t b = 0; b < blocks.count; ++b)
        if (firstBad[b] < n) {
            const double *row = data + firstBad[b] * d;
            std::size_t t = 0;
            while (t < d && std::abs(row[t]) <= kMaxModelMagnitude)
                ++t;
            refuseModelValue(ModelUser::KMeans, firstBad[b] + 1, t + 1, row[t]);
        }
    if (d == 0)
        return 0.0;
    double varianceSum = 0.0;
    for (std::size_t t = 0; t < d; ++t) {
        double count = 0.0, mean = 0.0, m2 = 0.0;
        for (std::size_t b = 0; b < blocks.count; ++b) {
            const double nb = static_cast<double>(blocks.end(b, n) - blocks.begin(b));
            const double delta = blockMean[b * stride + t] - mean;
            const double total = count + nb;
            mean += delta * nb / total;
            m2 += blockM2[b * stride + t] + delta * delta * count * nb / total;
            count = total;
        }
        varianceSum += m2 / count;
    }
    return tol * varianceSum / static_cast<double>(d);
}

void validate(const Matrix &x, const KMeansOptions &options)
{
    const auto n = static_cast<std::int64_t>(x.rows());
    if (options.k < 1 || options.k > n)
        throw Error(ErrorKind::Usage,
                    fillIn(Text::tr("k = %1 must be between 1 and the number of rows (%2)"), options.k, n));
    if (options.nInit < 1)
        throw Error(ErrorKind::Usage, Text::tr("the number of k-means restarts must be at least 1"));
    if (options.maxIter < 1)
        throw Error(ErrorKind::Usage, Text::tr("the k-means iteration limit must be at least 1"));
    if (!(options.tol >= 0.0) || !std::isfinite(options.tol))
        throw Error(ErrorKind::Usage, Text::tr("the k-means tolerance must be a finite number >= 0"));
}

void checkInitialCentroids(const Matrix &x, const KMeansOptions &options)
{
    const Matrix &c = options.initialCentroids;
    if (c.size() == 0)
        return;
    if (c.rows() != options.k || c.cols() != x.cols())
        throw Error(ErrorKind::Usage, fillIn(Text::tr("the initial centroids must be a %1 × %2 matrix, not %3 × %4"),
                                             options.k, x.cols(), c.rows(), c.cols()));
    if (!c.allFinite())
        throw Error(ErrorKind::Usage, Text::tr("the initial centroids must be finite numbers"));
}

void checkDistinct(const Matrix &x, int k)
{
    const std::size_t distinct = distinctRows(x, static_cast<std::size_t>(k));
    if (distinct < static_cast<std::size_t>(k))
        throw Error(ErrorKind::InvalidData,
                    fillIn(Text::tr("k = %1 but the data has only %n distinct row(s)", nullptr,
                                    static_cast<long long>(distinct)),
                           k));
}

struct Bounds
{
    double upper; ///< >= distance to the assigned centroid
    double lower; ///< <= distance to every other centroid
};

// k-means++ seeding, scikit-learn's greedy variant (sklearn.cluster._kmeans._kmeans_plusplus):
// each step samples 2 + floor(ln k) candidates with probability proportional to D(x)^2 and
// keeps the one that lowers the potential most.
//
// Outputs per row: `closest` (squared distance to the nearest centre), `nearest` (its index,
// the lowest on ties) and, when `bounds` is given, a lower bound on the distance to every other
// centre, so the first Hamerly iteration can already skip points.
//
// Most distances need not be computed: if the candidate c is at least 2·D(x) from x's nearest
// centre a, then |x - c| >= |a - c| - |x - a| >= D(x) (triangle inequality), so c cannot lower
// D(x). The skip test keeps a relative margin, so skipping never changes a result.
void plusPlus(const Matrix &x, std::size_t k, Rng &rng, std::vector<double> &closest, Labels &nearest,
              Bounds *bounds, double *centers, const Progress &progress)
{
    const std::size_t n = static_cast<std::size_t>(x.rows());
    const std::size_t d = static_cast<std::size_t>(x.cols());
    const double *data = x.data();
    const std::size_t trials = 2 + static_cast<std::size_t>(std::floor(std::log(static_cast<double>(k))));
    constexpr std::size_t kMaxTrials = 32; // k < 2^31 gives at most 23
    constexpr std::size_t kCandidateTile = 4;
    assert(trials <= kMaxTrials);
    const std::size_t trialsPad = (trials + kCandidateTile - 1) / kCandidateTile * kCandidateTile;
    std::vector<double> candidatesT(d * trialsPad);
    const ReductionBlocks blocks(n, trials);
    closest.resize(n);
    nearest.resize(n);
    std::vector<double> blockPot(blocks.count);
    std::vector<double> candidatePot(blocks.count * trials);
    std::vector<std::size_t> candidates(trials);
    // Squared distances centre × candidate, and centre × centre for the chosen one.
    std::vector<double> centreToCandidate(k * trials);
    std::vector<double> centreToChosen(k);
    // Distances computed in the candidate pass (trials × n), so that adding the chosen
    // candidate does not read the data again. Entries of skipped points are never read.
    std::vector<double> candidateDist(trials * n);
    constexpr double skipMargin = 4.0 * (1.0 + 1e-9); // (2 D(x))^2, with a margin for rounding

    std::size_t chosen = rng.below(n);
    std::copy_n(data + chosen * d, d, centers);
    forEachBlock(blocks, [&](std::size_t b) {
        double pot = 0.0;
        for (std::size_t i = blocks.begin(b); i < blocks.end(b, n); ++i) {
            closest[i] = squaredDistance(data + i * d, centers, d);
            nearest[i] = 0;
            if (bounds)
                bounds[i].lower = kInf;
            pot += closest[i];
        }
        blockPot[b] = pot;
    });
    double pot = 0.0;
    for (double p : blockPot)
        pot += p;

    // First index whose running sum of `closest` exceeds r: a point with D(x) > 0, chosen with
    // probability D(x)^2 / pot. Rounding can leave r just past the end; then the last point
    // with D(x) > 0 is taken.
    auto sample = [&](double r) {
        double acc = 0.0;
        for (std::size_t b = 0; b < blocks.count; ++b) {
            if (acc + blockPot[b] > r) {
                for (std::size_t i = blocks.begin(b); i < blocks.end(b, n); ++i) {
                    acc += closest[i];
                    if (acc > r && closest[i] > 0.0)
                        return i;
                }
                break;
            }
            acc += blockPot[b];
        }
        std::size_t i = n;
        while (i > 0 && !(closest[i - 1] > 0.0))
            --i;
        return i > 0 ? i - 1 : std::size_t(0);
    };

    for (std::size_t c = 1; c < k; ++c) {
        progress.check();
        for (std::size_t t = 0; t < trials; ++t) {
            candidates[t] = sample(rng.uniform() * pot);
            for (std::size_t a = 0; a < c; ++a)
                centreToCandidate[a * trials + t] = squaredDistance(centers + a * d, data + candidates[t] * d, d);
        }
        std::fill(candidatesT.begin(), candidatesT.end(), 0.0);
        for (std::size_t t = 0; t < trials; ++t)
            for (std::size_t f = 0; f < d; ++f)
                candidatesT[f * trialsPad + t] = data[candidates[t] * d + f];
        forEachBlockVectorised(blocks, [&](std::size_t b, auto isa) {
            double sums[kMaxTrials] = {};
            double dist[kMaxTrials];
            // Data pointers hoisted out of the loop: otherwise GCC reloads them through the
            // lambda's captures around every store.
            const double *candidatesData = candidatesT.data();
            const double *toCandidates = centreToCandidate.data();
            double *stored = candidateDist.data();
            for (std::size_t i = blocks.begin(b); i < blocks.end(b, n); ++i) {
                prefetchRow(data, i, n, d);
                const double cl = closest[i];
                const double limit = skipMargin * cl;
                const double *toCandidate = toCandidates + static_cast<std::size_t>(nearest[i]) * trials;
                bool any = false;
                for (std::size_t t = 0; t < trials; ++t)
                    any |= toCandidate[t] < limit;
                if (!any) {
                    for (std::size_t t = 0; t < trials; ++t)
                        sums[t] += cl;
                    continue;
                }
                // One kernel call for all candidates is cheaper than one distance at a time
                // once any of them is needed. Every distance is stored (no branch); the update
                // pass reads only those of candidates that passed the test.
                squaredDistancesToAll<decltype(isa), kCandidateTile>(data + i * d, candidatesData, d,
                                                                     trialsPad, dist);
                for (std::size_t t = 0; t < trials; ++t) {
                    stored[t * n + i] = dist[t];
                    sums[t] += toCandidate[t] < limit ? std::min(cl, dist[t]) : cl;
                }
            }
            std::copy_n(sums, trials, candidatePot.data() + b * trials);
        });
        std::size_t best = 0;
        double bestPot = kInf;
        for (std::size_t t = 0; t < trials; ++t) {
            double p = 0.0;
            for (std::size_t b = 0; b < blocks.count; ++b)
                p += candidatePot[b * trials + t];
            if (p < bestPot) {
                bestPot = p;
                best = t;
            }
        }
        chosen = candidates[best];
        double *centre = centers + c * d;
        std::copy_n(data + chosen * d, d, centre);
        for (std::size_t a = 0; a < c; ++a)
            centreToChosen[a] = centreToCandidate[a * trials + best];
        forEachBlock(blocks, [&](std::size_t b) {
            double *closestData = closest.data();
            std::int32_t *nearestData = nearest.data();
            const double *toChosen = centreToChosen.data();
            const double *chosenDist = candidateDist.data() + best * n;
            // The last step also sets the upper bounds, which saves a pass of its own.
            const bool last = c + 1 == k;
            for (std::size_t i = blocks.begin(b); i < blocks.end(b, n); ++i) {
                double cl = closestData[i];
                const double toCentre = toChosen[static_cast<std::size_t>(nearestData[i])];
                double lower; // a lower bound on the distance to the new centre, or to the old nearest
                if (toCentre >= skipMargin * cl) {
                    if (!bounds)
                        continue;
                    lower = std::sqrt(toCentre) - std::sqrt(cl);
                } else {
                    const double d2 = chosenDist[i];
                    if (d2 < cl) {
                        lower = std::sqrt(cl);
                        cl = d2;
                        closestData[i] = d2;
                        nearestData[i] = static_cast<std::int32_t>(c);
                    } else {
                        lower = std::sqrt(d2);
                    }
                }
                if (bounds) {
                    bounds[i].lower = std::min(bounds[i].lower, lower);
                    if (last)
                        bounds[i].upper = std::sqrt(cl);
                }
            }
            blockPot[b] = candidatePot[b * trials + best];
        });
        pot = bestPot;
    }
    if (bounds && k == 1)
        parallelFor(n, [&](std::size_t begin, std::size_t end) {
            for (std::size_t i = begin; i < end; ++i)
                bounds[i].upper = std::sqrt(closest[i]);
        });
}

// Nearest centroid of every row by a full scan (the kernel the iterations use); fills labels
// and, when not null, exact Hamerly bounds and Euclidean distances.
void nearestOfAll(const Matrix &x, const double *centroids, std::size_t k, std::int32_t *labels,
                  Bounds *bounds, double *distances)
{
    const std::size_t n = static_cast<std::size_t>(x.rows());
    const std::size_t d = static_cast<std::size_t>(x.cols());
    const std::size_t kPad = paddedK(k);
    std::vector<double> centroidsT(d * kPad);
    transposeCentroids(centroids, k, d, kPad, centroidsT.data());
    const ReductionBlocks blocks(n, 0);
    forEachBlockVectorised(blocks, [&](std::size_t b, auto isa) {
        std::vector<double> dist(kPad);
        for (std::size_t i = blocks.begin(b); i < blocks.end(b, n); ++i) {
            squaredDistancesToAll<decltype(isa)>(x.data() + i * d, centroidsT.data(), d, kPad, dist.data());
            double best, second;
            labels[i] = nearestTwo(dist.data(), k, best, second);
            if (bounds)
                bounds[i] = Bounds{std::sqrt(best), std::sqrt(second)};
            if (distances)
                distances[i] = std::sqrt(best);
        }
    });
}

// Starting labels (nearest of the given centroids, as a full scan finds it) and, when asked,
// exact Hamerly bounds, for a run that starts from user-supplied centroids.
void seedFromCentroids(const Matrix &x, const double *centroids, std::size_t k, Labels &labels, Bounds *bounds)
{
    labels.resize(static_cast<std::size_t>(x.rows()));
    nearestOfAll(x, centroids, k, labels.data(), bounds, nullptr);
}

// One restart: Lloyd iterations from given centroids, with Hamerly's bounds when asked.
// Centroid sums are updated incrementally from the points that changed cluster, per fixed
// block and folded in block order, so the result is identical for any thread count and for
// both methods (they differ only in how they find each point's nearest centroid).
class Run
{
public:
    Run(const Matrix &x, const KMeansOptions &options, double tolScaled)
        : m_x(x.data()), m_n(static_cast<std::size_t>(x.rows())), m_d(static_cast<std::size_t>(x.cols())),
          m_k(static_cast<std::size_t>(options.k)), m_kPad(paddedK(m_k)), m_options(options),
          m_tolScaled(tolScaled), m_blocks(m_n, m_k * m_d + m_k), m_centroids(m_k * m_d),
          m_oldCentroids(m_k * m_d), m_centroidsT(m_d * m_kPad), m_sums(m_k * m_d), m_counts(m_k),
          m_halfSeparation(m_k), m_shift(m_k), m_maxOtherShift(m_k), m_sumStride(blockStride(m_k * m_d)),
          m_countStride(blockStride(m_k)), m_scratchStride(blockStride(m_kPad)),
          m_blockSums(m_blocks.count * m_sumStride), m_blockCounts(m_blocks.count * m_countStride),
          m_blockChanges(m_blocks.count), m_blockInertia(m_blocks.count),
          m_blockScratch(m_blocks.count * m_scratchStride)
    {
    }

    double *centroids() { return m_centroids.data(); }

    struct Outcome
    {
        int iterations = 0;
        FitStatus status = FitStatus::MaxIterations;
        int recovered = 0;
        double inertia = 0.0;
        std::vector<double> history;
    };

    /// Hamerly bounds for plusPlus() to fill (null for Lloyd).
    Bounds *bounds()
    {
        if (m_options.method != KMeansMethod::Hamerly)
            return nullptr;
        m_bounds.resize(m_n);
        return m_bounds.data();
    }

    /// Iterates from the seeds in centroids(), `labels` holding each row's nearest seed (and
    /// bounds(), for Hamerly, filled by plusPlus()); fills labels and Euclidean distances.
    Outcome fit(Labels &labels, std::vector<double> &distances, const Progress &progress)
    {
        const bool hamerly = m_options.method == KMeansMethod::Hamerly;
        Outcome out;
        std::fill(m_shift.begin(), m_shift.end(), 0.0);
        std::fill(m_maxOtherShift.begin(), m_maxOtherShift.end(), 0.0);
        prepareCentroids(hamerly);
        initialSums(labels);

        bool strict = false;
        for (int iter = 0; iter < m_options.maxIter; ++iter) {
            progress.check();
            const std::size_t changes = hamerly ? assign<true>(labels, true) : assign<false>(labels, true);
            const int relocated = updateCentroids(labels, distances);
            out.recovered += relocated;
            const double shift = computeShifts();
            prepareCentroids(hamerly);
            ++out.iterations;
            if (m_options.recordHistory)
                out.history.push_back(inertia(labels, nullptr));
            progress.report(static_cast<double>(iter + 1) / m_options.maxIter, "k-means");
            // As scikit-learn: unchanged labels mean the centroids did not move; otherwise
            // stop once the summed squared shift is within the scaled tolerance. (The first
            // iteration always moves the centroids from the seeds to cluster means.)
            if (changes == 0 && relocated == 0 && iter > 0) {
                strict = true;
                out.status = FitStatus::Converged;
                break;
            }
            if (shift <= m_tolScaled) {
                out.status = FitStatus::Converged;
                break;
            }
        }
        // After a tolerance stop or the iteration cap the labels belong to the previous
        // centroids; one more assignment makes labels and centroids agree.
        distances.resize(m_n);
        if (strict) {
            out.inertia = inertia(labels, distances.data());
        } else {
            if (hamerly)
                assign<true>(labels, false, distances.data());
            else
                assign<false>(labels, false, distances.data());
            out.inertia = m_fusedInertia;
        }
        return out;
    }

private:
    // Cluster sums and counts of the starting labels, folded in block order. Both methods start
    // here and then only move changed points, so their sums stay bit-identical.
    void initialSums(const Labels &labels)
    {
        const std::size_t d = m_d, k = m_k;
        forEachBlock(m_blocks, [&](std::size_t b) {
            double *sums = m_blockSums.data() + b * m_sumStride;
            std::int64_t *counts = m_blockCounts.data() + b * m_countStride;
            std::fill(sums, sums + k * d, 0.0);
            std::fill(counts, counts + k, 0);
            for (std::size_t i = m_blocks.begin(b); i < m_blocks.end(b, m_n); ++i) {
                const std::size_t a = static_cast<std::size_t>(labels[i]);
                const double *xi = m_x + i * d;
                for (std::size_t t = 0; t < d; ++t)
                    sums[a * d + t] += xi[t];
                ++counts[a];
            }
        });
        std::fill(m_sums.begin(), m_sums.end(), 0.0);
        std::fill(m_counts.begin(), m_counts.end(), 0);
        for (std::size_t b = 0; b < m_blocks.count; ++b) {
            for (std::size_t e = 0; e < k * d; ++e)
                m_sums[e] += m_blockSums[b * m_sumStride + e];
            for (std::size_t j = 0; j < k; ++j)
                m_counts[j] += m_blockCounts[b * m_countStride + j];
        }
    }

    // Per-block output of assign(): the block's centroid sums and counts (zeroed at the first
    // change), the distance scratch, and the number of changed labels.
    struct BlockState
    {
        double *sums;
        std::int64_t *counts;
        double *dist;
        std::size_t changes;
    };

    // assign() for one point; returns its new label.
    template <bool Hamerly, typename Isa>
    std::int32_t assignPoint(Isa, std::size_t i, Labels &labels, bool accumulate, BlockState &state)
    {
        prefetchRow(m_x, i, m_n, m_d);
        const std::int32_t a = labels[i];
        if constexpr (Hamerly) {
            // Hamerly (2010), Algorithm 2: move the bounds by the centroid shifts, then skip the
            // point when its upper bound is below both its lower bound and half the distance
            // from its centroid to the nearest other one. Hamerly first retries with the exact
            // distance to the own centroid; here that distance cost more than it saved (most
            // points it would test need the full scan anyway), so a failing point goes straight
            // to the scan, which also leaves the point unread when the bounds suffice.
            Bounds &bd = m_bounds[i];
            const double upper = bd.upper + m_shift[a];
            const double lower = bd.lower - m_maxOtherShift[a];
            const double m = std::max(m_halfSeparation[a], lower);
            if (upper * kBoundSlack < m) {
                bd = Bounds{upper, lower};
                return a;
            }
        }
        return scanPoint<Hamerly>(Isa{}, i, labels, accumulate, state);
    }

    // The full scan of assignPoint(); returns the new label.
    template <bool Hamerly, typename Isa>
    std::int32_t scanPoint(Isa, std::size_t i, Labels &labels, bool accumulate, BlockState &state)
    {
        const std::size_t d = m_d, k = m_k;
        const double *xi = m_x + i * d;
        const std::int32_t a = labels[i];
        squaredDistancesToAll<Isa>(xi, m_centroidsT.data(), d, m_kPad, state.dist);
        double best, second;
        const std::int32_t nearest = nearestTwo(state.dist, k, best, second);
        if constexpr (Hamerly)
            m_bounds[i] = Bounds{std::sqrt(best), std::sqrt(second)};
        if (nearest == a)
            return a;
        if (accumulate) {
            if (state.changes == 0) {
                std::fill(state.sums, state.sums + k * d, 0.0);
                std::fill(state.counts, state.counts + k, 0);
            }
            double *to = state.sums + static_cast<std::size_t>(nearest) * d;
            for (std::size_t t = 0; t < d; ++t)
                to[t] += xi[t];
            ++state.counts[nearest];
            double *from = state.sums + static_cast<std::size_t>(a) * d;
            for (std::size_t t = 0; t < d; ++t)
                from[t] -= xi[t];
            --state.counts[a];
        }
        labels[i] = nearest;
        ++state.changes;
        return nearest;
    }

    // Assigns every point to its nearest centroid (ties: the lowest index); with `accumulate`
    // also moves changed points between the per-block centroid sums. With `distances`, also
    // does inertia()'s work (the same values, summed in the same order) while each row is in
    // cache, and leaves the sum in m_fusedInertia. Returns how many labels changed.
    template <bool Hamerly>
    std::size_t assign(Labels &labels, bool accumulate, double *distances = nullptr)
    {
        const std::size_t d = m_d;
        forEachBlockVectorised(m_blocks, [&](std::size_t b, auto isa) {
            BlockState state{m_blockSums.data() + b * m_sumStride, m_blockCounts.data() + b * m_countStride,
                             m_blockScratch.data() + b * m_scratchStride, 0};
            const std::size_t begin = m_blocks.begin(b), end = m_blocks.end(b, m_n);
            if (Hamerly && !distances) {
                // Two phases, so that the bound test (taken or not at random when the clusters
                // overlap) is not a branch: first the test for the whole block, collecting the
                // points that fail it, then the full scan of those, in row order as before.
                // Scratch per thread, not per block: per block it added 8 bytes a point to the
                // memory of every fit (8 MB at a million customers).
                thread_local std::vector<std::size_t> todo;
                todo.resize(end - begin);
                std::size_t count = 0;
                for (std::size_t i = begin; i < end; ++i) {
                    const std::size_t a = static_cast<std::size_t>(labels[i]);
                    Bounds &bd = m_bounds[i];
                    const double upper = bd.upper + m_shift[a];
                    const double lower = bd.lower - m_maxOtherShift[a];
                    const double m = std::max(m_halfSeparation[a], lower);
                    bd = Bounds{upper, lower}; // the scan below overwrites them for failing points
                    todo[count] = i;
                    count += upper * kBoundSlack < m ? 0 : 1;
                }
                for (std::size_t j = 0; j < count; ++j) {
                    if (j + kPrefetchRows < count)
                        for (std::size_t t = 0; t < d; t += 8)
                            __builtin_prefetch(m_x + todo[j + kPrefetchRows] * d + t);
                    scanPoint<Hamerly>(isa, todo[j], labels, accumulate, state);
                }
            } else if (!distances) {
                for (std::size_t i = begin; i < end; ++i)
                    assignPoint<Hamerly>(isa, i, labels, accumulate, state);
            } else {
                double sum = 0.0;
                for (std::size_t i = begin; i < end; ++i) {
                    const std::size_t label = static_cast<std::size_t>(
                        assignPoint<Hamerly>(isa, i, labels, accumulate, state));
                    const double d2 = squaredDistance(m_x + i * d, m_centroids.data() + label * d, d);
                    sum += d2;
                    distances[i] = std::sqrt(d2);
                }
                m_blockInertia[b] = sum;
            }
            m_blockChanges[b] = state.changes;
        });
        if (distances)
            m_fusedInertia = foldInertia();
        const std::size_t k = m_k;
        std::size_t changes = 0;
        for (std::size_t b = 0; b < m_blocks.count; ++b) {
            const std::size_t c = m_blockChanges[b];
            changes += c;
            if (!accumulate || c == 0)
                continue;
            const double *sums = m_blockSums.data() + b * m_sumStride;
            const std::int64_t *counts = m_blockCounts.data() + b * m_countStride;
            for (std::size_t e = 0; e < k * d; ++e)
                m_sums[e] += sums[e];
            for (std::size_t j = 0; j < k; ++j)
                m_counts[j] += counts[j];
        }
        return changes;
    }

    // New centroids from the sums; re-seeds empty clusters. Keeps the previous centroids in
    // m_oldCentroids. Returns the number of re-seeded clusters.
    int updateCentroids(Labels &labels, std::vector<double> &scratch)
    {
        const std::size_t d = m_d;
        m_oldCentroids = m_centroids;
        std::vector<std::size_t> empty;
        for (std::size_t j = 0; j < m_k; ++j)
            if (m_counts[j] == 0) {
                // Incremental sums leave rounding residue once a cluster has lost every point.
                std::fill_n(m_sums.data() + j * d, d, 0.0);
                empty.push_back(j);
            }
        if (!empty.empty())
            relocate(empty, labels, scratch);
        for (std::size_t j = 0; j < m_k; ++j) {
            // A cluster emptied by the relocation itself keeps its previous centroid.
            if (m_counts[j] == 0)
                continue;
            const double inv = static_cast<double>(m_counts[j]);
            for (std::size_t t = 0; t < d; ++t)
                m_centroids[j * d + t] = m_sums[j * d + t] / inv;
        }
        return static_cast<int>(empty.size());
    }

    // Empty-cluster recovery as scikit-learn's _relocate_empty_clusters: each empty cluster
    // takes one of the points farthest from the centroid they were just assigned to (ties:
    // the lower row), which leaves its old cluster.
    void relocate(const std::vector<std::size_t> &empty, Labels &labels, std::vector<double> &dist2)
    {
        const std::size_t d = m_d;
        dist2.resize(m_n);
        parallelFor(m_n, [&](std::size_t begin, std::size_t end) {
            for (std::size_t i = begin; i < end; ++i)
                dist2[i] = squaredDistance(m_x + i * d,
                                           m_oldCentroids.data() + static_cast<std::size_t>(labels[i]) * d, d);
        });
        const std::size_t m = empty.size();
        std::vector<std::pair<double, std::size_t>> far; // sorted: farthest first, then lower row
        far.reserve(m + 1);
        for (std::size_t i = 0; i < m_n; ++i) {
            if (far.size() == m && !(dist2[i] > far.back().first))
                continue;
            auto pos = std::find_if(far.begin(), far.end(), [&](const auto &p) { return dist2[i] > p.first; });
            far.insert(pos, {dist2[i], i});
            if (far.size() > m)
                far.pop_back();
        }
        for (std::size_t e = 0; e < m && e < far.size(); ++e) {
            const std::size_t i = far[e].second;
            const std::size_t j = empty[e];
            const std::size_t from = static_cast<std::size_t>(labels[i]);
            const double *xi = m_x + i * d;
            for (std::size_t t = 0; t < d; ++t) {
                m_sums[from * d + t] -= xi[t];
                m_sums[j * d + t] = xi[t];
            }
            if (--m_counts[from] == 0)
                std::fill_n(m_sums.data() + from * d, d, 0.0);
            m_counts[j] = 1;
            labels[i] = static_cast<std::int32_t>(j);
            if (!m_bounds.empty())
                m_bounds[i] = Bounds{kInf, 0.0}; // forces an exact check next iteration
        }
    }

    // Per-centroid shift and each centroid's largest shift among the others (for the lower
    // bounds). Returns the summed squared shift, scikit-learn's convergence measure.
    double computeShifts()
    {
        double total = 0.0;
        std::size_t top = 0;
        double first = -1.0, second = 0.0;
        for (std::size_t j = 0; j < m_k; ++j) {
            const double s2 = squaredDistance(m_centroids.data() + j * m_d, m_oldCentroids.data() + j * m_d, m_d);
            total += s2;
            m_shift[j] = std::sqrt(s2);
            if (m_shift[j] > first) {
                second = std::max(first, 0.0);
                first = m_shift[j];
                top = j;
            } else if (m_shift[j] > second) {
                second = m_shift[j];
            }
        }
        for (std::size_t j = 0; j < m_k; ++j)
            m_maxOtherShift[j] = j == top ? second : first;
        return total;
    }

    void prepareCentroids(bool hamerly)
    {
        transposeCentroids(m_centroids.data(), m_k, m_d, m_kPad, m_centroidsT.data());
        if (!hamerly)
            return;
        for (std::size_t j = 0; j < m_k; ++j) {
            double nearest = kInf;
            for (std::size_t o = 0; o < m_k; ++o)
                if (o != j)
                    nearest = std::min(nearest, squaredDistance(m_centroids.data() + j * m_d,
                                                                m_centroids.data() + o * m_d, m_d));
            m_halfSeparation[j] = 0.5 * std::sqrt(nearest);
        }
    }

    // Sum of squared distances to the assigned centroids; stores Euclidean distances if asked.
    double inertia(const Labels &labels, double *distances)
    {
        forEachBlock(m_blocks, [&](std::size_t b) {
            double sum = 0.0;
            for (std::size_t i = m_blocks.begin(b); i < m_blocks.end(b, m_n); ++i) {
                const double d2 = squaredDistance(
                    m_x + i * m_d, m_centroids.data() + static_cast<std::size_t>(labels[i]) * m_d, m_d);
                sum += d2;
                if (distances)
                    distances[i] = std::sqrt(d2);
            }
            m_blockInertia[b] = sum;
        });
        return foldInertia();
    }

    double foldInertia() const
    {
        double total = 0.0;
        for (double s : m_blockInertia)
            total += s;
        return total;
    }

    const double *m_x;
    std::size_t m_n, m_d, m_k, m_kPad;
    const KMeansOptions &m_options;
    double m_tolScaled;
    ReductionBlocks m_blocks;
    std::vector<double> m_centroids;    // k × d
    std::vector<double> m_oldCentroids; // k × d
    std::vector<double> m_centroidsT;   // d × kPad
    std::vector<double> m_sums;         // k × d
    std::vector<std::int64_t> m_counts; // k
    std::vector<double> m_halfSeparation;
    std::vector<double> m_shift;
    std::vector<double> m_maxOtherShift;
    std::size_t m_sumStride, m_countStride, m_scratchStride;
    std::vector<double> m_blockSums;
    std::vector<std::int64_t> m_blockCounts;
    std::vector<std::size_t> m_blockChanges;
    std::vector<double> m_blockInertia;
    double m_fusedInertia = 0.0;
    std::vector<double> m_blockScratch;
    std::vector<Bounds> m_bounds;
};

} // namespace

KMeansResult kmeans(const Matrix &x, const KMeansOptions &options, const Progress &progress)
{
    if (options.restartSampleRows > 0)
        return kmeansWithSampledRestarts(x, options, options.restartSampleRows, progress);
    validate(x, options);
    checkInitialCentroids(x, options);
    const double tolScaled = scaledTolerance(x, options.tol);
    checkDistinct(x, options.k);
    const int restarts = options.initialCentroids.size() > 0 ? 1 : options.nInit;

    const std::size_t k = static_cast<std::size_t>(options.k);
    Run run(x, options, tolScaled);

    KMeansResult result;
    Labels labels;
    std::vector<double> distances;
    bool haveBest = false;
    for (int r = 0; r < restarts; ++r) {
        const Progress restart = progress.sub(static_cast<double>(r) / restarts,
                                              static_cast<double>(r + 1) / restarts);
        restart.check();
        if (options.initialCentroids.size() > 0) {
            std::copy_n(options.initialCentroids.data(), k * static_cast<std::size_t>(x.cols()), run.centroids());
            seedFromCentroids(x, run.centroids(), k, labels, run.bounds());
        } else {
            Rng rng = Rng::derived(options.seed, static_cast<std::uint64_t>(r));
            // The distance buffer is free until fit() fills it, so seeding uses it as scratch.
            plusPlus(x, k, rng, distances, labels, run.bounds(), run.centroids(), restart);
        }
        Run::Outcome outcome = run.fit(labels, distances, restart);
        if (!haveBest || outcome.inertia < result.inertia) {
            haveBest = true;
            result.centroids = Eigen::Map<const Matrix>(run.centroids(), options.k, x.cols());
            std::swap(result.labels, labels);
            std::swap(result.distances, distances);
            result.inertia = outcome.inertia;
            result.iterations = outcome.iterations;
            result.status = outcome.status;
            result.bestInit = r;
            result.emptyClustersRecovered = outcome.recovered;
            result.inertiaHistory = std::move(outcome.history);
        }
        restart.report(1.0, "k-means");
    }
    return result;
}

Matrix kmeansPlusPlus(const Matrix &x, int k, std::uint64_t seed)
{
    KMeansOptions options;
    options.k = k;
    validate(x, options);
    scaledTolerance(x, 0.0);
    checkDistinct(x, k);
    Matrix centers(k, x.cols());
    Rng rng(seed);
    std::vector<double> closest;
    Labels nearest;
    plusPlus(x, static_cast<std::size_t>(k), rng, closest, nearest, nullptr, centers.data(), Progress{});
    return centers;
}

Labels assignNearest(const Matrix &x, const Matrix &centroids, std::vector<double> *distances)
{
    assert(centroids.cols() == x.cols() && centroids.rows() > 0);
    Labels labels(static_cast<std::size_t>(x.rows()));
    if (distances)
        distances->resize(labels.size());
    nearestOfAll(x, centroids.data(), static_cast<std::size_t>(centroids.rows()), labels.data(), nullptr,
                 distances ? distances->data() : nullptr);
    return labels;
}

} // namespace seg
