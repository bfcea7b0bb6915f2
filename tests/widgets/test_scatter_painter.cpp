// The scatter painter: the same map on images at any pixel ratio, at an offset, on SVG and PDF,
// and exactly what the widget shows.

#include "engine/core/parallel.h"
#include "engine/core/random.h"
#include "widgets/paint_support.h"
#include "widgets/scatter_painter.h"
#include "widgets/scatter_view.h"
#include "widgets/segment_palette.h"
#include "widgets/segment_selection.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

using namespace seg;

namespace {

// row: 0 (0,0) seg 0 | 1 (10,0) seg 1 | 2 (0,10) seg 2 | 3 (10,10) seg 0 | 4 (5,5) seg 1
std::shared_ptr<Embedding> tinyPoints()
{
    auto p = std::make_shared<Embedding>();
    p->x = {0, 10, 0, 10, 5};
    p->y = {0, 0, 10, 10, 5};
    return p;
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

int colourDistance(QRgb a, const QColor &b)
{
    return std::abs(qRed(a) - b.red()) + std::abs(qGreen(a) - b.green()) + std::abs(qBlue(a) - b.blue());
}

// Segment 0 is known by key 3 and named by default ("Segment 4"); segment 1 is named by the user.
SegmentAppearance testAppearance()
{
    SegmentAppearance a;
    a.keys = {3, 0, 2};
    a.names = {QString(), QStringLiteral("Bargain hunters")};
    return a;
}

ScatterPainter tinyPainter()
{
    ScatterPainter painter;
    painter.setPalette(testPalette());
    painter.setPoints(tinyPoints());
    painter.setLabels(std::make_shared<Labels>(Labels{0, 1, 2, 0, 1}), 3);
    painter.setAppearance(testAppearance());
    painter.setAxisTitles(QStringLiteral("PC 1"), QStringLiteral("PC 2"));
    return painter;
}

// The first differing pixel of two images of the same size, as text; empty when identical.
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

struct SvgContent
{
    QStringList texts;
    QList<QImage> images;
    bool wellFormed = false;
    bool hasSvgRoot = false;
};

SvgContent parseSvg(const QByteArray &svg)
{
    SvgContent out;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("svg"))
            out.hasSvgRoot = true;
        if (xml.name() == QLatin1String("text")) {
            out.texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        } else if (xml.name() == QLatin1String("image")) {
            const QString href = xml.attributes().value(QLatin1String("xlink:href")).toString();
            const QString prefix = QStringLiteral("data:image/png;base64,");
            if (href.startsWith(prefix))
                out.images << QImage::fromData(QByteArray::fromBase64(href.mid(prefix.size()).toLatin1()), "PNG");
        }
    }
    out.wellFormed = !xml.hasError();
    return out;
}

} // namespace

