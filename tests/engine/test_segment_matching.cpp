// Segment identity across reclusterings: the Hungarian assignment, the matching by shared
// customers, and the stable keys new results inherit.

#include "engine/pipeline/segment_matching.h"

#include "engine/core/error.h"
#include "engine/core/random.h"

#include <QTest>

#include <algorithm>
#include <limits>
#include <numeric>

using namespace seg;

namespace {

/// The minimum total cost over all n! assignments, by brute force (n <= 7).
double bruteForceMinimum(const std::vector<double> &cost, int n)
{
    std::vector<int> perm(static_cast<std::size_t>(n));
    std::iota(perm.begin(), perm.end(), 0);
    double best = std::numeric_limits<double>::infinity();
    do {
        double total = 0.0;
        for (int r = 0; r < n; ++r)
            total += cost[static_cast<std::size_t>(r * n + perm[static_cast<std::size_t>(r)])];
        best = std::min(best, total);
    } while (std::next_permutation(perm.begin(), perm.end()));
    return best;
}

std::vector<std::size_t> rowsUpTo(std::size_t n)
{
    std::vector<std::size_t> rows(n);
    std::iota(rows.begin(), rows.end(), std::size_t{0});
    return rows;
}

} // namespace

class TestSegmentMatching : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hungarianMatchesBruteForce()
    {
        Rng rng(11);
        for (int trial = 0; trial < 200; ++trial) {
            const int n = 1 + trial % 7;
            std::vector<double> cost(static_cast<std::size_t>(n * n));
            // Small integers: many ties, the hard case for an assignment solver.
            for (double &c : cost)
                c = static_cast<double>(rng.below(6));
            const std::vector<int> assignment = hungarian(cost, n);
            std::vector<int> columns = assignment;
            std::sort(columns.begin(), columns.end());
            for (int c = 0; c < n; ++c)
                QCOMPARE(columns[static_cast<std::size_t>(c)], c); // a permutation
            double total = 0.0;
            for (int r = 0; r < n; ++r)
                total += cost[static_cast<std::size_t>(r * n + assignment[static_cast<std::size_t>(r)])];
            QCOMPARE(total, bruteForceMinimum(cost, n));
        }
    }

    void relabelledSegmentsMatchTheirCustomers()
    {
        // The same partition under other numbers: every segment is found again.
        const Labels before = {0, 0, 0, 1, 1, 2, 2, 2, 2};
        const Labels after = {2, 2, 2, 0, 0, 1, 1, 1, 1};
        const auto rows = rowsUpTo(before.size());
        const std::vector<int> match = matchSegments({&before, &rows, 3}, {&after, &rows, 3});
        QCOMPARE(match, (std::vector<int>{1, 2, 0}));
    }

    void splitKeepsTheLargerPartAndMergeTheLargerSource()
    {
        const auto rows = rowsUpTo(10);
        // Segment 0 (6 customers) splits into 4 + 2; segment 1 stays.
        const Labels before = {0, 0, 0, 0, 0, 0, 1, 1, 1, 1};
        const Labels split = {0, 0, 0, 0, 2, 2, 1, 1, 1, 1};
        QCOMPARE(matchSegments({&before, &rows, 2}, {&split, &rows, 3}), (std::vector<int>{0, 1, -1}));
        // The reverse: 0 (4) and 2 (2) merge into one segment, which continues 0.
        QCOMPARE(matchSegments({&split, &rows, 3}, {&before, &rows, 2}), (std::vector<int>{0, 1}));
    }

    void reshuffledSegmentsAreNew()
    {
        // Each new segment shares less than half of the smaller side with any old one.
        // Three segments of six; each new one takes two customers from each old one.
        const auto rows18 = rowsUpTo(18);
        const Labels three = {0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2};
        const Labels mixed = {0, 0, 1, 1, 2, 2, 0, 0, 1, 1, 2, 2, 0, 0, 1, 1, 2, 2};
        QCOMPARE(matchSegments({&three, &rows18, 3}, {&mixed, &rows18, 3}), (std::vector<int>{-1, -1, -1}));
        // Exactly half of the smaller one is enough.
        const auto rows = rowsUpTo(8);
        const Labels before = {0, 0, 0, 0, 1, 1, 1, 1};
        const Labels halves = {0, 0, 1, 1, 0, 0, 1, 1};
        QCOMPARE(matchSegments({&before, &rows, 2}, {&halves, &rows, 2}).size(), std::size_t(2));
        const std::vector<int> m = matchSegments({&before, &rows, 2}, {&halves, &rows, 2});
        QVERIFY(m[0] >= 0 && m[1] >= 0 && m[0] != m[1]);
    }

    void customersAreMatchedByTableRowNotPosition()
    {
        // The new result segmented fewer customers (rows 1 and 4 were dropped); labels are
        // compared for the same customers, so the shift in positions does not matter.
        const std::vector<std::size_t> rowsBefore = {0, 1, 2, 3, 4, 5};
        const Labels before = {0, 0, 0, 1, 1, 1};
        const std::vector<std::size_t> rowsAfter = {0, 2, 3, 5};
        const Labels after = {1, 1, 0, 0};
        QCOMPARE(matchSegments({&before, &rowsBefore, 2}, {&after, &rowsAfter, 2}), (std::vector<int>{1, 0}));
    }

    void noiseMatchesNothing()
    {
        const auto rows = rowsUpTo(6);
        const Labels before = {-1, -1, -1, 0, 0, 0};
        const Labels after = {0, 0, 0, 1, 1, 1};
        QCOMPARE(matchSegments({&before, &rows, 1}, {&after, &rows, 2}), (std::vector<int>{-1, 0}));
    }

    void keysFollowMatchesAndSkipReserved()
    {
        // Matched segments keep their predecessors' keys; new ones take the smallest free key
        // that is neither kept nor reserved.
        QCOMPARE(segmentKeys({-1, -1, -1}, {}), (std::vector<int>{0, 1, 2}));
        QCOMPARE(segmentKeys({2, -1, 0, -1}, {5, 7, 1}), (std::vector<int>{1, 0, 5, 2}));
        QCOMPARE(segmentKeys({2, -1, 0, -1}, {5, 7, 1}, {0, 2}), (std::vector<int>{1, 3, 5, 4}));
    }

    void mismatchedLengthsAreRefused()
    {
        const auto rows = rowsUpTo(3);
        const Labels two = {0, 1};
        QVERIFY_THROWS_EXCEPTION(Error, matchSegments({&two, &rows, 2}, {&two, &rows, 2}));
    }
};

QTEST_APPLESS_MAIN(TestSegmentMatching)
#include "test_segment_matching.moc"
