// Consensus clustering: the co-association matrix and average linkage by hand, the agreement
// formula on a case small enough to count, planted groups recovered with full agreement, a
// customer between two groups flagged, and the invariants on data with no groups at all.

#include "engine/cluster/consensus.h"

#include "engine/core/error.h"
#include "engine/core/parallel.h"
#include "engine/core/random.h"
#include "engine/eval/metrics.h"
#include "tests/support/engine_fixtures.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace seg;
using namespace seg::test;

namespace {

/// Three groups of `perGroup` rows with unit spread around the corners of an equilateral
/// triangle of side 10, in two features; truth[i] is row i's group.
Matrix threeGroups(int perGroup, std::uint64_t seed, Labels &truth)
{
    Rng rng(seed);
    const double centres[3][2] = {{0, 0}, {10, 0}, {5, 8.660254037844386}};
    Matrix x(3 * perGroup, 2);
    truth.assign(std::size_t(3 * perGroup), 0);
    for (int g = 0; g < 3; ++g)
        for (int i = 0; i < perGroup; ++i) {
            x(g * perGroup + i, 0) = centres[g][0] + rng.normal();
            x(g * perGroup + i, 1) = centres[g][1] + rng.normal();
            truth[std::size_t(g * perGroup + i)] = g;
        }
    return x;
}

/// threeGroups() with the group at (10, 0) the mirror image of the one at (0, 0) in x = 5, and a
/// last row at (5, 0): exactly as near to either group's mean, its variance and its members.
/// Only the rows a run draws tip it one way or the other.
Matrix groupsAndOneBetween(std::uint64_t seed)
{
    Labels truth;
    Matrix x = threeGroups(200, seed, truth);
    for (int i = 0; i < 200; ++i) {
        x(200 + i, 0) = 10.0 - x(i, 0);
        x(200 + i, 1) = x(i, 1);
    }
    x.conservativeResize(601, 2);
    x.row(600) << 5.0, 0.0;
    return x;
}

/// k-means, a diagonal Gaussian mixture and Ward, each at k (their documented defaults).
std::vector<ClusteringOptions> threeAlgorithms(int k)
{
    return {defaultClusteringOptions(Algorithm::KMeans, k, 1),
            defaultClusteringOptions(Algorithm::GaussianMixture, k, 1),
            defaultClusteringOptions(Algorithm::Ward, k, 1)};
}

ConsensusOptions blobOptions()
{
    ConsensusOptions options;
    options.k = 3;
    options.members = threeAlgorithms(3);
    options.runsPerMember = 5;
    options.sampleRows = 300;
    options.seed = 11;
    return options;
}

} // namespace

