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

/// Cluster assignment per row; 0-based segment ids, -1 = noise / unassigned.
using Labels = std::vector<std::int32_t>;

} // namespace seg
