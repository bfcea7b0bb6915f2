#pragma once
// The BG/NBD model of repeat buying (Fader, Hardie & Lee 2005, "Counting your customers the easy
// way: an alternative to the Pareto/NBD model", Marketing Science 24(2):275-284): while alive, a
// customer buys as a Poisson process of rate lambda ~ Gamma(r, alpha); after each purchase they
// drop out with probability p ~ Beta(a, b). Fitted by maximum likelihood on (x, t_x, T) per
// customer. Time is in whatever unit t_x and T are in (alpha scales with it). docs/value.md has
// the formulas.

#include "engine/prep/transactions.h"
#include "engine/value/optimise.h"

#include <cstddef>
#include <string>
#include <vector>

namespace seg {

/// One customer's calibration summary as the models see it.
struct RfmPoint
{
    double x = 0.0;  ///< repeat purchases
    double tx = 0.0; ///< recency (time of the last purchase since the first)
    double T = 0.0;  ///< time from the first purchase to the end of calibration
};

/// The (x, t_x, T) of every customer of `customers`.
std::vector<RfmPoint> rfmPoints(const CustomerTable &customers);

struct BgNbdParams
{
    double r = 1.0;
    double alpha = 1.0;
    double a = 1.0;
    double b = 1.0;
};

struct BgNbdFit
{
    BgNbdParams params;
    double logLikelihood = 0.0;
    /// Standard errors of log r, log alpha, log a, log b from the observed information (the
    /// inverse Hessian of -LL in log-parameter space, by central differences of the gradient);
    /// NaN where the Hessian is not positive definite.
    double seLog[4] = {0, 0, 0, 0};
    int evaluations = 0;
    ModelFitStatus status = ModelFitStatus::Failed;
    std::size_t customers = 0;
};

struct BgNbdOptions
{
    /// Start; alpha <= 0 means the mean T of the customers (the scale of the data's time unit).
    BgNbdParams start {1.0, 0.0, 1.0, 1.0};
    int maxEvaluations = 2000;
    double relativeTolerance = 1e-12; ///< on the log-likelihood
};

/// Log-likelihood of one customer (FHL 2005, eq. 6).
double bgnbdLogLikelihood(const BgNbdParams &params, const RfmPoint &customer);
/// Summed over customers.
double bgnbdLogLikelihood(const BgNbdParams &params, const std::vector<RfmPoint> &customers);

/// Maximum likelihood in log-parameter space (so every parameter stays positive) with NLopt's
/// low-storage BFGS on the analytic gradient, each log-parameter bounded to [log 1e-6, log 1e6].
/// Customers with equal (x, t_x, T) are evaluated once with a weight. Throws seg::Error(InvalidData)
/// for no customers, or a customer with x < 0, t_x < 0, t_x > T or T <= 0.
BgNbdFit fitBgNbd(const std::vector<RfmPoint> &customers, const BgNbdOptions &options = {});

/// The Gauss hypergeometric function 2F1(a, b; c; z) for 0 <= z < 1 by its series (what the
/// BG/NBD expectations need: c > 0).
double hypergeometric2F1(double a, double b, double c, double z);

/// E[X(t)]: expected purchases of a new customer in (0, t] (FHL 2005, eq. 9).
double bgnbdExpectedPurchases(const BgNbdParams &params, double t);

/// E[Y(t) | x, t_x, T]: expected purchases in (T, T + t] of a customer with that history
/// (FHL 2005, eq. 10).
double bgnbdConditionalExpectedPurchases(const BgNbdParams &params, const RfmPoint &customer, double t);

/// P(alive | x, t_x, T) (FHL 2005, eq. 11 / the appendix): 1 for x = 0.
double bgnbdProbabilityAlive(const BgNbdParams &params, const RfmPoint &customer);

/// P(X(t) = x): the probability that a new customer makes x repeat purchases in (0, t] (FHL 2005, eq. 8).
double bgnbdProbabilityOfPurchases(const BgNbdParams &params, double t, int x);

} // namespace seg