class TestConsensus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { setThreadCount(0); }

    void coAssociationByHand()
    {
        // Rows 0 and 1 together in all three runs, 0 and 2 in the first only; row 3 is noise in
        // the second run and then together with no one, not even another noise row (row 2).
        const Matrix c = coAssociation({{0, 0, 0, 1}, {2, 2, -1, -1}, {0, 0, 1, 0}});
        const Matrix expected = matrixOf({{1, 1, 1.0 / 3, 1.0 / 3},
                                          {1, 1, 1.0 / 3, 1.0 / 3},
                                          {1.0 / 3, 1.0 / 3, 1, 0},
                                          {1.0 / 3, 1.0 / 3, 0, 1}});
        QVERIFY(sameMatrix(c, expected));
        requireError([] { coAssociation({}); }, ErrorKind::Usage);
        requireError([] { coAssociation({{0, 1}, {0}}); }, ErrorKind::Usage);
    }

    // Points 0, 1, 3 and 7 on a line, distances |a - b|. Average linkage (as scipy's
    // linkage(method='average')): {0, 1} at 1; {0, 1} to 2 is (3 + 2) / 2 = 2.5, below 2 to 3 (4)
    // and {0, 1} to 3 (6.5); the last merge is at (7 + 6 + 4) / 3.
    void averageLinkageByHand()
    {
        const double p[4] = {0, 1, 3, 7};
        Matrix d(4, 4);
        for (int i = 0; i < 4; ++i)
            for (int j = 0; j < 4; ++j)
                d(i, j) = std::abs(p[i] - p[j]);
        const std::vector<WardMerge> merges = averageLinkage(d);
        const std::vector<WardMerge> expected = {{0, 1, 1.0, 2}, {2, 4, 2.5, 3}, {3, 5, 17.0 / 3.0, 4}};
        QVERIFY(merges == expected);
        QVERIFY(averageLinkage(Matrix(1, 1)).empty());
    }

    // Points 0, 1, 10, 11 and 100 on a line. Every fit sees all five (fraction 1), and both
    // members have one best partition: k-means at k = 2 puts 100 alone (A), at k = 3 also splits
    // {0, 1} from {10, 11} (B). So C is known exactly, and so is every agreement.
    void agreementByHand()
    {
        const Matrix x = matrixOf({{0}, {1}, {10}, {11}, {100}});
        ConsensusOptions options;
        options.k = 2;
        options.members = {defaultClusteringOptions(Algorithm::KMeans, 2, 0),
                           defaultClusteringOptions(Algorithm::KMeans, 3, 0)};
        options.runsPerMember = 1;
        options.fraction = 1.0;
        options.sampleRows = 5;
        options.seed = 3;
        const ConsensusResult r = consensus(x, options);
        QCOMPARE(r.runs, 2);
        QCOMPARE(r.fitRows, std::size_t(5));
        QCOMPARE(r.sampleRows, (std::vector<std::size_t> {0, 1, 2, 3, 4}));
        const Matrix expected = matrixOf({{1, 1, 0.5, 0.5, 0},
                                          {1, 1, 0.5, 0.5, 0},
                                          {0.5, 0.5, 1, 1, 0},
                                          {0.5, 0.5, 1, 1, 0},
                                          {0, 0, 0, 0, 1}});
        QVERIFY(sameMatrix(r.coAssociation, expected));
        // 1 - C: {0, 1} and {2, 3} at 0, then each other at 0.5, then 4 at 1.
        const std::vector<WardMerge> merges
            = {{0, 1, 0.0, 2}, {2, 3, 0.0, 2}, {5, 6, 0.5, 4}, {4, 7, 1.0, 5}};
        QVERIFY(r.merges == merges);
        QCOMPARE(r.labels, (Labels {0, 0, 0, 0, 1}));
        // Row 0's group without it is {1, 2, 3}: run A puts all three with it, run B only row 1,
        // so a = (3/3 + 1/3) / 2 = 2/3; likewise for rows 1 to 3. Row 4 is alone in its group.
        for (int i = 0; i < 4; ++i)
            QCOMPARE(r.agreement[std::size_t(i)], 2.0 / 3.0);
        QCOMPARE(r.agreement[4], 1.0);
        QCOMPARE(r.sizes, (std::vector<std::size_t> {4, 1}));
        QCOMPARE(r.segmentAgreement[0], 2.0 / 3.0);
        QCOMPARE(r.segmentAgreement[1], 1.0);
        // Monti's cluster consensus of {0, 1, 2, 3}: pairs (0,1) and (2,3) at 1, four at 0.5.
        QCOMPARE(r.clusterConsensus[0], 4.0 / 6.0);
        QCOMPARE(r.clusterConsensus[1], 1.0);
        // Run A is the consensus (ARI 1); run B against it, by the pair counts of Hubert & Arabie:
        // index 2, expected 2 * 6 / 10, maximum (2 + 6) / 2, so (2 - 1.2) / (4 - 1.2) = 2/7.
        QCOMPARE(r.memberAri[0], 1.0);
        VERIFY_CLOSE_TOL(r.memberAri[1], 2.0 / 7.0, 1e-15);
        QCOMPARE(r.sampleOrder, (std::vector<std::size_t> {0, 1, 2, 3, 4}));

        // Cut at 3 the groups are {0, 1}, {2, 3}, {4}, and both runs keep each pair together.
        options.k = 3;
        const ConsensusResult three = consensus(x, options);
        QCOMPARE(three.labels, (Labels {0, 0, 1, 1, 2}));
        for (double a : three.agreement)
            QCOMPARE(a, 1.0);
    }

    // Three groups 10 apart with unit spread, half of the rows outside the reference sample:
    // every run of every algorithm finds them, so the consensus is the truth and every customer
    // agrees fully, in the sample or not.
    void plantedGroupsAgreeFully()
    {
        Labels truth;
        const Matrix x = threeGroups(200, 5, truth);
        const ConsensusResult r = consensus(x, blobOptions());
        QCOMPARE(r.runs, 15);
        QCOMPARE(r.fitRows, std::size_t(480)); // 80% of 600
        QCOMPARE(r.sampleRows.size(), std::size_t(300));
        QCOMPARE(adjustedRandIndex(r.labels, truth), 1.0);
        for (double a : r.agreement)
            QCOMPARE(a, 1.0);
        QCOMPARE(r.sizes, (std::vector<std::size_t> {200, 200, 200}));
        for (std::size_t g = 0; g < 3; ++g) {
            QCOMPARE(r.segmentAgreement[g], 1.0);
            QCOMPARE(r.clusterConsensus[g], 1.0);
        }
        for (double ari : r.memberAri)
            QCOMPARE(ari, 1.0);
        // C is 1 within a group and 0 across.
        for (std::size_t i = 0; i < 300; ++i)
            for (std::size_t j = 0; j < 300; ++j)
                QCOMPARE(r.coAssociation(Eigen::Index(i), Eigen::Index(j)),
                         truth[r.sampleRows[i]] == truth[r.sampleRows[j]] ? 1.0 : 0.0);
    }

    // segscope cluster --algorithm consensus: the same consensus through cluster(), its segments'
    // means as centres, the agreement as memberships, and a model that assigns new rows to the
    // nearest of them.
    void consensusAsAnAlgorithm()
    {
        const Matrix x = groupsAndOneBetween(3);
        auto options = std::get<ConsensusClusteringOptions>(defaultClusteringOptions(Algorithm::Consensus, 3, 11));
        options.runsPerMember = 5;
        options.sampleRows = 300;
        const ClusteringResult fit = cluster(x, options);
        ConsensusOptions direct = blobOptions();
        direct.members = {defaultClusteringOptions(Algorithm::KMeans, 3, 11),
                          defaultClusteringOptions(Algorithm::GaussianMixture, 3, 11),
                          defaultClusteringOptions(Algorithm::Ward, 3, 11)};
        const ConsensusResult r = consensus(x, direct);
        QCOMPARE(fit.algorithm, Algorithm::Consensus);
        QCOMPARE(fit.clusterCount, 3);
        QCOMPARE(fit.labels, r.labels);
        QCOMPARE(fit.memberships, r.agreement);
        QCOMPARE(fit.iterations, 15);
        for (int s = 0; s < 3; ++s) {
            RowVector sum = RowVector::Zero(2);
            for (std::size_t i = 0; i < r.labels.size(); ++i)
                if (r.labels[i] == s)
                    sum += x.row(Eigen::Index(i));
            QVERIFY((fit.centers.row(s) - sum / double(r.sizes[std::size_t(s)])).norm() < 1e-12);
        }
        QCOMPARE(assign(fit.model, fit.centers).labels, (Labels {0, 1, 2}));
        // Density algorithms cannot vote: they do not cut the customers into k segments.
        options.algorithms = {Algorithm::KMeans, Algorithm::Dbscan};
        QCOMPARE(requireError([&] { cluster(x, options); }, ErrorKind::Usage).kind(), ErrorKind::Usage);
    }

    // A sweep over k draws the same rows and seeds at every k and cuts each Ward run's tree
    // again rather than building it anew: every k's result must be exactly the consensus fitted
    // at that k alone, with bootstrap draws (repeated rows) as well as subsamples.
    void eachKEqualsConsensusAtThatK()
    {
        const Matrix x = groupsAndOneBetween(4);
        for (const Resampling resampling : {Resampling::Subsample, Resampling::Bootstrap}) {
            ConsensusOptions options = blobOptions();
            options.resampling = resampling;
            const std::vector<int> ks {4, 2, 3};
            std::vector<int> seen;
            consensusEachK(x, options, ks, [&](ConsensusResult &&swept) {
                seen.push_back(swept.k);
                ConsensusOptions alone = options;
                alone.k = swept.k;
                alone.members = threeAlgorithms(swept.k);
                const ConsensusResult fitted = consensus(x, alone);
                QCOMPARE(swept.labels, fitted.labels);
                QCOMPARE(swept.agreement, fitted.agreement);
                QVERIFY(sameMatrix(swept.coAssociation, fitted.coAssociation));
                QVERIFY(swept.merges == fitted.merges);
                QCOMPARE(swept.memberAri, fitted.memberAri);
                QCOMPARE(swept.clusterConsensus, fitted.clusterConsensus);
            });
            QCOMPARE(seen, ks);
        }
        // Through the algorithm interface: clusterEachK hands out what cluster() gives at each k.
        auto options = std::get<ConsensusClusteringOptions>(defaultClusteringOptions(Algorithm::Consensus, 3, 11));
        options.runsPerMember = 3;
        options.sampleRows = 300;
        int calls = 0;
        clusterEachK(x, options, {2, 3}, [&](int k, ClusteringResult &&swept) {
            ++calls;
            const ClusteringOptions atK = withClusters(options, k);
            const ClusteringResult fitted = cluster(x, atK);
            QCOMPARE(swept.clusterCount, k);
            QCOMPARE(swept.labels, fitted.labels);
            QCOMPARE(swept.memberships, fitted.memberships);
            QVERIFY(sameMatrix(swept.centers, fitted.centers));
            QCOMPARE(swept.objective, fitted.objective);
        });
        QCOMPARE(calls, 2);
    }

    // A customer exactly halfway between two groups goes one way or the other depending on the
    // run's draw: its agreement falls well below the groups' customers'.
    void customerBetweenGroupsIsFlagged()
    {
        const Matrix x = groupsAndOneBetween(5);
        const ConsensusResult r = consensus(x, blobOptions());
        const double between = r.agreement[600];
        double lowestCore = 1.0;
        for (std::size_t i = 0; i < 600; ++i)
            lowestCore = std::min(lowestCore, r.agreement[i]);
        // The row is not in the reference sample here, so no group customer's agreement counts
        // it: theirs is exactly 1. Each run puts the row wholly with one of the two groups, so its
        // agreement is a whole number of the 15 runs: measured 10 of 15 (2/3). A fair coin would
        // give 13 or more of 15 the same way with probability 2 * 121 / 32768, below 1%.
        QVERIFY(!std::binary_search(r.sampleRows.begin(), r.sampleRows.end(), std::size_t(600)));
        QCOMPARE(lowestCore, 1.0);
        QCOMPARE(std::round(between * 15) / 15, between);
        QVERIFY2(between >= 0.5 && between <= 0.8, qPrintable(QString::number(between, 'g', 17)));
        QVERIFY(between < lowestCore - 0.15);
        const auto g = std::size_t(r.labels[600]);
        QVERIFY(g == std::size_t(r.labels[0]) || g == std::size_t(r.labels[200]));
    }

    void sameResultForAnyThreadCount()
    {
        const Matrix x = groupsAndOneBetween(8);
        ConsensusOptions options = blobOptions();
        options.resampling = Resampling::Bootstrap;
        setThreadCount(1);
        const ConsensusResult one = consensus(x, options);
        setThreadCount(2);
        const ConsensusResult two = consensus(x, options);
        setThreadCount(3);
        const ConsensusResult three = consensus(x, options);
        for (const ConsensusResult *r : {&two, &three}) {
            QCOMPARE(r->labels, one.labels);
            QCOMPARE(r->agreement, one.agreement);
            QVERIFY(sameMatrix(r->coAssociation, one.coAssociation));
            QVERIFY(r->merges == one.merges);
            QCOMPARE(r->sampleOrder, one.sampleOrder);
            QCOMPARE(r->memberAri, one.memberAri);
        }
        // Another seed draws other samples: another vote on the customer between the groups.
        options.seed = 12;
        const ConsensusResult other = consensus(x, options);
        QVERIFY(other.sampleRows != one.sampleRows);
    }

    // Uniform data (no groups) and members that disagree on k: the invariants hold whatever the
    // consensus.
    void invariantsOnDataWithoutGroups()
    {
        for (const std::uint64_t seed : {1u, 2u, 3u, 4u}) {
            Rng rng(seed);
            Matrix x(400, 3);
            for (Eigen::Index i = 0; i < x.rows(); ++i)
                for (Eigen::Index j = 0; j < x.cols(); ++j)
                    x(i, j) = rng.uniform();
            ConsensusOptions options;
            options.k = 4;
            options.members = {defaultClusteringOptions(Algorithm::KMeans, 4, 0),
                               defaultClusteringOptions(Algorithm::GaussianMixture, 3, 0),
                               defaultClusteringOptions(Algorithm::Ward, 5, 0)};
            options.runsPerMember = 3;
            options.resampling = seed % 2 == 0 ? Resampling::Bootstrap : Resampling::Subsample;
            options.fraction = 0.5;
            // Seed 3: every row in the reference sample.
            options.sampleRows = seed == 3 ? 400 : 150;
            options.seed = seed;
            const ConsensusResult r = consensus(x, options);
            const std::size_t m = r.sampleRows.size();
            QCOMPARE(m, std::size_t(seed == 3 ? 400 : 150));
            QVERIFY(std::is_sorted(r.sampleRows.begin(), r.sampleRows.end()));
            std::vector<std::size_t> sizes(4, 0);
            std::vector<double> sums(4, 0.0);
            for (std::size_t i = 0; i < 400; ++i) {
                QVERIFY(r.labels[i] >= 0 && r.labels[i] < 4);
                QVERIFY(r.agreement[i] >= 0.0 && r.agreement[i] <= 1.0);
                ++sizes[std::size_t(r.labels[i])];
                sums[std::size_t(r.labels[i])] += r.agreement[i];
            }
            QCOMPARE(r.sizes, sizes);
            for (std::size_t g = 0; g < 4; ++g) {
                QVERIFY(sizes[g] > 0);
                VERIFY_CLOSE_TOL(r.segmentAgreement[g], sums[g] / double(sizes[g]), 1e-12);
                QVERIFY(r.clusterConsensus[g] >= 0.0 && r.clusterConsensus[g] <= 1.0);
                // With every row in the sample, the mean item consensus of a segment is the mean
                // of C over its ordered pairs: Monti's cluster consensus.
                if (m == 400)
                    VERIFY_CLOSE_TOL(r.segmentAgreement[g], r.clusterConsensus[g], 1e-12);
            }
            // C: symmetric, 1 on the diagonal, each entry a whole number of the 9 runs.
            for (std::size_t i = 0; i < m; ++i)
                for (std::size_t j = 0; j < m; ++j) {
                    const double c = r.coAssociation(Eigen::Index(i), Eigen::Index(j));
                    QCOMPARE(c, r.coAssociation(Eigen::Index(j), Eigen::Index(i)));
                    QCOMPARE(std::round(c * 9) / 9, c);
                }
            QVERIFY(r.coAssociation.diagonal().isOnes());
            // The dendrogram is monotone, and cut at k it gives the sample rows their segments;
            // the heatmap order is a permutation of the sample, segment by segment.
            QCOMPARE(r.merges.size(), m - 1);
            for (std::size_t t = 1; t < r.merges.size(); ++t)
                QVERIFY(r.merges[t].height >= r.merges[t - 1].height);
            const Labels cut = cutDendrogram(r.merges, m, 4);
            for (std::size_t p = 0; p < m; ++p)
                QCOMPARE(r.labels[r.sampleRows[p]], cut[p]);
            std::vector<std::size_t> order = r.sampleOrder;
            for (std::size_t p = 1; p < m; ++p)
                QVERIFY(cut[order[p]] >= cut[order[p - 1]]);
            std::sort(order.begin(), order.end());
            for (std::size_t p = 0; p < m; ++p)
                QCOMPARE(order[p], p);
            QCOMPARE(r.memberAri.size(), std::size_t(3));
            for (double ari : r.memberAri)
                QVERIFY(ari >= -1.0 && ari <= 1.0);
        }
    }

    void cancelStops()
    {
        Labels truth;
        const Matrix x = threeGroups(50, 1, truth);
        CancelToken token;
        token.cancel();
        ConsensusOptions options = blobOptions();
        options.sampleRows = 100;
        bool cancelled = false;
        try {
            consensus(x, options, Progress(&token, {}));
        } catch (const Cancelled &) {
            cancelled = true;
        }
        QVERIFY(cancelled);
        // Progress climbs to 1.
        double last = -1.0;
        bool monotone = true;
        consensus(x, options, Progress(nullptr, [&](double f, std::string_view) {
                      monotone = monotone && f >= last - 1e-12;
                      last = f;
                  }));
        QVERIFY(monotone);
        QCOMPARE(last, 1.0);
    }

    void impossibleOptionsAreRefused()
    {
        Labels truth;
        const Matrix x = threeGroups(10, 1, truth);
        const ConsensusOptions good = blobOptions();
        const auto refused = [&](auto change, ErrorKind kind) {
            ConsensusOptions o = good;
            o.sampleRows = 30;
            change(o);
            return requireError([&] { consensus(x, o); }, kind);
        };
        refused([](ConsensusOptions &o) { o.k = 0; }, ErrorKind::Usage);
        refused([](ConsensusOptions &o) { o.members.clear(); }, ErrorKind::Usage);
        refused([](ConsensusOptions &o) { o.runsPerMember = 0; }, ErrorKind::Usage);
        refused([](ConsensusOptions &o) { o.fraction = 0.0; }, ErrorKind::Usage);
        refused([](ConsensusOptions &o) { o.fraction = 1.5; }, ErrorKind::Usage);
        refused([](ConsensusOptions &o) { o.sampleRows = 2; }, ErrorKind::Usage);
        refused([](ConsensusOptions &o) { o.sampleRows = kMaxConsensusSample + 1; }, ErrorKind::Usage);
        refused(
            [](ConsensusOptions &o) {
                o.k = 31;
                o.sampleRows = 31;
            },
            ErrorKind::InvalidData);
        const Error e = refused(
            [](ConsensusOptions &o) {
                o.fraction = 0.1; // 3 of 30 customers per run, for k = 3 and k = 4
                o.members.push_back(defaultClusteringOptions(Algorithm::KMeans, 4, 0));
            },
            ErrorKind::InvalidData);
        QVERIFY2(contains(e.what(), "kmeans with k = 4 cannot run on 3 customers per run"), e.what());
    }
};

QTEST_APPLESS_MAIN(TestConsensus)
#include "test_consensus.moc"
