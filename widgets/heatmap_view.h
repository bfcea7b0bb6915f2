#pragma once
// The features × segments heatmap as a widget: a HeatmapPainter (which draws it on any device)
// plus interaction — click a column header to highlight its segment, a feature name to sort the
// columns by that row, the corner to switch between segment and size order; hover shows the
// exact mean in original units. A keyboard cursor (arrow keys, Home/End, Page Up/Down; Enter or
// Space highlights its segment, S sorts by its row, O switches segment and size order) frames one
// cell while the view has the keyboard's focus. Screen readers get a summary of what is drawn
// and the cursor's cell (an accessible interface of its own).

#include "engine/profile/segment_profile.h"
#include "widgets/heatmap_painter.h"
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
    using ColumnOrder = HeatmapPainter::ColumnOrder;

    explicit HeatmapView(QWidget *parent = nullptr);
    ~HeatmapView() override;

    void setProfiles(std::shared_ptr<const Profiles> profiles);
    /// How segments are named (column headers, tooltips) and coloured (header swatches).
    void setAppearance(const SegmentAppearance &appearance);
    const SegmentAppearance &appearance() const;
    /// The painter holding everything the view shows (profiles, appearance, column order,
    /// highlighted segment, hovered cell, palette, font): paint() or copy it to draw this view's
    /// heatmap on another device (export, report, print).
    const HeatmapPainter &painter() const;
    void setSelection(SegmentSelection *selection);
    void setColumnOrder(ColumnOrder order, int row = -1);
    ColumnOrder columnOrder() const;
    /// Orders the rows (HeatmapPainter::setRowOrder); empty: by group.
    void setRowOrder(std::vector<std::size_t> order);

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

    /// The features of the rows, top to bottom (HeatmapPainter::featureRows()).
    std::vector<int> featureRows() const;
    /// The keyboard cursor's cell (feature, segment id): the top-left cell until the keys move
    /// it, kept while its feature and segment are shown; (-1, -1) when nothing is shown.
    std::pair<int, int> cursorCell() const;
    /// Moves the keyboard cursor to (feature, segment); ignored when that cell is not shown.
    void setCursorCell(int feature, int segment);
    /// What the view tells a screen reader of what it draws: segments × features and customers,
    /// then per segment in column order its number and name, size, share and strongest traits
    /// (largest |z| first), one line each.
    QString accessibleSummary() const;
    /// What it says of the cursor's cell ("Segment 2, revenue: +1.8 standard deviations; …");
    /// empty when nothing is shown.
    QString cursorCellText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// The keyboard cursor moved to (feature, segment), by a key, a click or setCursorCell();
    /// screen readers have been told (the view's value and the focus on the new cell).
    void cursorCellChanged(int feature, int segment);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace seg
