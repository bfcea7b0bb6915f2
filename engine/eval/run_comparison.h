#pragma once
// Comparing two segmentations of the same customers: where each segment's customers went (the
// contingency table, with row and column shares), how alike the two partitions are (the adjusted
// Rand index) and, in words a marketer uses, which segments stayed, split, merged, are gone or
// are new. Used for two runs of a project (engine/project/run_history.h), but any two labelings
// of table rows will do.
//
// Which customers are compared. Each run labels some rows of the table (Drop imputation skips
// rows with missing cells; the outlier rule sets customers aside with label -1). The comparison
// is over the customers both runs assign to a segment (label >= 0 in both); the others are
// counted, not compared (onlyA, onlyB).
//
// The classification (docs/projects.md, "Comparing runs"). n(i,j) is the number of compared
// customers in segment i of run A and segment j of run B, n(i) and n(j) the segment totals over
// the compared customers, and t = kFlowShare (0.2):
//   out(i) = the segments j of B with n(i,j) >= t * n(i)   (B's segments that take at least
//            a fifth of A's segment i); empty when n(i) = 0;
//   in(j)  = the segments i of A with n(i,j) >= t * n(j)   (A's segments that make up at least
//            a fifth of B's segment j).
// Each segment i of A is exactly one of
//   Gone    out(i) is empty: no segment of B takes a fifth of its customers (they scattered, or
//           none of them is compared);
//   Split   out(i) has two or more segments: it spread into them (`into`, largest part first);
//   Stayed  out(i) = {j} and in(j) = {i}: one to one in both directions (`into` = {j});
//   Merged  out(i) = {j} and in(j) is not {i}: it went into j together with other segments
//           (`into` = {j}; `with` = the other segments of A in in(j) or whose out() holds j,
//           ascending; empty when j is made of small parts of many segments).
// Each segment j of B that is in no out(i) is New: no segment of A sent a fifth of its customers
// there (`into` = {j}; `with` lists in(j), the segments of A it mostly came from).
// The shares reported with each are n(i,j) / n(i) (`rowShare`) and n(i,j) / n(j) (`colShare`) of
// the first segment of `into`.

#include "engine/core/matrix.h"
#include "engine/pipeline/segment_matching.h"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace seg {

/// The share of a segment's customers that makes a flow count (see the classification above),
/// in percent: n(i,j) >= t * n is tested exactly, as 100 * n(i,j) >= kFlowSharePercent * n.
constexpr int kFlowSharePercent = 20;
constexpr double kFlowShare = kFlowSharePercent / 100.0;

enum class SegmentFate : std::uint8_t { Stayed, Split, Merged, Gone, New };

/// "stayed", "split", "merged", "gone", "new" (the names in JSON and docs).
std::string_view toString(SegmentFate fate);

/// What happened to one segment between run A and run B.
struct SegmentChange
{
    SegmentFate fate = SegmentFate::Stayed;
    /// The segment of A (Stayed, Split, Merged, Gone) or of B (New).
    int segment = 0;
    /// Segments of B: where it went (Stayed, Merged: one; Split: two or more, largest part
    /// first; ties by number); for New the segment itself; empty for Gone.
    std::vector<int> into;
    /// Segments of A: Merged: the others that went into the same segment; New: the segments it
    /// mostly came from (in(j)); ascending. Otherwise empty.
    std::vector<int> with;
    /// n(i, into[0]) / n(i) and n(i, into[0]) / n(into[0]) (see above); for Gone the largest
    /// row share of the segment (0 when none of it is compared) and NaN; for New the largest
    /// column share of the segment and NaN.
    double rowShare = 0.0;
    double colShare = 0.0;

    bool operator==(const SegmentChange &) const = default;
};

struct RunComparison
{
    int segmentsA = 0; ///< segments 0..segmentsA-1 of A (rows of the table)
    int segmentsB = 0; ///< segments 0..segmentsB-1 of B (columns)
    /// n(i, j), row-major: counts[i * segmentsB + j].
    std::vector<std::int64_t> counts;
    std::vector<std::int64_t> rowTotals; ///< n(i), per segment of A
    std::vector<std::int64_t> columnTotals; ///< n(j), per segment of B
    std::int64_t compared = 0; ///< customers with a segment in both runs
    std::int64_t onlyA = 0; ///< customers with a segment in A only (absent from B, or an outlier there)
    std::int64_t onlyB = 0; ///< customers with a segment in B only
    /// Adjusted Rand index of the two partitions of the compared customers (Hubert & Arabie,
    /// 1985; sklearn.metrics.adjusted_rand_score): 1 for the same partition up to numbering.
    double ari = 0.0;
    /// The classification: the segments of A in order, then the New segments of B in order.
    std::vector<SegmentChange> changes;

    std::int64_t count(int a, int b) const { return counts[static_cast<std::size_t>(a * segmentsB + b)]; }
    /// n(a, b) / n(a): the share of A's segment a found in B's segment b (NaN when n(a) = 0).
    double rowShare(int a, int b) const;
    /// n(a, b) / n(b): the share of B's segment b that came from A's segment a (NaN when n(b) = 0).
    double columnShare(int a, int b) const;
};

/// Compares two labelings of table rows. Both memberships hold ascending rows and one label per
/// row (-1: set aside; other labels 0..count-1). Throws seg::Error(Usage) when rows are not
/// ascending, the sizes differ or a label is out of range.
RunComparison compareSegmentations(const SegmentMembership &a, const SegmentMembership &b);

/// The classification of a contingency table alone (exposed for tests): counts is row-major
/// segmentsA × segmentsB.
std::vector<SegmentChange> classifySegments(const std::vector<std::int64_t> &counts, int segmentsA,
                                            int segmentsB);

} // namespace seg
