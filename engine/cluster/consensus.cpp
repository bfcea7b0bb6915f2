#include "engine/cluster/consensus.h"

#include "engine/core/error.h"
#include "engine/core/parallel.h"
#include "engine/core/random.h"
#include "engine/core/sampling.h"
#include "engine/eval/metrics.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>
#include <string>

namespace seg {

namespace {

constexpr std::string_view kStage = "consensus";

/// The rows run r is fitted on: `rows` of [0, n), ascending, drawn without or with replacement.
std::vector<std::size_t> drawRows(std::size_t n, std::size_t rows, Resampling resampling, Rng &rng)
{
    if (resampling == Resampling::Subsample)
        return sampleIndices(n, rows, rng);
    std::vector<std::size_t> drawn(rows);
    for (std::size_t &row : drawn)
        row = static_cast<std::size_t>(rng.below(n));
    // Row order is immaterial to the fit's partition but sorted rows read x in order.
    std::sort(drawn.begin(), drawn.end());
    return drawn;
}

/// The rows of x at `rows`, in that order.
Matrix rowsOf(const Matrix &x, const std::vector<std::size_t> &rows)
{
    Matrix out(static_cast<Eigen::Index>(rows.size()), x.cols());
    for (std::size_t i = 0; i < rows.size(); ++i)
        out.row(static_cast<Eigen::Index>(i)) = x.row(static_cast<Eigen::Index>(rows[i]));
    return out;
}

/// The leaves of a linkage (scipy order, m - 1 merges) from the root down, left child first:
/// the order in which a dendrogram draws them, so that every cluster is a contiguous run.
std::vector<std::size_t> leafOrder(const std::vector<WardMerge> &merges, std::size_t m)
{
    std::vector<std::size_t> order;
    order.reserve(m);
    if (m == 0)
        return order;
    std::vector<std::size_t> stack {m + merges.size() - 1};
    while (!stack.empty()) {
        const std::size_t id = stack.back();
        stack.pop_back();
        if (id < m) {
            order.push_back(id);
            continue;
        }
        const WardMerge &merge = merges[id - m];
        stack.push_back(static_cast<std::size_t>(merge.b));
        stack.push_back(static_cast<std::size_t>(merge.a));
    }
    return order;
}

} // namespace

Matrix coAssociation(const std::vector<Labels> &runs)
{
    if (runs.empty())
        throw Error(ErrorKind::Usage, Text::tr("the co-association matrix needs at least one run"));
    const std::size_t m = runs.front().size();
    for (const Labels &run : runs)
        if (run.size() != m)
            throw Error(ErrorKind::Usage,
                        Text::tr("the runs of a co-association matrix label different numbers of rows"));
    Matrix c(static_cast<Eigen::Index>(m), static_cast<Eigen::Index>(m));
    const double scale = 1.0 / static_cast<double>(runs.size());
    // Integer counts, then one division: exact shares whatever the order of the runs, and rows
    // written by one thread each.
    parallelFor(
        m,
        [&](std::size_t begin, std::size_t end) {
            std::vector<int> together(m);
            for (std::size_t i = begin; i < end; ++i) {
                std::fill(together.begin(), together.end(), 0);
                for (const Labels &run : runs) {
                    const std::int32_t li = run[i];
                    if (li < 0)
                        continue;
                    for (std::size_t j = 0; j < m; ++j)
                        together[j] += run[j] == li ? 1 : 0;
                }
                for (std::size_t j = 0; j < m; ++j)
                    c(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) = together[j] * scale;
                c(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(i)) = 1.0;
            }
        },
        16);
    return c;
}

std::vector<WardMerge> averageLinkage(Matrix distances, const Progress &progress)
{
    assert(distances.rows() == distances.cols());
    const std::size_t m = static_cast<std::size_t>(distances.rows());
    if (m <= 1)
        return {};
    // d[a * m + b]: the average distance between the clusters in slots a and b, in the
    // distances' own storage (row-major, the upper triangle mirrored): a caller's temporary is
    // the working copy. A cluster lives in the slot of its lowest-numbered point, so "lower
    // slot" means "holds the lower point".
    for (Eigen::Index a = 0; a < distances.rows(); ++a)
        for (Eigen::Index b = a + 1; b < distances.cols(); ++b)
            distances(b, a) = distances(a, b);
    double *const d = distances.data();
    std::vector<std::int64_t> size(m, 1);
    std::vector<std::int32_t> id(m); // the linkage id of the cluster in each slot, chain numbering
    std::iota(id.begin(), id.end(), 0);
    std::vector<std::size_t> active(m); // slots in use, ascending
    std::iota(active.begin(), active.end(), std::size_t(0));

    struct ChainMerge
    {
        std::int32_t a, b;
        double height;
        std::int64_t size;
    };
    std::vector<ChainMerge> made;
    made.reserve(m - 1);
    std::vector<std::size_t> chain;
    chain.reserve(m);
    const std::size_t reportEvery = std::max<std::size_t>(1, (m - 1) / 50);
    // The nearest-neighbour chain (Murtagh 1983; Müllner 2011, "Modern hierarchical,
    // agglomerative clustering algorithms", arXiv:1109.2378, Fig. 4): follow nearest neighbours
    // until two clusters are each other's nearest, merge them, and carry on from the rest of the
    // chain. Average linkage is reducible (the merged cluster is no nearer to a third than the
    // nearer of its parts), so the rest of the chain stays valid.
    while (active.size() > 1) {
        if (chain.empty())
            chain.push_back(active.front());
        for (;;) {
            const std::size_t top = chain.back();
            const bool hasPrevious = chain.size() >= 2;
            const std::size_t previous = hasPrevious ? chain[chain.size() - 2] : 0;
            double best = std::numeric_limits<double>::infinity();
            std::size_t nearest = top;
            const double *row = &d[top * m];
            for (std::size_t j : active)
                if (j != top && row[j] < best) {
                    best = row[j];
                    nearest = j;
                }
            // On a tie the previous cluster wins, else the chain could cycle between
            // equidistant clusters (Müllner 2011, §3.2).
            if (hasPrevious && row[previous] == best) {
                const std::size_t keep = std::min(previous, top), gone = std::max(previous, top);
                const double sk = static_cast<double>(size[keep]), sg = static_cast<double>(size[gone]);
                // Lance–Williams for average linkage: d(k ∪ g, j) = (|k| d(k, j) + |g| d(g, j)) / (|k| +
                // |g|).
                for (std::size_t j : active) {
                    if (j == keep || j == gone)
                        continue;
                    const double merged = (sk * d[keep * m + j] + sg * d[gone * m + j]) / (sk + sg);
                    d[keep * m + j] = d[j * m + keep] = merged;
                }
                made.push_back({id[previous], id[top], best, size[keep] + size[gone]});
                size[keep] += size[gone];
                id[keep] = static_cast<std::int32_t>(m + made.size() - 1);
                active.erase(std::lower_bound(active.begin(), active.end(), gone));
                chain.resize(chain.size() - 2);
                break;
            }
            chain.push_back(nearest);
        }
        if (made.size() % reportEvery == 0) {
            progress.check();
            progress.report(static_cast<double>(made.size()) / static_cast<double>(m - 1), kStage);
        }
    }

    // Height order. Rounding can leave a merge a hair below a merge that made one of its
    // clusters (exact arithmetic never does, by reducibility); it is raised to that height so
    // that the sorted list forms every cluster before using it (the chain's order is such an
    // order and the sort is stable).
    const std::size_t merges = made.size();
    std::vector<double> height(merges);
    for (std::size_t t = 0; t < merges; ++t) {
        double h = made[t].height;
        for (const std::int32_t child : {made[t].a, made[t].b})
            if (static_cast<std::size_t>(child) >= m)
                h = std::max(h, height[static_cast<std::size_t>(child) - m]);
        height[t] = h;
    }
    std::vector<std::size_t> order(merges);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t p, std::size_t q) { return height[p] < height[q]; });
    std::vector<std::int32_t> rank(merges);
    for (std::size_t i = 0; i < merges; ++i)
        rank[order[i]] = static_cast<std::int32_t>(i);
    const auto relabel = [&](std::int32_t c) {
        return static_cast<std::size_t>(c) < m
            ? c
            : static_cast<std::int32_t>(m) + rank[static_cast<std::size_t>(c) - m];
    };
    std::vector<WardMerge> out(merges);
    for (std::size_t i = 0; i < merges; ++i) {
        const ChainMerge &c = made[order[i]];
        const std::int32_t a = relabel(c.a), b = relabel(c.b);
        out[i] = {std::min(a, b), std::max(a, b), height[order[i]], c.size};
    }
    return out;
}

