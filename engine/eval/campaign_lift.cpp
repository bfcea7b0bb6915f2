#include "engine/eval/campaign_lift.h"

#include "engine/core/error.h"
#include "engine/core/parallel.h"
#include "engine/core/random.h"

#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <numbers>
#include <numeric>

namespace seg {

LiftCovariate LiftCovariate::of(std::string name, std::vector<double> values)
{
    return {std::move(name), [values = std::move(values)] { return values; }};
}

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// The standard normal quantile at p.
double normalQuantile(double p)
{
    return boost::math::quantile(boost::math::normal_distribution<double>(), p);
}

/// z of a two-sided interval at `level`: 1.959964 for 95%.
double twoSidedZ(double level)
{
    return normalQuantile(0.5 + level / 2.0);
}

double ratio(std::size_t part, std::size_t whole)
{
    return whole == 0 ? kNaN : static_cast<double>(part) / static_cast<double>(whole);
}

struct Moments
{
    std::size_t n = 0;
    double mean = kNaN;
    double variance = kNaN; ///< sample variance (n - 1)
};

Moments moments(const std::vector<double> &values)
{
    Moments m;
    double sum = 0.0;
    for (double v : values)
        if (!std::isnan(v)) {
            sum += v;
            ++m.n;
        }
    if (m.n == 0)
        return m;
    m.mean = sum / static_cast<double>(m.n);
    if (m.n < 2)
        return m;
    double squares = 0.0;
    for (double v : values)
        if (!std::isnan(v))
            squares += (v - m.mean) * (v - m.mean);
    m.variance = squares / static_cast<double>(m.n - 1);
    return m;
}

/// The customers of one group, split by arm.
struct GroupMembers
{
    std::vector<std::size_t> treated;
    std::vector<std::size_t> control;
};

ConversionLift conversionLift(const LiftInput &input, const GroupMembers &members, const LiftOptions &options)
{
    ConversionLift c;
    for (std::size_t i : members.treated)
        c.treatedConversions += input.converted[i];
    for (std::size_t i : members.control)
        c.controlConversions += input.converted[i];
    const std::size_t nt = members.treated.size();
    const std::size_t nc = members.control.size();
    c.treatedRate = wilsonInterval(c.treatedConversions, nt, options.level);
    c.controlRate = wilsonInterval(c.controlConversions, nc, options.level);
    c.difference = newcombeDifference(c.treatedConversions, nt, c.controlConversions, nc, options.level);
    if (c.controlConversions == 0) {
        c.lift = {kNaN, kNaN, kNaN};
    } else if (c.treatedConversions == 0) {
        c.lift = {-1.0, kNaN, kNaN};
    } else {
        // Katz et al. (1978): log(RR) is near normal with this standard error.
        const double rr = c.treatedRate.estimate / c.controlRate.estimate;
        const double se = std::sqrt(1.0 / static_cast<double>(c.treatedConversions) - 1.0 / static_cast<double>(nt)
                                    + 1.0 / static_cast<double>(c.controlConversions) - 1.0 / static_cast<double>(nc));
        const double z = twoSidedZ(options.level);
        c.lift = {rr - 1.0, rr * std::exp(-z * se) - 1.0, rr * std::exp(z * se) - 1.0};
    }
    c.pValue = twoProportionPValue(c.treatedConversions, nt, c.controlConversions, nc);
    c.adjustedPValue = c.pValue;
    const double pooled = ratio(c.treatedConversions + c.controlConversions, nt + nc);
    c.minimumDetectable = (twoSidedZ(options.level) + normalQuantile(options.power))
                          * std::sqrt(pooled * (1.0 - pooled) * (1.0 / static_cast<double>(nt) + 1.0 / static_cast<double>(nc)));
    return c;
}

std::vector<double> knownRevenue(const LiftInput &input, const std::vector<std::size_t> &customers)
{
    std::vector<double> values;
    values.reserve(customers.size());
    for (std::size_t i : customers)
        if (!std::isnan(input.revenue[i]))
            values.push_back(input.revenue[i]);
    return values;
}

double mean(const std::vector<double> &values)
{
    return values.empty() ? kNaN : std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
}

RevenueLift revenueLift(const std::vector<double> &treated, const std::vector<double> &control, std::uint64_t stream,
                        const LiftOptions &options)
{
    RevenueLift r;
    r.treatedCustomers = treated.size();
    r.controlCustomers = control.size();
    r.treatedMean = mean(treated);
    r.controlMean = mean(control);
    const double difference = r.treatedMean - r.controlMean;
    const double lift = r.controlMean > 0.0 ? r.treatedMean / r.controlMean - 1.0 : kNaN;
    // Each resample draws from its own stream and writes only its own entries: the intervals do
    // not depend on the thread count.
    const auto b = static_cast<std::size_t>(std::max(options.resamples, 1));
    std::vector<double> differences(b), lifts(b);
    parallelFor(
        b,
        [&](std::size_t begin, std::size_t end) {
            for (std::size_t k = begin; k < end; ++k) {
                Rng rng = Rng::derived(options.seed ^ (0x9e3779b97f4a7c15ULL * (stream + 1)), k);
                double t = 0.0, c = 0.0;
                for (std::size_t j = 0; j < treated.size(); ++j)
                    t += treated[rng.below(treated.size())];
                for (std::size_t j = 0; j < control.size(); ++j)
                    c += control[rng.below(control.size())];
                t /= static_cast<double>(treated.size());
                c /= static_cast<double>(control.size());
                differences[k] = t - c;
                lifts[k] = c > 0.0 ? t / c - 1.0 : kNaN;
            }
        },
        16);
    r.difference = percentileInterval(difference, std::move(differences), options.level);
    r.lift = std::isnan(lift) ? Interval {kNaN, kNaN, kNaN} : percentileInterval(lift, std::move(lifts), options.level);
    r.pValue = welchPValue(treated, control);
    r.adjustedPValue = r.pValue;
    const Moments mt = moments(treated), mc = moments(control);
    r.minimumDetectable = (twoSidedZ(options.level) + normalQuantile(options.power))
                          * std::sqrt(mt.variance / static_cast<double>(mt.n) + mc.variance / static_cast<double>(mc.n));
    return r;
}

/// The group's warnings on sample size and power, in plain words.
void warnAboutPower(LiftGroup &g, const LiftOptions &options)
{
    if (g.treated == 0 || g.control == 0) {
        g.warnings.push_back(g.treated == 0 ? Text::tr("no treated customers: the campaign cannot be judged here")
                                            : Text::tr("no control customers: the campaign cannot be judged here"));
        return;
    }
    if (const std::size_t fewest = std::min(g.treated, g.control); fewest < options.minArmSize)
        g.warnings.push_back(fillIn(
            g.treated < g.control
                ? Text::tr("only %n treated customer(s) (fewer than %1): its estimates are fragile", nullptr,
                           pluralCount(fewest))
                : Text::tr("only %n control customer(s) (fewer than %1): its estimates are fragile", nullptr,
                           pluralCount(fewest)),
            options.minArmSize));
    if (g.hasConversion) {
        const ConversionLift &c = g.conversion;
        const double pooled = ratio(c.treatedConversions + c.controlConversions, g.treated + g.control);
        const double expected = std::min(pooled, 1.0 - pooled) * static_cast<double>(std::min(g.treated, g.control));
        if (expected < 5.0)
            g.warnings.push_back(Text::tr("fewer than 5 conversions (or non-conversions) expected in an arm: the "
                                          "p-value's normal approximation is rough; the interval is the better guide"));
        if (!c.significant && std::isfinite(c.minimumDetectable))
            g.warnings.push_back(fillIn(Text::tr("conversion: no significant difference, but only a difference of "
                                                 "%1 points or more would be found with %2 power: a smaller effect "
                                                 "may have been missed"),
                                        Text::fixed(100.0 * c.minimumDetectable, 1),
                                        Text::percent(options.power, 0)));
    }
    if (g.hasRevenue && !g.revenue.significant && std::isfinite(g.revenue.minimumDetectable))
        g.warnings.push_back(fillIn(Text::tr("revenue: no significant difference, but only a difference of %1 per "
                                             "customer or more would be found with %2 power: a smaller effect may "
                                             "have been missed"),
                                    Text::fixed(g.revenue.minimumDetectable, 2),
                                    Text::percent(options.power, 0)));
}

void checkInput(const LiftInput &input, const LiftOptions &options)
{
    if (!(options.level > 0.5 && options.level < 1.0))
        throw Error(ErrorKind::Usage, Text::tr("the confidence level must lie between 0.5 and 1"));
    if (!(options.power > 0.5 && options.power < 1.0))
        throw Error(ErrorKind::Usage, Text::tr("the power must lie between 0.5 and 1"));
    if (options.resamples < 100)
        throw Error(ErrorKind::Usage, Text::tr("at least 100 bootstrap resamples are needed"));
    const std::size_t n = input.treated.size();
    if (input.segments.size() != n || (!input.converted.empty() && input.converted.size() != n)
        || (!input.revenue.empty() && input.revenue.size() != n))
        throw Error(ErrorKind::InvalidData, Text::tr("the campaign's columns differ in length"));
    if (input.converted.empty() && input.revenue.empty())
        throw Error(ErrorKind::InvalidData, Text::tr("the campaign has neither conversions nor revenue to compare"));
    for (std::size_t i = 0; i < n; ++i) {
        if (input.segments[i] < -1 || input.segments[i] >= input.segmentCount)
            throw Error(ErrorKind::InvalidData, fillIn(Text::tr("customer %1 is in segment %2, which the run lacks"),
                                                       i + 1, input.segments[i]));
        if (!input.converted.empty() && input.converted[i] > 1)
            throw Error(ErrorKind::InvalidData,
                        fillIn(Text::tr("customer %1: a conversion is 0 or 1 (no or yes)"), i + 1));
    }
    const auto treated = static_cast<std::size_t>(std::count(input.treated.begin(), input.treated.end(), 1));
    if (treated == 0 || treated == n)
        throw Error(ErrorKind::InvalidData, treated == 0
                                                ? Text::tr("the campaign has no treated customers: lift compares the "
                                                           "two arms")
                                                : Text::tr("the campaign has no control customers: lift compares the "
                                                           "two arms"));
}

} // namespace

