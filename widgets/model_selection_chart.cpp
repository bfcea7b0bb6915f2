#include "widgets/model_selection_chart.h"

#include "widgets/paint_support.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFontInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <utility>

namespace seg {

namespace {

// A recomputed k replaces the earlier value: sorted by k, the last occurrence of each k kept.
std::vector<KSweepPoint> normalizedPoints(const std::vector<KSweepPoint> &points)
{
    std::vector<KSweepPoint> sorted = points;
    std::stable_sort(sorted.begin(), sorted.end(), [](const KSweepPoint &a, const KSweepPoint &b) { return a.k < b.k; });
    std::vector<KSweepPoint> unique;
    for (const KSweepPoint &p : sorted) {
        if (!unique.empty() && unique.back().k == p.k)
            unique.back() = p;
        else
            unique.push_back(p);
    }
    return unique;
}

// The chart itself — series, axes, styling, data — built in one place for the widget and for
// each paintKChart() call, so both draw the same chart.
struct KChart
{
    QChart *chart = nullptr; // owned by the scene it is shown in
    QLineSeries *inertia = nullptr;
    QLineSeries *silhouette = nullptr;
    QLineSeries *marker = nullptr;
    QScatterSeries *inertiaDots = nullptr;
    QScatterSeries *silhouetteDots = nullptr;
    QValueAxis *axisX = nullptr;
    QValueAxis *axisInertia = nullptr;
    QValueAxis *axisSilhouette = nullptr;
    std::vector<KSweepPoint> points; // sorted by k, one per k
    int currentK = 0;

    KChart();
    /// Colours from `palette` (Window: background the chart is drawn on, WindowText: text).
    void applyPalette(const QPalette &palette);
    /// Series and axes for `sweep` (normalised: sorted, one point per k).
    void setPoints(std::vector<KSweepPoint> sweep);
    void setCurrentK(int k);
    /// Legend, series names, axis title and margins for a chart `size` large. Returns true when
    /// it is tall enough for the legend.
    bool fit(const QSizeF &size);
};

KChart::KChart()
{
    chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignTop);

    inertia = new QLineSeries(chart);
    silhouette = new QLineSeries(chart);
    marker = new QLineSeries(chart);
    marker->setName(ModelSelectionChart::tr("Current k"));
    chart->addSeries(marker);
    chart->addSeries(inertia);
    chart->addSeries(silhouette);
    // Point markers as scatter series: QLineSeries' own markers ignore setMarkerSize() in Qt 6.4.
    inertiaDots = new QScatterSeries(chart);
    silhouetteDots = new QScatterSeries(chart);
    for (QScatterSeries *dots : {inertiaDots, silhouetteDots}) {
        dots->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        dots->setMarkerSize(9);
        chart->addSeries(dots);
    }

