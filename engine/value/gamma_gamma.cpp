#include "engine/value/gamma_gamma.h"

#include "engine/core/error.h"
#include "engine/core/parallel.h"

#include <boost/math/special_functions/digamma.hpp>

#include <algorithm>
#include <cmath>

namespace seg {

namespace {

// The customers that carry information on spend, sorted by x (the terms that depend on x alone
// are then computed once per x), with their logarithms taken once.
struct Prepared
{
    double x, zbar, logX, logZ;
};

std::vector<Prepared> usable(const std::vector<SpendPoint> &customers)
{
    std::vector<Prepared> out;
    for (const SpendPoint &c : customers)
        if (c.x > 0 && c.zbar > 0 && std::isfinite(c.zbar))
            out.push_back({c.x, c.zbar, std::log(c.x), std::log(c.zbar)});
    std::stable_sort(out.begin(), out.end(), [](const Prepared &a, const Prepared &b) { return a.x < b.x; });
    return out;
}

struct Sums
{
    double ll = 0, dp = 0, dq = 0, dg = 0;
};

// -LL and its gradient with respect to (log p, log q, log gamma). Fixed blocks folded in order
// (parallelReduce): the same sums on any number of threads.
double negativeLogLikelihood(const std::vector<Prepared> &data, const double *logParams, double *gradient)
{
    using boost::math::digamma;
    const double p = std::exp(logParams[0]), q = std::exp(logParams[1]), g = std::exp(logParams[2]);
    const double lgQ = std::lgamma(q), logG = std::log(g), psiQ = gradient ? digamma(q) : 0.0;
    const bool wantGradient = gradient != nullptr;
    const Sums total = parallelReduce(
        data.size(), Sums {},
        [&](std::size_t begin, std::size_t end) {
            Sums s;
            double cachedX = -1, lgPXQ = 0, lgPX = 0, psiPXQ = 0, psiPX = 0;
            for (std::size_t i = begin; i < end; ++i) {
                const Prepared &c = data[i];
                const double px = p * c.x;
                if (c.x != cachedX) {
                    cachedX = c.x;
                    lgPXQ = std::lgamma(px + q);
                    lgPX = std::lgamma(px);
                    if (wantGradient) {
                        psiPXQ = digamma(px + q);
                        psiPX = digamma(px);
                    }
                }
                const double rate = g + c.x * c.zbar, logRate = std::log(rate);
                s.ll += lgPXQ - lgPX - lgQ + q * logG + (px - 1) * c.logZ + px * c.logX - (px + q) * logRate;
                if (wantGradient) {
                    s.dp += c.x * (psiPXQ - psiPX + c.logZ + c.logX - logRate);
                    s.dq += psiPXQ - psiQ + logG - logRate;
                    s.dg += q / g - (px + q) / rate;
                }
            }
            return s;
        },
        [](Sums &a, const Sums &b) {
            a.ll += b.ll;
            a.dp += b.dp;
            a.dq += b.dq;
            a.dg += b.dg;
        });
    if (gradient) {
        gradient[0] = -total.dp * p;
        gradient[1] = -total.dq * q;
        gradient[2] = -total.dg * g;
    }
    return -total.ll;
}

} // namespace

double gammaGammaLogLikelihood(const GammaGammaParams &params, const SpendPoint &customer)
{
    const double logParams[3] = {std::log(params.p), std::log(params.q), std::log(params.gamma)};
    return -negativeLogLikelihood(usable({customer}), logParams, nullptr);
}

double gammaGammaLogLikelihood(const GammaGammaParams &params, const std::vector<SpendPoint> &customers)
{
    const double logParams[3] = {std::log(params.p), std::log(params.q), std::log(params.gamma)};
    return -negativeLogLikelihood(usable(customers), logParams, nullptr);
}

GammaGammaFit fitGammaGamma(const std::vector<SpendPoint> &customers, const GammaGammaOptions &options)
{
    const std::vector<Prepared> data = usable(customers);
    if (data.empty())
        throw Error(ErrorKind::InvalidData,
                    Text::tr("no customer has a repeat purchase with a positive value, so the Gamma-Gamma spend "
                             "model cannot be fitted"));
    GammaGammaParams start = options.start;
    if (!(start.gamma > 0)) {
        double sum = 0.0;
        for (const Prepared &c : data)
            sum += c.zbar;
        start.gamma = sum / static_cast<double>(data.size());
    }
    const MinimumResult m = minimiseLogSpace(
        [&data](const double *x, double *grad) { return negativeLogLikelihood(data, x, grad); },
        {std::log(start.p), std::log(start.q), std::log(start.gamma)}, options.maxEvaluations,
        options.relativeTolerance);
    GammaGammaFit fit;
    fit.customers = data.size();
    fit.params = {std::exp(m.x[0]), std::exp(m.x[1]), std::exp(m.x[2])};
    fit.logLikelihood = -m.value;
    fit.evaluations = m.evaluations;
    fit.status = m.status;
    for (int i = 0; i < 3; ++i)
        fit.seLog[i] = m.standardErrors[static_cast<std::size_t>(i)];
    return fit;
}

double gammaGammaExpectedValue(const GammaGammaParams &params, const SpendPoint &c)
{
    if (params.q <= 1)
        return std::nan("");
    const double x = c.x > 0 && c.zbar > 0 ? c.x : 0.0;
    return (params.gamma + x * (x > 0 ? c.zbar : 0.0)) * params.p / (params.p * x + params.q - 1);
}

IndependenceCheck independenceCheck(const std::vector<SpendPoint> &customers)
{
    IndependenceCheck check;
    double sx = 0, sz = 0;
    std::size_t n = 0;
    for (const SpendPoint &c : customers)
        if (c.x > 0) {
            sx += c.x;
            sz += c.zbar;
            ++n;
        }
    check.customers = n;
    if (n < 3) {
        check.correlation = std::nan("");
        return check;
    }
    const double mx = sx / static_cast<double>(n), mz = sz / static_cast<double>(n);
    double cxx = 0, czz = 0, cxz = 0;
    for (const SpendPoint &c : customers)
        if (c.x > 0) {
            cxx += (c.x - mx) * (c.x - mx);
            czz += (c.zbar - mz) * (c.zbar - mz);
            cxz += (c.x - mx) * (c.zbar - mz);
        }
    check.correlation = cxx > 0 && czz > 0 ? cxz / std::sqrt(cxx * czz) : std::nan("");
    return check;
}

} // namespace seg
