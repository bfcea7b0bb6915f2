#include "engine/cluster/gaussian_mixture.h"

#include "engine/cluster/kmeans.h"
#include "engine/cluster/model_input.h"
#include "engine/core/error.h"
#include "engine/core/parallel.h"
#include "engine/core/reduction_blocks.h"
#include "engine/core/random.h"

#include <Eigen/Cholesky>

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstdio>
#include <limits>
#include <numbers>
#include <string>
#include <utility>

// Expectation-maximisation for Gaussian mixtures as Bishop (2006), Pattern Recognition and
// Machine Learning, §9.2.2 states it (eqs. 9.23–9.28), organised as scikit-learn's
// GaussianMixture runs it: a k-means start turned into parameters by one M step, then E and M
// steps until the mean log-likelihood per row changes by less than tol, then one more E step
// so that the memberships belong to the returned parameters.
//
// Determinism: every row's E step work is independent of the others, and every sum over rows
// is folded per fixed block of rows (the partition depends on n, k and d only) and then over
// the blocks in order, so the results are bit-identical for any thread count.

namespace seg {

namespace {

// scikit-learn adds 10·eps to every component's mass N_k, so that a component that lost all its
// rows divides by a tiny number instead of zero: its weight becomes ~1e-15 / n and its mean and
// covariance stay finite (the regularisation keeps the covariance positive definite).
constexpr double kMinMass = 10.0 * std::numeric_limits<double>::epsilon();

constexpr const char *kStage = "gaussian mixture";

// The share of a run's progress that its k-means start takes.
constexpr double kStartShare = 0.1;

[[noreturn]] void throwSingular(CovarianceType covariance, std::size_t component)
{
    if (covariance == CovarianceType::Full)
        throw Error(ErrorKind::InvalidData,
                    fillIn(Text::tr("the Gaussian mixture's component %1 has a covariance matrix that is not "
                                    "positive definite (it holds too few rows, or rows that lie on a line or plane); "
                                    "use a larger covariance regularization or the diagonal covariance"),
                           component + 1));
    throw Error(ErrorKind::InvalidData,
                fillIn(Text::tr("the Gaussian mixture's component %1 has a zero variance (its rows share a value); "
                                "use a larger covariance regularization"),
                       component + 1));
}

// What the E step needs of a model: per component log w_j plus the Gaussian's log normalising
// constant, and the factor that turns x - mu_j into the whitened vector whose squared length is
// the Mahalanobis distance.
struct Evaluator
{
    CovarianceType covariance;
    std::size_t k, d;
    std::vector<double> logScale; ///< log w_j - d/2 ln 2π - 1/2 ln det Σ_j
    const double *means; ///< k × d, row-major (the model's)
    /// Diagonal: k × d, 1 / σ²_jt. Full: k blocks of d × d, L_jᵀ row-major (upper triangular),
    /// where Σ_j = L_j L_jᵀ is the Cholesky factorisation.
    std::vector<double> factors;
    std::vector<double> inverseDiagonals; ///< Full: k × d, 1 / L_j,tt

