#pragma once
// The immutable values that travel between the GUI thread and the engine thread.

#include "engine/cluster/kmeans.h"
#include "engine/data/table.h"
#include "engine/embed/embedding.h"
#include "engine/eval/k_sweep.h"
#include "engine/prep/feature_spec.h"
#include "engine/prep/prepare.h"
#include "engine/profile/segment_profile.h"

#include <QMetaType>
#include <QString>

#include <memory>
#include <optional>
#include <string>

namespace seg {

/// Everything a segmentation depends on. Requests are compared field by field to decide what
/// cached work (prepared matrix, projection) can be reused.
struct AnalysisRequest
{
    std::shared_ptr<const Table> table;
    FeatureSpec spec;
    std::string idColumn;    ///< may be empty
    std::string labelColumn; ///< known segments for ARI; may be empty
    int k = 6;
    std::uint64_t seed = 0;
    int nInit = 4;
    /// Clustering algorithm; only "kmeans" (or empty, meaning k-means) is computed today.
    std::string algorithm = "kmeans";
};


struct QualityMetrics
{
    double inertia = 0.0;
    /// On a 5,000-row seeded sample. NaN in AnalysisResult::metrics, which is published before
    /// the silhouette is computed; EngineController::metricsReady delivers the complete metrics.
    double silhouette = 0.0;
    double daviesBouldin = 0.0;
    double calinskiHarabasz = 0.0;
    std::optional<double> ari;     ///< when a label column is set
    std::optional<double> nmi;
};

/// A complete segmentation, as shown by every view.
struct AnalysisResult
{
    quint64 generation = 0;
    AnalysisRequest request;
    std::shared_ptr<const PreparedData> prepared;
    std::shared_ptr<const Embedding> points;       ///< map of the prepared rows
    std::shared_ptr<const Labels> labels;          ///< per prepared row
    KMeansResult kmeans;
    std::shared_ptr<const Profiles> profiles;
    QualityMetrics metrics;        ///< silhouette NaN (see QualityMetrics::silhouette)
    double elapsedMs = 0.0;        ///< worker time from taking the request to publishing it
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
Q_DECLARE_METATYPE(seg::QualityMetrics)
Q_DECLARE_METATYPE(seg::AnalysisRequest)
