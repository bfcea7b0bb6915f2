#pragma once
// From a transaction log to one row per customer, as the lifetime-value literature defines the
// quantities (Fader, Hardie & Lee 2005): frequency (repeat purchases), recency and tenure T in a
// chosen time unit, monetary value, and what the models do not need but segments do (inter-purchase
// time, channel shares, category breadth, returns). Computed against a calibration end date, with
// an optional holdout period for checking forecasts. Bad rows are reported with their row and
// column and handled by the rules documented on summariseTransactions() (docs/value.md).

#include "engine/data/table.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace seg {

/// The unit recency, T, inter-purchase times and horizons are counted in.
enum class TimeUnit {
    Day,   ///< 1 day
    Week,  ///< 7 days
    Month, ///< 365.25 / 12 = 30.4375 days (an average month, so every month is as long)
};

/// "day", "week", "month".
std::string_view toString(TimeUnit unit);
/// The names above (and their plurals); seg::Error(Usage) naming the accepted values otherwise.
TimeUnit parseTimeUnit(std::string_view name);
/// Days in one unit.
double daysPerUnit(TimeUnit unit);

/// The columns of a transaction log. Customer, date and either the amount or the unit price are
/// required; the others may be empty (not given).
struct TransactionColumns
{
    std::string customer;
    std::string date;
    std::string amount;    ///< what the line cost; empty when the log gives a unit price instead
    std::string quantity; ///< units per line: summed per customer
    std::string channel;  ///< e.g. web/store/app: each customer's share of purchase lines per channel
    std::string category; ///< product category: how many distinct ones each customer bought
    /// Price per unit, for a log of invoice lines without a line total (Online Retail): a line's
    /// amount is quantity x unit price, so a negative quantity (a cancellation) is a return.
    /// Needs `quantity`; excludes `amount`.
    std::string unitPrice;
};

struct TransactionOptions
{
    TransactionColumns columns;
    /// Last day of the calibration period (days since 1970-01-01, a whole day): purchases on that
    /// day are in it. T is measured to this day.
    double calibrationEnd = 0.0;
    /// Last day of the holdout period (after calibrationEnd), when forecasts are to be checked.
    std::optional<double> holdoutEnd;
    /// A date after this day is in the future: a bad row (the date the data was exported, or today).
    /// Not given: no date is in the future.
    std::optional<double> today;
    TimeUnit unit = TimeUnit::Week;
    /// How slash dates are read when the date column does not show the order.
    bool dayFirst = false;
    /// Lines whose every cell equals an earlier line's: reported either way; kept (the default)
    /// or counted once. A log without an order number cannot tell a line exported twice from two
    /// equal orders on one day (CDNOW's 1/10 sample has 21 such lines, which the published
    /// figures count); as lines on one day are one purchase, a duplicate only changes spend.
    bool dropDuplicates = false;
};

/// What was wrong with a row of the log, and so what was done with it.
enum class RowIssueKind {
    MissingId,      ///< no customer id: row left out
    BadDate,        ///< date missing or not a date: row left out
    FutureDate,     ///< date after TransactionOptions::today: row left out
    BadAmount,      ///< amount missing or not a number: row left out
    Return,         ///< negative amount: a return, counted in returns, not a purchase
    Duplicate,      ///< every cell equal to an earlier line: kept, or counted once (dropDuplicates)
    BadQuantity,    ///< quantity not a number: the line counts, without its quantity
};

/// "missing id", "bad date", "future date", "bad amount", "return", "duplicate", "bad quantity".
std::string_view toString(RowIssueKind kind);

struct RowIssue
{
    RowIssueKind kind = RowIssueKind::MissingId;
    std::size_t index = 0;   ///< data row index in the table
    std::int64_t row = 0;    ///< the row number as the source shows it (Table::rowNumber)
    std::string column;      ///< the column at fault (the customer column for a duplicate)
    std::string detail;      ///< e.g. "'2024-13-01' is not a date", "same as row 7"
};

