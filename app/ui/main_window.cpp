#include "app/ui/main_window.h"

#include "widgets/dendrogram_view.h"

#include "app/ui/app_style.h"
#include "app/ui/persona_view.h"
#include "widgets/segment_value_chart.h"
#include "app/ui/controls_panel.h"
#include "app/ui/customer_tooltip.h"
#include "app/ui/map_controls.h"
#include "app/core/map_controller.h"
#include "app/core/project_session.h"
#include "app/ui/map_presenter.h"
#include "app/ui/model_check_view.h"
#include "app/ui/project_actions.h"
#include "app/ui/run_history_panel.h"
#include "app/ui/lift_view.h"
#include "app/ui/scoring_history_view.h"
#include "app/core/document.h"
#include "app/core/engine_controller.h"
#include "app/ui/segment_exporter.h"
#include "app/ui/selection_keeper.h"
#include "app/ui/segment_table_view.h"
#include "app/ui/selection_profile.h"
#include "app/ui/start_page.h"
#include "app/ui/report_export.h"
#include "app/ui/status_panel.h"
#include "app/ui/table_opener.h"
#include "app/ui/workspace.h"
#include "app/ui/sweep_presenter.h"
#include "engine/core/parallel.h"
#include "engine/core/progress.h"
#include "engine/demo/demo_data.h"
#include "widgets/heatmap_view.h"
#include "widgets/model_selection_chart.h"
#include "widgets/scatter_painter.h"
#include "widgets/scatter_view.h"
#include "widgets/segment_selection.h"
#include "widgets/image_export.h"
#include "widgets/segment_appearance.h"
#include "widgets/segment_figures.h"
#include "widgets/segment_table_model.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QStackedWidget>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QProxyStyle>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWindow>

#include <algorithm>
#include <cmath>
#include <set>

