#include "widgets/segment_selection.h"

#include <algorithm>

namespace seg {

SegmentSelection::SegmentSelection(QObject *parent)
    : QObject(parent)
{
}

void SegmentSelection::setCurrentSegment(int segment)
{
    segment = std::max(-1, segment);
    if (segment == m_segment)
        return;
    m_segment = segment;
    Q_EMIT currentSegmentChanged(m_segment);
}

void SegmentSelection::setSelectedRows(std::vector<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (rows == m_rows)
        return;
    m_rows = std::move(rows);
    Q_EMIT selectedRowsChanged();
}

void SegmentSelection::clear()
{
    setSelectedRows({});
    setCurrentSegment(-1);
}

} // namespace seg
