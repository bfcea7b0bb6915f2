#pragma once
// Which columns take part in clustering, grouped the way a marketer thinks about them
// (engagement, purchasing, ...), and how each is cleaned and scaled.

#include "engine/data/table.h"
#include "engine/data/type_inference.h" // looksNumericWithText

#include <string>
#include <string_view>
#include <vector>

namespace seg {

enum class Transform { None, Log1p, Winsorize };
enum class Scaling { ZScore, Robust, MinMax, None };
enum class Imputation { Median, Mean, Mode, Drop };

std::string_view toString(Transform t);
std::string_view toString(Scaling s);
std::string_view toString(Imputation i);
/// Parse the names above ("log1p", "zscore", "median", ...); throw seg::Error(Usage) naming
/// the accepted values otherwise.
Transform parseTransform(std::string_view name);
Scaling parseScaling(std::string_view name);
Imputation parseImputation(std::string_view name);

/// Group and column weights lie in [kMinWeight, kMaxWeight] (a feature's weight is their
/// product, so 1e-6 to 1e6): enough to silence or stress a feature a million-fold, and small
/// enough that weighted values stay far from overflow and underflow (docs/feature-spec.md).
constexpr double kMinWeight = 1e-3;
constexpr double kMaxWeight = 1e3;
/// kMinWeight <= weight <= kMaxWeight (false for NaN).
bool isValidWeight(double weight);
/// A weight for a message, as written and in the user's locale: "1e+308", "0.5" ("0,5" in German).
std::string weightText(double weight);
/// "a weight is a number from 0.001 to 1000".
std::string weightRangeText();

struct FeatureColumn
{
    std::string column;
    Transform transform = Transform::None;
    double weight = 1.0; ///< multiplies the scaled feature (and so its share of the distance)

    bool operator==(const FeatureColumn &) const = default;
};

struct FeatureGroup
{
    std::string name;
    double weight = 1.0; ///< multiplies every feature of the group
    bool enabled = true;
    std::vector<FeatureColumn> columns;

    bool operator==(const FeatureGroup &) const = default;
};

struct FeatureSpec
{
    std::vector<FeatureGroup> groups;
    Scaling scaling = Scaling::ZScore;
    Imputation imputation = Imputation::Median;
    /// Categorical columns get one 0/1 feature per level; levels beyond the most frequent
    /// `maxOneHotLevels` are pooled into "other".
    int maxOneHotLevels = 12;
    /// Quantiles a Winsorize transform clips to.
    double winsorizeLower = 0.01;
    double winsorizeUpper = 0.99;

    /// All enabled columns, in group order.
    std::vector<std::string> enabledColumns() const;
    /// Why no column is selected ("the feature spec has no groups", "every group ... is
    /// disabled", ...), or an empty string when an enabled group lists a column.
    std::string emptySelectionReason() const;

    /// Every field, group names included (the fitted features record their group), so equal
    /// specs prepare identical data: the engine thread caches prepared data on it.
    bool operator==(const FeatureSpec &) const = default;
};

/// A spec with every column of `table` whose role is a feature role (isFeatureRole: numeric,
/// categorical, value, date), except those named in `exclude` and columns with no value at all.
/// The role decides (Column::role, set by assignColumnRoles when the table is loaded; a table
/// whose roles were never assigned, Column::roleReason empty, takes the suggested roles).
/// Groups are suggested from the column names (engagement, purchasing, recency & loyalty,
/// channels, profile, other; suggestGroup): value columns go to purchasing, dates nothing else
/// claims to recency & loyalty, categoricals to profile. Integer and real columns with
/// min >= 0 and skewness g1 > 2 (population moments) get log1p. Groups come in the order listed
/// above, columns in table order.
FeatureSpec suggestFeatureSpec(const Table &table, const std::vector<std::string> &exclude = {});

/// Why suggestFeatureSpec leaves a column out: its role, or the caller's choice.
enum class LeftOutReason {
    Excluded, ///< named in `exclude`
    Id,       ///< its role is id: a key ("id", "*_id", "InvoiceNo", or chosen)
    Label,    ///< its role is label: known segments
    Personal, ///< its role is personal data
    Ignored,  ///< its role is ignored: free text, keys, codes with too many values, or chosen
    NoValues, ///< every cell is missing
};
struct LeftOutColumn
{
    std::string column;
    LeftOutReason reason;
    std::string detail; ///< why the column has its role (Column::roleReason; "chosen" for a choice)
};
/// The columns suggestFeatureSpec(table, exclude) leaves out, in table order, each with the first
/// reason that applies in the order above; so that a front end can say why nothing is left.
std::vector<LeftOutColumn> leftOutColumns(const Table &table, const std::vector<std::string> &exclude = {});

/// A spec of exactly `columns`, in one group per suggested group name (groups in order of first
/// appearance, no transforms). Throws seg::Error(InvalidData) listing unknown names and the
/// available columns, or naming an Identifier column; seg::Error(Usage) when `columns` is empty.
FeatureSpec featureSpecForColumns(const Table &table, const std::vector<std::string> &columns);

/// `spec` followed by every other usable column of `table` (suggestFeatureSpec, skipping
/// `exclude` and the columns `spec` names), each in its suggested group: the spec's group of
/// that name when it has one, a new group after the spec's otherwise. What a user can choose
/// from, with their choice first.
FeatureSpec withSuggestedColumns(const Table &table, const FeatureSpec &spec, const std::vector<std::string> &exclude);


/// The suggested group for a column name ("engagement", "purchasing", ...).
std::string suggestGroup(std::string_view columnName);
/// The suggested group for a column: purchasing for a value (money) column, whatever its name
/// ("Fresh", "Milk"); else by name and then by type where the name says nothing: dates (sign-up,
/// first order) describe recency & loyalty, categoricals describe the profile.
std::string suggestGroup(const Column &column);

/// JSON form:
/// { "scaling": "zscore", "imputation": "median", "max_one_hot_levels": 12,
///   "winsorize": [0.01, 0.99],
///   "groups": [ { "name": "engagement", "weight": 1.0, "enabled": true,
///                 "columns": [ "sessions", { "column": "revenue", "transform": "log1p", "weight": 2 } ] } ] }
/// Every key but "groups" is optional. Throws seg::Error(InvalidData) naming `displayName`
/// and the offending key (e.g. "groups[0].columns[1].transform"); unknown keys, a key given twice
/// in one object (with its line and column), weights outside [kMinWeight, kMaxWeight] and columns
/// listed twice are errors. Syntax errors carry nlohmann's "line L, column C" (parseStrictJson).
/// readFeatureSpecFile throws seg::Error(Io) when the file cannot be read. Format: docs/feature-spec.md.
FeatureSpec parseFeatureSpec(std::string_view json, const std::string &displayName);
FeatureSpec readFeatureSpecFile(const std::string &path);
std::string toJson(const FeatureSpec &spec);

} // namespace seg
