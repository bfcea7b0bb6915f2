#pragma once
// Streaming CSV import: RFC 4180 quoting, UTF-8 (BOM optional), delimiter detection, header row,
// per-column type inference and missing markers. Malformed input throws seg::Error with the
// file, the row and the column. Input may be a file or a stream (see input_file.h); the size of
// a row and the number of columns are bounded (CsvOptions), so no input makes the reader grow
// without limit.

#include "engine/core/progress.h"
#include "engine/data/cell_parsers.h"
#include "engine/data/input_file.h"
#include "engine/data/table.h"

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace seg {

/// The longest record (header included): 64 MiB, so also the longest value.
inline constexpr std::size_t kMaxCsvRecordBytes = std::size_t {64} << 20;
/// The most columns a CSV header may have.
inline constexpr std::size_t kMaxCsvColumns = 100000;

struct CsvOptions
{
    /// The delimiter (',' ';' '\t' '|' or another character that is not a quote or a line break;
    /// ' ' means runs of spaces and tabs, leading and trailing ones ignored), or 0 to detect it:
    /// of ',' ';' tab and '|', the one that splits the header and the first rows into the same
    /// number of fields, the most of them (ties in that order); when none does but runs of spaces
    /// do (at least two fields), spaces; failing that, the most frequent in the header. When
    /// another candidate would have fitted as well, when spaces were chosen and when nothing was
    /// found in a header of several words, Table::warnings says so.
    char delimiter = 0;
    /// Cells equal to one of these (after trimming surrounding spaces) are missing.
    std::vector<std::string> missingMarkers{"", "NA", "N/A", "NaN", "nan", "null", "NULL"};
    /// How slash dates such as 3/4/2024 are read when nothing in their column shows the order
    /// (a column with "31/3/2024" is day first, one with "3/31/2024" month first, whatever this says).
    DayMonthOrder dateOrder = DayMonthOrder::MonthFirst;
    /// Force a type for named columns instead of inferring it.
    std::map<std::string, ColumnType> columnTypes;
    /// Roles the user chose for named columns; the others get the suggested role
    /// (assignColumnRoles, applied by loadTable).
    std::map<std::string, ColumnRole> columnRoles;
    /// The customer id column, if known: read as Identifier and checked for missing and
    /// duplicate values (each an error naming the rows).
    std::string idColumn;
    /// Read at most this many data rows (0 = all); used for previews.
    std::size_t maxRows = 0;
    /// How many offending cells an error lists before "and N more".
    std::size_t maxListedProblems = 5;
    /// A record (one line, or several when a quoted value holds line breaks, its line break
    /// included) longer than this is an error naming its row, column and the limit.
    std::size_t maxRecordBytes = kMaxCsvRecordBytes;
    /// A header with more fields than this is an error.
    std::size_t maxColumns = kMaxCsvColumns;
    /// How readCsv(path) opens the input (streams, named pipes).
    InputOptions input;
};

/// Reads a whole CSV file; `path` may be "-" (standard input) or a stream (input_file.h). Throws
/// seg::Error (Io when the file cannot be read, InvalidData for malformed content: text that is
/// not UTF-8 — UTF-16 and UTF-32 are recognised and named —, a NUL byte, a record or header
/// beyond the limits) and seg::Cancelled. Whitespace-only lines before the header are skipped
/// with a warning; blank lines anywhere are skipped.
Table readCsv(const std::string &path, const CsvOptions &options = {}, const Progress &progress = {});

/// Reads the CSV text of an input already opened (from its first byte).
Table readCsv(InputFile &input, const CsvOptions &options = {}, const Progress &progress = {});

/// Receives the tables of a file read in chunks of rows, one after the other.
using ChunkSink = std::function<void(Table &&chunk)>;

/// Reads the CSV text of `input` (from its first byte) in chunks of `chunkRows` rows (the last
/// one shorter), handing each to onChunk as a table of its own, so that no more than one chunk
/// is ever held: for files too large to read whole. Every column's type must be given in
/// options.columnTypes (or be options.idColumn), else seg::Error(Usage) naming the first that
/// is not: types are not inferred chunk by chunk. Each chunk's rows carry their row numbers in
/// the file (Table::rowNumber). Otherwise as readCsv(): the same checks and errors, except that
/// customer ids are checked for repeats within each chunk only.
void readCsvChunks(InputFile &input, const CsvOptions &options, std::size_t chunkRows, const ChunkSink &onChunk,
                   const Progress &progress = {});

/// Parses CSV text already in memory; `displayName` is used in error messages.
Table parseCsv(std::string_view text, const std::string &displayName, const CsvOptions &options = {},
               const Progress &progress = {});

/// Whether `warning` is the note of a CSV file read as one column because no delimiter was found
/// (in the user's language, as the reader wrote it).
bool isNoDelimiterNote(std::string_view warning);

} // namespace seg
