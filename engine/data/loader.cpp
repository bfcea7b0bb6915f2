#include "engine/data/loader.h"

#include "engine/core/error.h"
#include "engine/data/column_roles.h"
#include "engine/data/input_file.h"
#include "engine/data/sqlite_reader.h"

#include <cstring>
#include <vector>

#include <sys/stat.h>

namespace seg {

namespace {

// SQLite reads a database by seeking around in it, which only a regular file allows.
[[noreturn]] void sqliteNeedsAFile(const std::string &name)
{
    throw Error(ErrorKind::Usage,
                Text::tr("an SQLite database can only be read from a file, not from standard input, a pipe or a "
                         "device; give the database's file name"),
                ErrorLocation {name, -1, {}});
}

Table readOpened(InputFile &input, const CsvOptions &options, const Progress &progress);

Table readTable(const std::string &path, const std::string &sqliteTable, const CsvOptions &options,
                const Progress &progress)
{
    // A name means the user expects a database: reading it as CSV would fail later, and less
    // clearly, than readSqliteTable() saying the file is not a database.
    if (!sqliteTable.empty()) {
        struct stat st
        {
        };
        if (path == kStandardInputName)
            sqliteNeedsAFile(Text::tr("standard input"));
        if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode))
            sqliteNeedsAFile(path);
        return readSqliteTable(path, sqliteTable, options, progress);
    }
    // The input is opened once, so a stream is read once (and kept for the CSV reader).
    InputFile input(path, options.input);
    return readOpened(input, options, progress);
}

Table readOpened(InputFile &input, const CsvOptions &options, const Progress &progress)
{
    if (!isSqliteDatabase(input))
        return readCsv(input, options, progress);

    const std::string &path = input.path();
    const std::vector<std::string> tables = listSqliteTables(path);
    if (tables.empty())
        throw Error(ErrorKind::InvalidData, Text::tr("the database has no tables"), ErrorLocation {path, -1, {}});
    if (tables.size() > 1) {
        std::string names;
        for (const std::string &t : tables)
            names += (names.empty() ? "'" : ", '") + t + "'";
        // Usage, not InvalidData: the file is fine, the caller has to say which table it means.
        throw Error(ErrorKind::Usage, fillIn(Text::tr("the database has several tables; choose one of: %1"), names),
                    ErrorLocation {path, -1, {}});
    }
    return readSqliteTable(path, tables.front(), options, progress);
}

Table withRoles(Table table, const CsvOptions &options)
{
    assignColumnRoles(table, options.columnRoles);
    // Before any clustering: rows that are purchases would become segments of purchases.
    if (const auto log = findTransactionLog(table, options.idColumn))
        table.warnings.push_back(describeTransactionLog(*log));
    return table;
}

} // namespace

// The header decides, not the name: exports are called .db, .sqlite3, .dat or even .csv.
bool isSqliteDatabase(InputFile &input)
{
    input.rewind();
    char header[16] = {};
    const bool sqlite = input.read(header, sizeof header) == sizeof header
        && std::memcmp(header, "SQLite format 3", sizeof header) == 0; // the header ends in a NUL
    input.rewind();
    // SQLite opens the database by its name: standard input, even redirected from a file, has none.
    if (sqlite && (input.isStream() || input.path() == kStandardInputName))
        sqliteNeedsAFile(input.name());
    return sqlite;
}

Table loadTable(const std::string &path, const std::string &sqliteTable, const CsvOptions &options,
                const Progress &progress)
{
    return withRoles(readTable(path, sqliteTable, options, progress), options);
}

Table loadTable(InputFile &input, const CsvOptions &options, const Progress &progress)
{
    return withRoles(readOpened(input, options, progress), options);
}

} // namespace seg
