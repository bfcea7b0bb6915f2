#include "engine/prep/feature_spec.h"

#include "engine/data/cell_parsers.h"
#include "engine/data/column_names.h"
#include "engine/data/column_roles.h"
#include "engine/data/input_file.h"
#include "engine/data/type_inference.h"

#include "engine/core/error.h"
#include "engine/core/strict_json.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <unordered_set>

namespace seg {

namespace {

std::string lower(std::string_view text)
{
    std::string out(text);
    for (char &c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Option names compare without case and without '-', '_' and spaces, so "Z-Score", "zscore"
// and "min_max" are all accepted.
std::string normalizedName(std::string_view text)
{
    std::string out;
    for (char c : text)
        if (c != '-' && c != '_' && c != ' ')
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

template<typename Enum, std::size_t N>
std::optional<Enum> findName(std::string_view name, const std::array<Enum, N> &values)
{
    const std::string wanted = normalizedName(name);
    for (Enum v : values)
        if (normalizedName(toString(v)) == wanted)
            return v;
    return std::nullopt;
}

/// "zscore, robust, minmax, none".
template<typename Enum, std::size_t N>
std::string acceptedNames(const std::array<Enum, N> &values)
{
    std::string accepted;
    for (Enum v : values)
        accepted += (accepted.empty() ? "" : ", ") + std::string(toString(v));
    return accepted;
}

constexpr std::array kTransforms {Transform::None, Transform::Log1p, Transform::Winsorize};
constexpr std::array kScalings {Scaling::ZScore, Scaling::Robust, Scaling::MinMax, Scaling::None};
constexpr std::array kImputations {Imputation::Median, Imputation::Mean, Imputation::Mode, Imputation::Drop};

bool containsAny(const std::string &text, std::initializer_list<std::string_view> keywords)
{
    return std::any_of(keywords.begin(), keywords.end(),
                       [&](std::string_view k) { return text.find(k) != std::string::npos; });
}

// Fisher–Pearson coefficient of skewness g1 = m3 / m2^(3/2) with population moments (the
// default of scipy.stats.skew), over the non-missing values.
double skewness(const Column &c, double &minimum)
{
    double sum = 0.0;
    std::size_t n = 0;
    minimum = INFINITY;
    for (double v : c.numbers)
        if (!std::isnan(v)) {
            sum += v;
            ++n;
            minimum = std::min(minimum, v);
        }
    if (n < 3)
        return 0.0;
    const double mean = sum / static_cast<double>(n);
    double m2 = 0.0, m3 = 0.0;
    for (double v : c.numbers)
        if (!std::isnan(v)) {
            const double d = v - mean;
            m2 += d * d;
            m3 += d * d * d;
        }
    m2 /= static_cast<double>(n);
    m3 /= static_cast<double>(n);
    return m2 > 0.0 ? m3 / std::pow(m2, 1.5) : 0.0;
}

const std::array<std::string_view, 6> kGroupOrder {"engagement", "purchasing", "recency & loyalty",
                                                   "channels",   "profile",    "other"};

FeatureSpec specFromColumns(const std::vector<const Column *> &columns, bool suggestTransforms)
{
    FeatureSpec spec;
    for (const Column *c : columns) {
        const std::string group = suggestGroup(*c);
        FeatureColumn fc;
        fc.column = c->name;
        if (suggestTransforms && (c->type == ColumnType::Integer || c->type == ColumnType::Real)) {
            double minimum = 0.0;
            const double skew = skewness(*c, minimum);
            if (minimum >= 0.0 && skew > 2.0)
                fc.transform = Transform::Log1p;
        }
        auto it = std::find_if(spec.groups.begin(), spec.groups.end(),
                               [&](const FeatureGroup &g) { return g.name == group; });
        if (it == spec.groups.end()) {
            spec.groups.push_back(FeatureGroup {group, 1.0, true, {}});
            it = spec.groups.end() - 1;
        }
        it->columns.push_back(std::move(fc));
    }
    return spec;
}

using nlohmann::json;

[[noreturn]] void badKey(const std::string &displayName, const std::string &key, const std::string &detail)
{
    throw Error(ErrorKind::InvalidData, fillIn(Text::tr("feature spec key '%1': %2"), key, detail),
                ErrorLocation {displayName, -1, {}});
}

void checkKeys(const json &object, std::initializer_list<std::string_view> allowed,
               const std::string &displayName, const std::string &path)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end()) {
            std::string list;
            for (std::string_view a : allowed)
                list += (list.empty() ? "" : ", ") + std::string(a);
            badKey(displayName, path + it.key(), fillIn(Text::tr("unknown key; accepted keys: %1"), list));
        }
    }
}

double checkedWeight(const json &value, const std::string &displayName, const std::string &key)
{
    if (!value.is_number())
        badKey(displayName, key, Text::tr("expected a number"));
    const double w = value.get<double>();
    if (!isValidWeight(w))
        badKey(displayName, key,
               fillIn(Text::tr("the weight %1 is out of range; %2"), weightText(w), weightRangeText()));
    return w;
}

template<typename Enum>
Enum enumValue(const json &value, Enum (*parse)(std::string_view), const std::string &displayName,
               const std::string &key)
{
    if (!value.is_string())
        badKey(displayName, key, Text::tr("expected a text value"));
    try {
        return parse(value.get<std::string>());
    } catch (const Error &e) {
        badKey(displayName, key, e.detail());
    }
}

} // namespace

bool isValidWeight(double weight)
{
    return weight >= kMinWeight && weight <= kMaxWeight;
}

std::string weightText(double weight)
{
    // The shortest text that reads back as the same number: a weight is shown as it was
    // written (1e-320, not the 9.99989e-321 that %g makes of the subnormal it parses to).
    char buf[32];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, weight);
    if (ec != std::errc())
        return "?";
    return Text::decimal(std::string(buf, end));
}

