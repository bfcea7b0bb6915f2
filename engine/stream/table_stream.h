#pragma once
// A customer table too large for memory, read from its file chunk by chunk, as many times as an
// algorithm needs: a uniform sample of it, and its rows in model space block by block.

#include "engine/cluster/minibatch_kmeans.h"
#include "engine/core/progress.h"
#include "engine/data/csv_reader.h"
#include "engine/data/input_file.h"
#include "engine/data/table.h"
#include "engine/prep/prepare.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace seg {

/// Rows per chunk unless told otherwise: about 8 MiB per 16 numeric columns.
inline constexpr std::size_t kDefaultChunkRows = 65536;

/// The table in a file (CSV or SQLite, chosen as loadTable() chooses), read in chunks.
class TableStream
{
public:
    /// `schema` is the same table's head as loadTable() read it (CsvOptions::maxRows): its
    /// columns' types are imposed on every chunk and its roles copied to them, so that all chunks
    /// agree. `options` are the reading options (delimiter, missing markers, id column, date
    /// order) the head was read with. Opens the file now: throws as loadTable() does.
    TableStream(const std::string &path, const std::string &sqliteTable, const Table &schema, CsvOptions options,
                std::size_t chunkRows = kDefaultChunkRows);
    /// The same for CSV from an input already opened, read from its first byte on every pass:
    /// a stream the caller read before (its header) and keeps, as InputFile keeps what it read
    /// of it in a temporary file. `input` must outlive the stream.
    TableStream(InputFile &input, const Table &schema, CsvOptions options, std::size_t chunkRows = kDefaultChunkRows);
    ~TableStream();
    TableStream(const TableStream &) = delete;
    TableStream &operator=(const TableStream &) = delete;

    /// Hands every chunk, from the first row, to onChunk. Each chunk keeps its rows' numbers in
    /// the file for messages. Errors as readCsvChunks() / readSqliteChunks() name the file, the
    /// row and the column (a cell that does not fit its column's type, say).
    void forEachChunk(const ChunkSink &onChunk, const Progress &progress = {});

    const std::string &name() const { return m_name; }
    std::size_t chunkRows() const { return m_chunkRows; }

private:
    void takeSchema(const Table &schema);

    std::string m_path;
    std::string m_name;
    std::string m_sqliteTable; // empty: CSV
    std::unique_ptr<InputFile> m_ownInput;
    InputFile *m_input = nullptr; // CSV: m_ownInput's, or the caller's; null: SQLite
    CsvOptions m_options;
    std::vector<std::pair<ColumnRole, std::string>> m_roles;
    std::size_t m_chunkRows;
};

struct StreamSample
{
    Table table;           ///< the sampled rows, in file order, with their row numbers
    std::size_t rows = 0;  ///< rows in the whole table
};

/// A seeded uniform sample of `size` rows of `stream` (all of them when it has no more), read in
/// one pass: every row gets a random key from the seed and its position, and the rows with the
/// `size` smallest keys are kept (bottom-k sampling), so memory stays near twice the sample.
/// The same seed and file give the same sample whatever the chunk size.
StreamSample sampleStream(TableStream &stream, std::size_t size, std::uint64_t seed, const Progress &progress = {});

/// The rows of a table stream in model space: each chunk through a fitted transform
/// (FittedTransform::apply, whose errors name the row and column of the file).
class TransformedBlocks final : public RowBlocks
{
public:
    TransformedBlocks(TableStream &stream, const FittedTransform &transform);
    void forEach(const OnBlock &onBlock, const Progress &progress) override;

private:
    TableStream &m_stream;
    const FittedTransform &m_transform;
};

} // namespace seg
