// Non-intrusive Boost.Serialization of the engine values a project stores. Versions: each
// serialize() reads the fields of the version it is given, so a field added in version 2 is
// read only when `version >= 2` (and gets its default otherwise). See docs/projects.md.

#include "engine/project/archive.h"

#include "engine/core/error.h"
#include "engine/data/cell_parsers.h"
#include "engine/project/byte_codec.h"
#include "engine/project/project.h"

#include <boost/archive/archive_exception.hpp>
#include <boost/archive/binary_iarchive.hpp>
#include <boost/archive/binary_oarchive.hpp>
#include <boost/serialization/array_wrapper.hpp>
#include <boost/serialization/binary_object.hpp>
#include <boost/serialization/split_free.hpp>
#include <boost/serialization/tracking.hpp>
#include <boost/serialization/version.hpp>

#include <cmath>
#include <cstring>
#include <istream>
#include <ostream>
#include <algorithm>
#include <sstream>
#include <streambuf>

namespace seg::archive_detail {

// The byte count of the archive being loaded on this thread: no count or length in it can ask
// for more elements than it has bytes.
thread_local std::size_t t_budget = 0;

struct Damaged
{
    std::string problem;
};

[[noreturn]] inline void damaged(std::string problem)
{
    throw Damaged {std::move(problem)};
}

/// A count of elements that take at least `minBytes` each in the archive.
template <class Archive>
std::size_t count(Archive &ar, std::size_t value, std::size_t minBytes, MessageLabel what)
{
    std::uint64_t n = value;
    ar & n;
    if constexpr (Archive::is_loading::value)
        if (n > t_budget / minBytes)
            damaged(fillIn(Text::tr("%1 of %2 is more than the archive can hold"), what(), n));
    return static_cast<std::size_t>(n);
}

template <class Archive>
void text(Archive &ar, std::string &s)
{
    const std::size_t n = count(ar, s.size(), 1, [] { return Text::tr("a text length"); });
    if constexpr (Archive::is_loading::value)
        s.resize(n);
    if (n > 0)
        ar &boost::serialization::make_binary_object(s.data(), n);
    // Names and texts go on into JSON and messages, which need UTF-8 (fuzz_project found a column
    // name that made saving the project throw).
    if constexpr (Archive::is_loading::value)
        if (findInvalidUtf8(reinterpret_cast<const unsigned char *>(s.data()), n) != n)
            damaged(Text::tr("a text is not valid UTF-8"));
}

template <class Archive>
void texts(Archive &ar, std::vector<std::string> &v)
{
    const std::size_t n = count(ar, v.size(), 8, [] { return Text::tr("a list"); });
    if constexpr (Archive::is_loading::value)
        v.resize(n);
    for (std::string &s : v)
        text(ar, s);
}

template <class Archive>
void matrix(Archive &ar, Matrix &m)
{
    std::uint64_t rows = static_cast<std::uint64_t>(m.rows()), cols = static_cast<std::uint64_t>(m.cols());
    ar & rows & cols;
    if constexpr (Archive::is_loading::value) {
        // Each bound on its own too: a 0-column matrix of 2^64 - 1 rows has no elements, but its
        // row count is no Eigen index (fuzz_project found it).
        if (rows > t_budget || cols > t_budget || (cols != 0 && rows > t_budget / 8 / cols))
            damaged(fillIn(Text::tr("a %1 x %2 matrix is more than the archive can hold"), rows, cols));
        m.resize(static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(cols));
    }
    if (m.size() > 0)
        ar &boost::serialization::make_array(m.data(), static_cast<std::size_t>(m.size()));
}

template <class Archive>
void numbers(Archive &ar, std::vector<double> &v, MessageLabel what)
{
    const std::size_t n = count(ar, v.size(), 8, what);
    if constexpr (Archive::is_loading::value)
        v.resize(n);
    if (n > 0)
        ar &boost::serialization::make_array(v.data(), n);
}

/// An enumeration as a 32-bit number, checked against its last value on loading.
template <class Archive, class Enum>
void enumeration(Archive &ar, Enum &e, Enum last, MessageLabel what)
{
    std::int32_t v = static_cast<std::int32_t>(e);
    ar & v;
    if constexpr (Archive::is_loading::value) {
        if (v < 0 || v > static_cast<std::int32_t>(last))
            damaged(fillIn(Text::tr("%1 %2 is unknown"), what(), v));
        e = static_cast<Enum>(v);
    }
}

/// A bool as one byte that must be 0 or 1: Boost loads a bool by copying a byte into it, and any
/// other byte would make an invalid bool (found by fuzz_project). Same bytes as Boost's own.
template <class Archive>
void flag(Archive &ar, bool &b, MessageLabel what)
{
    std::uint8_t v = b ? 1 : 0;
    ar & v;
    if constexpr (Archive::is_loading::value) {
        if (v > 1)
            damaged(fillIn(Text::tr("%1 is %2, not 0 or 1"), what(), v));
        b = v == 1;
    }
}

template <class Archive>
void size(Archive &ar, std::size_t &n)
{
    std::uint64_t v = n;
    ar & v;
    n = static_cast<std::size_t>(v);
}

/// Refuses a class archived by a newer version.
inline void checkVersion(unsigned version, unsigned current, MessageLabel what)
{
    if (version > current)
        damaged(fillIn(Text::tr("%1 is of version %2, written by a newer SegmentScope; this one reads up to "
                                "version %3"),
                       what(), version, current));
}

/// The part of a Segmentation the archive holds.
struct SegmentationRecord
{
    Segmentation *s;
};

} // namespace seg::archive_detail

