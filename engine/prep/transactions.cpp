#include "engine/prep/transactions.h"

#include "engine/core/error.h"
#include "engine/core/parallel.h"
#include "engine/data/cell_parsers.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <deque>
#include <functional>
#include <limits>
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
    throw Error(ErrorKind::Usage,
                "unknown time unit '" + std::string(name) + "'; accepted values: day, week, month");
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

const Column &requireColumn(const Table &table, const std::string &name, const char *what)
{
    if (const Column *c = table.find(name))
        return *c;
    std::string available;
    for (const Column &c : table.columns)
        available += (available.empty() ? "'" : ", '") + c.name + "'";
    throw Error(ErrorKind::InvalidData,
                std::string("the ") + what + " column '" + name + "' does not exist; the columns are: " + available,
                ErrorLocation {table.source, -1, {}});
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

std::string formatDay(double day)
{
    Column c;
    c.type = ColumnType::Date;
    c.numbers = {day};
    return c.cellText(0);
}

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
    const Column &idColumn = requireColumn(table, names.customer, "customer");
    const Column &dateColumn = requireColumn(table, names.date, "date");
    const Column &amountColumn = requireColumn(table, names.amount, "amount");
    const Column *quantityColumn = names.quantity.empty() ? nullptr : &requireColumn(table, names.quantity, "quantity");
    const Column *channelColumn = names.channel.empty() ? nullptr : &requireColumn(table, names.channel, "channel");
    const Column *categoryColumn
        = names.category.empty() ? nullptr : &requireColumn(table, names.category, "category");
    if (options.holdoutEnd && !(*options.holdoutEnd > options.calibrationEnd))
        throw Error(ErrorKind::Usage, "the holdout end " + formatDay(*options.holdoutEnd)
                                          + " must be after the calibration end " + formatDay(options.calibrationEnd));

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
    const auto quoted = [](const Column &c, std::size_t r) { return "'" + c.cellText(r) + "'"; };

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
            issue(RowIssueKind::MissingId, r, idColumn.name, "the customer id is missing");
            continue;
        }
        const double day = dates.day(r);
        if (std::isnan(day)) {
            issue(RowIssueKind::BadDate, r, dateColumn.name,
                  dateColumn.isMissing(r) ? std::string("the date is missing")
                                          : quoted(dateColumn, r)
                                                + " is not a date (such as 2024-03-31, 3/31/2024, 31.03.2024 or "
                                                  "20240331)");
            continue;
        }
        if (options.today && day > *options.today) {
            issue(RowIssueKind::FutureDate, r, dateColumn.name,
                  "the date " + formatDay(day) + " is in the future (after " + formatDay(*options.today) + ")");
            continue;
        }
        const double amount = numberAt(amountColumn, r);
        if (!std::isfinite(amount)) {
            issue(RowIssueKind::BadAmount, r, amountColumn.name,
                  amountColumn.isMissing(r) ? std::string("the amount is missing")
                                            : quoted(amountColumn, r) + " is not a number");
            continue;
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
                  "every cell equals row " + std::to_string(table.rowNumber(candidates[duplicateOf[i]].row))
                      + (options.dropDuplicates ? ": counted once" : ": kept"));
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
        if (amount < 0.0)
            issue(RowIssueKind::Return, r, amountColumn.name,
                  "a negative amount (" + amountColumn.cellText(r) + ") is a return, not a purchase");
        if (quantityColumn) {
            line.quantity = numberAt(*quantityColumn, r);
            if (!std::isfinite(line.quantity)) {
                if (!quantityColumn->isMissing(r))
                    issue(RowIssueKind::BadQuantity, r, quantityColumn->name,
                          quoted(*quantityColumn, r) + " is not a number: the purchase counts, its quantity does not");
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
            if (it->channel >= 0)
                s.channelShares[static_cast<std::size_t>(it->channel)] += 1.0;
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
        for (double &share : s.channelShares)
            share = s.lines > 0 ? share / static_cast<double>(s.lines) : 0.0;
        out.customers.push_back(std::move(s));
    }
    // Channels appear in the shares of customers seen before the channel's first line: every
    // share vector has the final length.
    for (CustomerSummary &s : out.customers)
        s.channelShares.resize(out.channels.size(), 0.0);

    if (out.customers.empty()) {
        std::string why;
        for (RowIssueKind kind : {RowIssueKind::MissingId, RowIssueKind::BadDate, RowIssueKind::FutureDate,
                                  RowIssueKind::BadAmount, RowIssueKind::Return})
            if (const std::size_t n = out.count(kind))
                why += "; " + std::to_string(n) + " row(s) " + std::string(toString(kind))
                       + (kind == RowIssueKind::Return ? "" : " (left out)");
        if (out.customersAfterCalibration)
            why += "; " + std::to_string(out.customersAfterCalibration) + " customer(s) first bought after "
                   + formatDay(out.calibrationEnd);
        throw Error(ErrorKind::InvalidData,
                    "no customer made a purchase on or before the calibration end " + formatDay(out.calibrationEnd)
                        + " (" + std::to_string(table.rowCount) + " rows" + why + ")",
                    ErrorLocation {table.source, -1, {}});
    }
    std::stable_sort(out.issues.begin(), out.issues.end(),
              [](const RowIssue &a, const RowIssue &b) { return a.index < b.index; });
    return out;
}

