// The run history panel, the run comparison view, the scoring history and the campaign lift: the
// panel's model shows exactly a project's runs and its signals carry the right ids; the
// comparison view holds the expected table and sentences; the scoring history charts the current
// run's batches; the lift view shows the run's latest campaign; all are drawn offscreen on light and dark palettes (SEG_SCREENSHOT_DIR keeps the
// pictures, SEG_SCREENSHOT_ROWS sets the demo customers, 3,000 by default).

#include "app/ui/app_style.h"
#include "app/ui/lift_view.h"
#include "app/ui/run_comparison_view.h"
#include "app/ui/run_history_model.h"
#include "app/ui/run_history_panel.h"
#include "app/ui/scoring_history_view.h"
#include "app/ui/segment_evolution_chart.h"
#include "widgets/segment_palette.h"

#include "tests/support/project_fixtures.h"

#include "engine/eval/lift_record.h"
#include "engine/eval/quality.h"
#include "engine/pipeline/segment_matching.h"
#include "engine/project/run_history.h"

#include <QAbstractItemModelTester>
#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QBarSet>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QValueAxis>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <numeric>

using namespace seg;

namespace {

/// A segmentation of the first labels.size() rows with these labels (no model: the views need none).
Segmentation handMade(const Labels &labels, int k, std::uint64_t seed)
{
    Segmentation s;
    s.options = defaultClusteringOptions(Algorithm::KMeans, k, seed);
    s.rows.resize(labels.size());
    std::iota(s.rows.begin(), s.rows.end(), std::size_t {0});
    s.clustering.labels = labels;
    s.clustering.clusterCount = k;
    return s;
}

/// A campaign on `perArm` customers per arm in each segment of `run`: segment 1 converts at 30%
/// when treated against 10%, the others at 10%; segment 3 spends 6 more when treated.
LiftRecord plantedCampaign(const Project &project, const ProjectRun &run, const std::string &file, const std::string &at)
{
    LiftInput input;
    input.segmentCount = run.segmentation.clustering.clusterCount;
    for (int s = 0; s < input.segmentCount; ++s) {
        input.segmentNames.push_back(project.segmentName(run, s));
        for (int arm = 0; arm < 2; ++arm)
            for (int i = 0; i < 200; ++i) {
                input.segments.push_back(s);
                input.treated.push_back(std::uint8_t(arm));
                input.converted.push_back(i % 10 < (s == 1 && arm == 1 ? 3 : 1) ? 1 : 0);
                input.revenue.push_back(20.0 + (i % 9) + (s == 3 && arm == 1 ? 6.0 : 0.0));
            }
    }
    LiftRecord record;
    record.campaign = file;
    record.analysedAt = at;
    record.engineVersion = "test";
    record.run = run.id;
    record.lift = campaignLift(input);
    return record;
}

void recordLift(Project &project, const LiftRecord &record)
{
    addRecord(project, kLiftRecordKind, record.analysedAt, liftRecordJson(record));
}

/// Answers the next modal message box by pressing the button with `text`.
void answerMessageBox(const QString &text)
{
    QTimer::singleShot(0, [text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        for (QAbstractButton *button : box->buttons())
            if (button->text() == text) {
                button->click();
                return;
            }
        QFAIL("no such button");
    });
}

QString cell(const RunHistoryModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

/// The demo customers with `runs` k-means runs (k = 4, 5, 6 ...), their metrics and keys
/// matched run to run, as the explorer would keep them.
Project demoProject(std::size_t rows)
{
    Table table = generateDemoData(rows, 7);
    assignColumnRoles(table, {{"customer_id", ColumnRole::Id}, {"true_segment", ColumnRole::Label}});
    ProjectImportOptions options;
    options.idColumn = "customer_id";
    options.sourcePath = "demo";
    Project project = createProject(std::move(table), options);
    const FeatureSpec spec = suggestFeatureSpec(*project.table, {"customer_id", "true_segment"});
    const PreparedData prepared = prepare(*project.table, spec);
    const Labels truth = encodeLabels(project.table->require("true_segment"), prepared.rows);
    std::vector<int> keys;
    const Segmentation *previous = nullptr;
    for (int k : {4, 5, 6}) {
        Segmentation s
            = fitPrepared(prepared, spec, defaultClusteringOptions(Algorithm::KMeans, k, kDefaultSeed));
        const QualityReport q = assessQuality(prepared.x, s.clustering.labels, 2000, kDefaultSeed, &truth);
        std::vector<int> match(static_cast<std::size_t>(k), -1);
        if (previous)
            match = matchSegments(
                {&previous->clustering.labels, &previous->rows, previous->clustering.clusterCount},
                {&s.clustering.labels, &s.rows, k});
        keys = segmentKeys(match, keys);
        addRun(project, std::move(s),
               {{"silhouette", q.silhouette},
                {"davies_bouldin", q.daviesBouldin},
                {"calinski_harabasz", q.calinskiHarabasz},
                {"ari", *q.ari}},
               keys, k == 5 ? "Five: the workshop's choice" : "");
        previous = &project.runs.back().segmentation;
    }
    project.segmentNames = {{0, "Bargain hunters"}, {1, "Loyal high spenders"}, {2, "Lapsed browsers"}};
    project.currentRun = 2;
    return project;
}

} // namespace

class TestRunHistory : public QObject
{
    Q_OBJECT