std::string weightRangeText()
{
    return fillIn(Text::tr("a weight is a number from %1 to %2"), weightText(kMinWeight), weightText(kMaxWeight));
}

std::string_view toString(Transform t)
{
    switch (t) {
    case Transform::None:
        return "none";
    case Transform::Log1p:
        return "log1p";
    case Transform::Winsorize:
        return "winsorize";
    }
    return "none";
}

std::string_view toString(Scaling s)
{
    switch (s) {
    case Scaling::ZScore:
        return "zscore";
    case Scaling::Robust:
        return "robust";
    case Scaling::MinMax:
        return "minmax";
    case Scaling::None:
        return "none";
    }
    return "none";
}

std::string_view toString(Imputation i)
{
    switch (i) {
    case Imputation::Median:
        return "median";
    case Imputation::Mean:
        return "mean";
    case Imputation::Mode:
        return "mode";
    case Imputation::Drop:
        return "drop";
    }
    return "median";
}

Transform parseTransform(std::string_view name)
{
    if (const auto found = findName(name, kTransforms))
        return *found;
    throw Error(ErrorKind::Usage, fillIn(Text::tr("unknown transform '%1'; accepted values: %2"), name,
                                         acceptedNames(kTransforms)));
}
Scaling parseScaling(std::string_view name)
{
    if (const auto found = findName(name, kScalings))
        return *found;
    throw Error(ErrorKind::Usage, fillIn(Text::tr("unknown scaling '%1'; accepted values: %2"), name,
                                         acceptedNames(kScalings)));
}
Imputation parseImputation(std::string_view name)
{
    if (const auto found = findName(name, kImputations))
        return *found;
    throw Error(ErrorKind::Usage, fillIn(Text::tr("unknown imputation '%1'; accepted values: %2"), name,
                                         acceptedNames(kImputations)));
}

std::vector<std::string> FeatureSpec::enabledColumns() const
{
    std::vector<std::string> out;
    for (const FeatureGroup &g : groups)
        if (g.enabled)
            for (const FeatureColumn &c : g.columns)
                out.push_back(c.column);
    return out;
}

std::string FeatureSpec::emptySelectionReason() const
{
    if (groups.empty())
        return Text::tr("the feature spec has no groups; list at least one group with its columns");
    std::string disabled;
    bool anyEnabled = false;
    for (const FeatureGroup &g : groups) {
        if (!g.enabled) {
            disabled += (disabled.empty() ? "'" : ", '") + g.name + "'";
        } else if (!g.columns.empty()) {
            return {};
        } else {
            anyEnabled = true;
        }
    }
    if (!anyEnabled)
        return fillIn(Text::tr("every group of the feature spec is disabled (\"enabled\": false): %1; "
                               "enable a group to cluster its columns"),
                      disabled);
    if (disabled.empty())
        return Text::tr("no enabled group of the feature spec lists a column");
    return fillIn(Text::tr("no enabled group of the feature spec lists a column; the disabled groups are %1"),
                  disabled);
}

