#include "engine/cluster/density.h"

#include "engine/cluster/kd_tree.h"
#include "engine/cluster/model_input.h"

#include "engine/cluster/distance_kernels.h"
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
#include <string_view>
#include <utility>

namespace seg {

namespace {

using kernels::squaredDistance;

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr std::int32_t kNoise = -1;

// Rows handled between two cancellation checks and progress reports.
constexpr std::size_t kChunkRows = 8192;

/// Runs body(begin, end) over [0, n) in parallel, chunk by chunk, checking for cancellation and
/// reporting progress between chunks (never inside the parallel region, which must not throw).
template<typename Body>
void inChunks(std::size_t n, const Progress &progress, std::string_view stage, Body &&body)
{
    for (std::size_t begin = 0; begin < n; begin += kChunkRows) {
        progress.check();
        const std::size_t end = std::min(n, begin + kChunkRows);
        parallelFor(end - begin, [&](std::size_t b, std::size_t e) { body(begin + b, begin + e); }, 64);
        progress.report(static_cast<double>(end) / static_cast<double>(n), stage);
    }
    progress.check();
}

// ---------------------------------------------------------------------------------------------
// Shared by both algorithms.

std::vector<double> coreDistancesImpl(const Matrix &x, std::size_t k, const Progress &progress,
                                      std::string_view stage)
{
    const std::size_t n = static_cast<std::size_t>(x.rows());
    const std::size_t d = static_cast<std::size_t>(x.cols());
    const KdTree tree(x.data(), n, d);
    std::vector<double> core(n);
    inChunks(n, progress, stage, [&](std::size_t begin, std::size_t end) {
        std::vector<double> heap(k);
        for (std::size_t p = begin; p < end; ++p)
            core[static_cast<std::size_t>(tree.rowAt(p))] = std::sqrt(tree.kthSquared(tree.pointAt(p), k, heap.data()));
    });
    return core;
}

/// Fills labels-derived fields of r from per-row cluster keys (any non-negative ids; -1 noise):
/// clusters renumbered 0.. by first row, counts and centres. Returns the key -> label map.
std::vector<std::int32_t> numberByFirstRow(const Matrix &x, const std::vector<std::int32_t> &key,
                                           std::size_t keyCount, DensityResult &r)
{
    const std::size_t n = key.size();
    const std::size_t d = static_cast<std::size_t>(x.cols());
    std::vector<std::int32_t> labelOf(keyCount, kNoise);
    r.labels.assign(n, kNoise);
    r.clusterCount = 0;
    r.noiseCount = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (key[i] < 0) {
            ++r.noiseCount;
            continue;
        }
        std::int32_t &label = labelOf[static_cast<std::size_t>(key[i])];
        if (label < 0)
            label = r.clusterCount++;
        r.labels[i] = label;
    }
    r.centers = Matrix::Zero(r.clusterCount, x.cols());
    std::vector<std::size_t> sizes(static_cast<std::size_t>(r.clusterCount), 0);
    for (std::size_t i = 0; i < n; ++i)
        if (r.labels[i] >= 0) {
            const auto c = static_cast<std::size_t>(r.labels[i]);
            ++sizes[c];
            for (std::size_t t = 0; t < d; ++t)
                r.centers(static_cast<Eigen::Index>(c), static_cast<Eigen::Index>(t)) += x(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(t));
        }
    for (std::size_t c = 0; c < sizes.size(); ++c)
        r.centers.row(static_cast<Eigen::Index>(c)) /= static_cast<double>(sizes[c]);
    return labelOf;
}

/// Copies the rows `rows` of x into r's core points, with their labels and radii.
void storeCorePoints(const Matrix &x, std::vector<std::size_t> rows, std::vector<double> radius, DensityResult &r)
{
    r.corePoints.resize(static_cast<Eigen::Index>(rows.size()), x.cols());
    r.coreLabels.resize(rows.size());
    for (std::size_t j = 0; j < rows.size(); ++j) {
        r.corePoints.row(static_cast<Eigen::Index>(j)) = x.row(static_cast<Eigen::Index>(rows[j]));
        r.coreLabels[j] = r.labels[rows[j]];
    }
    r.coreRadius = std::move(radius);
    r.coreRows = std::move(rows);
}

// ---------------------------------------------------------------------------------------------
// Prim's minimum spanning tree of the mutual-reachability graph (McInnes & Healy 2017, sec. 2.2;
// their mst_linkage_core_vector), on the implicit complete graph: O(n^2) distances, O(n) memory.
//
// Rows not yet in the tree sit in compact slots, feature-major (feature t of slot s at
// coords[t * stride + s]) so that one step's scan is a vector loop over slots; a row that joins
// the tree is replaced by the last slot. Each step updates every slot's best squared
// reachability to the tree with the newest tree row, in fixed blocks in parallel, and takes the
// minimum over (value, row): the lowest row on ties, so neither the slots' order nor the thread
// count changes the result. Squared distances add the features in order, lane by lane, the same
// in the SSE and AVX2 copies (see distance_kernels.h), so the result does not depend on the CPU.
// Comparing squared values is exact: sqrt is monotone and sqrt(c * c) == c in IEEE arithmetic,
// so the weight sqrt(max(core_a², core_b², d²)) is max(core_a, core_b, d) exactly.

struct PrimSlots
{
    std::size_t stride = 0;     // slots allocated per feature
    std::vector<double> coords; // d × stride, feature-major
    std::vector<double> coreSq; // per slot: its row's squared core distance
    std::vector<double> best;   // per slot: squared reachability to the tree so far
    std::vector<double> from;   // per slot: the tree row giving it (as a double, for blends)
    std::vector<std::int32_t> row;
};

// Updates slots [begin, end) with tree row c (coordinates c, squared core distance cCoreSq) and
// returns the smallest best value among them.
template<typename Isa>
inline double primUpdate(PrimSlots &slots, std::size_t d, std::size_t begin, std::size_t end, const double *c,
                         double cCoreSq, double cRow, Isa)
{
    using Vec = typename Isa::Vec;
    constexpr std::size_t kLanes = sizeof(Vec) / sizeof(double);
    const double *coords = slots.coords.data();
    const double *coreSq = slots.coreSq.data();
    double *best = slots.best.data();
    double *from = slots.from.data();
    const std::size_t stride = slots.stride;
    Vec minValue;
    for (std::size_t l = 0; l < kLanes; ++l)
        minValue[l] = kInf;
    std::size_t s = begin;
    for (; s + kLanes <= end; s += kLanes) {
        Vec sum = {};
        for (std::size_t t = 0; t < d; ++t) {
            Vec v;
            std::memcpy(&v, coords + t * stride + s, sizeof v);
            const Vec e = v - c[t];
            sum += e * e;
        }
        Vec core, b, f;
        std::memcpy(&core, coreSq + s, sizeof core);
        std::memcpy(&b, best + s, sizeof b);
        std::memcpy(&f, from + s, sizeof f);
        Vec reach = sum > cCoreSq ? sum : cCoreSq;
        reach = reach > core ? reach : core;
        const auto closer = reach < b;
        b = closer ? reach : b;
        f = closer ? cRow : f;
        std::memcpy(best + s, &b, sizeof b);
        std::memcpy(from + s, &f, sizeof f);
        minValue = b < minValue ? b : minValue;
    }
    double result = kInf;
    for (std::size_t l = 0; l < kLanes; ++l)
        result = std::min(result, static_cast<double>(minValue[l]));
    for (; s < end; ++s) {
        double sum = 0.0;
        for (std::size_t t = 0; t < d; ++t) {
            const double e = coords[t * stride + s] - c[t];
            sum += e * e;
        }
        const double reach = std::max(std::max(sum, cCoreSq), coreSq[s]);
        if (reach < best[s]) {
            best[s] = reach;
            from[s] = cRow;
        }
        result = std::min(result, best[s]);
    }
    return result;
}

std::vector<detail::MstEdge> primMst(const Matrix &x, const std::vector<double> &core, const Progress &progress,
                                     std::string_view stage)
{
    const std::size_t n = static_cast<std::size_t>(x.rows());
    const std::size_t d = static_cast<std::size_t>(x.cols());
    std::vector<detail::MstEdge> edges;
    if (n <= 1)
        return edges;
    edges.reserve(n - 1);
    std::size_t m = n - 1;
    PrimSlots slots;
    slots.stride = m;
    slots.coords.resize(d * m);
    slots.coreSq.resize(m);
    slots.best.assign(m, kInf);
    slots.from.assign(m, -1.0);
    slots.row.resize(m);
    for (std::size_t s = 0; s < m; ++s) {
        slots.row[s] = static_cast<std::int32_t>(s + 1);
        for (std::size_t t = 0; t < d; ++t)
            slots.coords[t * m + s] = x(static_cast<Eigen::Index>(s + 1), static_cast<Eigen::Index>(t));
        slots.coreSq[s] = core[s + 1] * core[s + 1];
    }
    constexpr std::size_t kBlock = 2048; // a multiple of every vector width
    std::vector<double> blockMin((m + kBlock - 1) / kBlock);
    const int threads = threadCount();
    const bool avx2 = kernels::haveAvx2();
    std::size_t current = 0;
    const double total = static_cast<double>(n) * static_cast<double>(n);
    for (std::size_t step = 0; step + 1 < n; ++step) {
        if (step % 256 == 0) {
            progress.check();
            // Step s scans n - s slots: the work done is about 1 - (remaining / n)^2.
            progress.report(1.0 - static_cast<double>(m) * static_cast<double>(m) / total, stage);
        }
        const double *c = x.data() + current * d;
        const double cCoreSq = core[current] * core[current];
        const auto cRow = static_cast<double>(current);
        const std::size_t blocks = (m + kBlock - 1) / kBlock;
        auto body = [&](std::size_t b, auto isa) {
            blockMin[b] = primUpdate(slots, d, b * kBlock, std::min(m, (b + 1) * kBlock), c, cCoreSq, cRow, isa);
        };
#pragma omp parallel for schedule(static) num_threads(threads) if (blocks > 1)
        for (std::size_t b = 0; b < blocks; ++b) {
            if (avx2)
                kernels::runAvx2(body, b);
            else
                body(b, kernels::Sse {});
        }
        double value = blockMin[0];
        for (std::size_t b = 1; b < blocks; ++b)
            value = std::min(value, blockMin[b]);
        // The lowest row among the slots holding the minimum.
        std::size_t slot = m;
        for (std::size_t b = 0; b < blocks; ++b) {
            if (blockMin[b] != value)
                continue;
            for (std::size_t s = b * kBlock, end = std::min(m, (b + 1) * kBlock); s < end; ++s)
                if (slots.best[s] == value && (slot == m || slots.row[s] < slots.row[slot]))
                    slot = s;
        }
        edges.push_back({static_cast<std::int32_t>(slots.from[slot]), slots.row[slot], std::sqrt(value)});
        current = static_cast<std::size_t>(slots.row[slot]);
        --m;
        if (slot != m) {
            slots.row[slot] = slots.row[m];
            slots.from[slot] = slots.from[m];
            slots.best[slot] = slots.best[m];
            slots.coreSq[slot] = slots.coreSq[m];
            for (std::size_t t = 0; t < d; ++t)
                slots.coords[t * slots.stride + slot] = slots.coords[t * slots.stride + m];
        }
    }
    progress.check();
    progress.report(1.0, stage);
    return edges;
}

// ---------------------------------------------------------------------------------------------
// HDBSCAN's trees (Campello et al. 2013, sec. 3-4; the hdbscan library's label(), condense_tree(),
// compute_stability(), get_clusters(), do_labelling() and get_probabilities()).

struct Merge
{
    std::int32_t left, right; ///< nodes: < n a row, n + i the i-th merge
    double distance;
    std::int32_t size;
};

/// The single-linkage dendrogram of the MST edges (sorted by weight): merge i joins the
/// current clusters of its edge's ends into node n + i (scipy's linkage format).
std::vector<Merge> singleLinkage(std::size_t n, std::vector<detail::MstEdge> edges)
{
    std::stable_sort(edges.begin(), edges.end(),
                     [](const detail::MstEdge &a, const detail::MstEdge &b) { return a.weight < b.weight; });
    std::vector<std::int32_t> parent(2 * n - 1);
    std::iota(parent.begin(), parent.end(), 0);
    std::vector<std::int32_t> size(2 * n - 1, 1);
    const auto find = [&](std::int32_t v) {
        std::int32_t root = v;
        while (parent[static_cast<std::size_t>(root)] != root)
            root = parent[static_cast<std::size_t>(root)];
        while (parent[static_cast<std::size_t>(v)] != root) {
            const std::int32_t next = parent[static_cast<std::size_t>(v)];
            parent[static_cast<std::size_t>(v)] = root;
            v = next;
        }
        return root;
    };
    std::vector<Merge> merges(n - 1);
    for (std::size_t i = 0; i + 1 < n; ++i) {
        const std::int32_t a = find(edges[i].a), b = find(edges[i].b);
        const auto node = static_cast<std::int32_t>(n + i);
        const std::int32_t s = size[static_cast<std::size_t>(a)] + size[static_cast<std::size_t>(b)];
        merges[i] = {a, b, edges[i].weight, s};
        parent[static_cast<std::size_t>(a)] = node;
        parent[static_cast<std::size_t>(b)] = node;
        size[static_cast<std::size_t>(node)] = s;
    }
    return merges;
}

/// The condensed tree, reduced to what selection and labelling need. Cluster 0 is the root;
/// clusters are numbered top-down, so a child's number is above its parent's.
struct CondensedTree
{
    std::vector<std::int32_t> clusterParent; ///< per cluster (-1 for the root)
    std::vector<double> birth;               ///< per cluster: lambda at which it split off
    std::vector<std::size_t> size;           ///< per cluster: its rows at its birth
    std::vector<double> stability;           ///< per cluster: excess of mass
    std::vector<double> maxChildLambda;      ///< per cluster: largest lambda of its rows and child clusters
    std::vector<std::int32_t> rowCluster;    ///< per row: the cluster it left (fell out of)
    std::vector<double> rowLambda;           ///< per row: the lambda at which it left
};

double lambdaOf(double distance)
{
    return distance > 0.0 ? 1.0 / distance : kInf;
}

CondensedTree condense(std::size_t n, const std::vector<Merge> &merges, std::size_t minClusterSize)
{
    CondensedTree t;
    t.clusterParent.push_back(-1);
    t.birth.push_back(0.0);
    t.size.push_back(n);
    t.rowCluster.assign(n, 0);
    t.rowLambda.assign(n, 0.0);
    const auto sizeOf = [&](std::int32_t node) {
        return node < static_cast<std::int32_t>(n) ? std::size_t(1)
                                                   : static_cast<std::size_t>(merges[static_cast<std::size_t>(node) - n].size);
    };
    std::vector<std::int32_t> clusterOf(2 * n - 1, -1);
    std::vector<std::int32_t> pending; // depth-first stack for the rows under a node
    const auto fallOut = [&](std::int32_t node, std::int32_t cluster, double lambda) {
        pending.assign(1, node);
        while (!pending.empty()) {
            const std::int32_t v = pending.back();
            pending.pop_back();
            if (v < static_cast<std::int32_t>(n)) {
                t.rowCluster[static_cast<std::size_t>(v)] = cluster;
                t.rowLambda[static_cast<std::size_t>(v)] = lambda;
            } else {
                pending.push_back(merges[static_cast<std::size_t>(v) - n].left);
                pending.push_back(merges[static_cast<std::size_t>(v) - n].right);
            }
        }
    };
    // Breadth first from the root, as the library numbers its clusters.
    std::vector<std::int32_t> queue{static_cast<std::int32_t>(2 * n - 2)};
    clusterOf[2 * n - 2] = 0;
    for (std::size_t q = 0; q < queue.size(); ++q) {
        const std::int32_t node = queue[q];
        const Merge &merge = merges[static_cast<std::size_t>(node) - n];
        const std::int32_t cluster = clusterOf[static_cast<std::size_t>(node)];
        const double lambda = lambdaOf(merge.distance);
        const bool leftBig = sizeOf(merge.left) >= minClusterSize;
        const bool rightBig = sizeOf(merge.right) >= minClusterSize;
        if (leftBig && rightBig) {
            for (const std::int32_t child : {merge.left, merge.right}) {
                clusterOf[static_cast<std::size_t>(child)] = static_cast<std::int32_t>(t.clusterParent.size());
                t.clusterParent.push_back(cluster);
                t.birth.push_back(lambda);
                t.size.push_back(sizeOf(child));
                queue.push_back(child);
            }
            continue;
        }
        // A side too small to be a cluster is noise of this one; a big side carries it on.
        for (const std::int32_t child : {merge.left, merge.right}) {
            if (sizeOf(child) >= minClusterSize) {
                clusterOf[static_cast<std::size_t>(child)] = cluster;
                queue.push_back(child);
            } else {
                fallOut(child, cluster, lambda);
            }
        }
    }

    // Stability (eq. 3 of Campello et al. 2013): sum over a cluster's members of
    // lambda_leave - lambda_birth; a child cluster counts its size at its birth lambda.
    // lambda_leave == lambda_birth counts 0, also when both are infinite (duplicate rows).
    const std::size_t clusters = t.clusterParent.size();
    t.stability.assign(clusters, 0.0);
    t.maxChildLambda.assign(clusters, 0.0);
    const auto add = [&](std::size_t parent, double lambda, double size) {
        if (lambda > t.birth[parent])
            t.stability[parent] += (lambda - t.birth[parent]) * size;
        t.maxChildLambda[parent] = std::max(t.maxChildLambda[parent], lambda);
    };
    for (std::size_t i = 0; i < n; ++i)
        add(static_cast<std::size_t>(t.rowCluster[i]), t.rowLambda[i], 1.0);
    for (std::size_t c = 1; c < clusters; ++c)
        add(static_cast<std::size_t>(t.clusterParent[c]), t.birth[c], static_cast<double>(t.size[c]));
    return t;
}

} // namespace

