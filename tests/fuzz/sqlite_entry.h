#pragma once
// Fuzz entry of the SQLite reader (seg::listSqliteTables, seg::readSqliteTable); see
// fuzz_support.h.

#include <cstddef>
#include <cstdint>

namespace seg::fuzz {

/// Writes the bytes to a scratch file and reads it as an SQLite database: every table and view
/// listed, each with the default options but at most 10,000 rows (a view can be endless);
/// checkTable on every accepted table.
void runSqlite(const std::uint8_t *data, std::size_t size);

} // namespace seg::fuzz
