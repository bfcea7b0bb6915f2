// Model-selection chart: series contents, the current-k marker, clicks asking for a k.

#include "widgets/model_selection_chart.h"

#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QPainter>
#include <QSvgGenerator>
#include <QXmlStreamReader>
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

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    return p;
}

QImage paintChart(const QSize &size, qreal dpr, const std::vector<KSweepPoint> &points, int currentK)
{
    QImage image(size * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::red);
    QPainter p(&image);
    paintKChart(p, QRectF(QPointF(0, 0), QSizeF(size)), points, currentK, lightPalette());
    return image;
}

QString firstDifference(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return QStringLiteral("sizes %1x%2 and %3x%4").arg(a.width()).arg(a.height()).arg(b.width()).arg(b.height());
    const QImage x = a.convertToFormat(QImage::Format_ARGB32);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32);
    int count = 0;
    QString first;
    for (int row = 0; row < x.height(); ++row)
        for (int col = 0; col < x.width(); ++col)
            if (x.pixel(col, row) != y.pixel(col, row)) {
                if (count++ == 0)
                    first = QStringLiteral("(%1, %2): %3 vs %4")
                                .arg(col)
                                .arg(row)
                                .arg(QColor(x.pixel(col, row)).name(), QColor(y.pixel(col, row)).name());
            }
    return count ? first + QStringLiteral(", %1 pixels differ").arg(count) : QString();
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

    // With the sweep done the text says which k and why. sweep(): the silhouette is highest at
    // k = 3 (0.52); inertia 900, 640, 500, 380 at k = 2, 3, 4, 6 falls 0, 1/2, 10/13, 1 against
    // x = 0, 1/4, 1/2, 1, furthest below the chord (0.27) at k = 4.
    void recommendationIsSaid()
    {
        ModelSelectionChart chart;
        chart.resize(600, 400);
        chart.setPoints(sweep());
        const KRecommendation r = chart.recommendation();
        QCOMPARE(r.k, 3);
        QCOMPARE(r.elbowK, 4);
        const QString expected = QStringLiteral("Suggested k = 3: the highest silhouette (0.52, reasonable structure); "
                                                "the inertia curve bends at k = 4, a finer alternative.");
        QCOMPARE(kRecommendationText(r, QLocale::c()), expected);
        QVERIFY2(chart.statusText().startsWith(expected), qPrintable(chart.statusText()));
        // A running sweep says so instead.
        chart.setStatusText(QStringLiteral("Computing k = 7 …"));
        QCOMPARE(chart.statusText(), QStringLiteral("Computing k = 7 …"));
        chart.setStatusText(QString());
        QVERIFY(chart.statusText().startsWith(expected));
        // No silhouette yet: no suggestion.
        chart.setPoints({{2, 900.0, std::nan("")}, {3, 640.0, std::nan("")}});
        QCOMPARE(chart.recommendation().k, 0);
        QVERIFY(!chart.statusText().contains(QLatin1String("Suggested")));
    }

    void paintedChartIsTheWidgetsChart()
    {
        ModelSelectionChart chart;
        chart.setPalette(lightPalette());
        chart.resize(700, 460);
        chart.setPoints(sweep());
        chart.setCurrentK(4);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QApplication::processEvents();
        QWidget *viewport = chart.findChild<QChartView *>()->viewport();
        const QImage shown = viewport->grab().toImage();
        // The widget fits its legend to the whole widget (chart and hint), the painting to its target.
        const QImage painted = paintChart(viewport->size(), 1.0, sweep(), 4);
        QCOMPARE(firstDifference(shown, painted), QString());
    }

    void paintedChartAtDpr1And2()
    {
        ModelSelectionChart chart;
        chart.setPalette(lightPalette());
        chart.resize(700, 460);
        chart.setPoints(sweep());
        chart.setCurrentK(4);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QApplication::processEvents();
        QWidget *viewport = chart.findChild<QChartView *>()->viewport();
        for (qreal dpr : {1.0, 2.0}) {
            const QImage image = paintChart(viewport->size(), dpr, sweep(), 4);
            QCOMPARE(image.size(), viewport->size() * dpr);
            // The inertia markers (Okabe–Ito blue on a light background) where the widget draws them.
            for (int k : {2, 3, 6}) {
                const QPointF at = QPointF(viewport->mapFrom(&chart, chart.positionOfK(k).toPoint())) * dpr;
                QCOMPARE(QColor(image.pixel(at.toPoint())).name(), QStringLiteral("#0072b2"));
            }
            QCOMPARE(QColor(image.pixel(1, 1)), QColor(0xee, 0xee, 0xee));
        }
    }

    void svgHasTheChartsText()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(QSize(800, 450));
        generator.setViewBox(QRect(0, 0, 800, 450));
        {
            QPainter p(&generator);
            paintKChart(p, QRectF(0, 0, 800, 450), sweep(), 3, lightPalette());
        }
        QStringList texts;
        QXmlStreamReader xml(buffer.data());
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("text"))
                texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        // Axis titles, the legend's long names (800 px leave room), and every k on the x axis.
        for (const QString &text : {QStringLiteral("Number of segments (k)"), QStringLiteral("Inertia"),
                                    QStringLiteral("Silhouette"), QStringLiteral("Inertia (lower = tighter segments)"),
                                    QStringLiteral("Silhouette (higher = better separated)"), QStringLiteral("2"),
                                    QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6")})
            QVERIFY2(texts.contains(text), qPrintable(text + QStringLiteral(" in ") + texts.join(QLatin1Char('|'))));
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
