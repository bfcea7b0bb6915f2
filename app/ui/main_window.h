#pragma once
// The SegmentScope main window: the controls, the linked views (segment map, feature heatmap,
// segment table, model selection, selection profile) and the status bar with progress, cancel
// and quality metrics. It owns the document and the engine controller; every computation goes
// through the controller, so the window never blocks.

#include "app/core/analysis.h"
#include "app/core/preferences.h"
#include "app/ui/import_dialog.h"

#include <QMainWindow>
#include <QStringList>
#include <QTimer>

#include <map>
#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QStackedWidget;
class QLabel;
class QTabWidget;
class QTableView;
class QToolButton;

namespace seg {

struct SegmentAppearance;
class ControlsPanel;
class Document;
class EngineController;
class HeatmapView;
class ModelSelectionChart;
class PersonaView;
class SegmentValueChart;
class ModelCheckView;
class DendrogramView;
class ScatterView;
class SegmentSelection;
class SegmentTableModel;
class SegmentTableView;
class SweepPresenter;
class MapPresenter;
class MapController;
class MapControls;
class StatusPanel;
class SelectionProfilePanel;
class SegmentExporter;
class ReportExporter;
struct ReportSource;
class SelectionKeeper;
class TableOpener;
class Workspace;
class ProjectSession;
class ProjectActions;
class RunHistoryPanel;
class ScoringHistoryView;
class LiftView;
class StartPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// When false (headless runs, tests) problems are reported through `failed` and the status
    /// bar only, never through modal message boxes. Default true.
    void setInteractive(bool interactive);

    /// Generates the demo customers on a worker thread, then clusters them.
    void openDemo(std::size_t rows = 50000, std::uint64_t seed = 7);
    /// Shows the import dialog for `path`, then loads on the engine thread.
    void openFileInteractive(const QString &path);
    /// Loads `path` with the choices the import dialog suggests (no dialog); false with a
    /// message through `failed` when the preview already shows a problem.
    bool openFile(const QString &path);
    /// Loads with explicit choices on the engine thread.
    void load(const ImportChoice &choice);

    /// Writes the current result's assignments to `path` as CSV on a worker thread (see
    /// seg::writeAssignments): one line per customer with id, segment (0-based), distance and
    /// segment_name, the name the segment table shows. Returns false, writing nothing, when
    /// there is no result yet or an export is still running, and with `failed` when `path` is
    /// the open customer data file (seg::isSameFile); otherwise the export ends with
    /// `segmentsExported` or `failed`. The file is written as seg::AtomicFile writes.
    bool exportSegmentsTo(const QString &path);
    bool isExporting() const;
    /// Writes the persona report (PDF) or the workbook (XLSX) of the result on screen to `path`
    /// on a worker thread (seg::ReportExporter), without dialogs; false when there is no result
    /// or a report export runs. Ends with reportExported or failed.
    bool exportReportTo(bool workbook, const QString &path);

    enum class Picture { Map, Heatmap };
    /// Writes a picture of the segment map or the heatmap as shown (see seg::savePicture) to
    /// `path`, PNG or SVG by its suffix. False, with `failed`, when there is no result yet or
    /// the file cannot be written.
    bool savePictureTo(Picture picture, const QString &path);

    /// The palette of the whole application (Fusion style in every theme).
    void setTheme(Theme theme);
    Theme theme() const { return m_theme; }
    /// setTheme(Dark) or setTheme(Light).
    void setDarkMode(bool dark);
    bool isDarkMode() const { return m_theme == Theme::Dark || m_theme == Theme::HighContrast; }
    /// Applies the user's preferences: theme, engine threads, autosave interval and the defaults
    /// for data opened from now on (the language applies at the next start).
    void applyPreferences(const Preferences &preferences);
    /// Edit › Preferences… (saved when accepted).
    void showPreferences();
    /// Help › User guide (F1): the guide, offline, in a window of its own.
    void showUserGuide();

