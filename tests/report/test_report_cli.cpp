// segscope report run as a user runs it: without a display (no DISPLAY, no QT_QPA_PLATFORM),
// its outputs read back, and the usage errors with exit code 2 and their messages.

#include "tests/report/report_support.h"

#include "engine/project/project.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace seg::test;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run segscope(const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SEG_CLI_PATH), arguments);
    Run r;
    if (!p.waitForFinished(240000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

int lineCount(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    return int(f.readAll().count('\n'));
}

} // namespace

class TestReportCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writesEveryOutputWithoutADisplay();
    void badArguments_data();
    void badArguments();
    void unwritableOutputWritesNothing();
    void reportsAProjectRunAsItWasMade();

private:
    QTemporaryDir m_dir;
    QString m_input;
};

void TestReportCli::initTestCase()
{
    m_input = m_dir.filePath(QStringLiteral("customers.csv"));
    const Run r = segscope({QStringLiteral("demo-data"), QStringLiteral("--rows"), QStringLiteral("3000"),
                            QStringLiteral("--clv-inputs"), QStringLiteral("--out"), m_input});
    QCOMPARE(r.code, 0);
}

void TestReportCli::writesEveryOutputWithoutADisplay()
{
    const QString pdf = m_dir.filePath(QStringLiteral("r.pdf"));
    const QString xlsx = m_dir.filePath(QStringLiteral("r.xlsx"));
    const QString segments = m_dir.filePath(QStringLiteral("s.csv"));
    const QString personas = m_dir.filePath(QStringLiteral("p.csv"));
    const QString customers = m_dir.filePath(QStringLiteral("c.csv"));
    const QStringList roles = {QStringLiteral("--role"), QStringLiteral("frequency=ignored"), QStringLiteral("--role"),
                               QStringLiteral("recency=ignored"), QStringLiteral("--role"), QStringLiteral("T=ignored"),
                               QStringLiteral("--role"), QStringLiteral("monetary_value=ignored")};
    const Run r = segscope(QStringList {QStringLiteral("report"), m_input, QStringLiteral("--k"), QStringLiteral("3"),
                                        QStringLiteral("--id-column"), QStringLiteral("customer_id"),
                                        QStringLiteral("--label-column"), QStringLiteral("true_segment"),
                                        QStringLiteral("--pdf"), pdf, QStringLiteral("--page-size"), QStringLiteral("Letter"),
                                        QStringLiteral("--xlsx"), xlsx, QStringLiteral("--segments-csv"), segments,
                                        QStringLiteral("--personas-csv"), personas, QStringLiteral("--customers-csv"),
                                        customers, QStringLiteral("--sweep-max"), QStringLiteral("4")}
                           + roles);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("QStandardPaths")), qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("8 pages")));
    QCOMPARE(pdfPages(pdf), 8);
    QCOMPARE(pdfPageSize(pdf), QStringLiteral("612 x 792 pts (letter)"));
    QVERIFY(pdfText(pdf, 1).contains(QStringLiteral("customers.csv")));
    QCOMPARE(lineCount(segments), 4);
    QCOMPARE(lineCount(personas), 4);
    QCOMPARE(lineCount(customers), 3001);
    // The workbook's segment sizes are those of the CSV.
    QFile csv(segments);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QMap<QString, QString> cells = xlsxCells(xlsx, 1);
    for (int s = 0; s < 3; ++s)
        QCOMPARE(cells.value(QStringLiteral("D%1").arg(s + 2)), lines[s + 1].section(QLatin1Char(','), 3, 3));
}

void TestReportCli::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString in = QStringLiteral("@INPUT@");
    const QString out = QStringLiteral("@DIR@/x.pdf");
    QTest::newRow("no k") << QStringList {in, QStringLiteral("--pdf"), out} << QStringLiteral("report needs --k");
    QTest::newRow("no output") << QStringList {in, QStringLiteral("--k"), QStringLiteral("3")}
                               << QStringLiteral("report needs an output");
    QTest::newRow("page size") << QStringList {in, QStringLiteral("--k"), QStringLiteral("3"), QStringLiteral("--pdf"), out,
                                               QStringLiteral("--page-size"), QStringLiteral("A5")}
                               << QStringLiteral("--page-size must be A4 or Letter, not 'A5'");
    QTest::newRow("page size without pdf") << QStringList {in, QStringLiteral("--k"), QStringLiteral("3"),
                                                           QStringLiteral("--xlsx"), QStringLiteral("@DIR@/x.xlsx"),
                                                           QStringLiteral("--page-size"), QStringLiteral("A4")}
                                           << QStringLiteral("--page-size applies to --pdf");
    QTest::newRow("k above 30") << QStringList {in, QStringLiteral("--k"), QStringLiteral("31"), QStringLiteral("--pdf"), out}
                                << QStringLiteral("at most 30 segments");
    QTest::newRow("map") << QStringList {in, QStringLiteral("--k"), QStringLiteral("3"), QStringLiteral("--pdf"), out,
                                         QStringLiteral("--map"), QStringLiteral("tsne")}
                         << QStringLiteral("--map must be pca or umap, not 'tsne'");
    QTest::newRow("value columns") << QStringList {in, QStringLiteral("--k"), QStringLiteral("3"), QStringLiteral("--pdf"), out,
                                                   QStringLiteral("--frequency-column"), QStringLiteral("frequency")}
                                   << QStringLiteral("--recency-column is missing");
    QTest::newRow("output is input") << QStringList {in, QStringLiteral("--k"), QStringLiteral("3"), QStringLiteral("--pdf"), in}
                                     << QStringLiteral("refusing to overwrite an input");
    QTest::newRow("two outputs one file")
        << QStringList {in, QStringLiteral("--k"), QStringLiteral("3"), QStringLiteral("--pdf"), out,
                        QStringLiteral("--xlsx"), out}
        << QStringLiteral("each output needs a file of its own");
    QTest::newRow("unknown option") << QStringList {in, QStringLiteral("--k"), QStringLiteral("3"), QStringLiteral("--pdf"), out,
                                                    QStringLiteral("--colour"), QStringLiteral("red")}
                                    << QStringLiteral("--colour");
    QTest::newRow("project and k") << QStringList {QStringLiteral("--project"), in, QStringLiteral("--k"), QStringLiteral("3"),
                                                   QStringLiteral("--pdf"), out}
                                   << QStringLiteral("--k: report --project reports a run as it was made");
    QTest::newRow("run without project") << QStringList {in, QStringLiteral("--k"), QStringLiteral("3"), QStringLiteral("--run"),
                                                         QStringLiteral("2"), QStringLiteral("--pdf"), out}
                                         << QStringLiteral("--run needs --project");
    QTest::newRow("locale") << QStringList {in, QStringLiteral("--k"), QStringLiteral("3"), QStringLiteral("--pdf"), out,
                                            QStringLiteral("--locale"), QStringLiteral("xx_YY")}
                            << QStringLiteral("--locale: 'xx_YY' is not a locale");
}

