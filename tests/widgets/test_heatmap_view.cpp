// The profile heatmap: geometry, column orders, cell colours, clicks.

#include "widgets/heatmap_view.h"
#include "widgets/segment_palette.h"
#include "widgets/segment_selection.h"

#include <QTest>

using namespace seg;

namespace {

// Three features in two groups, three segments of sizes 10, 30, 20.
//            seg 0   seg 1   seg 2
// spend       0.0     1.0    -0.5     (group Value)
// orders      3.0    -3.0     0.0     (group Value)
// recency    -1.0     0.5     2.0     (group Recency)
std::shared_ptr<Profiles> makeProfiles()
{
    auto p = std::make_shared<Profiles>();
    p->features = {"spend", "orders", "recency"};
    p->groups = {"Value", "Value", "Recency"};
    p->populationMeans = {100.0, 4.0, 30.0};
    p->populationStdDevs = {20.0, 1.0, 10.0};
    const double z[3][3] = {{0.0, 3.0, -1.0}, {1.0, -3.0, 0.5}, {-0.5, 0.0, 2.0}};
    const std::size_t sizes[3] = {10, 30, 20};
    for (int s = 0; s < 3; ++s) {
        SegmentProfile sp;
        sp.segment = s;
        sp.size = sizes[s];
        sp.share = sizes[s] / 60.0;
        for (int f = 0; f < 3; ++f) {
            sp.zScores.push_back(z[s][f]);
            sp.means.push_back(p->populationMeans[static_cast<std::size_t>(f)] + z[s][f] * p->populationStdDevs[static_cast<std::size_t>(f)]);
        }
        p->segments.push_back(sp);
    }
    return p;
}

QPalette palette(bool dark)
{
    QPalette p;
    p.setColor(QPalette::Window, dark ? QColor(0x2b, 0x2b, 0x2b) : QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::WindowText, dark ? QColor(0xe8, 0xe8, 0xe8) : Qt::black);
    p.setColor(QPalette::Base, dark ? QColor(0x1e, 0x1e, 0x1e) : Qt::white);
    p.setColor(QPalette::Text, dark ? QColor(0xe8, 0xe8, 0xe8) : Qt::black);
    return p;
}

} // namespace

class TestHeatmapView : public QObject
{
    Q_OBJECT

    std::unique_ptr<HeatmapView> view;
    std::unique_ptr<SegmentSelection> selection;

    QColor cornerColour(const QImage &image, int row, int segment) const
    {
        // Just inside the cell's top-left corner: clear of the centred value text.
        const QRectF r = view->cellRect(row, segment);
        return QColor(image.pixel(static_cast<int>(r.left()) + 2, static_cast<int>(r.top()) + 2));
    }

private Q_SLOTS:
    void init()
    {
        selection = std::make_unique<SegmentSelection>();
        view = std::make_unique<HeatmapView>();
        view->setPalette(palette(false));
        view->resize(600, 400);
        view->setProfiles(makeProfiles());
        view->setSelection(selection.get());
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    }
    void cleanup()
    {
        view.reset();
        selection.reset();
    }

    void cellAtInvertsCellRect()
    {
        for (int row = 0; row < 3; ++row)
            for (int seg = 0; seg < 3; ++seg) {
                const QRectF r = view->cellRect(row, seg);
                QVERIFY(!r.isNull());
                QCOMPARE(view->cellAt(r.center()), std::make_pair(row, seg));
                QCOMPARE(view->cellAt(r.topLeft() + QPointF(0.5, 0.5)), std::make_pair(row, seg));
            }
        // Columns left to right by segment id; rows grouped: [Value] spend, orders, [Recency] recency.
        QVERIFY(view->cellRect(0, 0).left() < view->cellRect(0, 1).left());
        QCOMPARE(view->cellRect(1, 0).top(), view->cellRect(0, 0).bottom());
        QVERIFY(view->cellRect(2, 0).top() > view->cellRect(1, 0).bottom() + 1); // group header in between
        // The group header row, the names column and the margins are not cells.
        const QRectF spend = view->cellRect(0, 0);
        QCOMPARE(view->cellAt(spend.center() - QPointF(0, spend.height())), std::make_pair(-1, -1));
        QCOMPARE(view->cellAt(view->featureNameRect(0).center()), std::make_pair(-1, -1));
        QCOMPARE(view->cellAt(QPointF(1, 1)), std::make_pair(-1, -1));
        QCOMPARE(view->cellRect(5, 0), QRectF());
    }

