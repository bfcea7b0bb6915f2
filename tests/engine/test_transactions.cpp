// From a transaction log to customers: every quantity and every bad-row rule on a hand-made log
// whose figures are worked out in the comments, the mapping of a ready-made summary table, and the
// CDNOW 1/10 sample against the published summary files.

#include "engine/core/error.h"
#include "engine/data/cell_parsers.h"
#include "engine/data/csv_reader.h"
#include "engine/prep/transactions.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

using namespace seg;

namespace {

double day(int y, unsigned m, unsigned d)
{
    return static_cast<double>(daysFromCivil(y, m, d));
}

// Calibration ends 2024-03-31 (day d0 + 90, d0 = 2024-01-01; 2024 is a leap year), the holdout
// 2024-06-30 (13 weeks later), today is 2024-07-15.
//   A: days d0 (rows 2+3 merged: 15), d0+14 (rows 4+5: 40, row 5 a duplicate), d0+70 (row 7: 30,
//      its quantity 'x' is not a number); row 6 a return of 8.
//      x = 2, t_x = 70/7 = 10, T = 90/7, monetary (40 + 30)/2 = 35, total 85, 5 lines,
//      channels web 4/5, store 1/5; categories books, music, games; quantity 1+1+2+2 = 6.
//   B: d0+35 only: x = 0, T = 55/7, total 12.5; row 18 (2024-07-10) is after the holdout.
//   C: d0+50 (row 12; rows 10 and 11 bad): x = 0, T = 40/7; holdout 2024-04-10 (11 + 1) and
//      2024-05-01 (6): 2 purchases, 18 spent.
//   D: first bought 2024-04-02, after calibration: not in the cohort.
//   Row 9 has no id, row 10 no valid date, row 11 no valid amount, row 17 is in the future.
const char *kLog = "customer,date,amount,qty,channel,category\n"
                   "A,2024-01-01,10.00,1,web,books\n"   // 2
                   "A,2024-01-01,5.00,1,store,music\n"  // 3
                   "A,2024-01-15,20.00,2,web,books\n"   // 4
                   "A,2024-01-15,20.00,2,web,books\n"   // 5 duplicate
                   "A,2024-02-12,-8.00,1,web,books\n"   // 6 return
                   "A,2024-03-11,30.00,x,web,games\n"   // 7 bad quantity
                   "B,2024-02-05,12.50,1,store,books\n" // 8
                   ",2024-02-06,9.00,1,web,books\n"     // 9 missing id
                   "C,2024-13-01,4.00,1,web,books\n"    // 10 bad date
                   "C,2024-02-20,abc,1,web,books\n"     // 11 bad amount
                   "C,2024-02-20,7.00,1,app,toys\n"     // 12
                   "C,2024-04-10,11.00,1,app,toys\n"    // 13 holdout
                   "C,2024-04-10,1.00,1,app,toys\n"     // 14 holdout, same day
                   "C,2024-05-01,6.00,1,web,toys\n"     // 15 holdout
                   "D,2024-04-02,50.00,1,web,books\n"   // 16 first after calibration
                   "C,2024-09-01,3.00,1,web,toys\n"     // 17 future
                   "B,2024-07-10,3.00,1,web,toys\n";    // 18 after the holdout

TransactionOptions logOptions()
{
    TransactionOptions o;
    o.columns = {"customer", "date", "amount", "qty", "channel", "category", {}};
    o.calibrationEnd = day(2024, 3, 31);
    o.holdoutEnd = day(2024, 6, 30);
    o.today = day(2024, 7, 15);
    o.unit = TimeUnit::Week;
    return o;
}

const CustomerSummary &customer(const CustomerTable &t, const std::string &id)
{
    for (const CustomerSummary &c : t.customers)
        if (c.id == id)
            return c;
    throw std::runtime_error("no customer " + id);
}

std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

class TestTransactions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timeUnits()
    {
        QVERIFY(parseTimeUnit("day") == TimeUnit::Day);
        QVERIFY(parseTimeUnit("weeks") == TimeUnit::Week);
        QVERIFY(parseTimeUnit("month") == TimeUnit::Month);
        QCOMPARE(daysPerUnit(TimeUnit::Month), 30.4375);
        QVERIFY_THROWS_EXCEPTION(Error, parseTimeUnit("fortnight"));
    }

