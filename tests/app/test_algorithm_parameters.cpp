// Every algorithm and its parameters in the explorer: what the user sets on the parameter page
// is exactly what the engine is asked for, DBSCAN and HDBSCAN take their data-dependent defaults
// on the engine thread as segscope does (the same values), k is off for them, their noise is
// named in the segment table, and the parameters survive a project's save and reopening.

#include "app/core/document.h"
#include "app/core/project_session.h"
#include "app/ui/algorithm_pages.h"
#include "app/ui/controls_panel.h"
#include "app/ui/main_window.h"
#include "app/ui/run_history_model.h"
#include "app/ui/run_history_panel.h"
#include "engine/cluster/density.h"
#include "widgets/segment_table_model.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace seg;

namespace {

constexpr std::size_t kDemoRows = 3000;
// A bound on hangs, as in the other window suites.
constexpr int kTimeoutMs = 120000;

template <typename Condition>
bool waitFor(Condition condition)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < kTimeoutMs)
        QTest::qWait(20);
    return condition();
}

/// The window shows the segmentation of the document's current request (false at once when the
/// window reports a failure). Its metrics, stability and k sweep are not waited for: a new
/// request cancels them, and every algorithm's sweep would take minutes in a sanitizer build.
bool waitForRequest(MainWindow &window)
{
    QSignalSpy failed(&window, &MainWindow::failed);
    const bool shown = waitFor([&] {
        if (!failed.isEmpty())
            return true;
        const auto result = window.currentResult();
        if (!window.isSegmented() || !result)
            return false;
        const AnalysisRequest wanted = window.document()->request();
        return result->request.clustering == wanted.clustering && result->request.fromData == wanted.fromData;
    });
    if (!failed.isEmpty())
        qWarning("%s", qPrintable(failed.front().front().toString()));
    return shown && failed.isEmpty();
}

template <typename Input>
Input *input(ControlsPanel *controls, Algorithm algorithm, int index)
{
    AlgorithmPage *page = controls->parameterPage(algorithm);
    return page && index < page->inputs().size() ? qobject_cast<Input *>(page->inputs().at(index)) : nullptr;
}

void choose(ControlsPanel *controls, const char *algorithm)
{
    QComboBox *combo = controls->algorithmComboBox();
    combo->setCurrentIndex(combo->findData(QString::fromLatin1(algorithm)));
}

} // namespace

class TestAlgorithmParameters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void everyAlgorithmIsOffered();
    void kMeansRestarts();
    void mixtureCovarianceAndRuns();
    void wardSaysWhenItSummarises();
    void dbscanTakesTheEnginesSuggestion();
    void dbscanParametersAsSet();
    void hdbscanMinimumSizeFromTheData();
    void parametersSurviveSaveAndReopen();

private:
    std::unique_ptr<MainWindow> m_window;
    std::shared_ptr<const Table> m_demo;
    QTemporaryDir m_dir;
};

void TestAlgorithmParameters::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SegmentScopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_algorithm_parameters"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_window = std::make_unique<MainWindow>();
    m_window->setInteractive(false);
    m_window->resize(1280, 800);
    m_window->show();
    QSignalSpy complete(m_window.get(), &MainWindow::resultComplete);
    m_window->openDemo(kDemoRows, 7);
    QVERIFY(complete.wait(kTimeoutMs));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_demo = m_window->document()->table();
}

void TestAlgorithmParameters::init()
{
    // Every test starts from the demo customers, k-means at k = 6, seed 42, default parameters.
    Document *document = m_window->document();
    document->restore([&] {
        DocumentState state;
        state.table = m_demo;
        state.idColumn = QStringLiteral("customer_id");
        state.labelColumn = QStringLiteral("true_segment");
        state.spec = document->spec();
        return state;
    }());
    QVERIFY(waitForRequest(*m_window));
}

void TestAlgorithmParameters::cleanupTestCase()
{
    m_window.reset();
}

