#pragma once
// Fuzz entry of the scoring service's request body (segscope serve, POST /score): the strict JSON
// reader, seg::customersFromJson, seg::scoreRows and seg::scoredRowJson; see fuzz_support.h.

#include <cstddef>
#include <cstdint>

namespace seg::fuzz {

/// The first byte chooses the served run (bits 0-1: k-means, a Gaussian mixture, DBSCAN with
/// noise; bit 2: customers carry an id column), the rest is the body, read as the service reads
/// it: {"customers": [...]} or an array of customers. An accepted request gives a table of one
/// row per customer with the model's columns (checkTable), one score per customer with a segment
/// within the run's (or -1 for DBSCAN's noise), and answers that JSON can write.
void runScoreRequest(const std::uint8_t *data, std::size_t size);

} // namespace seg::fuzz
