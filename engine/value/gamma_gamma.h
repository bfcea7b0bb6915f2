#pragma once
// The Gamma-Gamma model of spend per transaction (Fader, Hardie & Lee 2005, "RFM and CLV: using
// iso-value curves for customer base analysis", JMR 42(4):415-430; Fader & Hardie 2013, "The
// Gamma-Gamma model of monetary value", brucehardie.com/notes/025): a customer's transaction values
// are Gamma(p, nu), and nu ~ Gamma(q, gamma) across customers. Fitted on the customers with repeat
// purchases from their number x and mean value zbar. It assumes spend per transaction does not
// depend on how often a customer buys: independenceCheck() measures that.

#include "engine/value/optimise.h"

#include <cstddef>
#include <vector>

namespace seg {

struct GammaGammaParams
{
    double p = 1.0;
    double q = 1.0;
    double gamma = 1.0;
};

/// One customer's repeat purchases: how many, and their mean value.
struct SpendPoint
{
    double x = 0.0;
    double zbar = 0.0;
};

struct GammaGammaFit
{
    GammaGammaParams params;
    double logLikelihood = 0.0;
    double seLog[3] = {0, 0, 0}; ///< standard errors of log p, log q, log gamma (as BgNbdFit::seLog)
    int evaluations = 0;
    ModelFitStatus status = ModelFitStatus::Failed;
    std::size_t customers = 0; ///< customers fitted (x > 0 and zbar > 0)
};

struct GammaGammaOptions
{
    GammaGammaParams start {1.0, 1.0, 0.0}; ///< gamma <= 0: the mean zbar
    int maxEvaluations = 2000;
    double relativeTolerance = 1e-12;
};

/// Log density of one customer's mean value zbar given x transactions (Fader & Hardie 2013, eq. 4).
double gammaGammaLogLikelihood(const GammaGammaParams &params, const SpendPoint &customer);
/// Summed over customers with x > 0 and zbar > 0 (the others carry no information on spend).
double gammaGammaLogLikelihood(const GammaGammaParams &params, const std::vector<SpendPoint> &customers);

/// Maximum likelihood as fitBgNbd does it (log space, NLopt LD_LBFGS, bounds 1e-6..1e6), on the
/// customers with x > 0 and zbar > 0. Throws seg::Error(InvalidData) when there are none.
GammaGammaFit fitGammaGamma(const std::vector<SpendPoint> &customers, const GammaGammaOptions &options = {});

/// E[Z | x, zbar]: the expected value of a customer's future transactions,
/// (gamma + x zbar) p / (p x + q - 1); for x = 0 the population mean p gamma / (q - 1). NaN when
/// q <= 1 (the population mean does not exist).
double gammaGammaExpectedValue(const GammaGammaParams &params, const SpendPoint &customer);

/// The assumption check: Pearson correlation between x and zbar over customers with x > 0.
struct IndependenceCheck
{
    double correlation = 0.0; ///< NaN with fewer than 3 customers or a constant column
    std::size_t customers = 0;
    /// |correlation| above this is reported as a warning: spend and frequency are then related
    /// and the Gamma-Gamma values are biased.
    static constexpr double kWarnAbove = 0.3;
};
IndependenceCheck independenceCheck(const std::vector<SpendPoint> &customers);

} // namespace seg
