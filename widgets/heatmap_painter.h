#pragma once
// Draws the features × segments heatmap on any QPainter (widget, image at any pixel ratio, SVG,
// PDF, printer): each cell the segment mean as a z-score against the population on a diverging
// scale centred at 0, rows grouped by feature group (the levels of a one-hot column under a
// sub-heading with the column's name), one column per segment with its swatch, name and share,
// and a colour legend. Holds what is drawn and answers where things are for a given size.

#include "engine/profile/segment_profile.h"
#include "widgets/segment_appearance.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QRect>
#include <QStringList>

#include <memory>
#include <utility>
#include <vector>

class QPainter;

namespace seg {

class HeatmapPainter
{
    Q_DECLARE_TR_FUNCTIONS(seg::HeatmapPainter)
public:
    enum class ColumnOrder { BySegment, BySize, ByRowValue };

    /// What lies under a position.
    struct Hit
    {
        enum class Part {
            None,
            Cell,          ///< feature, segment
            SegmentHeader, ///< segment
            OrderControl,  ///< the column-order control in the top-left corner
            FeatureName,   ///< feature, group (raw, empty when ungrouped)
            ColumnHeading, ///< a one-hot column's sub-heading: column (raw name)
            GroupHeading,  ///< group
            Legend,
        };
        Part part = Part::None;
        int feature = -1; ///< index into Profiles::features
        int segment = -1; ///< segment id
        QString group;
        QString column;
    };

    HeatmapPainter();

    /// New profiles; keeps the column order unless it sorts by a row that no longer exists
    /// (then segment order), and clears the hovered cell.
    void setProfiles(std::shared_ptr<const Profiles> profiles);
    const std::shared_ptr<const Profiles> &profiles() const { return m_profiles; }
    /// How segments are named (column headers) and coloured (header swatches).
    void setAppearance(const SegmentAppearance &appearance);
    const SegmentAppearance &appearance() const { return m_appearance; }
    /// Orders the columns; ByRowValue sorts by the z-scores of feature `row`, largest first.
    /// Returns false (and changes nothing) for ByRowValue with a row that does not exist.
    bool setColumnOrder(ColumnOrder order, int row = -1);
    ColumnOrder columnOrder() const { return m_order; }
    /// The row whose values order the columns under ColumnOrder::ByRowValue, else -1.
    int sortRow() const { return m_sortRow; }
    /// Segment ids in the order the columns are shown, left to right.
    std::vector<int> columnSegments() const;
    /// Orders the rows: features (indices into Profiles::features) from top to bottom, without
    /// group headings (e.g. Drivers::ranking, most separating first); empty: the profiles' order
    /// in their groups. Indices outside the profiles are skipped; features not listed follow in
    /// their order.
    void setRowOrder(std::vector<std::size_t> order);
    const std::vector<std::size_t> &rowOrder() const { return m_rowOrder; }
    /// The segment outlined as current; -1 for none.
    void setHighlightedSegment(int segment);
    int highlightedSegment() const { return m_highlighted; }
    /// The cell (feature, segment) drawn as hovered, its row tinted; (-1, -1) for none.
    void setHoveredCell(std::pair<int, int> cell);
    std::pair<int, int> hoveredCell() const { return m_hover; }

    /// Colours: Window behind everything, WindowText for text, Highlight for the current
    /// segment's outline; a dark Base selects the diverging scale's dark centre.
    void setPalette(const QPalette &palette);
    const QPalette &palette() const { return m_palette; }
    /// Font of all text, at its screen size (see paint()).
    void setFont(const QFont &font);
    const QFont &font() const { return m_font; }
    void setLocale(const QLocale &locale);
    const QLocale &locale() const { return m_locale; }

    /// True when there is nothing to show (no profiles, segments or features): paint() draws a
    /// placeholder message.
    bool isEmpty() const;
    /// The labels down the left side, top to bottom: group headings, the column of one-hot
    /// levels as a sub-heading, and feature names as shown (underscores as spaces; a one-hot
    /// feature shows its level only, under its column's sub-heading).
    QStringList rowLabels() const;
    /// The features (indices into Profiles::features) of the rows, top to bottom, without the
    /// group headings and one-hot sub-headings: the rows a keyboard cursor moves through.
    std::vector<int> featureRows() const;

