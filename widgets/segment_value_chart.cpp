#include "widgets/segment_value_chart.h"

#include "widgets/segment_selection.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace seg {

namespace {

constexpr double kRadius = 6.0;

} // namespace

SegmentValueChart::SegmentValueChart(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
}

void SegmentValueChart::setEconomics(std::shared_ptr<const Economics> economics)
{
    m_economics = std::move(economics);
    update();
}

void SegmentValueChart::setAppearance(const SegmentAppearance &appearance)
{
    m_appearance = appearance;
    update();
}

void SegmentValueChart::setSelection(SegmentSelection *selection)
{
    m_selection = selection;
    if (m_selection)
        connect(m_selection, &SegmentSelection::currentSegmentChanged, this, qOverload<>(&QWidget::update));
}

bool SegmentValueChart::showsLifetimeValue() const
{
    return m_economics && m_economics->hasClv;
}

Interval SegmentValueChart::valueShare(int s) const
{
    const double nan = std::nan("");
    if (!m_economics || s < 0 || std::size_t(s) >= m_economics->segments.size())
        return {nan, nan, nan};
    const SegmentEconomics &e = m_economics->segments[std::size_t(s)];
    return showsLifetimeValue() ? e.clvShare : e.revenueShare;
}

double SegmentValueChart::axisMax() const
{
    double top = 0.1;
    if (m_economics)
        for (std::size_t s = 0; s < m_economics->segments.size(); ++s) {
            top = std::max(top, m_economics->segments[s].share.estimate);
            const Interval v = valueShare(int(s));
            if (std::isfinite(v.high))
                top = std::max(top, v.high);
            else if (std::isfinite(v.estimate))
                top = std::max(top, v.estimate);
        }
    // Up to the next tenth: the axes read in round percentages.
    return std::min(1.0, std::ceil(top * 10.0 - 1e-9) / 10.0);
}

QRectF SegmentValueChart::plotRect() const
{
    const QFontMetrics fm = fontMetrics();
    const double left = fm.height() * 1.6 + fm.horizontalAdvance(QStringLiteral("100%")) + 6;
    const double bottom = fm.height() * 2.6;
    return QRectF(left, fm.height() * 0.8, std::max(10.0, width() - left - 12.0),
                  std::max(10.0, height() - bottom - fm.height() * 0.8));
}

QPointF SegmentValueChart::pointOf(int segment) const
{
    const Interval v = valueShare(segment);
    if (!std::isfinite(v.estimate))
        return {};
    const double size = m_economics->segments[std::size_t(segment)].share.estimate;
    const QRectF r = plotRect();
    const double top = axisMax();
    return {r.left() + r.width() * size / top, r.bottom() - r.height() * v.estimate / top};
}

int SegmentValueChart::segmentAt(const QPointF &pos) const
{
    if (!m_economics)
        return -1;
    int best = -1;
    double bestDistance = kRadius + 3.0;
    for (std::size_t s = 0; s < m_economics->segments.size(); ++s) {
        const QPointF p = pointOf(int(s));
        if (p.isNull())
            continue;
        const double d = std::hypot(p.x() - pos.x(), p.y() - pos.y());
        if (d <= bestDistance) {
            bestDistance = d;
            best = int(s);
        }
    }
    return best;
}

QSize SegmentValueChart::minimumSizeHint() const
{
    return {220, 160};
}

QSize SegmentValueChart::sizeHint() const
{
    return {360, 260};
}

void SegmentValueChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Window));
    const bool hasValue = m_economics && (m_economics->hasClv || !m_economics->revenueColumn.empty());
    if (!hasValue || m_economics->segments.empty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Size against value appears when the data has a money column or the lifetime-value "
                            "inputs (frequency, recency, T)."));
        return;
    }
    const QRectF r = plotRect();
    const double top = axisMax();
    const QLocale locale;
    const QFontMetrics fm = fontMetrics();
    QColor grid = pal.color(QPalette::WindowText);
    grid.setAlphaF(0.18);
    QColor text = pal.color(QPalette::WindowText);

    // Grid and ticks every tenth (every fifth of the axis when it is short).
    const double step = top <= 0.3 ? 0.05 : 0.1;
    for (double t = 0; t <= top + 1e-9; t += step) {
        const double x = r.left() + r.width() * t / top, y = r.bottom() - r.height() * t / top;
        painter.setPen(grid);
        painter.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()));
        painter.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
        painter.setPen(text);
        const QString label = locale.toString(100.0 * t, 'f', 0) + locale.percent();
        painter.drawText(QRectF(x - 30, r.bottom() + 2, 60, fm.height()), Qt::AlignHCenter | Qt::AlignTop, label);
        painter.drawText(QRectF(r.left() - 64, y - fm.height() / 2.0, 60, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                         label);
    }
    // Value in proportion to size.
    QPen diagonal(text, 1, Qt::DashLine);
    painter.setPen(diagonal);
    painter.drawLine(r.bottomLeft(), r.topRight());

    painter.setPen(text);
    painter.drawText(QRectF(r.left(), r.bottom() + fm.height() + 2, r.width(), fm.height()), Qt::AlignHCenter,
                     tr("Customer share"));
    painter.save();
    painter.translate(fm.height() * 0.2, r.center().y());
    painter.rotate(-90);
    const QString title = showsLifetimeValue() ? tr("Lifetime value share") : tr("Revenue share");
    painter.drawText(QRectF(-r.height() / 2, 0, r.height(), fm.height()), Qt::AlignHCenter,
                     fm.elidedText(title, Qt::ElideRight, int(r.height())));
    painter.restore();

    const int current = m_selection ? m_selection->currentSegment() : -1;
    for (std::size_t s = 0; s < m_economics->segments.size(); ++s) {
        const QPointF p = pointOf(int(s));
        if (p.isNull())
            continue;
        const Interval v = valueShare(int(s));
        const QColor color = m_appearance.color(int(s));
        if (std::isfinite(v.low) && std::isfinite(v.high)) {
            painter.setPen(QPen(color, 2));
            painter.drawLine(QPointF(p.x(), r.bottom() - r.height() * v.low / top),
                             QPointF(p.x(), r.bottom() - r.height() * v.high / top));
        }
        painter.setPen(QPen(int(s) == current ? pal.color(QPalette::Highlight) : pal.color(QPalette::Window),
                            int(s) == current ? 3 : 1.5));
        painter.setBrush(color);
        painter.drawEllipse(p, kRadius, kRadius);
        // The segment's number (as in the table and the map); the tooltip gives its name.
        painter.setPen(text);
        painter.drawText(p + QPointF(kRadius + 3, fm.ascent() / 2.0 - 1), QLocale().toString(m_appearance.key(int(s)) + 1));
    }
}

void SegmentValueChart::mouseReleaseEvent(QMouseEvent *event)
{
    const int segment = segmentAt(event->position());
    if (m_selection && segment >= 0)
        m_selection->setCurrentSegment(m_selection->currentSegment() == segment ? -1 : segment);
    QWidget::mouseReleaseEvent(event);
}

bool SegmentValueChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int s = segmentAt(help->pos());
        if (s < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const QLocale locale;
        const SegmentEconomics &e = m_economics->segments[std::size_t(s)];
        const Interval v = valueShare(s);
        const auto pct = [&](double x) { return locale.toString(100.0 * x, 'f', 1) + locale.percent(); };
        QToolTip::showText(help->globalPos(),
                           (showsLifetimeValue() ? tr("%1: %2 of the customers, %3 of the lifetime value (95% "
                                                      "interval %4 – %5)")
                                                 : tr("%1: %2 of the customers, %3 of the revenue (95% interval "
                                                      "%4 – %5)"))
                               .arg(m_appearance.name(s), pct(e.share.estimate), pct(v.estimate), pct(v.low),
                                    pct(v.high)),
                           this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace seg
