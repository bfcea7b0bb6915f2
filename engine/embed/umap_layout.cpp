#include "engine/embed/umap_layout.h"

#include "engine/core/matrix.h"
#include "engine/core/parallel.h"
#include "engine/core/random.h"

#include <Eigen/Eigenvalues>
#include <Spectra/SymEigsSolver.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <numeric>

namespace seg {

namespace {

// Up to this many rows the Laplacian is decomposed densely (Lanczos needs a basis of several
// vectors, and the dense solver costs at most 256^3 steps).
constexpr std::size_t kDenseSpectralMaxRows = 256;
// Lanczos basis (Spectra's ncv) for 2 eigenvectors, restarts, and umap-learn's tolerance
// (eigsh(..., tol=1e-4)).
constexpr Eigen::Index kSpectralBasis = 24;
constexpr Eigen::Index kSpectralMaxRestarts = 300;
constexpr double kSpectralTolerance = 1e-4;
// Gradient coordinates are clipped to [-4, 4] (umap-learn's clip()).
constexpr float kClip = 4.0f;

std::size_t findRoot(std::vector<std::size_t> &parent, std::size_t i)
{
    while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    return i;
}

/// D^-1/2 W D^-1/2 - v1 v1^T with v1 = D^1/2 1 / |D^1/2 1|, the normalised adjacency with its
/// top eigenvector (eigenvalue 1) deflated, so the top two eigenvectors left are the 2nd and
/// 3rd of the Laplacian. Spectra's operator interface; sums are per row and in a fixed order.
class DeflatedAdjacency
{
public:
    using Scalar = double;

    DeflatedAdjacency(const UmapGraph &g, const Progress &progress) : m_g(g), m_progress(progress)
    {
        const std::size_t n = g.rows;
        m_invSqrtDegree.resize(n);
        m_top.resize(static_cast<Eigen::Index>(n));
        for (std::size_t i = 0; i < n; ++i) {
            double degree = 0.0;
            for (std::size_t e = g.offsets[i]; e < g.offsets[i + 1]; ++e)
                degree += g.weights[e];
            m_invSqrtDegree[i] = degree > 0.0 ? 1.0 / std::sqrt(degree) : 0.0;
            m_top[static_cast<Eigen::Index>(i)] = std::sqrt(degree);
        }
        m_top.normalize();
    }

    Eigen::Index rows() const { return static_cast<Eigen::Index>(m_g.rows); }
    Eigen::Index cols() const { return rows(); }

    void perform_op(const double *in, double *out) const
    {
        m_progress.check();
        const std::size_t n = m_g.rows;
        parallelFor(n, [&](std::size_t begin, std::size_t end) {
            for (std::size_t i = begin; i < end; ++i) {
                double s = 0.0;
                for (std::size_t e = m_g.offsets[i]; e < m_g.offsets[i + 1]; ++e) {
                    const auto t = static_cast<std::size_t>(m_g.targets[e]);
                    s += m_g.weights[e] * m_invSqrtDegree[t] * in[t];
                }
                out[i] = m_invSqrtDegree[i] * s;
            }
        }, 4096);
        const Eigen::Map<const Vector> x(in, rows());
        Eigen::Map<Vector> y(out, rows());
        y -= m_top.dot(x) * m_top;
    }

    Matrix dense() const
    {
        const std::size_t n = m_g.rows;
        Matrix m = Matrix::Zero(rows(), rows());
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t e = m_g.offsets[i]; e < m_g.offsets[i + 1]; ++e) {
                const auto t = static_cast<std::size_t>(m_g.targets[e]);
                m(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(t))
                    = m_g.weights[e] * m_invSqrtDegree[i] * m_invSqrtDegree[t];
            }
        return m - m_top * m_top.transpose();
    }

private:
    const UmapGraph &m_g;
    Progress m_progress;
    std::vector<double> m_invSqrtDegree;
    Vector m_top;
};

/// splitmix64 (Steele, Lea & Flood 2014) as a counter-based stream: one per (seed, epoch, row),
/// so a row's negative samples do not depend on which thread draws them.
class SampleStream
{
public:
    SampleStream(std::uint64_t seed, std::uint64_t epoch, std::uint64_t row)
        : m_state(mix(seed ^ mix(epoch * 0x9e3779b97f4a7c15ULL + 1) ^ mix(row * 0xd1b54a32d192ed03ULL + 2)))
    {
    }
    /// Uniform in [0, n) (multiply-shift).
    std::uint64_t below(std::uint64_t n)
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        return static_cast<std::uint64_t>((static_cast<UInt128>(mix(m_state)) * n) >> 64);
    }

private:
    static std::uint64_t mix(std::uint64_t z)
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    std::uint64_t m_state;
};

inline float clip(float v) { return std::clamp(v, -kClip, kClip); }

