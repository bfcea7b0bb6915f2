#include "engine/cluster/minibatch_kmeans.h"

#include "engine/cluster/distance_kernels.h"
#include "engine/core/error.h"
#include "engine/core/random.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>
#include <vector>

namespace seg {

namespace {

void validate(const MiniBatchKMeansOptions &o, const Matrix &sample)
{
    if (o.k < 1)
        throw Error(ErrorKind::Usage, fillIn(Text::tr("mini-batch k-means needs k >= 1, got %1"), o.k));
    if (o.batchSize < 1)
        throw Error(ErrorKind::Usage, Text::tr("mini-batch k-means needs a batch size of at least 1 row"));
    if (o.maxEpochs < 0)
        throw Error(ErrorKind::Usage, Text::tr("mini-batch k-means needs a number of passes >= 0"));
    if (!(o.tol >= 0.0))
        throw Error(ErrorKind::Usage, Text::tr("mini-batch k-means needs a tolerance >= 0"));
    if (!(o.reassignmentRatio >= 0.0))
        throw Error(ErrorKind::Usage, Text::tr("mini-batch k-means needs a reassignment ratio >= 0"));
    if (sample.rows() < o.k)
        throw Error(ErrorKind::Usage,
                    fillIn(Text::tr("mini-batch k-means needs a start sample of at least k = %1 rows, got %2"), o.k,
                           sample.rows()));
}

/// Mean per-feature variance (ddof = 0) of x: the scale of k-means' tolerance.
double meanVariance(const Matrix &x)
{
    if (x.rows() == 0 || x.cols() == 0)
        return 0.0;
    const RowVector mean = x.colwise().mean();
    return (x.rowwise() - mean).array().square().colwise().sum().sum()
        / static_cast<double>(x.rows() * x.cols());
}

/// The nearest centre of `point` (the lower index on ties) and the squared distance to it.
std::pair<int, double> nearest(const double *point, const Matrix &centroids)
{
    const auto d = static_cast<std::size_t>(centroids.cols());
    int best = 0;
    double bestDistance = std::numeric_limits<double>::infinity();
    for (Eigen::Index c = 0; c < centroids.rows(); ++c) {
        const double distance = kernels::squaredDistance(point, centroids.data() + c * centroids.cols(), d);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = static_cast<int>(c);
        }
    }
    return {best, bestDistance};
}

void requireModelRange(const Matrix &block)
{
    const double *v = block.data();
    for (Eigen::Index i = 0; i < block.size(); ++i)
        if (!(std::abs(v[i]) <= kMaxModelMagnitude))
            throw Error(ErrorKind::InvalidData,
                        fillIn(Text::tr("row %1 of a block of %2 rows holds a missing value or a value beyond "
                                        "1e+120, which cannot be clustered"),
                               i / block.cols() + 1, block.rows()));
}

/// One mini-batch step and the starved-centre rule: the training state of a pass.
class Trainer
{
public:
    Trainer(Matrix centroids, std::vector<double> counts, const MiniBatchKMeansOptions &options)
        : m_centroids(std::move(centroids)), m_counts(std::move(counts)), m_options(options),
          m_sums(Matrix::Zero(m_centroids.rows(), m_centroids.cols())), m_batchCounts(m_counts.size())
    {
    }

    const Matrix &centroids() const { return m_centroids; }
    int reassignments() const { return m_reassignments; }

    /// Rows `order[begin, end)` of `block` as one batch.
    void step(const Matrix &block, const std::vector<Eigen::Index> &order, std::size_t begin, std::size_t end,
              Rng &rng)
    {
        m_sums.setZero();
        std::fill(m_batchCounts.begin(), m_batchCounts.end(), 0.0);
        for (std::size_t i = begin; i < end; ++i) {
            const Eigen::Index row = order[i];
            const int c = nearest(block.data() + row * block.cols(), m_centroids).first;
            m_sums.row(c) += block.row(row);
            m_batchCounts[static_cast<std::size_t>(c)] += 1.0;
        }
        for (Eigen::Index c = 0; c < m_centroids.rows(); ++c) {
            const double m = m_batchCounts[static_cast<std::size_t>(c)];
            if (m == 0.0)
                continue;
            double &count = m_counts[static_cast<std::size_t>(c)];
            // The running mean of every row the centre has taken (Sculley's learning rate 1/count).
            m_centroids.row(c) += (m_sums.row(c) - m * m_centroids.row(c)) / (count + m);
            count += m;
        }
        m_sinceReassign += end - begin;
        const bool starved = std::find(m_counts.begin(), m_counts.end(), 0.0) != m_counts.end();
        if (m_options.reassignmentRatio > 0.0
            && (starved || m_sinceReassign >= 10 * static_cast<std::size_t>(m_options.k))) {
            m_sinceReassign = 0;
            reassign(block, order, begin, end, rng);
        }
    }

private:
    // scikit-learn's MiniBatchKMeans (_mini_batch_step): centres that took fewer than ratio × the
    // busiest centre's rows move to distinct random rows of the batch (at most half the batch),
    // and their counts become the smallest count of the others, so they are not moved again at once.
    void reassign(const Matrix &block, const std::vector<Eigen::Index> &order, std::size_t begin, std::size_t end,
                  Rng &rng)
    {
        const double busiest = *std::max_element(m_counts.begin(), m_counts.end());
        std::vector<std::size_t> starved;
        for (std::size_t c = 0; c < m_counts.size(); ++c)
            if (m_counts[c] < m_options.reassignmentRatio * busiest)
                starved.push_back(c);
        if (starved.empty())
            return;
        const std::size_t batch = end - begin;
        if (starved.size() > batch / 2) {
            // Keep the most starved ones (the lowest counts; lower index on ties).
            std::stable_sort(starved.begin(), starved.end(),
                             [&](std::size_t a, std::size_t b) { return m_counts[a] < m_counts[b]; });
            starved.resize(batch / 2);
            if (starved.empty())
                return;
        }
        double smallestKept = std::numeric_limits<double>::infinity();
        for (std::size_t c = 0; c < m_counts.size(); ++c)
            if (std::find(starved.begin(), starved.end(), c) == starved.end())
                smallestKept = std::min(smallestKept, m_counts[c]);
        // Distinct random rows of the batch: a partial Fisher–Yates shuffle of its positions.
        std::vector<std::size_t> positions(batch);
        std::iota(positions.begin(), positions.end(), begin);
        for (std::size_t i = 0; i < starved.size(); ++i) {
            std::swap(positions[i], positions[i + static_cast<std::size_t>(rng.below(batch - i))]);
            const auto c = static_cast<Eigen::Index>(starved[i]);
            m_centroids.row(c) = block.row(order[positions[i]]);
            m_counts[starved[i]] = std::isfinite(smallestKept) ? smallestKept : 0.0;
            ++m_reassignments;
        }
    }

