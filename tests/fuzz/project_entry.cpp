#include "tests/fuzz/project_entry.h"

#include "engine/project/project.h"
#include "tests/fuzz/fuzz_support.h"

#include <cstring>
#include <string>
#include <string_view>
#include <vector>

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
    const std::string_view file(reinterpret_cast<const char *>(data), size);
    Project project = openProjectBytes(file, "fuzz.segscope");
    checkTable(*project.table, "project");
    // Opened as segscope lift opens it, decoding nothing: accepted alike, each column decoded on
    // demand as the full open decoded it, and saved to the same bytes.
    Project encoded = openProjectBytes(file, "fuzz.segscope", ProjectOpenOptions {std::vector<std::string> {}});
    require(encoded.table->columns.size() == project.table->columns.size(), "the same columns decoded on demand");
    for (const Column &column : project.table->columns) {
        const Column cells = decodeStoredColumn(encoded, column.name);
        require(cells.numbers.size() == column.numbers.size()
                    && (column.numbers.empty() // memcmp of null pointers is undefined, even of 0 bytes
                        || std::memcmp(cells.numbers.data(), column.numbers.data(),
                                       column.numbers.size() * sizeof(double))
                               == 0)
                    && cells.codes == column.codes
                    && cells.levels == column.levels && cells.text == column.text
                    && cells.textMissing == column.textMissing,
                "a column decoded on demand is the column decoded on open");
    }
    require(serializeProject(encoded) == serializeProject(project), "a project decoded on demand saves alike");
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
