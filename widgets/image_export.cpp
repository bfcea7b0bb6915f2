#include "widgets/image_export.h"

#include "engine/core/error.h"
#include "engine/io/atomic_file.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QFile>
#include <QSvgGenerator>

#include <cmath>
#include <optional>

namespace seg {

namespace {

// A logical pixel is 1/96 inch; the PNG has two pixels per logical pixel.
constexpr double kLogicalDpi = 96.0;
constexpr double kPngScale = 2.0;

// The translation context of the messages.
class ImageExport
{
    Q_DECLARE_TR_FUNCTIONS(seg::ImageExport)
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

QString imageExportFilter()
{
    return ImageExport::tr("PNG image (*.png);;SVG drawing (*.svg)");
}

bool exportImage(const QString &path, const QSize &logicalSize, const ImagePaintFunction &paint, QString *error)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    const bool png = suffix == QLatin1String("png");
    const bool svg = suffix == QLatin1String("svg");
    if (!png && !svg)
        return fail(error,
                    ImageExport::tr("Cannot save \u201c%1\u201d: images can be saved as PNG (.png) or SVG (.svg) files.")
                        .arg(info.fileName()));
    if (logicalSize.isEmpty() || !paint)
        return fail(error, ImageExport::tr("Cannot save \u201c%1\u201d: there is nothing to draw.").arg(info.fileName()));

    auto cannotSave = [&path](const QString &reason) {
        return ImageExport::tr("Cannot save \u201c%1\u201d: %2").arg(QDir::toNativeSeparators(path), reason);
    };
    // The target is checked (and the temporary made) before drawing, so that a file that
    // cannot be written costs no rendering.
    std::optional<AtomicFile> file;
    try {
        file.emplace(QFile::encodeName(path).toStdString());
    } catch (const Error &e) {
        return fail(error, cannotSave(QString::fromStdString(e.detail())));
    }
    // Encoded in memory (a few MB at most), then written as one file.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QRectF target(QPointF(0, 0), QSizeF(logicalSize));
    bool written = false;
    if (png) {
        QImage image(logicalSize * kPngScale, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(kPngScale);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            paint(painter, target);
        }
        // Set after painting: painters resolve point sizes against an image's resolution.
        const int dotsPerMeter = static_cast<int>(std::lround(kLogicalDpi * kPngScale / 0.0254));
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        written = image.save(&buffer, "PNG");
    } else {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(logicalSize);
        generator.setViewBox(target);
        generator.setResolution(static_cast<int>(kLogicalDpi));
        generator.setTitle(info.completeBaseName());
        generator.setDescription(ImageExport::tr("Drawn by %1").arg(QCoreApplication::applicationName()));
        QPainter painter;
        written = painter.begin(&generator);
        if (written) {
            paint(painter, target);
            written = painter.end();
        }
    }
    if (!written)
        return fail(error, cannotSave(ImageExport::tr("the image could not be encoded")));
    try {
        file->write(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
        file->commit();
    } catch (const Error &e) {
        return fail(error, cannotSave(QString::fromStdString(e.detail())));
    }
    return true;
}

bool saveFileContents(const QString &path, const QByteArray &bytes, QString *reason)
{
    try {
        writeFileAtomically(QFile::encodeName(path).toStdString(),
                            std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    } catch (const Error &e) {
        if (reason)
            *reason = QString::fromStdString(e.detail());
        return false;
    }
    return true;
}

} // namespace seg
