// The heatmap painter: cell colours on images at any pixel ratio, SVG text and shapes, the
// widget's exact pixels, sizes for a number of features, hit-testing.

#include "widgets/heatmap_painter.h"
#include "widgets/heatmap_view.h"
#include "widgets/segment_palette.h"
#include "widgets/segment_selection.h"

#include <QBuffer>
#include <QPainter>
#include <QSvgGenerator>
#include <QTest>
#include <QXmlStreamReader>

using namespace seg;

namespace {

// Three features in two groups, three segments of sizes 10, 30, 20.
//            seg 0   seg 1   seg 2
// spend       0.0     1.0    -0.5     (group Value)
// orders      3.0    -3.0     0.0     (group Value)
// recency    -1.0     0.5     2.0     (group Recency)
std::shared_ptr<Profiles> makeProfiles(int extraFeatures = 0)
{
    auto p = std::make_shared<Profiles>();
    p->features = {"spend", "orders", "recency"};
    p->groups = {"Value", "Value", "Recency"};
    for (int i = 0; i < extraFeatures; ++i) {
        p->features.push_back("extra_" + std::to_string(i));
        p->groups.emplace_back("Recency");
    }
    const std::size_t nf = p->features.size();
    p->populationMeans.assign(nf, 10.0);
    p->populationStdDevs.assign(nf, 1.0);
    const double z[3][3] = {{0.0, 3.0, -1.0}, {1.0, -3.0, 0.5}, {-0.5, 0.0, 2.0}};
    const std::size_t sizes[3] = {10, 30, 20};
    for (int s = 0; s < 3; ++s) {
        SegmentProfile sp;
        sp.segment = s;
        sp.size = sizes[s];
        sp.share = sizes[s] / 60.0;
        for (std::size_t f = 0; f < nf; ++f) {
            sp.zScores.push_back(f < 3 ? z[s][f] : 0.25);
            sp.means.push_back(10.0 + sp.zScores.back());
        }
        p->segments.push_back(sp);
    }
    return p;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x30, 0x60, 0xc0));
    return p;
}

// Segment 0 is known by key 3 and named by default ("Segment 4"); segment 1 is named by the user.
SegmentAppearance testAppearance()
{
    SegmentAppearance a;
    a.keys = {3, 0, 2};
    a.names = {QString(), QStringLiteral("Bargain hunters")};
    return a;
}

HeatmapPainter testPainter()
{
    HeatmapPainter painter;
    painter.setPalette(lightPalette());
    painter.setProfiles(makeProfiles());
    painter.setAppearance(testAppearance());
    return painter;
}

QImage paintToImage(const HeatmapPainter &painter, const QSize &size, qreal dpr)
{
    QImage image(size * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::red);
    QPainter p(&image);
    painter.paint(p, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

QString firstDifference(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return QStringLiteral("sizes %1x%2 and %3x%4").arg(a.width()).arg(a.height()).arg(b.width()).arg(b.height());
    const QImage x = a.convertToFormat(QImage::Format_ARGB32);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32);
    for (int row = 0; row < x.height(); ++row)
        for (int col = 0; col < x.width(); ++col)
            if (x.pixel(col, row) != y.pixel(col, row))
                return QStringLiteral("(%1, %2): %3 vs %4")
                    .arg(col)
                    .arg(row)
                    .arg(QColor(x.pixel(col, row)).name(), QColor(y.pixel(col, row)).name());
    return {};
}

} // namespace

