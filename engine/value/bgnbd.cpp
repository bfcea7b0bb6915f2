#include "engine/value/bgnbd.h"

#include "engine/core/error.h"
#include "engine/core/parallel.h"

#include <boost/math/special_functions/digamma.hpp>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace seg {

std::vector<RfmPoint> rfmPoints(const CustomerTable &customers)
{
    std::vector<RfmPoint> points;
    points.reserve(customers.customers.size());
    for (const CustomerSummary &c : customers.customers)
        points.push_back({c.frequency, c.recency, c.tenure});
    return points;
}

namespace {

double logAddExp(double u, double v)
{
    if (u == -INFINITY)
        return v;
    if (v == -INFINITY)
        return u;
    const double m = std::max(u, v);
    return m + std::log(std::exp(u - m) + std::exp(v - m));
}

struct Weighted
{
    RfmPoint point;
    double weight;
};

// Customers with equal (x, t_x, T) once, with their count: T and t_x come from whole days, so a
// large log has far fewer distinct triples than customers.
std::vector<Weighted> compress(const std::vector<RfmPoint> &customers)
{
    std::vector<RfmPoint> sorted = customers;
    std::sort(sorted.begin(), sorted.end(), [](const RfmPoint &u, const RfmPoint &v) {
        return std::tie(u.x, u.tx, u.T) < std::tie(v.x, v.tx, v.T);
    });
    std::vector<Weighted> out;
    for (const RfmPoint &c : sorted) {
        if (!out.empty() && out.back().point.x == c.x && out.back().point.tx == c.tx && out.back().point.T == c.T)
            out.back().weight += 1.0;
        else
            out.push_back({c, 1.0});
    }
    return out;
}

struct Sums
{
    double ll = 0, dr = 0, dalpha = 0, da = 0, db = 0;
};

// -LL and its gradient with respect to (log r, log alpha, log a, log b). Fixed blocks folded in
// order (parallelReduce): the same sums on any number of threads.
double negativeLogLikelihood(const std::vector<Weighted> &data, const double *logParams, double *gradient)
{
    using boost::math::digamma;
    const double r = std::exp(logParams[0]), alpha = std::exp(logParams[1]);
    const double a = std::exp(logParams[2]), b = std::exp(logParams[3]);
    const double lgR = std::lgamma(r), lgB = std::lgamma(b), lgAB = std::lgamma(a + b);
    const bool wantGradient = gradient != nullptr;
    const double psiR = wantGradient ? digamma(r) : 0.0, psiB = wantGradient ? digamma(b) : 0.0;
    const double psiAB = wantGradient ? digamma(a + b) : 0.0;
    const double logAlpha = std::log(alpha), logA = std::log(a);
    const Sums total = parallelReduce(
        data.size(), Sums {},
        [&](std::size_t begin, std::size_t end) {
            Sums s;
            double cachedX = -1.0, lgRX = 0.0, lgBX = 0.0, lgABX = 0.0, psiRX = 0.0, psiBX = 0.0, psiABX = 0.0;
            for (std::size_t i = begin; i < end; ++i) {
                const Weighted &w = data[i];
                const double x = w.point.x, tx = w.point.tx, T = w.point.T;
                if (x != cachedX) { // the data are sorted by x: each x once per block
                    cachedX = x;
                    lgRX = std::lgamma(r + x);
                    lgBX = std::lgamma(b + x);
                    lgABX = std::lgamma(a + b + x);
                    if (wantGradient) {
                        psiRX = digamma(r + x);
                        psiBX = digamma(b + x);
                        psiABX = digamma(a + b + x);
                    }
                }
                const double logAT = std::log(alpha + T);
                const double logATx = x > 0 ? std::log(alpha + tx) : 0.0;
                const double a1 = lgRX - lgR + r * logAlpha;
                const double a2 = lgAB + lgBX - lgB - lgABX;
                const double a3 = -(r + x) * logAT;
                const double a4 = x > 0 ? logA - std::log(b + x - 1) - (r + x) * logATx : -INFINITY;
                const double lse = logAddExp(a3, a4);
                s.ll += w.weight * (a1 + a2 + lse);
                if (wantGradient) {
                    const double w3 = std::exp(a3 - lse), w4 = x > 0 ? std::exp(a4 - lse) : 0.0;
                    s.dr += w.weight * (psiRX - psiR + logAlpha - w3 * logAT - w4 * logATx);
                    s.dalpha += w.weight
                                * (r / alpha - w3 * (r + x) / (alpha + T) - (x > 0 ? w4 * (r + x) / (alpha + tx) : 0.0));
                    s.da += w.weight * (psiAB - psiABX + (x > 0 ? w4 / a : 0.0));
                    s.db += w.weight * (psiAB + psiBX - psiB - psiABX - (x > 0 ? w4 / (b + x - 1) : 0.0));
                }
            }
            return s;
        },
        [](Sums &u, const Sums &v) {
            u.ll += v.ll;
            u.dr += v.dr;
            u.dalpha += v.dalpha;
            u.da += v.da;
            u.db += v.db;
        });
    if (gradient) {
        gradient[0] = -total.dr * r;
        gradient[1] = -total.dalpha * alpha;
        gradient[2] = -total.da * a;
        gradient[3] = -total.db * b;
    }
    return -total.ll;
}

void checkCustomers(const std::vector<RfmPoint> &customers)
{
    if (customers.empty())
        throw Error(ErrorKind::InvalidData, Text::tr("no customers to fit the BG/NBD model to"));
    for (std::size_t i = 0; i < customers.size(); ++i) {
        const RfmPoint &c = customers[i];
        // T = 0 (a first purchase on the last day of calibration) with x = 0 is a customer the
        // data says nothing about yet: its likelihood is 1 and its forecast the prior's.
        if (!(c.x >= 0 && c.tx >= 0 && c.T >= 0 && c.tx <= c.T && (c.T > 0 || c.x == 0)))
            throw Error(ErrorKind::InvalidData,
                        fillIn(Text::tr("customer %1 has x = %2, t_x = %3, T = %4; the BG/NBD model needs x >= 0, "
                                        "0 <= t_x <= T, and T > 0 when x > 0"),
                               i + 1, Text::fixed(c.x, 6), Text::fixed(c.tx, 6), Text::fixed(c.T, 6)));
    }
}

} // namespace

