#include "widgets/scatter_view.h"

#include "engine/core/parallel.h"
#include "widgets/paint_support.h"
#include "widgets/scatter_painter.h"
#include "widgets/segment_figures.h"
#include "widgets/segment_selection.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPointer>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>

namespace seg {

namespace {

// Drags shorter than this (logical pixels) are clicks.
constexpr double kClickSlop = 4.0;

// Even–odd crossing test (W. R. Franklin, "PNPOLY", 1970s; the classic ray-casting formulation).
bool insidePolygon(const std::vector<QPointF> &poly, double x, double y)
{
    bool inside = false;
    for (std::size_t i = 0, j = poly.size() - 1; i < poly.size(); j = i++) {
        const QPointF &a = poly[i];
        const QPointF &b = poly[j];
        if ((a.y() > y) != (b.y() > y) && x < (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()) + a.x())
            inside = !inside;
    }
    return inside;
}

/// The map for screen readers: its name, the summary of what it draws as the description, the
/// highlighted segment and the chosen customers as the value.
class ScatterAccessible : public QAccessibleWidget
{
public:
    explicit ScatterAccessible(ScatterView *view) : QAccessibleWidget(view, QAccessible::Chart) {}

    QString text(QAccessible::Text t) const override
    {
        switch (t) {
        case QAccessible::Description:
            return static_cast<ScatterView *>(widget())->accessibleSummary();
        case QAccessible::Value:
            return static_cast<ScatterView *>(widget())->accessibleState();
        default:
            return QAccessibleWidget::text(t);
        }
    }
};

QAccessibleInterface *scatterAccessibleFactory(const QString &, QObject *object)
{
    if (auto *view = qobject_cast<ScatterView *>(object))
        return new ScatterAccessible(view);
    return nullptr;
}

} // namespace

struct ScatterView::Private
{
    ScatterView *q = nullptr;

    // Everything drawn: points, labels, appearance, titles, visible range, highlight, selection.
    ScatterPainter painter;
    QPointer<SegmentSelection> selection;
    std::function<QString(int)> tooltipProvider;

    // Uniform grid over the data bounds: cellStart[c] .. cellStart[c + 1] index into cellItems.
    // Built at the first hit test after new points (see ensureGrid()): a million points take tens
    // of milliseconds, which would otherwise delay the first picture of every new map.
    bool gridBuilt = false;
    int gridCols = 1;
    int gridRows = 1;
    std::vector<std::uint32_t> cellStart;
    std::vector<std::uint32_t> cellItems;

    // Rendered image cache.
    mutable QImage cache;
    mutable quint64 cacheGeneration = 0;
    quint64 generation = 1;

    // Interaction.
    enum class Drag { None, Pending, Lasso, Rect, Pan };
    Drag drag = Drag::None;
    QPointF pressPos;
    QPointF lastPos;
    std::vector<QPointF> lasso;
    bool spaceHeld = false;
    // As HeatmapView: the focus frame shows for focus from the keyboard or after a key press.
    bool keyboardFocus = false;
    bool showsFocus() const
    {
        return q->hasFocus() && (keyboardFocus || q->window()->testAttribute(Qt::WA_KeyboardFocusChange));
    }

    std::size_t count() const { return painter.pointCount(); }
    bool hasLabels() const { return painter.hasLabels(); }
    void invalidate()
    {
        ++generation;
        q->update();
    }
    // The widget's palette, font and locale are the painter's.
    void syncStyle()
    {
        painter.setPalette(q->palette());
        painter.setFont(q->font());
        painter.setLocale(q->locale());
    }
    void syncSelection()
    {
        painter.setHighlightedSegment(selection ? selection->currentSegment() : -1);
        painter.setSelectedRows(selection ? selection->selectedRows() : std::vector<int>());
    }
    /// Screen readers hear of a new summary (new points, segments or names) or state.
    void announceSummary() const
    {
        if (!QAccessible::isActive())
            return;
        QAccessibleEvent changed(q, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&changed);
    }
    void announceState() const
    {
        if (!QAccessible::isActive())
            return;
        QAccessibleValueChangeEvent changed(q, q->accessibleState());
        QAccessible::updateAccessibility(&changed);
    }

