// The segment map: rasterised colours at the right pixels, hit-testing, selection gestures, zoom.

#include "widgets/scatter_view.h"
#include "widgets/segment_palette.h"
#include "widgets/segment_selection.h"

#include "engine/core/random.h"

#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

using namespace seg;

namespace {

// Five points: the corners of [0, 10]² except (10, 10) twice… plus the centre.
// row: 0 (0,0) seg 0 | 1 (10,0) seg 1 | 2 (0,10) seg 2 | 3 (10,10) seg 0 | 4 (5,5) seg 1
std::shared_ptr<Embedding> tinyPoints()
{
    auto p = std::make_shared<Embedding>();
    p->x = {0, 10, 0, 10, 5};
    p->y = {0, 0, 10, 10, 5};
    return p;
}

int colourDistance(QRgb a, const QColor &b)
{
    return std::abs(qRed(a) - b.red()) + std::abs(qGreen(a) - b.green()) + std::abs(qBlue(a) - b.blue());
}

QPalette testPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x30, 0x60, 0xc0));
    return p;
}

} // namespace

class TestScatterView : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScatterView> view;
    std::unique_ptr<SegmentSelection> selection;
    std::vector<std::vector<int>> emitted;

    QPoint at(double x, double y) const { return view->mapToWidget(x, y).toPoint(); }

