// Tests for engine/data/table.h: column lookup by name, through the table and through a
// ColumnIndex, which must give the same answers.

#include "engine/core/error.h"
#include "engine/data/table.h"

#include <QTest>

#include <string>

#include "tests/support/engine_fixtures.h"

using namespace seg;
using namespace seg::test;

class TestTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void indexFindsWhatTheTableFinds()
    {
        // "spend" twice: both lookups return the first; "Spend" differs by case and is its own.
        const Table t = tableOf({numeric("id", {1, 2}), numeric("spend", {3, 4}), numeric("Spend", {5, 6}),
                                 numeric("spend", {7, 8})});
        const ColumnIndex index(t);
        QCOMPARE(&index.table(), &t);
        for (const char *name : {"id", "spend", "Spend"}) {
            QVERIFY(t.find(name) != nullptr);
            QCOMPARE(index.find(name), t.find(name));
            QCOMPARE(&index.require(name), &t.require(name));
        }
        QCOMPARE(index.find("spend"), &t.columns[1]);
        QCOMPARE(index.find("visits"), nullptr);
        QCOMPARE(index.find(""), nullptr);
    }

    void requireNamesTheColumns()
    {
        const Table t = tableOf({numeric("id", {1}), numeric("spend", {2})});
        const Error e = requireError([&] { ColumnIndex(t).require("visits"); });
        QCOMPARE(e.kind(), ErrorKind::InvalidData);
        QCOMPARE(e.detail(), std::string("no column named 'visits'; the columns are: id, spend"));
        QCOMPARE(e.where().file, std::string("customers.csv"));
    }

    void wideTable()
    {
        // 50,000 columns: every one found at its own position.
        Table t;
        t.rowCount = 0;
        for (int j = 0; j < 50000; ++j)
            t.columns.push_back(numeric("feature_" + std::to_string(j), {}));
        const ColumnIndex index(t);
        for (int j = 0; j < 50000; j += 997)
            QCOMPARE(index.find("feature_" + std::to_string(j)), &t.columns[std::size_t(j)]);
        QCOMPARE(index.find("feature_50000"), nullptr);
    }
};

QTEST_APPLESS_MAIN(TestTable)
#include "test_table.moc"
