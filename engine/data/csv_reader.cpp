#include "engine/data/csv_reader.h"

#include "engine/core/error.h"
#include "engine/data/table_builder.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace seg {

namespace {

// Input is read in blocks of this size; a record longer than a block doubles the buffer.
constexpr std::size_t kBlockSize = std::size_t {4} << 20;

// The tokenizer reads its input twice at most (see TableBuilder::replayRows), so input comes
// from a rewindable source rather than a one-shot stream.
class Source
{
public:
    virtual ~Source() = default;
    /// Fills dst with up to n bytes; fewer only at the end of the input.
    virtual std::size_t read(char *dst, std::size_t n) = 0;
    virtual void rewind() = 0;
    virtual std::uint64_t size() const = 0;
};

class FileSource final : public Source
{
public:
    explicit FileSource(const std::string &path) : m_path(path)
    {
        m_fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (m_fd < 0)
            throw Error(ErrorKind::Io, std::string("cannot open the file: ") + std::strerror(errno),
                        ErrorLocation {path, -1, {}});
        struct stat st
        {
        };
        if (::fstat(m_fd, &st) != 0 || S_ISDIR(st.st_mode)) {
            ::close(m_fd);
            throw Error(ErrorKind::Io, "cannot read the file: it is a folder", ErrorLocation {path, -1, {}});
        }
        m_size = static_cast<std::uint64_t>(st.st_size);
        ::posix_fadvise(m_fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    }
    ~FileSource() override { ::close(m_fd); }
    FileSource(const FileSource &) = delete;
    FileSource &operator=(const FileSource &) = delete;

    std::size_t read(char *dst, std::size_t n) override
    {
        std::size_t done = 0;
        while (done < n) {
            const ssize_t got = ::read(m_fd, dst + done, n - done);
            if (got == 0)
                break;
            if (got < 0) {
                if (errno == EINTR)
                    continue;
                throw Error(ErrorKind::Io, std::string("cannot read the file: ") + std::strerror(errno),
                            ErrorLocation {m_path, -1, {}});
            }
            done += static_cast<std::size_t>(got);
        }
        return done;
    }
    void rewind() override
    {
        if (::lseek(m_fd, 0, SEEK_SET) != 0)
            throw Error(ErrorKind::Io, std::string("cannot read the file again: ") + std::strerror(errno),
                        ErrorLocation {m_path, -1, {}});
    }
    std::uint64_t size() const override { return m_size; }

private:
    std::string m_path;
    int m_fd = -1;
    std::uint64_t m_size = 0;
};

class MemorySource final : public Source
{
public:
    explicit MemorySource(std::string_view text) : m_text(text) { }
    std::size_t read(char *dst, std::size_t n) override
    {
        const std::size_t count = std::min(n, m_text.size() - m_pos);
        std::memcpy(dst, m_text.data() + m_pos, count);
        m_pos += count;
        return count;
    }
    void rewind() override { m_pos = 0; }
    std::uint64_t size() const override { return m_text.size(); }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
};

bool hasNonAscii(const char *p, std::size_t n)
{
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        std::uint64_t word;
        std::memcpy(&word, p + i, 8);
        if (word & 0x8080808080808080ULL)
            return true;
    }
    for (; i < n; ++i)
        if (static_cast<unsigned char>(p[i]) & 0x80)
            return true;
    return false;
}

std::string delimiterName(char d)
{
    if (d == '\t')
        return "tab";
    return std::string("'") + d + "'";
}

std::string columnNumber(std::size_t index)
{
    std::string letters;
    std::size_t n = index + 1;
    while (n > 0) {
        letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
        n = (n - 1) / 26;
    }
    return "column " + std::to_string(index + 1) + " (" + letters + ")";
}

// RFC 4180 tokenizer over blocks of a Source. Fields are views into the block buffer, valid
// until the callback returns; quoted fields with doubled quotes are unescaped in place.
class Tokenizer
{
public:
    Tokenizer(Source &source, std::string name, char delimiter, const Progress &progress)
        : m_source(source), m_name(std::move(name)), m_progress(progress), m_buf(kBlockSize)
    {
        m_source.rewind();
        refill();
        const auto *u = reinterpret_cast<const unsigned char *>(m_buf.data());
        if (m_end >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
            m_pos = 3;
        else if (m_end >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF)))
            throw Error(ErrorKind::InvalidData,
                        "the file is UTF-16 encoded; save it as UTF-8 (for example \"CSV UTF-8\" in a "
                        "spreadsheet program)",
                        ErrorLocation {m_name, -1, {}});
        if (delimiter == '"' || delimiter == '\r' || delimiter == '\n')
            throw Error(ErrorKind::Usage, "the delimiter cannot be a quote or a line break",
                        ErrorLocation {m_name, -1, {}});
        m_delimiter = delimiter != 0 ? delimiter : detectDelimiter();
        m_special[static_cast<unsigned char>(m_delimiter)] = true;
        m_special[static_cast<unsigned char>('\r')] = true;
        m_special[static_cast<unsigned char>('\n')] = true;
    }

