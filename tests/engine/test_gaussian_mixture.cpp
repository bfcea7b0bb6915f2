// Tests for engine/cluster/gaussian_mixture.h: closed forms (one component, groups so far apart
// that every membership is exactly 0 or 1, one component per row), invariants (the
// log-likelihood never decreases, memberships agree with the model), parameter counts and
// information criteria, determinism across thread counts, progress, cancellation and errors.
// Expected values are computed here from the data, independently of the code under test.

#include "engine/cluster/clustering.h"
#include "engine/cluster/gaussian_mixture.h"
#include "engine/core/error.h"
#include "engine/core/parallel.h"
#include "engine/core/random.h"

#include "tests/support/engine_fixtures.h"

#include <QTest>

#include <Eigen/LU>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <numbers>
#include <string>
#include <vector>

using namespace seg;
using seg::test::gaussianBlobs;
using seg::test::samePartition;
using seg::test::close;
using seg::test::matrixOf;

namespace {

const double kLog2Pi = std::log(2.0 * std::numbers::pi);

// Rows (a, b) with a ~ N(3, 2^2) and b = 0.8 a + N(-1, 0.5^2): strongly correlated features.
Matrix correlated2d(int rows, std::uint64_t seed)
{
    Rng rng(seed);
    Matrix x(rows, 2);
    for (int i = 0; i < rows; ++i) {
        x(i, 0) = 3.0 + 2.0 * rng.normal();
        x(i, 1) = 0.8 * x(i, 0) - 1.0 + 0.5 * rng.normal();
    }
    return x;
}

// The six spending columns of the UCI Wholesale customers data (see engine_fixtures.h),
// log1p-transformed and z-scored with the population standard deviation.
Matrix wholesaleLogZ()
{
    const std::vector<std::vector<double>> rows = seg::test::wholesaleRows();
    Matrix x(static_cast<Eigen::Index>(rows.size()), 6);
    for (std::size_t i = 0; i < rows.size(); ++i)
        for (int t = 0; t < 6; ++t)
            x(static_cast<Eigen::Index>(i), t) = std::log1p(rows[i][static_cast<std::size_t>(t) + 2]);
    const RowVector mean = x.colwise().mean();
    x.rowwise() -= mean;
    const RowVector sd = (x.array().square().colwise().sum() / static_cast<double>(x.rows())).sqrt();
    for (int t = 0; t < 6; ++t)
        x.col(t) /= sd(t);
    return x;
}

// Column means and biased (divide by n) covariance of the rows of x.
void sampleMoments(const Matrix &x, RowVector &mean, Eigen::MatrixXd &cov)
{
    const double n = static_cast<double>(x.rows());
    mean = RowVector::Zero(x.cols());
    for (Eigen::Index i = 0; i < x.rows(); ++i)
        mean += x.row(i);
    mean /= n;
    cov = Eigen::MatrixXd::Zero(x.cols(), x.cols());
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
        const RowVector e = x.row(i) - mean;
        cov += e.transpose() * e;
    }
    cov /= n;
}

// ln N(x | mean, diag(variances)).
double logNormalDiagonal(const RowVector &x, const RowVector &mean, const RowVector &variances)
{
    double sum = 0.0;
    for (Eigen::Index t = 0; t < x.size(); ++t) {
        const double e = x(t) - mean(t);
        sum += -0.5 * (kLog2Pi + std::log(variances(t)) + e * e / variances(t));
    }
    return sum;
}

// ln N(x | mean, [[a, b], [b, c]]) by the explicit 2 × 2 inverse and determinant.
double logNormal2d(const RowVector &x, const RowVector &mean, double a, double b, double c)
{
    const double det = a * c - b * b;
    const double u = x(0) - mean(0), v = x(1) - mean(1);
    const double maha = (c * u * u - 2.0 * b * u * v + a * v * v) / det;
    return -kLog2Pi - 0.5 * std::log(det) - 0.5 * maha;
}

bool bitIdentical(const Matrix &a, const Matrix &b)
{
    return a.rows() == b.rows() && a.cols() == b.cols()
        && std::memcmp(a.data(), b.data(), static_cast<std::size_t>(a.size()) * sizeof(double)) == 0;
}

