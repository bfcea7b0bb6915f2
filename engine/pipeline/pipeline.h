#pragma once
// The one path from a table and a feature spec to a segmentation, and from a segmentation to
// the segments of new customers. `segscope`, the explorer's engine worker and the project file
// all go through it, so the same inputs give the same segments everywhere.

#include "engine/cluster/clustering.h"
#include "engine/core/progress.h"
#include "engine/core/row_source.h"
#include "engine/data/column_spill.h"
#include "engine/data/table.h"
#include "engine/pipeline/outliers.h"
#include "engine/prep/feature_spec.h"
#include "engine/prep/prepare.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace seg {

/// A fitted segmentation: what was asked for, how table rows become model-space rows, and the
/// clusters found. Plain data, ready to be saved; it holds no matrix of the data.
struct Segmentation
{
    FeatureSpec spec;
    ClusteringOptions options;
    FittedTransform transform;          ///< table rows -> model space, and centres -> original units
    std::vector<std::size_t> rows;      ///< the table rows segmented, ascending (Drop imputation skips some)
    ClusteringResult clustering;        ///< labels and scores per entry of `rows` (-1: set aside as an outlier)
    OutlierOptions outliers;            ///< the rule that set customers aside (off by default)
    std::size_t outlierCount = 0;       ///< entries of `rows` set aside (label -1, score NaN)
    std::vector<std::string> warnings;  ///< from preparing and clustering, for the user
};

/// prepare() for a table too large to hold beside its matrix. Fits on the whole table; then, when
/// the table's cells are worth it (worthSpilling), moves every column into `spill` and makes the
/// matrix one source column at a time, so that the cells and the matrix are never in memory
/// together; otherwise it is prepare(). The result is prepare()'s, bit for bit. The table's
/// columns stay empty until spill->restore(table). When the temporary file cannot be written the
/// table stays whole and `spill` empty.
PreparedData prepareSpilling(Table &table, const FeatureSpec &spec, std::optional<ColumnSpill> &spill,
                             const Progress &progress = {});

/// prepareSpilling() without making the matrix: the fitted transform, rows and warnings, with
/// the table's cells moved into `spill` when worth it (else left in the table); x stays empty.
/// preparedRows() then makes whatever rows are asked for.
PreparedData prepareOnDemand(Table &table, const FeatureSpec &spec, std::optional<ColumnSpill> &spill,
                             const Progress &progress = {});

/// The rows of the matrix that prepare() would make for `prepared` (from fitPreparation or
/// prepareOnDemand on `table`), made when asked: from the cells waiting in `spill` when it is
/// given, at most kPreparedRowsBlock table rows read at a time, else from `table` itself. Rows
/// are matrix rows (indices into prepared.rows); each is that row of prepare()'s matrix, bit for
/// bit. table, spill and prepared must outlive the source.
RowSource preparedRows(const Table &table, const ColumnSpill *spill, const PreparedData &prepared);
inline constexpr std::size_t kPreparedRowsBlock = 65536;

/// Frees prepared.x and puts the cells waiting in `spill` back into `table`, then empties
/// `spill`: for the outputs written per customer once the matrix is no longer needed. Does
/// nothing when `spill` is empty (the table never left memory).
void takeTableBack(Table &table, PreparedData &prepared, std::optional<ColumnSpill> &spill);

/// Makes prepared.x again, one source column at a time, from the table's cells in `spill`: bit
/// for bit the matrix prepareSpilling() made.
void refillPrepared(const ColumnSpill &spill, PreparedData &prepared, const Progress &progress = {});

/// Prepares `table` with `spec`, then clusters it with `options`. Throws seg::Error for data or
/// options that do not fit (naming the column, or the problem), seg::Cancelled when cancelled.
Segmentation fit(const Table &table, const FeatureSpec &spec, const ClusteringOptions &options,
                 const Progress &progress = {});

/// The same as fit() from an already prepared table (the explorer keeps the prepared matrix
/// while only k, the seed or the algorithm change): prepare(table, spec) followed by this gives
/// exactly fit(table, spec, options).
Segmentation fitPrepared(const PreparedData &prepared, const FeatureSpec &spec, const ClusteringOptions &options,
                         const Progress &progress = {});