    char delimiter() const { return m_delimiter; }
    void setColumnNames(const std::vector<std::string> *names) { m_names = names; }
    std::uint64_t bytesConsumed() const { return m_bufOffset + m_pos; }

    /// Calls onRecord(fields, row) for each record, blank lines excepted, until it returns false.
    /// `row` counts records from 1 (the header) as a spreadsheet numbers them.
    template<typename OnRecord> void run(OnRecord &&onRecord)
    {
        for (;;) {
            if (m_pos >= m_end) {
                if (m_eof)
                    return;
                refill();
                continue;
            }
            std::size_t next = 0;
            std::int64_t lines = 0;
            if (!scanRecord(next, lines)) {
                refill();
                continue;
            }
            const std::int64_t row = ++m_row;
            const bool blank
                = m_spans.size() == 1 && !m_spans[0].quoted && m_spans[0].begin == m_spans[0].end;
            if (!blank) {
                m_fields.resize(m_spans.size());
                for (std::size_t i = 0; i < m_spans.size(); ++i)
                    m_fields[i] = fieldView(m_spans[i], i, row);
            }
            m_pos = next;
            m_line += lines;
            if (!blank && !onRecord(m_fields, row))
                return;
        }
    }

private:
    struct Span
    {
        std::size_t begin;
        std::size_t end;
        bool quoted;
        bool escaped;
    };

    std::string columnLabel(std::size_t index) const
    {
        if (m_names && index < m_names->size())
            return (*m_names)[index];
        return {};
    }

    [[noreturn]] void fail(std::int64_t row, std::size_t field, const std::string &detail) const
    {
        std::string column = columnLabel(field);
        std::string where = column.empty() ? columnNumber(field) + ": " : std::string();
        throw Error(ErrorKind::InvalidData, where + detail, ErrorLocation {m_name, row, column});
    }

    void refill()
    {
        m_progress.check();
        if (m_pos > 0) {
            std::memmove(m_buf.data(), m_buf.data() + m_pos, m_end - m_pos);
            m_bufOffset += m_pos;
            m_end -= m_pos;
            m_pos = 0;
        }
        if (m_end == m_buf.size())
            m_buf.resize(m_buf.size() * 2); // one record is longer than the buffer
        const std::size_t want = m_buf.size() - m_end;
        const std::size_t got = m_source.read(m_buf.data() + m_end, want);
        m_end += got;
        m_eof = got < want;
        m_nonAscii = hasNonAscii(m_buf.data(), m_end);
        const std::uint64_t total = m_source.size();
        if (total > 0)
            m_progress.report(
                std::min(1.0, static_cast<double>(m_bufOffset + m_end) / static_cast<double>(total)),
                "reading");
    }

