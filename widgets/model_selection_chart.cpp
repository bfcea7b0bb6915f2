#include "widgets/model_selection_chart.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
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

QColor mixColor(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

struct ModelSelectionChart::Private
{
    ModelSelectionChart *q = nullptr;
    std::vector<KSweepPoint> points;
    int currentK = 0;
    QString status;

    QChart *chart = nullptr;
    QChartView *view = nullptr;
    QLabel *statusLabel = nullptr;
    QLineSeries *inertia = nullptr;
    QLineSeries *silhouette = nullptr;
    QLineSeries *marker = nullptr;
    QScatterSeries *inertiaDots = nullptr;
    QScatterSeries *silhouetteDots = nullptr;
    QValueAxis *axisX = nullptr;
    QValueAxis *axisInertia = nullptr;
    QValueAxis *axisSilhouette = nullptr;

    void applyPalette();
    void rebuild();
    void updateMarker();
    void updateStatus();
    void updateSeriesNames();
    bool compact = false; // short widget: no legend, no x axis title, one-line hint
};

void ModelSelectionChart::Private::updateSeriesNames()
{
    // The explanations in the legend only when both fit on one line; the short names otherwise
    // (the hint under the chart says what to look for), so the legend never elides.
    const QString inertiaLong = ModelSelectionChart::tr("Inertia (lower = tighter segments)");
    const QString silhouetteLong = ModelSelectionChart::tr("Silhouette (higher = better separated)");
    const QFontMetrics fm(chart->legend()->font());
    const bool roomy = fm.horizontalAdvance(inertiaLong + silhouetteLong) + 120 <= q->width();
    const QString inertiaName = roomy ? inertiaLong : ModelSelectionChart::tr("Inertia");
    const QString silhouetteName = roomy ? silhouetteLong : ModelSelectionChart::tr("Silhouette");
    if (inertia->name() != inertiaName)
        inertia->setName(inertiaName);
    if (silhouette->name() != silhouetteName)
        silhouette->setName(silhouetteName);
    // When the chart is short, the legend gives its line to the plot: the axis titles carry the
    // series' colours and names.
    const bool tall = q->height() >= 16 * fm.height();
    if (chart->legend()->isVisible() != tall)
        chart->legend()->setVisible(tall);
    // Short: the x axis' numbers speak for themselves, and the hint keeps to one line.
    axisX->setTitleVisible(tall);
    chart->setMargins(tall ? QMargins(4, 4, 4, 4) : QMargins(2, 0, 2, 0));
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
    const bool dark = window.lightness() < 128;
    // Okabe–Ito blue and vermillion on light backgrounds; their lighter siblings (sky blue,
    // orange) on dark ones, where the deep tones lose contrast.
    const QColor inertiaColour = dark ? QColor(0x56, 0xb4, 0xe9) : QColor(0x00, 0x72, 0xb2);
    const QColor silhouetteColour = dark ? QColor(0xe6, 0x9f, 0x00) : QColor(0xd5, 0x5e, 0x00);

    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    view->setBackgroundBrush(window);
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
    QPalette labelPalette = statusLabel->palette();
    labelPalette.setColor(QPalette::WindowText, mixColor(text, window, 0.3));
    statusLabel->setPalette(labelPalette);
}

void ModelSelectionChart::Private::rebuild()
{
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
    updateMarker();
    updateStatus();
    // The legend names the two measures only; Qt recreates markers when series change visibility.
    for (QLegendMarker *m : chart->legend()->markers())
        m->setVisible(m->series() == inertia || (m->series() == silhouette && silhouette->isVisible()));
}

void ModelSelectionChart::Private::updateMarker()
{
    const bool shown = std::any_of(points.begin(), points.end(), [this](const KSweepPoint &p) { return p.k == currentK; });
    if (shown)
        marker->replace({QPointF(currentK, axisInertia->min()), QPointF(currentK, axisInertia->max())});
    else
        marker->clear();
}

void ModelSelectionChart::Private::updateStatus()
{
    QString text = status;
    if (text.isEmpty() && points.empty())
        text = ModelSelectionChart::tr("No comparison yet: run a sweep over k to see how well each number of segments fits.");
    else if (text.isEmpty() && compact)
        text = ModelSelectionChart::tr("Click a k to use it: look for a bend in inertia and a high silhouette.");
    else if (text.isEmpty())
        text = ModelSelectionChart::tr("Click a k to use it. A bend in inertia and a high silhouette suggest a good k.");
    statusLabel->setText(text);
}

ModelSelectionChart::ModelSelectionChart(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->chart = new QChart;
    d->chart->setMargins(QMargins(4, 4, 4, 4));
    d->chart->setAnimationOptions(QChart::NoAnimation);
    d->chart->legend()->setAlignment(Qt::AlignTop);

    d->inertia = new QLineSeries(d->chart);
    d->silhouette = new QLineSeries(d->chart);
    d->marker = new QLineSeries(d->chart);
    d->marker->setName(tr("Current k"));
    d->chart->addSeries(d->marker);
    d->chart->addSeries(d->inertia);
    d->chart->addSeries(d->silhouette);
    // Point markers as scatter series: QLineSeries' own markers ignore setMarkerSize() in Qt 6.4.
    d->inertiaDots = new QScatterSeries(d->chart);
    d->silhouetteDots = new QScatterSeries(d->chart);
    for (QScatterSeries *dots : {d->inertiaDots, d->silhouetteDots}) {
        dots->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        dots->setMarkerSize(9);
        d->chart->addSeries(dots);
    }

    d->axisX = new QValueAxis(d->chart);
    d->axisX->setTitleText(tr("Number of segments (k)"));
    d->axisX->setTickType(QValueAxis::TicksDynamic);
    d->axisX->setLabelFormat(QStringLiteral("%.0f"));
    d->axisInertia = new QValueAxis(d->chart);
    d->axisInertia->setTitleText(tr("Inertia"));
    d->axisInertia->setLabelFormat(QStringLiteral("%.3g"));
    d->axisSilhouette = new QValueAxis(d->chart);
    d->axisSilhouette->setTitleText(tr("Silhouette"));
    d->axisSilhouette->setLabelFormat(QStringLiteral("%.2f"));
    d->chart->addAxis(d->axisX, Qt::AlignBottom);
    d->chart->addAxis(d->axisInertia, Qt::AlignLeft);
    d->chart->addAxis(d->axisSilhouette, Qt::AlignRight);
    for (QLineSeries *s : {d->marker, d->inertia}) {
        s->attachAxis(d->axisX);
        s->attachAxis(d->axisInertia);
    }
    d->inertiaDots->attachAxis(d->axisX);
    d->inertiaDots->attachAxis(d->axisInertia);
    for (QXYSeries *s : {static_cast<QXYSeries *>(d->silhouette), static_cast<QXYSeries *>(d->silhouetteDots)}) {
        s->attachAxis(d->axisX);
        s->attachAxis(d->axisSilhouette);
    }


    d->view = new QChartView(d->chart, this);
    d->view->setRenderHint(QPainter::Antialiasing);
    d->view->setFrameShape(QFrame::NoFrame);
    d->view->viewport()->installEventFilter(this);
    d->view->viewport()->setMouseTracking(true);
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
        for (const KSweepPoint &p : d->points) {
            if (p.k != k)
                continue;
            const QLocale loc = locale();
            QString text = tr("k = %1\nInertia: %2").arg(loc.toString(k), loc.toString(p.inertia, 'g', 6));
            if (std::isfinite(p.silhouette))
                text += QLatin1Char('\n') + tr("Silhouette: %1").arg(loc.toString(p.silhouette, 'f', 3));
            QToolTip::showText(QCursor::pos(), text, this);
        }
    };
    connect(d->inertiaDots, &QScatterSeries::hovered, this, showTip);
    connect(d->silhouetteDots, &QScatterSeries::hovered, this, showTip);

    d->updateSeriesNames();
    d->applyPalette();
    d->rebuild();
}

