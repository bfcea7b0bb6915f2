#pragma once
// The application's look: the Fusion style with check boxes that stay visible on dark palettes,
// the dark palette, and the small building blocks of the main window's layout.

#include <QPalette>
#include <QProxyStyle>
#include <QString>

class QFrame;
class QWidget;

namespace seg {

/// The palette of the dark theme.
QPalette darkPalette();

/// A view with a bold title line (and optional widgets at its right end) above it.
QWidget *titledPane(const QString &title, QWidget *content, QWidget *headerExtra = nullptr);

/// A thin vertical rule between status bar items.
QFrame *statusSeparator();

/// Fusion, with check boxes that stay visible on a dark palette: Fusion outlines them in a
/// darker shade of the window colour, which on a dark base is all but invisible, so an
/// unchecked feature looked like no check box at all.
class SegmentStyle : public QProxyStyle
{
public:
    SegmentStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override;
};

} // namespace seg
