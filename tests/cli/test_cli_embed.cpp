// segscope embed: the map file and summary against the engine run on the same prepared data
// (UMAP and PCA), the trustworthiness of --quality, thread-count independence, and the usage
// error of every bad parameter.

#include "tests/support/segscope_process.h"

#include "engine/data/csv_reader.h"
#include "engine/data/loader.h"
#include "engine/embed/embedding.h"
#include "engine/embed/umap.h"
#include "engine/eval/trustworthiness.h"
#include "engine/prep/feature_spec.h"
#include "engine/prep/prepare.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>

using namespace seg;

namespace {

const QString kWholesale = QStringLiteral(SEG_SHARED_DATA_DIR "/wholesale/Wholesale customers data.csv");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The prepared wholesale matrix, as segscope prepares it without feature options (the
/// suggested spec of the whole table).
PreparedData wholesalePrepared()
{
    const Table table = loadTable(kWholesale.toStdString(), {}, CsvOptions {});
    return prepare(table, suggestFeatureSpec(table));
}

/// Parses EMB.csv: the header, then id,x,y per row.
struct MapFile
{
    QList<QByteArray> ids;
    std::vector<float> x, y;
};
MapFile parseMap(const QByteArray &bytes)
{
    MapFile m;
    QList<QByteArray> lines = bytes.split('\n');
    if (!lines.isEmpty() && lines.back().isEmpty())
        lines.pop_back();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].split(',');
        m.ids << f.value(0);
        m.x.push_back(std::strtof(f.value(1).constData(), nullptr));
        m.y.push_back(std::strtof(f.value(2).constData(), nullptr));
    }
    return m;
}

} // namespace