class TestHeatmapPainter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cellColoursAreTheDivergingScaleAtDpr1And2()
    {
        const HeatmapPainter painter = testPainter();
        const QSize size(600, 400);
        struct Case
        {
            int feature, segment;
            double z;
        };
        // z = 3 and -3 saturate at ±2.
        const Case cases[] = {{0, 0, 0.0}, {0, 1, 1.0}, {0, 2, -0.5}, {1, 0, 3.0}, {1, 1, -3.0}, {2, 1, 0.5}, {2, 2, 2.0}};
        for (qreal dpr : {1.0, 2.0}) {
            const QImage image = paintToImage(painter, size, dpr);
            for (const Case &c : cases) {
                // Just inside the cell's top-left corner: clear of the centred value text.
                const QRectF cell = painter.cellRect(size, c.feature, c.segment);
                QVERIFY(!cell.isNull());
                const QPoint at = ((cell.topLeft() + QPointF(2, 2)) * dpr).toPoint();
                QCOMPARE(QColor(image.pixel(at)).name(), divergingColor(c.z).name());
            }
            QCOMPARE(QColor(image.pixel(1, 1)), QColor(0xee, 0xee, 0xee)); // window colour
        }
        QCOMPARE(divergingColor(3.0).name(), QStringLiteral("#b2182b"));
    }

    void darkBaseUsesTheDarkScale()
    {
        HeatmapPainter painter = testPainter();
        QPalette dark = lightPalette();
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        painter.setPalette(dark);
        const QSize size(600, 400);
        const QImage image = paintToImage(painter, size, 1.0);
        const QPoint at = (painter.cellRect(size, 0, 0).topLeft() + QPointF(2, 2)).toPoint();
        QCOMPARE(QColor(image.pixel(at)).name(), divergingColor(0.0, 2.0, true).name());
    }

    void headerSwatchesAndNamesFollowTheAppearance()
    {
        const HeatmapPainter painter = testPainter();
        const QSize size(900, 400);
        QCOMPARE(painter.segmentHeaderLines(size, 0).front(), QStringLiteral("Segment 4"));
        QCOMPARE(painter.segmentHeaderLines(size, 1).front(), QStringLiteral("Bargain hunters"));
        const QImage image = paintToImage(painter, size, 2.0);
        auto headerHas = [&](int segment, const QColor &colour) {
            const QRect r = painter.segmentHeaderRect(size, segment).toRect();
            for (int y = r.top() * 2; y < r.bottom() * 2; ++y)
                for (int x = r.left() * 2; x < r.right() * 2; ++x)
                    if (QColor(image.pixel(x, y)) == colour)
                        return true;
            return false;
        };
        QVERIFY(headerHas(0, segmentColor(3)));
        QVERIFY(!headerHas(0, segmentColor(0)));
        QVERIFY(headerHas(1, segmentColor(0)));
    }

    void widgetShowsExactlyThePaintersDrawing()
    {
        SegmentSelection selection;
        HeatmapView view;
        view.setPalette(lightPalette());
        view.resize(640, 420);
        view.setProfiles(makeProfiles());
        view.setAppearance(testAppearance());
        view.setSelection(&selection);
        view.setColumnOrder(HeatmapView::ColumnOrder::ByRowValue, 2);
        selection.setCurrentSegment(1);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::mouseMove(&view, view.cellRect(0, 2).center().toPoint());
        QCOMPARE(view.painter().hoveredCell(), std::make_pair(0, 2));
        const QImage shown = view.grab().toImage();

        HeatmapPainter painter = testPainter();
        painter.setFont(view.font());
        QVERIFY(painter.setColumnOrder(HeatmapPainter::ColumnOrder::ByRowValue, 2));
        painter.setHighlightedSegment(1);
        painter.setHoveredCell({0, 2});
        QCOMPARE(firstDifference(shown, paintToImage(painter, view.size(), shown.devicePixelRatio())), QString());
    }

    void paintAtAnOffsetEqualsPaintAtTheOrigin()
    {
        const HeatmapPainter painter = testPainter();
        const QSize size(500, 360);
        const QImage alone = paintToImage(painter, size, 1.0);
        QImage big(700, 500, QImage::Format_ARGB32_Premultiplied);
        big.fill(Qt::red);
        {
            QPainter p(&big);
            const QTransform before = p.transform();
            painter.paint(p, QRectF(QPointF(13, 57), QSizeF(size)));
            QCOMPARE(p.transform(), before);
        }
        QCOMPARE(firstDifference(big.copy(QRect(QPoint(13, 57), size)), alone), QString());
        QCOMPARE(QColor(big.pixel(12, 57)), QColor(Qt::red));
    }

    void exposedPartEqualsTheFullPaint()
    {
        // 203 features: painting only a band draws exactly what the full paint draws there,
        // and leaves rows outside the band undrawn (Window colour).
        HeatmapPainter painter = testPainter();
        painter.setProfiles(makeProfiles(200));
        const QSize size = painter.minimumSize(600);
        const QImage full = paintToImage(painter, size, 1.0);
        const QRect band(0, size.height() / 2, size.width(), 90);
        QImage part(size, QImage::Format_ARGB32_Premultiplied);
        part.fill(Qt::red);
        {
            QPainter p(&part);
            painter.paint(p, QRectF(QPointF(0, 0), QSizeF(size)), band);
        }
        QCOMPARE(firstDifference(part.copy(band), full.copy(band)), QString());
        const QPoint below = painter.cellRect(size, 202, 0).center().toPoint();
        QVERIFY(below.y() > band.bottom());
        QCOMPARE(QColor(part.pixel(below)), QColor(0xee, 0xee, 0xee));
        QVERIFY(QColor(full.pixel(below)) != QColor(0xee, 0xee, 0xee));
        // At an offset, the exposed part is in the painter's coordinates, as the target.
        QImage shifted(size + QSize(20, 40), QImage::Format_ARGB32_Premultiplied);
        shifted.fill(Qt::red);
        {
            QPainter p(&shifted);
            painter.paint(p, QRectF(QPointF(20, 40), QSizeF(size)), band.translated(20, 40));
        }
        QCOMPARE(firstDifference(shifted.copy(band.translated(20, 40)), full.copy(band)), QString());
    }

    void labelColumnFollowsFontAndFeatures()
    {
        // The label column is measured once per rows and font, so it must follow both.
        HeatmapPainter painter = testPainter();
        const QSize size(900, 400);
        QFont font = painter.font();
        font.setPointSizeF(8.0);
        painter.setFont(font);
        const double small = painter.cellRect(size, 0, 0).left();
        font.setPointSizeF(12.0);
        painter.setFont(font);
        const double large = painter.cellRect(size, 0, 0).left();
        QVERIFY(large > small);
        auto longer = makeProfiles();
        longer->features[0] = "spend_in_the_last_twelve_months";
        painter.setProfiles(longer);
        QVERIFY(painter.cellRect(size, 0, 0).left() > large);
    }

    void svgHasTextAndVectorCells()
    {
        const HeatmapPainter painter = testPainter();
        const QSize size(700, 400);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        {
            QPainter p(&generator);
            painter.paint(p, QRectF(QPointF(0, 0), QSizeF(size)));
        }
        QStringList texts;
        QStringList fills;
        bool hasSvgRoot = false;
        QXmlStreamReader xml(buffer.data());
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            hasSvgRoot = hasSvgRoot || xml.name() == QLatin1String("svg");
            if (xml.attributes().hasAttribute(QLatin1String("fill")))
                fills << xml.attributes().value(QLatin1String("fill")).toString();
            if (xml.name() == QLatin1String("text"))
                texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(hasSvgRoot);
        for (const QString &text : {QStringLiteral("Segment 4"), QStringLiteral("Bargain hunters"),
                                    QStringLiteral("Segment 3"), QStringLiteral("spend"), QStringLiteral("Recency"),
                                    QStringLiteral("average")})
            QVERIFY2(texts.contains(text), qPrintable(text + QStringLiteral(" in ") + texts.join(QLatin1Char('|'))));
        // Cells are filled shapes in the scale's colours, segment swatches in the key's colour.
        for (double z : {2.0, -2.0, 1.0, -0.5})
            QVERIFY2(fills.contains(divergingColor(z).name()), qPrintable(divergingColor(z).name()));
        QVERIFY(fills.contains(segmentColor(3).name()));
    }

    void sizesForTheFeatureCount()
    {
        HeatmapPainter painter = testPainter();
        const int width = 700;
        const QFontMetrics fm(painter.font());
        const QSize minimum = painter.minimumSize(width);
        const QSize hint = painter.sizeHint(width);
        QVERIFY(hint.height() > minimum.height());
        // At its minimum height every row is readable and the legend lies inside.
        const QSize size(width, minimum.height());
        for (int feature = 0; feature < 3; ++feature)
            QVERIFY(painter.cellRect(size, feature, 0).height() >= std::max(12, fm.height() - 3));
        QVERIFY(painter.legendBarRect(size).bottom() <= size.height());
        // Each further feature adds one minimum row height, resp. one comfortable row height.
        const int minRow = static_cast<int>(painter.cellRect(size, 0, 0).height());
        painter.setProfiles(makeProfiles(10));
        QCOMPARE(painter.minimumSize(width).height(), minimum.height() + 10 * minRow);
        // (the comfortable size counts at least 8 rows: 5 before, 15 now)
        QCOMPARE(painter.sizeHint(width).height(), hint.height() + (15 - 8) * (fm.height() + 3));
        // A name needing two lines adds one line to the header.
        painter.setProfiles(makeProfiles());
        painter.setAppearance({});
        const int narrow = 420;
        QCOMPARE(painter.segmentHeaderLines(QSize(narrow, 400), 0).size(), 2); // one name line, the share
        const int before = painter.minimumSize(narrow).height();
        SegmentAppearance longName;
        longName.names = {QStringLiteral("Weekend shoppers")};
        painter.setAppearance(longName);
        QCOMPARE(painter.segmentHeaderLines(QSize(narrow, 400), 0).size(), 3); // two name lines, the share
        QCOMPARE(painter.minimumSize(narrow).height(), before + fm.height());
    }

    void hitTest()
    {
        HeatmapPainter painter = testPainter();
        const QSize size(600, 400);
        using Part = HeatmapPainter::Hit::Part;
        const HeatmapPainter::Hit cell = painter.hitTest(size, painter.cellRect(size, 2, 1).center());
        QCOMPARE(cell.part, Part::Cell);
        QCOMPARE(cell.feature, 2);
        QCOMPARE(cell.segment, 1);
        const HeatmapPainter::Hit header = painter.hitTest(size, painter.segmentHeaderRect(size, 2).center());
        QCOMPARE(header.part, Part::SegmentHeader);
        QCOMPARE(header.segment, 2);
        const HeatmapPainter::Hit name = painter.hitTest(size, painter.featureNameRect(size, 1).center());
        QCOMPARE(name.part, Part::FeatureName);
        QCOMPARE(name.feature, 1);
        QCOMPARE(name.group, QStringLiteral("Value"));
        // The group heading above "spend".
        const QRectF spend = painter.featureNameRect(size, 0);
        const HeatmapPainter::Hit group = painter.hitTest(size, spend.center() - QPointF(0, spend.height()));
        QCOMPARE(group.part, Part::GroupHeading);
        QCOMPARE(group.group, QStringLiteral("Value"));
        QCOMPARE(painter.hitTest(size, painter.legendBarRect(size).center()).part, Part::Legend);
        QCOMPARE(painter.hitTest(size, QPointF(1, 1)).part, Part::None);
        // Sorting moves the columns, and the hit follows.
        QVERIFY(painter.setColumnOrder(HeatmapPainter::ColumnOrder::BySize));
        QCOMPARE(painter.columnSegments(), (std::vector<int>{1, 2, 0}));
        QCOMPARE(painter.hitTest(size, painter.segmentHeaderRect(size, 2).center()).segment, 2);
        QVERIFY(!painter.setColumnOrder(HeatmapPainter::ColumnOrder::ByRowValue, 7));
        QCOMPARE(painter.columnOrder(), HeatmapPainter::ColumnOrder::BySize);
    }

    void rowsInAGivenOrder()
    {
        HeatmapPainter painter;
        painter.setProfiles(makeProfiles());
        QCOMPARE(painter.rowLabels(), (QStringList{QStringLiteral("Value"), QStringLiteral("spend"),
                                                   QStringLiteral("orders"), QStringLiteral("Recency"),
                                                   QStringLiteral("recency")}));
        // A ranking (most separating first) lists the features without group headings; indices
        // out of range and repeats are skipped, features not listed follow in their order.
        painter.setRowOrder({2, 1, 7, 2});
        QCOMPARE(painter.rowLabels(),
                 (QStringList{QStringLiteral("recency"), QStringLiteral("orders"), QStringLiteral("spend")}));
        // The order survives new profiles, and the hit test follows the rows as drawn.
        painter.setProfiles(makeProfiles());
        QCOMPARE(painter.rowLabels().first(), QStringLiteral("recency"));
        const QSize size(600, 400);
        const QRectF first = painter.featureNameRect(size, 2);
        const QRectF last = painter.featureNameRect(size, 0);
        QVERIFY(!first.isNull() && !last.isNull() && first.top() < last.top());
        painter.setRowOrder({});
        QCOMPARE(painter.rowLabels().size(), 5);
    }

    void placeholderWithoutProfiles()
    {
        HeatmapPainter painter;
        painter.setPalette(lightPalette());
        QVERIFY(painter.isEmpty());
        const QImage image = paintToImage(painter, QSize(400, 300), 1.0);
        int ink = 0;
        for (int y = 0; y < 300; ++y)
            for (int x = 0; x < 400; ++x)
                ink += QColor(image.pixel(x, y)).lightness() < 180;
        QVERIFY(ink > 50); // the "No segments yet" text
        QCOMPARE(painter.cellRect(QSize(400, 300), 0, 0), QRectF());
        QCOMPARE(painter.hitTest(QSize(400, 300), QPointF(200, 150)).part, HeatmapPainter::Hit::Part::None);
    }
};

QTEST_MAIN(TestHeatmapPainter)
#include "test_heatmap_painter.moc"