/// One customer of the calibration cohort (first purchase on or before the calibration end).
struct CustomerSummary
{
    std::string id;
    double firstPurchase = 0.0; ///< day of the first purchase (days since 1970-01-01)
    /// Repeat purchases x: distinct purchase days in calibration minus one (several lines on one
    /// day are one purchase, as Fader and Hardie merge them).
    double frequency = 0.0;
    /// t_x: last purchase day minus first, in units; 0 when x = 0.
    double recency = 0.0;
    /// T: calibration end minus first purchase day, in units.
    double tenure = 0.0;
    /// Mean spend of the repeat purchase days (the first day left out, as the Gamma-Gamma model
    /// wants); 0 when x = 0 (the convention of the published CDNOW files).
    double monetary = 0.0;
    double totalSpend = 0.0;      ///< every calibration purchase, the first included (NaN from a summary table)
    double meanInterPurchase = 0.0; ///< recency / frequency in units; NaN when x = 0
    double quantity = 0.0;        ///< summed quantity (0 without a quantity column)
    double returns = 0.0;         ///< summed |amount| of returns in calibration (positive)
    std::size_t lines = 0;        ///< purchase lines in calibration (after duplicates)
    std::size_t categories = 0;   ///< distinct categories bought in calibration
    /// Per CustomerTable::channels: the share of the purchase lines whose channel is given; NaN
    /// for every channel when none of the customer's lines gives one.
    std::vector<double> channelShares;
    double holdoutPurchases = 0.0; ///< distinct purchase days in the holdout (0 without one)
    double holdoutSpend = 0.0;     ///< spend in the holdout
};

struct CustomerTable
{
    std::string source;  ///< the file, for messages
    TimeUnit unit = TimeUnit::Week;
    double calibrationEnd = 0.0;
    std::optional<double> holdoutEnd;
    std::vector<CustomerSummary> customers; ///< in order of first appearance in the log
    std::vector<std::string> channels;      ///< channel levels in order of first appearance
    bool hasQuantity = false;
    bool hasCategory = false;
    /// Every bad row, in row order. A row left out is reported once, for its first problem; a
    /// return or duplicate line that is kept can also have a bad quantity.
    std::vector<RowIssue> issues;
    std::size_t rowsRead = 0;          ///< rows in the table
    std::size_t purchaseLines = 0;     ///< lines used as purchases (calibration and holdout)
    std::size_t linesAfterWindow = 0;  ///< good lines after the holdout end (or calibration end)
    std::size_t linesWithoutChannel = 0;     ///< calibration purchase lines with an empty channel cell
    std::size_t customersWithoutChannel = 0; ///< customers none of whose lines gives a channel
    std::size_t customersAfterCalibration = 0; ///< ids first seen after the calibration end
    double returnsTotal = 0.0;         ///< summed |amount| of every return

    /// Holdout length in units (0 without a holdout).
    double holdoutLength() const;
    /// How many issues of `kind`.
    std::size_t count(RowIssueKind kind) const;
};

/// Derives the customers of a transaction log.
///
/// The rules for bad rows (each reported in CustomerTable::issues with its row and column):
/// - customer id missing: left out;
/// - date missing or not a date (ISO, slash, dotted or YYYYMMDD; a date column as loaded): left out;
/// - date after `options.today`: left out (a date in the future is a typing or export error);
/// - amount missing or not a number: left out;
/// - negative amount: a return, not a purchase: added to the customer's `returns`, never to a
///   frequency or to spend (a zero amount is a purchase worth nothing);
/// - a line whose every cell equals an earlier line's: kept, or counted once with
///   `options.dropDuplicates`;
/// - quantity not a number: the line counts as a purchase, its quantity does not.
/// Dates with a time of day count by their day. Lines after the holdout end (or the calibration
/// end without a holdout) are outside the window and only counted. Customers whose first
/// purchase is after the calibration end are not in the cohort (counted, not listed).
/// With a unit price instead of an amount, a line's amount is quantity x unit price: a line
/// whose quantity or price is missing or not a number is a bad amount (naming that column).
/// Throws seg::Error(InvalidData) naming the file and the column when a column does not exist,
/// and when no customer is left (saying how many rows each rule left out); seg::Error(Usage)
/// when both or neither of the amount and the unit price are given, or a unit price without a
/// quantity.
CustomerTable summariseTransactions(const Table &table, const TransactionOptions &options);

