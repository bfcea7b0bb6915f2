#include "engine/embed/embedding_csv.h"

#include "engine/data/csv_writer.h"

#include <cassert>
#include <cstdint>
#include <cstdio>

namespace seg {

void writeEmbedding(AtomicFile &file, const Table &table, const std::string &idColumn,
                    const std::vector<std::size_t> &preparedRows, const Embedding &map, const Progress &progress)
{
    assert(map.size() == preparedRows.size());
    const Column *ids = idColumn.empty() ? nullptr : &table.require(idColumn);
    std::vector<std::int64_t> pointOf(table.rowCount, -1);
    for (std::size_t i = 0; i < preparedRows.size(); ++i) {
        assert(preparedRows[i] < table.rowCount);
        pointOf[preparedRows[i]] = static_cast<std::int64_t>(i);
    }
    constexpr std::size_t chunkBytes = std::size_t(1) << 20;
    std::string out = "id,x,y\n";
    char buf[64];
    for (std::size_t row = 0; row < table.rowCount; ++row) {
        appendCsvField(out, ids ? ids->cellText(row) : std::to_string(row + 1));
        if (const std::int64_t p = pointOf[row]; p >= 0) {
            const auto i = static_cast<std::size_t>(p);
            std::snprintf(buf, sizeof buf, ",%.9g,%.9g\n", static_cast<double>(map.x[i]), static_cast<double>(map.y[i]));
            out += buf;
        } else {
            out += ",,\n";
        }
        if (out.size() > chunkBytes) {
            progress.check();
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
    progress.check();
}

} // namespace seg