// ---------------------------------------------------------------------------------------------

std::vector<double> detail::coreDistances(const Matrix &x, int k, const Progress &progress)
{
    return coreDistancesImpl(x, static_cast<std::size_t>(k), progress, "hdbscan");
}

std::vector<detail::MstEdge> detail::mutualReachabilityMst(const Matrix &x, const std::vector<double> &core,
                                                           const Progress &progress)
{
    return primMst(x, core, progress, "hdbscan");
}

DensityResult dbscan(const Matrix &x, const DbscanOptions &options, const Progress &progress)
{
    if (x.rows() == 0)
        throw Error(ErrorKind::Usage, Text::tr("DBSCAN needs at least one row"));
    if (!(options.eps > 0.0) || !std::isfinite(options.eps))
        throw Error(ErrorKind::Usage, Text::tr("the DBSCAN radius eps must be a finite number > 0"));
    if (options.minSamples < 1)
        throw Error(ErrorKind::Usage, Text::tr("the DBSCAN minimum samples must be at least 1"));
    requireModelValues(x, ModelUser::Dbscan);
    constexpr std::string_view stage = "dbscan";
    progress.report(0.0, stage);
    const std::size_t n = static_cast<std::size_t>(x.rows());
    const std::size_t d = static_cast<std::size_t>(x.cols());
    const double eps = options.eps;
    const auto minSamples = static_cast<std::size_t>(options.minSamples);
    const KdTree tree(x.data(), n, d);

    // 1. Core points: minSamples rows within eps, counted until there are enough.
    std::vector<std::uint8_t> core(n, 0);
    inChunks(n, progress.sub(0.0, 0.3), stage, [&](std::size_t begin, std::size_t end) {
        for (std::size_t p = begin; p < end; ++p) {
            const auto i = static_cast<std::size_t>(tree.rowAt(p));
            std::size_t count = 0;
            tree.query(
                tree.pointAt(p), eps, [&](std::int32_t, std::uint32_t) { return ++count < minSamples; },
                [&](std::size_t id) {
                    count += tree.node(id).end - tree.node(id).begin;
                    return count < minSamples;
                });
            core[i] = count >= minSamples ? 1 : 0;
        }
    });

    // 2. Clusters are the connected components of core points within eps of each other
    // (density-connectedness, Ester et al. 1996, lemmas 1-2), found with a union-find whose root
    // is always the component's lowest row: the row scikit-learn's expansion seeds it from.
    // The links of a chunk of core rows are found in parallel against the union-find as it was
    // before the chunk (read only: links already implied are dropped early), then applied in
    // order. A tree node wholly within eps of a row links the row to all its core rows; once
    // those are joined (`joined`), one link to the node's first core row stands for all, so
    // each node's rows are walked once, not once per row that reaches it.
    const std::size_t nodes = tree.nodeCount();
    std::vector<std::int32_t> firstCore(nodes, kNoise); // per node: a core row in it, or -1
    for (std::size_t id = nodes; id-- > 0;) {           // children come after their parent
        const auto &node = tree.node(id);
        if (node.left >= 0) {
            const std::int32_t l = firstCore[static_cast<std::size_t>(node.left)];
            firstCore[id] = l >= 0 ? l : firstCore[static_cast<std::size_t>(node.right)];
            continue;
        }
        for (std::uint32_t p = node.begin; p < node.end && firstCore[id] < 0; ++p)
            if (core[static_cast<std::size_t>(tree.rowAt(p))])
                firstCore[id] = tree.rowAt(p);
    }
    std::vector<std::uint8_t> joined(nodes, 0);
    std::vector<std::int32_t> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    const auto rootOf = [&](std::int32_t v) {
        while (parent[static_cast<std::size_t>(v)] != v)
            v = parent[static_cast<std::size_t>(v)];
        return v;
    };
    const auto unite = [&](std::int32_t a, std::int32_t b) {
        a = rootOf(a);
        b = rootOf(b);
        if (a < b)
            parent[static_cast<std::size_t>(b)] = a;
        else if (b < a)
            parent[static_cast<std::size_t>(a)] = b;
    };
    std::vector<std::int32_t> coreRows, corePositions; // in tree order
    for (std::size_t p = 0; p < n; ++p)
        if (core[static_cast<std::size_t>(tree.rowAt(p))]) {
            coreRows.push_back(tree.rowAt(p));
            corePositions.push_back(static_cast<std::int32_t>(p));
        }
    constexpr std::size_t kLinkChunk = 1024;
    std::vector<std::vector<std::int32_t>> rowLinks(kLinkChunk), nodeLinks(kLinkChunk);
    const Progress linkProgress = progress.sub(0.3, 0.9);
    // Per position in tree order: the root of that core row as of the chunk's start, -1 for a
    // row that is not core (read in the order the query scans leaves, not at random).
    std::vector<std::int32_t> rootAt(n);
    for (std::size_t begin = 0; begin < coreRows.size(); begin += kLinkChunk) {
        progress.check();
        for (std::size_t p = 0; p < n; ++p)
            rootAt[p] = core[static_cast<std::size_t>(tree.rowAt(p))] ? parent[static_cast<std::size_t>(tree.rowAt(p))] : kNoise;
        const std::size_t end = std::min(coreRows.size(), begin + kLinkChunk);
        parallelFor(end - begin, [&](std::size_t b, std::size_t e) {
            for (std::size_t k = b; k < e; ++k) {
                const std::int32_t i = coreRows[begin + k];
                const std::int32_t root = rootOf(i);
                std::vector<std::int32_t> &rowsOut = rowLinks[k];
                std::vector<std::int32_t> &nodesOut = nodeLinks[k];
                rowsOut.clear();
                nodesOut.clear();
                tree.query(
                    tree.pointAt(static_cast<std::size_t>(corePositions[begin + k])), eps,
                    [&](std::int32_t j, std::uint32_t position) {
                        if (rootAt[position] >= 0 && rootAt[position] != root)
                            rowsOut.push_back(j);
                        return true;
                    },
                    [&](std::size_t id) {
                        const std::int32_t first = firstCore[id];
                        if (first >= 0 && !(joined[id] && rootOf(first) == root))
                            nodesOut.push_back(static_cast<std::int32_t>(id));
                        return true;
                    });
            }
        }, 8);
        for (std::size_t k = 0; k < end - begin; ++k) {
            const std::int32_t i = coreRows[begin + k];
            for (const std::int32_t j : rowLinks[k])
                unite(i, j);
            for (const std::int32_t id : nodeLinks[k]) {
                const auto &node = tree.node(static_cast<std::size_t>(id));
                if (joined[static_cast<std::size_t>(id)]) {
                    unite(i, firstCore[static_cast<std::size_t>(id)]);
                    continue;
                }
                for (std::uint32_t p = node.begin; p < node.end; ++p)
                    if (core[static_cast<std::size_t>(tree.rowAt(p))])
                        unite(i, tree.rowAt(p));
                joined[static_cast<std::size_t>(id)] = 1;
            }
        }
        // Full path compression, so that the next chunk's lookups take one step.
        for (const std::int32_t i : coreRows)
            parent[static_cast<std::size_t>(i)] = rootOf(i);
        linkProgress.report(static_cast<double>(end) / static_cast<double>(coreRows.size()), stage);
    }
    rowLinks = {};
    nodeLinks = {};
    std::vector<std::int32_t> seed(n, kNoise);
    for (const std::int32_t i : coreRows)
        seed[static_cast<std::size_t>(i)] = parent[static_cast<std::size_t>(i)];
    std::sort(coreRows.begin(), coreRows.end()); // row order, for the core points stored below

    // 3. Border rows: of the clusters with a core row within eps, the one seeded first.
    constexpr std::int32_t kNone = std::numeric_limits<std::int32_t>::max();
    std::vector<std::int32_t> firstSeed(nodes, kNone); // per node: the lowest seed of its core rows
    for (std::size_t id = nodes; id-- > 0;) {
        const auto &node = tree.node(id);
        if (node.left >= 0) {
            firstSeed[id] = std::min(firstSeed[static_cast<std::size_t>(node.left)],
                                     firstSeed[static_cast<std::size_t>(node.right)]);
            continue;
        }
        for (std::uint32_t p = node.begin; p < node.end; ++p)
            if (core[static_cast<std::size_t>(tree.rowAt(p))])
                firstSeed[id] = std::min(firstSeed[id], seed[static_cast<std::size_t>(tree.rowAt(p))]);
    }
    inChunks(n, progress.sub(0.9, 1.0), stage, [&](std::size_t begin, std::size_t end) {
        for (std::size_t p = begin; p < end; ++p) {
            const auto i = static_cast<std::size_t>(tree.rowAt(p));
            if (core[i])
                continue;
            std::int32_t first = kNone;
            tree.query(
                tree.pointAt(p), eps,
                [&](std::int32_t j, std::uint32_t) {
                    if (core[static_cast<std::size_t>(j)])
                        first = std::min(first, seed[static_cast<std::size_t>(j)]);
                    return true;
                },
                [&](std::size_t id) {
                    first = std::min(first, firstSeed[id]);
                    return true;
                });
            if (first != kNone)
                seed[i] = first;
        }
    });

    DensityResult r;
    numberByFirstRow(x, seed, n, r);
    std::vector<std::size_t> rows(coreRows.begin(), coreRows.end());
    std::vector<double> radius(rows.size(), eps);
    storeCorePoints(x, std::move(rows), std::move(radius), r);
    progress.report(1.0, stage);
    return r;
}

