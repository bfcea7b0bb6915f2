// The main window: controls drive the engine, views are linked through one selection, edits
// are undoable, rapid input coalesces, and failures are reported.

#include "app/ui/controls_panel.h"
#include "app/core/document.h"
#include "app/core/engine_controller.h"
#include "app/ui/main_window.h"
#include "app/ui/model_check_view.h"
#include "app/ui/persona_view.h"
#include "widgets/segment_value_chart.h"
#include "widgets/dendrogram_view.h"
#include "app/ui/view_image.h"
#include "app/ui/selection_profile.h"
#include "engine/data/csv_reader.h"
#include "widgets/heatmap_view.h"
#include "widgets/model_selection_chart.h"
#include "widgets/scatter_painter.h"
#include "widgets/scatter_view.h"
#include "widgets/segment_selection.h"
#include "widgets/segment_palette.h"
#include "widgets/segment_table_model.h"

#include <QAction>
#include <QComboBox>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QStatusBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QFile>
#include <QSignalSpy>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTabWidget>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QKeySequence>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <set>

#include <sys/stat.h>
#include <unistd.h>

using namespace seg;

namespace {

// Small enough for a quick test, large enough for six well-separated demo segments.
constexpr std::size_t kDemoRows = 3000;
// A bound on hangs, not a timing assertion: the first complete result (k sweep, bootstrap
// stability, UMAP) takes about 45 s in an unoptimised sanitizer build with the machine to
// itself, and more beside another test; the other window suites allow 120 s too.
constexpr int kTimeoutMs = 120000;

int resultK(const std::shared_ptr<const AnalysisResult> &result)
{
    return result ? result->segmentCount() : -1;
}

/// Proxy row of the segment table that shows `segment`.
int proxyRowOf(MainWindow &window, int segment)
{
    const auto profiles = window.segmentTableModel()->profiles();
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(window.segmentTableView()->model());
    for (std::size_t i = 0; profiles && i < profiles->segments.size(); ++i)
        if (profiles->segments[i].segment == segment)
            return proxy->mapFromSource(window.segmentTableModel()->index(int(i), 0)).row();
    return -1;
}

/// File › Export segments…, found by its shortcut.
QAction *exportAction(MainWindow &window)
{
    for (QAction *action : window.findChildren<QAction *>())
        if (action->shortcut() == QKeySequence(QStringLiteral("Ctrl+E")))
            return action;
    return nullptr;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void demoCompletes();
    void valueTabShowsTheModelCheck();
    void exportSegments();
    void exportNeedsResult();
    void exportFailureReported();
    void exportNeverReplacesTheOpenData();
    void fitsAt1280x800();
    void dataNotesListTheWarnings();
    void controlsShowReadableNames();
    void kSpinBoxDrivesController();
    void algorithmComboDrivesController();
    void wardShowsItsTree();
    void undoRestoresK();
    void tableRowSelectsSegmentEverywhere();
    void selectionFollowsIntoTable();
    void renameIsUndoable();
    void valueAndPersonas();
    void nameAndChoiceSurviveReseed();
    void lassoProfileMatchesSegmentProfile();
    void profileSelectionHandComputed();
    void rapidKChangesCoalesce();
    void darkPalette();
    void picturesOfTheViews();
    void loadsCsvWithChosenId();
    void unreadableFileFails();
    void pipeOrFolderFails();

private:
    MainWindow *m_window = nullptr;
    std::shared_ptr<const Table> m_demo;
};

void TestMainWindow::initTestCase()
{
    m_window = new MainWindow;
    m_window->setInteractive(false);
    m_window->resize(1280, 800);
    m_window->show();
    QSignalSpy complete(m_window, &MainWindow::resultComplete);
    m_window->openDemo(kDemoRows, 7);
    QVERIFY(complete.wait(kTimeoutMs));
    m_demo = m_window->document()->table();
}

void TestMainWindow::init()
{
    // Every test starts from the same state, whatever ran before it: the demo customers with
    // their suggested features, k = 6, seed 42, no names, no selection, light palette.
    Document *document = m_window->document();
    m_window->setDarkMode(false);
    m_window->selection()->clear();
    document->setTable(m_demo, QString(), QStringLiteral("customer_id"), QStringLiteral("true_segment"));
    document->setK(6);
    document->setSeed(42);
    document->setAlgorithm(QStringLiteral("kmeans"));
    document->undoStack()->clear();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isComplete() && m_window->currentResult()->request.table == m_demo
                                 && m_window->currentResult()->request.k() == 6,
                             kTimeoutMs);
}

void TestMainWindow::cleanupTestCase()
{
    delete m_window;
}

