// The segment map's tooltip names the customer under the mouse: the id of the table row
// behind each point (also when preparation dropped rows), its segment by the name the user
// gave it, and its values.

#include "app/core/analysis.h"
#include "app/ui/customer_tooltip.h"
#include "widgets/segment_appearance.h"

#include <QLocale>
#include <QTest>

#include <cmath>

using namespace seg;

namespace {

Column numbers(const std::string &name, std::vector<double> values)
{
    Column c;
    c.name = name;
    c.type = ColumnType::Real;
    c.numbers = std::move(values);
    return c;
}

Column ids(std::vector<std::string> values)
{
    Column c;
    c.name = "customer_id";
    c.type = ColumnType::Identifier;
    c.text = std::move(values);
    c.textMissing.assign(c.text.size(), 0);
    return c;
}

/// Five customers; C2 has no spend, so Drop imputation leaves it out of the segmentation.
std::shared_ptr<AnalysisResult> resultFor(bool withIds, Algorithm algorithm = Algorithm::KMeans)
{
    auto table = std::make_shared<Table>();
    table->source = "customers.csv";
    table->rowCount = 5;
    if (withIds)
        table->columns.push_back(ids({"C1", "C2", "C3", "C4", "C5"}));
    table->columns.push_back(numbers("revenue", {10.0, std::nan(""), 12.0, 500.0, 520.0}));

    FeatureSpec spec;
    FeatureGroup group;
    group.name = "purchasing";
    group.columns.push_back(FeatureColumn{"revenue"});
    spec.groups.push_back(group);
    spec.imputation = Imputation::Drop;

    auto result = std::make_shared<AnalysisResult>();
    result->request.table = table;
    result->request.spec = spec;
    result->request.idColumn = withIds ? "customer_id" : "";
    result->request.clustering = defaultClusteringOptions(algorithm, 2, 0);
    auto prepared = std::make_shared<PreparedData>(prepare(*table, spec));
    auto segmentation = std::make_shared<Segmentation>(fitPrepared(*prepared, spec, result->request.clustering));
    result->labels = std::shared_ptr<const Labels>(segmentation, &segmentation->clustering.labels);
    result->profiles = std::make_shared<Profiles>(
        profileSegments(*table, *prepared, segmentation->clustering.labels, 2, {"revenue"}));
    result->prepared = prepared;
    result->segmentation = segmentation;
    result->segmentKeys = {0, 1};
    return result;
}

} // namespace

class TestCustomerTooltip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesTheCustomerBehindEachPoint()
    {
        const auto result = resultFor(true);
        // Points are prepared rows: 0 → C1, 1 → C3 (C2 was dropped), 2 → C4, 3 → C5.
        QCOMPARE(result->prepared->rows, (std::vector<std::size_t>{0, 2, 3, 4}));
        const char *expected[] = {"C1", "C3", "C4", "C5"};
        SegmentAppearance look;
        look.keys = result->segmentKeys;
        for (int row = 0; row < 4; ++row) {
            const QString text = customerTooltip(*result, look, row);
            QVERIFY2(text.startsWith(QStringLiteral("<b>%1</b><br/>").arg(QLatin1String(expected[row]))),
                     qPrintable(text));
        }
        // C4 (500) is with C5, apart from C1 and C3: its segment's name, then its revenue.
        const int big = (*result->labels)[2];
        look.names = QStringList{QString(), QString()};
        look.names[big] = QStringLiteral("Big spenders");
        const QString c4 = customerTooltip(*result, look, 2);
        QVERIFY2(c4.contains(QStringLiteral("<br/>Big spenders<table>")), qPrintable(c4));
        QVERIFY2(c4.contains(QStringLiteral("<td>revenue&nbsp;&nbsp;</td><td align=\"right\">500.00</td>")),
                 qPrintable(c4));
        const QString c1 = customerTooltip(*result, look, 0);
        QVERIFY2(c1.contains(QStringLiteral("<br/>Segment %1<table>").arg(look.key((*result->labels)[0]) + 1)),
                 qPrintable(c1));
    }

    // Under a Gaussian mixture the segment comes with the probability of belonging to it: the
    // model's own posterior for that customer, in whole percent.
    void aMixtureSaysHowSurely()
    {
        const auto result = resultFor(true, Algorithm::GaussianMixture);
        const std::vector<double> &memberships = result->segmentation->clustering.memberships;
        QCOMPARE(memberships.size(), std::size_t(4));
        SegmentAppearance look;
        look.keys = result->segmentKeys;
        for (int row = 0; row < 4; ++row) {
            const QString text = customerTooltip(*result, look, row);
            const QString expected
                = QStringLiteral(" (probability %1)")
                      .arg(QLocale().toString(100.0 * memberships[std::size_t(row)], 'f', 0) + QLocale().percent());
            QVERIFY2(text.contains(expected + QStringLiteral("<table>")), qPrintable(text));
        }
        // k-means says nothing of the kind.
        QVERIFY(!customerTooltip(*resultFor(true), look, 0).contains(QStringLiteral("probability")));
    }

    void withoutIdsNamesTheFileRow()
    {
        // Spreadsheet row: the header is row 1, so table row 2 (C3) is row 4 of the file.
        const auto result = resultFor(false);
        const QString text = customerTooltip(*result, SegmentAppearance{}, 1);
        QVERIFY2(text.startsWith(QStringLiteral("<b>row 4</b>")), qPrintable(text));
    }

    void pointsOutsideTheResultSayNothing()
    {
        const auto result = resultFor(true);
        QCOMPARE(customerTooltip(*result, SegmentAppearance{}, -1), QString());
        QCOMPARE(customerTooltip(*result, SegmentAppearance{}, 4), QString());
    }
};

QTEST_MAIN(TestCustomerTooltip)
#include "test_customer_tooltip.moc"
