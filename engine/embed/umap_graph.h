#pragma once
// UMAP, step 2: the fuzzy simplicial set (the weighted kNN graph) and the curve of the
// low-dimensional similarities. Internal to engine/embed (umap.h is the interface).

#include "engine/embed/umap_knn.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace seg {

/// A sparse weighted graph in compressed rows: the edges of row i are targets/weights
/// [offsets[i], offsets[i + 1]), by ascending target.
struct UmapGraph
{
    std::size_t rows = 0;
    std::size_t columns = 0;
    std::vector<std::size_t> offsets;
    std::vector<std::int32_t> targets;
    std::vector<float> weights;

    std::size_t edges() const { return targets.size(); }
};

/// rho_i and sigma_i of every row (paper, section 3.1 and its definition 3; umap-learn's
/// smooth_knn_dist): rho_i is the distance to the `localConnectivity`-th nearest neighbour at a
/// positive distance (interpolated for fractions), and sigma_i solves
///   sum_{j >= 1} exp(-max(0, d_ij - rho_i) / sigma_i) = log2(k)
/// by 64 steps of bisection (tolerance 1e-5), over the neighbour columns after the first (the
/// row itself when fitting), with sigma_i at least 1e-3 times the mean neighbour distance.
void smoothKnnDistances(const UmapKnn &knn, double k, double localConnectivity, std::vector<double> &rho,
                        std::vector<double> &sigma);

/// The membership strengths exp(-(d_ij - rho_i) / sigma_i) (1 within rho_i; 0 for the row
/// itself unless `bipartite`), as a graph of knn.rows × `columns`.
UmapGraph membershipGraph(const UmapKnn &knn, const std::vector<double> &rho, const std::vector<double> &sigma,
                          std::size_t columns, bool bipartite);

/// The symmetric fuzzy set of a square membership graph P (paper, section 3.1):
///   mix (P + P^T - P o P) + (1 - mix) P o P
/// with mix = set_op_mix_ratio (1: fuzzy union, 0: fuzzy intersection). Zero weights dropped.
UmapGraph fuzzyUnion(const UmapGraph &p, double setOpMixRatio);

/// a and b of the low-dimensional similarity 1 / (1 + a d^(2b)), fitted as umap-learn's
/// find_ab_params does: least squares (Levenberg–Marquardt, as scipy's curve_fit) to
/// 1 for d < min_dist and exp(-(d - min_dist) / spread) beyond, at 300 points of [0, 3 spread].
/// For min_dist 0.1 and spread 1 that is a = 1.5769, b = 0.8951.
void fitAb(double minDist, double spread, double &a, double &b);

} // namespace seg
