#pragma once
// Retraining a segmentation on new customers: refit the run's spec and options on them, judge
// the refit against the model in production on those same customers, and carry the segments'
// identities (names, personas, colours follow the keys) over to the segments they continue.
//
// The current model is judged where it will be used: its assignment of the new customers
// (seg::scoreRows) is scored in the refit's model space, so both segmentations are measured on
// the same points. A refit replaces it only when it is as well separated (silhouette within a
// tolerance), stable across seeds, and has no segment below a minimum share; otherwise the
// current model is kept, or, when asked, a simpler default segmentation is tried under the same
// rules. docs/retraining.md has the rules and their defaults.

#include "engine/core/progress.h"
#include "engine/eval/run_comparison.h"
#include "engine/pipeline/pipeline.h"
#include "engine/score/score.h"

#include <cstddef>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace seg {

/// The kind of the project documents that record a retraining (segscope retrain): data, its
/// summary as JSON (docs/retraining.md), in the project retrained and in its successor.
inline constexpr const char *kRetrainRecordKind = "retrain";

struct RetrainOptions
{
    /// The refit may separate the customers this much less well (silhouette) than the current
    /// model and still replace it: a small loss buys segments fitted to today's customers.
    double silhouetteTolerance = 0.02;
    /// The least mean adjusted Rand index between the refit and refits with other seeds.
    double minStability = 0.8;
    int stabilityRuns = 3;
    /// The least share of the customers in every segment of the refit.
    double minSegmentShare = 0.02;
    /// When the refit fails the rules: try k-means with its defaults (same spec, same number of
    /// segments, same seed) under the same rules before keeping the current model. Not tried when
    /// the run is that segmentation already (the refit was it).
    bool fallback = false;
    /// Rows the silhouettes are computed on (seeded sample; 0: every row).
    std::size_t silhouetteSample = 10000;
};

/// One segmentation judged on the new customers.
struct RetrainCheck
{
    std::string name; ///< "current", "refit" or "fallback"
    double silhouette = std::numeric_limits<double>::quiet_NaN();
    double stability = std::numeric_limits<double>::quiet_NaN(); ///< NaN for the current model (not refitted)
    double smallestShare = std::numeric_limits<double>::quiet_NaN();
    int segments = 0;
    /// The rules it breaks, in plain words; empty when it passes (the current model has none).
    std::vector<std::string> failures;
};

enum class RetrainVerdict {
    Replaced, ///< the refit passes and replaces the current model
    FellBack, ///< the refit failed; the default segmentation passes and replaces it
    Kept,     ///< nothing passed: the current model stays
};
/// "replaced", "fell_back", "kept".
const char *toString(RetrainVerdict verdict);

struct RetrainResult
{
    RetrainVerdict verdict = RetrainVerdict::Kept;
    /// The new segmentation of the table (Replaced, FellBack); empty when Kept.
    std::optional<Segmentation> segmentation;
    /// Its segments' stable keys: a segment that continues a current one keeps its key, a new
    /// one takes a key no current segment or reserved key uses.
    std::vector<int> segmentKeys;
    /// Its metrics on the table: silhouette, davies_bouldin, calinski_harabasz.
    std::map<std::string, double> metrics;
    /// The current model's segments (A) against the new ones (B) on the same customers: which
    /// stayed, split, merged, retired (gone) or appeared (new). Empty when Kept.
    RunComparison changes;
    RetrainCheck current;
    RetrainCheck refit;
    std::optional<RetrainCheck> fallback;
};

/// Retrains `current` (a run's segmentation, whose scoring model is `model` and whose segments
/// have the keys `currentKeys`, index: segment) on the customers of `table`, which holds the
/// columns the run reads with the types it read them as. `reservedKeys` are segment keys a new
/// segment must not take (keys the user named). Throws seg::Error as prepare() and fit() do (a
/// column missing or unusable, too few customers), naming the column; seg::Cancelled when
/// cancelled.
RetrainResult retrain(const Table &table, const Segmentation &current, const std::vector<int> &currentKeys,
                      const ScoringModel &model, const std::vector<int> &reservedKeys,
                      const RetrainOptions &options = {}, const Progress &progress = {});

} // namespace seg
