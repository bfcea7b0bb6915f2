// Tests of column roles: their names, the suggestion for each kind of column, and the roles a
// user chooses at import (engine/data/column_roles.h).

#include "engine/core/error.h"
#include "engine/data/column_names.h"
#include "engine/data/column_roles.h"
#include "engine/data/csv_reader.h"
#include "engine/data/loader.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <string>

using namespace seg;

namespace {

std::string roleOf(const Table &table, const std::string &column)
{
    return std::string(toString(table.require(column).role));
}

} // namespace

class TestColumnRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesRoundTrip()
    {
        for (ColumnRole role : {ColumnRole::Id, ColumnRole::Label, ColumnRole::Numeric, ColumnRole::Categorical,
                                ColumnRole::Value, ColumnRole::Date, ColumnRole::Personal, ColumnRole::Ignored})
            QVERIFY(parseColumnRole(toString(role)) == role);
        try {
            parseColumnRole("money");
            QFAIL("an unknown role was accepted");
        } catch (const Error &e) {
            QCOMPARE(std::string(e.what()), std::string("unknown column role 'money'; the roles are: id, label, "
                                                        "numeric, categorical, value, date, personal, ignored"));
        }
        QVERIFY(isFeatureRole(ColumnRole::Value));
        QVERIFY(isFeatureRole(ColumnRole::Categorical));
        QVERIFY(!isFeatureRole(ColumnRole::Personal));
        QVERIFY(!isFeatureRole(ColumnRole::Id));
    }

    void suggestions()
    {
        const Table t = parseCsv("customer_id,true_segment,email,total_spend,orders,city,joined,notes\n"
                                 "c1,a,x@y.z,10.5,3,Lisbon,2024-01-02,first visit\n"
                                 "c2,b,u@v.w,20.25,4,Porto,2024-02-03,came back\n"
                                 "c3,a,p@q.r,7.5,1,Lisbon,2024-03-04,asked for a refund\n"
                                 "c4,b,s@t.u,1.25,2,Porto,2024-04-05,never again\n"
                                 "c5,a,k@l.m,3.5,2,Lisbon,2024-05-06,loyal\n",
                                 "t.csv");
        Table roles = t;
        assignColumnRoles(roles);
        QCOMPARE(roleOf(roles, "customer_id"), std::string("id"));
        QCOMPARE(roleOf(roles, "true_segment"), std::string("label"));
        QCOMPARE(roleOf(roles, "email"), std::string("personal"));
        QCOMPARE(roleOf(roles, "total_spend"), std::string("value"));
        QCOMPARE(roleOf(roles, "orders"), std::string("numeric"));
        QCOMPARE(roleOf(roles, "city"), std::string("categorical"));
        QCOMPARE(roleOf(roles, "joined"), std::string("date"));
        QCOMPARE(roles.require("total_spend").roleReason, std::string("its name marks an amount of money"));
        QCOMPARE(columnsWithRole(roles, ColumnRole::Value), std::vector<std::string>({"total_spend"}));
    }

    void chosenCategoricalNumbersBecomeLevels()
    {
        Table t = parseCsv("region,spend\n3,1\n1,2\n3,3\n,4\n", "t.csv");
        assignColumnRoles(t, {{"region", ColumnRole::Categorical}});
        const Column &region = t.require("region");
        QCOMPARE(std::string(toString(region.type)), std::string("categorical"));
        QCOMPARE(region.levels, std::vector<std::string>({"3", "1"}));
        QCOMPARE(region.codes, std::vector<std::int32_t>({0, 1, 0, -1}));
        QCOMPARE(region.roleReason, std::string("chosen"));
        QCOMPARE(roleOf(t, "spend"), std::string("value"));
    }

    void impossibleChoicesAreNamed()
    {
        Table t = parseCsv("name,spend\nann,1\nbob,2\n", "t.csv");
        try {
            assignColumnRoles(t, {{"budget", ColumnRole::Value}});
            QFAIL("a role for a missing column was accepted");
        } catch (const Error &e) {
            QCOMPARE(std::string(e.what()), std::string("t.csv: a role (value) was set for the column 'budget', but "
                                                        "there is no such column; the columns are: 'name', 'spend'"));
        }
        try {
            assignColumnRoles(t, {{"name", ColumnRole::Value}});
            QFAIL("text was accepted as money");
        } catch (const Error &e) {
            QVERIFY2(std::string(e.what()).find("column 'name' cannot be value: its cells are") != std::string::npos,
                     e.what());
        }
    }

    void loadTableAppliesChosenRoles()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("c.csv")).toStdString();
        std::ofstream(path) << "Channel,Fresh\n1,100\n2,200\n";
        CsvOptions options;
        options.columnRoles = {{"Channel", ColumnRole::Categorical}, {"Fresh", ColumnRole::Value}};
        const Table t = loadTable(path, {}, options);
        QCOMPARE(roleOf(t, "Channel"), std::string("categorical"));
        QCOMPARE(t.require("Channel").levels, std::vector<std::string>({"1", "2"}));
        QCOMPARE(roleOf(t, "Fresh"), std::string("value"));
        QCOMPARE(roleOf(loadTable(path, {}), "Fresh"), std::string("numeric"));
    }

    // Names that say a column holds a sensitive attribute, by whole words: "page_views" and
    // "agent" hold no age, "third_party" no politics, "european_union" no trade union.
    void sensitiveAttributesByName()
    {
        QCOMPARE(sensitiveAttribute("Age"), std::string("age"));
        QCOMPARE(sensitiveAttribute("customer_age_years"), std::string("age"));
        QCOMPARE(sensitiveAttribute("DateOfBirth"), std::string("age"));
        QCOMPARE(sensitiveAttribute("gender_code"), std::string("gender"));
        QCOMPARE(sensitiveAttribute("Sex"), std::string("gender"));
        QCOMPARE(sensitiveAttribute("sexual-orientation"), std::string("sexual orientation"));
        QCOMPARE(sensitiveAttribute("Ethnicity"), std::string("ethnic origin"));
        QCOMPARE(sensitiveAttribute("customerReligion"), std::string("religion or belief"));
        QCOMPARE(sensitiveAttribute("health_score"), std::string("health"));
        QCOMPARE(sensitiveAttribute("trade_union_member"), std::string("trade union membership"));
        QCOMPARE(sensitiveAttribute("political_affinity"), std::string("political opinion"));
        QCOMPARE(sensitiveAttribute("nationality"), std::string("nationality"));
        for (const char *plain : {"page_views", "agent", "average_order", "third_party_share", "european_union_orders",
                                  "usage", "region", "Channel", ""})
            QVERIFY2(sensitiveAttribute(plain).empty(), plain);
    }
};

QTEST_GUILESS_MAIN(TestColumnRoles)
#include "test_column_roles.moc"
