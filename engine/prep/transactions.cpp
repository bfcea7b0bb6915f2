#include "engine/prep/transactions.h"

#include "engine/core/error.h"
#include "engine/core/parallel.h"
#include "engine/data/cell_parsers.h"
#include "engine/data/column_roles.h"
#include "engine/data/import_messages.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <deque>
#include <exception>
#include <functional>
#include <limits>
#include <mutex>
#include <numeric>
#include <unordered_map>

namespace seg {

std::string_view toString(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Day: return "day";
    case TimeUnit::Week: return "week";
    case TimeUnit::Month: return "month";
    }
    return "week";
}

TimeUnit parseTimeUnit(std::string_view name)
{
    if (name == "day" || name == "days")
        return TimeUnit::Day;
    if (name == "week" || name == "weeks")
        return TimeUnit::Week;
    if (name == "month" || name == "months")
        return TimeUnit::Month;
    throw Error(ErrorKind::Usage, fillIn(Text::tr("unknown time unit '%1'; accepted values: day, week, month"), name));
}

double daysPerUnit(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Day: return 1.0;
    case TimeUnit::Week: return 7.0;
    case TimeUnit::Month: return 365.25 / 12.0;
    }
    return 7.0;
}

std::string_view toString(RowIssueKind kind)
{
    switch (kind) {
    case RowIssueKind::MissingId: return "missing id";
    case RowIssueKind::BadDate: return "bad date";
    case RowIssueKind::FutureDate: return "future date";
    case RowIssueKind::BadAmount: return "bad amount";
    case RowIssueKind::Return: return "return";
    case RowIssueKind::Duplicate: return "duplicate";
    case RowIssueKind::BadQuantity: return "bad quantity";
    }
    return "";
}

double CustomerTable::holdoutLength() const
{
    return holdoutEnd ? (*holdoutEnd - calibrationEnd) / daysPerUnit(unit) : 0.0;
}

std::size_t CustomerTable::count(RowIssueKind kind) const
{
    return static_cast<std::size_t>(
        std::count_if(issues.begin(), issues.end(), [kind](const RowIssue &i) { return i.kind == kind; }));
}

namespace {

/// The column `name`; else an error made of `missing`, a pattern with the name (%1) and the
/// table's columns (%2) that names what the column was for ("the date column '%1' ...").
const Column &requireColumn(const Table &table, const std::string &name, const std::string &missing)
{
    if (const Column *c = table.find(name))
        return *c;
    std::string available;
    for (const Column &c : table.columns)
        available += (available.empty() ? "'" : ", '") + c.name + "'";
    throw Error(ErrorKind::InvalidData, fillIn(missing, name, available), ErrorLocation {table.source, -1, {}});
}

// Reads one column's cells as dates (whole days), whatever type the loader gave it: dates, YYYYMMDD
// whole numbers, or text in any layout the importers know (the slash order from the column's own
// evidence, else the option).
class DateReader
{
public:
    DateReader(const Column &column, bool dayFirst) : m_column(column)
    {
        if (!column.isNumeric()) {
            DayMonthEvidence evidence;
            for (std::size_t r = 0; r < column.size(); ++r)
                if (!column.isMissing(r))
                    evidence.add(column.cellText(r));
            m_order = evidence.order(dayFirst ? DayMonthOrder::DayFirst : DayMonthOrder::MonthFirst);
        }
    }

    /// The day, or NaN (missing or not a date).
    double day(std::size_t row) const
    {
        double days = std::nan("");
        switch (m_column.type) {
        case ColumnType::Date:
            days = m_column.numbers[row];
            break;
        case ColumnType::Integer:
            if (!std::isnan(m_column.numbers[row]) && !compactDateValue(m_column.numbers[row], days))
                days = std::nan("");
            break;
        case ColumnType::Real:
        case ColumnType::Boolean:
            break;
        case ColumnType::Categorical:
        case ColumnType::Identifier:
            if (!m_column.isMissing(row) && parseDate(m_column.cellText(row), days, true, m_order) == DateFormat::None)
                days = std::nan("");
            break;
        }
        return std::isnan(days) ? days : std::floor(days);
    }

private:
    const Column &m_column;
    DayMonthOrder m_order = DayMonthOrder::MonthFirst;
};

// A cell as a number: numeric columns as loaded, text parsed as the importers parse numbers.
double numberAt(const Column &column, std::size_t row)
{
    if (column.isNumeric() && column.type != ColumnType::Date)
        return column.numbers[row];
    if (column.isMissing(row))
        return std::nan("");
    double value = 0.0;
    return parseNumber(column.cellText(row), value) == NumberKind::None ? std::nan("") : value;
}

// A hash of one row's cells and their equality, per column type, without making text of numbers.
struct RowCells
{
    const Table &table;

