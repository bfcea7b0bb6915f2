#pragma once
// Writes a drawing — any of the painters (scatter, heatmap, k chart) or several of them — to a
// PNG or SVG file, atomically.

#include <QByteArray>
#include <QRectF>
#include <QSize>
#include <QString>

#include <functional>

class QPainter;

namespace seg {

/// Draws into the given target (logical pixels, at (0, 0)) on the given painter.
using ImagePaintFunction = std::function<void(QPainter &painter, const QRectF &target)>;

/// Writes the drawing `paint` makes in a target of `logicalSize` logical pixels to `path`, in the
/// format its suffix names (case-insensitive):
/// - ".png": rendered at device pixel ratio 2 (2 × logicalSize pixels, marked 192 dpi so that it
///   prints at the logical size) over a white background;
/// - ".svg": a vector drawing of logicalSize pixels at 96 dpi, titled with the file's base name;
///   rasterised parts (the scatter's points) are embedded images.
/// The file is written through seg::AtomicFile, with the rules saveFileContents() lists; the
/// target is checked before anything is drawn. Returns false on failure with a translated,
/// user-facing message in `*error` (when not null) naming the file and the reason, or the
/// accepted formats for an unknown suffix.
bool exportImage(const QString &path, const QSize &logicalSize, const ImagePaintFunction &paint, QString *error);

/// Writes `bytes` to `path` through seg::AtomicFile, the one way the programs write users'
/// files: an existing file is replaced only once the new one is complete, and on failure it is
/// untouched and nothing is left behind; a symbolic link is followed (the link stays); a
/// read-only file (no write permission for its owner) is refused, whoever runs the program; a
/// character device or FIFO is written in place; a directory, socket or block device is
/// refused. Returns false with the reason (without the path) in `*reason` when not null.
bool saveFileContents(const QString &path, const QByteArray &bytes, QString *reason);

/// The file dialog filter for exportImage()'s formats, e.g. "PNG image (*.png);;SVG drawing (*.svg)".
QString imageExportFilter();

} // namespace seg
