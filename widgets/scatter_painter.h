#pragma once
// Draws the segment map — every customer as a point coloured by segment, with a legend, axis
// titles and a frame — on any QPainter: a widget, a QImage at any device pixel ratio, an SVG
// generator, a PDF writer or a printer. The point cloud is rasterised (10^6 points are a
// density picture, not shapes): into the device's pixels on raster devices, and into an image
// embedded at a fixed resolution on vector devices, where legend, titles, frame and selection
// rings stay vector shapes and text.

#include "engine/core/matrix.h"
#include "engine/embed/embedding.h"
#include "widgets/biplot_arrow.h"
#include "widgets/segment_appearance.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QLocale>
#include <QPalette>
#include <QRect>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

class QPainter;

namespace seg {

class ScatterPainter
{
    Q_DECLARE_TR_FUNCTIONS(seg::ScatterPainter)
public:
    ScatterPainter();
    ~ScatterPainter();
    ScatterPainter(const ScatterPainter &other);
    ScatterPainter &operator=(const ScatterPainter &other);

    /// Points are drawn in bands of this many device rows (16 by default; see rasterisePoints).
    /// The picture does not depend on it, which tests check by changing it.
    static void setRasterBandRows(int rows);

    /// New positions. Drops the labels when the point count changes, and shows the whole map
    /// (visibleRange() becomes fullRange()).
    void setPoints(std::shared_ptr<const Embedding> points);
    const std::shared_ptr<const Embedding> &points() const { return m_points; }
    /// Number of points drawn (0 without points).
    std::size_t pointCount() const;

    /// Segment per point (same count as the points), `segments` segments in all; labels outside
    /// 0..segments-1 count as noise. Null for unlabelled points, drawn in a neutral colour.
    void setLabels(std::shared_ptr<const Labels> labels, int segments);
    const std::shared_ptr<const Labels> &labels() const { return m_labels; }
    int segmentCount() const { return m_segments; }
    /// True when there is a label for every point.
    bool hasLabels() const;
    /// Points in `segment`, or in no segment for -1; 0 without labels.
    std::size_t segmentSize(int segment) const;

    /// How segments are named (legend) and coloured (points, swatches).
    void setAppearance(const SegmentAppearance &appearance);
    const SegmentAppearance &appearance() const { return m_appearance; }

    /// Axis titles, e.g. "PC 1 (34%)"; empty for none.
    void setAxisTitles(const QString &x, const QString &y);
    QString xTitle() const { return m_xTitle; }
    QString yTitle() const { return m_yTitle; }
    /// A short note drawn at the top left of the plot (what the map is, or that it is still
    /// being computed); empty for none.
    void setCaption(const QString &caption) { m_caption = caption; }
    /// Arrows from the origin along each feature's loadings (a PCA biplot), scaled together so
    /// that the longest reaches 40% of the shorter side of the visible range; empty: none.
    void setBiplot(std::vector<BiplotArrow> arrows) { m_biplot = std::move(arrows); }
    const std::vector<BiplotArrow> &biplot() const { return m_biplot; }
    QString caption() const { return m_caption; }

    /// The segment drawn in full colour while the others are dimmed; -1 for none.
    void setHighlightedSegment(int segment);
    int highlightedSegment() const { return m_highlighted; }
    /// Per point, how surely it belongs to its segment (0..1; a Gaussian mixture's probability):
    /// points below kUncertainBelow are drawn pale. Null (or a size other than the points'): none.
    void setCertainty(std::shared_ptr<const std::vector<double>> certainty);
    static constexpr double kUncertainBelow = 0.8;
    /// Points drawn pale for being uncertain.
    std::size_t uncertainCount() const;
    /// Point indices drawn emphasised with a ring (everything else dimmed); out-of-range
    /// indices are ignored.
    void setSelectedRows(const std::vector<int> &rows);
    /// Number of distinct selected points.
    std::size_t selectedCount() const { return m_selectedCount; }

    /// Colours: Window behind everything, Base behind the points, Text for rings, WindowText
    /// for titles and legend, Highlight for the highlighted legend entry.
    void setPalette(const QPalette &palette);
    const QPalette &palette() const { return m_palette; }
    /// Font of titles and legend, at its screen size (see paint()).
    void setFont(const QFont &font);
    const QFont &font() const { return m_font; }
    /// Locale of the legend's shares.
    void setLocale(const QLocale &locale);
    const QLocale &locale() const { return m_locale; }

