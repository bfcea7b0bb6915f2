#pragma once
// The wording the importers share in their messages: columns by letter, cell values quoted and
// shortened, lists of names, and the warnings of the date rules (type_inference.h).

#include "engine/data/cell_parsers.h"
#include "engine/data/table.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace seg {


/// A cell value for a message: in single quotes, shortened to 40 bytes ("...'"), line breaks,
/// tabs and other control characters made visible (\n, \t, \x01), and invisible characters named
/// (a byte order mark inside a row is <U+FEFF>, a no-break space <U+00A0>).
std::string quoteValue(std::string_view value);

/// A name for a message: a byte order mark inside it (a file saved with two of them has one
/// before its first name) is invisible when printed, so it is shown as <U+FEFF>.
std::string visibleName(std::string name);

/// A count with thousands separators for a message: 14922 -> "14,922".
std::string groupedCount(std::size_t n);

/// "'a', 'b', 'c'" (visible names).
std::string joinNames(const std::vector<std::string> &names);

/// "the column '<U+FEFF>id' starts with an invisible byte order mark ..." when `wanted` is one
/// of `names` but for a leading byte order mark; empty otherwise.
std::string byteOrderMarkHint(const std::vector<std::string> &names, const std::string &wanted);

/// "column 'date' holds whole numbers that are all dates written YYYYMMDD (row 2: 19970101);
/// read as dates, not as numbers": `row` and `written` are the first such cell.
std::string compactDatesWarning(const std::string &column, std::int64_t row, double written);

/// For a column of slash dates (`format` MonthDayYear or DaySlashMonthYear) whose order no value
/// showed: which order was assumed, with `example`; empty otherwise.
std::string ambiguousDatesWarning(const std::string &column, DateFormat format, bool orderShown,
                                  const std::string &example);

/// A cell for a message: its row and its text (as quoteValue shows it).
struct MessageCell
{
    std::int64_t row;
    std::string value;
};

/// A column set to a type that some cells are not: "the column is set to integer, but 7 cells
/// cannot be read as whole numbers: row 3 'x', row 5 'y' and 5 more". `listed` are the first
/// such cells (at least one), `total` all of them.
std::string unreadableCellsMessage(ColumnType type, const std::vector<MessageCell> &listed, std::size_t total);

/// What the builder knows about a column it read as text, for the warnings that say why it is
/// not numbers or dates.
struct TextColumnFacts
{
    std::string column;
    ColumnType type = ColumnType::Identifier;  ///< Categorical or Identifier
    bool leadingZeros = false;                 ///< the first text was a zero-padded whole number
    std::int64_t fallbackRow = -1;             ///< the first cell that was not a number
    std::string fallbackValue;
    std::size_t numericCells = 0;              ///< cells that are numbers, of `nonMissing`
    std::size_t nonMissing = 0;
    std::string_view decorated;                ///< a number with a decimal comma, separators or signs
    std::int64_t decoratedRow = -1;            ///< its row, -1 when there is none
    std::string_view nonDate;                  ///< in a column of dates, the first cell that is not one
    std::int64_t nonDateRow = -1;
    char delimiter = 0;                        ///< the file's delimiter (0: not CSV)
};

/// The warnings for such a column: leading zeros kept, numbers mixed with text, numbers written
/// with decimal commas, separators or signs (with the fix), dates with a stray value.
std::vector<std::string> textColumnWarnings(const TextColumnFacts &facts);

} // namespace seg
