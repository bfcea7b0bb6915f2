#pragma once
// One call for every quality figure of a segmentation, shared by the CLI and the GUI.

#include "engine/core/matrix.h"
#include "engine/core/progress.h"
#include "engine/data/table.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace seg {

struct QualityReport
{
    double inertia = 0.0;
    double silhouette = 0.0;        ///< NaN when undefined (one cluster)
    double daviesBouldin = 0.0;
    double calinskiHarabasz = 0.0;
    std::optional<double> ari;      ///< against known labels, when given
    std::optional<double> nmi;
};

/// Computes all metrics for `labels` on `x` (n × d row-major). silhouetteSample = 0 means the
/// exact silhouette over all rows; otherwise a seeded sample of that many rows.
/// `truth` (same length as labels) adds ARI and NMI.
QualityReport assessQuality(const Matrix &x, const Labels &labels, std::size_t silhouetteSample,
                            std::uint64_t seed, const Labels *truth = nullptr, const Progress &progress = {});

/// Integer codes for the values of `column` at `rows` (equal cell texts => equal codes, in order
/// of first appearance; missing cells share one code), e.g. to compare with known segments.
Labels encodeLabels(const Column &column, const std::vector<std::size_t> &rows);

} // namespace seg
