#include "app/ui/workspace.h"

#include "app/ui/app_style.h"
#include "app/ui/segment_table_view.h"
#include "widgets/heatmap_view.h"
#include "widgets/scatter_view.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>

#include <algorithm>

namespace seg {

Workspace::Workspace(ScatterView *map, QLabel *mapHint, SegmentTableView *table, HeatmapView *heatmap,
                     QTabWidget *sideTabs, QWidget *parent)
    : QWidget(parent), m_heatmap(heatmap), m_table(table)
{
    m_leftColumn = new QSplitter(Qt::Vertical);
    m_leftColumn->addWidget(titledPane(tr("Segment map"), map, mapHint));
    m_leftColumn->addWidget(titledPane(tr("Segments"), table));
    m_leftColumn->setSizes({640, 360});
    m_leftColumn->setChildrenCollapsible(false);
    m_leftColumn->setStretchFactor(0, 1);
    m_leftColumn->setStretchFactor(1, 0);

    // With many features the heatmap needs more height than a small screen gives; it then
    // scrolls instead of clipping rows (see fitHeatmap()).
    auto *heatmapScroll = new QScrollArea;
    heatmapScroll->setWidget(heatmap);
    heatmapScroll->setWidgetResizable(true);
    heatmapScroll->setFrameShape(QFrame::NoFrame);
    heatmapScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The heatmap takes the focus itself and scrolls its cursor into sight: the scroll area
    // would only be an extra, nameless Tab stop before it.
    heatmapScroll->setFocusPolicy(Qt::NoFocus);
    m_rightColumn = new QSplitter(Qt::Vertical);
    m_rightColumn->addWidget(titledPane(tr("Feature heatmap"), heatmapScroll));
    m_rightColumn->addWidget(sideTabs);
    m_rightColumn->setSizes({630, 370});
    m_rightColumn->setChildrenCollapsible(false);
    m_rightColumn->setStretchFactor(0, 1);
    m_rightColumn->setStretchFactor(1, 0);

    // splitterMoved is only emitted for the user's drags: from then on, their sizes stand.
    connect(m_leftColumn, &QSplitter::splitterMoved, this, [this] { m_userSizedLeft = true; });
    connect(m_rightColumn, &QSplitter::splitterMoved, this, [this] { m_userSizedRight = true; });
    m_leftColumn->installEventFilter(this);
    m_rightColumn->installEventFilter(this);
    connect(table, &SegmentTableView::columnsFitted, this, &Workspace::balance);

    auto *columns = new QSplitter(Qt::Horizontal);
    columns->addWidget(m_leftColumn);
    columns->addWidget(m_rightColumn);
    columns->setSizes({560, 440});
    columns->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(columns);
}

void Workspace::fitHeatmap(bool hasProfiles)
{
    // The heatmap knows the least height at which every row is readable (header, rows at their
    // smallest, legend); below it the scroll area scrolls instead of clipping rows.
    m_heatmap->setMinimumHeight(hasProfiles ? m_heatmap->minimumSizeHint().height() : 0);
    balance();
}

void Workspace::balance()
{
    // Panes keep their title line and frame around the content.
    const int chrome = 2 * fontMetrics().height() + 14;
    if (!m_userSizedRight && m_rightColumn->height() > 0) {
        const int total = m_rightColumn->height() - m_rightColumn->handleWidth();
        // The heatmap first, at comfortable rows, but the tabs keep enough height for a legible
        // chart; on a small screen the heatmap's rows shrink towards their minimum instead.
        const int heatmap = m_heatmap->minimumHeight() > 0 ? m_heatmap->sizeHint().height() + chrome : total * 6 / 10;
        const int minTabs = std::min(200, total / 3);
        const int tabs = std::clamp(total - heatmap, minTabs, std::max(minTabs, total * 4 / 10));
        m_rightColumn->setSizes({total - tabs, tabs});
    }
    if (!m_userSizedLeft && m_leftColumn->height() > 0) {
        const int total = m_leftColumn->height() - m_leftColumn->handleWidth();
        // The table as tall as its rows (no empty band under the last segment), within a third
        // to 45 % of the column; the map takes the rest.
        const int rows = m_table->heightForAllRows();
        const int wanted = rows > 0 ? rows + chrome + 6 : total * 3 / 10;
        const int table = std::clamp(wanted, std::min(160, total / 3), total * 45 / 100);
        m_leftColumn->setSizes({total - table, table});
    }
}

bool Workspace::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_leftColumn || watched == m_rightColumn) && event->type() == QEvent::Resize)
        balance();
    return QWidget::eventFilter(watched, event);
}

} // namespace seg