const char *toString(LiftCorrection correction)
{
    switch (correction) {
    case LiftCorrection::Holm:
        return "holm";
    case LiftCorrection::BenjaminiHochberg:
        return "bh";
    case LiftCorrection::None:
        return "none";
    }
    return "none";
}

Interval wilsonInterval(std::size_t x, std::size_t n, double level)
{
    if (n == 0)
        return {kNaN, kNaN, kNaN};
    const double z = twoSidedZ(level);
    const double nn = static_cast<double>(n), xx = static_cast<double>(x);
    // (x + z^2/2 -+ z sqrt(x (n - x) / n + z^2 / 4)) / (n + z^2): Wilson's interval multiplied
    // through by n.
    const double centre = xx + z * z / 2.0;
    const double half = z * std::sqrt(xx * (nn - xx) / nn + z * z / 4.0);
    return {xx / nn, (centre - half) / (nn + z * z), (centre + half) / (nn + z * z)};
}

Interval newcombeDifference(std::size_t x1, std::size_t n1, std::size_t x2, std::size_t n2, double level)
{
    if (n1 == 0 || n2 == 0)
        return {kNaN, kNaN, kNaN};
    const Interval a = wilsonInterval(x1, n1, level);
    const Interval b = wilsonInterval(x2, n2, level);
    const double d = a.estimate - b.estimate;
    return {d, d - std::hypot(a.estimate - a.low, b.high - b.estimate),
            d + std::hypot(a.high - a.estimate, b.estimate - b.low)};
}

