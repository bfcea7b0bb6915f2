#pragma once
// Features × segments: each cell the segment mean as a z-score against the population on a
// diverging scale centred at 0. Rows are grouped by feature group; columns can be sorted by
// segment id, size, or the value in a chosen row. Hover shows the exact mean in original units.

#include "engine/profile/segment_profile.h"

#include <QWidget>

#include <memory>

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
    /// Segment names shown in the column headers (index = segment id); empty => "Segment N".
    void setSegmentNames(const QStringList &names);
    void setSelection(SegmentSelection *selection);
    void setColumnOrder(ColumnOrder order, int row = -1);
    ColumnOrder columnOrder() const;

    /// (row, segment) under `pos`, or (-1, -1).
    std::pair<int, int> cellAt(const QPointF &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace seg
