#include "engine/cluster/ward.h"

#include "engine/cluster/model_input.h"

#include "engine/cluster/distance_kernels.h"
#include "engine/cluster/kmeans.h"
#include "engine/core/error.h"
#include "engine/core/parallel.h"
#include "engine/core/random.h"
#include "engine/core/sampling.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <numeric>
#include <string>
#include <unordered_set>
#include <utility>

// Ward (1963) joins, step by step, the two clusters whose union least increases the
// within-cluster sum of squares. For clusters A and B with centroids c_A, c_B and sizes (or
// weights) |A|, |B| that increase is
//     ΔSSE(A, B) = |A||B| / (|A| + |B|) · ‖c_A − c_B‖²,
// which depends on the centroids and sizes alone. This is the centroid form of the Lance &
// Williams (1967) recurrence for Ward, so the clusters are kept as (centroid, size) pairs, O(n·d)
// memory, instead of updating an n × n distance matrix.
//
// The nearest-neighbour chain (Murtagh 1983, "A survey of recent advances in hierarchical
// clustering algorithms"; Müllner 2011, "Modern hierarchical, agglomerative clustering
// algorithms", arXiv:1109.2378, Fig. 4 "NN-chain-linkage"): follow nearest neighbours from any
// cluster until two clusters are each other's nearest neighbour, merge them, and continue from
// what is left of the chain. Ward's criterion is reducible (a merged cluster is never nearer to
// a third one than the nearer of its parts was), so the remaining chain stays valid and the
// merges are those of the greedy algorithm, though not in height order: they are sorted at the
// end. Each step scans the active clusters once: O(n²·d) time in all.
//
// Determinism: a scan computes every distance with the same code, whichever thread or block it
// falls in, and the nearest is the minimum of (distance, cluster id), which does not depend on
// how the scan is split; so the result is bit-identical for any thread count.

namespace seg {

namespace {

constexpr const char *kStage = "ward";

// Centroid values (slots × features) per block of the parallel nearest-neighbour scan: 2 MB, so
// that a block's work (~0.1 ms) outweighs the cost of waking a thread, which on a loaded machine
// can be far more than that. Scans of fewer than two blocks run on the calling thread. (The
// result does not depend on how a scan is split, see above.)
constexpr std::size_t kScanBlockValues = std::size_t(1) << 18;
constexpr std::size_t kMinScanBlock = 1024; // slots
// Slots whose distances one pass of the scan keeps in a buffer on the stack (in L1 cache).
constexpr std::size_t kScanChunk = 256;

// The share of micro-cluster mode's progress that its k-means takes.
constexpr double kSummaryShare = 0.8;

// Micro-cluster mode fits its k-means on a seeded sample of this many rows (all rows when there
// are fewer) and then assigns every row to the nearest centre once: Lloyd iterations over a
// million rows and thousands of centres cost seconds each, and micro-clusters only need to be
// compact, not a converged partition of all rows.
constexpr std::size_t kSummarySampleRows = 100000;
// Lloyd iterations of that k-means.
constexpr int kSummaryIterations = 20;

// Exact Ward keeps cluster ids (2n - 1 of them) in 32 bits.
constexpr std::size_t kMaxLeaves = std::size_t(1) << 30;

void validate(const Matrix &x, const WardOptions &options)
{
    const auto n = static_cast<std::int64_t>(x.rows());
    if (options.k < 1 || options.k > n)
        throw Error(ErrorKind::Usage,
                    fillIn(Text::tr("k = %1 must be between 1 and the number of rows (%2)"), options.k, n));
    if (options.exactLimit < 2)
        throw Error(ErrorKind::Usage, Text::tr("the exact Ward limit must be at least 2 rows"));
    if (options.microClusters < options.k)
        throw Error(ErrorKind::Usage, fillIn(Text::tr("the number of micro-clusters (%1) must be at least k (%2)"),
                                             options.microClusters, options.k));
    if (static_cast<std::size_t>(options.microClusters) > options.exactLimit)
        throw Error(ErrorKind::Usage,
                    fillIn(Text::tr("the number of micro-clusters (%1) must not exceed the exact Ward limit (%2)"),
                           options.microClusters, options.exactLimit));
    const bool exact = static_cast<std::size_t>(n) <= options.exactLimit;
    if ((exact && static_cast<std::size_t>(n) > kMaxLeaves)
        || static_cast<std::size_t>(options.microClusters) > kMaxLeaves)
        throw Error(ErrorKind::Usage, fillIn(Text::tr("Ward clustering takes at most %1 leaves; lower the exact limit "
                                                      "or the number of micro-clusters"),
                                             kMaxLeaves));

    requireModelValues(x, ModelUser::Ward);
}

// The nearest active cluster to the chain's top found by a scan (or a block of one).
struct Nearest
{
    double distance = std::numeric_limits<double>::infinity(); ///< ΔSSE of the merge
    std::int32_t id = std::numeric_limits<std::int32_t>::max();
    double toPrevious = -1.0; ///< ΔSSE with the chain's previous cluster, when this scan saw it

