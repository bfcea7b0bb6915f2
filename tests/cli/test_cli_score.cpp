// segscope score as a user runs it: new customers into a saved run's segments. The run's own
// customers get exactly their stored segments; the summary's counts agree with the scores file;
// unseen levels and values outside the run's range are flagged with their reasons; schema
// problems and misuse get clear errors naming the column or the option. segscope export-sql's
// query, run by SQLite, scores the customers as segscope score does.

#include "engine/project/project.h"
#include "engine/project/sha256.h"
#include "engine/score/score.h"
#include "engine/score/scoring_history.h"
#include "engine/score/scoring_sql.h"
#include "tests/support/segscope_process.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>

#include <sqlite3.h>

#include <nlohmann/json.hpp>

namespace {

/// id -> the rest of the line, for a CSV with a header whose first field is the id.
std::map<QByteArray, QList<QByteArray>> byId(const QByteArray &csv)
{
    std::map<QByteArray, QList<QByteArray>> out;
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QList<QByteArray> fields = lines[i].split(',');
        const QByteArray id = fields.takeFirst();
        out[id] = fields;
    }
    return out;
}

} // namespace

class TestCliScore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_csv;
    QString m_project;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_csv = path(QStringLiteral("customers.csv"));
        SegscopeRun run = runSegscope({QStringLiteral("demo-data"), QStringLiteral("--rows"), QStringLiteral("3000"),
                                       QStringLiteral("--out"), m_csv});
        QCOMPARE(run.exitCode, 0);
        m_project = path(QStringLiteral("p.segscope"));
        run = runSegscope({QStringLiteral("project"), QStringLiteral("create"), m_csv, QStringLiteral("--out"), m_project,
                           QStringLiteral("--id-column"), QStringLiteral("customer_id"), QStringLiteral("--label-column"),
                           QStringLiteral("true_segment"), QStringLiteral("--k"), QStringLiteral("5"),
                           QStringLiteral("--quiet")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    // Scoring the run's own customers gives each its stored segment and distance: the issue's
    // requirement that production and training agree.
    void trainingCustomersGetTheirSegments()
    {
        const QString scores = path(QStringLiteral("scores.csv"));
        const QString summary = path(QStringLiteral("scores.json"));
        SegscopeRun run = runSegscope({QStringLiteral("score"), m_project, m_csv, QStringLiteral("--out"), scores,
                                       QStringLiteral("--json"), summary});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains("3000 customers scored with run 1 (kmeans, 5 segments)"), run.out.constData());
        run = runSegscope({QStringLiteral("export"), m_project, QStringLiteral("--out"), path(QStringLiteral("run.csv"))});
        QCOMPARE(run.exitCode, 0);
        const QByteArray scored = readFile(scores);
        QVERIFY(scored.startsWith("id,segment,segment_name,distance,margin,confidence,anomaly,anomaly_reason\n"));
        const auto mine = byId(scored);
        const auto stored = byId(readFile(path(QStringLiteral("run.csv"))));
        QCOMPARE(mine.size(), std::size_t(3000));
        QCOMPARE(stored.size(), std::size_t(3000));
        std::vector<int> sizes(5, 0);
        int flagged = 0;
        for (const auto &[id, fields] : stored) {
            const auto it = mine.find(id);
            QVERIFY(it != mine.end());
            QCOMPARE(it->second[0], fields[0]); // segment
            QCOMPARE(it->second[2], fields[1]); // distance, both "%.6g"
            ++sizes[std::size_t(fields[0].toInt())];
            flagged += it->second[5] == "1" ? 1 : 0;
        }
        // The summary: shares now and in the run are the same customers', anomalies as in the file.
        const QJsonObject json = QJsonDocument::fromJson(readFile(summary)).object();
        QCOMPARE(json[QStringLiteral("input")][QStringLiteral("rows")].toInt(), 3000);
        const QJsonArray segments = json[QStringLiteral("segments")].toArray();
        QCOMPARE(segments.size(), 5);
        for (int s = 0; s < 5; ++s) {
            const QJsonObject segment = segments[s].toObject();
            QCOMPARE(segment[QStringLiteral("rows")].toInt(), sizes[std::size_t(s)]);
            QCOMPARE(segment[QStringLiteral("share")].toDouble(), sizes[std::size_t(s)] / 3000.0);
            QCOMPARE(segment[QStringLiteral("training_share")].toDouble(), sizes[std::size_t(s)] / 3000.0);
            QCOMPARE(segment[QStringLiteral("share_change")].toDouble(), 0.0);
        }
        QCOMPARE(json[QStringLiteral("anomalies")][QStringLiteral("rows")].toInt(), flagged);
        // Beyond each segment's 99th percentile: at most one customer in a hundred, and some.
        QVERIFY2(flagged >= 5 && flagged <= 35, qPrintable(QString::number(flagged)));
    }

    void jsonLinesAndFlagsWithTheirReasons()
    {
        // Three customers of the demo file with an unseen region, a revenue far above any seen,
        // and nothing unusual.
        const QList<QByteArray> lines = readFile(m_csv).split('\n');
        const QList<QByteArray> header = lines[0].split(',');
        const qsizetype region = header.indexOf("region"), revenue = header.indexOf("revenue");
        QVERIFY(region > 0 && revenue > 0);
        QByteArray text = lines[0] + '\n';
        for (int i = 1; i <= 3; ++i) {
            QList<QByteArray> fields = lines[i].split(',');
            if (i == 1)
                fields[region] = "Atlantis";
            if (i == 2)
                fields[revenue] = "99999999";
            text += fields.join(',') + '\n';
        }
        const QString input = writeInputFile(path(QStringLiteral("new.csv")), text);
        const QString scores = path(QStringLiteral("new.jsonl"));
        const SegscopeRun run = runSegscope({QStringLiteral("score"), m_project, input, QStringLiteral("--out"), scores});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("warning: column 'region': 1 level the run never saw (1 customer)")), qPrintable(run.err));
        const QList<QByteArray> out = readFile(scores).trimmed().split('\n');
        QCOMPARE(out.size(), 3);
        const QJsonObject first = QJsonDocument::fromJson(out[0]).object();
        const QJsonObject second = QJsonDocument::fromJson(out[1]).object();
        QCOMPARE(first[QStringLiteral("id")].toString(), QString::fromUtf8(lines[1].split(',')[0]));
        QVERIFY(first[QStringLiteral("anomaly")].toBool());
        QVERIFY2(first[QStringLiteral("anomaly_reason")].toString().contains(QStringLiteral("region: unseen level 'Atlantis'")),
                 out[0].constData());
        QVERIFY(second[QStringLiteral("anomaly")].toBool());
        QVERIFY2(second[QStringLiteral("anomaly_reason")].toString().contains(QStringLiteral("revenue 1e+08 above the largest seen")),
                 out[1].constData());
        const double confidence = first[QStringLiteral("confidence")].toDouble();
        QVERIFY(confidence >= 0.0 && confidence <= 1.0);
        QVERIFY(first[QStringLiteral("margin")].toDouble() >= 0.0);
    }

    // The run's own customers have not drifted: every column's index is exactly 0. Revenue
    // five times larger moves every customer's revenue up several deciles: retraining is
    // recommended, naming the column, and --fail-on-drift exits with 5 after writing the scores.
    void driftIsMeasuredAndFailsWhenAsked()
    {
        const QString summary = path(QStringLiteral("drift.json"));
        SegscopeRun run = runSegscope({QStringLiteral("score"), m_project, m_csv, QStringLiteral("--out"),
                                       path(QStringLiteral("same.csv")), QStringLiteral("--json"), summary,
                                       QStringLiteral("--fail-on-drift")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QJsonObject drift = QJsonDocument::fromJson(readFile(summary)).object()[QStringLiteral("drift")].toObject();
        QVERIFY(drift[QStringLiteral("judged")].toBool());
        QVERIFY(!drift[QStringLiteral("retrain_recommended")].toBool());
        const QJsonArray columns = drift[QStringLiteral("columns")].toArray();
        QVERIFY(columns.size() >= 10);
        for (const QJsonValue &c : columns)
            QCOMPARE(c[QStringLiteral("psi")].toDouble(), 0.0);

        const QList<QByteArray> lines = readFile(m_csv).trimmed().split('\n');
        const qsizetype revenue = lines[0].split(',').indexOf("revenue");
        QByteArray text = lines[0] + '\n';
        for (qsizetype i = 1; i < lines.size(); ++i) {
            QList<QByteArray> fields = lines[i].split(',');
            if (!fields[revenue].isEmpty())
                fields[revenue] = QByteArray::number(fields[revenue].toDouble() * 5.0);
            text += fields.join(',') + '\n';
        }
        const QString input = writeInputFile(path(QStringLiteral("richer.csv")), text);
        const QString scores = path(QStringLiteral("richer_scores.csv"));
        run = runSegscope({QStringLiteral("score"), m_project, input, QStringLiteral("--out"), scores,
                           QStringLiteral("--json"), summary, QStringLiteral("--fail-on-drift"), QStringLiteral("--quiet")});
        QCOMPARE(run.exitCode, 5);
        QVERIFY2(run.err.contains(QStringLiteral("drift: column 'revenue': population stability index")), qPrintable(run.err));
        QCOMPARE(readFile(scores).count('\n'), 3001); // written all the same
        drift = QJsonDocument::fromJson(readFile(summary)).object()[QStringLiteral("drift")].toObject();
        QVERIFY(drift[QStringLiteral("retrain_recommended")].toBool());
        double revenuePsi = 0.0, otherPsi = 0.0;
        for (const QJsonValue &c : drift[QStringLiteral("columns")].toArray()) {
            double &psi = c[QStringLiteral("column")].toString() == QStringLiteral("revenue") ? revenuePsi : otherPsi;
            psi = std::max(psi, c[QStringLiteral("psi")].toDouble());
        }
        QVERIFY2(revenuePsi > 0.25 && otherPsi == 0.0, qPrintable(QStringLiteral("%1 %2").arg(revenuePsi).arg(otherPsi)));
        // A handful of customers is not judged.
        run = runSegscope({QStringLiteral("score"), m_project, path(QStringLiteral("new.csv")), QStringLiteral("--out"),
                           scores, QStringLiteral("--fail-on-drift")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("drift not judged: 3 customers are too few (at least 1000)"), run.out.constData());
    }

    // Each batch is recorded in the project, its summary without timings; --no-record leaves the
    // project byte for byte as it was.
    void batchesAreRecordedInTheProject()
    {
        const auto batches = [&] {
            std::vector<seg::ProjectDocument> out;
            for (const seg::ProjectDocument &d : seg::openProject(m_project.toStdString()).documents)
                if (d.kind == seg::kScoringBatchKind)
                    out.push_back(d);
            return out;
        };
        const std::size_t before = batches().size();
        const QString json = path(QStringLiteral("recorded.json"));
        SegscopeRun run = runSegscope({QStringLiteral("score"), m_project, m_csv, QStringLiteral("--out"),
                                       path(QStringLiteral("recorded.csv")), QStringLiteral("--json"), json,
                                       QStringLiteral("--quiet")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const std::vector<seg::ProjectDocument> after = batches();
        QCOMPARE(after.size(), before + 1);
        const nlohmann::json batch = nlohmann::json::parse(after.back().data);
        nlohmann::json summary = nlohmann::json::parse(readFile(json).toStdString());
        summary.erase("timings_ms");
        for (const auto &[key, value] : summary.items())
            QVERIFY2(batch.at(key) == value, key.c_str());
        QVERIFY(batch.contains("scored_at") && batch.contains("engine_version"));
        QVERIFY(after.back().key.ends_with(" #" + std::to_string(before + 1)));
        // The explorer's history reads what score records.
        const std::vector<seg::ScoringBatchSummary> history
            = seg::scoringHistory(seg::openProject(m_project.toStdString()).documents, 1);
        QCOMPARE(history.size(), before + 1);
        QCOMPARE(history.back().rows, std::size_t(3000));
        QCOMPARE(history.back().shares.size(), std::size_t(5));
        QCOMPARE(history.back().shares, history.back().trainingShares); // the run's own customers
        QCOMPARE(history.back().largestPsi, 0.0);

        const QByteArray bytes = readFile(m_project);
        run = runSegscope({QStringLiteral("score"), m_project, m_csv, QStringLiteral("--out"),
                           path(QStringLiteral("recorded.csv")), QStringLiteral("--no-record"), QStringLiteral("--quiet")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(readFile(m_project), bytes);
    }

    // The query export-sql writes, run by SQLite on the customers as a CSV import leaves them
    // (every cell text), gives each the segment, distance and anomaly flag segscope score gives.
    void exportSqlScoresAsScoreDoes()
    {
        const QString scores = path(QStringLiteral("sql-scores.csv"));
        SegscopeRun run = runSegscope({QStringLiteral("score"), m_project, m_csv, QStringLiteral("--out"), scores,
                                       QStringLiteral("--no-record")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = runSegscope({QStringLiteral("export-sql"), m_project, QStringLiteral("--dialect"), QStringLiteral("sqlite"),
                           QStringLiteral("--table"), QStringLiteral("new customers")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QByteArray query = run.out;
        QVERIFY(query.startsWith("-- Scores new customers into the segments of run 1 of p.segscope: kmeans, 5 segments"));
        // --out writes the same text. Each query written is recorded in the project, for audit;
        // --no-record leaves the project byte for byte as it was.
        const QString file = path(QStringLiteral("query.sql"));
        run = runSegscope({QStringLiteral("export-sql"), m_project, QStringLiteral("--dialect"), QStringLiteral("sqlite"),
                           QStringLiteral("--table"), QStringLiteral("new customers"), QStringLiteral("--out"), file});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(readFile(file), query);
        std::vector<seg::ProjectDocument> records;
        for (const seg::ProjectDocument &d : seg::openProject(m_project.toStdString()).documents)
            if (d.kind == seg::kSqlExportKind)
                records.push_back(d);
        QCOMPARE(records.size(), std::size_t(2));
        QVERIFY(records[1].key.ends_with(" #2"));
        const nlohmann::json record = nlohmann::json::parse(records[1].data);
        QCOMPARE(record.at("run").get<int>(), 1);
        QCOMPARE(record.at("dialect").get<std::string>(), std::string("sqlite"));
        QCOMPARE(record.at("table").get<std::string>(), std::string("new customers"));
        QCOMPARE(record.at("id_column").get<std::string>(), std::string("customer_id"));
        QCOMPARE(QString::fromStdString(record.at("out").get<std::string>()), file);
        QCOMPARE(nlohmann::json::parse(records[0].data).at("out").get<std::string>(), std::string("-"));
        const auto digest = seg::sha256(query.toStdString());
        QCOMPARE(QByteArray::fromHex(QByteArray::fromStdString(record.at("query_sha256").get<std::string>())),
                 QByteArray(reinterpret_cast<const char *>(digest.data()), qsizetype(digest.size())));
        const QByteArray bytes = readFile(m_project);
        run = runSegscope({QStringLiteral("export-sql"), m_project, QStringLiteral("--dialect"), QStringLiteral("spark"),
                           QStringLiteral("--table"), QStringLiteral("t"), QStringLiteral("--no-record")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(readFile(m_project), bytes);

        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(":memory:", &db), SQLITE_OK);
        const QList<QByteArray> lines = readFile(m_csv).trimmed().split('\n');
        QByteArray create = "CREATE TABLE \"new customers\" (", marks;
        for (const QByteArray &name : lines[0].split(',')) {
            create += (marks.isEmpty() ? "\"" : ", \"") + name + "\"";
            marks += marks.isEmpty() ? "?" : ", ?";
        }
        QCOMPARE(sqlite3_exec(db, (create + "); BEGIN").constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_stmt *insert = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, ("INSERT INTO \"new customers\" VALUES (" + marks + ")").constData(), -1, &insert,
                                    nullptr),
                 SQLITE_OK);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> cells = lines[i].split(',');
            for (qsizetype j = 0; j < cells.size(); ++j)
                sqlite3_bind_text(insert, int(j) + 1, cells[j].constData(), int(cells[j].size()), SQLITE_TRANSIENT);
            QCOMPARE(sqlite3_step(insert), SQLITE_DONE);
            sqlite3_reset(insert);
        }
        sqlite3_finalize(insert);
        sqlite3_stmt *select = nullptr;
        QCOMPARE(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_prepare_v2(db, query.constData(), -1, &select, nullptr), SQLITE_OK);
        const auto engine = byId(readFile(scores));
        int rows = 0, flagged = 0;
        while (sqlite3_step(select) == SQLITE_ROW) {
            const QByteArray id(reinterpret_cast<const char *>(sqlite3_column_text(select, 0)));
            const auto it = engine.find(id);
            QVERIFY2(it != engine.end(), id.constData());
            const QList<QByteArray> &fields = it->second; // segment, name, distance, margin, confidence, anomaly
            QCOMPARE(QByteArray::number(sqlite3_column_int(select, 1)), fields[0]);
            const double distance = sqlite3_column_double(select, 3);
            QVERIFY2(std::abs(distance - fields[2].toDouble()) <= 1e-5 * std::max(1.0, distance), id.constData());
            QCOMPARE(QByteArray::number(sqlite3_column_int(select, 6)), fields[5]);
            ++rows;
            flagged += sqlite3_column_int(select, 6);
        }
        sqlite3_finalize(select);
        sqlite3_close(db);
        QCOMPARE(rows, 3000);
        QVERIFY(flagged > 0);
    }

    void exportSqlErrors()
    {
        SegscopeRun run = runSegscope({QStringLiteral("export-sql"), m_project, QStringLiteral("--table"), QStringLiteral("t")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("export-sql needs --dialect: sqlite, postgresql, spark or bigquery")),
                 qPrintable(run.err));
        run = runSegscope({QStringLiteral("export-sql"), m_project, QStringLiteral("--dialect"), QStringLiteral("oracle"),
                           QStringLiteral("--table"), QStringLiteral("t")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("unknown SQL dialect 'oracle'")), qPrintable(run.err));
        run = runSegscope({QStringLiteral("export-sql"), m_project, QStringLiteral("--dialect"), QStringLiteral("spark")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("export-sql needs --table")));
        // A density run cannot be one query.
        const QString density = path(QStringLiteral("dbscan.segscope"));
        run = runSegscope({QStringLiteral("project"), QStringLiteral("create"), m_csv, QStringLiteral("--out"), density,
                           QStringLiteral("--id-column"), QStringLiteral("customer_id"), QStringLiteral("--algorithm"),
                           QStringLiteral("dbscan"), QStringLiteral("--quiet")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString out = path(QStringLiteral("dbscan.sql"));
        run = runSegscope({QStringLiteral("export-sql"), density, QStringLiteral("--dialect"), QStringLiteral("bigquery"),
                           QStringLiteral("--table"), QStringLiteral("p.d.t"), QStringLiteral("--out"), out});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("one query cannot carry")), qPrintable(run.err));
        QVERIFY(!QFile::exists(out));
    }

    void errorsNameWhatIsWrong()
    {
        const QString scores = path(QStringLiteral("bad.csv"));
        // A column the run needs, renamed.
        QByteArray text = readFile(m_csv);
        text.replace("revenue,", "revenue_eur,");
        const QString renamed = writeInputFile(path(QStringLiteral("renamed.csv")), text.left(text.indexOf('\n', 2000)));
        SegscopeRun run = runSegscope({QStringLiteral("score"), m_project, renamed, QStringLiteral("--out"), scores});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("the segments need the column 'revenue', which the file lacks; if it was renamed, its "
                                  "new name may be one of 'revenue_eur'")),
                 qPrintable(run.err));
        QVERIFY(!QFile::exists(scores));
        // Standard input, read three times (the header, the head for the types, the rows in
        // chunks) from the copy kept of it: the scores of the file.
        const QString fromFile = path(QStringLiteral("from-file.csv"));
        run = runSegscope({QStringLiteral("score"), m_project, m_csv, QStringLiteral("--out"), fromFile});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = runSegscope({QStringLiteral("score"), m_project, QStringLiteral("-"), QStringLiteral("--out"), scores},
                          readFile(m_csv));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(readFile(scores), readFile(fromFile));
        QVERIFY(QFile::remove(scores));
        // No such run; no --out; an unknown format; the output over the input.
        run = runSegscope({QStringLiteral("score"), m_project, m_csv, QStringLiteral("--out"), scores,
                           QStringLiteral("--run"), QStringLiteral("7")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--run 7: the project has no such run; its runs are 1")), qPrintable(run.err));
        run = runSegscope({QStringLiteral("score"), m_project, m_csv});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("score needs --out")));
        run = runSegscope({QStringLiteral("score"), m_project, m_csv, QStringLiteral("--out"), scores,
                           QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("the formats are csv and jsonl")));
        const QByteArray before = readFile(m_csv);
        run = runSegscope({QStringLiteral("score"), m_project, m_csv, QStringLiteral("--out"), m_csv});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(readFile(m_csv), before);
    }
};

QTEST_GUILESS_MAIN(TestCliScore)
#include "test_cli_score.moc"