    axisX = new QValueAxis(chart);
    axisX->setTitleText(ModelSelectionChart::tr("Number of segments (k)"));
    axisX->setTickType(QValueAxis::TicksDynamic);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisInertia = new QValueAxis(chart);
    axisInertia->setTitleText(ModelSelectionChart::tr("Inertia"));
    axisInertia->setLabelFormat(QStringLiteral("%.3g"));
    axisSilhouette = new QValueAxis(chart);
    axisSilhouette->setTitleText(ModelSelectionChart::tr("Silhouette"));
    axisSilhouette->setLabelFormat(QStringLiteral("%.2f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisInertia, Qt::AlignLeft);
    chart->addAxis(axisSilhouette, Qt::AlignRight);
    for (QLineSeries *s : {marker, inertia}) {
        s->attachAxis(axisX);
        s->attachAxis(axisInertia);
    }
    inertiaDots->attachAxis(axisX);
    inertiaDots->attachAxis(axisInertia);
    for (QXYSeries *s : {static_cast<QXYSeries *>(silhouette), static_cast<QXYSeries *>(silhouetteDots)}) {
        s->attachAxis(axisX);
        s->attachAxis(axisSilhouette);
    }
    setPoints({});
}

bool KChart::fit(const QSizeF &size)
{
    // The explanations in the legend only when both fit on one line; the short names otherwise
    // (the hint under the chart says what to look for), so the legend never elides.
    const QString inertiaLong = ModelSelectionChart::tr("Inertia (lower = tighter segments)");
    const QString silhouetteLong = ModelSelectionChart::tr("Silhouette (higher = better separated)");
    const QFontMetrics fm(chart->legend()->font());
    const bool roomy = fm.horizontalAdvance(inertiaLong + silhouetteLong) + 120 <= size.width();
    const QString inertiaName = roomy ? inertiaLong : ModelSelectionChart::tr("Inertia");
    const QString silhouetteName = roomy ? silhouetteLong : ModelSelectionChart::tr("Silhouette");
    if (inertia->name() != inertiaName)
        inertia->setName(inertiaName);
    if (silhouette->name() != silhouetteName)
        silhouette->setName(silhouetteName);
    // When the chart is short, the legend gives its line to the plot: the axis titles carry the
    // series' colours and names.
    const bool tall = size.height() >= 16 * fm.height();
    if (chart->legend()->isVisible() != tall)
        chart->legend()->setVisible(tall);
    // Short: the x axis' numbers speak for themselves.
    axisX->setTitleVisible(tall);
    chart->setMargins(tall ? QMargins(4, 4, 4, 4) : QMargins(2, 0, 2, 0));
    return tall;
}

void KChart::applyPalette(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    const bool dark = window.lightness() < 128;
    // Okabe–Ito blue and vermillion on light backgrounds; their lighter siblings (sky blue,
    // orange) on dark ones, where the deep tones lose contrast.
    const QColor inertiaColour = dark ? QColor(0x56, 0xb4, 0xe9) : QColor(0x00, 0x72, 0xb2);
    const QColor silhouetteColour = dark ? QColor(0xe6, 0x9f, 0x00) : QColor(0xd5, 0x5e, 0x00);

    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);

    QPen pen(inertiaColour, 2.0);
    inertia->setPen(pen);
    inertia->setColor(inertiaColour);
    pen.setColor(silhouetteColour);
    pen.setStyle(Qt::SolidLine);
    silhouette->setPen(pen);
    silhouette->setColor(silhouetteColour);
    for (auto [dots, colour] : {std::pair{inertiaDots, inertiaColour}, std::pair{silhouetteDots, silhouetteColour}}) {
        dots->setColor(colour);
        dots->setBorderColor(window);
    }
    QPen markerPen(mixColor(text, window, 0.35), 1.5, Qt::DashLine);
    marker->setPen(markerPen);

    const QColor grid = mixColor(window, text, 0.14);
    const QColor line = mixColor(window, text, 0.35);
    for (QValueAxis *axis : {axisX, axisInertia, axisSilhouette}) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(line);
        axis->setMinorGridLineVisible(false);
    }
    // One set of horizontal grid lines (the left axis') is enough.
    axisSilhouette->setGridLineVisible(false);
    axisInertia->setTitleBrush(inertiaColour);
    axisSilhouette->setTitleBrush(silhouetteColour);
}

void KChart::setPoints(std::vector<KSweepPoint> sweep)
{
    points = std::move(sweep);
    QList<QPointF> in, sil;
    for (const KSweepPoint &p : points) {
        in.append(QPointF(p.k, p.inertia));
        if (std::isfinite(p.silhouette))
            sil.append(QPointF(p.k, p.silhouette));
    }
    inertia->replace(in);
    silhouette->replace(sil);
    inertiaDots->replace(in);
    silhouetteDots->replace(sil);

    if (points.empty()) {
        axisX->setRange(1.5, 10.5);
        axisX->setTickAnchor(2);
        axisX->setTickInterval(1);
        axisInertia->setRange(0, 1);
        axisSilhouette->setRange(0, 1);
    } else {
        const int k0 = points.front().k;
        const int k1 = points.back().k;
        axisX->setRange(k0 - 0.5, k1 + 0.5);
        axisX->setTickAnchor(k0);
        // At most about a dozen labels, whatever the sweep's span.
        axisX->setTickInterval(std::max(1, static_cast<int>(std::ceil((k1 - k0 + 1) / 12.0))));
        double lo = points.front().inertia, hi = lo;
        for (const KSweepPoint &p : points) {
            lo = std::min(lo, p.inertia);
            hi = std::max(hi, p.inertia);
        }
        const double pad = hi > lo ? 0.08 * (hi - lo) : std::max(1.0, std::abs(hi) * 0.1);
        axisInertia->setRange(std::max(0.0, lo - pad), hi + pad);
        axisInertia->applyNiceNumbers();
        // Plain digits for large inertias ("350000", not "3.5e+05"); significant digits for small ones.
        axisInertia->setLabelFormat(hi >= 1000 ? QStringLiteral("%.0f") : QStringLiteral("%.3g"));
        if (!sil.isEmpty()) {
            double slo = sil.front().y(), shi = slo;
            for (const QPointF &p : sil) {
                slo = std::min(slo, p.y());
                shi = std::max(shi, p.y());
            }
            const double spad = shi > slo ? 0.1 * (shi - slo) : 0.05;
            axisSilhouette->setRange(std::max(-1.0, std::min(0.0, slo - spad)), std::min(1.0, shi + spad));
            axisSilhouette->applyNiceNumbers();
        } else {
            axisSilhouette->setRange(0, 1);
        }
    }
    axisSilhouette->setVisible(!sil.isEmpty());
    silhouette->setVisible(!sil.isEmpty());
    silhouetteDots->setVisible(!sil.isEmpty());
    setCurrentK(currentK);
    // The legend names the two measures only; Qt recreates markers when series change visibility.
    for (QLegendMarker *m : chart->legend()->markers())
        m->setVisible(m->series() == inertia || (m->series() == silhouette && silhouette->isVisible()));
}

void KChart::setCurrentK(int k)
{
    currentK = k;
    const bool shown = std::any_of(points.begin(), points.end(), [k](const KSweepPoint &p) { return p.k == k; });
    if (shown)
        marker->replace({QPointF(k, axisInertia->min()), QPointF(k, axisInertia->max())});
    else
        marker->clear();
}

// A point size as the same pixel size: the chart lays its text out with screen metrics, so on a
// device of another resolution (SVG, PDF) only a pixel-sized font is drawn as large as laid out.
QFont pixelSized(const QFont &font, const QPaintDevice *device)
{
    if (font.pixelSize() > 0 || fontForDevice(font, device) == font)
        return font;
    QFont pixels = font;
    pixels.setPixelSize(std::max(1, QFontInfo(font).pixelSize()));
    return pixels;
}

} // namespace

