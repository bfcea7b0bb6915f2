#pragma once
// Streaming CSV import: RFC 4180 quoting, UTF-8 (BOM optional), delimiter detection, header row,
// per-column type inference and missing markers. Malformed input throws seg::Error with the
// file, the row and the column.

#include "engine/core/progress.h"
#include "engine/data/table.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace seg {

struct CsvOptions
{
    /// ',' ';' '\t', or 0 to detect from the header line.
    char delimiter = 0;
    /// Cells equal to one of these (after trimming surrounding spaces) are missing.
    std::vector<std::string> missingMarkers{"", "NA", "N/A", "NaN", "nan", "null", "NULL"};
    /// Force a type for named columns instead of inferring it.
    std::map<std::string, ColumnType> columnTypes;
    /// The customer id column, if known: read as Identifier and checked for missing and
    /// duplicate values (each an error naming the rows).
    std::string idColumn;
    /// Read at most this many data rows (0 = all); used for previews.
    std::size_t maxRows = 0;
    /// How many offending cells an error lists before "and N more".
    std::size_t maxListedProblems = 5;
};

/// Reads a whole CSV file. Throws seg::Error (Io when the file cannot be read,
/// InvalidData for malformed content) and seg::Cancelled.
Table readCsv(const std::string &path, const CsvOptions &options = {}, const Progress &progress = {});

/// Parses CSV text already in memory; `displayName` is used in error messages.
Table parseCsv(std::string_view text, const std::string &displayName, const CsvOptions &options = {},
               const Progress &progress = {});

} // namespace seg
