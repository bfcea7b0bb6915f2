#pragma once
// Mini-batch k-means (Sculley, 2010, "Web-scale k-means clustering", WWW '10) over rows that
// arrive in blocks and may never all be in memory: a file read in chunks, or a matrix.

#include "engine/cluster/kmeans.h"
#include "engine/core/matrix.h"
#include "engine/core/progress.h"

#include <cstddef>
#include <cstdint>
#include <functional>

namespace seg {

struct MiniBatchKMeansOptions
{
    int k = 8;
    /// Rows per mini-batch: each batch moves every centre towards the mean of its rows in the
    /// batch, by the share those rows have among all rows the centre has taken so far.
    std::size_t batchSize = 1024;
    /// Passes over all rows after the start; fewer when a pass moved the centres by less than tol.
    int maxEpochs = 3;
    /// A pass converged when the squared shift of the centres over it, summed over centres, is at
    /// most tol × the mean per-feature variance of the start sample (k-means' rule, per pass).
    double tol = 1e-4;
    /// scikit-learn's rule for starved centres: every 10 × k rows, a centre that has taken fewer
    /// than this share of the rows of the busiest one moves to a random row of the batch.
    /// 0 turns it off.
    double reassignmentRatio = 0.01;
    /// The start: k-means with this many k-means++ restarts on a seeded uniform sample of at most
    /// startSampleRows rows, which the caller supplies (the data may not fit in memory).
    int nInit = 10;
    std::size_t startSampleRows = 100000;
    std::uint64_t seed = 0;

    bool operator==(const MiniBatchKMeansOptions &) const = default;
};

/// Rows in model space (row-major, d columns), handed out block after block from the first, as
/// many times as an algorithm needs. Implementations read a file in chunks (engine/stream) or
/// walk a matrix.
class RowBlocks
{
public:
    using OnBlock = std::function<void(const Matrix &block)>;
    virtual ~RowBlocks() = default;
    /// Calls onBlock for every block of rows, from the first; the blocks come in the same order
    /// and sizes on every pass. Reports the fraction passed to `progress` and throws
    /// seg::Cancelled when it is cancelled; exceptions from onBlock propagate.
    virtual void forEach(const OnBlock &onBlock, const Progress &progress) = 0;
};

/// The blocks of an in-memory matrix: consecutive runs of `blockRows` rows.
class MatrixRowBlocks final : public RowBlocks
{
public:
    explicit MatrixRowBlocks(const Matrix &x, std::size_t blockRows = 65536);
    void forEach(const OnBlock &onBlock, const Progress &progress) override;

private:
    const Matrix &m_x;
    std::size_t m_blockRows;
};

struct MiniBatchKMeansResult
{
    Matrix centroids;              ///< k × d, model space
    std::size_t rows = 0;          ///< rows read per pass (0 when no pass was made)
    int epochs = 0;                ///< passes made after the start
    FitStatus status = FitStatus::Converged; ///< MaxIterations: the last pass still moved the centres
    int reassignments = 0;         ///< centres moved to a random row by the starved-centre rule
    double startInertia = 0.0;     ///< inertia of the start k-means on the sample
};

/// Fits k centres to the rows of `blocks`. The start is k-means (options.nInit k-means++
/// restarts, see kmeans()) on `sample`, a uniform sample of the rows that fits in memory; each
/// centre then counts the sample rows it holds as already seen, so the passes refine the start
/// rather than replace it. Each pass shuffles the rows of every block (seeded) and updates the
/// centres batch by batch: centre += (sum of its batch rows − m · centre) / (count + m), which
/// is Sculley's per-centre learning rate 1 / count applied to a batch at once.
///
/// Deterministic for a seed and a block layout, whatever the thread count. Throws
/// seg::Error(Usage) for k < 1, batchSize < 1, maxEpochs < 0, tol < 0, a negative ratio or a
/// sample with fewer than k rows or another width than the blocks; seg::Error(InvalidData) as
/// kmeans() does for the sample, and for a block holding NaN or values beyond
/// ±kMaxModelMagnitude. Reports progress over the passes and throws seg::Cancelled.
MiniBatchKMeansResult miniBatchKMeans(RowBlocks &blocks, const Matrix &sample, const MiniBatchKMeansOptions &options,
                                      const Progress &progress = {});

} // namespace seg
