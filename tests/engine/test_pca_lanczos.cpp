// Tests for the leading-axes PCA solver (seg::PcaSolver::Lanczos in engine/embed/pca.h) and
// the automatic choice between it and the full decomposition: agreement with Eigen's full
// SelfAdjointEigenSolver on the covariance built here, hand-computed cases, orthonormality,
// determinism across runs and thread counts, degenerate data, errors and cancellation.

#include "engine/core/error.h"
#include "engine/core/parallel.h"
#include "engine/core/progress.h"
#include "engine/core/random.h"
#include "engine/embed/embedding.h"
#include "engine/embed/pca.h"

#include <QTest>

#include <Eigen/Eigenvalues>

#include <cmath>
#include <cstring>
#include <limits>
#include <string>

#include "tests/support/engine_fixtures.h"

using namespace seg;
using namespace seg::test;

namespace {

/// n × d data with distinct leading variances: independent columns of spread 1..d, mixed by a
/// random d × d matrix, shifted by 3 (so centring matters).
Matrix randomCorrelated(Eigen::Index n, Eigen::Index d, std::uint64_t seed)
{
    Rng rng(seed);
    Matrix mix(d, d);
    for (Eigen::Index a = 0; a < d; ++a)
        for (Eigen::Index b = 0; b < d; ++b)
            mix(a, b) = rng.normal();
    Matrix x(n, d);
    for (Eigen::Index i = 0; i < n; ++i)
        for (Eigen::Index f = 0; f < d; ++f)
            x(i, f) = rng.normal() * static_cast<double>(f + 1);
    return x * mix + Matrix::Constant(n, d, 3.0);
}

/// The reference: the sample covariance (n - 1 denominator) built directly and decomposed
/// completely by Eigen, eigenpairs in descending order.
struct Reference
{
    Eigen::VectorXd values; ///< descending
    Eigen::MatrixXd vectors; ///< columns, same order
    double trace = 0.0;
};

Reference reference(const Matrix &x)
{
    const Eigen::MatrixXd centred = x.rowwise() - x.colwise().mean();
    const Eigen::MatrixXd covariance = centred.transpose() * centred / static_cast<double>(x.rows() - 1);
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(covariance);
    Reference r;
    r.values = solver.eigenvalues().reverse();
    r.vectors = solver.eigenvectors().rowwise().reverse();
    r.trace = covariance.trace();
    return r;
}

/// Largest |a - s·b| over the entries, with s = ±1 the sign that makes a and b agree best.
double differenceUpToSign(const Eigen::VectorXd &a, const Eigen::VectorXd &b)
{
    return std::min((a - b).cwiseAbs().maxCoeff(), (a + b).cwiseAbs().maxCoeff());
}

/// The invariants every fit must satisfy, for either solver.
void verifyInvariants(const Matrix &x, const PcaResult &p)
{
    const Eigen::Index c = p.components.rows();
    QCOMPARE(p.components.cols(), x.cols());
    const Matrix gram = p.components * p.components.transpose();
    QVERIFY((gram - Matrix::Identity(c, c)).cwiseAbs().maxCoeff() < 1e-12);
    for (Eigen::Index a = 0; a < c; ++a) {
        Eigen::Index largest = 0;
        p.components.row(a).cwiseAbs().maxCoeff(&largest);
        QVERIFY(p.components(a, largest) > 0.0);
        QVERIFY(p.explainedVariance[a] >= 0.0);
        if (a > 0)
            QVERIFY(p.explainedVariance[a] <= p.explainedVariance[a - 1] * (1.0 + 1e-12));
    }
    const Matrix centred = x.rowwise() - p.mean.transpose();
    const Matrix expected = centred * p.components.transpose();
    const double scale = std::max(1.0, centred.cwiseAbs().maxCoeff());
    QVERIFY((p.embedding - expected).cwiseAbs().maxCoeff() < 1e-11 * scale);
    // Scores have the explained variances and are uncorrelated; ratios divide by the sum of
    // the column variances.
    const Matrix cov = p.embedding.transpose() * p.embedding / static_cast<double>(x.rows() - 1);
    const double top = std::max(1e-300, p.explainedVariance[0]);
    for (Eigen::Index a = 0; a < c; ++a)
        for (Eigen::Index b = 0; b < c; ++b)
            QVERIFY(std::abs(cov(a, b) - (a == b ? p.explainedVariance[a] : 0.0)) < 1e-10 * top);
    const double total = (centred.colwise().squaredNorm() / static_cast<double>(x.rows() - 1)).sum();
    for (Eigen::Index a = 0; a < c; ++a)
        VERIFY_CLOSE_TOL(p.explainedVarianceRatio[a], p.explainedVariance[a] / total, 1e-12);
}

/// Lanczos axes, variances and ratios equal the reference's to `tol` (axes up to sign).
void verifyMatchesReference(const Matrix &x, int components)
{
    const Reference ref = reference(x);
    // The comparison means something only where the leading eigenvalues are distinct.
    for (int a = 0; a < components; ++a)
        QVERIFY(ref.values[a] - ref.values[a + 1] > 1e-3 * ref.values[0]);
    const PcaResult p = pca(x, components, {}, PcaSolver::Lanczos);
    QCOMPARE(p.solver, PcaSolver::Lanczos);
    QVERIFY(p.covarianceProducts > 0);
    for (int a = 0; a < components; ++a) {
        QVERIFY(differenceUpToSign(p.components.row(a).transpose(), ref.vectors.col(a)) < 1e-8);
        QVERIFY(std::abs(p.explainedVariance[a] - ref.values[a]) <= 1e-8 * ref.values[a]);
        QVERIFY(std::abs(p.explainedVarianceRatio[a] - ref.values[a] / ref.trace)
                <= 1e-8 * ref.values[a] / ref.trace);
    }
    verifyInvariants(x, p);
}

bool sameBits(const Matrix &a, const Matrix &b)
{
    return a.rows() == b.rows() && a.cols() == b.cols()
        && std::memcmp(a.data(), b.data(), sizeof(double) * static_cast<std::size_t>(a.size())) == 0;
}

bool sameResult(const PcaResult &a, const PcaResult &b)
{
    return sameBits(a.components, b.components) && sameBits(a.embedding, b.embedding)
        && a.explainedVariance == b.explainedVariance && a.explainedVarianceRatio == b.explainedVarianceRatio
        && a.mean == b.mean && a.covarianceProducts == b.covarianceProducts;
}

} // namespace

