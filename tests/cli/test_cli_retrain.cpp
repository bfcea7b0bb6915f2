// segscope retrain as a scheduler runs it: a refit on new customers becomes the project's
// successor, its segments keeping the names of the segments whose customers they continue
// (checked here with the old model's own assignment of the new customers); a refit that breaks
// a rule writes nothing and says why (exit 6); --if-drift retrains only drifted customers; every
// retraining is recorded; misuse gets clear errors.

#include "engine/pipeline/retrain.h"
#include "engine/project/project.h"
#include "engine/score/score.h"
#include "tests/support/segscope_process.h"

#include <QFile>
#include <QProcess>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <map>

namespace {

std::size_t records(const seg::Project &project, const char *kind)
{
    std::size_t n = 0;
    for (const seg::ProjectDocument &d : project.documents)
        n += d.kind == kind ? 1 : 0;
    return n;
}

} // namespace

class TestCliRetrain : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;
    QString m_fresh;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString csv = path(QStringLiteral("customers.csv"));
        m_fresh = path(QStringLiteral("fresh.csv"));
        QCOMPARE(runSegscope({QStringLiteral("demo-data"), QStringLiteral("--rows"), QStringLiteral("3000"),
                              QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("--out"), m_fresh})
                     .exitCode,
                 0);
        m_project = path(QStringLiteral("p.segscope"));
        const SegscopeRun run = createDemoProject(csv, m_project, 3000, 4);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // The user named every segment.
        seg::Project project = seg::openProject(m_project.toStdString());
        const seg::ProjectRun &current = *project.current();
        for (int s = 0; s < 4; ++s)
            project.segmentNames[current.segmentKey(s)] = "Name " + std::to_string(current.segmentKey(s));
        seg::saveProject(project, m_project.toStdString());
    }

    void successorKeepsTheNames()
    {
        const QString next = path(QStringLiteral("next.segscope"));
        const QString json = path(QStringLiteral("retrain.json"));
        const SegscopeRun run = runSegscope({QStringLiteral("retrain"), m_project, m_fresh, QStringLiteral("--out"), next,
                                             QStringLiteral("--json"), json});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.outText().contains(QStringLiteral("The refit replaces run 1: %1 holds it as run 2.").arg(next)),
                 run.out.constData());
        const seg::Project old = seg::openProject(m_project.toStdString());
        const seg::Project successor = seg::openProject(next.toStdString());
        QCOMPARE(successor.runs.size(), std::size_t(1));
        QCOMPARE(successor.currentRun, std::int64_t(2));
        QCOMPARE(successor.table->rowCount, std::size_t(3000));
        QCOMPARE(successor.privacy.idColumn, std::string("customer_id"));
        QCOMPARE(successor.segmentNames, old.segmentNames);
        QCOMPARE(records(old, seg::kRetrainRecordKind), std::size_t(1));
        QCOMPARE(records(successor, seg::kRetrainRecordKind), std::size_t(1));

        // Each new segment's key is the key of the old segment that the old model puts most of
        // its customers in.
        const seg::ProjectRun &before = *old.current();
        const seg::ProjectRun &after = *successor.current();
        const seg::ScoringModel model = seg::scoringModel(*old.table, before.segmentation);
        const seg::ScoredRows scored = seg::scoreRows(model, *successor.table);
        std::vector<std::map<int, int>> overlap(4);
        for (std::size_t i = 0; i < after.segmentation.rows.size(); ++i)
            ++overlap[std::size_t(after.segmentation.clustering.labels[i])][scored.segments[after.segmentation.rows[i]]];
        for (int s = 0; s < after.segmentation.clustering.clusterCount; ++s) {
            const auto most = std::max_element(overlap[std::size_t(s)].begin(), overlap[std::size_t(s)].end(),
                                               [](auto a, auto b) { return a.second < b.second; });
            QCOMPARE(after.segmentKey(s), before.segmentKey(most->first));
            QCOMPARE(successor.segmentName(after, s), "Name " + std::to_string(before.segmentKey(most->first)));
        }
        const QJsonObject summary = readJsonObject(json);
        QCOMPARE(summary[QStringLiteral("verdict")].toString(), QStringLiteral("replaced"));
        QCOMPARE(summary[QStringLiteral("successor")][QStringLiteral("run")].toInt(), 2);
        QCOMPARE(summary[QStringLiteral("checks")].toArray().size(), 2);
        QCOMPARE(summary[QStringLiteral("changes")].toArray().size(), 4);
        QCOMPARE(summary[QStringLiteral("changes")][0][QStringLiteral("fate")].toString(), QStringLiteral("stayed"));

        // The new customers on standard input, which retrain reads twice (the header, then the
        // rows with their types): the same successor, its data and its run.
        const QString piped = path(QStringLiteral("piped.segscope"));
        const SegscopeRun fromStdin = runSegscope({QStringLiteral("retrain"), m_project, QStringLiteral("-"),
                                                   QStringLiteral("--out"), piped, QStringLiteral("--no-record")},
                                                  readFile(m_fresh));
        QVERIFY2(fromStdin.exitCode == 0, qPrintable(fromStdin.err));
        const seg::Project pipedSuccessor = seg::openProject(piped.toStdString());
        QCOMPARE(pipedSuccessor.fingerprint, successor.fingerprint);
        QCOMPARE(pipedSuccessor.current()->segmentation.clustering.labels, after.segmentation.clustering.labels);
    }

    void brokenRuleKeepsTheRun()
    {
        const QString next = path(QStringLiteral("kept.segscope"));
        const QString json = path(QStringLiteral("kept.json"));
        const SegscopeRun run = runSegscope({QStringLiteral("retrain"), m_project, m_fresh, QStringLiteral("--out"), next,
                                             QStringLiteral("--json"), json, QStringLiteral("--min-segment-share"),
                                             QStringLiteral("0.4"), QStringLiteral("--no-record")});
        QCOMPARE(run.exitCode, 6);
        QVERIFY(!QFile::exists(next));
        QVERIFY2(run.outText().contains(QStringLiteral("Run 1 stays: no candidate passed the rules.")), run.out.constData());
        const QJsonObject summary = readJsonObject(json);
        QCOMPARE(summary[QStringLiteral("verdict")].toString(), QStringLiteral("kept"));
        const QJsonObject refit = summary[QStringLiteral("checks")][1].toObject();
        QCOMPARE(refit[QStringLiteral("passes")].toBool(), false);
        QVERIFY(refit[QStringLiteral("failures")][0].toString().startsWith(QStringLiteral("its smallest segment holds ")));
        QVERIFY(refit[QStringLiteral("failures")][0].toString().endsWith(QStringLiteral(", below 40.0%")));
        // --no-record: the project has only the first test's record.
        QCOMPARE(records(seg::openProject(m_project.toStdString()), seg::kRetrainRecordKind), std::size_t(1));
    }

    void ifDriftRetrainsOnlyDriftedCustomers()
    {
        // The same customers as the run: no drift, nothing written.
        const QString next = path(QStringLiteral("same.segscope"));
        const QString customers = path(QStringLiteral("customers.csv"));
        SegscopeRun run = runSegscope({QStringLiteral("retrain"), m_project, customers, QStringLiteral("--out"), next,
                                       QStringLiteral("--if-drift"), QStringLiteral("--no-record")});
        QCOMPARE(run.exitCode, 6);
        QVERIFY2(run.outText().startsWith(QStringLiteral("No drift beyond the thresholds on 3000 customers")),
                 run.out.constData());
        QVERIFY(!QFile::exists(next));
        // Only the customers of three generating segments: the segment shares move.
        const QList<QByteArray> lines = readFile(customers).split('\n');
        QByteArray drifted = lines[0] + '\n';
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed(); // demo-data writes CRLF
            if (line.endsWith(",1") || line.endsWith(",2") || line.endsWith(",3"))
                drifted += line + '\n';
        }
        const QString driftedFile = writeInputFile(path(QStringLiteral("drifted.csv")), drifted);
        const QString json = path(QStringLiteral("drifted.json"));
        run = runSegscope({QStringLiteral("retrain"), m_project, driftedFile, QStringLiteral("--out"), next,
                           QStringLiteral("--if-drift"), QStringLiteral("--no-record"), QStringLiteral("--json"), json,
                           QStringLiteral("--min-segment-share"), QStringLiteral("0")});
        const QJsonObject summary = readJsonObject(json);
        QVERIFY2(summary[QStringLiteral("drift")][QStringLiteral("retrain_recommended")].toBool(), run.out.constData());
        QVERIFY(summary.contains(QStringLiteral("checks")));
        QCOMPARE(run.exitCode == 0, QFile::exists(next));
    }

    // packaging/segscope-retrain, as systemd or cron runs it: drifted customers replace the
    // project with its successor and keep the old one as .previous; undrifted ones leave it.
    void schedulerWrapperReplacesTheProject()
    {
        const QString project = path(QStringLiteral("scheduled.segscope"));
        QVERIFY(QFile::copy(m_project, project));
        const QString script = QStringLiteral(SEG_TEST_DATA_DIR "/../../packaging/segscope-retrain");
        const auto wrapper = [&](const QString &customers) {
            QProcess process;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("SEGSCOPE"), QStringLiteral(SEG_CLI_PATH));
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral("/bin/sh"), {script, project, customers, QStringLiteral("--min-segment-share"),
                                                      QStringLiteral("0")});
            process.waitForFinished(240000);
            return process.exitCode();
        };
        QCOMPARE(wrapper(path(QStringLiteral("customers.csv"))), 0);
        QCOMPARE(seg::openProject(project.toStdString()).currentRun, std::int64_t(1));
        QVERIFY(!QFile::exists(project + QStringLiteral(".previous")));
        QCOMPARE(wrapper(path(QStringLiteral("drifted.csv"))), 0);
        const seg::Project successor = seg::openProject(project.toStdString());
        QCOMPARE(successor.currentRun, std::int64_t(2));
        QCOMPARE(qsizetype(successor.table->rowCount), readFile(path(QStringLiteral("drifted.csv"))).trimmed().count('\n'));
        QCOMPARE(seg::openProject((project + QStringLiteral(".previous")).toStdString()).currentRun, std::int64_t(1));
        QVERIFY(!QFile::exists(project + QStringLiteral(".next")));
        QCOMPARE(wrapper(QStringLiteral("/nonexistent.csv")), 4);
    }

    void misuseIsRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no --out") << QStringList {QStringLiteral("retrain"), QStringLiteral("P"), QStringLiteral("NEW")} << 2
                                  << QStringLiteral("retrain needs --out");
        QTest::newRow("--out is the project") << QStringList {QStringLiteral("retrain"), QStringLiteral("P"), QStringLiteral("NEW"),
                                                             QStringLiteral("--out"), QStringLiteral("P")}
                                              << 2 << QStringLiteral("--out");
        QTest::newRow("a missing column") << QStringList {QStringLiteral("retrain"), QStringLiteral("P"), QStringLiteral("NARROW"),
                                                         QStringLiteral("--out"), QStringLiteral("X")}
                                          << 3 << QStringLiteral("'revenue'");
    }

    void misuseIsRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QList<QByteArray> lines = readFile(m_fresh).split('\n');
        QByteArray narrow;
        for (const QByteArray &line : lines) {
            QList<QByteArray> fields = line.split(',');
            if (fields.size() > 6)
                fields.removeAt(6); // revenue
            narrow += fields.join(',') + '\n';
        }
        const QString narrowFile = writeInputFile(path(QStringLiteral("narrow.csv")), narrow);
        arguments.replaceInStrings(QStringLiteral("NARROW"), narrowFile);
        arguments.replaceInStrings(QStringLiteral("NEW"), m_fresh);
        for (QString &a : arguments)
            if (a == QLatin1String("P"))
                a = m_project;
            else if (a == QLatin1String("X"))
                a = path(QStringLiteral("x.segscope"));
        const SegscopeRun run = runSegscope(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliRetrain)
#include "test_cli_retrain.moc"
