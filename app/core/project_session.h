#pragma once
// The explorer's project: the seg::Project behind the open data, what File › Save writes and
// File › Open reads back, the run history, and the autosave that a crash leaves behind.
//
// Ownership and threads: the session owns the Project. Building it (encoding the columns when
// data is opened), saving and opening run on a thread of their own; while one runs, the Project
// is handed to that thread and the session is busy (isBusy): requests that need the project
// wait for it (a save asked for meanwhile starts when the project is back). The document is
// only read on the GUI thread, when a save starts.
//
// What a save stores: the data, every kept run plus the segmentation on screen (as the current
// run), segment names, persona edits and the view state. Opening restores all of it into the
// document, and the engine shows the stored current run without reclustering.

#include "app/core/analysis.h"
#include "engine/project/project.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <string>

class QTimer;

namespace seg {

class Document;

/// An autosave that a session which ended without saving (a crash) left behind.
struct Recovery
{
    QString autosavePath;
    QString originalPath; ///< the project it belongs to; empty for data never saved
    QDateTime savedAt;
};

/// View state stored with a project, by key ("window.state", "map.method", ...).
using ViewState = std::map<std::string, std::string>;

class ProjectSession : public QObject
{
    Q_OBJECT
public:
    explicit ProjectSession(Document *document, QObject *parent = nullptr);
    /// Waits for a running save or open (a save is never left half done).
    ~ProjectSession() override;

    /// The file the project was last saved to or opened from; empty when never saved.
    QString path() const { return m_path; }
    /// Something would be lost by closing now: document edits since the last save, or runs
    /// kept, annotated or deleted.
    bool isModified() const { return m_modified; }
    /// A save, an open or the project's preparation runs.
    bool isBusy() const { return m_busy; }
    /// The project (null while busy or without data). Runs, names, ... as last saved or kept.
    const Project *project() const { return m_busy ? nullptr : m_project.get(); }

    /// The segmentation the views show; a save stores it as the current run.
    void setResult(std::shared_ptr<const AnalysisResult> result);
    /// The complete metrics of `generation` (the silhouette comes after the result).
    void setMetrics(quint64 generation, const QualityReport &metrics);
    /// Called when a save starts, for the window's layout and other view state to store.
    void setViewStateProvider(std::function<ViewState()> provider) { m_viewStateProvider = std::move(provider); }
    /// Called when a save starts, for the "Choosing k" sweep shown of the project's `table`.
    using SweepProvider = std::function<std::optional<ProjectKSweep>(const std::shared_ptr<const Table> &table)>;
    void setSweepProvider(SweepProvider provider) { m_sweepProvider = std::move(provider); }
    /// The view state of the project last opened (empty for new data).
    const ViewState &openedViewState() const { return m_openedViewState; }

    /// Saves to `path` (the extension is added when missing); saved or saveFailed follows.
    void saveAs(const QString &path);
    /// Saves to path(); false when the project was never saved (ask for a name).
    bool save();
    /// Opens a project file into the document; opened or openFailed follows.
    void open(const QString &path);
    /// Opens an autosave: its project with the original path, marked modified.
    void recover(const Recovery &recovery);

    /// Adds the segmentation on screen to the run history (no-op when it is a run already);
    /// returns its id, or 0 when there is nothing to keep or the session is busy.
    std::int64_t keepCurrentRun(const QString &annotation = {});
    /// Shows run `id` again (an undoable change of the document's settings).
    void restoreRun(std::int64_t id);
    bool deleteRun(std::int64_t id);
    void annotateRun(std::int64_t id, const QString &annotation);
    /// The id of the run on screen, 0 when it is not one.
    std::int64_t shownRun() const;

    /// How often unsaved changes go to the autosave file; 0 turns autosave off. Default: the
    /// "autosave/minutes" setting, 2 minutes when unset.
    void setAutosaveInterval(std::chrono::milliseconds interval);
    /// Writes the autosave now if there are unsaved changes (the timer calls this).
    void autosave();
    /// Where this session's autosave goes, or would go.
    QString autosaveFile() const;
    /// Removes this session's autosave (after a save, or when the user discards the changes).
    void discardAutosave();
    /// Autosaves left by sessions that are not running any more, newest first.
    static QList<Recovery> pendingRecoveries();
    /// Forgets `recovery` and deletes its file (the user declined it).
    static void dismissRecovery(const Recovery &recovery);
    /// Project files saved or opened lately, newest first.
    static QStringList recentProjects();

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void pathChanged(const QString &path);
    void busyChanged(bool busy);
    /// The list of runs or one of them changed.
    void runsChanged();
    void saved(const QString &path);
    void saveFailed(const QString &message);
    void opened(const QString &path);
    void openFailed(const QString &message);
    void autosaved(const QString &autosavePath);
    /// A new segmentation was made with the settings of stored run `runId`; `identical`: it
    /// assigns every customer as that run did.
    void reproduced(qint64 runId, bool identical);

private:
    struct Tasks;
    /// Runs `work` on a thread of its own; the function it returns runs on the GUI thread after,
    /// unless other data was opened meanwhile. The session is busy until then.
    void runTask(std::function<std::function<void()>()> work);
    void openFile(const QString &file, const QString &path, bool recovered);
    void finishSave(const QString &path, bool isAutosave, int cleanIndex, const QString &error);
    static void addRecent(const QString &path);
    void onTableChanged();
    void onDocumentEdited();
    void setModified(bool modified);
    void setBusy(bool busy);
    void startSave(const QString &path, bool isAutosave);
    void finishOpen(std::unique_ptr<Project> project, const QString &path, bool recovered);
    /// Adds the result on screen as a run unless it is one; its id (0 without a result).
    std::int64_t ensureShownRun(const QString &annotation = {});
    std::shared_ptr<const RestoredRun> restoredRun(std::int64_t id);
    void registerAutosave(const QString &file);

    Document *m_document;
    std::unique_ptr<Project> m_project;
    std::shared_ptr<const Table> m_projectTable; ///< the document table m_project was made from
    QString m_path;
    bool m_modified = false;
    bool m_busy = false;
    bool m_restoring = false;  ///< the document changes because a project is being restored
    bool m_runsEdited = false; ///< runs kept, annotated or deleted since the last save
    QString m_queuedSave;      ///< a save asked for while busy
    std::shared_ptr<const AnalysisResult> m_result;
    QualityReport m_metrics;
    bool m_metricsComplete = false;
    /// Runs by the segmentation they hold, so that the segmentation on screen is stored once.
    std::map<const Segmentation *, std::int64_t> m_runOf;
    std::map<std::int64_t, std::shared_ptr<const RestoredRun>> m_restored;
    ViewState m_openedViewState;
    std::function<ViewState()> m_viewStateProvider;
    SweepProvider m_sweepProvider;
    QTimer *m_autosaveTimer = nullptr;
    QString m_autosaveFile;
    quint64 m_epoch = 0; ///< counts the data opened: tasks of an older epoch are stale
    std::unique_ptr<Tasks> m_tasks;
};

} // namespace seg
