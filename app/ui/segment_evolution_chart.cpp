#include "app/ui/segment_evolution_chart.h"

#include "engine/project/project.h"
#include "widgets/paint_support.h"
#include "widgets/segment_palette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QLegend>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <map>

namespace seg {

SegmentEvolutionChart::SegmentEvolutionChart(QWidget *parent) : QChartView(new QChart, parent)
{
    setObjectName(QStringLiteral("segmentEvolution"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(120);
    chart()->setBackgroundVisible(false);
    chart()->setPlotAreaBackgroundVisible(false);
    chart()->setMargins(QMargins(2, 2, 2, 2));
    chart()->legend()->setVisible(false);
    setAccessibleName(tr("Segments across runs"));
    clear();
}

void SegmentEvolutionChart::clear()
{
    m_runs.clear();
    m_keys.clear();
    m_names.clear();
    m_shares.clear();
    rebuild();
}

void SegmentEvolutionChart::setProject(const Project &project)
{
    m_runs.clear();
    std::map<int, std::vector<double>> byKey;
    for (std::size_t r = 0; r < project.runs.size(); ++r) {
        const ProjectRun &run = project.runs[r];
        m_runs.push_back(run.id);
        const ClusteringResult &c = run.segmentation.clustering;
        std::vector<std::size_t> sizes(static_cast<std::size_t>(std::max(c.clusterCount, 0)), 0);
        std::size_t total = 0;
        for (std::int32_t l : c.labels)
            if (l >= 0 && l < c.clusterCount) {
                ++sizes[static_cast<std::size_t>(l)];
                ++total;
            }
        for (int s = 0; s < c.clusterCount; ++s) {
            std::vector<double> &shares = byKey[run.segmentKey(s)];
            shares.resize(project.runs.size(), 0.0);
            shares[r] += total == 0 ? 0.0 : double(sizes[std::size_t(s)]) / double(total);
        }
    }
    m_keys.clear();
    m_names.clear();
    m_shares.clear();
    for (auto &[key, shares] : byKey) {
        shares.resize(project.runs.size(), 0.0);
        m_keys.push_back(key);
        const auto name = project.segmentNames.find(key);
        m_names.push_back(name == project.segmentNames.end() ? QString() : QString::fromStdString(name->second));
        m_shares.push_back(shares);
    }
    rebuild();
}

void SegmentEvolutionChart::rebuild()
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis), delete axis;
    c->setTitle(tr("Segments across runs: each run's shares; one colour is one segment"));
    if (m_runs.empty())
        return;
    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.6);
    for (std::size_t k = 0; k < m_keys.size(); ++k) {
        const QString label = m_names[k].isEmpty() ? tr("Segment %1").arg(m_keys[k] + 1) : m_names[k];
        auto *set = new QBarSet(label);
        for (std::size_t r = 0; r < m_runs.size(); ++r)
            set->append(100.0 * m_shares[k][r]);
        const QColor colour = segmentColor(m_keys[k]);
        set->setColor(colour);
        set->setBorderColor(colour);
        connect(set, &QBarSet::hovered, this, [this, label, k](bool status, int index) {
            if (!status || index < 0 || std::size_t(index) >= m_runs.size())
                return;
            QToolTip::showText(QCursor::pos(), tr("%1 in run %2: %3% of the customers")
                                                   .arg(label)
                                                   .arg(m_runs[std::size_t(index)])
                                                   .arg(QLocale().toString(100.0 * m_shares[k][std::size_t(index)], 'f', 1)));
        });
        series->append(set);
    }
    c->addSeries(series);
    auto *x = new QBarCategoryAxis;
    for (qint64 run : m_runs)
        x->append(tr("Run %1").arg(run));
    auto *y = new QValueAxis;
    y->setRange(0.0, 100.0);
    y->setTickCount(3);
    y->setLabelFormat(QStringLiteral("%.0f%%"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    applyPalette();
}

void SegmentEvolutionChart::applyPalette()
{
    const QPalette pal = palette();
    const QColor window = pal.color(QPalette::Window);
    const QColor text = pal.color(QPalette::WindowText);
    setBackgroundBrush(window);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    QFont heading = small;
    heading.setBold(true);
    chart()->setTitleBrush(text);
    chart()->setTitleFont(heading);
    for (QAbstractAxis *axis : chart()->axes()) {
        axis->setLabelsFont(small);
        axis->setLabelsColor(text);
        axis->setLinePenColor(mixColor(window, text, 0.4));
        axis->setGridLineColor(mixColor(window, text, 0.14));
    }
}

void SegmentEvolutionChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    else if (event->type() == QEvent::LanguageChange)
        rebuild();
    QChartView::changeEvent(event);
}

} // namespace seg
