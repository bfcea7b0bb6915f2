#include "engine/score/score_json.h"

#include "engine/core/error.h"
#include "engine/data/assignments.h"
#include "engine/data/cell_parsers.h"

#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <unordered_map>

namespace seg {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

[[noreturn]] void refuse(std::size_t customer, const std::string &column, const std::string &what)
{
    throw Error(ErrorKind::InvalidData, fillIn(Text::tr("customer %1, column '%2': %3"), customer + 1, column, what));
}

std::string shown(const nlohmann::json &value)
{
    // Never dump a structure: a request may nest arrays a million deep, and dumping recurses.
    if (value.is_array())
        return Text::tr("an array");
    if (value.is_object())
        return Text::tr("an object");
    std::string text = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return text.size() > 40 ? text.substr(0, 40) + "..." : text;
}

/// A JSON number as a category's level: whole numbers without a decimal point.
std::string levelOfNumber(double number)
{
    char text[40];
    if (std::isfinite(number) && number == std::floor(number) && std::abs(number) < 1e15)
        std::snprintf(text, sizeof text, "%.0f", number);
    else
        std::snprintf(text, sizeof text, "%.17g", number);
    return text;
}

double numberOf(const nlohmann::json &value, std::size_t customer, const std::string &column)
{
    if (value.is_number())
        return value.get<double>();
    double number = 0.0;
    if (value.is_string() && parseNumber(value.get_ref<const std::string &>(), number) != NumberKind::None)
        return number;
    refuse(customer, column, fillIn(Text::tr("%1 is not a number"), shown(value)));
}

double booleanOf(const nlohmann::json &value, std::size_t customer, const std::string &column)
{
    if (value.is_boolean())
        return value.get<bool>() ? 1.0 : 0.0;
    if (value.is_number()) {
        const double n = value.get<double>();
        if (n == 0.0 || n == 1.0)
            return n;
    }
    if (value.is_string()) {
        const int b = parseBoolean(value.get_ref<const std::string &>(), true);
        if (b >= 0)
            return b;
    }
    refuse(customer, column, fillIn(Text::tr("%1 is not yes or no (true/false, 1/0, \"yes\"/\"no\")"), shown(value)));
}

double dateOf(const nlohmann::json &value, std::size_t customer, const std::string &column)
{
    double days = 0.0;
    if (value.is_string() && parseDate(value.get_ref<const std::string &>(), days, true) != DateFormat::None)
        return days;
    if (value.is_number() && compactDateValue(value.get<double>(), days))
        return days;
    refuse(customer, column, fillIn(Text::tr("%1 is not a date (YYYY-MM-DD, with a time if need be)"), shown(value)));
}

} // namespace

const nlohmann::json &requestCustomers(const nlohmann::json &body)
{
    const nlohmann::json *customers = &body;
    if (body.is_object()) {
        const auto it = body.find("customers");
        if (it == body.end())
            throw Error(ErrorKind::Usage, Text::tr("expected {\"customers\": [...]} or an array of customers"));
        customers = &*it;
    }
    if (!customers->is_array())
        throw Error(ErrorKind::Usage, Text::tr("the customers must be a JSON array of objects, one per customer"));
    return *customers;
}