/// x^b for a fixed b, to about 4e-7 relative for normal positive floats x: the float's exponent
/// e gives 2^(b e) from one table, its mantissa m in [1, 2) gives m^b by linear interpolation
/// in a table of 256 steps. A few operations instead of std::pow, which the SGD would call once
/// per sampled edge and negative sample; the tables come from std::pow in double, so the
/// results are the same wherever that is correctly rounded (glibc).
class PowTable
{
public:
    explicit PowTable(double b)
    {
        for (int e = 0; e < 256; ++e)
            m_exponent[static_cast<std::size_t>(e)]
                = static_cast<float>(std::min(std::pow(2.0, b * (e - 127)), 3.0e38));
        for (int i = 0; i < 258; ++i)
            m_mantissa[static_cast<std::size_t>(i)] = static_cast<float>(std::pow(1.0 + i / 256.0, b));
        m_b = static_cast<float>(b);
    }

    float operator()(float x) const
    {
        if (x < 1e-30f) // subnormal or tiny: the tables do not cover it
            return std::pow(x, m_b);
        const auto bits = std::bit_cast<std::uint32_t>(x);
        const std::size_t e = (bits >> 23) & 0xffu;
        const std::size_t i = (bits >> 15) & 0xffu;
        const float f = static_cast<float>(bits & 0x7fffu) * (1.0f / 32768.0f);
        const float m = m_mantissa[i] + (m_mantissa[i + 1] - m_mantissa[i]) * f;
        return m_exponent[e] * m;
    }

private:
    std::array<float, 256> m_exponent{};
    std::array<float, 258> m_mantissa{};
    float m_b = 1.0f;
};

} // namespace

std::size_t connectedComponents(const UmapGraph &g)
{
    std::vector<std::size_t> parent(g.rows);
    std::iota(parent.begin(), parent.end(), std::size_t{0});
    for (std::size_t i = 0; i < g.rows; ++i)
        for (std::size_t e = g.offsets[i]; e < g.offsets[i + 1]; ++e) {
            const std::size_t a = findRoot(parent, i);
            const std::size_t b = findRoot(parent, static_cast<std::size_t>(g.targets[e]));
            if (a != b)
                parent[std::max(a, b)] = std::min(a, b);
        }
    std::size_t count = 0;
    for (std::size_t i = 0; i < g.rows; ++i)
        count += findRoot(parent, i) == i;
    return count;
}

bool spectralLayout(const UmapGraph &graph, std::vector<float> &layout, const Progress &progress)
{
    const std::size_t n = graph.rows;
    DeflatedAdjacency op(graph, progress);
    Matrix vectors(static_cast<Eigen::Index>(n), 2);
    if (n <= kDenseSpectralMaxRows) {
        if (n < 3)
            return false;
        const Eigen::SelfAdjointEigenSolver<Matrix> solver(op.dense());
        if (solver.info() != Eigen::Success)
            return false;
        // Ascending eigenvalues: the two largest are the last two columns.
        vectors.col(0) = solver.eigenvectors().col(static_cast<Eigen::Index>(n) - 1);
        vectors.col(1) = solver.eigenvectors().col(static_cast<Eigen::Index>(n) - 2);
    } else {
        Spectra::SymEigsSolver<DeflatedAdjacency> eigs(op, 2, std::min<Eigen::Index>(kSpectralBasis, op.rows()));
        eigs.init(); // Spectra's fixed start vector: the same run every time
        eigs.compute(Spectra::SortRule::LargestAlge, kSpectralMaxRestarts, kSpectralTolerance,
                     Spectra::SortRule::LargestAlge);
        if (eigs.info() != Spectra::CompInfo::Successful)
            return false;
        vectors = eigs.eigenvectors();
    }
    // Eigenvectors have no sign: make each one's largest-magnitude entry positive.
    for (Eigen::Index c = 0; c < 2; ++c) {
        Eigen::Index at = 0;
        vectors.col(c).cwiseAbs().maxCoeff(&at);
        if (vectors(at, c) < 0.0)
            vectors.col(c) *= -1.0;
    }
    layout.resize(2 * n);
    for (std::size_t i = 0; i < n; ++i) {
        layout[2 * i] = static_cast<float>(vectors(static_cast<Eigen::Index>(i), 0));
        layout[2 * i + 1] = static_cast<float>(vectors(static_cast<Eigen::Index>(i), 1));
    }
    return true;
}

void scaleInitialLayout(std::vector<float> &layout, std::uint64_t seed)
{
    // umap-learn: expansion = 10 / max|init|; init * expansion + normal(scale=0.0001);
    // then 10 * (init - min) / (max - min) per axis.
    float largest = 0.0f;
    for (float v : layout)
        largest = std::max(largest, std::fabs(v));
    const float expansion = largest > 0.0f ? 10.0f / largest : 1.0f;
    Rng rng = Rng::derived(seed, 0x1417);
    for (float &v : layout)
        v = v * expansion + static_cast<float>(1e-4 * rng.normal());
    const std::size_t n = layout.size() / 2;
    for (std::size_t axis = 0; axis < 2; ++axis) {
        float lo = std::numeric_limits<float>::infinity(), hi = -lo;
        for (std::size_t i = 0; i < n; ++i) {
            lo = std::min(lo, layout[2 * i + axis]);
            hi = std::max(hi, layout[2 * i + axis]);
        }
        const float range = hi - lo;
        for (std::size_t i = 0; i < n; ++i)
            layout[2 * i + axis] = range > 0.0f ? 10.0f * (layout[2 * i + axis] - lo) / range : 0.0f;
    }
}