namespace {

/// consensus(), with the Ward trees of the runs kept in `trees` (one slot per run) when it is
/// not null: a run whose slot holds a tree is cut from it at its member's k rather than fitted
/// again (the tree does not depend on k: recutWard()), and a Ward run fitted here leaves its
/// tree in its slot. The runs' rows and seeds do not depend on k, so the cut is exactly the fit.
ConsensusResult consensusWith(const Matrix &x, const ConsensusOptions &options,
                              std::vector<std::optional<WardResult>> *trees, const Progress &progress)
{
    if (options.k < 1)
        throw Error(ErrorKind::Usage, Text::tr("consensus clustering needs k >= 1"));
    if (options.members.empty())
        throw Error(ErrorKind::Usage, Text::tr("consensus clustering needs at least one clustering to run"));
    if (options.runsPerMember < 1)
        throw Error(ErrorKind::Usage, Text::tr("consensus clustering needs at least one run per clustering"));
    if (!(options.fraction > 0.0 && options.fraction <= 1.0))
        throw Error(ErrorKind::Usage,
                    Text::tr("the share of customers each run draws must be above 0 and at most 1"));
    if (options.sampleRows < static_cast<std::size_t>(options.k) || options.sampleRows > kMaxConsensusSample)
        throw Error(ErrorKind::Usage,
                    fillIn(Text::tr("the reference sample must hold from k = %1 to %2 customers"), options.k,
                           kMaxConsensusSample));
    const std::size_t n = static_cast<std::size_t>(x.rows());
    const std::size_t k = static_cast<std::size_t>(options.k);
    if (n < k)
        throw Error(ErrorKind::InvalidData,
                    fillIn(Text::tr("k = %1 consensus segments need as many customers; there are %2"), k, n));
    std::size_t fitRows = std::clamp<std::size_t>(
        static_cast<std::size_t>(std::llround(options.fraction * static_cast<double>(n))), 1, n);
    if (options.maxFitRows > 0)
        fitRows = std::min(fitRows, options.maxFitRows);
    for (const ClusteringOptions &member : options.members)
        if (static_cast<std::size_t>(requestedClusters(member)) > fitRows)
            throw Error(ErrorKind::InvalidData,
                        fillIn(Text::tr("%1 with k = %2 cannot run on %n customer(s) per run", nullptr,
                                        static_cast<long long>(fitRows)),
                               algorithmName(algorithmOf(member)), requestedClusters(member)));

    ConsensusResult result;
    result.k = options.k;
    result.fitRows = fitRows;
    {
        Rng rng = Rng::derived(options.seed, 0);
        result.sampleRows = sampleIndices(n, options.sampleRows, rng);
    }
    const std::size_t m = result.sampleRows.size();
    const Matrix sample = rowsOf(x, result.sampleRows);
    const std::size_t memberCount = options.members.size();
    const std::size_t runs = memberCount * static_cast<std::size_t>(options.runsPerMember);
    result.runs = static_cast<int>(runs);

    // The runs: fit on drawn rows, keep the model, label the reference sample.
    constexpr double kFitShare = 0.75, kCutShare = 0.8;
    std::vector<ClusterModel> models;
    models.reserve(runs);
    std::vector<Labels> sampleLabels(runs);
    for (std::size_t r = 0; r < runs; ++r) {
        progress.check();
        const Progress step
            = progress.sub(kFitShare * static_cast<double>(r) / static_cast<double>(runs),
                           kFitShare * static_cast<double>(r + 1) / static_cast<double>(runs));
        Rng rng = Rng::derived(options.seed, r + 1);
        const std::vector<std::size_t> rows = drawRows(n, fitRows, options.resampling, rng);
        const ClusteringOptions member = withSeed(options.members[r % memberCount], options.seed + r + 1);
        const Matrix drawn = rowsOf(x, rows);
        ClusterModel model;
        if (const auto *wardMember = std::get_if<WardOptions>(&member); wardMember && trees) {
            std::optional<WardResult> &tree = (*trees)[r];
            if (tree)
                model = NearestCentroidModel {recutWard(drawn, *tree, wardMember->k).centers};
            else {
                tree = ward(drawn, *wardMember, step);
                model = NearestCentroidModel {tree->centers};
            }
        } else {
            model = std::move(cluster(drawn, member, step).model);
        }
        sampleLabels[r] = assign(model, sample).labels;
        models.push_back(std::move(model));
    }

    // The consensus on the sample: average linkage on 1 - C, cut at k (Monti et al. 2003, §3).
    // The linkage works in the distances 1 - C themselves, and C is counted again once they are
    // freed: sample × sample doubles (32 MB for 2,000 customers) are held once, not two or three
    // times, beside the matrix (counting C takes a tenth of a second).
    {
        Matrix distances = coAssociation(sampleLabels);
        distances = (1.0 - distances.array()).matrix();
        result.merges = averageLinkage(std::move(distances), progress.sub(kFitShare, kCutShare));
    }
    result.coAssociation = coAssociation(sampleLabels);
    const Labels sampleGroup = cutDendrogram(result.merges, m, options.k);
    std::vector<std::size_t> groupSize(k, 0);
    for (std::int32_t g : sampleGroup)
        ++groupSize[static_cast<std::size_t>(g)];
    result.sampleOrder = leafOrder(result.merges, m);
    std::stable_sort(result.sampleOrder.begin(), result.sampleOrder.end(),
                     [&](std::size_t p, std::size_t q) { return sampleGroup[p] < sampleGroup[q]; });

    // Monti's cluster consensus: the mean of C over each group's pairs.
    result.clusterConsensus.assign(k, 0.0);
    std::vector<double> pairs(k, 0.0);
    for (std::size_t i = 0; i < m; ++i)
        for (std::size_t j = i + 1; j < m; ++j)
            if (sampleGroup[i] == sampleGroup[j]) {
                const auto g = static_cast<std::size_t>(sampleGroup[i]);
                result.clusterConsensus[g]
                    += result.coAssociation(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j));
                pairs[g] += 1.0;
            }
    for (std::size_t g = 0; g < k; ++g)
        result.clusterConsensus[g] = pairs[g] > 0.0 ? result.clusterConsensus[g] / pairs[g] : 1.0;
    result.memberAri.assign(memberCount, 0.0);
    for (std::size_t r = 0; r < runs; ++r)
        result.memberAri[r % memberCount] += adjustedRandIndex(sampleLabels[r], sampleGroup);
    for (double &ari : result.memberAri)
        ari /= options.runsPerMember;