void TestMainWindow::demoCompletes()
{
    QVERIFY(m_window->isComplete());
    const auto result = m_window->currentResult();
    QVERIFY(result);
    QCOMPARE(result->request.table->rowCount, kDemoRows);
    QCOMPARE(resultK(result), 6);
    QCOMPARE(m_window->controls()->k(), 6);
    QCOMPARE(m_window->segmentTableModel()->rowCount(), 6);
    // The demo's generating segments are the label column: ARI is measured.
    QCOMPARE(m_window->document()->labelColumn(), QStringLiteral("true_segment"));
    QVERIFY(result->metrics.ari.has_value());
    QCOMPARE(m_window->document()->idColumn(), QStringLiteral("customer_id"));
    // The status bar gives the time in milliseconds below a second: "0.00 s" said nothing.
    const double ms = result->elapsedMs;
    const QString took = ms < 1000.0 ? QStringLiteral("Ready – segmented in %1 ms").arg(std::max(1, qRound(ms)))
                                     : QStringLiteral("Ready – segmented in %1 s").arg(QLocale().toString(ms / 1000.0, 'f', 2));
    const QList<QLabel *> labels = m_window->statusBar()->findChildren<QLabel *>();
    QVERIFY2(std::any_of(labels.begin(), labels.end(), [&](const QLabel *l) { return l->text().startsWith(took); }),
             qPrintable(took));
    // The tooltip of a point names the customer from the id column.
    const std::size_t tableRow = result->prepared->rows[0];
    const std::string id = result->request.table->require("customer_id").cellText(tableRow);
    QVERIFY(!id.empty());
    // Last comes each segment's bootstrap stability: the engine's figures for these very
    // segments. The demo's personas are distinct enough to come back in most resamples.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->segmentTableModel()->stabilityColumn() >= 0, kTimeoutMs);
    const auto shown = m_window->segmentTableModel()->stability();
    const SegmentStability expected = bootstrapStability(*result->prepared, *result->segmentation, 20, 5000);
    QCOMPARE(shown->jaccard, expected.jaccard);
    QCOMPARE(shown->sampleSize, std::min<std::size_t>(5000, result->prepared->rows.size()));
    for (double j : shown->jaccard)
        QVERIFY2(j > 0.6, QByteArray::number(j).constData());
}

void TestMainWindow::valueTabShowsTheModelCheck()
{
    // The demo has the lifetime-value inputs: the Value tab draws the purchase model's check,
    // counted and expected bars in the palette's highlight colour and its mix with the base.
    auto *check = m_window->findChild<ModelCheckView *>();
    QVERIFY(check);
    QVERIFY(check->hasModel());
    QCOMPARE(check->accessibleName(), QStringLiteral("Purchase model check"));
    check->resize(360, 200);
    const auto highlightPixels = [&] {
        const QImage image = check->grab().toImage();
        const QRgb highlight = check->palette().color(QPalette::Highlight).rgb();
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                count += image.pixel(x, y) == highlight;
        return count;
    };
    QVERIFY(highlightPixels() > 100);
    const auto model = m_window->currentResult()->value;
    check->setValueModel(nullptr);
    QCOMPARE(highlightPixels(), 0);
    check->setValueModel(model);
}

void TestMainWindow::exportSegments()
{
    QAction *action = exportAction(*m_window);
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    // A name with a comma and a quote must survive the CSV quoting; the other segments keep the
    // default names the segment table shows. Segments are numbered by their keys, as the
    // default names are.
    const QString name = QStringLiteral("Loyal, \"big\" spenders");
    m_window->document()->renameSegment(2, name);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("segments.csv"));
    QSignalSpy exported(m_window, &MainWindow::segmentsExported);
    QSignalSpy failed(m_window, &MainWindow::failed);
    const auto result = m_window->currentResult();
    QVERIFY(m_window->exportSegmentsTo(path));
    QVERIFY(exported.wait(kTimeoutMs));
    QVERIFY(failed.isEmpty());
    QCOMPARE(exported.front().at(0).toString(), path);
    QCOMPARE(exported.front().at(1).toULongLong(), qulonglong(kDemoRows));
    QVERIFY(action->isEnabled());
    m_window->document()->undoStack()->undo();

    // The status bar says how many customers went where.
    const QString message = QStringLiteral("Exported %1 customers to segments.csv")
                                .arg(QLocale().toString(qulonglong(kDemoRows)));
    bool shown = false;
    for (const QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
        shown = shown || label->text() == message;
    QVERIFY2(shown, qPrintable(message));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readLine(), QByteArray("id,segment,distance,segment_name\n"));
    file.close();

    CsvOptions options;
    options.idColumn = "id";
    const Table back = readCsv(path.toStdString(), options);
    const Table &table = *result->request.table;
    QCOMPARE(back.rowCount, table.rowCount);
    const Column &ids = table.require("customer_id");
    const Column &backIds = back.require("id");
    const Column &segments = back.require("segment");
    const Column &distances = back.require("distance");
    const Column &names = back.require("segment_name");
    std::vector<int> matrixRow(table.rowCount, -1);
    for (std::size_t i = 0; i < result->prepared->rows.size(); ++i)
        matrixRow[result->prepared->rows[i]] = int(i);
    for (std::size_t row = 0; row < table.rowCount; ++row) {
        QCOMPARE(backIds.cellText(row), ids.cellText(row));
        const int m = matrixRow[row];
        if (m < 0) {
            QVERIFY(segments.isMissing(row));
            continue;
        }
        const int segment = result->segmentation->clustering.labels[std::size_t(m)];
        const int key = result->segmentKeys.at(std::size_t(segment));
        QCOMPARE(int(segments.numbers[row]), key);
        // Six significant digits in the file.
        QVERIFY(std::abs(distances.numbers[row] - result->segmentation->clustering.scores[std::size_t(m)])
                <= 1e-5 * std::max(1.0, result->segmentation->clustering.scores[std::size_t(m)]));
        const QString expected = key == 2 ? name : QStringLiteral("Segment %1").arg(key + 1);
        QCOMPARE(QString::fromStdString(names.cellText(row)), expected);
    }
}

void TestMainWindow::exportNeedsResult()
{
    MainWindow window;
    window.setInteractive(false);
    QAction *action = exportAction(window);
    QVERIFY(action);
    QVERIFY(!action->isEnabled());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("segments.csv"));
    QVERIFY(!window.exportSegmentsTo(path));
    QVERIFY(!QFile::exists(path));
}

