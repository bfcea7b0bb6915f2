#include "tests/fuzz/sqlite_entry.h"

#include "engine/data/sqlite_reader.h"
#include "tests/fuzz/fuzz_support.h"

#include <string>
#include <vector>

namespace seg::fuzz {

namespace {

constexpr std::size_t kMaxRows = 10000;

} // namespace

void runSqlite(const std::uint8_t *data, std::size_t size)
{
    const std::string &path = scratchFile(data, size, ".sqlite");
    (void)isSqliteFile(path);
    std::vector<std::string> tables;
    if (!acceptedOrRejected([&] { tables = listSqliteTables(path); }))
        return;
    // A view can be endless (WITH RECURSIVE): read at most kMaxRows rows, as a preview does; an
    // unlimited read of such a view is cancellable (tests/engine/test_sqlite_reader, endlessView).
    CsvOptions options;
    options.maxRows = kMaxRows;
    for (const std::string &name : tables) {
        Table table;
        if (acceptedOrRejected([&] { table = readSqliteTable(path, name, options); })) {
            checkTable(table, "sqlite");
            if (table.rowCount > kMaxRows)
                propertyFailed("sqlite", std::to_string(table.rowCount) + " rows read with maxRows "
                                             + std::to_string(kMaxRows));
        }
    }
}

} // namespace seg::fuzz