    void ensureGrid();
    std::vector<int> rowsInRect(const QRectF &widgetRect) const;
    std::vector<int> rowsInLasso(const std::vector<QPointF> &widgetPolygon) const;
    void finishSelection(std::vector<int> rows);
    std::optional<int> legendSegmentAt(const QPointF &pos) const { return painter.legendSegmentAt(q->size(), pos); }
};

void ScatterView::Private::ensureGrid()
{
    if (gridBuilt)
        return;
    gridBuilt = true;
    const std::size_t n = count();
    cellStart.clear();
    cellItems.clear();
    if (n == 0)
        return;
    const std::shared_ptr<const Embedding> &points = painter.points();
    const QRectF bounds = painter.dataBounds();
    // About four points per cell on average: a hover query touches a handful of cells.
    const int g = std::clamp(static_cast<int>(std::ceil(std::sqrt(static_cast<double>(n) / 4.0))), 1, 1024);
    gridCols = gridRows = g;
    const double sx = bounds.width() > 0 ? g / bounds.width() : 0.0;
    const double sy = bounds.height() > 0 ? g / bounds.height() : 0.0;
    std::vector<std::uint32_t> cellOf(n);
    cellStart.assign(static_cast<std::size_t>(g) * g + 1, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const int cx = std::clamp(static_cast<int>((points->x[i] - bounds.left()) * sx), 0, g - 1);
        const int cy = std::clamp(static_cast<int>((points->y[i] - bounds.top()) * sy), 0, g - 1);
        cellOf[i] = static_cast<std::uint32_t>(cy * g + cx);
        ++cellStart[cellOf[i] + 1];
    }
    for (std::size_t c = 1; c < cellStart.size(); ++c)
        cellStart[c] += cellStart[c - 1];
    cellItems.resize(n);
    std::vector<std::uint32_t> fill(cellStart.begin(), cellStart.end() - 1);
    for (std::size_t i = 0; i < n; ++i)
        cellItems[fill[cellOf[i]]++] = static_cast<std::uint32_t>(i);
}

std::vector<int> ScatterView::Private::rowsInRect(const QRectF &widgetRect) const
{
    std::vector<int> rows;
    const QPointF a = q->mapFromWidget(widgetRect.topLeft());
    const QPointF b = q->mapFromWidget(widgetRect.bottomRight());
    const double x0 = std::min(a.x(), b.x()), x1 = std::max(a.x(), b.x());
    const double y0 = std::min(a.y(), b.y()), y1 = std::max(a.y(), b.y());
    const std::size_t n = count();
    const Embedding &points = *painter.points();
    for (std::size_t i = 0; i < n; ++i) {
        const double x = points.x[i], y = points.y[i];
        if (x >= x0 && x <= x1 && y >= y0 && y <= y1)
            rows.push_back(static_cast<int>(i));
    }
    return rows;
}

std::vector<int> ScatterView::Private::rowsInLasso(const std::vector<QPointF> &widgetPolygon) const
{
    std::vector<int> rows;
    if (widgetPolygon.size() < 3 || count() == 0)
        return rows;
    // Containment is invariant under the (affine) widget-to-data map, so test in data space.
    std::vector<QPointF> poly;
    poly.reserve(widgetPolygon.size());
    double x0 = std::numeric_limits<double>::max(), x1 = -x0, y0 = x0, y1 = -x0;
    for (const QPointF &p : widgetPolygon) {
        poly.push_back(q->mapFromWidget(p));
        x0 = std::min(x0, poly.back().x());
        x1 = std::max(x1, poly.back().x());
        y0 = std::min(y0, poly.back().y());
        y1 = std::max(y1, poly.back().y());
    }
    const std::size_t n = count();
    const Embedding &points = *painter.points();
    std::vector<std::uint8_t> inside(n, 0);
    parallelFor(n, [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
            const double x = points.x[i], y = points.y[i];
            if (x >= x0 && x <= x1 && y >= y0 && y <= y1 && insidePolygon(poly, x, y))
                inside[i] = 1;
        }
    }, 4096);
    for (std::size_t i = 0; i < n; ++i)
        if (inside[i])
            rows.push_back(static_cast<int>(i));
    return rows;
}

void ScatterView::Private::finishSelection(std::vector<int> rows)
{
    if (selection)
        selection->setSelectedRows(rows);
    Q_EMIT q->rowsSelected(rows);
}

