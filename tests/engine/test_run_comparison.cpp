// Comparing two runs: the contingency table over the customers both assign, the adjusted Rand
// index, the stayed/split/merged/gone/new rule, and whether a run repeats an earlier one.

#include "engine/eval/run_comparison.h"
#include "engine/project/run_history.h"

#include "tests/support/project_fixtures.h"

#include "engine/core/error.h"

#include <QTest>

#include <cmath>

using namespace seg;

namespace {

/// Two labelings of table rows built from a contingency table: counts[i][j] customers in
/// segment i of A and j of B, numbered in order.
struct Pair
{
    std::vector<std::size_t> rowsA, rowsB;
    Labels labelsA, labelsB;
    int countA = 0, countB = 0;

    SegmentMembership a() const { return {&labelsA, &rowsA, countA}; }
    SegmentMembership b() const { return {&labelsB, &rowsB, countB}; }
};

Pair fromTable(const std::vector<std::vector<int>> &counts)
{
    Pair p;
    p.countA = static_cast<int>(counts.size());
    p.countB = static_cast<int>(counts.front().size());
    std::size_t row = 0;
    for (int i = 0; i < p.countA; ++i)
        for (int j = 0; j < p.countB; ++j)
            for (int c = 0; c < counts[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)]; ++c) {
                p.rowsA.push_back(row);
                p.rowsB.push_back(row);
                p.labelsA.push_back(i);
                p.labelsB.push_back(j);
                ++row;
            }
    return p;
}

SegmentChange change(SegmentFate fate, int segment, std::vector<int> into, std::vector<int> with,
                     double rowShare, double colShare)
{
    return {fate, segment, std::move(into), std::move(with), rowShare, colShare};
}

/// Equal changes, NaN shares equal to NaN.
bool sameChanges(const std::vector<SegmentChange> &x, const std::vector<SegmentChange> &y)
{
    if (x.size() != y.size())
        return false;
    const auto same = [](double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; };
    for (std::size_t k = 0; k < x.size(); ++k)
        if (x[k].fate != y[k].fate || x[k].segment != y[k].segment || x[k].into != y[k].into
            || x[k].with != y[k].with || !same(x[k].rowShare, y[k].rowShare)
            || !same(x[k].colShare, y[k].colShare))
            return false;
    return true;
}

QByteArray describe(const std::vector<SegmentChange> &changes)
{
    QByteArray text;
    for (const SegmentChange &c : changes) {
        text += QByteArray(toString(c.fate).data()) + ' ' + QByteArray::number(c.segment) + " into";
        for (int j : c.into)
            text += ' ' + QByteArray::number(j);
        text += " with";
        for (int i : c.with)
            text += ' ' + QByteArray::number(i);
        text += ' ' + QByteArray::number(c.rowShare) + ' ' + QByteArray::number(c.colShare) + "; ";
    }
    return text;
}

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

class TestRunComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSplitAndAStay()
    {
        // A's segment 0 (6 customers) falls into B's 0 and 2 (3 each), A's 1 (4) is B's 1.
        const Pair p = fromTable({{3, 0, 3}, {0, 4, 0}});
        const RunComparison c = compareSegmentations(p.a(), p.b());
        QCOMPARE(c.segmentsA, 2);
        QCOMPARE(c.segmentsB, 3);
        QCOMPARE(c.counts, (std::vector<std::int64_t> {3, 0, 3, 0, 4, 0}));
        QCOMPARE(c.rowTotals, (std::vector<std::int64_t> {6, 4}));
        QCOMPARE(c.columnTotals, (std::vector<std::int64_t> {3, 4, 3}));
        QCOMPARE(c.compared, 10);
        QCOMPARE(c.onlyA, 0);
        QCOMPARE(c.onlyB, 0);
        QCOMPARE(c.rowShare(0, 2), 0.5);
        QCOMPARE(c.columnShare(0, 2), 1.0);
        QCOMPARE(c.rowShare(1, 0), 0.0);
        // Hubert & Arabie (1985): ARI = (S - E) / (M - E) with S = sum C(n_ij, 2) = 3 + 3 + 6 = 12,
        // rows sum C(a_i, 2) = 15 + 6 = 21, columns sum C(b_j, 2) = 3 + 6 + 3 = 12, C(10, 2) = 45,
        // E = 21 * 12 / 45 = 5.6, M = (21 + 12) / 2 = 16.5: ARI = 6.4 / 10.9 = 64 / 109.
        QCOMPARE(c.ari, 64.0 / 109.0);
        const std::vector<SegmentChange> expected {change(SegmentFate::Split, 0, {0, 2}, {}, 0.5, 1.0),
                                                   change(SegmentFate::Stayed, 1, {1}, {}, 1.0, 1.0)};
        QVERIFY2(sameChanges(c.changes, expected), describe(c.changes).constData());
    }

    void mergedGoneNewAndLeftOut()
    {
        // A: 5 segments, B: 6. A0 (10) and A1 (5) both go into B0; A2 (12) scatters 2 to every
        // segment of B (1/6 < 1/5 each); A3 (9) is all of B5 but for A2's 2 (9 of 11); none of
        // A4's customers is compared. B1..B4 take 2 customers each, all from A2.
        Pair p = fromTable({{10, 0, 0, 0, 0, 0},
                            {5, 0, 0, 0, 0, 0},
                            {2, 2, 2, 2, 2, 2},
                            {0, 0, 0, 0, 0, 9},
                            {0, 0, 0, 0, 0, 0}});
        // Customers left out: 2 of A4 are outliers in B, 1 of A4 is not in B at all, 1 of A0 is
        // not in B, 2 of B's 3 are not in A, 1 is an outlier in A, and 1 is an outlier in both.
        std::size_t row = p.rowsA.size();
        const auto add = [&](int labelA, int labelB, bool inA, bool inB) {
            if (inA) {
                p.rowsA.push_back(row);
                p.labelsA.push_back(labelA);
            }
            if (inB) {
                p.rowsB.push_back(row);
                p.labelsB.push_back(labelB);
            }
            ++row;
        };
        add(4, -1, true, true);
        add(4, -1, true, true);
        add(4, 0, true, false);
        add(0, 0, true, false);
        add(0, 3, false, true);
        add(0, 3, false, true);
        add(-1, 3, true, true);
        add(-1, -1, true, true);
        const RunComparison c = compareSegmentations(p.a(), p.b());
        QCOMPARE(c.compared, 36);
        QCOMPARE(c.onlyA, 4);
        QCOMPARE(c.onlyB, 3);
        QCOMPARE(c.rowTotals, (std::vector<std::int64_t> {10, 5, 12, 9, 0}));
        QCOMPARE(c.columnTotals, (std::vector<std::int64_t> {17, 2, 2, 2, 2, 11}));
        QCOMPARE(c.count(2, 5), 2);
        QVERIFY(std::isnan(c.rowShare(4, 0)));
        // S = C(10,2) + C(5,2) + 6 C(2,2) + C(9,2) = 45 + 10 + 6 + 36 = 97; rows: 45 + 10 + 66 + 36
        // = 157; columns: C(17,2) + 4 C(2,2) + C(11,2) = 136 + 4 + 55 = 195; C(36,2) = 630;
        // E = 157 * 195 / 630, M = 176: ARI = (97 - E) / (M - E) = 2033 / 5351.
        QVERIFY(std::abs(c.ari - 2033.0 / 5351.0) < 1e-15);
        const std::vector<SegmentChange> expected {
            change(SegmentFate::Merged, 0, {0}, {1}, 1.0, 10.0 / 17.0),
            change(SegmentFate::Merged, 1, {0}, {0}, 1.0, 5.0 / 17.0),
            change(SegmentFate::Gone, 2, {}, {}, 2.0 / 12.0, kNaN),
            change(SegmentFate::Stayed, 3, {5}, {}, 1.0, 9.0 / 11.0),
            change(SegmentFate::Gone, 4, {}, {}, 0.0, kNaN),
            change(SegmentFate::New, 1, {1}, {2}, kNaN, 1.0),
            change(SegmentFate::New, 2, {2}, {2}, kNaN, 1.0),
            change(SegmentFate::New, 3, {3}, {2}, kNaN, 1.0),
            change(SegmentFate::New, 4, {4}, {2}, kNaN, 1.0),
        };
        QVERIFY2(sameChanges(c.changes, expected), describe(c.changes).constData());
    }

    void aFifthIsCountedExactly()
    {
        // 3 of 15 is exactly a fifth (0.2 * 15 is 3.0000000000000004 in doubles): a split. 2 of 11
        // is less: A1 stays as B2 although 2 of its 11 went elsewhere.
        const Pair p = fromTable({{12, 3, 0}, {2, 0, 9}});
        const RunComparison c = compareSegmentations(p.a(), p.b());
        // B0 holds 12 of A0 and 2 of A1 (1/7 < 1/5): only A0 makes up a fifth of it, and A0 split.
        const std::vector<SegmentChange> expected {
            change(SegmentFate::Split, 0, {0, 1}, {}, 12.0 / 15.0, 12.0 / 14.0),
            change(SegmentFate::Stayed, 1, {2}, {}, 9.0 / 11.0, 1.0)};
        QVERIFY2(sameChanges(c.changes, expected), describe(c.changes).constData());
        // A small segment taken in by a large one: A1 (2 customers, all to B0) is 2 of B0's 14,
        // less than a fifth, so B0 is still A0's alone (stayed) and A1 merged into it. Nothing
        // is compared in B1: it is new, with no share.
        const std::vector<SegmentChange> merged = classifySegments({12, 0, 2, 0}, 2, 2);
        const std::vector<SegmentChange> expectedMerged {
            change(SegmentFate::Stayed, 0, {0}, {}, 1.0, 12.0 / 14.0),
            change(SegmentFate::Merged, 1, {0}, {0}, 1.0, 2.0 / 14.0),
            change(SegmentFate::New, 1, {1}, {}, kNaN, 0.0)};
        QVERIFY2(sameChanges(merged, expectedMerged), describe(merged).constData());
    }

    void renumberedPartitionsAreTheSame()
    {
        // Same groups, other numbers: ARI 1, every segment stayed as its counterpart.
        const Pair p = fromTable({{0, 0, 7}, {4, 0, 0}, {0, 5, 0}});
        const RunComparison c = compareSegmentations(p.a(), p.b());
        QCOMPARE(c.ari, 1.0);
        const std::vector<SegmentChange> expected {change(SegmentFate::Stayed, 0, {2}, {}, 1.0, 1.0),
                                                   change(SegmentFate::Stayed, 1, {0}, {}, 1.0, 1.0),
                                                   change(SegmentFate::Stayed, 2, {1}, {}, 1.0, 1.0)};
        QVERIFY(sameChanges(c.changes, expected));
        QCOMPARE(QByteArray(toString(SegmentFate::Merged).data()), QByteArray("merged"));
    }

    void badInputIsRefused()
    {
        Pair p = fromTable({{1, 1}, {1, 1}});
        p.labelsB[1] = 2; // B has two segments
        QVERIFY_THROWS_EXCEPTION(Error, compareSegmentations(p.a(), p.b()));
        p = fromTable({{1, 1}, {1, 1}});
        std::swap(p.rowsA[0], p.rowsA[1]);
        QVERIFY_THROWS_EXCEPTION(Error, compareSegmentations(p.a(), p.b()));
        p = fromTable({{1, 1}, {1, 1}});
        p.labelsA.pop_back();
        QVERIFY_THROWS_EXCEPTION(Error, compareSegmentations(p.a(), p.b()));
        QVERIFY_THROWS_EXCEPTION(Error, classifySegments({1, 2, 3}, 2, 2));
    }

    void runsOfAProject()
    {
        Project project = test::sampleProject(300);
        // Run 3 repeats run 1's recipe (same spec, k = 4, seed 42).
        const FeatureSpec spec = project.runs[0].segmentation.spec;
        addRun(project, fit(*project.table, spec, defaultClusteringOptions(Algorithm::KMeans, 4, 42)));
        addRun(project, fit(*project.table, spec, defaultClusteringOptions(Algorithm::KMeans, 4, 43)));
        const ProjectRun &first = project.runs[0], &second = project.runs[1], &third = project.runs[2],
                         &fourth = project.runs[3];
        RunReproduction r = reproduction(first, third);
        QVERIFY(r.sameRecipe);
        QVERIFY(r.sameEngine);
        QVERIFY(r.identical);
        QVERIFY(r.difference == RecipePart::None);
        r = reproduction(first, second);
        QVERIFY(!r.sameRecipe);
        QVERIFY(!r.identical); // the second run sets outliers aside and has k = 3
        QVERIFY(r.difference == RecipePart::FeatureSpec);
        QCOMPARE(toString(r.difference), std::string_view("the feature spec"));
        r = reproduction(first, fourth);
        QVERIFY(r.difference == RecipePart::ClusteringOptions);
        ProjectRun withRule = first;
        withRule.segmentation.outliers.robustZ = 6.0;
        QVERIFY(reproduction(first, withRule).difference == RecipePart::OutlierRule);
        QCOMPARE(toString(RecipePart::OutlierRule), std::string_view("the outlier rule"));
        QCOMPARE(toString(RecipePart::None), std::string_view());
        QCOMPARE(firstSameRecipe(project, first), std::int64_t(0));
        QCOMPARE(firstSameRecipe(project, second), std::int64_t(0));
        QCOMPARE(firstSameRecipe(project, third), std::int64_t(1));
        QCOMPARE(firstSameRecipe(project, fourth), std::int64_t(0));

        // The same run compared with itself: everything stayed, ARI 1, no customer left out.
        const RunComparison self = compareRuns(first, third);
        QCOMPARE(self.ari, 1.0);
        QCOMPARE(self.compared, 300);
        for (const SegmentChange &c : self.changes)
            QVERIFY(c.fate == SegmentFate::Stayed);
        // Run 2 sets outliers aside: they are counted as only in run 1.
        const RunComparison c = compareRuns(first, second);
        const std::int64_t outliers = static_cast<std::int64_t>(second.segmentation.outlierCount);
        QVERIFY(outliers > 0);
        QCOMPARE(c.onlyA, outliers);
        QCOMPARE(c.onlyB, 0);
        QCOMPARE(c.compared, 300 - outliers);
        QCOMPARE(c.segmentsA, 4);
        QCOMPARE(c.segmentsB, 3);
        std::int64_t total = 0;
        for (std::int64_t n : c.counts)
            total += n;
        QCOMPARE(total, c.compared);
    }
};

QTEST_APPLESS_MAIN(TestRunComparison)
#include "test_run_comparison.moc"
