#include "engine/eval/metrics.h"

#include "engine/core/error.h"
#include "engine/core/parallel.h"
#include "engine/core/random.h"
#include "engine/core/sampling.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <string>

namespace seg {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Pair counts reach n^2 and their products n^4, beyond 64 bits for n above ~55,000.
// __extension__ keeps -Wpedantic quiet about the GCC/Clang builtin type.
__extension__ typedef __int128 Int128;

void checkLabelValues(const Labels &labels)
{
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] < -1)
            throw Error(ErrorKind::Usage,
                        fillIn(Text::tr("label %1 at row index %2 is invalid: cluster ids are >= 0, and -1 marks "
                                        "noise"),
                               labels[i], i));
    }
}

void checkDataLabels(const Matrix &x, const Labels &labels)
{
    if (static_cast<std::size_t>(x.rows()) != labels.size())
        throw Error(ErrorKind::Usage,
                    fillIn(Text::tr("the data has %1 rows but there are %2 labels"), x.rows(), labels.size()));
    checkLabelValues(labels);
}

void checkSameSize(const Labels &a, const Labels &b)
{
    if (a.size() != b.size())
        throw Error(ErrorKind::Usage,
                    fillIn(Text::tr("the two labelings have different lengths (%1 and %2)"), a.size(), b.size()));
}

/// Distinct values of `ids` mapped to 0..k-1 in ascending order (what sklearn's
/// LabelEncoder does), so cluster ids need not be consecutive.
struct Compact
{
    std::vector<std::int32_t> code; // per input entry
    std::vector<std::int64_t> count; // per code
    int k = 0;
};

// Ids spanning at most this many values are counted in a table rather than sorted (the usual
// case: cluster numbers and label codes are small). Both ways give the same codes.
constexpr std::int64_t kDenseIdRange = 1 << 20;

Compact compactIds(const std::vector<std::int32_t> &ids)
{
    Compact c;
    c.code.resize(ids.size());
    if (ids.empty())
        return c;
    const auto [low, high] = std::minmax_element(ids.begin(), ids.end());
    const std::int32_t first = *low;
    if (static_cast<std::int64_t>(*high) - first < kDenseIdRange) {
        std::vector<std::int32_t> codeOf(static_cast<std::size_t>(*high - first) + 1, -1);
        for (const std::int32_t id : ids)
            codeOf[static_cast<std::size_t>(id - first)] = 0;
        for (std::int32_t &code : codeOf)
            if (code == 0)
                code = c.k++;
        c.count.assign(static_cast<std::size_t>(c.k), 0);
        for (std::size_t i = 0; i < ids.size(); ++i) {
            c.code[i] = codeOf[static_cast<std::size_t>(ids[i] - first)];
            ++c.count[static_cast<std::size_t>(c.code[i])];
        }
        return c;
    }
    std::vector<std::int32_t> distinct = ids;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    c.k = static_cast<int>(distinct.size());
    c.count.assign(distinct.size(), 0);
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const auto it = std::lower_bound(distinct.begin(), distinct.end(), ids[i]);
        c.code[i] = static_cast<std::int32_t>(it - distinct.begin());
        ++c.count[static_cast<std::size_t>(c.code[i])];
    }
    return c;
}

/// The clustered rows of x (noise dropped) with compact cluster codes.
struct Clustered
{
    std::vector<std::size_t> rows;
    Compact clusters;
};

Clustered clusteredRows(const Labels &labels, const std::vector<std::size_t> *subset = nullptr)
{
    Clustered c;
    std::vector<std::int32_t> ids;
    auto take = [&](std::size_t r) {
        if (labels[r] >= 0) {
            c.rows.push_back(r);
            ids.push_back(labels[r]);
        }
    };
    if (subset) {
        for (std::size_t r : *subset)
            take(r);
    } else {
        for (std::size_t r = 0; r < labels.size(); ++r)
            take(r);
    }
    c.clusters = compactIds(ids);
    return c;
}

// sklearn's check_number_of_labels: it raises outside this range; we return NaN instead.
bool validClusterCount(int k, std::size_t rows)
{
    return k >= 2 && static_cast<std::size_t>(k) + 1 <= rows;
}

