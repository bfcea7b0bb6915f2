// The promise of docs/cli.md: the same inputs give the same segments in `segscope cluster`
// and in the explorer. Runs the CLI as a program and the explorer's document and engine
// controller on the same file, and compares every customer's segment.

#include "app/core/document.h"
#include "app/core/engine_controller.h"
#include "engine/data/csv_reader.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

using namespace seg;

namespace {

QString run(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(SEG_CLI_PATH), args);
    if (!process.waitForFinished(240000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QString::fromUtf8(process.readAllStandardError()) + QStringLiteral(" (segscope failed)");
    return {};
}

} // namespace

class TestCliExplorerAgree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSegmentsForTheSameInputs()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString data = dir.filePath(QStringLiteral("customers.csv"));
        const QString assigned = dir.filePath(QStringLiteral("assigned.csv"));
        // 50,000 customers: more than twice the restart sample, so both take the sampled path.
        QCOMPARE(run({QStringLiteral("demo-data"), QStringLiteral("--rows"), QStringLiteral("50000"),
                      QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--out"), data}),
                 QString());
        QCOMPARE(run({QStringLiteral("cluster"), data, QStringLiteral("--k"), QStringLiteral("7"),
                      QStringLiteral("--seed"), QStringLiteral("42"), QStringLiteral("--id-column"),
                      QStringLiteral("customer_id"), QStringLiteral("--label-column"), QStringLiteral("true_segment"),
                      QStringLiteral("--out"), assigned, QStringLiteral("--quiet")}),
                 QString());

        // The explorer: the document's request, computed by the engine controller.
        CsvOptions options;
        options.idColumn = "customer_id";
        auto table = std::make_shared<const Table>(readCsv(data.toStdString(), options));
        Document document;
        document.setTable(table, data, QStringLiteral("customer_id"), QStringLiteral("true_segment"));
        document.setK(7);
        document.setSeed(42);
        EngineController controller;
        QSignalSpy ready(&controller, &EngineController::analysisReady);
        controller.requestAnalysis(document.request());
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 120000);
        const auto result = ready.last().at(0).value<std::shared_ptr<const AnalysisResult>>();
        QCOMPARE(result->segmentCount(), 7);

        // Every customer in the same segment (same numbers, not only the same partition).
        const Table file = readCsv(assigned.toStdString());
        const Column &ids = file.require("id");
        const Column &segments = file.require("segment");
        QCOMPARE(file.rowCount, table->rowCount);
        const Column &tableIds = table->require("customer_id");
        std::map<std::string, int> explorer;
        for (std::size_t i = 0; i < result->prepared->rows.size(); ++i)
            explorer[tableIds.cellText(result->prepared->rows[i])] = (*result->labels)[i];
        QCOMPARE(explorer.size(), std::size_t(table->rowCount));
        std::set<int> seen;
        for (std::size_t row = 0; row < file.rowCount; ++row) {
            const int cli = int(segments.numbers[row]);
            QCOMPARE(explorer.at(ids.cellText(row)), cli);
            seen.insert(cli);
        }
        QCOMPARE(int(seen.size()), 7);
    }
};

QTEST_MAIN(TestCliExplorerAgree)
#include "test_cli_explorer_agree.moc"