    Matrix m_centroids;
    std::vector<double> m_counts;
    const MiniBatchKMeansOptions &m_options;
    Matrix m_sums;
    std::vector<double> m_batchCounts;
    std::size_t m_sinceReassign = 0;
    int m_reassignments = 0;
};

} // namespace

MatrixRowBlocks::MatrixRowBlocks(const Matrix &x, std::size_t blockRows)
    : m_x(x), m_blockRows(std::max<std::size_t>(blockRows, 1))
{
}

void MatrixRowBlocks::forEach(const OnBlock &onBlock, const Progress &progress)
{
    Matrix block;
    for (Eigen::Index next = 0; next < m_x.rows();) {
        progress.check();
        const Eigen::Index rows = std::min<Eigen::Index>(static_cast<Eigen::Index>(m_blockRows), m_x.rows() - next);
        block = m_x.middleRows(next, rows);
        onBlock(block);
        next += rows;
        progress.report(static_cast<double>(next) / static_cast<double>(m_x.rows()), "mini-batch k-means");
    }
}

MiniBatchKMeansResult miniBatchKMeans(RowBlocks &blocks, const Matrix &sample, const MiniBatchKMeansOptions &options,
                                      const Progress &progress)
{
    validate(options, sample);
    MiniBatchKMeansResult result;

    // The start: k-means on the sample, as `segscope cluster` runs it on a table of that size.
    KMeansOptions start;
    start.k = options.k;
    start.nInit = std::max(options.nInit, 1);
    start.seed = options.seed;
    start.restartSampleRows = 10000;
    const double startShare = options.maxEpochs == 0 ? 1.0 : 0.2;
    const KMeansResult km = kmeans(sample, start, progress.sub(0.0, startShare));
    result.startInertia = km.inertia;
    std::vector<double> counts(static_cast<std::size_t>(options.k), 0.0);
    for (const std::int32_t label : km.labels)
        counts[static_cast<std::size_t>(label)] += 1.0;
    Trainer trainer(km.centroids, std::move(counts), options);
    const double threshold = options.tol * meanVariance(sample);

    std::vector<Eigen::Index> order;
    result.status = options.maxEpochs == 0 ? FitStatus::Converged : FitStatus::MaxIterations;
    for (int epoch = 0; epoch < options.maxEpochs; ++epoch) {
        const Progress pass = progress.sub(startShare + (1.0 - startShare) * epoch / options.maxEpochs,
                                           startShare + (1.0 - startShare) * (epoch + 1) / options.maxEpochs);
        const Matrix before = trainer.centroids();
        Rng rng = Rng::derived(options.seed, 0x6d62u + static_cast<std::uint64_t>(epoch));
        std::size_t rows = 0;
        blocks.forEach(
            [&](const Matrix &block) {
                if (block.cols() != sample.cols())
                    throw Error(ErrorKind::Usage,
                                fillIn(Text::tr("the rows have %1 features but the start sample has %2"),
                                       block.cols(), sample.cols()));
                requireModelRange(block);
                // Rows in a random order within the block: a file sorted by any column would
                // otherwise pull the centres one way, then the other.
                order.resize(static_cast<std::size_t>(block.rows()));
                std::iota(order.begin(), order.end(), Eigen::Index {0});
                for (std::size_t i = order.size(); i > 1; --i)
                    std::swap(order[i - 1], order[static_cast<std::size_t>(rng.below(i))]);
                for (std::size_t begin = 0; begin < order.size(); begin += options.batchSize)
                    trainer.step(block, order, begin, std::min(order.size(), begin + options.batchSize), rng);
                rows += static_cast<std::size_t>(block.rows());
            },
            pass);
        result.rows = rows;
        result.epochs = epoch + 1;
        if ((trainer.centroids() - before).squaredNorm() <= threshold) {
            result.status = FitStatus::Converged;
            break;
        }
    }
    result.centroids = trainer.centroids();
    result.reassignments = trainer.reassignments();
    progress.report(1.0, "mini-batch k-means");
    return result;
}

} // namespace seg
