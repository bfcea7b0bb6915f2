#pragma once
// The map file: where each input row lies on the segment map, as `segscope embed --out` writes it.

#include "engine/core/progress.h"
#include "engine/data/table.h"
#include "engine/embed/embedding.h"
#include "engine/io/atomic_file.h"

#include <cstddef>
#include <string>
#include <vector>

namespace seg {

/// Writes one line per row of `table`, in table order, as comma-separated UTF-8 with a header:
///
///     id,x,y
///
/// - id: the cell of `idColumn` (RFC 4180 quoted where needed), or the 1-based row number when
///   `idColumn` is empty (as the assignments file, seg::writeAssignments);
/// - x, y: the map coordinates (printf "%.9g": the map's floats exactly); both empty for
///   a row that is not on the map (dropped by imputation).
///
/// `preparedRows[i]` is the table row of map point i (PreparedData::rows). The lines go into
/// `file`, left uncommitted for the caller (seg::commitTogether). Throws seg::Error(InvalidData)
/// when `idColumn` is not a column of `table`, seg::Error(Io) when writing fails; checks for
/// cancellation between chunks of about 1 MiB.
void writeEmbedding(AtomicFile &file, const Table &table, const std::string &idColumn,
                    const std::vector<std::size_t> &preparedRows, const Embedding &map,
                    const Progress &progress = {});

} // namespace seg