void TestAlgorithmParameters::everyAlgorithmIsOffered()
{
    ControlsPanel *controls = m_window->controls();
    QComboBox *combo = controls->algorithmComboBox();
    // The five the explorer has pages for, in the engine's order; an algorithm added to the
    // engine is offered once it has its entry (algorithm_pages.cpp).
    const std::vector<AlgorithmEntry> entries = algorithmEntries();
    QCOMPARE(combo->count(), int(entries.size()));
    std::vector<Algorithm> offered;
    for (const AlgorithmEntry &entry : entries)
        offered.push_back(entry.algorithm);
    for (Algorithm expected : {Algorithm::KMeans, Algorithm::GaussianMixture, Algorithm::Ward, Algorithm::Dbscan,
                               Algorithm::Hdbscan})
        QVERIFY(std::find(offered.begin(), offered.end(), expected) != offered.end());
    for (Algorithm algorithm : offered) {
        const std::string_view name = algorithmName(algorithm);
        const int index = combo->findData(QString::fromLatin1(name.data(), qsizetype(name.size())));
        QVERIFY2(index >= 0, name.data());
        QVERIFY(!combo->itemData(index, Qt::ToolTipRole).toString().isEmpty());
        combo->setCurrentIndex(index);
        // Only this algorithm's page is shown, and only it takes height.
        AlgorithmPage *page = controls->parameterPage(algorithm);
        QVERIFY(page);
        QCOMPARE(page->parentWidget(), controls->parameterArea());
        QVERIFY(page->isVisible());
        for (Algorithm other : offered)
            if (other != algorithm)
                QVERIFY(!controls->parameterPage(other)->isVisible());
        // Each input has a tooltip and an accessible name.
        for (QWidget *w : page->inputs()) {
            QVERIFY(!w->toolTip().isEmpty());
            QVERIFY(!w->accessibleName().isEmpty());
            QCOMPARE(w->focusPolicy() & Qt::TabFocus, Qt::TabFocus);
        }
        // k and the seed are off for the algorithms that find the number of segments, and say why.
        const bool findsK = findsClusterCount(algorithm);
        QCOMPARE(controls->kSlider()->isEnabled(), !findsK);
        QCOMPARE(controls->kSpinBox()->isEnabled(), !findsK);
        QCOMPARE(controls->seedSpinBox()->isEnabled(), !findsK);
        QCOMPARE(controls->kNote()->isVisible(), findsK);
        if (findsK)
            QVERIFY(controls->kSlider()->toolTip().contains(combo->currentText()));
        // Tab goes from the algorithm through the page's inputs (those enabled) to k.
        combo->setFocus();
        QList<QWidget *> expected;
        for (QWidget *w : page->inputs())
            if (w->isEnabled())
                expected << w;
        expected << (findsK ? static_cast<QWidget *>(controls->scalingComboBox()) : controls->kSlider());
        for (QWidget *w : expected) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focus = QApplication::focusWidget();
            QVERIFY2(focus == w || w->isAncestorOf(focus), qPrintable(w->accessibleName()));
        }
    }
}

void TestAlgorithmParameters::kMeansRestarts()
{
    QSpinBox *restarts = input<QSpinBox>(m_window->controls(), Algorithm::KMeans, 0);
    QVERIFY(restarts);
    QCOMPARE(restarts->value(), 10);
    restarts->setValue(3);
    QVERIFY(waitForRequest(*m_window));
    KMeansOptions expected = std::get<KMeansOptions>(defaultClusteringOptions(Algorithm::KMeans, 6, 42));
    expected.nInit = 3;
    const AnalysisRequest &sent = m_window->currentResult()->request;
    QCOMPARE(std::get<KMeansOptions>(sent.clustering), expected);
    QCOMPARE(sent.fromData, DataDefaults {});
    QCOMPARE(m_window->currentResult()->segmentation->options, ClusteringOptions(expected));
    // One undo step brings the default back, on the page too.
    m_window->document()->undoStack()->undo();
    QCOMPARE(restarts->value(), 10);
    QVERIFY(waitForRequest(*m_window));
    QCOMPARE(std::get<KMeansOptions>(m_window->currentResult()->request.clustering).nInit, 10);
}

