#include "engine/embed/umap_graph.h"

#include "engine/core/parallel.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace seg {

namespace {

/// The graph of n rows whose row i has the edges that rowEdges(i, edge) hands to
/// edge(target, weight), in that order. Two passes, counting each row's edges and then writing
/// them at their offsets: a list per row would cost more than the graph itself.
template <typename RowEdges>
UmapGraph packedGraph(std::size_t n, std::size_t columns, const RowEdges &rowEdges)
{
    UmapGraph g;
    g.rows = n;
    g.columns = columns;
    g.offsets.assign(n + 1, 0);
    parallelFor(n, [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
            std::size_t count = 0;
            rowEdges(i, [&](std::int32_t, float) { ++count; });
            g.offsets[i + 1] = count;
        }
    }, 256);
    for (std::size_t i = 0; i < n; ++i)
        g.offsets[i + 1] += g.offsets[i];
    g.targets.resize(g.offsets[n]);
    g.weights.resize(g.offsets[n]);
    parallelFor(n, [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
            std::size_t at = g.offsets[i];
            rowEdges(i, [&](std::int32_t target, float weight) {
                g.targets[at] = target;
                g.weights[at] = weight;
                ++at;
            });
        }
    }, 256);
    return g;
}

// umap-learn's SMOOTH_K_TOLERANCE and MIN_K_DIST_SCALE (umap/umap_.py).
constexpr double kSmoothKTolerance = 1e-5;
constexpr double kMinKDistScale = 1e-3;
constexpr int kBisectionSteps = 64;
} // namespace

void smoothKnnDistances(const UmapKnn &knn, double k, double localConnectivity, std::vector<double> &rho,
                        std::vector<double> &sigma)
{
    const std::size_t n = knn.rows;
    const auto kk = static_cast<std::size_t>(knn.k);
    rho.assign(n, 0.0);
    sigma.assign(n, 0.0);
    const double target = std::log2(k);
    // The mean of all neighbour distances, in a fixed order (the floor for rows with rho = 0).
    double total = 0.0;
    for (float d : knn.distance)
        total += d;
    const double meanAll = knn.distance.empty() ? 0.0 : total / static_cast<double>(knn.distance.size());

    parallelFor(n, [&](std::size_t begin, std::size_t end) {
        std::vector<double> nonZero;
        for (std::size_t i = begin; i < end; ++i) {
            const float *d = knn.distance.data() + i * kk;
            nonZero.clear();
            double rowSum = 0.0;
            for (std::size_t j = 0; j < kk; ++j) {
                rowSum += d[j];
                if (d[j] > 0.0f)
                    nonZero.push_back(d[j]);
            }
            double r = 0.0;
            if (static_cast<double>(nonZero.size()) >= localConnectivity) {
                const auto index = static_cast<std::size_t>(std::floor(localConnectivity));
                const double interpolation = localConnectivity - static_cast<double>(index);
                if (index > 0) {
                    r = nonZero[index - 1];
                    if (interpolation > kSmoothKTolerance && index < nonZero.size())
                        r += interpolation * (nonZero[index] - nonZero[index - 1]);
                } else if (!nonZero.empty()) {
                    r = interpolation * nonZero[0];
                }
            } else if (!nonZero.empty()) {
                r = *std::max_element(nonZero.begin(), nonZero.end());
            }

            double lo = 0.0;
            double hi = std::numeric_limits<double>::infinity();
            double mid = 1.0;
            for (int step = 0; step < kBisectionSteps; ++step) {
                double psum = 0.0;
                for (std::size_t j = 1; j < kk; ++j) {
                    const double t = d[j] - r;
                    psum += t > 0.0 ? std::exp(-(t / mid)) : 1.0;
                }
                if (std::fabs(psum - target) < kSmoothKTolerance)
                    break;
                if (psum > target) {
                    hi = mid;
                    mid = (lo + hi) / 2.0;
                } else {
                    lo = mid;
                    mid = std::isinf(hi) ? mid * 2.0 : (lo + hi) / 2.0;
                }
            }
            const double floor = kMinKDistScale * (r > 0.0 ? rowSum / static_cast<double>(kk) : meanAll);
            rho[i] = r;
            sigma[i] = std::max(mid, floor);
        }
    }, 256);
}

UmapGraph membershipGraph(const UmapKnn &knn, const std::vector<double> &rho, const std::vector<double> &sigma,
                          std::size_t columns, bool bipartite)
{
    const std::size_t n = knn.rows;
    const auto kk = static_cast<std::size_t>(knn.k);
    // Row i's memberships, ascending by target; a neighbour listed twice (never from the
    // searches; defensive) keeps its strongest.
    return packedGraph(n, columns, [&](std::size_t i, const auto &edge) {
        thread_local std::vector<std::pair<std::int32_t, float>> row;
        row.clear();
        for (std::size_t j = 0; j < kk; ++j) {
            const std::int32_t t = knn.index[i * kk + j];
            const double d = knn.distance[i * kk + j];
            double value;
            if (!bipartite && t == static_cast<std::int32_t>(i))
                value = 0.0;
            else if (d - rho[i] <= 0.0 || sigma[i] == 0.0)
                value = 1.0;
            else
                value = std::exp(-((d - rho[i]) / sigma[i]));
            if (value > 0.0)
                row.emplace_back(t, static_cast<float>(value));
        }
        std::sort(row.begin(), row.end());
        for (std::size_t e = 0; e < row.size(); ++e) {
            float strongest = row[e].second;
            for (; e + 1 < row.size() && row[e + 1].first == row[e].first; ++e)
                strongest = std::max(strongest, row[e + 1].second);
            edge(row[e].first, strongest);
        }
    });
}

