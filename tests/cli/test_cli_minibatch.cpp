// segscope cluster --algorithm minibatch, as a user runs it on a file read in chunks: the same
// segments as full k-means, summaries that describe the whole file, errors that name the row
// of a late bad cell, and memory that does not grow with the file.

#include "tests/support/segscope_process.h"

#include "engine/data/csv_reader.h"
#include "engine/eval/metrics.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

namespace {

seg::Table readTable(const QString &path)
{
    seg::CsvOptions options;
    options.columnTypes["id"] = seg::ColumnType::Identifier;
    return seg::readCsv(path.toStdString(), options);
}

seg::Labels segments(const seg::Table &assignments)
{
    seg::Labels labels;
    for (double v : assignments.require("segment").numbers)
        labels.push_back(static_cast<std::int32_t>(v));
    return labels;
}

/// A CSV of `rows` customers with three numeric columns in four groups, every 97th visits cell
/// missing; a file of a few dozen bytes a row that is quick to make at a million rows.
void writeGroups(const QString &path, std::size_t rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray text = "id,visits,spend,tenure\n";
    for (std::size_t i = 0; i < rows; ++i) {
        const int group = static_cast<int>(i % 4);
        const double wobble = static_cast<double>((i * 7919) % 1000) / 1000.0;
        text += QByteArray::number(static_cast<qulonglong>(i + 1)) + ','
                + (i % 97 == 0 ? QByteArray() : QByteArray::number(10 * group + 3 * wobble)) + ','
                + QByteArray::number(100 * (group % 2) + 20 * wobble) + ','
                + QByteArray::number(50 * (group / 2) + 10 * wobble) + '\n';
        if (text.size() > (1 << 20)) {
            f.write(text);
            text.clear();
        }
    }
    f.write(text);
}

struct MeasuredRun
{
    int exitCode = -1;
    double peakRssMb = 0.0;
};

/// segscope with `args`, and its own peak resident memory (wait4).
MeasuredRun runMeasured(const QStringList &args)
{
    std::vector<std::string> argv {SEG_CLI_PATH};
    for (const QString &a : args)
        argv.push_back(a.toStdString());
    std::vector<char *> pointers;
    for (std::string &a : argv)
        pointers.push_back(a.data());
    pointers.push_back(nullptr);
    pid_t pid = 0;
    if (posix_spawn(&pid, pointers[0], nullptr, nullptr, pointers.data(), environ) != 0)
        return {};
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, static_cast<double>(usage.ru_maxrss) / 1024.0};
}

} // namespace