Table customersFromJson(const ScoringModel &model, const nlohmann::json &customers, const std::string &idColumn)
{
    if (!customers.is_array())
        throw Error(ErrorKind::InvalidData,
                    Text::tr("the customers must be a JSON array of objects, one per customer"));
    const std::size_t n = customers.size();
    Table table;
    table.source = Text::tr("the request");
    table.rowNumberJumps = {{0, 1}}; // row N of a message is customer N, as in this file's own
    table.rowCount = n;
    if (!idColumn.empty()) {
        Column id;
        id.name = idColumn;
        id.type = ColumnType::Identifier;
        id.role = ColumnRole::Id;
        id.text.resize(n);
        id.textMissing.assign(n, 1);
        table.columns.push_back(std::move(id));
    }
    std::vector<std::unordered_map<std::string, std::int32_t>> levelIndex(model.columns.size());
    // Typed as a file to score is read: integers as reals, since 1.5 is a number the run can score.
    const std::map<std::string, ColumnType> types = modelColumnTypes(model);
    for (const ScoringColumn &c : model.columns) {
        Column column;
        column.name = c.name;
        column.type = types.at(c.name);
        if (c.type == ColumnType::Categorical)
            column.codes.assign(n, -1);
        else
            column.numbers.assign(n, kNaN);
        table.columns.push_back(std::move(column));
    }
    const std::size_t first = idColumn.empty() ? 0 : 1;
    for (std::size_t i = 0; i < n; ++i) {
        const nlohmann::json &customer = customers[i];
        if (!customer.is_object())
            throw Error(ErrorKind::InvalidData,
                        fillIn(Text::tr("customer %1 is %2, not an object of columns and values"), i + 1,
                               shown(customer)));
        if (!idColumn.empty()) {
            const auto it = customer.find(idColumn);
            if (it != customer.end() && !it->is_null()) {
                // A number is its text; an array or an object is no id (the row number stands in).
                Column &id = table.columns.front();
                if (!it->is_structured()) {
                    id.text[i] = it->is_string() ? it->get<std::string>() : it->dump();
                    id.textMissing[i] = 0;
                }
            }
        }
        bool any = false;
        for (std::size_t c = 0; c < model.columns.size(); ++c) {
            const ScoringColumn &sc = model.columns[c];
            const auto it = customer.find(sc.name);
            if (it == customer.end())
                continue;
            any = true;
            if (it->is_null())
                continue;
            Column &column = table.columns[first + c];
            switch (sc.type) {
            case ColumnType::Integer:
            case ColumnType::Real:
                column.numbers[i] = numberOf(*it, i, sc.name);
                if (!std::isfinite(column.numbers[i]))
                    refuse(i, sc.name, fillIn(Text::tr("%1 is not a finite number"), shown(*it)));
                break;
            case ColumnType::Boolean:
                column.numbers[i] = booleanOf(*it, i, sc.name);
                break;
            case ColumnType::Date:
                column.numbers[i] = dateOf(*it, i, sc.name);
                break;
            case ColumnType::Categorical: {
                std::string level;
                if (it->is_string())
                    level = it->get<std::string>();
                else if (it->is_number())
                    level = levelOfNumber(it->get<double>());
                else
                    refuse(i, sc.name, fillIn(Text::tr("%1 is not a category (text or a number)"), shown(*it)));
                auto [entry, added] = levelIndex[c].emplace(level, static_cast<std::int32_t>(column.levels.size()));
                if (added)
                    column.levels.push_back(level);
                column.codes[i] = entry->second;
                break;
            }
            case ColumnType::Identifier:
                break;
            }
        }
        if (!any && !model.columns.empty()) {
            std::string expected;
            for (std::size_t c = 0; c < model.columns.size() && c < 5; ++c)
                expected += (c == 0 ? "'" : ", '") + model.columns[c].name + "'";
            if (model.columns.size() > 5)
                expected += ", ...";
            throw Error(ErrorKind::InvalidData,
                        fillIn(Text::tr("customer %1 has none of the columns the segments read (%2)"), i + 1,
                               expected));
        }
    }
    return table;
}

nlohmann::json scoredRowJson(const ScoredRows &scored, std::size_t row, const std::string &id, const std::string &name)
{
    const auto figure = [](double value) {
        return std::isnan(value) ? nlohmann::json(nullptr) : nlohmann::json(std::stod(formatScore(value)));
    };
    return {{"id", id},
            {"segment", scored.segments[row]},
            {"segment_name", name},
            {"distance", figure(scored.distances[row])},
            {"margin", figure(scored.margins[row])},
            {"confidence", figure(scored.confidences[row])},
            {"anomaly", scored.flags[row] != 0},
            {"anomaly_reason", scored.reasons[row]}};
}

} // namespace seg
