#include "engine/eval/k_sweep.h"

#include "engine/cluster/kmeans.h"
#include "engine/core/random.h"
#include "engine/core/sampling.h"
#include "engine/eval/metrics.h"

#include <algorithm>
#include <cmath>
#include <iterator>

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

Structure structureOf(double silhouette)
{
    if (!(silhouette > 0.25))
        return Structure::None;
    if (silhouette <= 0.50)
        return Structure::Weak;
    if (silhouette <= 0.70)
        return Structure::Reasonable;
    return Structure::Strong;
}

KRecommendation recommendK(const std::vector<KSweepPoint> &points)
{
    std::vector<KSweepPoint> sorted = points;
    std::sort(sorted.begin(), sorted.end(), [](const KSweepPoint &a, const KSweepPoint &b) { return a.k < b.k; });
    KRecommendation out;
    for (const KSweepPoint &p : sorted)
        if (std::isfinite(p.silhouette) && !(p.silhouette <= out.silhouette)) {
            out.silhouetteK = p.k;
            out.silhouette = p.silhouette;
        }

    // Kneedle on the decreasing inertia curve: scaled to the unit square, the elbow is where the
    // curve lies furthest below the straight line from its first to its last point.
    std::vector<KSweepPoint> curve;
    std::copy_if(sorted.begin(), sorted.end(), std::back_inserter(curve),
                 [](const KSweepPoint &p) { return std::isfinite(p.inertia); });
    if (curve.size() >= 3) {
        const double k0 = curve.front().k, k1 = curve.back().k;
        const auto [low, high] = std::minmax_element(curve.begin(), curve.end(), [](const auto &a, const auto &b) {
            return a.inertia < b.inertia;
        });
        const double range = high->inertia - low->inertia;
        double best = 0.1; // a bend of less than a tenth of the range is no elbow
        if (range > 0)
            for (const KSweepPoint &p : curve) {
                const double x = (p.k - k0) / (k1 - k0);
                const double fallen = (high->inertia - p.inertia) / range; // 0 at the top, 1 at the bottom
                if (fallen - x > best) {
                    best = fallen - x;
                    out.elbowK = p.k;
                }
            }
    }

    if (out.silhouetteK == 0)
        return out;
    out.structure = structureOf(out.silhouette);
    out.k = out.structure == Structure::None && out.elbowK ? out.elbowK : out.silhouetteK;
    return out;
}

} // namespace seg
