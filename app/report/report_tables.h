#pragma once
// The report's tables as rows of cells, for the workbook (XLSX) and the CSV exports: the
// segment table (size, share, revenue, lifetime value with intervals, expected purchases,
// P(alive)), the personas (label, description, channels, price sensitivity, risks, notes) and
// every customer's segment with their lifetime value. Drafted persona text stays the engine's
// English in every language, like the headers: the tables are read by programs too.

#include "app/report/report_input.h"

#include <cstddef>
#include <functional>
#include <string>
#include <variant>
#include <vector>

namespace seg {

/// Empty, a number (NaN is written empty) or text.
using ReportCell = std::variant<std::monostate, double, std::string>;

struct ReportTable
{
    std::string name; ///< the sheet's name ("Segments", "Personas", "Customers")
    std::vector<std::string> header;
    std::size_t rows = 0;
    /// Fills `cells` (header.size() of them) with row `row`.
    std::function<void(std::size_t row, std::vector<ReportCell> &cells)> fill;
};

/// One row per segment: segment (its key, as the assignment files number it), name, persona,
/// customers, share and its interval, revenue per customer, revenue total, revenue share,
/// lifetime value per customer, total and share, expected purchases and P(alive), each with
/// _low and _high bounds (empty where unknown).
ReportTable segmentTable(const ReportInput &input);
/// One row per segment: segment, name, label, description, channels, price sensitivity, risks
/// (joined with "; "), strategy notes.
ReportTable personaTable(const ReportInput &input);
/// One row per table row: id (the id column, else the spreadsheet row number), segment (key;
/// empty when not segmented, "outlier" when set aside), segment name, distance to the centre,
/// and with a value model expected purchases, P(alive), expected spend and lifetime value.
ReportTable customerTable(const ReportInput &input);

/// The table as CSV (RFC 4180, "\n" line ends, numbers with up to 10 significant digits).
std::string tableCsv(const ReportTable &table);

/// Writes the three tables (and an "About" sheet with the data set, date and fingerprint) as an
/// XLSX workbook to `path` (a plain file; the caller writes it atomically by copying). Throws
/// seg::Error(Io) when the workbook cannot be written.
void writeWorkbook(const ReportInput &input, const std::string &path);

/// The workbook's bytes (written to a temporary file and read back: libxlsxwriter writes files).
std::string workbookBytes(const ReportInput &input);

} // namespace seg
