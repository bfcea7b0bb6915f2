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

} // namespace

struct UmapIndex::Hnsw
{
    std::unique_ptr<hnswlib::SpaceInterface<float>> space;
    std::unique_ptr<hnswlib::HierarchicalNSW<float>> graph;
};

UmapIndex::UmapIndex(const Matrix &x, UmapMetric metric, std::uint64_t seed, const Progress &progress)
    : m_metric(metric), m_rows(static_cast<std::size_t>(x.rows())), m_dimension(static_cast<std::size_t>(x.cols())),
      m_stride(paddedDimension(m_dimension, metric))
{
    m_data.resize(m_rows * m_stride);
    for (std::size_t i = 0; i < m_rows; ++i) {
        const std::vector<float> row = prepareRow(x.row(static_cast<Eigen::Index>(i)).data());
        std::copy(row.begin(), row.end(), m_data.begin() + static_cast<std::ptrdiff_t>(i * m_stride));
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
    // One by one, in row order: see the class comment.
    for (std::size_t i = 0; i < m_rows; ++i) {
        if (i % kChunkRows == 0) {
            progress.check();
            progress.report(static_cast<double>(i) / static_cast<double>(m_rows));
        }
        m_hnsw->graph->addPoint(m_data.data() + i * m_stride, static_cast<hnswlib::labeltype>(i));
    }
    progress.report(1.0);
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
            search(m_data.data() + i * m_stride, k, idx, dist);
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

UmapKnn UmapIndex::query(const Matrix &q, int k, const Progress &progress) const
{
    UmapKnn knn;
    knn.rows = static_cast<std::size_t>(q.rows());
    knn.k = k;
    const auto kk = static_cast<std::size_t>(k);
    knn.index.resize(knn.rows * kk);
    knn.distance.resize(knn.rows * kk);
    if (m_hnsw)
        m_hnsw->graph->setEf(searchBreadth(k));
    chunked(knn.rows, progress, [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
            const std::vector<float> row = prepareRow(q.row(static_cast<Eigen::Index>(i)).data());
            search(row.data(), k, knn.index.data() + i * kk, knn.distance.data() + i * kk);
        }
    });
    return knn;
}

} // namespace seg