    explicit Evaluator(const GaussianMixtureModel &model)
        : covariance(model.covariance), k(static_cast<std::size_t>(model.means.rows())),
          d(static_cast<std::size_t>(model.means.cols())), logScale(k), means(model.means.data())
    {
        const double halfDLog2Pi = 0.5 * static_cast<double>(d) * std::log(2.0 * std::numbers::pi);
        const Matrix &cov = model.covariances;
        if (covariance == CovarianceType::Diagonal) {
            factors.resize(k * d);
            for (std::size_t j = 0; j < k; ++j) {
                double logDet = 0.0;
                for (std::size_t t = 0; t < d; ++t) {
                    const double v = cov(static_cast<Eigen::Index>(j), static_cast<Eigen::Index>(t));
                    if (!(v > 0.0) || !std::isfinite(v))
                        throwSingular(covariance, j);
                    factors[j * d + t] = 1.0 / v;
                    logDet += std::log(v);
                }
                logScale[j] = std::log(model.weights[j]) - halfDLog2Pi - 0.5 * logDet;
            }
            return;
        }
        factors.assign(k * d * d, 0.0);
        inverseDiagonals.resize(k * d);
        const auto di = static_cast<Eigen::Index>(d);
        for (std::size_t j = 0; j < k; ++j) {
            const Eigen::MatrixXd sigma = cov.block(static_cast<Eigen::Index>(j) * di, 0, di, di);
            const Eigen::LLT<Eigen::MatrixXd> llt(sigma);
            if (llt.info() != Eigen::Success || !sigma.allFinite())
                throwSingular(covariance, j);
            const Eigen::MatrixXd l = llt.matrixL();
            double logDet = 0.0; // ln det Σ = 2 Σ ln L_tt
            double *lt = factors.data() + j * d * d;
            for (std::size_t s = 0; s < d; ++s) {
                const double diag = l(static_cast<Eigen::Index>(s), static_cast<Eigen::Index>(s));
                if (!(diag > 0.0) || !std::isfinite(diag))
                    throwSingular(covariance, j);
                logDet += 2.0 * std::log(diag);
                inverseDiagonals[j * d + s] = 1.0 / diag;
                for (std::size_t t = s; t < d; ++t)
                    lt[s * d + t] = l(static_cast<Eigen::Index>(t), static_cast<Eigen::Index>(s));
            }
            logScale[j] = std::log(model.weights[j]) - halfDLog2Pi - 0.5 * logDet;
        }
    }

    /// Rows of the full-covariance E step handled together: each row's arithmetic is the same
    /// as alone, but the loops over the rows of a tile vectorise and hide the latency of the
    /// forward substitution's dependency chain.
    static constexpr std::size_t kTile = 8;