void TestAlgorithmParameters::mixtureCovarianceAndRuns()
{
    ControlsPanel *controls = m_window->controls();
    choose(controls, "gmm");
    QComboBox *covariance = input<QComboBox>(controls, Algorithm::GaussianMixture, 0);
    QSpinBox *runs = input<QSpinBox>(controls, Algorithm::GaussianMixture, 1);
    QVERIFY(covariance && runs);
    QCOMPARE(runs->value(), 3);
    covariance->setCurrentIndex(covariance->findData(int(CovarianceType::Full)));
    runs->setValue(2);
    controls->kSpinBox()->setValue(4);
    QVERIFY(waitForRequest(*m_window));
    auto expected = std::get<GaussianMixtureOptions>(defaultClusteringOptions(Algorithm::GaussianMixture, 4, 42));
    expected.covariance = CovarianceType::Full;
    expected.nInit = 2;
    const auto result = m_window->currentResult();
    QCOMPARE(std::get<GaussianMixtureOptions>(result->request.clustering), expected);
    QCOMPARE(result->segmentation->options, ClusteringOptions(expected));
    QCOMPARE(result->segmentCount(), 4);
    // Back to k-means and again to the mixture: its parameters were kept.
    choose(controls, "kmeans");
    QVERIFY(waitForRequest(*m_window));
    QCOMPARE(m_window->currentResult()->request.clustering,
             defaultClusteringOptions(Algorithm::KMeans, 4, 42));
    choose(controls, "gmm");
    QCOMPARE(runs->value(), 2);
    QVERIFY(waitForRequest(*m_window));
    QCOMPARE(std::get<GaussianMixtureOptions>(m_window->currentResult()->request.clustering), expected);
}

void TestAlgorithmParameters::wardSaysWhenItSummarises()
{
    ControlsPanel *controls = m_window->controls();
    choose(controls, "ward");
    QVERIFY(waitForRequest(*m_window));
    QCOMPARE(m_window->currentResult()->request.clustering, defaultClusteringOptions(Algorithm::Ward, 6, 42));
    AlgorithmPage *page = controls->parameterPage(Algorithm::Ward);
    QVERIFY(page->inputs().isEmpty());
    auto *note = page->findChild<QLabel *>();
    QVERIFY(note);
    QVERIFY(note->text().contains(QLocale().toString(50000)));
    QVERIFY(!note->text().contains(QStringLiteral("These")));
    // Above the exact limit (as the engine reports it) the page says the tree is of micro-clusters.
    WardOptions small = std::get<WardOptions>(defaultClusteringOptions(Algorithm::Ward, 6, 42));
    small.exactLimit = 1000;
    small.microClusters = 200;
    controls->setFeedback({small, std::nullopt, kDemoRows, true});
    QVERIFY(note->text().contains(QLocale().toString(qulonglong(kDemoRows))));
    QVERIFY(note->text().contains(QLocale().toString(1000)));
    QVERIFY(note->text().contains(QStringLiteral("200")));
}

void TestAlgorithmParameters::dbscanTakesTheEnginesSuggestion()
{
    ControlsPanel *controls = m_window->controls();
    choose(controls, "dbscan");
    QVERIFY(waitForRequest(*m_window));
    auto result = m_window->currentResult();
    // Asked for: DBSCAN's defaults with eps to be taken from the data.
    QCOMPARE(result->request.clustering, ClusteringOptions(DbscanOptions {}));
    QCOMPARE(result->request.fromData, (DataDefaults {true, false}));
    // The engine's suggestion for the same prepared customers, as segscope computes it.
    const double knee = kDistanceCurve(result->prepared->x, 5, 10000, kDefaultSeed).suggestedEps;
    QVERIFY(knee > 0.0);
    QCOMPARE(result->suggestedEps.value(), knee);
    const auto &used = std::get<DbscanOptions>(result->segmentation->options);
    QCOMPARE(used.eps, knee);
    QCOMPARE(used.minSamples, 5);
    QDoubleSpinBox *eps = input<QDoubleSpinBox>(controls, Algorithm::Dbscan, 0);
    QPushButton *suggest = input<QPushButton>(controls, Algorithm::Dbscan, 2);
    QVERIFY(eps && suggest);
    QCOMPARE(eps->value(), std::round(knee * 1000.0) / 1000.0);
    QVERIFY(!suggest->isEnabled()); // the suggestion is in use
    // k is off; the segments are the engine's, its noise named as such in the table.
    QVERIFY(!controls->kSlider()->isEnabled());
    QCOMPARE(result->segmentCount(), result->segmentation->clustering.clusterCount);
    // The chart says there is no k to choose, and the window is complete without a sweep.
    QVERIFY(waitFor([&] { return m_window->isComplete(); }));

    // More min samples: a new suggestion, again the engine's.
    QSpinBox *minSamples = input<QSpinBox>(controls, Algorithm::Dbscan, 1);
    minSamples->setValue(10);
    QVERIFY(waitForRequest(*m_window));
    result = m_window->currentResult();
    QCOMPARE(std::get<DbscanOptions>(result->request.clustering).minSamples, 10);
    QCOMPARE(result->request.fromData, (DataDefaults {true, false}));
    const double knee10 = kDistanceCurve(result->prepared->x, 10, 10000, kDefaultSeed).suggestedEps;
    QCOMPARE(result->suggestedEps.value(), knee10);
    QCOMPARE(std::get<DbscanOptions>(result->segmentation->options).eps, knee10);
    QCOMPARE(suggestDbscanEps(result->prepared->x, 10), knee10);
}

