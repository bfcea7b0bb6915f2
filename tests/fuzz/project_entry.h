#pragma once
// Fuzz entry of the project loader (seg::openProjectBytes): the bytes as a .segscope file; see
// fuzz_support.h.

#include <cstddef>
#include <cstdint>

namespace seg::fuzz {

/// Opens the bytes as a project. An accepted project keeps the promises of project.h: one label
/// per segmented row, rows ascending within the table, labels within the run's segments, and it
/// saves and reopens to the same runs and assignments.
void runProject(const std::uint8_t *data, std::size_t size);

} // namespace seg::fuzz
