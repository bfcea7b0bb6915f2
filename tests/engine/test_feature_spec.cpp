// Feature specs: option names, group suggestions, the JSON form and its errors.

#include "engine/core/error.h"
#include "engine/prep/feature_spec.h"
#include "tests/support/engine_fixtures.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <fstream>
#include <limits>

using namespace seg;
using namespace seg::test;

namespace {

Column identifier(const std::string &name, std::vector<std::string> text)
{
    Column c;
    c.name = name;
    c.type = ColumnType::Identifier;
    c.text = std::move(text);
    c.textMissing.assign(c.text.size(), 0);
    return c;
}

// The demo data's columns (engine/demo/demo_data.h) with ten rows of plausible values.
Table demoLikeTable()
{
    Table t;
    t.source = "demo.csv";
    t.rowCount = 10;
    auto ramp = [](double a, double step) {
        std::vector<double> v;
        for (int i = 0; i < 10; ++i)
            v.push_back(a + step * i);
        return v;
    };
    std::vector<std::string> ids;
    for (int i = 0; i < 10; ++i)
        ids.push_back(std::string(1, 'C').append(std::to_string(i)));
    t.columns.push_back(identifier("customer_id", ids));
    t.columns.push_back(numeric("sessions", ramp(1, 1), ColumnType::Integer));
    t.columns.push_back(numeric("page_views", ramp(5, 3), ColumnType::Integer));
    t.columns.push_back(numeric("minutes_on_site", ramp(2, 1.5)));
    t.columns.push_back(numeric("email_open_rate", ramp(0.1, 0.05)));
    t.columns.push_back(numeric("orders", ramp(0, 1), ColumnType::Integer));
    // One large spender among nine zero-revenue customers: skewness (n-2)/sqrt(n-1) = 8/3 > 2.
    t.columns.push_back(numeric("revenue", {0, 0, 0, 0, 0, 0, 0, 0, 0, 100}));
    t.columns.push_back(numeric("avg_order_value", ramp(20, 2)));
    t.columns.push_back(numeric("discount_share", ramp(0, 0.1)));
    t.columns.push_back(numeric("return_rate", ramp(0, 0.01)));
    t.columns.push_back(numeric("days_since_last_order", ramp(3, 7), ColumnType::Integer));
    t.columns.push_back(numeric("tenure_days", ramp(30, 40), ColumnType::Integer));
    t.columns.push_back(numeric("loyalty_member", {0, 1, 0, 1, 0, 1, 0, 1, 0, 1}, ColumnType::Boolean));
    t.columns.push_back(numeric("web_share", ramp(0.5, 0.01)));
    t.columns.push_back(numeric("app_share", ramp(0.3, -0.01)));
    t.columns.push_back(numeric("store_share", std::vector<double>(10, 0.2)));
    t.columns.push_back(categorical("region", {"north", "south"}, {0, 1, 0, 1, 0, 1, 0, 1, 0, 1}));
    t.columns.push_back(
        categorical("acquisition_channel", {"search", "social"}, {0, 0, 1, 1, 0, 0, 1, 1, 0, 0}));
    t.columns.push_back(numeric("true_segment", {0, 1, 2, 3, 4, 5, 0, 1, 2, 3}, ColumnType::Integer));
    return t;
}

const FeatureGroup *groupNamed(const FeatureSpec &spec, const std::string &name)
{
    for (const FeatureGroup &g : spec.groups)
        if (g.name == name)
            return &g;
    return nullptr;
}

std::vector<std::string> columnsOf(const FeatureGroup &g)
{
    std::vector<std::string> out;
    for (const FeatureColumn &c : g.columns)
        out.push_back(c.column);
    return out;
}

bool sameSpec(const FeatureSpec &a, const FeatureSpec &b)
{
    if (a.scaling != b.scaling || a.imputation != b.imputation || a.maxOneHotLevels != b.maxOneHotLevels
        || a.winsorizeLower != b.winsorizeLower || a.winsorizeUpper != b.winsorizeUpper
        || a.groups.size() != b.groups.size())
        return false;
    for (std::size_t g = 0; g < a.groups.size(); ++g) {
        const FeatureGroup &x = a.groups[g], &y = b.groups[g];
        if (x.name != y.name || x.weight != y.weight || x.enabled != y.enabled
            || x.columns.size() != y.columns.size())
            return false;
        for (std::size_t c = 0; c < x.columns.size(); ++c)
            if (x.columns[c].column != y.columns[c].column || x.columns[c].transform != y.columns[c].transform
                || x.columns[c].weight != y.columns[c].weight)
                return false;
    }
    return true;
}

} // namespace

class TestFeatureSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupsFallBackOnTheColumnType()
    {
        // Names decide first; where they say nothing, dates describe recency & loyalty and
        // categoricals the customer's profile.
        Column signup;
        signup.name = "signup";
        signup.type = ColumnType::Date;
        QCOMPARE(suggestGroup(signup), std::string("recency & loyalty"));
        Column plan = signup;
        plan.name = "colour";
        plan.type = ColumnType::Categorical;
        QCOMPARE(suggestGroup(plan), std::string("profile"));
        Column score = signup;
        score.name = "score";
        score.type = ColumnType::Real;
        QCOMPARE(suggestGroup(score), std::string("other"));
        Column sessions = signup; // the name wins over the type
        sessions.name = "sessions";
        QCOMPARE(suggestGroup(sessions), std::string("engagement"));
    }
    void numericColumnsWithTextCellsAreSuggested()
    {
        // "orders" came in as text because one cell says "x": the suggestion keeps it so that
        // preparation names the bad cell, instead of dropping the column without a word.
        Column orders;
        orders.name = "orders";
        orders.type = ColumnType::Identifier;
        orders.text = {"1", "2", "x", "4"};
        orders.textMissing = {0, 0, 0, 0};
        QVERIFY(looksNumericWithText(orders));
        Column notes = orders;
        notes.name = "notes";
        notes.text = {"call back", "vip", "x", "4"};
        QVERIFY(!looksNumericWithText(notes)); // mostly words: real text
        Column counts = orders;
        counts.text = {"1", "2", "3", "4"};
        QVERIFY(!looksNumericWithText(counts)); // no text cell at all
        Table t;
        t.source = "t.csv";
        t.rowCount = 4;
        t.columns = {orders, notes};
        const std::vector<std::string> suggested = suggestFeatureSpec(t).enabledColumns();
        QCOMPARE(suggested, std::vector<std::string>{"orders"});
    }
    void optionNames()
    {
        for (Transform t : {Transform::None, Transform::Log1p, Transform::Winsorize})
            QCOMPARE(nameOf(parseTransform(toString(t))), nameOf(t));
        for (Scaling s : {Scaling::ZScore, Scaling::Robust, Scaling::MinMax, Scaling::None})
            QCOMPARE(nameOf(parseScaling(toString(s))), nameOf(s));
        for (Imputation i : {Imputation::Median, Imputation::Mean, Imputation::Mode, Imputation::Drop})
            QCOMPARE(nameOf(parseImputation(toString(i))), nameOf(i));
        QCOMPARE(nameOf(parseScaling("Z-Score")), nameOf(Scaling::ZScore));
        QCOMPARE(nameOf(parseScaling("min_max")), nameOf(Scaling::MinMax));
        QCOMPARE(nameOf(parseTransform("LOG1P")), nameOf(Transform::Log1p));

        const Error e = expectError([] { parseTransform("sqrt"); });
        QCOMPARE(e.kind(), ErrorKind::Usage);
        QVERIFY(contains(e.detail(), "'sqrt'"));
        QVERIFY(contains(e.detail(), "none, log1p, winsorize"));
        QCOMPARE(expectError([] { parseScaling("unit"); }).kind(), ErrorKind::Usage);
        QCOMPARE(expectError([] { parseImputation("zero"); }).kind(), ErrorKind::Usage);
    }

    void suggestGroupForDemoColumns_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("group");
        const char *engagement = "engagement", *purchasing = "purchasing", *recency = "recency & loyalty",
                   *channels = "channels", *profile = "profile";
        const std::vector<std::pair<const char *, const char *>> expected {
            {"sessions", engagement},
            {"page_views", engagement},
            {"minutes_on_site", engagement},
            {"email_open_rate", engagement},
            {"orders", purchasing},
            {"revenue", purchasing},
            {"avg_order_value", purchasing},
            {"discount_share", purchasing},
            {"return_rate", purchasing},
            {"days_since_last_order", recency},
            {"tenure_days", recency},
            {"loyalty_member", recency},
            {"web_share", channels},
            {"app_share", channels},
            {"store_share", channels},
            {"region", profile},
            {"acquisition_channel", profile},
            // Beyond the demo data.
            {"time_on_site", engagement},
            {"click_count", engagement},
            {"basket_size", purchasing},
            {"AOV", purchasing},
            {"monetary", purchasing},
            {"frequency", purchasing},
            {"recency", recency},
            {"lastPurchaseDays", recency},
            {"account_age_days", recency},
            {"country", profile},
            {"favourite_colour", "other"},
        };
        for (const auto &[column, group] : expected)
            QTest::newRow(column) << QString::fromUtf8(column) << QString::fromUtf8(group);
    }

    void suggestGroupForDemoColumns()
    {
        QFETCH(QString, column);
        QFETCH(QString, group);
        QCOMPARE(QString::fromStdString(suggestGroup(column.toStdString())), group);
    }

    void suggestSpecForDemoTable()
    {
        const FeatureSpec spec = suggestFeatureSpec(demoLikeTable());
        std::vector<std::string> names;
        for (const FeatureGroup &g : spec.groups)
            names.push_back(g.name);
        // Canonical group order; no "other" group because every demo column has a home.
        QCOMPARE(names,
                 (std::vector<std::string> {"engagement", "purchasing", "recency & loyalty", "channels",
                                            "profile"}));
        QCOMPARE(columnsOf(*groupNamed(spec, "engagement")),
                 (std::vector<std::string> {"sessions", "page_views", "minutes_on_site", "email_open_rate"}));
        QCOMPARE(columnsOf(*groupNamed(spec, "purchasing")),
                 (std::vector<std::string> {"orders", "revenue", "avg_order_value", "discount_share",
                                            "return_rate"}));
        QCOMPARE(columnsOf(*groupNamed(spec, "recency & loyalty")),
                 (std::vector<std::string> {"days_since_last_order", "tenure_days", "loyalty_member"}));
        QCOMPARE(columnsOf(*groupNamed(spec, "channels")),
                 (std::vector<std::string> {"web_share", "app_share", "store_share"}));
        QCOMPARE(columnsOf(*groupNamed(spec, "profile")),
                 (std::vector<std::string> {"region", "acquisition_channel"}));

        // customer_id (Identifier) and true_segment (ground truth) are never suggested.
        const std::vector<std::string> all = spec.enabledColumns();
        QCOMPARE(all.size(), std::size_t {17});
        QVERIFY(std::find(all.begin(), all.end(), "customer_id") == all.end());
        QVERIFY(std::find(all.begin(), all.end(), "true_segment") == all.end());

        // Only the strongly right-skewed, non-negative revenue gets log1p (skewness 8/3, scipy.stats.skew).
        for (const FeatureGroup &g : spec.groups)
            for (const FeatureColumn &c : g.columns)
                QCOMPARE(nameOf(c.transform),
                         nameOf(c.column == "revenue" ? Transform::Log1p : Transform::None));
    }

    void suggestSpecExclusionsAndSkew()
    {
        Table t;
        t.rowCount = 10;
        t.columns.push_back(numeric("id", {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, ColumnType::Integer));
        t.columns.push_back(numeric("label", {0, 1, 0, 1, 0, 1, 0, 1, 0, 1}, ColumnType::Integer));
        t.columns.push_back(numeric("spend", {0, 0, 0, 0, 0, 0, 0, 0, 0, 100}));
        // Same skew but one negative value: log1p would be undefined, so it is not suggested.
        t.columns.push_back(numeric("balance_value", {-1, -1, -1, -1, -1, -1, -1, -1, -1, 99}));
        t.columns.push_back(numeric("empty_metric", std::vector<double>(10, NAN)));
        t.columns.push_back(numeric("score", {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
        t.columns.push_back(numeric("orders", {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));

        const FeatureSpec spec = suggestFeatureSpec(t, {"orders"});
        QCOMPARE(spec.enabledColumns(), (std::vector<std::string> {"spend", "balance_value", "score"}));
        QCOMPARE(nameOf(groupNamed(spec, "purchasing")->columns[0].transform), nameOf(Transform::Log1p));
        QCOMPARE(nameOf(groupNamed(spec, "purchasing")->columns[1].transform), nameOf(Transform::None));
        QCOMPARE(columnsOf(*groupNamed(spec, "other")), std::vector<std::string> {"score"});

        // The same columns, with why each is left out, so a front end can explain an empty spec.
        t.columns.push_back(identifier("note", {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"}));
        const std::vector<LeftOutColumn> out = leftOutColumns(t, {"orders", "label"});
        std::vector<std::string> names;
        std::vector<LeftOutReason> reasons;
        for (const LeftOutColumn &c : out) {
            names.push_back(c.column);
            reasons.push_back(c.reason);
        }
        QCOMPARE(names, (std::vector<std::string> {"id", "label", "empty_metric", "orders", "note"}));
        // The reasons are the columns' roles (here suggested, since the table was built by hand).
        QVERIFY(reasons
                == (std::vector<LeftOutReason> {LeftOutReason::Id, LeftOutReason::Excluded,
                                                LeftOutReason::NoValues, LeftOutReason::Excluded,
                                                LeftOutReason::Ignored}));
        QCOMPARE(out[0].detail, std::string("its name marks a key"));
        QCOMPARE(out[4].detail, std::string("its cells are free text or keys"));
    }

    void suggestedColumnsFollowTheChoice()
    {
        const Table t = demoLikeTable();
        FeatureSpec chosen = featureSpecForColumns(t, {"revenue", "region"});
        chosen.groups[0].weight = 2.0;
        const FeatureSpec all = withSuggestedColumns(t, chosen, {"orders"});
        // The user's groups come first, with their settings, their own columns first; every
        // other usable column joins its suggested group once; excluded and id columns stay out.
        QCOMPARE(all.groups[0].name, chosen.groups[0].name);
        QCOMPARE(all.groups[0].weight, 2.0);
        QCOMPARE(all.groups[0].columns[0].column, chosen.groups[0].columns[0].column);
        std::vector<std::string> columns;
        for (const FeatureGroup &group : all.groups)
            for (const FeatureColumn &column : group.columns)
                columns.push_back(column.column);
        std::vector<std::string> expected = chosen.enabledColumns();
        for (const std::string &column : suggestFeatureSpec(t, {"orders", "revenue", "region"}).enabledColumns())
            expected.push_back(column);
        std::sort(columns.begin(), columns.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(columns, expected);
        QVERIFY(std::find(columns.begin(), columns.end(), "orders") == columns.end());
        QVERIFY(std::find(columns.begin(), columns.end(), "customer_id") == columns.end());
        QVERIFY(std::find(columns.begin(), columns.end(), "sessions") != columns.end());
    }

    void specForColumns()
    {
        const Table t = demoLikeTable();
        const FeatureSpec spec = featureSpecForColumns(t, {"region", "revenue", "sessions", "orders"});
        QCOMPARE(spec.groups.size(), std::size_t {3});
        QCOMPARE(spec.groups[0].name, std::string("profile"));
        QCOMPARE(columnsOf(spec.groups[1]), (std::vector<std::string> {"revenue", "orders"}));
        QCOMPARE(spec.groups[2].name, std::string("engagement"));
        // Explicit columns take no automatic transform.
        QCOMPARE(nameOf(spec.groups[1].columns[0].transform), nameOf(Transform::None));

        const Error unknown = expectError([&] { featureSpecForColumns(t, {"sessions", "visits", "spend"}); });
        QCOMPARE(unknown.kind(), ErrorKind::InvalidData);
        QVERIFY(contains(unknown.detail(), "'visits', 'spend'"));
        QVERIFY(contains(unknown.detail(), "customer_id, sessions, page_views"));

        const Error id = expectError([&] { featureSpecForColumns(t, {"customer_id"}); });
        QCOMPARE(id.where().column, std::string("customer_id"));
        QVERIFY(contains(id.detail(), "identifiers"));

        // An empty list (the CLI's --columns ',,') is not "a spec with no enabled group".
        const Error none = expectError([&] { featureSpecForColumns(t, {}); });
        QCOMPARE(none.kind(), ErrorKind::Usage);
        QCOMPARE(none.detail(), std::string("no column was named; name the columns to cluster"));
    }

    void enabledColumnsSkipsDisabledGroups()
    {
        FeatureSpec spec;
        spec.groups.push_back(FeatureGroup {"a", 1.0, true, {{"x", Transform::None, 1.0}}});
        spec.groups.push_back(FeatureGroup {"b", 1.0, false, {{"y", Transform::None, 1.0}}});
        spec.groups.push_back(
            FeatureGroup {"c", 1.0, true, {{"z", Transform::None, 1.0}, {"w", Transform::None, 1}}});
        QCOMPARE(spec.enabledColumns(), (std::vector<std::string> {"x", "z", "w"}));
    }

    void parseDocumentedExample()
    {
        // The example of docs/feature-spec.md.
        const std::string json = R"({
  "scaling": "robust",
  "imputation": "mean",
  "max_one_hot_levels": 5,
  "winsorize": [0.05, 0.95],
  "groups": [
    { "name": "engagement", "weight": 1.0,
      "columns": ["sessions", "page_views", { "column": "minutes_on_site", "transform": "winsorize" }] },
    { "name": "purchasing", "weight": 2,
      "columns": [{ "column": "revenue", "transform": "log1p", "weight": 0.5 }, "orders"] },
    { "name": "profile", "enabled": false, "columns": ["region"] }
  ]
})";
        const FeatureSpec spec = parseFeatureSpec(json, "spec.json");
        QCOMPARE(nameOf(spec.scaling), nameOf(Scaling::Robust));
        QCOMPARE(nameOf(spec.imputation), nameOf(Imputation::Mean));
        QCOMPARE(spec.maxOneHotLevels, 5);
        QCOMPARE(spec.winsorizeLower, 0.05);
        QCOMPARE(spec.winsorizeUpper, 0.95);
        QCOMPARE(spec.groups.size(), std::size_t {3});
        QCOMPARE(nameOf(spec.groups[0].columns[2].transform), nameOf(Transform::Winsorize));
        QCOMPARE(spec.groups[1].weight, 2.0);
        QCOMPARE(spec.groups[1].columns[0].column, std::string("revenue"));
        QCOMPARE(nameOf(spec.groups[1].columns[0].transform), nameOf(Transform::Log1p));
        QCOMPARE(spec.groups[1].columns[0].weight, 0.5);
        QCOMPARE(spec.groups[1].columns[1].weight, 1.0);
        QVERIFY(!spec.groups[2].enabled);
        QCOMPARE(spec.enabledColumns().size(), std::size_t {5});

        // Every key but "groups" is optional and takes the documented default.
        const FeatureSpec minimal
            = parseFeatureSpec(R"({"groups": [{"name": "g", "columns": ["a"]}]})", "m.json");
        const FeatureSpec defaults;
        QCOMPARE(nameOf(minimal.scaling), nameOf(defaults.scaling));
        QCOMPARE(nameOf(minimal.imputation), nameOf(defaults.imputation));
        QCOMPARE(minimal.maxOneHotLevels, defaults.maxOneHotLevels);
        QCOMPARE(minimal.winsorizeLower, defaults.winsorizeLower);
        QCOMPARE(minimal.winsorizeUpper, defaults.winsorizeUpper);
        QVERIFY(minimal.groups[0].enabled);
    }

    void jsonRoundTrip()
    {
        FeatureSpec spec = suggestFeatureSpec(demoLikeTable());
        spec.scaling = Scaling::MinMax;
        spec.imputation = Imputation::Drop;
        spec.maxOneHotLevels = 3;
        spec.winsorizeLower = 0.025;
        spec.winsorizeUpper = 0.975;
        spec.groups[0].weight = 0.1; // not exactly representable: must survive the text form bit for bit
        spec.groups[1].enabled = false;
        spec.groups[2].columns[0].weight = 1.0 / 3.0;
        spec.groups[2].columns[1].transform = Transform::Winsorize;

        const std::string text = toJson(spec);
        const FeatureSpec back = parseFeatureSpec(text, "round.json");
        QVERIFY(sameSpec(spec, back));
        QCOMPARE(toJson(back), text);
        // Keys are written in the documented order.
        QVERIFY(text.find("\"scaling\"") < text.find("\"groups\""));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.filePath(QStringLiteral("spec.json")).toStdString();
        std::ofstream(path) << text;
        QVERIFY(sameSpec(readFeatureSpecFile(path), spec));

        const Error io = expectError([&] { readFeatureSpecFile(path + ".missing"); });
        QCOMPARE(io.kind(), ErrorKind::Io);
        QCOMPARE(io.where().file, path + ".missing");
    }

    void jsonErrors_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected"); // a part of the message
        QTest::newRow("syntax") << QStringLiteral("{\n  \"groups\": [\n    {\"name\": \"a\",, }\n  ]\n}")
                                << QStringLiteral("line 3");
        QTest::newRow("not an object") << QStringLiteral("[1, 2]") << QStringLiteral("JSON object");
        QTest::newRow("no groups") << QStringLiteral("{\"scaling\": \"zscore\"}")
                                   << QStringLiteral("'groups'");
        QTest::newRow("unknown transform")
            << QStringLiteral(
                   R"({"groups": [{"name": "g", "columns": [{"column": "x", "transform": "sqrt"}]}]})")
            << QStringLiteral(
                   "'groups[0].columns[0].transform': unknown transform 'sqrt'; accepted values: none, "
                   "log1p, winsorize");
        QTest::newRow("unknown scaling") << QStringLiteral(R"({"scaling": "unit", "groups": []})")
                                         << QStringLiteral("'scaling': unknown scaling 'unit'");
        QTest::newRow("unknown imputation") << QStringLiteral(R"({"imputation": 0, "groups": []})")
                                            << QStringLiteral("'imputation': expected a text value");
        QTest::newRow("misspelt key")
            << QStringLiteral(R"({"groups": [{"name": "g", "wieght": 2, "columns": []}]})")
            << QStringLiteral("'groups[0].wieght': unknown key");
        QTest::newRow("negative weight")
            << QStringLiteral(R"({"groups": [{"name": "g", "weight": -1, "columns": []}]})")
            << QStringLiteral("feature spec key 'groups[0].weight': the weight -1 is out of range; a weight "
                              "is a number from 0.001 to 1000");
        QTest::newRow("huge weight")
            << QStringLiteral(R"({"groups": [{"name": "g", "weight": 1e308, "columns": []}]})")
            << QStringLiteral("feature spec key 'groups[0].weight': the weight 1e+308 is out of range; a "
                              "weight is a number from 0.001 to 1000");
        QTest::newRow("denormal column weight")
            << QStringLiteral(R"({"groups": [{"name": "g", "columns": [{"column": "a", "weight": 1e-320}]}]})")
            << QStringLiteral("feature spec key 'groups[0].columns[0].weight': the weight 1e-320 is out "
                              "of range; a weight is a number from 0.001 to 1000");
        QTest::newRow("weight beyond double")
            << QStringLiteral("{\"groups\": [{\"name\": \"g\",\n  \"weight\": 1e999, \"columns\": []}]}")
            << QStringLiteral("feature spec key 'groups[0].weight': the number 1e999 is out of range (line 2, "
                              "column 13)");
        QTest::newRow("duplicate groups")
            << QStringLiteral("{\"groups\": [{\"name\": \"g\", \"columns\": [\"a\"]}],\n"
                              "  \"groups\": [{\"name\": \"h\", \"columns\": [\"b\"]}]}")
            << QStringLiteral("feature spec key 'groups' is given twice (line 2, column 3); a key may appear "
                              "only once in an object");
        QTest::newRow("duplicate nested key")
            << QStringLiteral(R"({"groups": [{"name": "g", "columns": ["a"], "name": "h"}]})")
            << QStringLiteral("feature spec key 'groups[0].name' is given twice (line 1, column 45)");
        QTest::newRow("duplicate key deep in arrays")
            << QStringLiteral(R"({"groups": [{"name": "g", "columns": []}, {"name": "h", "columns": [{"column": "a", )"
                              R"("column": "b"}]}]})")
            << QStringLiteral("feature spec key 'groups[1].columns[0].column' is given twice (line 1, column 85)");
        QTest::newRow("syntax error without the library's tag")
            << QStringLiteral("{\"groups\": [") << QStringLiteral("the feature spec is not valid JSON: parse error at "
                                                              "line 1, column 13: syntax error");
        QTest::newRow("nested 257 deep")
            << QStringLiteral("{\"groups\": %1%2}").arg(QString(256, QLatin1Char('[')), QString(256, QLatin1Char(']')))
            << QStringLiteral("the feature spec nests arrays and objects more than 256 deep (line 1, column 267)");
        QTest::newRow("nested 256 deep is read")
            << QStringLiteral("{\"groups\": %1%2}").arg(QString(255, QLatin1Char('[')), QString(255, QLatin1Char(']')))
            << QStringLiteral("'groups[0]': expected an object");
        QTest::newRow("group without name")
            << QStringLiteral(R"({"groups": [{"columns": ["a"]}]})") << QStringLiteral("'groups[0].name'");
        QTest::newRow("column twice")
            << QStringLiteral(
                   R"({"groups": [{"name": "g", "columns": ["a"]}, {"name": "h", "columns": ["a"]}]})")
            << QStringLiteral("'groups[1].columns[0]': column 'a' is listed more than once");
        QTest::newRow("column not text") << QStringLiteral(R"({"groups": [{"name": "g", "columns": [3]}]})")
                                         << QStringLiteral("'groups[0].columns[0]'");
        QTest::newRow("winsorize order") << QStringLiteral(R"({"winsorize": [0.9, 0.1], "groups": []})")
                                         << QStringLiteral("lower < upper");
        QTest::newRow("one-hot cap") << QStringLiteral(R"({"max_one_hot_levels": 0, "groups": []})")
                                     << QStringLiteral("'max_one_hot_levels'");
        QTest::newRow("enabled not bool")
            << QStringLiteral(R"({"groups": [{"name": "g", "enabled": "yes", "columns": []}]})")
            << QStringLiteral("'groups[0].enabled': expected true or false");
    }

    void jsonErrors()
    {
        QFETCH(QString, json);
        QFETCH(QString, expected);
        const Error e = expectError([&] { parseFeatureSpec(json.toStdString(), "bad.json"); });
        QCOMPARE(e.kind(), ErrorKind::InvalidData);
        QCOMPARE(e.where().file, std::string("bad.json"));
        if (!contains(e.detail(), expected.toStdString()))
            QFAIL(qPrintable(
                QStringLiteral("message '%1' lacks '%2'").arg(QString::fromStdString(e.detail()), expected)));
        QVERIFY(contains(e.what(), "bad.json"));
    }

    void weightLimitsAreInclusive()
    {
        const FeatureSpec spec = parseFeatureSpec(
            R"({"groups": [{"name": "g", "weight": 0.001, "columns": [{"column": "a", "weight": 1000}]}]})",
            "limits.json");
        QCOMPARE(spec.groups[0].weight, kMinWeight);
        QCOMPARE(spec.groups[0].columns[0].weight, kMaxWeight);
        QVERIFY(isValidWeight(1.0));
        QVERIFY(!isValidWeight(0.000999));
        QVERIFY(!isValidWeight(1000.5));
        QVERIFY(!isValidWeight(std::numeric_limits<double>::quiet_NaN()));
        QVERIFY(!isValidWeight(std::numeric_limits<double>::infinity()));
    }
};

QTEST_APPLESS_MAIN(TestFeatureSpec)
#include "test_feature_spec.moc"
