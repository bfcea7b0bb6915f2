#pragma once
// The run history, for a dock: every run of the project with its parameters and metrics (the
// current one marked), and the actions on runs: annotate, restore, delete, compare two. The
// panel only asks: it emits a signal per action and never changes the project; its owner does,
// then calls setProject() again.

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace seg {

struct Project;
class RunHistoryModel;
class SegmentEvolutionChart;

class RunHistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RunHistoryPanel(QWidget *parent = nullptr);

    /// Shows the runs of `project`; call again whenever its runs, annotations or current run
    /// change. The selected runs stay selected when they still exist.
    void setProject(const Project &project);
    /// No project: an empty table.
    void clear();

    RunHistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    SegmentEvolutionChart *evolution() const { return m_evolution; }
    /// The ids of the selected runs, in the table's order.
    QList<qint64> selectedRuns() const;
    /// Selects the runs `ids` (those that exist).
    void selectRuns(const QList<qint64> &ids);

public Q_SLOTS:
    /// The actions of the buttons, on the selection: restore and annotate need one run, compare
    /// two, delete one (after the user confirms).
    void restoreSelected();
    void annotateSelected();
    void deleteSelected();
    void compareSelected();

Q_SIGNALS:
    /// Make run `runId` the current one and show it.
    void restoreRequested(qint64 runId);
    /// Delete run `runId`; the user has confirmed.
    void deleteRequested(qint64 runId);
    /// The user changed run `runId`'s annotation to `annotation`.
    void annotationEdited(qint64 runId, const QString &annotation);
    /// Compare run `runA` (the older of the two) with run `runB`.
    void compareRequested(qint64 runA, qint64 runB);

private:
    void updateActions();

    RunHistoryModel *m_model;
    QTableView *m_view;
    QLabel *m_empty;
    QPushButton *m_restore;
    QPushButton *m_annotate;
    QPushButton *m_compare;
    QPushButton *m_delete;
    SegmentEvolutionChart *m_evolution;
};

} // namespace seg
