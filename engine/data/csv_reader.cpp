#include "engine/data/csv_reader.h"

#include "engine/core/error.h"
#include "engine/data/table_builder.h"
#include "engine/data/text_encoding.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <memory>

namespace seg {

namespace {

// The notes of a file read as one column although its header looks like several words.
std::string noDelimiterComparedPattern()
{
    return Text::tr("no delimiter was found: ',', ';', tab and '|' do not occur in the header, and runs of spaces "
                    "split the header into %1 fields but the line of row %2 into %3; the file was read as one column");
}

std::string noDelimiterAlonePattern()
{
    return Text::tr("no delimiter was found: ',', ';', tab and '|' do not occur in the header, and runs of spaces "
                    "split the header into %1 fields but there are no rows to compare; the file was read as one "
                    "column");
}


// Input is read in blocks of this size; a record longer than a block doubles the buffer, up to
// CsvOptions::maxRecordBytes.
constexpr std::size_t kBlockSize = std::size_t {4} << 20;
// Records looked at to detect the delimiter.
constexpr std::size_t kDelimiterSampleRecords = 50;

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

class InputSource final : public Source
{
public:
    explicit InputSource(InputFile &input) : m_input(input) { }
    std::size_t read(char *dst, std::size_t n) override { return m_input.read(dst, n); }
    void rewind() override { m_input.rewind(); }
    std::uint64_t size() const override { return m_input.size(); }

private:
    InputFile &m_input;
};

class MemorySource final : public Source
{
public:
    explicit MemorySource(std::string_view text) : m_text(text) { }
    std::size_t read(char *dst, std::size_t n) override
    {
        const std::size_t count = std::min(n, m_text.size() - m_pos);
        if (count > 0) // empty text may have a null data(), which memcpy must not get
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
        return Text::tr("tab");
    if (d == ' ')
        return Text::tr("spaces");
    return std::string("'") + d + "'";
}

// RFC 4180 tokenizer over blocks of a Source. Fields are views into the block buffer, valid
// until the callback returns; quoted fields with doubled quotes are unescaped in place.
class Tokenizer
{
public:
    Tokenizer(Source &source, std::string name, const CsvOptions &options, char delimiter,
              const Progress &progress)
        : m_source(source), m_name(std::move(name)), m_progress(progress), m_buf(kBlockSize),
          m_maxRecord(std::max<std::size_t>(options.maxRecordBytes, 1)),
          m_maxFields(std::max<std::size_t>(options.maxColumns, 1))
    {
        m_source.rewind();
        refill();
        const EncodingGuess encoding
            = detectEncoding(reinterpret_cast<const unsigned char *>(m_buf.data()), m_end);
        if (encoding.encoding != TextEncoding::Utf8)
            throw Error(ErrorKind::InvalidData,
                        fillIn(Text::tr("%1 (for example \"CSV UTF-8\" in a spreadsheet program)"),
                               notUtf8Message(encoding, Text::tr("file"))),
                        ErrorLocation {m_name, -1, {}});
        m_pos = encoding.bomBytes;
        if (delimiter == '"' || delimiter == '\r' || delimiter == '\n')
            throw Error(ErrorKind::Usage, Text::tr("the delimiter cannot be a quote or a line break"),
                        ErrorLocation {m_name, -1, {}});
        m_delimiter = delimiter != 0 ? delimiter : detectDelimiter();
        // ' ' always means runs of spaces (and tabs): nobody separates columns by exactly one space.
        m_whitespace = m_delimiter == ' ';
        if (m_whitespace)
            m_special[static_cast<unsigned char>('\t')] = true;
        m_special[static_cast<unsigned char>(m_delimiter)] = true;
        m_special[static_cast<unsigned char>('\r')] = true;
        m_special[static_cast<unsigned char>('\n')] = true;
        m_special[0] = true; // a NUL byte is never text
    }

