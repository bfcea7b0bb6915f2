#include "app/ui/scoring_history_view.h"

#include "engine/project/project.h"
#include "widgets/paint_support.h"
#include "widgets/segment_figures.h"
#include "widgets/segment_palette.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace seg {

namespace {

QChart *makeChart()
{
    auto *chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChartView *makeView(QChart *chart)
{
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(160);
    return view;
}

QValueAxis *batchAxis(std::size_t batches)
{
    auto *axis = new QValueAxis;
    axis->setRange(0.5, static_cast<double>(batches) + 0.5);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(1.0);
    axis->setTickInterval(std::max(1.0, std::ceil(static_cast<double>(batches) / 8.0)));
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

} // namespace

ScoringHistoryView::ScoringHistoryView(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel), m_shares(makeChart()), m_drift(makeChart()),
      m_sharesView(makeView(m_shares)), m_driftView(makeView(m_drift))
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_shares->setTitle(tr("Each segment's share, batch by batch (dashed: in the run)"));
    m_drift->setTitle(tr("Largest drift index of a column, batch by batch"));
    // The charts' titles name them for screen readers too.
    m_sharesView->setAccessibleName(m_shares->title());
    m_driftView->setAccessibleName(m_drift->title());
    // The segments' colours are the map's and the table's: the shares need no legend.
    m_shares->legend()->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_summary);
    layout->addWidget(m_sharesView, 3);
    layout->addWidget(m_driftView, 2);
    clear();
}

void ScoringHistoryView::setProject(const Project &project)
{
    m_run = project.currentRun;
    m_batches = scoringHistory(project.documents, m_run, &m_skipped);
    m_names.clear();
    m_keys.clear();
    if (const ProjectRun *run = project.current())
        for (int s = 0; s < run->segmentation.clustering.clusterCount; ++s) {
            m_names << QString::fromStdString(project.segmentName(*run, s));
            m_keys.push_back(run->segmentKey(s));
        }
    rebuild();
}

void ScoringHistoryView::clear()
{
    m_run = 0;
    m_batches.clear();
    m_skipped = 0;
    m_names.clear();
    m_keys.clear();
    rebuild();
}

QString ScoringHistoryView::summaryText() const
{
    if (m_run == 0)
        return tr("No run to show the scoring history of.");
    QString text;
    if (m_batches.empty()) {
        text = tr("No customers have been scored with run %1 yet. Each batch that segscope score scores "
                  "into it is recorded in the project and shown here, with its drift.")
                   .arg(m_run);
    } else {
        const ScoringBatchSummary &last = m_batches.back();
        const QDateTime at = QDateTime::fromString(QString::fromStdString(last.scoredAt), Qt::ISODate);
        const QString when = at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)
                                          : QString::fromStdString(last.scoredAt);
        const QString rows = QLocale().toString(qulonglong(last.rows));
        text = m_batches.size() == 1
            ? tr("One batch scored with run %1, on %2: %3 customer(s); ", nullptr, pluralCount(last.rows))
                  .arg(m_run)
                  .arg(when, rows)
            : tr("%1 batches scored with run %2. The latest, on %3: %4 customer(s); ", nullptr, pluralCount(last.rows))
                  .arg(m_batches.size())
                  .arg(m_run)
                  .arg(when, rows);
        if (!last.judged)
            text += tr("too few to judge drift.");
        else if (last.retrainRecommended)
            text += tr("retraining is recommended (%1).")
                        .arg(QString::fromStdString(last.reasons.empty() ? std::string() : last.reasons.front()));
        else
            text += tr("no drift beyond the thresholds.");
    }
    if (m_skipped > 0)
        text += QLatin1Char(' ') + tr("Recorded batches that could not be read (%1) are left out.").arg(m_skipped);
    return text;
}