UmapGraph fuzzyUnion(const UmapGraph &p, double mix)
{
    const std::size_t n = p.rows;
    // The transpose, in compressed rows too (counting sort by target: deterministic).
    std::vector<std::size_t> tOffsets(n + 1, 0);
    for (std::int32_t t : p.targets)
        ++tOffsets[static_cast<std::size_t>(t) + 1];
    for (std::size_t i = 0; i < n; ++i)
        tOffsets[i + 1] += tOffsets[i];
    std::vector<std::int32_t> tTargets(p.edges());
    std::vector<float> tWeights(p.edges());
    {
        std::vector<std::size_t> fill(tOffsets.begin(), tOffsets.end() - 1);
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t e = p.offsets[i]; e < p.offsets[i + 1]; ++e) {
                const auto t = static_cast<std::size_t>(p.targets[e]);
                tTargets[fill[t]] = static_cast<std::int32_t>(i);
                tWeights[fill[t]] = p.weights[e];
                ++fill[t];
            }
    }
    // Row i of P merged with row i of P^T (both by ascending column).
    return packedGraph(n, n, [&](std::size_t i, const auto &edge) {
        std::size_t a = p.offsets[i], aEnd = p.offsets[i + 1];
        std::size_t b = tOffsets[i], bEnd = tOffsets[i + 1];
        while (a < aEnd || b < bEnd) {
            std::int32_t column;
            double pij = 0.0, pji = 0.0;
            if (b == bEnd || (a < aEnd && p.targets[a] < tTargets[b])) {
                column = p.targets[a];
                pij = p.weights[a++];
            } else if (a == aEnd || tTargets[b] < p.targets[a]) {
                column = tTargets[b];
                pji = tWeights[b++];
            } else {
                column = p.targets[a];
                pij = p.weights[a++];
                pji = tWeights[b++];
            }
            const double product = pij * pji;
            const double w = mix * (pij + pji - product) + (1.0 - mix) * product;
            if (w > 0.0)
                edge(column, static_cast<float>(w));
        }
    });
}

void fitAb(double minDist, double spread, double &a, double &b)
{
    constexpr int points = 300;
    double xs[points], ys[points];
    for (int i = 0; i < points; ++i) {
        // numpy.linspace(0, 3 * spread, 300)
        xs[i] = 3.0 * spread * static_cast<double>(i) / static_cast<double>(points - 1);
        ys[i] = xs[i] < minDist ? 1.0 : std::exp(-(xs[i] - minDist) / spread);
    }
    const auto cost = [&](double pa, double pb) {
        double s = 0.0;
        for (int i = 0; i < points; ++i) {
            const double r = 1.0 / (1.0 + pa * std::pow(xs[i], 2.0 * pb)) - ys[i];
            s += r * r;
        }
        return s;
    };
    // Levenberg–Marquardt from (1, 1), scipy's default start, with the analytic Jacobian.
    double pa = 1.0, pb = 1.0, lambda = 1e-3;
    double current = cost(pa, pb);
    for (int iter = 0; iter < 500; ++iter) {
        double jtj00 = 0, jtj01 = 0, jtj11 = 0, jtr0 = 0, jtr1 = 0;
        for (int i = 0; i < points; ++i) {
            const double x = xs[i];
            const double x2b = x > 0.0 ? std::pow(x, 2.0 * pb) : 0.0;
            const double denom = 1.0 + pa * x2b;
            const double f = 1.0 / denom;
            const double r = f - ys[i];
            const double da = -x2b / (denom * denom);
            const double db = x > 0.0 ? -pa * x2b * 2.0 * std::log(x) / (denom * denom) : 0.0;
            jtj00 += da * da;
            jtj01 += da * db;
            jtj11 += db * db;
            jtr0 += da * r;
            jtr1 += db * r;
        }
        bool improved = false;
        while (lambda < 1e12) {
            const double m00 = jtj00 * (1.0 + lambda), m11 = jtj11 * (1.0 + lambda), m01 = jtj01;
            const double det = m00 * m11 - m01 * m01;
            const double stepA = -(m11 * jtr0 - m01 * jtr1) / det;
            const double stepB = -(m00 * jtr1 - m01 * jtr0) / det;
            const double trial = cost(pa + stepA, pb + stepB);
            if (std::isfinite(trial) && trial < current) {
                const double change = std::fabs(stepA) + std::fabs(stepB);
                pa += stepA;
                pb += stepB;
                const double gain = current - trial;
                current = trial;
                lambda = std::max(lambda / 10.0, 1e-12);
                improved = true;
                if (change < 1e-13 || gain < 1e-16 * current)
                    iter = 1 << 20; // converged
                break;
            }
            lambda *= 10.0;
        }
        if (!improved)
            break;
    }
    a = pa;
    b = pb;
}

} // namespace seg