    char delimiter() const { return m_delimiter; }
    /// True when runs of spaces and tabs separate the fields (the delimiter ' ').
    bool whitespace() const { return m_whitespace; }
    /// Empty, or a warning saying which delimiter was chosen when another would have fitted too.
    const std::string &delimiterNote() const { return m_delimiterNote; }
    void setColumnNames(const std::vector<std::string> *names) { m_names = names; }
    std::uint64_t bytesConsumed() const { return m_bufOffset + m_pos; }
    /// Frees the buffer (which may have grown to maxRecordBytes) once reading is done.
    void release()
    {
        std::vector<char>().swap(m_buf);
        std::vector<Span>().swap(m_spans);
        m_pos = m_end = 0;
    }

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
            if (next - m_pos > m_maxRecord)
                failLongRecord(row, m_pos + m_maxRecord, true);
            if (m_whitespace) {
                // Runs of blanks give empty fields between them, and before the first value.
                m_spans.erase(std::remove_if(m_spans.begin(), m_spans.end(),
                                             [](const Span &s) { return !s.quoted && s.begin == s.end; }),
                              m_spans.end());
                if (m_spans.empty())
                    m_spans.push_back(Span {next, next, false, false});
            }
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
        throw Error(ErrorKind::InvalidData, detail,
                    ErrorLocation {m_name, row, columnLabel(field), static_cast<std::int64_t>(field)});
    }

    // The bytes [begin, end) of the buffer hold a NUL byte: say where (only the first one counts).
    void checkNul(std::size_t begin, std::size_t end, std::int64_t row, std::size_t field) const
    {
        if (!m_hasNul || begin >= end)
            return;
        if (const void *hit = std::memchr(m_buf.data() + begin, 0, end - begin))
            failNul(row, field, static_cast<std::size_t>(static_cast<const char *>(hit) - m_buf.data()));
    }

    [[noreturn]] void failNul(std::int64_t row, std::size_t field, std::size_t at) const
    {
        fail(row, field,
             fillIn(Text::tr("the value holds a NUL byte (byte offset %1), which text never does: the file is not "
                             "UTF-8 text (it may be a binary file or damaged)"),
                    m_bufOffset + at));
    }

    // The record that starts at m_pos is longer than maxRecordBytes; `limitAt` is the buffer
    // position where it crosses the limit. The value that crosses it is named: one of m_spans,
    // or, when the record is not `complete`, the one scanRecord() stopped in.
    [[noreturn]] void failLongRecord(std::int64_t row, std::size_t limitAt, bool complete) const
    {
        std::size_t field = m_spans.size();
        bool quoted = m_stallQuoted;
        std::size_t begin = m_stallBegin;
        for (std::size_t i = 0; i < m_spans.size(); ++i) {
            if (m_spans[i].end >= limitAt || (complete && i + 1 == m_spans.size())) {
                field = i;
                quoted = m_spans[i].quoted;
                begin = m_spans[i].begin - (quoted ? 1 : 0);
                break;
            }
        }
        checkNul(m_pos, std::min(limitAt, m_end), row, field);
        const std::string limit = formatByteCount(m_maxRecord);
        if (quoted) {
            const auto line
                = m_line + std::count(m_buf.data() + m_pos, m_buf.data() + std::min(begin, m_end), '\n');
            fail(row, field,
                 fillIn(Text::tr("the quoted value that starts on line %1 is longer than %2, the most a row may "
                                 "hold; a closing double quote may be missing"),
                        line, limit));
        }
        fail(row, field,
             fillIn(Text::tr("no line break in the first %1 of the row; a row (the header too) may hold at most %1"),
                    limit));
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
        if (m_end == m_buf.size()) {
            // One record fills the buffer (nothing was moved, so m_spans still describe it): it may
            // grow up to the longest record allowed.
            if (m_buf.size() >= m_maxRecord)
                failLongRecord(m_row + 1, m_maxRecord, false);
            m_buf.resize(std::min(m_buf.size() * 2, m_maxRecord));
        }
        const std::size_t want = m_buf.size() - m_end;
        const std::size_t got = m_source.read(m_buf.data() + m_end, want);
        m_end += got;
        m_eof = got < want;
        m_nonAscii = hasNonAscii(m_buf.data(), m_end);
        m_hasNul = std::memchr(m_buf.data(), 0, m_end) != nullptr;
        const std::uint64_t total = m_source.size();
        if (total > 0)
            m_progress.report(
                std::min(1.0, static_cast<double>(m_bufOffset + m_end) / static_cast<double>(total)),
                "reading");
    }