namespace seg {

namespace {

// Reclustering waits this long after the last control change, so that dragging the k slider
// or typing a seed asks for one analysis, not one per intermediate value.
constexpr int kDebounceMs = 100;
// A computing UMAP map pauses while a segmentation is on its way, and goes on when the result is
// painted or, at the latest, this long after it arrived.
constexpr int kMapResumeMs = 250;

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

/// "PC 1 (34%)": the axis of the segment map and the share of the variance it shows.
QString interactionHint()
{
    return MainWindow::tr("Drag: lasso · Shift+drag: rectangle · Wheel: zoom");
}

/// Notes from reading the file and from preparing the features, each once.
QStringList dataNotes(const AnalysisResult &result)
{
    QStringList notes;
    auto addNote = [&notes](const std::string &warning) {
        const QString note = fromStd(warning);
        if (!note.isEmpty() && !notes.contains(note))
            notes << note;
    };
    if (result.request.table)
        for (const std::string &warning : result.request.table->warnings)
            addNote(warning);
    if (result.segmentation)
        for (const std::string &warning : result.segmentation->warnings)
            addNote(warning);
    return notes;
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    m_document = new Document(this);
    m_controller = new EngineController(this);
    m_controller->setWaitForPaint(true); // see noteUpdateRequest()
    m_selection = new SegmentSelection(this);
    m_selectionKeeper = new SelectionKeeper(m_selection, this);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &MainWindow::recluster);
    m_opener = new TableOpener(m_controller, m_document, this);
    connect(m_opener, &TableOpener::started, this, [this](const QString &stage) { setBusyUi(true, stage); });
    connect(m_opener, &TableOpener::failed, this, &MainWindow::onFailure);
    m_exporter = new SegmentExporter(this);
    connect(m_exporter, &SegmentExporter::finished, this, &MainWindow::updateExportAction);
    connect(m_exporter, &SegmentExporter::exported, this, &MainWindow::onSegmentsExported);
    connect(m_exporter, &SegmentExporter::failed, this, &MainWindow::onFailure);
    m_session = new ProjectSession(m_document, this);
    m_session->setViewStateProvider([this] { return viewState(); });
    m_session->setSweepProvider([this](const std::shared_ptr<const Table> &table) { return m_sweep->sweepOf(table); });
    m_projectActions = new ProjectActions(this, m_session);
    connect(m_session, &ProjectSession::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_session, &ProjectSession::pathChanged, this, &MainWindow::applyTitle);
    connect(m_session, &ProjectSession::openFailed, this, &MainWindow::onFailure);
    connect(m_session, &ProjectSession::opened, this, [this] {
        applyViewState(m_session->openedViewState());
        if (const Project *project = m_session->project())
            m_sweep->setStored(project->table, storedKSweep(*project));
    });
    connect(m_session, &ProjectSession::saved, this, [this](const QString &path) {
        m_status->setStage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_projectActions, &ProjectActions::openRequested, this, &MainWindow::openFileInteractive);
    connect(m_session, &ProjectSession::reproduced, this, [this](qint64 run, bool identical) {
        m_reproducedNote = identical ? tr("the same segments as run %1").arg(run)
                                     : tr("segments differ from run %1, made with the same settings").arg(run);
    });
    m_reportExporter = new ReportExporter(this, this);
    connect(m_reportExporter, &ReportExporter::failed, this, &MainWindow::onFailure);
    connect(m_reportExporter, &ReportExporter::exported, this, &MainWindow::reportExported);

    createViews();
    m_projectActions->connectHistory(m_runHistory);
    m_projectActions->connectScoringHistory(m_scoringHistory);
    m_projectActions->connectLiftView(m_liftView);
    createActions();
    createStatusBar();
    connectDocument();
    connectController();

    setAcceptDrops(true);
    applyTitle();
    resize(1600, 1000);
}

MainWindow::~MainWindow() = default;

void MainWindow::createViews()
{
    m_scatter = new ScatterView;
    m_scatter->setSelection(m_selection);
    m_scatter->setTooltipProvider([this](int row) { return m_result ? customerTooltip(*m_result, appearance(), row) : QString(); });
    m_scatter->setToolTip(QString());
    m_mapHint = new QLabel(interactionHint());
    m_mapHint->setEnabled(false);
    m_mapHint->setTextInteractionFlags(Qt::NoTextInteraction);
    // A long status must not widen the map's column (and squeeze the controls or the heatmap):
    // it is cut at the pane's edge, and its tooltip holds all of it.
    m_mapHint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_map = new MapPresenter(m_document, m_scatter, this);
    connect(m_map, &MapPresenter::statusChanged, this, [this](const QString &status) {
        m_mapHint->setText(status.isEmpty() ? interactionHint() : tr("%1 · %2").arg(status, interactionHint()));
        m_mapHint->setToolTip(m_mapHint->text());
    });
    connect(m_map, &MapPresenter::completed, this, [this] {
        if (isComplete() && m_map->isComplete())
            Q_EMIT mapComplete();
    });

    m_heatmap = new HeatmapView;
    m_heatmap->setSelection(m_selection);

    m_tableModel = new SegmentTableModel(this);
    m_tableView = new SegmentTableView(m_tableModel, m_selection);
    connect(m_tableView, &SegmentTableView::outliersChosen, this, [this] {
        // The outliers' row lists them: they become the chosen customers (map, profile).
        if (!m_result || !m_result->labels)
            return;
        std::vector<int> rows;
        for (std::size_t i = 0; i < m_result->labels->size(); ++i)
            if ((*m_result->labels)[i] < 0)
                rows.push_back(int(i));
        m_selection->setSelectedRows(rows);
    });
    connect(m_tableModel, &SegmentTableModel::labelEdited, this,
            [this](int segment, const QString &label) { m_document->renameSegment(appearance().key(segment), label); });

    m_chart = new ModelSelectionChart;
    m_chart->setToolTip(tr("Inertia (elbow) and silhouette for each k on the current features. "
                           "Click a k to use it."));
    connect(m_chart, &ModelSelectionChart::kRequested, this, [this](int k) { m_document->setK(k); });
    m_sweep = new SweepPresenter(m_controller, m_chart, this);
    connect(m_sweep, &SweepPresenter::updated, this, &MainWindow::checkComplete);

    m_profilePanel = new SelectionProfilePanel;
    m_profilePanel->setSelection(m_selection);

    m_sideTabs = new QTabWidget;
    m_sideTabs->setObjectName(QStringLiteral("sideTabs"));
    m_sideTabs->setDocumentMode(true);
    // Names are shown whole: shortened to fit eight tabs into the side panel they became
    // unreadable ("El…", "Se…" in Spanish at 1280 pixels). Tabs beyond the panel's width are
    // reached with the scroll arrows, Ctrl+Tab or the mouse wheel.
    m_sideTabs->setUsesScrollButtons(true);
    m_sideTabs->setElideMode(Qt::ElideNone);
    m_sideTabs->addTab(m_chart, tr("Choosing k"));
    m_sideTabs->addTab(m_profilePanel, tr("Selection"));
    m_personaView = new PersonaView(m_selection);
    m_sideTabs->addTab(m_personaView, tr("Personas"));
    m_valueChart = new SegmentValueChart;
    m_valueChart->setSelection(m_selection);
    m_sideTabs->addTab(m_valueChart, tr("Value"));
    m_modelCheck = new ModelCheckView;
    m_sideTabs->addTab(m_modelCheck, tr("Model"));
    m_treeView = new DendrogramView;
    m_sideTabs->addTab(m_treeView, tr("Tree"));
    m_sideTabs->setTabVisible(m_sideTabs->indexOf(m_treeView), false);
    m_runHistory = new RunHistoryPanel;
    // Its wide table scrolls: it must not widen the side panel (and squeeze the controls).
    m_runHistory->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_sideTabs->addTab(m_runHistory, tr("Runs"));
    m_scoringHistory = new ScoringHistoryView;
    m_sideTabs->addTab(m_scoringHistory, tr("Scoring"));
    m_liftView = new LiftView;
    m_sideTabs->addTab(m_liftView, tr("Lift"));
    m_sideTabs->setTabToolTip(0, tr("How well each number of segments fits"));
    m_sideTabs->setTabToolTip(1, tr("The customers chosen in the segment map against everyone"));
    m_sideTabs->setTabToolTip(2, tr("Who each segment is and what it is worth: a draft persona per segment to edit"));
    m_sideTabs->setTabToolTip(m_sideTabs->indexOf(m_valueChart),
                              tr("Each segment's share of the customers against its share of the value"));
    m_sideTabs->setTabToolTip(m_sideTabs->indexOf(m_modelCheck),
                              tr("Whether the purchase model behind the lifetime values describes these customers"));
    m_sideTabs->setTabToolTip(m_sideTabs->indexOf(m_treeView),
                              tr("Ward's tree: how the segments were joined, and where it is cut"));
    m_sideTabs->setTabToolTip(m_sideTabs->indexOf(m_runHistory),
                              tr("The runs kept in the project: restore, annotate, delete or compare them"));
    m_sideTabs->setTabToolTip(m_sideTabs->indexOf(m_scoringHistory),
                              tr("The customers scored with the current run, batch by batch: segment shares and drift"));
    m_sideTabs->setTabToolTip(m_sideTabs->indexOf(m_liftView),
                              tr("What the latest campaign analysed against the current run did in each segment"));
    connect(m_personaView, &PersonaView::editRequested, this,
            [this](int key, const PersonaEdit &edit) { m_document->setPersonaEdit(key, edit); });

    m_workspace = new Workspace(m_scatter, m_mapHint, m_tableView, m_heatmap, m_sideTabs);
    m_startPage = new StartPage;
    m_centre = new QStackedWidget;
    m_centre->addWidget(m_workspace);
    m_centre->addWidget(m_startPage);
    setCentralWidget(m_centre);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::open);
    connect(m_startPage, &StartPage::demoRequested, this, [this] { openDemo(); });
    connect(m_startPage, &StartPage::recentRequested, this, &MainWindow::openFileInteractive);
    connect(m_startPage, &StartPage::tourDismissed, this, [] {
        Preferences preferences = Preferences::load();
        preferences.tourDone = true;
        preferences.save();
    });

