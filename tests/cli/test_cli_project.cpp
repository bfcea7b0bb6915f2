// segscope's project commands as a user runs them: create, info, runs, cluster --project, export;
// saves killed at every stage leave the previous project intact.

#include "engine/data/assignments.h"
#include "engine/data/sensitive_columns.h"
#include "engine/project/project.h"
#include "tests/support/segscope_process.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

namespace {

QJsonDocument json(const SegscopeRun &run)
{
    return QJsonDocument::fromJson(run.out);
}

/// segscope killed by SIGKILL at save stage `stage` (SEG_PROJECT_SAVE_KILL_AT).
SegscopeRun runKilledAt(const QString &stage, const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SEG_PROJECT_SAVE_KILL_AT"), stage);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SEG_CLI_PATH), args);
    if (!process.waitForStarted())
        return {-3, {}, QStringLiteral("segscope did not start")};
    process.closeWriteChannel();
    return finishSegscope(process);
}

} // namespace

class TestCliProject : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_csv;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_csv = path(QStringLiteral("customers.csv"));
        const SegscopeRun run = runSegscope({QStringLiteral("demo-data"), QStringLiteral("--rows"), QStringLiteral("600"),
                                             QStringLiteral("--out"), m_csv});
        QCOMPARE(run.exitCode, 0);
    }

    void createRunExportAgreeWithCluster()
    {
        const QString project = path(QStringLiteral("plain.segscope"));
        const QStringList common {QStringLiteral("--id-column"), QStringLiteral("customer_id"),
                                  QStringLiteral("--label-column"), QStringLiteral("true_segment"),
                                  QStringLiteral("--k"), QStringLiteral("3"), QStringLiteral("--quiet")};
        SegscopeRun run = runSegscope(QStringList {QStringLiteral("project"), QStringLiteral("create"), m_csv,
                                                   QStringLiteral("--out"), project}
                                      + common);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = runSegscope(QStringList {QStringLiteral("cluster"), m_csv, QStringLiteral("--out"),
                                       path(QStringLiteral("direct.csv"))}
                          + common);
        QCOMPARE(run.exitCode, 0);
        run = runSegscope({QStringLiteral("export"), project, QStringLiteral("--out"), path(QStringLiteral("run1.csv"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // The same columns and, for the same data and options, the same bytes as cluster --out.
        const QByteArray direct = readFile(path(QStringLiteral("direct.csv")));
        QVERIFY(direct.startsWith("id,segment,distance\nC0000001,"));
        QCOMPARE(readFile(path(QStringLiteral("run1.csv"))), direct);

        // A second run, annotated, from the project alone.
        run = runSegscope({QStringLiteral("cluster"), QStringLiteral("--project"), project, QStringLiteral("--k"),
                           QStringLiteral("4"), QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("--note"),
                           QStringLiteral("four, after the workshop"), QStringLiteral("--json"),
                           path(QStringLiteral("summary.json")), QStringLiteral("--quiet")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject summary = QJsonDocument::fromJson(readFile(path(QStringLiteral("summary.json")))).object();
        QCOMPARE(summary[QStringLiteral("project")].toObject()[QStringLiteral("run")].toInt(), 2);
        QVERIFY(summary[QStringLiteral("spec")].toObject().contains(QStringLiteral("groups")));
        QCOMPARE(summary[QStringLiteral("transform")].toArray().size(),
                 summary[QStringLiteral("params")].toObject()[QStringLiteral("features")].toArray().size());

        run = runSegscope({QStringLiteral("project"), QStringLiteral("runs"), project, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray runs = json(run).array();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs[0].toObject()[QStringLiteral("id")].toInt(), 1);
        QCOMPARE(runs[0].toObject()[QStringLiteral("k")].toInt(), 3);
        QCOMPARE(runs[0].toObject()[QStringLiteral("seed")].toInt(), 42);
        QCOMPARE(runs[0].toObject()[QStringLiteral("current")].toBool(), false);
        QCOMPARE(runs[1].toObject()[QStringLiteral("k")].toInt(), 4);
        QCOMPARE(runs[1].toObject()[QStringLiteral("seed")].toInt(), 9);
        QCOMPARE(runs[1].toObject()[QStringLiteral("current")].toBool(), true);
        QCOMPARE(runs[1].toObject()[QStringLiteral("annotation")].toString(), QStringLiteral("four, after the workshop"));
        QCOMPARE(runs[1].toObject()[QStringLiteral("rows_clustered")].toInt(), 600);
        // The second run's segments continue the first's keys: four keys, 0..3 once each.
        QJsonArray keys = runs[1].toObject()[QStringLiteral("segment_keys")].toArray();
        QCOMPARE(keys.size(), 4);
        QSet<int> distinct;
        for (const auto &k : keys)
            distinct.insert(k.toInt());
        QCOMPARE(distinct, (QSet<int> {0, 1, 2, 3}));

        run = runSegscope({QStringLiteral("project"), QStringLiteral("info"), project, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject info = json(run).object();
        QCOMPARE(info[QStringLiteral("rows")].toInt(), 600);
        QCOMPARE(info[QStringLiteral("format_version")].toInt(), 1);
        QCOMPARE(info[QStringLiteral("runs")].toInt(), 2);
        QCOMPARE(info[QStringLiteral("current_run")].toInt(), 2);
        QCOMPARE(info[QStringLiteral("columns")].toArray().size(), 19);
        QCOMPARE(info[QStringLiteral("privacy")].toObject()[QStringLiteral("ids_hashed")].toBool(), false);

        // export --run 1 is still the first run; the default is the current one.
        run = runSegscope({QStringLiteral("export"), project, QStringLiteral("--run"), QStringLiteral("1"),
                           QStringLiteral("--out"), path(QStringLiteral("again.csv"))});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(readFile(path(QStringLiteral("again.csv"))), direct);
        // Every export is recorded for audit (the first one above and this one); --no-record not.
        const auto exports = [&] {
            std::vector<nlohmann::json> out;
            for (const seg::ProjectDocument &d : seg::openProject(project.toStdString()).documents)
                if (d.kind == seg::kAssignmentsExportKind)
                    out.push_back(nlohmann::json::parse(d.data));
            return out;
        };
        QCOMPARE(exports().size(), std::size_t(2));
        QCOMPARE(exports().back()["run"].get<int>(), 1);
        QCOMPARE(exports().back()["customers"].get<int>(), 600);
        const QByteArray before = readFile(project);
        run = runSegscope({QStringLiteral("export"), project, QStringLiteral("--out"), path(QStringLiteral("quiet.csv")),
                           QStringLiteral("--no-record")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(readFile(project), before);
        run = runSegscope({QStringLiteral("export"), project, QStringLiteral("--run"), QStringLiteral("7"),
                           QStringLiteral("--out"), path(QStringLiteral("none.csv"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("--run 7: the project has no such run; its runs are 1, 2")));
        QVERIFY(!QFile::exists(path(QStringLiteral("none.csv"))));
    }

    void aLargeInputClustersAsItsProject()
    {
        // 130,000 customers hold about 22 MB of cells: cluster moves them to a temporary file
        // while it clusters (ColumnSpill), project create keeps them in memory. Same results.
        const QString csv = path(QStringLiteral("large.csv"));
        SegscopeRun run = runSegscope({QStringLiteral("demo-data"), QStringLiteral("--rows"),
                                       QStringLiteral("130000"), QStringLiteral("--seed"), QStringLiteral("4"),
                                       QStringLiteral("--out"), csv});
        QCOMPARE(run.exitCode, 0);
        const QStringList common {QStringLiteral("--id-column"), QStringLiteral("customer_id"),
                                  QStringLiteral("--label-column"), QStringLiteral("true_segment"),
                                  QStringLiteral("--impute"), QStringLiteral("drop"), QStringLiteral("--k"),
                                  QStringLiteral("5"), QStringLiteral("--quiet")};
        const QString project = path(QStringLiteral("large.segscope"));
        run = runSegscope(QStringList {QStringLiteral("project"), QStringLiteral("create"), csv, QStringLiteral("--out"),
                                       project, QStringLiteral("--json"), path(QStringLiteral("large-project.json"))}
                          + common);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = runSegscope(QStringList {QStringLiteral("cluster"), csv, QStringLiteral("--out"),
                                       path(QStringLiteral("large.csv.out")), QStringLiteral("--json"),
                                       path(QStringLiteral("large-cluster.json"))}
                          + common);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = runSegscope({QStringLiteral("export"), project, QStringLiteral("--out"), path(QStringLiteral("large-run1.csv")),
                           QStringLiteral("--no-record")});
        QCOMPARE(run.exitCode, 0);
        const QByteArray direct = readFile(path(QStringLiteral("large.csv.out")));
        QVERIFY(direct.startsWith("id,segment,distance\nC0000001,"));
        QCOMPARE(readFile(path(QStringLiteral("large-run1.csv"))), direct);

        const auto summary = [&](const char *name) {
            return nlohmann::json::parse(readFile(path(QString::fromLatin1(name))).toStdString());
        };
        const nlohmann::json fromProject = summary("large-project.json"), fromCluster = summary("large-cluster.json");
        QVERIFY(fromCluster["metrics"].contains("ari"));
        QCOMPARE(fromCluster["metrics"].dump(), fromProject["metrics"].dump());
        QCOMPARE(fromCluster["input"]["rows_clustered"].get<int>(), fromProject["input"]["rows_clustered"].get<int>());
        QVERIFY(fromCluster["input"]["rows_clustered"].get<int>() < 130000); // drop imputation dropped some
        QCOMPARE(fromCluster["money_totals"].dump(), fromProject["money_totals"].dump());
        QCOMPARE(fromCluster["segments"].size(), std::size_t(5));
        for (std::size_t s = 0; s < 5; ++s) {
            const nlohmann::json &a = fromCluster["segments"][s], &b = fromProject["segments"][s];
            QCOMPARE(a["size"].get<int>(), b["size"].get<int>());
            // Sums run in row order whether the columns come back in blocks or not.
            QCOMPARE(a["means"].dump(), b["means"].dump());
            QCOMPARE(a["money"].dump(), b["money"].dump());
        }
    }

    void hashedIdsAndPersonalColumns()
    {
        const QString csv = writeInputFile(path(QStringLiteral("people.csv")),
                                           "id,email,visits,spend\n"
                                           "K-1001,ann@example.org,3,10.5\n"
                                           "K-1002,bob@example.org,4,12.5\n"
                                           "K-1003,cy@example.org,30,95\n"
                                           "K-1004,di@example.org,31,99.5\n"
                                           "K-1005,ed@example.org,5,11\n"
                                           "K-1006,flo@example.org,29,97\n");
        const QString project = path(QStringLiteral("private.segscope"));
        SegscopeRun run = runSegscope({QStringLiteral("project"), QStringLiteral("create"), csv, QStringLiteral("--out"),
                                       project, QStringLiteral("--id-column"), QStringLiteral("id"),
                                       QStringLiteral("--hash-ids"), QStringLiteral("--role"),
                                       QStringLiteral("email=personal"), QStringLiteral("--k"), QStringLiteral("2"),
                                       QStringLiteral("--quiet")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = runSegscope({QStringLiteral("export"), project, QStringLiteral("--out"), path(QStringLiteral("p.csv"))});
        QCOMPARE(run.exitCode, 0);
        const QByteArray exported = readFile(path(QStringLiteral("p.csv")));
        const QList<QByteArray> lines = exported.split('\n');
        QCOMPARE(lines.size(), 8); // header, six customers, the final line break
        QCOMPARE(lines[0], QByteArray("id,segment,distance"));
        const QRegularExpression hashed(QStringLiteral("^[0-9a-f]{16},[01],"));
        for (int i = 1; i <= 6; ++i)
            QVERIFY2(hashed.match(QString::fromUtf8(lines[i])).hasMatch(), lines[i].constData());
        const QByteArray bytes = readFile(project);
        for (const char *clear : {"K-1001", "K-1004", "ann@example.org", "example.org"}) {
            QVERIFY(!exported.contains(clear));
            QVERIFY(!bytes.contains(clear));
        }
        run = runSegscope({QStringLiteral("project"), QStringLiteral("info"), project, QStringLiteral("--json")});
        const QJsonObject info = json(run).object();
        QCOMPARE(info[QStringLiteral("privacy")].toObject()[QStringLiteral("ids_hashed")].toBool(), true);
        const QJsonObject email = info[QStringLiteral("columns")].toArray()[1].toObject();
        QCOMPARE(email[QStringLiteral("name")].toString(), QStringLiteral("email"));
        QCOMPARE(email[QStringLiteral("personal")].toBool(), true);
        QCOMPARE(email[QStringLiteral("stored")].toBool(), false);
    }

    // A column marked sensitive at creation stays marked: every later run on the project warns
    // about it as a feature, as it would about a column named 'age'.
    void sensitiveMarkingIsKept()
    {
        const QString project = path(QStringLiteral("sensitive.segscope"));
        SegscopeRun run = runSegscope({QStringLiteral("project"), QStringLiteral("create"), m_csv, QStringLiteral("--out"),
                                       project, QStringLiteral("--id-column"), QStringLiteral("customer_id"),
                                       QStringLiteral("--role"), QStringLiteral("true_segment=ignored"),
                                       QStringLiteral("--sensitive"), QStringLiteral("region"), QStringLiteral("--k"),
                                       QStringLiteral("3"), QStringLiteral("--quiet")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString warning = QStringLiteral("warning: column 'region' is marked sensitive: segments that use it");
        QVERIFY2(run.err.contains(warning), qPrintable(run.err));
        QCOMPARE(seg::markedSensitiveColumns(*seg::openProject(project.toStdString()).table),
                 (std::vector<std::string> {"region"}));
        run = runSegscope({QStringLiteral("cluster"), QStringLiteral("--project"), project, QStringLiteral("--k"),
                           QStringLiteral("4"), QStringLiteral("--quiet")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(warning), qPrintable(run.err));
        run = runSegscope({QStringLiteral("cluster"), m_csv, QStringLiteral("--k"), QStringLiteral("3"),
                           QStringLiteral("--sensitive"), QStringLiteral("religion")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("cannot mark 'religion' sensitive: ")), qPrintable(run.err));
    }

    void killedSavesLeaveThePreviousProject_data()
    {
        QTest::addColumn<QString>("stage");
        for (const char *stage : {"encoded", "built", "half-written", "written"})
            QTest::newRow(stage) << QString::fromLatin1(stage);
    }

    void killedSavesLeaveThePreviousProject()
    {
        QFETCH(QString, stage);
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.segscope"));
        SegscopeRun run = runSegscope({QStringLiteral("project"), QStringLiteral("create"), m_csv, QStringLiteral("--out"),
                                       project, QStringLiteral("--id-column"), QStringLiteral("customer_id"),
                                       QStringLiteral("--k"), QStringLiteral("3"), QStringLiteral("--quiet")});
        QCOMPARE(run.exitCode, 0);
        run = runSegscope({QStringLiteral("cluster"), QStringLiteral("--project"), project, QStringLiteral("--k"),
                           QStringLiteral("2"), QStringLiteral("--quiet")});
        QCOMPARE(run.exitCode, 0);
        const QByteArray before = readFile(project);

        // A third run is being added when the process is killed.
        run = runKilledAt(stage, {QStringLiteral("cluster"), QStringLiteral("--project"), project, QStringLiteral("--k"),
                                  QStringLiteral("5"), QStringLiteral("--quiet")});
        QCOMPARE(run.exitCode, -1); // killed by the signal
        QCOMPARE(readFile(project), before);
        // A new project written over it, killed too.
        run = runKilledAt(stage, {QStringLiteral("project"), QStringLiteral("create"), m_csv, QStringLiteral("--out"),
                                  project, QStringLiteral("--quiet")});
        QCOMPARE(run.exitCode, -1);
        QCOMPARE(readFile(project), before);
        // Nothing else is left in the folder, and the project opens with its two runs.
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList {QStringLiteral("p.segscope")});
        run = runSegscope({QStringLiteral("project"), QStringLiteral("runs"), project, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(json(run).array().size(), 2);
    }

    void unreadableProjectsExitWithFour()
    {
        const QString bogus = writeInputFile(path(QStringLiteral("bogus.segscope")), "not a project\n");
        for (const QStringList &args : {QStringList {QStringLiteral("project"), QStringLiteral("info"), bogus},
                                        QStringList {QStringLiteral("project"), QStringLiteral("runs"), bogus},
                                        QStringList {QStringLiteral("cluster"), QStringLiteral("--project"), bogus,
                                                     QStringLiteral("--k"), QStringLiteral("2")},
                                        QStringList {QStringLiteral("export"), bogus, QStringLiteral("--out"),
                                                     path(QStringLiteral("x.csv"))}}) {
            const SegscopeRun run = runSegscope(args);
            QCOMPARE(run.exitCode, 4);
            QVERIFY2(run.err.contains(QStringLiteral("not a SegmentScope project: the file is not an SQLite database")),
                     qPrintable(run.err));
        }
        QCOMPARE(readFile(bogus), QByteArray("not a project\n"));
    }
};

QTEST_GUILESS_MAIN(TestCliProject)
#include "test_cli_project.moc"
