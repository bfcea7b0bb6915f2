#include "engine/profile/composition.h"

#include "engine/core/number_text.h"
#include "engine/core/text.h"
#include "engine/data/sensitive_columns.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>

namespace seg {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::string bandName(double low, double high, ColumnType type)
{
    const auto show = [type](double v) {
        return type == ColumnType::Date ? formatDate(v) : (std::abs(v - std::round(v)) < 1e-9 ? fixedText(v, 0) : fixedText(v, 1));
    };
    return show(low) + "\u2013" + show(high);
}

} // namespace

std::string disparityText(const Disparity &d)
{
    return fillIn(Text::tr("segment %1 holds '%2' at %3 times its share among all customers (%4% against %5%)"),
                  d.segment, d.level, Text::fixed(d.ratio(), 2), Text::fixed(100.0 * d.share, 1),
                  Text::fixed(100.0 * d.overall, 1));
}

std::vector<AttributeComposition> sensitiveComposition(const Table &table, const std::vector<std::size_t> &rows,
                                                       const Labels &labels, int k, const CompositionOptions &options)
{
    std::vector<AttributeComposition> out;
    const auto segments = static_cast<std::size_t>(std::max(k, 0));
    std::vector<std::size_t> sizes(segments, 0);
    for (std::int32_t l : labels)
        if (l >= 0 && static_cast<std::size_t>(l) < segments)
            ++sizes[static_cast<std::size_t>(l)];
    for (const auto &[name, reason] : sensitiveColumns(table)) {
        const Column &column = *table.find(name);
        if (column.type == ColumnType::Identifier)
            continue;
        // Each segmented customer's level index (-1: missing), and the level names.
        std::vector<int> levelOf(rows.size(), -1);
        std::vector<std::string> names;
        if (column.type == ColumnType::Categorical || column.type == ColumnType::Boolean) {
            std::map<std::string, std::size_t> counts;
            for (std::size_t i = 0; i < rows.size(); ++i)
                if (labels[i] >= 0 && !column.isMissing(rows[i]))
                    ++counts[column.cellText(rows[i])];
            std::vector<std::pair<std::string, std::size_t>> byCount(counts.begin(), counts.end());
            std::stable_sort(byCount.begin(), byCount.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
            const bool pooled = byCount.size() > 8;
            std::map<std::string, int> index;
            for (std::size_t l = 0; l < byCount.size(); ++l) {
                const bool keep = !pooled || l < 7;
                if (keep) {
                    index[byCount[l].first] = int(names.size());
                    names.push_back(byCount[l].first);
                }
            }
            if (pooled)
                names.push_back("other");
            for (std::size_t i = 0; i < rows.size(); ++i)
                if (labels[i] >= 0 && !column.isMissing(rows[i])) {
                    const auto it = index.find(column.cellText(rows[i]));
                    levelOf[i] = it != index.end() ? it->second : int(names.size()) - 1;
                }
        } else {
            std::vector<double> values;
            for (std::size_t i = 0; i < rows.size(); ++i)
                if (labels[i] >= 0 && !std::isnan(column.numbers[rows[i]]))
                    values.push_back(column.numbers[rows[i]]);
            if (values.empty())
                continue;
            std::sort(values.begin(), values.end());
            // Band edges at the overall quantiles (equal edges merged).
            std::vector<double> edges {values.front()};
            for (int b = 1; b < options.numericBands; ++b) {
                const double q = values[std::size_t(double(values.size() - 1) * b / options.numericBands)];
                if (q > edges.back())
                    edges.push_back(q);
            }
            if (values.back() > edges.back() || edges.size() == 1)
                edges.push_back(values.back());
            for (std::size_t b = 0; b + 1 < edges.size(); ++b)
                names.push_back(bandName(edges[b], edges[b + 1], column.type));
            for (std::size_t i = 0; i < rows.size(); ++i) {
                const double v = labels[i] >= 0 ? column.numbers[rows[i]] : kNaN;
                if (std::isnan(v))
                    continue;
                std::size_t b = 0;
                while (b + 2 < edges.size() && v > edges[b + 1])
                    ++b;
                levelOf[i] = int(b);
            }
        }
        AttributeComposition a;
        a.column = name;
        a.reason = reason;
        for (std::size_t s = 0; s < segments; ++s)
            a.shown.push_back(sizes[s] >= options.minSegmentSize && sizes[s] > 0);
        std::vector<std::vector<std::size_t>> counts(names.size(), std::vector<std::size_t>(segments, 0));
        std::vector<std::size_t> segmentTotals(segments, 0);
        std::size_t total = 0;
        for (std::size_t i = 0; i < rows.size(); ++i)
            if (levelOf[i] >= 0) {
                ++counts[std::size_t(levelOf[i])][std::size_t(labels[i])];
                ++segmentTotals[std::size_t(labels[i])];
                ++total;
            }
        if (total == 0)
            continue;
        std::vector<Disparity> findings;
        for (std::size_t l = 0; l < names.size(); ++l) {
            CompositionLevel level;
            level.level = names[l];
            std::size_t all = 0;
            for (std::size_t s = 0; s < segments; ++s)
                all += counts[l][s];
            level.overallShare = double(all) / double(total);
            for (std::size_t s = 0; s < segments; ++s) {
                const double share = a.shown[s] && segmentTotals[s] > 0 ? double(counts[l][s]) / double(segmentTotals[s]) : kNaN;
                level.segmentShares.push_back(share);
                if (std::isnan(share) || level.overallShare < options.minLevelShare)
                    continue;
                const double ratio = share / level.overallShare;
                if (ratio < options.low || ratio > options.high)
                    findings.push_back({int(s), names[l], share, level.overallShare});
            }
            a.levels.push_back(std::move(level));
        }
        const auto strength = [](const Disparity &d) { return std::abs(std::log(std::max(d.ratio(), 1e-3))); };
        std::stable_sort(findings.begin(), findings.end(),
                         [&](const Disparity &x, const Disparity &y) { return strength(x) > strength(y); });
        findings.resize(std::min<std::size_t>(findings.size(), 6));
        a.disparities = std::move(findings);
        out.push_back(std::move(a));
    }
    return out;
}

} // namespace seg