bool bitIdentical(const GaussianMixtureResult &a, const GaussianMixtureResult &b)
{
    return a.model.covariance == b.model.covariance && a.model.weights == b.model.weights
        && bitIdentical(a.model.means, b.model.means)
        && bitIdentical(a.model.covariances, b.model.covariances) && a.labels == b.labels
        && bitIdentical(a.memberships, b.memberships) && a.logLikelihood == b.logLikelihood && a.bic == b.bic
        && a.aic == b.aic && a.iterations == b.iterations && a.converged == b.converged
        && a.bestInit == b.bestInit && a.logLikelihoodHistory == b.logLikelihoodHistory;
}

// Every row of the memberships sums to 1 and its label is its first largest membership.
bool membershipsConsistent(const GaussianMixtureResult &r)
{
    for (Eigen::Index i = 0; i < r.memberships.rows(); ++i) {
        if (std::abs(r.memberships.row(i).sum() - 1.0) > 1e-12)
            return false;
        Eigen::Index best = 0;
        for (Eigen::Index j = 1; j < r.memberships.cols(); ++j)
            if (r.memberships(i, j) > r.memberships(i, best))
                best = j;
        if (r.labels[static_cast<std::size_t>(i)] != best)
            return false;
    }
    return true;
}

GaussianMixtureOptions optionsFor(int k, CovarianceType covariance, std::uint64_t seed = 1)
{
    GaussianMixtureOptions options;
    options.k = k;
    options.covariance = covariance;
    options.seed = seed;
    return options;
}

template<typename F> ErrorKind errorKindOf(F &&f, std::string *detail = nullptr)
{
    try {
        f();
    } catch (const Error &e) {
        if (detail)
            *detail = e.detail();
        return e.kind();
    }
    QTest::qFail("no seg::Error thrown", __FILE__, __LINE__);
    return ErrorKind::Io;
}

} // namespace