    m_controls = new ControlsPanel;
    m_mapControls = new MapControls;
    auto *controlsColumn = new QWidget;
    auto *column = new QVBoxLayout(controlsColumn);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_controls, 1);
    column->addWidget(m_mapControls);
    auto *scroll = new QScrollArea;
    scroll->setWidget(controlsColumn);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Its controls are the Tab stops: the scroll area would be one more, without a name.
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *dock = new QDockWidget(tr("Controls"), this);
    dock->setObjectName(QStringLiteral("controlsDock"));
    dock->setWidget(scroll);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                      | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    resizeDocks({dock}, {300}, Qt::Horizontal); // see showEvent()

    connect(m_controls, &ControlsPanel::kEdited, this, [this](int k) { m_document->setK(k); });
    connect(m_controls, &ControlsPanel::seedEdited, this, [this](std::uint64_t seed) { m_document->setSeed(seed); });
    connect(m_controls, &ControlsPanel::specEdited, this, [this](const FeatureSpec &spec) { m_document->setSpec(spec); });
    connect(m_controls, &ControlsPanel::algorithmEdited, this,
            [this](const QString &algorithm) { m_document->setAlgorithm(algorithm); });
    connect(m_controls, &ControlsPanel::parametersEdited, this,
            [this](const ClusteringOptions &options, const DataDefaults &fromData) {
                m_document->setParameters(options, fromData);
            });
    connect(m_controls, &ControlsPanel::reclusterRequested, this, &MainWindow::recluster);
    connect(m_mapControls, &MapControls::settingsEdited, this,
            [this](const MapSettings &settings) { m_document->setMapSettings(settings); });
    connect(m_document, &Document::mapSettingsChanged, this,
            [this] { m_mapControls->setSettings(m_document->mapSettings()); });
    connect(m_controls, &ControlsPanel::outlierThresholdEdited, this,
            [this](double robustZ) { m_document->setOutlierThreshold(robustZ); });

