#pragma once
// Building a Table cell by cell, with the type inference, missing markers, forced column types
// and customer-id checks shared by the CSV and SQLite readers. The value parsers they use are in
// cell_parsers.h and the rules for text columns in type_inference.h (both included here).

#include "engine/data/cell_parsers.h"
#include "engine/data/csv_reader.h"
#include "engine/data/table.h"
#include "engine/data/type_inference.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace seg {

/// Collects the cells of one table, row by row, and turns them into typed columns.
/// Columns start as numeric candidates (unless forced through CsvOptions::columnTypes or
/// idColumn) and fall back to text at the first non-numeric cell; the rows read before
/// the fallback must then be replayed as text (replayRows(), replayCell()) before finish().
/// Rows in messages are the numbers the caller passes (spreadsheet rows for CSV).
class TableBuilder
{
public:
    /// Checks the header: throws seg::Error(InvalidData) for an empty or duplicated column name,
    /// and for columnTypes / idColumn naming a column that does not exist.
    TableBuilder(std::string source, std::vector<std::string> names, const CsvOptions &options,
                 std::int64_t headerRow = 1);
    ~TableBuilder();
    TableBuilder(const TableBuilder &) = delete;
    TableBuilder &operator=(const TableBuilder &) = delete;

    std::size_t columnCount() const;
    std::size_t rowCount() const;
    /// Reserves room for about `rows` rows (an estimate).
    void reserve(std::size_t rows);

    /// One whole row of text cells (columnCount() of them), the usual CSV path.
    void addRow(const std::string_view *cells, std::int64_t row);

    /// Cell-by-cell alternative: call addCell/addNumber/addMissing once per column in order,
    /// then endRow().
    void addCell(std::size_t column, std::string_view text, std::int64_t row);
    /// A value that already is a number (SQLite INTEGER/REAL). Only when wantsNumbers(column).
    void addNumber(std::size_t column, double value, bool isInteger, std::int64_t row);
    void addMissing(std::size_t column, std::int64_t row);
    void endRow();
    /// False once the column collects text (then pass numbers as text through addCell).
    bool wantsNumbers(std::size_t column) const;

    /// How many leading rows must be replayed as text (0 = none) because a column fell back
    /// from numbers to text after them.
    std::size_t replayRows() const;
    /// Whether `column` needs the text of row `index` (0-based data row).
    bool needsReplay(std::size_t column, std::size_t index) const;
    void replayCell(std::size_t column, std::size_t index, std::string_view text, std::int64_t row);
    void replayRow(std::size_t index, const std::string_view *cells, std::int64_t row);

    /// Decides the final types and returns the table. Throws seg::Error(InvalidData) for forced
    /// columns with unconvertible cells and for missing or duplicate customer ids.
    Table finish();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace seg