ModelSelectionChart::~ModelSelectionChart() = default;

void ModelSelectionChart::setPoints(const std::vector<KSweepPoint> &points)
{
    d->points = points;
    std::stable_sort(d->points.begin(), d->points.end(), [](const KSweepPoint &a, const KSweepPoint &b) { return a.k < b.k; });
    // A recomputed k replaces the earlier value: keep the last occurrence.
    std::vector<KSweepPoint> unique;
    for (const KSweepPoint &p : d->points) {
        if (!unique.empty() && unique.back().k == p.k)
            unique.back() = p;
        else
            unique.push_back(p);
    }
    d->points = std::move(unique);
    d->rebuild();
}

void ModelSelectionChart::setCurrentK(int k)
{
    d->currentK = k;
    d->updateMarker();
}

void ModelSelectionChart::setStatusText(const QString &text)
{
    d->status = text;
    d->updateStatus();
}

int ModelSelectionChart::currentK() const
{
    return d->currentK;
}

std::vector<KSweepPoint> ModelSelectionChart::points() const
{
    return d->points;
}

QChart *ModelSelectionChart::chart() const
{
    return d->chart;
}

QLineSeries *ModelSelectionChart::inertiaSeries() const
{
    return d->inertia;
}

QLineSeries *ModelSelectionChart::silhouetteSeries() const
{
    return d->silhouette;
}

QLineSeries *ModelSelectionChart::currentKMarker() const
{
    return d->marker;
}

QScatterSeries *ModelSelectionChart::inertiaDots() const
{
    return d->inertiaDots;
}

QScatterSeries *ModelSelectionChart::silhouetteDots() const
{
    return d->silhouetteDots;
}

QPointF ModelSelectionChart::positionOfK(int k) const
{
    for (const KSweepPoint &p : d->points) {
        if (p.k != k)
            continue;
        const QPointF scene = d->chart->mapToScene(d->chart->mapToPosition(QPointF(p.k, p.inertia), d->inertia));
        const QPoint viewport = d->view->mapFromScene(scene);
        return d->view->viewport()->mapTo(this, viewport);
    }
    return {};
}

int ModelSelectionChart::kAt(const QPointF &pos) const
{
    if (d->points.empty())
        return -1;
    const QPoint viewportPos = d->view->viewport()->mapFrom(this, pos.toPoint());
    const QPointF chartPos = d->chart->mapFromScene(d->view->mapToScene(viewportPos));
    if (!d->chart->plotArea().adjusted(-8, -8, 8, 8).contains(chartPos))
        return -1;
    const double x = d->chart->mapToValue(chartPos, d->inertia).x();
    int best = -1;
    double bestDistance = 0.0;
    for (const KSweepPoint &p : d->points) {
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
    d->updateSeriesNames();
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
