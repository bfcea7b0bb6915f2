#pragma once
// Shared by project.cpp and project_file.cpp.

#include "engine/project/project.h"

namespace seg {

/// Encodes the project's table into Project::encodedColumns and sets its fingerprint.
void encodeProjectColumns(Project &project);
/// The fingerprint of a table's schema and encoded content.
std::string fingerprintOf(const Table &table, const std::vector<EncodedColumn> &encoded);

} // namespace seg
