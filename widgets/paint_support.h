#pragma once
// Small drawing helpers shared by the painters (scatter, heatmap, k chart).

#include <QColor>
#include <QFont>
#include <Qt>

class QPaintDevice;
class QPainter;

namespace seg {

/// Per-channel linear blend of two colours: `a` at t = 0, `b` at t = 1. The result is opaque.
QColor mixColor(const QColor &a, const QColor &b, double t);

/// `font` as it must be set on a painter of `device` so that text is as large, in the painter's
/// logical units, as on screen: a point size is scaled by screen resolution / device resolution
/// (a 72-dpi SVG generator or a 1200-dpi PDF writer would otherwise draw it 0.75 or 12.5 times
/// its screen size relative to the drawing). Unchanged for pixel-sized fonts, for a null device
/// and for devices with the screen's resolution (widgets, images).
QFont fontForDevice(const QFont &font, const QPaintDevice *device);

/// True when `painter` draws on a vector device (SVG, PDF, printer, QPicture), where rasterised
/// parts of a drawing are embedded as images.
bool isVectorDevice(const QPainter &painter);

/// True for focus that came from the keyboard (Tab, Shift+Tab, a shortcut): the views then show
/// their focus frame at once, as the style's focus frames show; after a click or the window's
/// return they show it from the first key press.
bool isKeyboardFocusReason(Qt::FocusReason reason);

} // namespace seg