private Q_SLOTS:
    void init()
    {
        selection = std::make_unique<SegmentSelection>();
        view = std::make_unique<ScatterView>();
        view->setPalette(testPalette());
        view->resize(500, 400);
        view->setPoints(tinyPoints());
        view->setAxisTitles(QStringLiteral("PC 1"), QStringLiteral("PC 2"));
        view->setLabels(std::make_shared<Labels>(Labels{0, 1, 2, 0, 1}), 3);
        view->setSelection(selection.get());
        emitted.clear();
        connect(view.get(), &ScatterView::rowsSelected, this, [this](const std::vector<int> &rows) { emitted.push_back(rows); });
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    }
    void cleanup()
    {
        view.reset();
        selection.reset();
    }

    void mappingFitsDataIntoPlot()
    {
        // Data bounds [0, 10]² plus 4 % padding on each side.
        const QRectF range = view->visibleRange();
        QCOMPARE(range.left(), -0.4);
        QCOMPARE(range.width(), 10.8);
        QCOMPARE(range.top(), -0.4);
        QCOMPARE(range.height(), 10.8);
        const QRect plot = view->plotRect();
        const QPointF bottomLeft = view->mapToWidget(-0.4, -0.4);
        QCOMPARE(bottomLeft.x(), double(plot.left()));
        QCOMPARE(bottomLeft.y(), double(plot.top() + plot.height()));
        const QPointF centre = view->mapFromWidget(view->mapToWidget(5, 5));
        QVERIFY(std::abs(centre.x() - 5) < 1e-9 && std::abs(centre.y() - 5) < 1e-9);
        // y grows upwards.
        QVERIFY(view->mapToWidget(0, 10).y() < view->mapToWidget(0, 0).y());
    }

    void renderPutsSegmentColoursAtPoints()
    {
        const QImage image = view->render(view->size());
        QCOMPARE(image.size(), view->size());
        const Labels labels{0, 1, 2, 0, 1};
        const double xs[] = {0, 10, 0, 10, 5}, ys[] = {0, 0, 10, 10, 5};
        for (int i = 0; i < 5; ++i) {
            const QPointF p = view->mapToWidget(xs[i], ys[i]);
            const QRgb pixel = image.pixel(static_cast<int>(p.x()), static_cast<int>(p.y()));
            QVERIFY2(colourDistance(pixel, segmentColor(labels[static_cast<std::size_t>(i)])) <= 6,
                     qPrintable(QStringLiteral("point %1: %2").arg(i).arg(QColor(pixel).name())));
        }
        // Between the points: the plot background, untouched.
        for (auto [x, y] : {std::pair{5.0, 0.0}, std::pair{2.5, 7.5}, std::pair{7.5, 2.5}}) {
            const QPointF p = view->mapToWidget(x, y);
            QCOMPARE(QColor(image.pixel(p.toPoint())), QColor(Qt::white));
        }
    }

    void renderAtHighDpi()
    {
        const QImage image = view->render(view->size(), 2.0);
        QCOMPARE(image.size(), view->size() * 2);
        QCOMPARE(image.devicePixelRatio(), 2.0);
        const QPointF p = view->mapToWidget(10, 0) * 2.0;
        QVERIFY(colourDistance(image.pixel(static_cast<int>(p.x()), static_cast<int>(p.y())), segmentColor(1)) <= 6);
        const QPointF q = view->mapToWidget(5, 0) * 2.0;
        QCOMPARE(QColor(image.pixel(q.toPoint())), QColor(Qt::white));
    }

    void highlightDimsOtherSegments()
    {
        const QPoint seg0 = at(0, 0), seg1 = at(10, 0);
        selection->setCurrentSegment(0);
        const QImage image = view->render(view->size());
        QVERIFY(colourDistance(image.pixel(seg0), segmentColor(0)) <= 6);
        // The other segment's point is drawn, but much closer to the white background than its colour.
        const QRgb dimmed = image.pixel(seg1);
        QVERIFY(colourDistance(dimmed, segmentColor(1)) > 60);
        QVERIFY(colourDistance(dimmed, Qt::white) < colourDistance(segmentColor(1).rgb(), Qt::white) / 2);
        QVERIFY(dimmed != QColor(Qt::white).rgb());
    }

    void selectedRowsAreEmphasised()
    {
        selection->setSelectedRows({1});
        const QImage image = view->render(view->size());
        QVERIFY(colourDistance(image.pixel(at(10, 0)), segmentColor(1)) <= 6);
        QVERIFY(colourDistance(image.pixel(at(5, 5)), segmentColor(1)) > 60); // same segment, not selected
        // The selected point carries an outline in the text colour (black) a few pixels out.
        int darkest = 255;
        for (int dy = 4; dy <= 6; ++dy)
            darkest = std::min(darkest, QColor(image.pixel(at(10, 0) - QPoint(0, dy))).lightness());
        QVERIFY2(darkest < 160, qPrintable(QString::number(darkest)));
        // Without a selection there is no ring there.
        selection->setSelectedRows({});
        const QImage plain = view->render(view->size());
        for (int dy = 5; dy <= 6; ++dy)
            QCOMPARE(QColor(plain.pixel(at(10, 0) - QPoint(0, dy))), QColor(Qt::white));
    }

    void placeholderWhenEmpty()
    {
        ScatterView empty;
        empty.setPalette(testPalette());
        const QImage image = empty.render(QSize(400, 300));
        int ink = 0;
        for (int y = 100; y < 200; ++y)
            for (int x = 0; x < 400; ++x)
                ink += QColor(image.pixel(x, y)).lightness() < 180;
        QVERIFY(ink > 50); // the "No data yet" text
        QCOMPARE(empty.pointAt(QPointF(200, 150)), -1);
    }

    void pointAtFindsNearestRow()
    {
        for (int row = 0; row < 5; ++row) {
            const double xs[] = {0, 10, 0, 10, 5}, ys[] = {0, 0, 10, 10, 5};
            const QPointF p = view->mapToWidget(xs[row], ys[row]);
            QCOMPARE(view->pointAt(p), row);
            QCOMPARE(view->pointAt(p + QPointF(3, -3)), row);
        }
        QCOMPARE(view->pointAt(view->mapToWidget(5, 0)), -1);
        QCOMPARE(view->pointAt(view->mapToWidget(2.5, 2.5)), -1);
        QCOMPARE(view->pointAt(view->mapToWidget(10, 0) + QPointF(7, 0)), -1); // outside the 6 px radius
        QCOMPARE(view->pointAt(view->mapToWidget(10, 0) + QPointF(7, 0), 8.0), 1);
    }

    void pointAtMatchesBruteForceOnManyPoints()
    {
        // 200,000 Gaussian points; the grid index must give the brute-force nearest point.
        auto pts = std::make_shared<Embedding>();
        Rng rng(7);
        const std::size_t n = 200000;
        for (std::size_t i = 0; i < n; ++i) {
            pts->x.push_back(static_cast<float>(rng.normal()));
            pts->y.push_back(static_cast<float>(rng.normal() * 3.0));
        }
        view->setPoints(pts);
        const QRect plot = view->plotRect();
        const QRectF range = view->visibleRange();
        const double kx = plot.width() / range.width(), ky = plot.height() / range.height();
        int hits = 0;
        for (int t = 0; t < 200; ++t) {
            const QPointF pos(plot.left() + rng.uniform() * plot.width(), plot.top() + rng.uniform() * plot.height());
            const QPointF c = view->mapFromWidget(pos);
            int best = -1;
            double bestD = 2.0 * 2.0;
            for (std::size_t i = 0; i < n; ++i) {
                const double dx = (pts->x[i] - c.x()) * kx, dy = (pts->y[i] - c.y()) * ky;
                const double d = dx * dx + dy * dy;
                if (d < bestD) {
                    bestD = d;
                    best = static_cast<int>(i);
                }
            }
            QCOMPARE(view->pointAt(pos, 2.0), best);
            hits += best >= 0;
        }
        QVERIFY(hits > 20); // the comparison covered real hits, not only misses
    }

    void rectangleSelection()
    {
        // Shift+drag from below-left of (0,0) to just past (5,5): rows 0 and 4.
        const QPoint from = at(-0.3, -0.3), to = at(6, 6);
        QTest::mousePress(view.get(), Qt::LeftButton, Qt::ShiftModifier, from);
        QTest::mouseMove(view.get(), (from + to) / 2);
        QTest::mouseMove(view.get(), to);
        QTest::mouseRelease(view.get(), Qt::LeftButton, Qt::ShiftModifier, to);
        QCOMPARE(emitted.size(), std::size_t(1));
        QCOMPARE(emitted[0], (std::vector<int>{0, 4}));
        QCOMPARE(selection->selectedRows(), (std::vector<int>{0, 4}));
    }

    void lassoSelection()
    {
        // A band along x + y = 10 from (4, 6) to (10.35, 0): it encloses (5,5) and (10,0) only.
        const std::vector<QPointF> polygon = {{4, 5.5}, {5.5, 6}, {10.35, 0.5}, {10.35, -0.35}, {9.5, -0.35}, {4.5, 4.5}};
        QTest::mousePress(view.get(), Qt::LeftButton, Qt::NoModifier, at(polygon[0].x(), polygon[0].y()));
        for (std::size_t i = 1; i < polygon.size(); ++i) {
            // Intermediate moves, as a real drag would produce.
            const QPointF a = polygon[i - 1], b = polygon[i];
            for (int s = 1; s <= 4; ++s) {
                const QPointF p = a + (b - a) * (s / 4.0);
                QTest::mouseMove(view.get(), at(p.x(), p.y()));
            }
        }
        QTest::mouseRelease(view.get(), Qt::LeftButton, Qt::NoModifier, at(polygon.back().x(), polygon.back().y()));
        QCOMPARE(emitted.size(), std::size_t(1));
        QCOMPARE(emitted[0], (std::vector<int>{1, 4}));
        QCOMPARE(selection->selectedRows(), (std::vector<int>{1, 4}));

        // Escape clears the selection (and says so).
        QTest::keyClick(view.get(), Qt::Key_Escape);
        QCOMPARE(emitted.size(), std::size_t(2));
        QVERIFY(emitted[1].empty());
        QVERIFY(selection->selectedRows().empty());
    }

    void clickMakesSegmentCurrent()
    {
        QTest::mouseClick(view.get(), Qt::LeftButton, Qt::NoModifier, at(0, 10));
        QCOMPARE(selection->currentSegment(), 2);
        QVERIFY(emitted.empty());
        QTest::keyClick(view.get(), Qt::Key_Escape);
        QCOMPARE(selection->currentSegment(), -1);
    }

    void wheelZoomsAroundCursor()
    {
        const QPointF anchor = view->mapToWidget(2, 3);
        const QPointF other = view->mapToWidget(8, 3);
        const QRectF before = view->visibleRange();
        QWheelEvent wheel(anchor, view->mapToGlobal(anchor), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.get(), &wheel);
        // One notch = factor 1.2: the range shrinks by 1.2, the data point under the cursor stays put,
        // and distances from it grow by 1.2.
        const QRectF after = view->visibleRange();
        QVERIFY(std::abs(after.width() - before.width() / 1.2) < 1e-9);
        QVERIFY(std::abs(after.height() - before.height() / 1.2) < 1e-9);
        const QPointF still = view->mapFromWidget(anchor);
        QVERIFY(std::abs(still.x() - 2) < 1e-9 && std::abs(still.y() - 3) < 1e-9);
        const QPointF moved = view->mapToWidget(8, 3);
        QVERIFY(std::abs((moved.x() - anchor.x()) - 1.2 * (other.x() - anchor.x())) < 1e-6);
        QVERIFY(std::abs(moved.y() - anchor.y()) < 1e-6);
        // pointAt follows the new mapping.
        QCOMPARE(view->pointAt(view->mapToWidget(5, 5)), 4);

        view->resetZoom();
        QCOMPARE(view->visibleRange(), before);
    }

    void middleDragPans()
    {
        const QRectF before = view->visibleRange();
        const QRect plot = view->plotRect();
        const QPoint from = plot.center();
        const QPoint to = from + QPoint(40, 20);
        QTest::mousePress(view.get(), Qt::MiddleButton, Qt::NoModifier, from);
        QTest::mouseMove(view.get(), to);
        QTest::mouseRelease(view.get(), Qt::MiddleButton, Qt::NoModifier, to);
        const QRectF after = view->visibleRange();
        // Dragging right moves the view left (content follows the cursor); dragging down moves it up (y up).
        QVERIFY(std::abs(after.left() - (before.left() - 40 * before.width() / plot.width())) < 1e-9);
        QVERIFY(std::abs(after.top() - (before.top() + 20 * before.height() / plot.height())) < 1e-9);
        QVERIFY(emitted.empty());
    }

    void appearanceColoursAndNamesByKey()
    {
        // Segment 0 is known by key 3, segment 1 by key 0; segment 2 has no key and keeps its number.
        SegmentAppearance appearance;
        appearance.keys = {3, 0};
        view->setAppearance(appearance);
        QCOMPARE(view->appearance(), appearance);
        const QImage image = view->render(view->size());
        QVERIFY(colourDistance(image.pixel(at(0, 0)), segmentColor(3)) <= 6);   // row 0, segment 0
        QVERIFY(colourDistance(image.pixel(at(10, 10)), segmentColor(3)) <= 6); // row 3, segment 0
        QVERIFY(colourDistance(image.pixel(at(10, 0)), segmentColor(0)) <= 6);  // row 1, segment 1
        QVERIFY(colourDistance(image.pixel(at(0, 10)), segmentColor(2)) <= 6);  // row 2, segment 2
        // Without a tooltip provider, the tooltip names the customer and the segment by its key.
        const QPoint pos = at(0, 0);
        QHelpEvent help(QEvent::ToolTip, pos, view->mapToGlobal(pos));
        QApplication::sendEvent(view.get(), &help);
        QCOMPARE(QToolTip::text(), QStringLiteral("Customer 1\nSegment 4"));
    }

    void hoverTooltipAsksForTheRowUnderTheCursor()
    {
        std::vector<int> asked;
        view->setTooltipProvider([&asked](int row) {
            asked.push_back(row);
            return QStringLiteral("Customer C-%1").arg(1000 + row);
        });
        auto hover = [this](const QPoint &pos) {
            QHelpEvent help(QEvent::ToolTip, pos, view->mapToGlobal(pos));
            QVERIFY(QApplication::sendEvent(view.get(), &help));
        };
        // A few pixels off the point at (10, 10): customer row 3.
        const QPoint nearRow3 = at(10, 10) + QPoint(2, 3);
        QCOMPARE(view->pointAt(nearRow3), 3);
        hover(nearRow3);
        QCOMPARE(asked, std::vector<int>{3});
        QCOMPARE(QToolTip::text(), QStringLiteral("Customer C-1003"));
        // The centre point: row 4.
        hover(at(5, 5));
        QCOMPARE(asked, (std::vector<int>{3, 4}));
        QCOMPARE(QToolTip::text(), QStringLiteral("Customer C-1004"));
        // Between points the provider is not asked and the tooltip goes away.
        hover(at(2.5, 7.5));
        QCOMPARE(asked.size(), std::size_t(2));
        QTRY_VERIFY(!QToolTip::isVisible());
        // After zooming in around row 0 the tooltip follows the new mapping.
        view->zoomAt(at(0, 0), 4.0);
        hover(at(0, 0) + QPoint(-1, 1));
        QCOMPARE(asked, (std::vector<int>{3, 4, 0}));
        QCOMPARE(QToolTip::text(), QStringLiteral("Customer C-1000"));
    }

    void newPointCountDropsLabels()
    {
        auto pts = std::make_shared<Embedding>();
        pts->x = {0, 1};
        pts->y = {0, 1};
        view->setPoints(pts);
        // Unlabelled points are drawn in a neutral colour, not a segment colour.
        const QImage image = view->render(view->size());
        QVERIFY(colourDistance(image.pixel(at(0, 0)), segmentColor(0)) > 60);
        QVERIFY(colourDistance(image.pixel(at(0, 0)), Qt::white) > 60);
    }
};

QTEST_MAIN(TestScatterView)
#include "test_scatter_view.moc"
