#pragma once
// How the project file stores table columns and a run's assignments: compact byte encodings,
// compressed with zlib. Numbers that are decimals with few places (what CSV files hold) are stored
// as scaled integers in varints, exactly: a value is stored that way only when dividing the
// integer by the power of ten gives back the same double, bit for bit; anything else is stored
// as the doubles' bytes, byte-plane by byte-plane (the exponents compress well). Format:
// docs/projects.md, "Column encoding".

#include "engine/core/matrix.h"
#include "engine/data/table.h"

#include <cstdint>
#include <string>
#include <vector>

namespace seg {

/// One column as stored: its schema and its compressed cells.
struct EncodedColumn
{
    std::string name;
    ColumnType type = ColumnType::Real;
    ColumnRole role = ColumnRole::Numeric;
    std::string roleReason;
    std::uint64_t rawSize = 0;  ///< bytes of the encoding before compression
    std::uint64_t contentHash = 0; ///< hashBytes of the encoding before compression
    std::string data;           ///< compressed encoding
};

/// zlib level of stored columns and assignments: the fastest, as saves of a million customers
/// must take under two seconds, and the encodings above already remove most redundancy.
constexpr int kProjectCompressionLevel = 1;

EncodedColumn encodeColumn(const Column &column);
/// The column back, with exactly `rowCount` cells. Throws seg::Error(Io) naming `file` and the
/// column when the bytes are damaged: a wrong length, a code beyond the levels, a hash mismatch.
Column decodeColumn(const EncodedColumn &encoded, std::size_t rowCount, const std::string &file);

/// The assignments of a run: the table rows segmented (ascending, each below `rowCount`), a label
/// per row (-1..clusterCount-1) and a score per row (or none).
struct StoredAssignments
{
    std::vector<std::size_t> rows;
    Labels labels;
    std::vector<double> scores;
};
/// Compressed encoding; `rawSize` receives the size before compression.
std::string encodeAssignments(const StoredAssignments &a, std::uint64_t &rawSize);
/// Throws seg::Error(Io) naming `file` and `where` when the bytes are damaged or break the
/// rules above.
StoredAssignments decodeAssignments(std::string_view compressed, std::uint64_t rawSize, std::size_t rowCount,
                                    int clusterCount, const std::string &file, const std::string &where);

} // namespace seg
