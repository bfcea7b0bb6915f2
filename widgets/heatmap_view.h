#pragma once
// Features × segments: each cell the segment mean as a z-score against the population on a
// diverging scale centred at 0. Rows are grouped by feature group; columns can be sorted by
// segment id, size, or the value in a chosen row. Hover shows the exact mean in original units.
// The levels of a one-hot column are listed under a sub-heading with the column's name.

#include "engine/profile/segment_profile.h"
#include "widgets/segment_appearance.h"

#include <QStringList>
#include <QWidget>

#include <memory>
#include <utility>
#include <vector>

namespace seg {

class SegmentSelection;

class HeatmapView : public QWidget
{
    Q_OBJECT
public:
    enum class ColumnOrder { BySegment, BySize, ByRowValue };

    explicit HeatmapView(QWidget *parent = nullptr);
    ~HeatmapView() override;

    void setProfiles(std::shared_ptr<const Profiles> profiles);
    /// How segments are named (column headers, tooltips) and coloured (header swatches).
    void setAppearance(const SegmentAppearance &appearance);
    const SegmentAppearance &appearance() const;
    void setSelection(SegmentSelection *selection);
    void setColumnOrder(ColumnOrder order, int row = -1);
    ColumnOrder columnOrder() const;

    /// The row whose values order the columns under ColumnOrder::ByRowValue, else -1.
    int sortRow() const;
    /// Segment ids in the order the columns are shown, left to right.
    std::vector<int> columnSegments() const;

    /// (row, segment) under `pos`, or (-1, -1). Rows are feature indices into Profiles::features.
    std::pair<int, int> cellAt(const QPointF &pos) const;
    /// Widget rectangle of the cell (feature row, segment id); null when not shown.
    QRectF cellRect(int row, int segment) const;
    /// Widget rectangle of a segment's column header (click: make it the current segment); null when not shown.
    QRectF segmentHeaderRect(int segment) const;
    /// Widget rectangle of a feature's name at the left (click: sort the columns by that row); null when not shown.
    QRectF featureNameRect(int row) const;
    /// The labels down the left side, top to bottom: group headings, the column of one-hot
    /// levels as a sub-heading, and feature names as shown (underscores as spaces; a one-hot
    /// feature shows its level only, under its column's sub-heading).
    QStringList rowLabels() const;
    /// The lines of a segment's column header as drawn at the current size: its name (on one or
    /// two lines, or only its number, key + 1, when the name does not fit the column), then its
    /// share (with the size when there is room). Empty when the segment is not shown.
    QStringList segmentHeaderLines(int segment) const;
    /// Widget rectangle of the colour bar in the legend (−2 sd at its left, +2 sd at its right);
    /// null when nothing is shown.
    QRectF legendBarRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace seg
