#include "engine/demo/demo_data.h"

#include "engine/core/parallel.h"
#include "engine/core/random.h"
#include "engine/core/text.h"
#include "engine/data/column_roles.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <string>

namespace seg {

namespace {

// The recipe below is documented, parameter by parameter, in docs/demo-data.md; keep both in step.

constexpr int kRegions = 5;
constexpr int kAcquisitionChannels = 6;

constexpr std::array<const char *, kRegions> kRegionLevels = {"North", "South", "East", "West", "Central"};
constexpr std::array<const char *, kAcquisitionChannels> kAcquisitionLevels
    = {"organic search", "paid search", "social media", "affiliate", "referral", "in store"};

/// Missing cells are drawn independently per cell (missing completely at random).
constexpr double kMissingShare = 0.02;

struct Persona
{
    const char *name;
    double share;
    // Engagement, over the last 90 days.
    double sessionsMean; // mean of the Poisson-gamma sessions count
    double sessionsShape; // gamma shape of the sessions rate (smaller = more overdispersed)
    double pagesPerSession; // median; log-normal with sigma 0.30
    double secondsPerPage; // median; log-normal with sigma 0.35
    double emailMean, emailConcentration; // Beta(mean * c, (1 - mean) * c)
    // Purchasing: a BG/NBD process (weeks) with Gamma-Gamma purchase values.
    double r, alpha; // purchase rate lambda ~ Gamma(shape r, rate alpha) per week while active
    double a, b; // dropout probability after each repeat purchase ~ Beta(a, b)
    double p, q, gamma; // purchase value ~ Gamma(p, rate nu), nu ~ Gamma(q, rate gamma)
    double discountMean, discountConcentration;
    double returnMean, returnConcentration; // per-customer return probability, then Binomial(orders, p)
    // Tenure in days (log-normal) and loyalty.
    double tenureMedian, tenureSigma;
    double loyaltyProbability;
    // Channels: Dirichlet(web, app, store).
    std::array<double, 3> channelAlpha;
    // Categorical profile: unnormalised probabilities per level.
    std::array<double, kRegions> regionWeights;
    std::array<double, kAcquisitionChannels> acquisitionWeights;
};

// Fields in declaration order: name, share; sessions mean, shape, pages/session, s/page, e-mail mean,
// concentration; BG/NBD r, alpha, a, b; Gamma-Gamma p, q, gamma; discount mean, concentration,
// return mean, concentration; tenure median, sigma, loyalty; channel alpha; region weights;
// acquisition weights.
// clang-format off
constexpr std::array<Persona, kDemoSegments> kPersonas = {{
    {"loyal high spenders", 0.12, 24.0, 3.0, 6.0, 50.0, 0.45, 12.0, 3.0, 37.5, 1.0, 30.0, 6.0, 6.0, 79.0,
     0.10, 20.0, 0.06, 30.0, 1400.0, 0.35, 0.85, {6.0, 3.0, 2.0}, {3, 2, 2, 2, 2}, {4, 2, 1, 1, 3, 2}},
    {"discount hunters", 0.20, 18.0, 3.0, 9.0, 35.0, 0.55, 12.0, 4.0, 50.0, 1.0, 14.0, 6.0, 6.0, 23.5,
     0.68, 14.0, 0.15, 20.0, 650.0, 0.50, 0.35, {6.0, 3.0, 1.0}, {2, 2, 2, 2, 2}, {2, 3, 2, 5, 1, 0.5}},
    {"new app-first browsers", 0.15, 30.0, 3.0, 7.0, 30.0, 0.20, 10.0, 2.0, 50.0, 1.0, 4.0, 5.0, 5.0, 36.0,
     0.25, 10.0, 0.08, 20.0, 60.0, 0.50, 0.15, {1.5, 7.0, 0.5}, {2, 2, 2, 2, 3}, {1, 2, 5, 1, 2, 0.3}},
    {"lapsed one-timers", 0.25, 1.5, 1.5, 4.0, 40.0, 0.06, 10.0, 0.5, 170.0, 2.0, 1.0, 4.0, 4.0, 30.0,
     0.20, 8.0, 0.12, 10.0, 700.0, 0.40, 0.04, {5.0, 1.0, 2.0}, {2, 2, 2, 2, 2}, {3, 3, 2, 2, 1, 1}},
    {"store regulars", 0.10, 4.0, 2.0, 5.0, 45.0, 0.25, 10.0, 3.0, 43.0, 1.0, 20.0, 6.0, 6.0, 50.0,
     0.12, 15.0, 0.05, 30.0, 1100.0, 0.40, 0.60, {1.5, 0.7, 8.0}, {3, 1, 1, 1, 4}, {1, 0.5, 0.5, 0.3, 2, 6}},
    {"window shoppers", 0.18, 20.0, 3.0, 12.0, 70.0, 0.30, 10.0, 1.5, 100.0, 1.0, 3.0, 5.0, 5.0, 28.0,
     0.25, 10.0, 0.25, 10.0, 400.0, 0.60, 0.10, {7.0, 2.5, 0.5}, {2, 2, 2, 2, 2}, {4, 2, 3, 1, 1, 0.5}},
}};
// clang-format on

// --- Samplers on seg::Rng (std::*_distribution differs between standard libraries). ---

// Marsaglia & Tsang (2000), "A simple method for generating gamma variables", ACM TOMS 26(3):363-372;
// shape < 1 via the boost X * U^(1/shape) with X ~ Gamma(shape + 1) from the same paper.
double gammaVariate(Rng &rng, double shape)
{
    if (shape < 1.0) {
        const double x = gammaVariate(rng, shape + 1.0);
        double u;
        do {
            u = rng.uniform();
        } while (u <= 0.0);
        return x * std::pow(u, 1.0 / shape);
    }
    const double d = shape - 1.0 / 3.0;
    const double c = 1.0 / std::sqrt(9.0 * d);
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

/// Gamma with the given mean and shape (scale = mean / shape).
double gammaMean(Rng &rng, double mean, double shape)
{
    return gammaVariate(rng, shape) * (mean / shape);
}

double betaMean(Rng &rng, double mean, double concentration)
{
    const double a = gammaVariate(rng, mean * concentration);
    const double b = gammaVariate(rng, (1.0 - mean) * concentration);
    return a + b > 0.0 ? a / (a + b) : mean;
}

double logNormal(Rng &rng, double median, double sigma)
{
    return median * std::exp(sigma * rng.normal());
}

// Inversion by sequential search for small means (one uniform per draw); above that the normal
// approximation with continuity correction, whose error is far below what the demo needs and
// which keeps a million draws cheap.
double poisson(Rng &rng, double lambda)
{
    if (lambda <= 0.0)
        return 0.0;
    if (lambda < 30.0) {
        const double u = rng.uniform();
        double p = std::exp(-lambda);
        double cumulative = p;
        double k = 0.0;
        while (u > cumulative && k < 1000.0) {
            k += 1.0;
            p *= lambda / k;
            cumulative += p;
        }
        return k;
    }
    return std::max(0.0, std::floor(lambda + std::sqrt(lambda) * rng.normal() + 0.5));
}

double binomial(Rng &rng, double trials, double probability)
{
    double successes = 0.0;
    for (double t = 0.0; t < trials; t += 1.0)
        successes += rng.uniform() < probability ? 1.0 : 0.0;
    return successes;
}

template<std::size_t N> int categorical(Rng &rng, const std::array<double, N> &weights)
{
    double total = 0.0;
    for (double w : weights)
        total += w;
    double u = rng.uniform() * total;
    for (std::size_t i = 0; i + 1 < N; ++i) {
        if (u < weights[i])
            return static_cast<int>(i);
        u -= weights[i];
    }
    return static_cast<int>(N - 1);
}

double roundTo(double value, double unitsPerOne)
{
    return std::round(value * unitsPerOne) / unitsPerOne;
}

struct Columns
{
    enum Index {
        CustomerId,
        Sessions,
        PageViews,
        MinutesOnSite,
        EmailOpenRate,
        Orders,
        Revenue,
        AvgOrderValue,
        DiscountShare,
        ReturnRate,
        DaysSinceLastOrder,
        TenureDays,
        LoyaltyMember,
        WebShare,
        AppShare,
        StoreShare,
        Region,
        AcquisitionChannel,
        TrueSegment,
        Frequency,
        Recency,
        Tenure,
        MonetaryValue,
        Count
    };
};

struct ColumnDef
{
    const char *name;
    ColumnType type;
};

constexpr std::array<ColumnDef, Columns::Count> kColumnDefs = {{
    {"customer_id", ColumnType::Identifier},
    {"sessions", ColumnType::Integer},
    {"page_views", ColumnType::Integer},
    {"minutes_on_site", ColumnType::Real},
    {"email_open_rate", ColumnType::Real},
    {"orders", ColumnType::Integer},
    {"revenue", ColumnType::Real},
    {"avg_order_value", ColumnType::Real},
    {"discount_share", ColumnType::Real},
    {"return_rate", ColumnType::Real},
    {"days_since_last_order", ColumnType::Integer},
    {"tenure_days", ColumnType::Integer},
    {"loyalty_member", ColumnType::Boolean},
    {"web_share", ColumnType::Real},
    {"app_share", ColumnType::Real},
    {"store_share", ColumnType::Real},
    {"region", ColumnType::Categorical},
    {"acquisition_channel", ColumnType::Categorical},
    {"true_segment", ColumnType::Integer},
    {"frequency", ColumnType::Integer},
    {"recency", ColumnType::Real},
    {"T", ColumnType::Real},
    {"monetary_value", ColumnType::Real},
}};

std::string customerId(std::size_t row)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "C%07llu", static_cast<unsigned long long>(row + 1));
    return buf;
}

/// Fills row `row` of `table` (all storage already sized) from its own random stream, so a row
/// depends only on (seed, row): any thread count, and any `rows`, give the same row.
void generateRow(Table &table, std::size_t row, std::uint64_t seed)
{
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    auto num = [&](int column) -> double & {
        return table.columns[static_cast<std::size_t>(column)].numbers[row];
    };

    Rng rng = Rng::derived(seed, row);

    double u = rng.uniform();
    int segment = kDemoSegments - 1;
    for (int s = 0; s < kDemoSegments; ++s) {
        if (u < kPersonas[static_cast<std::size_t>(s)].share) {
            segment = s;
            break;
        }
        u -= kPersonas[static_cast<std::size_t>(s)].share;
    }
    const Persona &p = kPersonas[static_cast<std::size_t>(segment)];

    // The purchase process's latent traits come first: the purchase rate also drives browsing.
    const double lambda = gammaVariate(rng, p.r) / p.alpha; // purchases per week while active
    const double dropout = betaMean(rng, p.a / (p.a + p.b), p.a + p.b);
    const double nu = gammaVariate(rng, p.q) / p.gamma;
    // Customers who buy more often than their segment's mean browse more, and vice versa:
    // (lambda / E[lambda])^0.3 links the two within a segment, as in real customer bases.
    const double activity = std::pow(std::max(lambda * p.alpha / p.r, 1e-6), 0.3);

    // Engagement.
    const double sessionRate = gammaMean(rng, p.sessionsMean, p.sessionsShape) * activity;
    const double sessions = poisson(rng, sessionRate);
    const double pagesPerSession = logNormal(rng, p.pagesPerSession, 0.30);
    // Every session views at least one page.
    const double pageViews = sessions + poisson(rng, sessions * std::max(0.0, pagesPerSession - 1.0));
    const double secondsPerPage = logNormal(rng, p.secondsPerPage, 0.35);
    const double minutes = roundTo(pageViews * secondsPerPage / 60.0, 10.0);
    const double emailOpenRate = roundTo(betaMean(rng, p.emailMean, p.emailConcentration), 1e4);

    // Purchase history (BG/NBD, Fader, Hardie & Lee 2005): the account opens with the first
    // order on day 0 of the tenure; while active the customer buys at Poisson(lambda) times and
    // drops out after each repeat purchase with probability `dropout`; observation ends today,
    // tenure_days after the first order. Every order is worth Gamma(p, rate nu) (Gamma-Gamma).
    // Orders fall on whole days, and orders on one day are one purchase (their values summed),
    // as the models count purchase days.
    const bool loyal = rng.uniform() < p.loyaltyProbability;
    const double tenure = std::max(1.0, std::round(logNormal(rng, p.tenureMedian, p.tenureSigma)));
    double firstValue = gammaVariate(rng, p.p) / nu;
    double repeatSpend = 0.0, repeats = 0.0, lastDay = 0.0, weeks = 0.0;
    for (;;) {
        double gap;
        do {
            gap = rng.uniform();
        } while (gap <= 0.0);
        weeks += -std::log(gap) / lambda;
        const double day = std::floor(weeks * 7.0);
        if (!(day <= tenure))
            break;
        const double value = gammaVariate(rng, p.p) / nu;
        if (day == lastDay) {
            if (repeats == 0.0)
                firstValue += value;
            else
                repeatSpend += value;
            continue; // the same purchase day: no new chance to drop out
        }
        repeats += 1.0;
        repeatSpend += value;
        lastDay = day;
        if (rng.uniform() < dropout)
            break;
    }
    firstValue = roundTo(firstValue, 100.0);
    const double monetary = repeats > 0.0 ? roundTo(repeatSpend / repeats, 100.0) : 0.0;
    const double orders = 1.0 + repeats;
    const double revenue = roundTo(firstValue + monetary * repeats, 100.0);
    const double avgOrderValue = roundTo(revenue / orders, 100.0);
    const double discountShare = roundTo(betaMean(rng, p.discountMean, p.discountConcentration), 1e4);
    const double returnProbability = betaMean(rng, p.returnMean, p.returnConcentration);
    const double returnRate = roundTo(binomial(rng, orders, returnProbability) / orders, 1e4);
    const double recency = tenure - lastDay;

    // Channels: Dirichlet via normalised gammas, in units of 1e-4 so the three shares are short
    // decimals that still add up to exactly 10000 units.
    std::array<double, 3> g {};
    double gSum = 0.0;
    for (std::size_t c = 0; c < 3; ++c) {
        g[c] = gammaVariate(rng, p.channelAlpha[c]);
        gSum += g[c];
    }
    if (!(gSum > 0.0)) {
        g = {1.0, 0.0, 0.0};
        gSum = 1.0;
    }
    double webUnits = std::round(1e4 * g[0] / gSum);
    double appUnits = std::round(1e4 * g[1] / gSum);
    if (webUnits + appUnits > 1e4)
        appUnits = 1e4 - webUnits;
    const double storeUnits = 1e4 - webUnits - appUnits;

    const int region = categorical(rng, p.regionWeights);
    const int acquisition = categorical(rng, p.acquisitionWeights);

    // Missing cells, completely at random, in four columns.
    const bool missMinutes = rng.uniform() < kMissingShare;
    const bool missEmail = rng.uniform() < kMissingShare;
    const bool missAov = rng.uniform() < kMissingShare;
    const bool missRegion = rng.uniform() < kMissingShare;

    table.columns[Columns::CustomerId].text[row] = customerId(row);
    num(Columns::Sessions) = sessions;
    num(Columns::PageViews) = pageViews;
    num(Columns::MinutesOnSite) = missMinutes ? nan : minutes;
    num(Columns::EmailOpenRate) = missEmail ? nan : emailOpenRate;
    num(Columns::Orders) = orders;
    num(Columns::Revenue) = revenue;
    num(Columns::AvgOrderValue) = missAov ? nan : avgOrderValue;
    num(Columns::DiscountShare) = discountShare;
    num(Columns::ReturnRate) = returnRate;
    num(Columns::DaysSinceLastOrder) = recency;
    num(Columns::TenureDays) = tenure;
    num(Columns::LoyaltyMember) = loyal ? 1.0 : 0.0;
    num(Columns::WebShare) = webUnits / 1e4;
    num(Columns::AppShare) = appUnits / 1e4;
    num(Columns::StoreShare) = storeUnits / 1e4;
    table.columns[Columns::Region].codes[row] = missRegion ? -1 : region;
    table.columns[Columns::AcquisitionChannel].codes[row] = acquisition;
    num(Columns::TrueSegment) = segment;
    num(Columns::Frequency) = repeats;
    num(Columns::Recency) = roundTo(lastDay / 7.0, 100.0);
    num(Columns::Tenure) = roundTo(tenure / 7.0, 100.0);
    num(Columns::MonetaryValue) = monetary;
}

/// Renumbers a categorical column's levels into order of first appearance, as the CSV reader
/// would, so a written and re-read demo table has the same codes.
void orderLevelsByFirstAppearance(Column &column)
{
    const std::size_t levelCount = column.levels.size();
    std::vector<std::int32_t> newCode(levelCount, -1);
    std::vector<std::string> newLevels;
    for (std::int32_t code : column.codes) {
        if (code >= 0 && newCode[static_cast<std::size_t>(code)] < 0) {
            newCode[static_cast<std::size_t>(code)] = static_cast<std::int32_t>(newLevels.size());
            newLevels.push_back(column.levels[static_cast<std::size_t>(code)]);
        }
    }
    for (std::int32_t &code : column.codes)
        if (code >= 0)
            code = newCode[static_cast<std::size_t>(code)];
    column.levels = std::move(newLevels);
}

} // namespace