    /// Rows xi .. xi + rows - 1 (rows <= kTile): out[r·k + j] = ln w_j + ln N(x_r | mu_j, Σ_j)
    /// for every component; work holds d·kTile doubles.
    void logJoint(const double *xi, std::size_t rows, double *out, double *work) const
    {
        if (covariance == CovarianceType::Diagonal) {
            for (std::size_t r = 0; r < rows; ++r) {
                const double *x = xi + r * d;
                for (std::size_t j = 0; j < k; ++j) {
                    const double *mu = means + j * d;
                    const double *inv = factors.data() + j * d;
                    double maha = 0.0;
                    for (std::size_t t = 0; t < d; ++t) {
                        const double e = x[t] - mu[t];
                        maha += e * e * inv[t];
                    }
                    out[r * k + j] = logScale[j] - 0.5 * maha;
                }
            }
            return;
        }
        for (std::size_t j = 0; j < k; ++j) {
            const double *mu = means + j * d;
            const double *lt = factors.data() + j * d * d;
            const double *invDiag = inverseDiagonals.data() + j * d;
            // work[t·kTile + r] = x_rt - mu_t; unused rows of the tile stay 0.
            for (std::size_t t = 0; t < d; ++t)
                for (std::size_t r = 0; r < kTile; ++r)
                    work[t * kTile + r] = r < rows ? xi[r * d + t] - mu[t] : 0.0;
            // Forward substitution L y = x - mu, column by column; |y|² = (x - mu)ᵀ Σ⁻¹ (x - mu).
            double maha[kTile] = {};
            for (std::size_t s = 0; s < d; ++s) {
                double y[kTile];
                for (std::size_t r = 0; r < kTile; ++r) {
                    y[r] = work[s * kTile + r] * invDiag[s];
                    maha[r] += y[r] * y[r];
                }
                for (std::size_t t = s + 1; t < d; ++t) {
                    const double l = lt[s * d + t];
                    double *w = work + t * kTile;
                    for (std::size_t r = 0; r < kTile; ++r)
                        w[r] -= l * y[r];
                }
            }
            for (std::size_t r = 0; r < rows; ++r)
                out[r * k + j] = logScale[j] - 0.5 * maha[r];
        }
    }
};

// E step (Bishop 2006, eq. 9.23) in log space: memberships γ_ij = exp(ln w_j N_j(x_i) - ln p(x_i))
// with ln p(x_i) = ln Σ_j w_j N_j(x_i) by log-sum-exp, so rows far from every component keep a
// finite density. Fills resp (n × k) and, if given, each row's ln p(x_i); returns the total
// log-likelihood Σ_i ln p(x_i) (eq. 9.28). With `fitting`, throws InvalidData when a density is
// not finite (with finite data, possible only with a regularization near zero).
double eStep(const Matrix &x, const Evaluator &ev, const ReductionBlocks &blocks, Matrix &resp, double *logDensity,
             bool fitting)
{
    const std::size_t n = static_cast<std::size_t>(x.rows());
    const std::size_t d = ev.d, k = ev.k;
    resp.resize(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(k));
    std::vector<double> blockSum(blocks.count, 0.0);
    std::vector<char> blockBad(blocks.count, 0);
    const double *data = x.data();
    double *r = resp.data();
    forEachBlock(blocks, [&](std::size_t b) {
        std::vector<double> work(d * Evaluator::kTile);
        double sum = 0.0;
        const std::size_t begin = blocks.begin(b), end = blocks.end(b, n);
        for (std::size_t i = begin; i < end; i += Evaluator::kTile)
            ev.logJoint(data + i * d, std::min(Evaluator::kTile, end - i), r + i * k, work.data());
        for (std::size_t i = begin; i < end; ++i) {
            double *ri = r + i * k;
            double top = ri[0];
            for (std::size_t j = 1; j < k; ++j)
                top = std::max(top, ri[j]);
            double s = 0.0;
            for (std::size_t j = 0; j < k; ++j)
                s += std::exp(ri[j] - top);
            const double logP = top + std::log(s);
            for (std::size_t j = 0; j < k; ++j)
                ri[j] = std::exp(ri[j] - logP);
            if (logDensity)
                logDensity[i] = logP;
            sum += logP;
        }
        blockSum[b] = sum;
        blockBad[b] = std::isfinite(sum) ? 0 : 1;
    });
    double total = 0.0;
    for (std::size_t b = 0; b < blocks.count; ++b) {
        if (fitting && blockBad[b])
            throw Error(ErrorKind::InvalidData,
                        Text::tr("the Gaussian mixture's density of some rows is not a finite number (a "
                                 "component's covariance is nearly singular); use a larger covariance "
                                 "regularization"));
        total += blockSum[b];
    }
    return total;
}

// M step (Bishop 2006, eqs. 9.24–9.27): N_j = Σ_i γ_ij (+ 10·eps), mu_j = Σ_i γ_ij x_i / N_j,
// Σ_j = Σ_i γ_ij (x_i - mu_j)(x_i - mu_j)ᵀ / N_j + regularization · I (only the diagonal kept for
// Diagonal), w_j = N_j / Σ N. The covariances are summed around the new means in a second pass,
// which is exact where scikit-learn's E[x²] - mu² (diagonal) loses digits to cancellation.
class MStep
{
public:
    MStep(std::size_t n, std::size_t k, std::size_t d, CovarianceType covariance, double regularization)
        : m_n(n), m_k(k), m_d(d), m_covariance(covariance), m_regularization(regularization),
          m_covSize(covariance == CovarianceType::Full ? k * d * d : k * d),
          m_blocks(n, k + k * d + m_covSize), m_stride(blockStride(k + k * d + m_covSize)),
          m_scratch(m_blocks.count * m_stride)
    { }

    const ReductionBlocks &blocks() const { return m_blocks; }