class TestCliEmbed : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString work(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void umapMapMatchesTheEngine()
    {
        const SegscopeRun r = runSegscope({QStringLiteral("embed"), kWholesale, QStringLiteral("--out"),
                                           work("emb.csv"), QStringLiteral("--json"), work("emb.json"),
                                           QStringLiteral("--quality"), QStringLiteral("200"), QStringLiteral("--quiet")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
        const QByteArray bytes = readAll(work("emb.csv"));
        QVERIFY(bytes.startsWith("id,x,y\n1,"));
        const MapFile map = parseMap(bytes);
        QCOMPARE(map.ids.size(), 440);
        QCOMPARE(map.ids.back(), QByteArray("440"));

        // The engine with segscope's defaults (seed 42) on the same prepared matrix.
        const PreparedData prepared = wholesalePrepared();
        const UmapResult expected = umap(prepared.x, UmapOptions {});
        QCOMPARE(map.x, expected.embedding.x);
        QCOMPARE(map.y, expected.embedding.y);

        const QJsonObject summary = QJsonDocument::fromJson(readAll(work("emb.json"))).object();
        const QJsonObject params = summary[QStringLiteral("params")].toObject();
        QCOMPARE(params[QStringLiteral("method")].toString(), QStringLiteral("umap"));
        QCOMPARE(params[QStringLiteral("neighbors")].toInt(), 15);
        QCOMPARE(params[QStringLiteral("min_dist")].toDouble(), 0.1);
        QCOMPARE(params[QStringLiteral("metric")].toString(), QStringLiteral("euclidean"));
        QCOMPARE(params[QStringLiteral("epochs")].toInt(), 500);
        QCOMPARE(params[QStringLiteral("seed")].toInt(), 42);
        const QJsonObject umapPart = summary[QStringLiteral("umap")].toObject();
        QCOMPARE(umapPart[QStringLiteral("init")].toString(),
                 QString::fromLatin1(toString(expected.report.init).data()));
        QCOMPARE(umapPart[QStringLiteral("fit_rows")].toInt(), 440);
        QCOMPARE(umapPart[QStringLiteral("exact_neighbors")].toBool(), true);
        const QJsonObject quality = summary[QStringLiteral("quality")].toObject();
        QCOMPARE(quality[QStringLiteral("sample")].toInt(), 200);
        QCOMPARE(quality[QStringLiteral("neighbors")].toInt(), 15);
        QCOMPARE(quality[QStringLiteral("trustworthiness")].toDouble(),
                 embeddingTrustworthiness(prepared.x, expected.embedding, 200, 15, 42));
        QVERIFY(summary[QStringLiteral("timings_ms")].toObject().contains(QStringLiteral("layout")));
        QCOMPARE(summary[QStringLiteral("input")].toObject()[QStringLiteral("rows_mapped")].toInt(), 440);
    }

    void threadCountDoesNotChangeTheMap()
    {
        QByteArray maps[2];
        for (int t = 0; t < 2; ++t) {
            const SegscopeRun r = runSegscope({QStringLiteral("embed"), kWholesale, QStringLiteral("--epochs"),
                                               QStringLiteral("60"), QStringLiteral("--metric"), QStringLiteral("manhattan"),
                                               QStringLiteral("--threads"), QString::number(t + 1),
                                               QStringLiteral("--out"), work("t.csv"), QStringLiteral("--quiet")});
            QCOMPARE(r.exitCode, 0);
            maps[t] = readAll(work("t.csv"));
        }
        QCOMPARE(maps[0].size() > 1000, true);
        QCOMPARE(maps[0], maps[1]);
    }

    void pcaMapMatchesTheEngine()
    {
        const SegscopeRun r = runSegscope({QStringLiteral("embed"), kWholesale, QStringLiteral("--method"),
                                           QStringLiteral("pca"), QStringLiteral("--out"), work("pca.csv"),
                                           QStringLiteral("--json"), work("pca.json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().startsWith(QStringLiteral("440 rows, ")));
        const MapFile map = parseMap(readAll(work("pca.csv")));
        const Embedding expected = pcaEmbedding(wholesalePrepared().x);
        QCOMPARE(map.x, expected.x);
        QCOMPARE(map.y, expected.y);
        const QJsonObject summary = QJsonDocument::fromJson(readAll(work("pca.json"))).object();
        QCOMPARE(summary[QStringLiteral("params")].toObject()[QStringLiteral("method")].toString(), QStringLiteral("pca"));
        QCOMPARE(summary[QStringLiteral("pca")].toObject()[QStringLiteral("explained_variance_ratio")].toArray()[0].toDouble(),
                 expected.explainedVarianceRatio[0]);
        QVERIFY(!summary.contains(QStringLiteral("umap")));
    }

    void aLargeTableMapsAsTheEngineMapsIt()
    {
        // 130,000 customers hold about 22 MB of cells: embed moves them to a temporary file
        // while it maps (prepareSpilling) and reads them back for the ids.
        const QString csv = work("large.csv");
        QCOMPARE(runSegscope({QStringLiteral("demo-data"), QStringLiteral("--rows"), QStringLiteral("130000"),
                              QStringLiteral("--out"), csv})
                     .exitCode,
                 0);
        const SegscopeRun r = runSegscope({QStringLiteral("embed"), csv, QStringLiteral("--method"), QStringLiteral("pca"),
                                           QStringLiteral("--id-column"), QStringLiteral("customer_id"),
                                           QStringLiteral("--out"), work("large-map.csv"), QStringLiteral("--quiet")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const Table table = loadTable(csv.toStdString(), {}, CsvOptions {});
        const Embedding expected = pcaEmbedding(prepare(table, suggestFeatureSpec(table, {"customer_id"})).x);
        const MapFile map = parseMap(readAll(work("large-map.csv")));
        QCOMPARE(map.x, expected.x);
        QCOMPARE(map.y, expected.y);
        const Column &ids = table.require("customer_id");
        QCOMPARE(map.ids.size(), qsizetype(ids.text.size()));
        for (std::size_t i = 0; i < ids.text.size(); i += 9973)
            QCOMPARE(map.ids[qsizetype(i)].toStdString(), ids.text[i]);
        QCOMPARE(map.ids.back().toStdString(), ids.text.back());
    }

    void badParametersAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("neighbors 1") << QStringList {QStringLiteral("--neighbors"), QStringLiteral("1")}
                                     << QStringLiteral("segscope: option --neighbors must be between 2 and 10000, got 1\n");
        QTest::newRow("neighbors >= rows")
            << QStringList {QStringLiteral("--neighbors"), QStringLiteral("440")}
            << QStringLiteral("segscope: --neighbors 440: it must be at least 2 and less than the number of customers "
                              "to map (440 in %1)\n").arg(kWholesale);
        QTest::newRow("min-dist > spread")
            << QStringList {QStringLiteral("--min-dist"), QStringLiteral("0.8"), QStringLiteral("--spread"), QStringLiteral("0.5")}
            << QStringLiteral("segscope: --min-dist 0.8 is greater than --spread 0.5; it must not exceed it\n");
        QTest::newRow("metric") << QStringList {QStringLiteral("--metric"), QStringLiteral("chebyshev")}
                                << QStringLiteral("segscope: --metric: unknown metric 'chebyshev'; accepted values: "
                                                  "euclidean, manhattan, cosine\n");
        QTest::newRow("fit-sample")
            << QStringList {QStringLiteral("--fit-sample"), QStringLiteral("10")}
            << QStringLiteral("segscope: --fit-sample: 10 rows are too few: the map is fitted on them, so they must be "
                              "more than neighbors (15)\n");
        QTest::newRow("method") << QStringList {QStringLiteral("--method"), QStringLiteral("tsne")}
                                << QStringLiteral("segscope: --method must be umap or pca, not 'tsne'\n");
        QTest::newRow("umap option with pca")
            << QStringList {QStringLiteral("--method"), QStringLiteral("pca"), QStringLiteral("--neighbors"), QStringLiteral("5")}
            << QStringLiteral("segscope: --neighbors is a UMAP parameter; it has no meaning with --method pca\n");
        QTest::newRow("quality 30") << QStringList {QStringLiteral("--quality"), QStringLiteral("30")}
                                    << QStringLiteral("segscope: option --quality must be between 31 and 1099511627776, got 30\n");
    }
    void badParametersAreUsageErrors()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        QFile::remove(work("bad.csv"));
        const SegscopeRun r = runSegscope(QStringList {QStringLiteral("embed"), kWholesale, QStringLiteral("--out"),
                                                       work("bad.csv")} + options);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, message + QStringLiteral("Run 'segscope help' for usage.\n"));
        QVERIFY(!QFile::exists(work("bad.csv")));
    }

    void outIsRequiredAndNeverAnInput()
    {
        SegscopeRun r = runSegscope({QStringLiteral("embed"), kWholesale});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith(QStringLiteral("segscope: embed needs --out")));
        const QByteArray before = readAll(kWholesale);
        r = runSegscope({QStringLiteral("embed"), kWholesale, QStringLiteral("--out"), kWholesale});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(readAll(kWholesale), before);
        // Input errors are cluster's: a missing file is an I/O error.
        r = runSegscope({QStringLiteral("embed"), work("missing.csv"), QStringLiteral("--out"), work("m.csv")});
        QCOMPARE(r.exitCode, 4);
    }
};

QTEST_GUILESS_MAIN(TestCliEmbed)
#include "test_cli_embed.moc"
