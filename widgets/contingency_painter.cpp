#include "widgets/contingency_painter.h"

#include "widgets/paint_support.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace seg {

namespace {

constexpr double kMargin = 8.0;
constexpr double kSwatch = 10.0;
constexpr double kMinCellWidth = 44.0;
constexpr double kMaxCellWidth = 150.0;
constexpr double kMinCellHeight = 22.0;
constexpr double kMaxRowHeader = 190.0;
/// The blue the shares fade into: dark enough for white text at the top of the scale, and
/// distinct from the base colour of light and dark palettes alike.
const QColor kShareColor(33, 102, 172);

double lineHeight(const QFont &font)
{
    return QFontMetricsF(font).height();
}

QString shareText(double share)
{
    if (!std::isfinite(share))
        return QStringLiteral("–");
    // A few customers of a large segment are not "0%".
    if (share > 0.0 && share < 0.005)
        return QStringLiteral("<") + QLocale().toString(1) + QLatin1Char('%');
    return QLocale().toString(100.0 * share, 'f', 0) + QLatin1Char('%');
}

double totalColumnWidth(const QFontMetricsF &metrics, std::int64_t total)
{
    return std::max(metrics.horizontalAdvance(ContingencyPainter::tr("Total")),
                    metrics.horizontalAdvance(QLocale().toString(total)))
        + 20.0;
}

void drawSwatch(QPainter &painter, const QPointF &topLeft, const QColor &color)
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(topLeft, QSizeF(kSwatch, kSwatch)), 2.0, 2.0);
}

} // namespace

void ContingencyPainter::setComparison(std::shared_ptr<const RunComparison> comparison)
{
    m_comparison = std::move(comparison);
    m_order.clear();
    m_position.clear();
    if (!m_comparison)
        return;
    const RunComparison &c = *m_comparison;
    // Each of B's segments under its main source in A: the table reads along the diagonal.
    std::vector<std::pair<int, std::int64_t>> source(static_cast<std::size_t>(c.segmentsB), {c.segmentsA, 0});
    for (int j = 0; j < c.segmentsB; ++j)
        for (int i = 0; i < c.segmentsA; ++i)
            if (c.count(i, j) > source[static_cast<std::size_t>(j)].second)
                source[static_cast<std::size_t>(j)] = {i, c.count(i, j)};
    m_order.resize(static_cast<std::size_t>(c.segmentsB));
    for (int j = 0; j < c.segmentsB; ++j)
        m_order[static_cast<std::size_t>(j)] = j;
    std::stable_sort(m_order.begin(), m_order.end(), [&](int x, int y) {
        const auto &sx = source[static_cast<std::size_t>(x)], &sy = source[static_cast<std::size_t>(y)];
        return sx.first != sy.first ? sx.first < sy.first : sx.second > sy.second;
    });
    m_position.resize(m_order.size());
    for (std::size_t p = 0; p < m_order.size(); ++p)
        m_position[static_cast<std::size_t>(m_order[p])] = static_cast<int>(p);
}

void ContingencyPainter::setAppearances(const SegmentAppearance &rows, const SegmentAppearance &columns)
{
    m_rows = rows;
    m_columns = columns;
}

void ContingencyPainter::setTitles(const QString &rows, const QString &columns)
{
    m_rowTitle = rows;
    m_columnTitle = columns;
}

QColor ContingencyPainter::cellColor(double share) const
{
    if (!std::isfinite(share) || share <= 0.0)
        return m_palette.color(QPalette::Base);
    return mixColor(m_palette.color(QPalette::Base), kShareColor, 0.12 + 0.88 * std::min(share, 1.0));
}

ContingencyPainter::Layout ContingencyPainter::layout(const QRectF &rect) const
{
    const int rows = m_comparison ? m_comparison->segmentsA : 0;
    const int cols = m_comparison ? m_comparison->segmentsB : 0;
    const QFontMetricsF metrics(m_font);
    const double line = lineHeight(m_font);
    double rowHeader = metrics.horizontalAdvance(m_rowTitle + QStringLiteral(" ↓")) + 8.0;
    for (int r = 0; r < rows; ++r)
        rowHeader = std::max(rowHeader, kSwatch + 6.0 + metrics.horizontalAdvance(m_rows.name(r)) + 8.0);
    rowHeader = std::min(rowHeader, kMaxRowHeader);
    const double totalWidth = totalColumnWidth(metrics, m_comparison ? m_comparison->compared : 0);
    const double columnHeader = 2.0 * line + 10.0; // the column title, then the names
    const double totalHeight = line + 8.0;

    Layout l;
    l.rowHeader = rowHeader;
    l.columnHeader = columnHeader;
    const double availableWidth = rect.width() - 2 * kMargin - rowHeader - totalWidth;
    const double availableHeight = rect.height() - 2 * kMargin - columnHeader - totalHeight;
    l.cellWidth = cols > 0 ? std::clamp(availableWidth / cols, kMinCellWidth, kMaxCellWidth) : kMinCellWidth;
    l.cellHeight
        = rows > 0 ? std::clamp(availableHeight / rows, kMinCellHeight, 2.0 * line + 12.0) : kMinCellHeight;
    l.cells = QRectF(rect.left() + kMargin + rowHeader, rect.top() + kMargin + columnHeader,
                     cols * l.cellWidth, rows * l.cellHeight);
    return l;
}

