// The persona report's PDF read back with poppler's pdfinfo and pdftotext: its page count for
// 2 and 30 segments, every persona's label and size in its text, numbers in the locale asked
// for, and the page size.

#include "app/report/persona_report.h"
#include "app/report/report_analysis.h"
#include "app/report/report_tables.h"
#include "tests/report/report_support.h"

#include "engine/data/sensitive_columns.h"
#include "engine/demo/demo_data.h"
#include "engine/eval/campaign_lift.h"
#include "engine/prep/feature_spec.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace seg;
using namespace seg::test;

namespace {

ReportInput analyse(std::size_t rows, int k, bool extras, const std::vector<std::string> &sensitive = {})
{
    Table demo = generateDemoData(rows, 7);
    if (!sensitive.empty())
        markSensitiveColumns(demo, sensitive);
    auto table = std::make_shared<const Table>(std::move(demo));
    const FeatureSpec spec = suggestFeatureSpec(*table, {"customer_id", "true_segment"});
    ReportAnalysisOptions options;
    options.clustering = defaultClusteringOptions(Algorithm::KMeans, k, kDefaultSeed);
    options.sweepMax = extras ? 6 : 0;
    options.stabilityRuns = extras ? 1 : 0;
    ReportInput in = analyseForReport(*table, spec, options, "customer_id", "true_segment");
    in.dataSet = QStringLiteral("demo.csv");
    return in;
}

// Customers per segment, counted from the labels (not from the profiles the report prints).
std::vector<std::size_t> countSizes(const ReportInput &in)
{
    std::vector<std::size_t> sizes(static_cast<std::size_t>(in.segmentCount()), 0);
    for (std::int32_t label : in.segmentation->clustering.labels)
        if (label >= 0)
            ++sizes[static_cast<std::size_t>(label)];
    return sizes;
}

QString writePdf(const QTemporaryDir &dir, const QByteArray &pdf, const QString &name)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    return path;
}

} // namespace

class TestPersonaReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pageCountAndText_data();
    void pageCountAndText();
    void numbersFollowTheLocale();
    void letterPages();
    void methodsShowTheModelFit();
    void liftPageFollowsThePersonas();
    void sensitiveAttributesAndSmallSegments();
    void pageSizeNames();
};

void TestPersonaReport::pageCountAndText_data()
{
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("rows");
    QTest::addColumn<bool>("extras");
    QTest::addColumn<int>("pages");
    // Title, overview, profiles, economics, one page per persona, methods.
    QTest::newRow("2 segments") << 2 << 2000 << true << 7;
    QTest::newRow("30 segments") << 30 << 3000 << false << 35;
}

void TestPersonaReport::pageCountAndText()
{
    QFETCH(int, k);
    QFETCH(int, rows);
    QFETCH(bool, extras);
    QFETCH(int, pages);
    const ReportInput in = analyse(static_cast<std::size_t>(rows), k, extras);
    QCOMPARE(in.segmentCount(), k);
    ReportOptions options;
    options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QTemporaryDir dir;
    const QString path = writePdf(dir, renderPersonaReport(in, options), QStringLiteral("report.pdf"));
    QVERIFY(!path.isEmpty());
    QCOMPARE(reportPageCount(k), pages);
    QCOMPARE(pdfPages(path), pages);
    QCOMPARE(pdfPageSize(path), QStringLiteral("595 x 842 pts (A4)"));

    const std::vector<std::size_t> sizes = countSizes(in);
    const QString economics = pdfText(path, 4);
    QVERIFY2(economics.contains(QStringLiteral("Segment economics")), qPrintable(economics.left(200)));
    for (int s = 0; s < k; ++s) {
        const QString label = QString::fromStdString(in.personas[std::size_t(s)].label);
        const QString size = options.locale.toString(qulonglong(sizes[std::size_t(s)]));
        const QString page = pdfText(path, 5 + s);
        QVERIFY2(squeezed(page).contains(squeezed(label)), qPrintable(QStringLiteral("page %1 lacks '%2'").arg(5 + s).arg(label)));
        QVERIFY2(page.contains(size), qPrintable(QStringLiteral("page %1 lacks the size %2").arg(5 + s).arg(size)));
        QVERIFY2(page.contains(QStringLiteral("Page %1 of %2").arg(5 + s).arg(pages)), qPrintable(page.right(120)));
        QVERIFY2(economics.contains(size), qPrintable(size));
    }
    const QString last = pdfText(path, pages);
    QVERIFY(last.contains(QStringLiteral("Methods and limitations")));
    QCOMPARE(last.contains(QStringLiteral("not measured")), !extras); // stability
    const QString title = pdfText(path, 1);
    QVERIFY(title.contains(in.fingerprint));
    QCOMPARE(in.fingerprint.size(), 16);
}

