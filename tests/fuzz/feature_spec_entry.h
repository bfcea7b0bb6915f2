#pragma once
// Fuzz entry of the feature-spec parser (seg::parseFeatureSpec) and writer (seg::toJson); see
// fuzz_support.h.

#include <cstddef>
#include <cstdint>

namespace seg::fuzz {

/// Parses the bytes as a feature spec. When accepted, toJson() of it must parse back to an
/// equal spec, and write the same text again (docs/feature-spec.md: "Written specs read back
/// identically"); a failure of either is a property failure.
void runFeatureSpec(const std::uint8_t *data, std::size_t size);

} // namespace seg::fuzz