    // Every row's agreement with every group, run by run. Each row sums its own runs in run
    // order, so the result does not depend on how rows are shared among threads; and a block of
    // rows at a time, so that neither every customer's votes (n × k doubles, 32 MB at a million
    // and k = 4) nor a run's labels of every customer are held. A row's label depends on the row
    // alone, so the blocks change nothing.
    std::vector<std::int32_t> ownGroup(n, -1); // sample rows: their group from the cut
    for (std::size_t p = 0; p < m; ++p)
        ownGroup[result.sampleRows[p]] = sampleGroup[p];
    // together[r][g * clusters[r] + l]: group g's sample members that run r puts in cluster l.
    std::vector<std::size_t> clusters(runs, 0);
    std::vector<std::vector<double>> together(runs);
    for (std::size_t r = 0; r < runs; ++r) {
        const Labels &onSample = sampleLabels[r];
        clusters[r] = static_cast<std::size_t>(std::max(0, *std::max_element(onSample.begin(), onSample.end()) + 1));
        together[r].assign(k * clusters[r], 0.0);
        for (std::size_t p = 0; p < m; ++p)
            if (onSample[p] >= 0)
                together[r][static_cast<std::size_t>(sampleGroup[p]) * clusters[r]
                            + static_cast<std::size_t>(onSample[p])]
                    += 1.0;
    }
    result.labels.resize(n);
    result.agreement.resize(n);
    constexpr std::size_t kVoteRows = 16384;
    for (std::size_t first = 0; first < n; first += kVoteRows) {
        progress.check();
        const std::size_t count = std::min(kVoteRows, n - first);
        const Matrix block = x.middleRows(static_cast<Eigen::Index>(first), static_cast<Eigen::Index>(count));
        Matrix sums = Matrix::Zero(static_cast<Eigen::Index>(count), static_cast<Eigen::Index>(k));
        for (std::size_t r = 0; r < runs; ++r) {
            const Labels labels = assign(models[r], block).labels;
            parallelFor(count, [&](std::size_t begin, std::size_t end) {
                for (std::size_t b = begin; b < end; ++b) {
                    const std::int32_t l = labels[b];
                    const std::int32_t own = ownGroup[first + b];
                    for (std::size_t g = 0; g < k; ++g) {
                        const bool self = own == static_cast<std::int32_t>(g);
                        const double others = static_cast<double>(groupSize[g]) - (self ? 1.0 : 0.0);
                        double share;
                        if (others == 0.0)
                            share = 1.0; // the row is its group's only member: it agrees with itself
                        else if (l < 0)
                            share = 0.0; // noise is with no one
                        else {
                            // A cluster no sample member is in has none of the group's members.
                            const auto cluster = static_cast<std::size_t>(l);
                            const double with = cluster < clusters[r] ? together[r][g * clusters[r] + cluster] : 0.0;
                            share = (with - (self ? 1.0 : 0.0)) / others;
                        }
                        sums(static_cast<Eigen::Index>(b), static_cast<Eigen::Index>(g)) += share;
                    }
                }
            });
        }
        for (std::size_t b = 0; b < count; ++b) {
            const auto row = sums.row(static_cast<Eigen::Index>(b));
            std::int32_t label = ownGroup[first + b];
            if (label < 0) {
                Eigen::Index best = 0;
                row.maxCoeff(&best); // the first of equal maxima: the lower group
                label = static_cast<std::int32_t>(best);
            }
            result.labels[first + b] = label;
            // A mean of shares in [0, 1]; rounding could only lift it past 1 when every share is 1.
            result.agreement[first + b] = std::min(1.0, row(label) / static_cast<double>(runs));
        }
        progress.report(kCutShare + (1.0 - kCutShare) * static_cast<double>(first + count) / static_cast<double>(n));
    }
    result.sizes.assign(k, 0);
    result.segmentAgreement.assign(k, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        const auto g = static_cast<std::size_t>(result.labels[i]);
        ++result.sizes[g];
        result.segmentAgreement[g] += result.agreement[i];
    }
    for (std::size_t g = 0; g < k; ++g)
        result.segmentAgreement[g] /= static_cast<double>(result.sizes[g]);
    progress.report(1.0, kStage);
    return result;
}

} // namespace

