#include "engine/value/clv.h"

#include "engine/core/parallel.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace seg {

double discountedExpectedPurchases(const BgNbdParams &params, const RfmPoint &customer, double horizon,
                                   double discountRate)
{
    if (discountRate == 0.0)
        return bgnbdConditionalExpectedPurchases(params, customer, horizon);
    double total = 0.0, previous = 0.0;
    const auto steps = static_cast<long>(std::ceil(horizon));
    for (long k = 1; k <= steps; ++k) {
        const double t = std::min(static_cast<double>(k), horizon);
        const double expected = bgnbdConditionalExpectedPurchases(params, customer, t);
        total += (expected - previous) / std::pow(1.0 + discountRate, t);
        previous = expected;
    }
    return total;
}

std::vector<CustomerValue> customerValues(const BgNbdParams &bgnbd, const GammaGammaParams &gammaGamma,
                                          const std::vector<RfmPoint> &customers,
                                          const std::vector<SpendPoint> &spend, const ClvOptions &options)
{
    assert(customers.size() == spend.size());
    std::vector<CustomerValue> values(customers.size());
    parallelFor(
        customers.size(),
        [&](std::size_t begin, std::size_t end) {
            for (std::size_t i = begin; i < end; ++i) {
                CustomerValue &v = values[i];
                v.expectedPurchases = bgnbdConditionalExpectedPurchases(bgnbd, customers[i], options.horizon);
                v.probabilityAlive = bgnbdProbabilityAlive(bgnbd, customers[i]);
                v.expectedValue = gammaGammaExpectedValue(gammaGamma, spend[i]);
                v.expectedSpend = v.expectedValue * v.expectedPurchases;
                // Undiscounted, the purchases are the expected ones just computed (the costliest
                // figure here: a hypergeometric series per customer).
                const double purchases = options.discountRate == 0.0
                                             ? v.expectedPurchases
                                             : discountedExpectedPurchases(bgnbd, customers[i], options.horizon,
                                                                           options.discountRate);
                v.clv = options.margin * v.expectedValue * purchases;
            }
        },
        256);
    return values;
}

} // namespace seg
