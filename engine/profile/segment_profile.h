#pragma once
// What each segment looks like, in terms a marketer reads: size, share, feature means in
// original units, z-scores against the population, money (the Value columns: mean, total and
// share of the whole), whether it is too small to be a segment, and the traits that set it apart.

#include "engine/core/matrix.h"
#include "engine/data/column_spill.h"
#include "engine/data/table.h"
#include "engine/prep/prepare.h"

#include <string>
#include <vector>

namespace seg {

struct Trait
{
    std::string feature;  ///< feature (or column=level) name
    double zScore = 0.0;  ///< segment mean vs population, in population standard deviations, as clustered
    double segmentMean = 0.0;     ///< original units
    double populationMean = 0.0;  ///< original units
};

/// One money column (a Value-role column) in one segment, in the column's own units.
struct MoneyFigures
{
    double mean = 0.0;  ///< arithmetic mean over the segment's customers with a value; NaN when none
    double total = 0.0; ///< sum over the segment's customers (missing cells add nothing)
    double share = 0.0; ///< total / the column's total over every profiled customer; NaN when that is 0
    std::size_t known = 0; ///< customers with a value (the mean's denominator)
};

/// Segments smaller than this share of the customers are flagged (SegmentProfile::small): with
/// k-means they are usually a few extreme customers, not a group to market to.
constexpr double kSmallSegmentShare = 0.01;

struct SegmentProfile
{
    int segment = 0;             ///< -1 for the customers set aside as outliers (Profiles::outliers)
    std::size_t size = 0;
    double share = 0.0;
    std::vector<double> means;   ///< per profiled feature, original units (one-hot: share of the level)
    std::vector<double> zScores; ///< per profiled feature, on the feature as clustered (see profileSegments)
    std::vector<MoneyFigures> money; ///< per Profiles::moneyColumns
    /// Fewer customers than Profiles::smallShare of all: flagged in every view as probably
    /// outliers rather than a segment.
    bool small = false;
    std::vector<Trait> topTraits; ///< largest |z| first
};

struct Profiles
{
    std::vector<std::string> features; ///< profiled feature names
    std::vector<std::string> groups;   ///< their feature groups
    std::vector<double> populationMeans;
    std::vector<double> populationStdDevs;
    /// The money columns (Value role, in table order); empty when the table has none.
    std::vector<std::string> moneyColumns;
    /// Per money column: the total over every profiled customer, outliers included.
    std::vector<double> moneyTotals;
    double smallShare = kSmallSegmentShare; ///< the threshold of SegmentProfile::small
    std::size_t customers = 0;              ///< profiled customers (prepared rows), outliers included
    std::vector<SegmentProfile> segments;   ///< ordered by segment id
    /// The customers set aside as outliers (label -1): segment -1, size 0 when there are none.
    /// Its means and money are theirs; it is never flagged small.
    SegmentProfile outliers;
};

/// The money columns of a table: the columns with the Value role (columnsWithRole), which
/// loadTable suggests from money words in the name (revenue, spend, sales, amount, ...) and the
/// user can set on any numeric column. No name-based guess beyond that: a table whose amounts
/// are not named as money (Wholesale's Fresh, Milk, ...) shows money once they are marked Value.
std::vector<std::string> moneyColumns(const Table &table);

/// Profiles segments `labels` (one per prepared row; `prepared.rows` maps them to table rows)
/// over the fitted features, in original units (pre-transform, imputed: real arithmetic means of
/// the segment's customers, never a back-transformed centre). `moneyColumns` are numeric columns
/// of `table` (usually moneyColumns(table)); `topTraits` traits are kept per segment.
/// Label -1 (outlier or noise) rows belong to no segment but count in the population (means,
/// standard deviations with ddof = 0, the denominator of `share` and the money totals) and are
/// profiled in Profiles::outliers. z = (segment mean - population mean) / population std of the
/// feature as clustered (the prepared matrix: after log1p or clipping, scaled; z does not depend on
/// the scaling), 0 when that std is 0; for a feature without a transform it is the z of the
/// original units. populationMeans and populationStdDevs are in original units. A segment is `small` when size < smallShare × customers. An empty segment has
/// NaN means and z-scores and no traits. Throws seg::Error when the label count does not match,
/// a label is outside -1..k-1, or a money column is missing or not numeric.
Profiles profileSegments(const Table &table, const PreparedData &prepared, const Labels &labels, int k,
                         const std::vector<std::string> &moneyColumns, int topTraits = 3,
                         double smallShare = kSmallSegmentShare);

/// The same for a table whose feature and money columns were moved to `spill`: reads them back
/// `blockRows` rows at a time and adds each block to a ProfileAccumulator, so the table is
/// never whole in memory beside the matrix. Sizes and sums are exactly profileSegments()'s;
/// spreads, and so z-scores, agree to rounding (Chan et al.'s update joins the blocks).
Profiles profileSegments(const ColumnSpill &spill, const PreparedData &prepared, const Labels &labels, int k,
                         const std::vector<std::string> &moneyColumns, int topTraits = 3,
                         double smallShare = kSmallSegmentShare, std::size_t blockRows = 16384);

/// Profiles built from customers handed over in parts: a whole prepared table at once
/// (profileSegments), or the chunks of a file read in pieces (segscope cluster --algorithm
/// minibatch), with the same figures. Sums run in row order across parts; the spreads combine
/// each part's sum of squared deviations by Chan, Golub & LeVeque's update (1979, "Updating
/// formulae and a pairwise algorithm for computing sample variances"), so that one part gives
/// exactly the two-pass figures and many parts lose no precision to cancellation.
class ProfileAccumulator
{
public:
    /// Segments 0..k-1 (and -1, the customers set aside) of the features of `transform` (kept by
    /// reference: it must outlive the accumulator) and of the money columns named. `source`
    /// names the input in errors. Throws seg::Error(Usage) for k < 0.
    ProfileAccumulator(const FittedTransform &transform, std::vector<std::string> moneyColumns, int k,
                       std::string source = {});

