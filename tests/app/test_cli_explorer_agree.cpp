// The promise of docs/cli.md: the same inputs give the same segments in `segscope cluster`
// and in the explorer. Runs the CLI as a program and the explorer's document and engine
// controller on the same file, and compares every customer's segment.

#include "app/core/document.h"
#include "app/core/engine_controller.h"
#include "app/ui/table_opener.h"
#include "engine/data/csv_reader.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
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

    // A transaction log (Online Retail: invoice lines with a unit price and a quantity, no line
    // total) read as customers: the explorer's import with its suggestions and `segscope cluster
    // --date-column ...` make the same customers and the same segments. Python over the file:
    // 3,049 ids, 3,017 of them with a line that is not a return, spending 316,047.01 on such
    // lines; the last invoice is on 2011-12-09.
    void sameCustomersAndSegmentsFromATransactionLog()
    {
        const QString log = QStringLiteral(SEG_SHARED_DATA_DIR "/online_retail/online_retail_sample.csv");
        QTemporaryDir dir;
        const QString assigned = dir.filePath(QStringLiteral("assigned.csv"));
        QCOMPARE(run({QStringLiteral("cluster"), log, QStringLiteral("--id-column"), QStringLiteral("CustomerID"),
                      QStringLiteral("--date-column"), QStringLiteral("InvoiceDate"), QStringLiteral("--price-column"),
                      QStringLiteral("UnitPrice"), QStringLiteral("--quantity-column"), QStringLiteral("Quantity"),
                      QStringLiteral("--k"), QStringLiteral("4"), QStringLiteral("--seed"), QStringLiteral("42"),
                      QStringLiteral("--out"), assigned, QStringLiteral("--quiet")}),
                 QString());

        Document document;
        EngineController controller;
        TableOpener opener(&controller, &document);
        QSignalSpy loaded(&document, &Document::tableChanged);
        QVERIFY(opener.openFile(log));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 60000);
        const std::shared_ptr<const Table> table = document.table();
        QCOMPARE(table->rowCount, std::size_t(3017));
        QCOMPARE(table->properties.at("time_unit"), std::string("week"));
        QCOMPARE(table->properties.at("calibration_end"), std::string("2011-12-09"));
        double spend = 0.0;
        for (double v : table->require("total_spend").numbers)
            spend += v;
        QVERIFY2(std::abs(spend - 316047.01) < 0.005, qPrintable(QString::number(spend, 'f', 4)));

        document.setK(4);
        document.setSeed(42);
        QSignalSpy ready(&controller, &EngineController::analysisReady);
        controller.requestAnalysis(document.request());
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 120000);
        const auto result = ready.last().at(0).value<std::shared_ptr<const AnalysisResult>>();
        const Table file = readCsv(assigned.toStdString());
        QCOMPARE(file.rowCount, std::size_t(3017));
        const Column &tableIds = table->require("CustomerID");
        std::map<std::string, int> explorer;
        for (std::size_t i = 0; i < result->prepared->rows.size(); ++i)
            explorer[tableIds.cellText(result->prepared->rows[i])] = (*result->labels)[i];
        const Column &ids = file.require("id");
        const Column &segments = file.require("segment");
        for (std::size_t row = 0; row < file.rowCount; ++row)
            QCOMPARE(explorer.at(ids.cellText(row)), int(segments.numbers[row]));
    }
};

QTEST_MAIN(TestCliExplorerAgree)
#include "test_cli_explorer_agree.moc"