/// Per-cluster means (k × d) of the clustered rows.
Matrix clusterMeans(const Matrix &x, const Clustered &c)
{
    Matrix means = Matrix::Zero(c.clusters.k, x.cols());
    for (std::size_t i = 0; i < c.rows.size(); ++i)
        means.row(c.clusters.code[i]) += x.row(static_cast<Eigen::Index>(c.rows[i]));
    for (int q = 0; q < c.clusters.k; ++q)
        means.row(q) /= static_cast<double>(c.clusters.count[static_cast<std::size_t>(q)]);
    return means;
}

// ---------------------------------------------------------------------------------------------
// Silhouette.
//
// Rows are reordered so that each cluster is a contiguous range, and the m × m distance
// matrix is visited in square tiles of kTile rows that are never stored whole. Each tile
// adds, for every row, the sum of its distances to each cluster's members within the tile,
// so only an m × k table of per-cluster distance sums is kept. Distances are computed
// directly as sqrt(sum (x_if - x_jf)^2), not through |x|^2 + |y|^2 - 2 x.y, so near and
// identical points are exact (identical rows are at distance 0) at a modest speed cost.
//
// Symmetric mode (m × k table fits kSymmetricBudget): each tile pair (I, J), I < J, is
// computed once and feeds both the rows of I and the rows of J. The pairs are scheduled in
// rounds of a round-robin tournament (circle method), in which every block appears at most
// once, so tiles of a round run in parallel on disjoint rows of the table and every row
// receives its contributions in the same order whatever the thread count.
// Row-block mode (very many clusters): each block of rows sweeps all column tiles with its
// own kTile × k table; twice the distance work, but memory per running block only.

constexpr std::size_t kTile = 256; // multiple of 4
constexpr std::size_t kSymmetricBudget = 1u << 25; // table entries (256 MiB of doubles)

struct SilhouetteSetup
{
    std::size_t m = 0; // rows used
    std::size_t mp = 0; // m rounded up to a multiple of 4 (zero rows pad the tiles)
    int k = 0;
    Matrix xs; // mp × d: rows sorted by cluster
    Matrix xt; // d × mp: xs transposed, so a tile's columns are contiguous per feature
    std::vector<std::int32_t> clusterOf; // per sorted position < m
    std::vector<std::size_t> start; // k + 1 cluster boundaries in sorted positions
    std::vector<std::int64_t> count; // per cluster
    std::vector<std::size_t> order; // sorted position -> index into the rows used
};

/// Euclidean distances between sorted rows [i0, i0 + bi) and [j0, j0 + bj) into out
/// (row stride ldo). bi and bj are multiples of 4. Two rows by four columns at a time keep
/// the accumulators in registers and reuse each loaded column value twice; every distance
/// is summed over features in the same order, so tiles are reproducible bit for bit.
/// Features go in chunks of kFeatureChunk, the squared sums waiting in `out` between chunks:
/// on wide data (thousands of features) the tile's rows and columns then stay in cache instead
/// of streaming from memory for every four distances. Each sum still adds its features in
/// order 0..d-1, so the chunks change no bit.
constexpr std::size_t kFeatureChunk = 64;

void distanceTile(const SilhouetteSetup &s, std::size_t i0, std::size_t bi, std::size_t j0, std::size_t bj,
                  double *out, std::size_t ldo)
{
    const std::size_t d = static_cast<std::size_t>(s.xs.cols());
    const std::size_t ldt = static_cast<std::size_t>(s.xt.cols());
    const double *xt = s.xt.data() + j0;
    for (std::size_t i = 0; i < bi; ++i)
        std::fill(out + i * ldo, out + i * ldo + bj, 0.0);
    for (std::size_t f0 = 0; f0 < d; f0 += kFeatureChunk) {
        const std::size_t f1 = std::min(d, f0 + kFeatureChunk);
        for (std::size_t i = 0; i < bi; i += 2) {
            const double *xa = s.xs.data() + (i0 + i) * d;
            const double *xb = xa + d;
            double *oa = out + i * ldo;
            double *ob = oa + ldo;
            for (std::size_t j = 0; j < bj; j += 4) {
                double accA[4] = {oa[j], oa[j + 1], oa[j + 2], oa[j + 3]};
                double accB[4] = {ob[j], ob[j + 1], ob[j + 2], ob[j + 3]};
                for (std::size_t f = f0; f < f1; ++f) {
                    const double fa = xa[f];
                    const double fb = xb[f];
                    const double *col = xt + f * ldt + j;
                    for (int t = 0; t < 4; ++t) {
                        const double da = fa - col[t];
                        accA[t] += da * da;
                        const double db = fb - col[t];
                        accB[t] += db * db;
                    }
                }
                for (int t = 0; t < 4; ++t) {
                    oa[j + t] = accA[t];
                    ob[j + t] = accB[t];
                }
            }
        }
    }
    for (std::size_t i = 0; i < bi; ++i)
        for (std::size_t j = 0; j < bj; ++j)
            out[i * ldo + j] = std::sqrt(out[i * ldo + j]);
}

