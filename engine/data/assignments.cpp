#include "engine/data/assignments.h"

#include "engine/data/csv_writer.h"

#include <cassert>
#include <cstdint>
#include <cmath>
#include <cstdio>

namespace seg {

std::string formatScore(double value)
{
    if (std::isnan(value))
        return {}; // e.g. an outlier set aside: it has no centre to be near
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", value);
    return buf;
}

namespace {

// Large exports are written in pieces of about this size, so memory stays bounded by the
// chunk, not by the file.
constexpr std::size_t kChunkBytes = std::size_t(1) << 20;

std::string header(std::string_view scoreColumn, bool named)
{
    std::string out = "id,segment,";
    out += scoreColumn;
    out += named ? ",segment_name\n" : "\n";
    return out;
}

// The fields after the id: segment, the per-row figure and, when there are names, the segment's name.
void appendAssignment(std::string &out, std::int32_t segment, double score,
                      const std::vector<std::string> &segmentNames)
{
    out += std::to_string(segment);
    out += ',';
    out += formatScore(score);
    if (!segmentNames.empty()) {
        out += ',';
        if (segment >= 0 && static_cast<std::size_t>(segment) < segmentNames.size())
            appendCsvField(out, segmentNames[static_cast<std::size_t>(segment)]);
        else if (segment < 0)
            out += kOutlierName;
    }
}

// The lines of writeAssignments() and writeSegmentScores(): `scoreColumn` names the third column.
void writeRows(AtomicFile &file, const Table &table, const std::string &idColumn,
               const std::vector<std::size_t> &preparedRows, const Labels &labels, const std::vector<double> &scores,
               std::string_view scoreColumn, const std::vector<std::string> &segmentNames, const Progress &progress)
{
    assert(labels.size() == preparedRows.size());
    assert(scores.size() == preparedRows.size());
    const Column *ids = idColumn.empty() ? nullptr : &table.require(idColumn);
    std::vector<std::int64_t> matrixRowOf(table.rowCount, -1);
    for (std::size_t i = 0; i < preparedRows.size(); ++i) {
        assert(preparedRows[i] < table.rowCount);
        matrixRowOf[preparedRows[i]] = static_cast<std::int64_t>(i);
    }
    const bool named = !segmentNames.empty();

    std::string out = header(scoreColumn, named);
    for (std::size_t row = 0; row < table.rowCount; ++row) {
        appendCsvField(out, ids ? ids->cellText(row) : std::to_string(row + 1));
        out += ',';
        if (const std::int64_t m = matrixRowOf[row]; m >= 0)
            appendAssignment(out, labels[static_cast<std::size_t>(m)], scores[static_cast<std::size_t>(m)],
                             segmentNames);
        else
            out += named ? ",," : ",";
        out += '\n';
        if (out.size() > kChunkBytes) {
            progress.check();
            file.write(out);
            out.clear();
            progress.report(static_cast<double>(row + 1) / static_cast<double>(table.rowCount), "writing");
        }
    }
    progress.check();
    file.write(out);
    progress.report(1.0, "writing");
}

} // namespace

void writeAssignments(const std::string &path, const Table &table, const std::string &idColumn,
                      const std::vector<std::size_t> &preparedRows, const Labels &labels,
                      const std::vector<double> &distances, const std::vector<std::string> &segmentNames,
                      const Progress &progress)
{
    // The id column is checked before the file is made, so that a typo costs no temporary file.
    if (!idColumn.empty())
        table.require(idColumn);
    AtomicFile file(path);
    writeAssignments(file, table, idColumn, preparedRows, labels, distances, segmentNames, progress);
    file.commit();
}

void writeAssignments(AtomicFile &file, const Table &table, const std::string &idColumn,
                      const std::vector<std::size_t> &preparedRows, const Labels &labels,
                      const std::vector<double> &distances, const std::vector<std::string> &segmentNames,
                      const Progress &progress)
{
    writeRows(file, table, idColumn, preparedRows, labels, distances, "distance", segmentNames, progress);
}

void writeSegmentScores(AtomicFile &file, const Table &table, const std::string &idColumn,
                        const std::vector<std::size_t> &preparedRows, const Labels &labels,
                        const std::vector<double> &scores, std::string_view scoreColumn, const Progress &progress)
{
    writeRows(file, table, idColumn, preparedRows, labels, scores, scoreColumn, {}, progress);
}

AssignmentWriter::AssignmentWriter(AtomicFile &file, std::string idColumn, std::vector<std::string> segmentNames)
    : m_file(file), m_idColumn(std::move(idColumn)), m_segmentNames(std::move(segmentNames))
{
    m_file.write(header("distance", !m_segmentNames.empty()));
}

void AssignmentWriter::write(const Table &chunk, const Labels &labels, const std::vector<double> &distances)
{
    assert(labels.size() == chunk.rowCount && distances.size() == chunk.rowCount);
    const Column *ids = m_idColumn.empty() ? nullptr : &chunk.require(m_idColumn);
    std::string out;
    for (std::size_t row = 0; row < chunk.rowCount; ++row) {
        appendCsvField(out, ids ? ids->cellText(row) : std::to_string(m_rows + row + 1));
        out += ',';
        appendAssignment(out, labels[row], distances[row], m_segmentNames);
        out += '\n';
        if (out.size() > kChunkBytes) {
            m_file.write(out);
            out.clear();
        }
    }
    m_file.write(out);
    m_rows += chunk.rowCount;
}

} // namespace seg
