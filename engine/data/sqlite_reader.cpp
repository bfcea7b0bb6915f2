#include "engine/data/sqlite_reader.h"

#include "engine/core/error.h"
#include "engine/data/table_builder.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <sys/stat.h>

#include <sqlite3.h>

namespace seg {

namespace {

// SQLite's own words for a damaged file ("database disk image is malformed", "file is not a
// database") are about the file's content, not about reading it: invalid data, said plainly.
bool isDamaged(sqlite3 *db)
{
    const int code = sqlite3_errcode(db) & 0xFF;
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
}

Error readError(sqlite3 *db, const std::string &where)
{
    if (isDamaged(db))
        return Error(ErrorKind::InvalidData,
                     fillIn(Text::tr("the file is not a valid SQLite database (SQLite: %1); it may be damaged or cut "
                                     "short"),
                            sqlite3_errmsg(db)),
                     ErrorLocation {where, -1, {}});
    // SQLite reports running out of memory over some corrupt records too (a 14 KB file did):
    // say that the file is the likelier cause, and how to check it.
    if ((sqlite3_errcode(db) & 0xFF) == SQLITE_NOMEM)
        return Error(ErrorKind::Io,
                     Text::tr("cannot read the database: SQLite ran out of memory reading it, as it does on some "
                              "damaged files (check it with: sqlite3 FILE 'PRAGMA integrity_check')"),
                     ErrorLocation {where, -1, {}});
    return Error(ErrorKind::Io, fillIn(Text::tr("cannot read the database: %1"), sqlite3_errmsg(db)),
                 ErrorLocation {where, -1, {}});
}

// A database cut short (an interrupted copy or download) can read without any error from SQLite,
// its missing pages as NULLs. The header says how long the file must be
// (https://www.sqlite.org/fileformat.html: page size at offset 16, 1 meaning 65536; the size in
// pages at 28, valid when the "version-valid-for" number at 92 equals the change counter at 24).
void checkLength(const std::string &path, std::uint64_t fileSize)
{
    unsigned char h[100] = {};
    std::ifstream in(path, std::ios::binary);
    if (!in.read(reinterpret_cast<char *>(h), sizeof h))
        throw Error(ErrorKind::InvalidData,
                    fillIn(Text::tr("the database is cut short: the file holds %1 bytes, less than the 100-byte "
                                    "header of an SQLite database"),
                           fileSize),
                    ErrorLocation {path, -1, {}});
    const auto be32 = [&](int at) {
        return (std::uint32_t {h[at]} << 24) | (std::uint32_t {h[at + 1]} << 16) | (std::uint32_t {h[at + 2]} << 8)
               | std::uint32_t {h[at + 3]};
    };
    std::uint64_t pageSize = (std::uint64_t {h[16]} << 8) | h[17];
    if (pageSize == 1)
        pageSize = 65536;
    const std::uint64_t pages = be32(28);
    if (pages == 0 || be32(24) != be32(92) || pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return; // no size in the header: SQLite judges the file
    if (pages * pageSize > fileSize)
        throw Error(ErrorKind::InvalidData,
                    fillIn(Text::tr("the database is cut short: its header gives %1 pages of %2 bytes (%3 bytes), "
                                    "but the file holds %4; copy the whole file again"),
                           pages, pageSize, pages * pageSize, fileSize),
                    ErrorLocation {path, -1, {}});
}

class Database
{
public:
    explicit Database(const std::string &path) : m_path(path)
    {
        struct stat st
        {
        };
        if (::stat(path.c_str(), &st) != 0)
            throw Error(ErrorKind::Io, Text::tr("cannot open the file: no such file"), ErrorLocation {path, -1, {}});
        if (!isSqliteFile(path))
            throw Error(ErrorKind::Io, Text::tr("the file is not an SQLite database"), ErrorLocation {path, -1, {}});
        if (S_ISREG(st.st_mode))
            checkLength(path, static_cast<std::uint64_t>(st.st_size));
        // Read-only: importing must never modify (or create journal files next to) the user's database.
        if (sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr)
            != SQLITE_OK) {
            const std::string message = m_db ? std::string(sqlite3_errmsg(m_db)) : Text::tr("out of memory");
            sqlite3_close(m_db);
            throw Error(ErrorKind::Io, fillIn(Text::tr("cannot open the database: %1"), message),
                        ErrorLocation {path, -1, {}});
        }
    }
    ~Database() { sqlite3_close(m_db); }

    /// Lets `progress` cancel every statement while it runs, within a few thousand SQLite VM
    /// steps: a view can take long or never end (a recursive one), inside a single step() or the
    /// count(*), where no loop of ours could check. A cancelled step() throws seg::Cancelled.
    void cancelWith(const Progress &progress)
    {
        sqlite3_progress_handler(
            m_db, 1000, [](void *p) -> int { return static_cast<const Progress *>(p)->cancelled() ? 1 : 0; },
            const_cast<Progress *>(&progress));
    }
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    sqlite3 *handle() const { return m_db; }
    const std::string &path() const { return m_path; }

private:
    std::string m_path;
    sqlite3 *m_db = nullptr;
};

class Statement
{
public:
    Statement(const Database &db, const std::string &sql, const std::string &where) : m_where(where)
    {
        if (sqlite3_prepare_v2(db.handle(), sql.c_str(), static_cast<int>(sql.size()), &m_stmt, nullptr)
            != SQLITE_OK)
            throw readError(db.handle(), m_where);
        m_db = db.handle();
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    /// True while there is a row.
    bool step()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc == SQLITE_DONE)
            return false;
        if (rc == SQLITE_INTERRUPT) // only Database::cancelWith interrupts
            throw Cancelled();
        throw readError(m_db, m_where);
    }
    sqlite3_stmt *get() const { return m_stmt; }

private:
    std::string m_where;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

// An SQL identifier in double quotes with embedded quotes doubled, so any table name,
// however hostile, is a name and never SQL.
std::string quoteIdentifier(const std::string &name)
{
    std::string out = "\"";
    for (const char c : name) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string_view cellText(sqlite3_stmt *stmt, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    const int bytes = sqlite3_column_bytes(stmt, column);
    return text ? std::string_view(text, static_cast<std::size_t>(bytes)) : std::string_view();
}

std::vector<std::string> tableNames(const Database &db)
{
    Statement stmt(db,
                   "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                   "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
                   db.path());
    std::vector<std::string> names;
    while (stmt.step())
        names.emplace_back(cellText(stmt.get(), 0));
    return names;
}

} // namespace

bool isSqliteFile(const std::string &path)
{
    // Only a regular file is opened: opening a named pipe would wait for a writer, and reading
    // a stream would take bytes that nobody else then sees.
    struct stat st
    {
    };
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode))
        return false;
    std::ifstream in(path, std::ios::binary);
    char header[16] = {};
    if (!in.read(header, sizeof header))
        return false;
    return std::memcmp(header, "SQLite format 3", 16) == 0; // includes the terminating NUL
}

