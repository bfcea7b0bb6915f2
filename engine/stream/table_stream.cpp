#include "engine/stream/table_stream.h"

#include "engine/core/error.h"
#include "engine/data/loader.h"
#include "engine/data/sqlite_reader.h"
#include "engine/data/table_rows.h"

#include <algorithm>
#include <numeric>

namespace seg {

namespace {

/// splitmix64's finaliser (Steele, Lea & Flood, 2014): a row's sampling key from the seed and
/// its position, uniform over 64 bits and independent of how the rows are chunked.
std::uint64_t rowKey(std::uint64_t seed, std::uint64_t index)
{
    std::uint64_t z = seed + 0x9e3779b97f4a7c15ULL * (index + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

} // namespace

TableStream::TableStream(const std::string &path, const std::string &sqliteTable, const Table &schema,
                         CsvOptions options, std::size_t chunkRows)
    : m_path(path), m_name(path == kStandardInputName ? Text::tr("standard input") : path),
      m_options(std::move(options)), m_chunkRows(std::max<std::size_t>(chunkRows, 1))
{
    takeSchema(schema);
    if (!sqliteTable.empty()) {
        m_sqliteTable = sqliteTable;
        return;
    }
    // As loadTable(): the header decides between SQLite and CSV. A stream is kept in a
    // temporary file as it is read, so that it can be read again on the next pass.
    m_ownInput = std::make_unique<InputFile>(path, m_options.input);
    m_input = m_ownInput.get();
    if (!isSqliteDatabase(*m_input))
        return;
    m_input = nullptr;
    m_ownInput.reset();
    const std::vector<std::string> tables = listSqliteTables(path);
    if (tables.size() != 1)
        throw Error(ErrorKind::Usage,
                    tables.empty() ? Text::tr("the database has no tables")
                                   : Text::tr("the database has several tables; choose one"),
                    ErrorLocation {path, -1, {}});
    m_sqliteTable = tables.front();
}

TableStream::TableStream(InputFile &input, const Table &schema, CsvOptions options, std::size_t chunkRows)
    : m_path(input.path()), m_name(input.name()), m_input(&input), m_options(std::move(options)),
      m_chunkRows(std::max<std::size_t>(chunkRows, 1))
{
    takeSchema(schema);
}

TableStream::~TableStream() = default;

void TableStream::takeSchema(const Table &schema)
{
    m_options.maxRows = 0;
    m_options.columnTypes.clear();
    for (const Column &column : schema.columns) {
        if (column.name != m_options.idColumn)
            m_options.columnTypes[column.name] = column.type;
        m_roles.emplace_back(column.role, column.roleReason);
    }
}

void TableStream::forEachChunk(const ChunkSink &onChunk, const Progress &progress)
{
    const ChunkSink withRoles = [&](Table &&chunk) {
        if (chunk.columns.size() == m_roles.size())
            for (std::size_t c = 0; c < m_roles.size(); ++c) {
                chunk.columns[c].role = m_roles[c].first;
                chunk.columns[c].roleReason = m_roles[c].second;
            }
        onChunk(std::move(chunk));
    };
    if (m_input) {
        m_input->rewind();
        readCsvChunks(*m_input, m_options, m_chunkRows, withRoles, progress);
    } else {
        readSqliteChunks(m_path, m_sqliteTable, m_options, m_chunkRows, withRoles, progress);
    }
}

StreamSample sampleStream(TableStream &stream, std::size_t size, std::uint64_t seed, const Progress &progress)
{
    StreamSample out;
    if (size == 0)
        throw Error(ErrorKind::Usage, Text::tr("a sample needs at least one row"));
    std::vector<std::uint64_t> keys; // of out.table's rows
    std::uint64_t threshold = ~std::uint64_t {0}; // keys above the size-th smallest so far never enter

    // Keeps the `size` rows of smallest key, in file order.
    const auto compact = [&] {
        std::vector<std::uint64_t> sorted = keys;
        std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(size - 1), sorted.end());
        threshold = sorted[size - 1];
        std::vector<std::size_t> kept;
        kept.reserve(size);
        for (std::size_t i = 0; i < keys.size() && kept.size() < size; ++i)
            if (keys[i] <= threshold)
                kept.push_back(i);
        out.table = selectRows(out.table, kept);
        std::vector<std::uint64_t> keptKeys;
        keptKeys.reserve(kept.size());
        for (std::size_t i : kept)
            keptKeys.push_back(keys[i]);
        keys = std::move(keptKeys);
    };

    stream.forEachChunk(
        [&](Table &&chunk) {
            std::vector<std::size_t> rows;
            for (std::size_t i = 0; i < chunk.rowCount; ++i) {
                const std::uint64_t key = rowKey(seed, out.rows + i);
                if (key < threshold || (key == threshold && keys.size() < size)) {
                    rows.push_back(i);
                    keys.push_back(key);
                }
            }
            out.rows += chunk.rowCount;
            if (rows.size() == chunk.rowCount && out.table.rowCount == 0)
                out.table = std::move(chunk);
            else if (!rows.empty())
                appendRows(out.table, selectRows(chunk, rows));
            if (keys.size() >= 2 * size)
                compact();
        },
        progress);
    if (keys.size() > size)
        compact();
    return out;
}

TransformedBlocks::TransformedBlocks(TableStream &stream, const FittedTransform &transform)
    : m_stream(stream), m_transform(transform)
{
}

void TransformedBlocks::forEach(const OnBlock &onBlock, const Progress &progress)
{
    m_stream.forEachChunk([&](Table &&chunk) { onBlock(m_transform.apply(chunk)); }, progress);
}

} // namespace seg