DensityResult hdbscan(const Matrix &x, const HdbscanOptions &options, const Progress &progress)
{
    if (x.rows() == 0)
        throw Error(ErrorKind::Usage, Text::tr("HDBSCAN needs at least one row"));
    if (options.minClusterSize < 2)
        throw Error(ErrorKind::Usage, Text::tr("the HDBSCAN minimum cluster size must be at least 2"));
    if (options.minSamples < 0)
        throw Error(ErrorKind::Usage, Text::tr("the HDBSCAN minimum samples must be at least 1 (or 0 for the "
                                               "minimum cluster size)"));
    requireModelValues(x, ModelUser::Hdbscan);
    constexpr std::string_view stage = "hdbscan";
    progress.report(0.0, stage);
    const std::size_t n = static_cast<std::size_t>(x.rows());
    const std::size_t minClusterSize = static_cast<std::size_t>(options.minClusterSize);
    const std::size_t k = std::min(n, static_cast<std::size_t>(options.minSamples > 0 ? options.minSamples
                                                                                       : options.minClusterSize));

    const std::vector<double> core = coreDistancesImpl(x, k, progress.sub(0.0, 0.1), stage);
    DensityResult r;
    if (n == 1) {
        numberByFirstRow(x, {kNoise}, 0, r);
        r.membership.assign(1, 0.0);
        storeCorePoints(x, {}, {}, r);
        progress.report(1.0, stage);
        return r;
    }
    std::vector<detail::MstEdge> edges = primMst(x, core, progress.sub(0.1, 0.97), stage);
    const std::vector<Merge> merges = singleLinkage(n, std::move(edges));
    progress.check();
    const CondensedTree tree = condense(n, merges, minClusterSize);
    const std::size_t clusters = tree.clusterParent.size();

    // Excess-of-mass selection (Campello et al. 2013, sec. 4.1), children before parents: a
    // cluster whose stability is below the sum of its children's (selected) stabilities gives way
    // to them and carries that sum up; otherwise it is selected and its descendants are not.
    // The root (cluster 0) is never selected.
    std::vector<std::vector<std::int32_t>> children(clusters);
    for (std::size_t c = 1; c < clusters; ++c)
        children[static_cast<std::size_t>(tree.clusterParent[c])].push_back(static_cast<std::int32_t>(c));
    std::vector<double> best = tree.stability;
    std::vector<std::uint8_t> selected(clusters, 0);
    std::vector<std::int32_t> below;
    for (std::size_t c = clusters; c-- > 1;) {
        double sum = 0.0;
        for (const std::int32_t child : children[c])
            sum += best[static_cast<std::size_t>(child)];
        if (sum > best[c]) {
            best[c] = sum;
            continue;
        }
        selected[c] = 1;
        below.assign(children[c].begin(), children[c].end());
        while (!below.empty()) {
            const auto v = static_cast<std::size_t>(below.back());
            below.pop_back();
            selected[v] = 0;
            below.insert(below.end(), children[v].begin(), children[v].end());
        }
    }

    // A row belongs to the selected cluster it left, or that is an ancestor of the one it left.
    std::vector<std::int32_t> owner(clusters, kNoise);
    for (std::size_t c = 1; c < clusters; ++c)
        owner[c] = selected[c] ? static_cast<std::int32_t>(c) : owner[static_cast<std::size_t>(tree.clusterParent[c])];
    std::vector<std::int32_t> key(n);
    for (std::size_t i = 0; i < n; ++i)
        key[i] = owner[static_cast<std::size_t>(tree.rowCluster[i])];
    const std::vector<std::int32_t> labelOf = numberByFirstRow(x, key, clusters, r);

    r.clusterStability.assign(static_cast<std::size_t>(r.clusterCount), 0.0);
    for (std::size_t c = 1; c < clusters; ++c)
        if (labelOf[c] >= 0)
            r.clusterStability[static_cast<std::size_t>(labelOf[c])] = tree.stability[c];
    // Membership as the library's probabilities_: lambda / (the cluster's largest child lambda).
    r.membership.assign(n, 0.0);
    std::vector<std::size_t> rows;
    std::vector<double> radius;
    for (std::size_t i = 0; i < n; ++i) {
        if (key[i] < 0)
            continue;
        const double maxLambda = tree.maxChildLambda[static_cast<std::size_t>(key[i])];
        const double lambda = tree.rowLambda[i];
        r.membership[i] = maxLambda == 0.0 || !std::isfinite(lambda) ? 1.0 : std::min(lambda, maxLambda) / maxLambda;
        rows.push_back(i);
        radius.push_back(core[i]);
    }
    storeCorePoints(x, std::move(rows), std::move(radius), r);
    progress.report(1.0, stage);
    return r;
}

