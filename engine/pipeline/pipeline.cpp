#include "engine/pipeline/pipeline.h"

namespace seg {

Segmentation fit(const Table &table, const FeatureSpec &spec, const ClusteringOptions &options,
                 const Progress &progress)
{
    const PreparedData prepared = prepare(table, spec, progress.sub(0.0, 0.2));
    return fitPrepared(prepared, spec, options, progress.sub(0.2, 1.0));
}

Segmentation fitPrepared(const PreparedData &prepared, const FeatureSpec &spec, const ClusteringOptions &options,
                         const Progress &progress)
{
    Segmentation s;
    s.spec = spec;
    s.options = options;
    s.transform = prepared.transform;
    s.rows = prepared.rows;
    s.warnings = prepared.warnings;
    s.clustering = cluster(prepared.x, options, progress);
    if (s.clustering.status == ClusteringStatus::IterationLimit)
        s.warnings.push_back(std::string(algorithmName(s.clustering.algorithm)) + " stopped at its limit of "
                             + std::to_string(s.clustering.iterations) + " iterations before converging");
    return s;
}

ScoredRows score(const Segmentation &segmentation, const Table &table, const Progress &progress)
{
    const Matrix x = segmentation.transform.apply(table);
    progress.report(0.5);
    ClusterAssignment assigned = assign(segmentation.clustering.model, x, progress.sub(0.5, 1.0));
    ScoredRows out;
    out.labels = std::move(assigned.labels);
    out.scoreKind = segmentation.clustering.scoreKind;
    out.scores = std::move(assigned.scores);
    return out;
}

} // namespace seg
