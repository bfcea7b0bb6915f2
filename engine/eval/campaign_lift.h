#pragma once
// Campaign lift: how much a campaign changed conversion and revenue, per segment and overall,
// from a randomised (or at least treated-versus-control) comparison of customers. Each estimate
// comes with a 95% interval, a p-value corrected for testing many segments, the smallest effect
// the test could have detected, and a check that the two arms were alike before the campaign.
//
// The formulas and their sources are in docs/campaign-lift.md.

#include "engine/value/bootstrap.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace seg {

/// How the p-values of the segments are corrected for testing them all at once (the overall
/// test is not part of that family).
enum class LiftCorrection {
    Holm,              ///< Holm-Bonferroni: the family-wise error rate (the default)
    BenjaminiHochberg, ///< the false discovery rate
    None,
};
/// "holm", "bh", "none".
const char *toString(LiftCorrection correction);

/// The Wilson score interval of the proportion x/n at `level` (Wilson 1927; Newcombe 1998a,
/// method 3). NaN bounds when n = 0.
Interval wilsonInterval(std::size_t x, std::size_t n, double level = 0.95);
/// The interval of the difference x1/n1 - x2/n2 from the two Wilson intervals: Newcombe's
/// hybrid score method (Newcombe 1998b, method 10). NaN when an arm is empty.
Interval newcombeDifference(std::size_t x1, std::size_t n1, std::size_t x2, std::size_t n2, double level = 0.95);
/// Two-sided p-value of the pooled two-proportion z-test (the chi-square test of the 2x2 table
/// without continuity correction). 1 when neither arm varies; NaN when an arm is empty.
double twoProportionPValue(std::size_t x1, std::size_t n1, std::size_t x2, std::size_t n2);
/// Two-sided p-value of Welch's t-test of the means of `a` and `b` (each with at least two
/// values; NaN otherwise). 1 when neither varies and the means are equal, 0 when they differ.
double welchPValue(const std::vector<double> &a, const std::vector<double> &b);
/// The p-values adjusted for multiple testing, in their order; NaN entries stay NaN and are not
/// counted in the family.
std::vector<double> adjustPValues(const std::vector<double> &pValues, LiftCorrection correction);
/// The standardised mean difference (mean(a) - mean(b)) / sqrt((var(a) + var(b)) / 2) with sample
/// variances (Austin 2009); NaN values are skipped. 0 when both are constant and equal, NaN when
/// either has fewer than two values.
double standardisedMeanDifference(const std::vector<double> &a, const std::vector<double> &b);

/// A pre-campaign characteristic of every customer, for the balance check: a numeric feature, or
/// one level of a category as 0/1 ("channel = email").
struct LiftCovariate
{
    std::string name;
    /// Each customer's value (NaN: missing), one per customer of the LiftInput. Called once,
    /// when the balance check comes to it, so that one covariate's values are in memory at a
    /// time, made from a project's column decoded then: 26 covariates of a million customers
    /// would be 208 MB, and their decoded columns 208 MB more.
    std::function<std::vector<double>()> values;

    /// A covariate of values held in it, one per customer.
    static LiftCovariate of(std::string name, std::vector<double> values);
};

/// The campaign's customers, one entry each, as the analysis sees them.
struct LiftInput
{
    int segmentCount = 0;
    std::vector<std::string> segmentNames; ///< by segment; may be empty
    std::vector<int> segments;             ///< each customer's segment, -1: in none (overall only)
    std::vector<std::uint8_t> treated;     ///< 1: the treatment arm, 0: control
    std::vector<std::uint8_t> converted;   ///< 0 or 1 per customer; empty when the campaign has no conversion
    std::vector<double> revenue;           ///< per customer, NaN unknown; empty when the campaign has no revenue
    std::vector<LiftCovariate> covariates;
};

struct LiftOptions
{
    double level = 0.95;
    LiftCorrection correction = LiftCorrection::Holm;
    /// The power at which the minimum detectable effect is given (80% by convention).
    double power = 0.8;
    /// Bootstrap resamples for the revenue intervals; group g draws from Rng::derived(seed, g).
    int resamples = 2000;
    std::uint64_t seed = 42;
    /// |SMD| above this marks a covariate as imbalanced (0.1: Austin 2009).
    double balanceThreshold = 0.1;
    /// Fewer customers than this in an arm of a group: a warning that its estimates are fragile.
    std::size_t minArmSize = 100;
};

/// Conversion in one group: rates, their difference and ratio.
struct ConversionLift
{
    std::size_t treatedConversions = 0;
    std::size_t controlConversions = 0;
    Interval treatedRate;   ///< with its Wilson interval
    Interval controlRate;
    Interval difference;    ///< treated - control, Newcombe's interval
    /// treated / control - 1, with the Katz log interval of the risk ratio (Katz et al. 1978);
    /// NaN without control conversions, NaN bounds without treated ones.
    Interval lift;
    double pValue = 0.0;          ///< the two-proportion z-test
    double adjustedPValue = 0.0;  ///< after LiftOptions::correction (the overall: unadjusted)
    /// The smallest absolute difference the test detects with LiftOptions::power at the control
    /// rate and these arm sizes (normal approximation).
    double minimumDetectable = 0.0;
    bool significant = false;     ///< adjustedPValue < 1 - level
};

/// Revenue per customer in one group (customers with unknown revenue are left out).
struct RevenueLift
{
    std::size_t treatedCustomers = 0; ///< with a known revenue
    std::size_t controlCustomers = 0;
    double treatedMean = 0.0;
    double controlMean = 0.0;
    /// treatedMean - controlMean, with the bootstrap percentile interval (each arm resampled on
    /// its own, its size fixed).
    Interval difference;
    /// treatedMean / controlMean - 1, with the bootstrap interval of the same resamples; NaN when
    /// the control mean is not positive.
    Interval lift;
    double pValue = 0.0; ///< Welch's t-test
    double adjustedPValue = 0.0;
    double minimumDetectable = 0.0; ///< in revenue per customer
    bool significant = false;
};

/// One segment, or every customer (segment -1).
struct LiftGroup
{
    int segment = -1;
    std::string name;
    std::size_t treated = 0;
    std::size_t control = 0;
    bool hasConversion = false; ///< the campaign has a conversion and both arms have customers
    ConversionLift conversion;
    bool hasRevenue = false;
    RevenueLift revenue;
    std::vector<std::string> warnings; ///< sample size and power, in plain words
};

struct BalanceCheck
{
    std::string covariate;
    double treatedMean = 0.0;
    double controlMean = 0.0;
    double smd = 0.0; ///< standardised mean difference, treated - control
    bool imbalanced = false;
};

struct CampaignLift
{
    LiftOptions options;
    LiftGroup overall;
    std::vector<LiftGroup> segments; ///< by segment number
    /// Every covariate, then each segment's share ("segment 2 'Loyal'"), in that order.
    std::vector<BalanceCheck> balance;
    std::vector<std::string> warnings; ///< about the whole campaign (imbalance, confounders)
};

/// The lift of the campaign described by `input`. Throws seg::Error(InvalidData) when the
/// vectors disagree in length, a conversion is neither 0 nor 1, a segment is out of range, or an
/// arm has no customers at all; seg::Error(Usage) for options out of range.
CampaignLift campaignLift(const LiftInput &input, const LiftOptions &options = {});

} // namespace seg
