#pragma once
// UMAP: Uniform Manifold Approximation and Projection (McInnes, Healy & Melville 2018,
// arXiv:1802.03426), the segment map that keeps neighbourhoods. Written from the paper and the
// documented defaults of its reference implementation (umap-learn 0.5); see docs/architecture.md.
//
// The steps, each in its own file:
//   umap_knn      k nearest neighbours of every row (exact for small inputs, hnswlib otherwise)
//   umap_graph    the fuzzy simplicial set: smooth kNN distances (rho, sigma), fuzzy union;
//                 a, b fitted from min_dist and spread
//   umap_layout   spectral initialisation (Spectra), the SGD of the cross entropy
//   umap.cpp      options, fit on a sample, transform() of the other rows
//
// Data: x is n × d, row-major (seg::Matrix), one row per prepared customer, finite.
// Layouts: n × 2 floats, interleaved (x0, y0, x1, y1, ...).

#include "engine/core/matrix.h"
#include "engine/core/progress.h"
#include "engine/core/row_source.h"
#include "engine/embed/embedding.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace seg {

enum class UmapMetric : std::uint8_t { Euclidean, Manhattan, Cosine };

/// "euclidean", "manhattan", "cosine".
std::string_view toString(UmapMetric metric);
/// The inverse of toString; anything else throws seg::Error(Usage) "metric: unknown ...".
UmapMetric parseUmapMetric(std::string_view text);

/// UMAP's parameters. Defaults are umap-learn's (UMAP() with no arguments) unless said.
struct UmapOptions
{
    int neighbors = 15;          ///< n_neighbors: size of the local neighbourhood, 2 <= neighbors < rows
    double minDist = 0.1;        ///< min_dist: how tightly points may pack, 0 <= minDist <= spread
    double spread = 1.0;         ///< spread: scale of the embedded points, > 0
    UmapMetric metric = UmapMetric::Euclidean;
    /// n_epochs: SGD epochs over the fitted rows; 0 = by size as umap-learn: 500 for fewer than
    /// 10,000 fitted rows, else 200.
    int epochs = 0;
    /// Rows the map is fitted on; the others are placed with transform(). Not in umap-learn:
    /// it is what makes a 1,000,000-row map take a minute. >= neighbors + 1.
    std::size_t fitSample = 100000;
    /// Rows placed at once when a fit sample is used: umap() places the other rows a batch at a
    /// time, each batch as transform() would place it alone, so memory for the placing is bounded
    /// by the batch (about 30 bytes per edge, 15 edges a row) rather than by the rows. Batches are
    /// of equal size, at most this many rows. Not in umap-learn. >= 1.
    std::size_t placeBatch = 65536;
    std::uint64_t seed = 42;
    int negativeSampleRate = 5;     ///< negative_sample_rate, >= 0
    double learningRate = 1.0;      ///< learning_rate (initial alpha), > 0
    double repulsionStrength = 1.0; ///< repulsion_strength (gamma), >= 0
    double localConnectivity = 1.0; ///< local_connectivity, >= 0
    double setOpMixRatio = 1.0;     ///< set_op_mix_ratio: 1 = fuzzy union, 0 = intersection
    /// The epoch callback is called after every `frameEvery`-th epoch and after the last one;
    /// 0 = only after the last one.
    int frameEvery = 5;

    /// Throws seg::Error(Usage) whose detail starts with the parameter's name and a colon
    /// ("neighbors: ...", "min_dist: ...", "fit_sample: ...", ...) when a parameter is out of
    /// range for `rows` input rows.
    void validate(std::size_t rows) const;
    /// The epochs the layout runs for `fitRows` rows (resolves epochs = 0).
    int resolvedEpochs(std::size_t fitRows) const;
};

/// Inputs up to this many rows get exact neighbours (brute force, O(n² d)); larger ones an
/// hnswlib index (approximate).
inline constexpr std::size_t kUmapExactNeighborsMaxRows = 4096;

/// How the layout started.
enum class UmapInit : std::uint8_t {
    Spectral, ///< the eigenvectors of the normalised graph Laplacian (umap-learn's default)
    Pca,      ///< the two leading principal components: the graph is disconnected or the
              ///< eigensolver did not converge
};
std::string_view toString(UmapInit init);

/// What one run did and how long each step took (milliseconds, wall clock).
struct UmapReport
{
    UmapInit init = UmapInit::Spectral;
    std::string initNote;     ///< why PCA was used ("the graph has 3 components", ...); empty for spectral
    std::size_t components = 1; ///< connected components of the fuzzy graph
    bool exactNeighbors = true; ///< brute force (true) or hnswlib (false)
    std::size_t fitRows = 0;    ///< rows the map was fitted on
    std::size_t placedRows = 0; ///< rows placed with transform()
    std::size_t edges = 0;      ///< directed edges of the symmetric fuzzy graph used by the SGD
    int epochs = 0;
    double a = 0.0; ///< the fitted curve 1 / (1 + a d^(2b))
    double b = 0.0;
    double neighborsMs = 0.0, graphMs = 0.0, initMs = 0.0, layoutMs = 0.0, transformMs = 0.0, totalMs = 0.0;
};

