// segscope lift as a user runs it: a campaign planted on the run's segments (one segment
// converts three times as often when treated, another spends 8 more) is found where it was
// planted, with counts, intervals and corrections recomputed here from the campaign file; the
// analysis is recorded in the project (or not, with --no-record); hashed ids join as plain ids
// do; and bad campaign files get errors naming the row and the column.

#include "engine/eval/campaign_lift.h"
#include "engine/eval/lift_record.h"
#include "engine/project/project.h"
#include "tests/support/segscope_process.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>
#include <map>

namespace {

/// One campaign customer as planted.
struct Planted
{
    QByteArray id;
    int segment = -1;
    bool treated = false;
    bool converted = false;
    double revenue = 0;
};

} // namespace

class TestCliLift : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;
    QString m_hashedProject;
    QString m_campaign;
    std::vector<Planted> m_planted;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString csv = path(QStringLiteral("customers.csv"));
        m_project = path(QStringLiteral("p.segscope"));
        m_hashedProject = path(QStringLiteral("hashed.segscope"));
        SegscopeRun run = createDemoProject(csv, m_project, 4000, 4);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = createDemoProject(csv, m_hashedProject, 4000, 4, {QStringLiteral("--hash-ids")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // The campaign: every customer, alternately control and treated. Segment 0 converts at
        // 30% when treated against 10%; the others at 10% in both arms. Segment 1 spends 8 more
        // when treated. Two customers the project does not know.
        const seg::Project project = seg::openProject(m_project.toStdString());
        const seg::Column &ids = project.table->require("customer_id");
        const seg::Segmentation &s = project.current()->segmentation;
        QCOMPARE(s.rows.size(), project.table->rowCount);
        QByteArray campaign = "customer_id,arm,converted,revenue\n";
        for (std::size_t i = 0; i < s.rows.size(); ++i) {
            Planted p;
            p.id = QByteArray::fromStdString(ids.cellText(s.rows[i]));
            p.segment = s.clustering.labels[i];
            p.treated = i % 2 == 1;
            const std::size_t tenth = (i / 2) % 10;
            p.converted = tenth < (p.segment == 0 && p.treated ? 3u : 1u);
            p.revenue = 20.0 + 5.0 * double(i % 7) + (p.segment == 1 && p.treated ? 8.0 : 0.0);
            campaign += p.id + (p.treated ? ",test," : ",Control,") + (p.converted ? "yes," : "no,")
                        + QByteArray::number(p.revenue) + '\n';
            m_planted.push_back(p);
        }
        campaign += "nobody-1,test,no,3\nnobody-2,control,yes,4\n";
        m_campaign = writeInputFile(path(QStringLiteral("campaign.csv")), campaign);
    }

    void findsThePlantedLift()
    {
        const QString json = path(QStringLiteral("lift.json"));
        const QString csv = path(QStringLiteral("lift.csv"));
        const QByteArray before = readFile(m_project);
        const SegscopeRun run = runSegscope({QStringLiteral("lift"), m_project, m_campaign, QStringLiteral("--json"), json,
                                             QStringLiteral("--out"), csv, QStringLiteral("--no-record")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(readFile(m_project), before);
        QVERIFY2(run.err.contains(QStringLiteral("2 of the campaign's customers are not in the project ('nobody-1', "
                                                 "'nobody-2')")),
                 qPrintable(run.err));
        QVERIFY2(run.outText().contains(QStringLiteral("4000 customers (2000 treated, 2000 control) in run 1, 4 segments")),
                 run.out.constData());
        const QJsonObject summary = readJsonObject(json);
        QCOMPARE(summary[QStringLiteral("customers")][QStringLiteral("rows")].toInt(), 4002);
        QCOMPARE(summary[QStringLiteral("customers")][QStringLiteral("unknown")].toInt(), 2);
        QCOMPARE(summary[QStringLiteral("columns")][QStringLiteral("arm")].toString(), QStringLiteral("arm"));

        // Each segment's counts, recomputed from the planted campaign.
        const QJsonArray segments = summary[QStringLiteral("segments")].toArray();
        QCOMPARE(segments.size(), 4);
        std::vector<double> rawP;
        for (int segment = 0; segment < 4; ++segment) {
            std::size_t nt = 0, nc = 0, xt = 0, xc = 0;
            double rt = 0, rc = 0;
            for (const Planted &p : m_planted)
                if (p.segment == segment) {
                    (p.treated ? nt : nc) += 1;
                    (p.treated ? xt : xc) += p.converted ? 1 : 0;
                    (p.treated ? rt : rc) += p.revenue;
                }
            const QJsonObject g = segments[segment].toObject();
            QCOMPARE(g[QStringLiteral("treated")].toInt(), int(nt));
            QCOMPARE(g[QStringLiteral("control")].toInt(), int(nc));
            const QJsonObject conversion = g[QStringLiteral("conversion")].toObject();
            QCOMPARE(conversion[QStringLiteral("treated_conversions")].toInt(), int(xt));
            QCOMPARE(conversion[QStringLiteral("control_conversions")].toInt(), int(xc));
            const seg::Interval expected = seg::newcombeDifference(xt, nt, xc, nc);
            const QJsonObject difference = conversion[QStringLiteral("difference")].toObject();
            QVERIFY(std::abs(difference[QStringLiteral("low")].toDouble() - expected.low) < 1e-12);
            QVERIFY(std::abs(difference[QStringLiteral("high")].toDouble() - expected.high) < 1e-12);
            rawP.push_back(conversion[QStringLiteral("p_value")].toDouble());
            QVERIFY(std::abs(rawP.back() - seg::twoProportionPValue(xt, nt, xc, nc)) < 1e-15);
            // Only the planted segment moved.
            QCOMPARE(conversion[QStringLiteral("significant")].toBool(), segment == 0);
            const QJsonObject revenue = g[QStringLiteral("revenue")].toObject();
            const double treatedMean = rt / double(nt), controlMean = rc / double(nc);
            QVERIFY(std::abs(revenue[QStringLiteral("treated_mean")].toDouble() - treatedMean) < 1e-9);
            QVERIFY(std::abs(revenue[QStringLiteral("control_mean")].toDouble() - controlMean) < 1e-9);
            QCOMPARE(revenue[QStringLiteral("significant")].toBool(), segment == 1);
            if (segment == 1) {
                const QJsonObject d = revenue[QStringLiteral("difference")].toObject();
                QVERIFY(d[QStringLiteral("low")].toDouble() < 8.0 + 2.0 && d[QStringLiteral("high")].toDouble() > 8.0 - 2.0);
            }
        }
        // Holm across the four segments.
        const std::vector<double> holm = seg::adjustPValues(rawP, seg::LiftCorrection::Holm);
        for (int segment = 0; segment < 4; ++segment)
            QCOMPARE(segments[segment][QStringLiteral("conversion")][QStringLiteral("adjusted_p_value")].toDouble(),
                     holm[std::size_t(segment)]);
        // Alternating arms are balanced on every feature and on the segment mix.
        for (const QJsonValue &b : summary[QStringLiteral("balance")].toArray())
            QVERIFY2(!b[QStringLiteral("imbalanced")].toBool(), qPrintable(b[QStringLiteral("covariate")].toString()));

        // The CSV: the overall row, then a row per segment, as in the JSON.
        const QList<QByteArray> lines = readFile(csv).trimmed().split('\n');
        QCOMPARE(lines.size(), 6);
        QVERIFY(lines[0].startsWith("segment,name,treated,control,treated_rate,"));
        QVERIFY2(lines[1].startsWith("all,,2000,2000,"), lines[1].constData());
        QVERIFY(lines[2].startsWith("0,,"));

        // The bootstrap's streams are per group and resample: one thread gives the same file.
        const QString oneThread = path(QStringLiteral("lift-1.csv"));
        const SegscopeRun single = runSegscope({QStringLiteral("lift"), m_project, m_campaign, QStringLiteral("--out"),
                                                oneThread, QStringLiteral("--no-record"), QStringLiteral("--threads"),
                                                QStringLiteral("1"), QStringLiteral("--quiet")});
        QVERIFY2(single.exitCode == 0, qPrintable(single.err));
        QCOMPARE(readFile(oneThread), readFile(csv));
    }

    // The campaign is read a chunk of 65,536 rows at a time: customers after the first chunk
    // (here behind 70,000 the project does not know) count as in one read, and a campaign on
    // standard input, which is read twice (its header, then its rows), gives the same analysis.
    void longCampaignsAndStandardInput()
    {
        const QString baseJson = path(QStringLiteral("base.json"));
        SegscopeRun run = runSegscope({QStringLiteral("lift"), m_project, m_campaign, QStringLiteral("--json"), baseJson,
                                       QStringLiteral("--no-record"), QStringLiteral("--quiet")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QByteArray planted = readFile(m_campaign);
        const qsizetype headerEnd = planted.indexOf('\n') + 1;
        QByteArray campaign = planted.left(headerEnd);
        for (int i = 0; i < 70000; ++i)
            campaign += "ghost-" + QByteArray::number(i) + (i % 2 ? ",test,yes,5\n" : ",control,no,1\n");
        campaign += planted.mid(headerEnd);
        const QString longCampaign = writeInputFile(path(QStringLiteral("long.csv")), campaign);
        const QString longJson = path(QStringLiteral("long.json"));
        const QString stdinJson = path(QStringLiteral("stdin.json"));
        run = runSegscope({QStringLiteral("lift"), m_project, longCampaign, QStringLiteral("--json"), longJson,
                           QStringLiteral("--no-record"), QStringLiteral("--quiet")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("70002 of the campaign's customers are not in the project ('ghost-0', "
                                                 "'ghost-1', 'ghost-2', ...)")),
                 qPrintable(run.err));
        run = runSegscope({QStringLiteral("lift"), m_project, QStringLiteral("-"), QStringLiteral("--json"), stdinJson,
                           QStringLiteral("--no-record"), QStringLiteral("--quiet")},
                          campaign);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        QJsonObject base = readJsonObject(baseJson), long_ = readJsonObject(longJson), piped = readJsonObject(stdinJson);
        QCOMPARE(long_[QStringLiteral("customers")][QStringLiteral("rows")].toInt(), 74002);
        QCOMPARE(long_[QStringLiteral("customers")][QStringLiteral("unknown")].toInt(), 70002);
        QCOMPARE(piped[QStringLiteral("campaign")].toString(), QStringLiteral("-"));
        for (QJsonObject *o : {&base, &long_, &piped})
            for (const char *key : {"analysed_at", "campaign", "customers"})
                o->remove(QLatin1String(key));
        QCOMPARE(long_, base);
        QCOMPARE(piped, base);

        // A customer listed again in another chunk: refused, naming both rows, as the reader
        // names a repeat within one chunk.
        const QByteArray first = planted.mid(headerEnd, planted.indexOf('\n', headerEnd) - headerEnd + 1);
        const QString repeated = writeInputFile(path(QStringLiteral("repeated.csv")), campaign + first);
        run = runSegscope({QStringLiteral("lift"), m_project, repeated, QStringLiteral("--no-record"),
                           QStringLiteral("--quiet")});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.err, QStringLiteral("segscope: error: %1: row 74004, column 'customer_id': id '%2' appears in rows "
                                         "70002 and 74004; customer ids must be unique\n")
                              .arg(repeated, QString::fromLatin1(first.left(first.indexOf(',')))));
    }

    void recordsTheAnalysisAndHashedIdsJoinAlike()
    {
        const QString plainJson = path(QStringLiteral("plain.json"));
        const QString hashedJson = path(QStringLiteral("hashed.json"));
        SegscopeRun run = runSegscope({QStringLiteral("lift"), m_project, m_campaign, QStringLiteral("--json"), plainJson,
                                       QStringLiteral("--quiet")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        run = runSegscope({QStringLiteral("lift"), m_hashedProject, m_campaign, QStringLiteral("--json"), hashedJson,
                           QStringLiteral("--quiet")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QJsonObject plain = readJsonObject(plainJson), hashed = readJsonObject(hashedJson);
        QVERIFY(!plain.isEmpty());
        for (QJsonObject *o : {&plain, &hashed}) {
            o->remove(QStringLiteral("analysed_at"));
        }
        QCOMPARE(hashed, plain);

        // Recorded: the project's record reads back as the summary said.
        const seg::Project project = seg::openProject(m_project.toStdString());
        std::size_t skipped = 9;
        const std::vector<seg::LiftRecord> records = seg::liftRecords(project.documents, 1, &skipped);
        QCOMPARE(skipped, std::size_t(0));
        QCOMPARE(records.size(), std::size_t(1));
        QCOMPARE(records[0].campaign, m_campaign.toStdString());
        QCOMPARE(int(records[0].lift.segments[0].conversion.treatedConversions),
                 plain[QStringLiteral("segments")][0][QStringLiteral("conversion")][QStringLiteral("treated_conversions")].toInt());
        QCOMPARE(QJsonDocument::fromJson(QByteArray::fromStdString(seg::liftRecordJson(records[0]))).object()
                     [QStringLiteral("segments")],
                 readJsonObject(plainJson)[QStringLiteral("segments")]);
        QCOMPARE(seg::liftRecords(project.documents, 2).size(), std::size_t(0));
    }

    // Numeric ids that another tool wrote as decimals (12621.0) are the same customers.
    void decimalIdsMatchWholeNumbers()
    {
        QByteArray customers = "id,visits,spend\n";
        QByteArray campaign = "id,arm,converted\n";
        for (int i = 0; i < 40; ++i) {
            customers += QByteArray::number(1000 + i) + ',' + QByteArray::number(i % 2 == 0 ? 1 + i % 5 : 20 + i % 5) + ','
                         + QByteArray::number(10 * (i % 7)) + '\n';
            campaign += QByteArray::number(1000 + i) + (i < 20 ? ".0" : "") + (i % 4 < 2 ? ",test," : ",control,")
                        + (i % 3 == 0 ? "1" : "0") + '\n';
        }
        const QString project = path(QStringLiteral("numeric.segscope"));
        SegscopeRun run = runSegscope({QStringLiteral("project"), QStringLiteral("create"),
                                       writeInputFile(path(QStringLiteral("numeric.csv")), customers),
                                       QStringLiteral("--out"), project, QStringLiteral("--id-column"), QStringLiteral("id"),
                                       QStringLiteral("--k"), QStringLiteral("2"), QStringLiteral("--quiet")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString json = path(QStringLiteral("numeric.json"));
        run = runSegscope({QStringLiteral("lift"), project, writeInputFile(path(QStringLiteral("numeric_campaign.csv")), campaign),
                           QStringLiteral("--json"), json, QStringLiteral("--quiet")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("20 ids written with decimals (such as '1000.0') were matched")),
                 qPrintable(run.err));
        const QJsonObject summary = readJsonObject(json);
        QCOMPARE(summary[QStringLiteral("customers")][QStringLiteral("unknown")].toInt(), 0);
        QCOMPARE(summary[QStringLiteral("overall")][QStringLiteral("treated")].toInt(), 20);
        QCOMPARE(summary[QStringLiteral("overall")][QStringLiteral("conversion")][QStringLiteral("treated_conversions")].toInt(), 7);
    }

    // Customer numbers kept with leading zeros (CDNOW's "00017") lose them in a spreadsheet:
    // the campaign's "17" is the project's "00017", and "017" its "17" when the project has none.
    void idsThatDifferInLeadingZerosMatch()
    {
        const auto projectOf = [&](const QString &name, const std::function<QByteArray(int)> &idOf) {
            QByteArray customers = "id,visits,spend\n";
            for (int i = 0; i < 40; ++i)
                customers += idOf(i) + ',' + QByteArray::number(i % 2 == 0 ? 1 + i % 5 : 20 + i % 5) + ','
                             + QByteArray::number(10 * (i % 7)) + '\n';
            const QString project = path(name + QStringLiteral(".segscope"));
            const SegscopeRun run = runSegscope({QStringLiteral("project"), QStringLiteral("create"),
                                                 writeInputFile(path(name + QStringLiteral(".csv")), customers),
                                                 QStringLiteral("--out"), project, QStringLiteral("--id-column"),
                                                 QStringLiteral("id"), QStringLiteral("--k"), QStringLiteral("2"),
                                                 QStringLiteral("--quiet")});
            return run.exitCode == 0 ? project : QString();
        };
        const auto liftOf = [&](const QString &project, const std::function<QByteArray(int)> &idOf, SegscopeRun &run) {
            QByteArray campaign = "id,arm,converted\n";
            for (int i = 0; i < 40; ++i)
                campaign += idOf(i) + (i % 4 < 2 ? ",test," : ",control,") + (i % 3 == 0 ? "1" : "0") + '\n';
            const QString json = path(QStringLiteral("zeros.json"));
            run = runSegscope({QStringLiteral("lift"), project,
                               writeInputFile(path(QStringLiteral("zeros_campaign.csv")), campaign),
                               QStringLiteral("--json"), json, QStringLiteral("--no-record"), QStringLiteral("--quiet")});
            return readJsonObject(json);
        };
        // The project's ids are 00001..00040; the campaign drops the zeros of the first 25.
        const QString padded = projectOf(QStringLiteral("padded"), [](int i) {
            return QByteArray::number(i + 1).rightJustified(5, '0');
        });
        QVERIFY(!padded.isEmpty());
        SegscopeRun run;
        QJsonObject summary = liftOf(padded, [](int i) {
            return i < 25 ? QByteArray::number(i + 1) : QByteArray::number(i + 1).rightJustified(5, '0');
        }, run);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("25 ids differ from the project's only in leading zeros (such as '1' "
                                                 "for '00001') and were matched to them")),
                 qPrintable(run.err));
        QCOMPARE(summary[QStringLiteral("customers")][QStringLiteral("unknown")].toInt(), 0);
        QCOMPARE(summary[QStringLiteral("overall")][QStringLiteral("treated")].toInt(), 20);
        QCOMPARE(summary[QStringLiteral("overall")][QStringLiteral("conversion")][QStringLiteral("treated_conversions")].toInt(), 7);
        // The other way: the project's ids 1001..1040 have no zeros, the campaign writes 01001.
        const QString plain = projectOf(QStringLiteral("plain"), [](int i) { return QByteArray::number(1001 + i); });
        QVERIFY(!plain.isEmpty());
        summary = liftOf(plain, [](int i) { return (i == 7 ? "0" : "") + QByteArray::number(1001 + i); }, run);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("1 id differs from the project's only in leading zeros (such as "
                                                 "'01008' for '1008') and was matched to it")),
                 qPrintable(run.err));
        QCOMPARE(summary[QStringLiteral("customers")][QStringLiteral("unknown")].toInt(), 0);
    }

    void badCampaignsAreExplained_data()
    {
        QTest::addColumn<QByteArray>("campaign");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QByteArray good = "customer_id,arm,converted\nC0000001,test,1\nC0000002,control,0\n";
        QTest::newRow("unknown arm") << QByteArray(good + "C0000003,maybe,1\n") << QStringList() << 3
                                     << QStringLiteral("row 4, column 'arm': 'maybe' is neither a treatment value");
        QTest::newRow("bad conversion") << QByteArray(good + "C0000003,test,2\n") << QStringList() << 3
                                        << QStringLiteral("row 4, column 'converted': '2' is not a conversion");
        QTest::newRow("custom arms") << QByteArray("customer_id,arm,converted\nC0000001,A,1\nC0000002,B,0\n")
                                     << QStringList {QStringLiteral("--treatment"), QStringLiteral("b"),
                                                     QStringLiteral("--control"), QStringLiteral("x")}
                                     << 3 << QStringLiteral("row 2, column 'arm': 'A' is neither a treatment value (b) "
                                                            "nor a control value (x)");
        QTest::newRow("no arm column") << QByteArray("customer_id,converted\nC0000001,1\n") << QStringList() << 2
                                       << QStringLiteral("which column holds the arm");
        QTest::newRow("no outcome") << QByteArray("customer_id,arm\nC0000001,test\n") << QStringList() << 2
                                    << QStringLiteral("neither a conversion column");
        QTest::newRow("unknown customers") << QByteArray("customer_id,arm,converted\nX1,test,1\nX2,control,0\n")
                                           << QStringList() << 3 << QStringLiteral("none of the campaign's 2 customers");
        QTest::newRow("one arm") << QByteArray("customer_id,arm,converted\nC0000001,test,1\nC0000002,test,0\n")
                                 << QStringList() << 3 << QStringLiteral("no control customers");
        QTest::newRow("repeated customer") << QByteArray(good + "C0000001,control,0\n") << QStringList() << 3
                                           << QStringLiteral("C0000001");
        QTest::newRow("header only") << QByteArray("customer_id,arm,converted\n") << QStringList() << 3
                                     << QStringLiteral("the file has a header row but no data rows");
        QTest::newRow("bad correction") << good << QStringList {QStringLiteral("--correction"), QStringLiteral("sidak")}
                                        << 2 << QStringLiteral("--correction sidak");
    }

    void badCampaignsAreExplained()
    {
        QFETCH(QByteArray, campaign);
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString file = writeInputFile(path(QStringLiteral("bad.csv")), campaign);
        const QByteArray before = readFile(m_project);
        const SegscopeRun run = runSegscope(QStringList {QStringLiteral("lift"), m_project, file} + options);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(readFile(m_project), before);
    }
};

QTEST_GUILESS_MAIN(TestCliLift)
#include "test_cli_lift.moc"
