#pragma once
// A 2-D map of the prepared rows (the segment map): one point per row, from PCA or UMAP.

#include "engine/core/matrix.h"
#include "engine/core/progress.h"

#include <array>
#include <cstdint>
#include <limits>
#include <vector>

namespace seg {

enum class EmbeddingMethod : std::uint8_t {
    Pca,  ///< the two leading principal components
    Umap, ///< UMAP (engine/embed/umap.h): neighbourhoods kept, distances between far groups not to scale
};

/// n points in 2-D, in the order of the prepared rows. Plain data: views draw it, the project
/// file stores it.
struct Embedding
{
    EmbeddingMethod method = EmbeddingMethod::Pca;
    std::vector<float> x;
    std::vector<float> y;
    /// For PCA: the share of the total variance along each axis (0..1); NaN when the axis
    /// has no meaning (a method without one, or a one-feature map whose y is 0).
    std::array<double, 2> explainedVarianceRatio{std::numeric_limits<double>::quiet_NaN(),
                                                 std::numeric_limits<double>::quiet_NaN()};

    /// For PCA: each model column's coefficient on the two axes (its loading), index = column
    /// of the prepared matrix; empty for other methods. A biplot draws them as arrows.
    std::vector<std::array<double, 2>> loadings;

    std::size_t size() const { return x.size(); }
    bool operator==(const Embedding &) const = default;
};

/// The PCA map of the rows of x (n × d, row-major): the first two principal components (see
/// seg::pca). With one feature y is 0; with fewer than two rows every point is at the origin.
/// Reports progress and throws seg::Cancelled when cancelled.
Embedding pcaEmbedding(const Matrix &x, const Progress &progress = {});

} // namespace seg
