#include "widgets/paint_support.h"

#include <QGuiApplication>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QScreen>

#include <cmath>

namespace seg {

QColor mixColor(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QFont fontForDevice(const QFont &font, const QPaintDevice *device)
{
    if (!device || font.pixelSize() > 0)
        return font;
    // The resolution QFontMetrics(font) measures with, which the painters' layouts use: Qt's
    // default, the primary screen's logical DPI rounded (96 without a screen).
    const QScreen *screen = QGuiApplication::primaryScreen();
    const int screenDpi = QCoreApplication::testAttribute(Qt::AA_Use96Dpi) || !screen
                              ? 96
                              : static_cast<int>(std::lround(screen->logicalDotsPerInchY()));
    const int deviceDpi = device->logicalDpiY();
    if (deviceDpi <= 0 || deviceDpi == screenDpi)
        return font;
    QFont scaled = font;
    scaled.setPointSizeF(font.pointSizeF() * screenDpi / deviceDpi);
    return scaled;
}

bool isVectorDevice(const QPainter &painter)
{
    const QPaintEngine *engine = painter.paintEngine();
    if (!engine)
        return false;
    switch (engine->type()) {
    case QPaintEngine::Raster:
    case QPaintEngine::OpenGL:
    case QPaintEngine::OpenGL2:
    case QPaintEngine::Direct3D:
        return false;
    default:
        return true;
    }
}

bool isKeyboardFocusReason(Qt::FocusReason reason)
{
    return reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason || reason == Qt::ShortcutFocusReason;
}

} // namespace seg
