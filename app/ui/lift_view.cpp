#include "app/ui/lift_view.h"

#include "engine/project/project.h"
#include "widgets/paint_support.h"
#include "widgets/segment_figures.h"
#include "widgets/segment_palette.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QScrollBar>
#include <QScrollArea>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace seg {

namespace {

/// The groups in the order shown: every customer first, then each segment.
std::vector<const LiftGroup *> groupsOf(const LiftRecord &record)
{
    std::vector<const LiftGroup *> groups {&record.lift.overall};
    for (const LiftGroup &g : record.lift.segments)
        groups.push_back(&g);
    return groups;
}

bool has(const LiftGroup &g, LiftView::Outcome outcome)
{
    return outcome == LiftView::Outcome::Conversion ? g.hasConversion : g.hasRevenue;
}

/// The difference of `g` in the unit shown: points for conversion, money for revenue.
Interval differenceOf(const LiftGroup &g, LiftView::Outcome outcome)
{
    if (outcome == LiftView::Outcome::Revenue)
        return g.revenue.difference;
    const Interval &d = g.conversion.difference;
    return {100.0 * d.estimate, 100.0 * d.low, 100.0 * d.high};
}

bool significant(const LiftGroup &g, LiftView::Outcome outcome)
{
    return outcome == LiftView::Outcome::Conversion ? g.conversion.significant : g.revenue.significant;
}

QString groupName(const LiftGroup &g)
{
    if (g.segment < 0)
        return LiftView::tr("All customers");
    return g.name.empty() ? LiftView::tr("Segment %1").arg(g.segment + 1)
                          : LiftView::tr("%1 %2").arg(g.segment + 1).arg(QString::fromStdString(g.name));
}

QString signedNumber(double value, int decimals)
{
    if (std::isnan(value))
        return QStringLiteral("–");
    const QString text = QLocale().toString(value, 'f', decimals);
    return value > 0 ? QStringLiteral("+") + text : text;
}

QString percentText(double fraction)
{
    return std::isnan(fraction) ? QStringLiteral("–") : QLocale().toString(100.0 * fraction, 'f', 1) + QLatin1Char('%');
}

QString pText(double p)
{
    if (std::isnan(p))
        return QStringLiteral("–");
    return p < 0.0001 ? QStringLiteral("< 0.0001") : QLocale().toString(p, 'f', 4);
}

} // namespace