ScatterView::ScatterView(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    // Once for every map: before any interface of one is asked for, which
    // setAccessibleName() already does.
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(scatterAccessibleFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    d->syncStyle();
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::CrossCursor);
    setAccessibleName(tr("Segment map"));
    setWhatsThis(tr("Every customer as a point, coloured by segment. Scroll to zoom, drag with the middle button "
                    "or Space held to pan, drag to draw a lasso, Shift+drag to select a rectangle, Escape to "
                    "clear the selection. The map opens on the typical customers: Home returns there, 0 shows "
                    "every customer, the extreme ones included. Grey points are customers set aside as outliers."));
}

ScatterView::~ScatterView() = default;

void ScatterView::setAxisTitles(const QString &x, const QString &y)
{
    if (d->painter.xTitle() == x && d->painter.yTitle() == y)
        return;
    d->painter.setAxisTitles(x, y);
    d->invalidate();
}

void ScatterView::setBiplot(std::vector<BiplotArrow> arrows)
{
    d->painter.setBiplot(std::move(arrows));
    d->invalidate();
}

const std::vector<BiplotArrow> &ScatterView::biplot() const
{
    return d->painter.biplot();
}

void ScatterView::setCaption(const QString &caption)
{
    if (d->painter.caption() == caption)
        return;
    d->painter.setCaption(caption);
    d->invalidate();
}

void ScatterView::setPoints(std::shared_ptr<const Embedding> points)
{
    d->painter.setPoints(std::move(points));
    d->gridBuilt = false;
    d->syncSelection();
    resetZoom();
    d->announceSummary();
}

void ScatterView::setLabels(std::shared_ptr<const Labels> labels, int segments)
{
    d->painter.setLabels(std::move(labels), segments);
    d->invalidate();
    d->announceSummary();
}

void ScatterView::setCertainty(std::shared_ptr<const std::vector<double>> certainty)
{
    d->painter.setCertainty(std::move(certainty));
    d->invalidate();
}

void ScatterView::setSelection(SegmentSelection *selection)
{
    if (d->selection)
        disconnect(d->selection, nullptr, this, nullptr);
    d->selection = selection;
    if (selection) {
        connect(selection, &SegmentSelection::currentSegmentChanged, this, [this] {
            d->painter.setHighlightedSegment(d->selection->currentSegment());
            d->invalidate();
            d->announceState();
        });
        connect(selection, &SegmentSelection::selectedRowsChanged, this, [this] {
            d->painter.setSelectedRows(d->selection->selectedRows());
            d->invalidate();
            d->announceState();
        });
    }
    d->syncSelection();
    d->invalidate();
}

void ScatterView::setTooltipProvider(std::function<QString(int)> provider)
{
    d->tooltipProvider = std::move(provider);
}

void ScatterView::setAppearance(const SegmentAppearance &appearance)
{
    if (d->painter.appearance() == appearance)
        return;
    d->painter.setAppearance(appearance);
    d->invalidate();
    d->announceSummary();
}

const SegmentAppearance &ScatterView::appearance() const
{
    return d->painter.appearance();
}

const ScatterPainter &ScatterView::painter() const
{
    d->syncStyle();
    return d->painter;
}

QRect ScatterView::plotRect() const
{
    return d->painter.plotRect(size());
}

QRectF ScatterView::visibleRange() const
{
    return d->painter.visibleRange();
}

QPointF ScatterView::mapToWidget(double x, double y) const
{
    return d->painter.mapToTarget(size(), x, y);
}

QPointF ScatterView::mapFromWidget(const QPointF &pos) const
{
    return d->painter.mapFromTarget(size(), pos);
}

void ScatterView::zoomAt(const QPointF &pos, double factor)
{
    if (!(factor > 0.0) || d->count() == 0)
        return;
    const QPointF anchor = mapFromWidget(pos);
    const QRectF bounds = d->painter.dataBounds();
    const QRectF view = d->painter.visibleRange();
    const double base = std::max(bounds.width(), bounds.height());
    double w = view.width() / factor;
    double h = view.height() / factor;
    // Stop at 10,000x in and at 20x the data out, where the view would show nothing useful.
    const double maxSpan = std::max(w, h);
    if (maxSpan < base * 1e-4 || maxSpan > base * 20.0)
        return;
    const double left = anchor.x() - (anchor.x() - view.left()) / factor;
    const double bottom = anchor.y() - (anchor.y() - view.top()) / factor;
    d->painter.setVisibleRange(QRectF(left, bottom, w, h));
    d->invalidate();
}