    std::size_t hash(std::size_t row) const
    {
        std::size_t h = 0x9e3779b97f4a7c15ULL;
        const auto mix = [&h](std::size_t v) { h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2); };
        for (const Column &c : table.columns) {
            if (c.isNumeric()) {
                const double v = c.numbers[row];
                std::uint64_t bits = 0;
                if (!std::isnan(v))
                    std::memcpy(&bits, &v, sizeof bits);
                mix(std::hash<std::uint64_t> {}(bits));
            } else if (c.type == ColumnType::Categorical) {
                mix(std::hash<std::int32_t> {}(c.codes[row]));
            } else {
                mix(c.textMissing[row] ? 1 : std::hash<std::string> {}(c.text[row]));
            }
        }
        return h;
    }

    bool equal(std::size_t a, std::size_t b) const
    {
        for (const Column &c : table.columns) {
            if (c.isNumeric()) {
                const double x = c.numbers[a], y = c.numbers[b];
                if (!(x == y || (std::isnan(x) && std::isnan(y))))
                    return false;
            } else if (c.type == ColumnType::Categorical) {
                if (c.codes[a] != c.codes[b])
                    return false;
            } else if (c.textMissing[a] != c.textMissing[b] || (!c.textMissing[a] && c.text[a] != c.text[b])) {
                return false;
            }
        }
        return true;
    }
};

// One good line of the log, ready to aggregate.
struct Line
{
    std::uint32_t customer;
    std::int32_t channel;  // -1: none
    std::int32_t category; // -1: none
    double day;
    double amount;
    double quantity;
};

} // namespace