LiftView::LiftView(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel), m_outcomeRow(new QWidget), m_outcomeBox(new QComboBox), m_chart(new QChart),
      m_chartView(new QChartView(m_chart)), m_table(new QTableWidget)
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcomeBox->addItem(tr("Conversion"));
    m_outcomeBox->addItem(tr("Revenue per customer"));
    m_outcomeBox->setAccessibleName(tr("Outcome"));
    connect(m_outcomeBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { setOutcome(index == 1 ? Outcome::Revenue : Outcome::Conversion); });
    m_chart->setBackgroundVisible(false);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->legend()->setVisible(false);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setAccessibleName(tr("Campaign lift by segment, chart"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setAccessibleName(tr("Campaign lift by segment"));
    auto *outcomeRow = new QHBoxLayout(m_outcomeRow);
    outcomeRow->setContentsMargins(0, 0, 0, 0);
    auto *outcomeLabel = new QLabel(tr("&Outcome:"));
    outcomeLabel->setBuddy(m_outcomeBox);
    outcomeRow->addWidget(outcomeLabel);
    outcomeRow->addWidget(m_outcomeBox);
    outcomeRow->addStretch(1);
    // The side panel is short: the sentence, the chart and the table scroll together, each at
    // the height its content needs.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_summary);
    layout->addWidget(m_outcomeRow);
    layout->addWidget(m_chartView);
    layout->addWidget(m_table);
    layout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Campaign lift"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    clear();
}

void LiftView::setProject(const Project &project)
{
    m_run = project.currentRun;
    const std::vector<LiftRecord> records = liftRecords(project.documents, m_run, &m_skipped);
    m_recordCount = records.size();
    m_record.reset();
    if (!records.empty())
        m_record = records.back();
    m_keys.clear();
    if (const ProjectRun *run = project.current())
        for (int s = 0; s < run->segmentation.clustering.clusterCount; ++s)
            m_keys.push_back(run->segmentKey(s));
    // Revenue when the campaign measured no conversion.
    if (m_record && !m_record->lift.overall.hasConversion && m_record->lift.overall.hasRevenue)
        m_outcome = Outcome::Revenue;
    else if (m_record && !m_record->lift.overall.hasRevenue)
        m_outcome = Outcome::Conversion;
    rebuild();
}

void LiftView::clear()
{
    m_run = 0;
    m_record.reset();
    m_recordCount = 0;
    m_skipped = 0;
    m_keys.clear();
    rebuild();
}

void LiftView::setOutcome(Outcome outcome)
{
    if (outcome == m_outcome)
        return;
    m_outcome = outcome;
    rebuild();
}

QString LiftView::summaryText() const
{
    if (m_run == 0)
        return tr("No run to show a campaign's lift for.");
    if (!m_record) {
        QString text = tr("No campaign has been analysed against run %1 yet. segscope lift compares a campaign's "
                          "treated and control customers in each segment and records the result here.")
                           .arg(m_run);
        if (m_skipped > 0)
            text += QLatin1Char(' ') + tr("Recorded analyses that could not be read (%1) are left out.").arg(m_skipped);
        return text;
    }
    const LiftRecord &r = *m_record;
    const LiftGroup &all = r.lift.overall;
    const QLocale locale;
    const QDateTime at = QDateTime::fromString(QString::fromStdString(r.analysedAt), Qt::ISODate);
    const QString when = at.isValid() ? locale.toString(at.toLocalTime(), QLocale::ShortFormat)
                                      : QString::fromStdString(r.analysedAt);
    const int level = qRound(100.0 * r.lift.options.level);
    const qulonglong customers = qulonglong(all.treated + all.control);
    QString text = tr("Campaign %1, analysed on %2: %3 customer(s) (%4 treated, %5 control).", nullptr,
                      pluralCount(customers))
                       .arg(QFileInfo(QString::fromStdString(r.campaign)).fileName(), when,
                            locale.toString(customers), locale.toString(qulonglong(all.treated)),
                            locale.toString(qulonglong(all.control)));
    if (all.hasConversion) {
        const ConversionLift &c = all.conversion;
        text += QLatin1Char(' ')
                + tr("Conversion %1 against %2: %3 points (%4% interval %5 to %6), %7.")
                      .arg(percentText(c.treatedRate.estimate), percentText(c.controlRate.estimate),
                           signedNumber(100.0 * c.difference.estimate, 1), QString::number(level),
                           signedNumber(100.0 * c.difference.low, 1), signedNumber(100.0 * c.difference.high, 1),
                           c.significant ? tr("significant") : tr("not significant"));
    }
    if (all.hasRevenue) {
        const RevenueLift &v = all.revenue;
        text += QLatin1Char(' ')
                + tr("Revenue per customer %1 against %2: %3 (%4 to %5), %6.")
                      .arg(locale.toString(v.treatedMean, 'f', 2), locale.toString(v.controlMean, 'f', 2),
                           signedNumber(v.difference.estimate, 2), signedNumber(v.difference.low, 2),
                           signedNumber(v.difference.high, 2), v.significant ? tr("significant") : tr("not significant"));
    }
    QStringList moved;
    for (const LiftGroup &g : r.lift.segments)
        if (has(g, m_outcome) && significant(g, m_outcome))
            moved << groupName(g);
    const QString outcome = m_outcome == Outcome::Conversion ? tr("conversion") : tr("revenue");
    text += QLatin1Char(' ')
            + (moved.isEmpty() ? tr("No segment's %1 moved significantly after the correction for testing %2 segment(s).",
                                    nullptr, pluralCount(r.lift.segments.size()))
                                     .arg(outcome)
                                     .arg(r.lift.segments.size())
                               : tr("The campaign moved %1 in: %2.").arg(outcome, moved.join(QStringLiteral(", "))));
    for (const std::string &w : r.lift.warnings)
        text += QLatin1Char(' ') + tr("Caution: %1.").arg(QString::fromStdString(w));
    if (m_recordCount > 1)
        text += QLatin1Char(' ') + tr("%1 campaigns were analysed against this run; the latest is shown.").arg(m_recordCount);
    if (m_skipped > 0)
        text += QLatin1Char(' ') + tr("Recorded analyses that could not be read (%1) are left out.").arg(m_skipped);
    return text;
}

void LiftView::rebuild()
{
    m_summary->setText(summaryText());
    const bool any = m_record.has_value();
    const bool both = any && m_record->lift.overall.hasConversion && m_record->lift.overall.hasRevenue;
    m_outcomeBox->blockSignals(true);
    m_outcomeBox->setCurrentIndex(m_outcome == Outcome::Revenue ? 1 : 0);
    m_outcomeBox->blockSignals(false);
    m_outcomeRow->setVisible(both);
    m_chartView->setVisible(any);
    m_table->setVisible(any);
    fillChart();
    fillTable();
    applyPalette();
}

void LiftView::fillChart()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis), delete axis;
    if (!m_record)
        return;
    const int level = qRound(100.0 * m_record->lift.options.level);
    m_chart->setTitle(m_outcome == Outcome::Conversion
                          ? tr("Conversion, treated − control (points), %1% interval").arg(level)
                          : tr("Revenue per customer, treated − control, %1% interval").arg(level));
    const std::vector<const LiftGroup *> groups = groupsOf(*m_record);
    const auto n = static_cast<double>(groups.size());
    // About a line and a half per group, and room for the title and the axis.
    m_chartView->setFixedHeight(90 + 26 * int(groups.size()));
    auto *x = new QValueAxis;
    auto *y = new QCategoryAxis;
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    y->setRange(-0.5, n - 0.5);
    y->setGridLineVisible(false);
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    // Every customer on top, then the segments downwards; the axis takes its labels bottom up.
    const auto rowOf = [&](std::size_t i) { return n - 1.0 - static_cast<double>(i); };
    for (std::size_t i = groups.size(); i-- > 0;)
        y->append(groupName(*groups[i]), rowOf(i));
    double low = 0.0, high = 0.0;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const LiftGroup &g = *groups[i];
        const double row = rowOf(i);
        if (!has(g, m_outcome))
            continue;
        const Interval d = differenceOf(g, m_outcome);
        const QColor colour = g.segment < 0 ? QColor(0x80, 0x80, 0x80)
                                            : segmentColor(std::size_t(g.segment) < m_keys.size()
                                                               ? m_keys[std::size_t(g.segment)]
                                                               : g.segment);
        if (!std::isnan(d.low) && !std::isnan(d.high)) {
            auto *whisker = new QLineSeries;
            whisker->append(d.low, row);
            whisker->append(d.high, row);
            whisker->setPen(QPen(colour, 2.5));
            m_chart->addSeries(whisker);
            whisker->attachAxis(x);
            whisker->attachAxis(y);
            low = std::min(low, d.low);
            high = std::max(high, d.high);
        }
        if (!std::isnan(d.estimate)) {
            auto *point = new QScatterSeries;
            point->append(d.estimate, row);
            point->setMarkerSize(11.0);
            point->setPen(QPen(colour, 2.0));
            // Filled when significant; hollow (the window's colour, set in applyPalette) when not.
            point->setBrush(significant(g, m_outcome) ? QBrush(colour) : QBrush(Qt::NoBrush));
            point->setProperty("significant", significant(g, m_outcome));
            m_chart->addSeries(point);
            point->attachAxis(x);
            point->attachAxis(y);
            low = std::min(low, d.estimate);
            high = std::max(high, d.estimate);
        }
    }
    auto *zero = new QLineSeries;
    zero->setObjectName(QStringLiteral("zero"));
    zero->append(0.0, -0.5);
    zero->append(0.0, n - 0.5);
    m_chart->addSeries(zero);
    zero->attachAxis(x);
    zero->attachAxis(y);
    const double pad = std::max(0.05 * (high - low), 1e-6);
    x->setRange(low - pad, high + pad);
    x->setTickCount(5);
    x->applyNiceNumbers();
    x->setLabelFormat(m_outcome == Outcome::Conversion ? QStringLiteral("%+.1f") : QStringLiteral("%+.2f"));
    x->setTitleText(tr("● significant after the correction   ○ not significant"));
}