ConsensusResult consensus(const Matrix &x, const ConsensusOptions &options, const Progress &progress)
{
    return consensusWith(x, options, nullptr, progress);
}

void consensusEachK(const Matrix &x, const ConsensusOptions &options, const std::vector<int> &ks,
                    const std::function<void(ConsensusResult &&)> &onResult, const Progress &progress)
{
    const std::size_t runs = options.members.size() * static_cast<std::size_t>(std::max(options.runsPerMember, 0));
    std::vector<std::optional<WardResult>> trees(runs);
    const double span = static_cast<double>(ks.size());
    for (std::size_t i = 0; i < ks.size(); ++i) {
        ConsensusOptions atK = options;
        atK.k = ks[i];
        for (ClusteringOptions &member : atK.members)
            member = withClusters(member, ks[i]);
        onResult(consensusWith(x, atK, &trees,
                               progress.sub(static_cast<double>(i) / span, static_cast<double>(i + 1) / span)));
    }
}

ConsensusOptions consensusOptions(const ConsensusClusteringOptions &options)
{
    ConsensusOptions out;
    out.k = options.k;
    for (const Algorithm algorithm : options.algorithms) {
        if (findsClusterCount(algorithm) || algorithm == Algorithm::Consensus)
            throw Error(ErrorKind::Usage,
                        fillIn(Text::tr("consensus clustering cannot run %1: its members must cut the customers "
                                        "into k segments"),
                               algorithmName(algorithm)));
        out.members.push_back(defaultClusteringOptions(algorithm, options.k, options.seed));
    }
    out.runsPerMember = options.runsPerMember;
    out.resampling = options.resampling;
    out.fraction = options.fraction;
    out.maxFitRows = options.maxFitRows;
    out.sampleRows = options.sampleRows;
    out.seed = options.seed;
    return out;
}

} // namespace seg