std::string suggestGroup(const Column &column)
{
    if (column.role == ColumnRole::Value)
        return "purchasing";
    std::string group = suggestGroup(column.name);
    if (group == "other" && column.type == ColumnType::Date)
        group = "recency & loyalty";
    // A text column nothing else claims describes who the customer is.
    if (group == "other" && column.type == ColumnType::Categorical)
        group = "profile";
    return group;
}

std::string suggestGroup(std::string_view columnName)
{
    const std::string name = lower(columnName);
    const std::vector<std::string> ws = nameWords(columnName);

    // Recency first: "days_since_last_order" is about time, although it mentions orders.
    if (containsAny(name, {"recency", "days_since", "tenure", "loyalty", "member", "age_days"})
        || hasWord(ws, {"last"}))
        return "recency & loyalty";
    // Engagement before purchasing, so "return_visits" and "visit_frequency" stay engagement.
    if (containsAny(name, {"session", "page", "view", "visit", "minute", "time_on", "open", "click"}))
        return "engagement";
    if (containsAny(name,
                    {"order", "revenue", "spend", "amount", "value", "price", "discount", "return", "basket",
                     "monetary", "frequency", "purchase", "bought"})
        || hasWord(ws, {"aov"}))
        return "purchasing";
    // Channel mix: shares of activity per channel ("web_share", "app_share").
    if (!ws.empty() && (ws.back() == "share" || ws.front() == "share"))
        return "channels";
    if (containsAny(name,
                    {"region", "country", "segment", "city", "state", "gender", "language", "tier", "channel",
                     "acquisition", "device", "plan"})
        || hasWord(ws, {"age"}))
        return "profile";
    return "other";
}

namespace {

// `excluded` is a set: the explorer excludes every column already in the spec, tens of
// thousands on a wide table, and a linear search per column would make this quadratic.
using NameSet = std::unordered_set<std::string_view>;

struct LeftOut
{
    LeftOutReason reason;
    std::string detail;
};

std::optional<LeftOut> leftOutReason(const Column &c, const Table &table, const NameSet &excluded)
{
    if (excluded.count(c.name) != 0)
        return LeftOut {LeftOutReason::Excluded, {}};
    // A table whose roles were never assigned (built in memory) takes the suggested ones.
    RoleSuggestion role {c.role, c.roleReason};
    if (c.roleReason.empty())
        role = suggestColumnRole(c, table);
    const bool noValues = c.size() > 0 && c.missingCount() == c.size();
    switch (role.role) {
    case ColumnRole::Id: return LeftOut {LeftOutReason::Id, role.reason};
    case ColumnRole::Label: return LeftOut {LeftOutReason::Label, role.reason};
    case ColumnRole::Personal: return LeftOut {LeftOutReason::Personal, role.reason};
    case ColumnRole::Ignored:
        return LeftOut {noValues ? LeftOutReason::NoValues : LeftOutReason::Ignored, role.reason};
    case ColumnRole::Numeric:
    case ColumnRole::Categorical:
    case ColumnRole::Value:
    case ColumnRole::Date: break;
    }
    if (c.type == ColumnType::Identifier && !looksNumericWithText(c))
        return LeftOut {LeftOutReason::Ignored, Text::tr("its cells are free text or keys")};
    if (noValues)
        return LeftOut {LeftOutReason::NoValues, Text::tr("every cell is missing")}; // nothing to learn from it
    return std::nullopt;
}

} // namespace

std::vector<LeftOutColumn> leftOutColumns(const Table &table, const std::vector<std::string> &exclude)
{
    const NameSet excluded(exclude.begin(), exclude.end());
    std::vector<LeftOutColumn> out;
    for (const Column &c : table.columns)
        if (auto left = leftOutReason(c, table, excluded))
            out.push_back({c.name, left->reason, std::move(left->detail)});
    return out;
}

FeatureSpec suggestFeatureSpec(const Table &table, const std::vector<std::string> &exclude)
{
    const NameSet excluded(exclude.begin(), exclude.end());
    std::vector<const Column *> usable;
    for (const Column &c : table.columns)
        if (!leftOutReason(c, table, excluded))
            usable.push_back(&c);
    FeatureSpec spec = specFromColumns(usable, true);
    std::stable_sort(spec.groups.begin(), spec.groups.end(),
                     [](const FeatureGroup &a, const FeatureGroup &b) {
                         return std::find(kGroupOrder.begin(), kGroupOrder.end(), a.name)
                             < std::find(kGroupOrder.begin(), kGroupOrder.end(), b.name);
                     });
    return spec;
}

