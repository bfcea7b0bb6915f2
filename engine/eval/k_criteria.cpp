#include "engine/eval/k_criteria.h"

#include "engine/cluster/kmeans.h"
#include "engine/core/error.h"
#include "engine/core/random.h"
#include "engine/core/sampling.h"

#include <Eigen/SVD>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>

namespace seg {

namespace {

/// Above this many features the reference box follows the features rather than the principal
/// axes: the SVD of the sample would cost more than the fits it serves.
constexpr Eigen::Index kMaxPrincipalAxesFeatures = 200;

double totalSumOfSquares(const Matrix &x)
{
    const RowVector mean = x.colwise().mean();
    return (x.rowwise() - mean).squaredNorm();
}

/// W_k: the within-segment sum of squares of the best of `nInit` k-means fits (k = 1: about the
/// mean).
double withinSumOfSquares(const Matrix &x, int k, int nInit, std::uint64_t seed, const Progress &progress)
{
    if (k == 1)
        return totalSumOfSquares(x);
    KMeansOptions options;
    options.k = k;
    options.nInit = nInit;
    options.seed = seed;
    return kmeans(x, options, progress).inertia;
}

/// Draws m rows uniformly from the box the sample spans: along its principal axes (the centred
/// sample's right singular vectors) or along the features.
class ReferenceBox
{
public:
    ReferenceBox(const Matrix &sample, bool principalAxes) : m_mean(sample.colwise().mean())
    {
        const Eigen::MatrixXd centred = (sample.rowwise() - m_mean).eval();
        if (principalAxes) {
            const Eigen::BDCSVD<Eigen::MatrixXd> svd(centred, Eigen::ComputeThinV);
            m_axes = svd.matrixV();
        } else {
            m_axes = Eigen::MatrixXd::Identity(sample.cols(), sample.cols());
        }
        const Eigen::MatrixXd rotated = centred * m_axes;
        m_low = rotated.colwise().minCoeff();
        m_high = rotated.colwise().maxCoeff();
    }

