#pragma once
// Principal component analysis for the 2-D segment map.

#include "engine/core/matrix.h"
#include "engine/core/progress.h"

#include <cstdint>

namespace seg {

/// How the principal axes are found. Both give the same axes (up to rounding, with the sign
/// convention below) wherever the leading eigenvalues are distinct.
enum class PcaSolver : std::uint8_t {
    /// Full for narrow data (d <= kPcaFullSolverMaxFeatures) or when more than a quarter of the
    /// axes are asked for, Lanczos otherwise.
    Automatic,
    /// Forms the d × d covariance and decomposes it completely: O(n d^2 + d^3) time, O(d^2)
    /// memory. Exact for every number of components.
    Full,
    /// Finds only the leading axes with implicitly restarted Lanczos (Spectra) on the covariance
    /// as an operator, never formed: O(n d) time per iteration, O(n + d) extra memory beyond a
    /// few dozen d-vectors. Needs components < d / 2.
    Lanczos,
};

/// Automatic uses the full decomposition up to this many features.
inline constexpr long kPcaFullSolverMaxFeatures = 128;

struct PcaResult
{
    Matrix components; ///< c × d: principal axes (unit rows), largest variance first
    Vector mean; ///< d: column means subtracted before projecting
    Vector explainedVariance; ///< c: variance along each axis (n-1 denominator)
    Vector explainedVarianceRatio; ///< c: share of the total variance
    Matrix embedding; ///< n × c: the projected rows
    PcaSolver solver = PcaSolver::Full; ///< the solver that ran (never Automatic)
    /// Lanczos: covariance-times-vector products it needed (each one reads the data twice);
    /// 0 for Full and for data without variance.
    int covarianceProducts = 0;

    /// Projects new rows (m × d, row-major) onto the fitted axes: (x - mean) * components^T,
    /// m × c. Throws seg::Error(Usage) when x does not have d columns.
    Matrix transform(const Matrix &x) const;
};

/// PCA of the rows of x (n × d, row-major) onto `components` axes, with scikit-learn's
/// definitions (sklearn.decomposition.PCA): columns are centred, the axes are the leading
/// eigenvectors of the d × d sample covariance (n - 1 denominator), explainedVariance holds
/// their eigenvalues (units: squared feature units) and explainedVarianceRatio those divided
/// by the total variance (the covariance trace, i.e. the sum of the column variances, which
/// needs no decomposition), and embedding = (x - mean) * components^T.
///
/// `solver` chooses how (see PcaSolver): Automatic decomposes narrow data fully and finds only
/// the leading axes of wide data, so a 2-D map of 1,000 × 50,000 takes seconds, not hours.
///
/// Axis signs are fixed so the largest-magnitude loading of each axis is positive (the first
/// such loading on ties), which makes the output deterministic. sklearn 1.2 fixes signs from
/// the scores instead, so individual axes may be flipped relative to sklearn; magnitudes agree.
///
/// Requires 1 <= components <= d, else throws seg::Error(Usage) (no padding: every axis is a
/// real direction of feature space), n >= 1, else seg::Error(InvalidData), and finite values,
/// else seg::Error(InvalidData). PcaSolver::Lanczos with components >= d / 2 throws
/// seg::Error(Usage). Degenerate input is not an error: with n = 1, or when every column is
/// constant, the total variance is 0, the axes are the first `components` coordinate axes,
/// and explained variances and ratios are 0 (sklearn would give NaN). Constant columns among
/// varying ones simply get zero loadings on the leading axes. Axes beyond the rank of the data
/// (n <= c, or collinear columns) have variance 0 (up to rounding) and some deterministic
/// orthonormal completion as direction.
/// Reports progress and throws seg::Cancelled when cancelled. Results do not depend on the
/// thread count.
PcaResult pca(const Matrix &x, int components = 2, const Progress &progress = {},
              PcaSolver solver = PcaSolver::Automatic);

} // namespace seg