double bgnbdLogLikelihood(const BgNbdParams &p, const RfmPoint &customer)
{
    const double logParams[4] = {std::log(p.r), std::log(p.alpha), std::log(p.a), std::log(p.b)};
    return -negativeLogLikelihood({{customer, 1.0}}, logParams, nullptr);
}

double bgnbdLogLikelihood(const BgNbdParams &p, const std::vector<RfmPoint> &customers)
{
    const double logParams[4] = {std::log(p.r), std::log(p.alpha), std::log(p.a), std::log(p.b)};
    return -negativeLogLikelihood(compress(customers), logParams, nullptr);
}

BgNbdFit fitBgNbd(const std::vector<RfmPoint> &customers, const BgNbdOptions &options)
{
    checkCustomers(customers);
    const std::vector<Weighted> data = compress(customers);
    BgNbdParams start = options.start;
    if (!(start.alpha > 0)) {
        double sumT = 0.0;
        for (const RfmPoint &c : customers)
            sumT += c.T;
        start.alpha = sumT / static_cast<double>(customers.size());
    }
    const std::vector<double> x0 {std::log(start.r), std::log(start.alpha), std::log(start.a), std::log(start.b)};
    const MinimumResult m = minimiseLogSpace(
        [&data](const double *x, double *grad) { return negativeLogLikelihood(data, x, grad); }, x0,
        options.maxEvaluations, options.relativeTolerance);

    BgNbdFit fit;
    fit.customers = customers.size();
    fit.params = {std::exp(m.x[0]), std::exp(m.x[1]), std::exp(m.x[2]), std::exp(m.x[3])};
    fit.logLikelihood = -m.value;
    fit.evaluations = m.evaluations;
    fit.status = m.status;
    for (int i = 0; i < 4; ++i)
        fit.seLog[i] = m.standardErrors[static_cast<std::size_t>(i)];
    return fit;
}

