#pragma once
// The dense matrix types the engine passes around.

#include <Eigen/Core>
#include <cstdint>
#include <vector>

namespace seg {

/// n × d, row-major: one row per customer, so a point's features are contiguous.
/// Every engine function taking a Matrix of data points uses this layout.
using Matrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using Vector = Eigen::VectorXd;
using RowVector = Eigen::RowVectorXd;

/// The largest magnitude a data point's coordinate may have in model space (the matrix the
/// algorithms see). Squared differences then stay below 4e240, so distances, inertia, means and
/// every sum of them over rows and features stay finite (for fewer than 1e67 terms). prepare()
/// guarantees it for the data it makes; the clustering algorithms check it.
constexpr double kMaxModelMagnitude = 1e120;

/// Same shape and the same values (Eigen's own == asserts on different shapes).
inline bool sameMatrix(const Matrix &a, const Matrix &b)
{
    return a.rows() == b.rows() && a.cols() == b.cols() && (a.size() == 0 || a == b);
}

/// Cluster assignment per row; 0-based segment ids, -1 = noise / unassigned.
using Labels = std::vector<std::int32_t>;

} // namespace seg
