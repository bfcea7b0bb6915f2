#pragma once
// Model-selection aid: inertia (elbow) and silhouette against k, with the current k marked.
// Built on Qt Charts (a handful of points); clicking a k asks to use it. paintKChart() draws the
// same chart on any painter, for reports and image export.

#include "engine/eval/k_sweep.h"
#include "widgets/k_recommendation_text.h"

#include <QLocale>
#include <QPalette>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QWidget>

#include <memory>
#include <vector>

class QChart;
class QLineSeries;
class QPainter;
class QScatterSeries;

namespace seg {

/// Draws the k chart as ModelSelectionChart shows it (the same series, axes and styling, built by
/// the same code) into `target` (logical coordinates of `painter`) on any device: a widget, an
/// image at any pixel ratio, an SVG generator, a PDF writer, a printer. `points` may come in any
/// order; of a repeated k the last counts. `currentK` is marked when it is among the points.
/// Colours follow `palette`: Window fills the target, WindowText for text and lines. Sizes and
/// fonts are logical pixels as on screen, whatever the device's resolution; the legend and
/// axis titles adapt to the target's size as in the widget. Restores the painter's state.
/// Needs a QApplication (the chart is a graphics scene).
void paintKChart(QPainter &painter, const QRectF &target, const std::vector<KSweepPoint> &points, int currentK,
                 const QPalette &palette);

class ModelSelectionChart : public QWidget
{
    Q_OBJECT
public:
    explicit ModelSelectionChart(QWidget *parent = nullptr);
    ~ModelSelectionChart() override;

    /// Points computed so far (may arrive incrementally, in any k order).
    void setPoints(const std::vector<KSweepPoint> &points);
    void setCurrentK(int k);
    /// Shown while the sweep runs ("Computing k = 7 …") or empty.
    void setStatusText(const QString &text);

    int currentK() const;
    /// What the points shown say about k (recommendK).
    KRecommendation recommendation() const;
    /// The text under the chart: the running sweep, the recommendation, or a hint.
    QString statusText() const;
    /// The points shown, sorted by k.
    std::vector<KSweepPoint> points() const;
    /// The underlying chart (series: current-k marker, inertia and silhouette lines, and their point
    /// markers as scatter series), for inspection and export.
    QChart *chart() const;
    QLineSeries *inertiaSeries() const;
    QLineSeries *silhouetteSeries() const;
    QLineSeries *currentKMarker() const;
    QScatterSeries *inertiaDots() const;
    QScatterSeries *silhouetteDots() const;
    /// Widget position of the inertia marker for `k`, or a null point when k is not shown.
    QPointF positionOfK(int k) const;
    /// The k whose marker column contains widget position `pos` (nearest k by x inside the plot), or -1.
    int kAt(const QPointF &pos) const;

Q_SIGNALS:
    void kRequested(int k);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace seg
