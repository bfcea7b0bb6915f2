#pragma once
// UMAP, step 1: the k nearest neighbours of every row. Internal to engine/embed (umap.h is the
// interface).

#include "engine/core/matrix.h"
#include "engine/core/progress.h"
#include "engine/core/row_source.h"
#include "engine/embed/umap.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace seg {

/// rows × k neighbours, nearest first: index[i * k + j] and distance[i * k + j] (in the
/// metric's units: Euclidean and Manhattan distances, cosine distance 1 - cos).
struct UmapKnn
{
    std::size_t rows = 0;
    int k = 0;
    std::vector<std::int32_t> index;
    std::vector<float> distance;
};

/// The rows a map was fitted on, searchable: exact (brute force) up to
/// kUmapExactNeighborsMaxRows rows, an hnswlib graph (Malkov & Yashunin 2018) above.
///
/// The hnswlib graph is built in batches of rows: each row of a batch searches the graph as it
/// was before the batch, in parallel, and the links are then added in row order, with the level
/// generator seeded from the seed. The same rows and seed give the same graph, and so the same
/// neighbours, for any thread count (hnswlib's own parallel insertion would not). Queries run
/// in parallel; each is a read-only walk of the graph, so they do not depend on the thread count.
class UmapIndex
{
public:
    /// Copies x (n × d, row-major) as floats (rows scaled to unit length for cosine) and
    /// builds the index. Reports progress; throws seg::Cancelled.
    UmapIndex(const Matrix &x, UmapMetric metric, std::uint64_t seed, const Progress &progress = {});
    /// The same of the rows `rows` of x (indexed in that order), fetched a few thousand at a
    /// time: no copy of them in doubles.
    UmapIndex(const RowSource &x, std::span<const std::size_t> rows, UmapMetric metric, std::uint64_t seed,
              const Progress &progress = {});
    ~UmapIndex();
    UmapIndex(const UmapIndex &) = delete;
    UmapIndex &operator=(const UmapIndex &) = delete;

    std::size_t rows() const { return m_rows; }
    std::size_t dimension() const { return m_dimension; }
    bool exact() const { return m_hnsw == nullptr; }

    /// The k nearest indexed rows of every indexed row, itself first (distance 0) whatever
    /// duplicates it has: what UMAP's graph is built from. k <= rows().
    UmapKnn selfNeighbors(int k, const Progress &progress = {}) const;
    /// The k nearest indexed rows of every row of q (m × d, row-major), or of the rows of q named
    /// in `rows` (in that order) when it is given.
    UmapKnn query(const Matrix &q, int k, const Progress &progress = {},
                  const std::vector<std::size_t> *rows = nullptr) const;

private:
    struct Hnsw;
    /// k nearest of one query (already a float row, scaled for cosine) into index/distance.
    void search(const float *query, int k, std::int32_t *index, float *distance) const;
    float distance(const float *a, const float *b) const;
    /// Indexed row i as stored (floats, padded to m_stride): in m_data without the graph, in the
    /// graph with it.
    const float *storedRow(std::size_t i) const;
    std::vector<float> prepareRow(const double *row) const;

    UmapMetric m_metric;
    std::size_t m_rows = 0;
    std::size_t m_dimension = 0;
    std::size_t m_stride = 0;  // floats per stored row (the dimension, padded)
    std::vector<float> m_data; // rows × stride; empty once the graph holds them
    std::unique_ptr<Hnsw> m_hnsw;
};

} // namespace seg