/// One intermediate layout, for a map that settles on screen. `layout` is the fitted rows'
/// current layout (rows.size() × 2, interleaved), valid only during the call: copy what you
/// keep. `rows` are the input rows it covers, ascending (all rows unless a fit sample is used).
struct UmapFrame
{
    int epoch = 0; ///< epochs done, 1..epochs
    int epochs = 0;
    std::span<const float> layout;
    std::span<const std::size_t> rows;
};
/// Called on the thread running the fit, between epochs (see UmapOptions::frameEvery).
using UmapFrameCallback = std::function<void(const UmapFrame &)>;

class UmapIndex;
struct UmapResult;

/// A fitted UMAP: what transform() needs to place new rows. Move-only (it owns the neighbour
/// index).
class UmapModel
{
public:
    UmapModel();
    UmapModel(UmapModel &&) noexcept;
    UmapModel &operator=(UmapModel &&) noexcept;
    ~UmapModel();

    const UmapOptions &options() const { return m_options; }
    /// The fitted rows' layout (fitRows × 2, interleaved).
    const std::vector<float> &layout() const { return m_layout; }
    std::size_t rows() const { return m_rows; }
    std::size_t dimension() const { return m_dimension; }
    const UmapReport &report() const { return m_report; }

    /// Places the rows of x (m × d, row-major, d = dimension()) into the fitted map as
    /// umap-learn's UMAP.transform does: each row's neighbours among the fitted rows, a fuzzy
    /// membership to them (local connectivity reduced by one), a start at their weighted mean,
    /// (or at a neighbour at distance 0), then a short SGD that moves only the new rows: 100
    /// epochs for up to 10,000 new rows, else 30 (a third of options().epochs when set), at a
    /// quarter of the learning rate. Returns m × 2 interleaved. As in umap-learn, the epochs and
    /// the edge sampling depend on the batch (its size, its strongest membership), so a row may
    /// land slightly differently in another batch; for one batch the result is the same for
    /// any thread count.
    /// Throws seg::Error(Usage) for a wrong column count, seg::Cancelled when cancelled.
    std::vector<float> transform(const Matrix &x, const Progress &progress = {}) const;

private:
    friend UmapModel fitUmapModel(const Matrix &, const UmapOptions &, const Progress &, const UmapFrameCallback &);
    friend UmapResult umapOf(const RowSource &, const Matrix *, const UmapOptions &, const Progress &,
                             const UmapFrameCallback &);
    /// The fit on the rows `rows` of x (ascending), which frames name.
    static UmapModel fit(const RowSource &x, std::span<const std::size_t> rows, const UmapOptions &options,
                         const Progress &progress, const UmapFrameCallback &frame);
    /// transform() of the rows of x named in `rows` (every row when null), without copying them.
    std::vector<float> place(const Matrix &x, const std::vector<std::size_t> *rows, const Progress &progress) const;
    UmapOptions m_options;
    std::size_t m_rows = 0;
    std::size_t m_dimension = 0;
    std::vector<float> m_layout;
    std::unique_ptr<UmapIndex> m_index;
    UmapReport m_report;
};

/// Fits UMAP on all rows of x (n × d, row-major); ignores options.fitSample (see umap()).
/// options.validate(n) first. Deterministic: the same x, options and seed give the same layout,
/// bit for bit, with any thread count (see docs/architecture.md, "UMAP"). Reports progress;
/// throws seg::Cancelled, checked at least once per epoch. `frame` (optional) sees intermediate
/// layouts.
UmapModel fitUmapModel(const Matrix &x, const UmapOptions &options, const Progress &progress = {},
                       const UmapFrameCallback &frame = {});

struct UmapResult
{
    Embedding embedding; ///< every row of x, method Umap
    UmapReport report;
};

/// The UMAP map of every row of x (n × d, row-major): fitted on all rows when n <= fitSample,
/// else on fitSample rows drawn with seg::sampleIndices (seeded by options.seed) and the other
/// rows, in ascending order, split into ceil(rest / placeBatch) consecutive batches of equal
/// size (to a row), each placed as transform() places it. Deterministic for a seed, any thread count. Throws
/// seg::Error(Usage) from options.validate(n), seg::Error(InvalidData) for non-finite values,
/// seg::Cancelled when cancelled.
UmapResult umap(const Matrix &x, const UmapOptions &options, const Progress &progress = {},
                const UmapFrameCallback &frame = {});
/// The same map of rows made on demand, for a matrix not held whole: the fit sample is fetched
/// once, then each batch of placed rows (all rows at once when n <= fitSample). With a fit
/// sample the whole matrix is never in memory. The result is umap() of the matrix, bit for bit.
UmapResult umap(const RowSource &x, const UmapOptions &options, const Progress &progress = {},
                const UmapFrameCallback &frame = {});

} // namespace seg
