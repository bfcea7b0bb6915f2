#include "app/ui/project_actions.h"

#include "app/core/project_session.h"
#include "app/ui/run_comparison_view.h"
#include "app/ui/run_history_panel.h"
#include "app/ui/lift_view.h"
#include "app/ui/scoring_history_view.h"
#include "engine/project/project.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QVBoxLayout>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QWidget>

namespace seg {

namespace {

QString projectFilter()
{
    return ProjectActions::tr("SegmentScope projects (*%1)").arg(QLatin1String(kProjectExtension));
}

} // namespace

ProjectActions::ProjectActions(QWidget *window, ProjectSession *session)
    : QObject(window), m_window(window), m_session(session)
{
    m_save = new QAction(tr("&Save project"), this);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save the data, the segments, their names and personas in a project file"));
    connect(m_save, &QAction::triggered, this, [this] { saveInteractive(); });
    m_saveAs = new QAction(tr("Save project &as…"), this);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAs, &QAction::triggered, this, [this] { saveAsInteractive(); });
    m_keepRun = new QAction(tr("&Keep this run"), this);
    m_keepRun->setToolTip(tr("Add the segmentation on screen to the project's run history"));
    connect(m_keepRun, &QAction::triggered, this, [this] { m_session->keepCurrentRun(); });
    m_recent = new QMenu(tr("Open &recent"), window);
    connect(m_recent, &QMenu::aboutToShow, this, &ProjectActions::fillRecentMenu);

    connect(m_session, &ProjectSession::busyChanged, this, &ProjectActions::updateActions);
    connect(m_session, &ProjectSession::runsChanged, this, &ProjectActions::updateActions);
    connect(m_session, &ProjectSession::saveFailed, this, [this](const QString &message) {
        if (m_window->isVisible())
            QMessageBox::warning(m_window, tr("SegmentScope"), message);
    });
    updateActions();
}

bool ProjectActions::isProjectFile(const QString &path)
{
    return path.endsWith(QLatin1String(kProjectExtension), Qt::CaseInsensitive);
}

void ProjectActions::updateActions()
{
    // Save waits for a busy session (the request is queued), so it stays enabled.
    const bool hasData = m_session->isBusy() || m_session->project();
    m_save->setEnabled(hasData);
    m_saveAs->setEnabled(hasData);
    m_keepRun->setEnabled(m_session->project() && m_session->shownRun() == 0);
}

void ProjectActions::fillRecentMenu()
{
    m_recent->clear();
    const QStringList recent = ProjectSession::recentProjects();
    for (const QString &path : recent) {
        QAction *action = m_recent->addAction(QFileInfo(path).fileName(), this,
                                              [this, path] { Q_EMIT openRequested(path); });
        action->setToolTip(path);
        action->setEnabled(QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        m_recent->addAction(tr("No recent projects"))->setEnabled(false);
}

void ProjectActions::connectScoringHistory(ScoringHistoryView *view)
{
    followProject(view);
}

void ProjectActions::connectLiftView(LiftView *view)
{
    followProject(view);
}

template <typename View> void ProjectActions::followProject(View *view)
{
    auto refresh = [this, view] {
        if (const Project *project = m_session->project())
            view->setProject(*project);
        else if (!m_session->isBusy())
            view->clear();
    };
    connect(m_session, &ProjectSession::runsChanged, view, refresh);
    connect(m_session, &ProjectSession::busyChanged, view, refresh);
    refresh();
}

void ProjectActions::connectHistory(RunHistoryPanel *panel)
{
    followProject(panel);
    connect(panel, &RunHistoryPanel::restoreRequested, m_session, &ProjectSession::restoreRun);
    connect(panel, &RunHistoryPanel::deleteRequested, m_session, &ProjectSession::deleteRun);
    connect(panel, &RunHistoryPanel::annotationEdited, m_session, &ProjectSession::annotateRun);
    connect(panel, &RunHistoryPanel::compareRequested, this, [this](qint64 a, qint64 b) {
        const Project *project = m_session->project();
        if (!project)
            return;
        auto *dialog = new QDialog(m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Run %1 against run %2").arg(a).arg(b));
        auto *view = new RunComparisonView(dialog);
        if (!view->setRuns(*project, a, b)) {
            delete dialog;
            return;
        }
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
        auto *layout = new QVBoxLayout(dialog);
        layout->addWidget(view);
        layout->addWidget(buttons);
        dialog->resize(900, 640);
        dialog->show();
    });
}

bool ProjectActions::waitForSave()
{
    if (!m_session->isBusy())
        return !m_session->isModified();
    QEventLoop loop;
    bool ok = false;
    const auto onSaved = connect(m_session, &ProjectSession::saved, &loop, [&] {
        ok = true;
        loop.quit();
    });
    const auto onFailed = connect(m_session, &ProjectSession::saveFailed, &loop, [&] { loop.quit(); });
    loop.exec();
    disconnect(onSaved);
    disconnect(onFailed);
    return ok;
}

bool ProjectActions::saveInteractive()
{
    if (m_session->path().isEmpty())
        return saveAsInteractive();
    m_session->save();
    return true;
}

bool ProjectActions::saveAsInteractive()
{
    QString suggested = m_session->path();
    if (suggested.isEmpty())
        suggested = tr("segments%1").arg(QLatin1String(kProjectExtension));
    QFileDialog dialog(m_window, tr("Save project"), suggested, projectFilter());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QString::fromLatin1(kProjectExtension).mid(1));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return false;
    m_session->saveAs(dialog.selectedFiles().front());
    return true;
}

bool ProjectActions::confirmLoss()
{
    if (!m_session->isModified())
        return true;
    const QString name = m_session->path().isEmpty() ? tr("the segmentation")
                                                     : QFileInfo(m_session->path()).fileName();
    const QMessageBox::StandardButton answer = QMessageBox::question(
        m_window, tr("Unsaved changes"), tr("Save the changes to %1 first?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard) {
        m_session->discardAutosave();
        return true;
    }
    if (!saveInteractive())
        return false;
    return waitForSave();
}

bool ProjectActions::offerRecovery()
{
    const QList<Recovery> recoveries = ProjectSession::pendingRecoveries();
    if (recoveries.isEmpty())
        return false;
    // The newest one is offered; older ones are the same work at an earlier moment or other
    // projects, offered at the next start.
    const Recovery &recovery = recoveries.front();
    const QString what = recovery.originalPath.isEmpty() ? tr("an unsaved segmentation")
                                                         : QFileInfo(recovery.originalPath).fileName();
    const QString when = QLocale().toString(recovery.savedAt, QLocale::ShortFormat);
    const QMessageBox::StandardButton answer = QMessageBox::question(
        m_window, tr("Recover unsaved changes"),
        tr("SegmentScope ended without saving %1. Recover the changes autosaved at %2?").arg(what, when),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) {
        m_session->recover(recovery);
        return true;
    }
    ProjectSession::dismissRecovery(recovery);
    return false;
}

} // namespace seg
