#pragma once
// How faithfully a low-dimensional map keeps each point's neighbours.

#include "engine/core/matrix.h"
#include "engine/core/progress.h"
#include "engine/core/row_source.h"
#include "engine/embed/embedding.h"

#include <cstddef>
#include <cstdint>

namespace seg {

/// Trustworthiness (Venna & Kaski 2001) with scikit-learn's definition
/// (sklearn.manifold.trustworthiness, Euclidean distances):
///   T(k) = 1 - 2 / (n k (2n - 3k - 1)) * sum_i sum_{j in U_k(i)} max(0, r(i, j) - k)
/// where U_k(i) are the k nearest neighbours of row i in `low` and r(i, j) the rank of j among
/// the rows ordered by their distance to i in `high` (1 = nearest; ties go to the lower row).
/// 1 when every map neighbour is a true neighbour. high is n × d, low n × e (row-major, the
/// same rows). Requires 1 <= k < n / 2 (sklearn's condition), else throws seg::Error(Usage).
/// O(n² (d + k)) time, O(n) memory per thread; the result does not depend on the thread count.
double trustworthiness(const Matrix &high, const Matrix &low, int k, const Progress &progress = {});

/// The trustworthiness of `map` (one point per row of x) on `sampleSize` rows drawn with
/// seg::sampleIndices from Rng(seed) (all rows when sampleSize is 0 or >= n), neighbours and
/// ranks taken within the sample, as sklearn does when given the sampled rows.
double embeddingTrustworthiness(const Matrix &x, const Embedding &map, std::size_t sampleSize, int k = 15,
                                std::uint64_t seed = 0, const Progress &progress = {});
/// The same of rows made on demand: only the sample's rows are fetched.
double embeddingTrustworthiness(const RowSource &x, const Embedding &map, std::size_t sampleSize, int k = 15,
                                std::uint64_t seed = 0, const Progress &progress = {});

} // namespace seg