QSize ContingencyPainter::sizeHint() const
{
    const int rows = m_comparison ? m_comparison->segmentsA : 0;
    const int cols = m_comparison ? m_comparison->segmentsB : 0;
    const QFontMetricsF metrics(m_font);
    const double line = lineHeight(m_font);
    // The widest of the counts and the names decides the cells' width.
    double cellWidth = kMinCellWidth;
    if (m_comparison)
        cellWidth = std::max(cellWidth,
                             metrics.horizontalAdvance(QLocale().toString(m_comparison->compared)) + 12.0);
    for (int c = 0; c < cols; ++c)
        cellWidth = std::max(cellWidth, kSwatch + 6.0 + metrics.horizontalAdvance(m_columns.name(c)) + 10.0);
    cellWidth = std::min(cellWidth, kMaxCellWidth);
    const Layout l = layout(QRectF(0, 0, 1e6, 1e6));
    const double totalWidth = totalColumnWidth(metrics, m_comparison ? m_comparison->compared : 0);
    const double width = 2 * kMargin + l.rowHeader + cols * cellWidth + totalWidth;
    const double height = 2 * kMargin + l.columnHeader + rows * (2.0 * line + 12.0) + line + 8.0;
    return QSize(static_cast<int>(std::ceil(width)), static_cast<int>(std::ceil(height)));
}

std::pair<int, int> ContingencyPainter::cellAt(const QRectF &rect, const QPointF &point) const
{
    if (!m_comparison)
        return {-1, -1};
    const Layout l = layout(rect);
    if (!l.cells.contains(point))
        return {-1, -1};
    const int row
        = std::min(m_comparison->segmentsA - 1, static_cast<int>((point.y() - l.cells.top()) / l.cellHeight));
    const int position
        = std::min(m_comparison->segmentsB - 1, static_cast<int>((point.x() - l.cells.left()) / l.cellWidth));
    return {row, m_order[static_cast<std::size_t>(position)]};
}

QRectF ContingencyPainter::cellRect(const QRectF &rect, int row, int column) const
{
    const Layout l = layout(rect);
    const int position = m_position.empty() ? column : m_position[static_cast<std::size_t>(column)];
    return QRectF(l.cells.left() + position * l.cellWidth, l.cells.top() + row * l.cellHeight, l.cellWidth,
                  l.cellHeight);
}

