#pragma once
// Rows of a matrix on demand: what an algorithm that reads a sample or a batch of rows at a time
// takes, so that its caller need not hold the whole matrix. segscope embed makes the rows of a
// million customers from the table's cells on disk, a block at a time (seg::preparedRows).

#include "engine/core/matrix.h"

#include <cstddef>
#include <functional>
#include <span>

namespace seg {

struct RowSource
{
    std::size_t rows = 0;
    std::size_t cols = 0;
    /// The rows named (ascending, each below `rows`) as a rows.size() × cols matrix, in that
    /// order. May throw seg::Error (a file that cannot be read, a value out of range).
    std::function<Matrix(std::span<const std::size_t> rows)> fetch;
};

/// The rows of a matrix held in memory; x must outlive the source.
inline RowSource rowsOf(const Matrix &x)
{
    return {static_cast<std::size_t>(x.rows()), static_cast<std::size_t>(x.cols()),
            [&x](std::span<const std::size_t> rows) {
                Matrix out(static_cast<Eigen::Index>(rows.size()), x.cols());
                for (std::size_t r = 0; r < rows.size(); ++r)
                    out.row(static_cast<Eigen::Index>(r)) = x.row(static_cast<Eigen::Index>(rows[r]));
                return out;
            }};
}

} // namespace seg
