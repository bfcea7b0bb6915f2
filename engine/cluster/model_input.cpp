#include "engine/cluster/model_input.h"

#include "engine/core/error.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <unordered_set>

namespace seg {

void refuseModelValue(ModelUser who, std::size_t row, std::size_t feature, double value)
{
    const std::string text = Text::number(value);
    std::string message;
    switch (who) {
    case ModelUser::KMeans:
    case ModelUser::Dbscan:
    case ModelUser::Hdbscan:
        message = fillIn(Text::tr("%1 needs finite values of magnitude up to 1e+120 (so that squared distances stay "
                                  "finite), but row %2, feature %3 of the feature matrix holds %4"),
                         who == ModelUser::KMeans ? "k-means" : who == ModelUser::Dbscan ? "DBSCAN" : "HDBSCAN", row,
                         feature, text);
        break;
    case ModelUser::GaussianMixture:
        message = fillIn(Text::tr("the Gaussian mixture needs finite values of magnitude up to 1e+120 (so that "
                                  "squared distances stay finite), but row %1, feature %2 of the feature matrix "
                                  "holds %3"),
                         row, feature, text);
        break;
    case ModelUser::Ward:
        message = fillIn(Text::tr("Ward clustering needs finite values of magnitude up to 1e+120 (so that squared "
                                  "distances stay finite), but row %1, feature %2 of the feature matrix holds %3"),
                         row, feature, text);
        break;
    case ModelUser::KDistanceCurve:
        message = fillIn(Text::tr("the k-distance curve needs finite values of magnitude up to 1e+120 (so that "
                                  "squared distances stay finite), but row %1, feature %2 of the feature matrix "
                                  "holds %3"),
                         row, feature, text);
        break;
    }
    throw Error(ErrorKind::InvalidData, message);
}

void requireModelValues(const Matrix &x, ModelUser who)
{
    const std::size_t d = static_cast<std::size_t>(x.cols());
    const double *data = x.data();
    const double *end = data + x.size();
    const double *bad = std::find_if(data, end, [](double v) { return !(std::abs(v) <= kMaxModelMagnitude); });
    if (bad != end) {
        const auto e = static_cast<std::size_t>(bad - data);
        refuseModelValue(who, e / d + 1, e % d + 1, *bad);
    }
}

std::size_t distinctRows(const Matrix &x, std::size_t limit)
{
    const std::size_t n = static_cast<std::size_t>(x.rows());
    const std::size_t d = static_cast<std::size_t>(x.cols());
    const double *data = x.data();
    auto hash = [&](std::size_t i) {
        std::uint64_t h = 0x9e3779b97f4a7c15ULL;
        for (std::size_t t = 0; t < d; ++t) {
            const double v = data[i * d + t] + 0.0; // -0.0 and 0.0 are the same value
            std::uint64_t bits;
            std::memcpy(&bits, &v, sizeof bits);
            h ^= bits + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
        }
        return static_cast<std::size_t>(h);
    };
    auto equal = [&](std::size_t a, std::size_t b) { return std::equal(data + a * d, data + a * d + d, data + b * d); };
    std::unordered_set<std::size_t, decltype(hash), decltype(equal)> seen(16, hash, equal);
    for (std::size_t i = 0; i < n && seen.size() < limit; ++i)
        seen.insert(i);
    return seen.size();
}

} // namespace seg
