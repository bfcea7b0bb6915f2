#include "engine/data/column_roles.h"

#include "engine/core/error.h"
#include "engine/data/column_names.h"
#include "engine/data/import_messages.h"
#include "engine/data/type_inference.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdio>
#include <set>
#include <unordered_map>
#include <string_view>
#include <unordered_set>

namespace seg {
namespace {

constexpr std::array kRoles {ColumnRole::Id,    ColumnRole::Label,    ColumnRole::Numeric, ColumnRole::Categorical,
                             ColumnRole::Value, ColumnRole::Date,     ColumnRole::Personal, ColumnRole::Ignored};

// A key: "id", "*_id", "*_uuid", "*_key", "id_*".
bool isKeyName(const std::vector<std::string> &ws)
{
    const std::string &first = ws.front();
    const std::string &last = ws.back();
    return last == "id" || last == "uuid" || last == "key" || first == "id";
}

// A number that names a thing rather than counts it: "InvoiceNo", "order_number", "account_nr".
// Checked after personal data, so that "phone_number" stays personal.
bool isNumberKeyName(const std::vector<std::string> &ws)
{
    const std::string &last = ws.back();
    return ws.size() > 1 && (last == "no" || last == "nr" || last == "num" || last == "number");
}

bool isLabelName(const std::vector<std::string> &ws)
{
    return hasWord(ws, {"label", "labels", "truth"}) || ws.front() == "true";
}

// Personal data: the column is a name, a contact or an address ("email", "customer_name",
// "phone_number"), not merely about one ("email_open_rate" is a rate).
bool isPersonalName(const std::vector<std::string> &ws)
{
    const std::string &last = ws.back();
    for (std::string_view w : {"name", "firstname", "lastname", "surname", "fullname", "email", "mail", "phone",
                               "mobile", "telephone", "address", "street", "postcode", "zip", "zipcode", "iban",
                               "ssn", "birthday", "birthdate", "dob"})
        if (last == w)
            return true;
    return (last == "number" || last == "no" || last == "nr" || last == "code")
        && hasWord(ws, {"phone", "mobile", "telephone", "iban", "ssn", "zip", "postal", "post", "passport"});
}

// A name that says its values are codes for kinds of things, not quantities.
bool isCodeName(const std::vector<std::string> &ws)
{
    return hasWord(ws, {"code",     "codes",  "region",   "channel", "type",   "kind",   "segment", "category",
                        "class",    "group",  "zone",     "country", "store",  "branch", "area",    "district",
                        "state",    "sector", "department", "status", "gender", "cluster", "brand"});
}

// Integer codes: at most this many distinct values, and at most one per this many rows.
constexpr std::size_t kMaxCodeValues = 12;
constexpr std::size_t kMinRowsPerCodeValue = 4;

// "whole numbers 1–3 in 3 values and a name like a code: ..." when the column holds few distinct
// whole numbers, else empty.
std::string fewWholeNumbersReason(const Column &column)
{
    std::set<double> distinct;
    std::size_t present = 0;
    for (double v : column.numbers) {
        if (std::isnan(v))
            continue;
        ++present;
        if (distinct.insert(v).second && distinct.size() > kMaxCodeValues)
            return {};
    }
    if (distinct.empty() || distinct.size() * kMinRowsPerCodeValue > present)
        return {};
    char low[320], high[320];
    std::snprintf(low, sizeof low, "%.0f", *distinct.begin());
    std::snprintf(high, sizeof high, "%.0f", *distinct.rbegin());
    return fillIn(Text::tr("whole numbers %1–%2 in %3 values and a name like a code: a category, not a quantity"),
                  low, high, distinct.size());
}

// Money by name: the words a table uses for amounts of money, not for what was bought.
bool isMoneyName(const std::vector<std::string> &ws)
{
    return hasWord(ws, {"revenue", "spend", "spent", "spending", "monetary", "sales", "amount", "value",
                        "price", "cost", "turnover", "clv", "ltv", "aov"});
}

// A categorical column of numbers: each distinct number becomes a level, written as the
// table shows it.
void numbersToLevels(Column &column)
{
    Column out;
    out.name = std::move(column.name);
    out.type = ColumnType::Categorical;
    out.codes.reserve(column.numbers.size());
    std::map<double, std::int32_t> seen;
    for (std::size_t row = 0; row < column.numbers.size(); ++row) {
        const double v = column.numbers[row];
        if (std::isnan(v)) {
            out.codes.push_back(-1);
            continue;
        }
        const auto [it, added] = seen.try_emplace(v, static_cast<std::int32_t>(out.levels.size()));
        if (added)
            out.levels.push_back(column.cellText(row));
        out.codes.push_back(it->second);
    }
    column = std::move(out);
}

// A date column from whole numbers written YYYYMMDD or from date text; the first cell that is
// no date otherwise (its data index), the column unchanged.
std::optional<std::size_t> toDates(Column &column)
{
    const std::size_t n = column.size();
    std::vector<double> days(n, std::nan(""));
    if (column.type == ColumnType::Integer) {
        for (std::size_t r = 0; r < n; ++r)
            if (!std::isnan(column.numbers[r]) && !compactDateValue(column.numbers[r], days[r]))
                return r;
    } else {
        DayMonthEvidence evidence;
        for (std::size_t r = 0; r < n; ++r)
            if (!column.isMissing(r))
                evidence.add(column.cellText(r));
        const DayMonthOrder order = evidence.order(DayMonthOrder::MonthFirst);
        for (std::size_t r = 0; r < n; ++r)
            if (!column.isMissing(r) && parseDate(column.cellText(r), days[r], true, order) == DateFormat::None)
                return r;
    }
    Column out;
    out.name = std::move(column.name);
    out.type = ColumnType::Date;
    out.numbers = std::move(days);
    column = std::move(out);
    return std::nullopt;
}

std::string columnList(const Table &table)
{
    std::string list;
    for (const Column &c : table.columns)
        list += (list.empty() ? "'" : ", '") + c.name + "'";
    return list;
}

} // namespace

std::string_view toString(ColumnRole role)
{
    switch (role) {
    case ColumnRole::Id: return "id";
    case ColumnRole::Label: return "label";
    case ColumnRole::Numeric: return "numeric";
    case ColumnRole::Categorical: return "categorical";
    case ColumnRole::Value: return "value";
    case ColumnRole::Date: return "date";
    case ColumnRole::Personal: return "personal";
    case ColumnRole::Ignored: return "ignored";
    }
    return "unknown";
}

ColumnRole parseColumnRole(std::string_view name)
{
    for (ColumnRole role : kRoles)
        if (toString(role) == name)
            return role;
    std::string accepted;
    for (ColumnRole role : kRoles)
        accepted += (accepted.empty() ? "" : ", ") + std::string(toString(role));
    throw Error(ErrorKind::Usage, fillIn(Text::tr("unknown column role '%1'; the roles are: %2"), name, accepted));
}

bool isFeatureRole(ColumnRole role)
{
    return role == ColumnRole::Numeric || role == ColumnRole::Categorical || role == ColumnRole::Value
        || role == ColumnRole::Date;
}

RoleSuggestion suggestColumnRole(const Column &column, const Table &)
{
    const std::vector<std::string> ws = nameWords(column.name);
    if (ws.empty())
        return {ColumnRole::Ignored, Text::tr("the column has no name")};
    if (isKeyName(ws))
        return {ColumnRole::Id, Text::tr("its name marks a key")};
    if (isLabelName(ws))
        return {ColumnRole::Label, Text::tr("its name marks known segments")};
    if (isPersonalName(ws))
        return {ColumnRole::Personal, Text::tr("its name marks personal data")};
    if (isNumberKeyName(ws) && column.type != ColumnType::Real)
        return {ColumnRole::Id, Text::tr("its name marks a number that names something (a key), not a quantity")};
    if (column.size() > 0 && column.missingCount() == column.size())
        return {ColumnRole::Ignored, Text::tr("every cell is missing")};
    switch (column.type) {
    case ColumnType::Date: return {ColumnRole::Date, Text::tr("its cells are dates")};
    case ColumnType::Categorical:
        if (looksNumericWithText(column) && !isCodeName(ws))
            return {ColumnRole::Numeric, Text::tr("most of its cells are numbers, but some are not")};
        return {ColumnRole::Categorical, Text::tr("its cells are a few text values")};
    case ColumnType::Identifier:
        if (isCodeName(ws))
            return {ColumnRole::Ignored,
                    Text::tr("its cells are codes with too many distinct values to be categories")};
        if (looksNumericWithText(column))
            return {ColumnRole::Numeric, Text::tr("most of its cells are numbers, but some are not")};
        return {ColumnRole::Ignored, Text::tr("its cells are free text or keys")};
    case ColumnType::Boolean: return {ColumnRole::Numeric, Text::tr("its cells are yes/no values")};
    case ColumnType::Integer:
        if (isCodeName(ws))
            if (std::string few = fewWholeNumbersReason(column); !few.empty())
                return {ColumnRole::Categorical, std::move(few)};
        [[fallthrough]];
    case ColumnType::Real:
        if (isMoneyName(ws))
            return {ColumnRole::Value, Text::tr("its name marks an amount of money")};
        return {ColumnRole::Numeric, Text::tr("its cells are numbers")};
    }
    return {ColumnRole::Numeric, Text::tr("its cells are numbers")};
}

void applyChosenRoles(Table &table, const std::map<std::string, ColumnRole> &chosen)
{
    std::unordered_set<std::string_view> names;
    for (const Column &c : table.columns)
        names.insert(c.name);
    for (const auto &[name, role] : chosen)
        if (names.count(name) == 0)
            throw Error(ErrorKind::InvalidData,
                        fillIn(Text::tr("a role (%1) was set for the column '%2', but there is no such column; the "
                                        "columns are: %3"),
                               toString(role), name, columnList(table)),
                        ErrorLocation {table.source, -1, {}});
    for (Column &column : table.columns) {
        const auto it = chosen.find(column.name);
        if (it == chosen.end())
            continue;
        const ColumnRole role = it->second;
        const ErrorLocation where {table.source, -1, column.name};
        const auto cannot = [&](const std::string &why) {
            throw Error(ErrorKind::InvalidData,
                        fillIn(Text::tr("column '%1' cannot be %2: %3"), column.name, toString(role), why), where);
        };
        switch (role) {
        case ColumnRole::Categorical:
            if (column.type == ColumnType::Integer || column.type == ColumnType::Boolean)
                numbersToLevels(column);
            else if (column.type != ColumnType::Categorical)
                cannot(fillIn(Text::tr("its cells are %1 values; a category is a code or a few text values"),
                              toString(column.type)));
            break;
        case ColumnRole::Numeric:
        case ColumnRole::Value:
            if (column.type != ColumnType::Integer && column.type != ColumnType::Real
                && !(role == ColumnRole::Numeric && column.type == ColumnType::Boolean))
                cannot(fillIn(Text::tr("its cells are %1 values, not numbers"), toString(column.type)));
            break;
        case ColumnRole::Date:
            if (column.type == ColumnType::Real || column.type == ColumnType::Boolean)
                cannot(fillIn(Text::tr("its cells are %1 values, not dates"), toString(column.type)));
            if (column.type != ColumnType::Date) {
                if (const auto bad = toDates(column)) // the column is unchanged then
                    cannot(fillIn(Text::tr("row %1 holds '%2', which is not a date (such as 2024-03-31, 3/31/2024, "
                                           "31.03.2024 or 20240331)"),
                                  table.rowNumber(*bad), column.cellText(*bad)));
            }
            break;
        case ColumnRole::Id:
        case ColumnRole::Label:
        case ColumnRole::Personal:
        case ColumnRole::Ignored: break;
        }
        column.role = role;
        column.roleReason = "chosen";
    }
}

void assignColumnRoles(Table &table, const std::map<std::string, ColumnRole> &chosen)
{
    for (Column &column : table.columns) {
        if (chosen.count(column.name))
            continue;
        RoleSuggestion s = suggestColumnRole(column, table);
        if (s.role == ColumnRole::Categorical && column.type == ColumnType::Integer)
            numbersToLevels(column); // a code is one-hot encoded, never averaged
        column.role = s.role;
        column.roleReason = std::move(s.reason);
    }
    applyChosenRoles(table, chosen);
}

std::vector<std::string> columnsWithRole(const Table &table, ColumnRole role)
{
    std::vector<std::string> names;
    for (const Column &c : table.columns)
        if (c.role == role)
            names.push_back(c.name);
    return names;
}

namespace {

constexpr std::size_t kMinRepeatedRows = 2;

// Counts the rows with an id and the distinct ids of `c`, keyed by keyOf(row). True when the
// ids repeat as a log's do (one repeated id is a mistake in a customer table, which the reader
// names; a log repeats ids again and again); then the example is the id with the most rows,
// the first of them in the table on a tie. An open-addressing table of first rows: this runs on
// every table read, and a node per id made it slower than reading the file.
template <typename KeyOf>
bool countIds(const Column &c, KeyOf keyOf, TransactionLog &log)
{
    using Key = decltype(keyOf(std::size_t {0}));
    constexpr std::size_t kEmpty = ~std::size_t {0};
    const std::size_t capacity = std::bit_ceil(std::max<std::size_t>(16, 2 * c.size()));
    const int shift = 64 - std::countr_zero(capacity);
    std::vector<std::size_t> firstRow(capacity, kEmpty);
    std::vector<std::size_t> rows(capacity, 0);
    const std::hash<Key> hash;
    for (std::size_t r = 0; r < c.size(); ++r) {
        if (c.isMissing(r))
            continue;
        ++log.rows;
        const Key key = keyOf(r);
        // Fibonacci hashing spreads std::hash's identity hash of numbers over the table.
        std::size_t i = static_cast<std::size_t>((static_cast<std::uint64_t>(hash(key)) * 0x9E3779B97F4A7C15ULL) >> shift);
        while (firstRow[i] != kEmpty && !(keyOf(firstRow[i]) == key))
            i = (i + 1) & (capacity - 1);
        if (firstRow[i] == kEmpty) {
            firstRow[i] = r;
            ++log.ids;
        }
        ++rows[i];
    }
    if (log.rows < log.ids + kMinRepeatedRows)
        return false;
    std::size_t best = kEmpty;
    for (std::size_t i = 0; i < capacity; ++i)
        if (firstRow[i] != kEmpty
            && (best == kEmpty || rows[i] > rows[best] || (rows[i] == rows[best] && firstRow[i] < firstRow[best])))
            best = i;
    log.exampleRows = rows[best];
    log.exampleId = c.cellText(firstRow[best]);
    return true;
}

bool isCustomerName(std::string_view name)
{
    return hasWord(nameWords(name),
                   {"customer", "client", "user", "member", "account", "buyer", "shopper", "household", "cust"});
}

} // namespace

std::optional<TransactionLog> findTransactionLog(const Table &table, const std::string &idColumn)
{
    const Column *key = idColumn.empty() ? nullptr : table.find(idColumn);
    if (idColumn.empty()) {
        for (const Column &c : table.columns)
            if (c.role == ColumnRole::Id && (key == nullptr || (!isCustomerName(key->name) && isCustomerName(c.name))))
                key = &c;
    }
    if (key == nullptr)
        return std::nullopt;
    TransactionLog log;
    log.idColumn = key->name;
    // Counted by the cell's own value (a code, a number, a view of the text) rather than by a
    // copy of its text: this runs on every table read, and a million-row table used to spend
    // longer here than in reading the file.
    const bool repeats = [&] {
        switch (key->type) {
        case ColumnType::Identifier:
            return countIds(*key, [&](std::size_t r) { return std::string_view(key->text[r]); }, log);
        case ColumnType::Categorical:
            return countIds(*key, [&](std::size_t r) { return key->codes[r]; }, log);
        default: return countIds(*key, [&](std::size_t r) { return key->numbers[r]; }, log);
        }
    }();
    if (!repeats)
        return std::nullopt;
    return log;
}

std::string describeTransactionLog(const TransactionLog &log)
{
    return fillIn(Text::tr("column '%1' repeats: %2 rows for %3 ids (id '%4' has %5 rows). The data looks like a "
                           "transaction log (a row per purchase or invoice line), not one row per customer, and "
                           "clustering it would make segments of purchases. Read it as one row per customer "
                           "instead: from its dates and amounts, each customer's purchases, time since the last one "
                           "and spend"),
                  log.idColumn, groupedCount(log.rows), groupedCount(log.ids), log.exampleId,
                  groupedCount(log.exampleRows));
}

} // namespace seg
