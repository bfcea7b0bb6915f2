#include "tests/fuzz/loader_entry.h"

#include "engine/data/loader.h"
#include "tests/fuzz/fuzz_support.h"

namespace seg::fuzz {

void runLoader(const std::uint8_t *data, std::size_t size)
{
    // A name that says neither format: the loader must decide by the content.
    const std::string &path = scratchFile(data, size, ".dat");
    // At most 10,000 rows: an SQLite view can be endless (see sqlite_entry.cpp).
    CsvOptions options;
    options.maxRows = 10000;
    Table table;
    if (acceptedOrRejected([&] { table = loadTable(path, "", options); }))
        checkTable(table, "loader");
}

} // namespace seg::fuzz
