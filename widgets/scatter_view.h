#pragma once
// The segment map as a widget: a ScatterPainter (which draws the points, legend and axes on
// any device) plus interaction — zoom (wheel), pan (drag with the middle button or Space+drag),
// hover tooltips through a spatial grid index, and rectangle (Shift+drag) / lasso (drag)
// selection. The drawing is cached as an image until something it shows changes. Screen readers
// get a summary of what is drawn (an accessible interface of its own); a frame in the highlight
// colour shows that the map has the keyboard focus.

#include "engine/core/matrix.h"
#include "engine/embed/embedding.h"
#include "widgets/biplot_arrow.h"
#include "widgets/segment_appearance.h"

#include <QImage>
#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

namespace seg {

class ScatterPainter;
class SegmentSelection;

class ScatterView : public QWidget
{
    Q_OBJECT
public:
    explicit ScatterView(QWidget *parent = nullptr);
    ~ScatterView() override;

    /// New positions (keeps labels if the point count matches). Resets the zoom.
    void setPoints(std::shared_ptr<const Embedding> points);
    /// Axis titles, e.g. "PC 1 (34%)"; empty for none.
    void setAxisTitles(const QString &x, const QString &y);
    /// See ScatterPainter::setCaption.
    void setCaption(const QString &caption);
    /// See ScatterPainter::setBiplot.
    void setBiplot(std::vector<BiplotArrow> arrows);
    const std::vector<BiplotArrow> &biplot() const;
    /// New segment per point (same count as the points), `segments` segments in all.
    void setLabels(std::shared_ptr<const Labels> labels, int segments);
    /// Per point, how surely it belongs to its segment; uncertain points are drawn pale (see
    /// ScatterPainter::setCertainty). Null: none.
    void setCertainty(std::shared_ptr<const std::vector<double>> certainty);
    /// Links the view to the shared selection (highlight the current segment, show selected rows).
    void setSelection(SegmentSelection *selection);
    /// Text of the hover tooltip for point `row` (customer id and key values).
    void setTooltipProvider(std::function<QString(int row)> provider);
    /// How segments are named (legend, tooltips) and coloured (points, legend swatches).
    void setAppearance(const SegmentAppearance &appearance);
    const SegmentAppearance &appearance() const;

    /// The painter holding everything the view shows (points, labels, appearance, titles,
    /// visible range, highlighted segment, selected rows, palette, font): paint() or copy it to
    /// draw this view's map on another device (export, report, print).
    const ScatterPainter &painter() const;

    /// Area of the widget (logical pixels) in which points are drawn, for the current size.
    QRect plotRect() const;
    /// The data range currently visible: x from left() to right(), y from top() (minimum) to bottom()
    /// (maximum) — y grows upwards on screen.
    QRectF visibleRange() const;
    /// Widget position (logical pixels) of data coordinates (x, y), and the inverse.
    QPointF mapToWidget(double x, double y) const;
    QPointF mapFromWidget(const QPointF &pos) const;
    /// Zooms by `factor` (> 1 zooms in) keeping the data point under `pos` (widget coordinates) fixed.
    void zoomAt(const QPointF &pos, double factor);

    /// Renders the current view at `size` (logical pixels) into an image of size × devicePixelRatio
    /// device pixels: painter().render() (used by paintEvent and by benchmarks). GUI thread only:
    /// it reuses scratch buffers.
    QImage render(const QSize &size, qreal devicePixelRatio = 1.0) const;

    /// Point nearest to `pos` (widget coordinates) within `radius` pixels, or -1.
    int pointAt(const QPointF &pos, qreal radius = 6.0) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /// Segments flagged as too small (their legend entries carry the warning mark).
    void setFlaggedSegments(const std::vector<int> &segments);

    /// What the view tells a screen reader of what it draws: customers and segments, then one
    /// line per segment (its number and name, customers and share, as the legend shows them),
    /// the customers in no segment, and how many lie outside the visible range.
    QString accessibleSummary() const;
    /// What it says of the state: the highlighted segment and the customers chosen; empty when
    /// neither.
    QString accessibleState() const;

public Q_SLOTS:
    /// Back to the typical range (ScatterPainter::typicalRange(): extreme customers left out;
    /// Home).
    void resetZoom();
    /// Every customer in view, the extreme ones included (0).
    void showAll();

Q_SIGNALS:
    /// The user chose customers with a rectangle or lasso (prepared-row indices).
    void rowsSelected(const std::vector<int> &rows);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace seg