void TestAlgorithmParameters::dbscanParametersAsSet()
{
    ControlsPanel *controls = m_window->controls();
    choose(controls, "dbscan");
    QDoubleSpinBox *eps = input<QDoubleSpinBox>(controls, Algorithm::Dbscan, 0);
    QPushButton *suggest = input<QPushButton>(controls, Algorithm::Dbscan, 2);
    QSpinBox *minSamples = input<QSpinBox>(controls, Algorithm::Dbscan, 1);
    // Four segments and some noise on these customers (segscope cluster says the same).
    eps->setValue(2.5);
    minSamples->setValue(8);
    QVERIFY(waitForRequest(*m_window));
    auto result = m_window->currentResult();
    QCOMPARE(result->request.clustering, ClusteringOptions(DbscanOptions {2.5, 8}));
    QCOMPARE(result->request.fromData, DataDefaults {});
    QCOMPARE(result->segmentation->options, ClusteringOptions(DbscanOptions {2.5, 8}));
    // The customers DBSCAN left in no segment: the table's last row, named as noise.
    const ClusteringResult &fit = result->segmentation->clustering;
    const auto noise = std::count(fit.labels.begin(), fit.labels.end(), -1);
    QVERIFY(noise > 0);
    SegmentTableModel *table = m_window->segmentTableModel();
    QCOMPARE(table->rowCount(), fit.clusterCount + 1);
    const int last = table->rowCount() - 1;
    QCOMPARE(table->data(table->index(last, SegmentTableModel::LabelColumn)).toString(), QStringLiteral("Noise"));
    QCOMPARE(table->data(table->index(last, SegmentTableModel::SizeColumn)).toString(),
             QLocale().toString(qulonglong(noise)));
    QVERIFY(table->data(table->index(last, SegmentTableModel::LabelColumn), Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("Noise")));
    // The suggestion is still offered, and Suggest takes it.
    QVERIFY(suggest->isEnabled());
    const double knee = kDistanceCurve(result->prepared->x, 8, 10000, kDefaultSeed).suggestedEps;
    QCOMPARE(result->suggestedEps.value(), knee);
    QTest::mouseClick(suggest, Qt::LeftButton);
    QCOMPARE(eps->value(), std::round(knee * 1000.0) / 1000.0);
    QVERIFY(waitForRequest(*m_window));
    result = m_window->currentResult();
    QCOMPARE(result->request.fromData, (DataDefaults {true, false}));
    QCOMPARE(std::get<DbscanOptions>(result->segmentation->options).eps, knee);
    QCOMPARE(std::get<DbscanOptions>(result->segmentation->options).minSamples, 8);
}

void TestAlgorithmParameters::hdbscanMinimumSizeFromTheData()
{
    ControlsPanel *controls = m_window->controls();
    choose(controls, "hdbscan");
    QVERIFY(waitForRequest(*m_window));
    auto result = m_window->currentResult();
    QCOMPARE(result->request.clustering, ClusteringOptions(HdbscanOptions {}));
    QCOMPARE(result->request.fromData, (DataDefaults {false, true}));
    // 1% of the prepared customers, at least 5: what segscope takes.
    const int expected = std::max(5, int(std::ceil(0.01 * double(result->prepared->x.rows()))));
    QCOMPARE(std::get<HdbscanOptions>(result->segmentation->options).minClusterSize, expected);
    QSpinBox *minSize = input<QSpinBox>(controls, Algorithm::Hdbscan, 0);
    QSpinBox *minSamples = input<QSpinBox>(controls, Algorithm::Hdbscan, 1);
    QVERIFY(minSize && minSamples);
    QCOMPARE(minSize->value(), expected);
    QVERIFY(!controls->kSlider()->isEnabled());
    QVERIFY(!controls->seedSpinBox()->isEnabled());

    minSize->setValue(60);
    minSamples->setValue(7);
    QVERIFY(waitForRequest(*m_window));
    result = m_window->currentResult();
    QCOMPARE(result->request.clustering, ClusteringOptions(HdbscanOptions {60, 7}));
    QCOMPARE(result->request.fromData, DataDefaults {});
    QCOMPARE(result->segmentation->options, ClusteringOptions(HdbscanOptions {60, 7}));
}