double hypergeometric2F1(double a, double b, double c, double z)
{
    // Terms t_{n+1} = t_n (a+n)(b+n) / ((c+n)(n+1)) z; stop when a term no longer changes the sum.
    double term = 1.0, sum = 1.0;
    for (int n = 0; n < 1000000; ++n) {
        term *= (a + n) * (b + n) / ((c + n) * (n + 1.0)) * z;
        sum += term;
        if (std::abs(term) <= 1e-16 * std::abs(sum))
            break;
    }
    return sum;
}

namespace {

// The expectations divide by a - 1 and are continuous in a: at a = 1 exactly both factors
// vanish, so a is kept a hair away from 1 (the relative error is then about 1e-8).
BgNbdParams awayFromOne(BgNbdParams p)
{
    if (std::abs(p.a - 1.0) < 1e-8)
        p.a = p.a >= 1.0 ? 1.0 + 1e-8 : 1.0 - 1e-8;
    return p;
}

} // namespace

double bgnbdExpectedPurchases(const BgNbdParams &params, double t)
{
    if (t <= 0)
        return 0.0;
    const BgNbdParams p = awayFromOne(params);
    const double z = t / (p.alpha + t);
    return (p.a + p.b - 1) / (p.a - 1)
           * (1 - std::pow(p.alpha / (p.alpha + t), p.r) * hypergeometric2F1(p.r, p.b, p.a + p.b - 1, z));
}

double bgnbdConditionalExpectedPurchases(const BgNbdParams &params, const RfmPoint &c, double t)
{
    if (t <= 0)
        return 0.0;
    const BgNbdParams p = awayFromOne(params);
    const double x = c.x;
    const double z = t / (p.alpha + c.T + t);
    const double head = (p.a + p.b + x - 1) / (p.a - 1);
    const double body
        = 1 - std::pow((p.alpha + c.T) / (p.alpha + c.T + t), p.r + x) * hypergeometric2F1(p.r + x, p.b + x, p.a + p.b + x - 1, z);
    const double odds = x > 0 ? p.a / (p.b + x - 1) * std::pow((p.alpha + c.T) / (p.alpha + c.tx), p.r + x) : 0.0;
    return head * body / (1 + odds);
}

double bgnbdProbabilityAlive(const BgNbdParams &p, const RfmPoint &c)
{
    if (c.x <= 0)
        return 1.0;
    // (a/(b+x-1)) ((alpha+T)/(alpha+t_x))^(r+x), in logs: the power overflows for large x.
    const double logOdds = std::log(p.a) - std::log(p.b + c.x - 1)
                           + (p.r + c.x) * (std::log(p.alpha + c.T) - std::log(p.alpha + c.tx));
    return 1.0 / (1.0 + std::exp(logOdds));
}

double bgnbdProbabilityOfPurchases(const BgNbdParams &p, double t, int x)
{
    const auto lbeta = [](double u, double v) { return std::lgamma(u) + std::lgamma(v) - std::lgamma(u + v); };
    const double logQ = std::log(p.alpha / (p.alpha + t)), logZ = std::log(t / (p.alpha + t));
    const double lbAB = lbeta(p.a, p.b);
    // Gamma(r+j) / (Gamma(r) j!) ((alpha/(alpha+t))^r (t/(alpha+t))^j: the NBD term.
    const auto nbd = [&](int j) {
        return std::exp(std::lgamma(p.r + j) - std::lgamma(p.r) - std::lgamma(j + 1.0) + p.r * logQ
                        + (j > 0 ? j * logZ : 0.0));
    };
    double prob = std::exp(lbeta(p.a, p.b + x) - lbAB) * nbd(x);
    if (x > 0) {
        double cumulative = 0.0;
        for (int j = 0; j < x; ++j)
            cumulative += nbd(j);
        prob += std::exp(lbeta(p.a + 1, p.b + x - 1) - lbAB) * (1 - cumulative);
    }
    return prob;
}

} // namespace seg