void TestMainWindow::exportFailureReported()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/segments.csv"));
    QSignalSpy exported(m_window, &MainWindow::segmentsExported);
    QSignalSpy failed(m_window, &MainWindow::failed);
    QVERIFY(m_window->exportSegmentsTo(path));
    QVERIFY(failed.wait(kTimeoutMs));
    QVERIFY(exported.isEmpty());
    QVERIFY2(failed.front().at(0).toString().contains(path), qPrintable(failed.front().at(0).toString()));
    QVERIFY(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden).isEmpty());
    QVERIFY(exportAction(*m_window)->isEnabled());
}

void TestMainWindow::exportNeverReplacesTheOpenData()
{
    // The save dialog's "replace?" does not say the file is the customer data itself: exporting
    // onto it (by its name, a link or a hard link) is refused, and the data keeps its bytes.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString data = dir.filePath(QStringLiteral("shop.csv"));
    QByteArray csv = "account,visits,spend\n";
    for (int i = 0; i < 20; ++i)
        csv += "A" + QByteArray::number(i) + "," + QByteArray::number(i % 2 ? 50 : 2) + ","
               + QByteArray::number(i % 2 ? 900 + i : 10 + i) + "\n";
    {
        QFile file(data);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
    }
    QVERIFY(QFile::link(QStringLiteral("shop.csv"), dir.filePath(QStringLiteral("link.csv"))));
    const QByteArray hard = QFile::encodeName(dir.filePath(QStringLiteral("hard.csv")));
    QCOMPARE(::link(QFile::encodeName(data).constData(), hard.constData()), 0);

    MainWindow window;
    window.setInteractive(false);
    window.document()->setK(2);
    QSignalSpy complete(&window, &MainWindow::resultComplete);
    QVERIFY(window.openFile(data));
    QVERIFY(complete.wait(kTimeoutMs));
    QSignalSpy failed(&window, &MainWindow::failed);
    QSignalSpy exported(&window, &MainWindow::segmentsExported);
    for (const char *name : {"shop.csv", "link.csv", "hard.csv"}) {
        const QString target = dir.filePath(QLatin1String(name));
        QVERIFY(!window.exportSegmentsTo(target));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.takeFirst().at(0).toString(),
                 QStringLiteral("Cannot export the segments to %1: it is the customer data file that is open. "
                                "Choose another name.")
                     .arg(QDir::toNativeSeparators(target)));
        QVERIFY(!window.isExporting());
    }
    QVERIFY(exported.isEmpty());
    QFile file(data);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), csv);
    const QStringList expected{QStringLiteral("hard.csv"), QStringLiteral("link.csv"),
                               QStringLiteral("shop.csv")};
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
             expected);
}

void TestMainWindow::fitsAt1280x800()
{
    QCOMPARE(m_window->size(), QSize(1280, 800));
    QTest::qWait(50); // let pending layout requests settle
    // The heatmap shows every row without scrolling.
    HeatmapView *heatmap = m_window->heatmapView();
    auto *scroll = qobject_cast<QScrollArea *>(heatmap->parentWidget()->parentWidget());
    QVERIFY(scroll);
    QVERIFY(!scroll->verticalScrollBar()->isVisible());
    QVERIFY(heatmap->height() >= heatmap->minimumSizeHint().height());
    // The segment table shows customers, share and the first money column without scrolling;
    // the demo's two money columns, its three value columns and the traits (which keep a
    // readable width) make it scroll sideways for the rest, rather than squeeze every column.
    QTableView *table = m_window->segmentTableView();
    const int traitsColumn = table->model()->columnCount() - 1;
    // revenue, avg_order_value; lifetime value, expected purchases, P(alive); the stability
    // once it has come
    const bool stability = m_window->segmentTableModel()->stabilityColumn() >= 0;
    QCOMPARE(traitsColumn, int(SegmentTableModel::moneyColumn(2)) + 3 + (stability ? 1 : 0));
    const QHeaderView *header = table->horizontalHeader();
    for (int column : {int(SegmentTableModel::SizeColumn), int(SegmentTableModel::ShareColumn),
                       SegmentTableModel::moneyColumn(0), SegmentTableModel::moneyColumn(1), traitsColumn})
        QVERIFY2(!table->isColumnHidden(column), qPrintable(QString::number(column)));
    QVERIFY(header->sectionViewportPosition(SegmentTableModel::moneyColumn(0))
                + header->sectionSize(SegmentTableModel::moneyColumn(0))
            <= table->viewport()->width());
    QVERIFY(header->sectionSize(traitsColumn) >= 20 * table->fontMetrics().averageCharWidth());
    // The k chart keeps a usable height.
    QVERIFY(m_window->modelSelectionChart()->height() >= 150);
}

void TestMainWindow::dataNotesListTheWarnings()
{
    const auto result = m_window->currentResult();
    QVERIFY(result && result->prepared);
    QStringList expected;
    for (const std::string &w : result->request.table->warnings)
        expected << QString::fromStdString(w);
    for (const std::string &w : result->prepared->warnings)
        if (!expected.contains(QString::fromStdString(w)))
            expected << QString::fromStdString(w);
    QToolButton *notes = m_window->dataNotesButton();
    QVERIFY(notes);
    QCOMPARE(notes->isVisible(), !expected.isEmpty());
    // The demo data has missing cells in four columns: preparing it always raises notes.
    QVERIFY(!expected.isEmpty());
    QCOMPARE(notes->text(), expected.size() == 1 ? QStringLiteral("1 note on the data")
                                                 : QStringLiteral("%1 notes on the data").arg(expected.size()));
    for (const QString &note : expected)
        QVERIFY2(notes->toolTip().contains(note.toHtmlEscaped()), qPrintable(note));
}

