#pragma once
// The options every segscope command that reads a table shares: --delimiter, --date-order and
// --table, the reading itself with messages that name the option, and JSON numbers.

#include "app/cli/args.h"

#include "engine/data/csv_reader.h"
#include "engine/data/table.h"
#include "engine/prep/prepare.h"
#include "engine/prep/transactions.h"
#include "engine/stream/table_stream.h"

#include <nlohmann/json.hpp>

#include <QString>

#include <memory>
#include <string>

namespace seg::cli {

/// --delimiter: one ASCII character (not a quote or a line break), "tab" or "space".
char parseDelimiter(const QString &text);
/// --date-order: how slash dates are read when their column does not show it.
DayMonthOrder parseDateOrder(const QString &text);

/// `csv` with --delimiter and --date-order from `args` applied.
CsvOptions readingOptions(const Args &args, CsvOptions csv);

/// Reads INPUT (CSV or SQLite; --table for SQLite) with `csv`, after applying --delimiter and
/// --date-order from `args`. --table with a file that is not SQLite, and a database with several
/// tables and no --table, are usage errors naming --table.
Table readInputTable(const Args &args, const std::string &input, CsvOptions csv);
/// INPUT as a TableStream (CSV or SQLite, --table, --delimiter and --date-order as
/// readInputTable() reads it), every chunk with the types of `schema`, the input's head as
/// readInputTable() read it. Standard input and other streams are read from the copy kept of
/// them, so that readInputTable() may read their header first.
std::unique_ptr<TableStream> inputStream(const Args &args, const std::string &input, const Table &schema,
                                         CsvOptions csv);

/// A date option (--calibration-end, --today ...): YYYY-MM-DD only, as days since 1970-01-01; a
/// usage error naming the option otherwise.
double dateOption(const Args &args, const QString &option);
/// Today (UTC) as days since 1970-01-01.
double todayUtc();

/// A transaction log's columns from --date-column, --amount-column or --price-column with
/// --quantity-column, --channel-column and --category-column, with `idColumn` as the customer.
/// Usage errors when neither or both of the amount and the unit price are given, or a unit price
/// without quantities.
TransactionColumns logColumnsOption(const Args &args, std::string idColumn);

/// The name of INPUT in messages: the path, or "standard input" for '-'.
std::string inputName(const std::string &input);

/// JSON has no NaN or infinity: undefined values are null.
nlohmann::json jsonNumber(double value);

/// Every transform as applied to each feature (the summary's "transform"): constant columns
/// dropped, fill values, centres, scales and weights, in the order of the model's dimensions.
nlohmann::json transformJson(const FittedTransform &transform);

} // namespace seg::cli
