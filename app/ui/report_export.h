#pragma once
// File › Export persona report… and Export workbook (XLSX)…: the report of the result on
// screen (its names, colours, persona edits and map), made on Qt's thread pool so the window
// never waits for it, then previewed (PDF) and written atomically.

#include "app/core/analysis.h"
#include "app/core/document.h"
#include "app/report/report_input.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QWidget;

namespace seg {

/// What the explorer shows, for its report.
struct ReportSource
{
    std::shared_ptr<const AnalysisResult> result;
    SegmentAppearance appearance;
    PersonaEdits edits;
    QString dataSet;
    /// The map as shown (UMAP when it is ready; null: the result's PCA stand-in).
    std::shared_ptr<const Embedding> map;
    std::vector<KSweepPoint> sweep; ///< the k sweep so far
    /// The latest campaign analysed against the run on screen, if any (the report's lift page).
    std::optional<LiftRecord> lift;
};

/// The report's input from what the explorer shows: the persona edits applied, the notes, the
/// silhouette computed when the result does not carry it yet (it follows the result), and the
/// table's fingerprint. Runs on any thread.
ReportInput reportInputFrom(const ReportSource &source);

class ReportExporter : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Pdf, Workbook };

    /// `window` parents the dialogs (may be null in tests).
    explicit ReportExporter(QWidget *window, QObject *parent = nullptr);
    /// Waits for a running export: the target stays as it was (files are written atomically).
    ~ReportExporter() override;

    /// Interactive: the PDF is made, previewed, and saved where the user says; the workbook
    /// is saved where the user says, then made.
    void exportInteractively(Kind kind, ReportSource source);
    /// Makes the report and writes it to `path`. False, starting nothing, while an export runs
    /// or without a result.
    bool start(Kind kind, ReportSource source, const QString &path);
    bool isRunning() const;

Q_SIGNALS:
    void exported(const QString &path);
    /// Translated; names the file and the reason.
    void failed(const QString &message);
    /// The PDF of an interactive export is ready for its preview (emitted before the dialog opens).
    void previewReady(const QByteArray &pdf);

private:
    struct Outcome
    {
        QByteArray pdf;   ///< for a preview
        QString error;    ///< empty on success
    };
    bool run(Kind kind, ReportSource source, const QString &path, bool preview);
    void onFinished();
    void showPreview(const QByteArray &pdf);

    QWidget *m_window = nullptr;
    QFutureWatcher<Outcome> m_watcher;
    QString m_target;
    bool m_preview = false;
};

} // namespace seg