    // Of ',' ';' tab and '|', the delimiter that splits the header and the first records (blank
    // and whitespace-only lines aside) into the same number of fields, the most of them; ties
    // in that order. When none does (a ragged file), the most frequent on the header line. A
    // header without any of them is one column (','). Quotes are honoured.
    char detectDelimiter()
    {
        constexpr std::array<char, 4> kCandidates {',', ';', '\t', '|'};
        std::array<std::vector<std::size_t>, 4> counts;
        std::array<std::size_t, 4> current {};
        // Fields when runs of spaces and tabs separate them (leading and trailing ones ignored).
        std::vector<std::size_t> blankFields;
        std::size_t currentBlankFields = 0;
        bool afterBlank = true;
        bool inQuotes = false;
        bool hasText = false;
        std::size_t records = 0;
        const auto endRecord = [&] {
            if (hasText) {
                for (std::size_t k = 0; k < kCandidates.size(); ++k)
                    counts[k].push_back(current[k]);
                blankFields.push_back(currentBlankFields);
                ++records;
            }
            current = {};
            currentBlankFields = 0;
            afterBlank = true;
            hasText = false;
        };
        std::size_t i = m_pos;
        for (; i < m_end && records < kDelimiterSampleRecords; ++i) {
            const char c = m_buf[i];
            const bool blank = c == ' ' || c == '\t';
            if (!inQuotes && !blank && c != '\n' && c != '\r') {
                currentBlankFields += afterBlank ? 1 : 0;
                afterBlank = false;
            } else if (!inQuotes && blank) {
                afterBlank = true;
            }
            if (c == '"') {
                inQuotes = !inQuotes;
                hasText = true;
            } else if (inQuotes) {
                continue;
            } else if (c == '\n' || c == '\r') {
                endRecord();
            } else {
                for (std::size_t k = 0; k < kCandidates.size(); ++k)
                    current[k] += c == kCandidates[k] ? 1 : 0;
                hasText = hasText || !blank;
            }
        }
        if (i == m_end && m_eof && !inQuotes && records < kDelimiterSampleRecords)
            endRecord(); // the last line, without a line break
        if (records == 0)
            return ',';

        // Candidates that split every sampled record evenly compete first; failing those, any
        // that occurs in the header. Strictly more fields win, so ties keep the order above.
        std::array<std::size_t, 4> header {};
        std::array<bool, 4> even {};
        for (std::size_t k = 0; k < kCandidates.size(); ++k) {
            header[k] = counts[k].front();
            const auto same = [&](std::size_t n) { return n == header[k]; };
            even[k] = header[k] > 0 && std::all_of(counts[k].begin(), counts[k].end(), same);
        }
        const bool anyEven = std::find(even.begin(), even.end(), true) != even.end();
        // No candidate splits the records evenly, but runs of spaces do: a whitespace-separated
        // or fixed-width text file (such as CDNOW's transactions).
        const std::size_t headerBlankFields = blankFields.front();
        std::size_t unevenRecord = 0;
        while (unevenRecord < records && blankFields[unevenRecord] == headerBlankFields)
            ++unevenRecord;
        if (!anyEven && headerBlankFields >= 2 && unevenRecord == records && records >= 2) {
            m_whitespace = true;
            m_delimiterNote = fillIn(Text::tr("no ',', ';', tab or '|' splits the header and the first rows evenly, "
                                              "but runs of spaces do: the columns were taken to be separated by "
                                              "spaces (%1 columns)"),
                                     headerBlankFields);
            return ' ';
        }
        const auto competes = [&](std::size_t k) { return header[k] > 0 && (!anyEven || even[k]); };
        std::size_t chosen = kCandidates.size();
        for (std::size_t k = 0; k < kCandidates.size(); ++k)
            if (competes(k) && (chosen == kCandidates.size() || header[k] > header[chosen]))
                chosen = k;
        if (chosen == kCandidates.size()) {
            // One column. Say what was looked for when the header looks like several words.
            if (headerBlankFields >= 2 && unevenRecord < records)
                m_delimiterNote = fillIn(noDelimiterComparedPattern(), headerBlankFields, unevenRecord + 1,
                                         blankFields[unevenRecord]);
            else if (headerBlankFields >= 2)
                m_delimiterNote = fillIn(noDelimiterAlonePattern(), headerBlankFields);
            return ',';
        }
        std::string others;
        std::size_t otherCount = 0;
        for (std::size_t k = 0; k < kCandidates.size(); ++k) {
            if (k != chosen && competes(k)) {
                others = others.empty() ? delimiterName(kCandidates[k])
                                        : fillIn(Text::tr("%1 and %2"), others, delimiterName(kCandidates[k]));
                ++otherCount;
            }
        }
        if (otherCount > 0) {
            const std::string pattern = anyEven
                ? Text::tr("the delimiter was taken to be %1, but %2 would split the header and the first rows as "
                           "evenly; if the columns are wrong, choose the delimiter")
                : otherCount == 1 ? Text::tr("the delimiter was taken to be %1, but %2 also occurs in the header; if "
                                             "the columns are wrong, choose the delimiter")
                                  : Text::tr("the delimiter was taken to be %1, but %2 also occur in the header; if "
                                             "the columns are wrong, choose the delimiter");
            m_delimiterNote = fillIn(pattern, delimiterName(kCandidates[chosen]), others);
        }
        return kCandidates[chosen];
    }