    void handMadeLog()
    {
        const Table table = parseCsv(kLog, "log.csv");
        const CustomerTable t = summariseTransactions(table, logOptions());
        QCOMPARE(t.customers.size(), std::size_t {3});
        QCOMPARE(t.customers[0].id, std::string("A"));
        QCOMPARE(t.customers[1].id, std::string("B"));
        QCOMPARE(t.customers[2].id, std::string("C"));
        QCOMPARE(t.channels, (std::vector<std::string> {"web", "store", "app"}));

        const CustomerSummary &a = customer(t, "A");
        QCOMPARE(a.firstPurchase, day(2024, 1, 1));
        QCOMPARE(a.frequency, 2.0);
        QCOMPARE(a.recency, 10.0);
        QCOMPARE(a.tenure, 90.0 / 7.0);
        QCOMPARE(a.monetary, 35.0);
        QCOMPARE(a.totalSpend, 85.0);
        QCOMPARE(a.meanInterPurchase, 5.0);
        QCOMPARE(a.quantity, 6.0);
        QCOMPARE(a.returns, 8.0);
        QCOMPARE(a.lines, std::size_t {5});
        QCOMPARE(a.categories, std::size_t {3});
        QCOMPARE(a.channelShares, (std::vector<double> {0.8, 0.2, 0.0}));
        QCOMPARE(a.holdoutPurchases, 0.0);

        const CustomerSummary &b = customer(t, "B");
        QCOMPARE(b.frequency, 0.0);
        QCOMPARE(b.recency, 0.0);
        QCOMPARE(b.tenure, 55.0 / 7.0);
        QCOMPARE(b.monetary, 0.0);
        QCOMPARE(b.totalSpend, 12.5);
        QVERIFY(std::isnan(b.meanInterPurchase));
        QCOMPARE(b.channelShares, (std::vector<double> {0.0, 1.0, 0.0}));

        const CustomerSummary &c = customer(t, "C");
        QCOMPARE(c.frequency, 0.0);
        QCOMPARE(c.tenure, 40.0 / 7.0);
        QCOMPARE(c.totalSpend, 7.0);
        QCOMPARE(c.holdoutPurchases, 2.0);
        QCOMPARE(c.holdoutSpend, 18.0);
        QCOMPARE(c.categories, std::size_t {1});
        QCOMPARE(c.channelShares, (std::vector<double> {0.0, 0.0, 1.0}));

        QCOMPARE(t.holdoutLength(), 13.0);
        QCOMPARE(t.customersAfterCalibration, std::size_t {1});
        QCOMPARE(t.linesAfterWindow, std::size_t {1});
        QCOMPARE(t.purchaseLines, std::size_t {10}); // A 5, B 1, C 1 + 3 in the holdout
        QCOMPARE(t.returnsTotal, 8.0);
        QCOMPARE(t.rowsRead, std::size_t {17});
    }