void paintKChart(QPainter &painter, const QRectF &target, const std::vector<KSweepPoint> &points, int currentK,
                 const QPalette &palette)
{
    const QRectF source(0, 0, std::max(1.0, target.width()), std::max(1.0, target.height()));
    QGraphicsScene scene;
    KChart k;
    scene.addItem(k.chart); // the scene owns the chart from here
    k.applyPalette(palette);
    k.setPoints(normalizedPoints(points));
    k.setCurrentK(currentK);
    k.fit(source.size());
    const QPaintDevice *device = painter.device();
    k.chart->legend()->setFont(pixelSized(k.chart->legend()->font(), device));
    k.chart->setTitleFont(pixelSized(k.chart->titleFont(), device));
    for (QValueAxis *axis : {k.axisX, k.axisInertia, k.axisSilhouette}) {
        axis->setLabelsFont(pixelSized(axis->labelsFont(), device));
        axis->setTitleFont(pixelSized(axis->titleFont(), device));
    }
    k.chart->setGeometry(source);
    // Lay the chart out now: a widget's chart waits for the event loop, a painting cannot.
    k.chart->layout()->activate();

    painter.save();
    painter.fillRect(target, palette.color(QPalette::Window));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, target, source, Qt::IgnoreAspectRatio);
    painter.restore();
}

struct ModelSelectionChart::Private
{
    ModelSelectionChart *q = nullptr;
    KChart k;
    QString status;
    QChartView *view = nullptr;
    QLabel *statusLabel = nullptr;
    bool compact = false; // short widget: no legend, no x axis title, one-line hint