// Current versions: raise one when its class gains a field (docs/projects.md, "Versions").
BOOST_CLASS_VERSION(seg::FeatureColumn, 1)
BOOST_CLASS_VERSION(seg::FeatureGroup, 1)
BOOST_CLASS_VERSION(seg::FeatureSpec, 1)
BOOST_CLASS_VERSION(seg::FittedFeature, 1)
BOOST_CLASS_VERSION(seg::FittedTransform, 1)
BOOST_CLASS_VERSION(seg::KMeansOptions, 1)
BOOST_CLASS_VERSION(seg::NearestCentroidModel, 1)
BOOST_CLASS_VERSION(seg::GaussianMixtureOptions, 1)
BOOST_CLASS_VERSION(seg::GaussianMixtureModel, 1)
BOOST_CLASS_VERSION(seg::WardOptions, 1)
BOOST_CLASS_VERSION(seg::DbscanOptions, 1)
BOOST_CLASS_VERSION(seg::HdbscanOptions, 1)
BOOST_CLASS_VERSION(seg::MiniBatchKMeansOptions, 1)
BOOST_CLASS_VERSION(seg::ConsensusClusteringOptions, 1)
BOOST_CLASS_VERSION(seg::CorePointModel, 1)
BOOST_CLASS_VERSION(seg::OutlierOptions, 1)
// 2: memberships, log-likelihood, BIC and AIC of soft models (Gaussian mixtures).
// 3: the dendrogram of hierarchical ones (Ward).
BOOST_CLASS_VERSION(seg::archive_detail::SegmentationRecord, 3)
BOOST_CLASS_VERSION(seg::ValueModelFits, 1)
BOOST_CLASS_VERSION(seg::ProjectKSweep, 1)
// Values only, never pointers: nothing to track.
BOOST_CLASS_TRACKING(seg::FeatureColumn, boost::serialization::track_never)
BOOST_CLASS_TRACKING(seg::FeatureGroup, boost::serialization::track_never)
BOOST_CLASS_TRACKING(seg::FeatureSpec, boost::serialization::track_never)
BOOST_CLASS_TRACKING(seg::FittedFeature, boost::serialization::track_never)
BOOST_CLASS_TRACKING(seg::FittedTransform, boost::serialization::track_never)
BOOST_CLASS_TRACKING(seg::KMeansOptions, boost::serialization::track_never)
BOOST_CLASS_TRACKING(seg::NearestCentroidModel, boost::serialization::track_never)
BOOST_CLASS_TRACKING(seg::GaussianMixtureOptions, boost::serialization::track_never)
BOOST_CLASS_TRACKING(seg::GaussianMixtureModel, boost::serialization::track_never)
BOOST_CLASS_TRACKING(seg::WardOptions, boost::serialization::track_never)
BOOST_CLASS_TRACKING(seg::DbscanOptions, boost::serialization::track_never)
BOOST_CLASS_TRACKING(seg::HdbscanOptions, boost::serialization::track_never)
BOOST_CLASS_TRACKING(seg::MiniBatchKMeansOptions, boost::serialization::track_never)
BOOST_CLASS_TRACKING(seg::ConsensusClusteringOptions, boost::serialization::track_never)
BOOST_CLASS_TRACKING(seg::CorePointModel, boost::serialization::track_never)
BOOST_CLASS_TRACKING(seg::OutlierOptions, boost::serialization::track_never)
BOOST_CLASS_TRACKING(seg::archive_detail::SegmentationRecord, boost::serialization::track_never)
BOOST_CLASS_TRACKING(seg::ValueModelFits, boost::serialization::track_never)
BOOST_CLASS_TRACKING(seg::ProjectKSweep, boost::serialization::track_never)