class TestPcaLanczos : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { setThreadCount(0); }

    void matchesFullDecompositionSmall()
    {
        const Matrix x = randomCorrelated(200, 30, 11);
        for (int c : {1, 2, 3, 5})
            verifyMatchesReference(x, c);
    }

    void matchesFullDecompositionMedium()
    {
        const Matrix x = randomCorrelated(500, 300, 12);
        for (int c : {1, 2, 4})
            verifyMatchesReference(x, c);
        // The full solver on the same data agrees with both (same sign convention, so exactly
        // comparable without flipping).
        const PcaResult lanczos = pca(x, 2, {}, PcaSolver::Lanczos);
        const PcaResult full = pca(x, 2, {}, PcaSolver::Full);
        QVERIFY((lanczos.components - full.components).cwiseAbs().maxCoeff() < 1e-8);
        QVERIFY((lanczos.embedding - full.embedding).cwiseAbs().maxCoeff()
                < 1e-8 * full.embedding.cwiseAbs().maxCoeff());
    }

    void fewerRowsThanFeatures()
    {
        // n = 40 < d = 300: rank 39; the leading axes are still well defined.
        verifyMatchesReference(randomCorrelated(40, 300, 13), 3);
    }

    void handComputedWide()
    {
        // (±2, 0, ...) and (0, ±1, ...) among 298 constant columns: covariance
        // diag(8/3, 2/3, 0, ...) (n - 1 = 3), total 10/3, so the axes are e1 and e2 with ratios
        // 0.8 and 0.2, and the scores are the first two coordinates.
        Matrix x = Matrix::Constant(4, 300, 7.0);
        x.col(0) << 2.0, -2.0, 0.0, 0.0;
        x.col(1) << 0.0, 0.0, 1.0, -1.0;
        const PcaResult p = pca(x, 2, {}, PcaSolver::Lanczos);
        VERIFY_CLOSE_TOL(p.components(0, 0), 1.0, 1e-12);
        VERIFY_CLOSE_TOL(p.components(1, 1), 1.0, 1e-12);
        QVERIFY(p.components.row(0).tail(299).cwiseAbs().maxCoeff() < 1e-12);
        QVERIFY(std::abs(p.components(1, 0)) < 1e-12
                && p.components.row(1).tail(298).cwiseAbs().maxCoeff() < 1e-12);
        VERIFY_CLOSE_TOL(p.explainedVariance[0], 8.0 / 3.0, 1e-12);
        VERIFY_CLOSE_TOL(p.explainedVariance[1], 2.0 / 3.0, 1e-12);
        VERIFY_CLOSE_TOL(p.explainedVarianceRatio[0], 0.8, 1e-12);
        VERIFY_CLOSE_TOL(p.explainedVarianceRatio[1], 0.2, 1e-12);
        const double scores[4][2] = {{2, 0}, {-2, 0}, {0, 1}, {0, -1}};
        for (int i = 0; i < 4; ++i)
            for (int a = 0; a < 2; ++a)
                QVERIFY(std::abs(p.embedding(i, a) - scores[i][a]) < 1e-12);
        verifyInvariants(x, p);
    }

    void automaticChoice()
    {
        // Narrow: full. Wide with few axes: Lanczos. Wide with many axes: full.
        const PcaResult narrow
            = pca(randomCorrelated(50, static_cast<Eigen::Index>(kPcaFullSolverMaxFeatures), 1), 2);
        QCOMPARE(narrow.solver, PcaSolver::Full);
        QCOMPARE(narrow.covarianceProducts, 0);
        const Matrix wide = randomCorrelated(60, kPcaFullSolverMaxFeatures + 1, 2);
        const PcaResult few = pca(wide, 2);
        QCOMPARE(few.solver, PcaSolver::Lanczos);
        QVERIFY(few.covarianceProducts > 0);
        QVERIFY(sameResult(few, pca(wide, 2, {}, PcaSolver::Lanczos)));
        const int many = static_cast<int>(wide.cols() / 4) + 1;
        QCOMPARE(pca(wide, many).solver, PcaSolver::Full);
        QCOMPARE(pca(wide, many - 1).solver, PcaSolver::Lanczos);
    }

    void embeddingOfWideData()
    {
        // pcaEmbedding (the segment map) on wide data: the Lanczos fit, as floats.
        const Matrix x = randomCorrelated(300, 400, 14);
        const Embedding map = pcaEmbedding(x);
        const PcaResult p = pca(x, 2, {}, PcaSolver::Lanczos);
        QCOMPARE(map.size(), std::size_t(300));
        for (Eigen::Index i = 0; i < 300; ++i) {
            QCOMPARE(map.x[static_cast<std::size_t>(i)], static_cast<float>(p.embedding(i, 0)));
            QCOMPARE(map.y[static_cast<std::size_t>(i)], static_cast<float>(p.embedding(i, 1)));
        }
        QCOMPARE(map.explainedVarianceRatio[0], p.explainedVarianceRatio[0]);
        QCOMPARE(map.explainedVarianceRatio[1], p.explainedVarianceRatio[1]);
    }

    void deterministicAcrossRunsAndThreads()
    {
        // Several product blocks and column runs, so threads really split the work.
        const Matrix x = randomCorrelated(3000, 400, 15);
        setThreadCount(1);
        const PcaResult a = pca(x, 2, {}, PcaSolver::Lanczos);
        setThreadCount(2);
        const PcaResult b = pca(x, 2, {}, PcaSolver::Lanczos);
        const PcaResult b2 = pca(x, 2, {}, PcaSolver::Lanczos);
        setThreadCount(3);
        const PcaResult c = pca(x, 2, {}, PcaSolver::Lanczos);
        QVERIFY(sameResult(a, b));
        QVERIFY(sameResult(b, b2));
        QVERIFY(sameResult(a, c));
        verifyInvariants(x, a);
    }

    void signConventionUnderNegation()
    {
        // Negating the data negates every axis before the sign is fixed: the fixed axes are the
        // same, and the scores flip (the map mirrors because the data did, not at random).
        const Matrix x = randomCorrelated(200, 260, 16);
        const PcaResult p = pca(x, 2, {}, PcaSolver::Lanczos);
        const PcaResult q = pca(Matrix(-x), 2, {}, PcaSolver::Lanczos);
        QVERIFY((p.components - q.components).cwiseAbs().maxCoeff() < 1e-10);
        QVERIFY((p.embedding + q.embedding).cwiseAbs().maxCoeff() < 1e-9 * p.embedding.cwiseAbs().maxCoeff());
    }

    void constantColumns()
    {
        // Every other column constant: zero loadings there, and the fit of the varying columns
        // is that of the data without them.
        const Matrix varying = randomCorrelated(150, 160, 17);
        Matrix x(150, 320);
        for (Eigen::Index f = 0; f < 160; ++f) {
            x.col(2 * f) = varying.col(f);
            x.col(2 * f + 1).setConstant(static_cast<double>(f) - 40.0);
        }
        const PcaResult p = pca(x, 3, {}, PcaSolver::Lanczos);
        const PcaResult q = pca(varying, 3, {}, PcaSolver::Lanczos);
        for (int a = 0; a < 3; ++a) {
            for (Eigen::Index f = 0; f < 160; ++f) {
                QVERIFY(std::abs(p.components(a, 2 * f + 1)) < 1e-12);
                QVERIFY(std::abs(p.components(a, 2 * f) - q.components(a, f)) < 1e-8);
            }
            VERIFY_CLOSE_TOL(p.explainedVarianceRatio[a], q.explainedVarianceRatio[a], 1e-9);
        }
        verifyInvariants(x, p);
    }

    void allColumnsConstant()
    {
        // No variance: coordinate axes, zero variances and ratios, no products needed.
        const PcaResult p = pca(Matrix::Constant(20, 300, 2.5), 2, {}, PcaSolver::Lanczos);
        QCOMPARE(p.solver, PcaSolver::Lanczos);
        QCOMPARE(p.covarianceProducts, 0);
        QVERIFY(sameBits(p.components, Matrix(Matrix::Identity(2, 300))));
        QCOMPARE(p.explainedVariance, Vector(Vector::Zero(2)));
        QCOMPARE(p.explainedVarianceRatio, Vector(Vector::Zero(2)));
        QCOMPARE(p.embedding, Matrix(Matrix::Zero(20, 2)));
        // One row: the same.
        const PcaResult one = pca(Matrix::Constant(1, 300, -1.0), 2, {}, PcaSolver::Lanczos);
        QVERIFY(sameBits(one.components, Matrix(Matrix::Identity(2, 300))));
        QCOMPARE(one.explainedVarianceRatio, Vector(Vector::Zero(2)));
    }

    void rankOne()
    {
        // x_i = 5 + t_i u: all variance on u/|u|, var(t)·|u|^2; the second axis has none and
        // is some unit vector orthogonal to u.
        const Eigen::Index d = 300;
        Rng rng(18);
        Vector u(d);
        for (Eigen::Index f = 0; f < d; ++f)
            u[f] = rng.normal();
        Vector t(100);
        for (Eigen::Index i = 0; i < 100; ++i)
            t[i] = rng.normal();
        Matrix x = (t * u.transpose()).array() + 5.0;
        const double varT = (t.array() - t.mean()).square().sum() / 99.0;
        const PcaResult p = pca(x, 2, {}, PcaSolver::Lanczos);
        QVERIFY(differenceUpToSign(p.components.row(0).transpose(), u / u.norm()) < 1e-10);
        VERIFY_CLOSE_TOL(p.explainedVariance[0], varT * u.squaredNorm(), 1e-10);
        VERIFY_CLOSE_TOL(p.explainedVarianceRatio[0], 1.0, 1e-10);
        QVERIFY(p.explainedVariance[1] < 1e-12 * p.explainedVariance[0]);
        QVERIFY(std::abs(p.components.row(1).dot(u)) < 1e-10 * u.norm());
        verifyInvariants(x, p);
        QVERIFY(sameResult(p, pca(x, 2, {}, PcaSolver::Lanczos)));

        // Rank one plus noise far below rounding of the variance: still converges.
        for (Eigen::Index i = 0; i < 100; ++i)
            for (Eigen::Index f = 0; f < d; ++f)
                x(i, f) += 1e-13 * rng.normal();
        const PcaResult noisy = pca(x, 2, {}, PcaSolver::Lanczos);
        QVERIFY(differenceUpToSign(noisy.components.row(0).transpose(), u / u.norm()) < 1e-10);
        QVERIFY(noisy.explainedVariance[1] < 1e-12 * noisy.explainedVariance[0]);
    }

    void twoRows()
    {
        // Two rows r1, r2: one direction, (r1 - r2)/|r1 - r2|, with variance |r1 - r2|^2 / 2
        // (deviations ±(r1 - r2)/2, n - 1 = 1); the second axis has variance 0.
        Matrix x(2, 200);
        Rng rng(19);
        for (Eigen::Index f = 0; f < 200; ++f) {
            x(0, f) = rng.normal();
            x(1, f) = rng.normal();
        }
        const Vector delta = (x.row(0) - x.row(1)).transpose();
        const PcaResult p = pca(x, 2, {}, PcaSolver::Lanczos);
        QVERIFY(differenceUpToSign(p.components.row(0).transpose(), delta / delta.norm()) < 1e-12);
        VERIFY_CLOSE_TOL(p.explainedVariance[0], delta.squaredNorm() / 2.0, 1e-12);
        QVERIFY(p.explainedVariance[1] < 1e-12 * p.explainedVariance[0]);
        verifyInvariants(x, p);
    }

    void oneFeature()
    {
        // d = 1 is narrow: the full solver, one axis (1) with all the variance.
        const Matrix x = matrixOf({{1.0}, {3.0}, {8.0}});
        const PcaResult p = pca(x, 1);
        QCOMPARE(p.solver, PcaSolver::Full);
        QCOMPARE(p.components(0, 0), 1.0);
        VERIFY_CLOSE_TOL(p.explainedVariance[0], 13.0, 1e-12); // deviations -3, -1, 4: 26 / 2
        QCOMPARE(p.explainedVarianceRatio[0], 1.0);
        const Embedding map = pcaEmbedding(x);
        QCOMPARE(map.y, std::vector<float>(3, 0.0f));
        QCOMPARE(map.x[2], 4.0f);
        QVERIFY(std::isnan(map.explainedVarianceRatio[1]));
    }

    void errors()
    {
        // Lanczos needs fewer axes than half the features.
        const Error tooMany = requireError(
            [] { pca(randomCorrelated(20, 10, 1), 5, {}, PcaSolver::Lanczos); }, ErrorKind::Usage);
        QCOMPARE(tooMany.kind(), ErrorKind::Usage);
        QCOMPARE(
            std::string(tooMany.what()),
            std::string("the Lanczos PCA solver finds fewer components than half the features, but 5 of 10 "
                        "were asked for"));
        QCOMPARE(requireError([] {
                     pca(matrixOf({{1.0}, {2.0}}), 1, {}, PcaSolver::Lanczos);
                 }).kind(),
                 ErrorKind::Usage);
        QCOMPARE(pca(randomCorrelated(20, 10, 1), 4, {}, PcaSolver::Lanczos).solver, PcaSolver::Lanczos);
        // Values that are not finite.
        for (double bad :
             {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity()}) {
            Matrix x = randomCorrelated(30, 200, 2);
            x(7, 150) = bad;
            for (PcaSolver solver : {PcaSolver::Lanczos, PcaSolver::Full}) {
                const Error e = requireError([&] { pca(x, 2, {}, solver); });
                QCOMPARE(e.kind(), ErrorKind::InvalidData);
                QVERIFY(contains(e.what(), "does the data contain NaN or infinite values?"));
            }
        }
    }

    void cancellationDuringIterations()
    {
        // Cancelled from the progress callback once the iterations have started: the next
        // product throws, and nothing is returned.
        CancelToken token;
        int reports = 0;
        const Progress progress(&token, [&](double fraction, std::string_view) {
            ++reports;
            if (fraction > 0.2)
                token.cancel();
        });
        bool threw = false;
        try {
            pca(randomCorrelated(100, 300, 3), 2, progress, PcaSolver::Lanczos);
        } catch (const Cancelled &) {
            threw = true;
        }
        QVERIFY(threw);
        QVERIFY(reports >= 2);
    }
};

QTEST_APPLESS_MAIN(TestPcaLanczos)
#include "test_pca_lanczos.moc"