/// Sum of v[0..n) with eight interleaved partial sums: vectorisable yet in a fixed order.
double blockSum(const double *v, std::size_t n)
{
    double acc[8] = {0, 0, 0, 0, 0, 0, 0, 0};
    std::size_t j = 0;
    for (; j + 8 <= n; j += 8)
        for (int t = 0; t < 8; ++t)
            acc[t] += v[j + t];
    double sum = ((acc[0] + acc[1]) + (acc[2] + acc[3])) + ((acc[4] + acc[5]) + (acc[6] + acc[7]));
    for (; j < n; ++j)
        sum += v[j];
    return sum;
}

struct Segment
{
    std::int32_t cluster;
    std::size_t begin; // sorted positions
    std::size_t end;
};

/// The cluster ranges covering sorted positions [begin, end) (end <= m).
std::vector<Segment> segmentsOf(const SilhouetteSetup &s, std::size_t begin, std::size_t end)
{
    std::vector<Segment> segs;
    std::size_t p = begin;
    while (p < end) {
        const std::int32_t c = s.clusterOf[p];
        const std::size_t e = std::min(end, s.start[static_cast<std::size_t>(c) + 1]);
        segs.push_back({c, p, e});
        p = e;
    }
    return segs;
}

/// table[(i - rowBase) * k + c] += distances of each valid row i of the tile to the
/// columns of cluster c in the tile.
void addRowSums(const SilhouetteSetup &s, const double *tile, std::size_t ldo, std::size_t i0,
                std::size_t iEnd, std::size_t j0, const std::vector<Segment> &colSegs, double *table,
                std::size_t rowBase)
{
    const std::size_t k = static_cast<std::size_t>(s.k);
    for (std::size_t i = i0; i < iEnd; ++i) {
        const double *row = tile + (i - i0) * ldo;
        double *target = table + (i - rowBase) * k;
        for (const Segment &seg : colSegs)
            target[seg.cluster] += blockSum(row + (seg.begin - j0), seg.end - seg.begin);
    }
}

/// table[j * k + c] += distances of each valid column j of the tile to the rows of
/// cluster c in the tile (the transposed half of a symmetric tile).
void addColumnSums(const SilhouetteSetup &s, const double *tile, std::size_t ldo, std::size_t i0,
                   const std::vector<Segment> &rowSegs, std::size_t j0, std::size_t jEnd, double *table,
                   std::vector<double> &acc)
{
    const std::size_t k = static_cast<std::size_t>(s.k);
    const std::size_t width = jEnd - j0;
    acc.resize(width);
    for (const Segment &seg : rowSegs) {
        std::fill(acc.begin(), acc.end(), 0.0);
        for (std::size_t i = seg.begin; i < seg.end; ++i) {
            const double *row = tile + (i - i0) * ldo;
            for (std::size_t j = 0; j < width; ++j)
                acc[j] += row[j];
        }
        for (std::size_t j = 0; j < width; ++j)
            table[(j0 + j) * k + static_cast<std::size_t>(seg.cluster)] += acc[j];
    }
}

/// s(i) from row i's per-cluster distance sums, exactly as sklearn's silhouette_samples:
/// a = own sum / (n_c - 1), b = min over other clusters of sum / n_c', (b - a) / max(a, b),
/// and 0 for singletons and for a = b = 0 (sklearn maps those NaNs to 0).
double silhouetteOf(const SilhouetteSetup &s, std::size_t p, const double *sums)
{
    const std::size_t c = static_cast<std::size_t>(s.clusterOf[p]);
    if (s.count[c] == 1)
        return 0.0;
    const double a = sums[c] / static_cast<double>(s.count[c] - 1);
    double b = std::numeric_limits<double>::infinity();
    for (std::size_t q = 0; q < static_cast<std::size_t>(s.k); ++q)
        if (q != c)
            b = std::min(b, sums[q] / static_cast<double>(s.count[q]));
    const double denom = std::max(a, b);
    return denom > 0.0 ? (b - a) / denom : 0.0;
}

