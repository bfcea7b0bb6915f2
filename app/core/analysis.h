#pragma once
// The immutable values that travel between the GUI thread and the engine thread.

#include "engine/cluster/clustering.h"
#include "engine/data/table.h"
#include "engine/embed/embedding.h"
#include "engine/eval/k_sweep.h"
#include "engine/eval/quality.h"
#include "engine/pipeline/pipeline.h"
#include "engine/prep/feature_spec.h"
#include "engine/prep/prepare.h"
#include "engine/profile/segment_profile.h"

#include <QMetaType>
#include <QString>

#include <memory>
#include <string>
#include <vector>

namespace seg {

/// Everything a segmentation depends on. Requests are compared field by field to decide what
/// cached work (prepared matrix, projection) can be reused.
struct AnalysisRequest
{
    std::shared_ptr<const Table> table;
    FeatureSpec spec;
    std::string idColumn;    ///< may be empty
    std::string labelColumn; ///< known segments for ARI; may be empty
    /// The algorithm, k, seed and restarts: the same value `segscope cluster` builds from its
    /// options, so both give the same segments.
    ClusteringOptions clustering = defaultClusteringOptions(Algorithm::KMeans, 6, kDefaultSeed);
    /// Customers set aside before clustering (off by default, as in `segscope cluster`).
    OutlierOptions outliers;
    /// Segment keys that new segments must not take (the user named them; their segment may
    /// come back). See seg::segmentKeys.
    std::vector<int> reservedSegmentKeys;

    int k() const { return requestedClusters(clustering); }
    std::uint64_t seed() const { return seedOf(clustering); }
};

/// A complete segmentation, as shown by every view.
struct AnalysisResult
{
    quint64 generation = 0;
    AnalysisRequest request;
    std::shared_ptr<const PreparedData> prepared;
    std::shared_ptr<const Embedding> points;        ///< map of the prepared rows
    std::shared_ptr<const Segmentation> segmentation;
    /// segmentation->clustering.labels, shared with the views (per prepared row).
    std::shared_ptr<const Labels> labels;
    /// The stable identity of each segment (index: segment number), matched to the previous
    /// result by shared customers (seg::matchSegments): names and colours follow it.
    std::vector<int> segmentKeys;
    std::shared_ptr<const Profiles> profiles;
    /// The silhouette is NaN here: EngineController::metricsReady delivers the complete metrics.
    QualityReport metrics;
    double elapsedMs = 0.0;        ///< worker time from taking the request to publishing it

    int segmentCount() const { return segmentation ? segmentation->clustering.clusterCount : 0; }
};

/// The elbow/silhouette sweep over k for one prepared matrix.
struct KSweepResult
{
    quint64 generation = 0;
    std::vector<KSweepPoint> points;
    bool complete = false;
};

} // namespace seg

Q_DECLARE_METATYPE(std::shared_ptr<const seg::AnalysisResult>)
Q_DECLARE_METATYPE(std::shared_ptr<const seg::KSweepResult>)
Q_DECLARE_METATYPE(std::shared_ptr<const seg::Table>)
Q_DECLARE_METATYPE(seg::QualityReport)
Q_DECLARE_METATYPE(seg::AnalysisRequest)
