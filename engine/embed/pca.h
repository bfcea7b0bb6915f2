#pragma once
// Principal component analysis for the 2-D segment map.

#include "engine/core/matrix.h"
#include "engine/core/progress.h"

namespace seg {

struct PcaResult
{
    Matrix components;            ///< c × d: principal axes (unit rows), largest variance first
    Vector mean;                  ///< d: column means subtracted before projecting
    Vector explainedVariance;     ///< c: variance along each axis (n-1 denominator)
    Vector explainedVarianceRatio;///< c: share of the total variance
    Matrix embedding;             ///< n × c: the projected rows

    /// Projects new rows (m × d) onto the fitted axes.
    Matrix transform(const Matrix &x) const;
};

/// PCA of the rows of x (n × d) onto `components` axes (<= d). Axis signs are fixed so the
/// largest-magnitude loading of each axis is positive (deterministic output).
PcaResult pca(const Matrix &x, int components = 2, const Progress &progress = {});

} // namespace seg
