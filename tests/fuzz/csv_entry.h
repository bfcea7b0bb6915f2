#pragma once
// Fuzz entry of the CSV reader and its type inference (seg::parseCsv); see fuzz_support.h.

#include <cstddef>
#include <cstdint>

namespace seg::fuzz {

/// Parses the bytes as CSV twice: with the default options (delimiter detected, every type
/// inferred), then the bytes after the first with options chosen by the first byte (delimiter,
/// id column, forced column type, row limit, missing markers). Checks every accepted table
/// (checkTable) and what the options promise: the id column is an Identifier with no missing
/// cell, a forced type is kept, at most maxRows rows.
void runCsv(const std::uint8_t *data, std::size_t size);

} // namespace seg::fuzz
