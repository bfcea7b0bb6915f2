#pragma once
// Rows of tables moved between tables: a sample kept while a large file streams past in chunks.

#include "engine/data/table.h"

#include <cstddef>
#include <vector>

namespace seg {

/// The rows `rows` of `table` (indices, in the order given) as a table of their own: the same
/// columns (names, types, roles), source and properties; each row keeps its row number in the
/// source for messages (Table::rowNumber). Categorical codes keep their levels.
Table selectRows(const Table &table, const std::vector<std::size_t> &rows);

/// Appends the rows of `from` to `into`, with their row numbers. An empty `into` (no columns)
/// becomes a copy of `from`. Otherwise the columns must agree in number, name and type, or
/// seg::Error(Usage) names the first that does not; categorical levels are matched by their text
/// (levels new to `into` are added).
void appendRows(Table &into, const Table &from);

} // namespace seg