void optimizeLayout(std::vector<float> &head, const std::vector<float> *tail, const UmapGraph &g, const UmapSgd &s)
{
    const std::size_t n = g.rows;
    const std::size_t edges = g.edges();
    const bool square = tail == nullptr;
    const auto epochs = s.epochs;
    float wmax = 0.0f;
    for (float w : g.weights)
        wmax = std::max(wmax, w);
    // umap-learn's make_epochs_per_sample, after dropping edges below wmax / epochs.
    // Three floats an edge (a million new rows have 15 million edges): the epochs per negative
    // sample are perSample / rate, worked out where they are needed, the same float each time.
    std::vector<float> perSample(edges, -1.0f), nextSample(edges), nextNegative(edges);
    const float rate = static_cast<float>(std::max(s.negativeSampleRate, 0));
    const auto perNegative = [&](std::size_t e) {
        return rate > 0.0f ? perSample[e] / rate : std::numeric_limits<float>::infinity();
    };
    for (std::size_t e = 0; e < edges; ++e) {
        const float w = g.weights[e];
        if (w > 0.0f && w >= wmax / static_cast<float>(epochs))
            perSample[e] = wmax / w;
        nextSample[e] = perSample[e];
        nextNegative[e] = perNegative(e);
    }
    const auto a = static_cast<float>(s.a), b = static_cast<float>(s.b), gamma = static_cast<float>(s.gamma);
    const PowTable pow(s.b);
    const std::uint64_t tailRows = g.columns;
    // A square graph's edge (i, j) pulls i twice (see the header).
    const float pulls = square ? 2.0f : 1.0f;
    std::vector<float> previous;
    for (int epoch = 0; epoch < epochs; ++epoch) {
        const auto alpha = static_cast<float>(s.alpha * (1.0 - static_cast<double>(epoch) / epochs));
        const auto now = static_cast<float>(epoch);
        if (square)
            previous = head;
        const float *others = square ? previous.data() : tail->data();
        parallelFor(n, [&](std::size_t begin, std::size_t end) {
            for (std::size_t i = begin; i < end; ++i) {
                float cx = head[2 * i], cy = head[2 * i + 1];
                SampleStream stream(s.seed, static_cast<std::uint64_t>(epoch), i);
                for (std::size_t e = g.offsets[i]; e < g.offsets[i + 1]; ++e) {
                    if (perSample[e] <= 0.0f || nextSample[e] > now)
                        continue;
                    const auto j = static_cast<std::size_t>(g.targets[e]);
                    {
                        const float dx = cx - others[2 * j], dy = cy - others[2 * j + 1];
                        const float d2 = dx * dx + dy * dy;
                        if (d2 > 0.0f) {
                            const float pb = pow(d2);
                            const float coeff = -2.0f * a * b * (pb / d2) / (a * pb + 1.0f);
                            cx += pulls * clip(coeff * dx) * alpha;
                            cy += pulls * clip(coeff * dy) * alpha;
                        }
                    }
                    nextSample[e] += perSample[e];
                    const int negatives
                        = rate > 0.0f ? static_cast<int>((now - nextNegative[e]) / perNegative(e)) : 0;
                    // The negative samples of one edge sample are independent of each other:
                    // computed from the same position and applied together, so the CPU overlaps
                    // them (umap-learn applies them one after another; each is a small step).
                    float gx = 0.0f, gy = 0.0f;
                    for (int p = 0; p < negatives; ++p) {
                        const auto k = static_cast<std::size_t>(stream.below(tailRows));
                        if (square && k == i)
                            continue;
                        const float dx = cx - others[2 * k], dy = cy - others[2 * k + 1];
                        const float d2 = dx * dx + dy * dy;
                        if (d2 > 0.0f) {
                            const float coeff = 2.0f * gamma * b / ((0.001f + d2) * (a * pow(d2) + 1.0f));
                            gx += clip(coeff * dx);
                            gy += clip(coeff * dy);
                        }
                    }
                    cx += gx * alpha;
                    cy += gy * alpha;
                    if (negatives > 0)
                        nextNegative[e] += static_cast<float>(negatives) * perNegative(e);
                }
                head[2 * i] = cx;
                head[2 * i + 1] = cy;
            }
        }, 512);
        if (s.afterEpoch)
            s.afterEpoch(epoch + 1);
    }
}

} // namespace seg
