#include "engine/eval/k_sweep.h"

#include "engine/cluster/kmeans.h"
#include "engine/core/random.h"
#include "engine/core/sampling.h"
#include "engine/eval/metrics.h"

namespace seg {

KSweepSample kSweepSample(const Matrix &x, std::size_t sampleSize, std::uint64_t seed)
{
    Rng rng(seed);
    KSweepSample sample;
    sample.rows = sampleIndices(static_cast<std::size_t>(x.rows()), sampleSize, rng);
    sample.x = x(sample.rows, Eigen::all);
    return sample;
}

KSweepPoint kSweepPoint(const Matrix &x, const KSweepSample &sample, int k, int nInit, std::uint64_t seed,
                        const Progress &progress)
{
    KMeansOptions options;
    options.k = k;
    options.seed = seed;
    options.nInit = nInit;
    const KMeansResult km = kmeans(x, options, progress.sub(0.0, 0.8));
    return kSweepPoint(sample, k, km.labels, km.inertia, seed, progress.sub(0.8, 1.0));
}

KSweepPoint kSweepPoint(const KSweepSample &sample, int k, const Labels &labels, double inertia, std::uint64_t seed,
                        const Progress &progress)
{
    Labels sampleLabels(sample.rows.size());
    for (std::size_t i = 0; i < sample.rows.size(); ++i)
        sampleLabels[i] = labels[sample.rows[i]];
    KSweepPoint point;
    point.k = k;
    point.inertia = inertia;
    point.silhouette = silhouette(sample.x, sampleLabels, 0, seed, progress);
    return point;
}

} // namespace seg