    // Finds the fields of the record at m_pos. Returns false when the buffer ends before the
    // record does (more input is needed); nothing is modified in that case but m_spans and
    // the m_stall* fields, which say where the record stands.
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
            const std::size_t fieldStart = p;
            // Where the record stands when more input is needed (for failLongRecord()).
            const auto stall = [&] {
                m_stallBegin = fieldStart;
                m_stallQuoted = fieldStart < end && b[fieldStart] == '"';
                return false;
            };
            if (p < end && b[p] == '"') {
                std::size_t q = p + 1;
                for (;;) {
                    const void *hit = std::memchr(b + q, '"', end - q);
                    if (!hit) {
                        if (!m_eof)
                            return stall();
                        checkNul(p + 1, end, m_row + 1, m_spans.size());
                        fail(m_row + 1, m_spans.size(),
                             fillIn(Text::tr("the quoted value that starts on line %1 is never closed; a closing "
                                             "double quote is missing"),
                                    m_line + lines));
                    }
                    const auto h = static_cast<std::size_t>(static_cast<const char *>(hit) - b);
                    if (h + 1 >= end && !m_eof)
                        return stall(); // cannot tell a closing quote from a doubled one yet
                    if (h + 1 < end && b[h + 1] == '"') {
                        f.escaped = true;
                        q = h + 2;
                        continue;
                    }
                    checkNul(p + 1, h, m_row + 1, m_spans.size());
                    f = {p + 1, h, true, f.escaped};
                    lines += std::count(b + p + 1, b + h, '\n');
                    p = h + 1;
                    break;
                }
                while (!m_whitespace && p < end && (b[p] == ' ' || (b[p] == '\t' && delim != '\t')))
                    ++p;
                if (p < end && b[p] == '\0')
                    failNul(m_row + 1, m_spans.size(), p);
                // With blanks as separators a tab ends the quoted value as a space does.
                if (p < end && b[p] != delim && b[p] != '\r' && b[p] != '\n' && !(m_whitespace && b[p] == '\t'))
                    fail(m_row + 1, m_spans.size(),
                         fillIn(Text::tr("unexpected text after a closing quote (byte offset %1); a double quote "
                                         "inside a quoted value must be doubled (\"\")"),
                                m_bufOffset + p));
            } else {
                std::size_t q = p;
                while (q < end && !m_special[static_cast<unsigned char>(b[q])])
                    ++q;
                f.end = q;
                p = q;
            }
            m_spans.push_back(f);
            if (p >= end) {
                if (!m_eof) {
                    m_spans.pop_back(); // the value may go on in the next block
                    return stall();
                }
                next = end;
                return true;
            }
            const char c = b[p];
            if (c == delim || (m_whitespace && c == '\t')) {
                if (m_spans.size() >= m_maxFields)
                    failTooManyFields();
                ++p;
                continue;
            }
            if (c == '\0') // stops an unquoted value, like the delimiter and line breaks
                failNul(m_row + 1, m_spans.size() - 1, p);
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
                return stall();
            next = p + 1;
            return true;
        }
    }

