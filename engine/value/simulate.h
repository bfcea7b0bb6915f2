#pragma once
// Customers drawn from the BG/NBD and Gamma-Gamma processes with known parameters: for tests
// that check a fit recovers them, benchmarks, and synthetic data with value.

#include "engine/core/random.h"
#include "engine/value/bgnbd.h"
#include "engine/value/gamma_gamma.h"

#include <cstdint>
#include <vector>

namespace seg {

/// A Gamma(shape, 1) variate (Marsaglia & Tsang 2000; shape < 1 through shape + 1 and U^(1/shape)).
double gammaVariate(Rng &rng, double shape);
/// A Beta(a, b) variate from two gamma variates.
double betaVariate(Rng &rng, double a, double b);

struct SimulatedPurchase
{
    std::uint32_t customer = 0;
    double time = 0.0;   ///< in the model's time unit, from 0
    double amount = 0.0;
};

/// One customer per entry of `firstPurchase` (its time), observed until `end`. Each draws
/// lambda ~ Gamma(r, rate alpha), p ~ Beta(a, b), nu ~ Gamma(q, rate gamma); buys at its first
/// purchase time and then at Poisson(lambda) times, dropping out after each repeat purchase
/// with probability p; every purchase is worth Gamma(p_gg, rate nu). Purchases in customer order,
/// each customer's in time order.
std::vector<SimulatedPurchase> simulatePurchases(const BgNbdParams &bgnbd, const GammaGammaParams &gammaGamma,
                                                 const std::vector<double> &firstPurchase, double end, Rng &rng);

/// The (x, t_x, T) of each customer of a simulation (continuous time: no two purchases share a day).
std::vector<RfmPoint> rfmFromPurchases(const std::vector<SimulatedPurchase> &purchases,
                                       const std::vector<double> &firstPurchase, double end);

} // namespace seg
