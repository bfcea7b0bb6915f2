#include "engine/embed/pca.h"

#include "engine/core/error.h"
#include "engine/core/parallel.h"

#include <Eigen/Eigenvalues>
#include <Spectra/SymEigsSolver.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

namespace seg {

namespace {

// Row blocks for the reductions depend on n only (never on the thread count), and there are
// at most ~64 of them so the per-block d × d partial sums stay small.
std::size_t reduceBlock(std::size_t n)
{
    return std::max<std::size_t>(4096, (n + 63) / 64);
}

// Smallest block of rows worth a task: about 64k values, so wide rows still spread over the
// threads (a row-parallel loop over 1,000 rows of 50,000 features is 50 M values).
std::size_t rowBlock(Eigen::Index d)
{
    return std::max<std::size_t>(1, 65536 / static_cast<std::size_t>(std::max<Eigen::Index>(1, d)));
}

// Column-parallel loops give each task at least this many columns, so every row contributes a
// contiguous run of memory.
constexpr std::size_t kColumnBlock = 512;

/// out (m × c) = (x - mean) * components^T, each entry summed over features in order.
Matrix project(const Matrix &x, const Vector &mean, const Matrix &components)
{
    const Eigen::Index d = x.cols();
    const Eigen::Index c = components.rows();
    Matrix out(x.rows(), c);
    parallelFor(
        static_cast<std::size_t>(x.rows()),
        [&](std::size_t begin, std::size_t end) {
            Vector centred(d);
            for (std::size_t r = begin; r < end; ++r) {
                const auto row = static_cast<Eigen::Index>(r);
                for (Eigen::Index f = 0; f < d; ++f)
                    centred[f] = x(row, f) - mean[f];
                for (Eigen::Index a = 0; a < c; ++a) {
                    double sum = 0.0;
                    for (Eigen::Index f = 0; f < d; ++f)
                        sum += centred[f] * components(a, f);
                    out(row, a) = sum;
                }
            }
        },
        rowBlock(d));
    return out;
}

/// Fixes the sign of each axis so its largest-magnitude loading (the first on ties) is positive.
void fixSigns(Matrix &components)
{
    for (Eigen::Index a = 0; a < components.rows(); ++a) {
        Eigen::Index largest = 0;
        for (Eigen::Index f = 1; f < components.cols(); ++f)
            if (std::abs(components(a, f)) > std::abs(components(a, largest)))
                largest = f;
        if (components(a, largest) < 0.0)
            components.row(a) *= -1.0;
    }
}

[[noreturn]] void throwNotFinite()
{
    throw Error(ErrorKind::InvalidData,
                Text::tr("PCA failed: the covariance of the data is not finite "
                         "(does the data contain NaN or infinite values?)"));
}

/// The full decomposition: covariance formed (upper triangle, fixed row blocks), then all its
/// eigenpairs. Fills mean, components, explainedVariance and explainedVarianceRatio.
// Sizes the result's axes and variances. Every column constant (or n = 1): no direction is
// preferred, so the coordinate axes stand in with zero variance, and true is returned (done).
bool startResult(PcaResult &result, int components, Eigen::Index d, double totalVariance)
{
    result.components.resize(components, d);
    result.explainedVariance.resize(components);
    result.explainedVarianceRatio.resize(components);
    if (totalVariance > 0.0)
        return false;
    result.components = Matrix::Identity(components, d);
    result.explainedVariance.setZero();
    result.explainedVarianceRatio.setZero();
    return true;
}

void solveFull(const Matrix &x, int components, const Progress &progress, PcaResult &result)
{
    const Eigen::Index n = x.rows();
    const Eigen::Index d = x.cols();
    const auto rows = static_cast<std::size_t>(n);
    const std::size_t block = reduceBlock(rows);

    // Two passes (mean, then centred products) avoid the cancellation of E[x^2] - E[x]^2.
    const Vector sum = parallelReduce(
        rows, Vector(Vector::Zero(d)),
        [&](std::size_t begin, std::size_t end) {
            Vector s = Vector::Zero(d);
            for (std::size_t r = begin; r < end; ++r)
                s += x.row(static_cast<Eigen::Index>(r)).transpose();
            return s;
        },
        [](Vector &acc, const Vector &part) { acc += part; }, block);
    result.mean = sum / static_cast<double>(n);
    progress.report(0.1, "PCA");
    progress.check();

    const Matrix scatter = parallelReduce(
        rows, Matrix(Matrix::Zero(d, d)),
        [&](std::size_t begin, std::size_t end) {
            Matrix s = Matrix::Zero(d, d);
            if (progress.cancelled())
                return s; // abandoned below by check(); nothing may throw inside the loop
            Vector centred(d);
            for (std::size_t r = begin; r < end; ++r) {
                const auto row = static_cast<Eigen::Index>(r);
                for (Eigen::Index f = 0; f < d; ++f)
                    centred[f] = x(row, f) - result.mean[f];
                // Upper triangle only; row-major, so the inner loop runs along memory.
                for (Eigen::Index a = 0; a < d; ++a) {
                    const double va = centred[a];
                    double *target = s.data() + a * d;
                    for (Eigen::Index b = a; b < d; ++b)
                        target[b] += va * centred[b];
                }
            }
            return s;
        },
        [](Matrix &acc, const Matrix &part) { acc += part; }, block);
    progress.check();
    progress.report(0.7, "PCA");

    // Sample covariance with sklearn's n - 1 denominator; a single row has none, and its
    // scatter is exactly 0, so dividing by 1 keeps it 0 instead of NaN.
    const double denominator = static_cast<double>(std::max<Eigen::Index>(1, n - 1));
    Eigen::MatrixXd covariance(d, d);
    for (Eigen::Index a = 0; a < d; ++a)
        for (Eigen::Index b = a; b < d; ++b)
            covariance(a, b) = covariance(b, a) = scatter(a, b) / denominator;
    const double totalVariance = covariance.trace();
    if (!std::isfinite(totalVariance))
        throwNotFinite();

    if (startResult(result, components, d, totalVariance))
        return;
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(covariance);
    if (solver.info() != Eigen::Success)
        throw Error(ErrorKind::InvalidData,
                    Text::tr("PCA failed: the covariance eigen-decomposition did not converge "
                             "(does the data contain NaN or infinite values?)"));
    // Eigenvalues come in ascending order; the leading axes are the last columns.
    for (int a = 0; a < components; ++a) {
        const Eigen::Index source = d - 1 - a;
        result.components.row(a) = solver.eigenvectors().col(source).transpose();
        // Rounding can leave null-space eigenvalues slightly negative.
        result.explainedVariance[a] = std::max(0.0, solver.eigenvalues()[source]);
        result.explainedVarianceRatio[a] = result.explainedVariance[a] / totalVariance;
    }
    fixSigns(result.components);
}

// ---- Leading axes only -------------------------------------------------------------------
//
// Why Lanczos: the 2-D map needs the two leading eigenvectors of a covariance that is d × d,
// with d up to 50,000 and more. Forming it costs O(n d^2) time and O(d^2) memory (20 GB at
// d = 50,000), decomposing it O(d^3). Krylov methods need only products C v, which we compute
// as Xc^T (Xc v) / (n - 1) straight from the data, one O(n d) pass each. Implicitly restarted
// Lanczos (Lehoucq & Sorensen, "Deflation techniques for an implicitly restarted Arnoldi
// iteration", SIAM J. Matrix Anal. Appl. 17(4), 1996; the method of ARPACK, here through
// Spectra's SymEigsSolver) runs until a residual test we choose is met, so its axes agree with
// the full decomposition to 1e-16..1e-12 where the leading eigenvalues are well apart, and to
// 2e-10 even on pure noise, where they nearly coincide (bench_wide_pca, docs/performance.md).
// Randomised subspace iteration (Halko, Martinsson & Tropp, "Finding structure with
// randomness", SIAM Review 53(2), 2011, Algorithm 4.4) has no such test: its error depends on
// the spectral gap. Measured against the full decomposition on a customer × product table
// (UCI Online Retail sample, 3,017 × 2,487, log1p and z-scores as prepared for the map, where
// the leading axes explain 2.0% and 1.5%): with 10 oversampling vectors, q = 2 power iterations
// left the axes 2e-3 off (max loading difference), q = 8 (18 passes over 12 vectors) 1e-6;
// Lanczos reached 1e-12 in 21 single-vector passes. On data with a few strong directions both
// are fast; where the spectrum is flat only Lanczos keeps the map the same map.

// Krylov basis size (Spectra's ncv) for few components: large enough that one basis usually
// suffices on data with structure, small enough to keep the vectors (ncv × d) light.
constexpr Eigen::Index kLanczosBasis = 20;
// Residual tolerance relative to each Ritz value (Spectra's convergence test).
constexpr double kLanczosTolerance = 1e-10;
// Restarts before giving up; each costs at most ncv products.
constexpr Eigen::Index kLanczosMaxRestarts = 500;
// The operator is C / trace(C) + shift·I: eigenvalues in [shift, 1 + shift], so Spectra's
// absolute thresholds (its breakdown test is eps·sqrt(d)) see unit scale, and Ritz values of
// axes without variance (rank-deficient data) converge to the shift, whose residual test
// tol·shift lies above rounding, instead of to 0, where the test is tol·eps^(2/3) and never
// met. The shift leaves the eigenvectors and the Krylov spaces unchanged.
constexpr double kLanczosShift = 1e-4;

/// Spectra's operator interface (rows(), cols(), perform_op()) for
/// out = C in / trace(C) + shift · in, with C = Xc^T Xc / (n - 1) applied straight from x and
/// never formed. Xc = x - mean is centred on the fly (exact where the means are large). One
/// pass over x per product: each row's score s_i = Xc_i · in is added as s_i Xc_i to its row
/// block's partial sum while the row is still in cache. The blocks depend on n and d only and
/// their partial sums are added in order, so products do not depend on the thread count.
/// Checks for cancellation before each product.
class CovarianceOperator
{
public:
    using Scalar = double;

