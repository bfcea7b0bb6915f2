#include "app/ui/app_style.h"

#include <QColor>
#include <QFont>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>
#include <QVBoxLayout>

#include <algorithm>

namespace seg {

SegmentStyle::SegmentStyle(bool highContrast)
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))), m_highContrast(highContrast)
{
}

void SegmentStyle::outline(const QStyleOption *option, QPainter *painter) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(option->palette.color(QPalette::WindowText), 1));
    painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
    painter->restore();
}

void SegmentStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                                      const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (m_highContrast && (control == CC_SpinBox || control == CC_ComboBox))
        outline(option, painter);
}

void SegmentStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                             const QWidget *widget) const
{
    if (element == PE_FrameFocusRect) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(option->palette.color(QPalette::Highlight), 2));
        painter->drawRect(QRectF(option->rect).adjusted(1, 1, -1, -1));
        painter->restore();
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (m_highContrast
        && (element == PE_Frame || element == PE_FrameLineEdit || element == PE_FrameGroupBox
            || element == PE_FrameTabWidget || element == PE_FrameMenu || element == PE_FrameDockWidget)) {
        outline(option, painter);
        return;
    }
    const bool check = element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck;
    if (!check || option->palette.color(QPalette::Base).lightness() >= 128)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(option->palette.color(QPalette::Light), 1));
    const QRect box = option->rect.adjusted(0, 0, -1, -1);
    const int side = std::min(box.width(), box.height());
    QRectF square(0, 0, side, side);
    square.moveCenter(QRectF(box).center());
    painter->drawRoundedRect(square.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
    painter->restore();
}

QPalette highContrastPalette()
{
    QPalette p;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor yellow(0xff, 0xe6, 0x00);
    const QColor disabled(0xa0, 0xa0, 0xa0);
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
                            QPalette::ToolTipBase, QPalette::Dark, QPalette::Shadow, QPalette::Mid})
        p.setColor(role, black);
    p.setColor(QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
                            QPalette::BrightText, QPalette::Light, QPalette::Midlight})
        p.setColor(role, white);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Highlight, yellow);
    p.setColor(QPalette::HighlightedText, black);
    p.setColor(QPalette::Link, QColor(0x66, 0xd9, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xe0, 0x99, 0xff));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4d));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb4, 0x8c, 0xff));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return p;
}

QWidget *titledPane(const QString &title, QWidget *content, QWidget *headerExtra)
{
    auto *pane = new QFrame;
    pane->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->setSpacing(4);
    auto *header = new QHBoxLayout;
    auto *label = new QLabel(title, pane);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    header->addWidget(label);
    // The extra (a hint line) takes the rest of the line, so that a long one is cut at the
    // pane's edge rather than widening the pane.
    if (headerExtra)
        header->addWidget(headerExtra, 1);
    else
        header->addStretch(1);
    layout->addLayout(header);
    layout->addWidget(content, 1);
    return pane;
}

QFrame *statusSeparator()
{
    auto *line = new QFrame;
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    line->setFixedWidth(9);
    return line;
}

} // namespace seg
