#include "tests/fuzz/project_entry.h"

#include "engine/project/project.h"
#include "tests/fuzz/fuzz_support.h"

#include <string_view>

namespace seg::fuzz {

namespace {

void require(bool holds, const char *what)
{
    if (!holds)
        propertyFailed("project", what);
}

} // namespace

void runProject(const std::uint8_t *data, std::size_t size)
{
    Project project = openProjectBytes(std::string_view(reinterpret_cast<const char *>(data), size), "fuzz.segscope");
    checkTable(*project.table, "project");
    for (const ProjectRun &run : project.runs) {
        const Segmentation &s = run.segmentation;
        require(s.clustering.labels.size() == s.rows.size(), "one label per segmented row");
        for (std::size_t i = 0; i < s.rows.size(); ++i) {
            require(s.rows[i] < project.table->rowCount && (i == 0 || s.rows[i] > s.rows[i - 1]),
                    "rows ascending within the table");
            require(s.clustering.labels[i] >= -1 && s.clustering.labels[i] < s.clustering.clusterCount,
                    "labels within the run's segments");
        }
    }
    // The stored documents the explorer decodes on open: read or ignored, never trusted broken.
    if (const std::optional<ProjectKSweep> sweep = storedKSweep(project))
        for (std::size_t i = 1; i < sweep->points.size(); ++i)
            require(sweep->points[i].k > sweep->points[i - 1].k, "a stored sweep's k ascending");
    if (const std::optional<ValueModelFits> fits = storedValueFits(project))
        require(fits->bgnbd.params.r > 0 && fits->bgnbd.params.alpha > 0 && fits->bgnbd.params.a > 0
                    && fits->bgnbd.params.b > 0 && fits->gammaGamma.params.q > 0,
                "stored value models with positive parameters");
    // What was accepted saves and reopens to the same runs.
    const std::string bytes = serializeProject(project);
    const Project again = openProjectBytes(bytes, "fuzz-again.segscope");
    require(again.runs.size() == project.runs.size(), "the runs survive a save");
    for (std::size_t r = 0; r < again.runs.size(); ++r)
        require(again.runs[r].segmentation.clustering.labels == project.runs[r].segmentation.clustering.labels
                    && again.runs[r].segmentation.rows == project.runs[r].segmentation.rows,
                "the assignments survive a save");
}

} // namespace seg::fuzz