    void channelSharesCountTheLinesThatGiveOne()
    {
        // P: web, store, no channel, web: shares over the three that give one (2/3, 1/3), not
        // over all four (which would say P buys a quarter of the time nowhere). Q gives none:
        // unknown, not zero.
        const char *log = "customer,date,amount,channel\n"
                          "P,2024-01-01,10,web\n"
                          "P,2024-01-08,10,store\n"
                          "P,2024-01-15,10,\n"
                          "P,2024-01-22,10,web\n"
                          "Q,2024-01-03,5,\n"
                          "Q,2024-01-09,5,\n";
        TransactionOptions o;
        o.columns = {"customer", "date", "amount", {}, "channel", {}, {}};
        o.calibrationEnd = day(2024, 1, 31);
        const CustomerTable t = summariseTransactions(parseCsv(log, "log.csv"), o);
        QCOMPARE(t.channels, (std::vector<std::string> {"web", "store"}));
        QCOMPARE(customer(t, "P").channelShares, (std::vector<double> {2.0 / 3.0, 1.0 / 3.0}));
        QCOMPARE(customer(t, "P").lines, std::size_t {4});
        QVERIFY(std::isnan(customer(t, "Q").channelShares[0]) && std::isnan(customer(t, "Q").channelShares[1]));
        QCOMPARE(t.linesWithoutChannel, std::size_t {3});
        QCOMPARE(t.customersWithoutChannel, std::size_t {1});

        LogImport import;
        import.columns = o.columns;
        const Table table = customersFromLog(parseCsv(log, "log.csv"), import);
        QCOMPARE(table.require("share_web").missingCount(), std::size_t {1});
        QVERIFY(std::find(table.warnings.begin(), table.warnings.end(),
                          "3 purchase line(s) have no channel: channel shares count the lines that have one; 1 "
                          "customer(s) with none have no shares (filled as missing cells)")
                != table.warnings.end());
    }

    void everyBadRowIsReportedWithRowAndColumn()
    {
        const CustomerTable t = summariseTransactions(parseCsv(kLog, "log.csv"), logOptions());
        struct Expected
        {
            RowIssueKind kind;
            std::int64_t row;
            const char *column;
            const char *detail;
        };
        const Expected expected[] = {
            {RowIssueKind::Duplicate, 5, "customer", "every cell equals row 4: kept"},
            {RowIssueKind::Return, 6, "amount", "a negative amount (-8.00) is a return, not a purchase"},
            {RowIssueKind::BadQuantity, 7, "qty", "'x' is not a number: the purchase counts, its quantity does not"},
            {RowIssueKind::MissingId, 9, "customer", "the customer id is missing"},
            {RowIssueKind::BadDate, 10, "date",
             "'2024-13-01' is not a date (such as 2024-03-31, 3/31/2024, 31.03.2024 or 20240331)"},
            {RowIssueKind::BadAmount, 11, "amount", "'abc' is not a number"},
            {RowIssueKind::FutureDate, 17, "date", "the date 2024-09-01 is in the future (after 2024-07-15)"},
        };
        QCOMPARE(t.issues.size(), std::size(expected));
        for (std::size_t i = 0; i < t.issues.size(); ++i) {
            QVERIFY(t.issues[i].kind == expected[i].kind);
            QCOMPARE(t.issues[i].row, expected[i].row);
            QCOMPARE(t.issues[i].column, std::string(expected[i].column));
            QCOMPARE(t.issues[i].detail, std::string(expected[i].detail));
        }
        QCOMPARE(t.count(RowIssueKind::Duplicate), std::size_t {1});
    }

    void duplicatesCanBeCountedOnce()
    {
        TransactionOptions o = logOptions();
        o.dropDuplicates = true;
        const CustomerTable t = summariseTransactions(parseCsv(kLog, "log.csv"), o);
        const CustomerSummary &a = customer(t, "A");
        // Day d0+14 is now worth 20: monetary (20 + 30)/2, total 15 + 20 + 30.
        QCOMPARE(a.frequency, 2.0);
        QCOMPARE(a.monetary, 25.0);
        QCOMPARE(a.totalSpend, 65.0);
        QCOMPARE(a.lines, std::size_t {4});
        QCOMPARE(t.issues.front().detail, std::string("every cell equals row 4: counted once"));
    }

    void unitsScaleRecencyAndTenure()
    {
        TransactionOptions o = logOptions();
        o.unit = TimeUnit::Day;
        const CustomerTable days = summariseTransactions(parseCsv(kLog, "log.csv"), o);
        QCOMPARE(customer(days, "A").recency, 70.0);
        QCOMPARE(customer(days, "A").tenure, 90.0);
        QCOMPARE(days.holdoutLength(), 91.0);
        o.unit = TimeUnit::Month;
        const CustomerTable months = summariseTransactions(parseCsv(kLog, "log.csv"), o);
        QCOMPARE(customer(months, "A").recency, 70.0 / 30.4375);
        QCOMPARE(customer(months, "A").meanInterPurchase, 35.0 / 30.4375);
    }

