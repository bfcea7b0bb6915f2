// Tests of what importing real customer data needs beyond RFC 4180: whitespace-separated text,
// dates written YYYYMMDD or with the day first, column roles that decide the features, and
// transaction logs recognised as such. The shared public datasets (/work/shared/data/*/SOURCE.md)
// are the main cases; figures marked "Python" were computed with Python's csv and datetime
// modules on the same files, independently of this code.

#include "engine/core/error.h"
#include "engine/data/column_roles.h"
#include "engine/data/csv_reader.h"
#include "engine/data/loader.h"
#include "engine/prep/feature_spec.h"
#include "engine/prep/prepare.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

using namespace seg;

#define QCOMPARE_STR(actual, expected) QCOMPARE(std::string(actual), std::string(expected))

namespace {

const std::string kWholesale = SEG_SHARED_DATA_DIR "/wholesale/Wholesale customers data.csv";
const std::string kOnlineRetail = SEG_SHARED_DATA_DIR "/online_retail/online_retail_sample.csv";
const std::string kCdnow = SEG_SHARED_DATA_DIR "/cdnow/CDNOW_master.txt";
const std::string kCdnowSample = SEG_SHARED_DATA_DIR "/cdnow/CDNOW_sample.txt";

std::string roleOf(const Table &table, const std::string &column)
{
    return std::string(toString(table.require(column).role));
}

std::vector<std::string> roles(const Table &table)
{
    std::vector<std::string> out;
    for (const Column &c : table.columns)
        out.push_back(c.name + "=" + std::string(toString(c.role)));
    return out;
}

bool hasWarning(const Table &table, const std::string &text)
{
    return std::any_of(table.warnings.begin(), table.warnings.end(),
                       [&](const std::string &w) { return w.find(text) != std::string::npos; });
}

std::vector<std::string> names(const std::vector<LeftOutColumn> &columns)
{
    std::vector<std::string> out;
    for (const LeftOutColumn &c : columns)
        out.push_back(c.column);
    return out;
}

} // namespace

class TestRealDataImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- Wholesale: codes are categories, spend is numeric until marked as money ----

    void wholesaleChannelAndRegionAreCategorical()
    {
        const Table t = loadTable(kWholesale, {});
        QCOMPARE(roles(t), std::vector<std::string>({"Channel=categorical", "Region=categorical", "Fresh=numeric",
                                                     "Milk=numeric", "Grocery=numeric", "Frozen=numeric",
                                                     "Detergents_Paper=numeric", "Delicassen=numeric"}));
        QCOMPARE_STR(t.require("Channel").roleReason,
                     "whole numbers 1\u20132 in 2 values and a name like a code: a category, not a quantity");
        QCOMPARE_STR(t.require("Region").roleReason,
                     "whole numbers 1\u20133 in 3 values and a name like a code: a category, not a quantity");
        // Levels as the file writes them, in order of first appearance (the first row is 2,3).
        const Column &region = t.require("Region");
        QCOMPARE_STR(toString(region.type), "categorical");
        QCOMPARE(region.levels, std::vector<std::string>({"3", "1", "2"}));
        // Region counts 77 / 47 / 316 (Lisbon / Oporto / other) from SOURCE.md.
        std::vector<int> counts(3, 0);
        for (std::int32_t code : region.codes)
            ++counts[static_cast<std::size_t>(code)];
        QCOMPARE(counts, std::vector<int>({316, 77, 47}));

        // One 0/1 feature per level: a centroid is a share of Lisbon, never "Region 1.23".
        const FeatureSpec spec = suggestFeatureSpec(t);
        const PreparedData prepared = prepare(t, spec);
        std::vector<std::string> features;
        for (const FittedFeature &f : prepared.transform.features)
            features.push_back(f.name);
        // The profile group comes before "other"; levels by frequency (298 / 142, 316 / 77 / 47).
        QCOMPARE(features, std::vector<std::string>({"Channel=1", "Channel=2", "Region=3", "Region=1", "Region=2",
                                                     "Fresh", "Milk", "Grocery", "Frozen", "Detergents_Paper",
                                                     "Delicassen"}));
    }

    void wholesaleSpendBecomesPurchasingOnlyAsValue()
    {
        // No word list knows that "Fresh" is money; marking the columns as value does.
        CsvOptions options;
        for (const char *c : {"Fresh", "Milk", "Grocery", "Frozen", "Detergents_Paper", "Delicassen"})
            options.columnRoles[c] = ColumnRole::Value;
        options.columnRoles["Region"] = ColumnRole::Numeric; // the user's choice overrides the suggestion
        const Table t = loadTable(kWholesale, {}, options);
        QCOMPARE_STR(toString(t.require("Region").type), "integer");
        QCOMPARE_STR(t.require("Region").roleReason, "chosen");
        const FeatureSpec spec = suggestFeatureSpec(t);
        QCOMPARE(spec.groups.size(), std::size_t(2));
        QCOMPARE_STR(spec.groups[0].name, "purchasing");
        QCOMPARE(spec.groups[0].columns.size(), std::size_t(6));
        QCOMPARE_STR(spec.groups[1].name, "profile");
        QCOMPARE(spec.groups[1].columns.size(), std::size_t(2));
        const Table plain = loadTable(kWholesale, {});
        QCOMPARE_STR(suggestGroup(plain.require("Fresh")), "other");
    }

    // ---- Online Retail: invoice lines, not customers ----

    void onlineRetailRoles()
    {
        const Table t = loadTable(kOnlineRetail, {});
        QCOMPARE(roles(t), std::vector<std::string>({"InvoiceNo=id", "StockCode=ignored", "Description=ignored",
                                                     "Quantity=numeric", "InvoiceDate=date", "UnitPrice=value",
                                                     "CustomerID=id", "Country=categorical"}));
        QCOMPARE_STR(t.require("InvoiceNo").roleReason,
                     "its name marks a number that names something (a key), not a quantity");
        QCOMPARE_STR(t.require("StockCode").roleReason,
                     "its cells are codes with too many distinct values to be categories");
        // The cancellations ("C536379") are keys, so they cannot fail as "expected numbers".
        const FeatureSpec spec = suggestFeatureSpec(t);
        QCOMPARE(spec.enabledColumns(),
                 std::vector<std::string>({"UnitPrice", "InvoiceDate", "Country", "Quantity"}));
        QCOMPARE(names(leftOutColumns(t)),
                 std::vector<std::string>({"InvoiceNo", "StockCode", "Description", "CustomerID"}));
        QVERIFY(leftOutColumns(t).front().reason == LeftOutReason::Id);
        prepare(t, spec); // no "expected numbers" error
    }

    void onlineRetailIsATransactionLog()
    {
        const Table t = loadTable(kOnlineRetail, {});
        const auto log = findTransactionLog(t);
        QVERIFY(log);
        // Python: 14,922 rows with a CustomerID, 3,049 distinct ids, 17841 the most frequent (301).
        QCOMPARE_STR(log->idColumn, "CustomerID");
        QCOMPARE(log->rows, std::size_t(14922));
        QCOMPARE(log->ids, std::size_t(3049));
        QCOMPARE_STR(log->exampleId, "17841");
        QCOMPARE(log->exampleRows, std::size_t(301));
        const std::string message = describeTransactionLog(*log);
        QVERIFY2(message.rfind("column 'CustomerID' repeats: 14,922 rows for 3,049 ids (id '17841' has 301 rows). "
                               "The data looks like a transaction log",
                               0)
                     == 0,
                 message.c_str());
        // The way out is named: read the log as one row per customer.
        QVERIFY2(message.find("Read it as one row per customer instead") != std::string::npos, message.c_str());
        QVERIFY(hasWarning(t, message)); // loadTable says so before anything is clustered
        // Naming the invoice instead: 20,000 lines for 9,362 invoices (SOURCE.md).
        const auto invoices = findTransactionLog(t, "InvoiceNo");
        QVERIFY(invoices);
        QCOMPARE(invoices->rows, std::size_t(20000));
        QCOMPARE(invoices->ids, std::size_t(9362));
    }

    void aFewRepeatsAreNoLog()
    {
        Table t = parseCsv("customer_id,orders\nc1,1\nc2,2\nc2,3\nc4,4\n", "t.csv");
        assignColumnRoles(t);
        QVERIFY(!findTransactionLog(t)); // one repeated id: a mistake the id check names
        t = parseCsv("customer_id,orders\nc1,1\nc2,2\nc2,3\nc1,4\n", "t.csv");
        assignColumnRoles(t);
        QVERIFY(findTransactionLog(t));
        QVERIFY(!findTransactionLog(t, "orders"));
    }

    // The counts and the example id, for text, numeric and categorical keys: the id with the
    // most rows, the first of them in the table on a tie.
    void logCountsAndExampleForEveryKeyType()
    {
        Table t = parseCsv("customer_id,store,orders\nb7,10,1\na3,20,2\na3,10,3\nb7,20,4\n,30,5\nc1,10,6\n", "t.csv");
        assignColumnRoles(t);
        const auto text = findTransactionLog(t, "customer_id");
        QVERIFY(text);
        QCOMPARE(text->rows, std::size_t(5)); // the empty id is not counted
        QCOMPARE(text->ids, std::size_t(3));
        QCOMPARE(text->exampleId, std::string("b7")); // b7 and a3 have 2 rows; b7 comes first
        QCOMPARE(text->exampleRows, std::size_t(2));
        const auto number = findTransactionLog(t, "store");
        QVERIFY(number);
        QCOMPARE(number->rows, std::size_t(6));
        QCOMPARE(number->ids, std::size_t(3));
        QCOMPARE(number->exampleId, std::string("10"));
        QCOMPARE(number->exampleRows, std::size_t(3));
        QVERIFY(!findTransactionLog(t, "orders"));
    }

    // ---- CDNOW: whitespace-separated, dates written YYYYMMDD ----

    void cdnowMasterHasFourColumnsAndRealDates()
    {
        const Table t = loadTable(kCdnow, {});
        QCOMPARE(t.columns.size(), std::size_t(4));
        QCOMPARE(t.rowCount, std::size_t(69659)); // SOURCE.md
        QCOMPARE(roles(t), std::vector<std::string>({"customer_id=id", "date=date", "number_of_cds=numeric",
                                                     "dollar_value=value"}));
        const Column &id = t.require("customer_id");
        const Column &date = t.require("date");
        const Column &cds = t.require("number_of_cds");
        const Column &dollars = t.require("dollar_value");
        QCOMPARE_STR(toString(date.type), "date");
        QCOMPARE_STR(toString(cds.type), "integer");
        QCOMPARE_STR(toString(dollars.type), "real");
        // The first rows: 00001 19970101 1 11.77 / 00002 19970112 1 12.00 / 00002 19970112 5 77.00.
        // Customer numbers keep their leading zeros: they are keys, not quantities.
        QCOMPARE_STR(toString(id.type), "identifier");
        QCOMPARE(id.text[0], std::string("00001"));
        QCOMPARE(id.text[2], std::string("00002"));
        QVERIFY(hasWarning(t, "column 'customer_id' holds whole numbers written with leading zeros (row 2: "
                              "'00001'), as codes and customer numbers are; read as text, so the zeros are kept"));
        QCOMPARE(date.numbers[0], 9862.0); // 1997-01-01, Python: (date(1997,1,1) - date(1970,1,1)).days
        QCOMPARE(date.numbers[1], 9873.0); // 1997-01-12
        QCOMPARE_STR(date.cellText(2), "1997-01-12");
        QCOMPARE(cds.numbers[2], 5.0);
        QCOMPARE(dollars.numbers[0], 11.77);
        QCOMPARE(dollars.numbers[2], 77.0);
        // 1997-01-01 ... 1998-06-30 (SOURCE.md), never averaged as 19,970,101.
        QCOMPARE(*std::min_element(date.numbers.begin(), date.numbers.end()), 9862.0);
        QCOMPARE(*std::max_element(date.numbers.begin(), date.numbers.end()), 10407.0);
        QVERIFY(hasWarning(t, "runs of spaces do: the columns were taken to be separated by spaces (4 columns)"));
        QVERIFY(hasWarning(t, "column 'date' holds whole numbers that are all dates written YYYYMMDD (row 2: "
                              "19970101); read as dates, not as numbers"));
        // 69,659 purchases of 23,570 customers (SOURCE.md); Python: customer 14048 has 217 rows.
        const auto log = findTransactionLog(t);
        QVERIFY(log);
        QCOMPARE(log->ids, std::size_t(23570));
        QCOMPARE_STR(log->exampleId, "14048");
        QCOMPARE(log->exampleRows, std::size_t(217));
    }

    void cdnowSampleHasNoHeader()
    {
        // Five fields (master id, sample id, date, CDs, dollars) and no header row: its first
        // purchase becomes the column names, and the reader says so.
        const Table t = loadTable(kCdnowSample, {});
        QCOMPARE(t.columns.size(), std::size_t(5));
        QCOMPARE(t.rowCount, std::size_t(6918));
        QCOMPARE_STR(t.columns[2].name, "19970101");
        QCOMPARE_STR(toString(t.columns[2].type), "date");
        QCOMPARE_STR(t.columns[2].cellText(0), "1997-01-18");
        QCOMPARE(t.columns[4].numbers[0], 29.73);
        QVERIFY(hasWarning(t, "every name in the header row is a number ('00004', '0001', '19970101', ...)"));
    }

    // ---- the rules on small tables ----

    void whitespaceAndFixedWidth()
    {
        // Right-aligned fixed-width numbers, tabs among the spaces, blank lines and a quoted value.
        const Table t = parseCsv("  id   day      spend  note\n"
                                 "   7   20240131  1.50  \"a b\"\n"
                                 "\n"
                                 "  12   20240229 \t10.25 x\n",
                                 "w.txt");
        QCOMPARE(t.columns.size(), std::size_t(4));
        QCOMPARE(t.rowCount, std::size_t(2));
        QCOMPARE(t.require("id").numbers, std::vector<double>({7.0, 12.0}));
        QCOMPARE_STR(toString(t.require("day").type), "date");
        QCOMPARE_STR(t.require("day").cellText(1), "2024-02-29");
        QCOMPARE(t.require("spend").numbers, std::vector<double>({1.5, 10.25}));
        QCOMPARE_STR(t.require("note").cellText(0), "a b");
        // The delimiter given as ' ' means the same runs of spaces.
        CsvOptions spaces;
        spaces.delimiter = ' ';
        QCOMPARE(parseCsv("a  b\n1   2\n", "s.txt", spaces).columns.size(), std::size_t(2));
        // A row with a missing (blank) value cannot be told apart: its field count is named.
        try {
            parseCsv("a b c\n1 2 3\n4 5 6\n7 8 9\n1 2\n", "s.txt", spaces);
            QFAIL("a short row was accepted");
        } catch (const Error &e) {
            QCOMPARE_STR(e.what(), "s.txt: row 5: the row has 2 fields, but the header has 3; the columns are "
                                   "separated by spaces, so a value with a space in it must be enclosed in double "
                                   "quotes, and a missing value must be written (NA), not left blank");
        }
    }

    void noDelimiterIsNamed()
    {
        // Runs of spaces do not split the rows evenly either: one column, and the reader says why.
        const Table t = parseCsv("first second third\none two\nthree four five\n", "x.txt");
        QCOMPARE(t.columns.size(), std::size_t(1));
        QVERIFY(hasWarning(t, "no delimiter was found: ',', ';', tab and '|' do not occur in the header, and runs of "
                              "spaces split the header into 3 fields but the line of row 2 into 2; the file was "
                              "read as one column"));
        // Commas split evenly: they win, whatever the spaces do.
        QCOMPARE(parseCsv("a b,c\n1,2\n", "c.csv").columns.size(), std::size_t(2));
    }

    void compactDates()
    {
        const Table t = parseCsv("when,amount\n19700102,19700102\n20001231,\n,20240230\n", "d.csv");
        QCOMPARE_STR(toString(t.require("when").type), "date");
        QCOMPARE(t.require("when").numbers[0], 1.0);
        QCOMPARE(t.require("when").numbers[1], 11322.0); // Python: date(2000,12,31) - date(1970,1,1)
        QVERIFY(std::isnan(t.require("when").numbers[2]));
        // 2024-02-30 does not exist: the column stays numbers.
        QCOMPARE_STR(toString(t.require("amount").type), "integer");
        // Out of 1900..2100, or not 8 digits: numbers.
        QCOMPARE_STR(toString(parseCsv("n\n18991231\n19000101\n", "d.csv").columns[0].type), "integer");
        QCOMPARE_STR(toString(parseCsv("n\n1900010\n", "d.csv").columns[0].type), "integer");
        // A chosen date role converts a column the reader kept as numbers, or names the bad cell.
        Table chosen = parseCsv("day,n\n20240131,1\n20240230,2\n", "d.csv");
        try {
            assignColumnRoles(chosen, {{"day", ColumnRole::Date}});
            QFAIL("an impossible date was accepted");
        } catch (const Error &e) {
            QCOMPARE_STR(e.what(), "d.csv, column 'day': column 'day' cannot be date: row 3 holds '20240230', which "
                                   "is not a date (such as 2024-03-31, 3/31/2024, 31.03.2024 or 20240331)");
        }
    }

    void dayMonthOrderByEvidence()
    {
        // A day above 12 decides the order of the whole column, wherever it is.
        const Table dayFirst = parseCsv("d\n01/02/2024\n31/12/2024\n", "d.csv");
        QCOMPARE_STR(toString(dayFirst.columns[0].type), "date");
        QCOMPARE_STR(dayFirst.columns[0].cellText(0), "2024-02-01");
        const Table monthFirst = parseCsv("d\n01/02/2024\n12/31/2024\n", "d.csv");
        QCOMPARE_STR(monthFirst.columns[0].cellText(0), "2024-01-02");
        QVERIFY(monthFirst.warnings.empty());
        // No evidence: the option decides, and a warning says which order was assumed.
        const Table ambiguous = parseCsv("d\n01/02/2024\n03/04/2024\n", "d.csv");
        QCOMPARE_STR(ambiguous.columns[0].cellText(0), "2024-01-02");
        QCOMPARE(ambiguous.warnings,
                 std::vector<std::string>({"column 'd' holds dates such as '01/02/2024' whose day and month could be "
                                           "either way round (no day above 12); read as month/day/year (the "
                                           "default order when a column does not show it)"}));
        CsvOptions european;
        european.dateOrder = DayMonthOrder::DayFirst;
        const Table eu = parseCsv("d\n01/02/2024\n03/04/2024\n", "d.csv", european);
        QCOMPARE_STR(eu.columns[0].cellText(0), "2024-02-01");
        // The option never overrides evidence.
        QCOMPARE_STR(parseCsv("d\n01/02/2024\n12/31/2024\n", "d.csv", european).columns[0].cellText(0), "2024-01-02");
        // Evidence both ways: not dates in either order.
        QCOMPARE_STR(toString(parseCsv("d\n13/01/2024\n01/13/2024\n01/01/2024\n01/01/2024\n01/01/2024\n01/01/2024\n",
                                       "d.csv")
                                  .columns[0]
                                  .type),
                     "categorical");
    }

    void codeLikeIntegersAreCategorical()
    {
        std::string csv = "store_type,visits,class_size,segment\n";
        for (int i = 0; i < 40; ++i)
            csv += std::to_string(i % 4 + 1) + "," + std::to_string(i % 4 + 1) + "," + std::to_string(i) + ","
                + std::to_string(i % 3) + "\n";
        Table t = parseCsv(csv, "t.csv");
        assignColumnRoles(t);
        QCOMPARE(roles(t), std::vector<std::string>({"store_type=categorical", "visits=numeric",
                                                     "class_size=numeric", "segment=categorical"}));
        QCOMPARE_STR(t.require("segment").roleReason,
                     "whole numbers 0\u20132 in 3 values and a name like a code: a category, not a quantity");
        // 40 distinct values are a quantity, whatever the name; so are few values in few rows.
        Table few = parseCsv("region,n\n1,1\n2,2\n3,3\n", "t.csv");
        assignColumnRoles(few);
        QCOMPARE(roleOf(few, "region"), std::string("numeric"));
    }

    void namesThatMeanKeysAndPersonalData()
    {
        Table t = parseCsv("order_number,phone_number,email_open_rate,customer_name,zip_code,n\n"
                           "1,555,0.5,Ann,1000,1\n2,556,0.25,Bob,1001,2\n",
                           "t.csv");
        assignColumnRoles(t);
        QCOMPARE(roles(t), std::vector<std::string>({"order_number=id", "phone_number=personal",
                                                     "email_open_rate=numeric", "customer_name=personal",
                                                     "zip_code=personal", "n=numeric"}));
        const std::vector<LeftOutColumn> left = leftOutColumns(t);
        QCOMPARE(names(left), std::vector<std::string>({"order_number", "phone_number", "customer_name", "zip_code"}));
        QVERIFY(left[1].reason == LeftOutReason::Personal);
        QCOMPARE_STR(left[1].detail, "its name marks personal data");
    }
};

QTEST_GUILESS_MAIN(TestRealDataImport)
#include "test_real_data_import.moc"
