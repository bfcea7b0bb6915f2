#include "engine/data/loader.h"

#include "engine/core/error.h"
#include "engine/data/sqlite_reader.h"

#include <vector>

namespace seg {

Table loadTable(const std::string &path, const std::string &sqliteTable, const CsvOptions &options,
                const Progress &progress)
{
    // A name means the user expects a database: reading it as CSV would fail later, and less
    // clearly, than readSqliteTable() saying the file is not a database.
    if (!sqliteTable.empty())
        return readSqliteTable(path, sqliteTable, options, progress);
    // The header decides, not the name: exports are called .db, .sqlite3, .dat or even .csv.
    if (!isSqliteFile(path))
        return readCsv(path, options, progress);

    const std::vector<std::string> tables = listSqliteTables(path);
    if (tables.empty())
        throw Error(ErrorKind::InvalidData, "the database has no tables", ErrorLocation {path, -1, {}});
    if (tables.size() > 1) {
        std::string names;
        for (const std::string &t : tables)
            names += (names.empty() ? "'" : ", '") + t + "'";
        // Usage, not InvalidData: the file is fine, the caller has to say which table it means.
        throw Error(ErrorKind::Usage, "the database has several tables; choose one of: " + names,
                    ErrorLocation {path, -1, {}});
    }
    return readSqliteTable(path, tables.front(), options, progress);
}

} // namespace seg
