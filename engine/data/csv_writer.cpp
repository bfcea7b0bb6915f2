#include "engine/data/csv_writer.h"

#include "engine/core/error.h"

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstring>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace seg {

namespace {

std::string systemError(const std::string &what)
{
    return what + ": " + std::strerror(errno);
}

std::string directoryOf(const std::string &path)
{
    const std::size_t slash = path.find_last_of('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

// Numbers in the shortest text that reads back to the same double; whole numbers of Real
// columns keep a ".0" so that the column reads back as real, not integer.
void appendNumber(std::string &out, double value, bool realColumn)
{
    char buf[64];
    if (!realColumn && std::abs(value) <= 9007199254740992.0 && value == std::floor(value)) {
        const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(value));
        out.append(buf, end);
        return;
    }
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
    const std::string_view text(buf, static_cast<std::size_t>(end - buf));
    out += text;
    if (realColumn && text.find_first_of(".en") == std::string_view::npos)
        out += ".0";
}

} // namespace

AtomicFile::AtomicFile(std::string path) : m_path(std::move(path))
{
    std::string pattern = m_path + ".tmp-XXXXXX";
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    const int fd = ::mkstemp(name.data());
    if (fd < 0)
        throw Error(ErrorKind::Io, systemError("cannot create a temporary file in " + directoryOf(m_path)),
                    ErrorLocation {m_path, -1, {}});
    m_tempPath = name.data();
    // mkstemp creates 0600; give the result the permissions of the file it replaces, or 0644.
    struct stat st
    {
    };
    const mode_t mode = ::stat(m_path.c_str(), &st) == 0 ? (st.st_mode & 07777) : 0644;
    ::fchmod(fd, mode);
    m_file = ::fdopen(fd, "wb");
    if (!m_file) {
        const std::string message = systemError("cannot open the temporary file");
        ::close(fd);
        ::unlink(m_tempPath.c_str());
        throw Error(ErrorKind::Io, message, ErrorLocation {m_path, -1, {}});
    }
}

AtomicFile::~AtomicFile()
{
    if (m_file)
        std::fclose(m_file);
    if (!m_committed && !m_tempPath.empty())
        ::unlink(m_tempPath.c_str());
}

void AtomicFile::write(std::string_view bytes)
{
    if (!m_file || m_committed)
        throw Error(ErrorKind::Io, "the file was already committed", ErrorLocation {m_path, -1, {}});
    if (!bytes.empty() && std::fwrite(bytes.data(), 1, bytes.size(), m_file) != bytes.size())
        throw Error(ErrorKind::Io, systemError("cannot write"), ErrorLocation {m_path, -1, {}});
}

void AtomicFile::commit()
{
    if (!m_file || m_committed)
        throw Error(ErrorKind::Io, "the file was already committed", ErrorLocation {m_path, -1, {}});
    // Data must be on disk before the rename makes it visible, or a crash could leave an
    // empty or partial file under the final name.
    std::string failure;
    if (std::fflush(m_file) != 0 || ::fsync(::fileno(m_file)) != 0)
        failure = systemError("cannot write");
    if (std::fclose(m_file) != 0 && failure.empty())
        failure = systemError("cannot write");
    m_file = nullptr;
    if (!failure.empty())
        throw Error(ErrorKind::Io, failure, ErrorLocation {m_path, -1, {}});
    if (::rename(m_tempPath.c_str(), m_path.c_str()) != 0)
        throw Error(ErrorKind::Io, systemError("cannot replace the file"), ErrorLocation {m_path, -1, {}});
    m_committed = true;
    // Make the rename itself durable; a failure here leaves a complete file, so it is not an error.
    const int dir = ::open(directoryOf(m_path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
}

void writeFileAtomically(const std::string &path, std::string_view content)
{
    AtomicFile file(path);
    file.write(content);
    file.commit();
}

void appendCsvField(std::string &out, std::string_view text, char delimiter)
{
    bool quote = !text.empty()
        && (text.front() == ' ' || text.front() == '\t' || text.back() == ' ' || text.back() == '\t');
    for (const char c : text) {
        if (c == delimiter || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out += text;
        return;
    }
    out += '"';
    for (const char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

void writeCsv(const Table &table, const std::string &path)
{
    AtomicFile file(path);
    std::string buffer;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        if (c > 0)
            buffer += ',';
        appendCsvField(buffer, table.columns[c].name);
    }
    buffer += "\r\n";
    for (std::size_t r = 0; r < table.rowCount; ++r) {
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            if (c > 0)
                buffer += ',';
            const Column &column = table.columns[c];
            if (column.isMissing(r))
                continue;
            if (column.type == ColumnType::Integer || column.type == ColumnType::Real)
                appendNumber(buffer, column.numbers[r], column.type == ColumnType::Real);
            else if (column.type == ColumnType::Categorical)
                appendCsvField(buffer, column.levels[static_cast<std::size_t>(column.codes[r])]);
            else if (column.type == ColumnType::Identifier)
                appendCsvField(buffer, column.text[r]);
            else
                appendCsvField(buffer, column.cellText(r));
        }
        buffer += "\r\n";
        if (buffer.size() >= (std::size_t {1} << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
    file.commit();
}

} // namespace seg
