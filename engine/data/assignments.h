#pragma once
// The assignments file: which segment each input row belongs to, as the CLI (`segscope cluster
// --out`) and the GUI (File › Export segments…) write it.

#include "engine/core/matrix.h"
#include "engine/core/progress.h"
#include "engine/data/table.h"
#include "engine/io/atomic_file.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace seg {

/// The kind of the project documents that record an export of a run's assignments (segscope
/// export): data, JSON with the run, where it went, the customers, the time and the engine
/// version.
inline constexpr const char *kAssignmentsExportKind = "assignments_export";

/// A distance or score as the assignment and score files write it: printf "%.6g", empty for NaN
/// (a customer set aside, or a figure that is undefined for it).
std::string formatScore(double value);

/// The segment_name of a customer set aside as an outlier (segment -1).
inline constexpr const char *kOutlierName = "outlier";

/// Writes one line per row of `table`, in table order, as comma-separated UTF-8 with a header:
///
///     id,segment,distance[,segment_name]
///
/// - id: the cell of `idColumn` (RFC 4180 quoted where needed), or the 1-based row number when
///   `idColumn` is empty;
/// - segment: the 0-based segment of the row; -1 for a customer set aside as an outlier;
/// - distance: Euclidean distance to the segment's centroid in the prepared feature space
///   (printf "%.6g"); empty for an outlier (a NaN distance);
/// - segment_name: only when `segmentNames` is non-empty; the name of the segment by segment id,
///   empty for segments beyond the end of the list, kOutlierName for an outlier.
///
/// `preparedRows[i]` is the table row of matrix row i (PreparedData::rows); `labels` and
/// `distances` are per matrix row. Rows of the table that are not in `preparedRows` (dropped
/// by imputation) keep their id and have every other field empty.
///
/// The file is written atomically (seg::AtomicFile, whose rules for targets apply): on any error
/// `path` is untouched and no temporary file is left behind. Throws seg::Error(Io) naming the
/// file when it cannot be written, seg::Error(InvalidData) when `idColumn` is not a column of
/// `table`. `progress` gets
/// the fraction of rows written and is checked between chunks of about 1 MiB; a cancel throws
/// seg::Cancelled and leaves `path` untouched, like an error.
void writeAssignments(const std::string &path, const Table &table, const std::string &idColumn,
                      const std::vector<std::size_t> &preparedRows, const Labels &labels,
                      const std::vector<double> &distances, const std::vector<std::string> &segmentNames = {},
                      const Progress &progress = {});

/// The same lines into `file`, which is left uncommitted: the caller commits it, alone or
/// together with other outputs (seg::commitTogether). Errors and cancels throw as above; the
/// caller's AtomicFile then discards what was written when it is destroyed.
void writeAssignments(AtomicFile &file, const Table &table, const std::string &idColumn,
                      const std::vector<std::size_t> &preparedRows, const Labels &labels,
                      const std::vector<double> &distances, const std::vector<std::string> &segmentNames = {},
                      const Progress &progress = {});

/// The same lines for a table read in chunks (readCsvChunks), written as the chunks come: the
/// header when made, then each chunk's rows, every one of them clustered. Ids are the id
/// column's cells, or row numbers counted across chunks. The file is left uncommitted.
class AssignmentWriter
{
public:
    AssignmentWriter(AtomicFile &file, std::string idColumn, std::vector<std::string> segmentNames = {});
    /// Lines for the rows of `chunk`; `labels` and `distances` are per row of the chunk. Throws
    /// seg::Error(InvalidData) when the id column is not a column of the chunk, seg::Error(Io)
    /// when the file cannot be written.
    void write(const Table &chunk, const Labels &labels, const std::vector<double> &distances);

private:
    AtomicFile &m_file;
    std::string m_idColumn;
    std::vector<std::string> m_segmentNames;
    std::size_t m_rows = 0;
};

/// The same lines with another per-row figure in the third column, named `scoreColumn`
/// (id,segment,SCORE; "%.6g", empty when NaN), into `file`, left uncommitted: e.g. each customer's
/// agreement under consensus clustering (segscope consensus --out).
void writeSegmentScores(AtomicFile &file, const Table &table, const std::string &idColumn,
                        const std::vector<std::size_t> &preparedRows, const Labels &labels,
                        const std::vector<double> &scores, std::string_view scoreColumn,
                        const Progress &progress = {});

} // namespace seg
