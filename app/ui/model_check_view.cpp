#include "app/ui/model_check_view.h"

#include "app/report/report_charts.h"
#include "app/report/report_format.h"
#include "engine/value/segment_value.h"

#include <QLocale>
#include <QPainter>

namespace seg {

ModelCheckView::ModelCheckView(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Purchase model check"));
    setToolTip(tr("Customers by number of repeat purchases: as counted in the data and as the fitted BG/NBD model "
                  "expects. Bars of like height say the model describes how often these customers buy. A log read "
                  "with a holdout period also shows the purchases made in it beside those the model predicted."));
}

void ModelCheckView::setValueModel(std::shared_ptr<const CustomerValueModel> model)
{
    if (model == m_model)
        return;
    m_model = std::move(model);
    setAccessibleDescription(!m_model ? tr("No lifetime-value model")
                             : m_model->holdoutFit
                                 ? tr("Counted and expected customers by number of repeat purchases, and purchases "
                                      "made and predicted in the holdout period")
                                 : tr("Counted and expected customers by number of repeat purchases"));
    updateGeometry();
    update();
}

QSize ModelCheckView::minimumSizeHint() const
{
    return {240, fontMetrics().height() * 9};
}

QSize ModelCheckView::sizeHint() const
{
    return {360, fontMetrics().height() * (m_model && m_model->holdoutFit ? 24 : 12)};
}

void ModelCheckView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Window));
    const QRectF area = QRectF(rect()).adjusted(10, 8, -10, -6);
    if (!m_model) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                         tr("The purchase model's check appears when the data has the lifetime-value inputs "
                            "(frequency, recency, T)."));
        return;
    }
    QFont heading = font();
    heading.setBold(true);
    const qreal headingHeight = QFontMetricsF(heading).height();
    report::ChartColours colours;
    colours.ink = pal.color(QPalette::WindowText);
    colours.muted = pal.color(QPalette::PlaceholderText);
    colours.rule = pal.color(QPalette::Mid);
    colours.first = pal.color(QPalette::Highlight);
    const QColor base = pal.color(QPalette::Base);
    colours.second = QColor::fromRgbF((colours.first.redF() + base.redF()) / 2, (colours.first.greenF() + base.greenF()) / 2,
                                      (colours.first.blueF() + base.blueF()) / 2);
    const auto drawHeading = [&](qreal top, const QString &text) {
        painter.setFont(heading);
        painter.setPen(colours.ink);
        painter.drawText(QRectF(area.left(), top, area.width(), headingHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         text);
        painter.setFont(font());
        return top + headingHeight + 4;
    };
    const QLocale locale;
    // With a holdout the forecast's check sits under the frequency check, each in half the room.
    const HoldoutComparison *holdout = m_model->holdoutFit ? &*m_model->holdoutFit : nullptr;
    const qreal split = holdout ? area.top() + area.height() / 2 : area.bottom();
    const qreal chartTop = drawHeading(area.top(), tr("Does the purchase model fit?"));
    report::paintFrequencyFit(painter, QRectF(area.left(), chartTop, area.width(), split - chartTop - 6),
                              m_model->frequencyFit, tr("Counted"), tr("BG/NBD expects"), font(), locale, colours);
    if (!holdout)
        return;
    qreal top = drawHeading(split + 4, tr("Does it predict the holdout?"));
    const double made = holdout->actualTotal, predicted = holdout->predictedTotal;
    const QString summary =
        tr("Over the %1 %2 after calibration: %3 purchases predicted, %4 made (%5 of the forecast).")
            .arg(locale.toString(m_model->holdoutLength, 'g', 4), ReportFormat::unitPlural(m_model->unit),
                 locale.toString(predicted, 'f', 0), locale.toString(made, 'f', 0),
                 predicted > 0 ? locale.toString(100.0 * made / predicted, 'f', 0) + locale.percent()
                               : QStringLiteral("–"));
    top += report::paintParagraph(painter, QRectF(area.left(), top, area.width(), area.bottom() - top), summary,
                                  font(), colours.muted)
        + 4;
    report::paintHoldoutFit(painter, QRectF(area.left(), top, area.width(), area.bottom() - top), *holdout,
                            tr("Made (mean)"), tr("Predicted (mean)"), font(), locale, colours);
}

} // namespace seg
