#include "engine/data/sensitive_columns.h"

#include "engine/core/error.h"
#include "engine/data/column_names.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace seg {

std::vector<std::string> markedSensitiveColumns(const Table &table)
{
    const auto it = table.properties.find(kSensitiveColumnsProperty);
    if (it == table.properties.end())
        return {};
    const nlohmann::json names = nlohmann::json::parse(it->second, nullptr, false);
    std::vector<std::string> out;
    if (names.is_array())
        for (const nlohmann::json &n : names)
            if (n.is_string())
                out.push_back(n.get<std::string>());
    return out;
}

void markSensitiveColumns(Table &table, const std::vector<std::string> &columns)
{
    std::vector<std::string> marked = markedSensitiveColumns(table);
    for (const std::string &name : columns) {
        if (!table.find(name))
            throw Error(ErrorKind::Usage,
                        fillIn(Text::tr("cannot mark '%1' sensitive: %2 has no such column"), name, table.source));
        if (std::find(marked.begin(), marked.end(), name) == marked.end())
            marked.push_back(name);
    }
    table.properties[kSensitiveColumnsProperty] = nlohmann::json(marked).dump();
}

std::string sensitiveReason(const Table &table, std::string_view column)
{
    if (std::string attribute = sensitiveAttribute(column); !attribute.empty())
        return attribute;
    const std::vector<std::string> marked = markedSensitiveColumns(table);
    return std::find(marked.begin(), marked.end(), column) != marked.end() ? "marked sensitive" : std::string();
}

std::vector<std::pair<std::string, std::string>> sensitiveColumns(const Table &table)
{
    std::vector<std::pair<std::string, std::string>> out;
    for (const Column &c : table.columns)
        if (std::string reason = sensitiveReason(table, c.name); !reason.empty())
            out.emplace_back(c.name, std::move(reason));
    return out;
}

} // namespace seg