void TestPersonaReport::numbersFollowTheLocale()
{
    const ReportInput in = analyse(3000, 2, false);
    const std::vector<std::size_t> sizes = countSizes(in);
    QVERIFY(sizes[0] >= 1000 && sizes[1] >= 1000); // so the group separator shows
    QTemporaryDir dir;
    ReportOptions german;
    german.locale = QLocale(QLocale::German, QLocale::Germany);
    const QString path = writePdf(dir, renderPersonaReport(in, german), QStringLiteral("de.pdf"));
    for (int s = 0; s < 2; ++s) {
        const QString page = pdfText(path, 5 + s);
        const QString size = QStringLiteral("%1.%2").arg(sizes[std::size_t(s)] / 1000).arg(sizes[std::size_t(s)] % 1000, 3, 10, QLatin1Char('0'));
        QVERIFY2(page.contains(size), qPrintable(size));
        // A share with a decimal comma: "NN,N %" as German writes it.
        QVERIFY(page.contains(QRegularExpression(QStringLiteral("\\d,\\d\\s?%"))));
    }
}

void TestPersonaReport::letterPages()
{
    const ReportInput in = analyse(1000, 3, false);
    ReportOptions letter;
    letter.pageSize = QPageSize::Letter;
    QTemporaryDir dir;
    const QString path = writePdf(dir, renderPersonaReport(in, letter), QStringLiteral("letter.pdf"));
    QCOMPARE(pdfPageSize(path), QStringLiteral("612 x 792 pts (letter)"));
    QCOMPARE(pdfPages(path), 8);
}

// A campaign attached to the segmentation adds a page after the personas: both outcomes with each
// group's difference and interval, the smallest effects the quiet segments could have shown, and
// the arms' balance.
void TestPersonaReport::liftPageFollowsThePersonas()
{
    ReportInput in = analyse(2000, 3, false);
    // 200 customers per arm in each segment; segment 1 converts at 30% when treated against 10%.
    LiftInput campaign;
    campaign.segmentCount = 3;
    for (int s = 0; s < 3; ++s)
        for (int arm = 0; arm < 2; ++arm)
            for (int i = 0; i < 200; ++i) {
                campaign.segments.push_back(s);
                campaign.treated.push_back(std::uint8_t(arm));
                campaign.converted.push_back(i % 10 < (s == 1 && arm == 1 ? 3 : 1) ? 1 : 0);
                campaign.revenue.push_back(20.0 + i % 9);
            }
    LiftRecord record;
    record.campaign = "/campaigns/spring.csv";
    record.analysedAt = "2026-12-03T08:00:00Z";
    record.run = 1;
    record.lift = campaignLift(campaign);
    in.lift = record;
    ReportOptions options;
    options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QTemporaryDir dir;
    const QString path = writePdf(dir, renderPersonaReport(in, options), QStringLiteral("lift.pdf"));
    QCOMPARE(reportPageCount(3, true), 9);
    QCOMPARE(pdfPages(path), 9);
    const QString page = pdfText(path, 8);
    QVERIFY2(page.contains(QStringLiteral("Campaign lift")), qPrintable(page.left(300)));
    QVERIFY(page.contains(QStringLiteral("The campaign spring.csv, analysed on")));
    QVERIFY(page.contains(QStringLiteral("1,200 customers, 600 treated and 600 in the control group")));
    // Segment 1's difference and Newcombe's interval, in points.
    const Interval d = newcombeDifference(60, 200, 20, 200);
    const QString expected = QStringLiteral("+20.0 (+%1 to +%2)")
                                 .arg(options.locale.toString(100 * d.low, 'f', 1), options.locale.toString(100 * d.high, 'f', 1));
    QVERIFY2(page.contains(expected), qPrintable(expected));
    QVERIFY(squeezed(page).contains(squeezed(in.segmentName(1))));
    QVERIFY(page.contains(QStringLiteral("No significant change in conversion in:")));
    QVERIFY(page.contains(QStringLiteral("Before the campaign the two groups were alike")));
    QVERIFY(pdfText(path, 9).contains(QStringLiteral("Methods and limitations")));
}

