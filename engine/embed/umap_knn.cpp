#include "engine/embed/umap_knn.h"

#include "engine/core/parallel.h"

// hnswlib 0.6's SSE prefetches read one link past the end of an upper-level link list: inside
// malloc's rounding of the block, so harmless, but outside the bytes it asked for, where
// AddressSanitizer stops. Under AddressSanitizer its manual vectorisation (prefetches and SIMD
// distances) is off: the same algorithm with scalar distances, only slower.
#if defined(__SANITIZE_ADDRESS__)
#define NO_MANUAL_VECTORIZATION
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define NO_MANUAL_VECTORIZATION
#endif
#endif
#include <hnswlib/hnswlib.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>
#include <queue>
#include <tuple>
#include <cmath>
#include <numeric>
#include <utility>

namespace seg {

namespace {

// hnswlib's graph parameters: M = 12 links per node, ef_construction = 48 and a search breadth
// of max(48, 3k) find 97.8% of the true 15 neighbours of 100,000 demo customers (26 prepared
// features) in half the time of hnswlib's suggested M = 16, ef_construction = 200; umap-learn's
// NN-descent finds fewer.
constexpr std::size_t kHnswM = 12;
constexpr std::size_t kHnswEfConstruction = 48;
std::size_t searchBreadth(int k) { return std::max<std::size_t>(48, 3 * static_cast<std::size_t>(k)); }

// Rows are stored padded with zeros to a multiple of 16 floats for the Euclidean and cosine
// spaces: hnswlib's SSE distance kernels then need no scalar tail (about 1.4x faster at 26
// features). Zeros change no distance.
std::size_t paddedDimension(std::size_t d, UmapMetric metric)
{
    return metric == UmapMetric::Manhattan ? d : (d + 15) / 16 * 16;
}

// Rows handled between two cancellation checks.
constexpr std::size_t kChunkRows = 8192;

std::vector<std::size_t> allRows(std::size_t n)
{
    std::vector<std::size_t> rows(n);
    std::iota(rows.begin(), rows.end(), std::size_t {0});
    return rows;
}

float l1(const void *a, const void *b, const void *param)
{
    const auto *x = static_cast<const float *>(a);
    const auto *y = static_cast<const float *>(b);
    const std::size_t d = *static_cast<const std::size_t *>(param);
    float sum = 0.0f;
    for (std::size_t j = 0; j < d; ++j)
        sum += std::fabs(x[j] - y[j]);
    return sum;
}

/// hnswlib has L2 and inner-product spaces; Manhattan is ours.
class L1Space : public hnswlib::SpaceInterface<float>
{
public:
    explicit L1Space(std::size_t dim) : m_dim(dim) {}
    size_t get_data_size() override { return m_dim * sizeof(float); }
    hnswlib::DISTFUNC<float> get_dist_func() override { return &l1; }
    void *get_dist_func_param() override { return &m_dim; }

private:
    std::size_t m_dim;
};

/// Runs body(begin, end) over [0, n) in parallel, chunk by chunk, checking for cancellation
/// and reporting progress between chunks (never inside the parallel region).
template <typename Body>
void chunked(std::size_t n, const Progress &progress, Body &&body)
{
    for (std::size_t begin = 0; begin < n; begin += kChunkRows) {
        progress.check();
        const std::size_t end = std::min(n, begin + kChunkRows);
        parallelFor(end - begin, [&](std::size_t b, std::size_t e) { body(begin + b, begin + e); }, 64);
        progress.report(static_cast<double>(end) / static_cast<double>(n));
    }
    progress.check();
}

// The rows inserted together (see insertInBatches) are at most this many, and at most a 32nd
// of the rows already in the graph, so that a row rarely misses a neighbour of its own batch.
constexpr std::size_t kMaxInsertBatch = 1024;

using HnswGraph = hnswlib::HierarchicalNSW<float>;
using HnswHeap = std::priority_queue<std::pair<float, hnswlib::tableint>,
                                     std::vector<std::pair<float, hnswlib::tableint>>, HnswGraph::CompareByFirst>;

hnswlib::linklistsizeint *linkList(HnswGraph &g, hnswlib::tableint node, int level)
{
    return level == 0 ? g.get_linklist0(node) : g.get_linklist(node, level);
}

/// Inserts rows [0, n) of `data` into the empty graph `g` as hnswlib's addPoint() would one by
/// one, but in batches whose searches run in parallel, with a result that does not depend on
/// the thread count:
/// 1. the batch's rows get their levels (drawn in row order from the graph's generator, as
///    addPoint draws them) and their data, but no links yet;
/// 2. in parallel, each row searches the graph as it was before the batch (the new rows are
///    unreachable: nothing links to them) and selects its neighbours per level with hnswlib's
///    heuristic, exactly as addPoint does;
/// 3. each row's own links are written, then every neighbour adds the links back to the rows
///    that chose it (pruning with the same heuristic when full), in parallel across neighbours
///    and in row order for each, which is the order sequential insertion would use;
/// 4. the entry point moves to a row of a new top level, in row order.
/// The only difference from sequential insertion is that rows of one batch do not see each
/// other; batches of at most 1/32 of the graph keep that rare (the recall of the neighbours
/// found is measured in bench_umap).
void insertInBatches(HnswGraph &g, const float *data, std::size_t stride, std::size_t n, const Progress &progress)
{
    using hnswlib::tableint;
    const std::size_t dataBytes = g.data_size_;
    const auto place = [&](std::size_t i, int level) {
        const auto id = static_cast<tableint>(i);
        const hnswlib::labeltype label = i;
        g.label_lookup_[label] = id;
        g.element_levels_[id] = level;
        std::memset(g.data_level0_memory_ + id * g.size_data_per_element_ + g.offsetLevel0_, 0, g.size_data_per_element_);
        std::memcpy(g.getExternalLabeLp(id), &label, sizeof label);
        std::memcpy(g.getDataByInternalId(id), data + i * stride, dataBytes);
        g.linkLists_[id] = nullptr;
        if (level > 0) {
            g.linkLists_[id] = static_cast<char *>(std::malloc(g.size_links_per_element_ * static_cast<std::size_t>(level) + 1));
            if (!g.linkLists_[id])
                throw std::bad_alloc();
            std::memset(g.linkLists_[id], 0, g.size_links_per_element_ * static_cast<std::size_t>(level) + 1);
        }
        g.cur_element_count = i + 1;
    };
    if (n == 0)
        return;
    place(0, g.getRandomLevel(g.mult_));
    g.enterpoint_node_ = 0;
    g.maxlevel_ = g.element_levels_[0];

    // Per row of a batch: the neighbours chosen on each level from its top one down to 0.
    std::vector<std::vector<std::vector<tableint>>> chosen;
    struct BackLink
    {
        tableint neighbour;
        int level;
        tableint row;
        bool operator<(const BackLink &o) const
        {
            return std::tie(level, neighbour, row) < std::tie(o.level, o.neighbour, o.row);
        }
    };
    std::vector<BackLink> backLinks;
    std::size_t nextReport = 0;
    for (std::size_t begin = 1; begin < n;) {
        const std::size_t end = std::min(n, begin + std::clamp<std::size_t>(begin / 32, 1, kMaxInsertBatch));
        if (begin >= nextReport) {
            progress.check();
            progress.report(static_cast<double>(begin) / static_cast<double>(n));
            nextReport = begin + kChunkRows;
        }
        for (std::size_t i = begin; i < end; ++i)
            place(i, g.getRandomLevel(g.mult_));
        const tableint entry = g.enterpoint_node_;
        const int top = g.maxlevel_;
        chosen.assign(end - begin, {});
        parallelFor(end - begin, [&](std::size_t b, std::size_t e) {
            for (std::size_t r = b; r < e; ++r) {
                const auto id = static_cast<tableint>(begin + r);
                const void *point = g.getDataByInternalId(id);
                const int level = g.element_levels_[id];
                tableint current = entry;
                float best = g.fstdistfunc_(point, g.getDataByInternalId(current), g.dist_func_param_);
                for (int l = top; l > level; --l) {
                    for (bool changed = true; changed;) {
                        changed = false;
                        hnswlib::linklistsizeint *list = g.get_linklist(current, l);
                        const auto *links = reinterpret_cast<const tableint *>(list + 1);
                        for (int j = 0, size = g.getListCount(list); j < size; ++j) {
                            const float d = g.fstdistfunc_(point, g.getDataByInternalId(links[j]), g.dist_func_param_);
                            if (d < best) {
                                best = d;
                                current = links[j];
                                changed = true;
                            }
                        }
                    }
                }
                std::vector<std::vector<tableint>> &mine = chosen[r];
                mine.resize(static_cast<std::size_t>(std::min(level, top)) + 1);
                for (int l = std::min(level, top); l >= 0; --l) {
                    HnswHeap candidates = g.searchBaseLayer(current, point, l);
                    g.getNeighborsByHeuristic2(candidates, g.M_);
                    std::vector<tableint> &list = mine[static_cast<std::size_t>(l)];
                    while (!candidates.empty()) { // farthest first, as addPoint stores them
                        list.push_back(candidates.top().second);
                        candidates.pop();
                    }
                    current = list.back();
                }
            }
        }, 16);

        backLinks.clear();
        for (std::size_t r = 0; r < chosen.size(); ++r) {
            const auto id = static_cast<tableint>(begin + r);
            for (std::size_t l = 0; l < chosen[r].size(); ++l) {
                const std::vector<tableint> &list = chosen[r][l];
                hnswlib::linklistsizeint *own = linkList(g, id, static_cast<int>(l));
                g.setListCount(own, static_cast<unsigned short>(list.size()));
                std::copy(list.begin(), list.end(), reinterpret_cast<tableint *>(own + 1));
                for (const tableint neighbour : list)
                    backLinks.push_back({neighbour, static_cast<int>(l), id});
            }
        }
        std::sort(backLinks.begin(), backLinks.end());
        // Runs of one (level, neighbour): each run touches one link list only.
        std::vector<std::size_t> runs;
        for (std::size_t i = 0; i < backLinks.size(); ++i)
            if (i == 0 || backLinks[i].level != backLinks[i - 1].level || backLinks[i].neighbour != backLinks[i - 1].neighbour)
                runs.push_back(i);
        runs.push_back(backLinks.size());
        parallelFor(runs.size() - 1, [&](std::size_t b, std::size_t e) {
            for (std::size_t run = b; run < e; ++run) {
                const tableint neighbour = backLinks[runs[run]].neighbour;
                const int level = backLinks[runs[run]].level;
                const std::size_t most = level == 0 ? g.maxM0_ : g.maxM_;
                hnswlib::linklistsizeint *list = linkList(g, neighbour, level);
                auto *links = reinterpret_cast<tableint *>(list + 1);
                const char *at = g.getDataByInternalId(neighbour);
                for (std::size_t k = runs[run]; k < runs[run + 1]; ++k) {
                    const tableint row = backLinks[k].row;
                    const std::size_t size = g.getListCount(list);
                    if (size < most) {
                        links[size] = row;
                        g.setListCount(list, static_cast<unsigned short>(size + 1));
                        continue;
                    }
                    HnswHeap candidates;
                    candidates.emplace(g.fstdistfunc_(g.getDataByInternalId(row), at, g.dist_func_param_), row);
                    for (std::size_t j = 0; j < size; ++j)
                        candidates.emplace(g.fstdistfunc_(g.getDataByInternalId(links[j]), at, g.dist_func_param_), links[j]);
                    g.getNeighborsByHeuristic2(candidates, most);
                    std::size_t kept = 0;
                    while (!candidates.empty()) {
                        links[kept++] = candidates.top().second;
                        candidates.pop();
                    }
                    g.setListCount(list, static_cast<unsigned short>(kept));
                }
            }
        }, 64);

        for (std::size_t i = begin; i < end; ++i)
            if (g.element_levels_[i] > g.maxlevel_) {
                g.maxlevel_ = g.element_levels_[i];
                g.enterpoint_node_ = static_cast<tableint>(i);
            }
        begin = end;
    }
}

} // namespace

struct UmapIndex::Hnsw
{
    std::unique_ptr<hnswlib::SpaceInterface<float>> space;
    std::unique_ptr<hnswlib::HierarchicalNSW<float>> graph;
};

UmapIndex::UmapIndex(const Matrix &x, UmapMetric metric, std::uint64_t seed, const Progress &progress)
    : UmapIndex(rowsOf(x), allRows(static_cast<std::size_t>(x.rows())), metric, seed, progress)
{
}

UmapIndex::UmapIndex(const RowSource &x, std::span<const std::size_t> rows, UmapMetric metric, std::uint64_t seed,
                     const Progress &progress)
    : m_metric(metric), m_rows(rows.size()), m_dimension(x.cols), m_stride(paddedDimension(m_dimension, metric))
{
    m_data.resize(m_rows * m_stride);
    for (std::size_t begin = 0; begin < m_rows; begin += kChunkRows) {
        const std::size_t end = std::min(m_rows, begin + kChunkRows);
        const Matrix part = x.fetch(rows.subspan(begin, end - begin));
        for (std::size_t i = begin; i < end; ++i) {
            const std::vector<float> row = prepareRow(part.row(static_cast<Eigen::Index>(i - begin)).data());
            std::copy(row.begin(), row.end(), m_data.begin() + static_cast<std::ptrdiff_t>(i * m_stride));
        }
    }
    if (m_rows <= kUmapExactNeighborsMaxRows) {
        progress.report(1.0);
        return;
    }
    m_hnsw = std::make_unique<Hnsw>();
    switch (metric) {
    case UmapMetric::Euclidean: m_hnsw->space = std::make_unique<hnswlib::L2Space>(m_stride); break;
    case UmapMetric::Manhattan: m_hnsw->space = std::make_unique<L1Space>(m_dimension); break;
    case UmapMetric::Cosine: m_hnsw->space = std::make_unique<hnswlib::InnerProductSpace>(m_stride); break;
    }
    m_hnsw->graph = std::make_unique<hnswlib::HierarchicalNSW<float>>(
        m_hnsw->space.get(), m_rows, kHnswM, kHnswEfConstruction, static_cast<std::size_t>(seed % 2147483647u));
    insertInBatches(*m_hnsw->graph, m_data.data(), m_stride, m_rows, progress);
    // The graph holds the same floats for every row (storedRow): a second copy would be 13 MB
    // for a 100,000-row fit, held while a million rows are placed.
    std::vector<float>().swap(m_data);
    progress.report(1.0);
}

const float *UmapIndex::storedRow(std::size_t i) const
{
    if (m_hnsw)
        return reinterpret_cast<const float *>(m_hnsw->graph->getDataByInternalId(static_cast<hnswlib::tableint>(i)));
    return m_data.data() + i * m_stride;
}

UmapIndex::~UmapIndex() = default;

std::vector<float> UmapIndex::prepareRow(const double *row) const
{
    std::vector<float> out(m_stride, 0.0f);
    double norm = 0.0;
    for (std::size_t j = 0; j < m_dimension; ++j)
        norm += row[j] * row[j];
    // Cosine distance is 1 - <x/|x|, y/|y|>: unit rows make it an inner product. A zero row
    // stays zero, at distance 1 from every row.
    const double scale = m_metric == UmapMetric::Cosine && norm > 0.0 ? 1.0 / std::sqrt(norm) : 1.0;
    for (std::size_t j = 0; j < m_dimension; ++j)
        out[j] = static_cast<float>(row[j] * scale);
    return out;
}

float UmapIndex::distance(const float *a, const float *b) const
{
    float sum = 0.0f;
    switch (m_metric) {
    case UmapMetric::Euclidean:
        for (std::size_t j = 0; j < m_stride; ++j) {
            const float t = a[j] - b[j];
            sum += t * t;
        }
        return std::sqrt(sum);
    case UmapMetric::Manhattan:
        for (std::size_t j = 0; j < m_dimension; ++j)
            sum += std::fabs(a[j] - b[j]);
        return sum;
    case UmapMetric::Cosine:
        for (std::size_t j = 0; j < m_stride; ++j)
            sum += a[j] * b[j];
        return std::max(0.0f, 1.0f - sum);
    }
    return sum;
}

void UmapIndex::search(const float *query, int k, std::int32_t *index, float *dist) const
{
    const auto kk = static_cast<std::size_t>(k);
    if (!m_hnsw) {
        std::vector<std::pair<float, std::int32_t>> all(m_rows);
        for (std::size_t i = 0; i < m_rows; ++i)
            all[i] = {distance(query, m_data.data() + i * m_stride), static_cast<std::int32_t>(i)};
        // Ties go to the lower row, so the result does not depend on the sort's details.
        std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(kk), all.end());
        for (std::size_t j = 0; j < kk; ++j) {
            index[j] = all[j].second;
            dist[j] = all[j].first;
        }
        return;
    }
    auto heap = m_hnsw->graph->searchKnn(query, std::max(kk, searchBreadth(k)));
    std::vector<std::pair<float, std::int32_t>> found;
    found.reserve(heap.size());
    while (!heap.empty()) {
        float d = heap.top().first;
        switch (m_metric) {
        case UmapMetric::Euclidean: d = std::sqrt(std::max(0.0f, d)); break;
        case UmapMetric::Cosine: d = std::max(0.0f, d); break;
        case UmapMetric::Manhattan: break;
        }
        found.emplace_back(d, static_cast<std::int32_t>(heap.top().second));
        heap.pop();
    }
    std::sort(found.begin(), found.end());
    // hnswlib returns at least k when the index has k rows; pad defensively with the last.
    for (std::size_t j = 0; j < kk; ++j) {
        const auto &f = found[std::min(j, found.size() - 1)];
        index[j] = f.second;
        dist[j] = f.first;
    }
}

