#pragma once
// A k-d tree for exact range and k-nearest-neighbour queries on the rows of a matrix, shared by
// the density-based algorithms (engine/cluster/density).

#include "engine/cluster/distance_kernels.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <numeric>
#include <utility>
#include <vector>

namespace seg {

// k-d tree (Bentley 1975) for exact range and k-nearest queries. Each node keeps the bounding
// box of its own points, so pruning never depends on how the points were split, and every
// distance a query accepts is the squaredDistance() kernel's, the same bits whatever the tree.
// Pruning tests keep a relative margin of 1e-9 against the rounding of box distances, so a
// query finds exactly the points a brute-force scan with the same kernel would.

class KdTree
{
public:
    /// Indexes the n rows of data (n × d, row-major); copies them.
    KdTree(const double *data, std::size_t n, std::size_t d) : m_d(d)
    {
        m_index.resize(n);
        std::iota(m_index.begin(), m_index.end(), 0);
        if (n > 0)
            build(data, 0, n, 0);
        m_points.resize(n * d);
        for (std::size_t i = 0; i < n; ++i)
            std::copy_n(data + static_cast<std::size_t>(m_index[i]) * d, d, m_points.data() + i * d);
    }

    struct Node
    {
        std::uint32_t begin = 0, end = 0;   // its rows: rowAt(begin .. end-1)
        std::int32_t left = -1, right = -1; // -1: a leaf
    };
    std::size_t nodeCount() const { return m_nodes.size(); }
    const Node &node(std::size_t id) const { return m_nodes[id]; }
    std::int32_t rowAt(std::size_t position) const { return m_index[position]; }
    /// The coordinates of the row at `position` in tree order. Queries made in tree order reuse
    /// the cache: neighbouring queries walk the same nodes.
    const double *pointAt(std::size_t position) const { return m_points.data() + position * m_d; }

    /// Finds the indexed rows within distance eps of q (sqrt of the kernel's squared distance
    /// <= eps): a node whose every row is within eps is reported whole, as onNode(node id),
    /// other rows one by one, as onRow(row, its position in tree order); in no particular
    /// order, until one returns false.
    template<typename OnRow, typename OnNode>
    void query(const double *q, double eps, OnRow &&onRow, OnNode &&onNode) const
    {
        if (m_nodes.empty())
            return;
        const double epsSq = eps * eps;
        const double pruneSq = epsSq * (1.0 + 1e-9);
        const double containSq = epsSq * (1.0 - 1e-9);
        // Squared distances clearly inside or outside; only the band between needs the sqrt.
        const double lowSq = epsSq * (1.0 - 1e-12);
        const double highSq = epsSq * (1.0 + 1e-12);
        std::int32_t stack[kMaxDepth];
        std::size_t top = 0;
        stack[top++] = 0;
        while (top > 0) {
            const auto id = static_cast<std::size_t>(stack[--top]);
            const Node &node = m_nodes[id];
            if (boxMinSq(id, q) > pruneSq)
                continue;
            if (boxMaxSq(id, q) < containSq) {
                if (!onNode(id))
                    return;
                continue;
            }
            if (node.left < 0) {
                for (std::uint32_t i = node.begin; i < node.end; ++i) {
                    const double sq = kernels::squaredDistance(q, m_points.data() + std::size_t(i) * m_d, m_d);
                    if (sq <= lowSq || (sq <= highSq && std::sqrt(sq) <= eps))
                        if (!onRow(m_index[i], i))
                            return;
                }
                continue;
            }
            assert(top + 2 <= kMaxDepth);
            stack[top++] = node.right;
            stack[top++] = node.left;
        }
    }

    /// The k-th smallest squared distance from q to the indexed rows (k <= rows); `heap` is
    /// scratch space of k doubles.
    double kthSquared(const double *q, std::size_t k, double *heap) const
    {
        std::size_t count = 0;
        Pending stack[kMaxDepth];
        std::size_t top = 0;
        stack[top++] = {0, boxMinSq(0, q)};
        while (top > 0) {
            const Pending p = stack[--top];
            if (count == k && p.minSq > heap[0] * (1.0 + 1e-9))
                continue;
            const Node &node = m_nodes[static_cast<std::size_t>(p.node)];
            if (node.left < 0) {
                for (std::uint32_t i = node.begin; i < node.end; ++i) {
                    const double sq = kernels::squaredDistance(q, m_points.data() + std::size_t(i) * m_d, m_d);
                    if (count < k) {
                        heap[count++] = sq;
                        std::push_heap(heap, heap + count);
                    } else if (sq < heap[0]) {
                        std::pop_heap(heap, heap + k);
                        heap[k - 1] = sq;
                        std::push_heap(heap, heap + k);
                    }
                }
                continue;
            }
            pushNearFirst(stack, top, node, q);
        }
        return heap[0];
    }