    // Counts candidate delimiters outside quotes on the header line; the most frequent wins,
    // ties go to ',' then ';' then tab, and a line without any means one column (',').
    char detectDelimiter() const
    {
        std::size_t comma = 0, semicolon = 0, tab = 0;
        bool inQuotes = false;
        for (std::size_t i = m_pos; i < m_end; ++i) {
            const char c = m_buf[i];
            if (c == '"')
                inQuotes = !inQuotes;
            else if (!inQuotes && (c == '\n' || c == '\r'))
                break;
            else if (!inQuotes && c == ',')
                ++comma;
            else if (!inQuotes && c == ';')
                ++semicolon;
            else if (!inQuotes && c == '\t')
                ++tab;
        }
        if (semicolon > comma && semicolon >= tab)
            return ';';
        if (tab > comma && tab > semicolon)
            return '\t';
        return ',';
    }

    // Finds the fields of the record at m_pos. Returns false when the buffer ends before the
    // record does (more input is needed); nothing is modified in that case.
    bool scanRecord(std::size_t &next, std::int64_t &lines)
    {
        m_spans.clear();
        const char *b = m_buf.data();
        const std::size_t end = m_end;
        const char delim = m_delimiter;
        std::size_t p = m_pos;
        lines = 0;
        for (;;) {
            Span f {p, p, false, false};
            if (p < end && b[p] == '"') {
                std::size_t q = p + 1;
                for (;;) {
                    const void *hit = std::memchr(b + q, '"', end - q);
                    if (!hit) {
                        if (!m_eof)
                            return false;
                        fail(m_row + 1, m_spans.size(),
                             "the quoted value that starts on line " + std::to_string(m_line + lines)
                                 + " is never closed; a closing double quote is missing");
                    }
                    const auto h = static_cast<std::size_t>(static_cast<const char *>(hit) - b);
                    if (h + 1 >= end && !m_eof)
                        return false; // cannot tell a closing quote from a doubled one yet
                    if (h + 1 < end && b[h + 1] == '"') {
                        f.escaped = true;
                        q = h + 2;
                        continue;
                    }
                    f = {p + 1, h, true, f.escaped};
                    lines += std::count(b + p + 1, b + h, '\n');
                    p = h + 1;
                    break;
                }
                while (p < end && (b[p] == ' ' || (b[p] == '\t' && delim != '\t')))
                    ++p;
                if (p < end && b[p] != delim && b[p] != '\r' && b[p] != '\n')
                    fail(m_row + 1, m_spans.size(),
                         "unexpected text after a closing quote (byte offset "
                             + std::to_string(m_bufOffset + p)
                             + "); a double quote inside a quoted value must be doubled (\"\")");
            } else {
                std::size_t q = p;
                while (q < end && !m_special[static_cast<unsigned char>(b[q])])
                    ++q;
                f.end = q;
                p = q;
            }
            m_spans.push_back(f);
            if (p >= end) {
                if (!m_eof)
                    return false;
                next = end;
                return true;
            }
            const char c = b[p];
            if (c == delim) {
                ++p;
                continue;
            }
            ++lines;
            if (c == '\n') {
                next = p + 1;
                return true;
            }
            // '\r': CRLF, or a lone CR as old Mac files end lines.
            if (p + 1 < end) {
                next = b[p + 1] == '\n' ? p + 2 : p + 1;
                return true;
            }
            if (!m_eof)
                return false;
            next = p + 1;
            return true;
        }
    }

    std::string_view fieldView(const Span &s, std::size_t index, std::int64_t row)
    {
        char *b = m_buf.data();
        if (m_nonAscii) {
            const auto *u = reinterpret_cast<const unsigned char *>(b + s.begin);
            const std::size_t bad = findInvalidUtf8(u, s.end - s.begin);
            if (bad < s.end - s.begin) {
                char hex[8];
                std::snprintf(hex, sizeof hex, "0x%02X", u[bad]);
                fail(row, index,
                     "invalid UTF-8 at byte offset " + std::to_string(m_bufOffset + s.begin + bad) + " (byte "
                         + hex + "); save the file as UTF-8 (it may be Latin-1 or Windows-1252)");
            }
        }
        if (!s.escaped)
            return {b + s.begin, s.end - s.begin};
        std::size_t out = s.begin;
        for (std::size_t i = s.begin; i < s.end; ++i) {
            b[out++] = b[i];
            if (b[i] == '"')
                ++i; // skip the second quote of a doubled pair
        }
        return {b + s.begin, out - s.begin};
    }

