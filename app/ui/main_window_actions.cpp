// The main window's menus and what they write: File › Open, Export segments, the persona report
// and workbook, pictures and screenshots, and opening a dropped file. The window's views and its
// conversation with the engine are in main_window.cpp.

#include "app/core/document.h"
#include "app/core/project_session.h"
#include "app/ui/help_browser.h"
#include "app/ui/main_window.h"
#include "app/ui/preferences_dialog.h"
#include "app/ui/project_actions.h"
#include "app/ui/report_export.h"
#include "app/ui/segment_exporter.h"
#include "app/ui/status_panel.h"
#include "app/ui/sweep_presenter.h"
#include "app/ui/view_image.h"
#include "engine/eval/lift_record.h"
#include "engine/io/file_identity.h"
#include "widgets/heatmap_view.h"
#include "widgets/image_export.h"
#include "widgets/scatter_painter.h"
#include "widgets/scatter_view.h"
#include "widgets/segment_appearance.h"
#include "widgets/segment_figures.h"
#include "widgets/segment_selection.h"

#include <QAction>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QTimer>
#include <QUndoStack>

namespace seg {

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_openAction = file->addAction(tr("&Open…"), this, &MainWindow::open);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Open a project, or customer data from a CSV file or an SQLite database"));
    file->addMenu(m_projectActions->recentMenu());
    QAction *demo = file->addAction(tr("Open &demo data"), this, [this] {
        if (m_projectActions->confirmLoss())
            openDemo();
    });
    demo->setToolTip(tr("50,000 synthetic customers with six known segments"));
    file->addSeparator();
    file->addAction(m_projectActions->saveAction());
    file->addAction(m_projectActions->saveAsAction());
    file->addAction(m_projectActions->keepRunAction());
    file->addSeparator();
    m_exportAction = file->addAction(tr("&Export segments…"), this, &MainWindow::exportSegments);
    m_exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_exportAction->setToolTip(tr("Save each customer's segment as a CSV file"));
    m_exportAction->setEnabled(false);
    QAction *report = file->addAction(tr("Export persona &report…"), this, [this] {
        if (m_result)
            m_reportExporter->exportInteractively(ReportExporter::Kind::Pdf, reportSource());
    });
    report->setToolTip(tr("A PDF for a client: overview, one page per persona, methods; previewed before saving"));
    QAction *workbook = file->addAction(tr("Export &workbook (XLSX)…"), this, [this] {
        if (m_result)
            m_reportExporter->exportInteractively(ReportExporter::Kind::Workbook, reportSource());
    });
    workbook->setToolTip(tr("The segment table, the personas and every customer's segment and value as an Excel workbook"));
    m_mapPictureAction = file->addAction(tr("Save &map picture…"), this, [this] { savePicture(Picture::Map); });
    m_heatmapPictureAction =
        file->addAction(tr("Save &heatmap picture…"), this, [this] { savePicture(Picture::Heatmap); });
    m_mapPictureAction->setToolTip(tr("Save the segment map as a PNG image or SVG drawing"));
    m_heatmapPictureAction->setToolTip(tr("Save the heatmap as a PNG image or SVG drawing"));
    m_mapPictureAction->setEnabled(false);
    m_heatmapPictureAction->setEnabled(false);
    QAction *shot = file->addAction(tr("Save &screenshot…"), this, &MainWindow::saveScreenshot);
    shot->setShortcut(QKeySequence(tr("Ctrl+Alt+S"))); // Ctrl+Shift+S is Save As
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence(tr("Ctrl+,")));
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *resetZoom = view->addAction(tr("Reset &zoom"), m_scatter, &ScatterView::resetZoom);
    resetZoom->setShortcut(QKeySequence(tr("Ctrl+0")));
    m_orderRowsAction = view->addAction(tr("Order heatmap rows by &separation"));
    m_orderRowsAction->setCheckable(true);
    m_orderRowsAction->setToolTip(tr("List the features from the one that separates the segments most (the largest "
                                     "share of its variance between segments) to the least"));
    connect(m_orderRowsAction, &QAction::toggled, this, &MainWindow::updateHeatmapRowOrder);
    m_darkAction = view->addAction(tr("&Dark theme"));
    m_darkAction->setCheckable(true);
    m_darkAction->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    connect(m_darkAction, &QAction::toggled, this, &MainWindow::setDarkMode);
    m_highContrastAction = view->addAction(tr("&High contrast"));
    m_highContrastAction->setCheckable(true);
    m_highContrastAction->setShortcut(QKeySequence(tr("Ctrl+Shift+H")));
    connect(m_highContrastAction, &QAction::toggled, this,
            [this](bool on) { setTheme(on ? Theme::HighContrast : Theme::Light); });
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    QMenu *analysis = menuBar()->addMenu(tr("&Segments"));
    QAction *recluster = analysis->addAction(tr("&Recluster"), this, &MainWindow::recluster);
    recluster->setShortcut(QKeySequence(Qt::Key_F5));
    m_cancelAction = analysis->addAction(tr("&Cancel"), this, &MainWindow::cancel);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    // Esc only cancels while something runs; otherwise it stays with the focused widget
    // (closing an editor, clearing a lasso).
    m_cancelAction->setEnabled(false);
    QAction *clear = analysis->addAction(tr("C&lear selection"), m_selection, &SegmentSelection::clear);
    clear->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User guide"), this, &MainWindow::showUserGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    QAction *about = help->addAction(tr("&About SegmentScope"), this, [this] {
        QMessageBox::about(this, tr("About SegmentScope"),
                           tr("<h3>SegmentScope %1</h3><p>Customer segmentation for marketers: cluster "
                              "customers into segments, see what sets each apart, and name them.</p>"
                              "<p>Built with Qt %2.</p>")
                               .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    });
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(Preferences::load(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Preferences chosen = dialog.preferences();
    chosen.save();
    applyPreferences(chosen);
}

void MainWindow::showUserGuide()
{
    // One window, raised again when asked for again.
    if (!m_guide)
        m_guide = new HelpBrowser(this);
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::open()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a project or customer data"), QString(),
        tr("Projects and customer data (*.segscope *.csv *.tsv *.txt *.sqlite *.sqlite3 *.db);;"
           "SegmentScope projects (*.segscope);;"
           "Customer data (*.csv *.tsv *.txt *.sqlite *.sqlite3 *.db);;All files (*)"));
    if (!path.isEmpty())
        openFileInteractive(path);
}