namespace boost::serialization {

using namespace seg::archive_detail;

template <class Archive>
void serialize(Archive &ar, seg::ValueModelFits &f, unsigned version)
{
    checkVersion(version, 1, [] { return Text::tr("a lifetime-value fit"); });
    text(ar, f.columns.customer);
    text(ar, f.columns.frequency);
    text(ar, f.columns.recency);
    text(ar, f.columns.tenure);
    text(ar, f.columns.monetary);
    enumeration(ar, f.unit, seg::TimeUnit::Month, [] { return Text::tr("time unit"); });
    seg::BgNbdFit &b = f.bgnbd;
    ar & b.params.r & b.params.alpha & b.params.a & b.params.b & b.logLikelihood;
    ar &boost::serialization::make_array(b.seLog, 4);
    ar & b.evaluations;
    enumeration(ar, b.status, seg::ModelFitStatus::Failed, [] { return Text::tr("fit status"); });
    size(ar, b.customers);
    seg::GammaGammaFit &g = f.gammaGamma;
    ar & g.params.p & g.params.q & g.params.gamma & g.logLikelihood;
    ar &boost::serialization::make_array(g.seLog, 3);
    ar & g.evaluations;
    enumeration(ar, g.status, seg::ModelFitStatus::Failed, [] { return Text::tr("fit status"); });
    size(ar, g.customers);
    if constexpr (Archive::is_loading::value) {
        // The forecasts divide by these: only a fit's own values can be in a project.
        for (double v : {b.params.r, b.params.alpha, b.params.a, b.params.b, g.params.p, g.params.q, g.params.gamma})
            if (!(std::isfinite(v) && v > 0))
                damaged(Text::tr("a lifetime-value model has a parameter that is not a positive number"));
    }
}

template <class Archive>
void serialize(Archive &ar, seg::FeatureColumn &c, unsigned version)
{
    checkVersion(version, 1, [] { return Text::tr("a feature column"); });
    text(ar, c.column);
    enumeration(ar, c.transform, seg::Transform::Winsorize, [] { return Text::tr("transform"); });
    ar & c.weight;
}

template <class Archive>
void serialize(Archive &ar, seg::FeatureGroup &g, unsigned version)
{
    checkVersion(version, 1, [] { return Text::tr("a feature group"); });
    text(ar, g.name);
    ar & g.weight;
    flag(ar, g.enabled, [] { return Text::tr("a group's enabled flag"); });
    const std::size_t n = count(ar, g.columns.size(), 12, [] { return Text::tr("a group's column count"); });
    if constexpr (Archive::is_loading::value)
        g.columns.resize(n);
    for (seg::FeatureColumn &c : g.columns)
        ar & c;
}

template <class Archive>
void serialize(Archive &ar, seg::FeatureSpec &spec, unsigned version)
{
    checkVersion(version, 1, [] { return Text::tr("a feature spec"); });
    const std::size_t n = count(ar, spec.groups.size(), 12, [] { return Text::tr("a group count"); });
    if constexpr (Archive::is_loading::value)
        spec.groups.resize(n);
    for (seg::FeatureGroup &g : spec.groups)
        ar & g;
    enumeration(ar, spec.scaling, seg::Scaling::None, [] { return Text::tr("scaling"); });
    enumeration(ar, spec.imputation, seg::Imputation::Drop, [] { return Text::tr("imputation"); });
    ar & spec.maxOneHotLevels & spec.winsorizeLower & spec.winsorizeUpper;
}

template <class Archive>
void serialize(Archive &ar, seg::FittedFeature &f, unsigned version)
{
    checkVersion(version, 1, [] { return Text::tr("a fitted feature"); });
    text(ar, f.name);
    text(ar, f.column);
    text(ar, f.group);
    flag(ar, f.oneHot, [] { return Text::tr("a feature's one-hot flag"); });
    texts(ar, f.levels);
    flag(ar, f.pooled, [] { return Text::tr("a feature's pooled flag"); });
    flag(ar, f.fromDate, [] { return Text::tr("a feature's date flag"); });
    ar & f.referenceDay;
    enumeration(ar, f.transform, seg::Transform::Winsorize, [] { return Text::tr("transform"); });
    ar & f.clipLow & f.clipHigh & f.fill & f.center & f.scale & f.weight;
}

template <class Archive>
void serialize(Archive &ar, seg::FittedTransform &t, unsigned version)
{
    checkVersion(version, 1, [] { return Text::tr("a fitted transform"); });
    const std::size_t n = count(ar, t.features.size(), 64, [] { return Text::tr("a feature count"); });
    if constexpr (Archive::is_loading::value)
        t.features.resize(n);
    for (seg::FittedFeature &f : t.features)
        ar & f;
    enumeration(ar, t.imputation, seg::Imputation::Drop, [] { return Text::tr("imputation"); });
}

template <class Archive>
void serialize(Archive &ar, seg::KMeansOptions &o, unsigned version)
{
    checkVersion(version, 1, [] { return Text::tr("k-means options"); });
    ar & o.k & o.nInit & o.maxIter & o.tol & o.seed;
    enumeration(ar, o.method, seg::KMeansMethod::Hamerly, [] { return Text::tr("k-means method"); });
    flag(ar, o.recordHistory, [] { return Text::tr("the history flag"); });
    matrix(ar, o.initialCentroids);
    size(ar, o.restartSampleRows);
}

template <class Archive>
void serialize(Archive &ar, seg::NearestCentroidModel &m, unsigned version)
{
    checkVersion(version, 1, [] { return Text::tr("a nearest-centroid model"); });
    matrix(ar, m.centroids);
}

template <class Archive>
void serialize(Archive &ar, seg::GaussianMixtureOptions &o, unsigned version)
{
    checkVersion(version, 1, [] { return Text::tr("Gaussian mixture options"); });
    ar & o.k;
    enumeration(ar, o.covariance, seg::CovarianceType::Full, [] { return Text::tr("covariance type"); });
    ar & o.nInit & o.maxIter & o.tol & o.regularization & o.seed;
    flag(ar, o.recordHistory, [] { return Text::tr("the history flag"); });
}

template <class Archive>
void serialize(Archive &ar, seg::GaussianMixtureModel &m, unsigned version)
{
    checkVersion(version, 1, [] { return Text::tr("a Gaussian mixture model"); });
    enumeration(ar, m.covariance, seg::CovarianceType::Full, [] { return Text::tr("covariance type"); });
    numbers(ar, m.weights, [] { return Text::tr("a mixture's weight count"); });
    matrix(ar, m.means);
    matrix(ar, m.covariances);
    if constexpr (Archive::is_loading::value) {
        const auto k = m.means.rows(), d = m.means.cols();
        const bool full = m.covariance == seg::CovarianceType::Full;
        if (static_cast<Eigen::Index>(m.weights.size()) != k || m.covariances.cols() != d
            || m.covariances.rows() != (full ? k * d : k))
            damaged(Text::tr("a Gaussian mixture's weights, means and covariances do not fit together"));
    }
}

template <class Archive>
void serialize(Archive &ar, seg::WardOptions &o, unsigned version)
{
    checkVersion(version, 1, [] { return Text::tr("Ward options"); });
    ar & o.k;
    size(ar, o.exactLimit);
    ar & o.microClusters & o.seed;
}

template <class Archive>
void serialize(Archive &ar, seg::DbscanOptions &o, unsigned version)
{
    checkVersion(version, 1, [] { return Text::tr("DBSCAN options"); });
    ar & o.eps & o.minSamples;
}

template <class Archive>
void serialize(Archive &ar, seg::HdbscanOptions &o, unsigned version)
{
    checkVersion(version, 1, [] { return Text::tr("HDBSCAN options"); });
    ar & o.minClusterSize & o.minSamples;
}

template <class Archive>
void serialize(Archive &ar, seg::MiniBatchKMeansOptions &o, unsigned version)
{
    checkVersion(version, 1, [] { return Text::tr("mini-batch k-means options"); });
    ar & o.k;
    size(ar, o.batchSize);
    ar & o.maxEpochs & o.tol & o.reassignmentRatio & o.nInit;
    size(ar, o.startSampleRows);
    ar & o.seed;
}

template <class Archive>
void serialize(Archive &ar, seg::ConsensusClusteringOptions &o, unsigned version)
{
    checkVersion(version, 1, [] { return Text::tr("consensus options"); });
    ar & o.k;
    const std::size_t n = count(ar, o.algorithms.size(), 1, [] { return Text::tr("a consensus member count"); });
    if constexpr (Archive::is_loading::value)
        o.algorithms.resize(n);
    for (seg::Algorithm &a : o.algorithms)
        enumeration(ar, a, seg::Algorithm::Consensus, [] { return Text::tr("consensus member"); });
    ar & o.runsPerMember;
    enumeration(ar, o.resampling, seg::Resampling::Bootstrap, [] { return Text::tr("resampling"); });
    ar & o.fraction;
    size(ar, o.maxFitRows);
    size(ar, o.sampleRows);
    ar & o.seed;
}

template <class Archive>
void serialize(Archive &ar, seg::CorePointModel &m, unsigned version)
{
    checkVersion(version, 1, [] { return Text::tr("a core-point model"); });
    matrix(ar, m.centers);
    matrix(ar, m.points);
    const std::size_t n = count(ar, m.labels.size(), 4, [] { return Text::tr("a core point count"); });
    if constexpr (Archive::is_loading::value)
        m.labels.resize(n);
    if (n > 0)
        ar &boost::serialization::make_array(m.labels.data(), n);
    numbers(ar, m.radius, [] { return Text::tr("a core radius count"); });
    if constexpr (Archive::is_loading::value) {
        const bool fits = static_cast<std::size_t>(m.points.rows()) == n && m.radius.size() == n
                          && (n == 0 || m.points.cols() == m.centers.cols());
        if (!fits || std::any_of(m.labels.begin(), m.labels.end(),
                                 [&](std::int32_t l) { return l < 0 || l >= m.centers.rows(); }))
            damaged(Text::tr("a core-point model's points, labels, radii and centres do not fit together"));
    }
}

template <class Archive>
void serialize(Archive &ar, seg::OutlierOptions &o, unsigned version)
{
    checkVersion(version, 1, [] { return Text::tr("outlier options"); });
    ar & o.robustZ;
}

/// A std::variant as its index and its alternative (Boost 1.74 has no std::variant support).
template <class Archive, class... T>
void variant(Archive &ar, std::variant<T...> &v, seg::MessageLabel what)
{
    std::uint32_t index = static_cast<std::uint32_t>(v.index());
    ar & index;
    if constexpr (Archive::is_loading::value) {
        if (index >= sizeof...(T))
            damaged(seg::fillIn(Text::tr("%1 alternative %2 is unknown"), what(), index));
        std::uint32_t i = 0;
        ((i++ == index ? (void)v.template emplace<T>() : void()), ...);
    }
    std::visit([&](auto &alternative) { ar & alternative; }, v);
}

template <class Archive>
void serialize(Archive &ar, SegmentationRecord &record, unsigned version)
{
    checkVersion(version, 3, [] { return Text::tr("a segmentation"); });
    seg::Segmentation &s = *record.s;
    ar & s.spec;
    variant(ar, s.options, [] { return Text::tr("clustering options"); });
    ar & s.transform;
    seg::ClusteringResult &c = s.clustering;
    enumeration(ar, c.algorithm, seg::Algorithm::Consensus, [] { return Text::tr("algorithm"); });
    ar & c.clusterCount;
    enumeration(ar, c.scoreKind, seg::ScoreKind::Distance, [] { return Text::tr("score kind"); });
    matrix(ar, c.centers);
    variant(ar, c.model, [] { return Text::tr("cluster model"); });
    ar & c.objective & c.iterations;
    enumeration(ar, c.status, seg::ClusteringStatus::IterationLimit, [] { return Text::tr("clustering status"); });
    ar & s.outliers;
    size(ar, s.outlierCount);
    texts(ar, s.warnings);
    if (version >= 2) {
        numbers(ar, c.memberships, [] { return Text::tr("a membership count"); });
        ar & c.logLikelihood & c.bic & c.aic;
    }
    if (version >= 3) {
        seg::Dendrogram &tree = c.dendrogram;
        const std::size_t n = count(ar, tree.merges.size(), 24, [] { return Text::tr("a merge count"); });
        if constexpr (Archive::is_loading::value)
            tree.merges.resize(n);
        for (seg::WardMerge &m : tree.merges)
            ar & m.a & m.b & m.height & m.size;
        size(ar, tree.leaves);
        flag(ar, tree.summarised, [] { return Text::tr("the dendrogram's summarised flag"); });
        if constexpr (Archive::is_loading::value) {
            if (tree.merges.empty())
                return;
            if (tree.merges.size() + 1 != tree.leaves)
                damaged(seg::fillIn(Text::tr("a dendrogram of %1 leaves has %2 merges"), tree.leaves,
                                    tree.merges.size()));
            // The views cut and draw it: every merge must join two clusters that exist, at a
            // finite height.
            for (const seg::WardMerge &m : tree.merges)
                if (!std::isfinite(m.height))
                    damaged(Text::tr("a dendrogram merge has no finite height"));
            try {
                seg::cutDendrogram(tree.merges, tree.leaves, 1);
            } catch (const seg::Error &e) {
                damaged(seg::fillIn(Text::tr("a dendrogram is not a tree of its leaves: %1"), e.detail()));
            }
        }
    }
}

template <class Archive>
void serialize(Archive &ar, seg::ProjectKSweep &sweep, unsigned version)
{
    checkVersion(version, 1, [] { return Text::tr("a k sweep"); });
    ar & sweep.spec;
    variant(ar, sweep.clustering, [] { return Text::tr("clustering options"); });
    ar & sweep.outliers;
    const std::size_t n = count(ar, sweep.points.size(), 20, [] { return Text::tr("a k count"); });
    if constexpr (Archive::is_loading::value)
        sweep.points.resize(n);
    int previous = 0;
    for (seg::KSweepPoint &p : sweep.points) {
        ar & p.k & p.inertia & p.silhouette;
        if constexpr (Archive::is_loading::value) {
            if (p.k <= previous)
                damaged(Text::tr("the k of a sweep are not ascending from 1"));
            previous = p.k;
        }
    }
}

} // namespace boost::serialization

