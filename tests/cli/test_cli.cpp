// End-to-end tests of the segscope command line: exit codes, messages and output files.

#include "tests/support/segscope_process.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <set>

class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run segscope(const QStringList &args)
    {
        const SegscopeRun run = runSegscope(args);
        return {run.exitCode, run.outText(), run.err};
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void writeText(const QString &name, const QByteArray &text)
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }

    static QByteArray readAll(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
    QString m_demo;
    static constexpr int kDemoRows = 20000;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = path(QStringLiteral("demo.csv"));
        const Run r = segscope({QStringLiteral("demo-data"), QStringLiteral("--rows"), QString::number(kDemoRows),
                                QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--out"), m_demo});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = readAll(m_demo).split('\n');
        // header + rows + the empty piece after the final newline
        QCOMPARE(lines.size(), kDemoRows + 2);
        QVERIFY(lines.front().startsWith("customer_id,"));
        // The lifetime-value inputs only on request (a CSV has no roles to keep them out of the
        // features).
        QVERIFY(lines.front().trimmed().endsWith(",true_segment"));
    }

    void demoDataWithClvInputs()
    {
        const QString file = path(QStringLiteral("demo_clv.csv"));
        const Run r = segscope({QStringLiteral("demo-data"), QStringLiteral("--rows"), QStringLiteral("50"),
                                QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--clv-inputs"),
                                QStringLiteral("--out"), file});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = readAll(file).split('\n');
        QVERIFY(lines.front().trimmed().endsWith(",true_segment,frequency,recency,T,monetary_value"));
        // The first rows are the first rows of the file without them, plus four cells.
        const QList<QByteArray> plain = readAll(m_demo).split('\n');
        for (int i = 1; i < 5; ++i) {
            QVERIFY(lines[i].startsWith(plain[i].trimmed() + ','));
            QCOMPARE(lines[i].count(','), plain[i].count(',') + 4);
        }
    }

    void versionAndHelp()
    {
        Run r = segscope({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("segscope ")));
        r = segscope({QStringLiteral("help"), QStringLiteral("cluster")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--silhouette-sample")));
        QCOMPARE(segscope({QStringLiteral("help"), QStringLiteral("nonsense")}).exitCode, 2);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << QStringLiteral("usage");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("missing k") << QStringList{QStringLiteral("cluster"), QStringLiteral("x.csv")}
                                   << QStringLiteral("--k");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("cluster"), QStringLiteral("x.csv"),
                                                       QStringLiteral("--k"), QStringLiteral("3"),
                                                       QStringLiteral("--frob")}
                                        << QStringLiteral("--frob");
        QTest::newRow("k not a number") << QStringList{QStringLiteral("cluster"), QStringLiteral("x.csv"),
                                                       QStringLiteral("--k"), QStringLiteral("six")}
                                        << QStringLiteral("six");
        QTest::newRow("bad scale") << QStringList{QStringLiteral("cluster"), QStringLiteral("x.csv"),
                                                  QStringLiteral("--k"), QStringLiteral("3"),
                                                  QStringLiteral("--scale"), QStringLiteral("loud")}
                                   << QStringLiteral("loud");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        // The bad-scale case needs a readable input so that the option is the first problem.
        if (args.size() > 1 && args[1] == QLatin1String("x.csv"))
            args[1] = m_demo;
        const Run r = segscope(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void clusterDemoEndToEnd()
    {
        const QString assign = path(QStringLiteral("assign.csv"));
        const QString summary = path(QStringLiteral("summary.json"));
        const Run r = segscope({QStringLiteral("cluster"), m_demo, QStringLiteral("--k"), QStringLiteral("6"),
                                QStringLiteral("--id-column"), QStringLiteral("customer_id"),
                                QStringLiteral("--label-column"), QStringLiteral("true_segment"),
                                QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--out"), assign,
                                QStringLiteral("--json"), summary});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        const QJsonObject json = QJsonDocument::fromJson(readAll(summary)).object();
        QCOMPARE(json[QStringLiteral("input")][QStringLiteral("rows")].toInt(), kDemoRows);
        const QJsonArray used = json[QStringLiteral("input")][QStringLiteral("columns_used")].toArray();
        QVERIFY(!used.contains(QStringLiteral("customer_id")));
        QVERIFY(!used.contains(QStringLiteral("true_segment")));
        QVERIFY(used.contains(QStringLiteral("revenue")));
        QCOMPARE(json[QStringLiteral("params")][QStringLiteral("k")].toInt(), 6);
        QVERIFY(json[QStringLiteral("inertia")].toDouble() > 0);
        QVERIFY(json[QStringLiteral("n_iter")].toInt() >= 1);

        const QJsonObject metrics = json[QStringLiteral("metrics")].toObject();
        for (const char *key : {"silhouette", "davies_bouldin", "calinski_harabasz", "ari", "nmi"})
            QVERIFY2(metrics.contains(QLatin1String(key)), key);
        const double silhouette = metrics[QStringLiteral("silhouette")].toDouble();
        QVERIFY(silhouette > 0.0 && silhouette <= 1.0);
        // The quality bar: the demo data's six generating segments are recovered.
        QVERIFY2(metrics[QStringLiteral("ari")].toDouble() >= 0.9,
                 qPrintable(QString::number(metrics[QStringLiteral("ari")].toDouble())));

        const QJsonArray segments = json[QStringLiteral("segments")].toArray();
        QCOMPARE(segments.size(), 6);
        int total = 0;
        double shares = 0;
        for (const auto &s : segments) {
            total += s[QStringLiteral("size")].toInt();
            shares += s[QStringLiteral("share")].toDouble();
            // Centroids are reported in original units: a revenue centroid is a positive amount
            // and channel shares lie in [0, 1].
            const QJsonObject centroid = s[QStringLiteral("centroid")].toObject();
            QVERIFY(centroid[QStringLiteral("revenue")].toDouble() > 0);
            const double web = centroid[QStringLiteral("web_share")].toDouble();
            QVERIFY(web >= 0 && web <= 1);
        }
        QCOMPARE(total, kDemoRows);
        QVERIFY(qAbs(shares - 1.0) < 1e-9);
        for (const char *key : {"read", "prep", "fit", "metrics", "total"})
            QVERIFY(json[QStringLiteral("timings_ms")].toObject().contains(QLatin1String(key)));

        // Assignments: one row per customer, ids from the id column, segments 0..5, distances >= 0;
        // segment sizes agree with the summary.
        const QList<QByteArray> lines = readAll(assign).trimmed().split('\n');
        QCOMPARE(lines.front(), QByteArray("id,segment,distance"));
        QCOMPARE(lines.size(), kDemoRows + 1);
        std::vector<int> sizes(6, 0);
        std::set<QByteArray> ids;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> f = lines[i].split(',');
            QCOMPARE(f.size(), 3);
            ids.insert(f[0]);
            const int s = f[1].toInt();
            QVERIFY(s >= 0 && s < 6);
            ++sizes[static_cast<std::size_t>(s)];
            QVERIFY(f[2].toDouble() >= 0);
        }
        QCOMPARE(ids.size(), std::size_t(kDemoRows));
        for (int s = 0; s < 6; ++s)
            QCOMPARE(sizes[static_cast<std::size_t>(s)], segments[s][QStringLiteral("size")].toInt());
    }

    void sameSeedSameResultAnyThreadCount()
    {
        QByteArray first;
        for (const char *threads : {"1", "2"}) {
            const QString assign = path(QStringLiteral("assign-%1.csv").arg(QLatin1String(threads)));
            const Run r = segscope({QStringLiteral("cluster"), m_demo, QStringLiteral("--k"), QStringLiteral("4"),
                                    QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--n-init"),
                                    QStringLiteral("2"), QStringLiteral("--threads"), QLatin1String(threads),
                                    QStringLiteral("--out"), assign, QStringLiteral("--quiet")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const QByteArray content = readAll(assign);
            QVERIFY(!content.isEmpty());
            if (first.isEmpty())
                first = content;
            else
                QCOMPARE(content, first);
        }
    }

    void invalidData_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QStringList>("mustMention");
        const QStringList k2{QStringLiteral("--k"), QStringLiteral("2")};
        QTest::newRow("empty file") << QByteArray() << k2 << QStringList{QStringLiteral("empty")};
        QTest::newRow("ragged row") << QByteArray("id,a,b\n1,2,3\n2,3\n3,4,5\n") << k2
                                    << QStringList{QStringLiteral("row 3")};
        QTest::newRow("unterminated quote") << QByteArray("id,a,b\n1,2,3\n2,\"3,4\n3,4,5\n") << k2
                                            << QStringList{QStringLiteral("row 3"), QStringLiteral("quote")};
        QTest::newRow("duplicate ids")
            << QByteArray("id,a,b\nx,1,2\ny,2,3\nx,3,4\nz,5,1\n")
            << QStringList{QStringLiteral("--k"), QStringLiteral("2"), QStringLiteral("--id-column"),
                           QStringLiteral("id")}
            << QStringList{QStringLiteral("'x'")};
        QTest::newRow("missing column")
            << QByteArray("id,a,b\n1,2,3\n2,3,4\n3,4,5\n")
            << QStringList{QStringLiteral("--k"), QStringLiteral("2"), QStringLiteral("--columns"),
                           QStringLiteral("a,spend")}
            << QStringList{QStringLiteral("spend")};
        QTest::newRow("numbers with text cells")
            << QByteArray("id,a,b\n1,2,3\n2,x,4\n3,4,5\n4,5,6\n") << QStringList{QStringLiteral("--k"), QStringLiteral("2"),
                                                                                QStringLiteral("--id-column"),
                                                                                QStringLiteral("id")}
            << QStringList{QStringLiteral("row 3 'x'"), QStringLiteral("column 'a'")};
        QTest::newRow("k above distinct rows")
            << QByteArray("id,a,b\n1,1,1\n2,1,1\n3,2,2\n4,2,2\n") << QStringList{QStringLiteral("--k"), QStringLiteral("3"),
                                                                                  QStringLiteral("--columns"),
                                                                                  QStringLiteral("a,b")}
            << QStringList{QStringLiteral("distinct")};
    }

    void invalidData()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, extra);
        QFETCH(QStringList, mustMention);
        const QString file = path(QStringLiteral("bad.csv"));
        writeText(QStringLiteral("bad.csv"), csv);
        const QString out = path(QStringLiteral("bad-out.csv"));
        QFile::remove(out);
        const Run r = segscope(QStringList{QStringLiteral("cluster"), file, QStringLiteral("--out"), out} + extra);
        QVERIFY2(r.exitCode == 3, qPrintable(QString::number(r.exitCode) + QLatin1Char(' ') + r.err));
        QVERIFY2(r.err.contains(QStringLiteral("bad.csv")), qPrintable(r.err));
        for (const QString &m : mustMention)
            QVERIFY2(r.err.contains(m), qPrintable(r.err));
        QVERIFY(!QFile::exists(out)); // nothing half-written
    }

    void hugeValuesAreRejected_data()
    {
        QTest::addColumn<QString>("scale");
        QTest::newRow("none") << QStringLiteral("none");
        QTest::newRow("zscore") << QStringLiteral("zscore");
    }

    void hugeValuesAreRejected()
    {
        // 1e308 is finite, but its square is not: once this ran with exit 0, infinite distances,
        // a null inertia and Davies–Bouldin 0 (no scaling), or blamed "row 1 of the feature
        // matrix" (z-scores). The blank line makes the file line differ from the data index.
        QFETCH(QString, scale);
        writeText(QStringLiteral("huge.csv"), "id,a,b\n1,1,2\n\n2,1e308,3\n3,2,4\n4,3,5\n");
        const QString json = path(QStringLiteral("huge.json"));
        QFile::remove(json);
        const Run r = segscope({QStringLiteral("cluster"), path(QStringLiteral("huge.csv")), QStringLiteral("--k"),
                                QStringLiteral("2"), QStringLiteral("--id-column"), QStringLiteral("id"),
                                QStringLiteral("--scale"), scale, QStringLiteral("--json"), json});
        QCOMPARE(r.exitCode, 3);
        for (const char *part : {"huge.csv: row 4, column 'a': the value 1e+308 is too large to cluster",
                                 "within ±1e+100"})
            QVERIFY2(r.err.contains(QString::fromUtf8(part)), qPrintable(r.err));
        QVERIFY(!QFile::exists(json));
    }

    void weightsOutsideTheRange_data()
    {
        QTest::addColumn<QByteArray>("weight");
        QTest::addColumn<QString>("message");
        QTest::newRow("huge") << QByteArray("1e308")
                              << QStringLiteral("spec.json: feature spec key 'groups[0].weight': the weight "
                                                "1e+308 is out of range; a weight is a number from 0.001 to 1000");
        QTest::newRow("denormal") << QByteArray("1e-320")
                                  << QStringLiteral("feature spec key 'groups[0].weight': the weight 1e-320 "
                                                    "is out of range");
        QTest::newRow("beyond double") << QByteArray("1e999")
                                       << QStringLiteral("spec.json: feature spec key 'groups[0].weight': the "
                                                         "number 1e999 is out of range (line 1, column 37)");
    }

    void weightsOutsideTheRange()
    {
        // 1e999 was an "internal error" (exit 1); every weight problem is now bad input naming the key.
        QFETCH(QByteArray, weight);
        QFETCH(QString, message);
        writeText(QStringLiteral("small.csv"), "id,a,b\n1,1,2\n2,5,3\n3,2,4\n4,3,5\n");
        writeText(QStringLiteral("spec.json"),
                  "{\"groups\": [{\"name\": \"g\", \"weight\": " + weight + ", \"columns\": [\"a\", \"b\"]}]}");
        const Run r = segscope({QStringLiteral("cluster"), path(QStringLiteral("small.csv")), QStringLiteral("--k"),
                                QStringLiteral("2"), QStringLiteral("--features"), path(QStringLiteral("spec.json"))});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void duplicateSpecKeysAreRejected()
    {
        writeText(QStringLiteral("small.csv"), "id,a,b\n1,1,2\n2,5,3\n3,2,4\n4,3,5\n");
        writeText(QStringLiteral("twice.json"), "{\"groups\": [{\"name\": \"g\", \"columns\": [\"a\"]}],\n"
                                                "  \"groups\": [{\"name\": \"h\", \"columns\": [\"b\"]}]}\n");
        const Run r = segscope({QStringLiteral("cluster"), path(QStringLiteral("small.csv")), QStringLiteral("--k"),
                                QStringLiteral("2"), QStringLiteral("--features"), path(QStringLiteral("twice.json"))});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("twice.json: feature spec key 'groups' is given twice (line 2, "
                                               "column 3); a key may appear only once in an object")),
                 qPrintable(r.err));
    }

    void nothingToCluster_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("--columns names none")
            << QStringList {QStringLiteral("--columns"), QStringLiteral(",,")} << 2
            << QStringLiteral("segscope: --columns ',,' names no column; give the columns to cluster separated by "
                              "commas, e.g. --columns visits,spend");
        QTest::newRow("every column excluded")
            << QStringList {QStringLiteral("--exclude"), QStringLiteral("id,a,b")} << 2
            << QStringLiteral("small.csv: no column is left to cluster: every column is excluded by --exclude "
                              "id,a,b; name the columns to use with --columns");
        QTest::newRow("excluded and the id")
            << QStringList {QStringLiteral("--exclude"), QStringLiteral("a,b"), QStringLiteral("--id-column"),
                            QStringLiteral("id")}
            << 2
            << QStringLiteral("small.csv: no column is left to cluster: --exclude leaves out 'a', 'b'; the "
                              "customer id column 'id' (--id-column) is never a feature; name the columns to "
                              "use with --columns");
    }

    void nothingToCluster()
    {
        // Each once said "the feature spec selects no columns (are all groups disabled?)".
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        writeText(QStringLiteral("small.csv"), "id,a,b\n1,1,2\n2,5,3\n3,2,4\n4,3,5\n");
        const Run r = segscope(QStringList {QStringLiteral("cluster"), path(QStringLiteral("small.csv")),
                                            QStringLiteral("--k"), QStringLiteral("2")}
                               + options);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("disabled")));
    }

    void allNullSqliteColumn()
    {
        const QString db = path(QStringLiteral("nulls.sqlite"));
        QFile::remove(db);
        sqlite3 *handle = nullptr;
        QCOMPARE(sqlite3_open(db.toUtf8().constData(), &handle), SQLITE_OK);
        QCOMPARE(sqlite3_exec(handle,
                              "CREATE TABLE t(id TEXT, spend REAL);"
                              "INSERT INTO t VALUES ('a', NULL), ('b', NULL), ('c', NULL);",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(handle);
        Run r = segscope({QStringLiteral("cluster"), db, QStringLiteral("--k"), QStringLiteral("2"),
                          QStringLiteral("--id-column"), QStringLiteral("id")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("nulls.sqlite: no column is left to cluster: the customer id column "
                                               "'id' (--id-column) is never a feature; column 'spend' has no values "
                                               "(all NULL)\n")),
                 qPrintable(r.err));
        // Named explicitly, the column is refused in the same words.
        r = segscope({QStringLiteral("cluster"), db, QStringLiteral("--k"), QStringLiteral("2"),
                      QStringLiteral("--columns"), QStringLiteral("spend")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("column 'spend': the column has no values (every cell is empty, "
                                               "NULL or a missing marker)")),
                 qPrintable(r.err));
    }

    void decimalCommas()
    {
        // A semicolon file: the decimal commas are read (with a warning) and the centroids are in
        // those units: {1,5; 2; 2,5} and {10,5; 11; 11,5} have means 2 and 11.
        writeText(QStringLiteral("semi.csv"), "id;amount\n1;1,5\n2;2\n3;2,5\n4;10,5\n5;11\n6;11,5\n");
        const QString json = path(QStringLiteral("semi.json"));
        Run r = segscope({QStringLiteral("cluster"), path(QStringLiteral("semi.csv")), QStringLiteral("--k"),
                          QStringLiteral("2"), QStringLiteral("--id-column"), QStringLiteral("id"),
                          QStringLiteral("--json"), json, QStringLiteral("--quiet")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("warning: column 'amount' holds numbers with a decimal comma (row 2: "
                                               "'1,5'), read with ',' as the decimal mark ('1,5' is 1.5)")),
                 qPrintable(r.err));
        std::multiset<double> centroids;
        for (const auto &segment : QJsonDocument::fromJson(readAll(json)).object()[QStringLiteral("segments")].toArray())
            centroids.insert(segment[QStringLiteral("centroid")][QStringLiteral("amount")].toDouble());
        QCOMPARE(centroids.size(), std::size_t {2});
        // Scaling and its inverse may leave the last bit: compare at 1e-12.
        QVERIFY2(qAbs(*centroids.begin() - 2.0) < 1e-12 && qAbs(*centroids.rbegin() - 11.0) < 1e-12,
                 qPrintable(QString::number(*centroids.begin(), 'g', 17)));
        // Each segment's trait, by hand: the amounts' population mean is 6.5 and their standard
        // deviation sqrt(122.5 / 6), so a segment mean of 2 or 11 lies 4.5 / sqrt(122.5 / 6) =
        // 0.99591 standard deviations below or above it.
        for (const auto &segment : QJsonDocument::fromJson(readAll(json)).object()[QStringLiteral("segments")].toArray()) {
            const QJsonArray traits = segment[QStringLiteral("traits")].toArray();
            QCOMPARE(traits.size(), 1);
            const QJsonObject trait = traits[0].toObject();
            QCOMPARE(trait[QStringLiteral("feature")].toString(), QStringLiteral("amount"));
            const double mean = trait[QStringLiteral("segment_mean")].toDouble();
            QCOMPARE(mean, segment[QStringLiteral("means")][QStringLiteral("amount")].toDouble());
            QVERIFY(qAbs(trait[QStringLiteral("population_mean")].toDouble() - 6.5) < 1e-12);
            const double z = (mean < 6.5 ? -4.5 : 4.5) / std::sqrt(122.5 / 6.0);
            QVERIFY2(qAbs(trait[QStringLiteral("z")].toDouble() - z) < 1e-12,
                     qPrintable(QString::number(trait[QStringLiteral("z")].toDouble(), 'g', 17)));
        }

        // A comma file: the same numbers quoted are explained, naming the column and the row.
        writeText(QStringLiteral("comma.csv"), "id,amount\n1,\"1,5\"\n2,2\n3,\"2,5\"\n4,\"10,5\"\n");
        r = segscope({QStringLiteral("cluster"), path(QStringLiteral("comma.csv")), QStringLiteral("--k"),
                      QStringLiteral("2"), QStringLiteral("--columns"), QStringLiteral("amount")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("comma.csv: row 2, column 'amount': the column looks like numbers "
                                               "with a decimal comma ('1,5'), which are not read as numbers")),
                 qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("identifiers")));
    }

    void ioErrors()
    {
        Run r = segscope({QStringLiteral("cluster"), path(QStringLiteral("does-not-exist.csv")), QStringLiteral("--k"),
                          QStringLiteral("2")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains(QStringLiteral("does-not-exist.csv")));
        r = segscope({QStringLiteral("cluster"), m_demo, QStringLiteral("--k"), QStringLiteral("2"),
                      QStringLiteral("--out"), path(QStringLiteral("no/such/dir/out.csv")), QStringLiteral("--quiet")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains(QStringLiteral("out.csv")));
    }

    void sqliteInput()
    {
        const QString db = path(QStringLiteral("customers.sqlite"));
        sqlite3 *handle = nullptr;
        QCOMPARE(sqlite3_open(db.toUtf8().constData(), &handle), SQLITE_OK);
        const char *sql = "CREATE TABLE \"my customers\"(id TEXT, spend REAL, visits INTEGER);"
                          "INSERT INTO \"my customers\" VALUES ('a', 1.0, 1), ('b', 1.2, 2), ('c', 0.9, 1),"
                          "('d', 10.0, 20), ('e', 10.5, 21), ('f', 9.8, 19);";
        QCOMPARE(sqlite3_exec(handle, sql, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(handle);

        const QString assign = path(QStringLiteral("sqlite-assign.csv"));
        Run r = segscope({QStringLiteral("cluster"), db, QStringLiteral("--table"), QStringLiteral("my customers"),
                          QStringLiteral("--k"), QStringLiteral("2"), QStringLiteral("--id-column"),
                          QStringLiteral("id"), QStringLiteral("--scale"), QStringLiteral("none"),
                          QStringLiteral("--out"), assign, QStringLiteral("--quiet")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Two obvious groups: {a,b,c} and {d,e,f}.
        const QList<QByteArray> lines = readAll(assign).trimmed().split('\n');
        QCOMPARE(lines.size(), 7);
        const QByteArray segA = lines[1].split(',')[1];
        const QByteArray segD = lines[4].split(',')[1];
        QVERIFY(segA != segD);
        for (int i : {2, 3})
            QCOMPARE(lines[i].split(',')[1], segA);
        for (int i : {5, 6})
            QCOMPARE(lines[i].split(',')[1], segD);

        r = segscope({QStringLiteral("cluster"), db, QStringLiteral("--table"), QStringLiteral("nope"),
                      QStringLiteral("--k"), QStringLiteral("2")});
        QVERIFY(r.exitCode == 3 || r.exitCode == 4);
        QVERIFY2(r.err.contains(QStringLiteral("my customers")), qPrintable(r.err));

        // With one table, --table is not needed and changes nothing.
        const QString assignNoTable = path(QStringLiteral("sqlite-assign-no-table.csv"));
        r = segscope({QStringLiteral("cluster"), db, QStringLiteral("--k"), QStringLiteral("2"),
                      QStringLiteral("--id-column"), QStringLiteral("id"), QStringLiteral("--scale"),
                      QStringLiteral("none"), QStringLiteral("--out"), assignNoTable, QStringLiteral("--quiet")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(readAll(assignNoTable), readAll(assign));

        // With several, the user has to choose one, and is told which there are and how.
        QCOMPARE(sqlite3_open(db.toUtf8().constData(), &handle), SQLITE_OK);
        QCOMPARE(sqlite3_exec(handle, "CREATE TABLE other(x INTEGER); INSERT INTO other VALUES (1);", nullptr,
                              nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(handle);
        r = segscope({QStringLiteral("cluster"), db, QStringLiteral("--k"), QStringLiteral("2"),
                      QStringLiteral("--quiet")});
        QCOMPARE(r.exitCode, 2);
        for (const char *part : {"customers.sqlite", "several tables", "'my customers', 'other'", "--table NAME"})
            QVERIFY2(r.err.contains(QLatin1String(part)), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
