#pragma once
// Draws the contingency table of two runs (engine/eval/run_comparison.h) on any QPainter: one row
// per segment of run A, one column per segment of run B, each cell shaded by the share of the
// row's customers it holds (where A's segment went) and labelled with the count and that share,
// segment names and colour swatches along the edges, totals on the right and at the bottom. The
// columns are ordered so that the table reads along its diagonal: each of B's segments comes under
// the segment of A that most of its customers came from (ties by count, then by number).

#include "engine/eval/run_comparison.h"
#include "widgets/segment_appearance.h"

#include <QCoreApplication>
#include <QFont>
#include <QPalette>
#include <QRectF>
#include <QSize>
#include <QString>

#include <memory>
#include <utility>
#include <vector>

class QPainter;

namespace seg {

class ContingencyPainter
{
    Q_DECLARE_TR_FUNCTIONS(seg::ContingencyPainter)
public:
    void setComparison(std::shared_ptr<const RunComparison> comparison);
    const std::shared_ptr<const RunComparison> &comparison() const { return m_comparison; }
    /// Names and colours of run A's segments (rows) and run B's (columns).
    void setAppearances(const SegmentAppearance &rows, const SegmentAppearance &columns);
    /// The axis titles, e.g. "Run 3" and "Run 5".
    void setTitles(const QString &rows, const QString &columns);
    void setPalette(const QPalette &palette) { m_palette = palette; }
    void setFont(const QFont &font) { m_font = font; }

    /// The size the table needs to show every label unclipped (logical pixels).
    QSize sizeHint() const;
    /// Draws into `rect`; cells shrink (down to a minimum) when `rect` is smaller than sizeHint().
    void paint(QPainter &painter, const QRectF &rect) const;
    /// The cell (segment of A, segment of B) under `point` for a table painted into `rect`, or
    /// (-1, -1).
    std::pair<int, int> cellAt(const QRectF &rect, const QPointF &point) const;
    /// Where the cell of A's segment `row` and B's segment `column` lies in a table painted into
    /// `rect`.
    QRectF cellRect(const QRectF &rect, int row, int column) const;
    /// B's segments from left to right.
    const std::vector<int> &columnOrder() const { return m_order; }

    /// The fill of a cell holding `share` of its row (0..1): from the base colour to a blue
    /// that reads on light and dark palettes.
    QColor cellColor(double share) const;

private:
    struct Layout
    {
        QRectF cells; ///< the grid of counts
        double rowHeader; ///< width of the row names
        double columnHeader; ///< height of the column names
        double cellWidth;
        double cellHeight;
    };
    Layout layout(const QRectF &rect) const;

    std::shared_ptr<const RunComparison> m_comparison;
    std::vector<int> m_order; ///< B's segment at each column position
    std::vector<int> m_position; ///< the column position of each of B's segments
    SegmentAppearance m_rows, m_columns;
    QString m_rowTitle, m_columnTitle;
    QPalette m_palette;
    QFont m_font;
};

} // namespace seg
