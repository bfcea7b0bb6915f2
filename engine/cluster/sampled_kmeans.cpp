#include "engine/cluster/sampled_kmeans.h"

#include "engine/core/error.h"
#include "engine/core/random.h"
#include "engine/core/sampling.h"

#include <algorithm>
#include <vector>

namespace seg {

KMeansResult kmeansWithSampledRestarts(const Matrix &x, const KMeansOptions &requested, std::size_t sampleSize,
                                       const Progress &progress)
{
    // Every run below is a plain one: kmeans() would otherwise come back here.
    KMeansOptions options = requested;
    options.restartSampleRows = 0;
    const auto n = static_cast<std::size_t>(x.rows());
    if (sampleSize == 0 || n <= 2 * sampleSize || options.initialCentroids.size() != 0
        || sampleSize < static_cast<std::size_t>(std::max(options.k, 1)) * 10)
        return kmeans(x, options, progress);

    // A seeded uniform sample without replacement (partial Fisher–Yates), in row order so the
    // sample keeps the table's memory locality. Its own stream: restarts use streams 0..nInit-1.
    Rng rng = Rng::derived(options.seed, 0x5a3b1e);
    const std::vector<std::size_t> index = sampleIndices(n, sampleSize, rng);
    Matrix sample(static_cast<Eigen::Index>(sampleSize), x.cols());
    for (std::size_t i = 0; i < sampleSize; ++i)
        sample.row(static_cast<Eigen::Index>(i)) = x.row(static_cast<Eigen::Index>(index[i]));

    // The sample may hold fewer distinct rows than k even when x does not; then fall back.
    KMeansResult onSample;
    try {
        onSample = kmeans(sample, options, progress.sub(0.0, 0.6));
    } catch (const Error &) {
        return kmeans(x, options, progress);
    }

    KMeansOptions refine = options;
    refine.initialCentroids = onSample.centroids;
    KMeansResult result = kmeans(x, refine, progress.sub(0.6, 1.0));
    result.bestInit = onSample.bestInit;
    return result;
}

} // namespace seg