    // Smaller (distance, id) wins: the same answer however the scan is split.
    void combine(const Nearest &o)
    {
        if (o.distance < distance || (o.distance == distance && o.id < id)) {
            distance = o.distance;
            id = o.id;
        }
        if (o.toPrevious >= 0.0)
            toPrevious = o.toPrevious;
    }
};

// A merge in the order the chain makes it; ids as the chain numbers them (merge t makes
// cluster leaves + t), which is the order clusters are formed in.
struct ChainMerge
{
    std::int32_t a, b;
    double increase; // ΔSSE
    std::int64_t size;
};

// The active clusters of the chain algorithm, packed into slots 0..active-1 (a merged-away
// cluster's slot is refilled with the last one, so every scan reads one contiguous range).
// Centroids are stored feature-major (feature t of slot s at centroids[t * stride + s]), so
// a scan streams each feature over consecutive slots and vectorises across clusters.
class ActiveClusters
{
public:
    ActiveClusters(const double *points, const double *weights, const std::int64_t *sizes, std::size_t m,
                   std::size_t d)
        : m_d(d), m_stride(m), m_active(m), m_centroids(d * m), m_weights(weights, weights + m),
          m_sizes(sizes, sizes + m), m_ids(m), m_slotOf(2 * m - 1, -1)
    {
        for (std::size_t s = 0; s < m; ++s) {
            for (std::size_t t = 0; t < d; ++t)
                m_centroids[t * m_stride + s] = points[s * d + t];
            m_ids[s] = static_cast<std::int32_t>(s);
            m_slotOf[s] = static_cast<std::int32_t>(s);
        }
    }

    std::size_t active() const { return m_active; }
    std::int32_t idAt(std::size_t slot) const { return m_ids[slot]; }
    std::int64_t sizeOf(std::int32_t id) const { return m_sizes[slot(id)]; }

    // The nearest active cluster to `id` (lowest id on ties), and the distance to `previous`
    // (when >= 0) from the same computation, so that ties with it are seen exactly.
    Nearest nearest(std::int32_t id, std::int32_t previous, bool avx2) const
    {
        const std::size_t from = slot(id);
        double point[kMaxStackFeatures];
        std::vector<double> heapPoint;
        double *c = point;
        if (m_d > kMaxStackFeatures) {
            heapPoint.resize(m_d);
            c = heapPoint.data();
        }
        for (std::size_t t = 0; t < m_d; ++t)
            c[t] = m_centroids[t * m_stride + from];
        const double weight = m_weights[from];
        const std::size_t previousSlot = previous >= 0 ? slot(previous) : m_active;
        const std::size_t blockSlots = std::max(kMinScanBlock, kScanBlockValues / std::max<std::size_t>(1, m_d));
        auto scan = [&](std::size_t block, auto) {
            const std::size_t begin = block * blockSlots;
            return scanRange(c, weight, from, previousSlot, begin, std::min(m_active, begin + blockSlots));
        };
        const std::size_t blocks = (m_active + blockSlots - 1) / blockSlots;
        return parallelReduce(
            blocks, Nearest{},
            [&](std::size_t b0, std::size_t b1) {
                Nearest best;
                for (std::size_t b = b0; b < b1; ++b) {
                    Nearest part;
                    if (avx2) {
                        // runAvx2 takes a callable with a result slot; the scan returns by value.
                        auto body = [&](std::size_t blk, auto isa) { part = scan(blk, isa); };
                        kernels::runAvx2(body, b);
                    } else {
                        part = scan(b, kernels::Sse{});
                    }
                    best.combine(part);
                }
                return best;
            },
            [](Nearest &acc, const Nearest &part) { acc.combine(part); }, 1);
    }

