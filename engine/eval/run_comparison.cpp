#include "engine/eval/run_comparison.h"

#include "engine/core/error.h"
#include "engine/eval/metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace seg {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

void checkMembership(const SegmentMembership &m, const char *which)
{
    if (!m.labels || !m.rows)
        throw Error(ErrorKind::Usage, fillIn(Text::tr("run %1 has no labels"), which));
    if (m.labels->size() != m.rows->size())
        throw Error(ErrorKind::Usage, fillIn(Text::tr("run %1 has not one label per row"), which));
    for (std::size_t i = 0; i < m.rows->size(); ++i) {
        if (i > 0 && (*m.rows)[i] <= (*m.rows)[i - 1])
            throw Error(ErrorKind::Usage, fillIn(Text::tr("the rows of run %1 are not ascending"), which));
        const int label = (*m.labels)[i];
        if (label < -1 || label >= m.count)
            throw Error(ErrorKind::Usage,
                        fillIn(Text::tr("run %1 has the label %2 outside its %3 segments"), which, label, m.count));
    }
}

/// part >= t * whole, in integers: 0.2 * 15 is 3.0000000000000004 in doubles, and 3 of 15
/// customers are a fifth.
bool atLeastShare(std::int64_t part, std::int64_t whole)
{
    return whole > 0 && 100 * part >= kFlowSharePercent * whole;
}

double share(std::int64_t part, std::int64_t whole)
{
    return whole > 0 ? static_cast<double>(part) / static_cast<double>(whole) : kNaN;
}

} // namespace

std::string_view toString(SegmentFate fate)
{
    switch (fate) {
    case SegmentFate::Stayed:
        return "stayed";
    case SegmentFate::Split:
        return "split";
    case SegmentFate::Merged:
        return "merged";
    case SegmentFate::Gone:
        return "gone";
    case SegmentFate::New:
        return "new";
    }
    return "stayed";
}

double RunComparison::rowShare(int a, int b) const
{
    return share(count(a, b), rowTotals[static_cast<std::size_t>(a)]);
}

double RunComparison::columnShare(int a, int b) const
{
    return share(count(a, b), columnTotals[static_cast<std::size_t>(b)]);
}

