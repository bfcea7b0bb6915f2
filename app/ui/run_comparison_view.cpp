#include "app/ui/run_comparison_view.h"

#include "engine/cluster/clustering.h"
#include "engine/project/project.h"
#include "engine/project/run_history.h"
#include "widgets/segment_figures.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace seg {

namespace {

SegmentAppearance appearanceOf(const Project &project, const ProjectRun &run)
{
    SegmentAppearance appearance;
    const int count = run.segmentation.clustering.clusterCount;
    for (int s = 0; s < count; ++s) {
        appearance.keys.push_back(run.segmentKey(s));
        const auto it = project.segmentNames.find(run.segmentKey(s));
        appearance.names << (it == project.segmentNames.end() ? QString()
                                                              : QString::fromStdString(it->second));
    }
    return appearance;
}

QString percent(double share)
{
    if (!std::isfinite(share))
        return QStringLiteral("–");
    // A few customers of a large segment are not "0%".
    if (share > 0.0 && share < 0.005)
        return QStringLiteral("<") + QLocale().toString(1) + QLatin1Char('%');
    return QLocale().toString(std::lround(100.0 * share)) + QLatin1Char('%');
}

/// "3 ‘Bargain hunters’" or "3": a segment named after its verb ("split into segments …").
QString shortLabel(const SegmentAppearance &appearance, int segment)
{
    const QString number = QString::number(appearance.key(segment) + 1);
    return appearance.hasCustomName(segment) ? QStringLiteral("%1 ‘%2’").arg(number, appearance.name(segment))
                                             : number;
}

QString listOf(const SegmentAppearance &appearance, const std::vector<int> &segments)
{
    QStringList labels;
    for (int s : segments)
        labels << shortLabel(appearance, s);
    if (labels.size() <= 1)
        return labels.join(QString());
    const QString last = labels.takeLast();
    return RunComparisonView::tr("%1 and %2").arg(labels.join(QStringLiteral(", ")), last);
}

QString runDescription(const ProjectRun &run)
{
    const ClusteringOptions &o = run.segmentation.options;
    const std::string_view algorithm = algorithmName(algorithmOf(o));
    return RunComparisonView::tr("Run %1: %2, k = %3, seed %4")
        .arg(run.id)
        .arg(QString::fromUtf8(algorithm.data(), static_cast<qsizetype>(algorithm.size())))
        .arg(requestedClusters(o))
        .arg(seedOf(o));
}

} // namespace

/// The contingency table on screen, with a tooltip per cell.
class RunComparisonView::Chart : public QWidget
{
public:
    explicit Chart(QWidget *parent) : QWidget(parent)
    {
        setObjectName(QStringLiteral("contingencyChart"));
        setMouseTracking(true);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }

    ContingencyPainter painter;

    void refresh()
    {
        painter.setPalette(palette());
        painter.setFont(font());
        setMinimumSize(painter.sizeHint().boundedTo(QSize(480, 260)));
        updateGeometry();
        update();
    }

    QSize sizeHint() const override { return painter.sizeHint(); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        painter.paint(p, QRectF(rect()));
    }

    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip) {
            const auto *help = static_cast<QHelpEvent *>(event);
            const auto [row, col] = painter.cellAt(QRectF(rect()), help->pos());
            const RunComparison *c = painter.comparison().get();
            if (!c || row < 0) {
                QToolTip::hideText();
                event->ignore();
                return true;
            }
            QToolTip::showText(help->globalPos(),
                               RunComparisonView::tr("%1 customer(s): %2 of row segment, %3 of column segment",
                                                     nullptr, pluralCount(c->count(row, col)))
                                   .arg(QLocale().toString(c->count(row, col)),
                                        percent(c->rowShare(row, col)), percent(c->columnShare(row, col))),
                               this);
            return true;
        }
        return QWidget::event(event);
    }
};

