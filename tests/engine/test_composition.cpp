// Segment composition by sensitive attributes (engine/profile/composition.h) and the marking of
// sensitive columns (engine/data/sensitive_columns.h): shares and four-fifths ratios against
// hand-computed values, small segments suppressed, marked columns found and warned about.

#include "engine/core/error.h"
#include "engine/data/column_roles.h"
#include "engine/data/sensitive_columns.h"
#include "engine/prep/feature_spec.h"
#include "engine/prep/prepare.h"
#include "engine/profile/composition.h"
#include "tests/support/engine_fixtures.h"

#include <QTest>

#include <cmath>

using namespace seg;
using namespace seg::test;

namespace {

/// 205 customers: segment 0 holds 80 women and 20 men, segment 1 20 women and 80 men, segment 2
/// five women. Ages 20 + i % 50; spend i % 13; tier "a"/"b" alternating.
Table people(Labels &labels)
{
    std::vector<std::int32_t> gender;
    std::vector<double> age, spend;
    std::vector<std::int32_t> tier;
    labels.clear();
    const auto add = [&](int segment, int female, int male) {
        for (int i = 0; i < female + male; ++i) {
            labels.push_back(segment);
            gender.push_back(i < female ? 0 : 1);
            age.push_back(20.0 + double(labels.size() % 50));
            spend.push_back(double(labels.size() % 13));
            tier.push_back(std::int32_t(labels.size() % 2));
        }
    };
    add(0, 80, 20);
    add(1, 20, 80);
    add(2, 5, 0);
    Table t;
    t.source = "people.csv";
    t.columns = {categorical("gender", {"female", "male"}, gender), numeric("age", age), numeric("spend", spend),
                 categorical("tier", {"a", "b"}, tier)};
    t.rowCount = labels.size();
    assignColumnRoles(t);
    return t;
}

} // namespace

class TestComposition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sharesRatiosAndSuppression()
    {
        Labels labels;
        const Table table = people(labels);
        std::vector<std::size_t> rows(labels.size());
        for (std::size_t i = 0; i < rows.size(); ++i)
            rows[i] = i;
        const std::vector<AttributeComposition> all = sensitiveComposition(table, rows, labels, 3);
        QCOMPARE(all.size(), std::size_t(2)); // gender and age by name; spend and tier are not
        const AttributeComposition &gender = all[0];
        QCOMPARE(gender.column, std::string("gender"));
        QCOMPARE(gender.reason, std::string("gender"));
        QCOMPARE(gender.shown, (std::vector<bool> {true, true, false}));
        QCOMPARE(gender.levels.size(), std::size_t(2));
        const CompositionLevel &female = gender.levels[0];
        QCOMPARE(female.level, std::string("female"));
        QCOMPARE(female.overallShare, 105.0 / 205.0);
        QCOMPARE(female.segmentShares[0], 0.8);
        QCOMPARE(female.segmentShares[1], 0.2);
        QVERIFY(std::isnan(female.segmentShares[2]));
        // Ratios: women in segment 1 0.2 / (105/205) = 0.390, men in segment 0 0.2 / (100/205) =
        // 0.410, men in segment 1 0.8 / (100/205) = 1.640, women in segment 0 1.562; strongest
        // first by |log ratio|.
        QCOMPARE(gender.disparities.size(), std::size_t(4));
        QCOMPARE(disparityText(gender.disparities[0]),
                 std::string("segment 1 holds 'female' at 0.39 times its share among all customers (20.0% against 51.2%)"));
        QCOMPARE(disparityText(gender.disparities[1]),
                 std::string("segment 0 holds 'male' at 0.41 times its share among all customers (20.0% against 48.8%)"));
        QVERIFY(disparityText(gender.disparities[2]).find("segment 1 holds 'male' at 1.64 times") == 0);
        QVERIFY(disparityText(gender.disparities[3]).find("segment 0 holds 'female' at 1.56 times") == 0);

        const AttributeComposition &age = all[1];
        QCOMPARE(age.column, std::string("age"));
        QCOMPARE(age.levels.size(), std::size_t(4));
        double sum = 0;
        for (const CompositionLevel &l : age.levels)
            sum += l.overallShare;
        QVERIFY(std::abs(sum - 1.0) < 1e-12);
        QCOMPARE(age.levels.front().level.substr(0, 2), std::string("20"));

        // A lower minimum shows the five customers.
        CompositionOptions options;
        options.minSegmentSize = 5;
        QCOMPARE(sensitiveComposition(table, rows, labels, 3, options)[0].levels[0].segmentShares[2], 1.0);
    }

    void markedColumnsAreSensitive()
    {
        Labels labels;
        Table table = people(labels);
        QVERIFY(markedSensitiveColumns(table).empty());
        markSensitiveColumns(table, {"tier"});
        markSensitiveColumns(table, {"tier", "spend"});
        QCOMPARE(markedSensitiveColumns(table), (std::vector<std::string> {"tier", "spend"}));
        QCOMPARE(sensitiveReason(table, "tier"), std::string("marked sensitive"));
        QCOMPARE(sensitiveReason(table, "age"), std::string("age"));
        QCOMPARE(sensitiveReason(table, "visits"), std::string());
        QCOMPARE(sensitiveColumns(table).size(), std::size_t(4));
        try {
            markSensitiveColumns(table, {"religion"});
            QFAIL("an unknown column was marked");
        } catch (const Error &e) {
            QVERIFY(e.kind() == ErrorKind::Usage);
            QCOMPARE(std::string(e.what()), std::string("cannot mark 'religion' sensitive: people.csv has no such column"));
        }
        // A marked feature is warned about as a named one is.
        FeatureSpec spec;
        FeatureGroup group;
        group.name = "all";
        group.columns = {{"spend", Transform::None, 1.0}, {"tier", Transform::None, 1.0}};
        spec.groups = {group};
        const PreparedData prepared = prepare(table, spec);
        int warned = 0;
        for (const std::string &w : prepared.warnings)
            warned += w.find("is marked sensitive: segments that use it") != std::string::npos ? 1 : 0;
        QCOMPARE(warned, 2);
    }
};

QTEST_APPLESS_MAIN(TestComposition)
#include "test_composition.moc"
