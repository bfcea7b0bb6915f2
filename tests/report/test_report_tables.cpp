// The workbook (XLSX) and the CSV tables read back: unzip gives the sheets' XML, whose cells
// must hold the sizes, shares, revenue and lifetime values computed here from the labels, the
// table and the customers' forecasts, not from the report's own aggregation.

#include "app/report/report_analysis.h"
#include "app/report/report_tables.h"
#include "tests/report/report_support.h"

#include "engine/data/column_spill.h"
#include "engine/demo/demo_data.h"
#include "engine/persona/persona.h"
#include "engine/prep/feature_spec.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace seg;
using namespace seg::test;

class TestReportTables : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void segmentsSheet();
    void personasSheet();
    void customersSheet();
    void csvTables();
    void aLargeTableReportsAsOneInMemory();

private:
    int column(const QMap<QString, QString> &cells, const QString &header) const;
    ReportInput m_in;
    QTemporaryDir m_dir;
    QString m_path;
};

void TestReportTables::initTestCase()
{
    auto table = std::make_shared<const Table>(generateDemoData(2500, 11));
    const FeatureSpec spec = suggestFeatureSpec(*table, {"customer_id", "true_segment"});
    ReportAnalysisOptions options;
    options.clustering = defaultClusteringOptions(Algorithm::KMeans, 4, kDefaultSeed);
    options.sweepMax = 0;
    options.stabilityRuns = 0;
    m_in = analyseForReport(*table, spec, options, "customer_id");
    m_in.dataSet = QStringLiteral("demo.csv");
    m_in.notes[1] = QStringLiteral("Invite to the loyalty programme");
    QVERIFY(m_in.value);
    m_path = m_dir.filePath(QStringLiteral("report.xlsx"));
    writeWorkbook(m_in, m_path.toStdString());
}

int TestReportTables::column(const QMap<QString, QString> &cells, const QString &header) const
{
    for (int c = 0; c < 60; ++c)
        if (cells.value(columnLetters(c) + QLatin1Char('1')) == header)
            return c;
    return -1;
}

void TestReportTables::segmentsSheet()
{
    const QMap<QString, QString> cells = xlsxCells(m_path, 1);
    QCOMPARE(cells.value(QStringLiteral("A1")), QStringLiteral("segment"));
    const Table &table = *m_in.table;
    const Column &revenue = table.require("revenue");
    const std::vector<std::size_t> &rows = m_in.segmentation->rows;
    const Labels &labels = m_in.segmentation->clustering.labels;
    const int k = m_in.segmentCount();
    for (int s = 0; s < k; ++s) {
        // Independently: the segment's customers, their mean revenue, lifetime value and P(alive).
        double n = 0, revenueSum = 0, clvSum = 0, aliveSum = 0, purchasesSum = 0;
        for (std::size_t i = 0; i < labels.size(); ++i) {
            if (labels[i] != s)
                continue;
            ++n;
            revenueSum += revenue.numbers[rows[i]];
            clvSum += m_in.value->rows[rows[i]].clv;
            aliveSum += m_in.value->rows[rows[i]].probabilityAlive;
            purchasesSum += m_in.value->rows[rows[i]].expectedPurchases;
        }
        const QString row = QString::number(s + 2);
        const auto number = [&](const char *header) {
            const int c = column(cells, QString::fromLatin1(header));
            return c < 0 ? std::nan("") : cells.value(columnLetters(c) + row).toDouble();
        };
        QCOMPARE(number("segment"), double(s));
        QCOMPARE(number("customers"), n);
        QVERIFY(std::abs(number("share") - n / double(table.rowCount)) < 1e-12);
        QVERIFY(std::abs(number("revenue_per_customer") / (revenueSum / n) - 1) < 1e-12);
        QVERIFY(std::abs(number("clv_mean") / (clvSum / n) - 1) < 1e-12);
        QVERIFY(std::abs(number("p_alive") / (aliveSum / n) - 1) < 1e-12);
        QVERIFY(std::abs(number("expected_purchases") / (purchasesSum / n) - 1) < 1e-12);
        // The interval holds its estimate.
        QVERIFY(number("clv_mean_low") <= number("clv_mean") && number("clv_mean") <= number("clv_mean_high"));
        QCOMPARE(cells.value(QStringLiteral("C") + row), QString::fromStdString(m_in.personas[std::size_t(s)].label));
    }
    QVERIFY(!cells.contains(QStringLiteral("A%1").arg(k + 2)));
}