void LiftView::fillTable()
{
    m_table->clear();
    m_table->setRowCount(0);
    if (!m_record)
        return;
    const bool conversion = m_outcome == Outcome::Conversion;
    const QStringList headers {tr("Segment"),
                               tr("Treated"),
                               tr("Control"),
                               conversion ? tr("Treated rate") : tr("Treated mean"),
                               conversion ? tr("Control rate") : tr("Control mean"),
                               conversion ? tr("Difference (points)") : tr("Difference"),
                               tr("Lift"),
                               tr("p (adjusted)")};
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    const std::vector<const LiftGroup *> groups = groupsOf(*m_record);
    m_table->setRowCount(int(groups.size()));
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const LiftGroup &g = *groups[i];
        QStringList cells {groupName(g), QLocale().toString(qulonglong(g.treated)), QLocale().toString(qulonglong(g.control))};
        if (!has(g, m_outcome)) {
            cells << QString() << QString() << tr("not compared") << QString() << QString();
        } else {
            const Interval d = differenceOf(g, m_outcome);
            const int decimals = conversion ? 1 : 2;
            const Interval lift = conversion ? g.conversion.lift : g.revenue.lift;
            cells << (conversion ? percentText(g.conversion.treatedRate.estimate)
                                 : QLocale().toString(g.revenue.treatedMean, 'f', 2))
                  << (conversion ? percentText(g.conversion.controlRate.estimate)
                                 : QLocale().toString(g.revenue.controlMean, 'f', 2))
                  << tr("%1 [%2, %3]").arg(signedNumber(d.estimate, decimals), signedNumber(d.low, decimals),
                                          signedNumber(d.high, decimals))
                  << (std::isnan(lift.estimate) ? QStringLiteral("–") : signedNumber(100.0 * lift.estimate, 1) + QLatin1Char('%'))
                  << pText(conversion ? g.conversion.adjustedPValue : g.revenue.adjustedPValue);
        }
        QStringList tips;
        for (const std::string &w : g.warnings)
            tips << QString::fromStdString(w);
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (has(g, m_outcome) && significant(g, m_outcome)) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            if (!tips.isEmpty())
                item->setToolTip(tips.join(QLatin1Char('\n')));
            m_table->setItem(int(i), c, item);
        }
    }
    // Every row shown: the view scrolls as a whole.
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    if (m_table->horizontalScrollBar()->isVisible() || m_table->horizontalHeader()->length() > m_table->viewport()->width())
        height += m_table->horizontalScrollBar()->sizeHint().height();
    m_table->setFixedHeight(height);
}

