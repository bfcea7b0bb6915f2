#include "engine/profile/segment_profile.h"

#include "engine/core/error.h"
#include "engine/data/column_roles.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <numeric>

namespace seg {

std::vector<std::string> moneyColumns(const Table &table)
{
    return columnsWithRole(table, ColumnRole::Value);
}

Profiles profileSegments(const Table &table, const PreparedData &prepared, const Labels &labels, int k,
                         const std::vector<std::string> &moneyColumnNames, int topTraits, double smallShare)
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
    // Buckets 0..k-1 are the segments, bucket k the customers set aside (label -1).
    const std::size_t buckets = segments + 1;
    const auto bucketOf = [&](std::size_t i) {
        return labels[i] >= 0 ? static_cast<std::size_t>(labels[i]) : segments;
    };

    Profiles out;
    out.smallShare = smallShare;
    out.customers = n;
    out.moneyColumns = moneyColumnNames;
    std::vector<SegmentProfile> all(buckets);
    for (std::size_t s = 0; s < buckets; ++s) {
        all[s].segment = s < segments ? static_cast<int>(s) : -1;
        all[s].means.assign(d, 0.0);
        all[s].zScores.assign(d, 0.0);
    }
    for (std::size_t i = 0; i < n; ++i)
        ++all[bucketOf(i)].size;

    // Model-space sums per segment and feature in one pass over the rows: x is row-major, and
    // a pass per feature would stride through it d times (most of the profile's time at 100,000
    // rows). Each sum still adds rows in row order, so the figures do not change.
    const Matrix &x = prepared.x;
    assert(static_cast<std::size_t>(x.rows()) == n && static_cast<std::size_t>(x.cols()) == d);
    std::vector<double> modelSum(d, 0.0), modelSs(d, 0.0), bucketModelSum(buckets * d, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        const double *row = x.data() + i * d;
        double *bucket = bucketModelSum.data() + bucketOf(i) * d;
        for (std::size_t j = 0; j < d; ++j) {
            modelSum[j] += row[j];
            bucket[j] += row[j];
        }
    }
    std::vector<double> modelMu(d, NAN);
    if (n > 0)
        for (std::size_t j = 0; j < d; ++j)
            modelMu[j] = modelSum[j] / static_cast<double>(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double *row = x.data() + i * d;
        for (std::size_t j = 0; j < d; ++j)
            modelSs[j] += (row[j] - modelMu[j]) * (row[j] - modelMu[j]);
    }

    const ColumnIndex columns(table);
    for (std::size_t j = 0; j < d; ++j) {
        out.features.push_back(features[j].name);
        out.groups.push_back(features[j].group);
        const std::vector<double> values = prepared.transform.originalValues(columns, j, prepared.rows);
        // Means in original units; z-scores on the feature as clustered (model space: after the
        // transform, clipping and scaling, which z does not depend on), so that a log1p amount
        // is compared as the clustering saw it rather than by its few largest customers.
        double sum = 0.0;
        std::vector<double> bucketSum(buckets, 0.0);
        for (std::size_t i = 0; i < n; ++i) {
            sum += values[i];
            bucketSum[bucketOf(i)] += values[i];
        }
        const double mu = n > 0 ? sum / static_cast<double>(n) : NAN;
        double ss = 0.0;
        for (std::size_t i = 0; i < n; ++i)
            ss += (values[i] - mu) * (values[i] - mu);
        const double sigma = n > 0 ? std::sqrt(ss / static_cast<double>(n)) : NAN;
        const double modelSigma = n > 0 ? std::sqrt(modelSs[j] / static_cast<double>(n)) : NAN;
        out.populationMeans.push_back(mu);
        out.populationStdDevs.push_back(sigma);
        for (std::size_t s = 0; s < buckets; ++s) {
            SegmentProfile &p = all[s];
            if (p.size == 0) {
                p.means[j] = NAN;
                p.zScores[j] = NAN;
                continue;
            }
            const double size = static_cast<double>(p.size);
            p.means[j] = bucketSum[s] / size;
            // Relative to the spread: a spread below rounding noise counts as none.
            p.zScores[j] = modelSigma > 1e-12 * std::max(1.0, std::abs(modelMu[j]))
                ? (bucketModelSum[s * d + j] / size - modelMu[j]) / modelSigma
                : 0.0;
        }
    }

    // Money: the columns' own values (never transformed or imputed): real means and totals.
    for (const std::string &name : moneyColumnNames) {
        const Column &column = table.require(name);
        if (!column.isNumeric() || column.type == ColumnType::Date || column.type == ColumnType::Boolean)
            throw Error(ErrorKind::InvalidData,
                        "the money column must hold amounts, but it is " + std::string(toString(column.type)),
                        ErrorLocation {table.source, -1, name});
        std::vector<double> total(buckets, 0.0);
        std::vector<std::size_t> known(buckets, 0);
        for (std::size_t i = 0; i < n; ++i) {
            const double v = column.numbers[prepared.rows[i]];
            // An unknown amount adds nothing rather than an invented one.
            if (std::isnan(v))
                continue;
            total[bucketOf(i)] += v;
            ++known[bucketOf(i)];
        }
        const double whole = std::accumulate(total.begin(), total.end(), 0.0);
        out.moneyTotals.push_back(whole);
        for (std::size_t s = 0; s < buckets; ++s) {
            MoneyFigures m;
            m.total = total[s];
            m.known = known[s];
            m.mean = known[s] > 0 ? total[s] / static_cast<double>(known[s]) : NAN;
            m.share = whole != 0.0 ? total[s] / whole : NAN;
            all[s].money.push_back(m);
        }
    }

    for (std::size_t s = 0; s < buckets; ++s) {
        SegmentProfile &p = all[s];
        p.share = n > 0 ? static_cast<double>(p.size) / static_cast<double>(n) : 0.0;
        p.small = s < segments && static_cast<double>(p.size) < smallShare * static_cast<double>(n);
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
    out.outliers = std::move(all.back());
    all.pop_back();
    out.segments = std::move(all);
    return out;
}

} // namespace seg