struct Block
{
    std::size_t begin;
    std::size_t end; // padded end (multiple of 4)
    std::size_t validEnd; // min(end, m)
};

/// Silhouette values for the rows `rows` of x (all clustered); empty when the cluster
/// count is invalid. Entry r belongs to rows[r].
std::vector<double> silhouetteOfRows(const Matrix &x, const Labels &labels,
                                     const std::vector<std::size_t> &rows, const Progress &progress)
{
    SilhouetteSetup s;
    s.m = rows.size();
    std::vector<std::int32_t> ids(s.m);
    for (std::size_t r = 0; r < s.m; ++r)
        ids[r] = labels[rows[r]];
    const Compact compact = compactIds(ids);
    s.k = compact.k;
    if (!validClusterCount(s.k, s.m))
        return {};
    s.count = compact.count;

    // Counting sort by cluster, stable, so the layout is fixed by the input alone.
    const std::size_t k = static_cast<std::size_t>(s.k);
    s.start.assign(k + 1, 0);
    for (std::size_t c = 0; c < k; ++c)
        s.start[c + 1] = s.start[c] + static_cast<std::size_t>(s.count[c]);
    s.order.resize(s.m);
    s.clusterOf.resize(s.m);
    {
        std::vector<std::size_t> next(s.start.begin(), s.start.end() - 1);
        for (std::size_t r = 0; r < s.m; ++r) {
            const std::size_t p = next[static_cast<std::size_t>(compact.code[r])]++;
            s.order[p] = r;
            s.clusterOf[p] = compact.code[r];
        }
    }
    s.mp = (s.m + 3) / 4 * 4;
    const Eigen::Index d = x.cols();
    s.xs = Matrix::Zero(static_cast<Eigen::Index>(s.mp), d);
    for (std::size_t p = 0; p < s.m; ++p)
        s.xs.row(static_cast<Eigen::Index>(p)) = x.row(static_cast<Eigen::Index>(rows[s.order[p]]));
    s.xt = s.xs.transpose();

    std::vector<Block> blocks;
    for (std::size_t b = 0; b < s.mp; b += kTile)
        blocks.push_back({b, std::min(s.mp, b + kTile), std::min(s.m, b + kTile)});
    const std::size_t nb = blocks.size();

    std::vector<double> sil(s.m, 0.0); // per sorted position
    std::atomic<bool> stopped {false};
    auto cancelledInside = [&] {
        if (progress.cancelled()) {
            stopped.store(true, std::memory_order_relaxed);
            return true;
        }
        return false;
    };

    if (s.m * k <= kSymmetricBudget) {
        std::vector<double> table(s.m * k, 0.0);
        // Round 0: diagonal tiles; then rounds of the circle method over nb (+1 dummy) blocks.
        const std::size_t players = nb % 2 == 0 ? nb : nb + 1;
        const std::size_t rounds = players - 1;
        for (std::size_t round = 0; round <= rounds; ++round) {
            std::vector<std::pair<std::size_t, std::size_t>> pairs;
            if (round == 0) {
                for (std::size_t b = 0; b < nb; ++b)
                    pairs.emplace_back(b, b);
            } else {
                const std::size_t r = round - 1;
                const std::size_t circle = players - 1;
                pairs.emplace_back(r, players - 1);
                for (std::size_t q = 1; q < players / 2; ++q)
                    pairs.emplace_back((r + q) % circle, (r + circle - q) % circle);
            }
            parallelFor(
                pairs.size(),
                [&](std::size_t begin, std::size_t end) {
                    std::vector<double> tile(kTile * kTile);
                    std::vector<double> acc;
                    for (std::size_t t = begin; t < end; ++t) {
                        if (cancelledInside())
                            return;
                        std::size_t bi = pairs[t].first;
                        std::size_t bj = pairs[t].second;
                        if (bi >= nb || bj >= nb)
                            continue; // the dummy player of an odd block count
                        if (bi > bj)
                            std::swap(bi, bj);
                        const Block &I = blocks[bi];
                        const Block &J = blocks[bj];
                        distanceTile(s, I.begin, I.end - I.begin, J.begin, J.end - J.begin, tile.data(),
                                     kTile);
                        addRowSums(s, tile.data(), kTile, I.begin, I.validEnd, J.begin,
                                   segmentsOf(s, J.begin, J.validEnd), table.data(), 0);
                        if (bi != bj)
                            addColumnSums(s, tile.data(), kTile, I.begin, segmentsOf(s, I.begin, I.validEnd),
                                          J.begin, J.validEnd, table.data(), acc);
                    }
                },
                1);
            progress.check();
            progress.report(0.95 * static_cast<double>(round + 1) / static_cast<double>(rounds + 1),
                            "silhouette");
        }
        parallelFor(s.m, [&](std::size_t begin, std::size_t end) {
            for (std::size_t p = begin; p < end; ++p)
                sil[p] = silhouetteOf(s, p, table.data() + p * k);
        });
    } else {
        // A fixed batch of row blocks between progress reports; each block's result depends
        // on its own rows only, so the batching does not affect the values.
        constexpr std::size_t batch = 8;
        for (std::size_t first = 0; first < nb; first += batch) {
            const std::size_t last = std::min(nb, first + batch);
            parallelFor(
                last - first,
                [&](std::size_t begin, std::size_t end) {
                    std::vector<double> tile(kTile * kTile);
                    std::vector<double> table;
                    for (std::size_t t = first + begin; t < first + end; ++t) {
                        const Block &I = blocks[t];
                        table.assign((I.validEnd - I.begin) * k, 0.0);
                        for (const Block &J : blocks) {
                            if (cancelledInside())
                                return;
                            distanceTile(s, I.begin, I.end - I.begin, J.begin, J.end - J.begin, tile.data(),
                                         kTile);
                            addRowSums(s, tile.data(), kTile, I.begin, I.validEnd, J.begin,
                                       segmentsOf(s, J.begin, J.validEnd), table.data(), I.begin);
                        }
                        for (std::size_t p = I.begin; p < I.validEnd; ++p)
                            sil[p] = silhouetteOf(s, p, table.data() + (p - I.begin) * k);
                    }
                },
                1);
            progress.check();
            progress.report(0.95 * static_cast<double>(last) / static_cast<double>(nb), "silhouette");
        }
    }
    if (stopped.load(std::memory_order_relaxed))
        throw Cancelled(); // cancelled between the last check and the end of a loop

    std::vector<double> result(s.m);
    for (std::size_t p = 0; p < s.m; ++p)
        result[s.order[p]] = sil[p];
    progress.report(1.0, "silhouette");
    return result;
}