std::string_view demoSegmentName(int segment)
{
    if (segment < 0 || segment >= kDemoSegments)
        return {};
    return kPersonas[static_cast<std::size_t>(segment)].name;
}

double demoSegmentShare(int segment)
{
    if (segment < 0 || segment >= kDemoSegments)
        return 0.0;
    return kPersonas[static_cast<std::size_t>(segment)].share;
}

Table generateDemoData(std::size_t rows, std::uint64_t seed, const Progress &progress)
{
    Table table;
    table.source = Text::tr("demo data");
    table.rowCount = rows;
    table.columns.resize(Columns::Count);
    for (std::size_t c = 0; c < Columns::Count; ++c) {
        Column &column = table.columns[c];
        column.name = kColumnDefs[c].name;
        column.type = kColumnDefs[c].type;
        switch (column.type) {
        case ColumnType::Identifier:
            column.text.resize(rows);
            column.textMissing.assign(rows, 0);
            break;
        case ColumnType::Categorical:
            column.codes.resize(rows);
            break;
        default:
            column.numbers.resize(rows);
            break;
        }
    }
    table.columns[Columns::Region].levels.assign(kRegionLevels.begin(), kRegionLevels.end());
    table.columns[Columns::AcquisitionChannel].levels.assign(kAcquisitionLevels.begin(),
                                                             kAcquisitionLevels.end());

    // Chunks give progress and cancellation points outside the parallel region (an exception
    // must not leave an OpenMP region).
    constexpr std::size_t chunk = std::size_t {1} << 16;
    for (std::size_t begin = 0; begin < rows; begin += chunk) {
        progress.check();
        const std::size_t end = std::min(rows, begin + chunk);
        parallelFor(end - begin, [&](std::size_t b, std::size_t e) {
            for (std::size_t r = begin + b; r < begin + e; ++r)
                generateRow(table, r, seed);
        });
        progress.report(static_cast<double>(end) / static_cast<double>(rows), "generating demo data");
    }
    progress.check();

    orderLevelsByFirstAppearance(table.columns[Columns::Region]);
    orderLevelsByFirstAppearance(table.columns[Columns::AcquisitionChannel]);
    progress.report(1.0, "generating demo data");
    // The lifetime-value inputs restate orders, days_since_last_order and tenure_days in the
    // models' terms: clustering on them as well would count the purchase history twice.
    std::map<std::string, ColumnRole> roles;
    for (const char *name : {"frequency", "recency", "T", "monetary_value"})
        roles[name] = ColumnRole::Ignored;
    assignColumnRoles(table, roles);
    const std::string reason = Text::tr("a lifetime-value model input (frequency, recency, T, monetary value in "
                                        "weeks): the purchase history of orders, days_since_last_order and "
                                        "tenure_days in the models' terms, so not clustered on");
    for (std::size_t c = Columns::Frequency; c <= Columns::MonetaryValue; ++c)
        table.columns[c].roleReason = reason;
    return table;
}

} // namespace seg
