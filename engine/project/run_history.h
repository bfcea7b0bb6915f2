#pragma once
// The runs of a project compared: two runs' segments side by side (engine/eval/run_comparison.h)
// and whether a run repeats an earlier one ("reproducible runs", docs/projects.md).

#include "engine/eval/run_comparison.h"
#include "engine/project/project.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace seg {

/// Compares the segments of run `a` with those of run `b` (a's segments are the rows of the
/// table) over the customers both assign to a segment.
RunComparison compareRuns(const ProjectRun &a, const ProjectRun &b);

/// Whether run `b` repeats run `a`. Two runs of one project always see the same data (the
/// project's table, whose fingerprint the file checks); they have the same recipe when, in
/// addition, their feature spec, clustering options (algorithm, k, seed, restarts, iterations,
/// tolerance, restart sample) and outlier rule are equal. The engine promises identical
/// assignments for the same recipe on the same engine version; `identical` says whether the
/// rows and the labels of both runs are equal.
/// The part of a run's recipe in which two runs differ first.
enum class RecipePart : std::uint8_t { None, FeatureSpec, ClusteringOptions, OutlierRule };
/// The part's name in files ("the feature spec", "the clustering options", "the outlier rule";
/// "" for None): English in every language, as a value for other programs.
std::string_view toString(RecipePart part);

struct RunReproduction
{
    bool sameRecipe = false;
    bool sameEngine = false; ///< made by the same engine version
    bool identical = false; ///< same rows segmented, same segment for every one
    RecipePart difference = RecipePart::None; ///< when !sameRecipe, what differs first
};

RunReproduction reproduction(const ProjectRun &a, const ProjectRun &b);

/// The earliest run of `project` before `run` (in the project's order) with the same recipe,
/// or 0 when there is none.
std::int64_t firstSameRecipe(const Project &project, const ProjectRun &run);

} // namespace seg