CustomerTable summariseTransactions(const Table &table, const TransactionOptions &options)
{
    const TransactionColumns &names = options.columns;
    const Column &idColumn = requireColumn(
        table, names.customer, Text::tr("the customer column '%1' does not exist; the columns are: %2"));
    const Column &dateColumn
        = requireColumn(table, names.date, Text::tr("the date column '%1' does not exist; the columns are: %2"));
    if (names.amount.empty() == names.unitPrice.empty())
        throw Error(ErrorKind::Usage, names.amount.empty()
                                          ? Text::tr("give the amount column, or the unit price and quantity columns")
                                          : Text::tr("give the amount column or the unit price column, not both"));
    if (!names.unitPrice.empty() && names.quantity.empty())
        throw Error(ErrorKind::Usage,
                    Text::tr("a unit price needs the quantity column: a line's amount is quantity x price"));
    // The amount comes from one column, or from the price times the quantity.
    const Column &amountColumn
        = names.amount.empty()
              ? requireColumn(table, names.unitPrice,
                              Text::tr("the unit price column '%1' does not exist; the columns are: %2"))
              : requireColumn(table, names.amount,
                              Text::tr("the amount column '%1' does not exist; the columns are: %2"));
    const bool priced = !names.unitPrice.empty();
    const Column *quantityColumn
        = names.quantity.empty()
              ? nullptr
              : &requireColumn(table, names.quantity,
                               Text::tr("the quantity column '%1' does not exist; the columns are: %2"));
    const Column *channelColumn
        = names.channel.empty()
              ? nullptr
              : &requireColumn(table, names.channel,
                               Text::tr("the channel column '%1' does not exist; the columns are: %2"));
    const Column *categoryColumn
        = names.category.empty()
              ? nullptr
              : &requireColumn(table, names.category,
                               Text::tr("the category column '%1' does not exist; the columns are: %2"));
    if (options.holdoutEnd && !(*options.holdoutEnd > options.calibrationEnd))
        throw Error(ErrorKind::Usage, fillIn(Text::tr("the holdout end %1 must be after the calibration end %2"),
                                             formatDate(*options.holdoutEnd), formatDate(options.calibrationEnd)));

    CustomerTable out;
    out.source = table.source;
    out.unit = options.unit;
    out.calibrationEnd = std::floor(options.calibrationEnd);
    out.holdoutEnd = options.holdoutEnd ? std::optional<double>(std::floor(*options.holdoutEnd)) : std::nullopt;
    out.hasQuantity = quantityColumn != nullptr;
    out.hasCategory = categoryColumn != nullptr;
    out.rowsRead = table.rowCount;
    const double windowEnd = out.holdoutEnd.value_or(out.calibrationEnd);

    const DateReader dates(dateColumn, options.dayFirst);
    const auto issue = [&](RowIssueKind kind, std::size_t r, const std::string &column, std::string detail) {
        out.issues.push_back({kind, r, table.rowNumber(r), column, std::move(detail)});
    };

    // Pass 1: the rows that pass the checks, with their day and amount.
    struct Candidate
    {
        std::size_t row;
        double day;
        double amount;
    };
    std::vector<Candidate> candidates;
    candidates.reserve(table.rowCount);
    for (std::size_t r = 0; r < table.rowCount; ++r) {
        if (idColumn.isMissing(r)) {
            issue(RowIssueKind::MissingId, r, idColumn.name, Text::tr("the customer id is missing"));
            continue;
        }
        const double day = dates.day(r);
        if (std::isnan(day)) {
            issue(RowIssueKind::BadDate, r, dateColumn.name,
                  dateColumn.isMissing(r) ? Text::tr("the date is missing")
                                          : fillIn(Text::tr("'%1' is not a date (such as 2024-03-31, 3/31/2024, "
                                                            "31.03.2024 or 20240331)"),
                                                   dateColumn.cellText(r)));
            continue;
        }
        if (options.today && day > *options.today) {
            issue(RowIssueKind::FutureDate, r, dateColumn.name,
                  fillIn(Text::tr("the date %1 is in the future (after %2)"), formatDate(day),
                         formatDate(*options.today)));
            continue;
        }
        double amount = numberAt(amountColumn, r);
        if (!std::isfinite(amount)) {
            issue(RowIssueKind::BadAmount, r, amountColumn.name,
                  !amountColumn.isMissing(r) ? fillIn(Text::tr("'%1' is not a number"), amountColumn.cellText(r))
                  : priced                   ? Text::tr("the unit price is missing")
                                             : Text::tr("the amount is missing"));
            continue;
        }
        if (priced) {
            const double quantity = numberAt(*quantityColumn, r);
            if (!std::isfinite(quantity)) {
                issue(RowIssueKind::BadAmount, r, quantityColumn->name,
                      quantityColumn->isMissing(r)
                          ? Text::tr("the quantity is missing: without it the line has no amount")
                          : fillIn(Text::tr("'%1' is not a number: without it the line has no amount"),
                                   quantityColumn->cellText(r)));
                continue;
            }
            amount *= quantity;
        }
        candidates.push_back({r, day, amount});
    }

    // Pass 2: duplicates among them. Hashes sorted (a hash table of millions of rows is slower),
    // and within a run of equal hashes each row compared with the earlier ones cell by cell.
    const RowCells cells {table};
    std::vector<std::pair<std::size_t, std::size_t>> hashes(candidates.size()); // (hash, candidate)
    parallelFor(candidates.size(), [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i)
            hashes[i] = {cells.hash(candidates[i].row), i};
    });
    std::sort(hashes.begin(), hashes.end());
    constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    std::vector<std::size_t> duplicateOf(candidates.size(), kNone);
    for (std::size_t g = 0; g < hashes.size();) {
        std::size_t e = g + 1;
        while (e < hashes.size() && hashes[e].first == hashes[g].first)
            ++e;
        for (std::size_t i = g + 1; i < e; ++i)
            for (std::size_t j = g; j < i; ++j)
                if (duplicateOf[hashes[j].second] == kNone
                    && cells.equal(candidates[hashes[j].second].row, candidates[hashes[i].second].row)) {
                    duplicateOf[hashes[i].second] = hashes[j].second;
                    break;
                }
        g = e;
    }
    hashes.clear();
    hashes.shrink_to_fit();

    // Pass 3: customers and lines. Ids are looked up as views of the table's own text.
    std::unordered_map<std::string_view, std::uint32_t> customerOf;
    customerOf.reserve(candidates.size() / 2 + 1);
    std::deque<std::string> ownedIds; // ids of a column that holds no text (numbers), made once
    std::vector<std::string_view> ids;
    const auto idOf = [&](std::size_t r) -> std::string_view {
        if (idColumn.type == ColumnType::Identifier)
            return idColumn.text[r];
        if (idColumn.type == ColumnType::Categorical)
            return idColumn.levels[static_cast<std::size_t>(idColumn.codes[r])];
        return ownedIds.emplace_back(idColumn.cellText(r));
    };
    std::unordered_map<std::string, std::int32_t> channelOf, categoryOf;
    std::vector<Line> lines;
    lines.reserve(candidates.size());
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const auto [r, day, amount] = candidates[i];
        if (duplicateOf[i] != kNone) {
            issue(RowIssueKind::Duplicate, r, idColumn.name,
                  fillIn(options.dropDuplicates ? Text::tr("every cell equals row %1: counted once")
                                                : Text::tr("every cell equals row %1: kept"),
                         table.rowNumber(candidates[duplicateOf[i]].row)));
            if (options.dropDuplicates)
                continue;
        }
        std::string_view id = idOf(r);
        auto it = customerOf.find(id);
        if (it == customerOf.end()) {
            it = customerOf.emplace(id, static_cast<std::uint32_t>(ids.size())).first;
            ids.push_back(id);
        } else if (idColumn.type != ColumnType::Identifier && idColumn.type != ColumnType::Categorical) {
            ownedIds.pop_back(); // already known: the copy is not needed
        }
        Line line {it->second, -1, -1, day, amount, 0.0};
        if (amount < 0.0) {
            if (priced)
                issue(RowIssueKind::Return, r,
                      numberAt(*quantityColumn, r) < 0.0 ? quantityColumn->name : amountColumn.name,
                      fillIn(Text::tr("a negative amount (%1 x %2) is a return, not a purchase"),
                             quantityColumn->cellText(r), amountColumn.cellText(r)));
            else
                issue(RowIssueKind::Return, r, amountColumn.name,
                      fillIn(Text::tr("a negative amount (%1) is a return, not a purchase"), amountColumn.cellText(r)));
        }
        if (quantityColumn) {
            line.quantity = numberAt(*quantityColumn, r); // with a unit price: checked in pass 1
            if (!std::isfinite(line.quantity)) {
                if (!quantityColumn->isMissing(r))
                    issue(RowIssueKind::BadQuantity, r, quantityColumn->name,
                          fillIn(Text::tr("'%1' is not a number: the purchase counts, its quantity does not"),
                                 quantityColumn->cellText(r)));
                line.quantity = 0.0;
            }
        }
        const auto code = [](const Column *c, std::size_t row, std::unordered_map<std::string, std::int32_t> &of,
                             std::vector<std::string> *levels) -> std::int32_t {
            if (!c || c->isMissing(row))
                return -1;
            const auto [level, isNew] = of.try_emplace(c->cellText(row), static_cast<std::int32_t>(of.size()));
            if (isNew && levels)
                levels->push_back(level->first);
            return level->second;
        };
        line.channel = code(channelColumn, r, channelOf, &out.channels);
        line.category = code(categoryColumn, r, categoryOf, nullptr);
        lines.push_back(line);
    }
    candidates.clear();
    candidates.shrink_to_fit();

    // Each customer's lines in date order (stable: equal days keep the log's order).
    std::vector<std::size_t> start(ids.size() + 1, 0);
    for (const Line &l : lines)
        ++start[l.customer + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<Line> byCustomer(lines.size());
    {
        std::vector<std::size_t> next(start.begin(), start.end() - 1);
        for (const Line &l : lines)
            byCustomer[next[l.customer]++] = l;
    }
    lines.clear();
    lines.shrink_to_fit();

    const double unitDays = daysPerUnit(options.unit);
    std::vector<char> categorySeen;
    for (std::size_t c = 0; c < ids.size(); ++c) {
        const auto first = byCustomer.begin() + static_cast<std::ptrdiff_t>(start[c]);
        const auto last = byCustomer.begin() + static_cast<std::ptrdiff_t>(start[c + 1]);
        std::stable_sort(first, last, [](const Line &a, const Line &b) { return a.day < b.day; });
        double firstDay = std::numeric_limits<double>::quiet_NaN();
        for (auto it = first; it != last; ++it)
            if (it->amount >= 0.0) {
                firstDay = it->day;
                break;
            }
        for (auto it = first; it != last; ++it)
            if (it->amount < 0.0)
                out.returnsTotal -= it->amount;
        if (std::isnan(firstDay) || firstDay > out.calibrationEnd) {
            if (!std::isnan(firstDay))
                ++out.customersAfterCalibration;
            for (auto it = first; it != last; ++it)
                out.linesAfterWindow += it->day > windowEnd ? 1 : 0;
            continue;
        }
        CustomerSummary s;
        s.id = std::string(ids[c]);
        s.firstPurchase = firstDay;
        s.channelShares.assign(out.channels.size(), 0.0);
        std::size_t channelLines = 0;
        categorySeen.assign(categoryOf.size(), 0);
        double lastDay = firstDay, currentDay = std::nan(""), daySpend = 0.0, repeatSpend = 0.0;
        double holdoutLastDay = std::nan("");
        std::size_t purchaseDays = 0;
        const auto closeDay = [&] {
            if (std::isnan(currentDay))
                return;
            ++purchaseDays;
            if (purchaseDays > 1)
                repeatSpend += daySpend;
            lastDay = currentDay;
        };
        for (auto it = first; it != last; ++it) {
            if (it->day > windowEnd) {
                ++out.linesAfterWindow;
                continue;
            }
            if (it->day > out.calibrationEnd) { // holdout
                if (it->amount < 0.0)
                    continue;
                ++out.purchaseLines;
                s.holdoutSpend += it->amount;
                if (!(it->day == holdoutLastDay))
                    s.holdoutPurchases += 1.0;
                holdoutLastDay = it->day;
                continue;
            }
            if (it->amount < 0.0) {
                s.returns -= it->amount;
                continue;
            }
            ++out.purchaseLines;
            if (it->day != currentDay) {
                closeDay();
                currentDay = it->day;
                daySpend = 0.0;
            }
            daySpend += it->amount;
            s.totalSpend += it->amount;
            s.quantity += it->quantity;
            ++s.lines;
            if (it->channel >= 0) {
                s.channelShares[static_cast<std::size_t>(it->channel)] += 1.0;
                ++channelLines;
            } else if (channelColumn) {
                ++out.linesWithoutChannel;
            }
            if (it->category >= 0 && !categorySeen[static_cast<std::size_t>(it->category)]) {
                categorySeen[static_cast<std::size_t>(it->category)] = 1;
                ++s.categories;
            }
        }
        closeDay();
        s.frequency = static_cast<double>(purchaseDays - 1);
        s.recency = (lastDay - firstDay) / unitDays;
        s.tenure = (out.calibrationEnd - firstDay) / unitDays;
        s.monetary = s.frequency > 0 ? repeatSpend / s.frequency : 0.0;
        s.meanInterPurchase = s.frequency > 0 ? s.recency / s.frequency : std::nan("");
        // Shares of the lines whose channel is known: a line without one says nothing about
        // where the customer buys. Without any, the shares are unknown, not zero.
        for (double &share : s.channelShares)
            share = channelLines > 0 ? share / static_cast<double>(channelLines) : std::nan("");
        if (channelLines == 0 && !out.channels.empty())
            ++out.customersWithoutChannel;
        out.customers.push_back(std::move(s));
    }

    if (out.customers.empty()) {
        // "row(s)" stays as written whatever the count.
        std::string why;
        const auto add = [&](RowIssueKind kind, const std::string &pattern) {
            if (const std::size_t n = out.count(kind))
                why += (why.empty() ? "" : "; ") + fillIn(pattern, n);
        };
        add(RowIssueKind::MissingId, Text::tr("%1 row(s) missing id (left out)"));
        add(RowIssueKind::BadDate, Text::tr("%1 row(s) bad date (left out)"));
        add(RowIssueKind::FutureDate, Text::tr("%1 row(s) future date (left out)"));
        add(RowIssueKind::BadAmount, Text::tr("%1 row(s) bad amount (left out)"));
        add(RowIssueKind::Return, Text::tr("%1 row(s) return"));
        if (out.customersAfterCalibration)
            why += (why.empty() ? "" : "; ")
                   + fillIn(Text::tr("%1 customer(s) first bought after %2"), out.customersAfterCalibration,
                            formatDate(out.calibrationEnd));
        throw Error(ErrorKind::InvalidData,
                    why.empty() ? fillIn(Text::tr("no customer made a purchase on or before the calibration end %1 "
                                                  "(%2 rows)"),
                                         formatDate(out.calibrationEnd), table.rowCount)
                                : fillIn(Text::tr("no customer made a purchase on or before the calibration end %1 "
                                                  "(%2 rows; %3)"),
                                         formatDate(out.calibrationEnd), table.rowCount, why),
                    ErrorLocation {table.source, -1, {}});
    }
    std::stable_sort(out.issues.begin(), out.issues.end(),
              [](const RowIssue &a, const RowIssue &b) { return a.index < b.index; });
    return out;
}