class TestScatterPainter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void paintsSegmentColoursAtDpr1And2()
    {
        const ScatterPainter painter = tinyPainter();
        const QSize size(500, 400);
        const double xs[] = {0, 10, 0, 10, 5}, ys[] = {0, 0, 10, 10, 5};
        // Colours by key: segment 0 -> colour 3, segment 1 -> colour 0, segment 2 -> colour 2.
        const QColor expected[] = {segmentColor(3), segmentColor(0), segmentColor(2), segmentColor(3), segmentColor(0)};
        for (qreal dpr : {1.0, 2.0}) {
            QImage image(size * dpr, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(dpr);
            image.fill(Qt::red);
            {
                QPainter p(&image);
                painter.paint(p, QRectF(QPointF(0, 0), QSizeF(size)));
            }
            for (int i = 0; i < 5; ++i) {
                const QPointF at = painter.mapToTarget(size, xs[i], ys[i]) * dpr;
                const QRgb pixel = image.pixel(static_cast<int>(at.x()), static_cast<int>(at.y()));
                QVERIFY2(colourDistance(pixel, expected[i]) <= 6,
                         qPrintable(QStringLiteral("dpr %1, row %2: %3").arg(dpr).arg(i).arg(QColor(pixel).name())));
            }
            // The plot's background between points, and the window colour outside the plot.
            QCOMPARE(QColor(image.pixel((painter.mapToTarget(size, 5, 0) * dpr).toPoint())), QColor(Qt::white));
            QCOMPARE(QColor(image.pixel(1, 1)), QColor(0xee, 0xee, 0xee));
        }
    }

    // Customers a soft model is unsure about are drawn in their segment's hue, paler: halfway
    // to the background colour at half the opacity.
    void uncertainPointsArePale()
    {
        ScatterPainter painter = tinyPainter();
        const QSize size(500, 400);
        const QImage sure = painter.render(size, 1.0);
        // Rows 0 and 3 are both segment 0; row 3 is 30% sure of it.
        painter.setCertainty(std::make_shared<std::vector<double>>(std::vector<double>{1.0, 0.9, 0.8, 0.3, 0.95}));
        QCOMPARE(painter.uncertainCount(), std::size_t(1));
        const QImage pale = painter.render(size, 1.0);
        const QColor colour = segmentColor(3);
        const auto at = [&](const QImage &image, double x, double y) {
            return image.pixel(painter.mapToTarget(size, x, y).toPoint());
        };
        // Row 0 is drawn as before; row 3 moves towards white, keeping its hue.
        QCOMPARE(at(pale, 0, 0), at(sure, 0, 0));
        QVERIFY(colourDistance(at(sure, 10, 10), colour) <= 6);
        const QColor faded(at(pale, 10, 10));
        QVERIFY2(colourDistance(at(pale, 10, 10), colour) > 60, qPrintable(faded.name()));
        QVERIFY(faded.lightness() > colour.lightness());
        QVERIFY(std::abs(faded.hue() - colour.hue()) <= 8);
        // Certainty for another number of points is ignored.
        painter.setCertainty(std::make_shared<std::vector<double>>(std::vector<double>{0.1}));
        QCOMPARE(painter.uncertainCount(), std::size_t(0));
        QCOMPARE(painter.render(size, 1.0), sure);
    }

    void pointsAreRasterisedAtTheDevicePixelRatio()
    {
        // Fewer than 2,000 points are discs of radius 3 logical pixels: at dpr 2, 6 device pixels.
        // A device pixel 5 px right of a point's centre (2.5 logical) is inside, 8 px outside; an
        // image upscaled from dpr 1 could not resolve the 3-pixel difference so precisely.
        const ScatterPainter painter = tinyPainter();
        const QSize size(500, 400);
        const QImage image = painter.render(size, 2.0);
        QCOMPARE(image.size(), size * 2);
        QCOMPARE(image.devicePixelRatio(), 2.0);
        const QPoint centre = (painter.mapToTarget(size, 5, 5) * 2.0).toPoint();
        QVERIFY(colourDistance(image.pixel(centre + QPoint(4, 0)), segmentColor(0)) <= 6);
        QCOMPARE(QColor(image.pixel(centre + QPoint(8, 0))), QColor(Qt::white));
    }

    void paintAtAnOffsetEqualsRender()
    {
        const ScatterPainter painter = tinyPainter();
        const QSize size(420, 300);
        const QImage alone = painter.render(size);
        QImage big(600, 500, QImage::Format_ARGB32_Premultiplied);
        big.fill(Qt::red);
        {
            QPainter p(&big);
            p.setPen(Qt::blue);
            const QTransform before = p.transform();
            painter.paint(p, QRectF(QPointF(37, 21), QSizeF(size)));
            // The painter's state is restored.
            QCOMPARE(p.transform(), before);
            QCOMPARE(p.pen().color(), QColor(Qt::blue));
        }
        QCOMPARE(firstDifference(big.copy(QRect(QPoint(37, 21), size)), alone), QString());
        // Nothing outside the target was touched.
        QCOMPARE(QColor(big.pixel(36, 21)), QColor(Qt::red));
        QCOMPARE(QColor(big.pixel(37 + size.width(), 21 + size.height())), QColor(Qt::red));
    }

    void everyRasterPathGivesTheSamePixels()
    {
        // 32-bit images get the points written in place; other formats, and clipped painters,
        // get them through an image drawn 1:1. The pixels are the same.
        ScatterPainter painter = tinyPainter();
        painter.setSelectedRows({2});
        const QSize size(430, 310);
        for (qreal dpr : {1.0, 2.0}) {
            QImage direct(size * dpr, QImage::Format_ARGB32_Premultiplied);
            direct.setDevicePixelRatio(dpr);
            QImage rgb888(size * dpr, QImage::Format_RGB888);
            rgb888.setDevicePixelRatio(dpr);
            QImage clipped(size * dpr, QImage::Format_RGB32);
            clipped.setDevicePixelRatio(dpr);
            {
                QPainter p(&direct);
                painter.paint(p, QRectF(QPointF(0, 0), QSizeF(size)));
            }
            {
                QPainter p(&rgb888);
                painter.paint(p, QRectF(QPointF(0, 0), QSizeF(size)));
            }
            {
                QPainter p(&clipped);
                p.setClipRect(QRect(QPoint(0, 0), size));
                painter.paint(p, QRectF(QPointF(0, 0), QSizeF(size)));
            }
            // Text is blended differently into 24-bit pixels: compare the plot there.
            const QRect plot(painter.plotRect(size).topLeft() * dpr, painter.plotRect(size).size() * dpr);
            QCOMPARE(firstDifference(direct.copy(plot), rgb888.copy(plot)), QString());
            QCOMPARE(firstDifference(direct, clipped), QString());
        }
    }

    void manyPointsGiveTheSamePixelsOnAnyThreadCount()
    {
        // Both raster paths (discs up to 300,000 points, 2x2 dots above) bin points by bands of
        // rows and draw the bands in parallel: the picture must not depend on the threads, and
        // points straddling two bands must be drawn in both.
        for (const std::size_t n : {std::size_t(50000), std::size_t(400000)}) {
            auto points = std::make_shared<Embedding>();
            auto labels = std::make_shared<Labels>();
            Rng rng(5);
            for (std::size_t i = 0; i < n; ++i) {
                const int segment = static_cast<int>(i % 4);
                points->x.push_back(static_cast<float>(segment * 3 + rng.normal()));
                points->y.push_back(static_cast<float>((segment % 2) * 4 + rng.normal()));
                labels->push_back(segment);
            }
            ScatterPainter painter;
            painter.setPalette(testPalette());
            painter.setPoints(points);
            painter.setLabels(labels, 4);
            const int before = threadCount();
            setThreadCount(1);
            const QImage one = painter.render(QSize(640, 400));
            setThreadCount(2);
            const QImage two = painter.render(QSize(640, 400));
            setThreadCount(before);
            QCOMPARE(firstDifference(one, two), QString());
            // Bands are invisible: one band per row, or one for the whole plot, gives the same
            // picture (a point straddling two bands is drawn in both).
            for (int rows : {1, 7, 100000}) {
                ScatterPainter::setRasterBandRows(rows);
                const QImage banded = painter.render(QSize(640, 400));
                ScatterPainter::setRasterBandRows(16);
                QCOMPARE(firstDifference(one, banded), QString());
            }
        }
        // The same for the large discs of a few points, which span several rows.
        ScatterPainter few = tinyPainter();
        const QImage reference = few.render(QSize(430, 310), 2.0);
        for (int rows : {1, 3, 100000}) {
            ScatterPainter::setRasterBandRows(rows);
            const QImage banded = few.render(QSize(430, 310), 2.0);
            ScatterPainter::setRasterBandRows(16);
            QCOMPARE(firstDifference(reference, banded), QString());
        }
    }

    void widgetShowsExactlyThePaintersDrawing()
    {
        // Configure the widget through its own API and a painter directly with the same state:
        // the widget's pixels are the painter's.
        SegmentSelection selection;
        ScatterView view;
        view.setPalette(testPalette());
        view.resize(520, 380);
        view.setPoints(tinyPoints());
        view.setAxisTitles(QStringLiteral("PC 1"), QStringLiteral("PC 2"));
        view.setLabels(std::make_shared<Labels>(Labels{0, 1, 2, 0, 1}), 3);
        view.setAppearance(testAppearance());
        view.setSelection(&selection);
        selection.setCurrentSegment(1);
        selection.setSelectedRows({3});
        view.zoomAt(view.mapToWidget(5, 5), 1.25);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage shown = view.grab().toImage();

        ScatterPainter painter = tinyPainter();
        painter.setFont(view.font());
        painter.setHighlightedSegment(1);
        painter.setSelectedRows({3});
        painter.setVisibleRange(view.visibleRange());
        QImage drawn(view.size() * shown.devicePixelRatio(), QImage::Format_ARGB32_Premultiplied);
        drawn.setDevicePixelRatio(shown.devicePixelRatio());
        {
            QPainter p(&drawn);
            painter.paint(p, QRectF(QPointF(0, 0), QSizeF(view.size())));
        }
        QCOMPARE(firstDifference(shown, drawn), QString());
        // The view's own painter holds the same state.
        QCOMPARE(firstDifference(view.painter().render(view.size(), shown.devicePixelRatio()), drawn), QString());
    }

    void svgHasVectorLegendAndRasterPoints()
    {
        const ScatterPainter painter = tinyPainter();
        const QSize size(600, 400);
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
        const SvgContent svg = parseSvg(buffer.data());
        QVERIFY(svg.wellFormed);
        QVERIFY(svg.hasSvgRoot);
        // Legend title, segment names by appearance, axis titles: text, not pixels.
        for (const QString &text : {QStringLiteral("Segments"), QStringLiteral("Segment 4"),
                                    QStringLiteral("Bargain hunters"), QStringLiteral("Segment 3"),
                                    QStringLiteral("PC 1"), QStringLiteral("PC 2")})
            QVERIFY2(svg.texts.contains(text), qPrintable(text + QStringLiteral(" in ") + svg.texts.join(QLatin1Char('|'))));
        QVERIFY(!svg.texts.contains(QStringLiteral("Segment 1"))); // segment 0 is not named by its number
        // The points: one embedded image, at twice the plot's logical size.
        QCOMPARE(svg.images.size(), 1);
        const QRect plot = painter.plotRect(size);
        QCOMPARE(svg.images.front().size(), plot.size() * 2);
        // Row 0 (segment 0, key 3) in its colour in that image.
        const QPointF at = (painter.mapToTarget(size, 0, 0) - QPointF(plot.topLeft())) * 2.0;
        QVERIFY(colourDistance(svg.images.front().pixel(at.toPoint()), segmentColor(3)) <= 6);
    }

    void pdfRasterIsCapped()
    {
        // A PDF writer at 1200 dpi, the painter scaled so that one logical pixel is 1/96 inch:
        // 12.5 device pixels per logical pixel would make a 6,000-pixel-wide raster; it is capped
        // at about 8.4 million pixels and still finer than 2 pixels per logical pixel.
        const ScatterPainter painter = tinyPainter();
        const QSize size(600, 400);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&buffer);
            writer.setResolution(1200);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setPageOrientation(QPageLayout::Landscape);
            QPainter p(&writer);
            p.scale(1200.0 / 96.0, 1200.0 / 96.0);
            painter.paint(p, QRectF(QPointF(0, 0), QSizeF(size)));
        }
        const QByteArray pdf = buffer.data();
        QVERIFY(pdf.startsWith("%PDF"));
        static const QRegularExpression imageSize(QStringLiteral("/Subtype /Image\\s*/Width (\\d+)\\s*/Height (\\d+)"));
        const QRegularExpressionMatch m = imageSize.match(QString::fromLatin1(pdf));
        QVERIFY2(m.hasMatch(), "no image in the PDF");
        const int width = m.captured(1).toInt(), height = m.captured(2).toInt();
        const QRect plot = painter.plotRect(size);
        QVERIFY2(double(width) * height <= 3840.0 * 2184.0, qPrintable(QStringLiteral("%1 x %2").arg(width).arg(height)));
        QVERIFY(width > 2 * plot.width() && height > 2 * plot.height());
        // The aspect ratio is the plot's.
        QVERIFY(std::abs(double(width) / height - double(plot.width()) / plot.height()) < 0.01);
    }

    void textKeepsItsScreenSizeOnAnyDevice()
    {
        QFont font;
        font.setPointSizeF(9.0);
        const qreal onScreen = QFontMetricsF(font).height();
        QSvgGenerator svg; // 72 dpi
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        pdf.setResolution(1200);
        for (QPaintDevice *device : {static_cast<QPaintDevice *>(&svg), static_cast<QPaintDevice *>(&pdf)}) {
            const qreal height = QFontMetricsF(fontForDevice(font, device), device).height();
            QVERIFY2(std::abs(height - onScreen) <= 0.05 * onScreen,
                     qPrintable(QStringLiteral("%1 vs %2 on screen").arg(height).arg(onScreen)));
        }
        // Images have the screen's resolution: the font is unchanged.
        QImage image(10, 10, QImage::Format_RGB32);
        QCOMPARE(fontForDevice(font, &image), font);
        QFont pixels;
        pixels.setPixelSize(13);
        QCOMPARE(fontForDevice(pixels, &svg), pixels);
    }

    void copiesAreIndependent()
    {
        ScatterPainter a = tinyPainter();
        ScatterPainter b = a;
        b.setHighlightedSegment(2);
        b.setAxisTitles(QStringLiteral("x"), QStringLiteral("y"));
        QCOMPARE(a.highlightedSegment(), -1);
        QCOMPARE(a.xTitle(), QStringLiteral("PC 1"));
        QCOMPARE(b.pointCount(), std::size_t(5));
        QCOMPARE(firstDifference(a.render(QSize(400, 300)), tinyPainter().render(QSize(400, 300))), QString());
        a = b;
        QCOMPARE(a.highlightedSegment(), 2);
        QCOMPARE(firstDifference(a.render(QSize(400, 300)), b.render(QSize(400, 300))), QString());
    }

    void viewRangeIgnoresExtremePoints()
    {
        // 1,000 customers on a 10 × 10 grid (0 to 9.9 on each axis) and 3 far away at (1000, 1000):
        // the map opens on the 0.5th to 99.5th percentiles (0 and 9.9) with a 10% margin, says
        // that 3 customers lie beyond it, and can still show them all.
        auto points = std::make_shared<Embedding>();
        for (int i = 0; i < 1000; ++i) {
            points->x.push_back(float(i % 100) / 10.0f);
            points->y.push_back(float(i / 100) * 1.1f);
        }
        for (int i = 0; i < 3; ++i) {
            points->x.push_back(1000.0f);
            points->y.push_back(1000.0f);
        }
        ScatterPainter painter;
        painter.setPoints(points);
        const QRectF typical = painter.typicalRange();
        QVERIFY(std::abs(typical.left() - (0.0 - 0.99)) < 1e-5);
        QVERIFY(std::abs(typical.right() - (9.9 + 0.99)) < 1e-5);
        QVERIFY(std::abs(typical.top() - (0.0 - 0.99)) < 1e-5);
        QVERIFY(std::abs(typical.bottom() - (9.9 + 0.99)) < 1e-5);
        QCOMPARE(painter.visibleRange(), typical);
        QCOMPARE(painter.pointsOutsideView(), std::size_t(3));
        QCOMPARE(painter.fullRange(), QRectF(-40.0, -40.0, 1080.0, 1080.0));
        painter.setVisibleRange(painter.fullRange());
        QCOMPARE(painter.pointsOutsideView(), std::size_t(0));
    }

    void stateQueries()
    {
        ScatterPainter painter = tinyPainter();
        QCOMPARE(painter.dataBounds(), QRectF(0, 0, 10, 10));
        QCOMPARE(painter.fullRange(), QRectF(-0.4, -0.4, 10.8, 10.8));
        QCOMPARE(painter.visibleRange(), painter.fullRange());
        QCOMPARE(painter.segmentSize(0), std::size_t(2));
        QCOMPARE(painter.segmentSize(1), std::size_t(2));
        QCOMPARE(painter.segmentSize(-1), std::size_t(0));
        painter.setSelectedRows({4, 4, 1, 99, -3});
        QCOMPARE(painter.selectedCount(), std::size_t(2));
        // A new point count drops the labels and the selection of points that no longer exist.
        auto two = std::make_shared<Embedding>();
        two->x = {0, 1};
        two->y = {0, 1};
        painter.setPoints(two);
        QVERIFY(!painter.hasLabels());
        QCOMPARE(painter.selectedCount(), std::size_t(1));
        // The legend is hit-tested where it is drawn.
        ScatterPainter labelled = tinyPainter();
        const QSize size(600, 400);
        QVERIFY(!labelled.legendSegmentAt(size, QPointF(5, 5)));
        const QRect plot = labelled.plotRect(size);
        const QFontMetrics fm(labelled.font());
        // Rows below the "Segments" title, each fm.height() + 6 high.
        const double firstRow = plot.top() + (fm.height() + 6) + 2 + (fm.height() + 6) / 2.0;
        QCOMPARE(labelled.legendSegmentAt(size, QPointF(plot.right() + 40, firstRow)), std::optional<int>(0));
        QCOMPARE(labelled.legendSegmentAt(size, QPointF(plot.right() + 40, firstRow + fm.height() + 6)),
                 std::optional<int>(1));
    }
};

QTEST_MAIN(TestScatterPainter)
#include "test_scatter_painter.moc"