    // Replaces clusters a and b by their union, with id `merged`.
    void merge(std::int32_t a, std::int32_t b, std::int32_t merged)
    {
        std::size_t keep = slot(a), drop = slot(b);
        if (drop < keep)
            std::swap(keep, drop);
        const double wa = m_weights[keep], wb = m_weights[drop], w = wa + wb;
        for (std::size_t t = 0; t < m_d; ++t) {
            double *row = m_centroids.data() + t * m_stride;
            row[keep] = (wa * row[keep] + wb * row[drop]) / w;
        }
        m_weights[keep] = w;
        m_sizes[keep] += m_sizes[drop];
        m_slotOf[static_cast<std::size_t>(a)] = -1;
        m_slotOf[static_cast<std::size_t>(b)] = -1;
        m_ids[keep] = merged;
        m_slotOf[static_cast<std::size_t>(merged)] = static_cast<std::int32_t>(keep);
        const std::size_t last = m_active - 1;
        if (drop != last) {
            for (std::size_t t = 0; t < m_d; ++t)
                m_centroids[t * m_stride + drop] = m_centroids[t * m_stride + last];
            m_weights[drop] = m_weights[last];
            m_sizes[drop] = m_sizes[last];
            m_ids[drop] = m_ids[last];
            m_slotOf[static_cast<std::size_t>(m_ids[drop])] = static_cast<std::int32_t>(drop);
        }
        --m_active;
    }

private:
    static constexpr std::size_t kMaxStackFeatures = 64;

    std::size_t slot(std::int32_t id) const
    {
        const std::int32_t s = m_slotOf[static_cast<std::size_t>(id)];
        assert(s >= 0);
        return static_cast<std::size_t>(s);
    }

    // Ward distances from the cluster (c, weight) in slot `self` to slots [begin, end).
    // Per slot, the squared distance sums the features in order: the same bits whether the loop
    // runs in SSE2 or AVX2 lanes or as scalar code.
    Nearest scanRange(const double *c, double weight, std::size_t self, std::size_t previousSlot,
                      std::size_t begin, std::size_t end) const
    {
        Nearest best;
        double dist[kScanChunk];
        const double *centroids = m_centroids.data();
        const double *weights = m_weights.data();
        const std::int32_t *ids = m_ids.data();
        const std::size_t d = m_d, stride = m_stride;
        for (std::size_t s0 = begin; s0 < end; s0 += kScanChunk) {
            const std::size_t len = std::min(kScanChunk, end - s0);
            std::fill_n(dist, len, 0.0);
            for (std::size_t t = 0; t < d; ++t) {
                const double ct = c[t];
                const double *column = centroids + t * stride + s0;
                for (std::size_t j = 0; j < len; ++j) {
                    const double e = ct - column[j];
                    dist[j] += e * e;
                }
            }
            for (std::size_t j = 0; j < len; ++j) {
                const double w = weights[s0 + j];
                dist[j] *= weight * w / (weight + w);
            }
            for (std::size_t j = 0; j < len; ++j) {
                const std::size_t s = s0 + j;
                if (s == self)
                    continue;
                const double v = dist[j];
                const std::int32_t id = ids[s];
                if (v < best.distance || (v == best.distance && id < best.id)) {
                    best.distance = v;
                    best.id = id;
                }
                if (s == previousSlot)
                    best.toPrevious = v;
            }
        }
        return best;
    }

