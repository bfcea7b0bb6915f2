#pragma once
// The engine values a project stores as Boost.Serialization archives (binary, little-endian):
// feature specs, fitted transforms, clustering options and fitted models. The serialize
// functions live in archive.cpp, outside the types, so no other engine module includes Boost.
// Every class has a declared version (BOOST_CLASS_VERSION); a new field raises the version and
// is read only from archives of that version, so archives of every earlier version still load.
// An archive from a newer version of a class is refused, naming both versions.
//
// Loading is safe on hostile bytes: every count and length is checked against the archive's
// size before anything is allocated, every enumeration against its values, and any failure is a
// seg::Error(Io) naming `file` and `where`.

#include "engine/pipeline/pipeline.h"
#include "engine/prep/feature_spec.h"
#include "engine/value/segment_value.h"

#include <string>
#include <string_view>

namespace seg {

/// A segmentation without its per-row vectors (rows, labels, scores), which the project stores
/// in its own compact encoding: the spec, the clustering options, the fitted transform, the
/// model, the centres, the outlier rule and count, the status and the warnings.
std::string saveSegmentationArchive(const Segmentation &segmentation);
/// Fills every field of `segmentation` but rows, clustering.labels and clustering.scores.
void loadSegmentationArchive(std::string_view bytes, Segmentation &segmentation, const std::string &file,
                             const std::string &where);

std::string saveFeatureSpecArchive(const FeatureSpec &spec);
FeatureSpec loadFeatureSpecArchive(std::string_view bytes, const std::string &file, const std::string &where);

struct ProjectKSweep;
/// A stored k sweep (seg::ProjectKSweep).
std::string saveKSweepArchive(const ProjectKSweep &sweep);
ProjectKSweep loadKSweepArchive(std::string_view bytes, const std::string &file, const std::string &where);

/// The fitted lifetime-value models of a project's table (seg::ValueModelFits).
std::string saveValueFitsArchive(const ValueModelFits &fits);
ValueModelFits loadValueFitsArchive(std::string_view bytes, const std::string &file, const std::string &where);

} // namespace seg
