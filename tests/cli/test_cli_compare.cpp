// segscope project compare and the "same as" column of project runs, as a user runs them: the
// contingency table against one counted from the two runs' exports, the ARI from that table by
// Hubert & Arabie's formula, a repeated run recognised, unknown runs named.

#include "tests/support/segscope_process.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

/// id -> segment of an export (id,segment,distance).
QMap<QString, int> segmentsOf(const QByteArray &csv)
{
    QMap<QString, int> segments;
    const QList<QByteArray> lines = csv.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines[i].split(',');
        if (cells.size() >= 2 && !cells[1].isEmpty())
            segments.insert(QString::fromUtf8(cells[0]), cells[1].toInt());
    }
    return segments;
}

double choose2(double n)
{
    return n * (n - 1.0) / 2.0;
}

} // namespace

class TestCliCompare : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString csv = path(QStringLiteral("customers.csv"));
        SegscopeRun run = runSegscope({QStringLiteral("demo-data"), QStringLiteral("--rows"),
                                       QStringLiteral("600"), QStringLiteral("--out"), csv});
        QCOMPARE(run.exitCode, 0);
        m_project = path(QStringLiteral("p.segscope"));
        run = runSegscope({QStringLiteral("project"), QStringLiteral("create"), csv, QStringLiteral("--out"),
                           m_project, QStringLiteral("--id-column"), QStringLiteral("customer_id"),
                           QStringLiteral("--label-column"), QStringLiteral("true_segment"),
                           QStringLiteral("--k"), QStringLiteral("3"), QStringLiteral("--quiet")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // Run 2: k = 5; run 3: run 1 again.
        for (const char *k : {"5", "3"}) {
            run = runSegscope({QStringLiteral("cluster"), QStringLiteral("--project"), m_project,
                               QStringLiteral("--k"), QLatin1String(k), QStringLiteral("--quiet")});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
    }

    void tableAndAriAgreeWithTheExports()
    {
        QMap<QString, int> segments[2];
        for (int r = 0; r < 2; ++r) {
            const QString out = path(QStringLiteral("run%1.csv").arg(r + 1));
            const SegscopeRun run = runSegscope({QStringLiteral("export"), m_project, QStringLiteral("--run"),
                                                 QString::number(r + 1), QStringLiteral("--out"), out});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            segments[r] = segmentsOf(readFile(out));
        }
        QCOMPARE(segments[0].size(), 600);
        // The table counted from the two files, customer by customer.
        std::vector<std::vector<double>> counts(3, std::vector<double>(5, 0.0));
        for (auto it = segments[0].cbegin(); it != segments[0].cend(); ++it)
            counts[static_cast<std::size_t>(it.value())]
                  [static_cast<std::size_t>(segments[1].value(it.key()))]
                += 1.0;

        const QString jsonPath = path(QStringLiteral("compare.json"));
        const SegscopeRun run
            = runSegscope({QStringLiteral("project"), QStringLiteral("compare"), m_project,
                           QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("--json"), jsonPath});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject c = QJsonDocument::fromJson(readFile(jsonPath)).object();
        QCOMPARE(c[QStringLiteral("compared")].toInt(), 600);
        QCOMPARE(c[QStringLiteral("only_a")].toInt(), 0);
        QCOMPARE(c[QStringLiteral("only_b")].toInt(), 0);
        QCOMPARE(c[QStringLiteral("run_a")].toObject()[QStringLiteral("k")].toInt(), 3);
        QCOMPARE(c[QStringLiteral("run_b")].toObject()[QStringLiteral("k")].toInt(), 5);
        const QJsonArray table = c[QStringLiteral("counts")].toArray();
        QCOMPARE(table.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const QJsonArray row = table[i].toArray();
            QCOMPARE(row.size(), 5);
            double rowTotal = 0.0;
            for (int j = 0; j < 5; ++j)
                rowTotal += counts[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)];
            for (int j = 0; j < 5; ++j) {
                const double n = counts[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)];
                QCOMPARE(row[j].toDouble(), n);
                QCOMPARE(c[QStringLiteral("row_shares")].toArray()[i].toArray()[j].toDouble(), n / rowTotal);
            }
        }
        // ARI by Hubert & Arabie (1985) from the counted table: (S - E) / (M - E).
        double s = 0.0, rows = 0.0, cols = 0.0;
        for (int i = 0; i < 3; ++i) {
            double total = 0.0;
            for (int j = 0; j < 5; ++j) {
                s += choose2(counts[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)]);
                total += counts[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)];
            }
            rows += choose2(total);
        }
        for (int j = 0; j < 5; ++j) {
            double total = 0.0;
            for (int i = 0; i < 3; ++i)
                total += counts[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)];
            cols += choose2(total);
        }
        const double expected = rows * cols / choose2(600.0);
        const double ari = (s - expected) / ((rows + cols) / 2.0 - expected);
        QVERIFY2(std::abs(c[QStringLiteral("ari")].toDouble() - ari) < 1e-12,
                 qPrintable(QString::number(c[QStringLiteral("ari")].toDouble(), 'g', 17)));
        // From 3 segments to 5, something split; every segment of run 1 is classified once.
        const QJsonArray changes = c[QStringLiteral("changes")].toArray();
        QSet<int> classified;
        bool split = false;
        for (const auto &v : changes) {
            const QJsonObject change = v.toObject();
            if (change[QStringLiteral("run")].toInt() == 1)
                classified.insert(change[QStringLiteral("segment")].toInt());
            split = split || change[QStringLiteral("fate")].toString() == QLatin1String("split");
            QVERIFY(!change[QStringLiteral("text")].toString().isEmpty());
        }
        QCOMPARE(classified, (QSet<int> {0, 1, 2}));
        QVERIFY(split);
        QCOMPARE(c[QStringLiteral("reproduction")].toObject()[QStringLiteral("difference")].toString(),
                 QStringLiteral("the clustering options"));
        // The text names the runs, the ARI to 4 places and the table's totals.
        const QString text = run.outText();
        QVERIFY2(text.startsWith(
                     QStringLiteral("run 1 (kmeans, k 3, seed 42) against run 2 (kmeans, k 5, seed 42)\n")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("adjusted Rand index %1").arg(ari, 0, 'f', 4)));
        QVERIFY(
            text.contains(QStringLiteral("customers compared  600 (only in run 1: 0; only in run 2: 0)")));
        QVERIFY(text.contains(QStringLiteral(" split into ")));
    }

    void aRepeatedRunIsRecognised()
    {
        SegscopeRun run = runSegscope({QStringLiteral("project"), QStringLiteral("compare"), m_project,
                                       QStringLiteral("1"), QStringLiteral("3")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString text = run.outText();
        QVERIFY2(text.contains(QStringLiteral("adjusted Rand index 1.0000")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("same data, spec, options and seed: identical assignments")));
        QCOMPARE(text.count(QStringLiteral(" stayed as ")), 3);
        QVERIFY(!text.contains(QStringLiteral(" split ")));

        run = runSegscope(
            {QStringLiteral("project"), QStringLiteral("runs"), m_project, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray runs = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(runs.size(), 3);
        QVERIFY(runs[0].toObject()[QStringLiteral("repeats")].isNull());
        QVERIFY(runs[1].toObject()[QStringLiteral("repeats")].isNull());
        const QJsonObject repeats = runs[2].toObject()[QStringLiteral("repeats")].toObject();
        QCOMPARE(repeats[QStringLiteral("run")].toInt(), 1);
        QCOMPARE(repeats[QStringLiteral("identical")].toBool(), true);

        run = runSegscope({QStringLiteral("project"), QStringLiteral("runs"), m_project});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.outText().split(QLatin1Char('\n'));
        QVERIFY(lines[0].contains(QStringLiteral("same as")));
        // Run 3's line: "*    3  <time>  kmeans ... <silhouette>        1  ".
        QVERIFY2(lines[3].startsWith(QStringLiteral("*    3")), qPrintable(lines[3]));
        QVERIFY2(lines[3].trimmed().endsWith(QStringLiteral(" 1")), qPrintable(lines[3]));
        QVERIFY2(lines[2].trimmed().endsWith(QStringLiteral(" -")), qPrintable(lines[2]));
    }

    void unknownRunsAreNamed()
    {
        SegscopeRun run = runSegscope({QStringLiteral("project"), QStringLiteral("compare"), m_project,
                                       QStringLiteral("1"), QStringLiteral("9")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(
            run.err.contains(QStringLiteral("RUN_B 9: the project has no such run; its runs are 1, 2, 3")),
            qPrintable(run.err));
        run = runSegscope({QStringLiteral("project"), QStringLiteral("compare"), m_project,
                           QStringLiteral("x"), QStringLiteral("2")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("RUN_A must be a run number")), qPrintable(run.err));
        run = runSegscope(
            {QStringLiteral("project"), QStringLiteral("compare"), m_project, QStringLiteral("1")});
        QCOMPARE(run.exitCode, 2);
        run = runSegscope({QStringLiteral("project"), QStringLiteral("compare"),
                           path(QStringLiteral("missing.segscope")), QStringLiteral("1"),
                           QStringLiteral("2")});
        QCOMPARE(run.exitCode, 4);
        // --json may not overwrite the project.
        run = runSegscope({QStringLiteral("project"), QStringLiteral("compare"), m_project,
                           QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("--json"), m_project});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliCompare)
#include "test_cli_compare.moc"