    std::size_t m_d;
    std::size_t m_stride;
    std::size_t m_active;
    std::vector<double> m_centroids; // d × stride, feature-major
    std::vector<double> m_weights;
    std::vector<std::int64_t> m_sizes;
    std::vector<std::int32_t> m_ids;
    std::vector<std::int32_t> m_slotOf; // per cluster id: its slot, -1 once merged away
};

// The Ward dendrogram of m weighted points (m × d, row-major) by the nearest-neighbour chain,
// as a scipy linkage (see WardMerge).
std::vector<WardMerge> wardDendrogram(const double *points, const double *weights, const std::int64_t *sizes,
                                      std::size_t m, std::size_t d, const Progress &progress)
{
    assert(m >= 1 && m <= kMaxLeaves);
    std::vector<ChainMerge> made;
    made.reserve(m - 1);
    if (m > 1) {
        ActiveClusters clusters(points, weights, sizes, m, d);
        const bool avx2 = kernels::haveAvx2();
        const std::size_t reportEvery = std::max<std::size_t>(1, (m - 1) / 100);
        std::vector<std::int32_t> chain;
        chain.reserve(m);
        while (clusters.active() > 1) {
            if (chain.empty())
                chain.push_back(clusters.idAt(0));
            // Follow nearest neighbours until the top and the one below it are mutual nearest
            // neighbours. On a tie the previous cluster wins (Müllner 2011, §3.2), else the chain
            // could cycle between equidistant clusters.
            for (;;) {
                progress.check();
                const std::int32_t top = chain.back();
                const std::int32_t previous = chain.size() >= 2 ? chain[chain.size() - 2] : -1;
                const Nearest nn = clusters.nearest(top, previous, avx2);
                if (previous >= 0 && nn.toPrevious == nn.distance) {
                    const std::int32_t merged = static_cast<std::int32_t>(m + made.size());
                    made.push_back({previous, top, nn.distance, clusters.sizeOf(previous) + clusters.sizeOf(top)});
                    clusters.merge(previous, top, merged);
                    chain.resize(chain.size() - 2);
                    break;
                }
                chain.push_back(nn.id);
            }
            if (made.size() % reportEvery == 0)
                progress.report(static_cast<double>(made.size()) / static_cast<double>(m - 1), kStage);
        }
    }

    // Heights, then height order. Rounding can leave a merge a hair below one of the merges that
    // made its clusters (exact arithmetic never does, by reducibility); it is raised to that
    // height, so the sorted list forms every cluster before using it (chain order is such an
    // order and the sort is stable).
    const std::size_t count = made.size();
    std::vector<double> height(count);
    for (std::size_t t = 0; t < count; ++t) {
        double h = std::sqrt(2.0 * made[t].increase);
        for (const std::int32_t child : {made[t].a, made[t].b})
            if (static_cast<std::size_t>(child) >= m)
                h = std::max(h, height[static_cast<std::size_t>(child) - m]);
        height[t] = h;
    }
    std::vector<std::size_t> order(count);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](std::size_t p, std::size_t q) { return height[p] < height[q]; });
    std::vector<std::int32_t> rank(count);
    for (std::size_t i = 0; i < count; ++i)
        rank[order[i]] = static_cast<std::int32_t>(i);
    auto relabel = [&](std::int32_t id) {
        return static_cast<std::size_t>(id) < m ? id : static_cast<std::int32_t>(m) + rank[static_cast<std::size_t>(id) - m];
    };
    std::vector<WardMerge> merges(count);
    for (std::size_t i = 0; i < count; ++i) {
        const ChainMerge &c = made[order[i]];
        const std::int32_t a = relabel(c.a), b = relabel(c.b);
        merges[i] = {std::min(a, b), std::max(a, b), height[order[i]], c.size};
    }
    return merges;
}

// Union-find root with path halving.
std::size_t findRoot(std::vector<std::size_t> &parent, std::size_t i)
{
    while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    return i;
}

// cutDendrogram() without the checks.
Labels cut(const std::vector<WardMerge> &merges, std::size_t leaves, std::size_t k)
{
    // parent over leaves; `representative` maps every cluster id to one of its leaves.
    std::vector<std::size_t> parent(leaves);
    std::iota(parent.begin(), parent.end(), std::size_t(0));
    std::vector<std::size_t> representative(leaves + merges.size());
    std::iota(representative.begin(), representative.begin() + static_cast<std::ptrdiff_t>(leaves), std::size_t(0));
    for (std::size_t i = 0; i + k < leaves; ++i) {
        const std::size_t a = findRoot(parent, representative[static_cast<std::size_t>(merges[i].a)]);
        const std::size_t b = findRoot(parent, representative[static_cast<std::size_t>(merges[i].b)]);
        parent[std::max(a, b)] = std::min(a, b);
        representative[leaves + i] = std::min(a, b);
    }
    Labels labels(leaves);
    std::vector<std::int32_t> labelOfRoot(leaves, -1);
    std::int32_t next = 0;
    for (std::size_t i = 0; i < leaves; ++i) {
        std::int32_t &l = labelOfRoot[findRoot(parent, i)];
        if (l < 0)
            l = next++;
        labels[i] = l;
    }
    return labels;
}