// A column marked sensitive gets a composition page after the economics, with each level's share
// among all customers as counted here; a segment below the minimum size shows no figures in the
// economics, the workbook's tables or its persona page.
void TestPersonaReport::sensitiveAttributesAndSmallSegments()
{
    ReportInput in = analyse(2000, 4, false, {"region"});
    const std::vector<std::size_t> sizes = countSizes(in);
    const int smallest = int(std::min_element(sizes.begin(), sizes.end()) - sizes.begin());
    in.minSegmentSize = sizes[std::size_t(smallest)] + 1;
    QVERIFY(in.suppressed(smallest));
    ReportOptions options;
    options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QTemporaryDir dir;
    const QString path = writePdf(dir, renderPersonaReport(in, options), QStringLiteral("sensitive.pdf"));
    QCOMPARE(reportPageCount(in), reportPageCount(4) + 1);
    QCOMPARE(pdfPages(path), reportPageCount(4) + 1);
    const QString composition = pdfText(path, 5);
    QVERIFY2(composition.contains(QStringLiteral("Sensitive attributes")), qPrintable(composition.left(300)));
    QVERIFY(composition.contains(QStringLiteral("region (marked sensitive)")));
    // The share of the most common region among the segmented customers, counted here.
    const Column &region = in.table->require("region");
    std::map<std::string, int> counts;
    int total = 0;
    for (std::size_t i = 0; i < in.segmentation->rows.size(); ++i)
        if (!region.isMissing(in.segmentation->rows[i])) {
            ++counts[region.cellText(in.segmentation->rows[i])];
            ++total;
        }
    const auto top = std::max_element(counts.begin(), counts.end(), [](auto a, auto b) { return a.second < b.second; });
    const QString share = options.locale.toString(100.0 * top->second / total, 'f', 1) + QLatin1Char('%');
    QVERIFY2(composition.contains(share), qPrintable(share));

    const QString economics = pdfText(path, 4);
    QVERIFY2(economics.contains(QStringLiteral("suppressed: fewer than %1 customers").arg(in.minSegmentSize)),
             qPrintable(economics));
    const QString persona = pdfText(path, 6 + smallest);
    QVERIFY2(persona.contains(QStringLiteral("This segment has fewer than %1 customers.").arg(in.minSegmentSize)),
             qPrintable(persona.left(400)));
    const QList<QByteArray> rows = QByteArray::fromStdString(tableCsv(segmentTable(in))).split('\n');
    const QList<QByteArray> row = rows[1 + smallest].split(',');
    QCOMPARE(row[2], QByteArray("suppressed: fewer than ") + QByteArray::number(qulonglong(in.minSegmentSize)) + " customers");
    QVERIFY(row[3].isEmpty()); // no size, no share, no value
    QVERIFY(!rows[1 + (smallest + 1) % 4].split(',')[3].isEmpty());
}

void TestPersonaReport::methodsShowTheModelFit()
{
    const ReportInput in = analyse(2000, 3, true);
    QVERIFY(in.value); // the demo's frequency, recency, T and monetary_value columns are found by name
    ReportOptions options;
    options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QTemporaryDir dir;
    const QString path = writePdf(dir, renderPersonaReport(in, options), QStringLiteral("m.pdf"));
    const QString methods = pdfText(path, reportPageCount(3));
    const BgNbdParams &p = in.value->bgnbd.params;
    for (double v : {p.r, p.alpha, p.a, p.b, in.value->gammaGamma.params.p, in.value->gammaGamma.params.q})
        QVERIFY2(methods.contains(options.locale.toString(v, 'f', 4)), qPrintable(options.locale.toString(v, 'f', 4)));
    QVERIFY(methods.contains(options.locale.toString(in.value->bgnbd.logLikelihood, 'f', 2)));
    QVERIFY(methods.contains(QStringLiteral("k = 2 to 6")));
    QVERIFY(methods.contains(options.locale.toString(*in.stability, 'f', 3)));
    // The frequency check: its legend, its last bucket and its scale (the tallest bar's count).
    QVERIFY(methods.contains(QStringLiteral("Counted")));
    QVERIFY(methods.contains(QStringLiteral("BG/NBD expects")));
    QVERIFY(methods.contains(QStringLiteral("7+")));
    const FrequencyHistogram &fit = in.value->frequencyFit;
    const double top = std::max(*std::max_element(fit.actual.begin(), fit.actual.end()),
                                 *std::max_element(fit.expected.begin(), fit.expected.end()));
    QVERIFY2(methods.contains(options.locale.toString(top, 'f', 0)), qPrintable(options.locale.toString(top, 'f', 0)));
    QVERIFY(!methods.contains(QStringLiteral("for want of room")));
}

void TestPersonaReport::pageSizeNames()
{
    QVERIFY(parsePageSize(QStringLiteral("A4")) == QPageSize::A4);
    QVERIFY(parsePageSize(QStringLiteral(" letter ")) == QPageSize::Letter);
    QVERIFY(!parsePageSize(QStringLiteral("A5")));
}

QTEST_MAIN(TestPersonaReport)
#include "test_persona_report.moc"