void TestMainWindow::controlsShowReadableNames()
{
    // Column names read as words; the raw name stays in the tooltip and in the spec.
    QTreeWidget *tree = m_window->controls()->featureTree();
    QTreeWidgetItem *found = nullptr;
    for (int g = 0; g < tree->topLevelItemCount() && !found; ++g)
        for (int c = 0; c < tree->topLevelItem(g)->childCount(); ++c)
            if (tree->topLevelItem(g)->child(c)->data(0, Qt::UserRole).toString() == QStringLiteral("days_since_last_order"))
                found = tree->topLevelItem(g)->child(c);
    QVERIFY(found);
    QCOMPARE(found->text(0), QStringLiteral("days since last order"));
    QVERIFY(found->toolTip(0).startsWith(QStringLiteral("days_since_last_order")));
    QCOMPARE(tree->textElideMode(), Qt::ElideMiddle);
}

void TestMainWindow::kSpinBoxDrivesController()
{
    QSignalSpy ready(m_window->controller(), &EngineController::analysisReady);
    m_window->controls()->kSpinBox()->setValue(4);
    QCOMPARE(m_window->controls()->kSlider()->value(), 4);
    QCOMPARE(m_window->document()->k(), 4);
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), kTimeoutMs);
    const auto result = ready.last().at(0).value<std::shared_ptr<const AnalysisResult>>();
    QCOMPARE(result->request.k(), 4);
    QCOMPARE(resultK(result), 4);
    QCOMPARE(int(result->profiles->segments.size()), 4);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->segmentTableModel()->rowCount(), 4, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isComplete(), kTimeoutMs);
}

// The explorer offers the Gaussian mixture: choosing it reclusters with the mixture, whose
// customers carry their membership probability; undo brings k-means back, in the combo too.
void TestMainWindow::algorithmComboDrivesController()
{
    QComboBox *combo = m_window->controls()->algorithmComboBox();
    const int gmm = combo->findData(QStringLiteral("gmm"));
    QVERIFY(gmm > 0);
    combo->setCurrentIndex(gmm);
    QCOMPARE(m_window->document()->algorithm(), QStringLiteral("gmm"));
    // The segmentation is what this checks: the mixture's k sweep is left to be cancelled.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isSegmented()
                                 && algorithmOf(m_window->currentResult()->request.clustering)
                                        == Algorithm::GaussianMixture,
                             kTimeoutMs);
    const ClusteringResult &fit = m_window->currentResult()->segmentation->clustering;
    QCOMPARE(fit.algorithm, Algorithm::GaussianMixture);
    QCOMPARE(fit.clusterCount, 6);
    QCOMPARE(fit.memberships.size(), fit.labels.size());
    QVERIFY(std::isfinite(fit.bic));
    m_window->document()->undoStack()->undo();
    QCOMPARE(combo->currentData().toString(), QStringLiteral("kmeans"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isComplete()
                                 && m_window->currentResult()->segmentation->clustering.algorithm == Algorithm::KMeans,
                             kTimeoutMs);
}

// Ward's segments come with their tree, in a tab that is there only for a hierarchical
// segmentation; its cut gives as many segments as the table shows.
void TestMainWindow::wardShowsItsTree()
{
    QTabWidget *tabs = qobject_cast<QTabWidget *>(m_window->treeView()->parentWidget()->parentWidget());
    QVERIFY(tabs);
    const int treeTab = tabs->indexOf(m_window->treeView());
    QVERIFY(!tabs->isTabVisible(treeTab));
    m_window->document()->setAlgorithm(QStringLiteral("ward"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isSegmented()
                                 && m_window->currentResult()->segmentation->clustering.algorithm == Algorithm::Ward,
                             kTimeoutMs);
    QVERIFY(tabs->isTabVisible(treeTab));
    const DendrogramLayout &layout = m_window->treeView()->layout();
    QVERIFY(layout.shownLeaves >= 12);
    std::set<int> segments;
    for (const auto &node : layout.nodes)
        if (node.left < 0)
            segments.insert(node.segment);
    QCOMPARE(int(segments.size()), m_window->segmentTableModel()->rowCount());
    m_window->document()->setAlgorithm(QStringLiteral("kmeans"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isComplete()
                                 && m_window->currentResult()->segmentation->clustering.algorithm == Algorithm::KMeans,
                             kTimeoutMs);
    QVERIFY(!tabs->isTabVisible(treeTab));
}

void TestMainWindow::undoRestoresK()
{
    m_window->controls()->kSpinBox()->setValue(4);
    QCOMPARE(m_window->document()->k(), 4);
    m_window->document()->undoStack()->undo();
    QCOMPARE(m_window->document()->k(), 6);
    QCOMPARE(m_window->controls()->kSpinBox()->value(), 6);
    QTRY_COMPARE_WITH_TIMEOUT(resultK(m_window->currentResult()), 6, kTimeoutMs);
    m_window->document()->undoStack()->redo();
    QCOMPARE(m_window->controls()->kSpinBox()->value(), 4);
    QTRY_COMPARE_WITH_TIMEOUT(resultK(m_window->currentResult()), 4, kTimeoutMs);
    m_window->controls()->kSpinBox()->setValue(6);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isComplete() && resultK(m_window->currentResult()) == 6, kTimeoutMs);
}

void TestMainWindow::tableRowSelectsSegmentEverywhere()
{
    SegmentSelection *selection = m_window->selection();
    selection->clear();
    QCOMPARE(selection->currentSegment(), -1);
    const QSize size(480, 360);
    const QImage scatterBefore = m_window->scatterView()->render(size);
    const QImage heatmapBefore = m_window->heatmapView()->grab().toImage();

    const int row = proxyRowOf(*m_window, 2);
    QVERIFY(row >= 0);
    m_window->segmentTableView()->selectRow(row);
    QCOMPARE(selection->currentSegment(), 2);

    // Both views draw the highlighted segment differently from the unselected state.
    QVERIFY(m_window->scatterView()->render(size) != scatterBefore);
    QVERIFY(m_window->heatmapView()->grab().toImage() != heatmapBefore);

    // Selecting nothing in the table clears the highlight, and the views return to their look.
    m_window->segmentTableView()->clearSelection();
    QCOMPARE(selection->currentSegment(), -1);
    QCOMPARE(m_window->scatterView()->render(size), scatterBefore);
    QCOMPARE(m_window->heatmapView()->grab().toImage(), heatmapBefore);
}

void TestMainWindow::selectionFollowsIntoTable()
{
    // A segment chosen elsewhere (scatter legend, heatmap header) selects its table row.
    QTableView *view = m_window->segmentTableView();
    for (const int segment : {0, 5, 3}) {
        m_window->selection()->setCurrentSegment(segment);
        const QModelIndexList rows = view->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.front().row(), proxyRowOf(*m_window, segment));
    }
    // Sorting the table by size does not break the link.
    view->sortByColumn(SegmentTableModel::SizeColumn, Qt::DescendingOrder);
    m_window->selection()->setCurrentSegment(1);
    QCOMPARE(view->selectionModel()->selectedRows().front().row(), proxyRowOf(*m_window, 1));
    view->selectRow(0);
    const auto profiles = m_window->segmentTableModel()->profiles();
    std::size_t largest = 0;
    for (std::size_t i = 1; i < profiles->segments.size(); ++i)
        if (profiles->segments[i].size > profiles->segments[largest].size)
            largest = i;
    QCOMPARE(m_window->selection()->currentSegment(), profiles->segments[largest].segment);
    view->sortByColumn(SegmentTableModel::SegmentColumn, Qt::AscendingOrder);
    m_window->selection()->clear();
}