RunComparisonView::RunComparisonView(QWidget *parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_summaryLabel(new QLabel(this)),
      m_chart(new Chart(this)), m_changes(new QListWidget(this)), m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("runComparisonView"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changes->setObjectName(QStringLiteral("segmentChanges"));
    m_changes->setWordWrap(true);
    m_changes->setSelectionMode(QAbstractItemView::NoSelection);
    m_changes->setFocusPolicy(Qt::NoFocus);

    m_scroll->setWidget(m_chart);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *changesPane = new QWidget(this);
    auto *changesLayout = new QVBoxLayout(changesPane);
    changesLayout->setContentsMargins(0, 0, 0, 0);
    auto *changesTitle = new QLabel(tr("What happened to the segments"), changesPane);
    QFont titleFont = changesTitle->font();
    titleFont.setBold(true);
    changesTitle->setFont(titleFont);
    auto *rule = new QLabel(
        tr("A part counts when it holds at least %1 of a segment's customers.").arg(percent(kFlowShare)),
        changesPane);
    rule->setForegroundRole(QPalette::PlaceholderText);
    rule->setWordWrap(true);
    changesLayout->addWidget(changesTitle);
    changesLayout->addWidget(m_changes, 1);
    changesLayout->addWidget(rule);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_summaryLabel);
    // The table takes the room it needs (and scrolls beyond), the sentences the lines they need
    // right below it; what is left stays at the bottom.
    layout->addWidget(m_scroll, 1);
    changesPane->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    layout->addWidget(changesPane);
    layout->addStretch(1);
    clear();
}

const ContingencyPainter &RunComparisonView::tablePainter() const
{
    return m_chart->painter;
}

QString RunComparisonView::segmentLabel(const SegmentAppearance &appearance, int segment)
{
    const QString number = QString::number(appearance.key(segment) + 1);
    return appearance.hasCustomName(segment) ? tr("Segment %1 ‘%2’").arg(number, appearance.name(segment))
                                             : tr("Segment %1").arg(number);
}

QString RunComparisonView::describe(const SegmentChange &c, const SegmentAppearance &a,
                                    const SegmentAppearance &b, qint64 runA, qint64 runB)
{
    switch (c.fate) {
    case SegmentFate::Stayed:
        return tr("%1 stayed as segment %2: %3 of its customers went there and make up %4 of it.")
            .arg(segmentLabel(a, c.segment), shortLabel(b, c.into.front()), percent(c.rowShare),
                 percent(c.colShare));
    case SegmentFate::Split:
        return tr("%1 split into segments %2.").arg(segmentLabel(a, c.segment), listOf(b, c.into));
    case SegmentFate::Merged:
        if (c.with.empty())
            return tr("%1 merged into segment %2 with small parts of other segments (%3 of its customers).")
                .arg(segmentLabel(a, c.segment), shortLabel(b, c.into.front()), percent(c.rowShare));
        return tr("%1 merged with %2 into segment %3 (%4 of its customers; %5 of the new segment).")
            .arg(segmentLabel(a, c.segment), listOf(a, c.with), shortLabel(b, c.into.front()),
                 percent(c.rowShare), percent(c.colShare));
    case SegmentFate::Gone:
        return tr("%1 is gone: its customers scattered, no more than %2 into any one segment of run %3.")
            .arg(segmentLabel(a, c.segment), percent(c.rowShare))
            .arg(runB);
    case SegmentFate::New:
        if (c.with.empty())
            return tr("%1 of run %2 is new, made of small parts of run %3's segments.")
                .arg(segmentLabel(b, c.segment))
                .arg(runB)
                .arg(runA);
        return tr("%1 of run %2 is new; most of it came from %3 of run %4.")
            .arg(segmentLabel(b, c.segment))
            .arg(runB)
            .arg(c.with.size() == 1 ? tr("segment %1").arg(listOf(a, c.with))
                                    : tr("segments %1").arg(listOf(a, c.with)))
            .arg(runA);
    }
    return {};
}