void TestAlgorithmParameters::parametersSurviveSaveAndReopen()
{
    struct Case
    {
        const char *algorithm;
        std::function<void(ControlsPanel *)> edit;
        ClusteringOptions expected; ///< what the reopened document asks for
    };
    GaussianMixtureOptions gmm = std::get<GaussianMixtureOptions>(defaultClusteringOptions(Algorithm::GaussianMixture, 6, 42));
    gmm.covariance = CovarianceType::Full;
    gmm.nInit = 2;
    KMeansOptions kmeans = std::get<KMeansOptions>(defaultClusteringOptions(Algorithm::KMeans, 6, 42));
    kmeans.nInit = 4;
    const Case cases[] = {
        {"kmeans", [](ControlsPanel *c) { input<QSpinBox>(c, Algorithm::KMeans, 0)->setValue(4); }, kmeans},
        {"gmm",
         [](ControlsPanel *c) {
             auto *covariance = input<QComboBox>(c, Algorithm::GaussianMixture, 0);
             covariance->setCurrentIndex(covariance->findData(int(CovarianceType::Full)));
             input<QSpinBox>(c, Algorithm::GaussianMixture, 1)->setValue(2);
         },
         gmm},
        {"dbscan",
         [](ControlsPanel *c) {
             input<QDoubleSpinBox>(c, Algorithm::Dbscan, 0)->setValue(3.0);
             input<QSpinBox>(c, Algorithm::Dbscan, 1)->setValue(6);
         },
         DbscanOptions {3.0, 6}},
        {"hdbscan", [](ControlsPanel *c) { input<QSpinBox>(c, Algorithm::Hdbscan, 1)->setValue(9); },
         HdbscanOptions {}}, // its minimum size from the data: checked below
    };
    int n = 0;
    for (const Case &c : cases) {
        init();
        ControlsPanel *controls = m_window->controls();
        choose(controls, c.algorithm);
        c.edit(controls);
        QVERIFY(waitForRequest(*m_window));
        const auto shown = m_window->currentResult();
        ClusteringOptions expected = c.expected;
        if (auto *h = std::get_if<HdbscanOptions>(&expected)) {
            *h = std::get<HdbscanOptions>(shown->segmentation->options);
            QCOMPARE(h->minSamples, 9);
            QCOMPARE(h->minClusterSize, std::max(5, int(std::ceil(0.01 * double(shown->prepared->x.rows())))));
        }
        QCOMPARE(shown->segmentation->options, expected);

        ProjectSession *session = m_window->projectSession();
        const QString path = m_dir.filePath(QStringLiteral("run%1.segscope").arg(n++));
        QSignalSpy saved(session, &ProjectSession::saved);
        session->saveAs(path);
        QVERIFY(saved.wait(kTimeoutMs));

        MainWindow reopened;
        reopened.setInteractive(false);
        reopened.resize(1280, 800);
        reopened.show();
        QSignalSpy opened(reopened.projectSession(), &ProjectSession::opened);
        QVERIFY(reopened.openFile(path));
        QVERIFY(opened.wait(kTimeoutMs));
        QVERIFY(waitForRequest(reopened));
        // The stored run itself, shown without reclustering, with the same parameters.
        QCOMPARE(reopened.document()->algorithm(), QString::fromLatin1(c.algorithm));
        QCOMPARE(reopened.document()->clustering(), expected);
        QCOMPARE(reopened.currentResult()->request.clustering, expected);
        QVERIFY(reopened.currentResult()->request.restored);
        QCOMPARE(reopened.currentResult()->segmentation->clustering.labels, shown->segmentation->clustering.labels);
        QCOMPARE(reopened.controls()->parameterPage(algorithmOf(expected))->options(), expected);
        // The run history lists them.
        RunHistoryModel *history = reopened.runHistory()->model();
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(history->data(history->index(0, RunHistoryModel::ParametersColumn)).toString(),
                 describeParameters(expected));
        QVERIFY(!describeParameters(expected).isEmpty());
    }
}

QTEST_MAIN(TestAlgorithmParameters)
#include "test_algorithm_parameters.moc"
