#pragma once
// The File menu's project commands (Save, Save As, Open Recent, Keep run) and the questions
// around them: saving before changes are lost, and recovering what a crash left behind. The
// work itself is ProjectSession's; this class adds the dialogs.

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace seg {

class ProjectSession;
class RunHistoryPanel;
class LiftView;
class ScoringHistoryView;

class ProjectActions : public QObject
{
    Q_OBJECT
public:
    ProjectActions(QWidget *window, ProjectSession *session);

    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *keepRunAction() const { return m_keepRun; }
    /// File › Open Recent: the projects saved or opened lately.
    QMenu *recentMenu() const { return m_recent; }

    /// Whether `path` names a project file (by its extension).
    static bool isProjectFile(const QString &path);
    /// Before unsaved changes would be lost: asks to save them. True when the caller may go
    /// on (nothing unsaved, saved, or discarded); false when the user cancelled or the save
    /// failed. Waits for the save, with the window responsive.
    bool confirmLoss();
    bool saveInteractive();
    bool saveAsInteractive();
    /// Keeps `panel` showing the project's runs and carries out what it asks (restore, delete,
    /// annotate, compare: the comparison opens in a window of its own).
    void connectHistory(RunHistoryPanel *panel);
    /// Keeps `view` showing the scoring batches of the project's current run.
    void connectScoringHistory(ScoringHistoryView *view);
    void connectLiftView(LiftView *view);
    /// Offers to recover an autosave that a session ended by a crash left behind; true when
    /// the user chose to (the project is being opened).
    bool offerRecovery();

Q_SIGNALS:
    /// A recent project was chosen (the caller asks confirmLoss() first, as for File › Open).
    void openRequested(const QString &path);

private:
    /// Keeps `view` showing the session's project: setProject() now and whenever its runs
    /// change or a load ends, clear() when there is none.
    template <typename View> void followProject(View *view);
    void updateActions();
    void fillRecentMenu();
    /// Waits until the save that is running ends; true when it succeeded.
    bool waitForSave();

    QWidget *m_window;
    ProjectSession *m_session;
    QAction *m_save = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_keepRun = nullptr;
    QMenu *m_recent = nullptr;
};

} // namespace seg