CustomerTable customersFromSummary(const Table &table, const SummaryColumns &columns, TimeUnit unit)
{
    const Column *idColumn
        = columns.customer.empty()
              ? nullptr
              : &requireColumn(table, columns.customer,
                               Text::tr("the customer column '%1' does not exist; the columns are: %2"));
    const Column &x = requireColumn(table, columns.frequency,
                                    Text::tr("the frequency column '%1' does not exist; the columns are: %2"));
    const Column &tx = requireColumn(table, columns.recency,
                                     Text::tr("the recency column '%1' does not exist; the columns are: %2"));
    const Column &T
        = requireColumn(table, columns.tenure, Text::tr("the T column '%1' does not exist; the columns are: %2"));
    const Column *m = columns.monetary.empty()
                          ? nullptr
                          : &requireColumn(table, columns.monetary,
                                           Text::tr("the monetary column '%1' does not exist; the columns are: %2"));

    CustomerTable out;
    out.source = table.source;
    out.unit = unit;
    out.rowsRead = table.rowCount;
    out.customers.resize(table.rowCount);
    // Rows are read in parallel; the error reported is the first row's, as a serial read finds.
    std::mutex failureMutex;
    std::size_t failedRow = table.rowCount;
    std::exception_ptr failure;
    const auto readRow = [&](std::size_t r) {
        const auto fail = [&](const Column &c, const std::string &what) {
            throw Error(ErrorKind::InvalidData, what, ErrorLocation {table.source, table.rowNumber(r), c.name});
        };
        const auto value = [&](const Column &c) {
            const double v = numberAt(c, r);
            if (!std::isfinite(v))
                fail(c, c.isMissing(r) ? Text::tr("the value is missing")
                                       : fillIn(Text::tr("'%1' is not a number"), c.cellText(r)));
            return v;
        };
        CustomerSummary s;
        s.id = idColumn ? idColumn->cellText(r) : std::to_string(table.rowNumber(r));
        s.frequency = value(x);
        s.recency = value(tx);
        s.tenure = value(T);
        if (s.frequency < 0 || s.frequency != std::floor(s.frequency))
            fail(x, fillIn(Text::tr("the frequency %1 is not a whole number of repeat purchases (0, 1, 2, ...)"),
                           x.cellText(r)));
        if (!(s.tenure >= 0))
            fail(T, fillIn(Text::tr("T %1 is negative (the time from the first purchase to the end of calibration)"),
                           T.cellText(r)));
        if (s.tenure == 0 && s.frequency > 0)
            fail(T, fillIn(Text::tr("T is 0 but the frequency is %1: repeat purchases need time after the first "
                                    "purchase"),
                           x.cellText(r)));
        if (s.recency < 0 || s.recency > s.tenure)
            fail(tx, fillIn(Text::tr("the recency %1 is not between 0 and T (%2)"), tx.cellText(r), T.cellText(r)));
        if (s.frequency == 0 && s.recency != 0)
            fail(tx, fillIn(Text::tr("the recency %1 must be 0 when the frequency is 0 (no repeat purchase)"),
                            tx.cellText(r)));
        if (m) {
            s.monetary = value(*m);
            if (s.monetary < 0)
                fail(*m, fillIn(Text::tr("the monetary value %1 is negative"), m->cellText(r)));
        }
        s.meanInterPurchase = s.frequency > 0 ? s.recency / s.frequency : std::nan("");
        s.totalSpend = std::nan(""); // a summary table does not say
        out.customers[r] = std::move(s);
    };
    parallelFor(
        table.rowCount,
        [&](std::size_t begin, std::size_t end) {
            for (std::size_t r = begin; r < end; ++r) {
                try {
                    readRow(r);
                } catch (...) {
                    std::lock_guard lock(failureMutex);
                    if (r < failedRow) {
                        failedRow = r;
                        failure = std::current_exception();
                    }
                    return;
                }
            }
        },
        4096);
    if (failure)
        std::rethrow_exception(failure);
    if (out.customers.empty())
        throw Error(ErrorKind::InvalidData, Text::tr("the table has no customers"),
                    ErrorLocation {table.source, -1, {}});
    return out;
}

