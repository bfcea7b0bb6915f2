#pragma once
// Cluster-quality metrics, with scikit-learn's definitions (sklearn.metrics), so figures can
// be compared with what data scientists already use.

#include "engine/core/matrix.h"
#include "engine/core/progress.h"

#include <cstdint>

namespace seg {

/// Sum of squared Euclidean distances of rows to their cluster mean.
double inertia(const Matrix &x, const Labels &labels);

/// Mean silhouette coefficient over all rows (sampleSize = 0) or over a seeded random sample
/// of sampleSize rows (distances still to all rows, as silhouette_score(sample_size=...)).
/// Rows in singleton clusters score 0. Requires 2 <= clusters <= n-1; returns NaN otherwise.
double silhouette(const Matrix &x, const Labels &labels, std::size_t sampleSize = 0, std::uint64_t seed = 0,
                  const Progress &progress = {});

/// Davies–Bouldin index (lower is better). NaN with fewer than 2 clusters.
double daviesBouldin(const Matrix &x, const Labels &labels);

/// Calinski–Harabasz variance-ratio criterion (higher is better). NaN with fewer than 2 clusters.
double calinskiHarabasz(const Matrix &x, const Labels &labels);

/// Adjusted Rand index between two labelings of the same rows (Hubert & Arabie, 1985).
double adjustedRandIndex(const Labels &a, const Labels &b);

/// Normalized mutual information with the arithmetic-mean normalisation (sklearn's default).
double normalizedMutualInfo(const Labels &a, const Labels &b);

} // namespace seg