    void sortBySize()
    {
        QCOMPARE(view->columnSegments(), (std::vector<int>{0, 1, 2}));
        const double firstColumn = view->cellRect(0, 0).left();
        view->setColumnOrder(HeatmapView::ColumnOrder::BySize);
        QCOMPARE(view->columnOrder(), HeatmapView::ColumnOrder::BySize);
        // Sizes 10, 30, 20 -> largest first: 1, 2, 0.
        QCOMPARE(view->columnSegments(), (std::vector<int>{1, 2, 0}));
        QCOMPARE(view->cellRect(0, 1).left(), firstColumn);
        QCOMPARE(view->cellAt(view->cellRect(0, 0).center()), std::make_pair(0, 0));
    }

    void sortByRowValueFromClickOnName()
    {
        // Clicking "recency" orders by its z-scores, largest first: seg 2 (2.0), seg 1 (0.5), seg 0 (-1.0).
        QTest::mouseClick(view.get(), Qt::LeftButton, Qt::NoModifier, view->featureNameRect(2).center().toPoint());
        QCOMPARE(view->columnOrder(), HeatmapView::ColumnOrder::ByRowValue);
        QCOMPARE(view->sortRow(), 2);
        QCOMPARE(view->columnSegments(), (std::vector<int>{2, 1, 0}));
        // "orders": 3.0, -3.0, 0.0 -> 0, 2, 1.
        QTest::mouseClick(view.get(), Qt::LeftButton, Qt::NoModifier, view->featureNameRect(1).center().toPoint());
        QCOMPARE(view->columnSegments(), (std::vector<int>{0, 2, 1}));
        // Clicking the sorted row again returns to segment order.
        QTest::mouseClick(view.get(), Qt::LeftButton, Qt::NoModifier, view->featureNameRect(1).center().toPoint());
        QCOMPARE(view->columnOrder(), HeatmapView::ColumnOrder::BySegment);
        QCOMPARE(view->columnSegments(), (std::vector<int>{0, 1, 2}));
    }

    void cellColoursFollowTheDivergingScale()
    {
        const QImage image = view->grab().toImage();
        // z = 0 -> the centre colour; z = +3 and -3 -> the saturated ends (clamped at ±2).
        QCOMPARE(cornerColour(image, 0, 0).name(), QStringLiteral("#f7f7f7"));
        QCOMPARE(cornerColour(image, 1, 0).name(), divergingColor(2.0).name());
        QCOMPARE(cornerColour(image, 1, 0).name(), QStringLiteral("#b2182b"));
        QCOMPARE(cornerColour(image, 1, 1).name(), QStringLiteral("#2166ac"));
        QCOMPARE(cornerColour(image, 2, 1).name(), divergingColor(0.5).name());
    }

    void darkPaletteUsesDarkCentre()
    {
        view->setPalette(palette(true));
        const QImage image = view->grab().toImage();
        QCOMPARE(cornerColour(image, 0, 0).name(), divergingColor(0.0, 2.0, true).name());
        QCOMPARE(cornerColour(image, 1, 0).name(), divergingColor(3.0, 2.0, true).name());
    }

    void headerClickSetsCurrentSegment()
    {
        QTest::mouseClick(view.get(), Qt::LeftButton, Qt::NoModifier, view->segmentHeaderRect(2).center().toPoint());
        QCOMPARE(selection->currentSegment(), 2);
        QTest::mouseClick(view.get(), Qt::LeftButton, Qt::NoModifier, view->segmentHeaderRect(1).center().toPoint());
        QCOMPARE(selection->currentSegment(), 1);
        // A second click on the current segment clears the highlight.
        QTest::mouseClick(view.get(), Qt::LeftButton, Qt::NoModifier, view->segmentHeaderRect(1).center().toPoint());
        QCOMPARE(selection->currentSegment(), -1);
        // After reordering, the header under the cursor is the one that moved there.
        view->setColumnOrder(HeatmapView::ColumnOrder::BySize);
        QTest::mouseClick(view.get(), Qt::LeftButton, Qt::NoModifier, view->segmentHeaderRect(0).center().toPoint());
        QCOMPARE(selection->currentSegment(), 0);
    }

    void currentSegmentIsOutlined()
    {
        const QRectF header = view->segmentHeaderRect(1);
        const QImage before = view->grab().toImage();
        selection->setCurrentSegment(1);
        const QImage after = view->grab().toImage();
        // The outline runs along the column's left edge, between header and cells.
        const QPoint edge(static_cast<int>(header.left()) - 1, static_cast<int>(header.bottom()) - 4);
        QVERIFY(before.pixel(edge) != after.pixel(edge));
    }

    void emptyProfiles()
    {
        view->setProfiles(nullptr);
        QCOMPARE(view->cellAt(QPointF(300, 200)), std::make_pair(-1, -1));
        QCOMPARE(view->segmentHeaderRect(0), QRectF());
        QVERIFY(!view->grab().isNull());
    }
};

QTEST_MAIN(TestHeatmapView)
#include "test_heatmap_view.moc"
