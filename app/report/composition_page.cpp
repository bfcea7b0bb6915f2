// The persona report's page on sensitive attributes (see report_renderer.h): for each column that
// looks like one or is marked as one, each segment's share of every level against all customers,
// the levels outside the four-fifths screen highlighted, and the strongest disparities in words.

#include "app/report/report_renderer.h"

#include <cmath>

namespace seg::report {

void Renderer::compositionPage()
{
    beginPage(tr("Sensitive attributes"), tr("Who is in each segment"));
    paragraph(tr("These columns look like sensitive attributes, or were marked as such. Segments that differ strongly "
                 "in them treat customers differently by them, even when the column is not a feature: another "
                 "feature can stand in for it. Each cell is a level's share of the segment's customers with a value; "
                 "a share below 0.8 or above 1.25 times the share among all customers is in bold (the four-fifths "
                 "rule, used as a screen, not a verdict). Segments of fewer than %1 customers are not shown.")
                  .arg(m_format.count(double(m_in.minSegmentSize))),
              font(9), muted());
    const int k = m_in.segmentCount();
    const QFont head = font(7, true);
    const QFont cell = font(7.5);
    const QFont bold = font(7.5, true);
    const qreal labelWidth = 110;
    const qreal columnWidth = (m_body.width() - labelWidth) / qreal(k + 1);
    const qreal rowHeight = 15;
    for (const AttributeComposition &a : m_composition) {
        const qreal needed = 30 + 22 + rowHeight * qreal(a.levels.size()) + 40;
        if (m_y + needed > bodyBottom()) {
            paragraph(tr("Further attributes are left out for want of space: %1.").arg(QString::fromStdString(a.column)),
                      font(8.5), muted());
            break;
        }
        sectionHeading(a.reason == "marked sensitive"
                           ? tr("%1 (marked sensitive)").arg(QString::fromStdString(a.column))
                           : tr("%1 (looks like %2)").arg(QString::fromStdString(a.column), QString::fromStdString(a.reason)));
        // Column headings: all customers, then each segment's number under its colour.
        const auto columnLeft = [&](int c) { return m_body.left() + labelWidth + columnWidth * qreal(c); };
        m_painter.setFont(head);
        m_painter.setPen(muted());
        m_painter.drawText(QRectF(columnLeft(0), m_y, columnWidth - 4, 18), Qt::AlignRight | Qt::AlignBottom, tr("All"));
        for (int s = 0; s < k; ++s) {
            const QRectF r(columnLeft(s + 1), m_y, columnWidth - 4, 18);
            m_painter.fillRect(QRectF(r.right() - 18, r.top() + 1, 7, 7), m_appearance.color(s));
            m_painter.drawText(r, Qt::AlignRight | Qt::AlignBottom, m_format.locale().toString(s + 1));
        }
        m_y += 20;
        m_painter.setPen(QPen(ink(), 0.8));
        m_painter.drawLine(QPointF(m_body.left(), m_y), QPointF(m_body.right(), m_y));
        for (std::size_t l = 0; l < a.levels.size(); ++l) {
            const CompositionLevel &level = a.levels[l];
            const qreal y = m_y + rowHeight * qreal(l);
            if (l % 2 == 1)
                m_painter.fillRect(QRectF(m_body.left(), y, m_body.width(), rowHeight), panel());
            m_painter.setFont(cell);
            m_painter.setPen(ink());
            m_painter.drawText(QRectF(m_body.left(), y, labelWidth - 6, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                               QFontMetricsF(cell).elidedText(QString::fromStdString(level.level), Qt::ElideRight,
                                                              labelWidth - 6));
            m_painter.drawText(QRectF(columnLeft(0), y, columnWidth - 4, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                               m_format.percent(level.overallShare));
            for (int s = 0; s < k; ++s) {
                const double share = level.segmentShares[std::size_t(s)];
                const double ratio = share / level.overallShare;
                const bool flagged = !std::isnan(share) && level.overallShare >= 0.05 && (ratio < 0.8 || ratio > 1.25);
                m_painter.setFont(flagged ? bold : cell);
                m_painter.setPen(flagged ? accent() : (std::isnan(share) ? muted() : ink()));
                m_painter.drawText(QRectF(columnLeft(s + 1), y, columnWidth - 4, rowHeight),
                                   Qt::AlignRight | Qt::AlignVCenter,
                                   std::isnan(share) ? QStringLiteral("—") : m_format.percent(share));
            }
        }
        m_y += rowHeight * qreal(a.levels.size()) + 4;
        QStringList disparities;
        for (const Disparity &d : a.disparities)
            disparities << tr("%1 (%2) holds %3 at %4 times its share among all customers (%5 against %6)")
                               .arg(m_format.locale().toString(d.segment + 1), segmentTitle(d.segment),
                                    QString::fromStdString(d.level), m_format.number(d.ratio(), 2),
                                    m_format.percent(d.share), m_format.percent(d.overall));
        paragraph(disparities.isEmpty() ? tr("No segment holds a level outside the four-fifths screen.")
                                        : tr("Strongest disparities: %1.").arg(disparities.join(QStringLiteral("; "))),
                  font(8), disparities.isEmpty() ? muted() : ink());
        m_y += 4;
    }
}

} // namespace seg::report