    [[noreturn]] void failTooManyFields() const
    {
        if (m_names)
            throw Error(ErrorKind::InvalidData,
                        fillIn(Text::tr("the row has more than %1 fields, but the header has %2; a value that "
                                        "contains the delimiter %3 must be enclosed in double quotes"),
                               m_maxFields, m_names->size(), delimiterName(m_delimiter)),
                        ErrorLocation {m_name, m_row + 1, {}});
        throw Error(ErrorKind::InvalidData,
                    fillIn(Text::tr("the header has more than %1 fields; a table may have at most %1 columns"),
                           m_maxFields),
                    ErrorLocation {m_name, m_row + 1, {}});
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
                     fillIn(Text::tr("invalid UTF-8 at byte offset %1 (byte %2); save the file as UTF-8 (it may "
                                     "be Latin-1 or Windows-1252)"),
                            m_bufOffset + s.begin + bad, hex));
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
    std::size_t m_maxRecord;
    std::size_t m_maxFields;
    std::size_t m_pos = 0;
    std::size_t m_end = 0;
    std::uint64_t m_bufOffset = 0; // input offset of m_buf[0]
    bool m_eof = false;
    bool m_nonAscii = false;
    bool m_hasNul = false;
    char m_delimiter = ',';
    bool m_whitespace = false;
    std::string m_delimiterNote;
    bool m_special[256] = {};
    std::int64_t m_row = 0; // rows (records, blank lines included) completed so far
    std::int64_t m_line = 1; // physical line where the next record starts
    std::vector<Span> m_spans;
    std::size_t m_stallBegin = 0; // where the value that scanRecord() stopped in begins
    bool m_stallQuoted = false;
    std::vector<std::string_view> m_fields;
    const std::vector<std::string> *m_names = nullptr;
};

// A header line of spaces and tabs only: one unquoted field of them.
bool isWhitespaceLine(const std::vector<std::string_view> &fields)
{
    return fields.size() == 1
        && fields[0].find_first_not_of(" \t") == std::string_view::npos;
}

// A header of numbers only (" 00004 0001 19970101 2 29.33") is most likely the first data row
// of a file without a header: say so, since its values are now the column names.
std::string numericHeaderNote(const std::vector<std::string> &names)
{
    if (names.size() < 2)
        return {};
    std::string shown;
    for (std::size_t i = 0; i < names.size(); ++i) {
        double ignored = 0.0;
        if (parseNumber(names[i], ignored) == NumberKind::None)
            return {};
        if (i < 3)
            shown += (i == 0 ? "'" : ", '") + names[i] + "'";
    }
    if (names.size() > 3)
        shown += ", ...";
    return fillIn(Text::tr("every name in the header row is a number (%1): the file may have no header row, and "
                           "its first row was taken as the column names"),
                  shown);
}

// Where two files were joined (cat a.csv b.csv), the second one's byte order mark starts a data
// row, and its header repeats as a data row. Both are the join's, not the data's: the mark is
// removed, the repeated header skipped, and the rows are named in a warning.
struct JoinedFiles
{
    static constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
    std::vector<std::string_view> fields; // the row without its mark, when it had one
    std::vector<std::int64_t> markRows, headerRows;

    // The row's fields as the table should see them, or nullptr for a repeated header.
    const std::vector<std::string_view> *clean(const std::vector<std::string_view> &row,
                                               const std::vector<std::string> &names, std::int64_t number)
    {
        const std::vector<std::string_view> *out = &row;
        if (!row.empty() && row[0].starts_with(kByteOrderMark)) {
            fields = row;
            fields[0].remove_prefix(kByteOrderMark.size());
            out = &fields;
            markRows.push_back(number);
        }
        if (std::equal(out->begin(), out->end(), names.begin(), names.end())) {
            headerRows.push_back(number);
            return nullptr;
        }
        return out;
    }

    // "5", "5, 9", "5, 9, 12, 20, 31 and 4 more".
    static std::string rowList(const std::vector<std::int64_t> &rows)
    {
        std::string out;
        for (std::size_t i = 0; i < rows.size() && i < 5; ++i)
            out += (i == 0 ? "" : ", ") + std::to_string(rows[i]);
        if (rows.size() > 5)
            out = fillIn(Text::tr("%1 and %2 more"), out, rows.size() - 5);
        return out;
    }

    std::vector<std::string> warnings() const
    {
        std::vector<std::string> out;
        if (!markRows.empty())
            out.push_back(fillIn(markRows.size() == 1
                                     ? Text::tr("row %1 starts with a byte order mark (U+FEFF), as where two files "
                                                "were joined into one; it was removed from the first value")
                                     : Text::tr("rows %1 start with a byte order mark (U+FEFF), as where two files "
                                                "were joined into one; it was removed from the first value"),
                                 rowList(markRows)));
        if (!headerRows.empty())
            out.push_back(fillIn(headerRows.size() == 1
                                     ? Text::tr("row %1 repeats the header row, as where two files were joined into "
                                                "one; skipped as data")
                                     : Text::tr("rows %1 repeat the header row, as where two files were joined into "
                                                "one; skipped as data"),
                                 rowList(headerRows)));
        return out;
    }
};