void MainWindow::exportSegments()
{
    if (!m_result || isExporting())
        return;
    const QString source = m_document->sourcePath();
    const QString suggested = source.isEmpty()
                                  ? tr("segments.csv")
                                  : QFileInfo(source).dir().filePath(
                                        tr("%1-segments.csv").arg(QFileInfo(source).completeBaseName()));
    QFileDialog dialog(this, tr("Export segments"), suggested, tr("CSV files (*.csv);;All files (*)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("csv")); // before the overwrite question, not after it
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    exportSegmentsTo(dialog.selectedFiles().front());
}

bool MainWindow::exportSegmentsTo(const QString &path)
{
    if (!m_result)
        return false;
    const QString source = m_document->sourcePath();
    if (!isExporting() && !source.isEmpty()
        && isSameFile(QFile::encodeName(path).toStdString(), QFile::encodeName(source).toStdString())) {
        // The dialog's "replace?" does not say that the file is the customer data itself.
        onFailure(tr("Cannot export the segments to %1: it is the customer data file that is open. "
                     "Choose another name.")
                      .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    const SegmentAppearance look = appearance();
    QStringList names;
    for (int s = 0; s < m_result->segmentCount(); ++s)
        names << look.name(s);
    if (!m_exporter->start(m_result, names, path))
        return false;
    updateExportAction();
    m_status->setStage(tr("Exporting %1 customer(s)…", nullptr, pluralCount(m_exporter->customers()))
                           .arg(QLocale().toString(m_exporter->customers())));
    return true;
}

void MainWindow::onSegmentsExported(const QString &path, qulonglong customers)
{
    const QFileInfo info(path);
    m_status->setStage(tr("Exported %1 customer(s) to %2", nullptr, pluralCount(customers))
                           .arg(QLocale().toString(customers), info.fileName()),
                       QDir::toNativeSeparators(info.absoluteFilePath()));
    Q_EMIT segmentsExported(path, customers);
}

bool MainWindow::isExporting() const
{
    return m_exporter->isRunning();
}

ReportSource MainWindow::reportSource() const
{
    const QString source = m_document->sourcePath();
    ReportSource report {m_result, appearance(), m_document->personaEdits(),
                         source.isEmpty() ? tr("Demo customers") : QFileInfo(source).fileName(),
                         m_scatter->painter().points(), m_sweep->points(), std::nullopt};
    // The lift page only for a run of the project on screen: its segments are the campaign's.
    if (const Project *project = m_session->project(); project && m_session->shownRun() != 0) {
        std::vector<LiftRecord> lifts = liftRecords(project->documents, m_session->shownRun());
        if (!lifts.empty())
            report.lift = std::move(lifts.back());
    }
    return report;
}

bool MainWindow::exportReportTo(bool workbook, const QString &path)
{
    if (!m_result)
        return false;
    return m_reportExporter->start(workbook ? ReportExporter::Kind::Workbook : ReportExporter::Kind::Pdf, reportSource(),
                                   path);
}

void MainWindow::updateExportAction()
{
    if (m_exportAction)
        m_exportAction->setEnabled(m_result && !isExporting());
    for (QAction *picture : {m_mapPictureAction, m_heatmapPictureAction})
        if (picture)
            picture->setEnabled(m_result != nullptr);
}

void MainWindow::saveScreenshot()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save screenshot"), tr("segmentscope.png"),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QString reason = tr("the image could not be encoded");
    if (!grab().save(&buffer, "PNG") || !saveFileContents(path, png, &reason))
        onFailure(tr("Cannot write the screenshot to %1: %2").arg(path, reason));
}

void MainWindow::savePicture(Picture picture)
{
    const QString suggested = picture == Picture::Map ? tr("segment-map.png") : tr("segment-heatmap.png");
    const QString path = QFileDialog::getSaveFileName(
        this, picture == Picture::Map ? tr("Save map picture") : tr("Save heatmap picture"), suggested,
        imageExportFilter());
    if (!path.isEmpty())
        savePictureTo(picture, path);
}

bool MainWindow::savePictureTo(Picture picture, const QString &path)
{
    if (!m_result) {
        onFailure(tr("There are no segments to draw yet."));
        return false;
    }
    QString error;
    const bool saved = picture == Picture::Map
                           ? seg::savePicture(m_scatter->painter(), m_scatter->size(), path, &error)
                           : seg::savePicture(m_heatmap->painter(), m_heatmap->size(), path, &error);
    if (!saved)
        onFailure(error);
    return saved;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.front().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.front().isLocalFile())
        return;
    event->acceptProposedAction();
    const QString path = urls.front().toLocalFile();
    // Leave the drop handler before the modal dialog opens, so the drag source is not blocked.
    QTimer::singleShot(0, this, [this, path] {
        if (m_interactive)
            openFileInteractive(path);
        else
            openFile(path);
    });
}

} // namespace seg