    connect(m_selection, &SegmentSelection::selectedRowsChanged, this, [this] {
        if (!m_selection->selectedRows().empty())
            m_sideTabs->setCurrentWidget(m_profilePanel);
    });

    setTabOrder(m_controls, m_mapControls);
    setTabOrder(m_mapControls, m_scatter);
    setTabOrder(m_scatter, m_tableView);
    setTabOrder(m_tableView, m_heatmap);
    setTabOrder(m_heatmap, m_sideTabs);
}

void MainWindow::createStatusBar()
{
    m_status = new StatusPanel(statusBar(), this);
    connect(m_status, &StatusPanel::cancelRequested, this, &MainWindow::cancel);
    setBusyUi(false);
}

void MainWindow::connectDocument()
{
    connect(m_document, &Document::tableChanged, this, &MainWindow::onTableChanged);
    connect(m_document, &Document::specChanged, this, [this] {
        m_controls->setSpec(m_document->spec());
        scheduleAnalysis();
    });
    connect(m_document, &Document::kChanged, this, [this](int k) {
        m_controls->setK(k);
        m_chart->setCurrentK(k);
        scheduleAnalysis();
    });
    connect(m_document, &Document::seedChanged, this, [this](quint64 seed) {
        m_controls->setSeed(seed);
        scheduleAnalysis();
    });
    connect(m_document, &Document::algorithmChanged, this, [this](const QString &algorithm) {
        m_controls->setAlgorithm(algorithm);
        scheduleAnalysis();
    });
    connect(m_document, &Document::parametersChanged, this, [this] {
        showParameters();
        scheduleAnalysis();
    });
    connect(m_document, &Document::outlierThresholdChanged, this, [this](double robustZ) {
        m_controls->setOutlierThreshold(robustZ);
        scheduleAnalysis();
    });
    connect(m_document, &Document::labelColumnChanged, this, [this] { scheduleAnalysis(); });
    connect(m_document, &Document::labelsChanged, this, &MainWindow::updateSegmentNames);
    connect(m_document, &Document::personasChanged, this,
            [this] { m_personaView->setEdits(m_document->personaEdits()); });
}

void MainWindow::connectController()
{
    connect(m_controller, &EngineController::analysisReady, this, &MainWindow::showResult);
    connect(m_controller, &EngineController::metricsReady, this, [this](quint64 generation, const QualityReport &m) {
        if (!m_result || m_result->generation != generation)
            return;
        m_metricsReady = true;
        m_session->setMetrics(generation, m);
        m_status->showMetrics(m, true);
        checkComplete();
    });
    connect(m_controller, &EngineController::economicsReady, this,
            [this](quint64 generation, std::shared_ptr<const Economics> economics) {
                if (!m_result || m_result->generation != generation)
                    return;
                // The same result with the intervals of its economics.
                auto updated = std::make_shared<AnalysisResult>(*m_result);
                updated->economics = economics;
                m_result = std::move(updated);
                m_tableModel->setEconomics(economics);
                m_valueChart->setEconomics(economics);
            });
    connect(m_controller, &EngineController::stabilityReady, this,
            [this](quint64 generation, std::shared_ptr<const SegmentStability> stability) {
                if (m_result && m_result->generation == generation)
                    m_tableModel->setStability(std::move(stability));
            });
    connect(m_controller, &EngineController::failed, this,
            [this](quint64, const QString &message) { onFailure(message); });
    connect(m_controller, &EngineController::progress, this,
            [this](quint64, double fraction, const QString &stage) {
                if (isComplete())
                    return; // a late, throttled report of work that has already been shown
                m_status->setProgress(fraction, stage);
            });
    connect(m_controller, &EngineController::busyChanged, this, [this](bool busy) {
        setBusyUi(busy);
    });
}

