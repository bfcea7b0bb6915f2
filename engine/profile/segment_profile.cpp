#include "engine/profile/segment_profile.h"

#include "engine/core/error.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <numeric>

namespace seg {

std::string findRevenueColumn(const Table &table)
{
    // Keyword priority first, column order second: "revenue" beats an earlier "avg_order_value".
    static constexpr std::array<std::string_view, 6> keywords {"revenue", "spend",  "monetary",
                                                               "sales",   "amount", "value"};
    for (std::string_view keyword : keywords) {
        for (const Column &c : table.columns) {
            if (c.type != ColumnType::Integer && c.type != ColumnType::Real)
                continue;
            std::string name = c.name;
            for (char &ch : name)
                ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            if (name.find(keyword) != std::string::npos)
                return c.name;
        }
    }
    return {};
}

Profiles profileSegments(const Table &table, const PreparedData &prepared, const Labels &labels, int k,
                         const std::string &revenueColumn, int topTraits)
{
    const std::size_t n = prepared.rows.size();
    const ErrorLocation where {table.source, -1, {}};
    if (labels.size() != n)
        throw Error(ErrorKind::InvalidData,
                    "there are " + std::to_string(labels.size()) + " segment labels for " + std::to_string(n)
                        + " prepared rows",
                    where);
    if (k < 0)
        throw Error(ErrorKind::Usage, "the number of segments must not be negative", where);
    for (std::size_t i = 0; i < n; ++i)
        if (labels[i] < -1 || labels[i] >= k)
            throw Error(ErrorKind::InvalidData,
                        "segment label " + std::to_string(labels[i]) + " is outside 0.."
                            + std::to_string(k - 1) + " (and -1 for noise)",
                        ErrorLocation {table.source, static_cast<std::int64_t>(prepared.rows[i]) + 2, {}});

    const std::vector<FittedFeature> &features = prepared.transform.features;
    const std::size_t d = features.size();
    const std::size_t segments = static_cast<std::size_t>(k);

    Profiles out;
    out.revenueColumn = revenueColumn;
    out.segments.resize(segments);
    for (std::size_t s = 0; s < segments; ++s) {
        out.segments[s].segment = static_cast<int>(s);
        out.segments[s].means.assign(d, 0.0);
        out.segments[s].zScores.assign(d, 0.0);
    }
    for (std::int32_t label : labels)
        if (label >= 0)
            ++out.segments[static_cast<std::size_t>(label)].size;

    const ColumnIndex columns(table);
    for (std::size_t j = 0; j < d; ++j) {
        out.features.push_back(features[j].name);
        out.groups.push_back(features[j].group);
        const std::vector<double> values = prepared.transform.originalValues(columns, j, prepared.rows);
        // Population: every prepared row, noise included.
        double sum = 0.0;
        std::vector<double> segSum(segments, 0.0);
        for (std::size_t i = 0; i < n; ++i) {
            sum += values[i];
            if (labels[i] >= 0)
                segSum[static_cast<std::size_t>(labels[i])] += values[i];
        }
        const double mu = n > 0 ? sum / static_cast<double>(n) : NAN;
        double ss = 0.0;
        for (double v : values)
            ss += (v - mu) * (v - mu);
        const double sigma = n > 0 ? std::sqrt(ss / static_cast<double>(n)) : NAN;
        out.populationMeans.push_back(mu);
        out.populationStdDevs.push_back(sigma);
        for (std::size_t s = 0; s < segments; ++s) {
            SegmentProfile &p = out.segments[s];
            if (p.size == 0) {
                p.means[j] = NAN;
                p.zScores[j] = NAN;
                continue;
            }
            p.means[j] = segSum[s] / static_cast<double>(p.size);
            p.zScores[j] = sigma > 0.0 ? (p.means[j] - mu) / sigma : 0.0;
        }
    }

    const Column *revenue = nullptr;
    if (!revenueColumn.empty()) {
        revenue = &table.require(revenueColumn);
        if (!revenue->isNumeric() || revenue->type == ColumnType::Date)
            throw Error(ErrorKind::InvalidData,
                        "the revenue column must hold amounts, but it is "
                            + std::string(toString(revenue->type)),
                        ErrorLocation {table.source, -1, revenueColumn});
    }
    std::vector<double> revenueSum(segments, 0.0);
    if (revenue)
        for (std::size_t i = 0; i < n; ++i) {
            const double v = revenue->numbers[prepared.rows[i]];
            // Unknown revenue adds nothing rather than an invented amount.
            if (labels[i] >= 0 && !std::isnan(v))
                revenueSum[static_cast<std::size_t>(labels[i])] += v;
        }

    for (std::size_t s = 0; s < segments; ++s) {
        SegmentProfile &p = out.segments[s];
        p.share = n > 0 ? static_cast<double>(p.size) / static_cast<double>(n) : 0.0;
        p.revenueTotal = revenue ? revenueSum[s] : NAN;
        p.revenuePerCustomer = revenue && p.size > 0 ? revenueSum[s] / static_cast<double>(p.size) : NAN;
        if (p.size == 0)
            continue;
        std::vector<std::size_t> order(d);
        std::iota(order.begin(), order.end(), std::size_t {0});
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return std::abs(p.zScores[a]) > std::abs(p.zScores[b]);
        });
        const std::size_t keep = std::min<std::size_t>(d, static_cast<std::size_t>(std::max(0, topTraits)));
        for (std::size_t t = 0; t < keep; ++t) {
            const std::size_t j = order[t];
            p.topTraits.push_back(Trait {features[j].name, p.zScores[j], p.means[j], out.populationMeans[j]});
        }
    }
    return out;
}

} // namespace seg
