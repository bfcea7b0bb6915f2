#include "app/lib/analysis.h"

namespace seg {

namespace {

bool sameColumn(const FeatureColumn &a, const FeatureColumn &b)
{
    return a.column == b.column && a.transform == b.transform && a.weight == b.weight;
}

bool sameGroup(const FeatureGroup &a, const FeatureGroup &b)
{
    if (a.name != b.name || a.weight != b.weight || a.enabled != b.enabled
        || a.columns.size() != b.columns.size())
        return false;
    for (std::size_t i = 0; i < a.columns.size(); ++i) {
        if (!sameColumn(a.columns[i], b.columns[i]))
            return false;
    }
    return true;
}

} // namespace

bool sameFeatureSpec(const FeatureSpec &a, const FeatureSpec &b)
{
    // Every field, group names included: the fitted features record their group, so a
    // renamed group changes the prepared data that views show.
    if (a.scaling != b.scaling || a.imputation != b.imputation || a.maxOneHotLevels != b.maxOneHotLevels
        || a.winsorizeLower != b.winsorizeLower || a.winsorizeUpper != b.winsorizeUpper
        || a.groups.size() != b.groups.size())
        return false;
    for (std::size_t i = 0; i < a.groups.size(); ++i) {
        if (!sameGroup(a.groups[i], b.groups[i]))
            return false;
    }
    return true;
}

} // namespace seg