double twoProportionPValue(std::size_t x1, std::size_t n1, std::size_t x2, std::size_t n2)
{
    if (n1 == 0 || n2 == 0)
        return kNaN;
    const double pooled = ratio(x1 + x2, n1 + n2);
    const double variance = pooled * (1.0 - pooled) * (1.0 / static_cast<double>(n1) + 1.0 / static_cast<double>(n2));
    if (variance <= 0.0)
        return 1.0;
    const double z = (ratio(x1, n1) - ratio(x2, n2)) / std::sqrt(variance);
    return std::erfc(std::abs(z) / std::numbers::sqrt2);
}

double welchPValue(const std::vector<double> &a, const std::vector<double> &b)
{
    const Moments ma = moments(a), mb = moments(b);
    if (ma.n < 2 || mb.n < 2)
        return kNaN;
    const double va = ma.variance / static_cast<double>(ma.n);
    const double vb = mb.variance / static_cast<double>(mb.n);
    const double se2 = va + vb;
    if (se2 <= 0.0)
        return ma.mean == mb.mean ? 1.0 : 0.0;
    const double t = (ma.mean - mb.mean) / std::sqrt(se2);
    // Welch-Satterthwaite degrees of freedom.
    const double df = se2 * se2 / (va * va / static_cast<double>(ma.n - 1) + vb * vb / static_cast<double>(mb.n - 1));
    return 2.0 * boost::math::cdf(boost::math::complement(boost::math::students_t_distribution<double>(df), std::abs(t)));
}