    /// Geometry in a target of `size` logical pixels at (0, 0). (feature, segment) of the cell
    /// under `pos`, or (-1, -1).
    std::pair<int, int> cellAt(const QSize &size, const QPointF &pos) const;
    /// Rectangle of the cell (feature row, segment id); null when not shown.
    QRectF cellRect(const QSize &size, int row, int segment) const;
    /// Rectangle of a segment's column header; null when not shown.
    QRectF segmentHeaderRect(const QSize &size, int segment) const;
    /// Rectangle of a feature's name at the left; null when not shown.
    QRectF featureNameRect(const QSize &size, int row) const;
    /// The lines of a segment's column header as drawn at `size`: its name (on one or two
    /// lines, or only its number, key + 1, when the name does not fit the column), then its
    /// share (with the size when there is room). Empty when the segment is not shown.
    QStringList segmentHeaderLines(const QSize &size, int segment) const;
    /// Rectangle of the colour bar in the legend (−2 sd at its left, +2 sd at its right); null
    /// when nothing is shown.
    QRectF legendBarRect(const QSize &size) const;
    /// What lies under `pos`.
    Hit hitTest(const QSize &size, const QPointF &pos) const;

    /// A z-score as the cells show it: one decimal with its sign (a true minus sign), no sign
    /// when it rounds to 0, "—" for NaN.
    static QString zScoreText(const QLocale &locale, double z);

    /// Comfortable size: rows a little taller than a line, about 90 pixels per segment; the
    /// height is for a target `width` pixels wide (long segment names may take two lines).
    QSize sizeHint(int width) const;
    /// Smallest size at which every row keeps a readable height, for a target `width` wide.
    QSize minimumSize(int width) const;

    /// Draws the heatmap into `target` (logical coordinates of `painter`; its size is rounded to
    /// whole pixels), filling it with the Window colour first. Sizes and fonts are in logical
    /// pixels as on screen, whatever the device's resolution: to print at a physical size, scale
    /// the painter. Restores the painter's state. `exposed` (same coordinates as `target`; empty
    /// means all of it) is the part that needs drawing: rows outside it are skipped, which keeps
    /// a repaint of a scrolled view of tens of thousands of features to the rows in sight.
    void paint(QPainter &painter, const QRectF &target, const QRectF &exposed = {}) const;

private:
    enum class RowKind { Group, Column, Feature };
    struct DisplayRow
    {
        RowKind kind = RowKind::Feature;
        int feature = -1; // Feature rows: index into Profiles::features; else -1
        QString group;    // the group's name (raw), for tooltips
        QString text;     // what the row shows
        QString raw;      // Column rows: the raw column name, for tooltips
        int indent = 0;   // in units of kIndent
    };
    struct Layout;
    struct LegendGeometry;

    int segmentCount() const;
    bool dark() const;
    QString featureName(int f) const;
    QFont headingFont() const;
    QFont subHeadingFont() const;
    int minRowHeight() const;
    int headerHeight(int nameLines) const;
    int legendHeight() const;
    QStringList headerName(int id, int columnWidth, int maxLines) const;
    QString headerShare(const SegmentProfile &s, int columnWidth) const;
    LegendGeometry legendGeometry(const Layout &l) const;
    Layout layout(const QSize &size) const;
    int columnOfSegment(int id) const;
    int displayRowOfFeature(int f) const;
    double zScore(int column, int feature) const;
    void rebuildRows();
    std::vector<std::size_t> m_rowOrder;
    void rebuildColumns();
    void paintPlaceholder(QPainter &p, const QSize &size) const;

    std::shared_ptr<const Profiles> m_profiles;
    SegmentAppearance m_appearance;
    ColumnOrder m_order = ColumnOrder::BySegment;
    int m_sortRow = -1;
    int m_highlighted = -1;
    std::pair<int, int> m_hover{-1, -1};
    std::vector<int> m_columns;     // indices into profiles->segments, in display order
    std::vector<DisplayRow> m_rows; // group headers and features, top to bottom
    QPalette m_palette;
    QFont m_font;
    QLocale m_locale;
    // The widest row label (indent included) in m_font, measured once per rows and font:
    // measuring every label on each layout is seconds on a wide table. -1: not measured.
    mutable int m_widestLabel = -1;
    mutable QFont m_widestLabelFont;
};

} // namespace seg