std::optional<double> lastDate(const Table &table, const std::string &dateColumn, bool dayFirst,
                               std::optional<double> today)
{
    const DateReader dates(
        requireColumn(table, dateColumn, Text::tr("the date column '%1' does not exist; the columns are: %2")),
        dayFirst);
    std::optional<double> last;
    for (std::size_t r = 0; r < table.rowCount; ++r) {
        const double day = dates.day(r);
        if (!std::isnan(day) && !(today && day > *today) && !(last && *last >= day))
            last = day;
    }
    return last;
}

namespace {

// Appends a column of numbers with its role and why.
void addNumbers(Table &table, std::string name, ColumnType type, ColumnRole role, std::string reason,
                std::vector<double> numbers)
{
    Column column;
    column.name = std::move(name);
    column.type = type;
    column.role = role;
    column.roleReason = std::move(reason);
    column.numbers = std::move(numbers);
    table.columns.push_back(std::move(column));
}

} // namespace

Table customerFeatureTable(const CustomerTable &customers, const std::string &idColumn)
{
    const std::vector<CustomerSummary> &cs = customers.customers;
    const auto each = [&cs](auto &&value) {
        std::vector<double> out(cs.size());
        for (std::size_t i = 0; i < cs.size(); ++i)
            out[i] = value(cs[i]);
        return out;
    };
    const std::string units = std::string(toString(customers.unit)) + "s";
    // The reason of a column in `customers.unit`: a whole sentence per unit.
    const auto perUnit = [&customers](std::string days, std::string weeks, std::string months) {
        switch (customers.unit) {
        case TimeUnit::Day: return days;
        case TimeUnit::Month: return months;
        case TimeUnit::Week: break;
        }
        return weeks;
    };

    Table table;
    table.source = customers.source;
    table.rowCount = cs.size();
    {
        Column id;
        id.name = idColumn;
        id.type = ColumnType::Identifier;
        id.role = ColumnRole::Id;
        id.roleReason = Text::tr("the customer each purchase belongs to");
        id.text = [&] {
            std::vector<std::string> ids(cs.size());
            for (std::size_t i = 0; i < cs.size(); ++i)
                ids[i] = cs[i].id;
            return ids;
        }();
        id.textMissing.assign(cs.size(), 0);
        table.columns.push_back(std::move(id));
    }
    const ColumnType integer = ColumnType::Integer, real = ColumnType::Real;
    addNumbers(table, "purchases", integer, ColumnRole::Numeric,
               Text::tr("purchase days in calibration (lines on one day are one purchase)"),
               each([](const CustomerSummary &c) { return c.frequency + 1.0; }));
    addNumbers(table, units + "_since_last_purchase", real, ColumnRole::Numeric,
               perUnit(Text::tr("time from the last purchase to the calibration end in days"),
                       Text::tr("time from the last purchase to the calibration end in weeks"),
                       Text::tr("time from the last purchase to the calibration end in months")),
               each([](const CustomerSummary &c) { return c.tenure - c.recency; }));
    addNumbers(table, "tenure_" + units, real, ColumnRole::Numeric,
               perUnit(Text::tr("time from the first purchase to the calibration end in days"),
                       Text::tr("time from the first purchase to the calibration end in weeks"),
                       Text::tr("time from the first purchase to the calibration end in months")),
               each([](const CustomerSummary &c) { return c.tenure; }));
    addNumbers(table, "total_spend", real, ColumnRole::Value, Text::tr("the calibration purchases' summed amounts"),
               each([](const CustomerSummary &c) { return c.totalSpend; }));
    addNumbers(table, "average_order_value", real, ColumnRole::Numeric,
               Text::tr("total spend per purchase day (an average: its segment totals would mean nothing)"),
               each([](const CustomerSummary &c) { return c.totalSpend / (c.frequency + 1.0); }));
    if (customers.returnsTotal > 0.0)
        addNumbers(table, "returns_value", real, ColumnRole::Value,
                   Text::tr("the summed value of returns (negative amounts)"),
                   each([](const CustomerSummary &c) { return c.returns; }));
    if (customers.hasQuantity)
        addNumbers(table, "units_bought", real, ColumnRole::Numeric,
                   Text::tr("the summed quantity of the purchase lines"),
                   each([](const CustomerSummary &c) { return c.quantity; }));
    if (customers.hasCategory)
        addNumbers(table, "categories_bought", integer, ColumnRole::Numeric, Text::tr("distinct categories bought"),
                   each([](const CustomerSummary &c) { return static_cast<double>(c.categories); }));
    for (std::size_t k = 0; k < customers.channels.size(); ++k)
        addNumbers(table, "share_" + customers.channels[k], real, ColumnRole::Numeric,
                   fillIn(Text::tr("the share of the customer's purchase lines in channel '%1'"),
                          customers.channels[k]),
                   each([k](const CustomerSummary &c) { return c.channelShares[k]; }));

    addNumbers(table, "frequency", integer, ColumnRole::Ignored,
               Text::tr("an input of the lifetime-value models, kept for them: repeat purchases x"),
               each([](const CustomerSummary &c) { return c.frequency; }));
    addNumbers(table, "recency", real, ColumnRole::Ignored,
               perUnit(Text::tr("an input of the lifetime-value models, kept for them: t_x, first to last purchase in "
                                "days (not the time since the last purchase)"),
                       Text::tr("an input of the lifetime-value models, kept for them: t_x, first to last purchase in "
                                "weeks (not the time since the last purchase)"),
                       Text::tr("an input of the lifetime-value models, kept for them: t_x, first to last purchase in "
                                "months (not the time since the last purchase)")),
               each([](const CustomerSummary &c) { return c.recency; }));
    addNumbers(table, "T", real, ColumnRole::Ignored,
               perUnit(Text::tr("an input of the lifetime-value models, kept for them: first purchase to the "
                                "calibration end in days"),
                       Text::tr("an input of the lifetime-value models, kept for them: first purchase to the "
                                "calibration end in weeks"),
                       Text::tr("an input of the lifetime-value models, kept for them: first purchase to the "
                                "calibration end in months")),
               each([](const CustomerSummary &c) { return c.tenure; }));
    addNumbers(table, "monetary_value", real, ColumnRole::Ignored,
               Text::tr("an input of the lifetime-value models, kept for them: the mean repeat purchase (0 without a "
                        "repeat purchase)"),
               each([](const CustomerSummary &c) { return c.monetary; }));
    addNumbers(table, "mean_" + units + "_between_purchases", real, ColumnRole::Ignored,
               Text::tr("missing for one-time buyers, so not segmented on unless chosen"),
               each([](const CustomerSummary &c) { return c.meanInterPurchase; }));
    addNumbers(table, "first_purchase", ColumnType::Date, ColumnRole::Ignored,
               Text::tr("when the customer first bought"),
               each([](const CustomerSummary &c) { return c.firstPurchase; }));
    if (customers.holdoutEnd) {
        addNumbers(table, kHoldoutPurchasesColumn, integer, ColumnRole::Ignored,
                   Text::tr("purchase days in the holdout period, against which forecasts are checked: never a "
                            "feature"),
                   each([](const CustomerSummary &c) { return c.holdoutPurchases; }));
        addNumbers(table, "holdout_spend", real, ColumnRole::Ignored,
                   Text::tr("spend in the holdout period, against which forecasts are checked: never a feature"),
                   each([](const CustomerSummary &c) { return c.holdoutSpend; }));
    }
    return table;
}