void ScoringHistoryView::rebuild()
{
    m_summary->setText(summaryText());
    for (QChart *chart : {m_shares, m_drift}) {
        chart->removeAllSeries();
        for (QAbstractAxis *axis : chart->axes())
            chart->removeAxis(axis), delete axis;
    }
    const bool any = !m_batches.empty();
    m_sharesView->setVisible(any);
    m_driftView->setVisible(any);
    if (!any)
        return;
    const std::size_t n = m_batches.size();
    // Shares in percent, one line per segment, with its share in the run as a dashed level.
    double top = 0.0;
    const std::size_t segments = m_batches.back().shares.size();
    auto *sharesX = batchAxis(n);
    auto *sharesY = new QValueAxis;
    m_shares->addAxis(sharesX, Qt::AlignBottom);
    m_shares->addAxis(sharesY, Qt::AlignLeft);
    for (std::size_t s = 0; s < segments; ++s) {
        auto *line = new QLineSeries;
        line->setName(s < std::size_t(m_names.size()) ? m_names[qsizetype(s)] : tr("Segment %1").arg(s + 1));
        line->setPointsVisible(true);
        for (std::size_t b = 0; b < n; ++b)
            if (s < m_batches[b].shares.size()) {
                line->append(double(b + 1), 100.0 * m_batches[b].shares[s]);
                top = std::max(top, 100.0 * m_batches[b].shares[s]);
            }
        const QColor colour = segmentColor(s < m_keys.size() ? m_keys[s] : int(s));
        line->setPen(QPen(colour, 2.0));
        line->setColor(colour);
        m_shares->addSeries(line);
        line->attachAxis(sharesX);
        line->attachAxis(sharesY);
        if (s < m_batches.back().trainingShares.size()) {
            auto *level = new QLineSeries;
            const double share = 100.0 * m_batches.back().trainingShares[s];
            top = std::max(top, share);
            level->append(0.5, share);
            level->append(double(n) + 0.5, share);
            level->setPen(QPen(colour, 1.0, Qt::DashLine));
            m_shares->addSeries(level);
            level->attachAxis(sharesX);
            level->attachAxis(sharesY);
            m_shares->legend()->markers(level).constFirst()->setVisible(false);
        }
    }
    sharesY->setRange(0.0, std::max(5.0, std::ceil(top * 1.1 / 5.0) * 5.0));
    sharesY->setLabelFormat(QStringLiteral("%.0f%%"));
    sharesY->setTickCount(3);

    // The largest population stability index per batch, against the threshold.
    auto *driftX = batchAxis(n);
    auto *driftY = new QValueAxis;
    m_drift->addAxis(driftX, Qt::AlignBottom);
    m_drift->addAxis(driftY, Qt::AlignLeft);
    auto *largest = new QLineSeries;
    largest->setName(tr("Largest index"));
    largest->setPointsVisible(true);
    double highest = m_batches.back().psiThreshold;
    for (std::size_t b = 0; b < n; ++b)
        if (!std::isnan(m_batches[b].largestPsi)) {
            largest->append(double(b + 1), m_batches[b].largestPsi);
            highest = std::max(highest, m_batches[b].largestPsi);
        }
    auto *threshold = new QLineSeries;
    threshold->setName(tr("Threshold for retraining"));
    threshold->append(0.5, m_batches.back().psiThreshold);
    threshold->append(double(n) + 0.5, m_batches.back().psiThreshold);
    for (QLineSeries *line : {largest, threshold}) {
        m_drift->addSeries(line);
        line->attachAxis(driftX);
        line->attachAxis(driftY);
    }
    driftY->setRange(0.0, highest * 1.1);
    driftY->setTickCount(3);
    driftY->applyNiceNumbers();
    driftY->setLabelFormat(QStringLiteral("%.2g"));
    applyPalette();
}

void ScoringHistoryView::applyPalette()
{
    const QPalette pal = palette();
    const QColor window = pal.color(QPalette::Window);
    const QColor text = pal.color(QPalette::WindowText);
    const bool dark = window.lightness() < 128;
    const QColor grid = mixColor(window, text, 0.14);
    // The side panel is narrow: small print keeps every axis label whole.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    QFont heading = small;
    heading.setBold(true);
    for (QChartView *view : {m_sharesView, m_driftView})
        view->setBackgroundBrush(window);
    for (QChart *chart : {m_shares, m_drift}) {
        chart->setTitleBrush(text);
        chart->setTitleFont(heading);
        chart->legend()->setLabelColor(text);
        chart->legend()->setFont(small);
        for (QAbstractAxis *axis : chart->axes()) {
            axis->setLabelsFont(small);
            axis->setLabelsColor(text);
            axis->setTitleBrush(text);
            axis->setLinePenColor(mixColor(window, text, 0.4));
            axis->setGridLineColor(grid);
        }
    }
    const QList<QAbstractSeries *> drift = m_drift->series();
    if (drift.size() == 2) {
        // Okabe–Ito blue for the index, vermillion for the threshold (lighter siblings on dark).
        const QColor index = dark ? QColor(0x56, 0xb4, 0xe9) : QColor(0x00, 0x72, 0xb2);
        const QColor limit = dark ? QColor(0xe6, 0x9f, 0x00) : QColor(0xd5, 0x5e, 0x00);
        static_cast<QLineSeries *>(drift[0])->setPen(QPen(index, 2.0));
        static_cast<QLineSeries *>(drift[0])->setColor(index);
        static_cast<QLineSeries *>(drift[1])->setPen(QPen(limit, 1.5, Qt::DashLine));
    }
}

void ScoringHistoryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    else if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace seg
