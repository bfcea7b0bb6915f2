#pragma once
// Writing files atomically, and CSV output.

#include "engine/data/table.h"

#include <cstdio>
#include <string>
#include <string_view>

namespace seg {

/// A file written atomically: bytes go to a temporary file beside `path`, which replaces
/// `path` only in commit() (after flush + fsync). If the object is destroyed without commit()
/// — an exception, a cancel — the temporary file is removed and `path` is untouched.
/// Throws seg::Error(Io) naming the file on any failure.
class AtomicFile
{
public:
    explicit AtomicFile(std::string path);
    ~AtomicFile();
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    void write(std::string_view bytes);
    void commit();
    const std::string &path() const { return m_path; }

private:
    std::string m_path;
    std::string m_tempPath;
    std::FILE *m_file = nullptr;
    bool m_committed = false;
};

/// Writes `content` to `path` atomically.
void writeFileAtomically(const std::string &path, std::string_view content);

/// Appends `text` to `out`, quoted as RFC 4180 requires when it contains the delimiter,
/// a quote, CR/LF or leading/trailing spaces.
void appendCsvField(std::string &out, std::string_view text, char delimiter = ',');

/// Writes a whole table as comma-separated UTF-8 with a header row, atomically.
void writeCsv(const Table &table, const std::string &path);

} // namespace seg
