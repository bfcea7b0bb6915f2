#include "tests/fuzz/csv_entry.h"

#include "engine/data/csv_reader.h"
#include "tests/fuzz/fuzz_support.h"

#include <string_view>

namespace seg::fuzz {

namespace {

constexpr std::string_view kTarget = "csv";

} // namespace

void runCsv(const std::uint8_t *data, std::size_t size)
{
    const std::string_view all(reinterpret_cast<const char *>(data), size);
    Table inferred;
    const bool accepted = acceptedOrRejected([&] { inferred = parseCsv(all, "fuzz.csv"); });
    if (accepted)
        checkTable(inferred, kTarget);
    if (size == 0)
        return;

    // Bits of the first byte: 0-1 delimiter, 2 id column, 3-4 row limit, 5 force a type on the
    // first column, 6 which type, 7 no missing markers.
    const std::uint8_t b = data[0];
    const std::string_view rest = all.substr(1);
    CsvOptions options;
    options.delimiter = "\0,;\t"[b & 3];
    std::string firstColumn = "id";
    if (accepted && !inferred.columns.empty())
        firstColumn = inferred.columns.front().name;
    if (b & 4)
        options.idColumn = firstColumn;
    constexpr std::size_t kMaxRows[] = {0, 1, 2, 50};
    options.maxRows = kMaxRows[(b >> 3) & 3];
    const ColumnType forced = (b & 64) ? ColumnType::Categorical : ColumnType::Real;
    if ((b & 32) && options.idColumn != firstColumn)
        options.columnTypes[firstColumn] = forced;
    if (b & 128)
        options.missingMarkers.clear();
    options.maxListedProblems = 2;

    Table table;
    if (!acceptedOrRejected([&] { table = parseCsv(rest, "fuzz.csv", options); }))
        return;
    checkTable(table, kTarget);
    if (options.maxRows > 0 && table.rowCount > options.maxRows)
        propertyFailed(kTarget, std::to_string(table.rowCount) + " rows read with maxRows "
                                    + std::to_string(options.maxRows));
    if (!options.idColumn.empty()) {
        const Column *id = table.find(options.idColumn);
        if (!id)
            propertyFailed(kTarget, "the id column '" + options.idColumn + "' is not in the table");
        if (id->type != ColumnType::Identifier)
            propertyFailed(kTarget, "the id column '" + options.idColumn + "' is read as "
                                        + std::string(toString(id->type)));
        if (id->missingCount() != 0)
            propertyFailed(kTarget, "the id column '" + options.idColumn + "' has missing cells");
    }
    for (const auto &[name, type] : options.columnTypes) {
        const Column *c = table.find(name);
        if (!c || c->type != type)
            propertyFailed(kTarget, "the forced type of '" + name + "' is not kept");
    }
}

} // namespace seg::fuzz
