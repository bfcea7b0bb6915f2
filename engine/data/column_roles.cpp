#include "engine/data/column_roles.h"

#include "engine/core/error.h"
#include "engine/data/column_names.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_set>

namespace seg {
namespace {

constexpr std::array kRoles {ColumnRole::Id,    ColumnRole::Label,    ColumnRole::Numeric, ColumnRole::Categorical,
                             ColumnRole::Value, ColumnRole::Date,     ColumnRole::Personal, ColumnRole::Ignored};

bool isKeyName(const std::vector<std::string> &ws)
{
    const std::string &first = ws.front();
    const std::string &last = ws.back();
    return last == "id" || last == "uuid" || last == "key" || first == "id";
}

bool isLabelName(const std::vector<std::string> &ws)
{
    return hasWord(ws, {"label", "labels", "truth"}) || ws.front() == "true";
}

bool isPersonalName(const std::vector<std::string> &ws)
{
    return hasWord(ws, {"name", "firstname", "lastname", "surname", "email", "mail", "phone", "mobile",
                        "address", "street", "postcode", "zip", "iban", "ssn", "birthday"});
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
    throw Error(ErrorKind::Usage, "unknown column role '" + std::string(name) + "'; the roles are: " + accepted);
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
        return {ColumnRole::Ignored, "the column has no name"};
    if (isKeyName(ws))
        return {ColumnRole::Id, "its name marks a key"};
    if (isLabelName(ws))
        return {ColumnRole::Label, "its name marks known segments"};
    if (isPersonalName(ws))
        return {ColumnRole::Personal, "its name marks personal data"};
    switch (column.type) {
    case ColumnType::Date: return {ColumnRole::Date, "its cells are dates"};
    case ColumnType::Categorical: return {ColumnRole::Categorical, "its cells are a few text values"};
    case ColumnType::Identifier: return {ColumnRole::Ignored, "its cells are free text or keys"};
    case ColumnType::Boolean: return {ColumnRole::Numeric, "its cells are yes/no values"};
    case ColumnType::Integer:
    case ColumnType::Real:
        if (isMoneyName(ws))
            return {ColumnRole::Value, "its name marks an amount of money"};
        return {ColumnRole::Numeric, "its cells are numbers"};
    }
    return {ColumnRole::Numeric, "its cells are numbers"};
}

void assignColumnRoles(Table &table, const std::map<std::string, ColumnRole> &chosen)
{
    std::unordered_set<std::string_view> names;
    for (const Column &c : table.columns)
        names.insert(c.name);
    for (const auto &[name, role] : chosen)
        if (names.count(name) == 0)
            throw Error(ErrorKind::InvalidData,
                        "a role (" + std::string(toString(role)) + ") was set for the column '" + name
                            + "', but there is no such column; the columns are: " + columnList(table),
                        ErrorLocation {table.source, -1, {}});
    for (Column &column : table.columns) {
        const auto it = chosen.find(column.name);
        if (it == chosen.end()) {
            RoleSuggestion s = suggestColumnRole(column, table);
            column.role = s.role;
            column.roleReason = std::move(s.reason);
            continue;
        }
        const ColumnRole role = it->second;
        const ErrorLocation where {table.source, -1, column.name};
        const auto cannot = [&](const std::string &why) {
            throw Error(ErrorKind::InvalidData,
                        "column '" + column.name + "' cannot be " + std::string(toString(role)) + ": " + why, where);
        };
        switch (role) {
        case ColumnRole::Categorical:
            if (column.type == ColumnType::Integer || column.type == ColumnType::Boolean)
                numbersToLevels(column);
            else if (column.type != ColumnType::Categorical)
                cannot("its cells are " + std::string(toString(column.type))
                       + " values; a category is a code or a few text values");
            break;
        case ColumnRole::Numeric:
        case ColumnRole::Value:
            if (column.type != ColumnType::Integer && column.type != ColumnType::Real
                && !(role == ColumnRole::Numeric && column.type == ColumnType::Boolean))
                cannot("its cells are " + std::string(toString(column.type)) + " values, not numbers");
            break;
        case ColumnRole::Date:
            if (column.type != ColumnType::Date)
                cannot("its cells are " + std::string(toString(column.type)) + " values, not dates");
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

std::vector<std::string> columnsWithRole(const Table &table, ColumnRole role)
{
    std::vector<std::string> names;
    for (const Column &c : table.columns)
        if (c.role == role)
            names.push_back(c.name);
    return names;
}

} // namespace seg
