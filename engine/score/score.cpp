#include "engine/score/score.h"

#include "engine/cluster/distance_kernels.h"
#include "engine/cluster/gaussian_mixture.h"
#include "engine/core/error.h"
#include "engine/core/parallel.h"
#include "engine/data/assignments.h"
#include "engine/data/csv_writer.h"
#include "engine/score/score_json.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstdio>
#include <limits>
#include <sstream>

namespace seg {

using kernels::squaredDistance;

namespace {

/// Each segment's centre in model space, as the model holds it.
const Matrix &centresOf(const ClusterModel &model)
{
    return std::visit(
        [](const auto &m) -> const Matrix & {
            using T = std::decay_t<decltype(m)>;
            if constexpr (std::is_same_v<T, NearestCentroidModel>)
                return m.centroids;
            else if constexpr (std::is_same_v<T, GaussianMixtureModel>)
                return m.means;
            else
                return m.centers;
        },
        model);
}

/// The assignment of the rows of x with distances, margins and confidences.
ScoredRows measure(const ClusterModel &model, const Matrix &x)
{
    ClusterAssignment assigned = assign(model, x);
    const Matrix &centres = centresOf(model);
    const bool centreModel = std::holds_alternative<NearestCentroidModel>(model);
    const bool mixture = std::holds_alternative<GaussianMixtureModel>(model);
    const std::size_t n = static_cast<std::size_t>(x.rows()), d = static_cast<std::size_t>(x.cols());
    const auto k = static_cast<std::size_t>(centres.rows());
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    ScoredRows out;
    out.distances.assign(n, nan);
    out.margins.assign(n, nan);
    out.confidences.assign(n, nan);
    out.flags.assign(n, 0);
    out.reasons.assign(n, {});
    parallelFor(n, [&](std::size_t first, std::size_t last) {
        for (std::size_t i = first; i < last; ++i) {
            const std::int32_t label = assigned.labels[i];
            if (label < 0)
                continue;
            const double *row = x.data() + i * d;
            const double own = std::sqrt(squaredDistance(row, centres.data() + static_cast<std::size_t>(label) * d, d));
            out.distances[i] = own;
            if (mixture) {
                out.confidences[i] = assigned.memberships[i];
                continue;
            }
            if (!centreModel)
                continue;
            double second = std::numeric_limits<double>::infinity();
            for (std::size_t c = 0; c < k; ++c)
                if (c != static_cast<std::size_t>(label))
                    second = std::min(second, squaredDistance(row, centres.data() + c * d, d));
            if (k < 2) {
                out.confidences[i] = 1.0;
                continue;
            }
            second = std::sqrt(second);
            out.margins[i] = second - own;
            out.confidences[i] = second > 0.0 ? 1.0 - own / second : 0.0;
        }
    });
    out.segments = std::move(assigned.labels);
    return out;
}

/// The q quantile of ascending `sorted` values by linear interpolation between order statistics
/// (numpy's default); NaN when there are none.
double quantileOfSorted(const std::vector<double> &sorted, double q)
{
    if (sorted.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const double at = q * static_cast<double>(sorted.size() - 1);
    const auto low = static_cast<std::size_t>(std::floor(at));
    const std::size_t high = std::min(low + 1, sorted.size() - 1);
    return sorted[low] + (at - static_cast<double>(low)) * (sorted[high] - sorted[low]);
}

double quantile(std::vector<double> values, double q)
{
    std::sort(values.begin(), values.end());
    return quantileOfSorted(values, q);
}

/// The columns of `table` that model.columns name, in that order (checkScoringSchema has checked
/// that they are there): looked up once per table rather than once per row.
std::vector<const Column *> sourceColumns(const ScoringModel &model, const Table &table)
{
    const ColumnIndex columns(table);
    std::vector<const Column *> out;
    for (const ScoringColumn &c : model.columns)
        out.push_back(&columns.require(c.name));
    return out;
}

/// Calls onIssue(column as the run saw it, column here, flag) for each feature column of row i
/// that holds an unseen level (kUnseenCategory) or a value outside the run's range (kOutsideRange).
template <typename OnIssue>
void forEachColumnIssue(const ScoringModel &model, const std::vector<const Column *> &sources, std::size_t i,
                        OnIssue &&onIssue)
{
    for (std::size_t s = 0; s < model.columns.size(); ++s) {
        const ScoringColumn &c = model.columns[s];
        const Column &column = *sources[s];
        if (c.type == ColumnType::Categorical && column.type == ColumnType::Categorical) {
            const std::int32_t code = column.codes[i];
            if (code >= 0 && !c.levels.contains(column.levels[static_cast<std::size_t>(code)]))
                onIssue(c, column, kUnseenCategory);
        } else if (c.hasRange && column.isNumeric()) {
            const double v = column.numbers[i];
            if (v < c.low || v > c.high)
                onIssue(c, column, kOutsideRange);
        }
    }
}

std::string number(double value)
{
    std::ostringstream text;
    text.precision(6);
    text << value;
    return text.str();
}

} // namespace

std::size_t DriftBins::binOf(const Column &column, std::size_t row) const
{
    if (categorical) {
        const std::int32_t code = column.codes[row];
        if (code < 0)
            return levels.size() + 1;
        const std::string &level = column.levels[static_cast<std::size_t>(code)];
        const auto it = std::lower_bound(levels.begin(), levels.end(), level);
        return it != levels.end() && *it == level ? static_cast<std::size_t>(it - levels.begin()) : levels.size();
    }
    const double v = column.numbers[row];
    if (std::isnan(v))
        return edges.size() + 1;
    return static_cast<std::size_t>(std::lower_bound(edges.begin(), edges.end(), v) - edges.begin());
}

double populationStabilityIndex(const std::vector<double> &shares, const std::vector<double> &expected)
{
    assert(shares.size() == expected.size());
    double psi = 0.0;
    for (std::size_t b = 0; b < shares.size(); ++b) {
        const double a = std::max(shares[b], kDriftShareFloor), e = std::max(expected[b], kDriftShareFloor);
        psi += (a - e) * std::log(a / e);
    }
    return psi;
}

ScoringModel scoringModel(const Table &training, const Segmentation &run, std::vector<std::string> names)
{
    ScoringModel out;
    out.transform = run.transform;
    out.model = run.clustering.model;
    out.segments = run.clustering.clusterCount;
    out.names = std::move(names);
    out.names.resize(static_cast<std::size_t>(out.segments));
    const std::size_t k = static_cast<std::size_t>(out.segments);
    for (const std::size_t row : run.rows)
        if (row >= training.rowCount)
            throw Error(ErrorKind::InvalidData,
                        fillIn(Text::tr("the run segments row %1 of a table of %2 rows"), row + 1,
                               training.rowCount),
                        ErrorLocation {training.source, -1, {}});

    // The columns as the run's customers hold them: ranges and levels.
    const ColumnIndex columns(training);
    for (const FittedFeature &f : out.transform.features) {
        if (std::any_of(out.columns.begin(), out.columns.end(), [&](const ScoringColumn &c) { return c.name == f.column; }))
            continue;
        const Column &column = columns.require(f.column);
        ScoringColumn c;
        c.name = f.column;
        c.type = column.type;
        if (column.type == ColumnType::Categorical) {
            std::vector<bool> held(column.levels.size(), false);
            for (const std::size_t row : run.rows)
                if (column.codes[row] >= 0)
                    held[static_cast<std::size_t>(column.codes[row])] = true;
            for (std::size_t l = 0; l < held.size(); ++l)
                if (held[l])
                    c.levels.insert(column.levels[l]);
        } else if (column.isNumeric() && column.type != ColumnType::Date && !f.oneHot) {
            c.low = std::numeric_limits<double>::infinity();
            c.high = -std::numeric_limits<double>::infinity();
            for (const std::size_t row : run.rows) {
                const double v = column.numbers[row];
                if (std::isnan(v))
                    continue;
                c.low = std::min(c.low, v);
                c.high = std::max(c.high, v);
            }
            c.hasRange = c.low <= c.high;
        }
        // The column's distribution among the run's customers, for drift.
        DriftBins bins;
        bins.column = f.column;
        bins.categorical = column.type == ColumnType::Categorical;
        if (bins.categorical) {
            bins.levels.assign(c.levels.begin(), c.levels.end()); // a std::set: sorted
        } else {
            std::vector<double> values;
            values.reserve(run.rows.size());
            for (const std::size_t row : run.rows)
                if (!std::isnan(column.numbers[row]))
                    values.push_back(column.numbers[row]);
            std::sort(values.begin(), values.end());
            for (int decile = 1; decile <= 9 && !values.empty(); ++decile) {
                const double edge = quantileOfSorted(values, decile / 10.0);
                if (bins.edges.empty() || edge > bins.edges.back())
                    bins.edges.push_back(edge);
            }
        }
        bins.trainingShares.assign((bins.categorical ? bins.levels.size() : bins.edges.size()) + 2, 0.0);
        for (const std::size_t row : run.rows)
            bins.trainingShares[bins.binOf(column, row)] += 1.0;
        for (double &share : bins.trainingShares)
            share = run.rows.empty() ? 0.0 : share / static_cast<double>(run.rows.size());
        out.drift.push_back(std::move(bins));
        out.columns.push_back(std::move(c));
    }

    // Shares and distance limits, from the run's customers scored as new ones are.
    out.trainingShares.assign(k, 0.0);
    for (const std::int32_t label : run.clustering.labels)
        if (label >= 0)
            out.trainingShares[static_cast<std::size_t>(label)] += 1.0;
    for (double &share : out.trainingShares)
        share = run.rows.empty() ? 0.0 : share / static_cast<double>(run.rows.size());
    const Matrix all = out.transform.apply(training);
    Matrix x(static_cast<Eigen::Index>(run.rows.size()), all.cols());
    for (std::size_t i = 0; i < run.rows.size(); ++i)
        x.row(static_cast<Eigen::Index>(i)) = all.row(static_cast<Eigen::Index>(run.rows[i]));
    const ScoredRows own = measure(out.model, x);
    std::vector<std::vector<double>> distances(k);
    for (std::size_t i = 0; i < run.rows.size(); ++i)
        // Customers the run set aside (outliers, noise) would stretch the limits they exceed.
        if (run.clustering.labels[i] >= 0 && own.segments[i] >= 0)
            distances[static_cast<std::size_t>(own.segments[i])].push_back(own.distances[i]);
    out.distanceLimits.resize(k);
    for (std::size_t s = 0; s < k; ++s)
        out.distanceLimits[s] = quantile(std::move(distances[s]), kDistanceLimitQuantile);
    return out;
}

void checkScoringSchema(const ScoringModel &model, const Table &table)
{
    const ColumnIndex columns(table);
    std::vector<std::string> missing;
    for (const ScoringColumn &c : model.columns) {
        const Column *column = columns.find(c.name);
        if (!column) {
            missing.push_back(c.name);
            continue;
        }
        const bool wasNumeric = c.type != ColumnType::Categorical && c.type != ColumnType::Identifier;
        const bool isNumeric = column->isNumeric();
        if (wasNumeric != isNumeric || (c.type == ColumnType::Date) != (column->type == ColumnType::Date))
            throw Error(ErrorKind::InvalidData,
                        fillIn(Text::tr("the segments were made with %1 values in this column, but it holds %2 "
                                        "values here"),
                               toString(c.type), toString(column->type)),
                        ErrorLocation {table.source, -1, c.name});
    }
    if (missing.empty())
        return;
    std::string list;
    for (const std::string &name : missing)
        list += (list.empty() ? "'" : ", '") + name + "'";
    std::string unknown;
    for (const Column &column : table.columns)
        // The customer key and known segments are never features: not the new name of one.
        if (column.role != ColumnRole::Id && column.role != ColumnRole::Label
            && std::none_of(model.columns.begin(), model.columns.end(),
                         [&](const ScoringColumn &c) { return c.name == column.name; }))
            unknown += (unknown.empty() ? "'" : ", '") + column.name + "'";
    const auto n = static_cast<long long>(missing.size());
    throw Error(ErrorKind::InvalidData,
                unknown.empty()
                    ? fillIn(Text::tr("the segments need the column(s) %1, which the file lacks", nullptr, n), list)
                    : fillIn(Text::tr("the segments need the column(s) %1, which the file lacks; if it was renamed, "
                                      "its new name may be one of %2",
                                      nullptr, n),
                             list, unknown),
                ErrorLocation {table.source, -1, {}});
}

ScoredRows scoreRows(const ScoringModel &model, const Table &table)
{
    ScoredRows out = measure(model.model, model.transform.apply(table));
    const std::vector<const Column *> sources = sourceColumns(model, table);
    for (std::size_t i = 0; i < table.rowCount; ++i) {
        std::string &reason = out.reasons[i];
        const auto add = [&](AnomalyFlag flag, const std::string &why) {
            out.flags[i] |= flag;
            reason += (reason.empty() ? "" : "; ") + why;
        };
        const std::int32_t s = out.segments[i];
        if (s < 0)
            add(kNoSegment, "in no segment: no core customer within reach");
        else if (const double limit = model.distanceLimits[static_cast<std::size_t>(s)];
                 out.distances[i] > limit)
            add(kFarFromSegment, "distance " + number(out.distances[i]) + " beyond the segment's 99th percentile "
                                     + number(limit));
        forEachColumnIssue(model, sources, i, [&](const ScoringColumn &c, const Column &column, AnomalyFlag flag) {
            if (flag == kUnseenCategory) {
                add(flag, c.name + ": unseen level '" + column.levels[static_cast<std::size_t>(column.codes[i])] + "'");
                return;
            }
            const double v = column.numbers[i];
            add(flag, c.name + " " + number(v) + (v < c.low ? " below the smallest seen, " + number(c.low)
                                                             : " above the largest seen, " + number(c.high)));
        });
    }
    return out;
}

void ScoringTally::add(const ScoringModel &model, const Table &table, const ScoredRows &scored)
{
    const std::vector<const Column *> sources = sourceColumns(model, table);
    rows += table.rowCount;
    if (driftCounts.empty())
        for (const DriftBins &bins : model.drift)
            driftCounts.emplace_back(bins.bins(), 0);
    for (std::size_t c = 0; c < model.drift.size(); ++c) // drift[c] is the column of columns[c]
        for (std::size_t i = 0; i < table.rowCount; ++i)
            ++driftCounts[c][model.drift[c].binOf(*sources[c], i)];
    for (std::size_t i = 0; i < table.rowCount; ++i) {
        const std::int32_t s = scored.segments[i];
        if (s < 0)
            ++noSegment;
        else
            ++segmentRows[static_cast<std::size_t>(s)];
        if (scored.flags[i] == 0)
            continue;
        ++flagged;
        for (const std::uint8_t flag : {kFarFromSegment, kUnseenCategory, kOutsideRange, kNoSegment})
            if (scored.flags[i] & flag)
                ++byFlag[flag];
        if (!(scored.flags[i] & (kUnseenCategory | kOutsideRange)))
            continue;
        forEachColumnIssue(model, sources, i, [&](const ScoringColumn &c, const Column &column, AnomalyFlag flag) {
            if (flag == kUnseenCategory)
                ++unseenLevels[c.name][column.levels[static_cast<std::size_t>(column.codes[i])]];
            else
                ++outsideRange[c.name];
        });
    }
}

std::vector<double> ScoringTally::stabilityIndices(const ScoringModel &model) const
{
    std::vector<double> out;
    for (std::size_t c = 0; c < model.drift.size(); ++c) {
        std::vector<double> shares(model.drift[c].bins(), 0.0);
        for (std::size_t b = 0; b < shares.size() && c < driftCounts.size(); ++b)
            shares[b] = rows == 0 ? 0.0 : static_cast<double>(driftCounts[c][b]) / static_cast<double>(rows);
        out.push_back(populationStabilityIndex(shares, model.drift[c].trainingShares));
    }
    return out;
}

std::map<std::string, ColumnType> modelColumnTypes(const ScoringModel &model)
{
    std::map<std::string, ColumnType> types;
    for (const ScoringColumn &c : model.columns)
        types[c.name] = c.type == ColumnType::Integer ? ColumnType::Real : c.type;
    return types;
}

DriftVerdict judgeDrift(const ScoringModel &model, const ScoringTally &tally, const DriftThresholds &thresholds)
{
    DriftVerdict verdict;
    verdict.psi = tally.stabilityIndices(model);
    for (std::size_t c = 0; c < verdict.psi.size(); ++c)
        if (verdict.psi[c] > thresholds.psi)
            verdict.reasons.push_back(fillIn(Text::tr("column '%1': population stability index %2 above %3"),
                                             model.drift[c].column, Text::fixed(verdict.psi[c], 3),
                                             Text::number(thresholds.psi, 3)));
    const auto share = [&](std::size_t part) {
        return tally.rows == 0 ? 0.0 : static_cast<double>(part) / static_cast<double>(tally.rows);
    };
    for (int s = 0; s < model.segments; ++s) {
        const auto seg = static_cast<std::size_t>(s);
        const double now = seg < tally.segmentRows.size() ? share(tally.segmentRows[seg]) : 0.0;
        const double change = now - model.trainingShares[seg];
        verdict.shareChange.push_back(change);
        verdict.largestShareChange = std::max(verdict.largestShareChange, std::abs(change));
        if (std::abs(change) > thresholds.share) {
            const std::string nowText = Text::fixed(100.0 * now, 1);
            const std::string runText = Text::fixed(100.0 * model.trainingShares[seg], 1);
            const std::string limitText = Text::number(100.0 * thresholds.share, 3);
            verdict.reasons.push_back(
                seg < model.names.size() && !model.names[seg].empty()
                    ? fillIn(Text::tr("segment %1 '%2': %3% of the customers against %4% in the run, a change above "
                                      "%5 points"),
                             s, model.names[seg], nowText, runText, limitText)
                    : fillIn(Text::tr("segment %1: %2% of the customers against %3% in the run, a change above %4 "
                                      "points"),
                             s, nowText, runText, limitText));
        }
    }
    verdict.judged = tally.rows >= thresholds.minRows;
    verdict.retrainRecommended = verdict.judged && !verdict.reasons.empty();
    return verdict;
}



ScoreWriter::ScoreWriter(AtomicFile &file, ScoreFormat format, std::string idColumn, std::vector<std::string> names)
    : m_file(file), m_format(format), m_idColumn(std::move(idColumn)), m_names(std::move(names))
{
    if (m_format == ScoreFormat::Csv)
        m_file.write("id,segment,segment_name,distance,margin,confidence,anomaly,anomaly_reason\n");
}

void ScoreWriter::write(const Table &chunk, const ScoredRows &scored)
{
    assert(scored.segments.size() == chunk.rowCount);
    constexpr std::size_t kFlushBytes = 1 << 20;
    const Column *ids = m_idColumn.empty() ? nullptr : &chunk.require(m_idColumn);
    std::string out;
    for (std::size_t i = 0; i < chunk.rowCount; ++i) {
        const std::string id = ids ? ids->cellText(i) : std::to_string(m_rows + i + 1);
        const std::int32_t s = scored.segments[i];
        const std::string name = s >= 0 && static_cast<std::size_t>(s) < m_names.size() ? m_names[static_cast<std::size_t>(s)]
                                                                                        : std::string();
        if (m_format == ScoreFormat::Csv) {
            appendCsvField(out, id);
            out += ',' + std::to_string(s) + ',';
            appendCsvField(out, name);
            out += ',' + formatScore(scored.distances[i]) + ',' + formatScore(scored.margins[i]) + ','
                + formatScore(scored.confidences[i]) + ',' + (scored.flags[i] ? "1" : "0") + ',';
            appendCsvField(out, scored.reasons[i]);
        } else {
            out += scoredRowJson(scored, i, id, name).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        }
        out += '\n';
        if (out.size() > kFlushBytes) {
            m_file.write(out);
            out.clear();
        }
    }
    m_file.write(out);
    m_rows += chunk.rowCount;
}

} // namespace seg
