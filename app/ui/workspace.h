#pragma once
// The main window's central area: two columns of panes, the segment map over the segment table
// on the left, the feature heatmap over the side tabs on the right. It shares each column's
// height between its panes by what they need, until the user drags a splitter.

#include <QWidget>

class QLabel;
class QScrollArea;
class QSplitter;
class QTabWidget;

namespace seg {

class HeatmapView;
class ScatterView;
class SegmentTableView;

class Workspace : public QWidget
{
    Q_OBJECT
public:
    /// Lays out the views (which become its children); `mapHint` goes under the map's title.
    Workspace(ScatterView *map, QLabel *mapHint, SegmentTableView *table, HeatmapView *heatmap, QTabWidget *sideTabs,
              QWidget *parent = nullptr);

    /// The heatmap shows profiles (or not): it then needs the least height at which every row is
    /// readable, and scrolls instead of clipping rows below it.
    void fitHeatmap(bool hasProfiles);
    /// Shares the columns' height between their panes again (after the table's rows or the
    /// heatmap's needs changed); panes a user sized stay as they are.
    void balance();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    HeatmapView *m_heatmap;
    SegmentTableView *m_table;
    QSplitter *m_leftColumn;
    QSplitter *m_rightColumn;
    bool m_userSizedLeft = false;
    bool m_userSizedRight = false;
};

} // namespace seg
