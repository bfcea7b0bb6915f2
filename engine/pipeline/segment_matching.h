#pragma once
// Segment identity across reclusterings. A user who named segment 3 "Bargain hunters" expects
// the name (and its colour, and their selection) to stay with those customers when k, the seed
// or the features change, although the algorithm may now call them segment 5. Segments of the
// new result are matched to the old ones by the customers they share.

#include "engine/core/matrix.h"

#include <cstddef>
#include <vector>

namespace seg {

/// One segmentation as seen by matching: a label per segmented customer and the customers
/// (table rows, ascending) those labels belong to.
struct SegmentMembership
{
    const Labels *labels = nullptr;
    const std::vector<std::size_t> *rows = nullptr; ///< same length as *labels, ascending
    int count = 0; ///< segments 0..count-1 (-1 labels are noise and match nothing)
};

/// For each segment of `next`, the segment of `previous` it continues, or -1 for a new one.
/// The pairing maximises the customers shared in total (Hungarian method, Kuhn 1955 /
/// Munkres 1957, on the contingency table over the customers in both), and a pair is kept only
/// when they share at least half of the smaller of the two segments: a split keeps the name on
/// its larger part, a merge on its larger source, and a reshuffled segment is new. Ties go to
/// deterministic, and the same inputs always give the same matching.
std::vector<int> matchSegments(const SegmentMembership &previous, const SegmentMembership &next);

/// Stable keys for the segments of `next`: a matched segment (match[s] >= 0) keeps its
/// predecessor's key (previousKeys[match[s]]); each new segment takes the smallest key that no
/// matched segment keeps and that is not in `reserved` (e.g. keys the user named, whose
/// segment may come back), in segment order.
std::vector<int> segmentKeys(const std::vector<int> &match, const std::vector<int> &previousKeys,
                             const std::vector<int> &reserved = {});

/// The minimum-cost assignment of rows to columns of a square cost matrix (n × n, row-major
/// in `cost`): result[r] is the column of row r. O(n^3); deterministic.
std::vector<int> hungarian(const std::vector<double> &cost, int n);

} // namespace seg