namespace seg {

namespace {

using namespace archive_detail;

// Reads from memory without copying.
struct MemoryBuffer : std::streambuf
{
    MemoryBuffer(std::string_view bytes)
    {
        char *p = const_cast<char *>(bytes.data());
        setg(p, p, p + bytes.size());
    }
};

constexpr unsigned kArchiveFlags = boost::archive::no_codecvt;

template <class T>
std::string save(T &value)
{
    std::ostringstream out(std::ios::binary);
    {
        boost::archive::binary_oarchive ar(out, kArchiveFlags);
        ar << value;
    }
    return std::move(out).str();
}

template <class T>
void load(std::string_view bytes, T &value, const std::string &file, const std::string &where)
{
    const auto fail = [&](const std::string &problem) {
        throw Error(ErrorKind::Io, damagedProjectMessage(where, problem), ErrorLocation {file, -1, {}});
    };
    // Boost reads its header's signature with the length the bytes give, before any of our
    // checks (fuzz_project found a length of 0x4242424242424243): the header is checked first.
    static constexpr std::string_view kSignature = "serialization::archive";
    std::uint64_t signatureLength = 0;
    if (bytes.size() >= 8)
        std::memcpy(&signatureLength, bytes.data(), 8);
    if (bytes.size() < 8 + kSignature.size() || signatureLength != kSignature.size()
        || bytes.substr(8, kSignature.size()) != kSignature)
        fail(Text::tr("it is not a Boost.Serialization binary archive"));
    MemoryBuffer buffer(bytes);
    std::istream in(&buffer);
    t_budget = bytes.size();
    try {
        boost::archive::binary_iarchive ar(in, kArchiveFlags);
        ar >> value;
    } catch (const Damaged &d) {
        fail(d.problem);
    } catch (const boost::archive::archive_exception &e) {
        fail(fillIn(Text::tr("the archive cannot be read (%1)"), e.what()));
    } catch (const std::ios_base::failure &) {
        fail(Text::tr("the archive ends early"));
    } catch (const std::length_error &) {
        fail(Text::tr("a length is out of range"));
    }
    if (in.peek() != std::char_traits<char>::eof())
        fail(Text::tr("bytes follow the end of the archive"));
}

/// A value saved whole (the serialize functions take it by reference, so a copy).
template <class T>
std::string saveValue(const T &value)
{
    T copy = value;
    return save(copy);
}

template <class T>
T loadValue(std::string_view bytes, const std::string &file, const std::string &where)
{
    T value;
    load(bytes, value, file, where);
    return value;
}

} // namespace

std::string saveSegmentationArchive(const Segmentation &segmentation)
{
    SegmentationRecord record {const_cast<Segmentation *>(&segmentation)};
    return save(record);
}

void loadSegmentationArchive(std::string_view bytes, Segmentation &segmentation, const std::string &file,
                             const std::string &where)
{
    SegmentationRecord record {&segmentation};
    load(bytes, record, file, where);
}

std::string saveFeatureSpecArchive(const FeatureSpec &spec)
{
    return saveValue(spec);
}

FeatureSpec loadFeatureSpecArchive(std::string_view bytes, const std::string &file, const std::string &where)
{
    return loadValue<FeatureSpec>(bytes, file, where);
}

std::string saveValueFitsArchive(const ValueModelFits &fits)
{
    return saveValue(fits);
}

ValueModelFits loadValueFitsArchive(std::string_view bytes, const std::string &file, const std::string &where)
{
    return loadValue<ValueModelFits>(bytes, file, where);
}

std::string saveKSweepArchive(const ProjectKSweep &sweep)
{
    return saveValue(sweep);
}

ProjectKSweep loadKSweepArchive(std::string_view bytes, const std::string &file, const std::string &where)
{
    return loadValue<ProjectKSweep>(bytes, file, where);
}

} // namespace seg
