#pragma once
// Fuzz entry of the one loader front ends call (seg::loadTable): the choice between CSV and
// SQLite by the file's header, and reading a CSV from a file; see fuzz_support.h.

#include <cstddef>
#include <cstdint>

namespace seg::fuzz {

/// Writes the bytes to a scratch file and loads it with no table name and at most 10,000 rows
/// (checkTable when accepted).
void runLoader(const std::uint8_t *data, std::size_t size);

} // namespace seg::fuzz