bool RunComparisonView::setRuns(const Project &project, qint64 runA, qint64 runB)
{
    const ProjectRun *a = project.run(runA);
    const ProjectRun *b = project.run(runB);
    if (!a || !b) {
        clear();
        return false;
    }
    m_runA = runA;
    m_runB = runB;
    m_comparison = std::make_shared<const RunComparison>(compareRuns(*a, *b));
    m_appearanceA = appearanceOf(project, *a);
    m_appearanceB = appearanceOf(project, *b);
    const RunComparison &c = *m_comparison;
    const RunReproduction r = reproduction(*a, *b);

    m_heading->setText(tr("Run %1 against run %2").arg(runA).arg(runB));
    QStringList lines;
    lines << runDescription(*a) + QStringLiteral("  ·  ") + runDescription(*b);
    lines << tr("Adjusted Rand index %1 (1: the same segments; about 0: no more alike than chance)")
                 .arg(std::isfinite(c.ari) ? QLocale().toString(c.ari, 'f', 3) : QStringLiteral("–"));
    QString compared = tr("%1 customer(s) compared", nullptr, pluralCount(c.compared)).arg(QLocale().toString(c.compared));
    if (c.onlyA > 0 || c.onlyB > 0)
        compared
            += tr("; left out: %1 with a segment in run %2 only, %3 in run %4 only (set aside as outliers or "
                  "not segmented in the other run)")
                   .arg(QLocale().toString(c.onlyA))
                   .arg(runA)
                   .arg(QLocale().toString(c.onlyB))
                   .arg(runB);
    lines << compared;
    if (r.sameRecipe)
        lines
            << (r.identical
                    ? tr("Same data, features, options and seed: the segments are identical, customer for "
                         "customer.")
                    : tr("Same data, features, options and seed, yet the segments differ (engine %1 and %2).")
                          .arg(QString::fromStdString(a->engineVersion),
                               QString::fromStdString(b->engineVersion)));
    m_summary = lines.join(QLatin1Char('\n'));
    m_summaryLabel->setText(m_summary);

    m_chart->painter.setComparison(m_comparison);
    m_chart->painter.setAppearances(m_appearanceA, m_appearanceB);
    m_chart->painter.setTitles(tr("Run %1").arg(runA), tr("Run %1").arg(runB));
    m_chart->refresh();
    fitTable();
    refreshTexts();
    return true;
}

void RunComparisonView::clear()
{
    m_runA = m_runB = 0;
    m_comparison.reset();
    m_summary.clear();
    m_heading->setText(tr("Select two runs to compare"));
    m_summaryLabel->clear();
    m_chart->painter.setComparison(nullptr);
    m_chart->refresh();
    fitTable();
    refreshTexts();
}

QString RunComparisonView::summaryText() const
{
    return m_summary;
}

void RunComparisonView::refreshTexts()
{
    m_changeTexts.clear();
    m_changes->clear();
    if (!m_comparison)
        return;
    for (const SegmentChange &change : m_comparison->changes) {
        m_changeTexts << describe(change, m_appearanceA, m_appearanceB, m_runA, m_runB);
        // The swatch of the segment the sentence is about.
        const QColor color = change.fate == SegmentFate::New ? m_appearanceB.color(change.segment)
                                                             : m_appearanceA.color(change.segment);
        QPixmap swatch(12, 12);
        swatch.fill(Qt::transparent);
        {
            QPainter p(&swatch);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            p.drawRoundedRect(QRectF(1, 1, 10, 10), 2, 2);
        }
        m_changes->addItem(new QListWidgetItem(QIcon(swatch), m_changeTexts.back()));
    }
    fitChangeList();
}

void RunComparisonView::fitTable()
{
    // No taller than the table (with room for a horizontal scroll bar): the rest of the height
    // goes below the sentences instead of into an empty table area.
    m_scroll->setMaximumHeight(m_chart->sizeHint().height() + 2 * m_scroll->frameWidth()
                               + m_scroll->horizontalScrollBar()->sizeHint().height());
}

void RunComparisonView::fitChangeList()
{
    // Up to 10 sentences without a scroll bar; more scroll.
    int height = 2 * m_changes->frameWidth() + 4;
    for (int row = 0; row < std::min(m_changes->count(), 10); ++row)
        height += m_changes->sizeHintForRow(row);
    m_changes->setFixedHeight(std::max(height, m_changes->fontMetrics().height() * 2));
}

void RunComparisonView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        m_chart->refresh();
        fitTable();
        fitChangeList();
    }
    QWidget::changeEvent(event);
}

} // namespace seg
