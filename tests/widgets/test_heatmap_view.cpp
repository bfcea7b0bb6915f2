// The profile heatmap: geometry, column orders, cell colours, clicks.

#include "widgets/heatmap_view.h"
#include "widgets/segment_palette.h"
#include "widgets/segment_selection.h"

#include <QTest>
#include <QToolTip>

#include <cstdlib>

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

// A plain feature and a one-hot column with two levels, as prepare() names them.
std::shared_ptr<Profiles> makeOneHotProfiles()
{
    auto p = std::make_shared<Profiles>();
    p->features = {"days_since_last_order", "acquisition_channel=organic search", "acquisition_channel=referral"};
    p->groups = {"recency", "profile", "profile"};
    p->populationMeans = {30.0, 0.5, 0.5};
    p->populationStdDevs = {10.0, 0.5, 0.5};
    for (int s = 0; s < 2; ++s) {
        SegmentProfile sp;
        sp.segment = s;
        sp.size = 50;
        sp.share = 0.5;
        sp.zScores = {s == 0 ? 1.0 : -1.0, 0.5, -0.5};
        sp.means = {30.0, 0.5, 0.5};
        p->segments.push_back(sp);
    }
    return p;
}

/// True when |a - b| <= tolerance in every channel.
bool near(const QColor &a, const QColor &b, int tolerance)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
           && std::abs(a.blue() - b.blue()) <= tolerance;
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

    void oneHotLevelsUnderTheirColumn()
    {
        view->setProfiles(makeOneHotProfiles());
        // Group headings capitalised, underscores shown as spaces, one-hot levels under a
        // sub-heading naming their column.
        QCOMPARE(view->rowLabels(), (QStringList{QStringLiteral("Recency"), QStringLiteral("days since last order"),
                                                 QStringLiteral("Profile"), QStringLiteral("acquisition channel"),
                                                 QStringLiteral("organic search"), QStringLiteral("referral")}));
        // The sub-heading is a row of its own, not a cell; the levels are cells.
        QVERIFY(view->cellRect(1, 0).top() > view->cellRect(0, 0).bottom() + view->cellRect(0, 0).height());
        for (int row = 0; row < 3; ++row)
            QCOMPARE(view->cellAt(view->cellRect(row, 1).center()), std::make_pair(row, 1));
        // The sorted row is named by column and level.
        QTest::mouseClick(view.get(), Qt::LeftButton, Qt::NoModifier, view->featureNameRect(2).center().toPoint());
        QCOMPARE(view->sortRow(), 2);
    }

    void headerNamesFitOrShowTheNumber()
    {
        const QChar ellipsis(0x2026);
        // Wide: the default name and the share with the size.
        view->resize(900, 400);
        QCOMPARE(view->segmentHeaderLines(0), (QStringList{QStringLiteral("Segment 1"), QStringLiteral("16.7% · 10")}));
        // A custom name too long for one line wraps onto two (the column is at most 150 px wide).
        const QString name = QStringLiteral("Frequent weekend shoppers");
        QVERIFY(view->fontMetrics().horizontalAdvance(name) > 150);
        SegmentAppearance appearance;
        appearance.names = {name, QString(), QString()};
        view->setAppearance(appearance);
        const QStringList loyal = view->segmentHeaderLines(0);
        QCOMPARE(loyal.size(), 3);
        QCOMPARE(QStringList(loyal.mid(0, 2)).join(QLatin1Char(' ')), name);
        // Narrow: names that do not fit give way to the number; the share drops the size, then the decimal.
        for (int width : {330, 250, 160}) {
            view->resize(width, 400);
            for (int segment = 0; segment < 3; ++segment) {
                const QStringList lines = view->segmentHeaderLines(segment);
                QVERIFY2(lines.size() == 2, qPrintable(lines.join(QLatin1Char('|'))));
                QCOMPARE(lines.front(), QString::number(segment + 1));
                for (const QString &line : lines)
                    QVERIFY2(!line.contains(ellipsis), qPrintable(line));
            }
            const QFontMetrics fm(view->font());
            const QString share = view->segmentHeaderLines(1).back(); // 50 %
            QVERIFY(fm.horizontalAdvance(share) <= view->segmentHeaderRect(1).width() - 8);
            QVERIFY(share == QStringLiteral("50.0%") || share == QStringLiteral("50%") || share == QStringLiteral("50"));
        }
        view->resize(160, 400);
        QCOMPARE(view->segmentHeaderLines(0).back(), QStringLiteral("17"));
    }

    void appearanceNamesAndColoursByKey()
    {
        // Segment 0 is known by key 3: its header says "Segment 4" (or "4" when narrow) next to
        // the swatch of colour 3; segment 1, key 0, has colour 0.
        SegmentAppearance appearance;
        appearance.keys = {3, 0};
        view->setAppearance(appearance);
        view->resize(900, 400);
        QCOMPARE(view->segmentHeaderLines(0).front(), QStringLiteral("Segment 4"));
        QCOMPARE(view->segmentHeaderLines(1).front(), QStringLiteral("Segment 1"));
        QCOMPARE(view->segmentHeaderLines(2).front(), QStringLiteral("Segment 3"));
        const QImage image = view->grab().toImage();
        auto headerHas = [&](int segment, const QColor &colour) {
            const QRect r = view->segmentHeaderRect(segment).toRect();
            for (int y = r.top(); y <= r.bottom(); ++y)
                for (int x = r.left(); x <= r.right(); ++x)
                    if (QColor(image.pixel(x, y)) == colour)
                        return true;
            return false;
        };
        QVERIFY(headerHas(0, segmentColor(3)));
        QVERIFY(!headerHas(0, segmentColor(0)));
        QVERIFY(headerHas(1, segmentColor(0)));
        QVERIFY(!headerHas(1, segmentColor(1)));
        view->resize(160, 400);
        QCOMPARE(view->segmentHeaderLines(0).front(), QStringLiteral("4"));
    }

    void legendIsTheDivergingGradient()
    {
        for (bool dark : {false, true}) {
            view->setPalette(palette(dark));
            const QImage image = view->grab().toImage();
            const QRect bar = view->legendBarRect().toRect();
            QVERIFY(!bar.isEmpty());
            QVERIFY(bar.bottom() > view->cellRect(2, 0).bottom());
            // Just inside the ends and above the centred caption: the scale's end colours and its centre.
            // The painter used to keep the last header swatch as its brush, which filled the whole bar.
            const int y = bar.top() + 2;
            QVERIFY(near(QColor(image.pixel(bar.left() + 2, y)), divergingColor(-2.0, 2.0, dark), 12));
            QVERIFY(near(QColor(image.pixel(bar.right() - 2, y)), divergingColor(2.0, 2.0, dark), 12));
            QVERIFY(near(QColor(image.pixel(bar.center().x(), y)), divergingColor(0.0, 2.0, dark), 12));
        }
    }

    void minimumHeightHoldsEveryRow()
    {
        // Below its minimum the view scrolls in its scroll area; at the minimum every row has a
        // readable height and the legend lies inside the widget.
        view->resize(600, view->minimumSizeHint().height());
        const QRectF last = view->cellRect(2, 0);
        QVERIFY(last.height() >= std::max(12, view->fontMetrics().height() - 3));
        QVERIFY(view->legendBarRect().bottom() <= view->height());
    }

    void tooltipsNameCellAndSegment()
    {
        view->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        SegmentAppearance appearance;
        appearance.keys = {3, 0, 2};
        view->setAppearance(appearance);
        auto tipAt = [this](const QPointF &pos) {
            QHelpEvent help(QEvent::ToolTip, pos.toPoint(), view->mapToGlobal(pos.toPoint()));
            QApplication::sendEvent(view.get(), &help);
            return QToolTip::text();
        };
        // "orders" in segment 0: population mean 4, sd 1, z = +3 -> segment mean 7.
        QCOMPARE(tipAt(view->cellRect(1, 0).center()),
                 QStringLiteral("orders \u2014 Segment 4\nSegment average: 7\nAll customers: 4\n"
                                "Difference: +3.0 standard deviations"));
        QCOMPARE(tipAt(view->segmentHeaderRect(1).center()),
                 QStringLiteral("Segment 1\n30 customers (50.0%)\nClick to highlight this segment in every view."));
        QCOMPARE(tipAt(view->featureNameRect(2).center()),
                 QStringLiteral("recency (Recency)\nClick to order the segments by this feature."));
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