std::string skippedRowsWarning(std::int64_t first, std::int64_t last)
{
    if (first == last)
        return fillIn(Text::tr("row %1 holds only spaces or tabs and was skipped; the header is row %2"), first,
                      last + 1);
    return fillIn(Text::tr("rows %1 to %2 hold only spaces or tabs and were skipped; the header is row %3"), first,
                  last, last + 1);
}

// Reading in chunks: every chunkRows rows the rows so far become a table of their own.
struct Chunking
{
    std::size_t rows;
    const ChunkSink &sink;
};

// Reading in chunks, a column whose type each chunk inferred for itself could be numbers in one
// chunk and text in the next: every column's type must be given.
void requireEveryType(const std::vector<std::string> &names, const CsvOptions &options, const std::string &name)
{
    for (std::size_t i = 0; i < names.size(); ++i) {
        const std::string column = names[i].empty() ? "column_" + std::to_string(i + 1) : names[i];
        if (column != options.idColumn && !options.columnTypes.count(column))
            throw Error(ErrorKind::Usage,
                        fillIn(Text::tr("reading the file in chunks needs the type of every column, and '%1' has "
                                        "none"),
                               column),
                        ErrorLocation {name, -1, column});
    }
}

Table readTable(Source &source, const std::string &name, const CsvOptions &options, const Progress &progress,
                const Chunking *chunking = nullptr)
{
    const Progress firstPass = progress.sub(0.0, 0.9);
    Tokenizer tokenizer(source, name, options, options.delimiter, firstPass);
    std::vector<std::string> names;
    std::unique_ptr<TableBuilder> builder;
    std::size_t rows = 0;
    const char delimiter = tokenizer.delimiter();
    std::int64_t firstSkipped = -1, lastSkipped = -1;
    std::string headerNote;
    JoinedFiles joined;
    CsvOptions detected = options;
    detected.delimiter = delimiter; // the builder reads decimal commas only when commas are not the delimiter
    std::int64_t headerRow = 1;
    const auto emitChunk = [&] {
        Table chunk = builder->finish();
        builder = std::make_unique<TableBuilder>(name, names, detected, headerRow);
        builder->reserve(chunking->rows);
        chunking->sink(std::move(chunk));
    };

    tokenizer.run([&](const std::vector<std::string_view> &rowFields, std::int64_t row) {
        if (!builder) {
            if (isWhitespaceLine(rowFields)) {
                // Spaces before the header are no column name: a stray line, not a one-column table.
                firstSkipped = firstSkipped < 0 ? row : firstSkipped;
                lastSkipped = row;
                return true;
            }
            names.assign(rowFields.begin(), rowFields.end());
            tokenizer.setColumnNames(&names);
            headerNote = numericHeaderNote(names);
            headerRow = row;
            if (chunking)
                requireEveryType(names, options, name);
            try {
                builder = std::make_unique<TableBuilder>(name, names, detected, row);
                if (chunking)
                    builder->reserve(chunking->rows);
            } catch (const Error &e) {
                // A named column missing from a one-column header: most likely a delimiter
                // other than the four detected.
                if (names.size() != 1 || options.delimiter != 0)
                    throw;
                throw Error(e.kind(),
                            fillIn(Text::tr("%1; the header was read as one column: if the file uses a delimiter "
                                            "other than ',', ';', tab or '|', choose it"),
                                   e.detail()),
                            e.where());
            }
            return true;
        }
        const std::vector<std::string_view> *cleaned = joined.clean(rowFields, names, row);
        if (!cleaned)
            return true;
        const std::vector<std::string_view> &fields = *cleaned;
        if (fields.size() != names.size()) {
            std::string detail = fillIn(Text::tr("the row has %n field(s), but the header has %1", nullptr,
                                                 static_cast<long long>(fields.size())),
                                        names.size());
            if (delimiter == ' ')
                detail = fillIn(Text::tr("%1; the columns are separated by spaces, so a value with a space in it "
                                         "must be enclosed in double quotes, and a missing value must be written "
                                         "(NA), not left blank"),
                                detail);
            else if (fields.size() > names.size())
                detail = fillIn(Text::tr("%1; a value that contains the delimiter %2 must be enclosed in double "
                                         "quotes"),
                                detail, delimiterName(delimiter));
            else
                detail = fillIn(Text::tr("%1; check for a missing delimiter or a line break inside an unquoted "
                                         "value"),
                                detail);
            throw Error(ErrorKind::InvalidData, detail, ErrorLocation {name, row, {}});
        }
        builder->addRow(fields.data(), row);
        ++rows;
        if (chunking) {
            if (builder->rowCount() == chunking->rows)
                emitChunk();
        } else if (rows == 1000) {
            // Size the column buffers once from the first rows instead of growing them repeatedly.
            const double perRow = static_cast<double>(tokenizer.bytesConsumed()) / 1001.0;
            auto estimate = static_cast<std::size_t>(static_cast<double>(source.size()) / perRow * 1.02) + 16;
            if (options.maxRows > 0)
                estimate = std::min(estimate, options.maxRows);
            builder->reserve(estimate);
        }
        return options.maxRows == 0 || rows < options.maxRows;
    });
    tokenizer.release();

    if (!builder)
        throw Error(ErrorKind::InvalidData, Text::tr("the file is empty; expected a header row and data rows"),
                    ErrorLocation {name, -1, {}});
    if (rows == 0)
        throw Error(ErrorKind::InvalidData, Text::tr("the file has a header row but no data rows"),
                    ErrorLocation {name, -1, {}});
    if (chunking) {
        if (builder->rowCount() > 0)
            emitChunk();
        progress.report(1.0, "reading");
        return {};
    }

    if (const std::size_t replay = builder->replayRows(); replay > 0) {
        // Columns that turned out to be text after some numbers need those cells' original text.
        Tokenizer again(source, name, options, delimiter, progress.sub(0.9, 1.0));
        again.setColumnNames(&names);
        std::size_t index = 0;
        bool header = true;
        JoinedFiles rejoined;
        again.run([&](const std::vector<std::string_view> &rowFields, std::int64_t row) {
            if (header) {
                if (row <= lastSkipped)
                    return true;
                header = false;
                return true;
            }
            const std::vector<std::string_view> *fields = rejoined.clean(rowFields, names, row);
            if (!fields)
                return true;
            builder->replayRow(index, fields->data(), row);
            return ++index < replay;
        });
    }
    progress.check();
    Table table = builder->finish();
    std::vector<std::string> notes;
    if (firstSkipped > 0)
        notes.push_back(skippedRowsWarning(firstSkipped, lastSkipped));
    if (!tokenizer.delimiterNote().empty())
        notes.push_back(tokenizer.delimiterNote());
    if (!headerNote.empty())
        notes.push_back(headerNote);
    for (std::string &w : joined.warnings())
        notes.push_back(std::move(w));
    table.warnings.insert(table.warnings.begin(), notes.begin(), notes.end());
    progress.report(1.0, "reading");
    return table;
}

} // namespace

