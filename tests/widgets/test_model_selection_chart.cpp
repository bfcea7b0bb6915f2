// Model-selection chart: series contents, the current-k marker, clicks asking for a k.

#include "widgets/model_selection_chart.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <limits>

using namespace seg;

namespace {

std::vector<KSweepPoint> sweep()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    // Out of k order, as a sweep delivers them; k = 2 without silhouette yet.
    return {{4, 500.0, 0.41}, {2, 900.0, nan}, {3, 640.0, 0.52}, {6, 380.0, 0.35}};
}

} // namespace

class TestModelSelectionChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seriesFollowPoints()
    {
        ModelSelectionChart chart;
        chart.setPoints(sweep());
        QCOMPARE(chart.chart()->series().size(), 5); // marker, two lines, two marker sets
        const QList<QPointF> inertia = chart.inertiaSeries()->points();
        QCOMPARE(inertia.size(), 4);
        QCOMPARE(inertia[0], QPointF(2, 900));
        QCOMPARE(inertia[1], QPointF(3, 640));
        QCOMPARE(inertia[3], QPointF(6, 380));
        const QList<QPointF> silhouette = chart.silhouetteSeries()->points();
        QCOMPARE(silhouette.size(), 3); // NaN skipped
        QCOMPARE(silhouette[0], QPointF(3, 0.52));
        QCOMPARE(chart.inertiaDots()->count(), 4);
        QCOMPARE(chart.silhouetteDots()->count(), 3);

        // A recomputed k replaces the old value.
        auto points = sweep();
        points.push_back({3, 600.0, 0.55});
        chart.setPoints(points);
        QCOMPARE(chart.inertiaSeries()->count(), 4);
        QCOMPARE(chart.inertiaSeries()->at(1), QPointF(3, 600));
    }

    void currentKMarker()
    {
        ModelSelectionChart chart;
        chart.setPoints(sweep());
        chart.setCurrentK(4);
        QCOMPARE(chart.currentK(), 4);
        const QList<QPointF> marker = chart.currentKMarker()->points();
        QCOMPARE(marker.size(), 2);
        QCOMPARE(marker[0].x(), 4.0);
        QCOMPARE(marker[1].x(), 4.0);
        // It spans the inertia axis' range, which contains every inertia value.
        QVERIFY(marker[0].y() <= 380.0 && marker[1].y() >= 900.0);
        // A k that was not computed has no marker.
        chart.setCurrentK(5);
        QCOMPARE(chart.currentKMarker()->count(), 0);
        // The marker reappears when the k arrives.
        auto points = sweep();
        points.push_back({5, 420.0, 0.38});
        chart.setPoints(points);
        QCOMPARE(chart.currentKMarker()->count(), 2);
        QCOMPARE(chart.currentKMarker()->at(0).x(), 5.0);
    }

    void clickNearPointRequestsK()
    {
        ModelSelectionChart chart;
        chart.resize(600, 400);
        chart.setPoints(sweep());
        chart.setCurrentK(3);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QApplication::processEvents();

        const QPointF p4 = chart.positionOfK(4);
        const QPointF p6 = chart.positionOfK(6);
        QVERIFY(!p4.isNull());
        QVERIFY(p4.x() < p6.x());
        QCOMPARE(chart.kAt(p4), 4);
        QCOMPARE(chart.kAt(p4 + QPointF(6, 30)), 4); // the whole column near k = 4, not only the marker
        QCOMPARE(chart.kAt(QPointF(2, 2)), -1);       // outside the plot
        // Half-way between 4 and 6 there is k = 5, which was not computed.
        QCOMPARE(chart.kAt((p4 + p6) / 2), -1);

        QSignalSpy requested(&chart, &ModelSelectionChart::kRequested);
        QWidget *viewport = chart.findChild<QChartView *>()->viewport();
        QTest::mouseClick(viewport, Qt::LeftButton, Qt::NoModifier, viewport->mapFrom(&chart, p6.toPoint() + QPoint(2, -3)));
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toInt(), 6);
        QTest::mouseClick(viewport, Qt::LeftButton, Qt::NoModifier, viewport->mapFrom(&chart, QPoint(3, 3)));
        QCOMPARE(requested.count(), 1);
    }

    void statusText()
    {
        ModelSelectionChart chart;
        auto *label = chart.findChild<QLabel *>();
        QVERIFY(label);
        QVERIFY(!label->text().isEmpty()); // an explanation while nothing is computed
        chart.setStatusText(QStringLiteral("Computing k = 7 …"));
        QCOMPARE(label->text(), QStringLiteral("Computing k = 7 …"));
    }

    void coloursFollowPalette()
    {
        ModelSelectionChart chart;
        const QColor light = chart.inertiaSeries()->pen().color();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        chart.setPalette(dark);
        const QColor onDark = chart.inertiaSeries()->pen().color();
        // On a dark background the line is lighter than on a light one.
        QVERIFY(onDark.lightness() > light.lightness());
        QVERIFY(onDark.lightness() > 128);
    }
};

QTEST_MAIN(TestModelSelectionChart)
#include "test_model_selection_chart.moc"
