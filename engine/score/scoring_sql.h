#pragma once
// One SQL query that scores a warehouse table into the segments of a saved run: the run's fill
// values, transforms, scaling and weights, then its model's assignment, computed where the
// customers live. docs/scoring-sql.md describes the query and what it expects of the table.

#include "engine/score/score.h"

#include <string>
#include <string_view>
#include <vector>

namespace seg {

/// The kind of the project documents (seg::ProjectDocument) that record each query written, for
/// audit: key, the time and a sequence number; data, JSON (version 1): run, dialect, table,
/// id_column, out (the file, or "-" for standard output), query_sha256, exported_at,
/// engine_version.
inline constexpr const char *kSqlExportKind = "sql_export";

enum class SqlDialect { Sqlite, PostgreSql, Spark, BigQuery };

std::string_view toString(SqlDialect dialect);
/// "sqlite", "postgresql" (or "postgres"), "spark", "bigquery"; seg::Error(Usage) listing them
/// otherwise.
SqlDialect parseSqlDialect(std::string_view name);

struct ScoringSqlOptions
{
    SqlDialect dialect = SqlDialect::Sqlite;
    /// The table to score: a name, or dot-separated parts (schema.table, project.dataset.table),
    /// each quoted as the dialect quotes identifiers, so spelled exactly as the warehouse does.
    std::string table;
    std::string idColumn;              ///< the column that identifies a customer (carried to `id`)
    std::vector<std::string> comments; ///< lines for the query's opening comment (what it scores)
};

/// The query that scores every row of options.table with `model`. It returns one row per
/// customer with the columns of segscope score:
///
///     id, segment, segment_name, distance, margin, confidence, anomaly
///
/// equal to seg::scoreRows on the same customers up to floating-point rounding (segments agree
/// except where two segments are within rounding of each other): the same segment, the distance
/// to its centre, the margin to the second-nearest centre and the confidence (a mixture's
/// probability of the segment), and anomaly 1 when scoring would flag the customer (beyond the
/// segment's distance limit, an unseen category, a value outside the run's range; the reasons
/// are left to segscope score). Missing cells are NULL (or '' in SQLite); they take the run's
/// fill values. Nearest-centre models (k-means, mini-batch, Ward, consensus) and Gaussian
/// mixtures can be written; density models (DBSCAN, HDBSCAN) assign by their core points, which
/// one query cannot carry: seg::Error(Usage) says so. seg::Error(Usage) too for an empty table
/// or id column name.
std::string scoringSql(const ScoringModel &model, const ScoringSqlOptions &options);

} // namespace seg
