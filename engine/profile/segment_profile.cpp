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

void ProfileAccumulator::Spread::add(std::size_t count, std::size_t partCount, double partSum, double partM2)
{
    // count: customers before this part. Chan et al. (1979), eq. 2.1: the parts' sums of squared
    // deviations plus the spread between their means.
    const double partMean = partSum / static_cast<double>(partCount);
    sum += partSum;
    if (count == 0) {
        mean = partMean;
        m2 = partM2;
        return;
    }
    const double n = static_cast<double>(count), m = static_cast<double>(partCount);
    const double delta = partMean - mean;
    m2 += partM2 + delta * delta * n * m / (n + m);
    mean += delta * m / (n + m);
}

ProfileAccumulator::ProfileAccumulator(const FittedTransform &transform, std::vector<std::string> moneyColumns,
                                       int k, std::string source)
    : m_transform(transform), m_money(std::move(moneyColumns)), m_source(std::move(source))
{
    if (k < 0)
        throw Error(ErrorKind::Usage, Text::tr("the number of segments must not be negative"),
                    ErrorLocation {m_source, -1, {}});
    m_segments = static_cast<std::size_t>(k);
    // Buckets 0..k-1 are the segments, bucket k the customers set aside (label -1).
    const std::size_t buckets = m_segments + 1, d = transform.dimension();
    m_sizes.assign(buckets, 0);
    m_original.assign(d, {});
    m_model.assign(d, {});
    m_bucketSums.assign(buckets * d, 0.0);
    m_bucketModelSums.assign(buckets * d, 0.0);
    m_moneyTotals.assign(buckets * m_money.size(), 0.0);
    m_moneyKnown.assign(buckets * m_money.size(), 0);
}

void ProfileAccumulator::add(const Table &table, const std::vector<std::size_t> &rows, const Matrix &x,
                             const Labels &labels, std::size_t firstRow)
{
    const std::size_t n = rows.size();
    const std::size_t d = m_transform.dimension();
    const ErrorLocation where {m_source, -1, {}};
    if (labels.size() != n)
        throw Error(ErrorKind::InvalidData,
                    fillIn(Text::tr("there are %1 segment labels for %2 prepared rows"), labels.size(), n),
                    where);
    assert(static_cast<std::size_t>(x.rows()) == n && static_cast<std::size_t>(x.cols()) == d);
    const int k = static_cast<int>(m_segments);
    for (std::size_t i = 0; i < n; ++i)
        if (labels[i] < -1 || labels[i] >= k)
            throw Error(ErrorKind::InvalidData,
                        fillIn(Text::tr("segment label %1 is outside 0..%2 (and -1 for noise)"), labels[i], k - 1),
                        ErrorLocation {m_source, static_cast<std::int64_t>(firstRow + rows[i]) + 2, {}});
    // Money columns are checked before anything is added: a failed part leaves the sums as they were.
    const ColumnIndex columns(table);
    std::vector<const Column *> money;
    for (const std::string &name : m_money) {
        const Column &column = columns.require(name);
        if (!column.isNumeric() || column.type == ColumnType::Date || column.type == ColumnType::Boolean)
            throw Error(ErrorKind::InvalidData,
                        fillIn(Text::tr("the money column must hold amounts, but it is %1"), toString(column.type)),
                        ErrorLocation {m_source, -1, name});
        money.push_back(&column);
    }
    if (n == 0)
        return;
    const auto bucketOf = [&](std::size_t i) {
        return labels[i] >= 0 ? static_cast<std::size_t>(labels[i]) : m_segments;
    };
    for (std::size_t i = 0; i < n; ++i)
        ++m_sizes[bucketOf(i)];

    // Model space, in one pass over the rows: x is row-major, and a pass per feature would stride
    // through it d times. Each sum still adds rows in row order, so the figures do not change.
    std::vector<double> partSum(d, 0.0), partSs(d, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        const double *row = x.data() + i * d;
        double *bucket = m_bucketModelSums.data() + bucketOf(i) * d;
        for (std::size_t j = 0; j < d; ++j) {
            partSum[j] += row[j];
            bucket[j] += row[j];
        }
    }
    std::vector<double> partMu(d);
    for (std::size_t j = 0; j < d; ++j)
        partMu[j] = partSum[j] / static_cast<double>(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double *row = x.data() + i * d;
        for (std::size_t j = 0; j < d; ++j)
            partSs[j] += (row[j] - partMu[j]) * (row[j] - partMu[j]);
    }
    for (std::size_t j = 0; j < d; ++j)
        m_model[j].add(m_customers, n, partSum[j], partSs[j]);

    // Original units: the imputed values before any transform, one feature at a time.
    for (std::size_t j = 0; j < d; ++j) {
        const std::vector<double> values = m_transform.originalValues(columns, j, rows);
        double sum = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            sum += values[i];
            m_bucketSums[bucketOf(i) * d + j] += values[i];
        }
        const double mu = sum / static_cast<double>(n);
        double ss = 0.0;
        for (std::size_t i = 0; i < n; ++i)
            ss += (values[i] - mu) * (values[i] - mu);
        m_original[j].add(m_customers, n, sum, ss);
    }

    // Money: the columns' own values (never transformed or imputed): an unknown amount adds
    // nothing rather than an invented one.
    for (std::size_t m = 0; m < money.size(); ++m)
        for (std::size_t i = 0; i < n; ++i) {
            const double v = money[m]->numbers[rows[i]];
            if (std::isnan(v))
                continue;
            m_moneyTotals[bucketOf(i) * m_money.size() + m] += v;
            ++m_moneyKnown[bucketOf(i) * m_money.size() + m];
        }
    m_customers += n;
}