    void applyPalette();
    void fit();
    void updateStatus();
    /// What a screen reader hears of the chart: each k's inertia and silhouette as drawn, the
    /// current k and the hint under the chart.
    void updateAccessibleText();
};

void ModelSelectionChart::Private::updateAccessibleText()
{
    const QLocale loc = q->locale();
    QStringList lines;
    for (const KSweepPoint &p : k.points) {
        QString line = ModelSelectionChart::tr("k = %1: inertia %2").arg(loc.toString(p.k), loc.toString(p.inertia, 'g', 6));
        if (std::isfinite(p.silhouette))
            line += QStringLiteral(", ") + ModelSelectionChart::tr("Silhouette: %1").arg(loc.toString(p.silhouette, 'f', 3));
        if (p.k == k.currentK)
            line += QStringLiteral(" ") + ModelSelectionChart::tr("(current)");
        lines << line;
    }
    lines << statusLabel->text();
    view->setAccessibleDescription(lines.join(QLatin1Char('\n')));
}

void ModelSelectionChart::Private::fit()
{
    const bool tall = k.fit(q->size());
    // Short: the hint keeps to one line.
    if (compact == tall) {
        compact = !tall;
        statusLabel->setWordWrap(tall);
        updateStatus();
    }
}

void ModelSelectionChart::Private::applyPalette()
{
    const QPalette pal = q->palette();
    const QColor window = pal.color(QPalette::Window);
    const QColor text = pal.color(QPalette::WindowText);
    k.applyPalette(pal);
    view->setBackgroundBrush(window);
    QPalette labelPalette = statusLabel->palette();
    labelPalette.setColor(QPalette::WindowText, mixColor(text, window, 0.3));
    statusLabel->setPalette(labelPalette);
}

void ModelSelectionChart::Private::updateStatus()
{
    QString text = status;
    QString tip;
    const KRecommendation recommended = recommendK(k.points);
    if (text.isEmpty() && k.points.empty()) {
        text = ModelSelectionChart::tr("No comparison yet: run a sweep over k to see how well each number of segments fits.");
    } else if (text.isEmpty() && recommended.k > 0) {
        // Short: the number alone, the reasons in the tooltip.
        tip = kRecommendationText(recommended, q->locale());
        text = compact ? ModelSelectionChart::tr("Suggested k = %1. Click a k to use it.").arg(recommended.k)
                       : tip + QLatin1Char(' ') + ModelSelectionChart::tr("Click a k to use it.");
    } else if (text.isEmpty() && compact) {
        text = ModelSelectionChart::tr("Click a k to use it: look for a bend in inertia and a high silhouette.");
    } else if (text.isEmpty()) {
        text = ModelSelectionChart::tr("Click a k to use it. A bend in inertia and a high silhouette suggest a good k.");
    }
    statusLabel->setText(text);
    statusLabel->setToolTip(tip);
    updateAccessibleText();
}


ModelSelectionChart::ModelSelectionChart(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->view = new QChartView(d->k.chart, this);
    d->view->setRenderHint(QPainter::Antialiasing);
    d->view->setFrameShape(QFrame::NoFrame);
    d->view->viewport()->installEventFilter(this);
    d->view->viewport()->setMouseTracking(true);
    // A tab stop of its own (a graphics view): named for screen readers, its figures in words.
    d->view->setAccessibleName(tr("Inertia and silhouette by number of segments"));
    d->statusLabel = new QLabel(this);
    d->statusLabel->setWordWrap(true);
    d->statusLabel->setContentsMargins(8, 0, 8, 4);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(d->view, 1);
    layout->addWidget(d->statusLabel);

    auto showTip = [this](const QPointF &point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const int k = static_cast<int>(std::lround(point.x()));
        for (const KSweepPoint &p : d->k.points) {
            if (p.k != k)
                continue;
            const QLocale loc = locale();
            QString text = tr("k = %1\nInertia: %2").arg(loc.toString(k), loc.toString(p.inertia, 'g', 6));
            if (std::isfinite(p.silhouette))
                text += QLatin1Char('\n') + tr("Silhouette: %1").arg(loc.toString(p.silhouette, 'f', 3));
            QToolTip::showText(QCursor::pos(), text, this);
        }
    };
    connect(d->k.inertiaDots, &QScatterSeries::hovered, this, showTip);
    connect(d->k.silhouetteDots, &QScatterSeries::hovered, this, showTip);

    d->fit();
    d->applyPalette();
    d->updateStatus();
}

