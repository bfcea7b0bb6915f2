#pragma once
// How the segments of one result are shown: each segment's name and colour. Both follow a
// segment's identity (its key) rather than its number, so after a recluster a segment the user
// named "Bargain hunters" keeps its name and its colour, whatever number it now has.

#include <QColor>
#include <QString>
#include <QStringList>

#include <vector>

namespace seg {

struct SegmentAppearance
{
    /// The stable identity of each segment number (index: segment 0..k-1). Empty means each
    /// segment is its own key (key = number).
    std::vector<int> keys;
    /// The user's name of each segment number; missing or blank entries take the default name.
    QStringList names;
    /// The customers in no segment (-1) include density noise (DBSCAN, HDBSCAN): named "Noise".
    bool noise = false;

    /// Identity of `segment`; -1 (noise) stays -1.
    int key(int segment) const;
    /// The user's name, or "Segment N" with N = key + 1 (so the default name follows the
    /// segment too); "Outliers" for -1 (customers set aside), or "Noise" when `noise` is set. The
    /// one place that spells the default name.
    QString name(int segment) const;
    /// True when the user named `segment`.
    bool hasCustomName(int segment) const;
    /// The name with the segment's number even when the user named it ("Segment 3, Bargain
    /// hunters"), as screen readers say it: a view's swatch colour alone must not tell segments
    /// apart. Same as name() for unnamed segments and for -1.
    QString numberedName(int segment) const;
    /// segmentColor(key(segment)): grey for -1 (outliers, noise).
    QColor color(int segment) const;

    bool operator==(const SegmentAppearance &) const = default;
};

} // namespace seg
