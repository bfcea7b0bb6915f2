#include "engine/embed/pca.h"

#include "engine/core/error.h"
#include "engine/core/parallel.h"

#include <Eigen/Eigenvalues>

#include <algorithm>
#include <cmath>
#include <string>

namespace seg {

namespace {

// Row blocks for the reductions depend on n only (never on the thread count), and there are
// at most ~64 of them so the per-block d × d partial sums stay small.
std::size_t reduceBlock(std::size_t n)
{
    return std::max<std::size_t>(4096, (n + 63) / 64);
}

/// out (m × c) = (x - mean) * components^T, each entry summed over features in order.
Matrix project(const Matrix &x, const Vector &mean, const Matrix &components)
{
    const Eigen::Index d = x.cols();
    const Eigen::Index c = components.rows();
    Matrix out(x.rows(), c);
    parallelFor(static_cast<std::size_t>(x.rows()), [&](std::size_t begin, std::size_t end) {
        Vector centred(d);
        for (std::size_t r = begin; r < end; ++r) {
            const auto row = static_cast<Eigen::Index>(r);
            for (Eigen::Index f = 0; f < d; ++f)
                centred[f] = x(row, f) - mean[f];
            for (Eigen::Index a = 0; a < c; ++a) {
                double sum = 0.0;
                for (Eigen::Index f = 0; f < d; ++f)
                    sum += centred[f] * components(a, f);
                out(row, a) = sum;
            }
        }
    });
    return out;
}

} // namespace

Matrix PcaResult::transform(const Matrix &x) const
{
    if (x.cols() != components.cols())
        throw Error(ErrorKind::Usage,
                    "PCA was fitted on " + std::to_string(components.cols())
                        + " features but the new rows have " + std::to_string(x.cols()));
    return project(x, mean, components);
}

PcaResult pca(const Matrix &x, int components, const Progress &progress)
{
    const Eigen::Index n = x.rows();
    const Eigen::Index d = x.cols();
    if (components < 1 || components > d)
        throw Error(ErrorKind::Usage,
                    "PCA needs between 1 and " + std::to_string(d)
                        + " components (the number of features), not " + std::to_string(components));
    if (n < 1)
        throw Error(ErrorKind::InvalidData, "PCA needs at least one row of data");
    const auto rows = static_cast<std::size_t>(n);
    const std::size_t block = reduceBlock(rows);

    progress.check();
    PcaResult result;
    // Two passes (mean, then centred products) avoid the cancellation of E[x^2] - E[x]^2.
    const Vector sum = parallelReduce(
        rows, Vector(Vector::Zero(d)),
        [&](std::size_t begin, std::size_t end) {
            Vector s = Vector::Zero(d);
            for (std::size_t r = begin; r < end; ++r)
                s += x.row(static_cast<Eigen::Index>(r)).transpose();
            return s;
        },
        [](Vector &acc, const Vector &part) { acc += part; }, block);
    result.mean = sum / static_cast<double>(n);
    progress.report(0.1, "PCA");
    progress.check();

    const Matrix scatter = parallelReduce(
        rows, Matrix(Matrix::Zero(d, d)),
        [&](std::size_t begin, std::size_t end) {
            Matrix s = Matrix::Zero(d, d);
            if (progress.cancelled())
                return s; // abandoned below by check(); nothing may throw inside the loop
            Vector centred(d);
            for (std::size_t r = begin; r < end; ++r) {
                const auto row = static_cast<Eigen::Index>(r);
                for (Eigen::Index f = 0; f < d; ++f)
                    centred[f] = x(row, f) - result.mean[f];
                // Upper triangle only; row-major, so the inner loop runs along memory.
                for (Eigen::Index a = 0; a < d; ++a) {
                    const double va = centred[a];
                    double *target = s.data() + a * d;
                    for (Eigen::Index b = a; b < d; ++b)
                        target[b] += va * centred[b];
                }
            }
            return s;
        },
        [](Matrix &acc, const Matrix &part) { acc += part; }, block);
    progress.check();
    progress.report(0.7, "PCA");

    // Sample covariance with sklearn's n - 1 denominator; a single row has none, and its
    // scatter is exactly 0, so dividing by 1 keeps it 0 instead of NaN.
    const double denominator = static_cast<double>(std::max<Eigen::Index>(1, n - 1));
    Eigen::MatrixXd covariance(d, d);
    for (Eigen::Index a = 0; a < d; ++a)
        for (Eigen::Index b = a; b < d; ++b)
            covariance(a, b) = covariance(b, a) = scatter(a, b) / denominator;
    const double totalVariance = covariance.trace();

    result.components.resize(components, d);
    result.explainedVariance.resize(components);
    result.explainedVarianceRatio.resize(components);
    if (totalVariance <= 0.0) {
        // Every column constant (or n = 1): no direction is preferred; use coordinate axes.
        result.components = Matrix::Identity(components, d);
        result.explainedVariance.setZero();
        result.explainedVarianceRatio.setZero();
    } else {
        const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(covariance);
        if (solver.info() != Eigen::Success)
            throw Error(ErrorKind::InvalidData,
                        "PCA failed: the covariance eigen-decomposition did not converge "
                        "(does the data contain NaN or infinite values?)");
        // Eigenvalues come in ascending order; the leading axes are the last columns.
        for (int a = 0; a < components; ++a) {
            const Eigen::Index source = d - 1 - a;
            Eigen::VectorXd axis = solver.eigenvectors().col(source);
            Eigen::Index largest = 0;
            for (Eigen::Index f = 1; f < d; ++f)
                if (std::abs(axis[f]) > std::abs(axis[largest]))
                    largest = f;
            if (axis[largest] < 0.0)
                axis = -axis;
            result.components.row(a) = axis.transpose();
            // Rounding can leave null-space eigenvalues slightly negative.
            result.explainedVariance[a] = std::max(0.0, solver.eigenvalues()[source]);
            result.explainedVarianceRatio[a] = result.explainedVariance[a] / totalVariance;
        }
    }
    progress.check();
    progress.report(0.8, "PCA");

    result.embedding = project(x, result.mean, result.components);
    progress.report(1.0, "PCA");
    return result;
}

} // namespace seg
