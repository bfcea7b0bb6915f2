#pragma once
// UMAP, step 3: the initial layout and the stochastic gradient descent that optimises it.
// Internal to engine/embed (umap.h is the interface). Layouts are n × 2 floats, interleaved.

#include "engine/core/progress.h"
#include "engine/embed/umap.h"
#include "engine/embed/umap_graph.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace seg {

/// Connected components of a symmetric graph.
std::size_t connectedComponents(const UmapGraph &graph);

/// The spectral layout (umap-learn's spectral_layout for one component): the eigenvectors of
/// the 2nd and 3rd smallest eigenvalues of the symmetric normalised Laplacian
/// L = I - D^-1/2 W D^-1/2. Found as the largest eigenvalues of D^-1/2 W D^-1/2 with its known
/// top eigenvector D^1/2 1 deflated, by implicitly restarted Lanczos (Spectra). Fills `layout`
/// (rows × 2) and returns true, or returns false when Lanczos did not converge.
bool spectralLayout(const UmapGraph &graph, std::vector<float> &layout, const Progress &progress);

/// umap-learn's treatment of a start: scaled so the largest |coordinate| is 10, plus
/// N(0, 1e-4) noise (seeded), then each axis mapped onto [0, 10].
void scaleInitialLayout(std::vector<float> &layout, std::uint64_t seed);

/// What the SGD needs besides the graph.
struct UmapSgd
{
    double a = 0.0, b = 0.0;
    double gamma = 1.0;      ///< repulsion_strength
    double alpha = 1.0;      ///< initial learning rate
    int negativeSampleRate = 5;
    int epochs = 0;
    std::uint64_t seed = 0;
    /// Called after an epoch (1-based count done); returns nothing; may throw Cancelled.
    std::function<void(int epochsDone)> afterEpoch;
};

/// Optimises `head` (graph.rows × 2) by SGD on UMAP's cross entropy (paper, section 3.2;
/// umap-learn's optimize_layout_euclidean): every edge is sampled once every
/// wmax / w_ij epochs (edges below wmax / epochs are dropped), pulling its head toward its
/// tail with the gradient of log(1 / (1 + a d^2b)), and each sample draws negativeSampleRate
/// random tails pushing it away (gradient 2 gamma b / ((0.001 + d^2)(1 + a d^2b))); every
/// gradient coordinate is clipped to [-4, 4], the learning rate falls linearly from alpha to 0.
///
/// `tail` is the layout edges point into (graph.columns × 2). When `tail` is null the graph is
/// the square symmetric fuzzy set and both ends move, else (transform) only the head rows do.
///
/// Deterministic for any thread count: within an epoch each row's updates read the other rows'
/// positions as they were at the start of the epoch and are applied to that row only, in edge
/// order, and negative samples come from a counter-based generator keyed by (seed, epoch, row).
/// umap-learn instead moves both ends of an edge at once, in parallel without locks
/// (Hogwild); to give each row the same pull it gets there (as the head of edge (i, j) and as
/// the tail of (j, i)), a square graph's attraction counts twice per sample. The negative
/// samples of one edge sample are computed from one position and applied together (umap-learn:
/// one after another), which lets the CPU overlap them.
void optimizeLayout(std::vector<float> &head, const std::vector<float> *tail, const UmapGraph &graph,
                    const UmapSgd &sgd);

} // namespace seg
