#pragma once
// Pictures of the views for slides and reports: the segment map or the heatmap as the user sees
// it (same points, zoom, names and colours), written as PNG or SVG.

#include <QSize>
#include <QString>

namespace seg {

class HeatmapPainter;
class ScatterPainter;

/// The logical size of a picture of a view now `viewSize` large: the view's own size, but at
/// least 800 × 500 so that a picture of a narrow pane is still usable on a slide; a heatmap is
/// also made tall enough for its comfortable row height (every feature readable).
QSize pictureSize(const ScatterPainter &painter, const QSize &viewSize);
QSize pictureSize(const HeatmapPainter &painter, const QSize &viewSize);

/// Writes what `painter` draws at pictureSize(painter, viewSize) to `path` (format by suffix,
/// see exportImage). The picture uses the light standard palette whatever the window's theme,
/// because it goes on white pages. Returns false with a user-facing message in `*error`.
bool savePicture(const ScatterPainter &painter, const QSize &viewSize, const QString &path, QString *error);
bool savePicture(const HeatmapPainter &painter, const QSize &viewSize, const QString &path, QString *error);

} // namespace seg