void MainWindow::openDemo(std::size_t rows, std::uint64_t seed)
{
    m_opener->openDemo(rows, seed);
}

void MainWindow::openFileInteractive(const QString &path)
{
    if (!m_projectActions->confirmLoss())
        return;
    if (ProjectActions::isProjectFile(path)) {
        m_opener->cancel();
        m_session->open(path);
        return;
    }
    m_opener->openFileInteractive(path, this);
}

bool MainWindow::openFile(const QString &path)
{
    if (ProjectActions::isProjectFile(path)) {
        m_opener->cancel();
        m_session->open(path);
        return true;
    }
    return m_opener->openFile(path);
}

QString MainWindow::statusStage() const
{
    return m_status->stage();
}

bool MainWindow::offerRecovery()
{
    return m_projectActions->offerRecovery();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_interactive && !m_projectActions->confirmLoss()) {
        event->ignore();
        return;
    }
    // Closed on purpose: nothing is left to recover.
    m_session->discardAutosave();
    QMainWindow::closeEvent(event);
}

std::map<std::string, std::string> MainWindow::viewState() const
{
    return {{"window.geometry", saveGeometry().toBase64().toStdString()},
            {"window.state", saveState().toBase64().toStdString()},
            {"view.side_tab", std::to_string(m_sideTabs->currentIndex())},
            {"view.order_rows", m_orderRowsAction->isChecked() ? "1" : "0"},
            {"view.dark", m_theme == Theme::Dark ? "1" : "0"}};
}

void MainWindow::applyViewState(const std::map<std::string, std::string> &state)
{
    auto value = [&](const char *key) {
        const auto it = state.find(key);
        return it == state.end() ? QByteArray() : QByteArray::fromStdString(it->second);
    };
    // A headless run keeps the size it was asked for.
    if (m_interactive && !value("window.geometry").isEmpty())
        restoreGeometry(QByteArray::fromBase64(value("window.geometry")));
    if (!value("window.state").isEmpty())
        restoreState(QByteArray::fromBase64(value("window.state")));
    bool ok = false;
    const int tab = value("view.side_tab").toInt(&ok);
    if (ok && tab >= 0 && tab < m_sideTabs->count())
        m_sideTabs->setCurrentIndex(tab);
    m_orderRowsAction->setChecked(value("view.order_rows") == "1");
}

void MainWindow::load(const ImportChoice &choice)
{
    m_opener->load(choice);
}

void MainWindow::onTableChanged()
{
    const std::shared_ptr<const Table> table = m_document->table();
    if (table && isShowingStartPage()) {
        m_centre->setCurrentWidget(m_workspace);
        for (QDockWidget *dock : std::as_const(m_docksHiddenForStart))
            dock->show();
        m_docksHiddenForStart.clear();
    }
    m_selection->clear();
    if (table) {
        std::vector<std::string> exclude;
        if (!m_document->idColumn().isEmpty())
            exclude.push_back(m_document->idColumn().toStdString());
        if (!m_document->labelColumn().isEmpty())
            exclude.push_back(m_document->labelColumn().toStdString());
        m_controls->setAvailableFeatures(withSuggestedColumns(*table, m_document->spec(), exclude));
    }
    m_controls->setSpec(m_document->spec());
    m_controls->setK(m_document->k());
    m_controls->setSeed(m_document->seed());
    m_controls->setAlgorithm(m_document->algorithm());
    showParameters();
    m_controls->setOutlierThreshold(m_document->outlierThreshold());
    m_chart->setCurrentK(m_document->k());
    applyTitle();
    updateRowCounts();
    // The document follows tableChanged with specChanged, labelColumnChanged and the rest in
    // the same call: analysing once that burst is over makes it one analysis, without waiting
    // for the debounce that collects the user's edits.
    scheduleAnalysis();
    QMetaObject::invokeMethod(this, [this] {
        if (m_debounce.isActive())
            recluster();
    }, Qt::QueuedConnection);
}

