#pragma once
// What each segment looks like, in terms a marketer reads: size, share, feature means in
// original units, z-scores against the population, revenue, and the traits that set it apart.

#include "engine/core/matrix.h"
#include "engine/data/table.h"
#include "engine/prep/prepare.h"

#include <string>
#include <vector>

namespace seg {

struct Trait
{
    std::string feature;  ///< feature (or column=level) name
    double zScore = 0.0;  ///< segment mean vs population, in population standard deviations
    double segmentMean = 0.0;     ///< original units
    double populationMean = 0.0;  ///< original units
};

struct SegmentProfile
{
    int segment = 0;
    std::size_t size = 0;
    double share = 0.0;
    std::vector<double> means;   ///< per profiled feature, original units (one-hot: share of the level)
    std::vector<double> zScores; ///< per profiled feature
    double revenueTotal = 0.0;   ///< NaN when no monetary column
    double revenuePerCustomer = 0.0;
    std::vector<Trait> topTraits; ///< largest |z| first
};

struct Profiles
{
    std::vector<std::string> features; ///< profiled feature names
    std::vector<std::string> groups;   ///< their feature groups
    std::vector<double> populationMeans;
    std::vector<double> populationStdDevs;
    std::string revenueColumn;         ///< empty when none was found
    std::vector<SegmentProfile> segments; ///< ordered by segment id
};

/// The monetary column of a table: the first numeric column whose name suggests revenue
/// (revenue, spend, monetary, sales, amount, value), or "" when there is none.
std::string findRevenueColumn(const Table &table);

/// Profiles segments `labels` (one per prepared row; `prepared.rows` maps them to table rows)
/// over the fitted features, in original units (pre-transform, imputed). `revenueColumn` may
/// be empty. `topTraits` traits are kept per segment.
/// Label -1 (noise) rows belong to no segment but count in the population (means, standard
/// deviations with ddof = 0, and the denominator of `share`). z = (segment mean - population mean)
/// / population std, 0 when the std is 0. Missing revenue cells add 0 to the totals. An empty
/// segment has NaN means and z-scores and no traits. Throws seg::Error when the label count does
/// not match, a label is outside -1..k-1, or the revenue column is missing or not numeric.
Profiles profileSegments(const Table &table, const PreparedData &prepared, const Labels &labels, int k,
                         const std::string &revenueColumn, int topTraits = 3);

} // namespace seg