CustomerTable customersFromSummary(const Table &table, const SummaryColumns &columns, TimeUnit unit)
{
    const Column *idColumn = columns.customer.empty() ? nullptr : &requireColumn(table, columns.customer, "customer");
    const Column &x = requireColumn(table, columns.frequency, "frequency");
    const Column &tx = requireColumn(table, columns.recency, "recency");
    const Column &T = requireColumn(table, columns.tenure, "T");
    const Column *m = columns.monetary.empty() ? nullptr : &requireColumn(table, columns.monetary, "monetary");

    CustomerTable out;
    out.source = table.source;
    out.unit = unit;
    out.rowsRead = table.rowCount;
    out.customers.reserve(table.rowCount);
    for (std::size_t r = 0; r < table.rowCount; ++r) {
        const auto fail = [&](const Column &c, const std::string &what) {
            throw Error(ErrorKind::InvalidData, what, ErrorLocation {table.source, table.rowNumber(r), c.name});
        };
        const auto value = [&](const Column &c) {
            const double v = numberAt(c, r);
            if (!std::isfinite(v))
                fail(c, c.isMissing(r) ? "the value is missing" : "'" + c.cellText(r) + "' is not a number");
            return v;
        };
        CustomerSummary s;
        s.id = idColumn ? idColumn->cellText(r) : std::to_string(table.rowNumber(r));
        s.frequency = value(x);
        s.recency = value(tx);
        s.tenure = value(T);
        if (s.frequency < 0 || s.frequency != std::floor(s.frequency))
            fail(x, "the frequency " + x.cellText(r) + " is not a whole number of repeat purchases (0, 1, 2, ...)");
        if (!(s.tenure >= 0))
            fail(T, "T " + T.cellText(r) + " is negative (the time from the first purchase to the end of "
                                           "calibration)");
        if (s.tenure == 0 && s.frequency > 0)
            fail(T, "T is 0 but the frequency is " + x.cellText(r)
                        + ": repeat purchases need time after the first purchase");
        if (s.recency < 0 || s.recency > s.tenure)
            fail(tx, "the recency " + tx.cellText(r) + " is not between 0 and T (" + T.cellText(r) + ")");
        if (s.frequency == 0 && s.recency != 0)
            fail(tx, "the recency " + tx.cellText(r) + " must be 0 when the frequency is 0 (no repeat purchase)");
        if (m) {
            s.monetary = value(*m);
            if (s.monetary < 0)
                fail(*m, "the monetary value " + m->cellText(r) + " is negative");
        }
        s.meanInterPurchase = s.frequency > 0 ? s.recency / s.frequency : std::nan("");
        s.totalSpend = std::nan(""); // a summary table does not say
        out.customers.push_back(std::move(s));
    }
    if (out.customers.empty())
        throw Error(ErrorKind::InvalidData, "the table has no customers", ErrorLocation {table.source, -1, {}});
    return out;
}

} // namespace seg
