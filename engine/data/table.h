#pragma once
// A columnar table of customer data as read from CSV or SQLite.

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace seg {

enum class ColumnType {
    Integer,     ///< whole numbers; stored in `numbers`
    Real,        ///< floating point; stored in `numbers`
    Boolean,     ///< true/false, yes/no, 0/1 ...; stored in `numbers` as 0.0 / 1.0
    Date,        ///< calendar date or date-time; stored in `numbers` as days since 1970-01-01 (UTC, fractional for times)
    Categorical, ///< a small set of text levels; stored dictionary-coded in `codes` + `levels`
    Identifier,  ///< free text / keys (e.g. customer ids); stored in `text`
};

/// What a column means to a marketer (engine/data/column_roles.h suggests and applies roles).
enum class ColumnRole {
    Id,          ///< the customer key: never a feature; checked for repeats (transaction logs)
    Label,       ///< known segments (ground truth): never a feature; scores ARI/NMI
    Numeric,     ///< a quantity: a feature, scaled
    Categorical, ///< a code or category: a feature, one 0/1 feature per level, never averaged
    Value,       ///< money: a numeric feature whose per-segment means and totals are reported
    Date,        ///< a calendar date: read as a date, never as a number
    Personal,    ///< personal data (names, e-mail, phone, address): never a feature, never shown in summaries
    Ignored,     ///< left out
};

/// English name of a type ("integer", "real", "boolean", "date", "categorical", "identifier").
std::string_view toString(ColumnType type);
/// A date (days since 1970-01-01, UTC) as YYYY-MM-DD, with THH:MM:SS when it has a time of day.
std::string formatDate(double days);

/// One column. Exactly one storage vector is filled, according to `type`, with one entry per row.
/// Missing cells: NaN in `numbers`, -1 in `codes`, and `std::nullopt`-like empty flag in `text`
/// is expressed through `textMissing` (an empty string can be a real value for text).
struct Column
{
    std::string name;
    ColumnType type = ColumnType::Real;
    std::vector<double> numbers;        // Integer, Real, Boolean, Date
    std::vector<std::int32_t> codes;    // Categorical: index into levels, -1 = missing
    std::vector<std::string> levels;    // Categorical: level texts, in order of first appearance
    std::vector<std::string> text;      // Identifier
    std::vector<std::uint8_t> textMissing; // Identifier: 1 where the cell was missing
    ColumnRole role = ColumnRole::Numeric; ///< set for every loaded table (assignColumnRoles)
    std::string roleReason;                ///< why: the suggestion's reason, or "chosen"

    bool isNumeric() const
    {
        return type == ColumnType::Integer || type == ColumnType::Real || type == ColumnType::Boolean
               || type == ColumnType::Date;
    }
    std::size_t size() const;
    bool isMissing(std::size_t row) const;
    std::size_t missingCount() const;
    /// The cell as text, as a person would read it (dates ISO-8601; missing = "").
    std::string cellText(std::size_t row) const;
};

/// Row number of data row `index` from sparse jumps (data index, row number), sorted by index:
/// the number continues consecutively from the last jump at or before `index`; before the
/// first jump it is index + `offset`.
std::int64_t rowNumberFromJumps(const std::vector<std::pair<std::size_t, std::int64_t>> &jumps,
                                std::size_t index, std::int64_t offset);

struct Table
{
    std::string source;          ///< file the table came from (for messages)
    std::vector<Column> columns;
    std::size_t rowCount = 0;
    std::vector<std::string> warnings; ///< non-fatal findings while reading
    /// Where data rows came from, for messages: (data index, its row number) at the first row
    /// and wherever the numbering jumps (blank lines in a CSV). Empty: row number = index + 2,
    /// a CSV without blank lines (the header is row 1).
    std::vector<std::pair<std::size_t, std::int64_t>> rowNumberJumps;
    /// What the table is beyond its cells, as key and value: for a table of customers made
    /// from a transaction log (customersFromLog) "time_unit" (day, week, month),
    /// "calibration_end" and "holdout_end" (ISO dates), which the value model reads. Projects
    /// store them.
    std::map<std::string, std::string> properties;

    /// The row number of data row `index` as the source shows it: the spreadsheet row for CSV
    /// (header = 1, blank lines counted), 1-based for SQLite. Used in every message about a row.
    std::int64_t rowNumber(std::size_t index) const;

    /// Index of the column called `name`, or -1.
    int indexOf(std::string_view name) const;
    const Column *find(std::string_view name) const;
    /// The column called `name`; throws seg::Error(InvalidData) naming the file and the
    /// available columns when it does not exist.
    const Column &require(std::string_view name) const;
};

/// The columns of one table by name, for code that looks up many of them: Table::find scans
/// the columns, so looking up each of d columns that way costs O(d^2) (minutes at 50,000
/// columns); this index costs O(d) once and O(1) per lookup. Same answers as Table::find (the
/// first column of a name). Refers into the table: valid while its columns are unchanged.
class ColumnIndex
{
public:
    explicit ColumnIndex(const Table &table);
    const Table &table() const { return *m_table; }
    const Column *find(std::string_view name) const;
    /// As Table::require: throws seg::Error(InvalidData) listing the columns when absent.
    const Column &require(std::string_view name) const;

private:
    const Table *m_table;
    std::unordered_map<std::string_view, const Column *> m_columns;
};

} // namespace seg
