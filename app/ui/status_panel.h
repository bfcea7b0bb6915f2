#pragma once
// The main window's status bar: what the engine is doing (stage, progress, cancel), how good
// the current segmentation is (quality figures), how many customers and features it covers,
// and the notes raised while reading and preparing the data.

#include "engine/eval/quality.h"

#include <QObject>
#include <QStringList>

class QLabel;
class QProgressBar;
class QPushButton;
class QStatusBar;
class QToolButton;

namespace seg {

struct AnalysisResult;
struct Table;

class StatusPanel : public QObject
{
    Q_OBJECT
public:
    /// Adds its items to `bar`.
    StatusPanel(QStatusBar *bar, QObject *parent = nullptr);

    /// Shows or hides progress and the cancel button; `stage`, when given, replaces the text.
    void setBusy(bool busy, const QString &stage = {});
    /// The stage text, with an optional tooltip (e.g. the whole error message).
    void setStage(const QString &text, const QString &tooltip = {});
    QString stage() const;
    /// Progress of the running job, 0..1, and what it does.
    void setProgress(double fraction, const QString &stage);
    /// Progress of unknown length (a busy indicator).
    void setIndeterminate();
    /// Silhouette (or "…" until it is ready), Davies–Bouldin, Calinski–Harabasz and ARI.
    void showMetrics(const QualityReport &metrics, bool silhouetteReady);
    /// "50,000 customers (49,800 segmented) · 26 features"; "No data" without a table.
    /// `result` may be null (no result for this table yet).
    void showCounts(const Table *table, const AnalysisResult *result);
    /// The notes on the data; the notes button is hidden when there are none.
    void setNotes(const QStringList &notes);
    QToolButton *notesButton() const { return m_notesButton; }
    /// When false (headless runs, tests) the notes show as a tooltip, never as a message box.
    void setInteractive(bool interactive) { m_interactive = interactive; }

Q_SIGNALS:
    void cancelRequested();

private:
    void showNotes();

    QLabel *m_stageLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_metricsLabel = nullptr;
    QLabel *m_rowsLabel = nullptr;
    QToolButton *m_notesButton = nullptr;
    QStringList m_notes;
    bool m_interactive = true;
};

} // namespace seg
