// Size against value per segment: where the dots are, what a click does, the empty state.

#include "widgets/segment_selection.h"
#include "widgets/segment_value_chart.h"

#include <QTest>

#include <cmath>

using namespace seg;

namespace {

std::shared_ptr<Economics> economics(bool clv)
{
    auto e = std::make_shared<Economics>();
    e->hasValue = e->hasClv = clv;
    e->revenueColumn = "revenue";
    e->segments.resize(3);
    const double size[3] = {0.5, 0.3, 0.2}, value[3] = {0.1, 0.3, 0.6};
    for (std::size_t s = 0; s < 3; ++s) {
        e->segments[s].share = {size[s], size[s], size[s]};
        e->segments[s].clvShare = {value[s], value[s] - 0.05, value[s] + 0.05};
        e->segments[s].revenueShare = {value[2 - s], value[2 - s], value[2 - s]};
    }
    return e;
}

} // namespace

class TestSegmentValueChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dotsSitAtSizeAndValue()
    {
        SegmentValueChart chart;
        chart.resize(400, 300);
        chart.setEconomics(economics(true));
        QVERIFY(chart.showsLifetimeValue());
        // Axes run to 70% (the largest value share's interval top, 0.65, up to the next tenth):
        // the dots' positions are linear in size and value share.
        const QPointF a = chart.pointOf(0), b = chart.pointOf(1), c = chart.pointOf(2);
        QVERIFY(a.x() > b.x() && b.x() > c.x()); // larger share of customers to the right
        QVERIFY(a.y() > b.y() && b.y() > c.y()); // larger share of value higher up
        // Equal steps in share are equal steps on screen.
        QVERIFY(std::abs((a.x() - b.x()) / (b.x() - c.x()) - 2.0) < 1e-9);
        QVERIFY(std::abs((b.y() - c.y()) / (a.y() - b.y()) - 1.5) < 1e-9);
        QCOMPARE(chart.segmentAt(b), 1);
        QCOMPARE(chart.segmentAt(b + QPointF(20, 20)), -1);
        // Without a value model the value axis is revenue.
        chart.setEconomics(economics(false));
        QVERIFY(!chart.showsLifetimeValue());
        QVERIFY(chart.pointOf(0).y() < chart.pointOf(2).y());
        // Nothing to show: no dots.
        chart.setEconomics(nullptr);
        QVERIFY(chart.pointOf(0).isNull());
        QCOMPARE(chart.segmentAt(QPointF(100, 100)), -1);
    }

    void clickSelectsTheSegment()
    {
        SegmentValueChart chart;
        SegmentSelection selection;
        chart.setSelection(&selection);
        chart.resize(400, 300);
        chart.setEconomics(economics(true));
        chart.show();
        QTest::mouseClick(&chart, Qt::LeftButton, {}, chart.pointOf(2).toPoint());
        QCOMPARE(selection.currentSegment(), 2);
        QTest::mouseClick(&chart, Qt::LeftButton, {}, chart.pointOf(2).toPoint());
        QCOMPARE(selection.currentSegment(), -1);
        QTest::mouseClick(&chart, Qt::LeftButton, {}, QPoint(2, 2));
        QCOMPARE(selection.currentSegment(), -1);
    }
};

QTEST_MAIN(TestSegmentValueChart)
#include "test_segment_value_chart.moc"