void TestMainWindow::renameIsUndoable()
{
    QAbstractItemModel *model = m_window->segmentTableView()->model();
    const int row = proxyRowOf(*m_window, 1);
    const QModelIndex label = model->index(row, SegmentTableModel::LabelColumn);
    QVERIFY(model->flags(label) & Qt::ItemIsEditable);
    QVERIFY(model->setData(label, QStringLiteral("Loyal big spenders")));
    // The name is kept on the segment's key.
    const int key = m_window->currentResult()->segmentKeys.at(1);
    QCOMPARE(m_window->document()->segmentNames().at(key), QStringLiteral("Loyal big spenders"));
    QCOMPARE(m_window->segmentTableModel()->appearance().names.value(1), QStringLiteral("Loyal big spenders"));
    // At once in every view: the map's legend, the heatmap's header and the selection profile
    // name segments through the same appearance.
    QCOMPARE(m_window->scatterView()->appearance().name(1), QStringLiteral("Loyal big spenders"));
    QCOMPARE(m_window->heatmapView()->appearance().name(1), QStringLiteral("Loyal big spenders"));
    QCOMPARE(m_window->selectionProfile()->appearance().name(1), QStringLiteral("Loyal big spenders"));

    m_window->document()->undoStack()->undo();
    QCOMPARE(m_window->document()->segmentNames().count(key), std::size_t(0));
    QVERIFY(m_window->segmentTableModel()->appearance().names.value(1).isEmpty());
    QCOMPARE(m_window->scatterView()->appearance().name(1), m_window->segmentTableModel()->appearance().name(1));
    QCOMPARE(m_window->heatmapView()->appearance().name(1), m_window->segmentTableModel()->appearance().name(1));
    m_window->document()->undoStack()->redo();
    QCOMPARE(m_window->segmentTableModel()->appearance().names.value(1), QStringLiteral("Loyal big spenders"));
}