class TestGaussianMixture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { setThreadCount(0); }

    void parameterCounts()
    {
        // (k - 1) weights + k·d means + k·d variances or k·d(d+1)/2 covariance entries, by hand.
        QCOMPARE(gaussianMixtureParameters(CovarianceType::Diagonal, 3, 4), std::size_t(2 + 12 + 12));
        QCOMPARE(gaussianMixtureParameters(CovarianceType::Full, 3, 4), std::size_t(2 + 12 + 30));
        QCOMPARE(gaussianMixtureParameters(CovarianceType::Diagonal, 1, 1), std::size_t(0 + 1 + 1));
        QCOMPARE(gaussianMixtureParameters(CovarianceType::Full, 1, 1), std::size_t(0 + 1 + 1));
        QCOMPARE(gaussianMixtureParameters(CovarianceType::Diagonal, 6, 16), std::size_t(5 + 96 + 96));
        QCOMPARE(gaussianMixtureParameters(CovarianceType::Full, 6, 16), std::size_t(5 + 96 + 6 * 136));
    }

    void singleComponentDiagonal()
    {
        // Three features of different location and scale (and a correlation the model ignores).
        Rng rng(7);
        Matrix x(500, 3);
        for (int i = 0; i < 500; ++i) {
            x(i, 0) = 10.0 + 3.0 * rng.normal();
            x(i, 1) = -2.0 + 0.1 * rng.normal();
            x(i, 2) = 0.5 * x(i, 0) + rng.uniform();
        }
        GaussianMixtureOptions options = optionsFor(1, CovarianceType::Diagonal);
        options.regularization = 1e-3;
        const GaussianMixtureResult r = gaussianMixture(x, options);

        RowVector mean;
        Eigen::MatrixXd cov;
        sampleMoments(x, mean, cov);
        const RowVector variances = cov.diagonal().transpose().array() + 1e-3;
        QCOMPARE(r.model.covariance, CovarianceType::Diagonal);
        QCOMPARE(r.model.weights.size(), std::size_t(1));
        QCOMPARE(r.model.weights[0], 1.0);
        QCOMPARE(r.model.means.rows(), 1);
        QCOMPARE(r.model.covariances.rows(), 1);
        QCOMPARE(r.model.covariances.cols(), 3);
        for (int t = 0; t < 3; ++t) {
            VERIFY_CLOSE_TOL(r.model.means(0, t), mean(t), 1e-12);
            VERIFY_CLOSE_TOL(r.model.covariances(0, t), variances(t), 1e-10);
        }
        double logL = 0.0;
        for (int i = 0; i < 500; ++i)
            logL += logNormalDiagonal(x.row(i), mean, variances);
        VERIFY_CLOSE_TOL(r.logLikelihood, logL, 1e-10);
        const double p = 0 + 3 + 3;
        VERIFY_CLOSE_TOL(r.bic, -2.0 * logL + p * std::log(500.0), 1e-10);
        VERIFY_CLOSE_TOL(r.aic, -2.0 * logL + 2.0 * p, 1e-10);
        QVERIFY(r.memberships.rows() == 500 && r.memberships.cols() == 1);
        QVERIFY((r.memberships.array() == 1.0).all());
        QVERIFY(std::all_of(r.labels.begin(), r.labels.end(), [](std::int32_t l) { return l == 0; }));
        // The first M step already gives the fixed point; the second iteration sees no change.
        QVERIFY(r.converged);
        QCOMPARE(r.iterations, 2);
    }

    void singleComponentFull()
    {
        const Matrix x = correlated2d(400, 3);
        const double reg = 1e-6;
        const GaussianMixtureResult full = gaussianMixture(x, optionsFor(1, CovarianceType::Full));
        const GaussianMixtureResult diagonal = gaussianMixture(x, optionsFor(1, CovarianceType::Diagonal));

        RowVector mean;
        Eigen::MatrixXd cov;
        sampleMoments(x, mean, cov);
        const double a = cov(0, 0) + reg, b = cov(0, 1), c = cov(1, 1) + reg;
        QVERIFY(full.model.weights == std::vector<double> {1.0});
        QCOMPARE(full.model.covariances.rows(), 2);
        QCOMPARE(full.model.covariances.cols(), 2);
        VERIFY_CLOSE_TOL(full.model.means(0, 0), mean(0), 1e-12);
        VERIFY_CLOSE_TOL(full.model.means(0, 1), mean(1), 1e-12);
        VERIFY_CLOSE_TOL(full.model.covariances(0, 0), a, 1e-10);
        VERIFY_CLOSE_TOL(full.model.covariances(0, 1), b, 1e-10);
        VERIFY_CLOSE_TOL(full.model.covariances(1, 0), b, 1e-10);
        VERIFY_CLOSE_TOL(full.model.covariances(1, 1), c, 1e-10);
        double logFull = 0.0, logDiagonal = 0.0;
        for (int i = 0; i < x.rows(); ++i) {
            logFull += logNormal2d(x.row(i), mean, a, b, c);
            logDiagonal += logNormal2d(x.row(i), mean, a, 0.0, c);
        }
        VERIFY_CLOSE_TOL(full.logLikelihood, logFull, 1e-10);
        VERIFY_CLOSE_TOL(diagonal.logLikelihood, logDiagonal, 1e-10);
        // The correlation (about 0.95) is worth far more than one parameter.
        QVERIFY(full.logLikelihood > diagonal.logLikelihood + 100.0);
        const double n = 400.0;
        VERIFY_CLOSE_TOL(full.bic, -2.0 * logFull + 5.0 * std::log(n), 1e-10);
        VERIFY_CLOSE_TOL(full.aic, -2.0 * logFull + 2.0 * 5.0, 1e-10);
        VERIFY_CLOSE_TOL(diagonal.bic, -2.0 * logDiagonal + 4.0 * std::log(n), 1e-10);
        VERIFY_CLOSE_TOL(diagonal.aic, -2.0 * logDiagonal + 2.0 * 4.0, 1e-10);
        QVERIFY(full.bic < diagonal.bic);
    }

    void separatedGroups_data()
    {
        QTest::addColumn<int>("covariance");
        QTest::newRow("diagonal") << int(CovarianceType::Diagonal);
        QTest::newRow("full") << int(CovarianceType::Full);
    }
    void separatedGroups()
    {
        // Two 2-D groups 1000 apart with spreads about 1: every cross density underflows, so the
        // memberships are exactly 0 or 1 and each component is its group's own Gaussian.
        QFETCH(int, covariance);
        const auto type = static_cast<CovarianceType>(covariance);
        Rng rng(5);
        Matrix x(100, 2);
        Labels truth(100);
        for (int i = 0; i < 100; ++i) {
            const bool far = i % 5 < 3; // 60 rows near (1000, -1000), 40 near the origin
            const double u = rng.normal(), v = rng.normal();
            x(i, 0) = (far ? 1000.0 : 0.0) + u;
            x(i, 1) = (far ? -1000.0 : 0.0) + 0.5 * u + 0.7 * v;
            truth[static_cast<std::size_t>(i)] = far ? 1 : 0;
        }
        const GaussianMixtureResult r = gaussianMixture(x, optionsFor(2, type, 11));
        QVERIFY(samePartition(r.labels, truth));
        QVERIFY(((r.memberships.array() == 0.0) || (r.memberships.array() == 1.0)).all());
        QVERIFY(r.converged);

        double logL = 0.0;
        for (int g = 0; g < 2; ++g) {
            std::vector<Eigen::Index> rows;
            for (int i = 0; i < 100; ++i)
                if (truth[static_cast<std::size_t>(i)] == g)
                    rows.push_back(i);
            const Matrix group = x(rows, Eigen::all);
            RowVector mean;
            Eigen::MatrixXd cov;
            sampleMoments(group, mean, cov);
            const Eigen::Index j = r.labels[static_cast<std::size_t>(rows.front())];
            const double weight = static_cast<double>(rows.size()) / 100.0;
            VERIFY_CLOSE_TOL(r.model.weights[static_cast<std::size_t>(j)], weight, 1e-12);
            VERIFY_CLOSE_TOL(r.model.means(j, 0), mean(0), 1e-12);
            VERIFY_CLOSE_TOL(r.model.means(j, 1), mean(1), 1e-12);
            const double a = cov(0, 0) + 1e-6, c = cov(1, 1) + 1e-6;
            const double b = type == CovarianceType::Full ? cov(0, 1) : 0.0;
            if (type == CovarianceType::Full) {
                VERIFY_CLOSE_TOL(r.model.covariances(2 * j, 0), a, 1e-9);
                VERIFY_CLOSE_TOL(r.model.covariances(2 * j, 1), b, 1e-9);
                VERIFY_CLOSE_TOL(r.model.covariances(2 * j + 1, 0), b, 1e-9);
                VERIFY_CLOSE_TOL(r.model.covariances(2 * j + 1, 1), c, 1e-9);
            } else {
                VERIFY_CLOSE_TOL(r.model.covariances(j, 0), a, 1e-9);
                VERIFY_CLOSE_TOL(r.model.covariances(j, 1), c, 1e-9);
            }
            for (Eigen::Index i : rows)
                logL += std::log(weight) + logNormal2d(x.row(i), mean, a, b, c);
        }
        VERIFY_CLOSE_TOL(r.logLikelihood, logL, 1e-10);
    }

    void oneComponentPerRow()
    {
        // k = n: each component sits on one row with variance = the regularization, weight 1/n;
        // the rows are 1 apart, i.e. 1000 standard deviations, so memberships are exactly 0/1.
        const Matrix x = matrixOf({{0.0}, {3.0}, {1.0}, {7.0}, {4.0}});
        GaussianMixtureOptions options = optionsFor(5, CovarianceType::Diagonal, 2);
        options.nInit = 2;
        const GaussianMixtureResult r = gaussianMixture(x, options);
        QVERIFY(std::isfinite(r.logLikelihood));
        std::vector<bool> used(5, false);
        for (int i = 0; i < 5; ++i) {
            const auto j = static_cast<std::size_t>(r.labels[static_cast<std::size_t>(i)]);
            QVERIFY(!used[j]);
            used[j] = true;
            QCOMPARE(r.memberships(i, static_cast<Eigen::Index>(j)), 1.0);
            VERIFY_CLOSE_TOL(r.model.means(static_cast<Eigen::Index>(j), 0), x(i, 0), 1e-12);
            VERIFY_CLOSE_TOL(r.model.covariances(static_cast<Eigen::Index>(j), 0), 1e-6, 1e-9);
            VERIFY_CLOSE_TOL(r.model.weights[j], 0.2, 1e-12);
        }
        const double logL = 5.0 * (std::log(0.2) - 0.5 * (kLog2Pi + std::log(1e-6)));
        VERIFY_CLOSE_TOL(r.logLikelihood, logL, 1e-10);
    }

    void plantedBlobsRecovered_data()
    {
        QTest::addColumn<int>("covariance");
        QTest::newRow("diagonal") << int(CovarianceType::Diagonal);
        QTest::newRow("full") << int(CovarianceType::Full);
    }
    void plantedBlobsRecovered()
    {
        QFETCH(int, covariance);
        Labels truth;
        const Matrix x = gaussianBlobs(3000, 4, 5, 15.0, 21, &truth);
        const GaussianMixtureResult r
            = gaussianMixture(x, optionsFor(5, static_cast<CovarianceType>(covariance), 4));
        QVERIFY(samePartition(r.labels, truth));
        QVERIFY(r.converged);
        QVERIFY(membershipsConsistent(r));
        double weightSum = 0.0;
        for (double w : r.model.weights)
            weightSum += w;
        VERIFY_CLOSE_TOL(weightSum, 1.0, 1e-14);
    }

    void likelihoodNeverDecreases_data()
    {
        QTest::addColumn<int>("covariance");
        QTest::addColumn<int>("k");
        QTest::newRow("diagonal k=4") << int(CovarianceType::Diagonal) << 4;
        QTest::newRow("full k=4") << int(CovarianceType::Full) << 4;
        QTest::newRow("diagonal k=8") << int(CovarianceType::Diagonal) << 8;
        QTest::newRow("full k=6") << int(CovarianceType::Full) << 6;
    }
    void likelihoodNeverDecreases()
    {
        // Overlapping segments of real data; tol = 0 keeps EM going for all 60 iterations.
        QFETCH(int, covariance);
        QFETCH(int, k);
        const Matrix x = wholesaleLogZ();
        QCOMPARE(x.rows(), 440);
        GaussianMixtureOptions options = optionsFor(k, static_cast<CovarianceType>(covariance), 9);
        options.tol = 0.0;
        options.maxIter = 60;
        options.nInit = 2;
        options.recordHistory = true;
        const GaussianMixtureResult r = gaussianMixture(x, options);
        const std::vector<double> &h = r.logLikelihoodHistory;
        QCOMPARE(h.size(), static_cast<std::size_t>(r.iterations));
        QVERIFY2(r.iterations > 10, qPrintable(QString::number(r.iterations)));
        QCOMPARE(h.back(), r.logLikelihood);
        for (std::size_t i = 1; i < h.size(); ++i)
            QVERIFY2(h[i] >= h[i - 1] - 1e-9 * std::abs(h[i - 1]),
                     qPrintable(QStringLiteral("iteration %1: %2 < %3")
                                    .arg(i + 1)
                                    .arg(h[i], 0, 'g', 17)
                                    .arg(h[i - 1], 0, 'g', 17)));
        QVERIFY(h.back() > h.front()); // it did climb
        QVERIFY(membershipsConsistent(r));
    }

    void convergenceAndIterationLimit()
    {
        const Matrix x = wholesaleLogZ();
        GaussianMixtureOptions options = optionsFor(3, CovarianceType::Full, 4);
        options.maxIter = 1;
        options.nInit = 1;
        options.recordHistory = true;
        const GaussianMixtureResult one = gaussianMixture(x, options);
        QCOMPARE(one.iterations, 1);
        QVERIFY(!one.converged); // the first change is from -infinity
        QCOMPARE(one.logLikelihoodHistory.size(), std::size_t(1));
        options.maxIter = 500;
        const GaussianMixtureResult r = gaussianMixture(x, options);
        QVERIFY(r.converged);
        QVERIFY(r.iterations < 500);
        // Stopped because the mean log-likelihood per row moved by less than tol (1e-3); the
        // history lags the test by one iteration (each iteration's E step scores the previous
        // M step), so the last two entries before the final one differ by less than tol.
        const std::vector<double> &h = r.logLikelihoodHistory;
        QVERIFY(h.size() >= 3);
        QVERIFY((h[h.size() - 2] - h[h.size() - 3]) / 440.0 < 1e-3);
        for (std::size_t i = 1; i + 2 < h.size(); ++i)
            QVERIFY((h[i] - h[i - 1]) / 440.0 >= 1e-3);
    }

    void moreRunsNeverWorse()
    {
        // Run 0 is seeded the same whatever nInit, so the best of five is at least as likely.
        const Matrix x = wholesaleLogZ();
        GaussianMixtureOptions options = optionsFor(5, CovarianceType::Full, 17);
        options.nInit = 1;
        const GaussianMixtureResult one = gaussianMixture(x, options);
        QCOMPARE(one.bestInit, 0);
        options.nInit = 5;
        const GaussianMixtureResult five = gaussianMixture(x, options);
        QVERIFY(five.logLikelihood >= one.logLikelihood);
        QVERIFY(five.bestInit >= 0 && five.bestInit < 5);
        if (five.bestInit == 0)
            QVERIFY(bitIdentical(five.model.means, one.model.means));
    }

    void membershipsReproduceFit_data()
    {
        QTest::addColumn<int>("covariance");
        QTest::newRow("diagonal") << int(CovarianceType::Diagonal);
        QTest::newRow("full") << int(CovarianceType::Full);
    }
    void membershipsReproduceFit()
    {
        QFETCH(int, covariance);
        const Matrix x = wholesaleLogZ();
        const GaussianMixtureResult r
            = gaussianMixture(x, optionsFor(3, static_cast<CovarianceType>(covariance), 8));
        std::vector<double> logDensity;
        const Matrix m = gaussianMixtureMemberships(r.model, x, &logDensity);
        QCOMPARE(m.rows(), x.rows());
        QCOMPARE(m.cols(), 3);
        QVERIFY((m - r.memberships).cwiseAbs().maxCoeff() <= 1e-12);
        QCOMPARE(logDensity.size(), static_cast<std::size_t>(x.rows()));
        double sum = 0.0;
        for (double v : logDensity)
            sum += v;
        VERIFY_CLOSE_TOL(sum, r.logLikelihood, 1e-12);
        QVERIFY(membershipsConsistent(r));

        // Each row's density, recomputed here: ln Σ_j w_j N(x | mu_j, Σ_j) with Σ_j inverted
        // by Eigen's LU, independent of the Cholesky path under test.
        const int d = 6;
        for (int i = 0; i < x.rows(); i += 37) {
            double density = 0.0;
            for (int j = 0; j < 3; ++j) {
                Eigen::MatrixXd s = Eigen::MatrixXd::Zero(d, d);
                if (r.model.covariance == CovarianceType::Full)
                    s = r.model.covariances.block(j * d, 0, d, d);
                else
                    s.diagonal() = r.model.covariances.row(j).transpose();
                const Eigen::VectorXd e = (x.row(i) - r.model.means.row(j)).transpose();
                const double maha = e.dot(s.fullPivLu().solve(e));
                density += r.model.weights[static_cast<std::size_t>(j)]
                    * std::exp(-0.5 * (d * kLog2Pi + std::log(s.determinant()) + maha));
            }
            VERIFY_CLOSE_TOL(logDensity[static_cast<std::size_t>(i)], std::log(density), 1e-9);
        }

        // New rows: far from everything, yet finite (log space), and a wrong width is refused.
        const Matrix far = Matrix::Constant(2, 6, 1e6);
        std::vector<double> farDensity;
        const Matrix farMemberships = gaussianMixtureMemberships(r.model, far, &farDensity);
        QVERIFY(farMemberships.allFinite());
        QVERIFY(std::isfinite(farDensity[0]) && farDensity[0] < -1e9);
        QVERIFY(std::abs(farMemberships.row(0).sum() - 1.0) <= 1e-12);
        QCOMPARE(errorKindOf([&] { gaussianMixtureMemberships(r.model, Matrix::Zero(4, 5)); }),
                 ErrorKind::Usage);
    }

    void assigningInBlocksGivesEachRowsOwnAnswer()
    {
        // assign() works through blocks of 16,384 rows: on 40,040 rows (the wholesale rows
        // repeated, three blocks, the last one short) every label and membership is the one
        // the memberships of all rows at once give.
        const Matrix wholesale = wholesaleLogZ();
        const GaussianMixtureResult r = gaussianMixture(wholesale, optionsFor(3, CovarianceType::Full, 8));
        Matrix x(wholesale.rows() * 91, wholesale.cols());
        for (Eigen::Index copy = 0; copy < 91; ++copy)
            x.middleRows(copy * wholesale.rows(), wholesale.rows()) = wholesale;
        const ClusterAssignment assigned = assign(ClusterModel {r.model}, x);
        const Matrix all = gaussianMixtureMemberships(r.model, x);
        QCOMPARE(assigned.labels.size(), std::size_t(40040));
        for (Eigen::Index i = 0; i < x.rows(); ++i) {
            Eigen::Index best = 0;
            all.row(i).maxCoeff(&best);
            QCOMPARE(assigned.labels[std::size_t(i)], std::int32_t(best));
            QCOMPARE(assigned.memberships[std::size_t(i)], all(i, best));
        }
    }

    void deterministicAcrossThreads_data()
    {
        QTest::addColumn<int>("covariance");
        QTest::newRow("diagonal") << int(CovarianceType::Diagonal);
        QTest::newRow("full") << int(CovarianceType::Full);
    }
    void deterministicAcrossThreads()
    {
        // 20,000 rows: several row blocks, so per-block sums really are folded.
        QFETCH(int, covariance);
        const Matrix x = gaussianBlobs(20000, 5, 4, 1.5, 13);
        GaussianMixtureOptions options = optionsFor(4, static_cast<CovarianceType>(covariance), 99);
        options.nInit = 2;
        options.recordHistory = true;
        setThreadCount(1);
        const GaussianMixtureResult one = gaussianMixture(x, options);
        setThreadCount(2);
        const GaussianMixtureResult two = gaussianMixture(x, options);
        const GaussianMixtureResult again = gaussianMixture(x, options);
        QVERIFY(bitIdentical(one, two));
        QVERIFY(bitIdentical(two, again));
        QVERIFY(one.iterations > 2);
        options.seed = 100;
        const GaussianMixtureResult other = gaussianMixture(x, options);
        QVERIFY(!bitIdentical(one, other)); // the seed does reach the k-means starts
    }

    void progressAndCancellation()
    {
        const Matrix x = gaussianBlobs(2000, 3, 3, 3.0, 1);
        GaussianMixtureOptions options = optionsFor(3, CovarianceType::Full, 6);
        std::vector<double> fractions;
        int mixtureReports = 0;
        const Progress progress(nullptr, [&](double f, std::string_view stage) {
            fractions.push_back(f);
            mixtureReports += stage == "gaussian mixture" ? 1 : 0;
        });
        const GaussianMixtureResult r = gaussianMixture(x, options, progress);
        // At least one report per iteration and one at the end of every run.
        QVERIFY(mixtureReports >= r.iterations + options.nInit);
        QVERIFY(!fractions.empty());
        QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
        QVERIFY(fractions.front() >= 0.0);
        QCOMPARE(fractions.back(), 1.0);

        CancelToken token;
        token.cancel();
        bool cancelled = false;
        try {
            gaussianMixture(x, options, Progress(&token, {}));
        } catch (const Cancelled &) {
            cancelled = true;
        }
        QVERIFY(cancelled);

        // Cancelled in the middle of EM, from the progress callback.
        CancelToken later;
        int calls = 0;
        cancelled = false;
        try {
            gaussianMixture(x, options, Progress(&later, [&](double, std::string_view stage) {
                                if (stage == "gaussian mixture" && ++calls == 3)
                                    later.cancel();
                            }));
        } catch (const Cancelled &) {
            cancelled = true;
        }
        QVERIFY(cancelled);
        QCOMPARE(calls, 3);
    }

    void invalidOptions()
    {
        const Matrix x = gaussianBlobs(20, 2, 2, 5.0, 3);
        GaussianMixtureOptions options = optionsFor(21, CovarianceType::Diagonal);
        std::string detail;
        QCOMPARE(errorKindOf([&] { gaussianMixture(x, options); }, &detail), ErrorKind::Usage);
        QCOMPARE(detail, std::string("k = 21 must be between 1 and the number of rows (20)"));
        options.k = 0;
        QCOMPARE(errorKindOf([&] { gaussianMixture(x, options); }), ErrorKind::Usage);
        options.k = -3;
        QCOMPARE(errorKindOf([&] { gaussianMixture(x, options); }), ErrorKind::Usage);
        options.k = 1;
        QCOMPARE(errorKindOf([&] { gaussianMixture(Matrix(0, 2), options); }), ErrorKind::Usage);
        options.nInit = 0;
        QCOMPARE(errorKindOf([&] { gaussianMixture(x, options); }), ErrorKind::Usage);
        options.nInit = 1;
        options.maxIter = 0;
        QCOMPARE(errorKindOf([&] { gaussianMixture(x, options); }), ErrorKind::Usage);
        options.maxIter = 10;
        options.tol = -1e-3;
        QCOMPARE(errorKindOf([&] { gaussianMixture(x, options); }), ErrorKind::Usage);
        options.tol = std::nan("");
        QCOMPARE(errorKindOf([&] { gaussianMixture(x, options); }), ErrorKind::Usage);
        options.tol = 1e-3;
        options.regularization = -1e-6;
        QCOMPARE(errorKindOf([&] { gaussianMixture(x, options); }), ErrorKind::Usage);
        options.regularization = std::numeric_limits<double>::infinity();
        QCOMPARE(errorKindOf([&] { gaussianMixture(x, options); }), ErrorKind::Usage);
        options.regularization = 0.0; // allowed: this data has no degenerate component
        QVERIFY(std::isfinite(gaussianMixture(x, options).logLikelihood));
    }

    void invalidData()
    {
        Matrix x = gaussianBlobs(20, 3, 2, 5.0, 3);
        const GaussianMixtureOptions options = optionsFor(2, CovarianceType::Full);
        std::string detail;
        x(13, 1) = std::nan("");
        QCOMPARE(errorKindOf([&] { gaussianMixture(x, options); }, &detail), ErrorKind::InvalidData);
        QVERIFY2(detail.find("row 14, feature 2") != std::string::npos, detail.c_str());
        x(13, 1) = 0.0;
        x(19, 2) = -std::numeric_limits<double>::infinity();
        QCOMPARE(errorKindOf([&] { gaussianMixture(x, options); }, &detail), ErrorKind::InvalidData);
        QVERIFY2(detail.find("row 20, feature 3") != std::string::npos, detail.c_str());
        x(19, 2) = 2e120;
        QCOMPARE(errorKindOf([&] { gaussianMixture(x, options); }, &detail), ErrorKind::InvalidData);
        QVERIFY2(detail.find("row 20, feature 3") != std::string::npos, detail.c_str());

        // Fewer distinct rows than components.
        const Matrix twoDistinct = matrixOf({{1.0, 2.0}, {3.0, 4.0}, {1.0, 2.0}, {3.0, 4.0}});
        QCOMPARE(errorKindOf([&] { gaussianMixture(twoDistinct, optionsFor(3, CovarianceType::Diagonal)); },
                             &detail),
                 ErrorKind::InvalidData);
        QCOMPARE(detail, std::string("k = 3 but the data has only 2 distinct rows"));
    }

    void singularCovariance_data()
    {
        QTest::addColumn<int>("covariance");
        QTest::addColumn<QString>("advice");
        QTest::newRow("diagonal") << int(CovarianceType::Diagonal)
                                  << QStringLiteral("larger covariance regularization");
        QTest::newRow("full") << int(CovarianceType::Full) << QStringLiteral("or the diagonal covariance");
    }
    void singularCovariance()
    {
        // Without regularization a component on duplicates of one row has a zero covariance.
        QFETCH(int, covariance);
        QFETCH(QString, advice);
        const Matrix x = matrixOf({{0.0, 0.0}, {0.0, 0.0}, {5.0, 1.0}, {5.0, 1.0}, {9.0, 9.0}, {9.0, 9.0}});
        GaussianMixtureOptions options = optionsFor(3, static_cast<CovarianceType>(covariance));
        options.regularization = 0.0;
        std::string detail;
        QCOMPARE(errorKindOf([&] { gaussianMixture(x, options); }, &detail), ErrorKind::InvalidData);
        QVERIFY2(detail.find(advice.toStdString()) != std::string::npos, detail.c_str());
        // Regularized, the same fit is fine: each component is its pair of rows.
        options.regularization = 1e-6;
        const GaussianMixtureResult r = gaussianMixture(x, options);
        QVERIFY(samePartition(r.labels, Labels {0, 0, 1, 1, 2, 2}));
        for (double w : r.model.weights)
            VERIFY_CLOSE_TOL(w, 1.0 / 3.0, 1e-12);

        // Rows on a line (a feature that is always 0, so that its variance is exactly 0 despite
        // the 10·eps added to every component's mass): full covariances need the regularization
        // too.
        if (static_cast<CovarianceType>(covariance) == CovarianceType::Full) {
            Matrix line(30, 2);
            for (int i = 0; i < 30; ++i) {
                line(i, 0) = i;
                line(i, 1) = 0.0;
            }
            GaussianMixtureOptions lineOptions = optionsFor(1, CovarianceType::Full);
            lineOptions.regularization = 0.0;
            QCOMPARE(errorKindOf([&] { gaussianMixture(line, lineOptions); }), ErrorKind::InvalidData);
            lineOptions.regularization = 1e-6;
            QVERIFY(std::isfinite(gaussianMixture(line, lineOptions).logLikelihood));
        }
    }
};

QTEST_APPLESS_MAIN(TestGaussianMixture)
#include "test_gaussian_mixture.moc"