    CovarianceOperator(const Matrix &x, const Vector &mean, double scale, double shift, Progress progress)
        : m_x(x), m_mean(mean), m_scale(scale), m_shift(shift), m_progress(std::move(progress))
    {
        // Up to 16 blocks of at least 256k values each (smaller work is not worth a parallel
        // region per product), few enough that the partial sums (blocks × d) stay within 64 MB.
        const Eigen::Index n = x.rows();
        const Eigen::Index d = std::max<Eigen::Index>(1, x.cols());
        const Eigen::Index blocks = std::max<Eigen::Index>(
            1, std::min({n * d / (Eigen::Index(1) << 18), (Eigen::Index(1) << 23) / d, n, Eigen::Index(16)}));
        m_blockRows = (n + blocks - 1) / blocks;
        m_partial.resize((n + m_blockRows - 1) / m_blockRows, d);
    }

    Eigen::Index rows() const { return m_x.cols(); }
    Eigen::Index cols() const { return m_x.cols(); }
    int products() const { return m_products; }

    void perform_op(const double *in, double *out) const
    {
        m_progress.check();
        const Eigen::Index n = m_x.rows();
        const Eigen::Index d = m_x.cols();
        const Eigen::Map<const RowVector> v(in, d);
        Eigen::Map<RowVector> z(out, d);
        const auto mean = m_mean.transpose();
        parallelFor(
            static_cast<std::size_t>(m_partial.rows()),
            [&](std::size_t begin, std::size_t end) {
                for (std::size_t b = begin; b < end; ++b) {
                    const auto block = static_cast<Eigen::Index>(b);
                    auto partial = m_partial.row(block);
                    partial.setZero();
                    const Eigen::Index last = std::min(n, (block + 1) * m_blockRows);
                    for (Eigen::Index row = block * m_blockRows; row < last; ++row) {
                        const double score = (m_x.row(row) - mean).dot(v);
                        partial.noalias() += score * (m_x.row(row) - mean);
                    }
                }
            },
            1);
        z = m_partial.row(0);
        for (Eigen::Index b = 1; b < m_partial.rows(); ++b)
            z += m_partial.row(b);
        z = m_scale * z + m_shift * v;
        ++m_products;
        // Progress has no known end; this approaches 1 as products accumulate.
        const double p = static_cast<double>(m_products);
        m_progress.report(p / (p + 2.0 * static_cast<double>(kLanczosBasis)), "PCA");
    }

private:
    const Matrix &m_x;
    const Vector &m_mean;
    double m_scale;
    double m_shift;
    Progress m_progress;
    Eigen::Index m_blockRows = 1;
    mutable Matrix m_partial; ///< blocks × d
    mutable int m_products = 0;
};

/// Column means and sample variances (n - 1 denominator; 1 for a single row), two passes,
/// each column summed over rows in order: the same bits for any thread count.
void columnMoments(const Matrix &x, Vector &mean, Vector &variance)
{
    const Eigen::Index n = x.rows();
    const Eigen::Index d = x.cols();
    mean.resize(d);
    variance.resize(d);
    const double denominator = static_cast<double>(std::max<Eigen::Index>(1, n - 1));
    parallelFor(
        static_cast<std::size_t>(d),
        [&](std::size_t begin, std::size_t end) {
            const auto first = static_cast<Eigen::Index>(begin);
            const auto count = static_cast<Eigen::Index>(end - begin);
            Vector sum = Vector::Zero(count);
            for (Eigen::Index row = 0; row < n; ++row)
                sum += x.row(row).segment(first, count).transpose();
            mean.segment(first, count) = sum / static_cast<double>(n);
            Vector squares = Vector::Zero(count);
            for (Eigen::Index row = 0; row < n; ++row)
                squares += (x.row(row).segment(first, count).transpose() - mean.segment(first, count))
                               .cwiseAbs2();
            variance.segment(first, count) = squares / denominator;
        },
        kColumnBlock);
}

void solveLanczos(const Matrix &x, int components, const Progress &progress, PcaResult &result)
{
    const Eigen::Index n = x.rows();
    const Eigen::Index d = x.cols();
    Vector variance;
    columnMoments(x, result.mean, variance);
    const double totalVariance = variance.sum();
    if (!std::isfinite(totalVariance))
        throwNotFinite();
    progress.report(0.1, "PCA");
    progress.check();

    if (startResult(result, components, d, totalVariance))
        return;

    const double denominator = static_cast<double>(std::max<Eigen::Index>(1, n - 1));
    CovarianceOperator op(x, result.mean, 1.0 / (denominator * totalVariance), kLanczosShift,
                          progress.sub(0.1, 0.8));
    const Eigen::Index basis
        = std::min<Eigen::Index>(d, std::max<Eigen::Index>(2 * components + 1, kLanczosBasis));
    Spectra::SymEigsSolver<CovarianceOperator> eigs(op, components, basis);
    eigs.init(); // Spectra's fixed-seed start vector: the same run every time
    eigs.compute(Spectra::SortRule::LargestAlge, kLanczosMaxRestarts, kLanczosTolerance,
                 Spectra::SortRule::LargestAlge);
    result.covarianceProducts = op.products();
    if (eigs.info() != Spectra::CompInfo::Successful)
        throw Error(ErrorKind::InvalidData,
                    fillIn(Text::tr("PCA failed: the leading principal axes did not converge after %1 Lanczos "
                                    "steps"),
                           op.products()));
    // Ritz pairs of the Lanczos basis: their scores are uncorrelated (the basis reduces C to a
    // tridiagonal matrix), and the Ritz values are the variances along them.
    result.components = eigs.eigenvectors().transpose(); // c × d, orthonormal rows
    const Vector ritz = eigs.eigenvalues(); // descending
    for (int a = 0; a < components; ++a) {
        // Undo the scaling and the shift; rounding can leave null-space values slightly below.
        result.explainedVariance[a] = std::max(0.0, ritz[a] - kLanczosShift) * totalVariance;
        result.explainedVarianceRatio[a] = result.explainedVariance[a] / totalVariance;
    }
    fixSigns(result.components);
}

} // namespace

Matrix PcaResult::transform(const Matrix &x) const
{
    if (x.cols() != components.cols())
        throw Error(ErrorKind::Usage,
                    fillIn(Text::tr("PCA was fitted on %1 features but the new rows have %2"), components.cols(),
                           x.cols()));
    return project(x, mean, components);
}

PcaResult pca(const Matrix &x, int components, const Progress &progress, PcaSolver solver)
{
    const Eigen::Index n = x.rows();
    const Eigen::Index d = x.cols();
    if (components < 1 || components > d)
        throw Error(ErrorKind::Usage,
                    fillIn(Text::tr("PCA needs between 1 and %1 components (the number of features), not %2"), d,
                           components));
    if (n < 1)
        throw Error(ErrorKind::InvalidData, Text::tr("PCA needs at least one row of data"));
    if (solver == PcaSolver::Automatic)
        solver = d <= kPcaFullSolverMaxFeatures || 4 * static_cast<Eigen::Index>(components) > d
            ? PcaSolver::Full
            : PcaSolver::Lanczos;
    if (solver == PcaSolver::Lanczos && 2 * static_cast<Eigen::Index>(components) >= d)
        throw Error(ErrorKind::Usage,
                    fillIn(Text::tr("the Lanczos PCA solver finds fewer components than half the features, but %1 "
                                    "of %2 were asked for"),
                           components, d));

    progress.check();
    PcaResult result;
    result.solver = solver;
    if (solver == PcaSolver::Full)
        solveFull(x, components, progress, result);
    else
        solveLanczos(x, components, progress, result);
    progress.check();
    progress.report(0.8, "PCA");

    result.embedding = project(x, result.mean, result.components);
    progress.report(1.0, "PCA");
    return result;
}

} // namespace seg