class TestCliMiniBatch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = path(QStringLiteral("demo.csv"));
        QCOMPARE(runSegscope({QStringLiteral("demo-data"), QStringLiteral("--rows"), QStringLiteral("30000"),
                              QStringLiteral("--out"), m_demo})
                     .exitCode,
                 0);
    }

    void sameSegmentsAsFullKMeans()
    {
        // A start sample of 5,000 of the 30,000 customers and chunks of 65,536 rows: the passes
        // do the work, and the segments are k-means' own.
        const QStringList common {QStringLiteral("cluster"), m_demo, QStringLiteral("--k"), QStringLiteral("6"),
                                  QStringLiteral("--id-column"), QStringLiteral("customer_id"),
                                  QStringLiteral("--label-column"), QStringLiteral("true_segment")};
        const SegscopeRun mini = runSegscope(common
                                             + QStringList {QStringLiteral("--algorithm"), QStringLiteral("minibatch"),
                                                            QStringLiteral("--start-sample"), QStringLiteral("5000"),
                                                            QStringLiteral("--out"), path(QStringLiteral("mini.csv")),
                                                            QStringLiteral("--json"), path(QStringLiteral("mini.json"))});
        QVERIFY2(mini.exitCode == 0, qPrintable(mini.err));
        const SegscopeRun full = runSegscope(common
                                             + QStringList {QStringLiteral("--out"), path(QStringLiteral("full.csv"))});
        QVERIFY2(full.exitCode == 0, qPrintable(full.err));
        const seg::Table miniRows = readTable(path(QStringLiteral("mini.csv")));
        const seg::Table fullRows = readTable(path(QStringLiteral("full.csv")));
        QCOMPARE(miniRows.rowCount, std::size_t {30000});
        QCOMPARE(miniRows.require("id").text, fullRows.require("id").text);
        const double ari = seg::adjustedRandIndex(segments(miniRows), segments(fullRows));
        QVERIFY2(ari >= 0.95, qPrintable(QString::number(ari)));

        const QJsonObject summary = readJsonObject(path(QStringLiteral("mini.json")));
        QCOMPARE(summary[QStringLiteral("params")][QStringLiteral("algorithm")].toString(), QStringLiteral("minibatch"));
        const QJsonObject streamed = summary[QStringLiteral("input")][QStringLiteral("streamed")].toObject();
        QCOMPARE(streamed[QStringLiteral("sample_rows")].toInt(), 5000);
        QCOMPARE(streamed[QStringLiteral("passes")].toInt(), 2 + summary[QStringLiteral("n_iter")].toInt());
        QCOMPARE(summary[QStringLiteral("input")][QStringLiteral("rows")].toInt(), 30000);
        // The planted segments are found (ARI on the sample, as the metrics say).
        QVERIFY(summary[QStringLiteral("metrics")][QStringLiteral("ari")].toDouble() > 0.9);
    }

    void summaryDescribesTheWholeFile()
    {
        // Sizes, means and missing counts are the whole file's, computed here from the input and
        // the assignments.
        const seg::Table input = seg::readCsv(m_demo.toStdString());
        const seg::Table assigned = readTable(path(QStringLiteral("mini.csv")));
        const seg::Labels labels = segments(assigned);
        const QJsonObject summary = readJsonObject(path(QStringLiteral("mini.json")));
        const QJsonArray segs = summary[QStringLiteral("segments")].toArray();
        QCOMPARE(segs.size(), 6);
        const seg::Column &sessions = input.require("sessions");
        const seg::Column &revenue = input.require("revenue");
        for (int s = 0; s < 6; ++s) {
            std::size_t size = 0;
            double sessionSum = 0.0, revenueSum = 0.0;
            for (std::size_t i = 0; i < labels.size(); ++i) {
                if (labels[i] != s)
                    continue;
                ++size;
                sessionSum += sessions.numbers[i]; // sessions has no missing cell
                revenueSum += std::isnan(revenue.numbers[i]) ? 0.0 : revenue.numbers[i];
            }
            const QJsonObject segment = segs[s].toObject();
            QCOMPARE(segment[QStringLiteral("size")].toInt(), static_cast<int>(size));
            const double mean = segment[QStringLiteral("means")][QStringLiteral("sessions")].toDouble();
            QVERIFY2(std::abs(mean - sessionSum / double(size)) <= 1e-9 * std::abs(mean), qPrintable(QString::number(s)));
            const double total
                = segment[QStringLiteral("money")][QStringLiteral("revenue")][QStringLiteral("total")].toDouble();
            QVERIFY(std::abs(total - revenueSum) <= 1e-9 * std::abs(total));
            // Traits as in memory: the three features that set the segment most apart, largest
            // |z| first, each with the segment's mean as "means" gives it.
            const QJsonArray traits = segment[QStringLiteral("traits")].toArray();
            QCOMPARE(traits.size(), 3);
            for (qsizetype t = 0; t < traits.size(); ++t) {
                const QJsonObject trait = traits[t].toObject();
                QCOMPARE(trait[QStringLiteral("segment_mean")].toDouble(),
                         segment[QStringLiteral("means")][trait[QStringLiteral("feature")].toString()].toDouble());
                if (t > 0)
                    QVERIFY(std::abs(trait[QStringLiteral("z")].toDouble())
                            <= std::abs(traits[t - 1][QStringLiteral("z")].toDouble()));
                if (trait[QStringLiteral("feature")].toString() == QStringLiteral("sessions")) {
                    double all = 0.0;
                    for (const double v : sessions.numbers)
                        all += v;
                    QVERIFY(std::abs(trait[QStringLiteral("population_mean")].toDouble() - all / double(labels.size()))
                            <= 1e-9 * all / double(labels.size()));
                }
            }
        }
        // "filled N missing cells": N counts the whole file, not the sample.
        const std::size_t missing = input.require("minutes_on_site").missingCount();
        bool found = false;
        for (const QJsonValue &w : summary[QStringLiteral("warnings")].toArray())
            found = found
                    || w.toString().startsWith(QStringLiteral("column 'minutes_on_site': filled %1 missing cells").arg(missing));
        QVERIFY2(found, QJsonDocument(summary[QStringLiteral("warnings")].toArray()).toJson().constData());
    }

    void aLateBadCellNamesItsRow()
    {
        // The column types come from the first 100,000 rows; row 100,006 of the file has text in a
        // numeric column.
        const QString file = path(QStringLiteral("late.csv"));
        QByteArray text = "id,visits,spend\n";
        for (int i = 1; i <= 100010; ++i)
            text += QByteArray::number(i) + ',' + (i == 100005 ? QByteArray("lots") : QByteArray::number(i % 9)) + ','
                    + QByteArray::number(i % 13) + '\n';
        writeInputFile(file, text);
        const SegscopeRun run = runSegscope({QStringLiteral("cluster"), file, QStringLiteral("--algorithm"),
                                             QStringLiteral("minibatch"), QStringLiteral("--k"), QStringLiteral("2"),
                                             QStringLiteral("--id-column"), QStringLiteral("id")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("row 100006")) && run.err.contains(QStringLiteral("visits"))
                     && run.err.contains(QStringLiteral("lots")),
                 qPrintable(run.err));
    }

    void refusesWhatChunksCannotDo()
    {
        const SegscopeRun outliers
            = runSegscope({QStringLiteral("cluster"), m_demo, QStringLiteral("--algorithm"), QStringLiteral("minibatch"),
                           QStringLiteral("--k"), QStringLiteral("3"), QStringLiteral("--outliers"), QStringLiteral("3.5")});
        QCOMPARE(outliers.exitCode, 2);
        QVERIFY(outliers.err.contains(QStringLiteral("--outliers")));
        const SegscopeRun batch
            = runSegscope({QStringLiteral("cluster"), m_demo, QStringLiteral("--k"), QStringLiteral("3"),
                           QStringLiteral("--batch-size"), QStringLiteral("10")});
        QCOMPARE(batch.exitCode, 2);
        QVERIFY2(batch.err.contains(QStringLiteral("--batch-size applies to --algorithm minibatch only")),
                 qPrintable(batch.err));
    }

    void standardInputStreamsAsTheFileDoes()
    {
        // Standard input is read in chunks from the copy kept of it: the same sample, passes and
        // segments as the file itself, byte for byte.
        QFile f(m_demo);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto run = [&](const QString &input, const QString &out, const QByteArray &stdinBytes) {
            return runSegscope({QStringLiteral("cluster"), input, QStringLiteral("--algorithm"),
                                QStringLiteral("minibatch"), QStringLiteral("--k"), QStringLiteral("6"),
                                QStringLiteral("--id-column"), QStringLiteral("customer_id"),
                                QStringLiteral("--start-sample"), QStringLiteral("5000"), QStringLiteral("--out"),
                                path(out + QStringLiteral(".csv")), QStringLiteral("--json"),
                                path(out + QStringLiteral(".json"))},
                               stdinBytes);
        };
        const SegscopeRun piped = run(QStringLiteral("-"), QStringLiteral("stdin"), f.readAll());
        QVERIFY2(piped.exitCode == 0, qPrintable(piped.err));
        QVERIFY2(!piped.err.contains(QStringLiteral("read whole")), qPrintable(piped.err));
        const SegscopeRun file = run(m_demo, QStringLiteral("file"), {});
        QVERIFY2(file.exitCode == 0, qPrintable(file.err));
        const QByteArray assignments = readFile(path(QStringLiteral("stdin.csv")));
        QCOMPARE(readTable(path(QStringLiteral("stdin.csv"))).rowCount, std::size_t {30000});
        QCOMPARE(assignments, readFile(path(QStringLiteral("file.csv"))));
        const QJsonObject summary = readJsonObject(path(QStringLiteral("stdin.json")));
        QCOMPARE(summary[QStringLiteral("input")][QStringLiteral("streamed")][QStringLiteral("sample_rows")].toInt(), 5000);
        QCOMPARE(summary[QStringLiteral("segments")],
                 readJsonObject(path(QStringLiteral("file.json")))[QStringLiteral("segments")]);
    }

    void memoryDoesNotGrowWithTheFile()
    {
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("the sanitizer's own bookkeeping grows with the work done, not with what is held");
#endif
        // 250,000 and 1,000,000 customers: four times the rows, the same memory (the sample and one
        // chunk), within 25 MB. Reading the larger file whole takes about 40 MB more.
        const QString small = path(QStringLiteral("small.csv")), large = path(QStringLiteral("large.csv"));
        writeGroups(small, 250000);
        writeGroups(large, 1000000);
        const auto run = [&](const QString &file) {
            return runMeasured({QStringLiteral("cluster"), file, QStringLiteral("--algorithm"),
                                QStringLiteral("minibatch"), QStringLiteral("--k"), QStringLiteral("4"),
                                QStringLiteral("--id-column"), QStringLiteral("id"), QStringLiteral("--start-sample"),
                                QStringLiteral("20000"), QStringLiteral("--silhouette-sample"),
                                QStringLiteral("2000"), QStringLiteral("--out"), path(QStringLiteral("m.csv")),
                                QStringLiteral("--quiet")});
        };
        const MeasuredRun a = run(small);
        const MeasuredRun b = run(large);
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(b.exitCode, 0);
        QVERIFY2(b.peakRssMb - a.peakRssMb < 25.0, qPrintable(QStringLiteral("%1 MB, then %2 MB").arg(a.peakRssMb).arg(b.peakRssMb)));
        QCOMPARE(readTable(path(QStringLiteral("m.csv"))).rowCount, std::size_t {1000000});
    }
};

QTEST_GUILESS_MAIN(TestCliMiniBatch)
#include "test_cli_minibatch.moc"