namespace {

std::string issueWarning(RowIssueKind kind, std::size_t count, const RowIssue &first, const std::string &source,
                         bool dropDuplicates)
{
    // "row(s)" stays as written whatever the count.
    std::string what;
    switch (kind) {
    case RowIssueKind::MissingId: what = Text::tr("%1 row(s) without a customer id left out"); break;
    case RowIssueKind::BadDate: what = Text::tr("%1 row(s) without a valid date left out"); break;
    case RowIssueKind::FutureDate: what = Text::tr("%1 row(s) dated in the future left out"); break;
    case RowIssueKind::BadAmount: what = Text::tr("%1 row(s) without a valid amount left out"); break;
    case RowIssueKind::Return:
        what = Text::tr("%1 row(s) with a negative amount counted as returns, not purchases");
        break;
    case RowIssueKind::Duplicate:
        what = dropDuplicates ? Text::tr("%1 duplicate line(s) counted once") : Text::tr("%1 duplicate line(s) kept");
        break;
    case RowIssueKind::BadQuantity:
        what = Text::tr("%1 row(s) with a quantity that is not a number: their quantity left out");
        break;
    }
    return fillIn(Text::tr("%1; the first: %2"), fillIn(what, groupedCount(count)),
                  Error::format(first.detail, ErrorLocation {source, first.row, first.column}));
}

} // namespace

