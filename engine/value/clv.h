#pragma once
// Customer lifetime value from the two models: BG/NBD for how many purchases, Gamma-Gamma for
// what each is worth. docs/value.md states the formula and its discounting convention.

#include "engine/value/bgnbd.h"
#include "engine/value/gamma_gamma.h"

#include <vector>

namespace seg {

struct ClvOptions
{
    double horizon = 52.0;     ///< in the customers' time unit (weeks by default: a year)
    double discountRate = 0.0; ///< per time unit (0.01 a week is about 68% a year); 0 = none
    double margin = 1.0;       ///< share of spend that is profit (1 = value is revenue)
};

/// One customer's forecast.
struct CustomerValue
{
    double expectedPurchases = 0.0; ///< E[Y(horizon) | x, t_x, T]
    double probabilityAlive = 0.0;  ///< P(alive | x, t_x, T)
    double expectedValue = 0.0;     ///< E[Z | x, zbar]: value of one future purchase
    double expectedSpend = 0.0;     ///< expectedValue x expectedPurchases (undiscounted, before margin)
    double clv = 0.0;               ///< margin x expectedValue x discounted purchases
};

/// Purchases expected in (T, T + horizon], each step of one time unit discounted to the end of
/// the step: sum over k = 1..ceil(H) of (E[Y(t_k)] - E[Y(t_{k-1})]) / (1 + d)^{t_k}, t_k = min(k, H).
double discountedExpectedPurchases(const BgNbdParams &params, const RfmPoint &customer, double horizon,
                                   double discountRate);

/// The forecast of every customer (customers[i] with spend[i]); runs on the engine's threads,
/// each customer independent, so the result does not depend on their number.
std::vector<CustomerValue> customerValues(const BgNbdParams &bgnbd, const GammaGammaParams &gammaGamma,
                                          const std::vector<RfmPoint> &customers,
                                          const std::vector<SpendPoint> &spend, const ClvOptions &options);

} // namespace seg
