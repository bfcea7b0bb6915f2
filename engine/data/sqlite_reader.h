#pragma once
// Import of one table (or view) from an SQLite database, with the same type inference,
// missing-value handling and id checks as the CSV reader.

#include "engine/core/progress.h"
#include "engine/data/csv_reader.h"
#include "engine/data/table.h"

#include <string>
#include <vector>

namespace seg {

/// Names of the tables and views in the database, sorted. Throws seg::Error(Io) when the file
/// is missing or not an SQLite database.
std::vector<std::string> listSqliteTables(const std::string &path);

/// Reads table `table` (delimiter and maxRows/columnTypes/idColumn/missingMarkers of `options`
/// apply as for CSV). Throws seg::Error naming the file and the table, and seg::Cancelled when
/// `progress` is cancelled, also while SQLite computes a long (or endless, recursive) view.
/// With maxRows, no more than maxRows rows of the table or view are ever computed.
Table readSqliteTable(const std::string &path, const std::string &table, const CsvOptions &options = {},
                      const Progress &progress = {});

/// Reads table `table` in chunks of `chunkRows` rows, as readCsvChunks() reads a CSV file: every
/// column's type must be given in options.columnTypes, each chunk goes to onChunk as a table of
/// its own, with the rows' numbers in the table (1-based). Errors as readSqliteTable().
void readSqliteChunks(const std::string &path, const std::string &table, const CsvOptions &options,
                      std::size_t chunkRows, const ChunkSink &onChunk, const Progress &progress = {});

/// True when the file starts with the SQLite header ("SQLite format 3\0").
bool isSqliteFile(const std::string &path);

} // namespace seg