    Source &m_source;
    std::string m_name;
    Progress m_progress;
    std::vector<char> m_buf;
    std::size_t m_pos = 0;
    std::size_t m_end = 0;
    std::uint64_t m_bufOffset = 0; // input offset of m_buf[0]
    bool m_eof = false;
    bool m_nonAscii = false;
    char m_delimiter = ',';
    bool m_special[256] = {};
    std::int64_t m_row = 0; // rows (records, blank lines included) completed so far
    std::int64_t m_line = 1; // physical line where the next record starts
    std::vector<Span> m_spans;
    std::vector<std::string_view> m_fields;
    const std::vector<std::string> *m_names = nullptr;
};

Table readTable(Source &source, const std::string &name, const CsvOptions &options, const Progress &progress)
{
    const Progress firstPass = progress.sub(0.0, 0.9);
    Tokenizer tokenizer(source, name, options.delimiter, firstPass);
    std::vector<std::string> names;
    std::unique_ptr<TableBuilder> builder;
    std::size_t rows = 0;
    const char delimiter = tokenizer.delimiter();

    tokenizer.run([&](const std::vector<std::string_view> &fields, std::int64_t row) {
        if (!builder) {
            names.assign(fields.begin(), fields.end());
            tokenizer.setColumnNames(&names);
            // The builder reads decimal commas only when commas are not the delimiter.
            CsvOptions detected = options;
            detected.delimiter = delimiter;
            builder = std::make_unique<TableBuilder>(name, names, detected, row);
            return true;
        }
        if (fields.size() != names.size()) {
            std::string detail = "the row has " + std::to_string(fields.size())
                + (fields.size() == 1 ? " field" : " fields") + ", but the header has "
                + std::to_string(names.size());
            if (fields.size() > names.size())
                detail += "; a value that contains the delimiter " + delimiterName(delimiter)
                    + " must be enclosed in double quotes";
            else
                detail += "; check for a missing delimiter or a line break inside an unquoted value";
            throw Error(ErrorKind::InvalidData, detail, ErrorLocation {name, row, {}});
        }
        builder->addRow(fields.data(), row);
        ++rows;
        // Size the column buffers once from the first rows instead of growing them repeatedly.
        if (rows == 1000) {
            const double perRow = static_cast<double>(tokenizer.bytesConsumed()) / 1001.0;
            auto estimate = static_cast<std::size_t>(static_cast<double>(source.size()) / perRow * 1.02) + 16;
            if (options.maxRows > 0)
                estimate = std::min(estimate, options.maxRows);
            builder->reserve(estimate);
        }
        return options.maxRows == 0 || rows < options.maxRows;
    });

    if (!builder)
        throw Error(ErrorKind::InvalidData, "the file is empty; expected a header row and data rows",
                    ErrorLocation {name, -1, {}});
    if (rows == 0)
        throw Error(ErrorKind::InvalidData, "the file has a header row but no data rows",
                    ErrorLocation {name, -1, {}});

    if (const std::size_t replay = builder->replayRows(); replay > 0) {
        // Columns that turned out to be text after some numbers need those cells' original text.
        Tokenizer again(source, name, delimiter, progress.sub(0.9, 1.0));
        again.setColumnNames(&names);
        std::size_t index = 0;
        bool header = true;
        again.run([&](const std::vector<std::string_view> &fields, std::int64_t row) {
            if (header) {
                header = false;
                return true;
            }
            builder->replayRow(index, fields.data(), row);
            return ++index < replay;
        });
    }
    progress.check();
    Table table = builder->finish();
    progress.report(1.0, "reading");
    return table;
}

} // namespace

Table readCsv(const std::string &path, const CsvOptions &options, const Progress &progress)
{
    FileSource source(path);
    return readTable(source, path, options, progress);
}

Table parseCsv(std::string_view text, const std::string &displayName, const CsvOptions &options,
               const Progress &progress)
{
    MemorySource source(text);
    return readTable(source, displayName, options, progress);
}

} // namespace seg
