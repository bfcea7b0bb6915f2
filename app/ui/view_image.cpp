#include "app/ui/view_image.h"

#include "widgets/heatmap_painter.h"
#include "widgets/image_export.h"
#include "widgets/scatter_painter.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace seg {

namespace {

const QSize kLeastPicture(800, 500);

template <typename Painter>
bool saveLight(const Painter &shown, const QSize &size, const QString &path, QString *error)
{
    Painter copy(shown); // the view keeps its own palette; only the picture is light
    copy.setPalette(QApplication::style()->standardPalette());
    return exportImage(path, size, [&copy](QPainter &painter, const QRectF &target) { copy.paint(painter, target); },
                       error);
}

} // namespace

QSize pictureSize(const ScatterPainter &, const QSize &viewSize)
{
    return viewSize.expandedTo(kLeastPicture);
}

QSize pictureSize(const HeatmapPainter &painter, const QSize &viewSize)
{
    const QSize size = viewSize.expandedTo(kLeastPicture);
    return size.expandedTo(QSize(0, painter.sizeHint(size.width()).height()));
}

bool savePicture(const ScatterPainter &painter, const QSize &viewSize, const QString &path, QString *error)
{
    return saveLight(painter, pictureSize(painter, viewSize), path, error);
}

bool savePicture(const HeatmapPainter &painter, const QSize &viewSize, const QString &path, QString *error)
{
    return saveLight(painter, pictureSize(painter, viewSize), path, error);
}

} // namespace seg
