// Image export: PNG at twice the logical size, SVG with the drawing's text, atomic writes (the
// rules of seg::AtomicFile: read-only files kept, links written through, devices in place), and
// clear messages for what cannot be written.

#include "widgets/image_export.h"
#include "widgets/scatter_painter.h"
#include "widgets/segment_palette.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace seg;

namespace {

// Three points of three segments; segment 1 named by the user.
ScatterPainter smallScatter()
{
    auto points = std::make_shared<Embedding>();
    points->x = {0, 10, 5};
    points->y = {0, 0, 8};
    ScatterPainter painter;
    QPalette palette;
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::Text, Qt::black);
    painter.setPalette(palette);
    painter.setPoints(points);
    painter.setLabels(std::make_shared<Labels>(Labels{0, 1, 2}), 3);
    SegmentAppearance appearance;
    appearance.names = {QString(), QStringLiteral("Weekend shoppers")};
    painter.setAppearance(appearance);
    return painter;
}

ImagePaintFunction paintScatter(const ScatterPainter &scatter)
{
    return [&scatter](QPainter &painter, const QRectF &target) { scatter.paint(painter, target); };
}

} // namespace

class TestImageExport : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;

    QStringList entries() const { return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System); }

private Q_SLOTS:
    void init()
    {
        // Each test starts in an empty directory.
        for (const QString &name : entries())
            QVERIFY(QFile::remove(dir.filePath(name)));
    }

    void pngAtTwiceTheLogicalSize()
    {
        const ScatterPainter scatter = smallScatter();
        const QSize size(480, 320);
        const QString path = dir.filePath(QStringLiteral("map.png"));
        QString error;
        QVERIFY2(exportImage(path, size, paintScatter(scatter), &error), qPrintable(error));
        QVERIFY(error.isEmpty());
        QImage image;
        QVERIFY(image.load(path, "PNG"));
        QCOMPARE(image.size(), size * 2);
        // Marked 192 dpi (7559 dots per metre): it prints at its logical size.
        QCOMPARE(image.dotsPerMeterX(), 7559);
        // The point of row 1 (segment 1) in its colour, at twice its logical position.
        const QPoint at = (scatter.mapToTarget(size, 10, 0) * 2.0).toPoint();
        const QColor pixel = image.pixelColor(at);
        QVERIFY2(std::abs(pixel.red() - segmentColor(1).red()) + std::abs(pixel.green() - segmentColor(1).green())
                         + std::abs(pixel.blue() - segmentColor(1).blue())
                     <= 6,
                 qPrintable(pixel.name()));
        QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
        // Nothing but the file (no temporary left over).
        QCOMPARE(entries(), QStringList{QStringLiteral("map.png")});
    }

    void svgIsXmlWithTheDrawingsText()
    {
        const ScatterPainter scatter = smallScatter();
        const QString path = dir.filePath(QStringLiteral("Segment map.SVG")); // suffixes are case-insensitive
        QString error;
        QVERIFY2(exportImage(path, QSize(600, 400), paintScatter(scatter), &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QVERIFY(svg.contains("<svg"));
        QStringList texts;
        QString title;
        QString root;
        QXmlStreamReader xml(svg);
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (root.isEmpty())
                root = xml.name().toString();
            if (xml.name() == QLatin1String("title"))
                title = xml.readElementText();
            else if (xml.name() == QLatin1String("text"))
                texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(root, QStringLiteral("svg"));
        QCOMPARE(title, QStringLiteral("Segment map"));
        QVERIFY2(texts.contains(QStringLiteral("Weekend shoppers")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.contains(QStringLiteral("Segment 1")));
        QVERIFY(texts.contains(QStringLiteral("Segments")));
    }

    void replacesAnExistingFileWhole()
    {
        const QString path = dir.filePath(QStringLiteral("map.png"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("an older export");
        }
        const ScatterPainter scatter = smallScatter();
        QString error;
        QVERIFY2(exportImage(path, QSize(200, 150), paintScatter(scatter), &error), qPrintable(error));
        QImage image;
        QVERIFY(image.load(path, "PNG"));
        QCOMPARE(image.size(), QSize(400, 300));
        QCOMPARE(entries(), QStringList{QStringLiteral("map.png")});
    }

    void failureInAMissingDirectoryLeavesNothing()
    {
        const QString missing = dir.filePath(QStringLiteral("no such folder"));
        const QString path = missing + QStringLiteral("/map.png");
        const ScatterPainter scatter = smallScatter();
        bool painted = false;
        QString error;
        QVERIFY(!exportImage(path, QSize(200, 150),
                             [&](QPainter &painter, const QRectF &target) {
                                 painted = true;
                                 scatter.paint(painter, target);
                             },
                             &error));
        QVERIFY(!painted); // the file could not be opened, so nothing was drawn
        QVERIFY2(error.startsWith(QStringLiteral("Cannot save \u201c%1\u201d: ").arg(QDir::toNativeSeparators(path))),
                 qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(missing));
        QVERIFY(entries().isEmpty());
        // The error pointer may be null.
        QVERIFY(!exportImage(path, QSize(200, 150), paintScatter(scatter), nullptr));
    }

    void readOnlyFileIsKept()
    {
        // Refused on its mode bits, so for root too (CI), before anything is drawn.
        const QString path = dir.filePath(QStringLiteral("map.png"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("a locked export");
        }
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const ScatterPainter scatter = smallScatter();
        bool painted = false;
        QString error;
        QVERIFY(!exportImage(path, QSize(200, 150),
                             [&](QPainter &painter, const QRectF &target) {
                                 painted = true;
                                 scatter.paint(painter, target);
                             },
                             &error));
        QVERIFY(!painted);
        QCOMPARE(error, QStringLiteral("Cannot save \u201c%1\u201d: permission denied: the file is read-only "
                                       "(its owner has no write permission), so it is not replaced")
                            .arg(QDir::toNativeSeparators(path)));
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("a locked export"));
        QCOMPARE(kept.permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QCOMPARE(entries(), QStringList{QStringLiteral("map.png")});
    }

    void linkIsWrittenThrough()
    {
        const QString real = dir.filePath(QStringLiteral("real.svg"));
        const QString link = dir.filePath(QStringLiteral("link.svg"));
        {
            QFile old(real);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("older");
        }
        QVERIFY(QFile::link(QStringLiteral("real.svg"), link));
        const ScatterPainter scatter = smallScatter();
        QString error;
        QVERIFY2(exportImage(link, QSize(200, 150), paintScatter(scatter), &error), qPrintable(error));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(QFileInfo(link).symLinkTarget(), real);
        QFile svg(real);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
        QCOMPARE(entries(), (QStringList{QStringLiteral("link.svg"), QStringLiteral("real.svg")}));
    }

    void saveFileContentsFollowsTheRules()
    {
        QString reason;
        QVERIFY2(saveFileContents(QStringLiteral("/dev/null"), QByteArrayLiteral("discarded"), &reason),
                 qPrintable(reason));
        QVERIFY(!saveFileContents(QStringLiteral("/dev/full"), QByteArrayLiteral("no room"), &reason));
        QCOMPARE(reason, QStringLiteral("cannot write: No space left on device"));
        QVERIFY(!saveFileContents(dir.path(), QByteArrayLiteral("x"), &reason));
        QCOMPARE(reason, QStringLiteral("is a folder, not a file: name a file to write in it"));
        const QString path = dir.filePath(QStringLiteral("shot.png"));
        QVERIFY(saveFileContents(path, QByteArrayLiteral("bytes"), nullptr));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), QByteArray("bytes"));
        QCOMPARE(entries(), QStringList{QStringLiteral("shot.png")});
    }

    void unknownSuffixNamesTheFormats()
    {
        const QString path = dir.filePath(QStringLiteral("map.bmp"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("keep me");
        }
        const ScatterPainter scatter = smallScatter();
        QString error;
        QVERIFY(!exportImage(path, QSize(200, 150), paintScatter(scatter), &error));
        QCOMPARE(error, QStringLiteral("Cannot save \u201cmap.bmp\u201d: images can be saved as PNG (.png) or SVG (.svg) files."));
        // The existing file is untouched.
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("keep me"));
        // No suffix at all is unknown too.
        QVERIFY(!exportImage(dir.filePath(QStringLiteral("map")), QSize(200, 150), paintScatter(scatter), &error));
        QVERIFY(error.contains(QStringLiteral("PNG (.png) or SVG (.svg)")));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("map"))));
    }

    void nothingToDraw()
    {
        QString error;
        const QString path = dir.filePath(QStringLiteral("empty.png"));
        QVERIFY(!exportImage(path, QSize(0, 100), [](QPainter &, const QRectF &) {}, &error));
        QCOMPARE(error, QStringLiteral("Cannot save \u201cempty.png\u201d: there is nothing to draw."));
        QVERIFY(!exportImage(path, QSize(100, 100), ImagePaintFunction(), &error));
        QVERIFY(!QFileInfo::exists(path));
    }

    void filterListsBothFormats()
    {
        QCOMPARE(imageExportFilter(), QStringLiteral("PNG image (*.png);;SVG drawing (*.svg)"));
    }
};

QTEST_MAIN(TestImageExport)
#include "test_image_export.moc"
