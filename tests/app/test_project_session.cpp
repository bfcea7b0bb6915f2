// Projects in the explorer: a saved project reopens exactly (assignments, segment keys, names,
// personas, map settings, view) without reclustering; the title marks unsaved changes; kept runs
// are restored as they were made; an autosave left by a session that ended without saving is
// offered and recovers the changes; a broken file is refused with its name.

#include "app/core/document.h"
#include "app/core/engine_controller.h"
#include "app/core/project_session.h"
#include "app/ui/main_window.h"
#include "app/ui/run_history_model.h"
#include "app/ui/run_history_panel.h"
#include "engine/demo/demo_data.h"
#include "engine/pipeline/pipeline.h"
#include "engine/project/archive.h"
#include "engine/project/project.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <memory>

using namespace seg;

namespace {

constexpr std::size_t kDemoRows = 3000;
constexpr int kTimeoutMs = 120000;

std::unique_ptr<MainWindow> newWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->setInteractive(false);
    window->resize(1280, 800);
    window->show();
    return window;
}

template <typename Condition>
bool waitFor(Condition condition)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < kTimeoutMs)
        QTest::qWait(20);
    return condition();
}

/// Waits until the window shows a complete result (segments and metrics) of its document.
bool waitComplete(MainWindow &window)
{
    return waitFor([&] {
        return window.isComplete() && window.currentResult()
               && window.currentResult()->request.k() == window.document()->k();
    });
}

bool waitIdle(ProjectSession &session)
{
    return waitFor([&] { return !session.isBusy(); });
}

} // namespace

class TestProjectSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SegmentScopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_project_session"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void saveAndReopenExactly()
    {
        auto a = newWindow();
        a->openDemo(kDemoRows, 7);
        QVERIFY(waitComplete(*a));
        Document *doc = a->document();
        doc->setK(5);
        QVERIFY(waitComplete(*a));
        const auto shown = a->currentResult();
        const int key = shown->segmentKeys.at(2);
        doc->renameSegment(key, QStringLiteral("Weekend browsers"));
        doc->setPersonaEdit(key, {QStringLiteral("Browsers"), {}, QStringLiteral("Send the catalogue")});
        MapSettings map = doc->mapSettings();
        map.method = EmbeddingMethod::Pca;
        doc->setMapSettings(map);
        a->orderRowsAction()->setChecked(true);
        ProjectSession *session = a->projectSession();
        QVERIFY(session->isModified());
        QVERIFY(a->isWindowModified());

        const QString path = m_dir.filePath(QStringLiteral("demo"));
        QSignalSpy saved(session, &ProjectSession::saved);
        session->saveAs(path);
        QVERIFY(saved.wait(kTimeoutMs));
        QCOMPARE(saved.front().front().toString(), path + QStringLiteral(".segscope"));
        QCOMPARE(session->path(), path + QStringLiteral(".segscope"));
        QVERIFY(!session->isModified());
        QVERIFY(!a->isWindowModified());
        QVERIFY(a->windowTitle().startsWith(QStringLiteral("demo.segscope")));
        QCOMPARE(session->project()->runs.size(), std::size_t(1));
        QCOMPARE(session->shownRun(), session->project()->currentRun);
        // Nothing was left out or hashed: the project holds the very table the window shows.
        QCOMPARE(session->project()->table.get(), doc->table().get());

        auto b = newWindow();
        QSignalSpy opened(b->projectSession(), &ProjectSession::opened);
        QSignalSpy swept(b->controller(), &EngineController::sweepUpdated);
        QVERIFY(b->openFile(session->path()));
        QVERIFY(opened.wait(kTimeoutMs));
        QVERIFY(waitComplete(*b));
        // The "Choosing k" chart as saved, every k of it, without fitting one again.
        QCOMPARE(b->sweepPoints().size(), std::size_t(11));
        QCOMPARE(b->sweepPoints(), a->sweepPoints());
        QCOMPARE(swept.count(), 0);
        const auto reopened = b->currentResult();
        // The data is held once: the window shows the project's table.
        QCOMPARE(b->document()->table().get(), b->projectSession()->project()->table.get());
        // The stored run itself: not reclustered.
        QVERIFY(b->document()->restoredRun());
        QCOMPARE(reopened->segmentation.get(), b->document()->restoredRun()->segmentation.get());
        QCOMPARE(reopened->segmentation->clustering.labels, shown->segmentation->clustering.labels);
        QCOMPARE(reopened->segmentation->rows, shown->segmentation->rows);
        QCOMPARE(reopened->segmentKeys, shown->segmentKeys);
        // The metrics as stored: the same figures the first window showed.
        QCOMPARE(reopened->metrics.calinskiHarabasz, shown->metrics.calinskiHarabasz);
        QCOMPARE(reopened->metrics.daviesBouldin, shown->metrics.daviesBouldin);
        QCOMPARE(*reopened->metrics.ari, *shown->metrics.ari);
        QCOMPARE(session->project()->run(session->project()->currentRun)->metrics.at("silhouette"),
                 b->projectSession()->project()->current()->metrics.at("silhouette"));
        QVERIFY(!std::isnan(session->project()->current()->metrics.at("silhouette")));
        QCOMPARE(b->document()->k(), 5);
        QCOMPARE(b->document()->seed(), doc->seed());
        QCOMPARE(b->document()->spec(), doc->spec());
        QCOMPARE(b->document()->idColumn(), QStringLiteral("customer_id"));
        QCOMPARE(b->document()->labelColumn(), QStringLiteral("true_segment"));
        QCOMPARE(b->document()->segmentNames(), doc->segmentNames());
        QCOMPARE(b->document()->personaEdits(), doc->personaEdits());
        QVERIFY(b->document()->mapSettings() == doc->mapSettings());
        QVERIFY(b->orderRowsAction()->isChecked());
        QCOMPARE(b->currentResult()->request.table->rowCount, kDemoRows);
        // The lifetime-value models as the first window fitted them: stored, and reused rather
        // than fitted again (the same forecast for every customer).
        QVERIFY(storedValueFits(*session->project()).has_value());
        QVERIFY(reopened->request.valueFits);
        QCOMPARE(saveValueFitsArchive(*reopened->request.valueFits), saveValueFitsArchive(valueModelFits(*shown->value)));
        QCOMPARE(reopened->value->rows.size(), shown->value->rows.size());
        for (std::size_t r = 0; r < kDemoRows; r += 97)
            QCOMPARE(reopened->value->rows[r].clv, shown->value->rows[r].clv);
        QVERIFY(!b->projectSession()->isModified());
        QVERIFY(b->document()->undoStack()->isClean());

        // A change of k reclusters; going back shows the stored run again, not a new one.
        b->document()->setK(4);
        QVERIFY(waitComplete(*b));
        // Reclustered from the matrix the stored run's transform made: the same segments and
        // warnings (the missing cells filled) as clustering the data afresh.
        const Segmentation fresh = fit(*b->document()->table(), b->document()->spec(), b->document()->clustering());
        QCOMPARE(b->currentResult()->segmentation->warnings, fresh.warnings);
        QVERIFY(!fresh.warnings.empty());
        QCOMPARE(b->currentResult()->segmentation->clustering.labels, fresh.clustering.labels);
        QVERIFY(b->projectSession()->isModified());
        QCOMPARE(b->projectSession()->shownRun(), std::int64_t(0));
        b->document()->undoStack()->undo();
        QVERIFY(waitComplete(*b));
        QCOMPARE(b->currentResult()->segmentation.get(), b->document()->restoredRun()->segmentation.get());
        QCOMPARE(b->projectSession()->shownRun(), b->projectSession()->project()->currentRun);
        QVERIFY(!b->projectSession()->isModified());
    }

    // Ids hashed as the file is read (the import dialog's choice): the window, the project and
    // the file hold only the hashes, and the project records the salt the load drew.
    void idsHashedAtImportStayHashed()
    {
        Table table = generateDemoData(kDemoRows, 11);
        const std::vector<std::string> clear = table.require("customer_id").text;
        hashTableIds(table, "customer_id");
        const std::string salt = table.properties.at(kIdSaltProperty);
        auto a = newWindow();
        a->document()->setTable(std::make_shared<const Table>(std::move(table)), QStringLiteral("customers.csv"),
                                QStringLiteral("customer_id"), QStringLiteral("true_segment"));
        QVERIFY(waitComplete(*a));
        ProjectSession *session = a->projectSession();
        QVERIFY(waitIdle(*session));
        QVERIFY(session->project()->privacy.idsHashed);
        QCOMPARE(session->project()->privacy.salt, salt);
        QCOMPARE(session->project()->table->require("customer_id").text,
                 a->document()->table()->require("customer_id").text);

        const QString path = m_dir.filePath(QStringLiteral("hashed.segscope"));
        QSignalSpy saved(session, &ProjectSession::saved);
        session->saveAs(path);
        QVERIFY(saved.wait(kTimeoutMs));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (std::size_t r = 0; r < clear.size(); r += 97)
            QVERIFY2(!bytes.contains(QByteArray::fromStdString(clear[r])), clear[r].c_str());
        const Project reopened = openProject(path.toStdString());
        QVERIFY(reopened.privacy.idsHashed);
        QCOMPARE(reopened.privacy.salt, salt);
        QCOMPARE(reopened.table->require("customer_id").text, a->document()->table()->require("customer_id").text);
    }

    void keptRunsAreRestored()
    {
        auto w = newWindow();
        w->openDemo(kDemoRows, 7);
        QVERIFY(waitComplete(*w));
        ProjectSession *session = w->projectSession();
        QVERIFY(waitIdle(*session));
        const auto first = w->currentResult();
        const std::int64_t firstId = session->keepCurrentRun(QStringLiteral("six segments"));
        QCOMPARE(firstId, std::int64_t(1));
        QCOMPARE(session->keepCurrentRun(), firstId); // already kept
        QVERIFY(session->isModified());
        w->document()->setK(3);
        QVERIFY(waitComplete(*w));
        // Back to the first run's settings: segmented as a new result (nothing is attached to
        // the document; the segmentation may come from the engine's fit cache), the same
        // segments, and the window says so.
        QSignalSpy reproduced(session, &ProjectSession::reproduced);
        w->document()->undoStack()->undo();
        QVERIFY(waitComplete(*w));
        QVERIFY(w->currentResult() != first);
        QVERIFY(!w->currentResult()->request.restored);
        QCOMPARE(*w->currentResult()->labels, *first->labels);
        QCOMPARE(reproduced.size(), 1);
        QCOMPARE(reproduced.front().at(0).toLongLong(), firstId);
        QCOMPARE(reproduced.front().at(1).toBool(), true);
        QVERIFY2(w->statusStage().contains(QStringLiteral("the same segments as run 1")),
                 qPrintable(w->statusStage()));
        w->document()->undoStack()->redo();
        QVERIFY(waitComplete(*w));
        const std::int64_t secondId = session->keepCurrentRun();
        QCOMPARE(secondId, std::int64_t(2));
        QCOMPARE(session->project()->runs.size(), std::size_t(2));
        QCOMPARE(session->project()->run(firstId)->annotation, std::string("six segments"));
        session->annotateRun(secondId, QStringLiteral("too coarse"));
        QCOMPARE(session->project()->run(secondId)->annotation, std::string("too coarse"));

        // The Runs tab lists both; restoring from it shows the first again.
        QCOMPARE(w->runHistory()->model()->rowCount(), 2);
        Q_EMIT w->runHistory()->restoreRequested(firstId);
        QVERIFY(waitComplete(*w));
        QCOMPARE(w->document()->k(), first->request.k());
        QCOMPARE(w->currentResult()->segmentation.get(), first->segmentation.get());
        QCOMPARE(w->currentResult()->segmentKeys, first->segmentKeys);
        QCOMPARE(session->shownRun(), firstId);
        // One undo step restored the run's settings.
        w->document()->undoStack()->undo();
        QCOMPARE(w->document()->k(), 3);
        QVERIFY(waitComplete(*w));

        Q_EMIT w->runHistory()->deleteRequested(secondId);
        QVERIFY(!session->deleteRun(secondId));
        QCOMPARE(session->project()->runs.size(), std::size_t(1));
        QCOMPARE(w->runHistory()->model()->rowCount(), 1);
    }

    void autosaveIsRecovered()
    {
        const QString original = m_dir.filePath(QStringLiteral("crash.segscope"));
        QString autosaveFile;
        QMap<int, QString> names;
        {
            auto w = newWindow();
            w->openDemo(kDemoRows, 7);
            QVERIFY(waitComplete(*w));
            ProjectSession *session = w->projectSession();
            QSignalSpy saved(session, &ProjectSession::saved);
            session->saveAs(original);
            QVERIFY(saved.wait(kTimeoutMs));
            const int key = w->currentResult()->segmentKeys.at(0);
            w->document()->renameSegment(key, QStringLiteral("Lapsed"));
            QSignalSpy autosaved(session, &ProjectSession::autosaved);
            session->autosave();
            QVERIFY(autosaved.wait(kTimeoutMs));
            autosaveFile = autosaved.front().front().toString();
            QCOMPARE(autosaveFile, QString::fromStdString(autosavePath(original.toStdString())));
            QVERIFY(QFile::exists(autosaveFile));
            // The session still runs: its autosave is not offered.
            QVERIFY(ProjectSession::pendingRecoveries().isEmpty());
            names[key] = QStringLiteral("Lapsed");

            // As if the process had died: its entry names a process that does not exist, and
            // the window goes without closing (which would discard the autosave).
            QSettings settings;
            QStringList entries = settings.value(QStringLiteral("recovery/autosaves")).toStringList();
            QCOMPARE(entries.size(), 1);
            QStringList fields = entries.front().split(QLatin1Char('\t'));
            fields[2] = QStringLiteral("2147483646");
            settings.setValue(QStringLiteral("recovery/autosaves"), QStringList {fields.join(QLatin1Char('\t'))});
            w->hide();
            w.release()->deleteLater(); // no closeEvent: the autosave stays, as after a crash
        }
        const QList<Recovery> pending = ProjectSession::pendingRecoveries();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.front().autosavePath, autosaveFile);
        QCOMPARE(pending.front().originalPath, original);

        auto w = newWindow();
        QSignalSpy opened(w->projectSession(), &ProjectSession::opened);
        w->projectSession()->recover(pending.front());
        QVERIFY(opened.wait(kTimeoutMs));
        QVERIFY(waitComplete(*w));
        QCOMPARE(w->document()->segmentNames().at(names.firstKey()), names.first());
        QCOMPARE(w->projectSession()->path(), original);
        QVERIFY(w->projectSession()->isModified()); // recovered changes are not in the file yet
        QVERIFY(!QFile::exists(autosaveFile));
        QVERIFY(ProjectSession::pendingRecoveries().isEmpty());
    }

    void brokenFileIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.segscope"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a project at all, just text");
        file.close();
        auto w = newWindow();
        QSignalSpy failed(w.get(), &MainWindow::failed);
        QVERIFY(w->openFile(path));
        QVERIFY(failed.wait(kTimeoutMs));
        const QString message = failed.front().front().toString();
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY(!w->document()->table());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestProjectSession)
#include "test_project_session.moc"
