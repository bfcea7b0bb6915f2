#pragma once
// The immutable values that travel between the GUI thread and the engine thread.

#include "engine/cluster/clustering.h"
#include "engine/data/table.h"
#include "engine/embed/embedding.h"
#include "engine/embed/umap.h"
#include "engine/eval/k_sweep.h"
#include "engine/eval/quality.h"
#include "engine/pipeline/pipeline.h"
#include "engine/prep/feature_spec.h"
#include "engine/prep/prepare.h"
#include "engine/persona/persona.h"
#include "engine/profile/drivers.h"
#include "engine/profile/segment_profile.h"
#include "engine/value/segment_value.h"

#include <QMetaType>
#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace seg {

/// The parameters the engine chooses from the data when the user has not chosen them, as
/// `segscope cluster` does for the options not given (docs/cli.md): they need the prepared
/// customers, which only the engine thread has.
struct DataDefaults
{
    /// DBSCAN's eps: the knee of the k-distance curve (seg::suggestDbscanEps).
    bool eps = false;
    /// HDBSCAN's minimum cluster size: 1% of the customers (seg::suggestHdbscanMinClusterSize).
    bool minClusterSize = false;

    bool operator==(const DataDefaults &) const = default;
    /// Only the flags that concern the algorithm of `options` (none for k-means).
    DataDefaults applyingTo(const ClusteringOptions &options) const
    {
        const Algorithm algorithm = algorithmOf(options);
        return {eps && algorithm == Algorithm::Dbscan, minClusterSize && algorithm == Algorithm::Hdbscan};
    }
    bool any() const { return eps || minClusterSize; }
};

/// A segmentation made earlier (a run of a project file), shown again instead of reclustering
/// while the settings it was made with are the document's.
struct RestoredRun
{
    std::int64_t runId = 0; ///< its id in the project
    std::shared_ptr<const Segmentation> segmentation;
    /// The stable key of each segment (index: segment number), as stored with the run.
    std::vector<int> segmentKeys;
    /// Its quality metrics as stored ("silhouette", "davies_bouldin", "calinski_harabasz",
    /// "inertia", "ari", "nmi"): shown again rather than computed again when complete.
    std::map<std::string, double> metrics;

    /// The document's settings are the ones this run was made with.
    bool matches(const FeatureSpec &spec, const ClusteringOptions &clustering, const OutlierOptions &outliers) const
    {
        // Every option, not just the algorithm, k and seed: a run made with another eps or
        // number of restarts is another segmentation.
        return segmentation && segmentation->spec == spec && segmentation->options == clustering
               && segmentation->outliers == outliers;
    }
};

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
    /// The parameters of `clustering` that the engine replaces by data-dependent defaults before
    /// clustering (the result's segmentation holds the values it used).
    DataDefaults fromData;
    /// Customers set aside before clustering (off by default, as in `segscope cluster`).
    OutlierOptions outliers;
    /// Segment keys that new segments must not take (the user named them; their segment may
    /// come back). See seg::segmentKeys.
    std::vector<int> reservedSegmentKeys;
    /// When set, the worker shows this segmentation instead of clustering (it was made with
    /// exactly these settings): a project reopens without reclustering.
    std::shared_ptr<const RestoredRun> restored;
    /// The table's lifetime-value models as fitted before (a project stores them): used instead
    /// of fitting them again when they are of this table's columns and customers. May be null.
    std::shared_ptr<const ValueModelFits> valueFits;

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
    /// The lifetime-value model of the table (null when the table has no frequency, recency and T
    /// columns, or they break the models' rules: then valueWarning says why).
    std::shared_ptr<const CustomerValueModel> value;
    std::string valueWarning;
    /// Per segment: size, revenue, CLV, expected purchases and P(alive) with bootstrap intervals.
    std::shared_ptr<const Economics> economics;
    /// Per segment and profiled feature: the SMD against the rest; per feature its separation.
    std::shared_ptr<const Drivers> drivers;
    /// The same for the per-customer value figures (lifetime value, P(alive)); null without a model.
    std::shared_ptr<const Drivers> valueDrivers;
    /// One draft persona per segment (by segment number).
    std::shared_ptr<const std::vector<Persona>> personas;
    /// DBSCAN: the eps the k-distance curve of the prepared customers suggests for the request's
    /// minimum samples (seg::suggestDbscanEps), whether or not the request took it; unset for
    /// the other algorithms.
    std::optional<double> suggestedEps;
    /// The silhouette is NaN here: EngineController::metricsReady delivers the complete metrics.
    QualityReport metrics;
    double elapsedMs = 0.0;        ///< worker time from taking the request to publishing it

    int segmentCount() const { return segmentation ? segmentation->clustering.clusterCount : 0; }
};

/// What the map shows and how it is made. Part of the view state, not of the segmentation:
/// changing it never reclusters.
struct MapSettings
{
    EmbeddingMethod method = EmbeddingMethod::Umap;
    /// UMAP's parameters the explorer offers (neighbours, min_dist, metric, fit sample, seed);
    /// the others keep umap-learn's defaults.
    UmapOptions umap;

    bool operator==(const MapSettings &o) const
    {
        return method == o.method && umap.neighbors == o.umap.neighbors && umap.minDist == o.umap.minDist
               && umap.spread == o.umap.spread && umap.metric == o.umap.metric
               && umap.fitSample == o.umap.fitSample && umap.seed == o.umap.seed
               && umap.epochs == o.umap.epochs;
    }
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
Q_DECLARE_METATYPE(std::shared_ptr<const seg::Economics>)
Q_DECLARE_METATYPE(std::shared_ptr<const seg::SegmentStability>)
Q_DECLARE_METATYPE(seg::AnalysisRequest)
