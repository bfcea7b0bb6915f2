#pragma once
// Scoring new customers into the segments of a saved run: the run's own transforms and model,
// applied exactly as the engine applied them, with how surely each customer belongs and whether
// it looks like the customers the segments were made from.

#include "engine/cluster/clustering.h"
#include "engine/core/matrix.h"
#include "engine/data/table.h"
#include "engine/io/atomic_file.h"
#include "engine/pipeline/pipeline.h"
#include "engine/prep/prepare.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace seg {

/// The kind of the project documents (seg::ProjectDocument) that record scoring batches: key, the
/// time and a sequence number; data, the batch's summary as JSON (version 1: the summary of
/// segscope score without its timings).
inline constexpr const char *kScoringBatchKind = "scoring_batch";

/// Why a scored customer is flagged as unlike the customers the segments were made from
/// (bits of ScoredRows::flags).
enum AnomalyFlag : std::uint8_t {
    kFarFromSegment = 1, ///< farther from its segment's centre than the segment's distance limit
    kUnseenCategory = 2, ///< a categorical feature holds a level the run never saw
    kOutsideRange = 4,   ///< a numeric feature lies outside the run's observed range
    kNoSegment = 8,      ///< a density model puts it in no segment (noise)
};

/// The share of a segment's training customers within its distance limit: beyond the 99th
/// percentile of their distances, a new customer is farther out than 99 in 100 of them.
inline constexpr double kDistanceLimitQuantile = 0.99;

/// A source column the run's transform reads, as the run saw it.
struct ScoringColumn
{
    std::string name;
    ColumnType type = ColumnType::Real;
    /// Numeric (not date) columns: the smallest and largest value among the run's customers.
    double low = 0.0, high = 0.0;
    bool hasRange = false;
    /// Categorical columns: the levels the run's customers hold.
    std::set<std::string> levels;
};

/// The distribution of one source column among the run's customers, in bins that new customers
/// are counted in to measure drift (populationStabilityIndex). Numeric columns (dates too): the
/// deciles of the run's values (linear interpolation, equal edges merged), a value v falling in
/// the first bin whose upper edge is >= v, the last bin open; categorical columns: one bin per
/// level the run saw, then one for every other level. The last bin of all holds missing cells.
struct DriftBins
{
    std::string column;
    bool categorical = false;
    std::vector<double> edges;          ///< numeric: the upper edges of every bin but the last two
    std::vector<std::string> levels;    ///< categorical: the run's levels, one bin each
    std::vector<double> trainingShares; ///< per bin: its share of the run's customers
    /// The bin of row `row` of `column` (the column of the same name in a scored table).
    std::size_t binOf(const Column &column, std::size_t row) const;
    std::size_t bins() const { return trainingShares.size(); }
};

/// Bins with no customer on either side count as this share, so that the index stays finite
/// (a common convention; an empty bin on both sides adds nothing).
inline constexpr double kDriftShareFloor = 1e-4;

/// The population stability index of `shares` against `expected` (both per bin, each summing to
/// 1): Σ (aᵢ − eᵢ) · ln(aᵢ / eᵢ), with every share raised to kDriftShareFloor. Under 0.1 the
/// distribution is usually called stable, 0.1 to 0.25 a moderate shift, above 0.25 a significant
/// one (Siddiqi 2006, "Credit Risk Scorecards", ch. 8).
double populationStabilityIndex(const std::vector<double> &shares, const std::vector<double> &expected);

/// Everything scoring needs from a run, made once (scoringModel) and then applied to any number of
/// tables or chunks.
struct ScoringModel
{
    FittedTransform transform;
    ClusterModel model;
    int segments = 0;
    std::vector<std::string> names;        ///< per segment (empty when unnamed)
    std::vector<double> trainingShares;    ///< per segment: its share of the run's customers
    /// Per segment: the kDistanceLimitQuantile quantile (linear interpolation) of its training
    /// customers' distances to its centre, as scoring measures them; NaN for an empty segment.
    std::vector<double> distanceLimits;
    std::vector<ScoringColumn> columns;    ///< the source columns, in the order the features first use them
    std::vector<DriftBins> drift;          ///< per entry of `columns`
};

/// The scoring model of `run`, a segmentation of `training` (its rows are rows of the table).
/// The distance limits come from scoring the run's own customers, so that training and new
/// customers are measured alike. `names` are the segments' names (index: segment; may be
/// shorter). Throws seg::Error(InvalidData) when the run's rows are not rows of the table or its
/// columns are missing.
ScoringModel scoringModel(const Table &training, const Segmentation &run, std::vector<std::string> names = {});

/// The types to read the run's columns as in new files: as the run read them, so that codes that
/// look numeric stay categories; whole numbers as reals, so that a decimal where the run saw none
/// is read, not refused.
std::map<std::string, ColumnType> modelColumnTypes(const ScoringModel &model);

/// Checks that `table` (the head of a file to score, say) holds every column the model reads
/// with a type it can read: seg::Error(InvalidData) naming the file, the missing columns (and
/// the unknown columns of the table, which may be their new names) or the column whose type
/// changed, and what was expected.
void checkScoringSchema(const ScoringModel &model, const Table &table);