void TestReportCli::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    for (QString &a : arguments)
        a.replace(QStringLiteral("@INPUT@"), m_input).replace(QStringLiteral("@DIR@"), m_dir.path());
    const Run r = segscope(QStringList {QStringLiteral("report")} + arguments);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.xlsx"))));
}

void TestReportCli::unwritableOutputWritesNothing()
{
    const QString pdf = m_dir.filePath(QStringLiteral("kept.pdf"));
    const Run r = segscope({QStringLiteral("report"), m_input, QStringLiteral("--k"), QStringLiteral("2"),
                            QStringLiteral("--pdf"), pdf, QStringLiteral("--xlsx"),
                            m_dir.filePath(QStringLiteral("no-such-folder/r.xlsx"))});
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains(QStringLiteral("no-such-folder")), qPrintable(r.err));
    QVERIFY(!QFile::exists(pdf));
}

// report --project: the run as stored (its sizes, not a new clustering), the user's names, and the
// campaign recorded against it as a page of its own.
void TestReportCli::reportsAProjectRunAsItWasMade()
{
    const QString project = m_dir.filePath(QStringLiteral("p.segscope"));
    Run r = segscope({QStringLiteral("project"), QStringLiteral("create"), m_input, QStringLiteral("--out"), project,
                      QStringLiteral("--id-column"), QStringLiteral("customer_id"), QStringLiteral("--role"),
                      QStringLiteral("true_segment=ignored"), QStringLiteral("--k"), QStringLiteral("3"),
                      QStringLiteral("--quiet")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    seg::Project stored = seg::openProject(project.toStdString());
    const seg::ProjectRun &run = *stored.current();
    stored.segmentNames[run.segmentKey(1)] = "Weekend browsers";
    seg::saveProject(stored, project.toStdString());
    // A campaign on every customer: alternate arms, one in five converting.
    QFile customers(m_input);
    QVERIFY(customers.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = customers.readAll().split('\n');
    QByteArray campaign = "customer_id,arm,converted\n";
    for (qsizetype i = 1; i < lines.size(); ++i)
        if (!lines[i].trimmed().isEmpty())
            campaign += lines[i].split(',')[0] + (i % 2 ? ",test," : ",control,") + (i % 5 == 0 ? "1\n" : "0\n");
    const QString campaignFile = m_dir.filePath(QStringLiteral("campaign.csv"));
    QFile out(campaignFile);
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(campaign) == campaign.size());
    out.close();
    r = segscope({QStringLiteral("lift"), project, campaignFile, QStringLiteral("--quiet")});
    QVERIFY2(r.code == 0, qPrintable(r.err));

    const QString pdf = m_dir.filePath(QStringLiteral("project.pdf"));
    const QString segments = m_dir.filePath(QStringLiteral("project_segments.csv"));
    r = segscope({QStringLiteral("report"), QStringLiteral("--project"), project, QStringLiteral("--pdf"), pdf,
                  QStringLiteral("--segments-csv"), segments, QStringLiteral("--sweep-max"), QStringLiteral("0")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(pdfPages(pdf), 3 + 5 + 1);
    QVERIFY(pdfText(pdf, 8).contains(QStringLiteral("Campaign lift")));
    QVERIFY(squeezed(pdfText(pdf, 6)).contains(squeezed(QStringLiteral("Weekend browsers")), Qt::CaseInsensitive));
    // The stored run's sizes.
    QFile csv(segments);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = csv.readAll().trimmed().split('\n');
    QCOMPARE(rows.size(), 4);
    const seg::Labels &labels = run.segmentation.clustering.labels;
    for (int s = 0; s < 3; ++s) {
        const QList<QByteArray> cells = rows[s + 1].split(',');
        QCOMPARE(cells[3].toLongLong(), qlonglong(std::count(labels.begin(), labels.end(), s)));
    }
    QCOMPARE(rows[2].split(',')[1], QByteArray("Weekend browsers"));
}

QTEST_GUILESS_MAIN(TestReportCli)
#include "test_report_cli.moc"