Profiles ProfileAccumulator::profiles(int topTraits, double smallShare) const
{
    const std::vector<FittedFeature> &features = m_transform.features;
    const std::size_t d = features.size(), buckets = m_segments + 1, n = m_customers;
    Profiles out;
    out.smallShare = smallShare;
    out.customers = n;
    out.moneyColumns = m_money;
    std::vector<SegmentProfile> all(buckets);
    for (std::size_t s = 0; s < buckets; ++s) {
        all[s].segment = s < m_segments ? static_cast<int>(s) : -1;
        all[s].size = m_sizes[s];
        all[s].means.assign(d, 0.0);
        all[s].zScores.assign(d, 0.0);
    }
    for (std::size_t j = 0; j < d; ++j) {
        out.features.push_back(features[j].name);
        out.groups.push_back(features[j].group);
        // Means in original units; z-scores on the feature as clustered (model space: after the
        // transform, clipping and scaling, which z does not depend on), so that a log1p amount
        // is compared as the clustering saw it rather than by its few largest customers.
        const double count = static_cast<double>(n);
        const double mu = n > 0 ? m_original[j].sum / count : NAN;
        const double sigma = n > 0 ? std::sqrt(m_original[j].m2 / count) : NAN;
        const double modelMu = n > 0 ? m_model[j].sum / count : NAN;
        const double modelSigma = n > 0 ? std::sqrt(m_model[j].m2 / count) : NAN;
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
            p.means[j] = m_bucketSums[s * d + j] / size;
            // Relative to the spread: a spread below rounding noise counts as none.
            p.zScores[j] = modelSigma > 1e-12 * std::max(1.0, std::abs(modelMu))
                ? (m_bucketModelSums[s * d + j] / size - modelMu) / modelSigma
                : 0.0;
        }
    }

    const std::size_t moneyCount = m_money.size();
    for (std::size_t m = 0; m < moneyCount; ++m) {
        double whole = 0.0;
        for (std::size_t s = 0; s < buckets; ++s)
            whole += m_moneyTotals[s * moneyCount + m];
        out.moneyTotals.push_back(whole);
        for (std::size_t s = 0; s < buckets; ++s) {
            MoneyFigures f;
            f.total = m_moneyTotals[s * moneyCount + m];
            f.known = m_moneyKnown[s * moneyCount + m];
            f.mean = f.known > 0 ? f.total / static_cast<double>(f.known) : NAN;
            f.share = whole != 0.0 ? f.total / whole : NAN;
            all[s].money.push_back(f);
        }
    }

    for (std::size_t s = 0; s < buckets; ++s) {
        SegmentProfile &p = all[s];
        p.share = n > 0 ? static_cast<double>(p.size) / static_cast<double>(n) : 0.0;
        p.small = s < m_segments && static_cast<double>(p.size) < smallShare * static_cast<double>(n);
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

Profiles profileSegments(const Table &table, const PreparedData &prepared, const Labels &labels, int k,
                         const std::vector<std::string> &moneyColumnNames, int topTraits, double smallShare)
{
    ProfileAccumulator accumulator(prepared.transform, moneyColumnNames, k, table.source);
    accumulator.add(table, prepared.rows, prepared.x, labels);
    return accumulator.profiles(topTraits, smallShare);
}

Profiles profileSegments(const ColumnSpill &spill, const PreparedData &prepared, const Labels &labels, int k,
                         const std::vector<std::string> &moneyColumnNames, int topTraits, double smallShare,
                         std::size_t blockRows)
{
    const std::vector<std::size_t> &rows = prepared.rows;
    if (labels.size() != rows.size())
        throw Error(ErrorKind::InvalidData,
                    fillIn(Text::tr("there are %1 segment labels for %2 prepared rows"), labels.size(), rows.size()),
                    ErrorLocation {spill.source(), -1, {}});
    blockRows = std::max<std::size_t>(blockRows, 1);
    std::vector<std::string> columns = moneyColumnNames;
    for (std::string &name : prepared.transform.sourceColumns())
        if (std::find(columns.begin(), columns.end(), name) == columns.end())
            columns.push_back(std::move(name));
    ProfileAccumulator accumulator(prepared.transform, moneyColumnNames, k, spill.source());
    // Table rows [begin, begin + blockRows) and the prepared rows among them, [first, last).
    std::size_t first = 0;
    for (std::size_t begin = 0; first < rows.size(); begin += blockRows) {
        const std::size_t end = begin + blockRows;
        std::size_t last = first;
        while (last < rows.size() && rows[last] < end)
            ++last;
        if (last == first)
            continue;
        const Table part = spill.rows(begin, end, columns);
        std::vector<std::size_t> partRows(last - first);
        for (std::size_t i = first; i < last; ++i)
            partRows[i - first] = rows[i] - begin;
        const auto count = static_cast<Eigen::Index>(last - first);
        const Matrix x = prepared.x.middleRows(static_cast<Eigen::Index>(first), count);
        const Labels partLabels(labels.begin() + static_cast<std::ptrdiff_t>(first),
                                labels.begin() + static_cast<std::ptrdiff_t>(last));
        accumulator.add(part, partRows, x, partLabels, begin);
        first = last;
    }
    return accumulator.profiles(topTraits, smallShare);
}

} // namespace seg
