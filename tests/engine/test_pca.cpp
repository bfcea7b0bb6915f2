// Tests for engine/embed/pca.h: hand-computed cases, scikit-learn reference values,
// orthonormality, reconstruction, edge cases and thread-count independence.
//
// scikit-learn references were computed with Debian 12's python3-sklearn 1.2.1 (NumPy 1.24):
// p = sklearn.decomposition.PCA(n_components=d, svd_solver="full").fit(X), printing repr() of
// p.explained_variance_ratio_, p.explained_variance_ and np.abs(p.components_) (absolute values
// because sklearn 1.2 chooses axis signs from the scores, we from the loadings).

#include "engine/core/error.h"
#include "engine/core/parallel.h"
#include "engine/core/progress.h"
#include "engine/embed/pca.h"

#include <QTest>

#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include "engine/core/random.h"
#include "tests/support/engine_fixtures.h"

using namespace seg;
using namespace seg::test;

namespace {

#define VERIFY_CLOSE(actual, expected) VERIFY_CLOSE_TOL(actual, expected, 1e-9)

// UCI "Wholesale customers" (Cardoso, 2013; CC BY 4.0), see /work/shared/data/wholesale/SOURCE.md:
// the six spend columns (Fresh, Milk, Grocery, Frozen, Detergents_Paper, Delicassen), 440 × 6.
Matrix wholesaleSpend()
{
    const std::vector<std::vector<double>> rows = wholesaleRows();
    Matrix m(static_cast<Eigen::Index>(rows.size()), 6);
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (int c = 0; c < 6; ++c)
            m(static_cast<Eigen::Index>(r), c) = rows[r][static_cast<std::size_t>(c) + 2];
    return m;
}

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

/// Checks the invariants every fit must satisfy.
void verifyInvariants(const Matrix &x, const PcaResult &p)
{
    const Eigen::Index c = p.components.rows();
    // Orthonormal axes.
    const Matrix gram = p.components * p.components.transpose();
    QVERIFY((gram - Matrix::Identity(c, c)).cwiseAbs().maxCoeff() < 1e-12);
    // Sign convention: the largest-magnitude loading (first on ties) is positive.
    for (Eigen::Index a = 0; a < c; ++a) {
        Eigen::Index largest = 0;
        p.components.row(a).cwiseAbs().maxCoeff(&largest);
        QVERIFY(p.components(a, largest) > 0.0);
    }
    // Variances sorted descending and non-negative; ratios in [0, 1] summing to at most 1.
    for (Eigen::Index a = 0; a < c; ++a) {
        QVERIFY(p.explainedVariance[a] >= 0.0);
        if (a > 0)
            QVERIFY(p.explainedVariance[a] <= p.explainedVariance[a - 1]);
    }
    QVERIFY(p.explainedVarianceRatio.sum() <= 1.0 + 1e-12);
    // The embedding is the centred data on the axes; its columns have the explained variance
    // (n - 1 denominator) and are uncorrelated.
    const Matrix centred = x.rowwise() - p.mean.transpose();
    const Matrix expected = centred * p.components.transpose();
    const double scale = std::max(1.0, centred.cwiseAbs().maxCoeff());
    QVERIFY((p.embedding - expected).cwiseAbs().maxCoeff() < 1e-12 * scale);
    if (x.rows() > 1) {
        const Matrix cov = p.embedding.transpose() * p.embedding / static_cast<double>(x.rows() - 1);
        const double top = std::max(1e-300, p.explainedVariance[0]);
        for (Eigen::Index a = 0; a < c; ++a)
            for (Eigen::Index b = 0; b < c; ++b)
                QVERIFY(std::abs(cov(a, b) - (a == b ? p.explainedVariance[a] : 0.0)) < 1e-10 * top);
    }
}

bool sameBits(const Matrix &a, const Matrix &b)
{
    return a.rows() == b.rows() && a.cols() == b.cols()
        && std::memcmp(a.data(), b.data(), sizeof(double) * static_cast<std::size_t>(a.size())) == 0;
}

} // namespace