std::vector<SegmentChange> classifySegments(const std::vector<std::int64_t> &counts, int segmentsA,
                                            int segmentsB)
{
    if (segmentsA < 0 || segmentsB < 0
        || counts.size() != static_cast<std::size_t>(segmentsA) * static_cast<std::size_t>(segmentsB))
        throw Error(ErrorKind::Usage, "the contingency table is not segmentsA x segmentsB");
    const auto at = [&](int i, int j) { return counts[static_cast<std::size_t>(i * segmentsB + j)]; };
    std::vector<std::int64_t> rowTotal(static_cast<std::size_t>(segmentsA), 0);
    std::vector<std::int64_t> colTotal(static_cast<std::size_t>(segmentsB), 0);
    for (int i = 0; i < segmentsA; ++i)
        for (int j = 0; j < segmentsB; ++j) {
            rowTotal[static_cast<std::size_t>(i)] += at(i, j);
            colTotal[static_cast<std::size_t>(j)] += at(i, j);
        }
    const auto rowTotalOf = [&](int i) { return rowTotal[static_cast<std::size_t>(i)]; };
    const auto colTotalOf = [&](int j) { return colTotal[static_cast<std::size_t>(j)]; };

    std::vector<std::vector<int>> out(static_cast<std::size_t>(segmentsA));
    std::vector<std::vector<int>> in(static_cast<std::size_t>(segmentsB));
    std::vector<char> reached(static_cast<std::size_t>(segmentsB), 0);
    for (int i = 0; i < segmentsA; ++i)
        for (int j = 0; j < segmentsB; ++j) {
            if (atLeastShare(at(i, j), rowTotalOf(i))) {
                out[static_cast<std::size_t>(i)].push_back(j);
                reached[static_cast<std::size_t>(j)] = 1;
            }
            if (atLeastShare(at(i, j), colTotalOf(j)))
                in[static_cast<std::size_t>(j)].push_back(i);
        }

    std::vector<SegmentChange> changes;
    for (int i = 0; i < segmentsA; ++i) {
        SegmentChange change;
        change.segment = i;
        std::vector<int> into = out[static_cast<std::size_t>(i)];
        // Largest part first; equal parts by segment number (the sort is stable over ascending j).
        std::stable_sort(into.begin(), into.end(), [&](int x, int y) { return at(i, x) > at(i, y); });
        if (into.empty()) {
            change.fate = SegmentFate::Gone;
            std::int64_t largest = 0;
            for (int j = 0; j < segmentsB; ++j)
                largest = std::max(largest, at(i, j));
            change.rowShare = rowTotalOf(i) > 0 ? share(largest, rowTotalOf(i)) : 0.0;
            change.colShare = kNaN;
            changes.push_back(std::move(change));
            continue;
        }
        const int j = into.front();
        change.rowShare = share(at(i, j), rowTotalOf(i));
        change.colShare = share(at(i, j), colTotalOf(j));
        if (into.size() >= 2) {
            change.fate = SegmentFate::Split;
        } else {
            const std::vector<int> &sources = in[static_cast<std::size_t>(j)];
            if (sources.size() == 1 && sources.front() == i) {
                change.fate = SegmentFate::Stayed;
            } else {
                change.fate = SegmentFate::Merged;
                for (int other = 0; other < segmentsA; ++other) {
                    if (other == i)
                        continue;
                    const auto &otherOut = out[static_cast<std::size_t>(other)];
                    const bool sends = std::find(otherOut.begin(), otherOut.end(), j) != otherOut.end();
                    const bool makesUp = std::find(sources.begin(), sources.end(), other) != sources.end();
                    if (sends || makesUp)
                        change.with.push_back(other);
                }
            }
        }
        change.into = std::move(into);
        changes.push_back(std::move(change));
    }
    for (int j = 0; j < segmentsB; ++j) {
        if (reached[static_cast<std::size_t>(j)])
            continue;
        SegmentChange change;
        change.fate = SegmentFate::New;
        change.segment = j;
        change.into = {j};
        change.with = in[static_cast<std::size_t>(j)];
        std::int64_t largest = 0;
        for (int i = 0; i < segmentsA; ++i)
            largest = std::max(largest, at(i, j));
        change.rowShare = kNaN;
        change.colShare = colTotalOf(j) > 0 ? share(largest, colTotalOf(j)) : 0.0;
        changes.push_back(std::move(change));
    }
    return changes;
}

RunComparison compareSegmentations(const SegmentMembership &a, const SegmentMembership &b)
{
    checkMembership(a, "A");
    checkMembership(b, "B");
    RunComparison c;
    c.segmentsA = a.count;
    c.segmentsB = b.count;
    c.counts.assign(static_cast<std::size_t>(a.count) * static_cast<std::size_t>(b.count), 0);
    c.rowTotals.assign(static_cast<std::size_t>(a.count), 0);
    c.columnTotals.assign(static_cast<std::size_t>(b.count), 0);
    const std::vector<std::size_t> &rowsA = *a.rows, &rowsB = *b.rows;
    const Labels &labelsA = *a.labels, &labelsB = *b.labels;
    Labels commonA, commonB;
    // Both row lists ascend: one merge pass pairs the customers they share.
    std::size_t p = 0, q = 0;
    while (p < rowsA.size() || q < rowsB.size()) {
        const bool takeA = q == rowsB.size() || (p < rowsA.size() && rowsA[p] <= rowsB[q]);
        const bool takeB = p == rowsA.size() || (q < rowsB.size() && rowsB[q] <= rowsA[p]);
        const int labelA = takeA ? labelsA[p] : -1;
        const int labelB = takeB ? labelsB[q] : -1;
        if (labelA >= 0 && labelB >= 0) {
            commonA.push_back(labelA);
            commonB.push_back(labelB);
            ++c.counts[static_cast<std::size_t>(labelA * b.count + labelB)];
            ++c.rowTotals[static_cast<std::size_t>(labelA)];
            ++c.columnTotals[static_cast<std::size_t>(labelB)];
        } else if (labelA >= 0) {
            ++c.onlyA;
        } else if (labelB >= 0) {
            ++c.onlyB;
        }
        if (takeA)
            ++p;
        if (takeB)
            ++q;
    }
    c.compared = static_cast<std::int64_t>(commonA.size());
    c.ari = adjustedRandIndex(commonA, commonB);
    c.changes = classifySegments(c.counts, c.segmentsA, c.segmentsB);
    return c;
}

} // namespace seg
