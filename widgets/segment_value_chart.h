#pragma once
// Size against value per segment: each segment a dot at (share of the customers, share of the
// lifetime value, or of revenue without a value model), with the value share's 95% interval as
// a bar, and the diagonal where value is in proportion to size. Segments above it are worth more
// than their size; below it, less. Dots carry the segment's number (key + 1, as in the table);
// hovering one names it. Clicking a dot makes its segment the current one.

#include "engine/value/segment_value.h"
#include "widgets/segment_appearance.h"

#include <QWidget>

#include <memory>

namespace seg {

class SegmentSelection;

class SegmentValueChart : public QWidget
{
    Q_OBJECT
public:
    explicit SegmentValueChart(QWidget *parent = nullptr);

    void setEconomics(std::shared_ptr<const Economics> economics);
    void setAppearance(const SegmentAppearance &appearance);
    void setSelection(SegmentSelection *selection);

    /// True when the value axis is the lifetime value (else revenue; nothing without either).
    bool showsLifetimeValue() const;
    /// The centre of segment `segment`'s dot in widget coordinates; null point when not shown.
    QPointF pointOf(int segment) const;
    /// The segment whose dot is under `pos` (within its radius plus 3 pixels), or -1.
    int segmentAt(const QPointF &pos) const;

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF plotRect() const;
    /// Share of the value of segment `s` (estimate, low, high); NaN without one.
    Interval valueShare(int s) const;
    double axisMax() const;

    std::shared_ptr<const Economics> m_economics;
    SegmentAppearance m_appearance;
    SegmentSelection *m_selection = nullptr;
};

} // namespace seg