void ContingencyPainter::paint(QPainter &painter, const QRectF &rect) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    const QFont font = fontForDevice(m_font, painter.device());
    QFont bold = font;
    bold.setBold(true);
    painter.setFont(font);
    const QColor text = m_palette.color(QPalette::Text);
    const QColor muted = m_palette.color(QPalette::PlaceholderText);
    const QColor grid = m_palette.color(QPalette::Mid);
    painter.fillRect(rect, m_palette.color(QPalette::Base));
    if (!m_comparison || m_comparison->segmentsA == 0 || m_comparison->segmentsB == 0) {
        painter.setPen(muted);
        painter.drawText(rect, Qt::AlignCenter, tr("No runs to compare"));
        painter.restore();
        return;
    }
    const RunComparison &c = *m_comparison;
    const Layout l = layout(rect);
    const QFontMetricsF metrics(font);
    const double line = metrics.height();
    const QLocale locale;

    // Titles: run B across the top, run A down the left, meeting in the corner.
    const QRectF corner(l.cells.left() - l.rowHeader, l.cells.top() - l.columnHeader, l.rowHeader,
                        l.columnHeader);
    painter.setFont(bold);
    painter.setPen(text);
    painter.drawText(QRectF(l.cells.left(), corner.top(), l.cells.width() + 200.0, line),
                     Qt::AlignLeft | Qt::AlignVCenter, m_columnTitle + QStringLiteral(" →"));
    painter.drawText(QRectF(corner.left(), corner.bottom() - line - 2.0, corner.width() - 4.0, line),
                     Qt::AlignLeft | Qt::AlignVCenter, m_rowTitle + QStringLiteral(" ↓"));
    painter.setFont(font);

    // Column names.
    for (int p = 0; p < c.segmentsB; ++p) {
        const int j = m_order[static_cast<std::size_t>(p)];
        const QRectF cell(l.cells.left() + p * l.cellWidth, corner.top() + line + 4.0, l.cellWidth,
                          line + 4.0);
        const QString name
            = metrics.elidedText(m_columns.name(j), Qt::ElideRight, cell.width() - kSwatch - 10.0);
        const double textWidth = metrics.horizontalAdvance(name);
        const double left = cell.center().x() - (kSwatch + 4.0 + textWidth) / 2.0;
        drawSwatch(painter, QPointF(left, cell.center().y() - kSwatch / 2.0), m_columns.color(j));
        painter.setPen(text);
        painter.drawText(QRectF(left + kSwatch + 4.0, cell.top(), textWidth + 2.0, cell.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, name);
    }
    const double totalLeft = l.cells.right();
    const double totalWidth = totalColumnWidth(metrics, c.compared);
    painter.setPen(muted);
    painter.drawText(QRectF(totalLeft, corner.top() + line + 4.0, totalWidth, line + 4.0), Qt::AlignCenter,
                     tr("Total"));

    // Rows: name, cells, total.
    const bool twoLines = l.cellHeight >= 2.0 * line + 4.0;
    for (int i = 0; i < c.segmentsA; ++i) {
        const double top = l.cells.top() + i * l.cellHeight;
        drawSwatch(painter, QPointF(corner.left(), top + l.cellHeight / 2.0 - kSwatch / 2.0),
                   m_rows.color(i));
        painter.setPen(text);
        const QString name = metrics.elidedText(m_rows.name(i), Qt::ElideRight, l.rowHeader - kSwatch - 12.0);
        painter.drawText(
            QRectF(corner.left() + kSwatch + 6.0, top, l.rowHeader - kSwatch - 10.0, l.cellHeight),
            Qt::AlignLeft | Qt::AlignVCenter, name);
        for (int p = 0; p < c.segmentsB; ++p) {
            const int j = m_order[static_cast<std::size_t>(p)];
            const QRectF cell(l.cells.left() + p * l.cellWidth, top, l.cellWidth, l.cellHeight);
            const std::int64_t n = c.count(i, j);
            const double share = c.rowShare(i, j);
            const QColor fill = cellColor(n > 0 ? share : 0.0);
            painter.fillRect(cell, fill);
            if (n == 0)
                continue;
            const QColor ink = fill.lightnessF() < 0.55 ? QColor(Qt::white) : QColor(20, 20, 20);
            painter.setPen(ink);
            if (twoLines) {
                painter.setFont(bold);
                painter.drawText(QRectF(cell.left(), cell.center().y() - line, cell.width(), line),
                                 Qt::AlignCenter, locale.toString(n));
                painter.setFont(font);
                painter.drawText(QRectF(cell.left(), cell.center().y(), cell.width(), line), Qt::AlignCenter,
                                 shareText(share));
            } else {
                painter.drawText(cell, Qt::AlignCenter, locale.toString(n));
            }
        }
        painter.setPen(muted);
        painter.drawText(QRectF(totalLeft, top, totalWidth, l.cellHeight), Qt::AlignCenter,
                         locale.toString(c.rowTotals[static_cast<std::size_t>(i)]));
    }
    // Column totals.
    const double bottom = l.cells.bottom();
    painter.setPen(muted);
    painter.drawText(QRectF(corner.left() + kSwatch + 6.0, bottom, l.rowHeader, line + 8.0),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("Total"));
    for (int p = 0; p < c.segmentsB; ++p)
        painter.drawText(
            QRectF(l.cells.left() + p * l.cellWidth, bottom, l.cellWidth, line + 8.0), Qt::AlignCenter,
            locale.toString(c.columnTotals[static_cast<std::size_t>(m_order[static_cast<std::size_t>(p)])]));
    painter.drawText(QRectF(totalLeft, bottom, totalWidth, line + 8.0), Qt::AlignCenter,
                     locale.toString(c.compared));

    // The grid over the cells.
    painter.setPen(QPen(grid, 1.0));
    painter.setBrush(Qt::NoBrush);
    for (int i = 0; i <= c.segmentsA; ++i) {
        const double y = l.cells.top() + i * l.cellHeight;
        painter.drawLine(QPointF(l.cells.left(), y), QPointF(l.cells.right(), y));
    }
    for (int j = 0; j <= c.segmentsB; ++j) {
        const double x = l.cells.left() + j * l.cellWidth;
        painter.drawLine(QPointF(x, l.cells.top()), QPointF(x, l.cells.bottom()));
    }
    painter.restore();
}

} // namespace seg