/// The contingency table of two equally long labelings as sorted (row, column, count)
/// triples over the nonzero cells, plus the marginals.
struct Contingency
{
    Compact a;
    Compact b;
    std::vector<std::int32_t> row;
    std::vector<std::int32_t> col;
    std::vector<std::int64_t> count;
};

Contingency contingency(const Labels &a, const Labels &b)
{
    Contingency t;
    t.a = compactIds(a);
    t.b = compactIds(b);
    const auto kb = static_cast<std::uint64_t>(t.b.k);
    const std::uint64_t cells = static_cast<std::uint64_t>(t.a.k) * kb;
    if (cells <= static_cast<std::uint64_t>(kDenseIdRange)) {
        // Few cells: counted in a table and listed in row-major order, as the sort below lists them.
        std::vector<std::int64_t> counts(cells, 0);
        for (std::size_t i = 0; i < a.size(); ++i)
            ++counts[static_cast<std::uint64_t>(t.a.code[i]) * kb + static_cast<std::uint64_t>(t.b.code[i])];
        for (std::uint64_t cell = 0; cell < cells; ++cell) {
            if (counts[cell] == 0)
                continue;
            t.row.push_back(static_cast<std::int32_t>(cell / kb));
            t.col.push_back(static_cast<std::int32_t>(cell % kb));
            t.count.push_back(counts[cell]);
        }
        return t;
    }
    std::vector<std::uint64_t> keys(a.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        keys[i] = static_cast<std::uint64_t>(t.a.code[i]) * kb + static_cast<std::uint64_t>(t.b.code[i]);
    std::sort(keys.begin(), keys.end()); // row-major cell order, as scipy's sparse find()
    for (std::size_t i = 0; i < keys.size();) {
        std::size_t j = i;
        while (j < keys.size() && keys[j] == keys[i])
            ++j;
        t.row.push_back(static_cast<std::int32_t>(keys[i] / kb));
        t.col.push_back(static_cast<std::int32_t>(keys[i] % kb));
        t.count.push_back(static_cast<std::int64_t>(j - i));
        i = j;
    }
    return t;
}

/// sklearn.metrics.cluster.entropy: natural-log entropy of a labeling's cluster sizes.
double entropyOf(const Compact &c, std::size_t n)
{
    if (n == 0)
        return 1.0;
    if (c.k == 1)
        return 0.0;
    const double total = static_cast<double>(n);
    const double logTotal = std::log(total);
    double sum = 0.0;
    for (std::int64_t count : c.count) {
        const double p = static_cast<double>(count);
        sum += (p / total) * (std::log(p) - logTotal);
    }
    return -sum;
}

} // namespace

