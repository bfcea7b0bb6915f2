#pragma once
// Columns of a table moved out of memory into an unnamed temporary file, and read back whole or
// a block of rows at a time. A table of a million customers takes about as much memory as its
// prepared matrix; with its feature columns here, the two need not be held at once.

#include "engine/data/table.h"

#include <cstddef>
#include <string>
#include <vector>

namespace seg {

class ColumnSpill
{
public:
    /// Moves the cells of the named columns of `table` (numbers, codes or text) into an unnamed
    /// temporary file in `directory` (the temporary folder when empty), and frees them: the
    /// columns keep their name, type, levels and role with empty storage, so code that reads
    /// cells must take them from here (rows(), column()) or restore() them first. Throws seg::Error(Io) when the file cannot be made
    /// or written, leaving the table as it was; throws seg::Error(InvalidData) for a name that
    /// is not a column.
    ColumnSpill(Table &table, const std::vector<std::string> &columns, const std::string &directory = {});
    ~ColumnSpill();
    ColumnSpill(const ColumnSpill &) = delete;
    ColumnSpill &operator=(const ColumnSpill &) = delete;

    /// The file the table came from (Table::source), for messages.
    const std::string &source() const { return m_shape.source; }
    /// The names of the columns moved, in the table's order.
    std::vector<std::string> columnNames() const;
    /// The bytes of cells moved.
    std::size_t bytes() const { return m_bytes; }
    /// A table of the moved columns named in `names` (every moved column when empty) at rows
    /// [begin, end) of the original (end is clamped to its row count); its source is the
    /// original's, its row count end - begin, and its row numbers the original's. Throws
    /// seg::Error(InvalidData) for a name not moved, seg::Error(Io) when the file cannot be read.
    Table rows(std::size_t begin, std::size_t end, const std::vector<std::string> &names = {}) const;
    /// One moved column, every row.
    Table column(const std::string &name) const;
    /// Puts the cells of the columns named in `names` (every moved column when empty) back into
    /// `table`, the table they came from.
    void restore(Table &table, const std::vector<std::string> &names = {}) const;

private:
    // Where a column is in the file. Numbers and codes: the cells from `offset`. Text: n + 1
    // byte offsets (uint64) from `offset` into the texts, which start at `textOffset`, and
    // n missing flags from `missingOffset`.
    struct Entry
    {
        std::size_t index; // in the original table
        std::size_t offset;
        std::size_t textOffset = 0;
        std::size_t missingOffset = 0;
    };
    std::vector<const Entry *> entries(const std::vector<std::string> &names) const;
    void readCells(const Entry &entry, Column &into, std::size_t begin, std::size_t end) const;
    void readBytes(char *into, std::size_t bytes, std::size_t from, const std::string &column) const;
    void writeBytes(const char *data, std::size_t bytes, std::size_t at);

    int m_fd = -1;
    std::string m_directory;
    Table m_shape; ///< the moved columns without cells, and the original's source and numbering
    std::vector<Entry> m_entries;
    std::size_t m_bytes = 0;
};

/// Whether moving `bytes` of cells out of memory is worth a temporary file: from 16 MiB, where
/// it takes tens of milliseconds and saves what a process pays in memory for 2 million cells.
bool worthSpilling(std::size_t bytes);

} // namespace seg