KDistanceCurve kDistanceCurve(const Matrix &x, int minSamples, std::size_t sampleRows, std::uint64_t seed,
                              const Progress &progress)
{
    if (x.rows() == 0)
        throw Error(ErrorKind::Usage, Text::tr("the k-distance curve needs at least one row"));
    const std::size_t n = static_cast<std::size_t>(x.rows());
    if (minSamples < 1 || static_cast<std::size_t>(minSamples) > n)
        throw Error(ErrorKind::Usage,
                    fillIn(Text::tr("the k-distance curve's minimum samples must be between 1 and the number of "
                                    "rows (%1)"),
                           n));
    requireModelValues(x, ModelUser::KDistanceCurve);
    const std::size_t d = static_cast<std::size_t>(x.cols());
    const auto k = static_cast<std::size_t>(minSamples);
    std::vector<std::size_t> rows;
    if (sampleRows == 0 || sampleRows >= n) {
        rows.resize(n);
        std::iota(rows.begin(), rows.end(), std::size_t{0});
    } else {
        Rng rng(seed);
        rows = sampleIndices(n, sampleRows, rng);
    }
    const KdTree tree(x.data(), n, d);
    KDistanceCurve curve;
    curve.distances.resize(rows.size());
    inChunks(rows.size(), progress, "k-distance", [&](std::size_t begin, std::size_t end) {
        std::vector<double> heap(k);
        for (std::size_t i = begin; i < end; ++i)
            curve.distances[i] = std::sqrt(tree.kthSquared(x.data() + rows[i] * d, k, heap.data()));
    });
    std::sort(curve.distances.begin(), curve.distances.end());

    // Kneedle on the increasing, convex curve: the largest (x - y) on the unit square.
    const std::vector<double> &v = curve.distances;
    const std::size_t m = v.size();
    curve.suggestedEps = v[0];
    const double range = v[m - 1] - v[0];
    if (m >= 3 && range > 0.0) {
        double bestGap = 0.0;
        for (std::size_t i = 1; i + 1 < m; ++i) {
            const double gap = static_cast<double>(i) / static_cast<double>(m - 1) - (v[i] - v[0]) / range;
            if (gap > bestGap) {
                bestGap = gap;
                curve.suggestedEps = v[i];
            }
        }
    }
    return curve;
}