void TestReportTables::personasSheet()
{
    const QMap<QString, QString> cells = xlsxCells(m_path, 2);
    QCOMPARE(cells.value(QStringLiteral("C1")), QStringLiteral("label"));
    QCOMPARE(cells.value(QStringLiteral("J1")), QStringLiteral("strategy_notes"));
    for (int s = 0; s < m_in.segmentCount(); ++s) {
        const Persona &p = m_in.personas[std::size_t(s)];
        const QString row = QString::number(s + 2);
        QCOMPARE(cells.value(QStringLiteral("C") + row), QString::fromStdString(p.label));
        QCOMPARE(cells.value(QStringLiteral("D") + row), QString::fromStdString(p.description));
        QCOMPARE(cells.value(QStringLiteral("E") + row).toDouble(), double(p.size));
        QCOMPARE(cells.value(QStringLiteral("H") + row), QString::fromStdString(p.priceSensitivity));
    }
    QCOMPARE(cells.value(QStringLiteral("J3")), QStringLiteral("Invite to the loyalty programme"));
    QVERIFY(!cells.contains(QStringLiteral("J2")));
}

void TestReportTables::customersSheet()
{
    const QMap<QString, QString> cells = xlsxCells(m_path, 3);
    const QStringList header = {QStringLiteral("id"), QStringLiteral("segment"), QStringLiteral("segment_name"),
                                QStringLiteral("distance"), QStringLiteral("expected_purchases"), QStringLiteral("p_alive"),
                                QStringLiteral("expected_spend"), QStringLiteral("clv")};
    for (int c = 0; c < header.size(); ++c)
        QCOMPARE(cells.value(columnLetters(c) + QLatin1Char('1')), header[c]);
    const Table &table = *m_in.table;
    QVERIFY(cells.contains(QStringLiteral("A%1").arg(table.rowCount + 1)));
    QVERIFY(!cells.contains(QStringLiteral("A%1").arg(table.rowCount + 2)));
    const Column &id = table.require("customer_id");
    for (std::size_t r : {std::size_t(0), std::size_t(1234), table.rowCount - 1}) {
        const QString row = QString::number(r + 2);
        QCOMPARE(cells.value(QStringLiteral("A") + row), QString::fromStdString(id.cellText(r)));
        // Every row is segmented here (median imputation), in table order.
        QCOMPARE(m_in.segmentation->rows[r], r);
        const int label = m_in.segmentation->clustering.labels[r];
        QCOMPARE(cells.value(QStringLiteral("B") + row).toInt(), label);
        QCOMPARE(cells.value(QStringLiteral("C") + row), m_in.segmentName(label));
        QVERIFY(std::abs(cells.value(QStringLiteral("H") + row).toDouble() / m_in.value->rows[r].clv - 1) < 1e-12);
        QVERIFY(std::abs(cells.value(QStringLiteral("F") + row).toDouble() - m_in.value->rows[r].probabilityAlive) < 1e-14);
    }
}

