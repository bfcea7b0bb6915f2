#pragma once
// The segment table: one row per segment (size, share, money, traits), sortable, with
// editable names. It fits its columns to its width (titles break onto two lines, then the
// table scrolls sideways, so the traits stay readable), and keeps its selected row and the
// shared selection's current segment in step.

#include <QTableView>

class QSortFilterProxyModel;

namespace seg {

class SegmentSelection;
class SegmentTableModel;
class SegmentTableProxy;

class SegmentTableView : public QTableView
{
    Q_OBJECT
public:
    SegmentTableView(SegmentTableModel *model, SegmentSelection *selection, QWidget *parent = nullptr);
    using QTableView::edit; // the public edit(index) beside the override below

    /// The height that shows the header and every row without scrolling (0 without rows).
    int heightForAllRows() const;

Q_SIGNALS:
    /// The columns were fitted anew (after new data or a resize).
    void columnsFitted();
    /// The user selected the outliers' row: the window chooses those customers in the map.
    void outliersChosen();

protected:
    void resizeEvent(QResizeEvent *event) override;
    /// F2 edits the label of the current row from any of its cells.
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override;

private:
    void fitColumns();
    void onRowSelected();
    void followCurrentSegment(int segment);

    SegmentTableModel *m_model = nullptr;
    SegmentSelection *m_selection = nullptr;
    SegmentTableProxy *m_proxy = nullptr;
    bool m_followingSelection = false;
};

} // namespace seg