    void withoutTodayNoDateIsInTheFuture()
    {
        TransactionOptions o = logOptions();
        o.today.reset();
        const CustomerTable t = summariseTransactions(parseCsv(kLog, "log.csv"), o);
        QCOMPARE(t.count(RowIssueKind::FutureDate), std::size_t {0});
        QCOMPARE(t.linesAfterWindow, std::size_t {2}); // rows 17 and 18
    }

    void timesOfDayCountByTheirDay()
    {
        const Table table = parseCsv("id,when,amount\n"
                                     "A,2024-01-01 09:00,10\n"
                                     "A,2024-01-01 18:30,5\n"
                                     "A,2024-01-02 08:00,7\n",
                                     "times.csv");
        TransactionOptions o;
        o.columns = {"id", "when", "amount", {}, {}, {}, {}};
        o.calibrationEnd = day(2024, 1, 8);
        o.unit = TimeUnit::Day;
        const CustomerTable t = summariseTransactions(table, o);
        QCOMPARE(t.customers.front().frequency, 1.0);
        QCOMPARE(t.customers.front().recency, 1.0);
        QCOMPARE(t.customers.front().tenure, 7.0);
        QCOMPARE(t.customers.front().monetary, 7.0);
    }

    void errorsNameTheFileAndColumn()
    {
        const Table table = parseCsv(kLog, "log.csv");
        TransactionOptions o = logOptions();
        o.columns.amount = "spend";
        try {
            summariseTransactions(table, o);
            QFAIL("no error");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::InvalidData);
            QCOMPARE(std::string(e.what()),
                     std::string("log.csv: the amount column 'spend' does not exist; the columns are: 'customer', "
                                 "'date', 'amount', 'qty', 'channel', 'category'"));
        }
        o = logOptions();
        o.calibrationEnd = day(2023, 12, 31);
        o.holdoutEnd.reset();
        try {
            summariseTransactions(table, o);
            QFAIL("no error");
        } catch (const Error &e) {
            QCOMPARE(std::string(e.what()),
                     std::string("log.csv: no customer made a purchase on or before the calibration end 2023-12-31 "
                                 "(17 rows; 1 row(s) missing id (left out); 1 row(s) bad date (left out); 1 row(s) "
                                 "future date (left out); 1 row(s) bad amount (left out); 1 row(s) return; 4 "
                                 "customer(s) first bought after 2023-12-31)"));
        }
        o = logOptions();
        o.holdoutEnd = o.calibrationEnd;
        QVERIFY_THROWS_EXCEPTION(Error, summariseTransactions(table, o));
    }

    void summaryTableMapsDirectly()
    {
        const Table table = parseCsv("ID,x,t_x,T,zbar\n1,2,30.43,38.86,22.35\n2,0,0,38.86,0\n", "summary.csv");
        const CustomerTable t = customersFromSummary(table, {"ID", "x", "t_x", "T", "zbar"}, TimeUnit::Week);
        QCOMPARE(t.customers.size(), std::size_t {2});
        QCOMPARE(t.customers[0].id, std::string("1"));
        QCOMPARE(t.customers[0].frequency, 2.0);
        QCOMPARE(t.customers[0].recency, 30.43);
        QCOMPARE(t.customers[0].tenure, 38.86);
        QCOMPARE(t.customers[0].monetary, 22.35);
        QCOMPARE(t.customers[0].meanInterPurchase, 30.43 / 2);

        const auto message = [](const char *csv) {
            try {
                customersFromSummary(parseCsv(csv, "s.csv"), {"ID", "x", "t_x", "T", {}}, TimeUnit::Week);
            } catch (const Error &e) {
                return std::string(e.what());
            }
            return std::string("no error");
        };
        QCOMPARE(message("ID,x,t_x,T\n1,2,40,38.86\n"),
                 std::string("s.csv: row 2, column 't_x': the recency 40 is not between 0 and T (38.86)"));
        QCOMPARE(message("ID,x,t_x,T\n1,1.5,3,38.86\n"),
                 std::string("s.csv: row 2, column 'x': the frequency 1.5 is not a whole number of repeat purchases "
                             "(0, 1, 2, ...)"));
        QCOMPARE(message("ID,x,t_x,T\n1,0,3,38.86\n"),
                 std::string("s.csv: row 2, column 't_x': the recency 3 must be 0 when the frequency is 0 (no repeat "
                             "purchase)"));
        QCOMPARE(message("ID,x,t_x,T\n1,1,1,\n2,1,1,3\n"),
                 std::string("s.csv: row 2, column 'T': the value is missing"));
    }

    // Invoice lines without a line total (as Online Retail's): amount = quantity x unit price; a
    // negative quantity (a cancellation) is a return; a line without a usable quantity has no
    // amount.
    void unitPriceTimesQuantityIsTheAmount()
    {
        const Table table = parseCsv("id,day,qty,price\n"
                                     "A,2024-01-01,2,3.50\n"   // 2: 7
                                     "A,2024-01-08,3,2.00\n"   // 3: 6
                                     "A,2024-01-09,-1,2.00\n"  // 4: a return of 2
                                     "A,2024-01-10,,2.00\n"    // 5: no quantity
                                     "A,2024-01-11,1,\n",      // 6: no price
                                     "lines.csv");
        TransactionOptions o;
        o.columns.customer = "id";
        o.columns.date = "day";
        o.columns.unitPrice = "price";
        o.columns.quantity = "qty";
        o.calibrationEnd = day(2024, 1, 31);
        const CustomerTable t = summariseTransactions(table, o);
        const CustomerSummary &a = t.customers.front();
        QCOMPARE(a.totalSpend, 13.0);
        QCOMPARE(a.monetary, 6.0);
        QCOMPARE(a.frequency, 1.0);
        QCOMPARE(a.returns, 2.0);
        QCOMPARE(a.quantity, 5.0);
        QCOMPARE(t.issues.size(), std::size_t {3});
        QVERIFY(t.issues[0].kind == RowIssueKind::Return);
        QCOMPARE(t.issues[0].column, std::string("qty"));
        QCOMPARE(t.issues[0].detail, std::string("a negative amount (-1 x 2) is a return, not a purchase"));
        QVERIFY(t.issues[1].kind == RowIssueKind::BadAmount);
        QCOMPARE(t.issues[1].column, std::string("qty"));
        QCOMPARE(t.issues[1].detail, std::string("the quantity is missing: without it the line has no amount"));
        QVERIFY(t.issues[2].kind == RowIssueKind::BadAmount);
        QCOMPARE(t.issues[2].column, std::string("price"));
        QCOMPARE(t.issues[2].detail, std::string("the unit price is missing"));

        o.columns.amount = "qty"; // both
        QVERIFY_THROWS_EXCEPTION(Error, summariseTransactions(table, o));
        o.columns.amount.clear();
        o.columns.quantity.clear(); // a price without a quantity
        QVERIFY_THROWS_EXCEPTION(Error, summariseTransactions(table, o));
        o.columns.unitPrice.clear(); // neither
        QVERIFY_THROWS_EXCEPTION(Error, summariseTransactions(table, o));
    }

    void lastDateLeavesOutTheFuture()
    {
        const Table table = parseCsv(kLog, "log.csv");
        QCOMPARE(lastDate(table, "date"), std::optional<double>(day(2024, 9, 1)));
        QCOMPARE(lastDate(table, "date", false, day(2024, 7, 15)), std::optional<double>(day(2024, 7, 10)));
        QCOMPARE(lastDate(parseCsv("d\nnot a date\n", "x.csv"), "d"), std::optional<double>());
    }

    // The hand-made log's customers as a table to segment: the worked figures above, named as the
    // value model finds them, with the roles that keep model inputs and the holdout out of the
    // features.
    void customerTableHoldsTheFiguresWithTheirRoles()
    {
        const Table table = customerFeatureTable(summariseTransactions(parseCsv(kLog, "log.csv"), logOptions()),
                                                 "customer");
        QCOMPARE(table.rowCount, std::size_t {3});
        std::vector<std::string> names;
        for (const Column &c : table.columns)
            names.push_back(c.name);
        QCOMPARE(names, (std::vector<std::string> {"customer", "purchases", "weeks_since_last_purchase", "tenure_weeks",
                                                   "total_spend", "average_order_value", "returns_value", "units_bought",
                                                   "categories_bought", "share_web", "share_store", "share_app",
                                                   "frequency", "recency", "T", "monetary_value",
                                                   "mean_weeks_between_purchases", "first_purchase",
                                                   "holdout_purchases", "holdout_spend"}));
        const auto at = [&](const char *name, std::size_t row) { return table.require(name).numbers[row]; };
        // A: 3 purchase days, last on day 70 of 90; 85 spent over 3 days; returns 8.
        QCOMPARE(table.require("customer").text[0], std::string("A"));
        QCOMPARE(at("purchases", 0), 3.0);
        QCOMPARE(at("weeks_since_last_purchase", 0), 20.0 / 7.0);
        QCOMPARE(at("tenure_weeks", 0), 90.0 / 7.0);
        QCOMPARE(at("average_order_value", 0), 85.0 / 3.0);
        QCOMPARE(at("returns_value", 0), 8.0);
        QCOMPARE(at("share_web", 0), 0.8);
        QCOMPARE(at("recency", 0), 10.0);
        QCOMPARE(at("monetary_value", 0), 35.0);
        QCOMPARE(at("first_purchase", 0), day(2024, 1, 1));
        // B bought once: nothing between purchases; C's holdout purchases.
        QVERIFY(std::isnan(at("mean_weeks_between_purchases", 1)));
        QCOMPARE(at("weeks_since_last_purchase", 1), 55.0 / 7.0);
        QCOMPARE(at("holdout_purchases", 2), 2.0);
        QCOMPARE(at("holdout_spend", 2), 18.0);

        QVERIFY(table.require("customer").role == ColumnRole::Id);
        QVERIFY(table.require("total_spend").role == ColumnRole::Value);
        QVERIFY(table.require("purchases").role == ColumnRole::Numeric);
        for (const char *name : {"frequency", "recency", "T", "monetary_value", "mean_weeks_between_purchases",
                                 "first_purchase", "holdout_purchases", "holdout_spend"})
            QVERIFY2(table.require(name).role == ColumnRole::Ignored, name);
        for (const Column &c : table.columns)
            QVERIFY2(!c.roleReason.empty(), c.name.c_str());
    }

    // The explorer's reading of a log: calibration to the last date less the holdout, the
    // period in the properties, and warnings that count each rule with its first row.
    void customersFromLogEndsCalibrationAtTheLastDateLessTheHoldout()
    {
        LogImport import;
        import.columns = logOptions().columns;
        import.today = day(2024, 7, 15);
        import.holdoutLength = 13; // weeks: 2024-07-10 less 91 days
        const Table table = customersFromLog(parseCsv(kLog, "log.csv"), import);
        QCOMPARE(table.properties.at("time_unit"), std::string("week"));
        QCOMPARE(table.properties.at("calibration_end"), std::string("2024-04-10"));
        QCOMPARE(table.properties.at("holdout_end"), std::string("2024-07-10"));
        // D (first bought 2024-04-02) is now in the cohort; C's 2024-04-10 lines are calibration.
        QCOMPARE(table.rowCount, std::size_t {4});
        QCOMPARE(table.require("holdout_purchases").numbers[2], 1.0); // C: 2024-05-01
        QCOMPARE(table.require("purchases").numbers[2], 2.0);         // C: 02-20 and 04-10
        QCOMPARE(table.warnings.front(),
                 std::string("17 transaction rows read as 4 customers (calibration to 2024-04-10, holdout to "
                             "2024-07-10, in weeks)"));
        const auto has = [&](const std::string &text) {
            return std::find(table.warnings.begin(), table.warnings.end(), text) != table.warnings.end();
        };
        QVERIFY(has("1 row(s) without a valid date left out; the first: log.csv: row 10, column 'date': "
                    "'2024-13-01' is not a date (such as 2024-03-31, 3/31/2024, 31.03.2024 or 20240331)"));
        QVERIFY(has("1 duplicate line(s) kept; the first: log.csv: row 5, column 'customer': every cell equals "
                    "row 4: kept"));
        QVERIFY(has("1 row(s) dated in the future left out; the first: log.csv: row 17, column 'date': the date "
                    "2024-09-01 is in the future (after 2024-07-15)"));

        import.holdoutLength = 0;
        import.calibrationEnd = day(2024, 3, 31);
        const Table calibrated = customersFromLog(parseCsv(kLog, "log.csv"), import);
        QCOMPARE(calibrated.rowCount, std::size_t {3});
        QCOMPARE(calibrated.properties.count("holdout_end"), std::size_t {0});
        QVERIFY(!calibrated.find("holdout_purchases"));
    }

    // The 1/10 sample of CDNOW's first-quarter 1997 cohort (CDNOW_sample.txt: master id, sample id,
    // date, CDs, dollars; no header) against the summary files published with it
    // (cdnow_customers_summary_with_transactions.csv: x, t_x and T in weeks and zbar, rounded to 2
    // decimals; SOURCE.md in the data folder). Calibration ends 1997-09-30 (39 weeks).
    void cdnowSampleMatchesThePublishedSummary()
    {
        const std::string dir = SEG_SHARED_DATA_DIR "/cdnow/";
        CsvOptions csv;
        csv.delimiter = ' ';
        csv.columnTypes = {{"sample_id", ColumnType::Identifier}};
        const Table table = parseCsv("master_id sample_id date cds dollars\n" + readFile(dir + "CDNOW_sample.txt"),
                                     "CDNOW_sample.txt", csv);
        TransactionOptions o;
        o.columns = {"sample_id", "date", "dollars", "cds", {}, {}, {}};
        o.calibrationEnd = day(1997, 9, 30);
        o.holdoutEnd = day(1998, 6, 30);
        const CustomerTable t = summariseTransactions(table, o);
        QCOMPARE(t.customers.size(), std::size_t {2357});
        // 21 lines repeat an earlier one (19 distinct lines, two of them three times): reported, kept.
        QCOMPARE(t.count(RowIssueKind::Duplicate), std::size_t {21});
        QCOMPARE(t.issues.size(), std::size_t {21});

        const Table published = readCsv(dir + "cdnow_customers_summary_with_transactions.csv");
        const Column &id = published.require("ID"), &x = published.require("x"), &tx = published.require("t_x");
        const Column &T = published.require("T"), &zbar = published.require("zbar");
        QCOMPARE(published.rowCount, std::size_t {2357});
        double totalX = 0;
        std::size_t repeaters = 0;
        for (std::size_t r = 0; r < published.rowCount; ++r) {
            // Sample ids are 0001..2357 in the log, 1..2357 in the summary; both in id order.
            const CustomerSummary &c = t.customers[r];
            QCOMPARE(std::stoi(c.id), std::stoi(id.cellText(r)));
            QCOMPARE(c.frequency, x.numbers[r]);
            QVERIFY2(std::abs(c.recency - tx.numbers[r]) <= 0.005 + 1e-9, c.id.c_str());
            QVERIFY2(std::abs(c.tenure - T.numbers[r]) <= 0.005 + 1e-9, c.id.c_str());
            QVERIFY2(std::abs(c.monetary - zbar.numbers[r]) <= 0.005 + 1e-9, c.id.c_str());
            totalX += c.frequency;
            repeaters += c.frequency > 0 ? 1 : 0;
        }
        QCOMPARE(totalX, 2457.0);
        QCOMPARE(repeaters, std::size_t {946});
    }
};

QTEST_APPLESS_MAIN(TestTransactions)
#include "test_transactions.moc"