Labels assignDensity(const Matrix &corePoints, const std::vector<std::int32_t> &coreLabels,
                     const std::vector<double> &coreRadius, const Matrix &x)
{
    const std::size_t m = static_cast<std::size_t>(corePoints.rows());
    if (coreLabels.size() != m || coreRadius.size() != m)
        throw Error(ErrorKind::Usage,
                    fillIn(Text::tr("the core points, their labels and their radii must be as many (%1, %2 and %3)"),
                           m, coreLabels.size(), coreRadius.size()));
    const std::size_t n = static_cast<std::size_t>(x.rows());
    Labels labels(n, kNoise);
    if (m == 0 || n == 0)
        return labels;
    if (x.cols() != corePoints.cols())
        throw Error(ErrorKind::Usage,
                    fillIn(Text::tr("the rows to assign have %1 features but the core points have %2"), x.cols(),
                           corePoints.cols()));
    const std::size_t d = static_cast<std::size_t>(x.cols());
    const KdTree tree(corePoints.data(), m, d);
    parallelFor(n, [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
            const double *q = x.data() + i * d;
            if (!std::all_of(q, q + d, [](double v) { return std::isfinite(v); }))
                continue;
            double sq = 0.0;
            const auto j = static_cast<std::size_t>(tree.nearest(q, sq));
            if (std::sqrt(sq) <= coreRadius[j])
                labels[i] = coreLabels[j];
        }
    }, 64);
    return labels;
}

double suggestDbscanEps(const Matrix &x, int minSamples, const Progress &progress)
{
    return kDistanceCurve(x, minSamples, kEpsSuggestionSample, kEpsSuggestionSeed, progress).suggestedEps;
}

int suggestHdbscanMinClusterSize(std::size_t rows)
{
    return std::max(5, static_cast<int>(std::ceil(0.01 * static_cast<double>(rows))));
}

} // namespace seg