void ScatterView::resetZoom()
{
    d->painter.setVisibleRange(d->painter.typicalRange());
    d->invalidate();
}

void ScatterView::showAll()
{
    d->painter.setVisibleRange(d->painter.fullRange());
    d->invalidate();
}

void ScatterView::setFlaggedSegments(const std::vector<int> &segments)
{
    d->painter.setFlaggedSegments(segments);
    d->invalidate();
    d->announceSummary();
}

QString ScatterView::accessibleSummary() const
{
    const std::size_t n = d->count();
    if (n == 0)
        return tr("No map yet.");
    const QLocale loc = locale();
    const SegmentAppearance &look = appearance();
    const int k = d->painter.segmentCount();
    QStringList lines;
    if (!d->hasLabels()) {
        lines << tr("Customers: %1, not segmented yet.").arg(loc.toString(static_cast<qulonglong>(n)));
    } else {
        lines << tr("Customers: %1, segments: %2. Each point is a customer, coloured by segment.")
                     .arg(loc.toString(static_cast<qulonglong>(n)), loc.toString(k));
        // The legend's figures: the customers of each segment on the map and their share.
        auto line = [&](int segment) {
            const std::size_t size = d->painter.segmentSize(segment);
            return tr("%1: %2 customer(s) (%3)", nullptr, pluralCount(size))
                .arg(look.numberedName(segment), loc.toString(static_cast<qulonglong>(size)),
                     formatShare(loc, static_cast<double>(size) / static_cast<double>(n)));
        };
        for (int s = 0; s < k; ++s)
            lines << line(s);
        if (d->painter.segmentSize(-1) > 0)
            lines << line(-1);
    }
    if (!d->painter.xTitle().isEmpty() || !d->painter.yTitle().isEmpty())
        lines << tr("Axes: %1 across, %2 up.").arg(d->painter.xTitle(), d->painter.yTitle());
    if (const std::size_t outside = d->painter.pointsOutsideView(); outside > 0)
        lines << tr("Customers outside the visible range: %1 (0 shows them all).")
                     .arg(loc.toString(static_cast<qulonglong>(outside)));
    return lines.join(QLatin1Char('\n'));
}

QString ScatterView::accessibleState() const
{
    QStringList parts;
    if (const int current = d->painter.highlightedSegment(); current >= 0 && current < d->painter.segmentCount())
        parts << tr("Highlighted: %1").arg(appearance().numberedName(current));
    if (const std::size_t chosen = d->painter.selectedCount(); chosen > 0)
        parts << tr("Customers chosen: %1").arg(locale().toString(static_cast<qulonglong>(chosen)));
    return parts.join(QStringLiteral("; "));
}

QImage ScatterView::render(const QSize &size, qreal devicePixelRatio) const
{
    d->syncStyle();
    return d->painter.render(size, devicePixelRatio);
}

int ScatterView::pointAt(const QPointF &pos, qreal radius) const
{
    const std::size_t n = d->count();
    const QRect plot = plotRect();
    if (n == 0 || !QRectF(plot).adjusted(-radius, -radius, radius, radius).contains(pos))
        return -1;
    d->ensureGrid();
    if (d->cellStart.empty())
        return -1;
    const QRectF view = d->painter.visibleRange();
    const double kx = plot.width() / view.width();
    const double ky = plot.height() / view.height();
    const QPointF c = mapFromWidget(pos);
    const double rx = radius / kx, ry = radius / ky;
    const QRectF b = d->painter.dataBounds();
    const Embedding &points = *d->painter.points();
    const int g = d->gridCols;
    const double sx = b.width() > 0 ? g / b.width() : 0.0;
    const double sy = b.height() > 0 ? g / b.height() : 0.0;
    if (c.x() + rx < b.left() || c.x() - rx > b.right() || c.y() + ry < b.top() || c.y() - ry > b.bottom())
        return -1;
    const int cx0 = std::clamp(static_cast<int>(std::floor((c.x() - rx - b.left()) * sx)), 0, g - 1);
    const int cx1 = std::clamp(static_cast<int>(std::floor((c.x() + rx - b.left()) * sx)), 0, g - 1);
    const int cy0 = std::clamp(static_cast<int>(std::floor((c.y() - ry - b.top()) * sy)), 0, g - 1);
    const int cy1 = std::clamp(static_cast<int>(std::floor((c.y() + ry - b.top()) * sy)), 0, g - 1);
    int best = -1;
    double bestD = radius * radius;
    for (int cy = cy0; cy <= cy1; ++cy) {
        for (int cx = cx0; cx <= cx1; ++cx) {
            const std::size_t cell = static_cast<std::size_t>(cy) * g + cx;
            for (std::uint32_t k = d->cellStart[cell]; k < d->cellStart[cell + 1]; ++k) {
                const std::uint32_t i = d->cellItems[k];
                const double dx = (points.x[i] - c.x()) * kx;
                const double dy = (points.y[i] - c.y()) * ky;
                const double dist = dx * dx + dy * dy;
                if (dist < bestD || (dist == bestD && best >= 0 && static_cast<int>(i) < best)) {
                    bestD = dist;
                    best = static_cast<int>(i);
                }
            }
        }
    }
    return best;
}

