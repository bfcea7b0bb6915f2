#pragma once
// Two more answers to "how many segments?", each from its own question:
// - the gap statistic (Tibshirani, Walther & Hastie 2001): does k fit the data better than it
//   fits data with no groups at all? It can say k = 1, "no segments beyond chance";
// - prediction strength (Tibshirani & Walther 2005): do the segments found on one half of the
//   customers predict which customers belong together in the other half?

#include "engine/cluster/clustering.h"
#include "engine/core/matrix.h"
#include "engine/core/progress.h"

#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

namespace seg {

struct GapOptions
{
    int kMax = 12;                  ///< k = 1 … kMax are measured
    int references = 10;            ///< B, the reference data sets per k
    /// The rows measured: a seeded sample of this many (all when fewer). The reference sets have
    /// as many rows.
    std::size_t sampleRows = 5000;
    int nInit = 3;                  ///< k-means restarts per fit, on the data and on each reference
    std::uint64_t seed = 0;
};

struct GapPoint
{
    int k = 0;
    double logW = std::numeric_limits<double>::quiet_NaN();         ///< log of the within-segment sum of squares
    double expectedLogW = std::numeric_limits<double>::quiet_NaN(); ///< its mean over the reference sets
    double gap = std::numeric_limits<double>::quiet_NaN();          ///< expectedLogW - logW
    /// s_k = sd_k sqrt(1 + 1/B): the simulation error of the gap.
    double standardError = std::numeric_limits<double>::quiet_NaN();
};

struct GapResult
{
    std::vector<GapPoint> points; ///< k = 1 … kMax
    /// The smallest k with Gap(k) >= Gap(k+1) - s_{k+1} (the paper's rule); 0 when no k below
    /// kMax satisfies it (the gap still grows at kMax: more segments may be warranted).
    int k = 0;
    std::size_t rows = 0; ///< rows measured
    /// The reference box: true when aligned with the sample's principal axes (the paper's
    /// method b), false when along the features (method a, for more than 200 features).
    bool principalAxes = true;
};

/// The gap statistic of k-means on the rows of x (n × d, model space) for k = 1 … kMax, with
/// reference data drawn uniformly over the box the sample spans along its principal axes.
/// W_k is k-means' within-segment sum of squares (the paper's pooled within-cluster sum
/// of squares, sum over clusters of D_r / 2n_r). Deterministic for a seed; throws seg::Error(Usage)
/// for kMax < 1 or references < 1 and seg::Error(InvalidData) when the sample has fewer than
/// kMax distinct rows.
GapResult gapStatistic(const Matrix &x, const GapOptions &options, const Progress &progress = {});

/// The prediction strength of a test set's clusters under a training set's model: for each test
/// cluster j of size n_j >= 2, the share of its pairs of customers that the training model also
/// puts together, and the smallest of these shares (Tibshirani & Walther 2005, eq. 2.1).
/// `testLabels` are the test rows' own clusters 0..k-1, `predicted` their clusters under the
/// training model. NaN when no test cluster has two members. Clusters of one are skipped, as
/// the paper's definition needs pairs.
double predictionStrength(const Labels &testLabels, const Labels &predicted, int k);

struct PredictionStrengthOptions
{
    int kMin = 2;                 ///< k = kMin … kMax
    int kMax = 12;
    int splits = 5;               ///< random halvings, averaged
    std::size_t sampleRows = 20000; ///< the rows split: a seeded sample of this many (all when fewer)
    /// Split each half in proportion to these labels of the sampled rows' segments (e.g. the
    /// segmentation in use), so both halves hold every segment; empty: a plain random split.
    Labels strata;
    std::uint64_t seed = 0;
};

struct PredictionStrengthPoint
{
    int k = 0;
    double strength = std::numeric_limits<double>::quiet_NaN(); ///< mean over the splits
    double sd = std::numeric_limits<double>::quiet_NaN();       ///< standard deviation over the splits
};

struct PredictionStrengthResult
{
    std::vector<PredictionStrengthPoint> points; ///< k = kMin … kMax
    /// The largest k whose strength is at least kPredictionStrengthThreshold; 1 when none is
    /// (no k above one predicts its own segments).
    int k = 1;
    std::size_t rows = 0;
};

/// Tibshirani & Walther's threshold: 0.8 to 0.9 "for well separated clusters"; 0.8 here.
inline constexpr double kPredictionStrengthThreshold = 0.8;

/// Prediction strength for k = kMin … kMax: each split halves a sample of x's rows (stratified by
/// `strata` when given), clusters both halves with `clustering` (its k replaced), assigns the
/// test half with the training half's model, and measures predictionStrength. Deterministic for
/// a seed; throws seg::Error(Usage) for kMin < 2, kMax < kMin or splits < 1, seg::Error(InvalidData) when a
/// half has fewer than kMax rows.
PredictionStrengthResult predictionStrengths(const Matrix &x, const ClusteringOptions &clustering,
                                             const PredictionStrengthOptions &options, const Progress &progress = {});

} // namespace seg