ModelSelectionChart::~ModelSelectionChart() = default;

void ModelSelectionChart::setPoints(const std::vector<KSweepPoint> &points)
{
    d->k.setPoints(normalizedPoints(points));
    d->updateStatus();
}

void ModelSelectionChart::setCurrentK(int k)
{
    d->k.setCurrentK(k);
    d->updateAccessibleText();
}

void ModelSelectionChart::setStatusText(const QString &text)
{
    d->status = text;
    d->updateStatus();
}

KRecommendation ModelSelectionChart::recommendation() const
{
    return recommendK(d->k.points);
}

QString ModelSelectionChart::statusText() const
{
    return d->statusLabel->text();
}

int ModelSelectionChart::currentK() const
{
    return d->k.currentK;
}

std::vector<KSweepPoint> ModelSelectionChart::points() const
{
    return d->k.points;
}

QChart *ModelSelectionChart::chart() const
{
    return d->k.chart;
}

QLineSeries *ModelSelectionChart::inertiaSeries() const
{
    return d->k.inertia;
}

QLineSeries *ModelSelectionChart::silhouetteSeries() const
{
    return d->k.silhouette;
}

QLineSeries *ModelSelectionChart::currentKMarker() const
{
    return d->k.marker;
}

QScatterSeries *ModelSelectionChart::inertiaDots() const
{
    return d->k.inertiaDots;
}

QScatterSeries *ModelSelectionChart::silhouetteDots() const
{
    return d->k.silhouetteDots;
}

QPointF ModelSelectionChart::positionOfK(int k) const
{
    for (const KSweepPoint &p : d->k.points) {
        if (p.k != k)
            continue;
        const QPointF scene = d->k.chart->mapToScene(d->k.chart->mapToPosition(QPointF(p.k, p.inertia), d->k.inertia));
        const QPoint viewport = d->view->mapFromScene(scene);
        return d->view->viewport()->mapTo(this, viewport);
    }
    return {};
}

int ModelSelectionChart::kAt(const QPointF &pos) const
{
    if (d->k.points.empty())
        return -1;
    const QPoint viewportPos = d->view->viewport()->mapFrom(this, pos.toPoint());
    const QPointF chartPos = d->k.chart->mapFromScene(d->view->mapToScene(viewportPos));
    if (!d->k.chart->plotArea().adjusted(-8, -8, 8, 8).contains(chartPos))
        return -1;
    const double x = d->k.chart->mapToValue(chartPos, d->k.inertia).x();
    int best = -1;
    double bestDistance = 0.0;
    for (const KSweepPoint &p : d->k.points) {
        const double dist = std::abs(p.k - x);
        if (best < 0 || dist < bestDistance) {
            best = p.k;
            bestDistance = dist;
        }
    }
    // Only within half a step of a computed k, so clicks between sparse k values do nothing.
    return bestDistance <= 0.5 ? best : -1;
}

void ModelSelectionChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    d->fit();
}

void ModelSelectionChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        d->applyPalette();
    QWidget::changeEvent(event);
}

bool ModelSelectionChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == d->view->viewport()) {
        if (event->type() == QEvent::MouseButtonPress) {
            auto *me = static_cast<QMouseEvent *>(event);
            if (me->button() == Qt::LeftButton) {
                const int k = kAt(d->view->viewport()->mapTo(this, me->position().toPoint()));
                if (k > 0) {
                    Q_EMIT kRequested(k);
                    return true;
                }
            }
        } else if (event->type() == QEvent::MouseMove) {
            auto *me = static_cast<QMouseEvent *>(event);
            const int k = kAt(d->view->viewport()->mapTo(this, me->position().toPoint()));
            d->view->viewport()->setCursor(k > 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace seg