Table customersFromLog(const Table &log, const LogImport &import)
{
    const double unitDays = daysPerUnit(import.unit);
    TransactionOptions options;
    options.columns = import.columns;
    options.unit = import.unit;
    options.today = import.today;
    options.dayFirst = import.dayFirst;
    options.dropDuplicates = import.dropDuplicates;
    const double holdoutDays = std::round(std::max(0.0, import.holdoutLength) * unitDays);
    if (import.calibrationEnd) {
        options.calibrationEnd = std::floor(*import.calibrationEnd);
    } else {
        const std::optional<double> last = lastDate(log, import.columns.date, import.dayFirst, import.today);
        if (!last)
            throw Error(ErrorKind::InvalidData, Text::tr("no cell of the date column is a date"),
                        ErrorLocation {log.source, -1, import.columns.date});
        options.calibrationEnd = *last - holdoutDays;
    }
    if (holdoutDays > 0)
        options.holdoutEnd = options.calibrationEnd + holdoutDays;
    const CustomerTable customers = summariseTransactions(log, options);

    Table table = customerFeatureTable(customers, import.columns.customer);
    table.properties["time_unit"] = std::string(toString(import.unit));
    table.properties["calibration_end"] = formatDate(customers.calibrationEnd);
    if (customers.holdoutEnd)
        table.properties["holdout_end"] = formatDate(*customers.holdoutEnd);

    // What was read, then the log's own findings (but that it is a log: it is read as one).
    const std::string period
        = customers.holdoutEnd ? fillIn(Text::tr("calibration to %1, holdout to %2"),
                                        formatDate(customers.calibrationEnd), formatDate(*customers.holdoutEnd))
                               : fillIn(Text::tr("calibration to %1"), formatDate(customers.calibrationEnd));
    std::string read;
    switch (import.unit) {
    case TimeUnit::Day: read = Text::tr("%1 transaction rows read as %2 customers (%3, in days)"); break;
    case TimeUnit::Week: read = Text::tr("%1 transaction rows read as %2 customers (%3, in weeks)"); break;
    case TimeUnit::Month: read = Text::tr("%1 transaction rows read as %2 customers (%3, in months)"); break;
    }
    table.warnings.push_back(
        fillIn(read, groupedCount(customers.rowsRead), groupedCount(customers.customers.size()), period));
    std::vector<std::string> logWarnings = log.warnings;
    if (const auto found = findTransactionLog(log, import.columns.customer))
        std::erase(logWarnings, describeTransactionLog(*found));
    table.warnings.insert(table.warnings.end(), logWarnings.begin(), logWarnings.end());
    if (customers.customersAfterCalibration)
        table.warnings.push_back(
            fillIn(Text::tr("%1 customer(s) first bought after the calibration end: not in the table"),
                   groupedCount(customers.customersAfterCalibration)));
    if (customers.linesWithoutChannel && !customers.channels.empty())
        table.warnings.push_back(
            customers.customersWithoutChannel
                ? fillIn(Text::tr("%1 purchase line(s) have no channel: channel shares count the lines that have "
                                  "one; %2 customer(s) with none have no shares (filled as missing cells)"),
                         groupedCount(customers.linesWithoutChannel), groupedCount(customers.customersWithoutChannel))
                : fillIn(Text::tr("%1 purchase line(s) have no channel: channel shares count the lines that have one"),
                         groupedCount(customers.linesWithoutChannel)));
    if (customers.linesAfterWindow)
        table.warnings.push_back(fillIn(Text::tr("%1 purchase line(s) after %2 left out"),
                                        groupedCount(customers.linesAfterWindow),
                                        formatDate(customers.holdoutEnd.value_or(customers.calibrationEnd))));
    const RowIssueKind kinds[] = {RowIssueKind::MissingId, RowIssueKind::BadDate,   RowIssueKind::FutureDate,
                                  RowIssueKind::BadAmount, RowIssueKind::Return,    RowIssueKind::Duplicate,
                                  RowIssueKind::BadQuantity};
    for (RowIssueKind kind : kinds) {
        const auto first = std::find_if(customers.issues.begin(), customers.issues.end(),
                                        [kind](const RowIssue &i) { return i.kind == kind; });
        if (first != customers.issues.end())
            table.warnings.push_back(
                issueWarning(kind, customers.count(kind), *first, log.source, import.dropDuplicates));
    }
    return table;
}

} // namespace seg
