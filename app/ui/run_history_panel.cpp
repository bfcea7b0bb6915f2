#include "app/ui/run_history_panel.h"

#include "app/ui/run_history_model.h"
#include "app/ui/segment_evolution_chart.h"

#include "engine/project/project.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace seg {

RunHistoryPanel::RunHistoryPanel(QWidget *parent)
    : QWidget(parent), m_model(new RunHistoryModel(this)), m_view(new QTableView(this)),
      m_empty(new QLabel(tr("No runs yet. Each segmentation you keep appears here with its settings and "
                            "quality."),
                         this)),
      m_restore(new QPushButton(tr("Restore"), this)), m_annotate(new QPushButton(tr("Annotate…"), this)),
      m_compare(new QPushButton(tr("Compare"), this)), m_delete(new QPushButton(tr("Delete…"), this)),
      m_evolution(new SegmentEvolutionChart)
{
    setObjectName(QStringLiteral("runHistoryPanel"));
    m_view->setObjectName(QStringLiteral("runHistoryTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setAccessibleName(tr("Runs"));
    // Runs are chosen with the arrow keys; Tab goes on to the buttons, not from cell to cell.
    m_view->setTabKeyNavigation(false);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_restore->setToolTip(tr("Show the selected run again, with its segments and names"));
    m_annotate->setToolTip(tr("Write why this run matters (or double-click its note)"));
    m_compare->setToolTip(tr("Select two runs to see where each segment's customers went"));
    m_delete->setToolTip(tr("Remove the selected run from the project"));
    m_restore->setObjectName(QStringLiteral("restoreRun"));
    m_annotate->setObjectName(QStringLiteral("annotateRun"));
    m_compare->setObjectName(QStringLiteral("compareRuns"));
    m_delete->setObjectName(QStringLiteral("deleteRun"));

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_annotate);
    buttons->addWidget(m_compare);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    // The table above, how the segments evolved across the runs below; the user moves the split.
    auto *table = new QWidget;
    auto *tableLayout = new QVBoxLayout(table);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_view, 1);
    tableLayout->addWidget(m_empty, 1);
    tableLayout->addLayout(buttons);
    auto *split = new QSplitter(Qt::Vertical);
    split->setChildrenCollapsible(false);
    split->addWidget(table);
    split->addWidget(m_evolution);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);

    connect(m_restore, &QPushButton::clicked, this, &RunHistoryPanel::restoreSelected);
    connect(m_annotate, &QPushButton::clicked, this, &RunHistoryPanel::annotateSelected);
    connect(m_compare, &QPushButton::clicked, this, &RunHistoryPanel::compareSelected);
    connect(m_delete, &QPushButton::clicked, this, &RunHistoryPanel::deleteSelected);
    connect(m_model, &RunHistoryModel::annotationEdited, this, &RunHistoryPanel::annotationEdited);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RunHistoryPanel::updateActions);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        // The note is edited in place; anywhere else a double click shows the run.
        if (index.isValid() && index.column() != RunHistoryModel::NoteColumn)
            Q_EMIT restoreRequested(m_model->runId(index.row()));
    });
    clear();
}

void RunHistoryPanel::setProject(const Project &project)
{
    const QList<qint64> selected = selectedRuns();
    m_model->setProject(project);
    m_view->setColumnHidden(RunHistoryModel::AriColumn, !m_model->hasAri());
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setStretchLastSection(true);
    selectRuns(selected);
    const bool empty = m_model->rowCount() == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
    m_evolution->setProject(project);
    m_evolution->setVisible(!empty);
    updateActions();
}

void RunHistoryPanel::clear()
{
    m_model->clear();
    m_evolution->clear();
    m_evolution->setVisible(false);
    m_view->setVisible(false);
    m_empty->setVisible(true);
    updateActions();
}

QList<qint64> RunHistoryPanel::selectedRuns() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int row : rows)
        ids << m_model->runId(row);
    return ids;
}

void RunHistoryPanel::selectRuns(const QList<qint64> &ids)
{
    QItemSelection selection;
    for (qint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            selection.select(m_model->index(row, 0), m_model->index(row, RunHistoryModel::ColumnCount - 1));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    updateActions();
}

void RunHistoryPanel::restoreSelected()
{
    const QList<qint64> ids = selectedRuns();
    if (ids.size() == 1)
        Q_EMIT restoreRequested(ids.front());
}

void RunHistoryPanel::annotateSelected()
{
    const QList<qint64> ids = selectedRuns();
    if (ids.size() != 1)
        return;
    const QModelIndex note = m_model->index(m_model->rowOf(ids.front()), RunHistoryModel::NoteColumn);
    m_view->setCurrentIndex(note);
    m_view->edit(note);
}

void RunHistoryPanel::deleteSelected()
{
    const QList<qint64> ids = selectedRuns();
    if (ids.size() != 1)
        return;
    const qint64 id = ids.front();
    QMessageBox box(QMessageBox::Question, tr("Delete run %1").arg(id),
                    tr("Delete run %1? Its segments, metrics and note leave the project.").arg(id),
                    QMessageBox::Cancel, this);
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == remove)
        Q_EMIT deleteRequested(id);
}

void RunHistoryPanel::compareSelected()
{
    const QList<qint64> ids = selectedRuns();
    if (ids.size() == 2)
        Q_EMIT compareRequested(std::min(ids[0], ids[1]), std::max(ids[0], ids[1]));
}

void RunHistoryPanel::updateActions()
{
    const qsizetype n = m_view->selectionModel() ? m_view->selectionModel()->selectedRows().size() : 0;
    m_restore->setEnabled(n == 1);
    m_annotate->setEnabled(n == 1);
    m_delete->setEnabled(n == 1);
    m_compare->setEnabled(n == 2);
}

} // namespace seg