    /// The indexed row nearest to q (the lowest row on ties) and its squared distance.
    std::int32_t nearest(const double *q, double &bestSq) const
    {
        bestSq = std::numeric_limits<double>::infinity();
        std::int32_t best = std::numeric_limits<std::int32_t>::max();
        Pending stack[kMaxDepth];
        std::size_t top = 0;
        stack[top++] = {0, boxMinSq(0, q)};
        while (top > 0) {
            const Pending p = stack[--top];
            if (p.minSq > bestSq * (1.0 + 1e-9))
                continue;
            const Node &node = m_nodes[static_cast<std::size_t>(p.node)];
            if (node.left < 0) {
                for (std::uint32_t i = node.begin; i < node.end; ++i) {
                    const double sq = kernels::squaredDistance(q, m_points.data() + std::size_t(i) * m_d, m_d);
                    if (sq < bestSq || (sq == bestSq && m_index[i] < best)) {
                        bestSq = sq;
                        best = m_index[i];
                    }
                }
                continue;
            }
            pushNearFirst(stack, top, node, q);
        }
        return best;
    }

private:
    static constexpr std::size_t kLeafSize = 24;
    // Median splits halve the rows, so the depth is at most log2(2^31 / kLeafSize) < 32 and a
    // stack holds at most two entries per level.
    static constexpr std::size_t kMaxDepth = 80;

    struct Pending
    {
        std::int32_t node;
        double minSq;
    };

    std::int32_t build(const double *data, std::size_t begin, std::size_t end, std::size_t depth)
    {
        const auto id = static_cast<std::int32_t>(m_nodes.size());
        m_nodes.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end), -1, -1});
        m_lo.resize(m_lo.size() + m_d, std::numeric_limits<double>::infinity());
        m_hi.resize(m_hi.size() + m_d, -std::numeric_limits<double>::infinity());
        double *lo = m_lo.data() + static_cast<std::size_t>(id) * m_d;
        double *hi = m_hi.data() + static_cast<std::size_t>(id) * m_d;
        for (std::size_t i = begin; i < end; ++i) {
            const double *row = data + static_cast<std::size_t>(m_index[i]) * m_d;
            for (std::size_t t = 0; t < m_d; ++t) {
                lo[t] = std::min(lo[t], row[t]);
                hi[t] = std::max(hi[t], row[t]);
            }
        }
        std::size_t axis = 0;
        double spread = 0.0;
        for (std::size_t t = 0; t < m_d; ++t)
            if (hi[t] - lo[t] > spread) {
                spread = hi[t] - lo[t];
                axis = t;
            }
        // A node of identical rows stays a leaf whatever its size.
        if (end - begin <= kLeafSize || spread == 0.0 || depth + 1 >= kMaxDepth / 2)
            return id;
        const std::size_t mid = begin + (end - begin) / 2;
        std::nth_element(m_index.begin() + static_cast<std::ptrdiff_t>(begin),
                         m_index.begin() + static_cast<std::ptrdiff_t>(mid),
                         m_index.begin() + static_cast<std::ptrdiff_t>(end), [&](std::int32_t a, std::int32_t b) {
                             const double va = data[static_cast<std::size_t>(a) * m_d + axis];
                             const double vb = data[static_cast<std::size_t>(b) * m_d + axis];
                             return va < vb || (va == vb && a < b);
                         });
        const std::int32_t left = build(data, begin, mid, depth + 1);
        const std::int32_t right = build(data, mid, end, depth + 1);
        m_nodes[static_cast<std::size_t>(id)].left = left;
        m_nodes[static_cast<std::size_t>(id)].right = right;
        return id;
    }

    double boxMinSq(std::size_t node, const double *q) const
    {
        const double *lo = m_lo.data() + node * m_d;
        const double *hi = m_hi.data() + node * m_d;
        double sum = 0.0;
        for (std::size_t t = 0; t < m_d; ++t) {
            const double e = q[t] < lo[t] ? lo[t] - q[t] : (q[t] > hi[t] ? q[t] - hi[t] : 0.0);
            sum += e * e;
        }
        return sum;
    }

    double boxMaxSq(std::size_t node, const double *q) const
    {
        const double *lo = m_lo.data() + node * m_d;
        const double *hi = m_hi.data() + node * m_d;
        double sum = 0.0;
        for (std::size_t t = 0; t < m_d; ++t) {
            const double e = std::max(q[t] - lo[t], hi[t] - q[t]);
            sum += e * e;
        }
        return sum;
    }

    // Pushes the children of `node`, the nearer one last so that it is searched first.
    void pushNearFirst(Pending *stack, std::size_t &top, const Node &node, const double *q) const
    {
        const double l = boxMinSq(static_cast<std::size_t>(node.left), q);
        const double r = boxMinSq(static_cast<std::size_t>(node.right), q);
        assert(top + 2 <= kMaxDepth);
        if (l <= r) {
            stack[top++] = {node.right, r};
            stack[top++] = {node.left, l};
        } else {
            stack[top++] = {node.left, l};
            stack[top++] = {node.right, r};
        }
    }

    std::size_t m_d;
    std::vector<Node> m_nodes;
    std::vector<double> m_lo, m_hi;    // per node: its box, d values each
    std::vector<double> m_points;      // the rows in tree order
    std::vector<std::int32_t> m_index; // tree order -> row
};

} // namespace seg
