#pragma once
// CSV output.

#include "engine/data/table.h"
// AtomicFile and writeFileAtomically lived here first; code that includes this header for them
// keeps compiling.
#include "engine/io/atomic_file.h"

#include <string>
#include <string_view>

namespace seg {

/// Appends `text` to `out`, quoted as RFC 4180 requires when it contains the delimiter,
/// a quote, CR/LF or leading/trailing spaces.
void appendCsvField(std::string &out, std::string_view text, char delimiter = ',');

/// Writes a whole table as comma-separated UTF-8 with a header row, atomically (seg::AtomicFile,
/// whose rules for targets apply).
void writeCsv(const Table &table, const std::string &path);

} // namespace seg