void LiftView::applyPalette()
{
    const QPalette pal = palette();
    const QColor window = pal.color(QPalette::Window);
    const QColor text = pal.color(QPalette::WindowText);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    QFont heading = small;
    heading.setBold(true);
    m_chartView->setBackgroundBrush(window);
    m_chart->setTitleBrush(text);
    m_chart->setTitleFont(heading);
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsFont(small);
        axis->setLabelsColor(text);
        axis->setTitleFont(small);
        axis->setTitleBrush(text);
        axis->setLinePenColor(mixColor(window, text, 0.4));
        axis->setGridLineColor(mixColor(window, text, 0.14));
    }
    for (QAbstractSeries *series : m_chart->series()) {
        if (series->objectName() == QLatin1String("zero"))
            static_cast<QLineSeries *>(series)->setPen(QPen(mixColor(window, text, 0.6), 1.0, Qt::DashLine));
        else if (auto *point = qobject_cast<QScatterSeries *>(series); point && !point->property("significant").toBool())
            point->setBrush(window);
    }
}

void LiftView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    else if (event->type() == QEvent::LanguageChange) {
        m_outcomeBox->setItemText(0, tr("Conversion"));
        m_outcomeBox->setItemText(1, tr("Revenue per customer"));
        rebuild();
    }
    QWidget::changeEvent(event);
}

} // namespace seg
