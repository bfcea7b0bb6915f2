#pragma once
// Gaussian mixture models fitted by expectation-maximisation (Dempster, Laird & Rubin 1977),
// with diagonal or full covariances, k-means starts, several inits and covariance
// regularisation, as scikit-learn's GaussianMixture defines them (its defaults noted below).

#include "engine/core/matrix.h"
#include "engine/core/progress.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace seg {

enum class CovarianceType : std::uint8_t {
    Diagonal, ///< one variance per component and feature: k·d parameters
    Full,     ///< one d × d covariance per component: k·d(d+1)/2 parameters
};

struct GaussianMixtureOptions
{
    int k = 8;
    CovarianceType covariance = CovarianceType::Diagonal;
    /// EM runs, each started from a k-means fit (one k-means++ seeding and Lloyd run, seeded
    /// from Rng::derived(seed, run)); the highest final log-likelihood wins.
    int nInit = 3;
    int maxIter = 200; ///< EM iterations per run
    /// Convergence: stop when the mean log-likelihood per row improves by less than this
    /// (scikit-learn's tol, default 1e-3).
    double tol = 1e-3;
    /// Added to every covariance's diagonal after each M step, so no component collapses onto a
    /// point (scikit-learn's reg_covar, default 1e-6).
    double regularization = 1e-6;
    std::uint64_t seed = 0;
    /// Keep the total log-likelihood after every iteration of the winning run (for tests).
    bool recordHistory = false;

    bool operator==(const GaussianMixtureOptions &) const = default;
};

/// A fitted mixture: what assigns new rows.
struct GaussianMixtureModel
{
    CovarianceType covariance = CovarianceType::Diagonal;
    std::vector<double> weights; ///< k mixing proportions, summing to 1
    Matrix means;                ///< k × d
    /// Diagonal: k × d variances (row j: component j). Full: (k·d) × d, component j's
    /// covariance in rows j·d .. j·d+d-1. Regularisation included.
    Matrix covariances;

    int components() const { return static_cast<int>(means.rows()); }
    bool operator==(const GaussianMixtureModel &o) const
    {
        return covariance == o.covariance && weights == o.weights && sameMatrix(means, o.means)
               && sameMatrix(covariances, o.covariances);
    }
};

struct GaussianMixtureResult
{
    GaussianMixtureModel model;
    Labels labels;                 ///< per row: the component of highest membership (lower index on ties)
    Matrix memberships;            ///< n × k posterior probabilities (responsibilities); rows sum to 1
    double logLikelihood = 0.0;    ///< total over rows, natural log, of the final model
    double bic = 0.0;              ///< -2 logL + p ln n (Schwarz 1978); lower is better
    double aic = 0.0;              ///< -2 logL + 2p (Akaike 1974)
    int iterations = 0;            ///< of the winning run
    bool converged = true;         ///< false when the winning run stopped at maxIter
    int bestInit = 0;              ///< which run won
    std::vector<double> logLikelihoodHistory; ///< when recordHistory: after each iteration
};

/// The number of free parameters p of a mixture: (k-1) weights, k·d means, and k·d (diagonal)
/// or k·d(d+1)/2 (full) covariance entries.
std::size_t gaussianMixtureParameters(CovarianceType covariance, int k, int d);

/// Fits a k-component mixture to the rows of x (n × d, row-major, model space). Requires
/// 1 <= k <= n; throws seg::Error(Usage) otherwise and for nInit < 1, maxIter < 1, tol < 0,
/// regularization < 0; seg::Error(InvalidData) when x holds NaN or values beyond
/// ±kMaxModelMagnitude (naming the row and feature) or fewer than k distinct rows.
/// A covariance that is not positive definite even after regularisation (e.g. duplicate rows
/// with regularization 0) throws seg::Error(InvalidData) advising a larger regularisation.
/// Computed in log space (log-sum-exp), so distant rows never underflow to a zero density.
/// The log-likelihood never decreases from one iteration to the next (up to rounding).
/// Deterministic for a seed, whatever the thread count. Reports progress over runs and
/// iterations and throws seg::Cancelled when cancelled.
GaussianMixtureResult gaussianMixture(const Matrix &x, const GaussianMixtureOptions &options,
                                      const Progress &progress = {});

/// Posterior memberships (m × k) of the rows of x under `model`, and when `logDensity` is not
/// null each row's log density under the mixture. Throws seg::Error(Usage) when x does not have
/// the model's d columns or the model's parts do not fit together, seg::Error(InvalidData) for a
/// covariance that is not positive definite. The caller checks x for NaN (a NaN row gets NaN).
Matrix gaussianMixtureMemberships(const GaussianMixtureModel &model, const Matrix &x,
                                  std::vector<double> *logDensity = nullptr);

} // namespace seg