FeatureSpec featureSpecForColumns(const Table &table, const std::vector<std::string> &columns)
{
    if (columns.empty())
        throw Error(ErrorKind::Usage, Text::tr("no column was named; name the columns to cluster"),
                    ErrorLocation {table.source, -1, {}});
    std::vector<const Column *> chosen;
    std::unordered_set<const Column *> seen;
    std::vector<std::string> unknown;
    const ColumnIndex index(table);
    for (const std::string &name : columns) {
        const Column *c = index.find(name);
        if (!c) {
            unknown.push_back(name);
            continue;
        }
        if (c->type == ColumnType::Identifier && !looksNumericWithText(*c))
            throw Error(ErrorKind::InvalidData,
                        fillIn(Text::tr("column '%1' holds identifiers (free text or keys) and cannot be a feature"),
                               name),
                        ErrorLocation {table.source, -1, name});
        if (seen.insert(c).second)
            chosen.push_back(c);
    }
    if (!unknown.empty()) {
        std::string missing, available;
        for (const std::string &u : unknown)
            missing += (missing.empty() ? "'" : ", '") + u + "'";
        for (const Column &c : table.columns)
            available += (available.empty() ? "" : ", ") + c.name;
        throw Error(ErrorKind::InvalidData,
                    fillIn(Text::tr("no column named %1; the columns are: %2"), missing, available),
                    ErrorLocation {table.source, -1, {}});
    }
    return specFromColumns(chosen, false);
}

FeatureSpec withSuggestedColumns(const Table &table, const FeatureSpec &spec, const std::vector<std::string> &exclude)
{
    FeatureSpec available = spec;
    std::vector<std::string> skip = exclude;
    for (const FeatureGroup &group : spec.groups)
        for (const FeatureColumn &column : group.columns)
            skip.push_back(column.column);
    for (FeatureGroup &group : suggestFeatureSpec(table, skip).groups) {
        auto target = std::find_if(available.groups.begin(), available.groups.end(),
                                   [&](const FeatureGroup &g) { return g.name == group.name; });
        if (target == available.groups.end())
            available.groups.push_back(std::move(group));
        else
            target->columns.insert(target->columns.end(), group.columns.begin(), group.columns.end());
    }
    return available;
}