    QPalette m_light;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QApplication::setStyle(new SegmentStyle);
        m_light = QApplication::palette();
    }

    void modelShowsTheProjectsRuns()
    {
        Project project = test::sampleProject(300);
        const FeatureSpec spec = project.runs[0].segmentation.spec;
        addRun(project, fit(*project.table, spec, defaultClusteringOptions(Algorithm::KMeans, 4, 42)));
        RunHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(project);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(RunHistoryModel::ColumnCount));
        for (int r = 0; r < 3; ++r) {
            QCOMPARE(model.runId(r), qint64(r + 1));
            QCOMPARE(model.data(model.index(r, RunHistoryModel::SeedColumn), RunHistoryModel::RunIdRole)
                         .toLongLong(),
                     qint64(r + 1));
            QCOMPARE(model.data(model.index(r, 0), RunHistoryModel::CurrentRole).toBool(), r == 2);
        }
        QCOMPARE(model.rowOf(2), 1);
        QCOMPARE(model.rowOf(9), -1);
        QCOMPARE(cell(model, 0, RunHistoryModel::RunColumn), QStringLiteral("1"));
        QCOMPARE(cell(model, 2, RunHistoryModel::RunColumn), QStringLiteral("▶ 3"));
        QVERIFY(model.data(model.index(2, RunHistoryModel::KColumn), Qt::FontRole).value<QFont>().bold());
        QCOMPARE(cell(model, 0, RunHistoryModel::KColumn), QStringLiteral("4"));
        QCOMPARE(cell(model, 1, RunHistoryModel::KColumn), QStringLiteral("3"));
        QCOMPARE(cell(model, 1, RunHistoryModel::SeedColumn), QStringLiteral("5"));
        QCOMPARE(cell(model, 0, RunHistoryModel::AlgorithmColumn), QStringLiteral("kmeans"));
        QCOMPARE(cell(model, 0, RunHistoryModel::FeaturesColumn),
                 QString::number(spec.enabledColumns().size()));
        // sampleProject's metrics: run 1 silhouette 0.25 and an undefined ARI, run 2 only DB 1.5.
        QCOMPARE(cell(model, 0, RunHistoryModel::SilhouetteColumn), QStringLiteral("0.250"));
        QCOMPARE(cell(model, 1, RunHistoryModel::SilhouetteColumn), QStringLiteral("–"));
        QCOMPARE(cell(model, 1, RunHistoryModel::DaviesBouldinColumn), QStringLiteral("1.500"));
        QCOMPARE(cell(model, 0, RunHistoryModel::AriColumn), QStringLiteral("–"));
        QVERIFY(!model.hasAri());
        QCOMPARE(cell(model, 0, RunHistoryModel::NoteColumn), QStringLiteral("first try"));
        QCOMPARE(cell(model, 1, RunHistoryModel::NoteColumn),
                 QStringLiteral("robust, \"why we chose this\""));
        // Run 3 repeats run 1: same data, spec, options and seed, and the same segments.
        QCOMPARE(cell(model, 0, RunHistoryModel::RepeatsColumn), QStringLiteral("–"));
        QCOMPARE(cell(model, 1, RunHistoryModel::RepeatsColumn), QStringLiteral("–"));
        QCOMPARE(cell(model, 2, RunHistoryModel::RepeatsColumn), QStringLiteral("run 1, identical"));
        // The time in local time, from the stored UTC.
        const QDateTime created
            = QDateTime::fromString(QString::fromStdString(project.runs[0].createdAt), Qt::ISODate);
        QVERIFY(created.isValid());
        QCOMPARE(cell(model, 0, RunHistoryModel::TimeColumn),
                 QLocale().toString(created.toLocalTime(), QLocale::ShortFormat));
        // Only the note is editable; an edit is shown and reported, the project is untouched.
        QVERIFY(!(model.flags(model.index(0, RunHistoryModel::KColumn)) & Qt::ItemIsEditable));
        QSignalSpy edited(&model, &RunHistoryModel::annotationEdited);
        QVERIFY(
            model.setData(model.index(1, RunHistoryModel::NoteColumn), QStringLiteral("too few segments")));
        QCOMPARE(edited.size(), 1);
        QCOMPARE(edited[0][0].toLongLong(), qint64(2));
        QCOMPARE(edited[0][1].toString(), QStringLiteral("too few segments"));
        QCOMPARE(cell(model, 1, RunHistoryModel::NoteColumn), QStringLiteral("too few segments"));
        QCOMPARE(project.runs[1].annotation, std::string("robust, \"why we chose this\""));
        QVERIFY(!model.setData(model.index(1, RunHistoryModel::KColumn), 9));