double inertia(const Matrix &x, const Labels &labels)
{
    checkDataLabels(x, labels);
    const Clustered c = clusteredRows(labels);
    if (c.rows.empty())
        return 0.0;
    const Matrix means = clusterMeans(x, c);
    double sum = 0.0;
    for (std::size_t i = 0; i < c.rows.size(); ++i)
        sum += (x.row(static_cast<Eigen::Index>(c.rows[i])) - means.row(c.clusters.code[i])).squaredNorm();
    return sum;
}

std::vector<std::size_t> silhouetteSampleRows(const Labels &labels, std::size_t sampleSize,
                                              std::uint64_t seed)
{
    checkLabelValues(labels);
    std::vector<std::size_t> rows;
    for (std::size_t r = 0; r < labels.size(); ++r)
        if (labels[r] >= 0)
            rows.push_back(r);
    if (sampleSize == 0 || sampleSize >= rows.size())
        return rows;
    Rng rng(seed);
    std::vector<std::size_t> sampled = sampleIndices(rows.size(), sampleSize, rng);
    for (std::size_t &r : sampled) // rows is increasing, so the mapped rows stay sorted
        r = rows[r];
    return sampled;
}

double silhouette(const Matrix &x, const Labels &labels, std::size_t sampleSize, std::uint64_t seed,
                  const Progress &progress)
{
    checkDataLabels(x, labels);
    const std::vector<std::size_t> rows = silhouetteSampleRows(labels, sampleSize, seed);
    const std::vector<double> values = silhouetteOfRows(x, labels, rows, progress);
    if (values.empty())
        return kNaN;
    double sum = 0.0;
    for (double v : values)
        sum += v;
    return sum / static_cast<double>(values.size());
}

std::vector<double> silhouetteSamples(const Matrix &x, const Labels &labels, const Progress &progress)
{
    checkDataLabels(x, labels);
    const std::vector<std::size_t> rows = silhouetteSampleRows(labels, 0, 0);
    const std::vector<double> values = silhouetteOfRows(x, labels, rows, progress);
    std::vector<double> result(labels.size(), kNaN);
    for (std::size_t r = 0; r < values.size(); ++r)
        result[rows[r]] = values[r];
    return result;
}

double daviesBouldin(const Matrix &x, const Labels &labels)
{
    checkDataLabels(x, labels);
    const Clustered c = clusteredRows(labels);
    const int k = c.clusters.k;
    if (!validClusterCount(k, c.rows.size()))
        return kNaN;
    const Matrix centroids = clusterMeans(x, c);
    Vector spread = Vector::Zero(k);
    for (std::size_t i = 0; i < c.rows.size(); ++i)
        spread[c.clusters.code[i]]
            += (x.row(static_cast<Eigen::Index>(c.rows[i])) - centroids.row(c.clusters.code[i])).norm();
    for (int q = 0; q < k; ++q)
        spread[q] /= static_cast<double>(c.clusters.count[static_cast<std::size_t>(q)]);
    Matrix centroidDistance(k, k);
    for (int p = 0; p < k; ++p)
        for (int q = 0; q < k; ++q)
            centroidDistance(p, q) = (centroids.row(p) - centroids.row(q)).norm();

    // sklearn returns 0 when np.allclose(..., 0) holds, i.e. every entry is within 1e-8 of 0.
    constexpr double allcloseAtol = 1e-8;
    if (spread.cwiseAbs().maxCoeff() <= allcloseAtol
        || centroidDistance.cwiseAbs().maxCoeff() <= allcloseAtol)
        return 0.0;
    double sum = 0.0;
    for (int p = 0; p < k; ++p) {
        double worst = 0.0;
        for (int q = 0; q < k; ++q) {
            const double dist = centroidDistance(p, q);
            if (dist == 0.0)
                continue; // sklearn sets coincident centroid distances to inf: ratio 0
            worst = std::max(worst, (spread[p] + spread[q]) / dist);
        }
        sum += worst;
    }
    return sum / static_cast<double>(k);
}