void MainWindow::showParameters()
{
    for (Algorithm algorithm : availableAlgorithms())
        m_controls->setParameters(m_document->clusteringFor(algorithm), m_document->parameters().fromData);
}

void MainWindow::scheduleAnalysis()
{
    if (!m_document->table())
        return;
    m_completeEmitted = false;
    m_debounce.start();
}

void MainWindow::recluster()
{
    m_debounce.stop();
    if (!m_document->table())
        return;
    m_requestedGeneration = m_controller->requestAnalysis(m_document->request());
    m_map->holdFrames(true);
    m_metricsReady = false;
    m_completeEmitted = false;
}

void MainWindow::cancel()
{
    m_debounce.stop();
    m_opener->cancel();
    m_controller->cancel();
    m_map->cancel();
    m_map->holdFrames(false);
    m_sweep->cancelled();
    m_status->setStage(tr("Cancelled"));
}

void MainWindow::showResult(std::shared_ptr<const AnalysisResult> result)
{
    if (!result)
        return;
    const std::shared_ptr<const AnalysisResult> previous = m_result;
    m_result = result;
    m_reproducedNote.clear();
    m_session->setResult(result);
    m_metricsReady = !std::isnan(result->metrics.silhouette);

    m_selectionKeeper->setResult(result);

    m_map->showResult(result);
    if (result->generation == m_requestedGeneration) {
        // The map goes on once this result is painted (noteUpdateRequest), or after a moment
        // when the window does not paint (minimised).
        QTimer::singleShot(kMapResumeMs, this, [this, generation = result->generation] {
            if (generation == m_requestedGeneration)
                m_map->holdFrames(false);
        });
    }
    std::vector<int> flagged;
    if (result->profiles)
        for (const SegmentProfile &segment : result->profiles->segments)
            if (segment.small)
                flagged.push_back(segment.segment);
    m_scatter->setFlaggedSegments(flagged);
    m_heatmap->setProfiles(result->profiles);
    updateHeatmapRowOrder();
    m_workspace->fitHeatmap(result->profiles != nullptr);
    m_tableModel->setEconomics(result->economics);
    m_tableModel->setStability(nullptr); // the new segments' comes last
    m_tableModel->setProfiles(result->profiles);
    m_profilePanel->setResult(result);
    m_personaView->setResult(result);
    m_valueChart->setEconomics(result->economics);
    m_modelCheck->setValueModel(result->value);
    m_treeView->setTree(result->segmentation ? result->segmentation->clustering.dendrogram : Dendrogram{},
                        result->segmentCount());
    // Only a hierarchical segmentation has a tree: the tab is there only then.
    m_sideTabs->setTabVisible(m_sideTabs->indexOf(m_treeView), !m_treeView->layout().nodes.empty());
    updateSegmentNames();
    if (result->segmentation && result->prepared) {
        // What the engine chose from the data (eps, minimum segment size) and whether Ward
        // summarised: the parameter page of the algorithm says so.
        const Segmentation &segmentation = *result->segmentation;
        m_controls->setFeedback({segmentation.options, result->suggestedEps, result->prepared->rows.size(),
                                 segmentation.clustering.dendrogram.summarised});
    }
    m_chart->setCurrentK(m_document->k());
    m_status->showMetrics(result->metrics, m_metricsReady);
    updateRowCounts();
    updateExportAction();

    m_sweep->showResult(*result);
    QStringList notes = dataNotes(*result);
    if (result->profiles) {
        const SegmentAppearance look = appearance();
        for (const SegmentProfile &segment : result->profiles->segments)
            if (const QString reason = smallSegmentReason(*result->profiles, segment); !reason.isEmpty())
                notes << tr("%1: %2").arg(look.name(segment.segment), reason);
    }
    m_status->setNotes(notes);
    checkComplete();
    // The engine refines the result once its views are painted (see event()).
    m_unpaintedGeneration = result->generation;
}

bool MainWindow::showsNewestRequest() const
{
    return m_result && m_result->generation == m_requestedGeneration && !m_debounce.isActive()
           && !m_opener->isLoading() && m_result->prepared;
}

bool MainWindow::isSegmented() const
{
    return showsNewestRequest() && m_result->segmentation;
}

bool MainWindow::isComplete() const
{
    return showsNewestRequest() && m_metricsReady && m_sweep->isComplete();
}

std::vector<KSweepPoint> MainWindow::sweepPoints() const
{
    return m_sweep->points();
}

