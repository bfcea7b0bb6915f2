#include "engine/value/simulate.h"

#include <cmath>

namespace seg {

double gammaVariate(Rng &rng, double shape)
{
    if (shape < 1.0) {
        double u;
        do {
            u = rng.uniform();
        } while (u <= 0.0);
        return gammaVariate(rng, shape + 1.0) * std::pow(u, 1.0 / shape);
    }
    const double d = shape - 1.0 / 3.0, c = 1.0 / std::sqrt(9.0 * d);
    for (;;) {
        double x, v;
        do {
            x = rng.normal();
            v = 1.0 + c * x;
        } while (v <= 0.0);
        v = v * v * v;
        const double u = rng.uniform();
        if (u < 1.0 - 0.0331 * x * x * x * x)
            return d * v;
        if (u > 0.0 && std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v)))
            return d * v;
    }
}

double betaVariate(Rng &rng, double a, double b)
{
    const double x = gammaVariate(rng, a), y = gammaVariate(rng, b);
    return x / (x + y);
}

std::vector<SimulatedPurchase> simulatePurchases(const BgNbdParams &bgnbd, const GammaGammaParams &gg,
                                                 const std::vector<double> &firstPurchase, double end, Rng &rng)
{
    std::vector<SimulatedPurchase> out;
    for (std::size_t i = 0; i < firstPurchase.size(); ++i) {
        const double lambda = gammaVariate(rng, bgnbd.r) / bgnbd.alpha;
        const double dropout = betaVariate(rng, bgnbd.a, bgnbd.b);
        const double nu = gammaVariate(rng, gg.q) / gg.gamma;
        const auto customer = static_cast<std::uint32_t>(i);
        double t = firstPurchase[i];
        if (t > end)
            continue;
        for (bool first = true;; first = false) {
            out.push_back({customer, t, gammaVariate(rng, gg.p) / nu});
            // Dropping out follows repeat purchases only: the likelihood (FHL 2005, eq. 3) has
            // every customer alive after the first.
            if (!first && rng.uniform() < dropout)
                break;
            double u;
            do {
                u = rng.uniform();
            } while (u <= 0.0);
            t += -std::log(u) / lambda;
            if (t > end)
                break;
        }
    }
    return out;
}

std::vector<RfmPoint> rfmFromPurchases(const std::vector<SimulatedPurchase> &purchases,
                                       const std::vector<double> &firstPurchase, double end)
{
    std::vector<RfmPoint> points(firstPurchase.size());
    for (std::size_t i = 0; i < firstPurchase.size(); ++i)
        points[i] = {0.0, 0.0, end - firstPurchase[i]};
    for (const SimulatedPurchase &p : purchases) {
        RfmPoint &c = points[p.customer];
        if (p.time > firstPurchase[p.customer]) {
            c.x += 1.0;
            c.tx = p.time - firstPurchase[p.customer];
        }
    }
    return points;
}

} // namespace seg