/// fit() and fitPrepared() that first set aside the outliers `outliers` finds (robustOutliers on
/// the prepared matrix): they get label -1 and a NaN score, take no part in clustering, and are
/// counted in Segmentation::outlierCount, with a warning that says how many. Throws
/// seg::Error(InvalidData) when fewer customers than segments are left.
Segmentation fit(const Table &table, const FeatureSpec &spec, const ClusteringOptions &options,
                 const OutlierOptions &outliers, const Progress &progress = {});
Segmentation fitPrepared(const PreparedData &prepared, const FeatureSpec &spec, const ClusteringOptions &options,
                         const OutlierOptions &outliers, const Progress &progress = {});

/// fitPrepared() at every k of `ks` (the options' other parameters as they are): each
/// segmentation is exactly fitPrepared(prepared, spec, withClusters(options, k), outliers),
/// handed to onFit as soon as it is made, in the order of ks. The outliers are found once, and
/// Ward builds one tree for every k (clusterEachK()). With outliers set aside, throws
/// seg::Error(InvalidData) before clustering when fewer customers than the largest k are left.
void fitPreparedEachK(const PreparedData &prepared, const FeatureSpec &spec, const ClusteringOptions &options,
                      const OutlierOptions &outliers, const std::vector<int> &ks,
                      const std::function<void(Segmentation &&)> &onFit, const Progress &progress = {});

/// How much `fit` depends on its seed: the mean adjusted Rand index between its labels and those
/// of `runs` refits of the same prepared rows with seeds seed + 1 … seed + runs (same spec,
/// options and outliers). 1: the same customers in the same segments every time. NaN for no run.
double seedStability(const PreparedData &prepared, const Segmentation &fit, int runs, const Progress &progress = {});

/// How much `fit` depends on small measurement noise: the mean adjusted Rand index between its
/// labels and those of `runs` refits after adding independent Gaussian noise of standard
/// deviation `noise` (in model-space units: after scaling, so 0.05 is a twentieth of a feature's
/// spread under z-scores) to every prepared value (same spec, options, seed and outliers;
/// noise drawn from Rng::derived(seed, run)). 1: small perturbations move no customer. NaN for no run.
double noiseStability(const PreparedData &prepared, const Segmentation &fit, int runs, double noise,
                      const Progress &progress = {});
/// The same figure without a copy of the matrix: each run adds its noise to prepared.x itself,
/// and `refill` must then put back prepare()'s matrix exactly (refillPrepared from the table's
/// ColumnSpill does), also when a refit throws. For a matrix too large to copy.
double noiseStabilityInPlace(PreparedData &prepared, const Segmentation &fit, int runs, double noise,
                             const std::function<void(PreparedData &)> &refill, const Progress &progress = {});

/// Hennig's (2007) cluster-wise stability of each segment of `fit`: over `resamples` bootstrap
/// samples (each `sampleSize` rows drawn with replacement from the segmented customers, all of
/// them when fewer; an m-out-of-n bootstrap beyond) clustered again with the same options and
/// seeds seed + 1, ..., each segment's customers in the sample are compared with every new
/// cluster by the Jaccard coefficient (|A ∩ B| / |A ∪ B| over distinct customers), and the best
/// match counts. The mean of those over the samples where the segment appears is its stability:
/// near 1, the segment comes back whatever the sample; Hennig reads below 0.6 as a pattern in
/// the data no stronger than chance, and at most 0.5 as dissolved.
struct SegmentStability
{
    std::vector<double> jaccard; ///< per segment (index: segment); NaN when never in a sample
    int resamples = 0;
    std::size_t sampleSize = 0;
};
SegmentStability bootstrapStability(const PreparedData &prepared, const Segmentation &fit, int resamples,
                                    std::size_t sampleSize, const Progress &progress = {});
/// Below this a segment is flagged as unstable (Hennig 2007).
inline constexpr double kUnstableJaccard = 0.6;

} // namespace seg