std::vector<std::string> listSqliteTables(const std::string &path)
{
    const Database db(path);
    return tableNames(db);
}

namespace {

Table readSqlite(const std::string &path, const std::string &table, const CsvOptions &options,
                 const Progress &progress, std::size_t chunkRows, const ChunkSink *onChunk)
{
    Database db(path);
    db.cancelWith(progress);
    const std::vector<std::string> tables = tableNames(db);
    const std::string where = fillIn(Text::tr("%1, table '%2'"), path, table);
    if (std::find(tables.begin(), tables.end(), table) == tables.end()) {
        std::string list;
        for (const std::string &t : tables)
            list += (list.empty() ? "'" : ", '") + t + "'";
        throw Error(ErrorKind::InvalidData,
                    tables.empty()
                        ? fillIn(Text::tr("there is no table or view named '%1'; the database has no tables"), table)
                        : fillIn(Text::tr("there is no table or view named '%1'; the tables are: %2"), table, list),
                    ErrorLocation {path, -1, {}});
    }

    // With a row limit (a preview) ask SQLite for no more than the limit: a view may be huge, or
    // endless, and a preview must not wait for all of it.
    const std::string limit = options.maxRows > 0
        ? " LIMIT " + std::to_string(std::min<std::size_t>(options.maxRows, INT64_MAX))
        : std::string();
    const std::string select = "SELECT * FROM " + quoteIdentifier(table) + limit;
    std::size_t total = 0;
    {
        Statement count(db, "SELECT count(*) FROM " + (limit.empty() ? quoteIdentifier(table) : "(" + select + ")"),
                        where);
        if (count.step())
            total = static_cast<std::size_t>(sqlite3_column_int64(count.get(), 0));
    }

    Statement stmt(db, select, where);
    sqlite3_stmt *s = stmt.get();
    const int columns = sqlite3_column_count(s);
    std::vector<std::string> names;
    for (int c = 0; c < columns; ++c) {
        const char *name = sqlite3_column_name(s, c);
        names.emplace_back(name ? name : "");
    }
    if (onChunk) {
        // As for CSV (readCsvChunks): chunk by chunk, types cannot be inferred.
        for (const std::string &name : names)
            if (name != options.idColumn && !options.columnTypes.count(name))
                throw Error(ErrorKind::Usage,
                            fillIn(Text::tr("reading the table in chunks needs the type of every column, and '%1' "
                                            "has none"),
                                   name),
                            ErrorLocation {where, -1, name});
    }
    auto builderPtr = std::make_unique<TableBuilder>(where, names, options, -1);
    builderPtr->reserve(onChunk ? chunkRows : total);
    const auto builder = [&]() -> TableBuilder & { return *builderPtr; };

    const Progress reading = progress.sub(0.0, 0.9);
    std::size_t rows = 0;
    while ((options.maxRows == 0 || rows < options.maxRows) && stmt.step()) {
        const auto row = static_cast<std::int64_t>(rows + 1);
        for (int c = 0; c < columns; ++c) {
            const auto column = static_cast<std::size_t>(c);
            switch (sqlite3_column_type(s, c)) {
            case SQLITE_NULL:
                builder().addMissing(column, row);
                break;
            case SQLITE_INTEGER: {
                const sqlite3_int64 v = sqlite3_column_int64(s, c);
                // Integers beyond 2^53 would be rounded as doubles; as text they keep every digit.
                if (builder().wantsNumbers(column) && v <= (sqlite3_int64 {1} << 53)
                    && v >= -(sqlite3_int64 {1} << 53))
                    builder().addNumber(column, static_cast<double>(v), true, row);
                else
                    builder().addCell(column, cellText(s, c), row);
                break;
            }
            case SQLITE_FLOAT: {
                const double v = sqlite3_column_double(s, c);
                if (builder().wantsNumbers(column) && std::isfinite(v))
                    builder().addNumber(column, v, false, row);
                else
                    builder().addCell(column, cellText(s, c), row);
                break;
            }
            case SQLITE_TEXT: {
                const std::string_view text = cellText(s, c);
                const std::size_t bad
                    = findInvalidUtf8(reinterpret_cast<const unsigned char *>(text.data()), text.size());
                if (bad < text.size())
                    throw Error(ErrorKind::InvalidData,
                                fillIn(Text::tr("the text is not valid UTF-8 (byte %1 of the value)"), bad),
                                ErrorLocation {where, row, names[column]});
                if (const void *nul = std::memchr(text.data(), 0, text.size()))
                    throw Error(ErrorKind::InvalidData,
                                fillIn(Text::tr("the text holds a NUL byte (byte %1 of the value); text cannot "
                                                "contain NUL bytes"),
                                       static_cast<const char *>(nul) - text.data()),
                                ErrorLocation {where, row, names[column]});
                builder().addCell(column, text, row);
                break;
            }
            default:
                throw Error(
                    ErrorKind::InvalidData,
                    Text::tr("the cell holds binary data (a BLOB); only numbers, text and NULL can be imported"),
                    ErrorLocation {where, row, names[column]});
            }
        }
        builder().endRow();
        ++rows;
        if (onChunk && builder().rowCount() == chunkRows) {
            Table chunk = builder().finish();
            builderPtr = std::make_unique<TableBuilder>(where, names, options, -1);
            builderPtr->reserve(chunkRows);
            (*onChunk)(std::move(chunk));
        }
        if (rows % 4096 == 0) {
            progress.check();
            if (total > 0)
                reading.report(std::min(1.0, static_cast<double>(rows) / static_cast<double>(total)),
                               "reading");
        }
    }
    if (rows == 0)
        throw Error(ErrorKind::InvalidData, Text::tr("the table has no rows"), ErrorLocation {where, -1, {}});
    if (onChunk) {
        if (builder().rowCount() > 0)
            (*onChunk)(builder().finish());
        progress.report(1.0, "reading");
        return {};
    }

    if (const std::size_t replay = builder().replayRows(); replay > 0) {
        // Columns that turned to text after some numbers need those values as text too.
        Statement again(db, select, where);
        for (std::size_t index = 0; index < replay && again.step(); ++index)
            for (int c = 0; c < columns; ++c)
                if (builder().needsReplay(static_cast<std::size_t>(c), index))
                    builder().replayCell(static_cast<std::size_t>(c), index, cellText(again.get(), c),
                                       static_cast<std::int64_t>(index + 1));
    }
    progress.check();
    Table result = builder().finish();
    progress.report(1.0, "reading");
    return result;
}

} // namespace

Table readSqliteTable(const std::string &path, const std::string &table, const CsvOptions &options,
                      const Progress &progress)
{
    return readSqlite(path, table, options, progress, 0, nullptr);
}

void readSqliteChunks(const std::string &path, const std::string &table, const CsvOptions &options,
                      std::size_t chunkRows, const ChunkSink &onChunk, const Progress &progress)
{
    readSqlite(path, table, options, progress, std::max<std::size_t>(chunkRows, 1), &onChunk);
}

} // namespace seg