void TestMainWindow::valueAndPersonas()
{
    // The demo data carries the lifetime-value inputs: the result has economics with lifetime
    // value, the table shows it, and every segment has a persona card.
    const auto result = m_window->currentResult();
    QVERIFY(result->value);
    QVERIFY(result->economics && result->economics->hasClv);
    QCOMPARE(result->economics->segments.size(), std::size_t(6));
    // Complete, so the bootstrap intervals have followed the estimates shown first.
    QVERIFY(m_window->isComplete());
    QVERIFY(result->economics->resamples > 0);
    for (const SegmentEconomics &e : result->economics->segments)
        QVERIFY(e.clvMean.low <= e.clvMean.estimate && e.clvMean.estimate <= e.clvMean.high);
    SegmentTableModel *model = m_window->segmentTableModel();
    QCOMPARE(model->valueColumns().size(), std::size_t(3));
    QVERIFY(model->headerData(model->firstValueColumn(), Qt::Horizontal).toString().startsWith(QStringLiteral("Lifetime value")));
    QVERIFY(m_window->valueChart()->showsLifetimeValue());
    QVERIFY(!m_window->valueChart()->pointOf(5).isNull());
    PersonaView *view = m_window->personaView();
    QCOMPARE(view->cardCount(), 6);
    for (int s = 0; s < 6; ++s)
        QVERIFY(view->cardText(s).startsWith(QString::fromStdString((*result->personas)[std::size_t(s)].label)));

    // View > Order heatmap rows by separation lists the most separating feature first, without
    // group headings; unchecked, the groups come back.
    const QStringList grouped = m_window->heatmapView()->rowLabels();
    m_window->orderRowsAction()->setChecked(true);
    const std::size_t best = result->drivers->ranking.front();
    QCOMPARE(m_window->heatmapView()->painter().rowOrder(), result->drivers->ranking);
    QVERIFY(m_window->heatmapView()->rowLabels().size() < grouped.size());
    QVERIFY(result->drivers->separation[best] >= result->drivers->separation[result->drivers->ranking.back()]);
    m_window->orderRowsAction()->setChecked(false);
    QCOMPARE(m_window->heatmapView()->rowLabels(), grouped);

    // A click on a card makes its segment the current one everywhere; a second click clears it.
    QTest::mouseClick(view->card(3), Qt::LeftButton);
    QCOMPARE(m_window->selection()->currentSegment(), 3);
    QTest::mouseClick(view->card(3), Qt::LeftButton);
    QCOMPARE(m_window->selection()->currentSegment(), -1);

    // Edits show on the card, are undoable, and follow the segment's key across a reseed.
    const int key = result->segmentKeys.at(2);
    m_window->document()->setPersonaEdit(key, {QStringLiteral("Weekend treaters"), QString(),
                                               QStringLiteral("Send the Friday offer")});
    QVERIFY(view->cardText(2).startsWith(QStringLiteral("Weekend treaters")));
    QVERIFY(view->cardText(2).contains(QStringLiteral("Strategy notes: Send the Friday offer")));
    m_window->document()->undoStack()->undo();
    QVERIFY(!view->cardText(2).contains(QStringLiteral("Weekend treaters")));
    m_window->document()->undoStack()->redo();
    // A long label wraps inside the pane instead of widening every card past it.
    m_window->showPersonas();
    m_window->document()->setPersonaEdit(key, {QStringLiteral("Weekend treaters who come for the Friday offer and "
                                                              "stay for the whole basket"),
                                               QString(), QStringLiteral("Send the Friday offer")});
    QVERIFY(view->cardText(2).startsWith(QStringLiteral("Weekend treaters who come")));
    QTRY_VERIFY(view->card(2)->isVisible() && view->card(2)->width() > 100);
    QCoreApplication::processEvents();
    QVERIFY2(view->card(2)->width() <= view->viewport()->width(),
             qPrintable(QStringLiteral("%1 > %2").arg(view->card(2)->width()).arg(view->viewport()->width())));
    m_window->document()->undoStack()->undo();
    QVERIFY(view->cardText(2).startsWith(QStringLiteral("Weekend treaters")));
    m_window->document()->setSeed(43);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isComplete() && m_window->currentResult()->request.seed() == 43, kTimeoutMs);
    const auto after = m_window->currentResult();
    const auto moved = std::find(after->segmentKeys.begin(), after->segmentKeys.end(), key);
    QVERIFY(moved != after->segmentKeys.end());
    const int segment = int(moved - after->segmentKeys.begin());
    QVERIFY(view->cardText(segment).startsWith(QStringLiteral("Weekend treaters")));
}

void TestMainWindow::nameAndChoiceSurviveReseed()
{
    // Segment 2 gets a name and is highlighted; some customers are chosen in the map. A new seed
    // renumbers the segments: the name, colour and highlight stay on the segment with the same
    // key, the same customers stay chosen.
    const auto before = m_window->currentResult();
    const int key = before->segmentKeys.at(2);
    QVERIFY(m_window->segmentTableModel()->setData(
        m_window->segmentTableModel()->index(proxyRowOf(*m_window, 2), SegmentTableModel::LabelColumn),
        QStringLiteral("Bargain hunters")));
    m_window->selection()->setCurrentSegment(2);
    m_window->selection()->setSelectedRows({10, 20, 30, 40});
    std::vector<std::size_t> customers;
    for (const int row : m_window->selection()->selectedRows())
        customers.push_back(before->prepared->rows[std::size_t(row)]);

    m_window->document()->setSeed(43);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isComplete() && m_window->currentResult()->request.seed() == 43, kTimeoutMs);
    const auto after = m_window->currentResult();
    const auto found = std::find(after->segmentKeys.begin(), after->segmentKeys.end(), key);
    QVERIFY(found != after->segmentKeys.end());
    const int segment = int(found - after->segmentKeys.begin());
    QCOMPARE(m_window->selection()->currentSegment(), segment);
    const SegmentAppearance look = m_window->segmentTableModel()->appearance();
    QCOMPARE(look.name(segment), QStringLiteral("Bargain hunters"));
    QCOMPARE(look.color(segment), segmentColor(key));
    std::vector<std::size_t> chosen;
    for (const int row : m_window->selection()->selectedRows())
        chosen.push_back(after->prepared->rows[std::size_t(row)]);
    QCOMPARE(chosen, customers);
}

void TestMainWindow::lassoProfileMatchesSegmentProfile()
{
    const auto result = m_window->currentResult();
    QVERIFY(result);
    // Choosing exactly the customers of segment 0 must reproduce segment 0's profile: the same
    // means and (up to the n vs n-1 convention of the standard deviation) the same z-scores.
    std::vector<int> rows;
    for (std::size_t i = 0; i < result->labels->size(); ++i)
        if ((*result->labels)[i] == 0)
            rows.push_back(int(i));
    m_window->selection()->setSelectedRows(rows);
    const std::vector<SelectionFeature> &features = m_window->selectionProfile()->features();
    QVERIFY(!features.empty());
    const Profiles &profiles = *result->profiles;
    const SegmentProfile &segment = profiles.segments[0];
    QCOMPARE(segment.size, rows.size());
    for (const SelectionFeature &feature : features) {
        const auto it = std::find(profiles.features.begin(), profiles.features.end(), feature.feature);
        QVERIFY2(it != profiles.features.end(), feature.feature.c_str());
        const std::size_t f = std::size_t(it - profiles.features.begin());
        QVERIFY(std::abs(feature.selectionMean - segment.means[f]) <= 1e-9 * std::max(1.0, std::abs(segment.means[f])));
        QVERIFY(std::abs(feature.populationMean - profiles.populationMeans[f])
                <= 1e-9 * std::max(1.0, std::abs(profiles.populationMeans[f])));
        QVERIFY2(std::abs(feature.zScore - segment.zScores[f]) <= 1e-3 * std::max(1.0, std::abs(segment.zScores[f])),
                 feature.feature.c_str());
    }
    // Ranked by |z|.
    for (std::size_t i = 1; i < features.size(); ++i)
        QVERIFY(std::abs(features[i - 1].zScore) >= std::abs(features[i].zScore));
    m_window->selection()->setSelectedRows({});
    QVERIFY(m_window->selectionProfile()->features().empty());
}

