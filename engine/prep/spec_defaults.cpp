#include "engine/prep/spec_defaults.h"

#include <map>
#include <set>
#include <utility>

namespace seg {

namespace {

std::map<std::string, Transform> suggestedTransforms(const Table &table, const std::vector<std::string> &exclude)
{
    std::map<std::string, Transform> out;
    for (const FeatureGroup &group : suggestFeatureSpec(table, exclude).groups)
        for (const FeatureColumn &column : group.columns)
            out.emplace(column.column, column.transform);
    return out;
}

std::set<std::pair<std::string, std::string>> enabledColumnGroups(const FeatureSpec &spec)
{
    std::set<std::pair<std::string, std::string>> out;
    for (const FeatureGroup &group : spec.groups)
        if (group.enabled)
            for (const FeatureColumn &column : group.columns)
                out.emplace(column.column, group.name);
    return out;
}

} // namespace

FeatureSpec withSuggestedTransforms(const Table &table, FeatureSpec chosen)
{
    const std::map<std::string, Transform> suggested = suggestedTransforms(table, {});
    for (FeatureGroup &group : chosen.groups)
        for (FeatureColumn &column : group.columns)
            if (const auto it = suggested.find(column.column); it != suggested.end())
                column.transform = it->second;
    return chosen;
}

FeatureSpec resolveDefaultSpec(const Table &table, const FeatureSpec &chosen, const std::vector<std::string> &exclude)
{
    FeatureSpec suggested = suggestFeatureSpec(table, exclude);
    if (enabledColumnGroups(suggested) == enabledColumnGroups(chosen)) {
        // The spec-wide settings stay the chosen ones.
        suggested.scaling = chosen.scaling;
        suggested.imputation = chosen.imputation;
        suggested.maxOneHotLevels = chosen.maxOneHotLevels;
        suggested.winsorizeLower = chosen.winsorizeLower;
        suggested.winsorizeUpper = chosen.winsorizeUpper;
        return suggested;
    }
    return withSuggestedTransforms(table, chosen);
}

std::string transformSummary(const FeatureSpec &spec)
{
    std::string out;
    for (const FeatureGroup &group : spec.groups) {
        if (!group.enabled)
            continue;
        for (const FeatureColumn &column : group.columns)
            out += (out.empty() ? "" : ", ") + column.column + ": " + std::string(toString(column.transform));
    }
    return out;
}

} // namespace seg