    /// Data range shown in the plot: x from left() to right(), y from top() (minimum) to
    /// bottom() (maximum); y grows upwards. Ranges without extent are ignored.
    void setVisibleRange(const QRectF &range);
    QRectF visibleRange() const { return m_view; }
    /// Smallest rectangle holding every point (0, 0, 1, 1 without points).
    QRectF dataBounds() const { return m_bounds; }
    /// The range showing all points: dataBounds() with 4 % padding on each side, and one unit of
    /// extent where the data has none.
    QRectF fullRange() const;
    /// The range the map opens on: per axis the 0.5th to 99.5th percentile of the points with a
    /// margin of 10 % of that span on each side, within fullRange(). A few extreme customers
    /// then do not squash everyone else into a corner; zooming out (or fullRange()) shows them,
    /// and the plot says how many customers lie beyond the visible range.
    QRectF typicalRange() const { return m_typical; }
    /// Points outside visibleRange().
    std::size_t pointsOutsideView() const;

    /// Segments flagged as too small to be segments (SegmentProfile::small): their legend entry
    /// carries the warning mark.
    void setFlaggedSegments(const std::vector<int> &segments);

    /// Plot area (points and frame) within a target of `size` logical pixels at (0, 0); whole
    /// pixels, so device pixels map onto it exactly.
    QRect plotRect(const QSize &size) const;
    /// Position in a target of `size` (at (0, 0)) of data coordinates (x, y), and the inverse.
    QPointF mapToTarget(const QSize &size, double x, double y) const;
    QPointF mapFromTarget(const QSize &size, const QPointF &pos) const;
    /// The segment whose legend entry contains `pos` in a target of `size` (-1 is the noise
    /// entry), or nullopt.
    std::optional<int> legendSegmentAt(const QSize &size, const QPointF &pos) const;

    /// Draws the whole map into `target` (logical coordinates of `painter`; its size is rounded to
    /// whole pixels), filling it with the Window colour first. Sizes and fonts are in logical
    /// pixels as on screen, whatever the device's resolution: to print at a physical size, scale
    /// the painter. The points are rasterised at the device's pixel density (for a QImage, its
    /// devicePixelRatio), at least 2 pixels per logical pixel on vector devices, and at most
    /// 8.4 million pixels. Restores the painter's state. Not thread-safe: reuses scratch buffers.
    void paint(QPainter &painter, const QRectF &target) const;

    /// The map at `size` logical pixels in an image of size × devicePixelRatio device pixels
    /// (ARGB32 premultiplied, devicePixelRatio set): paint() on a QPainter of that image.
    QImage render(const QSize &size, qreal devicePixelRatio = 1.0) const;

private:
    struct Layout;
    struct Scratch;
    Layout layout(const QSize &size) const;
    std::vector<int> legendSegments() const;
    std::vector<std::pair<int, QRectF>> legendEntries(const Layout &l) const;
    void rasterisePoints(uchar *bits, qsizetype bytesPerLine, const QSize &pixels, qreal scale) const;
    void paintPlaceholder(QPainter &painter, const QSize &size) const;
    void paintDecorations(QPainter &painter, const Layout &l) const;
    void paintBiplot(QPainter &painter, const QSize &size) const;
    void rebuildSelectedFlags();

    std::shared_ptr<const Embedding> m_points;
    std::shared_ptr<const Labels> m_labels;
    int m_segments = 0;
    std::vector<std::size_t> m_segmentSizes; // per segment, then one for noise
    SegmentAppearance m_appearance;
    QString m_caption;
    std::vector<BiplotArrow> m_biplot;
    QString m_xTitle, m_yTitle;
    int m_highlighted = -1;
    std::vector<int> m_selectedRows;
    std::vector<std::uint8_t> m_selectedFlags; // per point
    std::shared_ptr<const std::vector<double>> m_certainty; // per point, or null
    std::size_t m_selectedCount = 0;
    QPalette m_palette;
    QFont m_font;
    QLocale m_locale;
    QRectF m_bounds{0, 0, 1, 1};
    QRectF m_typical{0, 0, 1, 1};
    std::vector<int> m_flagged;
    // pointsOutsideView() for these points and this view: every frame asks, and counting a
    // million points each time would cost more than the answer changes.
    struct OutsideCount
    {
        const void *points = nullptr;
        QRectF view;
        std::size_t count = 0;
    };
    mutable OutsideCount m_outside;
    QRectF m_view{0, 0, 1, 1};
    std::unique_ptr<Scratch> m_scratch;
};

} // namespace seg
