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
/// The palette of the high-contrast theme: white text on black, yellow selection and focus
/// (contrast 19.6:1 for text, 17.6:1 for the selection; WCAG 2.1 AAA asks for 7:1).
QPalette highContrastPalette();

/// A view with a bold title line (and optional widgets at its right end) above it.
QWidget *titledPane(const QString &title, QWidget *content, QWidget *headerExtra = nullptr);

/// A thin vertical rule between status bar items.
QFrame *statusSeparator();

/// Fusion, with check boxes that stay visible on a dark palette (Fusion outlines them in a
/// darker shade of the window colour, which on a dark base is all but invisible, so an
/// unchecked feature looked like no check box at all), and a focus frame two pixels wide in the
/// highlight colour, which keyboard users can find on every theme.
class SegmentStyle : public QProxyStyle
{
public:
    /// `highContrast`: frames, fields and lists outlined in the text colour (Fusion outlines
    /// them in a shade of the window colour, which on black is black).
    explicit SegmentStyle(bool highContrast = false);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget) const override;

private:
    void outline(const QStyleOption *option, QPainter *painter) const;

    bool m_highContrast = false;
};

} // namespace seg
