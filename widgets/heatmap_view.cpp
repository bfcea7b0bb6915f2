#include "widgets/heatmap_view.h"
#include "widgets/segment_figures.h"

#include "widgets/feature_label.h"
#include "widgets/heatmap_painter.h"
#include "widgets/segment_selection.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPaintEvent>
#include <QPointer>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace seg {

struct HeatmapView::Private
{
    HeatmapView *q = nullptr;
    // Everything drawn: profiles, appearance, column order, highlight, hovered cell.
    HeatmapPainter painter;
    QPointer<SegmentSelection> selection;

    // The widget's palette, font and locale are the painter's.
    void syncStyle()
    {
        painter.setPalette(q->palette());
        painter.setFont(q->font());
        painter.setLocale(q->locale());
    }
};

HeatmapView::HeatmapView(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->syncStyle();
    setMouseTracking(true);
    // The painter fills its whole target with the window colour.
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Segment profile heatmap"));
}

HeatmapView::~HeatmapView() = default;

void HeatmapView::setProfiles(std::shared_ptr<const Profiles> profiles)
{
    d->painter.setProfiles(std::move(profiles));
    updateGeometry();
    update();
}

void HeatmapView::setAppearance(const SegmentAppearance &appearance)
{
    if (d->painter.appearance() == appearance)
        return;
    d->painter.setAppearance(appearance);
    updateGeometry(); // a long name may need a second header line
    update();
}

const SegmentAppearance &HeatmapView::appearance() const
{
    return d->painter.appearance();
}

const HeatmapPainter &HeatmapView::painter() const
{
    d->syncStyle();
    return d->painter;
}

void HeatmapView::setSelection(SegmentSelection *selection)
{
    if (d->selection)
        disconnect(d->selection, nullptr, this, nullptr);
    d->selection = selection;
    d->painter.setHighlightedSegment(selection ? selection->currentSegment() : -1);
    if (selection)
        connect(selection, &SegmentSelection::currentSegmentChanged, this, [this](int segment) {
            d->painter.setHighlightedSegment(segment);
            update();
        });
    update();
}

void HeatmapView::setRowOrder(std::vector<std::size_t> order)
{
    if (order == d->painter.rowOrder())
        return;
    d->painter.setRowOrder(std::move(order));
    updateGeometry();
    update();
}

void HeatmapView::setColumnOrder(ColumnOrder order, int row)
{
    if (d->painter.setColumnOrder(order, row))
        update();
}

HeatmapView::ColumnOrder HeatmapView::columnOrder() const
{
    return d->painter.columnOrder();
}

int HeatmapView::sortRow() const
{
    return d->painter.sortRow();
}

std::vector<int> HeatmapView::columnSegments() const
{
    return d->painter.columnSegments();
}

std::pair<int, int> HeatmapView::cellAt(const QPointF &pos) const
{
    return d->painter.cellAt(size(), pos);
}

QRectF HeatmapView::cellRect(int row, int segment) const
{
    return d->painter.cellRect(size(), row, segment);
}

QRectF HeatmapView::segmentHeaderRect(int segment) const
{
    return d->painter.segmentHeaderRect(size(), segment);
}

QRectF HeatmapView::featureNameRect(int row) const
{
    return d->painter.featureNameRect(size(), row);
}

QStringList HeatmapView::rowLabels() const
{
    return d->painter.rowLabels();
}

QStringList HeatmapView::segmentHeaderLines(int segment) const
{
    return d->painter.segmentHeaderLines(size(), segment);
}

QRectF HeatmapView::legendBarRect() const
{
    return d->painter.legendBarRect(size());
}

QSize HeatmapView::sizeHint() const
{
    return d->painter.sizeHint(width());
}

QSize HeatmapView::minimumSizeHint() const
{
    return d->painter.minimumSize(width());
}

void HeatmapView::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    d->painter.paint(p, rect(), event->rect());
}

void HeatmapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || d->painter.isEmpty()) {
        QWidget::mousePressEvent(event);
        return;
    }
    auto toggleSegment = [this](int s) {
        if (d->selection)
            d->selection->setCurrentSegment(d->selection->currentSegment() == s ? -1 : s);
    };
    using Part = HeatmapPainter::Hit::Part;
    const HeatmapPainter::Hit hit = d->painter.hitTest(size(), event->position());
    switch (hit.part) {
    case Part::SegmentHeader:
        toggleSegment(hit.segment);
        break;
    case Part::OrderControl:
        setColumnOrder(columnOrder() == ColumnOrder::BySegment ? ColumnOrder::BySize : ColumnOrder::BySegment);
        break;
    case Part::FeatureName:
        if (columnOrder() == ColumnOrder::ByRowValue && sortRow() == hit.feature)
            setColumnOrder(ColumnOrder::BySegment);
        else
            setColumnOrder(ColumnOrder::ByRowValue, hit.feature);
        break;
    case Part::Cell:
        if (d->selection)
            d->selection->setCurrentSegment(hit.segment);
        break;
    default:
        break;
    }
    event->accept();
}

void HeatmapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    const auto cell = cellAt(pos);
    if (cell != d->painter.hoveredCell()) {
        d->painter.setHoveredCell(cell);
        update();
    }
    using Part = HeatmapPainter::Hit::Part;
    const Part part = d->painter.hitTest(size(), pos).part;
    const bool clickable = part == Part::SegmentHeader || part == Part::OrderControl || part == Part::FeatureName;
    setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

void HeatmapView::leaveEvent(QEvent *event)
{
    if (d->painter.hoveredCell().first >= 0) {
        d->painter.setHoveredCell({-1, -1});
        update();
    }
    QWidget::leaveEvent(event);
}

void HeatmapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::LocaleChange || event->type() == QEvent::StyleChange)
        d->syncStyle();
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

bool HeatmapView::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip || d->painter.isEmpty())
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const QLocale loc = locale();
    const Profiles &profiles = *d->painter.profiles();
    const SegmentAppearance &appearance = d->painter.appearance();
    auto segmentProfile = [&profiles](int segment) -> const SegmentProfile & {
        return *std::find_if(profiles.segments.begin(), profiles.segments.end(),
                             [segment](const SegmentProfile &s) { return s.segment == segment; });
    };
    auto rawName = [&profiles](int f) { return QString::fromStdString(profiles.features[static_cast<std::size_t>(f)]); };
    QString text;
    using Part = HeatmapPainter::Hit::Part;
    const HeatmapPainter::Hit hit = d->painter.hitTest(size(), help->pos());
    switch (hit.part) {
    case Part::Cell: {
        const int f = hit.feature;
        const SegmentProfile &s = segmentProfile(hit.segment);
        auto at = [f](const std::vector<double> &values) {
            return static_cast<std::size_t>(f) < values.size() ? values[static_cast<std::size_t>(f)] : std::nan("");
        };
        const QString name = featureDisplayName(profiles.features[static_cast<std::size_t>(f)]);
        text = tr("%1 \u2014 %2\nSegment average: %3\nAll customers: %4\nDifference: %5 standard deviations")
                   .arg(name, appearance.name(s.segment), loc.toString(at(s.means), 'g', 6),
                        loc.toString(at(profiles.populationMeans), 'g', 6), HeatmapPainter::zScoreText(loc, at(s.zScores)));
        if (rawName(f) != name)
            text += QLatin1Char('\n') + tr("Feature: %1").arg(rawName(f));
        // Money in the data's units: real means and totals (the colour is on the scaled scale).
        if (const QStringList money = moneyLines(profiles, s, loc); !money.isEmpty())
            text += QStringLiteral("\n\n") + money.join(QLatin1Char('\n'));
        if (const QString reason = smallSegmentReason(profiles, s, loc); !reason.isEmpty())
            text += QStringLiteral("\n\n") + smallSegmentMark() + QLatin1Char(' ') + reason;
        break;
    }
    case Part::SegmentHeader: {
        const SegmentProfile &s = segmentProfile(hit.segment);
        text = tr("%1\n%2 customers (%3)")
                   .arg(appearance.name(s.segment), loc.toString(static_cast<qulonglong>(s.size)),
                        loc.toString(100.0 * s.share, 'f', 1) + loc.percent());
        if (const QStringList money = moneyLines(profiles, s, loc); !money.isEmpty())
            text += QLatin1Char('\n') + money.join(QLatin1Char('\n'));
        if (const QString reason = smallSegmentReason(profiles, s, loc); !reason.isEmpty())
            text += QLatin1Char('\n') + smallSegmentMark() + QLatin1Char(' ') + reason;
        text += QLatin1Char('\n') + tr("Click to highlight this segment in every view.");
        break;
    }
    case Part::OrderControl:
        text = tr("Click to switch between segment order and size order.");
        break;
    case Part::Legend:
        text = tr("Cell colours: how far the segment average lies from the average of all customers, in standard "
                  "deviations (sd) of the features as clustered (after log(1 + x) and scaling). Blue is below, red "
                  "above; beyond 2 sd the colour stays the same. The numbers in the tooltips are in the data's own "
                  "units.");
        break;
    case Part::FeatureName:
        // The raw names, as in the data, so that the user can find the column there.
        text = rawName(hit.feature);
        if (!hit.group.isEmpty())
            text += QStringLiteral(" (") + hit.group + QLatin1Char(')');
        text += QLatin1Char('\n') + tr("Click to order the segments by this feature.");
        break;
    case Part::ColumnHeading:
        text = tr("Column \u201c%1\u201d: one row per value, each the share of customers with that value").arg(hit.column);
        break;
    case Part::GroupHeading:
    case Part::None:
        break;
    }
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
    } else {
        QToolTip::showText(help->globalPos(), text, this);
    }
    return true;
}

} // namespace seg