class TestPca : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { setThreadCount(0); }

    void handComputedLine()
    {
        // Points t·(1, 2), t = 0..3, all on one line: the first axis is (1, 2)/√5 and carries
        // everything. Projections t·√5 have variance 5 · var{0,1,2,3} = 5 · (5/3) = 25/3
        // (n - 1 = 3 denominator: the squared deviations 2.25 + 0.25 + 0.25 + 2.25 = 5, /3).
        // The second axis is orthogonal, (2, -1)/√5 up to sign, with variance 0.
        // Centred projections: (t - 1.5)·√5.
        const Matrix x = matrixOf({{0, 0}, {1, 2}, {2, 4}, {3, 6}});
        const PcaResult p = pca(x, 2);
        VERIFY_CLOSE(p.mean[0], 1.5);
        VERIFY_CLOSE(p.mean[1], 3.0);
        VERIFY_CLOSE(p.components(0, 0), 1.0 / std::sqrt(5.0));
        VERIFY_CLOSE(p.components(0, 1), 2.0 / std::sqrt(5.0));
        // Largest |loading| positive: 2/√5 on the first, the 2/√5 entry of (±2, ∓1) on the second.
        VERIFY_CLOSE(p.components(1, 0), 2.0 / std::sqrt(5.0));
        VERIFY_CLOSE(p.components(1, 1), -1.0 / std::sqrt(5.0));
        VERIFY_CLOSE(p.explainedVariance[0], 25.0 / 3.0);
        QVERIFY(std::abs(p.explainedVariance[1]) < 1e-12);
        VERIFY_CLOSE(p.explainedVarianceRatio[0], 1.0);
        for (int t = 0; t < 4; ++t) {
            VERIFY_CLOSE(p.embedding(t, 0), (t - 1.5) * std::sqrt(5.0));
            QVERIFY(std::abs(p.embedding(t, 1)) < 1e-12);
        }
        verifyInvariants(x, p);
    }

    void handComputedAxes()
    {
        // (±2, 0) and (0, ±1): mean 0, covariance diag((4 + 4)/3, (1 + 1)/3) = diag(8/3, 2/3),
        // total 10/3: axes (1, 0) and (0, 1) with ratios 0.8 and 0.2.
        const Matrix x = matrixOf({{2, 0}, {-2, 0}, {0, 1}, {0, -1}});
        const PcaResult p = pca(x, 2);
        VERIFY_CLOSE(p.components(0, 0), 1.0);
        QVERIFY(std::abs(p.components(0, 1)) < 1e-15);
        VERIFY_CLOSE(p.components(1, 1), 1.0);
        VERIFY_CLOSE(p.explainedVariance[0], 8.0 / 3.0);
        VERIFY_CLOSE(p.explainedVariance[1], 2.0 / 3.0);
        VERIFY_CLOSE(p.explainedVarianceRatio[0], 0.8);
        VERIFY_CLOSE(p.explainedVarianceRatio[1], 0.2);
        verifyInvariants(x, p);
    }

    void sklearnSmall()
    {
        const Matrix x = smallData();
        const PcaResult p = pca(x, 3);
        const double ratio[] = {0.7358690352115631, 0.2601676558342108, 0.00396330895422608};
        const double variance[] = {11.791166824502682, 4.168785592940484, 0.06350591589016857};
        const double loadings[3][3] = {{0.9107246328594194, 0.08302913537670013, 0.404582260834151},
                                       {0.0823574964609402, 0.9964198380234174, 0.01909840752714697},
                                       {0.4047195150715637, 0.01592699193144708, 0.9143021628806607}};
        for (int a = 0; a < 3; ++a) {
            VERIFY_CLOSE(p.explainedVarianceRatio[a], ratio[a]);
            VERIFY_CLOSE(p.explainedVariance[a], variance[a]);
            for (int f = 0; f < 3; ++f)
                VERIFY_CLOSE(std::abs(p.components(a, f)), loadings[a][f]);
        }
        verifyInvariants(x, p);
        // Fewer axes: the leading ones of the full fit.
        const PcaResult two = pca(x, 2);
        QVERIFY((two.components - p.components.topRows(2)).cwiseAbs().maxCoeff() < 1e-12);
        QVERIFY((two.embedding - p.embedding.leftCols(2)).cwiseAbs().maxCoeff() < 1e-10);
    }

    void sklearnWholesale()
    {
        const Matrix x = wholesaleSpend();
        QCOMPARE(x.rows(), Eigen::Index(440));
        const PcaResult p = pca(x, 6);
        const double ratio[] = {0.45961361681363905, 0.405172268125471,   0.070030080471435,
                                0.04402344353674088, 0.01502211595162684, 0.00613847510108717};
        const double variance[] = {1.6499590411556089e+08, 1.4545209771063232e+08, 2.5139978494925689e+07,
                                   1.5803900500124078e+07, 5.3927636442774497e+06, 2.2036406497621443e+06};
        const double loadings[6][6] = {{0.976536845621806, 0.12118407084112734, 0.06154039306880024,
                                        0.15236461930215503, 0.0070541734645961, 0.06810471026268482},
                                       {0.11061385639118997, 0.5158021586659177, 0.7646063849507814,
                                        0.01872345458502198, 0.3653507624874671, 0.05707921320914352},
                                       {0.17855725973714823, 0.509886753711781, 0.27578088492000563,
                                        0.7142003735370533, 0.20440987100778546, 0.2832174746926378},
                                       {0.04187648031232687, 0.6456404683258528, 0.3754604874519717,
                                        0.6462923165780158, 0.14938012519976335, 0.0203957874689278},
                                       {0.01598599667430617, 0.20323565770767055, 0.160291503690599,
                                        0.2201861168130672, 0.20793016373665255, 0.9170765890383952},
                                       {0.01576316019786198, 0.03349187327275381, 0.410938944167023,
                                        0.01328897918764157, 0.8712842755524112, 0.2654168713164461}};
        for (int a = 0; a < 6; ++a) {
            VERIFY_CLOSE(p.explainedVarianceRatio[a], ratio[a]);
            VERIFY_CLOSE(p.explainedVariance[a], variance[a]);
            for (int f = 0; f < 6; ++f)
                VERIFY_CLOSE(std::abs(p.components(a, f)), loadings[a][f]);
        }
        verifyInvariants(x, p);

        // log1p-scaled spend (np.log1p(S)): ratios and |components| from the same script.
        const Matrix logx = x.array().log1p().matrix();
        const PcaResult q = pca(logx, 2);
        VERIFY_CLOSE(q.explainedVarianceRatio[0], 0.44374605641671333);
        VERIFY_CLOSE(q.explainedVarianceRatio[1], 0.27667282024532625);
        const double logLoadings[2][6]
            = {{1.7598374380557527e-01, 3.9646680858390021e-01, 4.5477320567580071e-01,
                1.7410073669494891e-01, 7.4347593638506537e-01, 1.4818093165266852e-01},
               {6.8428673721583655e-01, 1.6590364611657835e-01, 7.2854002132087328e-02,
                4.9221020048557079e-01, 4.3605308458622281e-02, 5.0472530297306284e-01}};
        for (int a = 0; a < 2; ++a)
            for (int f = 0; f < 6; ++f)
                VERIFY_CLOSE(std::abs(q.components(a, f)), logLoadings[a][f]);
        verifyInvariants(logx, q);
    }

    void reconstructionAndTransform()
    {
        const Matrix x = randomCorrelated(500, 7, 21);
        const PcaResult p = pca(x, 7);
        verifyInvariants(x, p);
        VERIFY_CLOSE(p.explainedVarianceRatio.sum(), 1.0);
        // All axes: the rotation is undone exactly (up to rounding).
        const Matrix back = (p.embedding * p.components).rowwise() + p.mean.transpose();
        QVERIFY((back - x).cwiseAbs().maxCoeff() < 1e-10 * x.cwiseAbs().maxCoeff());
        // transform() of the training rows is the embedding; of new rows, the same projection.
        QVERIFY(sameBits(p.transform(x), p.embedding));
        const Matrix fresh = randomCorrelated(10, 7, 22);
        const Matrix projected = p.transform(fresh);
        const Matrix expected = (fresh.rowwise() - p.mean.transpose()) * p.components.transpose();
        QVERIFY((projected - expected).cwiseAbs().maxCoeff() < 1e-10 * expected.cwiseAbs().maxCoeff());
        // Two axes: the residual is orthogonal to them and its squared norm is the variance of
        // the dropped axes, (n - 1) · sum of explainedVariance[2..].
        const PcaResult two = pca(x, 2);
        const Matrix residual = (x.rowwise() - two.mean.transpose()) - two.embedding * two.components;
        QVERIFY((residual * two.components.transpose()).cwiseAbs().maxCoeff() < 1e-9);
        VERIFY_CLOSE(residual.squaredNorm(), 499.0 * p.explainedVariance.tail(5).sum());
        try {
            p.transform(Matrix::Zero(3, 6));
            QFAIL("expected seg::Error(Usage)");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::Usage);
        }
    }

    void invalidArguments()
    {
        const Matrix x = smallData();
        for (int c : {0, -1, 4}) {
            try {
                pca(x, c);
                QFAIL("expected seg::Error(Usage)");
            } catch (const Error &e) {
                QCOMPARE(e.kind(), ErrorKind::Usage);
            }
        }
        try {
            pca(Matrix(0, 3), 2);
            QFAIL("expected seg::Error(InvalidData)");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::InvalidData);
        }
    }

    void degenerateData()
    {
        // One row: no variance; coordinate axes, zero variances and ratios, zero embedding.
        const Matrix one = matrixOf({{3.0, -1.0, 7.0}});
        const PcaResult p = pca(one, 2);
        QVERIFY(sameBits(p.components, Matrix(Matrix::Identity(2, 3))));
        QCOMPARE(p.explainedVariance, Vector(Vector::Zero(2)));
        QCOMPARE(p.explainedVarianceRatio, Vector(Vector::Zero(2)));
        QCOMPARE(p.embedding, Matrix(Matrix::Zero(1, 2)));
        QCOMPARE(p.mean, Vector(Eigen::Vector3d(3.0, -1.0, 7.0)));
        // All columns constant: the same.
        const PcaResult c = pca(Matrix::Constant(5, 3, 2.5), 3);
        QVERIFY(sameBits(c.components, Matrix(Matrix::Identity(3, 3))));
        QCOMPARE(c.explainedVarianceRatio, Vector(Vector::Zero(3)));
        // A constant column among varying ones: zero loadings on the axes with variance, and the
        // fit of the other columns unchanged.
        const Matrix x = smallData();
        Matrix padded(16, 4);
        padded << x.col(0), Matrix::Constant(16, 1, 42.0), x.col(1), x.col(2);
        const PcaResult q = pca(padded, 4);
        const PcaResult r = pca(x, 3);
        for (int a = 0; a < 3; ++a) {
            QVERIFY(std::abs(q.components(a, 1)) < 1e-12);
            VERIFY_CLOSE(q.explainedVarianceRatio[a], r.explainedVarianceRatio[a]);
            VERIFY_CLOSE(std::abs(q.components(a, 0)), std::abs(r.components(a, 0)));
        }
        QVERIFY(q.explainedVariance[3] < 1e-12);
        verifyInvariants(padded, q);
        // Fewer rows than axes: two rows span one direction; the rest have variance 0.
        const Matrix two = matrixOf({{0, 0, 0}, {1, 1, 0}});
        const PcaResult t = pca(two, 3);
        VERIFY_CLOSE(t.explainedVariance[0], 1.0); // (±√2/2)² · 2 / (2 - 1)
        QVERIFY(t.explainedVariance[1] < 1e-15 && t.explainedVariance[2] < 1e-15);
        verifyInvariants(two, t);
    }

    void threadCountIndependent()
    {
        const Matrix x = randomCorrelated(20000, 9, 4); // several reduction blocks
        setThreadCount(1);
        const PcaResult a = pca(x, 3);
        setThreadCount(2);
        const PcaResult b = pca(x, 3);
        setThreadCount(3);
        const PcaResult c = pca(x, 3);
        QVERIFY(sameBits(a.components, b.components) && sameBits(a.components, c.components));
        QVERIFY(sameBits(a.embedding, b.embedding) && sameBits(a.embedding, c.embedding));
        QVERIFY(a.explainedVariance == b.explainedVariance && a.explainedVariance == c.explainedVariance);
        verifyInvariants(x, a);
    }

    void cancellation()
    {
        CancelToken token;
        token.cancel();
        bool threw = false;
        try {
            pca(smallData(), 2, Progress(&token, {}));
        } catch (const Cancelled &) {
            threw = true;
        }
        QVERIFY(threw);
    }
};

QTEST_APPLESS_MAIN(TestPca)
#include "test_pca.moc"