// Micro-cluster mode's leaves: per row its micro-cluster (numbered by first appearance in row
// order, empty ones dropped), and per micro-cluster its centroid and row count.
struct MicroClusters
{
    Labels rowLeaves;
    Matrix centroids;
    std::vector<std::int64_t> rows;
};

MicroClusters summarise(const Matrix &x, const WardOptions &options, const Progress &progress)
{
    const std::size_t n = static_cast<std::size_t>(x.rows());
    const std::size_t d = static_cast<std::size_t>(x.cols());
    Matrix sample;
    if (n > kSummarySampleRows) {
        Rng rng = Rng::derived(options.seed, 0);
        const std::vector<std::size_t> rows = sampleIndices(n, kSummarySampleRows, rng);
        sample.resize(static_cast<Eigen::Index>(rows.size()), x.cols());
        for (std::size_t i = 0; i < rows.size(); ++i)
            sample.row(static_cast<Eigen::Index>(i)) = x.row(static_cast<Eigen::Index>(rows[i]));
    }
    const Matrix &fitRows = n > kSummarySampleRows ? sample : x;
    const std::size_t distinct = distinctRows(fitRows, static_cast<std::size_t>(options.microClusters));
    if (distinct < static_cast<std::size_t>(options.k))
        throw Error(ErrorKind::InvalidData,
                    fillIn(n > kSummarySampleRows
                               ? Text::tr("k = %1 but the data has only %n distinct row(s) in a sample of its rows",
                                          nullptr, static_cast<long long>(distinct))
                               : Text::tr("k = %1 but the data has only %n distinct row(s)", nullptr,
                                          static_cast<long long>(distinct)),
                           options.k));
    KMeansOptions summary;
    summary.k = static_cast<int>(distinct);
    summary.nInit = 1;
    summary.maxIter = kSummaryIterations;
    summary.seed = options.seed;
    const KMeansResult fit = kmeans(fitRows, summary, progress.sub(0.0, 0.9));
    progress.check();
    const Labels nearest = n > kSummarySampleRows ? assignNearest(x, fit.centroids) : fit.labels;
    progress.report(1.0, "k-means");

    MicroClusters micro;
    micro.rowLeaves.resize(n);
    std::vector<std::int32_t> leafOf(distinct, -1);
    std::int32_t leaves = 0;
    for (std::size_t i = 0; i < n; ++i) {
        std::int32_t &leaf = leafOf[static_cast<std::size_t>(nearest[i])];
        if (leaf < 0)
            leaf = leaves++;
        micro.rowLeaves[i] = leaf;
    }
    micro.centroids = Matrix::Zero(leaves, static_cast<Eigen::Index>(d));
    micro.rows.assign(static_cast<std::size_t>(leaves), 0);
    double *sums = micro.centroids.data();
    const double *data = x.data();
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t leaf = static_cast<std::size_t>(micro.rowLeaves[i]);
        ++micro.rows[leaf];
        for (std::size_t t = 0; t < d; ++t)
            sums[leaf * d + t] += data[i * d + t];
    }
    for (std::size_t leaf = 0; leaf < static_cast<std::size_t>(leaves); ++leaf)
        for (std::size_t t = 0; t < d; ++t)
            sums[leaf * d + t] /= static_cast<double>(micro.rows[leaf]);
    return micro;
}

} // namespace

WardResult ward(const Matrix &x, const WardOptions &options, const Progress &progress)
{
    validate(x, options);
    progress.check();
    const std::size_t n = static_cast<std::size_t>(x.rows());
    const std::size_t d = static_cast<std::size_t>(x.cols());

    WardResult result;
    if (n <= options.exactLimit) {
        result.leaves = n;
        result.leafWeights.assign(n, 1.0);
        result.rowLeaves.resize(n);
        std::iota(result.rowLeaves.begin(), result.rowLeaves.end(), 0);
        const std::vector<std::int64_t> ones(n, 1);
        result.merges = wardDendrogram(x.data(), result.leafWeights.data(), ones.data(), n, d, progress);
    } else {
        MicroClusters micro = summarise(x, options, progress.sub(0.0, kSummaryShare));
        result.approximate = true;
        result.leaves = micro.rows.size();
        result.leafWeights.assign(micro.rows.begin(), micro.rows.end());
        result.rowLeaves = std::move(micro.rowLeaves);
        result.merges = wardDendrogram(micro.centroids.data(), result.leafWeights.data(), micro.rows.data(),
                                       result.leaves, d, progress.sub(kSummaryShare, 1.0));
    }
    progress.check();
    result = recutWard(x, std::move(result), options.k);
    progress.report(1.0, kStage);
    return result;
}