FeatureSpec parseFeatureSpec(std::string_view text, const std::string &displayName)
{
    // Strict: a key given twice is an error (a plain parse keeps the last one silently).
    const json root = parseStrictJson(text, displayName, Text::tr("feature spec"));
    if (!root.is_object())
        throw Error(ErrorKind::InvalidData, Text::tr("the feature spec must be a JSON object"),
                    ErrorLocation {displayName, -1, {}});
    checkKeys(root, {"scaling", "imputation", "max_one_hot_levels", "winsorize", "groups"}, displayName, "");

    FeatureSpec spec;
    if (root.contains("scaling"))
        spec.scaling = enumValue(root["scaling"], &parseScaling, displayName, "scaling");
    if (root.contains("imputation"))
        spec.imputation = enumValue(root["imputation"], &parseImputation, displayName, "imputation");
    if (root.contains("max_one_hot_levels")) {
        const json &v = root["max_one_hot_levels"];
        if (!v.is_number_integer() || v.get<std::int64_t>() < 1 || v.get<std::int64_t>() > 10000)
            badKey(displayName, "max_one_hot_levels", Text::tr("expected a whole number from 1 to 10000"));
        spec.maxOneHotLevels = static_cast<int>(v.get<std::int64_t>());
    }
    if (root.contains("winsorize")) {
        const json &v = root["winsorize"];
        if (!v.is_array() || v.size() != 2 || !v[0].is_number() || !v[1].is_number())
            badKey(displayName, "winsorize", Text::tr("expected two quantiles, e.g. [0.01, 0.99]"));
        spec.winsorizeLower = v[0].get<double>();
        spec.winsorizeUpper = v[1].get<double>();
        if (!(spec.winsorizeLower >= 0.0 && spec.winsorizeLower < spec.winsorizeUpper
              && spec.winsorizeUpper <= 1.0))
            badKey(displayName, "winsorize", Text::tr("expected 0 <= lower < upper <= 1"));
    }
    if (!root.contains("groups"))
        badKey(displayName, "groups", Text::tr("missing; a feature spec lists its feature groups"));
    const json &groups = root["groups"];
    if (!groups.is_array())
        badKey(displayName, "groups", Text::tr("expected an array of groups"));

    std::set<std::string> seen;
    for (std::size_t gi = 0; gi < groups.size(); ++gi) {
        const std::string gpath = "groups[" + std::to_string(gi) + "]";
        const json &g = groups[gi];
        if (!g.is_object())
            badKey(displayName, gpath, Text::tr("expected an object with \"name\" and \"columns\""));
        checkKeys(g, {"name", "weight", "enabled", "columns"}, displayName, gpath + ".");
        FeatureGroup group;
        if (!g.contains("name") || !g["name"].is_string() || g["name"].get<std::string>().empty())
            badKey(displayName, gpath + ".name", Text::tr("every group needs a non-empty name"));
        group.name = g["name"].get<std::string>();
        if (g.contains("weight"))
            group.weight = checkedWeight(g["weight"], displayName, gpath + ".weight");
        if (g.contains("enabled")) {
            if (!g["enabled"].is_boolean())
                badKey(displayName, gpath + ".enabled", Text::tr("expected true or false"));
            group.enabled = g["enabled"].get<bool>();
        }
        if (!g.contains("columns") || !g["columns"].is_array())
            badKey(displayName, gpath + ".columns", Text::tr("expected an array of column names"));
        const json &cols = g["columns"];
        for (std::size_t ci = 0; ci < cols.size(); ++ci) {
            const std::string cpath = gpath + ".columns[" + std::to_string(ci) + "]";
            const json &c = cols[ci];
            FeatureColumn fc;
            if (c.is_string()) {
                fc.column = c.get<std::string>();
            } else if (c.is_object()) {
                checkKeys(c, {"column", "transform", "weight"}, displayName, cpath + ".");
                if (!c.contains("column") || !c["column"].is_string())
                    badKey(displayName, cpath + ".column", Text::tr("expected the column name"));
                fc.column = c["column"].get<std::string>();
                if (c.contains("transform"))
                    fc.transform
                        = enumValue(c["transform"], &parseTransform, displayName, cpath + ".transform");
                if (c.contains("weight"))
                    fc.weight = checkedWeight(c["weight"], displayName, cpath + ".weight");
            } else {
                badKey(displayName, cpath, Text::tr("expected a column name or an object with \"column\""));
            }
            if (fc.column.empty())
                badKey(displayName, cpath, Text::tr("empty column name"));
            if (!seen.insert(fc.column).second)
                badKey(displayName, cpath, fillIn(Text::tr("column '%1' is listed more than once"), fc.column));
            group.columns.push_back(std::move(fc));
        }
        spec.groups.push_back(std::move(group));
    }
    return spec;
}

FeatureSpec readFeatureSpecFile(const std::string &path)
{
    // Bounded and never blocking (a folder, /dev/zero or a named pipe without a writer get their
    // own message): see readTextFile().
    constexpr std::size_t kMaxFeatureSpecBytes = std::size_t {16} << 20;
    InputOptions input;
    input.what = Text::tr("feature spec file");
    return parseFeatureSpec(readTextFile(path, kMaxFeatureSpecBytes, input), path);
}

std::string toJson(const FeatureSpec &spec)
{
    // Insertion order, so the file reads top-down like the documented example.
    using json = nlohmann::ordered_json;
    json root = json::object();
    root["scaling"] = std::string(toString(spec.scaling));
    root["imputation"] = std::string(toString(spec.imputation));
    root["max_one_hot_levels"] = spec.maxOneHotLevels;
    root["winsorize"] = json::array({spec.winsorizeLower, spec.winsorizeUpper});
    json groups = json::array();
    for (const FeatureGroup &g : spec.groups) {
        json group = json::object();
        group["name"] = g.name;
        group["weight"] = g.weight;
        group["enabled"] = g.enabled;
        json cols = json::array();
        for (const FeatureColumn &c : g.columns) {
            // The short form keeps hand-written specs readable; the long form only when needed.
            if (c.transform == Transform::None && c.weight == 1.0) {
                cols.push_back(c.column);
            } else {
                json col = json::object();
                col["column"] = c.column;
                if (c.transform != Transform::None)
                    col["transform"] = std::string(toString(c.transform));
                if (c.weight != 1.0)
                    col["weight"] = c.weight;
                cols.push_back(std::move(col));
            }
        }
        group["columns"] = std::move(cols);
        groups.push_back(std::move(group));
    }
    root["groups"] = std::move(groups);
    return root.dump(2) + "\n";
}

} // namespace seg
