#include "engine/embed/embedding.h"

#include "engine/embed/pca.h"

#include <algorithm>

namespace seg {

Embedding pcaEmbedding(const Matrix &x, const Progress &progress)
{
    const auto n = static_cast<std::size_t>(x.rows());
    Embedding map;
    map.method = EmbeddingMethod::Pca;
    map.x.assign(n, 0.0f);
    map.y.assign(n, 0.0f);
    const int components = static_cast<int>(std::min<Eigen::Index>(2, x.cols()));
    if (n < 2 || components < 1) {
        progress.check();
        return map;
    }
    const PcaResult p = pca(x, components, progress);
    for (std::size_t i = 0; i < n; ++i) {
        const auto row = static_cast<Eigen::Index>(i);
        map.x[i] = static_cast<float>(p.embedding(row, 0));
        if (components > 1)
            map.y[i] = static_cast<float>(p.embedding(row, 1));
    }
    for (int c = 0; c < components; ++c)
        map.explainedVarianceRatio[static_cast<std::size_t>(c)] = p.explainedVarianceRatio(c);
    map.loadings.assign(static_cast<std::size_t>(x.cols()), {0.0, 0.0});
    for (Eigen::Index j = 0; j < x.cols(); ++j)
        for (int c = 0; c < components; ++c)
            map.loadings[static_cast<std::size_t>(j)][static_cast<std::size_t>(c)] = p.components(c, j);
    progress.check();
    return map;
}

} // namespace seg