/// The last day with a purchase line in `dateColumn` (read as summariseTransactions reads it),
/// ignoring dates after `today` (typing errors): the natural calibration end of a log. Nothing
/// when no cell is a date. Throws seg::Error(InvalidData) when the column does not exist.
std::optional<double> lastDate(const Table &table, const std::string &dateColumn, bool dayFirst = false,
                               std::optional<double> today = std::nullopt);

/// The customers as a table to segment: one row per customer of the cohort, with the id column
/// named `idColumn` (role Id). Features, in `customers.unit` (UNIT = days, weeks or months):
/// - `purchases` (purchase days, x + 1), `UNIT_since_last_purchase` (T - t_x, the recency of
///   RFM analyses), `tenure_UNIT` (T);
/// - `total_spend` (role Value: the revenue column), `average_order_value` (total spend /
///   purchases), `returns_value` (role Value) when there are returns;
/// - `units_bought` (with a quantity column), `categories_bought` (with a category column),
///   `share_CHANNEL` per channel (with a channel column).
/// Kept with role Ignored (shown and usable, not segmented on unless chosen):
/// - `frequency`, `recency`, `T`, `monetary_value`: the lifetime-value models' inputs, named
///   as findValueColumns() finds them (recency is t_x, the literature's: first to last purchase);
/// - `mean_UNIT_between_purchases` (missing for one-time buyers), `first_purchase` (a date);
/// - `holdout_purchases`, `holdout_spend` with a holdout: what forecasts are checked against.
/// Every column has its role and a reason a person reads; `source` names the log.
Table customerFeatureTable(const CustomerTable &customers, const std::string &idColumn);
/// The column of customerFeatureTable() with each customer's purchase days in the holdout.
inline constexpr const char *kHoldoutPurchasesColumn = "holdout_purchases";

/// How a transaction log is read as customers (the explorer's import, `segscope customers`).
struct LogImport
{
    TransactionColumns columns;
    TimeUnit unit = TimeUnit::Week;
    /// Last day of calibration; nothing: the log's last date (lastDate) less the holdout.
    std::optional<double> calibrationEnd;
    /// The holdout's length in `unit` (0: none), from the calibration end.
    double holdoutLength = 0.0;
    std::optional<double> today; ///< as TransactionOptions::today
    bool dayFirst = false;
    bool dropDuplicates = false;
};

/// The customers of a transaction log as a table to segment (customerFeatureTable), with the
/// id column named as the log's customer column, the properties "time_unit",
/// "calibration_end" and "holdout_end" (with a holdout), and warnings that say what was read:
/// the log's own (but that it is a log), how many lines became how many customers over which
/// period, and each bad-row rule that applied with its first row. Throws as
/// summariseTransactions does, and seg::Error(InvalidData) when the date column holds no date
/// or the holdout leaves no calibration period.
Table customersFromLog(const Table &log, const LogImport &import);

/// The columns of a table that already has one row per customer.
struct SummaryColumns
{
    std::string customer;  ///< may be empty: ids are then the row numbers
    std::string frequency; ///< repeat purchases x (whole numbers >= 0)
    std::string recency;   ///< t_x in units (0 <= t_x <= T)
    std::string tenure;    ///< T in units (> 0)
    std::string monetary;  ///< optional: mean repeat-purchase value (> 0 where x > 0)
};

/// Reads customers from a table that holds frequency, recency, T (and monetary) already, in
/// `unit`. Throws seg::Error(InvalidData) naming the file, row and column for a missing value, a
/// fractional or negative frequency, a recency above T, a T that is not positive, a negative
/// monetary value, or a recency that is not 0 when the frequency is (x = 0 means no repeat, so
/// nothing to date).
CustomerTable customersFromSummary(const Table &table, const SummaryColumns &columns, TimeUnit unit);

} // namespace seg