        // An ARI appears when a run has one; a deleted run leaves the table on refresh.
        project.runs[2].metrics["ari"] = 0.5;
        deleteRun(project, 2);
        model.setProject(project);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.runId(1), qint64(3));
        QVERIFY(model.hasAri());
        QCOMPARE(cell(model, 1, RunHistoryModel::AriColumn), QStringLiteral("0.500"));
    }

    void panelSignalsCarryTheRunIds()
    {
        Project project = test::sampleProject(300);
        addRun(project,
               fit(*project.table, project.runs[0].segmentation.spec,
                   defaultClusteringOptions(Algorithm::KMeans, 5, 42)));
        const Project before = project;
        RunHistoryPanel panel;
        panel.resize(900, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setProject(project);
        QCOMPARE(panel.model()->rowCount(), 3);
        QVERIFY(panel.view()->isColumnHidden(RunHistoryModel::AriColumn));
        auto *restore = panel.findChild<QPushButton *>(QStringLiteral("restoreRun"));
        auto *compare = panel.findChild<QPushButton *>(QStringLiteral("compareRuns"));
        auto *remove = panel.findChild<QPushButton *>(QStringLiteral("deleteRun"));
        QVERIFY(restore && compare && remove);
        QVERIFY(!restore->isEnabled());

        QSignalSpy restored(&panel, &RunHistoryPanel::restoreRequested);
        QSignalSpy compared(&panel, &RunHistoryPanel::compareRequested);
        QSignalSpy deleted(&panel, &RunHistoryPanel::deleteRequested);
        QSignalSpy annotated(&panel, &RunHistoryPanel::annotationEdited);

        panel.selectRuns({2});
        QCOMPARE(panel.selectedRuns(), (QList<qint64> {2}));
        QVERIFY(restore->isEnabled());
        QVERIFY(!compare->isEnabled());
        restore->click();
        QCOMPARE(restored.size(), 1);
        QCOMPARE(restored[0][0].toLongLong(), qint64(2));
        // A double click outside the note restores too.
        const QTableView *view = panel.view();
        const QRect kCell = view->visualRect(panel.model()->index(0, RunHistoryModel::KColumn));
        // (QTest's double click alone sends no press first, which the view needs.)
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, kCell.center());
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, kCell.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, kCell.center());
        QCOMPARE(restored.size(), 2);
        QCOMPARE(restored[1][0].toLongLong(), qint64(1));

        panel.selectRuns({3, 1});
        QCOMPARE(panel.selectedRuns(), (QList<qint64> {1, 3}));
        QVERIFY(compare->isEnabled());
        QVERIFY(!restore->isEnabled());
        compare->click();
        QCOMPARE(compared.size(), 1);
        QCOMPARE(compared[0][0].toLongLong(), qint64(1));
        QCOMPARE(compared[0][1].toLongLong(), qint64(3));

        // Delete asks first: Cancel sends nothing, Delete sends the id.
        panel.selectRuns({2});
        answerMessageBox(QStringLiteral("Cancel"));
        remove->click();
        QCOMPARE(deleted.size(), 0);
        answerMessageBox(QStringLiteral("Delete"));
        remove->click();
        QCOMPARE(deleted.size(), 1);
        QCOMPARE(deleted[0][0].toLongLong(), qint64(2));

        // Annotate opens the note's editor; committing it reports the text.
        panel.selectRuns({3});
        panel.annotateSelected();
        auto *editor = view->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        QVERIFY(editor->isVisible());
        QTest::keyClicks(editor, QStringLiteral("k = 5 reads best"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(annotated.size(), 1); // the delegate commits on the next turn of the event loop
        QCOMPARE(annotated[0][0].toLongLong(), qint64(3));
        QCOMPARE(annotated[0][1].toString(), QStringLiteral("k = 5 reads best"));

        // The panel asked; the project is unchanged.
        QCOMPARE(project.runs.size(), before.runs.size());
        QCOMPARE(project.runs[2].annotation, before.runs[2].annotation);
        QCOMPARE(project.currentRun, before.currentRun);

        // A refresh keeps the selection of runs that still exist.
        deleteRun(project, 2);
        panel.selectRuns({1, 3});
        panel.setProject(project);
        QCOMPARE(panel.selectedRuns(), (QList<qint64> {1, 3}));
        panel.clear();
        QCOMPARE(panel.model()->rowCount(), 0);
        QVERIFY(!panel.view()->isVisible());
    }

    void comparisonViewWordsTheChanges()
    {
        // Ten customers: run 1 has segments 0 (6) and 1 (4); run 2 splits 0 into 0 and 2.
        Table table = generateDemoData(10, 7);
        assignColumnRoles(table, {{"customer_id", ColumnRole::Id}, {"true_segment", ColumnRole::Label}});
        Project project = createProject(std::move(table), {});
        addRun(project, handMade({0, 0, 0, 0, 0, 0, 1, 1, 1, 1}, 2, 1), {}, {0, 1});
        addRun(project, handMade({0, 0, 0, 2, 2, 2, 1, 1, 1, 1}, 3, 2), {}, {0, 1, 2});
        project.segmentNames = {{0, "Bargain hunters"}};

        RunComparisonView view;
        QVERIFY(view.setRuns(project, 1, 2));
        QCOMPARE(view.runA(), qint64(1));
        QVERIFY(view.comparison());
        QCOMPARE(view.comparison()->counts, (std::vector<std::int64_t> {3, 0, 3, 0, 4, 0}));
        QCOMPARE(view.changeTexts(),
                 (QStringList {
                     QStringLiteral("Segment 1 ‘Bargain hunters’ split into segments 1 ‘Bargain hunters’ "
                                    "and 3."),
                     QStringLiteral("Segment 2 stayed as segment 2: 100% of its customers went there and "
                                    "make up 100% of it.")}));
        // ARI 64/109 (test_run_comparison.cpp works it out), to three places.
        QVERIFY2(view.summaryText().contains(QStringLiteral("Adjusted Rand index 0.587")),
                 qPrintable(view.summaryText()));
        QVERIFY(view.summaryText().contains(QStringLiteral("10 customers compared")));
        QCOMPARE(view.findChild<QListWidget *>(QStringLiteral("segmentChanges"))->count(), 2);

        // The other way round, the two parts merge back.
        QVERIFY(view.setRuns(project, 2, 1));
        QCOMPARE(view.changeTexts(),
                 (QStringList {
                     QStringLiteral("Segment 1 ‘Bargain hunters’ merged with 3 into segment 1 ‘Bargain "
                                    "hunters’ (100% of its customers; 50% of the new segment)."),
                     QStringLiteral("Segment 2 stayed as segment 2: 100% of its customers went there and "
                                    "make up 100% of it."),
                     QStringLiteral("Segment 3 merged with 1 ‘Bargain hunters’ into segment 1 ‘Bargain "
                                    "hunters’ (100% of its customers; 50% of the new segment).")}));

        // Gone and new: a run that scatters segment 1 of run 1 over five segments.
        addRun(project, handMade({0, 1, 2, 3, 4, 5, 5, 5, 5, 5}, 6, 3), {}, {0, 1, 2, 3, 4, 5});
        QVERIFY(view.setRuns(project, 1, 3));
        QCOMPARE(view.changeTexts().front(),
                 QStringLiteral(
                     "Segment 1 ‘Bargain hunters’ is gone: its customers scattered, no more than 17% into "
                     "any one segment of run 3."));
        QVERIFY(view.changeTexts().contains(
            QStringLiteral("Segment 2 of run 3 is new; most of it came from segment 1 "
                           "‘Bargain hunters’ of run 1.")));

        // An unknown run shows nothing.
        QVERIFY(!view.setRuns(project, 1, 9));
        QVERIFY(!view.comparison());
        QVERIFY(view.changeTexts().isEmpty());
    }

    void tableCellsAreShadedByRowShare()
    {
        Table table = generateDemoData(10, 7);
        assignColumnRoles(table, {{"customer_id", ColumnRole::Id}, {"true_segment", ColumnRole::Label}});
        Project project = createProject(std::move(table), {});
        addRun(project, handMade({0, 0, 0, 0, 0, 0, 1, 1, 1, 1}, 2, 1));
        addRun(project, handMade({0, 0, 0, 0, 2, 2, 1, 1, 1, 1}, 3, 2));
        RunComparisonView view;
        view.resize(900, 600);
        QVERIFY(view.setRuns(project, 1, 2));
        const ContingencyPainter &painter = view.tablePainter();
        const QSize size = painter.sizeHint();
        QVERIFY(size.width() > 200 && size.height() > 100);
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        QPainter p(&image);
        painter.paint(p, QRectF(QPointF(0, 0), QSizeF(size)));
        p.end();
        // The top-left corner of each cell (no text there) has the colour of its row share.
        const RunComparison &c = *view.comparison();
        for (int i = 0; i < 2; ++i)
            for (int j = 0; j < 3; ++j) {
                const QRectF cell = painter.cellRect(QRectF(QPointF(0, 0), QSizeF(size)), i, j);
                const QColor pixel = image.pixelColor(cell.topLeft().toPoint() + QPoint(3, 3));
                const QColor expected = painter.cellColor(c.count(i, j) > 0 ? c.rowShare(i, j) : 0.0);
                QCOMPARE(pixel.rgb(), expected.rgb());
            }
        QCOMPARE(painter.cellAt(QRectF(QPointF(0, 0), QSizeF(size)),
                                painter.cellRect(QRectF(QPointF(0, 0), QSizeF(size)), 1, 2).center()),
                 std::make_pair(1, 2));
        // Shares go from the base colour towards blue: 2/3 is darker than 1/3 on a light palette.
        QVERIFY(painter.cellColor(2.0 / 3.0).lightnessF() < painter.cellColor(1.0 / 3.0).lightnessF());
    }

    // The Scoring tab charts the batches of the current run only, in the order recorded: each
    // segment's share in percent against its share in the run, and the largest drift index
    // against the threshold; the sentence above says what the latest batch means.
    void scoringHistoryChartsTheCurrentRunsBatches()
    {
        Project project = demoProject(600);
        ScoringHistoryView view;
        view.setProject(project);
        QVERIFY(view.batches().empty());
        QVERIFY(view.summaryText().startsWith(QStringLiteral("No customers have been scored with run 2 yet.")));
        QVERIFY(view.sharesChart()->series().isEmpty());

        const std::vector<double> shares {0.1, 0.2, 0.3, 0.15, 0.25};
        project.documents = {
            test::scoringBatchDocument(2, "2026-12-01T09:00:00Z", 5000, shares, {{"spend", 0.05}}, false),
            test::scoringBatchDocument(1, "2026-12-01T10:00:00Z", 5000, {0.5, 0.5, 0.0, 0.0}, {{"spend", 0.9}}, true),
            test::scoringBatchDocument(2, "2026-12-02T09:00:00Z", 4000, {0.3, 0.2, 0.1, 0.15, 0.25},
                                       {{"spend", 0.6}, {"visits", 0.1}}, true),
        };
        view.setProject(project);
        QCOMPARE(view.batches().size(), std::size_t(2));
        QVERIFY2(view.summaryText().startsWith(QStringLiteral("2 batches scored with run 2. The latest, on ")),
                 qPrintable(view.summaryText()));
        QVERIFY2(view.summaryText().endsWith(QStringLiteral(": 4000 customers; retraining is recommended (column "
                                                            "'spend': drift).")),
                 qPrintable(view.summaryText()));
        // One line and one dashed level per segment of run 2 (k = 5), in the segments' colours.
        const QList<QAbstractSeries *> series = view.sharesChart()->series();
        QCOMPARE(series.size(), 10);
        const auto *first = static_cast<QLineSeries *>(series[0]);
        QCOMPARE(first->points(), (QList<QPointF> {{1.0, 10.0}, {2.0, 30.0}}));
        QCOMPARE(first->color(), segmentColor(project.current()->segmentKey(0)));
        const auto *level = static_cast<QLineSeries *>(series[1]);
        QCOMPARE(level->points(), (QList<QPointF> {{0.5, 50.0}, {2.5, 50.0}}));
        const QList<QAbstractSeries *> drift = view.driftChart()->series();
        QCOMPARE(drift.size(), 2);
        QCOMPARE(static_cast<QLineSeries *>(drift[0])->points(), (QList<QPointF> {{1.0, 0.05}, {2.0, 0.6}}));
        QCOMPARE(static_cast<QLineSeries *>(drift[1])->points(), (QList<QPointF> {{0.5, 0.25}, {2.5, 0.25}}));
        const auto *indexAxis = static_cast<QValueAxis *>(view.driftChart()->axes(Qt::Vertical).constFirst());
        QVERIFY(indexAxis->max() >= 0.6);
        // The dark palette reaches the axes.
        view.setPalette(darkPalette());
        QCOMPARE(indexAxis->labelsColor(), darkPalette().color(QPalette::WindowText));
        // Another current run, with no batches of its own.
        project.currentRun = 3;
        view.setProject(project);
        QVERIFY(view.batches().empty());
        QVERIFY(view.summaryText().startsWith(QStringLiteral("No customers have been scored with run 3 yet.")));
    }

    // The Lift tab shows the latest campaign of the current run: the sentence names what moved,
    // the forest plot draws each group's interval (filled where significant) in its segment's
    // colour, the table holds the numbers; the outcome switches between conversion and revenue.
    void liftViewShowsTheRunsLatestCampaign()
    {
        Project project = demoProject(600);
        LiftView view;
        view.setProject(project);
        QVERIFY(!view.record());
        QVERIFY(view.summaryText().startsWith(QStringLiteral("No campaign has been analysed against run 2 yet.")));
        QVERIFY(view.chart()->series().isEmpty());

        recordLift(project, plantedCampaign(project, *project.run(2), "/data/winter.csv", "2026-11-01T08:00:00Z"));
        recordLift(project, plantedCampaign(project, *project.run(1), "/data/other.csv", "2026-11-20T08:00:00Z"));
        recordLift(project, plantedCampaign(project, *project.run(2), "/data/spring.csv", "2026-12-03T08:00:00Z"));
        view.setProject(project);
        QVERIFY(view.record());
        QCOMPARE(view.record()->campaign, std::string("/data/spring.csv"));
        const QString summary = view.summaryText();
        QVERIFY2(summary.startsWith(QStringLiteral("Campaign spring.csv, analysed on ")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral(": 2000 customers (1000 treated, 1000 control). Conversion 14.0% "
                                                 "against 10.0%: +4.0 points (95% interval ")),
                 qPrintable(summary));
        const auto label = [&](int segment) {
            const std::string name = project.segmentName(*project.current(), segment);
            return name.empty() ? QStringLiteral("Segment %1").arg(segment + 1)
                                : QStringLiteral("%1 %2").arg(segment + 1).arg(QString::fromStdString(name));
        };
        QVERIFY2(summary.contains(QStringLiteral("The campaign moved conversion in: %1.").arg(label(1))), qPrintable(summary));
        QVERIFY(summary.endsWith(QStringLiteral("2 campaigns were analysed against this run; the latest is shown.")));

        // Every customer on top, then segments 1..5 downwards: a whisker and a point per group,
        // and the zero line.
        const QList<QAbstractSeries *> series = view.chart()->series();
        QCOMPARE(series.size(), 6 * 2 + 1);
        auto *axis = static_cast<QCategoryAxis *>(view.chart()->axes(Qt::Vertical).constFirst());
        QCOMPARE(axis->categoriesLabels().constFirst(), label(4));
        QCOMPARE(axis->categoriesLabels().constLast(), QStringLiteral("All customers"));
        const auto *allWhisker = static_cast<QLineSeries *>(series[0]);
        const Interval all = view.record()->lift.overall.conversion.difference;
        QCOMPARE(allWhisker->points(), (QList<QPointF> {{100 * all.low, 5.0}, {100 * all.high, 5.0}}));
        const auto *loyal = static_cast<QScatterSeries *>(series[5]);
        QCOMPARE(loyal->points(), (QList<QPointF> {{20.0, 3.0}}));
        QCOMPARE(loyal->brush().color(), segmentColor(project.current()->segmentKey(1)));
        const auto *quiet = static_cast<QScatterSeries *>(series[3]);
        QCOMPARE(quiet->points(), (QList<QPointF> {{0.0, 4.0}}));
        QCOMPARE(quiet->brush().color(), view.palette().color(QPalette::Window));
        QCOMPARE(view.table()->rowCount(), 6);
        QCOMPARE(view.table()->item(2, 0)->text(), label(1));
        QVERIFY(view.table()->item(2, 5)->text().startsWith(QStringLiteral("+20.0 [")));
        QVERIFY(view.table()->item(2, 0)->font().bold());
        QVERIFY(!view.table()->item(1, 0)->font().bold());

        view.setOutcome(LiftView::Outcome::Revenue);
        QVERIFY(view.chart()->title().startsWith(QStringLiteral("Revenue per customer")));
        QVERIFY2(view.summaryText().contains(QStringLiteral("The campaign moved revenue in: %1.").arg(label(3))),
                 qPrintable(view.summaryText()));
        QCOMPARE(static_cast<QScatterSeries *>(view.chart()->series()[9])->points(), (QList<QPointF> {{6.0, 1.0}}));
        // The dark palette reaches the axes and the hollow points.
        view.setPalette(darkPalette());
        QCOMPARE(view.chart()->axes(Qt::Vertical).constFirst()->labelsColor(), darkPalette().color(QPalette::WindowText));
        QCOMPARE(static_cast<QScatterSeries *>(view.chart()->series()[3])->brush().color(),
                 darkPalette().color(QPalette::Window));
        // Another current run, with no campaign of its own.
        project.currentRun = 3;
        view.setProject(project);
        QVERIFY(!view.record());
        QVERIFY(view.summaryText().startsWith(QStringLiteral("No campaign has been analysed against run 3 yet.")));
    }

    // Segments across runs: each run's shares by segment key, a key's colour through the runs.
    void evolutionChartFollowsTheKeys()
    {
        const Project project = demoProject(600);
        RunHistoryPanel panel;
        panel.setProject(project);
        const SegmentEvolutionChart &chart = *panel.evolution();
        QCOMPARE(chart.runs(), (std::vector<qint64> {1, 2, 3}));
        for (std::size_t r = 0; r < project.runs.size(); ++r) {
            const ProjectRun &run = project.runs[r];
            const Labels &labels = run.segmentation.clustering.labels;
            double sum = 0;
            for (std::size_t k = 0; k < chart.keys().size(); ++k)
                sum += chart.share(k, r);
            QVERIFY(std::abs(sum - 1.0) < 1e-12);
            for (int s = 0; s < run.segmentation.clustering.clusterCount; ++s) {
                const auto size = std::count(labels.begin(), labels.end(), s);
                const std::size_t k = std::size_t(std::find(chart.keys().begin(), chart.keys().end(), run.segmentKey(s))
                                                  - chart.keys().begin());
                QVERIFY(k < chart.keys().size());
                QCOMPARE(chart.share(k, r), double(size) / double(labels.size()));
            }
        }
        // One bar set per key, in its colour; a key the first run lacks is 0 there.
        const auto *series = static_cast<QStackedBarSeries *>(chart.chart()->series().constFirst());
        QCOMPARE(std::size_t(series->count()), chart.keys().size());
        for (int k = 0; k < series->count(); ++k)
            QCOMPARE(series->barSets()[k]->color(), segmentColor(chart.keys()[std::size_t(k)]));
        QVERIFY(chart.keys().size() >= 6);
        QCOMPARE(series->barSets().constLast()->at(0), 0.0);
        panel.clear();
        QVERIFY(panel.evolution()->runs().empty());
    }

    void screenshots_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void screenshots()
    {
        QFETCH(bool, dark);
        static const Project project
            = demoProject(qEnvironmentVariableIntValue("SEG_SCREENSHOT_ROWS") > 0
                              ? std::size_t(qEnvironmentVariableIntValue("SEG_SCREENSHOT_ROWS"))
                              : std::size_t(3000));
        QApplication::setPalette(dark ? darkPalette() : m_light);
        QTemporaryDir temporary;
        const QString dir = qEnvironmentVariableIsSet("SEG_SCREENSHOT_DIR")
            ? qEnvironmentVariable("SEG_SCREENSHOT_DIR")
            : temporary.path();
        const QString suffix = dark ? QStringLiteral("dark") : QStringLiteral("light");

        RunHistoryPanel panel;
        panel.setProject(project);
        panel.selectRuns({1, 3});
        panel.resize(1280, 260);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QImage history = panel.grab().toImage();
        QVERIFY(history.save(QDir(dir).filePath(QStringLiteral("run_history_%1.png").arg(suffix))));
        // Every column fits in 1280 pixels: nothing scrolls sideways.
        QVERIFY(!panel.view()->horizontalScrollBar()->isVisible());

        RunComparisonView view;
        QVERIFY(view.setRuns(project, 1, 2));
        view.resize(1000, 720);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage comparison = view.grab().toImage();
        QVERIFY(comparison.save(QDir(dir).filePath(QStringLiteral("run_comparison_%1.png").arg(suffix))));
        // k = 4 against k = 5: four rows, five columns, each row's customers counted once.
        QCOMPARE(view.comparison()->segmentsA, 4);
        QCOMPARE(view.comparison()->segmentsB, 5);
        QCOMPARE(view.changeTexts().size(), static_cast<qsizetype>(view.comparison()->changes.size()));
        // The window background follows the palette.
        const QColor corner = comparison.pixelColor(2, 2);
        QCOMPARE(corner.lightnessF() < 0.5, dark);
        // k = 4 against k = 6 in a window of 1280 x 800: the whole table shows without scrolling.
        QVERIFY(view.setRuns(project, 1, 3));
        view.resize(1280, 800);
        QApplication::processEvents();
        QVERIFY(view.grab().save(QDir(dir).filePath(QStringLiteral("run_comparison_k6_%1.png").arg(suffix))));
        const QSize table = view.tablePainter().sizeHint();
        const QWidget *chart = view.findChild<QWidget *>(QStringLiteral("contingencyChart"));
        QVERIFY(chart->width() >= table.width());
        QVERIFY(chart->height() >= table.height());
        Project scored = project;
        std::vector<double> shares {0.22, 0.18, 0.2, 0.25, 0.15};
        for (int b = 0; b < 6; ++b) {
            shares[0] = 0.22 + 0.02 * b;
            shares[3] = 0.25 - 0.02 * b;
            scored.documents.push_back(test::scoringBatchDocument(
                2, "2026-12-0" + std::to_string(b + 1) + "T06:00:00Z", 5000, shares, {{"spend", 0.04 * b * b}}, b >= 4));
        }
        ScoringHistoryView scoring;
        scoring.setProject(scored);
        scoring.resize(440, 420);
        scoring.show();
        QVERIFY(QTest::qWaitForWindowExposed(&scoring));
        QVERIFY(scoring.grab().save(QDir(dir).filePath(QStringLiteral("scoring_history_%1.png").arg(suffix))));
        Project campaigned = project;
        recordLift(campaigned, plantedCampaign(campaigned, *campaigned.current(), "spring.csv", "2026-12-03T08:00:00Z"));
        LiftView lift;
        lift.setProject(campaigned);
        lift.resize(560, 720);
        lift.show();
        QVERIFY(QTest::qWaitForWindowExposed(&lift));
        QVERIFY(lift.grab().save(QDir(dir).filePath(QStringLiteral("lift_%1.png").arg(suffix))));
        QApplication::setPalette(m_light);
    }
};

QTEST_MAIN(TestRunHistory)
#include "test_run_history.moc"
