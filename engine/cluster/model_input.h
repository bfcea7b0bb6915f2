#pragma once
// What every clustering algorithm checks of the matrix it is given, in one place so that their
// messages agree.

#include "engine/core/matrix.h"

#include <cstddef>

namespace seg {

/// Who checks a feature matrix, which names it in the message: each has its own sentence to
/// translate.
enum class ModelUser {
    KMeans,          ///< "k-means needs ..."
    GaussianMixture, ///< "the Gaussian mixture needs ..."
    Ward,            ///< "Ward clustering needs ..."
    Dbscan,          ///< "DBSCAN needs ..."
    Hdbscan,         ///< "HDBSCAN needs ..."
    KDistanceCurve,  ///< "the k-distance curve needs ..."
};

/// Throws seg::Error(InvalidData): "<who> needs finite values of magnitude up to 1e+120 (so that
/// squared distances stay finite), but row R, feature F of the feature matrix holds V" (1-based).
[[noreturn]] void refuseModelValue(ModelUser who, std::size_t row, std::size_t feature, double value);

/// refuseModelValue() for the first entry of x, in row order, that is NaN or beyond
/// ±kMaxModelMagnitude; nothing when there is none.
void requireModelValues(const Matrix &x, ModelUser who);

/// The number of distinct rows of x, counting no further than `limit` (so that "fewer distinct
/// rows than k" costs no more than k rows' worth of hashing on ordinary data).
std::size_t distinctRows(const Matrix &x, std::size_t limit);

} // namespace seg