void TestMainWindow::profileSelectionHandComputed()
{
    // x = 1, 2, 3, 4, missing (filled with 2.5); level "a" for rows 0 and 2.
    Table table;
    table.columns.resize(2);
    table.columns[0].name = std::string(1, 'x');
    table.columns[0].type = ColumnType::Real;
    table.columns[0].numbers = {1, 2, 3, 4, std::nan("")};
    table.columns[1].name = std::string(1, 'c');
    table.columns[1].type = ColumnType::Categorical;
    table.columns[1].levels = {std::string(1, 'a'), std::string(1, 'b')};
    table.columns[1].codes = {0, 1, 0, 1, 1};
    table.rowCount = 5;
    PreparedData prepared;
    prepared.rows = {0, 1, 2, 3, 4};
    prepared.transform.features.resize(2);
    FittedFeature &fx = prepared.transform.features[0];
    fx.name = std::string(1, 'x');
    fx.column = fx.name;
    fx.fill = 2.5;
    FittedFeature &fc = prepared.transform.features[1];
    fc.name = std::string("c=a");
    fc.column = std::string(1, 'c');
    fc.oneHot = true;
    fc.levels = {std::string(1, 'a')};
    // The model space of an untransformed feature: z does not depend on the scaling, so the
    // filled values themselves stand for it.
    prepared.x.resize(5, 2);
    prepared.x << 1, 1, 2, 0, 3, 1, 4, 0, 2.5, 0;

    const auto features = profileSelection(table, prepared, {2, 3});
    QCOMPARE(features.size(), std::size_t(2));
    // By hand: x over all rows = {1,2,3,4,2.5}: mean 2.5, population variance (2.25+0.25+0.25+2.25+0)/5 = 1;
    // the selection {3, 4} has mean 3.5, so z = (3.5 - 2.5) / 1 = 1.
    // c=a over all rows = {1,0,1,0,0}: mean 0.4, variance 0.24; the selection {1, 0} has mean 0.5,
    // so z = 0.1 / sqrt(0.24) = 0.2041241452.
    QCOMPARE(features[0].feature, std::string("x"));
    QCOMPARE(features[0].selectionMean, 3.5);
    QCOMPARE(features[0].populationMean, 2.5);
    QVERIFY(std::abs(features[0].zScore - 1.0) < 1e-12);
    QCOMPARE(features[1].feature, std::string("c=a"));
    QVERIFY(std::abs(features[1].selectionMean - 0.5) < 1e-12);
    QVERIFY(std::abs(features[1].populationMean - 0.4) < 1e-12);
    QVERIFY(std::abs(features[1].zScore - 0.2041241452) < 1e-9);
    // top = 1 keeps the strongest only; no rows, no profile.
    QCOMPARE(profileSelection(table, prepared, {2, 3}, 1).size(), std::size_t(1));
    QVERIFY(profileSelection(table, prepared, {}).empty());

    // Money of the chosen rows, raw: rows {3, 4} hold 4 and a missing cell: total 4, mean 4 over
    // the one known value, share 4 / (1 + 2 + 3 + 4) = 0.4.
    const std::vector<MoneyFigures> money = moneyOfRows(table, prepared, {3, 4}, {std::string(1, 'x')});
    QCOMPARE(money.size(), std::size_t(1));
    QCOMPARE(money[0].total, 4.0);
    QCOMPARE(money[0].mean, 4.0);
    QCOMPARE(money[0].known, std::size_t(1));
    QCOMPARE(money[0].share, 0.4);
}

void TestMainWindow::rapidKChangesCoalesce()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isComplete(), kTimeoutMs);
    const quint64 jobsBefore = m_window->controller()->jobsStarted();
    QSpinBox *spin = m_window->controls()->kSpinBox();
    // 100 changes without returning to the event loop, as fast as keyboard auto-repeat could
    // never be: they end on k = 9.
    for (int i = 0; i < 100; ++i)
        spin->setValue(2 + (i * 7) % 29);
    spin->setValue(9);
    QCOMPARE(m_window->document()->k(), 9);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isComplete(), kTimeoutMs);
    QCOMPARE(resultK(m_window->currentResult()), 9);
    QCOMPARE(m_window->currentResult()->request.k(), 9);
    QCOMPARE(spin->value(), 9);
    QCOMPARE(m_window->controls()->kSlider()->value(), 9);
    QCOMPARE(m_window->segmentTableModel()->rowCount(), 9);
    // The debounce turned the burst into one analysis (the k sweep does not depend on k and
    // was already complete).
    QCOMPARE(m_window->controller()->jobsStarted() - jobsBefore, quint64(1));
    // The burst is one undo step.
    m_window->document()->undoStack()->undo();
    QCOMPARE(m_window->document()->k(), 6);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isComplete() && resultK(m_window->currentResult()) == 6, kTimeoutMs);
}

void TestMainWindow::darkPalette()
{
    m_window->setDarkMode(true);
    QVERIFY(m_window->isDarkMode());
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
    QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 180);
    m_window->setDarkMode(false);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
}

