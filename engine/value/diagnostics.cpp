#include "engine/value/diagnostics.h"

#include <algorithm>
#include <cassert>
#include <unordered_map>

namespace seg {

namespace {

std::size_t bucketOf(double x, int maxBucket)
{
    return static_cast<std::size_t>(std::min(x, static_cast<double>(maxBucket)));
}

} // namespace

FrequencyHistogram frequencyHistogram(const BgNbdParams &params, const std::vector<RfmPoint> &customers,
                                      int maxBucket)
{
    const auto buckets = static_cast<std::size_t>(maxBucket) + 1;
    FrequencyHistogram h {std::vector<double>(buckets, 0.0), std::vector<double>(buckets, 0.0)};
    // P(X(T) = x) depends on T only: the customers are counted by T (hashed, as a million
    // customers have few distinct T), and the Ts summed in ascending order so that the
    // expectations do not depend on the hash's order.
    std::unordered_map<double, double> countByT;
    for (const RfmPoint &c : customers) {
        h.actual[bucketOf(c.x, maxBucket)] += 1.0;
        countByT[c.T] += 1.0;
    }
    std::vector<std::pair<double, double>> customersByT(countByT.begin(), countByT.end());
    std::sort(customersByT.begin(), customersByT.end());
    for (const auto &[T, n] : customersByT) {
        double below = 0.0;
        for (int x = 0; x < maxBucket; ++x) {
            const double p = bgnbdProbabilityOfPurchases(params, T, x);
            h.expected[static_cast<std::size_t>(x)] += n * p;
            below += p;
        }
        h.expected[buckets - 1] += n * (1.0 - below);
    }
    return h;
}

HoldoutComparison holdoutComparison(const BgNbdParams &params, const std::vector<RfmPoint> &customers,
                                    const std::vector<double> &holdoutPurchases, double holdoutLength,
                                    int maxBucket)
{
    assert(customers.size() == holdoutPurchases.size());
    const auto buckets = static_cast<std::size_t>(maxBucket) + 1;
    HoldoutComparison h {std::vector<double>(buckets, 0.0), std::vector<double>(buckets, 0.0),
                         std::vector<double>(buckets, 0.0), 0.0, 0.0};
    for (std::size_t i = 0; i < customers.size(); ++i) {
        const std::size_t b = bucketOf(customers[i].x, maxBucket);
        const double predicted = bgnbdConditionalExpectedPurchases(params, customers[i], holdoutLength);
        h.customers[b] += 1.0;
        h.actualMean[b] += holdoutPurchases[i];
        h.predictedMean[b] += predicted;
        h.actualTotal += holdoutPurchases[i];
        h.predictedTotal += predicted;
    }
    for (std::size_t b = 0; b < buckets; ++b)
        if (h.customers[b] > 0) {
            h.actualMean[b] /= h.customers[b];
            h.predictedMean[b] /= h.customers[b];
        }
    return h;
}

} // namespace seg