Table readCsv(InputFile &input, const CsvOptions &options, const Progress &progress)
{
    InputSource source(input);
    return readTable(source, input.name(), options, progress);
}

Table readCsv(const std::string &path, const CsvOptions &options, const Progress &progress)
{
    InputFile input(path, options.input);
    return readCsv(input, options, progress);
}

void readCsvChunks(InputFile &input, const CsvOptions &options, std::size_t chunkRows, const ChunkSink &onChunk,
                   const Progress &progress)
{
    InputSource source(input);
    const Chunking chunking {std::max<std::size_t>(chunkRows, 1), onChunk};
    readTable(source, input.name(), options, progress, &chunking);
}

Table parseCsv(std::string_view text, const std::string &displayName, const CsvOptions &options,
               const Progress &progress)
{
    MemorySource source(text);
    return readTable(source, displayName, options, progress);
}

bool isNoDelimiterNote(std::string_view warning)
{
    // Each pattern's words before its first placeholder, in the user's language.
    for (const std::string &pattern : {noDelimiterComparedPattern(), noDelimiterAlonePattern()}) {
        const std::string_view start = std::string_view(pattern).substr(0, pattern.find('%'));
        if (!start.empty() && warning.substr(0, start.size()) == start)
            return true;
    }
    return false;
}

} // namespace seg