std::vector<double> adjustPValues(const std::vector<double> &pValues, LiftCorrection correction)
{
    std::vector<double> adjusted = pValues;
    if (correction == LiftCorrection::None)
        return adjusted;
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < pValues.size(); ++i)
        if (!std::isnan(pValues[i]))
            order.push_back(i);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return pValues[a] < pValues[b]; });
    const auto m = static_cast<double>(order.size());
    if (correction == LiftCorrection::Holm) {
        // Holm (1979): the i-th smallest (from 0) times m - i, made monotone upwards.
        double running = 0.0;
        for (std::size_t i = 0; i < order.size(); ++i) {
            running = std::max(running, std::min(1.0, (m - static_cast<double>(i)) * pValues[order[i]]));
            adjusted[order[i]] = running;
        }
    } else {
        // Benjamini & Hochberg (1995): the i-th smallest (from 1) times m / i, made monotone
        // downwards from the largest.
        double running = 1.0;
        for (std::size_t i = order.size(); i-- > 0;) {
            running = std::min(running, std::min(1.0, m / static_cast<double>(i + 1) * pValues[order[i]]));
            adjusted[order[i]] = running;
        }
    }
    return adjusted;
}

double standardisedMeanDifference(const std::vector<double> &a, const std::vector<double> &b)
{
    const Moments ma = moments(a), mb = moments(b);
    if (ma.n < 2 || mb.n < 2)
        return kNaN;
    const double pooled = std::sqrt((ma.variance + mb.variance) / 2.0);
    if (pooled == 0.0)
        return ma.mean == mb.mean ? 0.0 : std::copysign(std::numeric_limits<double>::infinity(), ma.mean - mb.mean);
    return (ma.mean - mb.mean) / pooled;
}