    void run(const Matrix &x, const Matrix &resp, GaussianMixtureModel &model)
    {
        const std::size_t n = m_n, k = m_k, d = m_d;
        const double *data = x.data();
        const double *r = resp.data();
        std::fill(m_scratch.begin(), m_scratch.end(), 0.0);

        // Pass 1: masses and weighted sums.
        forEachBlock(m_blocks, [&](std::size_t b) {
            double *mass = m_scratch.data() + b * m_stride;
            double *sums = mass + k;
            for (std::size_t i = m_blocks.begin(b), end = m_blocks.end(b, n); i < end; ++i) {
                const double *xi = data + i * d;
                for (std::size_t j = 0; j < k; ++j) {
                    const double g = r[i * k + j];
                    if (g == 0.0) // most memberships of well-separated components underflow to 0
                        continue;
                    mass[j] += g;
                    double *sj = sums + j * d;
                    for (std::size_t t = 0; t < d; ++t)
                        sj[t] += g * xi[t];
                }
            }
        });
        std::vector<double> mass(k, 0.0);
        Matrix means = Matrix::Zero(static_cast<Eigen::Index>(k), static_cast<Eigen::Index>(d));
        for (std::size_t b = 0; b < m_blocks.count; ++b) {
            const double *bm = m_scratch.data() + b * m_stride;
            for (std::size_t j = 0; j < k; ++j)
                mass[j] += bm[j];
            for (std::size_t e = 0; e < k * d; ++e)
                means.data()[e] += bm[k + e];
        }
        double totalMass = 0.0;
        for (std::size_t j = 0; j < k; ++j) {
            mass[j] += kMinMass;
            totalMass += mass[j];
            for (std::size_t t = 0; t < d; ++t)
                means.data()[j * d + t] /= mass[j];
        }

        // Pass 2: scatter around the new means (lower triangle only for Full).
        const double *mu = means.data();
        forEachBlock(m_blocks, [&](std::size_t b) {
            double *scatter = m_scratch.data() + b * m_stride + k + k * d;
            std::fill(scatter, scatter + m_covSize, 0.0);
            std::vector<double> diff(d);
            for (std::size_t i = m_blocks.begin(b), end = m_blocks.end(b, n); i < end; ++i) {
                const double *xi = data + i * d;
                for (std::size_t j = 0; j < k; ++j) {
                    const double g = r[i * k + j];
                    if (g == 0.0)
                        continue;
                    const double *mj = mu + j * d;
                    if (m_covariance == CovarianceType::Diagonal) {
                        double *sj = scatter + j * d;
                        for (std::size_t t = 0; t < d; ++t) {
                            const double e = xi[t] - mj[t];
                            sj[t] += g * e * e;
                        }
                        continue;
                    }
                    for (std::size_t t = 0; t < d; ++t)
                        diff[t] = xi[t] - mj[t];
                    double *sj = scatter + j * d * d;
                    for (std::size_t s = 0; s < d; ++s) {
                        const double gs = g * diff[s];
                        double *row = sj + s * d;
                        for (std::size_t t = 0; t <= s; ++t)
                            row[t] += gs * diff[t];
                    }
                }
            }
        });
        std::vector<double> scatter(m_covSize, 0.0);
        for (std::size_t b = 0; b < m_blocks.count; ++b) {
            const double *bs = m_scratch.data() + b * m_stride + k + k * d;
            for (std::size_t e = 0; e < m_covSize; ++e)
                scatter[e] += bs[e];
        }

        model.covariance = m_covariance;
        model.weights.resize(k);
        for (std::size_t j = 0; j < k; ++j)
            model.weights[j] = mass[j] / totalMass;
        model.means = std::move(means);
        const auto ki = static_cast<Eigen::Index>(k), di = static_cast<Eigen::Index>(d);
        if (m_covariance == CovarianceType::Diagonal) {
            model.covariances.resize(ki, di);
            for (std::size_t j = 0; j < k; ++j)
                for (std::size_t t = 0; t < d; ++t)
                    model.covariances.data()[j * d + t] = scatter[j * d + t] / mass[j] + m_regularization;
            return;
        }
        model.covariances.resize(ki * di, di);
        for (std::size_t j = 0; j < k; ++j) {
            double *c = model.covariances.data() + j * d * d;
            const double *sj = scatter.data() + j * d * d;
            for (std::size_t s = 0; s < d; ++s) {
                for (std::size_t t = 0; t < s; ++t)
                    c[s * d + t] = c[t * d + s] = sj[s * d + t] / mass[j];
                c[s * d + s] = sj[s * d + s] / mass[j] + m_regularization;
            }
        }
    }

private:
    std::size_t m_n, m_k, m_d;
    CovarianceType m_covariance;
    double m_regularization;
    std::size_t m_covSize;
    ReductionBlocks m_blocks;
    std::size_t m_stride;
    std::vector<double> m_scratch;
};

void validate(const Matrix &x, const GaussianMixtureOptions &options)
{
    const auto n = static_cast<std::int64_t>(x.rows());
    if (options.k < 1 || options.k > n)
        throw Error(ErrorKind::Usage,
                    fillIn(Text::tr("k = %1 must be between 1 and the number of rows (%2)"), options.k, n));
    if (options.nInit < 1)
        throw Error(ErrorKind::Usage, Text::tr("the number of Gaussian mixture initialisations must be at least 1"));
    if (options.maxIter < 1)
        throw Error(ErrorKind::Usage, Text::tr("the Gaussian mixture iteration limit must be at least 1"));
    if (!(options.tol >= 0.0) || !std::isfinite(options.tol))
        throw Error(ErrorKind::Usage, Text::tr("the Gaussian mixture tolerance must be a finite number >= 0"));
    if (!(options.regularization >= 0.0) || !std::isfinite(options.regularization))
        throw Error(ErrorKind::Usage, Text::tr("the covariance regularization must be a finite number >= 0"));

    requireModelValues(x, ModelUser::GaussianMixture);
}

// One EM run from a k-means start.
struct RunOutcome
{
    GaussianMixtureModel model;
    Matrix resp;
    double logLikelihood = 0.0;
    int iterations = 0;
    bool converged = false;
    std::vector<double> history;
};

RunOutcome runEm(const Matrix &x, const GaussianMixtureOptions &options, int run, MStep &mStep,
                 const ReductionBlocks &eBlocks, const Progress &progress)
{
    const std::size_t n = static_cast<std::size_t>(x.rows());
    const std::size_t k = static_cast<std::size_t>(options.k);
    const double rows = static_cast<double>(n);

    // The start: hard memberships from one k-means run (scikit-learn's init_params="kmeans").
    KMeansOptions start;
    start.k = options.k;
    start.nInit = 1;
    start.maxIter = 300;
    start.seed = Rng::derived(options.seed, static_cast<std::uint64_t>(run)).next();
    const KMeansResult kmeansStart = kmeans(x, start, progress.sub(0.0, kStartShare));

    RunOutcome out;
    out.resp = Matrix::Zero(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(k));
    for (std::size_t i = 0; i < n; ++i)
        out.resp.data()[i * k + static_cast<std::size_t>(kmeansStart.labels[i])] = 1.0;
    mStep.run(x, out.resp, out.model);

    // As scikit-learn's fit loop: iteration t evaluates the current parameters (E step), updates
    // them (M step), and stops when the mean log-likelihood changed by less than tol from the
    // previous iteration's. The final E step below then evaluates the returned parameters.
    double previousMean = -std::numeric_limits<double>::infinity();
    for (int iter = 1; iter <= options.maxIter; ++iter) {
        progress.check();
        const double logL = eStep(x, Evaluator(out.model), eBlocks, out.resp, nullptr, true);
        if (options.recordHistory && iter > 1)
            out.history.push_back(logL); // the parameters of iteration iter - 1
        mStep.run(x, out.resp, out.model);
        out.iterations = iter;
        const double mean = logL / rows;
        progress.report(kStartShare + (1.0 - kStartShare) * iter / options.maxIter, kStage);
        if (std::abs(mean - previousMean) < options.tol) {
            out.converged = true;
            break;
        }
        previousMean = mean;
    }
    progress.check();
    out.logLikelihood = eStep(x, Evaluator(out.model), eBlocks, out.resp, nullptr, true);
    if (options.recordHistory)
        out.history.push_back(out.logLikelihood);
    progress.report(1.0, kStage);
    return out;
}

Labels argmaxLabels(const Matrix &resp)
{
    const std::size_t n = static_cast<std::size_t>(resp.rows());
    const std::size_t k = static_cast<std::size_t>(resp.cols());
    Labels labels(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const double *ri = resp.data() + i * k;
        std::size_t best = 0;
        for (std::size_t j = 1; j < k; ++j)
            if (ri[j] > ri[best])
                best = j;
        labels[i] = static_cast<std::int32_t>(best);
    }
    return labels;
}

} // namespace

std::size_t gaussianMixtureParameters(CovarianceType covariance, int k, int d)
{
    assert(k >= 1 && d >= 0);
    if (k < 1 || d < 0)
        return 0;
    const std::size_t kk = static_cast<std::size_t>(k), dd = static_cast<std::size_t>(d);
    const std::size_t perCovariance = covariance == CovarianceType::Full ? dd * (dd + 1) / 2 : dd;
    return (kk - 1) + kk * dd + kk * perCovariance;
}

GaussianMixtureResult gaussianMixture(const Matrix &x, const GaussianMixtureOptions &options,
                                      const Progress &progress)
{
    validate(x, options);
    const std::size_t n = static_cast<std::size_t>(x.rows());
    const std::size_t k = static_cast<std::size_t>(options.k);
    const std::size_t d = static_cast<std::size_t>(x.cols());
    MStep mStep(n, k, d, options.covariance, options.regularization);
    const ReductionBlocks eBlocks(n, 0);

    GaussianMixtureResult result;
    RunOutcome best;
    bool haveBest = false;
    for (int run = 0; run < options.nInit; ++run) {
        const Progress runProgress = progress.sub(static_cast<double>(run) / options.nInit,
                                                  static_cast<double>(run + 1) / options.nInit);
        runProgress.check();
        RunOutcome out = runEm(x, options, run, mStep, eBlocks, runProgress);
        // Highest final log-likelihood wins; on ties the earlier run.
        if (!haveBest || out.logLikelihood > best.logLikelihood) {
            haveBest = true;
            best = std::move(out);
            result.bestInit = run;
        }
    }

    const double p
        = static_cast<double>(gaussianMixtureParameters(options.covariance, options.k, static_cast<int>(d)));
    result.labels = argmaxLabels(best.resp);
    result.model = std::move(best.model);
    result.memberships = std::move(best.resp);
    result.logLikelihood = best.logLikelihood;
    result.bic = -2.0 * result.logLikelihood + p * std::log(static_cast<double>(n)); // Schwarz (1978)
    result.aic = -2.0 * result.logLikelihood + 2.0 * p; // Akaike (1974)
    result.iterations = best.iterations;
    result.converged = best.converged;
    result.logLikelihoodHistory = std::move(best.history);
    return result;
}

Matrix gaussianMixtureMemberships(const GaussianMixtureModel &model, const Matrix &x,
                                  std::vector<double> *logDensity)
{
    const Eigen::Index k = model.means.rows(), d = model.means.cols();
    if (x.cols() != d)
        throw Error(ErrorKind::Usage,
                    fillIn(Text::tr("the Gaussian mixture was fitted to %1 features, but the data has %2"), d,
                           x.cols()));
    const Eigen::Index covRows = model.covariance == CovarianceType::Full ? k * d : k;
    if (k < 1 || model.weights.size() != static_cast<std::size_t>(k) || model.covariances.rows() != covRows
        || model.covariances.cols() != d)
        throw Error(ErrorKind::Usage,
                    Text::tr("the Gaussian mixture model's weights, means and covariances do not fit together"));
    const std::size_t n = static_cast<std::size_t>(x.rows());
    if (logDensity)
        logDensity->resize(n);
    Matrix resp;
    eStep(x, Evaluator(model), ReductionBlocks(n, 0), resp, logDensity ? logDensity->data() : nullptr, false);
    return resp;
}

} // namespace seg
