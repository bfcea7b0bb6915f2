#include "app/ui/segment_table_view.h"

#include "widgets/segment_selection.h"
#include "widgets/segment_table_model.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QResizeEvent>
#include <QSortFilterProxyModel>
#include <QStyle>

#include <algorithm>

namespace seg {

/// The segment table's sort proxy; when the table is narrow, column titles of several words break
/// onto two lines ("Fresh: mean ·" over "total (share)") so that a title never sets a column's width.
class SegmentTableProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setWrapHeaders(bool wrap, const QFont &font)
    {
        if (wrap == m_wrap && font == m_font)
            return;
        m_wrap = wrap;
        m_font = font;
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, std::max(0, columnCount() - 1));
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        QVariant value = QSortFilterProxyModel::headerData(section, orientation, role);
        // The last column stretches: its title never needs to break.
        if (!m_wrap || role != Qt::DisplayRole || orientation != Qt::Horizontal || section == columnCount() - 1)
            return value;
        // Break at the space that makes the longer of the two lines shortest.
        const QString text = value.toString();
        const QFontMetrics fm(m_font);
        int best = -1;
        int bestWidth = fm.horizontalAdvance(text);
        for (qsizetype i = text.indexOf(QLatin1Char(' ')); i >= 0; i = text.indexOf(QLatin1Char(' '), i + 1)) {
            const int width = std::max(fm.horizontalAdvance(text.left(i)), fm.horizontalAdvance(text.mid(i + 1)));
            if (width < bestWidth) {
                bestWidth = width;
                best = int(i);
            }
        }
        return best < 0 ? value : QVariant(text.left(best) + QLatin1Char('\n') + text.mid(best + 1));
    }

private:
    bool m_wrap = false;
    QFont m_font;
};

SegmentTableView::SegmentTableView(SegmentTableModel *model, SegmentSelection *selection, QWidget *parent)
    : QTableView(parent), m_model(model), m_selection(selection)
{
    m_proxy = new SegmentTableProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SegmentTableModel::SortRole);
    setModel(m_proxy);
    setSortingEnabled(true);
    sortByColumn(SegmentTableModel::SegmentColumn, Qt::AscendingOrder);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    // Columns are fitted to the width (see fitColumns()): the traits elide, with the whole
    // text in their tooltip; only many money columns make the table scroll sideways.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setTextElideMode(Qt::ElideRight);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::SelectedClicked);
    setToolTip(tr("Click a segment to highlight it in every view; double-click its label to "
                  "rename it (Ctrl+Z undoes)."));
    setAccessibleName(tr("Segments"));
    setAccessibleDescription(tr("One row per segment: its number, label, size, share, money and traits. The up "
                                "and down arrow keys highlight a segment in every view; F2 renames it."));
    // Rows are chosen with the arrow keys: Tab goes on to the next view instead of from cell to
    // cell (QTableView's default), which took a keyboard user through every cell of every row.
    setTabKeyNavigation(false);
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this, &SegmentTableView::onRowSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        fitColumns();
        followCurrentSegment(m_selection->currentSegment());
    });
    connect(m_selection, &SegmentSelection::currentSegmentChanged, this, &SegmentTableView::followCurrentSegment);
}

int SegmentTableView::heightForAllRows() const
{
    const int rows = m_proxy->rowCount();
    return rows > 0 ? horizontalHeader()->sizeHint().height() + rows * verticalHeader()->defaultSectionSize() : 0;
}

void SegmentTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitColumns();
}

bool SegmentTableView::edit(const QModelIndex &index, EditTrigger trigger, QEvent *event)
{
    // Rows are selected whole, so the current cell is often not the label: the label is the one
    // edit there is, and the keyboard reaches it from anywhere in the row.
    if (trigger == EditKeyPressed && index.isValid() && index.column() != SegmentTableModel::LabelColumn) {
        const QModelIndex label = index.siblingAtColumn(SegmentTableModel::LabelColumn);
        if (label.flags() & Qt::ItemIsEditable) {
            selectionModel()->setCurrentIndex(label, QItemSelectionModel::NoUpdate);
            return QTableView::edit(label, trigger, event);
        }
    }
    return QTableView::edit(index, trigger, event);
}

void SegmentTableView::onRowSelected()
{
    if (m_followingSelection)
        return;
    const QModelIndexList rows = selectionModel()->selectedRows();
    const std::shared_ptr<const Profiles> profiles = m_model->profiles();
    int segment = -1;
    if (!rows.isEmpty() && profiles) {
        const int source = m_proxy->mapToSource(rows.front()).row();
        if (source >= 0 && source < int(profiles->segments.size()))
            segment = profiles->segments[std::size_t(source)].segment;
        else if (source >= int(profiles->segments.size())) {
            m_selection->setCurrentSegment(-1);
            Q_EMIT outliersChosen();
            return;
        }
    }
    m_selection->setCurrentSegment(segment);
}

void SegmentTableView::followCurrentSegment(int segment)
{
    const std::shared_ptr<const Profiles> profiles = m_model->profiles();
    m_followingSelection = true;
    QItemSelectionModel *model = selectionModel();
    int source = -1;
    if (profiles)
        for (std::size_t i = 0; i < profiles->segments.size(); ++i)
            if (profiles->segments[i].segment == segment)
                source = int(i);
    if (source < 0) {
        model->clearSelection();
    } else {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(source, 0));
        model->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        model->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        scrollTo(index);
    }
    m_followingSelection = false;
}

void SegmentTableView::fitColumns()
{
    QHeaderView *header = horizontalHeader();
    const int traitsColumn = m_model->traitsColumn();
    auto *proxy = static_cast<SegmentTableProxy *>(m_proxy);
    const int width = viewport()->width();
    // The traits say the most about a segment: they keep at least this width. When the view is
    // narrow, column titles break onto two lines first; when that is not enough (many money
    // columns), the traits keep their width and the table scrolls sideways.
    const int minTraits = 28 * fontMetrics().averageCharWidth();
    auto fixedWidth = [&] {
        int fixed = 0;
        for (int c = 0; c < traitsColumn; ++c)
            if (!isColumnHidden(c))
                fixed += header->sectionSize(c);
        return fixed;
    };
    for (int c = 0; c <= traitsColumn; ++c)
        setColumnHidden(c, false);
    // Fit each column to its cells and its title. QHeaderView's own fit reserves room for the
    // sort arrow in every title; only the sorted column shows one.
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    auto fitEach = [&] {
        const QFontMetrics fm(header->font());
        for (int c = 0; c < traitsColumn; ++c) {
            if (isColumnHidden(c))
                continue;
            int title = 0;
            for (const QString &line : m_proxy->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString().split(QLatin1Char('\n')))
                title = std::max(title, fm.horizontalAdvance(line));
            title += 2 * margin + 6;
            if (header->isSortIndicatorShown() && header->sortIndicatorSection() == c)
                title += header->sizeHint().height() / 2 + 2 * margin;
            // Through the base class, where sizeHintForColumn() is public.
            const QAbstractItemView *view = this;
            header->resizeSection(c, std::max(view->sizeHintForColumn(c), title));
        }
    };
    proxy->setWrapHeaders(false, header->font());
    fitEach();
    if (width - fixedWidth() < minTraits) {
        proxy->setWrapHeaders(true, header->font());
        fitEach();
    }
    const bool overflow = width - fixedWidth() < minTraits;
    header->setStretchLastSection(!overflow);
    if (overflow)
        header->resizeSection(traitsColumn, minTraits);
    Q_EMIT columnsFitted();
}

} // namespace seg