double calinskiHarabasz(const Matrix &x, const Labels &labels)
{
    checkDataLabels(x, labels);
    const Clustered c = clusteredRows(labels);
    const int k = c.clusters.k;
    const std::size_t n = c.rows.size();
    if (!validClusterCount(k, n))
        return kNaN;
    const Matrix means = clusterMeans(x, c);
    RowVector mean = RowVector::Zero(x.cols());
    for (std::size_t r : c.rows)
        mean += x.row(static_cast<Eigen::Index>(r));
    mean /= static_cast<double>(n);
    double between = 0.0;
    for (int q = 0; q < k; ++q)
        between += static_cast<double>(c.clusters.count[static_cast<std::size_t>(q)])
            * (means.row(q) - mean).squaredNorm();
    double within = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        within += (x.row(static_cast<Eigen::Index>(c.rows[i])) - means.row(c.clusters.code[i])).squaredNorm();
    if (within == 0.0)
        return 1.0;
    return between * static_cast<double>(n - static_cast<std::size_t>(k)) / (within * (k - 1.0));
}

double adjustedRandIndex(const Labels &a, const Labels &b)
{
    checkSameSize(a, b);
    const Contingency t = contingency(a, b);
    // sklearn's pair_confusion_matrix: ordered pairs of distinct rows, counted exactly.
    const Int128 n = static_cast<Int128>(a.size());
    Int128 sumSquares = 0;
    for (std::int64_t v : t.count)
        sumSquares += static_cast<Int128>(v) * v;
    Int128 rowSquares = 0;
    for (std::int64_t v : t.a.count)
        rowSquares += static_cast<Int128>(v) * v;
    Int128 colSquares = 0;
    for (std::int64_t v : t.b.count)
        colSquares += static_cast<Int128>(v) * v;
    const Int128 tp = sumSquares - n; // same cluster in both
    const Int128 fp = colSquares - sumSquares; // same in b only
    const Int128 fn = rowSquares - sumSquares; // same in a only
    const Int128 tn = n * n - fp - fn - sumSquares;
    if (fn == 0 && fp == 0)
        return 1.0;
    // Hubert & Arabie (1985) in pair-count form, rounded once at the end as sklearn does.
    const Int128 numerator = tp * tn - fn * fp;
    const Int128 denominator = (tp + fn) * (fn + tn) + (tp + fp) * (fp + tn);
    return 2.0 * static_cast<double>(numerator) / static_cast<double>(denominator);
}

double normalizedMutualInfo(const Labels &a, const Labels &b)
{
    checkSameSize(a, b);
    const Contingency t = contingency(a, b);
    if (t.a.k == t.b.k && (t.a.k == 1 || t.a.k == 0))
        return 1.0;
    // mutual_info_score as sklearn computes it, term by term over the nonzero cells.
    double mi = 0.0;
    if (t.a.k > 1 && t.b.k > 1) {
        const double n = static_cast<double>(a.size());
        const double logN = std::log(n);
        for (std::size_t cell = 0; cell < t.count.size(); ++cell) {
            const double nij = static_cast<double>(t.count[cell]);
            const std::int64_t outer = t.a.count[static_cast<std::size_t>(t.row[cell])]
                * t.b.count[static_cast<std::size_t>(t.col[cell])];
            const double pij = nij / n;
            const double logOuter = -std::log(static_cast<double>(outer)) + logN + logN;
            double term = pij * (std::log(nij) - logN) + pij * logOuter;
            if (std::abs(term) < std::numeric_limits<double>::epsilon())
                term = 0.0;
            mi += term;
        }
        mi = std::max(mi, 0.0);
    }
    if (mi == 0.0)
        return 0.0;
    const double normaliser = (entropyOf(t.a, a.size()) + entropyOf(t.b, b.size())) / 2.0;
    return mi / normaliser;
}

} // namespace seg
