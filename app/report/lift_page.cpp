// The persona report's campaign lift page (see report_renderer.h): for conversion and for revenue
// per customer, a table of both arms per group with the difference and its interval drawn
// beside it (a forest plot), then what the tests could not see and how alike the arms were.

#include "app/report/report_renderer.h"
#include "widgets/segment_figures.h"

#include <QDateTime>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace seg::report {

namespace {

enum class Outcome { Conversion, Revenue };

bool compared(const LiftGroup &g, Outcome outcome)
{
    return outcome == Outcome::Conversion ? g.hasConversion : g.hasRevenue;
}

bool significantIn(const LiftGroup &g, Outcome outcome)
{
    return outcome == Outcome::Conversion ? g.conversion.significant : g.revenue.significant;
}

/// The difference in the unit printed: points of conversion, or money per customer.
Interval differenceIn(const LiftGroup &g, Outcome outcome)
{
    if (outcome == Outcome::Revenue)
        return g.revenue.difference;
    const Interval &d = g.conversion.difference;
    return {100.0 * d.estimate, 100.0 * d.low, 100.0 * d.high};
}

} // namespace

void Renderer::liftPage()
{
    const LiftRecord &r = *m_in.lift;
    const CampaignLift &lift = r.lift;
    const LiftOptions &o = lift.options;
    beginPage(tr("Campaign lift"), tr("What the campaign did"));
    const QDateTime at = QDateTime::fromString(QString::fromStdString(r.analysedAt), Qt::ISODate);
    const QString correction = o.correction == LiftCorrection::Holm ? tr("Holm's method")
        : o.correction == LiftCorrection::BenjaminiHochberg         ? tr("the Benjamini–Hochberg method")
                                                                    : tr("nothing (no correction)");
    paragraph(tr("The campaign %1, analysed on %2 against this segmentation: %3 customers, %4 treated and %5 in the "
                 "control group. Each difference is treated minus control with its %6% interval (Newcombe's hybrid "
                 "score interval for conversion rates, a bootstrap of %7 resamples for revenue). P-values are "
                 "adjusted across the %8 segment(s) by %9; a filled dot is significant after the adjustment.",
                 nullptr, pluralCount(lift.segments.size()))
                  .arg(QFileInfo(QString::fromStdString(r.campaign)).fileName(),
                       at.isValid() ? m_format.locale().toString(at.toLocalTime().date(), QLocale::LongFormat)
                                    : QString::fromStdString(r.analysedAt),
                       m_format.count(double(lift.overall.treated + lift.overall.control)),
                       m_format.count(double(lift.overall.treated)), m_format.count(double(lift.overall.control)),
                       m_format.number(100.0 * o.level, 0), m_format.count(o.resamples),
                       m_format.locale().toString(qsizetype(lift.segments.size())), correction),
              font(9), muted());

    std::vector<const LiftGroup *> groups {&lift.overall};
    for (const LiftGroup &g : lift.segments)
        groups.push_back(&g);
    std::vector<Outcome> outcomes;
    if (lift.overall.hasConversion)
        outcomes.push_back(Outcome::Conversion);
    if (lift.overall.hasRevenue)
        outcomes.push_back(Outcome::Revenue);
    // What follows the tables: a few paragraphs; the rows share the rest of the page.
    const qreal notesRoom = 170;
    const qreal blockChrome = 30 + 44 + 24; // heading, column headings, axis
    const qreal rowHeight = std::clamp((bodyBottom() - m_y - notesRoom - blockChrome * qreal(outcomes.size()))
                                           / (qreal(groups.size()) * qreal(std::max<std::size_t>(outcomes.size(), 1))),
                                       11.0, 18.0);
    const QFont cell = font(rowHeight >= 15 ? 8 : 7);
    const QFont head = font(7, true);

    for (const Outcome outcome : outcomes) {
        const bool conversion = outcome == Outcome::Conversion;
        sectionHeading(conversion ? tr("Conversion") : tr("Revenue per customer"));
        // Columns: name, treated, control, both arms' rate or mean, the difference with its
        // interval, adjusted p; the plot takes the rest.
        const qreal widths[] = {124, 48, 48, 50, 50, 152, 56};
        std::vector<qreal> xs {m_body.left()};
        for (qreal w : widths)
            xs.push_back(xs.back() + w);
        const QRectF plot(xs.back() + 10, m_y, m_body.right() - xs.back() - 10, 0);
        const QStringList headings {tr("Group"),
                                    tr("Treated"),
                                    tr("Control"),
                                    conversion ? tr("Treated rate") : tr("Treated mean"),
                                    conversion ? tr("Control rate") : tr("Control mean"),
                                    conversion ? tr("Difference, points (interval)") : tr("Difference (interval)"),
                                    tr("p adjusted")};
        for (qsizetype c = 0; c < headings.size(); ++c) {
            m_painter.setFont(head);
            m_painter.setPen(muted());
            m_painter.drawText(QRectF(xs[std::size_t(c)], m_y, xs[std::size_t(c) + 1] - xs[std::size_t(c)] - 6, 40),
                               (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignBottom | Qt::TextWordWrap,
                               headings[c]);
        }
        m_y += 44;
        m_painter.setPen(QPen(ink(), 1.0));
        m_painter.drawLine(QPointF(m_body.left(), m_y), QPointF(m_body.right(), m_y));

        // The plot's scale: every interval and zero, with a little room.
        double low = 0.0, high = 0.0;
        for (const LiftGroup *g : groups)
            if (compared(*g, outcome)) {
                const Interval d = differenceIn(*g, outcome);
                for (double v : {d.estimate, d.low, d.high})
                    if (std::isfinite(v)) {
                        low = std::min(low, v);
                        high = std::max(high, v);
                    }
            }
        const double pad = std::max(0.06 * (high - low), 1e-9);
        low -= pad;
        high += pad;
        const auto xOf = [&](double v) { return plot.left() + (v - low) / (high - low) * plot.width(); };
        const qreal top = m_y;
        for (std::size_t i = 0; i < groups.size(); ++i) {
            const LiftGroup &g = *groups[i];
            const qreal y = top + rowHeight * qreal(i);
            if (i % 2 == 1)
                m_painter.fillRect(QRectF(m_body.left(), y, m_body.width(), rowHeight), panel());
            const QColor colour = g.segment < 0 ? muted() : m_appearance.color(g.segment);
            const bool bold = compared(g, outcome) && significantIn(g, outcome);
            QStringList cells {g.segment < 0 ? tr("All customers") : segmentTitle(g.segment),
                               m_format.count(double(g.treated)), m_format.count(double(g.control))};
            if (!compared(g, outcome)) {
                cells << QString() << QString() << tr("not compared") << QString();
            } else if (conversion) {
                const ConversionLift &c = g.conversion;
                const auto points = [this](double v) {
                    return std::isnan(v) ? QStringLiteral("—")
                                         : (v > 0 ? QStringLiteral("+") : QString()) + m_format.number(v, 1);
                };
                const Interval d = differenceIn(g, outcome);
                cells << m_format.percent(c.treatedRate.estimate) << m_format.percent(c.controlRate.estimate)
                      << QStringLiteral("%1 (%2 to %3)").arg(points(d.estimate), points(d.low), points(d.high))
                      << m_format.number(c.adjustedPValue, 3);
            } else {
                const RevenueLift &v = g.revenue;
                const auto money = [this](double x) {
                    return std::isnan(x) ? QStringLiteral("—") : (x > 0 ? QStringLiteral("+") : QString()) + m_format.number(x, 2);
                };
                cells << m_format.number(v.treatedMean, 2) << m_format.number(v.controlMean, 2)
                      << QStringLiteral("%1 (%2 to %3)").arg(money(v.difference.estimate), money(v.difference.low),
                                                              money(v.difference.high))
                      << m_format.number(v.adjustedPValue, 3);
            }
            const QFont f = bold ? font(cell.pointSizeF(), true) : cell;
            m_painter.setFont(f);
            m_painter.setPen(ink());
            if (g.segment >= 0)
                m_painter.fillRect(QRectF(xs[0], y + rowHeight / 2 - 3.5, 7, 7), colour);
            const QFontMetricsF metrics(f);
            m_painter.drawText(QRectF(xs[0] + 12, y, xs[1] - xs[0] - 16, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                               metrics.elidedText(cells[0], Qt::ElideRight, xs[1] - xs[0] - 16));
            for (qsizetype c = 1; c < cells.size(); ++c)
                m_painter.drawText(QRectF(xs[std::size_t(c)], y, xs[std::size_t(c) + 1] - xs[std::size_t(c)] - 6, rowHeight),
                                   Qt::AlignRight | Qt::AlignVCenter, cells[c]);
            if (!compared(g, outcome))
                continue;
            const Interval d = differenceIn(g, outcome);
            const qreal cy = y + rowHeight / 2;
            if (std::isfinite(d.low) && std::isfinite(d.high)) {
                m_painter.setPen(QPen(colour, 2.0, Qt::SolidLine, Qt::FlatCap));
                m_painter.drawLine(QPointF(xOf(d.low), cy), QPointF(xOf(d.high), cy));
            }
            if (std::isfinite(d.estimate)) {
                m_painter.setPen(QPen(colour, 1.4));
                m_painter.setBrush(significantIn(g, outcome) ? QBrush(colour) : QBrush(Qt::white));
                m_painter.drawEllipse(QPointF(xOf(d.estimate), cy), 3.6, 3.6);
                m_painter.setBrush(Qt::NoBrush);
            }
        }
        m_y = top + rowHeight * qreal(groups.size());
        // Zero, dashed, over every row; the scale's ends and zero below.
        m_painter.setPen(QPen(muted(), 0.8, Qt::DashLine));
        m_painter.drawLine(QPointF(xOf(0.0), top), QPointF(xOf(0.0), m_y));
        m_painter.setPen(QPen(ink(), 1.0));
        m_painter.drawLine(QPointF(m_body.left(), m_y), QPointF(m_body.right(), m_y));
        m_painter.setFont(font(6.5));
        m_painter.setPen(muted());
        const int decimals = conversion ? 1 : 2;
        for (double v : {low + pad, 0.0, high - pad}) {
            const QString label = (v > 0 ? QStringLiteral("+") : QString()) + m_format.number(v, decimals);
            m_painter.drawText(QRectF(xOf(v) - 30, m_y + 3, 60, 12), Qt::AlignHCenter | Qt::AlignTop, label);
        }
        m_y += 24;
    }

    // What the tests could not see, and how alike the arms were before the campaign.
    sectionHeading(tr("Reading the results"));
    for (const Outcome outcome : outcomes) {
        QStringList small;
        for (const LiftGroup &g : lift.segments)
            if (compared(g, outcome) && !significantIn(g, outcome)) {
                const double mde = outcome == Outcome::Conversion ? 100.0 * g.conversion.minimumDetectable
                                                                  : g.revenue.minimumDetectable;
                small << tr("%1 (%2)").arg(segmentTitle(g.segment),
                                           m_format.number(mde, outcome == Outcome::Conversion ? 1 : 2));
            }
        if (small.isEmpty())
            continue;
        paragraph((outcome == Outcome::Conversion
                       ? tr("No significant change in conversion in: %1. In brackets, the smallest difference in points "
                            "each test would find with %2% power: a smaller effect may have been missed, so \"no "
                            "change\" is not proven.")
                       : tr("No significant change in revenue per customer in: %1. In brackets, the smallest "
                            "difference each test would find with %2% power: a smaller effect may have been missed."))
                      .arg(small.join(QStringLiteral(", ")), m_format.number(100.0 * o.power, 0)),
                  font(8.5), ink());
    }
    QStringList imbalanced;
    for (const BalanceCheck &b : lift.balance)
        if (b.imbalanced)
            imbalanced << tr("%1 (%2)").arg(QString::fromStdString(b.covariate),
                                            std::isfinite(b.smd) ? m_format.number(b.smd, 2) : tr("complete separation"));
    paragraph(imbalanced.isEmpty()
                  ? tr("Before the campaign the two groups were alike on every feature of the segmentation and in their "
                       "mix of segments (standardised mean differences within ±%1).")
                        .arg(m_format.number(o.balanceThreshold, 1))
                  : tr("Before the campaign the groups differed in: %1 (standardised mean differences beyond ±%2). A "
                       "difference the campaign did not cause can pass for lift; the per-segment rows compare like "
                       "with like.")
                        .arg(imbalanced.join(QStringLiteral(", ")), m_format.number(o.balanceThreshold, 1)),
              font(8.5), imbalanced.isEmpty() ? ink() : accent());
    if (r.unknown > 0 || r.noSegment > 0)
        paragraph(tr("Of the campaign's %1 customer(s), %2 are not in this data set and %3 are in no segment (they count "
                     "among all customers only).",
                     nullptr, pluralCount(r.rows))
                      .arg(m_format.count(double(r.rows)), m_format.count(double(r.unknown)),
                           m_format.count(double(r.noSegment))),
                  font(8.5), muted());
}

} // namespace seg::report
