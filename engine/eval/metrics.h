#pragma once
// Cluster-quality metrics, with scikit-learn's definitions (sklearn.metrics), so figures can
// be compared with what data scientists already use.
//
// Common conventions for the functions taking data (x is n × d, row-major, one row per
// customer; labels has one entry per row of x):
// - Cluster ids are arbitrary non-negative integers (they need not be consecutive); -1 marks
//   noise (e.g. DBSCAN). scikit-learn has no notion of noise: here noise rows are left out
//   entirely, as if they were not in x, before the metric is computed. Any other negative
//   label, or a labels vector whose length differs from x.rows(), throws seg::Error(Usage).
// - "Clusters" counts distinct non-negative labels among the rows used. Where scikit-learn
//   raises ValueError (it requires 2 <= clusters <= rows - 1), these functions return NaN.
// - x must be finite; NaN or infinite entries make the results meaningless.

#include "engine/core/matrix.h"
#include "engine/core/progress.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace seg {

/// Sum of squared Euclidean distances of rows to their cluster mean (units: squared feature
/// units). Noise rows are excluded; 0 when no row is clustered.
double inertia(const Matrix &x, const Labels &labels);

/// Mean silhouette coefficient (Rousseeuw, 1987) with sklearn.metrics.silhouette_score's
/// definition and Euclidean distances: s(i) = (b - a) / max(a, b), where a is the mean
/// distance of row i to the other members of its cluster and b the smallest mean distance
/// to the members of another cluster. Rows in singleton clusters score 0, and so does a row
/// with a = b = 0 (sklearn's nan_to_num). Noise rows are excluded.
///
/// sampleSize = 0, or >= the number of clustered rows: exact, over all clustered rows.
/// Otherwise exactly what silhouette_score(sample_size=m) does: m clustered rows are drawn
/// without replacement (seeded, see silhouetteSampleRows), and the silhouette is computed
/// within that subsample only — a(i), b(i) and the cluster count use sampled rows only, not
/// all rows. The draw differs from NumPy's, so a sampled value matches sklearn's in
/// distribution, not digit for digit. NaN unless 2 <= clusters <= rows used - 1.
///
/// Cost O(m² d) time (m rows used) and O(m k) memory, never O(m²); parallel, and the
/// result is bit-identical for any thread count. Reports progress; throws seg::Cancelled.
double silhouette(const Matrix &x, const Labels &labels, std::size_t sampleSize = 0, std::uint64_t seed = 0,
                  const Progress &progress = {});

/// Per-row silhouette coefficients s(i) over all clustered rows (sklearn's
/// silhouette_samples), for silhouette plots. NaN for noise rows, and for every row when
/// the cluster count is outside 2..rows used - 1. silhouette(x, labels) is the mean of the
/// non-NaN entries, summed in row order.
std::vector<double> silhouetteSamples(const Matrix &x, const Labels &labels, const Progress &progress = {});

/// The rows silhouette(x, labels, sampleSize, seed) uses, ascending: all clustered
/// (non-noise) rows when sampleSize is 0 or at least their count, otherwise a uniform draw
/// of sampleSize of them without replacement (partial Fisher–Yates through seg::Rng(seed)).
std::vector<std::size_t> silhouetteSampleRows(const Labels &labels, std::size_t sampleSize,
                                              std::uint64_t seed);

/// Davies–Bouldin index (Davies & Bouldin, 1979; lower is better), as
/// sklearn.metrics.davies_bouldin_score: the mean over clusters of
/// max_j (s_i + s_j) / d(c_i, c_j), where s is the mean Euclidean distance of a cluster's
/// rows to its centroid; pairs with coincident centroids are skipped. Like sklearn, returns
/// 0 when every s_i <= 1e-8 or every centroid distance <= 1e-8 (np.allclose(…, 0)).
/// Noise rows excluded. NaN unless 2 <= clusters <= rows used - 1.
double daviesBouldin(const Matrix &x, const Labels &labels);

/// Calinski–Harabasz variance-ratio criterion (Caliński & Harabasz, 1974; higher is better),
/// as sklearn.metrics.calinski_harabasz_score: [B / (k - 1)] / [W / (n - k)] with B the
/// between-cluster and W the within-cluster sum of squares; 1 when W = 0 (as sklearn).
/// Noise rows excluded (n counts clustered rows). NaN unless 2 <= clusters <= rows used - 1.
double calinskiHarabasz(const Matrix &x, const Labels &labels);

/// Adjusted Rand index between two labelings of the same rows (Hubert & Arabie, 1985), as
/// sklearn.metrics.adjusted_rand_score: 1 for identical partitions (also for empty ones),
/// about 0 for independent ones, may be negative. Every label value, -1 included, is an
/// ordinary cluster here. Exact integer pair counts (no overflow for any realistic n).
/// Throws seg::Error(Usage) when the sizes differ.
double adjustedRandIndex(const Labels &a, const Labels &b);

/// Normalized mutual information with the arithmetic-mean normalisation (sklearn's default,
/// normalized_mutual_info_score): MI / ((H(a) + H(b)) / 2), natural logarithms cancel.
/// In [0, 1]; 1 when both labelings have a single cluster or are empty, 0 when MI = 0.
/// Every label value, -1 included, is an ordinary cluster. Throws seg::Error(Usage) when
/// the sizes differ.
double normalizedMutualInfo(const Labels &a, const Labels &b);

} // namespace seg