WardResult recutWard(const Matrix &x, WardResult tree, int clusters)
{
    const std::size_t n = static_cast<std::size_t>(x.rows());
    const std::size_t d = static_cast<std::size_t>(x.cols());
    if (clusters < 1 || static_cast<std::size_t>(clusters) > tree.leaves)
        throw Error(ErrorKind::Usage,
                    fillIn(tree.leaves == 1 ? Text::tr("k = %1 must be between 1 and the 1 leaf of the tree")
                                            : Text::tr("k = %1 must be between 1 and the %n leaves of the tree",
                                                       nullptr, static_cast<long long>(tree.leaves)),
                           clusters));
    if (tree.rowLeaves.size() != n)
        throw Error(ErrorKind::Usage, fillIn(Text::tr("the tree has %n row(s), the data %1", nullptr,
                                                      static_cast<long long>(tree.rowLeaves.size())),
                                             n));
    const std::size_t k = static_cast<std::size_t>(clusters);
    WardResult result = std::move(tree);

    // Segments of the leaves, then of the rows, renumbered by first appearance in row order
    // (already so in exact mode, where leaves are rows).
    const Labels leafLabels = cut(result.merges, result.leaves, k);
    result.labels.resize(n);
    std::vector<std::int32_t> renumber(k, -1);
    std::int32_t next = 0;
    for (std::size_t i = 0; i < n; ++i) {
        std::int32_t &l = renumber[static_cast<std::size_t>(leafLabels[static_cast<std::size_t>(result.rowLeaves[i])])];
        if (l < 0)
            l = next++;
        result.labels[i] = l;
    }

    // Segment means and the within-segment sum of squares, from the rows, in row order.
    result.centers = Matrix::Zero(clusters, static_cast<Eigen::Index>(d));
    std::vector<std::int64_t> counts(k, 0);
    double *centers = result.centers.data();
    const double *data = x.data();
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t l = static_cast<std::size_t>(result.labels[i]);
        ++counts[l];
        for (std::size_t t = 0; t < d; ++t)
            centers[l * d + t] += data[i * d + t];
    }
    for (std::size_t l = 0; l < k; ++l)
        for (std::size_t t = 0; t < d; ++t)
            centers[l * d + t] /= static_cast<double>(counts[l]);
    double within = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        within += kernels::squaredDistance(data + i * d, centers + static_cast<std::size_t>(result.labels[i]) * d, d);
    result.withinSumOfSquares = within;
    return result;
}

Labels cutDendrogram(const std::vector<WardMerge> &merges, std::size_t leaves, int k)
{
    if (k < 1 || static_cast<std::size_t>(k) > leaves)
        throw Error(ErrorKind::Usage,
                    fillIn(Text::tr("k = %1 must be between 1 and the number of leaves (%2)"), k, leaves));
    if (merges.size() + 1 != leaves)
        throw Error(ErrorKind::InvalidData,
                    fillIn(leaves == 1 ? Text::tr("a dendrogram of 1 leaf has %1 merges, not %2")
                                       : Text::tr("a dendrogram of %n leaves has %1 merges, not %2", nullptr,
                                                  static_cast<long long>(leaves)),
                           leaves - 1, merges.size()));
    std::vector<bool> used(leaves + merges.size(), false);
    for (std::size_t i = 0; i < merges.size(); ++i) {
        const std::int64_t formed = static_cast<std::int64_t>(leaves + i);
        for (const std::int32_t id : {merges[i].a, merges[i].b}) {
            if (id < 0 || id >= formed || used[static_cast<std::size_t>(id)])
                throw Error(ErrorKind::InvalidData,
                            fillIn(id < 0 || id >= formed
                                       ? Text::tr("merge %1 of the dendrogram joins cluster %2, which does not exist "
                                                  "yet")
                                       : Text::tr("merge %1 of the dendrogram joins cluster %2, which was merged "
                                                  "before"),
                                   i + 1, id));
            used[static_cast<std::size_t>(id)] = true;
        }
    }
    return cut(merges, leaves, static_cast<std::size_t>(k));
}

} // namespace seg
