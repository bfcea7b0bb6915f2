// The segment table model: shape, formatted strings, edits, sort role.

#include "widgets/segment_palette.h"
#include "widgets/segment_table_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace seg;

namespace {

std::shared_ptr<Profiles> makeProfiles(bool revenue)
{
    auto p = std::make_shared<Profiles>();
    p->features = {"revenue", "days since last order"};
    p->groups = {"Value", "Recency"};
    p->populationMeans = {100.0, 30.0};
    p->populationStdDevs = {10.0, 5.0};
    if (revenue) {
        p->moneyColumns = {"revenue"};
        p->moneyTotals = {1012345.6 / 0.8}; // segments 0 and 1 hold 80% of it
    }
    p->customers = 6912;
    SegmentProfile a;
    a.segment = 0;
    a.size = 1234;
    a.share = 1234.0 / 6912.0; // 17.85 %
    if (revenue)
        a.money = {{12345.6 / 1234.0, 12345.6, 12345.6 / (1012345.6 / 0.8), 1234}}; // mean 10.0045
    a.topTraits = {{"revenue", 1.8, 118.0, 100.0}, {"days since last order", -1.24, 23.8, 30.0}};
    SegmentProfile b;
    b.segment = 1;
    b.size = 5678;
    b.share = 5678.0 / 6912.0;
    if (revenue)
        b.money = {{1000000.0 / 5678.0, 1000000.0, 1000000.0 / (1012345.6 / 0.8), 5678}};
    b.topTraits = {{"days since last order", 0.04, 30.2, 30.0}};
    p->segments = {a, b};
    return p;
}

} // namespace

class TestSegmentTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void shape()
    {
        SegmentTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 5); // segment, label, customers, share, traits
        model.setProfiles(makeProfiles(true));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 6); // one money column
        QCOMPARE(model.traitsColumn(), 5);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QCOMPARE(model.headerData(SegmentTableModel::SizeColumn, Qt::Horizontal).toString(), QStringLiteral("Customers"));
        QCOMPARE(model.headerData(SegmentTableModel::moneyColumn(0), Qt::Horizontal).toString(),
                 QStringLiteral("revenue: mean \u00b7 total (share)"));
        model.setProfiles(makeProfiles(false));
        QCOMPARE(model.columnCount(), 5);
    }

    // Each segment's bootstrap stability, once known, before the traits; below 0.6 it is flagged.
    void stabilityColumn()
    {
        SegmentTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProfiles(makeProfiles(true));
        QCOMPARE(model.stabilityColumn(), -1);
        auto stability = std::make_shared<SegmentStability>();
        stability->jaccard = {0.92, 0.55};
        stability->resamples = 20;
        stability->sampleSize = 5000;
        model.setStability(stability);
        QCOMPARE(model.columnCount(), 7);
        QCOMPARE(model.stabilityColumn(), 5);
        QCOMPARE(model.traitsColumn(), 6);
        const int column = model.stabilityColumn();
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), QStringLiteral("Stability"));
        QCOMPARE(model.index(0, column).data().toString(), QStringLiteral("0.92"));
        QCOMPARE(model.index(1, column).data().toString(), QStringLiteral("\u26A0 0.55"));
        QCOMPARE(model.index(1, column).data(SegmentTableModel::SortRole).toDouble(), 0.55);
        QVERIFY(model.index(0, column).data(Qt::ToolTipRole).toString().startsWith(QLatin1String("Stable: in 20 resamples of 5,000")));
        QVERIFY(model.index(1, column).data(Qt::ToolTipRole).toString().startsWith(QLatin1String("Unstable")));
        // The unstable segment is marked where it is named too; the label to edit has no mark.
        QVERIFY(!model.index(0, SegmentTableModel::LabelColumn).data().toString().contains(QChar(0x26A0)));
        QVERIFY(model.index(1, SegmentTableModel::LabelColumn).data().toString().endsWith(QStringLiteral(" \u26A0")));
        QVERIFY(!model.index(1, SegmentTableModel::LabelColumn).data(Qt::EditRole).toString().contains(QChar(0x26A0)));
        QVERIFY(model.index(1, SegmentTableModel::LabelColumn).data(Qt::ToolTipRole).toString().contains(QLatin1String("Unstable")));
        // The traits stay the traits.
        QVERIFY(!model.index(0, model.traitsColumn()).data().toString().isEmpty());
        // A stability of other segments (another k) is not shown; nor is none.
        stability = std::make_shared<SegmentStability>(*stability);
        stability->jaccard.push_back(0.8);
        model.setStability(stability);
        QCOMPARE(model.stabilityColumn(), -1);
        QCOMPARE(model.columnCount(), 6);
        model.setStability(nullptr);
        QCOMPARE(model.columnCount(), 6);
    }

    void displayStrings()
    {
        SegmentTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProfiles(makeProfiles(true));
        auto text = [&](int row, int col) { return model.index(row, col).data().toString(); };
        QCOMPARE(text(0, SegmentTableModel::SegmentColumn), QStringLiteral("1"));
        QCOMPARE(text(0, SegmentTableModel::LabelColumn), QStringLiteral("Segment 1"));
        QCOMPARE(text(0, SegmentTableModel::SizeColumn), QStringLiteral("1,234"));
        QCOMPARE(text(0, SegmentTableModel::ShareColumn), QStringLiteral("17.9%"));
        // Mean (two decimals below 100), total (shortened), share of the whole.
        QCOMPARE(text(0, SegmentTableModel::moneyColumn(0)), QStringLiteral("10.00 \u00b7 12.3k (1.0%)"));
        QCOMPARE(text(1, SegmentTableModel::moneyColumn(0)), QStringLiteral("176 \u00b7 1.00M (79.0%)"));
        QCOMPARE(model.index(1, SegmentTableModel::moneyColumn(0)).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("revenue in this segment: mean 176 per customer, total 1,000,000, 79.0% of all "
                                "revenue (1,265,432)"));
        QCOMPARE(text(0, model.traitsColumn()),
                 QString::fromUtf8("\xe2\x86\x91 revenue +1.8\xcf\x83, \xe2\x86\x93 days since last order \xe2\x88\x92" "1.2\xcf\x83"));
        QCOMPARE(text(1, model.traitsColumn()), QString::fromUtf8("\xe2\x86\x91 days since last order +0.0\xcf\x83"));
        QCOMPARE(model.index(1, SegmentTableModel::SegmentColumn).data(Qt::DecorationRole).value<QColor>(), segmentColor(1));
        QVERIFY(model.index(0, SegmentTableModel::SizeColumn).data(Qt::TextAlignmentRole).value<Qt::Alignment>()
                & Qt::AlignRight);
    }

    void valueColumnsWithIntervals()
    {
        SegmentTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProfiles(makeProfiles(true));
        auto e = std::make_shared<Economics>();
        e->revenueColumn = "revenue";
        e->hasValue = e->hasClv = true;
        e->horizon = 52;
        e->resamples = 400;
        e->segments.resize(2);
        e->segments[0].clvMean = {250.25, 240.25, 261.75};
        e->segments[0].clvTotal = {309117, 296468.5, 322999.5};
        e->segments[0].clvShare = {0.6, 0.58, 0.62};
        e->segments[0].expectedPurchases = {2.345, 2.2, 2.5};
        e->segments[0].probabilityAlive = {0.814, 0.8, 0.83};
        e->segments[0].revenuePerCustomer = {10.0045, 9.5, 10.5};
        e->segments[0].revenueTotal = {12345.6, 11723, 12957};
        e->segments[1] = e->segments[0];
        model.setEconomics(e);
        // Lifetime value, expected purchases and P(alive) between the money columns and the traits.
        QCOMPARE(model.columnCount(), 9);
        QCOMPARE(model.firstValueColumn(), 5);
        QCOMPARE(model.traitsColumn(), 8);
        const int clv = model.firstValueColumn();
        QCOMPARE(model.headerData(clv, Qt::Horizontal).toString(), QStringLiteral("Lifetime value: mean \u00b7 total (share)"));
        QCOMPARE(model.headerData(clv + 1, Qt::Horizontal).toString(), QStringLiteral("Expected purchases"));
        QCOMPARE(model.headerData(clv + 2, Qt::Horizontal).toString(), QStringLiteral("P(alive)"));
        QCOMPARE(model.index(0, clv).data().toString(), QStringLiteral("250 \u00b7 309k (60.0%)"));
        QCOMPARE(model.index(0, clv + 1).data().toString(), QStringLiteral("2.35"));
        QCOMPARE(model.index(0, clv + 2).data().toString(), QStringLiteral("81%"));
        QCOMPARE(model.index(0, clv + 1).data(SegmentTableModel::SortRole).toDouble(), 2.345);
        // The intervals are in the tooltips.
        QCOMPARE(model.index(0, clv + 1).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Purchases a customer of this segment is expected to make in the next 52 weeks: 2.35 "
                                "(95% interval 2.20 \u2013 2.50)."));
        QVERIFY(model.index(0, clv).data(Qt::ToolTipRole).toString().contains(QStringLiteral("240.25 \u2013 261.75")));
        QVERIFY(model.index(0, SegmentTableModel::moneyColumn(0))
                    .data(Qt::ToolTipRole)
                    .toString()
                    .endsWith(QStringLiteral("95% intervals (bootstrap, 400 resamples): mean 9.50 \u2013 10.50, "
                                             "total 11,723 \u2013 12,957")));
        // Without spend (no Gamma-Gamma) there is no lifetime-value column; without a model none.
        e->hasClv = false;
        model.setEconomics(e);
        QCOMPARE(model.columnCount(), 8);
        QCOMPARE(model.headerData(model.firstValueColumn(), Qt::Horizontal).toString(), QStringLiteral("Expected purchases"));
        e->hasValue = false;
        model.setEconomics(e);
        QCOMPARE(model.columnCount(), 6);
        // Economics of other segments (a stale result) show nothing.
        e->hasValue = e->hasClv = true;
        e->segments.resize(3);
        model.setEconomics(e);
        QCOMPARE(model.columnCount(), 6);
    }

    void germanLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        SegmentTableModel model;
        model.setProfiles(makeProfiles(true));
        QCOMPARE(model.index(0, SegmentTableModel::SizeColumn).data().toString(), QStringLiteral("1.234"));
        QCOMPARE(model.index(0, SegmentTableModel::ShareColumn).data().toString(), QStringLiteral("17,9%"));
        QCOMPARE(model.index(0, SegmentTableModel::moneyColumn(0)).data().toString(),
                 QStringLiteral("10,00 \u00b7 12,3k (1,0%)"));
    }

    void smallSegmentsAndOutliers()
    {
        auto p = makeProfiles(true);
        p->segments[0].small = true; // flagged by the profile
        p->segments[0].size = 12;
        p->segments[0].share = 12.0 / 6912.0;
        p->outliers.segment = -1;
        p->outliers.size = 20;
        p->outliers.share = 20.0 / 6912.0;
        p->outliers.money = {{500.0, 10000.0, 10000.0 / (1012345.6 / 0.8), 20}};
        SegmentTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProfiles(p);
        // The flag where the size is read, with the reason in the tooltip.
        const QModelIndex size = model.index(0, SegmentTableModel::SizeColumn);
        QCOMPARE(size.data().toString(), QStringLiteral("\u26a0 12"));
        QCOMPARE(size.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Only 12 customers (0.2% of 6,912, below 1%): probably outliers rather than a "
                                "segment to market to. Consider setting outliers aside."));
        QCOMPARE(model.index(1, SegmentTableModel::SizeColumn).data().toString(), QStringLiteral("5,678"));
        // The outliers: a last row, counted, with their money, not renameable.
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, SegmentTableModel::SizeColumn).data().toString(), QStringLiteral("20"));
        QCOMPARE(model.index(2, SegmentTableModel::LabelColumn).data().toString(),
                 QStringLiteral("Outliers"));
        QCOMPARE(model.index(2, SegmentTableModel::moneyColumn(0)).data().toString(),
                 QStringLiteral("500 \u00b7 10.0k (0.8%)"));
        QVERIFY(!(model.flags(model.index(2, SegmentTableModel::LabelColumn)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(2, SegmentTableModel::LabelColumn), QStringLiteral("x")));
        QCOMPARE(model.profileAt(2).segment, -1);
    }

    void editLabel()
    {
        SegmentTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProfiles(makeProfiles(true));
        SegmentAppearance appearance;
        appearance.names = {QStringLiteral("Loyal")};
        model.setAppearance(appearance);
        QCOMPARE(model.index(0, SegmentTableModel::LabelColumn).data().toString(), QStringLiteral("Loyal"));
        QCOMPARE(model.index(1, SegmentTableModel::LabelColumn).data().toString(), QStringLiteral("Segment 2"));

        QSignalSpy edited(&model, &SegmentTableModel::labelEdited);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QModelIndex label = model.index(1, SegmentTableModel::LabelColumn);
        QVERIFY(model.flags(label) & Qt::ItemIsEditable);
        QVERIFY(model.setData(label, QStringLiteral("  Bargain hunters ")));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.at(0).at(0).toInt(), 1);
        QCOMPARE(edited.at(0).at(1).toString(), QStringLiteral("Bargain hunters"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(label.data().toString(), QStringLiteral("Bargain hunters"));
        QCOMPARE(model.appearance().names, (QStringList{QStringLiteral("Loyal"), QStringLiteral("Bargain hunters")}));

        // Same text again: no edit. Other columns are read-only.
        QVERIFY(!model.setData(label, QStringLiteral("Bargain hunters")));
        QCOMPARE(edited.count(), 1);
        const QModelIndex size = model.index(1, SegmentTableModel::SizeColumn);
        QVERIFY(!(model.flags(size) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(size, 5));
        QCOMPARE(edited.count(), 1);

        // Clearing a label falls back to the default name.
        QVERIFY(model.setData(label, QString()));
        QCOMPARE(label.data().toString(), QStringLiteral("Segment 2"));
    }

    void appearanceFollowsKeys()
    {
        SegmentTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProfiles(makeProfiles(true));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        SegmentAppearance appearance;
        appearance.keys = {3, 0};
        model.setAppearance(appearance);
        QCOMPARE(changed.count(), 1);
        // Segment 0 is known by key 3: listed as number 4, "Segment 4", in colour 3.
        const QModelIndex number = model.index(0, SegmentTableModel::SegmentColumn);
        QCOMPARE(number.data().toString(), QStringLiteral("4"));
        QCOMPARE(number.data(SegmentTableModel::SortRole).toInt(), 3);
        QCOMPARE(number.data(Qt::DecorationRole).value<QColor>(), segmentColor(3));
        QCOMPARE(model.index(0, SegmentTableModel::LabelColumn).data().toString(), QStringLiteral("Segment 4"));
        QCOMPARE(model.index(1, SegmentTableModel::LabelColumn).data().toString(), QStringLiteral("Segment 1"));
        QCOMPARE(model.index(1, SegmentTableModel::SegmentColumn).data(Qt::DecorationRole).value<QColor>(),
                 segmentColor(0));
        // The same appearance again changes nothing.
        model.setAppearance(appearance);
        QCOMPARE(changed.count(), 1);

        // An edit names segment number 0 (not key 3) and keeps the keys.
        QSignalSpy edited(&model, &SegmentTableModel::labelEdited);
        QVERIFY(model.setData(model.index(0, SegmentTableModel::LabelColumn), QStringLiteral("Loyal")));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.at(0).at(0).toInt(), 0);
        QCOMPARE(edited.at(0).at(1).toString(), QStringLiteral("Loyal"));
        QCOMPARE(model.appearance().keys, (std::vector<int>{3, 0}));
        QCOMPARE(model.appearance().name(0), QStringLiteral("Loyal"));
        QCOMPARE(model.index(0, SegmentTableModel::LabelColumn).data(Qt::FontRole).value<QFont>().italic(), false);
        QCOMPARE(model.index(1, SegmentTableModel::LabelColumn).data(Qt::FontRole).value<QFont>().italic(), true);
    }

    void sortRoleIsRaw()
    {
        SegmentTableModel model;
        model.setProfiles(makeProfiles(true));
        QCOMPARE(model.index(0, SegmentTableModel::SizeColumn).data(SegmentTableModel::SortRole).toULongLong(), 1234ULL);
        QCOMPARE(model.index(1, SegmentTableModel::ShareColumn).data(SegmentTableModel::SortRole).toDouble(), 5678.0 / 6912.0);
        QCOMPARE(model.index(0, SegmentTableModel::moneyColumn(0)).data(SegmentTableModel::SortRole).toDouble(), 12345.6);
        QCOMPARE(model.index(1, SegmentTableModel::SegmentColumn).data(SegmentTableModel::SortRole).toInt(), 1);
        // Money sorts by the total, as a number.
        QCOMPARE(model.index(1, SegmentTableModel::moneyColumn(0)).data(SegmentTableModel::SortRole).toDouble(),
                 1000000.0);
    }

    void traitsReadAsWordsWithRawNamesInTheTooltip()
    {
        auto p = makeProfiles(true);
        p->segments[0].topTraits = {{"days_since_last_order", -1.24, 23.8, 30.0},
                                    {"acquisition_channel=in store", 0.5, 0.4, 0.2}};
        p->segments[1].topTraits.clear();
        SegmentTableModel model;
        model.setProfiles(p);
        const QModelIndex traits = model.index(0, model.traitsColumn());
        const QString shown = QString::fromUtf8("\xe2\x86\x93 days since last order \xe2\x88\x92" "1.2\xcf\x83, "
                                                "\xe2\x86\x91 acquisition channel: in store +0.5\xcf\x83");
        QCOMPARE(traits.data().toString(), shown);
        // The tooltip: the whole text (the cell may elide), then each trait under its raw name.
        const QStringList tip = traits.data(Qt::ToolTipRole).toString().split(QLatin1Char('\n'));
        QCOMPARE(tip.size(), 4);
        QCOMPARE(tip[0], shown);
        QCOMPARE(tip[2], QStringLiteral("days_since_last_order: 23.8 in this segment vs. 30 overall (\u2212" "1.2 sd)"));
        QVERIFY(tip[3].startsWith(QStringLiteral("acquisition_channel=in store: 0.4 in this segment")));
        // A segment without traits has no tooltip there.
        QVERIFY(model.index(1, model.traitsColumn()).data(Qt::ToolTipRole).toString().isEmpty());
    }

    void resetKeepsTesterHappy()
    {
        SegmentTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setProfiles(makeProfiles(true));
        model.setProfiles(nullptr);
        QCOMPARE(reset.count(), 2);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestSegmentTableModel)
#include "test_segment_table_model.moc"