void TestReportTables::csvTables()
{
    const std::string segments = tableCsv(segmentTable(m_in));
    const QStringList lines = QString::fromStdString(segments).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), m_in.segmentCount() + 1);
    QVERIFY(lines[0].startsWith(QStringLiteral("segment,name,persona,customers,share,share_low,share_high,")));
    QVERIFY(lines[0].endsWith(QStringLiteral("p_alive,p_alive_low,p_alive_high")));
    std::size_t size0 = 0;
    for (std::int32_t l : m_in.segmentation->clustering.labels)
        size0 += l == 0;
    QCOMPARE(lines[1].section(QLatin1Char(','), 3, 3), QString::number(size0));
    const std::string customers = tableCsv(customerTable(m_in));
    QCOMPARE(std::count(customers.begin(), customers.end(), '\n'), std::ptrdiff_t(m_in.table->rowCount + 1));
    const std::string personas = tableCsv(personaTable(m_in));
    QVERIFY(personas.find("Invite to the loyalty programme") != std::string::npos);
}

void TestReportTables::aLargeTableReportsAsOneInMemory()
{
    // 150,000 demo customers hold more cells than worthSpilling's threshold: the report's
    // analysis moves them to disk while it uses the matrix. A stored run analysed again keeps
    // its table in memory; both must say the same of the same segmentation.
    const Table table = generateDemoData(150000, 3);
    std::size_t cells = 0;
    for (const Column &c : table.columns)
        cells += c.numbers.size() * sizeof(double) + c.codes.size() * sizeof(std::int32_t);
    QVERIFY(worthSpilling(cells));
    const FeatureSpec spec = suggestFeatureSpec(table, {"customer_id", "true_segment"});
    ReportAnalysisOptions options;
    options.clustering = defaultClusteringOptions(Algorithm::KMeans, 4, kDefaultSeed);
    options.sweepMax = 0;
    options.stabilityRuns = 1;
    const ReportInput spilled = analyseForReport(table, spec, options, "customer_id");
    const ReportInput kept = analyseRunForReport(std::make_shared<const Table>(table), spilled.segmentation, options,
                                                 "customer_id");

    QCOMPARE(spilled.table->rowCount, table.rowCount);
    QCOMPARE(spilled.table->columns.size(), table.columns.size());
    QCOMPARE(spilled.table->require("revenue").numbers, table.require("revenue").numbers); // back from disk
    QCOMPARE(spilled.prepared->x.size(), Eigen::Index(0)); // the report keeps no matrix
    QCOMPARE(spilled.fingerprint, kept.fingerprint);
    QCOMPARE(spilled.quality.silhouette, kept.quality.silhouette);
    QCOMPARE(spilled.quality.calinskiHarabasz, kept.quality.calinskiHarabasz);
    QCOMPARE(*spilled.stability, *kept.stability);
    QCOMPARE(spilled.map->x, kept.map->x);
    QCOMPARE(spilled.map->y, kept.map->y);
    QCOMPARE(spilled.profiles->features, kept.profiles->features);
    for (std::size_t s = 0; s < kept.profiles->segments.size(); ++s) {
        const SegmentProfile &a = spilled.profiles->segments[s], &b = kept.profiles->segments[s];
        QCOMPARE(a.size, b.size);
        for (std::size_t f = 0; f < b.means.size(); ++f) {
            QCOMPARE(a.means[f], b.means[f]); // sums in row order: exact
            QVERIFY2(std::abs(a.zScores[f] - b.zScores[f]) <= 1e-9, qPrintable(QString::number(a.zScores[f] - b.zScores[f])));
        }
    }
    QCOMPARE(spilled.economics->segments.size(), kept.economics->segments.size());
    for (std::size_t s = 0; s < kept.economics->segments.size(); ++s)
        QCOMPARE(spilled.economics->segments[s].revenueTotal.estimate, kept.economics->segments[s].revenueTotal.estimate);
    QCOMPARE(spilled.personas.size(), kept.personas.size());
    for (std::size_t s = 0; s < kept.personas.size(); ++s)
        QCOMPARE(composeLabel(spilled.personas[s].claims), composeLabel(kept.personas[s].claims));
}

QTEST_MAIN(TestReportTables)
#include "test_report_tables.moc"