UmapKnn UmapIndex::selfNeighbors(int k, const Progress &progress) const
{
    UmapKnn knn;
    knn.rows = m_rows;
    knn.k = k;
    const auto kk = static_cast<std::size_t>(k);
    knn.index.resize(m_rows * kk);
    knn.distance.resize(m_rows * kk);
    if (m_hnsw)
        m_hnsw->graph->setEf(searchBreadth(k));
    chunked(m_rows, progress, [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
            std::int32_t *idx = knn.index.data() + i * kk;
            float *dist = knn.distance.data() + i * kk;
            search(storedRow(i), k, idx, dist);
            // The row itself first, at distance 0, as umap-learn's neighbour lists have it
            // (duplicates may have come first, or an approximate search missed it).
            const auto self = static_cast<std::int32_t>(i);
            std::int32_t *at = std::find(idx, idx + kk, self);
            if (at == idx + kk)
                at = idx + kk - 1;
            const auto pos = static_cast<std::size_t>(at - idx);
            for (std::size_t j = pos; j > 0; --j) {
                idx[j] = idx[j - 1];
                dist[j] = dist[j - 1];
            }
            idx[0] = self;
            dist[0] = 0.0f;
        }
    });
    return knn;
}

UmapKnn UmapIndex::query(const Matrix &q, int k, const Progress &progress, const std::vector<std::size_t> *rows) const
{
    UmapKnn knn;
    knn.rows = rows ? rows->size() : static_cast<std::size_t>(q.rows());
    knn.k = k;
    const auto kk = static_cast<std::size_t>(k);
    knn.index.resize(knn.rows * kk);
    knn.distance.resize(knn.rows * kk);
    if (m_hnsw)
        m_hnsw->graph->setEf(searchBreadth(k));
    chunked(knn.rows, progress, [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
            const auto r = static_cast<Eigen::Index>(rows ? (*rows)[i] : i);
            const std::vector<float> row = prepareRow(q.row(r).data());
            search(row.data(), k, knn.index.data() + i * kk, knn.distance.data() + i * kk);
        }
    });
    return knn;
}

} // namespace seg