    Matrix draw(Eigen::Index rows, Rng &rng) const
    {
        Eigen::MatrixXd z(rows, m_low.size());
        for (Eigen::Index i = 0; i < rows; ++i)
            for (Eigen::Index j = 0; j < z.cols(); ++j)
                z(i, j) = m_low(j) + (m_high(j) - m_low(j)) * rng.uniform();
        Matrix out = z * m_axes.transpose();
        out.rowwise() += m_mean;
        return out;
    }

private:
    RowVector m_mean;
    Eigen::MatrixXd m_axes;
    RowVector m_low, m_high;
};

} // namespace

GapResult gapStatistic(const Matrix &x, const GapOptions &options, const Progress &progress)
{
    if (options.kMax < 1 || options.references < 1 || options.nInit < 1)
        throw Error(ErrorKind::Usage,
                    Text::tr("the gap statistic needs kMax >= 1, at least one reference set and one restart"));
    Rng rng(options.seed);
    const std::vector<std::size_t> rows = sampleIndices(static_cast<std::size_t>(x.rows()), options.sampleRows, rng);
    const Matrix sample = x(rows, Eigen::all);
    GapResult result;
    result.rows = rows.size();
    result.principalAxes = x.cols() <= kMaxPrincipalAxesFeatures;
    const int kMax = options.kMax;
    const int steps = (options.references + 1) * kMax;
    int step = 0;
    const auto next = [&] {
        const Progress sub = progress.sub(double(step) / steps, double(step + 1) / steps);
        ++step;
        return sub;
    };

    result.points.resize(static_cast<std::size_t>(kMax));
    for (int k = 1; k <= kMax; ++k) {
        GapPoint &p = result.points[static_cast<std::size_t>(k - 1)];
        p.k = k;
        p.logW = std::log(withinSumOfSquares(sample, k, options.nInit, options.seed, next()));
    }
    const ReferenceBox box(sample, result.principalAxes);
    // logs(b, k - 1): log W*_k of reference set b.
    Eigen::MatrixXd logs(options.references, kMax);
    for (int b = 0; b < options.references; ++b) {
        Rng draw = Rng::derived(options.seed, static_cast<std::uint64_t>(b));
        const Matrix reference = box.draw(sample.rows(), draw);
        for (int k = 1; k <= kMax; ++k)
            logs(b, k - 1) = std::log(withinSumOfSquares(reference, k, options.nInit,
                                                         options.seed + static_cast<std::uint64_t>(b) + 1, next()));
    }
    const double B = options.references;
    for (int k = 1; k <= kMax; ++k) {
        GapPoint &p = result.points[static_cast<std::size_t>(k - 1)];
        const auto column = logs.col(k - 1);
        p.expectedLogW = column.mean();
        // The paper's sd_k divides by B, and s_k = sd_k sqrt(1 + 1/B) accounts for the simulation.
        const double sd = std::sqrt((column.array() - p.expectedLogW).square().sum() / B);
        p.standardError = sd * std::sqrt(1.0 + 1.0 / B);
        p.gap = p.expectedLogW - p.logW;
    }
    for (int k = 1; k < kMax; ++k) {
        const GapPoint &here = result.points[static_cast<std::size_t>(k - 1)];
        const GapPoint &after = result.points[static_cast<std::size_t>(k)];
        if (here.gap >= after.gap - after.standardError) {
            result.k = k;
            break;
        }
    }
    return result;
}

double predictionStrength(const Labels &testLabels, const Labels &predicted, int k)
{
    // counts[j][l]: test cluster j's rows that the training model puts in its cluster l.
    std::vector<std::map<std::int32_t, std::size_t>> counts(static_cast<std::size_t>(std::max(k, 0)));
    std::vector<std::size_t> sizes(counts.size(), 0);
    for (std::size_t i = 0; i < testLabels.size() && i < predicted.size(); ++i) {
        const std::int32_t j = testLabels[i];
        if (j < 0 || j >= k)
            continue;
        ++sizes[static_cast<std::size_t>(j)];
        if (predicted[i] >= 0) // a row the model calls noise is together with no one
            ++counts[static_cast<std::size_t>(j)][predicted[i]];
    }
    double strength = std::numeric_limits<double>::quiet_NaN();
    for (std::size_t j = 0; j < counts.size(); ++j) {
        const double n = static_cast<double>(sizes[j]);
        if (n < 2)
            continue;
        double together = 0.0;
        for (const auto &[cluster, c] : counts[j])
            together += static_cast<double>(c) * static_cast<double>(c - 1);
        const double share = together / (n * (n - 1.0));
        strength = std::isnan(strength) ? share : std::min(strength, share);
    }
    return strength;
}

PredictionStrengthResult predictionStrengths(const Matrix &x, const ClusteringOptions &clustering,
                                             const PredictionStrengthOptions &options, const Progress &progress)
{
    if (options.kMin < 2 || options.kMax < options.kMin || options.splits < 1)
        throw Error(ErrorKind::Usage, Text::tr("prediction strength needs 2 <= kMin <= kMax and at least one split"));
    if (!options.strata.empty() && options.strata.size() != static_cast<std::size_t>(x.rows()))
        throw Error(ErrorKind::Usage, Text::tr("prediction strength's strata must have one label per row"));
    Rng rng(options.seed);
    const std::vector<std::size_t> rows = sampleIndices(static_cast<std::size_t>(x.rows()), options.sampleRows, rng);
    PredictionStrengthResult result;
    result.rows = rows.size();
    const std::size_t half = rows.size() / 2;
    if (half < static_cast<std::size_t>(options.kMax))
        throw Error(ErrorKind::InvalidData,
                    fillIn(Text::tr("prediction strength for k up to %1 needs at least %2 customers, twice as many; "
                                    "there are %3"),
                           options.kMax, 2 * options.kMax, rows.size()));
    const int kCount = options.kMax - options.kMin + 1;
    Eigen::MatrixXd strengths(options.splits, kCount);
    for (int s = 0; s < options.splits; ++s) {
        // Halve each stratum at random; an odd stratum's extra row goes to alternate halves, so
        // the halves differ by at most one row.
        Rng split = Rng::derived(options.seed, static_cast<std::uint64_t>(s));
        std::map<std::int32_t, std::vector<std::size_t>> strata;
        for (std::size_t row : rows)
            strata[options.strata.empty() ? 0 : options.strata[row]].push_back(row);
        std::vector<std::size_t> train, test;
        bool extraToTrain = true;
        for (auto &[label, members] : strata) {
            for (std::size_t i = members.size(); i > 1; --i)
                std::swap(members[i - 1], members[static_cast<std::size_t>(split.below(i))]);
            std::size_t toTrain = members.size() / 2;
            if (members.size() % 2 == 1) {
                toTrain += extraToTrain ? 1 : 0;
                extraToTrain = !extraToTrain;
            }
            train.insert(train.end(), members.begin(), members.begin() + static_cast<std::ptrdiff_t>(toTrain));
            test.insert(test.end(), members.begin() + static_cast<std::ptrdiff_t>(toTrain), members.end());
        }
        std::sort(train.begin(), train.end());
        std::sort(test.begin(), test.end());
        const Matrix xTrain = x(train, Eigen::all), xTest = x(test, Eigen::all);
        for (int k = options.kMin; k <= options.kMax; ++k) {
            const int step = s * kCount + (k - options.kMin);
            const Progress sub = progress.sub(double(step) / (options.splits * kCount),
                                              double(step + 1) / (options.splits * kCount));
            const ClusteringOptions o
                = withSeed(withClusters(clustering, k), seedOf(clustering) + static_cast<std::uint64_t>(s));
            const ClusteringResult fitTrain = cluster(xTrain, o, sub.sub(0.0, 0.5));
            const ClusteringResult fitTest = cluster(xTest, o, sub.sub(0.5, 1.0));
            const ClusterAssignment predicted = assign(fitTrain.model, xTest);
            strengths(s, k - options.kMin) = predictionStrength(fitTest.labels, predicted.labels, fitTest.clusterCount);
        }
    }
    for (int k = options.kMin; k <= options.kMax; ++k) {
        const auto column = strengths.col(k - options.kMin);
        PredictionStrengthPoint p;
        p.k = k;
        p.strength = column.mean();
        p.sd = options.splits > 1
                   ? std::sqrt((column.array() - p.strength).square().sum() / (options.splits - 1))
                   : std::numeric_limits<double>::quiet_NaN();
        result.points.push_back(p);
        if (p.strength >= kPredictionStrengthThreshold)
            result.k = k;
    }
    return result;
}

} // namespace seg
