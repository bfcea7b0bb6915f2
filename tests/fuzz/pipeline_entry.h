#pragma once
// Fuzz entry of the whole path from a parsed table to segments and their profiles: prepare,
// cluster (k-means, k = 2..4), score, profile and the quality figures; see fuzz_support.h.

#include <cstddef>
#include <cstdint>

namespace seg::fuzz {

/// Parses the bytes after the first as CSV (at most 200 rows), suggests a feature spec and
/// fits it with options chosen by the first byte (k, scaling, imputation, log1p or winsorize on
/// the numeric columns, the seed). A fitted segmentation must label every fitted row 0..k-1,
/// score every table row, and profile and assess without throwing anything but seg::Error.
void runPipeline(const std::uint8_t *data, std::size_t size);

} // namespace seg::fuzz