    /// Adds the customers at `rows` of `table` (labels[i] and row i of x, model space, belong to
    /// table row rows[i]). `firstRow` is the input row of the table's row 0 (0 for a whole table,
    /// the chunk's start for a chunk), for errors. Throws seg::Error(InvalidData) when the counts
    /// of labels, rows and x differ, a label is outside -1..k-1, or a money column is missing or
    /// does not hold amounts. x must have the rows' count of rows and the transform's columns.
    void add(const Table &table, const std::vector<std::size_t> &rows, const Matrix &x, const Labels &labels,
             std::size_t firstRow = 0);

    /// The customers added so far.
    std::size_t customers() const { return m_customers; }
    /// The profiles of everything added, as profileSegments() describes them.
    Profiles profiles(int topTraits = 3, double smallShare = kSmallSegmentShare) const;

private:
    /// Count, row-order sum and sum of squared deviations of one feature over the population.
    struct Spread
    {
        double sum = 0.0;
        double mean = 0.0;
        double m2 = 0.0;
        void add(std::size_t count, std::size_t partCount, double partSum, double partM2);
    };

    const FittedTransform &m_transform;
    std::vector<std::string> m_money;
    std::size_t m_segments;
    std::string m_source;
    std::size_t m_customers = 0;
    std::vector<std::size_t> m_sizes;          ///< per bucket (segments, then the set-aside)
    std::vector<Spread> m_original, m_model;   ///< per feature
    std::vector<double> m_bucketSums;          ///< bucket × feature, original units
    std::vector<double> m_bucketModelSums;     ///< bucket × feature, model space
    std::vector<double> m_moneyTotals;         ///< bucket × money column
    std::vector<std::size_t> m_moneyKnown;     ///< bucket × money column
};

} // namespace seg
