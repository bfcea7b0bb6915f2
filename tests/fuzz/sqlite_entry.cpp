#include "tests/fuzz/sqlite_entry.h"

#include "engine/data/sqlite_reader.h"
#include "tests/fuzz/fuzz_support.h"

#include <string>
#include <vector>

namespace seg::fuzz {

void runSqlite(const std::uint8_t *data, std::size_t size)
{
    const std::string &path = scratchFile(data, size, ".sqlite");
    (void)isSqliteFile(path);
    std::vector<std::string> tables;
    if (!acceptedOrRejected([&] { tables = listSqliteTables(path); }))
        return;
    for (const std::string &name : tables) {
        Table table;
        if (acceptedOrRejected([&] { table = readSqliteTable(path, name); }))
            checkTable(table, "sqlite");
    }
}

} // namespace seg::fuzz