bool MainWindow::isMapComplete() const
{
    return isComplete() && m_map->isComplete();
}

void MainWindow::checkComplete()
{
    if (!m_completeEmitted && isComplete()) {
        m_completeEmitted = true;
        // Small tables segment in milliseconds, which "0.00 s" would hide.
        const double ms = m_result->elapsedMs;
        QString stage = m_result->request.restored
                            ? tr("Ready – run %1 of the project, as saved").arg(m_result->request.restored->runId)
                        : ms < 1000.0 ? tr("Ready – segmented in %1 ms").arg(std::max(1, qRound(ms)))
                                      : tr("Ready – segmented in %1 s").arg(QLocale().toString(ms / 1000.0, 'f', 2));
        if (!m_reproducedNote.isEmpty())
            stage = tr("%1: %2").arg(stage, m_reproducedNote);
        m_status->setStage(stage);
        Q_EMIT resultComplete();
        if (m_map->isComplete())
            Q_EMIT mapComplete();
    }
}

void MainWindow::onFailure(const QString &message)
{
    m_map->holdFrames(false);
    setBusyUi(m_controller->isBusy());
    m_status->setStage(tr("Error: %1").arg(message.section(QLatin1Char('\n'), 0, 0)), message);
    Q_EMIT failed(message);
    if (m_interactive)
        QMessageBox::warning(this, tr("SegmentScope"), message);
}

MapController *MainWindow::mapController() const
{
    return m_map->controller();
}

void MainWindow::setInteractive(bool interactive)
{
    m_interactive = interactive;
    m_status->setInteractive(interactive);
    // A headless run has nobody to recover its changes for.
    if (!interactive)
        m_session->setAutosaveInterval(std::chrono::milliseconds(0));
    m_map->controller()->setBackground(interactive);
}

void MainWindow::setBusyUi(bool busy, const QString &stage)
{
    m_status->setBusy(busy, stage);
    if (m_cancelAction)
        m_cancelAction->setEnabled(busy);
}

void MainWindow::updateRowCounts()
{
    const std::shared_ptr<const Table> table = m_document->table();
    m_status->showCounts(table.get(), m_result && m_result->request.table == table ? m_result.get() : nullptr);
}

QToolButton *MainWindow::dataNotesButton() const
{
    return m_status->notesButton();
}

QTableView *MainWindow::segmentTableView() const
{
    return m_tableView;
}

SegmentAppearance MainWindow::appearance() const
{
    SegmentAppearance look;
    if (m_result)
        look.keys = m_result->segmentKeys;
    // Customers in no segment are density noise (DBSCAN, HDBSCAN), not only outliers set aside.
    look.noise = m_result && m_result->segmentation && findsClusterCount(algorithmOf(m_result->segmentation->options));
    const SegmentNames &names = m_document->segmentNames();
    for (int s = 0; s < (m_result ? m_result->segmentCount() : 0); ++s) {
        const auto named = names.find(look.key(s));
        look.names << (named == names.end() ? QString() : named->second);
    }
    return look;
}

void MainWindow::showPersonas()
{
    m_sideTabs->setCurrentWidget(m_personaView);
}

void MainWindow::showRuns()
{
    m_sideTabs->setCurrentWidget(m_runHistory);
}

void MainWindow::showScoring()
{
    m_sideTabs->setCurrentWidget(m_scoringHistory);
}

void MainWindow::showLift()
{
    m_sideTabs->setCurrentWidget(m_liftView);
}

void MainWindow::showValue()
{
    m_sideTabs->setCurrentWidget(m_valueChart);
}

void MainWindow::showModelFit()
{
    m_sideTabs->setCurrentWidget(m_modelCheck);
}

void MainWindow::showTree()
{
    m_sideTabs->setCurrentWidget(m_treeView);
}

void MainWindow::updateHeatmapRowOrder()
{
    const bool bySeparation = m_orderRowsAction && m_orderRowsAction->isChecked() && m_result && m_result->drivers;
    m_heatmap->setRowOrder(bySeparation ? m_result->drivers->ranking : std::vector<std::size_t>());
}

void MainWindow::updateSegmentNames()
{
    // One appearance for every view: a new name shows everywhere at once.
    const SegmentAppearance look = appearance();
    m_tableModel->setAppearance(look);
    m_scatter->setAppearance(look);
    m_heatmap->setAppearance(look);
    m_profilePanel->setAppearance(look);
    m_personaView->setAppearance(look);
    m_valueChart->setAppearance(look);
    m_treeView->setAppearance(look);
}

