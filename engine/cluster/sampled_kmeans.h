#pragma once
// k-means whose restarts run on a sample: for interactive reclustering of large tables, where
// several full k-means++ restarts cost too much but a single one risks a poor local optimum.

#include "engine/cluster/kmeans.h"

#include <cstddef>

namespace seg {

/// kmeans() with options.restartSampleRows > 0 comes here. Runs options.nInit k-means++ restarts on a seeded uniform sample of `sampleSize` rows of x,
/// keeps the centroids with the lowest sample inertia, and refines them with one k-means run on
/// all rows (Bradley & Fayyad, 1998, "Refining initial points for k-means clustering", use
/// sub-sample clusterings to choose starting points the same way). When x has at most
/// 2 × sampleSize rows this is plain kmeans(x, options). The result describes the full run
/// (bestInit is the winning sample restart). Deterministic for a seed, whatever the thread count;
/// same errors as kmeans(). options.restartSampleRows is ignored (sampleSize rules).
KMeansResult kmeansWithSampledRestarts(const Matrix &x, const KMeansOptions &options, std::size_t sampleSize,
                                       const Progress &progress = {});

} // namespace seg