QSize ScatterView::sizeHint() const
{
    return {640, 480};
}

QSize ScatterView::minimumSizeHint() const
{
    return {240, 180};
}

void ScatterView::paintEvent(QPaintEvent *)
{
    const qreal dpr = devicePixelRatioF();
    if (d->cache.isNull() || d->cacheGeneration != d->generation || d->cache.deviceIndependentSize().toSize() != size()
        || d->cache.devicePixelRatio() != dpr) {
        d->cache = render(size(), dpr);
        d->cacheGeneration = d->generation;
    }
    QPainter p(this);
    p.drawImage(QPointF(0, 0), d->cache);
    // The keyboard focus: a frame in the highlight colour around the whole view (the cached
    // picture is the map as exported, without it).
    if (d->showsFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }

    const QColor hl = palette().color(QPalette::Highlight);
    QColor fill = hl;
    fill.setAlphaF(0.15f);
    if (d->drag == Private::Drag::Lasso && d->lasso.size() > 1) {
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(hl, 1.5, Qt::DashLine));
        p.setBrush(fill);
        p.drawPolygon(d->lasso.data(), static_cast<int>(d->lasso.size()));
    } else if (d->drag == Private::Drag::Rect) {
        p.setPen(QPen(hl, 1.0, Qt::DashLine));
        p.setBrush(fill);
        p.drawRect(QRectF(d->pressPos, d->lastPos).normalized());
    }
}

void ScatterView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    d->invalidate();
}

void ScatterView::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y();
    if (steps == 0 || d->count() == 0) {
        event->ignore();
        return;
    }
    zoomAt(event->position(), std::pow(1.2, steps / 120.0));
    event->accept();
}

void ScatterView::mousePressEvent(QMouseEvent *event)
{
    d->pressPos = d->lastPos = event->position();
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && d->spaceHeld)) {
        d->drag = Private::Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
    } else if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier)) {
        d->drag = Private::Drag::Rect;
    } else if (event->button() == Qt::LeftButton) {
        if (const std::optional<int> legendSegment = d->legendSegmentAt(event->position())) {
            if (d->selection)
                d->selection->setCurrentSegment(d->selection->currentSegment() == *legendSegment ? -1 : *legendSegment);
            d->drag = Private::Drag::None;
            return;
        }
        d->drag = Private::Drag::Pending;
        d->lasso.assign(1, event->position());
    } else {
        QWidget::mousePressEvent(event);
        return;
    }
    event->accept();
}

void ScatterView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    switch (d->drag) {
    case Private::Drag::None:
        if (!d->spaceHeld)
            setCursor(d->legendSegmentAt(pos) ? Qt::PointingHandCursor : Qt::CrossCursor);
        return;
    case Private::Drag::Pan: {
        const QRect plot = plotRect();
        const QPointF delta = pos - d->lastPos;
        const QRectF view = d->painter.visibleRange();
        d->painter.setVisibleRange(
            view.translated(-delta.x() * view.width() / plot.width(), delta.y() * view.height() / plot.height()));
        d->invalidate();
        break;
    }
    case Private::Drag::Pending:
        if (QLineF(d->pressPos, pos).length() < kClickSlop)
            break;
        d->drag = Private::Drag::Lasso;
        [[fallthrough]];
    case Private::Drag::Lasso:
        // Skip vertices closer than 2 px: the polygon test cost grows with its vertex count.
        if (QLineF(d->lasso.back(), pos).length() >= 2.0)
            d->lasso.push_back(pos);
        update();
        break;
    case Private::Drag::Rect:
        update();
        break;
    }
    d->lastPos = pos;
    event->accept();
}