    Document *document() const { return m_document; }
    /// What the status bar says of the work on screen ("Ready – …").
    QString statusStage() const;
    /// The project behind the window: save, open, runs, autosave.
    ProjectSession *projectSession() const { return m_session; }
    RunHistoryPanel *runHistory() const { return m_runHistory; }
    /// Shows the start page (open data, the demo, recent projects, the tour) in place of the
    /// views until data is opened.
    void showStartPage();
    bool isShowingStartPage() const;
    StartPage *startPage() const { return m_startPage; }
    /// Offers to recover what a crashed session autosaved (interactive start); true when the
    /// user chose to (the project is being opened).
    bool offerRecovery();
    EngineController *controller() const { return m_controller; }
    /// The segment map's own computation (UMAP on a thread of its own).
    MapController *mapController() const;
    SegmentSelection *selection() const { return m_selection; }
    ControlsPanel *controls() const { return m_controls; }
    ScatterView *scatterView() const { return m_scatter; }
    HeatmapView *heatmapView() const { return m_heatmap; }
    QTableView *segmentTableView() const;
    SegmentTableModel *segmentTableModel() const { return m_tableModel; }
    ModelSelectionChart *modelSelectionChart() const { return m_chart; }
    SelectionProfilePanel *selectionProfile() const { return m_profilePanel; }
    PersonaView *personaView() const { return m_personaView; }
    SegmentValueChart *valueChart() const { return m_valueChart; }
    /// Brings the Personas tab to the front.
    void showPersonas();
    /// Shows the Runs tab (the project's run history).
    void showRuns();
    /// Shows the Scoring tab: the batches scored with the current run.
    void showScoring();
    /// Brings the Lift tab (the latest campaign analysed against the run) to the front.
    void showLift();
    /// Brings the Value tab to the front.
    void showValue();
    /// Brings the Model tab (the purchase model's check) to the front.
    void showModelFit();
    /// Brings the Tree tab (a hierarchical segmentation's tree) to the front.
    void showTree();
    DendrogramView *treeView() const { return m_treeView; }
    /// View > Order heatmap rows by separation.
    QAction *orderRowsAction() const { return m_orderRowsAction; }
    /// The status bar item that counts the notes on the data (warnings from reading and
    /// preparing it); its tooltip lists them, a click shows them. Hidden when there are none.
    QToolButton *dataNotesButton() const;

    /// The result every view shows now (null before the first).
    std::shared_ptr<const AnalysisResult> currentResult() const { return m_result; }
    /// True when the views show the segmentation of the newest request (its metrics, stability
    /// and the k sweep may still be coming).
    bool isSegmented() const;
    /// True when the views show the newest requested analysis with its full metrics and a
    /// complete k sweep.
    bool isComplete() const;
    /// isComplete() and the map the settings ask for is shown.
    bool isMapComplete() const;
    /// The points of the "Choosing k" chart, by k.
    std::vector<KSweepPoint> sweepPoints() const;

public Q_SLOTS:
    /// Asks for a new segmentation now (F5), skipping the debounce.
    void recluster();
    /// File > Open: choose a CSV or SQLite file.
    void open();
    /// File > Export segments… (Ctrl+E): asks for a CSV file, then exportSegmentsTo().
    void exportSegments();
    void saveScreenshot();
    /// File > Save map picture… / Save heatmap picture…: asks for a file, then savePictureTo().
    void savePicture(Picture picture);
    void cancel();

Q_SIGNALS:
    /// The views show a complete result (see isComplete()); emitted once per complete state.
    void resultComplete();
    /// After resultComplete, once the map the settings ask for is shown too (the UMAP map
    /// computes in the background and may come later).
    void mapComplete();
    /// Loading, analysing or exporting failed; `message` is translated and names file, row and
    /// column.
    void failed(const QString &message);
    /// exportSegmentsTo() wrote `customers` lines (every row of the table) to `path`.
    void segmentsExported(const QString &path, qulonglong customers);
    /// exportReportTo() or File › Export persona report / workbook wrote `path`.
    void reportExported(const QString &path);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The views show the result of the newest request, as far as it has come.
    bool showsNewestRequest() const;
    void createActions();
    /// After an update request of the window: tells the engine the newest result is painted.
    void noteUpdateRequest(QEvent *event);
    void createViews();
    void createStatusBar();
    void connectDocument();
    void connectController();

