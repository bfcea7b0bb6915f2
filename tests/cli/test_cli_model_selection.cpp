// segscope sweep and segscope stability, as a user runs them: on four well-separated groups the
// sweep suggests k = 4 for the right reasons and measures each k exactly as cluster does; the
// groups are stable under seeds and resampling; on the UCI Wholesale customers seven segments
// are too many, and the run says which.

#include "tests/support/segscope_process.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

/// Four groups of 50 customers around (0, 0), (10, 0), (0, 10) and (10, 10), each a 5 × 10 grid
/// of spacing 0.2: far apart against their spread, so every method sees four.
QByteArray fourGroups()
{
    QByteArray csv = "id,x,y\n";
    int id = 0;
    for (const auto &[cx, cy] : {std::pair{0, 0}, std::pair{10, 0}, std::pair{0, 10}, std::pair{10, 10}})
        for (int i = 0; i < 5; ++i)
            for (int j = 0; j < 10; ++j)
                csv += QByteArray::number(++id) + ',' + QByteArray::number(cx - 0.4 + 0.2 * i) + ','
                       + QByteArray::number(cy - 0.9 + 0.2 * j) + '\n';
    return csv;
}

bool closeTo(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

} // namespace

class TestCliModelSelection : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_groups;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_groups = writeInputFile(path(QStringLiteral("groups.csv")), fourGroups());
    }

    void sweepSuggestsTheGroups()
    {
        const QString json = path(QStringLiteral("sweep.json"));
        const SegscopeRun run = runSegscope({QStringLiteral("sweep"), m_groups, QStringLiteral("--id-column"),
                                             QStringLiteral("id"), QStringLiteral("--k-max"), QStringLiteral("7"),
                                             QStringLiteral("--json"), json});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject summary = readJsonObject(json);
        const QJsonArray points = summary[QStringLiteral("points")].toArray();
        QCOMPARE(points.size(), 6);
        double previousInertia = INFINITY;
        for (int i = 0; i < points.size(); ++i) {
            const QJsonObject p = points[i].toObject();
            QCOMPARE(p[QStringLiteral("k")].toInt(), i + 2);
            // More segments never fit worse (the best of 10 restarts).
            const double inertia = p[QStringLiteral("inertia")].toDouble();
            QVERIFY2(inertia < previousInertia, qPrintable(QString::number(i + 2)));
            previousInertia = inertia;
        }
        const QJsonObject r = summary[QStringLiteral("recommendation")].toObject();
        QCOMPARE(r[QStringLiteral("k")].toInt(), 4);
        QCOMPARE(r[QStringLiteral("silhouette_k")].toInt(), 4);
        QCOMPARE(r[QStringLiteral("elbow_k")].toInt(), 4);
        // Groups 10 apart with a spread of about 0.3: silhouettes near 1, "strong" (above 0.70).
        QVERIFY(r[QStringLiteral("silhouette")].toDouble() > 0.9);
        QCOMPARE(r[QStringLiteral("structure")].toString(), QStringLiteral("strong"));
        QVERIFY2(r[QStringLiteral("reason")].toString().contains(QStringLiteral("k = 4")),
                 qPrintable(r[QStringLiteral("reason")].toString()));
        QVERIFY(run.outText().contains(r[QStringLiteral("reason")].toString()));
        // The gap statistic and prediction strength agree: four groups, beyond chance (the gap
        // would say 1 otherwise) and reproducible across halves.
        QCOMPARE(r[QStringLiteral("gap_k")].toInt(), 4);
        QCOMPARE(r[QStringLiteral("prediction_strength_k")].toInt(), 4);
        const QJsonObject gap = summary[QStringLiteral("gap")].toObject();
        QCOMPARE(gap[QStringLiteral("points")].toArray().size(), 7); // k = 1 … 7
        QCOMPARE(gap[QStringLiteral("references")].toInt(), 10);
        QCOMPARE(gap[QStringLiteral("reference_box")].toString(), QStringLiteral("principal_axes"));
        for (const QJsonValue &v : points) {
            const QJsonObject p = v.toObject();
            QVERIFY(p[QStringLiteral("gap")].isDouble());
            const double strength = p[QStringLiteral("prediction_strength")].toDouble();
            QVERIFY(strength >= 0.0 && strength <= 1.0);
            // More segments than groups cut a group differently in each half.
            if (p[QStringLiteral("k")].toInt() > 4)
                QVERIFY(strength < 0.8);
        }
        QCOMPARE(points[2].toObject()[QStringLiteral("prediction_strength")].toDouble(), 1.0);
        QVERIFY(run.outText().contains(QStringLiteral("Gap statistic: k = 4")));
        QCOMPARE(summary[QStringLiteral("params")].toObject()[QStringLiteral("silhouette_sample")].toInt(), 200);
        QCOMPARE(summary[QStringLiteral("input")].toObject()[QStringLiteral("rows_used")].toInt(), 200);

        // Each k is measured as `cluster --k K` measures its run: the same fit, the same figures.
        const QString clusterJson = path(QStringLiteral("cluster4.json"));
        const SegscopeRun cluster = runSegscope({QStringLiteral("cluster"), m_groups, QStringLiteral("--id-column"),
                                                 QStringLiteral("id"), QStringLiteral("--k"), QStringLiteral("4"),
                                                 QStringLiteral("--json"), clusterJson, QStringLiteral("--quiet")});
        QVERIFY2(cluster.exitCode == 0, qPrintable(cluster.err));
        const QJsonObject fit = readJsonObject(clusterJson);
        const QJsonObject metrics = fit[QStringLiteral("metrics")].toObject();
        const QJsonObject at4 = points[2].toObject();
        QVERIFY(closeTo(at4[QStringLiteral("inertia")].toDouble(), fit[QStringLiteral("inertia")].toDouble()));
        for (const char *name : {"silhouette", "davies_bouldin", "calinski_harabasz"})
            QVERIFY2(closeTo(at4[QLatin1String(name)].toDouble(), metrics[QLatin1String(name)].toDouble()), name);
    }

    // --algorithm gmm: the mixture's likelihood and criteria in the summary, and the sweep's
    // lowest BIC at the four groups.
    void mixtureFromTheCommandLine()
    {
        const QString json = path(QStringLiteral("gmm.json"));
        const SegscopeRun run = runSegscope({QStringLiteral("cluster"), m_groups, QStringLiteral("--id-column"),
                                             QStringLiteral("id"), QStringLiteral("--k"), QStringLiteral("4"),
                                             QStringLiteral("--algorithm"), QStringLiteral("gmm"),
                                             QStringLiteral("--covariance"), QStringLiteral("full"),
                                             QStringLiteral("--json"), json, QStringLiteral("--quiet")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject summary = readJsonObject(json);
        const QJsonObject params = summary[QStringLiteral("params")].toObject();
        QCOMPARE(params[QStringLiteral("algorithm")].toString(), QStringLiteral("gmm"));
        QCOMPARE(params[QStringLiteral("covariance")].toString(), QStringLiteral("full"));
        QCOMPARE(params[QStringLiteral("n_init")].toInt(), 3);
        QVERIFY(!params.contains(QStringLiteral("restart_sample")));
        for (const QJsonValue &v : summary[QStringLiteral("segments")].toArray())
            QCOMPARE(v.toObject()[QStringLiteral("size")].toInt(), 50);
        // BIC - AIC = p (ln n - 2) with p = (k - 1) + kd + k d(d + 1)/2 = 3 + 8 + 12.
        const double logL = summary[QStringLiteral("log_likelihood")].toDouble();
        const double bic = summary[QStringLiteral("bic")].toDouble();
        const double aic = summary[QStringLiteral("aic")].toDouble();
        QVERIFY(closeTo(aic, -2 * logL + 2 * 23));
        QVERIFY(closeTo(bic, -2 * logL + 23 * std::log(200.0)));

        const QString sweepJson = path(QStringLiteral("gmm-sweep.json"));
        const SegscopeRun sweep = runSegscope({QStringLiteral("sweep"), m_groups, QStringLiteral("--id-column"),
                                               QStringLiteral("id"), QStringLiteral("--k-max"), QStringLiteral("6"),
                                               QStringLiteral("--algorithm"), QStringLiteral("gmm"),
                                               QStringLiteral("--json"), sweepJson, QStringLiteral("--quiet")});
        QVERIFY2(sweep.exitCode == 0, qPrintable(sweep.err));
        const QJsonObject swept = readJsonObject(sweepJson);
        for (const QJsonValue &v : swept[QStringLiteral("points")].toArray())
            QVERIFY(v.toObject()[QStringLiteral("bic")].isDouble());
        const QJsonObject r = swept[QStringLiteral("recommendation")].toObject();
        QCOMPARE(r[QStringLiteral("bic_k")].toInt(), 4);
        QCOMPARE(r[QStringLiteral("k")].toInt(), 4);
    }

    // Ward, DBSCAN and HDBSCAN from the command line: the four groups with and without k, the
    // tree's top merges towering over the rest, the defaults the data chose named.
    void otherAlgorithmsFromTheCommandLine()
    {
        const QString wardJson = path(QStringLiteral("ward.json"));
        SegscopeRun run = runSegscope({QStringLiteral("cluster"), m_groups, QStringLiteral("--id-column"),
                                       QStringLiteral("id"), QStringLiteral("--k"), QStringLiteral("4"),
                                       QStringLiteral("--algorithm"), QStringLiteral("ward"), QStringLiteral("--json"),
                                       wardJson, QStringLiteral("--quiet")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QJsonObject summary = readJsonObject(wardJson);
        for (const QJsonValue &v : summary[QStringLiteral("segments")].toArray())
            QCOMPARE(v.toObject()[QStringLiteral("size")].toInt(), 50);
        const QJsonObject tree = summary[QStringLiteral("dendrogram")].toObject();
        QCOMPARE(tree[QStringLiteral("leaves")].toInt(), 200);
        QCOMPARE(tree[QStringLiteral("summarised")].toBool(), false);
        const QJsonArray heights = tree[QStringLiteral("top_heights")].toArray();
        // The three merges of whole groups (10 apart) dwarf every merge within a group.
        QVERIFY(heights[2].toDouble() > 10 * heights[3].toDouble());

        for (const char *algorithm : {"dbscan", "hdbscan"}) {
            const QString json = path(QStringLiteral("%1.json").arg(QLatin1String(algorithm)));
            run = runSegscope({QStringLiteral("cluster"), m_groups, QStringLiteral("--id-column"), QStringLiteral("id"),
                               QStringLiteral("--algorithm"), QLatin1String(algorithm), QStringLiteral("--json"), json});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            summary = readJsonObject(json);
            QCOMPARE(summary[QStringLiteral("segments_found")].toInt(), 4);
            QCOMPARE(summary[QStringLiteral("noise")].toInt(), 0);
            for (const QJsonValue &v : summary[QStringLiteral("segments")].toArray())
                QCOMPARE(v.toObject()[QStringLiteral("size")].toInt(), 50);
            QVERIFY(!summary[QStringLiteral("params")].toObject().contains(QStringLiteral("k")));
            // The data chose eps (DBSCAN) or the smallest segment (HDBSCAN: 1% of 200, at least 5).
            const QString chosen = summary[QStringLiteral("defaults_chosen")].toArray().first().toString();
            QVERIFY2(chosen.startsWith(QLatin1String(algorithm) == QLatin1String("dbscan")
                                           ? QStringLiteral("eps ")
                                           : QStringLiteral("minimum cluster size 5:")),
                     qPrintable(chosen));
            QVERIFY(run.err.contains(QStringLiteral("note: ") + chosen));
        }
        // No --k for an algorithm that finds the number itself; no sweep over k either.
        run = runSegscope({QStringLiteral("cluster"), m_groups, QStringLiteral("--k"), QStringLiteral("3"),
                           QStringLiteral("--algorithm"), QStringLiteral("hdbscan")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--k: hdbscan finds the number of segments itself; leave --k out")),
                 qPrintable(run.err));
    }

    void groupsAreStable()
    {
        const QString json = path(QStringLiteral("stability.json"));
        const SegscopeRun run = runSegscope({QStringLiteral("stability"), m_groups, QStringLiteral("--id-column"),
                                             QStringLiteral("id"), QStringLiteral("--k"), QStringLiteral("4"),
                                             QStringLiteral("--json"), json});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject summary = readJsonObject(json);
        const QJsonObject stability = summary[QStringLiteral("stability")].toObject();
        // Every seed finds the same four groups; every resample and every noisy copy too.
        QCOMPARE(stability[QStringLiteral("seed_ari")].toDouble(), 1.0);
        QCOMPARE(stability[QStringLiteral("noise_ari")].toDouble(), 1.0);
        QCOMPARE(stability[QStringLiteral("noise")].toDouble(), 0.05);
        const QJsonArray segments = stability[QStringLiteral("segments")].toArray();
        QCOMPARE(segments.size(), 4);
        for (const QJsonValue &v : segments) {
            const QJsonObject s = v.toObject();
            QCOMPARE(s[QStringLiteral("size")].toInt(), 50);
            QCOMPARE(s[QStringLiteral("jaccard")].toDouble(), 1.0);
            QCOMPARE(s[QStringLiteral("stable")].toBool(), true);
        }
        // Halves of every group predict each other perfectly.
        const QJsonObject strength = stability[QStringLiteral("prediction_strength")].toObject();
        QCOMPARE(strength[QStringLiteral("strength")].toDouble(), 1.0);
        QCOMPARE(strength[QStringLiteral("reproducible")].toBool(), true);
        QCOMPARE(strength[QStringLiteral("splits")].toInt(), 5);
        // Fewer customers than the default resample size: each resample has all 200 rows' count.
        QCOMPARE(summary[QStringLiteral("params")].toObject()[QStringLiteral("bootstrap_sample")].toInt(), 200);
        QVERIFY(summary[QStringLiteral("warnings")].toArray().isEmpty());
    }

    void tooManySegmentsAreFlagged()
    {
        // Wholesale customers (Cardoso 2013, UCI, CC BY 4.0): 440 customers, skewed spend. Seven
        // segments split its dense core in ways other resamples do not repeat.
        const QString input = QStringLiteral(SEG_SHARED_DATA_DIR "/wholesale/Wholesale customers data.csv");
        const QString json = path(QStringLiteral("wholesale.json"));
        const SegscopeRun run = runSegscope({QStringLiteral("stability"), input, QStringLiteral("--k"),
                                             QStringLiteral("7"), QStringLiteral("--json"), json});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject summary = readJsonObject(json);
        const QJsonArray segments
            = summary[QStringLiteral("stability")].toObject()[QStringLiteral("segments")].toArray();
        QCOMPARE(segments.size(), 7);
        int customers = 0;
        int unstable = 0;
        for (const QJsonValue &v : segments) {
            const QJsonObject s = v.toObject();
            customers += s[QStringLiteral("size")].toInt();
            const double jaccard = s[QStringLiteral("jaccard")].toDouble();
            QVERIFY(jaccard >= 0.0 && jaccard <= 1.0);
            // Hennig's threshold: below 0.6 a cluster is dissolved.
            QCOMPARE(s[QStringLiteral("stable")].toBool(), jaccard >= 0.6);
            unstable += jaccard < 0.6 ? 1 : 0;
        }
        QCOMPARE(customers, 440);
        QVERIFY(unstable >= 1);
        const QString warning = QStringLiteral("%1 of 7 segments are unstable").arg(unstable);
        QVERIFY2(run.err.contains(warning), qPrintable(run.err));
        QVERIFY(summary[QStringLiteral("warnings")].toArray().first().toString().startsWith(warning));
        QVERIFY(run.outText().contains(QStringLiteral("unstable")));
        // Nor do seven segments found on one half reproduce on the other.
        const QJsonObject strength
            = summary[QStringLiteral("stability")].toObject()[QStringLiteral("prediction_strength")].toObject();
        QVERIFY(strength[QStringLiteral("strength")].toDouble() < 0.8);
        QCOMPARE(strength[QStringLiteral("reproducible")].toBool(), false);
        QVERIFY2(run.err.contains(QStringLiteral("do not reliably reproduce on the other half")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliModelSelection)
#include "test_cli_model_selection.moc"