QString MainWindow::segmentName(int segment) const
{
    // As the segment table names it, so the file and the window agree.
    return appearance().name(segment);
}

void MainWindow::applyTitle()
{
    const std::shared_ptr<const Table> table = m_document->table();
    if (!table) {
        setWindowTitle(tr("SegmentScope[*]"));
        return;
    }
    QString source = m_document->sourcePath().isEmpty() ? tr("Demo customers")
                                                        : QFileInfo(m_document->sourcePath()).fileName();
    if (!m_session->path().isEmpty())
        source = QFileInfo(m_session->path()).fileName();
    // [*]: Qt shows the unsaved-changes mark there (windowModified).
    setWindowTitle(tr("%1[*] – SegmentScope").arg(source));
}

void MainWindow::showStartPage()
{
    m_startPage->setRecentProjects(ProjectSession::recentProjects());
    m_startPage->setTourVisible(!Preferences::load().tourDone);
    // The controls have nothing to act on yet.
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        if (dock->isVisible()) {
            dock->hide();
            m_docksHiddenForStart.append(dock);
        }
    m_centre->setCurrentWidget(m_startPage);
    m_startPage->openButton()->setFocus();
}

bool MainWindow::isShowingStartPage() const
{
    return m_centre->currentWidget() == m_startPage;
}

void MainWindow::setDarkMode(bool dark)
{
    setTheme(dark ? Theme::Dark : Theme::Light);
}

void MainWindow::setTheme(Theme theme)
{
    m_theme = theme;
    for (auto [action, checked] : {std::pair {m_darkAction, theme == Theme::Dark},
                                   std::pair {m_highContrastAction, theme == Theme::HighContrast}})
        if (action && action->isChecked() != checked) {
            const QSignalBlocker blocker(action);
            action->setChecked(checked);
        }
    QApplication::setStyle(new SegmentStyle(theme == Theme::HighContrast));
    switch (theme) {
    case Theme::System:
        QApplication::setPalette(QPalette());
        break;
    case Theme::Light:
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Theme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    case Theme::HighContrast:
        QApplication::setPalette(highContrastPalette());
        break;
    }
}

void MainWindow::applyPreferences(const Preferences &preferences)
{
    setTheme(preferences.theme);
    setThreadCount(preferences.threads);
    m_session->setAutosaveInterval(std::chrono::minutes(preferences.autosaveMinutes));
    m_document->setNewDataDefaults({preferences.scaling, preferences.restarts,
                                    static_cast<std::size_t>(preferences.umapSample)});
}

bool MainWindow::event(QEvent *event)
{
    noteUpdateRequest(event);
    return QMainWindow::event(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == windowHandle())
        noteUpdateRequest(event);
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::noteUpdateRequest(QEvent *event)
{
    // An update request paints every dirty view of the window (it comes to the window or to its
    // platform window, as the platform has it); the call queued here runs once that paint is over.
    if (event->type() != QEvent::UpdateRequest || m_unpaintedGeneration == 0)
        return;
    const quint64 generation = std::exchange(m_unpaintedGeneration, 0);
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            m_controller->resultShown(generation);
            if (generation == m_requestedGeneration)
                m_map->holdFrames(false);
        },
        Qt::QueuedConnection);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (QWindow *window = windowHandle())
        window->installEventFilter(this); // once: installing again only moves it to the front
    if (m_dockSized)
        return;
    m_dockSized = true;
    // On a wide window the controls are wide enough for "days since last order" next to its
    // weight; on a small one the views need the room more, and long names elide in the middle.
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("controlsDock"))) {
        int wanted = width() >= 1500 ? 300 : 280;
        // Longer labels (another language, a larger font) widen the controls rather than cut
        // their fields off: the column does not scroll sideways.
        if (auto *scroll = qobject_cast<QScrollArea *>(dock->widget()); scroll && scroll->widget())
            wanted = std::max(wanted, scroll->widget()->minimumSizeHint().width()
                                          + scroll->verticalScrollBar()->sizeHint().width() + 2 * scroll->frameWidth());
        resizeDocks({dock}, {wanted}, Qt::Horizontal);
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_profilePanel)
        m_profilePanel->setResult(m_result);
    QMainWindow::changeEvent(event);
}

} // namespace seg
