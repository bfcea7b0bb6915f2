#pragma once
// Turns a Table into the dense matrix the algorithms see, and remembers exactly how, so new
// customers can be transformed identically and results reported in original units.

#include "engine/core/matrix.h"
#include "engine/core/progress.h"
#include "engine/data/table.h"
#include "engine/prep/feature_spec.h"

#include <string>
#include <vector>

namespace seg {

/// The largest magnitude of a numeric feature value, in original units (dates count as days), that
/// can be clustered. prepare() and FittedTransform::apply() reject larger values naming the column
/// and the row. With weights up to kMaxWeight² = 1e6 a value stays within kMaxModelMagnitude in
/// model space whatever the scaling, except that robust scaling by a tiny interquartile range can
/// still blow values up: that is rejected too (docs/feature-spec.md, "Value range").
constexpr double kMaxFeatureMagnitude = 1e100;

/// How one output feature (one matrix column) is made from the table.
struct FittedFeature
{
    std::string name;   ///< output name: the column name, or "column=level" for one-hot features
    std::string column; ///< source column
    std::string group;
    bool oneHot = false;
    std::vector<std::string> levels; ///< one-hot: the source levels mapping to 1 ("other" pools several)
    bool pooled = false; ///< one-hot "other": also takes levels never seen when fitting
    /// Date columns: the original unit is "days before referenceDay" (the newest date in the
    /// fitted column, in days since 1970-01-01), so larger means longer ago.
    bool fromDate = false;
    double referenceDay = 0.0;
    Transform transform = Transform::None;
    double clipLow = 0.0, clipHigh = 0.0; ///< Winsorize bounds, in original units
    double fill = 0.0;   ///< imputed value for missing cells, in original units (before transform)
    double center = 0.0; ///< subtracted after the transform
    double scale = 1.0;  ///< divided by after centering (never 0)
    double weight = 1.0; ///< group weight × column weight; multiplies the scaled value

    /// original units -> model space (transform, clip, center, scale, weight).
    double forward(double value) const;
    /// model space -> original units (inverse of forward; one-hot features give the share).
    double inverse(double modelValue) const;
};

struct FittedTransform
{
    std::vector<FittedFeature> features;
    Imputation imputation = Imputation::Median;

    std::size_t dimension() const { return features.size(); }
    /// The table columns the features are made from, each once, in the features' order.
    std::vector<std::string> sourceColumns() const;
    /// Transforms rows of `table` (which must have the source columns, matched by name).
    /// Missing cells take the fitted fill values, whatever the imputation (new rows are never
    /// dropped). Unknown categorical levels count as "other". Throws seg::Error naming a
    /// missing column or a column of the wrong type, and naming the column and row of a value
    /// beyond ±kMaxFeatureMagnitude or one that the fitted scaling takes beyond
    /// ±kMaxModelMagnitude.
    Matrix apply(const Table &table) const;
    /// A model-space point in original units, one value per feature.
    std::vector<double> toOriginal(const RowVector &modelPoint) const;
    /// Feature `feature` at table rows `rows`, in original units: missing cells take the fill
    /// value, dates are days before the reference day, one-hot features are 0/1; no transform,
    /// scaling or weight. Throws like apply() when the source column is missing or mistyped.
    std::vector<double> originalValues(const Table &table, std::size_t feature,
                                       const std::vector<std::size_t> &rows) const;
    /// The same from an index of the table's columns: what callers looping over all features
    /// use, since looking a column up in the table itself is linear in its columns.
    std::vector<double> originalValues(const ColumnIndex &columns, std::size_t feature,
                                       const std::vector<std::size_t> &rows) const;
};

struct PreparedData
{
    Matrix x;                        ///< n × d row-major, model space
    std::vector<std::size_t> rows;   ///< table row of each matrix row (Drop imputation removes rows)
    FittedTransform transform;
    std::vector<std::string> warnings; ///< e.g. constant columns dropped, rows dropped
};

/// The warning prepare() gives when it fills `missing` cells of the source `column` as
/// `transform` fills them ("column 'spend': filled 3 missing cells with the median (42.5)"), in
/// the user's language; empty when no feature comes from `column`.
std::string filledCellsWarning(const FittedTransform &transform, const std::string &column, std::size_t missing);

/// Fits the transform of `spec` on `table` and applies it. Constant columns (after
/// imputation) are dropped with a warning. Throws seg::Error(InvalidData) when a column is
/// missing, entirely empty, of an unusable type, or no feature remains.
/// Per numeric column: impute (fill fitted on present cells), transform (log1p, or clip to the
/// winsorize quantiles), scale (z-score with ddof = 0, robust (x - median) / IQR, min-max), times
/// group weight × column weight. Booleans are 0/1 numbers; dates are days before the column's
/// newest date. Categorical columns become unscaled 0/1 features (× weight) for the
/// `maxOneHotLevels` most frequent levels plus a pooled "other"; their missing cells take the most
/// frequent level. log1p on a negative value throws, naming the column and row; so does a value
/// beyond ±kMaxFeatureMagnitude, or one that scaling takes beyond ±kMaxModelMagnitude (the
/// prepared matrix is then always safe to cluster). Drop imputation
/// removes rows with any missing feature cell (throws when none remain). See docs/feature-spec.md.
PreparedData prepare(const Table &table, const FeatureSpec &spec, const Progress &progress = {});

/// prepare() without its matrix: the fitted transform, the rows kept and the warnings (x is
/// empty). With fillPrepared() it is prepare() in two steps, for a caller that cannot hold the
/// table and the matrix at once.
PreparedData fitPreparation(const Table &table, const FeatureSpec &spec, const Progress &progress = {});
/// Makes the matrix columns of the features of `prepared` whose source columns are in `part`:
/// a table of the same rows as the one fitted, holding some of its columns (a column at a time
/// from ColumnSpill::column, say). The first call sizes x and leaves the other columns
/// undefined until their own calls; after calls covering every source column x is prepare()'s
/// matrix, bit for bit. Throws seg::Error(InvalidData) when `part` has fewer rows or a column of
/// the wrong type.
void fillPrepared(const Table &part, PreparedData &prepared);

/// prepare()'s warnings alone (its checks and fitting, without making the matrix).
std::vector<std::string> preparationWarnings(const Table &table, const FeatureSpec &spec,
                                             const Progress &progress = {});
/// The prepared data of a transform fitted on this very `table` before (a stored run's), at the
/// table rows `rows` that fit kept (ascending): prepare()'s matrix, without fitting again.
/// Its warnings are not known, so left empty (preparationWarnings gives them). Throws
/// seg::Error(InvalidData) for rows outside the table or a column the table lacks.
PreparedData prepareWith(const Table &table, FittedTransform transform, std::vector<std::size_t> rows);

} // namespace seg