void ScatterView::mouseReleaseEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    const Private::Drag drag = d->drag;
    d->drag = Private::Drag::None;
    switch (drag) {
    case Private::Drag::None:
        QWidget::mouseReleaseEvent(event);
        return;
    case Private::Drag::Pan:
        setCursor(d->spaceHeld ? Qt::OpenHandCursor : Qt::CrossCursor);
        break;
    case Private::Drag::Pending: {
        // A click on a point makes its segment the current one.
        const int row = pointAt(pos);
        if (row >= 0 && d->hasLabels() && d->selection)
            d->selection->setCurrentSegment((*d->painter.labels())[static_cast<std::size_t>(row)]);
        break;
    }
    case Private::Drag::Lasso:
        if (QLineF(d->lasso.back(), pos).length() > 0.0)
            d->lasso.push_back(pos);
        d->finishSelection(d->rowsInLasso(d->lasso));
        d->lasso.clear();
        update();
        break;
    case Private::Drag::Rect:
        d->lastPos = pos;
        if (QLineF(d->pressPos, pos).length() >= kClickSlop)
            d->finishSelection(d->rowsInRect(QRectF(d->pressPos, pos).normalized()));
        update();
        break;
    }
    event->accept();
}

void ScatterView::keyPressEvent(QKeyEvent *event)
{
    if (!d->keyboardFocus) {
        d->keyboardFocus = true;
        update();
    }
    switch (event->key()) {
    case Qt::Key_Escape:
        if (d->drag != Private::Drag::None) {
            d->drag = Private::Drag::None;
            d->lasso.clear();
            setCursor(d->spaceHeld ? Qt::OpenHandCursor : Qt::CrossCursor);
            update();
        } else if (d->selection && !d->selection->selectedRows().empty()) {
            d->finishSelection({});
        } else if (d->selection) {
            d->selection->setCurrentSegment(-1);
        }
        break;
    case Qt::Key_Space:
        if (!event->isAutoRepeat()) {
            d->spaceHeld = true;
            setCursor(Qt::OpenHandCursor);
        }
        break;
    case Qt::Key_Home:
        resetZoom();
        break;
    case Qt::Key_0:
        showAll();
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAt(QRectF(plotRect()).center(), 1.25);
        break;
    case Qt::Key_Minus:
        zoomAt(QRectF(plotRect()).center(), 1.0 / 1.25);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ScatterView::focusInEvent(QFocusEvent *event)
{
    d->keyboardFocus = isKeyboardFocusReason(event->reason());
    QWidget::focusInEvent(event);
}

void ScatterView::focusOutEvent(QFocusEvent *event)
{
    d->keyboardFocus = false;
    QWidget::focusOutEvent(event);
}

void ScatterView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        d->spaceHeld = false;
        if (d->drag != Private::Drag::Pan)
            setCursor(Qt::CrossCursor);
        event->accept();
        return;
    }
    QWidget::keyReleaseEvent(event);
}

void ScatterView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::StyleChange || event->type() == QEvent::LocaleChange) {
        d->syncStyle();
        d->invalidate();
    }
    QWidget::changeEvent(event);
}

bool ScatterView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = pointAt(help->pos());
        QString text;
        if (row >= 0) {
            if (d->tooltipProvider) {
                text = d->tooltipProvider(row);
            } else {
                text = tr("Customer %1").arg(locale().toString(row + 1));
                if (d->hasLabels()) {
                    const int s = (*d->painter.labels())[static_cast<std::size_t>(row)];
                    text += QLatin1Char('\n') + appearance().name(s >= 0 && s < d->painter.segmentCount() ? s : -1);
                }
            }
        } else if (const std::optional<int> s = d->legendSegmentAt(help->pos())) {
            text = tr("%1: %n customer(s)\nClick to highlight this segment.", nullptr,
                      static_cast<int>(d->painter.segmentSize(*s)))
                       .arg(appearance().name(*s));
        }
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace seg
