#pragma once
// Consensus clustering (Monti, Tamayo, Mesirov & Golub 2003, "Consensus clustering: a
// resampling-based method for class discovery and visualization of gene expression microarray
// data", Machine Learning 52): many clusterings of perturbed data (subsamples or bootstrap
// samples, other seeds, other algorithms) vote on which customers belong together, and the
// votes are cut into k segments. Each customer's agreement says how consistently the runs put
// it with the customers of its segment: near 1, every run agrees; near 1/2, it sits between two
// segments; a marketer should not target it on its segment alone.

#include "engine/cluster/clustering.h"
#include "engine/cluster/ward.h"
#include "engine/core/matrix.h"
#include "engine/core/progress.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

namespace seg {

struct ConsensusOptions
{
    int k = 4; ///< consensus segments
    /// The clusterings that vote, each with its own options (their k need not be `k`); their
    /// seeds are replaced run by run. E.g. k-means, a Gaussian mixture and Ward at k.
    std::vector<ClusteringOptions> members;
    int runsPerMember = 10; ///< runs of each member; runs in all = members × runsPerMember
    Resampling resampling = Resampling::Subsample;
    /// Rows each run draws, as a share of the rows, in (0, 1].
    double fraction = 0.8;
    /// At most this many rows per run (0: no cap). Fitting costs grow with the rows (Ward is
    /// quadratic, and above 50,000 rows it switches to micro-clusters), while the runs' models
    /// assign every row whatever they were fitted on: past ten thousand rows a larger fit moves
    /// the segment boundaries little and costs much.
    std::size_t maxFitRows = 10000;
    /// The reference sample on which the co-association matrix is computed and cut: a seeded
    /// uniform sample of this many rows (all when fewer), at most kMaxConsensusSample. It costs
    /// two m × m matrices of doubles (64 MB at 2,000).
    std::size_t sampleRows = 2000;
    std::uint64_t seed = 0;
};

/// The largest reference sample (two 5,000 × 5,000 matrices of doubles: 400 MB).
inline constexpr std::size_t kMaxConsensusSample = 5000;

/// Customers whose agreement is below this are reported as not firmly in their segment: one run
/// in five or more puts them elsewhere.
inline constexpr double kLowAgreement = 0.8;

struct ConsensusResult
{
    int k = 0;
    /// Per row of x, its segment 0..k-1. Rows of the reference sample keep the segment of the
    /// cut; the others join the segment they agree with most (the lower number on ties).
    Labels labels;
    /// Per row, 0..1: its agreement with its own segment (see consensus()).
    std::vector<double> agreement;
    std::vector<std::size_t> sizes; ///< per segment: its rows
    std::vector<double> segmentAgreement; ///< per segment: the mean agreement of its rows
    /// Per segment, Monti's cluster consensus m(k): the mean co-association over the pairs of
    /// its sample members (1 for a segment of one sample member).
    std::vector<double> clusterConsensus;
    /// Per member, the mean adjusted Rand index between its runs and the consensus segments on
    /// the reference sample: which algorithm the consensus follows, and which it overrules.
    std::vector<double> memberAri;
    std::vector<std::size_t> sampleRows; ///< the reference sample: rows of x, ascending
    /// m × m, over sampleRows: C(i, j), the share of runs that put sample rows i and j in the
    /// same cluster (noise, -1, is with no one); C(i, i) = 1.
    Matrix coAssociation;
    /// The average-linkage dendrogram of 1 - C over the sample (scipy linkage rows; the heights
    /// are average distances 1 - C, not Ward distances).
    std::vector<WardMerge> merges;
    /// Positions in sampleRows ordered by segment, and within a segment in dendrogram leaf
    /// order: the rows and columns of a heatmap of C that shows the segments as blocks.
    std::vector<std::size_t> sampleOrder;
    int runs = 0; ///< clusterings that voted
    std::size_t fitRows = 0; ///< rows each run was fitted on
};

/// The co-association matrix of labelings of the same m rows (each run's labels, -1: noise):
/// C(i, j) = (runs with labels[i] = labels[j] >= 0) / runs, C(i, i) = 1. m × m, symmetric.
/// Throws seg::Error(Usage) for no run or runs of different lengths.
Matrix coAssociation(const std::vector<Labels> &runs);

/// The average-linkage (UPGMA) dendrogram of m points given their m × m symmetric distances
/// (only the upper triangle is read), by the nearest-neighbour chain (average linkage is
/// reducible, so the chain finds the greedy algorithm's merges; Müllner 2011). As scipy's
/// linkage(method='average'): m - 1 merges in height order, ties between equal distances going
/// to the lower cluster id. O(m²) time; works in `distances` itself (pass a temporary, or move,
/// to spare a copy). Throws seg::Cancelled when cancelled.
std::vector<WardMerge> averageLinkage(Matrix distances, const Progress &progress = {});

/// Consensus clustering of the rows of x (n × d, row-major, model space).
///
/// Run r = 0 .. R-1 (R = members × runsPerMember) fits member r mod members, with seed
/// options.seed + r + 1, on rows drawn as `resampling` and `fraction` say (Rng::derived(seed,
/// r + 1); at most maxFitRows), then assigns every row with the fitted model (seg::assign). On
/// the reference sample S (Rng::derived(seed, 0)), C is coAssociation() of the runs' labels,
/// and average linkage on 1 - C cut into k groups G_1 .. G_k is the consensus (Monti et al.
/// 2003, §3).
///
/// Every row i then gets, for each group g,
///     a(i, g) = (1/R) Σ_r |{j ∈ G_g, j ≠ i : L_r(j) = L_r(i)}| / |G_g \ {i}|,
/// the share of g's sample members (other than i) that run r puts with i, averaged over runs:
/// for a sample member and its own group this is Monti's item consensus m_i(k). A row that run r
/// calls noise is with no one. A group whose only member is i counts as agreeing: a(i, g) = 1.
/// A sample row keeps its group from the cut (so no group is empty); every other row joins the
/// group of largest a(i, g). Its agreement is a(i, own group). Costs O(n · R · k) time and
/// O(n · k) memory beyond the fits, never O(n²).
///
/// Deterministic for a seed whatever the thread count. Reports progress and throws
/// seg::Cancelled when cancelled. Throws seg::Error(Usage) for k < 1, no member, runsPerMember < 1,
/// fraction outside (0, 1], or sampleRows outside k .. kMaxConsensusSample; seg::Error(InvalidData)
/// when x has fewer rows than k, or a run's rows are fewer than its member's k; and whatever a
/// member's fit throws.
ConsensusResult consensus(const Matrix &x, const ConsensusOptions &options, const Progress &progress = {});

/// consensus() at every k of `ks`, each member's k set to that k (withClusters) and the other
/// options as they are: each result is exactly consensus() with those options, handed to
/// onResult as soon as it is made, in the order of ks. The runs draw the same rows and seeds at
/// every k, so a Ward member builds each run's tree once and cuts it at every k (recutWard()):
/// Ward's runs, the costliest members, are paid for once per sweep rather than once per k.
/// Throws as consensus() does, for the first k that fails.
void consensusEachK(const Matrix &x, const ConsensusOptions &options, const std::vector<int> &ks,
                    const std::function<void(ConsensusResult &&)> &onResult, const Progress &progress = {});

/// The consensus `options` describe as one algorithm (segscope cluster --algorithm consensus):
/// each member algorithm with its documented defaults at k (defaultClusteringOptions).
ConsensusOptions consensusOptions(const ConsensusClusteringOptions &options);

} // namespace seg
