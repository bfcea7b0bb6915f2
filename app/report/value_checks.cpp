#include "app/report/value_checks.h"

#include "app/report/report_charts.h"
#include "app/report/report_renderer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace seg {

namespace {

class ValueChecksPage
{
    Q_DECLARE_TR_FUNCTIONS(seg::ValueChecks)

public:
    static void paint(QPainter &painter, const QRectF &page, const ValueChecks &c, const QLocale &locale)
    {
        const QString family = report::reportFontFamily();
        const auto font = [&](qreal points, bool bold = false) {
            QFont f = family.isEmpty() ? QFont() : QFont(family);
            f.setPointSizeF(points);
            f.setBold(bold);
            return f;
        };
        const QRectF body = page.adjusted(48, 40, -48, -40);
        qreal y = body.top();
        const auto text = [&](const QString &s, const QFont &f, const QColor &colour, qreal width, qreal x) {
            const qreal h = report::paragraphHeight(s, f, width);
            report::paintParagraph(painter, QRectF(x, y, width, h), s, f, colour);
            return h;
        };

        y += text(tr("Does the purchase model fit?"), font(18, true), report::ink(), body.width(), body.left()) + 4;
        QString context = tr("%1 · %Ln customers", nullptr, static_cast<int>(c.customers)).arg(c.source);
        if (!c.calibrationEnd.isEmpty())
            context += tr(" · calibration period to %1").arg(c.calibrationEnd);
        if (!c.holdoutEnd.isEmpty())
            context += tr(" · holdout period to %1").arg(c.holdoutEnd);
        y += text(context, font(9), report::muted(), body.width(), body.left()) + 6;
        y += text(tr("BG/NBD (Fader, Hardie & Lee 2005) models how often each customer buys and whether they are "
                     "still a customer. These are the checks its authors use: how many customers it expects at "
                     "each number of repeat purchases, and how many purchases it forecasts after the period it "
                     "was fitted on."),
                  font(9), report::ink(), body.width(), body.left())
             + 16;

        const qreal gap = 36;
        const qreal column = (body.width() - gap) / 2;
        const QFont heading = font(11, true), small = font(8), caption = font(8.5);
        const QString leftHeading = tr("Customers by repeat purchases in the calibration period");
        const QString rightHeading = tr("Purchases in the holdout period, by repeat purchases in calibration");
        // Both charts start below the taller heading, so that their axes line up.
        const qreal headingHeight = std::max(report::paragraphHeight(leftHeading, heading, column),
                                             report::paragraphHeight(rightHeading, heading, column));
        const qreal top = y;
        const qreal chartTop = top + headingHeight + 6;
        const qreal chartHeight = std::min<qreal>(420, body.bottom() - chartTop - 70);

        // Left: the frequency check.
        y = top;
        text(leftHeading, heading, report::ink(), column, body.left());
        y = chartTop;
        report::paintFrequencyFit(painter, QRectF(body.left(), y, column, chartHeight), c.histogram, tr("Counted"),
                                  tr("BG/NBD expects"), small, locale);
        y += chartHeight + 8;
        text(tr("Bars of like height say the model describes how often these customers buy; a gap at the right "
                "says it misjudges the most frequent buyers."),
             caption, report::muted(), column, body.left());

        // Right: the holdout check, or how to get it.
        const qreal right = body.left() + column + gap;
        y = top;
        text(rightHeading, heading, report::ink(), column, right);
        y = chartTop;
        if (!c.holdout) {
            text(tr("No holdout period: give --holdout-end to compare the model's forecast with the purchases made "
                    "after the calibration period."),
                 caption, report::muted(), column, right);
            return;
        }
        report::paintHoldoutFit(painter, QRectF(right, y, column, chartHeight), *c.holdout, tr("Made (mean)"),
                                tr("Predicted (mean)"), small, locale);
        y += chartHeight + 8;
        const double made = c.holdout->actualTotal, predicted = c.holdout->predictedTotal;
        text(tr("Over the %1 %2 of the holdout period the model predicted %3 purchases; %4 were made (%5 of the "
                "forecast). Bars of like height in every group say the forecast holds for light and heavy buyers "
                "alike.")
                 .arg(locale.toString(c.holdoutLength, 'g', 6), c.unitPlural, locale.toString(predicted, 'f', 1),
                      locale.toString(made, 'f', 0),
                      predicted > 0 ? locale.toString(100.0 * made / predicted, 'f', 1) + locale.percent()
                                    : QStringLiteral("–")),
             caption, report::muted(), column, right);
    }
};

} // namespace

QByteArray renderValueChecks(const ValueChecks &checks, const QLocale &locale)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
        writer.setResolution(report::kResolution);
        writer.setCreator(QStringLiteral("SegmentScope"));
        writer.setTitle(ValueChecksPage::tr("Does the purchase model fit?"));
        QPainter painter(&writer);
        ValueChecksPage::paint(painter, QRectF(0, 0, writer.width(), writer.height()), checks, locale);
    }
    buffer.close();
    return bytes;
}

} // namespace seg
