#pragma once
// How well the BG/NBD model fits: the classic checks of Fader, Hardie & Lee (2005, figures 2-4).

#include "engine/value/bgnbd.h"

#include <cstddef>
#include <vector>

namespace seg {

/// Customers by repeat purchases in calibration, 0, 1, ..., maxBucket - 1 and maxBucket+ (the last
/// bucket holds every x >= maxBucket): as counted, and as the model expects
/// (sum over customers of P(X(T_i) = x)).
struct FrequencyHistogram
{
    std::vector<double> actual;
    std::vector<double> expected;
};
FrequencyHistogram frequencyHistogram(const BgNbdParams &params, const std::vector<RfmPoint> &customers,
                                      int maxBucket = 7);

/// Holdout purchases by calibration frequency bucket (as the histogram's buckets): customers,
/// actual mean holdout purchases, and the mean of E[Y(holdout) | x, t_x, T] (the conditional
/// expectations plot), with totals over all customers.
struct HoldoutComparison
{
    std::vector<double> customers;
    std::vector<double> actualMean;
    std::vector<double> predictedMean;
    double actualTotal = 0.0;
    double predictedTotal = 0.0;
};
HoldoutComparison holdoutComparison(const BgNbdParams &params, const std::vector<RfmPoint> &customers,
                                    const std::vector<double> &holdoutPurchases, double holdoutLength,
                                    int maxBucket = 7);

} // namespace seg
