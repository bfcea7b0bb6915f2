#include "app/ui/model_check_view.h"

#include "app/report/report_charts.h"
#include "engine/value/segment_value.h"

#include <QLocale>
#include <QPainter>

namespace seg {

ModelCheckView::ModelCheckView(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Purchase model check"));
    setToolTip(tr("Customers by number of repeat purchases: as counted in the data and as the fitted BG/NBD model "
                  "expects. Bars of like height say the model describes how often these customers buy."));
}

void ModelCheckView::setValueModel(std::shared_ptr<const CustomerValueModel> model)
{
    if (model == m_model)
        return;
    m_model = std::move(model);
    setAccessibleDescription(m_model ? tr("Counted and expected customers by number of repeat purchases")
                                     : tr("No lifetime-value model"));
    update();
}

QSize ModelCheckView::minimumSizeHint() const
{
    return {240, fontMetrics().height() * 9};
}

QSize ModelCheckView::sizeHint() const
{
    return {360, fontMetrics().height() * 12};
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
    painter.setFont(heading);
    painter.setPen(pal.color(QPalette::WindowText));
    const qreal headingHeight = QFontMetricsF(heading).height();
    painter.drawText(QRectF(area.left(), area.top(), area.width(), headingHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Does the purchase model fit?"));
    report::ChartColours colours;
    colours.ink = pal.color(QPalette::WindowText);
    colours.muted = pal.color(QPalette::PlaceholderText);
    colours.rule = pal.color(QPalette::Mid);
    colours.first = pal.color(QPalette::Highlight);
    const QColor base = pal.color(QPalette::Base);
    colours.second = QColor::fromRgbF((colours.first.redF() + base.redF()) / 2, (colours.first.greenF() + base.greenF()) / 2,
                                      (colours.first.blueF() + base.blueF()) / 2);
    report::paintFrequencyFit(painter, area.adjusted(0, headingHeight + 4, 0, 0), m_model->frequencyFit,
                              tr("Counted"), tr("BG/NBD expects"), font(), QLocale(), colours);
}

} // namespace seg
