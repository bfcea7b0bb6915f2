// Tests of CSV output, including a round trip through readCsv (AtomicFile: test_atomic_file.cpp).

#include "engine/core/error.h"
#include "engine/data/csv_reader.h"
#include "engine/data/csv_writer.h"
#include "tests/support/engine_fixtures.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>

using namespace seg;
using namespace seg::test;

#define QCOMPARE_TYPE(actual, expected)                                                                      \
    QCOMPARE(std::string(toString(actual)), std::string(toString(expected)))

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendField()
    {
        std::string out;
        appendCsvField(out, "plain");
        QCOMPARE(out, std::string("plain"));
        const std::pair<const char *, const char *> cases[] = {
            {"a,b", "\"a,b\""},
            {"say \"hi\"", "\"say \"\"hi\"\"\""},
            {"two\nlines", "\"two\nlines\""},
            {"cr\r", "\"cr\r\""},
            {" padded", "\" padded\""},
            {"padded ", "\"padded \""},
            {"", ""},
        };
        for (const auto &[in, expected] : cases) {
            out.clear();
            appendCsvField(out, in);
            QCOMPARE(out, std::string(expected));
        }
        out.clear();
        appendCsvField(out, "a;b", ';');
        QCOMPARE(out, std::string("\"a;b\""));
        out.clear();
        appendCsvField(out, "a,b", ';'); // a comma needs no quotes in a semicolon file
        QCOMPARE(out, std::string("a,b"));
    }

    void roundTrip()
    {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        Table t;
        t.rowCount = 4;
        t.columns.resize(6);
        t.columns[0]
            = {"customer id", ColumnType::Identifier, {}, {}, {}, {"C1", "C,2", "say \"x\"", "two\nlines"},
               {0, 0, 0, 0}, ColumnRole::Id, {}};
        t.columns[1] = {"orders", ColumnType::Integer, {3, -1, nan, 9007199254740992.0}, {}, {}, {}, {}, ColumnRole::Numeric, {}};
        t.columns[2] = {"revenue", ColumnType::Real, {10.5, 0.1, 2.0, 1e-7}, {}, {}, {}, {}, ColumnRole::Numeric, {}};
        t.columns[3] = {"vip", ColumnType::Boolean, {1, 0, nan, 1}, {}, {}, {}, {}, ColumnRole::Numeric, {}};
        // 2023-03-31, 2023-03-31 06:00 and 2024-02-29 00:00:30 as day numbers (Python's datetime).
        t.columns[4]
            = {"joined", ColumnType::Date, {19447, 19447.25, nan, 19782.0 + 30.0 / 86400.0}, {}, {}, {}, {}, ColumnRole::Numeric, {}};
        t.columns[5] = {"region", ColumnType::Categorical, {}, {1, 0, -1, 1}, {"north", " south "}, {}, {}, ColumnRole::Categorical, {}};

        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("round.csv")).toStdString();
        writeCsv(t, path);
        const std::string text = readAll(path);
        QVERIFY(text.rfind("customer id,orders,revenue,vip,joined,region\r\n"
                           "C1,3,10.5,true,2023-03-31,\" south \"\r\n",
                           0)
                == 0);

        CsvOptions options;
        options.idColumn = "customer id";
        options.columnTypes = {{"region", ColumnType::Categorical}};
        const Table back = readCsv(path, options);
        QCOMPARE(back.rowCount, t.rowCount);
        QCOMPARE(back.columns.size(), t.columns.size());
        for (std::size_t c = 0; c < t.columns.size(); ++c) {
            const Column &a = t.columns[c];
            const Column &b = back.columns[c];
            QCOMPARE(b.name, a.name);
            QCOMPARE_TYPE(b.type, a.type);
            for (std::size_t r = 0; r < t.rowCount; ++r) {
                QCOMPARE(b.isMissing(r), a.isMissing(r));
                QCOMPARE(b.cellText(r), a.cellText(r));
                if (a.isNumeric() && !a.isMissing(r))
                    QVERIFY(b.numbers[r] == a.numbers[r]); // exact: the shortest round-trip text
            }
        }
        QCOMPARE(back.require("region").levels, (std::vector<std::string> {" south ", "north"}));
    }
};

QTEST_APPLESS_MAIN(TestCsvWriter)
#include "test_csv_writer.moc"