    /// Every algorithm's parameters as the document holds them, on the controls' pages.
    void showParameters();
    void scheduleAnalysis();
    void showResult(std::shared_ptr<const AnalysisResult> result);
    void onTableChanged();
    void onFailure(const QString &message);
    void updateSegmentNames();
    /// The heatmap's rows by the features' separation (View menu) or by group.
    void updateHeatmapRowOrder();
    /// The name the segment table shows for `segment` (0-based): the user's label or "Segment n".
    QString segmentName(int segment) const;
    /// Names and colours of the current result's segments, by their keys.
    SegmentAppearance appearance() const;
    void updateExportAction();
    void onSegmentsExported(const QString &path, qulonglong customers);
    void updateRowCounts();
    void setBusyUi(bool busy, const QString &stage = {});
    void checkComplete();
    void applyTitle();
    /// The window layout and view choices stored in a project, and their restoring.
    std::map<std::string, std::string> viewState() const;
    void applyViewState(const std::map<std::string, std::string> &state);

    Document *m_document = nullptr;
    ProjectSession *m_session = nullptr;
    ProjectActions *m_projectActions = nullptr;
    RunHistoryPanel *m_runHistory = nullptr;
    ScoringHistoryView *m_scoringHistory = nullptr;
    LiftView *m_liftView = nullptr;
    EngineController *m_controller = nullptr;
    SegmentSelection *m_selection = nullptr;

    ControlsPanel *m_controls = nullptr;
    ScatterView *m_scatter = nullptr;
    HeatmapView *m_heatmap = nullptr;
    SegmentTableModel *m_tableModel = nullptr;
    SegmentTableView *m_tableView = nullptr;
    ModelSelectionChart *m_chart = nullptr;
    SweepPresenter *m_sweep = nullptr;
    MapPresenter *m_map = nullptr;
    MapControls *m_mapControls = nullptr;
    StatusPanel *m_status = nullptr;
    SelectionProfilePanel *m_profilePanel = nullptr;
    PersonaView *m_personaView = nullptr;
    SegmentValueChart *m_valueChart = nullptr;
    ModelCheckView *m_modelCheck = nullptr;
    DendrogramView *m_treeView = nullptr;
    QAction *m_orderRowsAction = nullptr;
    QTabWidget *m_sideTabs = nullptr;
    QLabel *m_mapHint = nullptr;
    Workspace *m_workspace = nullptr;
    QStackedWidget *m_centre = nullptr; ///< the start page or the workspace
    StartPage *m_startPage = nullptr;
    QList<QDockWidget *> m_docksHiddenForStart;


    QAction *m_openAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_mapPictureAction = nullptr;
    QAction *m_heatmapPictureAction = nullptr;
    QAction *m_darkAction = nullptr;
    QAction *m_highContrastAction = nullptr;
    QWidget *m_guide = nullptr;
    QAction *m_cancelAction = nullptr;

    QTimer m_debounce;
    bool m_interactive = true;
    QString m_reproducedNote; ///< whether the result on screen repeats a stored run
    Theme m_theme = Theme::Light;
    bool m_dockSized = false;

    std::shared_ptr<const AnalysisResult> m_result;
    SelectionKeeper *m_selectionKeeper = nullptr;
    quint64 m_requestedGeneration = 0; ///< newest analysis asked for (0: none)
    quint64 m_unpaintedGeneration = 0; ///< a shown result whose views have not been painted yet
    bool m_metricsReady = false;
    bool m_completeEmitted = false;


    TableOpener *m_opener = nullptr;

    SegmentExporter *m_exporter = nullptr;
    ReportExporter *m_reportExporter = nullptr; ///< File › Export persona report / workbook
    ReportSource reportSource() const;
};

} // namespace seg
