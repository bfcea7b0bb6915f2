#include "widgets/segment_appearance.h"

#include "widgets/segment_palette.h"

#include <QCoreApplication>

namespace seg {

int SegmentAppearance::key(int segment) const
{
    if (segment < 0)
        return -1;
    return std::size_t(segment) < keys.size() ? keys[std::size_t(segment)] : segment;
}

bool SegmentAppearance::hasCustomName(int segment) const
{
    return segment >= 0 && segment < names.size() && !names[segment].trimmed().isEmpty();
}

QString SegmentAppearance::name(int segment) const
{
    if (segment < 0)
        return noise ? QCoreApplication::translate("seg::SegmentAppearance", "Noise")
                     : QCoreApplication::translate("seg::SegmentAppearance", "Outliers");
    if (hasCustomName(segment))
        return names[segment];
    return QCoreApplication::translate("seg::SegmentAppearance", "Segment %1").arg(key(segment) + 1);
}

QString SegmentAppearance::numberedName(int segment) const
{
    if (!hasCustomName(segment))
        return name(segment);
    //: A segment the user named, with its number: "Segment 3, Bargain hunters".
    return QCoreApplication::translate("seg::SegmentAppearance", "Segment %1, %2").arg(key(segment) + 1).arg(names[segment]);
}

QColor SegmentAppearance::color(int segment) const
{
    return segmentColor(key(segment));
}

} // namespace seg