CampaignLift campaignLift(const LiftInput &input, const LiftOptions &options)
{
    checkInput(input, options);
    CampaignLift result;
    result.options = options;
    const std::size_t n = input.treated.size();
    const auto k = static_cast<std::size_t>(input.segmentCount);
    GroupMembers everyone;
    std::vector<GroupMembers> bySegment(k);
    for (std::size_t i = 0; i < n; ++i) {
        (input.treated[i] ? everyone.treated : everyone.control).push_back(i);
        if (input.segments[i] >= 0) {
            GroupMembers &g = bySegment[static_cast<std::size_t>(input.segments[i])];
            (input.treated[i] ? g.treated : g.control).push_back(i);
        }
    }

    // Group 0 is every customer, group s + 1 segment s: each draws its own bootstrap stream.
    const auto analyse = [&](const GroupMembers &members, int segment) {
        LiftGroup g;
        g.segment = segment;
        if (segment >= 0 && static_cast<std::size_t>(segment) < input.segmentNames.size())
            g.name = input.segmentNames[static_cast<std::size_t>(segment)];
        g.treated = members.treated.size();
        g.control = members.control.size();
        const bool bothArms = g.treated > 0 && g.control > 0;
        if (!input.converted.empty() && bothArms) {
            g.hasConversion = true;
            g.conversion = conversionLift(input, members, options);
        }
        if (!input.revenue.empty() && bothArms) {
            std::vector<double> treated = knownRevenue(input, members.treated);
            std::vector<double> control = knownRevenue(input, members.control);
            if (treated.size() >= 2 && control.size() >= 2) {
                g.hasRevenue = true;
                g.revenue = revenueLift(treated, control, static_cast<std::uint64_t>(segment + 1), options);
            } else {
                g.warnings.push_back(Text::tr("revenue: fewer than two customers with a known revenue in an arm"));
            }
        }
        return g;
    };
    result.overall = analyse(everyone, -1);
    for (std::size_t s = 0; s < k; ++s)
        result.segments.push_back(analyse(bySegment[s], static_cast<int>(s)));

    // The segments are one family of tests for each outcome.
    const double alpha = 1.0 - options.level;
    std::vector<double> conversionP(k, kNaN), revenueP(k, kNaN);
    for (std::size_t s = 0; s < k; ++s) {
        if (result.segments[s].hasConversion)
            conversionP[s] = result.segments[s].conversion.pValue;
        if (result.segments[s].hasRevenue)
            revenueP[s] = result.segments[s].revenue.pValue;
    }
    const std::vector<double> conversionAdjusted = adjustPValues(conversionP, options.correction);
    const std::vector<double> revenueAdjusted = adjustPValues(revenueP, options.correction);
    for (std::size_t s = 0; s < k; ++s) {
        LiftGroup &g = result.segments[s];
        if (g.hasConversion)
            g.conversion.adjustedPValue = conversionAdjusted[s];
        if (g.hasRevenue)
            g.revenue.adjustedPValue = revenueAdjusted[s];
    }
    const auto judge = [&](LiftGroup &g) {
        g.conversion.significant = g.hasConversion && g.conversion.adjustedPValue < alpha;
        g.revenue.significant = g.hasRevenue && g.revenue.adjustedPValue < alpha;
        warnAboutPower(g, options);
    };
    judge(result.overall);
    for (LiftGroup &g : result.segments)
        judge(g);

    // Balance: were the arms alike before the campaign? One covariate at a time.
    std::vector<double> treated, control;
    const auto check = [&](const std::string &name, const auto &valueOf) {
        treated.clear();
        control.clear();
        for (std::size_t i : everyone.treated)
            treated.push_back(valueOf(i));
        for (std::size_t i : everyone.control)
            control.push_back(valueOf(i));
        BalanceCheck b;
        b.covariate = name;
        b.treatedMean = moments(treated).mean;
        b.controlMean = moments(control).mean;
        b.smd = standardisedMeanDifference(treated, control);
        b.imbalanced = !std::isnan(b.smd) && std::abs(b.smd) > options.balanceThreshold;
        result.balance.push_back(b);
    };
    for (const LiftCovariate &c : input.covariates) {
        const std::vector<double> values = c.values ? c.values() : std::vector<double>();
        if (values.size() != n)
            throw Error(ErrorKind::InvalidData,
                        fillIn(Text::tr("covariate '%1' has the wrong number of customers"), c.name));
        check(c.name, [&](std::size_t i) { return values[i]; });
    }
    for (std::size_t s = 0; s < k; ++s)
        check(s < input.segmentNames.size() && !input.segmentNames[s].empty()
                  ? fillIn(Text::tr("segment %1 '%2'"), s, input.segmentNames[s])
                  : fillIn(Text::tr("segment %1"), s),
              [&](std::size_t i) { return input.segments[i] == static_cast<int>(s) ? 1.0 : 0.0; });
    std::string imbalanced;
    bool segmentMix = false;
    for (std::size_t c = 0; c < result.balance.size(); ++c) {
        const BalanceCheck &b = result.balance[c];
        if (!b.imbalanced)
            continue;
        imbalanced += (imbalanced.empty() ? "" : ", ")
                      + fillIn(Text::tr("%1 (SMD %2)"), b.covariate,
                               std::isfinite(b.smd) ? Text::fixed(b.smd, 2)
                                                    : std::string(b.smd > 0 ? "+inf" : "-inf"));
        segmentMix = segmentMix || c >= input.covariates.size();
    }
    if (!imbalanced.empty())
        result.warnings.push_back(fillIn(Text::tr("the arms differed before the campaign in %1: these may confound "
                                                  "the lift, as if the campaign had caused the difference"),
                                         imbalanced));
    if (segmentMix)
        result.warnings.push_back(Text::tr("the arms hold the segments in different shares: the overall lift mixes "
                                           "them unequally; the per-segment lifts compare like with like"));
    return result;
}

} // namespace seg