/// The scores of a table's rows, one entry per row.
struct ScoredRows
{
    Labels segments;                ///< 0..k-1; -1 when a density model puts the row in no segment
    std::vector<double> distances;  ///< to its segment's centre, model space; NaN for no segment
    /// Centre models: the distance to the second-nearest centre minus the distance to its own
    /// (model space; NaN with one segment, for no segment and for other models).
    std::vector<double> margins;
    /// 0..1: a mixture's probability of the segment; for a centre model 1 - d1 / d2 (0 on the
    /// boundary between two segments, 1 at the centre; 1 with one segment); NaN for no segment
    /// and for density models (DBSCAN, HDBSCAN), which have nothing to measure it by.
    std::vector<double> confidences;
    std::vector<std::uint8_t> flags; ///< AnomalyFlag bits
    /// Per row: why it is flagged, "; "-separated; empty when not. English in every language:
    /// the scored file is for other programs.
    std::vector<std::string> reasons;
};

/// Scores every row of `table` (columns as checkScoringSchema requires) with `model`: the run's
/// transform (missing cells take the run's fill values, unseen levels count as its "other"), then
/// its model's assignment (seg::assign). On the run's own customers the segments are the run's
/// labels for the algorithms whose labels are their model's assignment (k-means, mini-batch,
/// Gaussian mixtures). Throws as FittedTransform::apply does, naming the row and column.
ScoredRows scoreRows(const ScoringModel &model, const Table &table);

/// Per-segment counts and the columns behind the flags, summed over scored tables or chunks.
struct ScoringTally
{
    std::size_t rows = 0;
    std::vector<std::size_t> segmentRows; ///< per segment
    std::size_t noSegment = 0;
    std::size_t flagged = 0;
    std::map<std::uint8_t, std::size_t> byFlag; ///< rows with each AnomalyFlag bit
    /// Per categorical column: each unseen level and its rows.
    std::map<std::string, std::map<std::string, std::size_t>> unseenLevels;
    std::map<std::string, std::size_t> outsideRange; ///< per numeric column: rows outside the range
    /// Per entry of ScoringModel::drift, the scored rows in each of its bins.
    std::vector<std::vector<std::size_t>> driftCounts;
    /// Per entry of ScoringModel::drift: the population stability index of the rows added so far.
    std::vector<double> stabilityIndices(const ScoringModel &model) const;

    explicit ScoringTally(int segments = 0) : segmentRows(static_cast<std::size_t>(segments), 0) {}
    void add(const ScoringModel &model, const Table &table, const ScoredRows &scored);
};

/// When scored customers count as drifted from the run's.
struct DriftThresholds
{
    /// A column drifted when its population stability index exceeds this (Siddiqi's
    /// "significant shift").
    double psi = 0.25;
    /// A segment's share moved by more than this (0.05: five points of the customers).
    double share = 0.05;
    /// Fewer scored customers are not judged: an unchanged population of n customers has a PSI
    /// of about (bins - 1) / n on average (the index is nearly chi-square / n).
    std::size_t minRows = 1000;
};

/// Whether the customers tallied have drifted from the run's (segscope score, retrain --if-drift).
struct DriftVerdict
{
    std::vector<double> psi;          ///< per entry of ScoringModel::drift
    std::vector<double> shareChange;  ///< per segment: its share now minus its share in the run
    double largestShareChange = 0.0;  ///< the largest absolute change
    bool judged = false;              ///< enough customers to judge (DriftThresholds::minRows)
    bool retrainRecommended = false;  ///< judged, and a column or a segment beyond its threshold
    /// Each column and segment beyond its threshold, in plain words (listed also when not
    /// judged: they are then chance, as far as anyone can tell).
    std::vector<std::string> reasons;
};

/// The drift of the customers in `tally` against the run of `model` (its segments named by
/// model.names).
DriftVerdict judgeDrift(const ScoringModel &model, const ScoringTally &tally, const DriftThresholds &thresholds = {});

/// How scores are written: comma-separated with a header, or one JSON object per line.
enum class ScoreFormat { Csv, JsonLines };

/// Writes scored rows as they come, chunk by chunk, into `file` (left uncommitted). Each row:
///
///     id,segment,segment_name,distance,margin,confidence,anomaly,anomaly_reason
///
/// id is the `idColumn` cell (the 1-based row number when it is empty); segment -1 and an empty
/// name for a customer in no segment; numbers "%.6g", empty (CSV) or null (JSON) when undefined;
/// anomaly 1 or 0. JSON lines carry the same fields, anomaly as true/false.
class ScoreWriter
{
public:
    ScoreWriter(AtomicFile &file, ScoreFormat format, std::string idColumn, std::vector<std::string> names);
    /// Throws seg::Error(InvalidData) when the id column is not a column of `chunk`, seg::Error(Io)
    /// when the file cannot be written.
    void write(const Table &chunk, const ScoredRows &scored);

private:
    AtomicFile &m_file;
    ScoreFormat m_format;
    std::string m_idColumn;
    std::vector<std::string> m_names;
    std::size_t m_rows = 0;
};

} // namespace seg
