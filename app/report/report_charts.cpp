// The report's small charts (see report_charts.h).

#include "app/report/report_charts.h"

#include <QFontDatabase>

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace seg::report {

QColor ink() { return QColor(0x1f, 0x29, 0x33); }
QColor muted() { return QColor(0x61, 0x6e, 0x7c); }
QColor rule() { return QColor(0xd9, 0xe2, 0xec); }
QColor panel() { return QColor(0xf5, 0xf7, 0xfa); }
QColor accent() { return QColor(0x24, 0x3b, 0x53); }

QString reportFontFamily()
{
    const QStringList families = QFontDatabase::families();
    for (const QString &f : {QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"), QStringLiteral("Noto Sans")})
        if (families.contains(f))
            return f;
    return {};
}

namespace {

bool finite(double v) { return std::isfinite(v); }

// Lines of `text` wrapped to `width`; at most `maxHeight` tall (the last line elided).
struct Wrapped
{
    std::vector<QString> lines;
    qreal lineHeight = 0;
};

Wrapped wrap(const QString &text, const QFont &font, qreal width, qreal maxHeight, QPaintDevice *device)
{
    Wrapped out;
    const QFontMetricsF fm(font, device);
    out.lineHeight = fm.lineSpacing();
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString &paragraph : paragraphs) {
        QTextLayout layout(paragraph, font, device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            out.lines.push_back(paragraph.mid(line.textStart(), line.textLength()).trimmed());
        }
        layout.endLayout();
        if (paragraph.isEmpty())
            out.lines.push_back(QString());
    }
    const auto fit = static_cast<std::size_t>(std::max(0.0, std::floor((maxHeight + 0.5) / out.lineHeight)));
    if (out.lines.size() > fit) {
        out.lines.resize(fit);
        if (fit > 0)
            out.lines.back() = fm.elidedText(out.lines.back() + QStringLiteral(" ") + QString(QChar(0x2026)),
                                             Qt::ElideRight, width);
    }
    return out;
}

} // namespace

qreal paragraphHeight(const QString &text, const QFont &font, qreal width)
{
    const Wrapped w = wrap(text, font, width, 1e9, nullptr);
    return static_cast<qreal>(w.lines.size()) * w.lineHeight;
}

qreal paintParagraph(QPainter &painter, const QRectF &rect, const QString &text, const QFont &font,
                     const QColor &color)
{
    const Wrapped w = wrap(text, font, rect.width(), rect.height(), nullptr);
    painter.save();
    painter.setFont(font);
    painter.setPen(color);
    qreal y = rect.top();
    for (const QString &line : w.lines) {
        painter.drawText(QRectF(rect.left(), y, rect.width(), w.lineHeight), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += w.lineHeight;
    }
    painter.restore();
    return y - rect.top();
}

void paintBars(QPainter &painter, const QRectF &rect, const std::vector<BarItem> &items,
               const std::function<QString(double)> &format, const QFont &font)
{
    if (items.empty())
        return;
    painter.save();
    const qreal rowHeight = std::min<qreal>(18.0, rect.height() / static_cast<qreal>(items.size()));
    QFont f = font;
    if (rowHeight < 14.0)
        f.setPointSizeF(std::max(5.0, font.pointSizeF() * rowHeight / 14.0));
    painter.setFont(f);
    const QFontMetricsF fm(f);
    const qreal labelWidth = std::min(rect.width() * 0.42, std::max(170.0, rect.width() * 0.3));
    qreal valueWidth = 0;
    double scale = 0;
    for (const BarItem &i : items) {
        valueWidth = std::max(valueWidth, fm.horizontalAdvance(format(i.value.estimate)));
        for (double v : {i.value.estimate, i.value.high})
            if (finite(v))
                scale = std::max(scale, v);
    }
    valueWidth += 6;
    const qreal barLeft = rect.left() + labelWidth + 6;
    const qreal barWidth = std::max<qreal>(10.0, rect.right() - valueWidth - barLeft);
    if (scale <= 0)
        scale = 1;
    // Baseline
    painter.setPen(QPen(rule(), 0.8));
    painter.drawLine(QPointF(barLeft, rect.top()), QPointF(barLeft, rect.top() + rowHeight * items.size()));
    for (std::size_t r = 0; r < items.size(); ++r) {
        const BarItem &item = items[r];
        const qreal y = rect.top() + rowHeight * static_cast<qreal>(r);
        painter.setPen(ink());
        painter.drawText(QRectF(rect.left(), y, labelWidth, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                         fm.elidedText(item.label, Qt::ElideRight, labelWidth));
        const qreal barHeight = rowHeight * 0.62;
        const qreal top = y + (rowHeight - barHeight) / 2;
        if (finite(item.value.estimate) && item.value.estimate > 0) {
            const qreal w = barWidth * item.value.estimate / scale;
            painter.fillRect(QRectF(barLeft, top, w, barHeight), item.color);
        }
        if (finite(item.value.low) && finite(item.value.high) && item.value.high > item.value.low) {
            const qreal x0 = barLeft + barWidth * std::max(0.0, item.value.low) / scale;
            const qreal x1 = barLeft + barWidth * item.value.high / scale;
            const qreal mid = y + rowHeight / 2;
            painter.setPen(QPen(ink(), 0.9));
            painter.drawLine(QPointF(x0, mid), QPointF(x1, mid));
            painter.drawLine(QPointF(x0, mid - barHeight * 0.3), QPointF(x0, mid + barHeight * 0.3));
            painter.drawLine(QPointF(x1, mid - barHeight * 0.3), QPointF(x1, mid + barHeight * 0.3));
        }
        painter.setPen(muted());
        painter.drawText(QRectF(rect.right() - valueWidth, y, valueWidth, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                         format(item.value.estimate));
    }
    painter.restore();
}

void paintDrivers(QPainter &painter, const QRectF &rect, const std::vector<DriverItem> &items, const QColor &color,
                  const QFont &font, const QLocale &locale)
{
    if (items.empty())
        return;
    painter.save();
    painter.setFont(font);
    const QFontMetricsF fm(font);
    const qreal rowHeight = std::min<qreal>(20.0, rect.height() / static_cast<qreal>(items.size()));
    double limit = 2.0;
    for (const DriverItem &i : items)
        if (finite(i.smd))
            limit = std::max(limit, std::ceil(std::abs(i.smd)));
    const qreal labelWidth = rect.width() * 0.27;
    const qreal detailWidth = rect.width() * 0.33;
    const qreal chartLeft = rect.left() + labelWidth + 8;
    const qreal chartWidth = rect.width() - labelWidth - detailWidth - 16;
    const qreal zero = chartLeft + chartWidth / 2;
    const qreal perUnit = chartWidth / 2 / limit;
    const qreal bottom = rect.top() + rowHeight * static_cast<qreal>(items.size());
    // The ±0.5 threshold and the axis.
    painter.setPen(QPen(rule(), 0.8, Qt::DashLine));
    for (double t : {-0.5, 0.5})
        painter.drawLine(QPointF(zero + t * perUnit, rect.top()), QPointF(zero + t * perUnit, bottom));
    painter.setPen(QPen(muted(), 0.8));
    painter.drawLine(QPointF(zero, rect.top()), QPointF(zero, bottom));
    const QColor lower = QColor(0x9a, 0xa5, 0xb1);
    for (std::size_t r = 0; r < items.size(); ++r) {
        const DriverItem &item = items[r];
        const qreal y = rect.top() + rowHeight * static_cast<qreal>(r);
        painter.setPen(ink());
        painter.drawText(QRectF(rect.left(), y, labelWidth, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                         fm.elidedText(item.feature, Qt::ElideMiddle, labelWidth));
        if (finite(item.smd)) {
            const double v = std::clamp(item.smd, -limit, limit);
            const qreal h = rowHeight * 0.6;
            const QRectF bar = v >= 0 ? QRectF(zero, y + (rowHeight - h) / 2, v * perUnit, h)
                                      : QRectF(zero + v * perUnit, y + (rowHeight - h) / 2, -v * perUnit, h);
            painter.fillRect(bar, v >= 0 ? color : lower);
        }
        const QString smd = finite(item.smd) ? (item.smd > 0 ? QStringLiteral("+") : QString())
                                                   + locale.toString(item.smd, 'f', 2)
                                             : QString(QChar(0x2014));
        painter.setPen(muted());
        painter.drawText(QRectF(chartLeft + chartWidth + 8, y, detailWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(smd + QStringLiteral("  ") + item.detail, Qt::ElideRight, detailWidth));
    }
    // Scale labels under the axis.
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    painter.setFont(small);
    painter.setPen(muted());
    for (double t : {-limit, 0.0, limit})
        painter.drawText(QRectF(zero + t * perUnit - 30, bottom + 1, 60, 12), Qt::AlignHCenter | Qt::AlignTop,
                         (t > 0 ? QStringLiteral("+") : QString()) + locale.toString(t, 'f', 0));
    painter.restore();
}

void paintSweep(QPainter &painter, const QRectF &rect, const std::vector<KSweepPoint> &points, int chosenK,
                const QFont &font, const QLocale &locale)
{
    if (points.empty())
        return;
    painter.save();
    painter.setFont(font);
    const QFontMetricsF fm(font);
    const QRectF plot = rect.adjusted(34, 6, -8, -fm.height() - 6);
    double maxInertia = 0, minSil = 0, maxSil = 0;
    bool anySil = false;
    for (const KSweepPoint &p : points) {
        if (finite(p.inertia))
            maxInertia = std::max(maxInertia, p.inertia);
        if (finite(p.silhouette)) {
            minSil = anySil ? std::min(minSil, p.silhouette) : p.silhouette;
            maxSil = anySil ? std::max(maxSil, p.silhouette) : p.silhouette;
            anySil = true;
        }
    }
    minSil = std::min(0.0, std::floor(minSil * 10) / 10);
    maxSil = std::max(minSil + 0.1, std::ceil(maxSil * 10) / 10);
    const qreal step = plot.width() / static_cast<qreal>(points.size());
    painter.setPen(QPen(rule(), 0.8));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    QPainterPath line;
    bool started = false;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const KSweepPoint &p = points[i];
        const qreal cx = plot.left() + step * (static_cast<qreal>(i) + 0.5);
        if (finite(p.inertia) && maxInertia > 0) {
            const qreal h = plot.height() * p.inertia / maxInertia;
            painter.fillRect(QRectF(cx - step * 0.3, plot.bottom() - h, step * 0.6, h),
                             p.k == chosenK ? QColor(0xbc, 0xcc, 0xdc) : panel().darker(104));
        }
        if (finite(p.silhouette)) {
            const QPointF pt(cx, plot.bottom() - plot.height() * (p.silhouette - minSil) / (maxSil - minSil));
            started ? line.lineTo(pt) : line.moveTo(pt);
            started = true;
        }
        painter.setPen(p.k == chosenK ? ink() : muted());
        QFont kFont = font;
        kFont.setBold(p.k == chosenK);
        painter.setFont(kFont);
        painter.drawText(QRectF(cx - step / 2, plot.bottom() + 3, step, fm.height()), Qt::AlignHCenter | Qt::AlignTop,
                         locale.toString(p.k));
        painter.setFont(font);
    }
    painter.setPen(QPen(accent(), 1.6));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(line);
    painter.setBrush(accent());
    for (std::size_t i = 0; i < points.size(); ++i)
        if (finite(points[i].silhouette))
            painter.drawEllipse(QPointF(plot.left() + step * (static_cast<qreal>(i) + 0.5),
                                        plot.bottom() - plot.height() * (points[i].silhouette - minSil) / (maxSil - minSil)),
                                2.2, 2.2);
    painter.setPen(muted());
    for (double v : {minSil, maxSil})
        painter.drawText(QRectF(rect.left(), plot.bottom() - plot.height() * (v - minSil) / (maxSil - minSil) - 6, 30, 12),
                         Qt::AlignRight | Qt::AlignVCenter, locale.toString(v, 'f', 1));
    painter.restore();
}

namespace {

// Two series side by side per bucket (0, 1, …, the last "n+"): `first` dark, `second` light, on
// one scale from 0, with `decimals` on the value axis and a legend naming the two.
void paintPairedBuckets(QPainter &painter, const QRectF &rect, const std::vector<double> &first,
                        const std::vector<double> &second, const QString &firstLabel, const QString &secondLabel,
                        int decimals, const QFont &font, const QLocale &locale, const ChartColours &colours)
{
    const std::size_t buckets = std::min(first.size(), second.size());
    if (buckets == 0)
        return;
    painter.save();
    painter.setFont(font);
    const QFontMetricsF fm(font);
    const QRectF plot = rect.adjusted(44, fm.height() + 8, -8, -fm.height() - 6);
    double top = 0;
    for (std::size_t b = 0; b < buckets; ++b)
        top = std::max({top, finite(first[b]) ? first[b] : 0.0, finite(second[b]) ? second[b] : 0.0});
    if (top <= 0)
        top = 1;
    const qreal step = plot.width() / static_cast<qreal>(buckets);
    const qreal barWidth = std::min<qreal>(step * 0.34, 22);
    auto bar = [&](qreal left, double value, const QColor &color) {
        if (!finite(value) || value <= 0)
            return;
        const qreal h = plot.height() * value / top;
        painter.fillRect(QRectF(left, plot.bottom() - h, barWidth, h), color);
    };
    for (std::size_t b = 0; b < buckets; ++b) {
        const qreal cx = plot.left() + step * (static_cast<qreal>(b) + 0.5);
        bar(cx - barWidth - 1, first[b], colours.first);
        bar(cx + 1, second[b], colours.second);
        painter.setPen(colours.muted);
        const QString label = b + 1 == buckets ? locale.toString(static_cast<int>(b)) + QLatin1Char('+')
                                               : locale.toString(static_cast<int>(b));
        painter.drawText(QRectF(cx - step / 2, plot.bottom() + 3, step, fm.height()), Qt::AlignHCenter | Qt::AlignTop,
                         label);
    }
    painter.setPen(QPen(colours.rule, 0.8));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.setPen(colours.muted);
    for (double v : {0.0, top})
        painter.drawText(QRectF(rect.left(), plot.bottom() - plot.height() * v / top - 6, 40, 12),
                         Qt::AlignRight | Qt::AlignVCenter, locale.toString(v, 'f', v == 0.0 ? 0 : decimals));
    // Legend, top right: a swatch and a name for each series.
    qreal x = rect.right() - 8;
    for (const auto &[name, color] : {std::pair {secondLabel, colours.second}, std::pair {firstLabel, colours.first}}) {
        const qreal w = fm.horizontalAdvance(name);
        x -= w;
        painter.setPen(colours.ink);
        painter.drawText(QRectF(x, rect.top(), w + 1, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, name);
        x -= 12;
        painter.fillRect(QRectF(x, rect.top() + (fm.height() - 8) / 2, 8, 8), color);
        x -= 14;
    }
    painter.restore();
}

} // namespace

void paintFrequencyFit(QPainter &painter, const QRectF &rect, const FrequencyHistogram &fit, const QString &actualLabel,
                       const QString &expectedLabel, const QFont &font, const QLocale &locale, const ChartColours &colours)
{
    paintPairedBuckets(painter, rect, fit.actual, fit.expected, actualLabel, expectedLabel, 0, font, locale, colours);
}

void paintHoldoutFit(QPainter &painter, const QRectF &rect, const HoldoutComparison &holdout,
                     const QString &actualLabel, const QString &predictedLabel, const QFont &font, const QLocale &locale,
                     const ChartColours &colours)
{
    paintPairedBuckets(painter, rect, holdout.actualMean, holdout.predictedMean, actualLabel, predictedLabel, 1, font,
                       locale, colours);
}

} // namespace seg::report
