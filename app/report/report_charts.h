#pragma once
// The report's own small charts, drawn as vectors on any QPainter: horizontal bars with 95%
// intervals (size and value by segment), the diverging bars of a segment's drivers, and the
// inertia and silhouette over k. Coordinates are the painter's (the report uses 96 units per
// inch); fonts are given.

#include "engine/eval/k_sweep.h"
#include "engine/value/bootstrap.h"
#include "engine/value/diagnostics.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QString>

#include <functional>
#include <vector>

class QPainter;
class QRectF;

namespace seg::report {

/// The report's colours: ink for text, muted for secondary text, rules and panels.
QColor ink();
QColor muted();
QColor rule();
QColor panel();
QColor accent();

/// The report's font family: the first of DejaVu Sans, Liberation Sans and Noto Sans installed;
/// empty when none is (Qt's default then).
QString reportFontFamily();

/// The colours of a chart drawn for paper (the report) or a screen (the explorer, from its palette).
struct ChartColours
{
    QColor ink = seg::report::ink();       ///< legend text
    QColor muted = seg::report::muted();   ///< axis labels
    QColor rule = seg::report::rule();     ///< the axis line
    QColor first = seg::report::accent();  ///< the first series (what was counted or made)
    QColor second = seg::report::accent().lighter(175); ///< the second (what the model expects)
};

/// One bar: a label, its colour and a value with its interval (bounds NaN: no whisker).
struct BarItem
{
    QString label;
    QColor color;
    Interval value;
};

/// One row per item, top to bottom: the label at the left (elided), a bar from 0 to the
/// estimate on a common scale (the largest upper bound or estimate), the interval as a whisker,
/// and format(estimate) at the right. Rows are at most 18 units tall and shrink to fit.
void paintBars(QPainter &painter, const QRectF &rect, const std::vector<BarItem> &items,
               const std::function<QString(double)> &format, const QFont &font);

/// One trait: a feature's standardised mean difference for a segment, and what it means in
/// original units ("38 against 21 overall").
struct DriverItem
{
    QString feature;
    double smd = 0.0;
    QString detail;
};

/// Diverging bars around 0 (scale ±max(2, largest |smd|)): positive to the right in `color`,
/// negative to the left in grey, the feature's name at the left, the SMD and the detail at the
/// right, and dashed lines at ±0.5 (the threshold a persona needs to name a trait).
void paintDrivers(QPainter &painter, const QRectF &rect, const std::vector<DriverItem> &items, const QColor &color,
                  const QFont &font, const QLocale &locale);

/// Silhouette (line, left axis) and inertia (bars, scaled to the tallest) for each k, the
/// chosen k marked.
void paintSweep(QPainter &painter, const QRectF &rect, const std::vector<KSweepPoint> &points, int chosenK,
                const QFont &font, const QLocale &locale);

/// The BG/NBD frequency check: for each bucket of repeat purchases (0, 1, …, the last "n+"), the
/// customers counted (dark bars) beside those the model expects (light bars), one scale, with
/// a legend naming the two.
void paintFrequencyFit(QPainter &painter, const QRectF &rect, const FrequencyHistogram &fit, const QString &actualLabel,
                       const QString &expectedLabel, const QFont &font, const QLocale &locale,
                       const ChartColours &colours = {});
/// The BG/NBD holdout check (Fader, Hardie & Lee 2005, figure 4, as bars): for each bucket of
/// repeat purchases in calibration, the mean purchases these customers made in the holdout
/// period (dark) beside the mean the model predicted for them (light).
void paintHoldoutFit(QPainter &painter, const QRectF &rect, const HoldoutComparison &holdout,
                     const QString &actualLabel, const QString &predictedLabel, const QFont &font, const QLocale &locale,
                     const ChartColours &colours = {});

/// Text in `rect` with word wrap; returns the height used (at most rect's height: what does not
/// fit is elided on the last line).
qreal paintParagraph(QPainter &painter, const QRectF &rect, const QString &text, const QFont &font,
                     const QColor &color);
/// The height `text` takes wrapped to `width` in `font`.
qreal paragraphHeight(const QString &text, const QFont &font, qreal width);

} // namespace seg::report
