#include "engine/project/run_history.h"

namespace seg {

namespace {

SegmentMembership membership(const ProjectRun &run)
{
    const Segmentation &s = run.segmentation;
    return {&s.clustering.labels, &s.rows, s.clustering.clusterCount};
}

} // namespace

RunComparison compareRuns(const ProjectRun &a, const ProjectRun &b)
{
    return compareSegmentations(membership(a), membership(b));
}

std::string_view toString(RecipePart part)
{
    switch (part) {
    case RecipePart::None: return "";
    case RecipePart::FeatureSpec: return "the feature spec";
    case RecipePart::ClusteringOptions: return "the clustering options";
    case RecipePart::OutlierRule: return "the outlier rule";
    }
    return "";
}

RunReproduction reproduction(const ProjectRun &a, const ProjectRun &b)
{
    const Segmentation &x = a.segmentation, &y = b.segmentation;
    RunReproduction r;
    if (!(x.spec == y.spec))
        r.difference = RecipePart::FeatureSpec;
    else if (!(x.options == y.options))
        r.difference = RecipePart::ClusteringOptions;
    else if (!(x.outliers == y.outliers))
        r.difference = RecipePart::OutlierRule;
    r.sameRecipe = r.difference == RecipePart::None;
    r.sameEngine = a.engineVersion == b.engineVersion;
    r.identical = x.rows == y.rows && x.clustering.labels == y.clustering.labels;
    return r;
}

std::int64_t firstSameRecipe(const Project &project, const ProjectRun &run)
{
    for (const ProjectRun &earlier : project.runs) {
        if (&earlier == &run || earlier.id == run.id)
            return 0;
        if (reproduction(earlier, run).sameRecipe)
            return earlier.id;
    }
    return 0;
}

} // namespace seg
