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

RunReproduction reproduction(const ProjectRun &a, const ProjectRun &b)
{
    const Segmentation &x = a.segmentation, &y = b.segmentation;
    RunReproduction r;
    if (!(x.spec == y.spec))
        r.difference = "the feature spec";
    else if (!(x.options == y.options))
        r.difference = "the clustering options";
    else if (!(x.outliers == y.outliers))
        r.difference = "the outlier rule";
    r.sameRecipe = r.difference.empty();
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