// Every colour of `colours` occurs as an exact pixel of `image`.
static bool hasEveryColour(const QImage &image, const std::vector<QRgb> &colours)
{
    std::vector<bool> seen(colours.size(), false);
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x)
            for (std::size_t c = 0; c < colours.size(); ++c)
                seen[c] = seen[c] || line[x] == colours[c];
    }
    return std::all_of(seen.begin(), seen.end(), [](bool s) { return s; });
}

void TestMainWindow::picturesOfTheViews()
{
    // Pictures are for white pages: light even when the window is dark, the segments in the
    // colours and names the window shows.
    m_window->setDarkMode(true);
    QVERIFY(m_window->segmentTableModel()->setData(
        m_window->segmentTableModel()->index(2, SegmentTableModel::LabelColumn), QStringLiteral("Weekend browsers")));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    const QString map = dir.filePath(QStringLiteral("map.png"));
    QVERIFY(m_window->savePictureTo(MainWindow::Picture::Map, map));
    QImage image(map);
    QVERIFY(!image.isNull());
    const QSize logical = pictureSize(m_window->scatterView()->painter(), m_window->scatterView()->size());
    QVERIFY(logical.width() >= 800 && logical.height() >= 500);
    QCOMPARE(image.size(), logical * 2);
    const QPalette light = QApplication::style()->standardPalette();
    QCOMPARE(image.pixel(1, 1), light.color(QPalette::Window).rgb());
    const SegmentAppearance look = m_window->segmentTableModel()->appearance();
    std::vector<QRgb> colours;
    for (int s = 0; s < 6; ++s)
        colours.push_back(look.color(s).rgb());
    QVERIFY(hasEveryColour(image, colours));

    const QString heatmap = dir.filePath(QStringLiteral("heatmap.svg"));
    QVERIFY(m_window->savePictureTo(MainWindow::Picture::Heatmap, heatmap));
    QFile svg(heatmap);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QByteArray drawing = svg.readAll();
    QVERIFY(drawing.contains("<svg"));
    QVERIFY(drawing.contains("Weekend"));

    // An unknown format is refused with the formats that work, and no file is made.
    QSignalSpy failed(m_window, &MainWindow::failed);
    const QString jpeg = dir.filePath(QStringLiteral("map.jpg"));
    QVERIFY(!m_window->savePictureTo(MainWindow::Picture::Map, jpeg));
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("PNG (.png) or SVG (.svg)")));
    QVERIFY(!QFile::exists(jpeg));
}

void TestMainWindow::loadsCsvWithChosenId()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shop.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Two obvious groups of customers; "account" does not look like an id by its name.
        QByteArray csv = "account,visits,spend\n";
        for (int i = 0; i < 40; ++i)
            csv += "A" + QByteArray::number(i) + "," + QByteArray::number(i % 2 ? 50 + i % 5 : 2 + i % 3) + ","
                   + QByteArray::number(i % 2 ? 900 + i : 10 + i) + "\n";
        file.write(csv);
    }
    ImportDialog dialog(path);
    QVERIFY(dialog.choice().idColumn.isEmpty());
    dialog.setIdColumn(QStringLiteral("account"));
    QVERIFY(dialog.isValid());

    MainWindow window;
    window.setInteractive(false);
    window.document()->setK(2);
    QSignalSpy complete(&window, &MainWindow::resultComplete);
    QSignalSpy failed(&window, &MainWindow::failed);
    window.load(dialog.choice());
    QVERIFY(complete.wait(kTimeoutMs));
    QVERIFY(failed.isEmpty());
    QCOMPARE(window.document()->idColumn(), QStringLiteral("account"));
    QCOMPARE(window.document()->sourcePath(), path);
    const auto result = window.currentResult();
    QCOMPARE(result->request.table->rowCount, std::size_t(40));
    QVERIFY(result->request.table->require("account").type == ColumnType::Identifier);
    QCOMPARE(result->request.spec.enabledColumns(), (std::vector<std::string>{"visits", "spend"}));
    QCOMPARE(resultK(result), 2);
    // The two planted groups are the two segments: odd and even rows never share a segment.
    const Labels &labels = *result->labels;
    for (std::size_t i = 2; i < labels.size(); ++i)
        QCOMPARE(labels[i], labels[i % 2]);
    QVERIFY(labels[0] != labels[1]);
    QVERIFY(window.windowTitle().contains(QLatin1String("shop.csv")));
}

void TestMainWindow::unreadableFileFails()
{
    MainWindow window;
    window.setInteractive(false);
    QSignalSpy failed(&window, &MainWindow::failed);
    QVERIFY(!window.openFile(QStringLiteral("/nonexistent/customers.csv")));
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.front().at(0).toString().contains(QLatin1String("customers.csv")));
    QVERIFY(!window.currentResult());
}

void TestMainWindow::pipeOrFolderFails()
{
    // A named pipe without a writer: refused at once (opening it would wait for a writer, and
    // the explorer reads its input more than once), with the reason.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fifo = dir.filePath(QStringLiteral("customers.csv"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    MainWindow window;
    window.setInteractive(false);
    QSignalSpy failed(&window, &MainWindow::failed);
    QVERIFY(!window.openFile(fifo));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.front().at(0).toString(),
             QStringLiteral("%1 is a pipe or a device, not a file. The explorer reads its data more than "
                            "once (for the preview, then for the import), so it needs a file: save the data "
                            "to a file and open that.")
                 .arg(fifo));
    QVERIFY(!window.openFile(dir.path()));
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.back().at(0).toString(),
             QStringLiteral("%1 is a folder; choose a file in it.").arg(dir.path()));
    QVERIFY(!window.currentResult());
}

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
