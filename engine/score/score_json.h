#pragma once
// Customers and scores as JSON, for the scoring service (segscope serve) and the JSON-lines
// output of segscope score: one object per customer, a field per column.

#include "engine/data/table.h"
#include "engine/score/score.h"

#include <nlohmann/json.hpp>

#include <string>

namespace seg {

/// The customers of a scoring request's body: the body when it is an array, its "customers" when
/// it is an object. Throws seg::Error(Usage) when an object has no "customers", and when the
/// customers are not an array.
const nlohmann::json &requestCustomers(const nlohmann::json &body);

/// The table of the customers in `customers` (a JSON array of objects, one per customer, each
/// field a column) with the columns `model` reads, typed as modelColumnTypes() gives them, and `idColumn`
/// as text when it is not empty. A field may be missing or null (a missing cell, filled as the
/// run fills it); numbers may come as JSON numbers or as text ("12.5"), yes/no columns as
/// true/false, 1/0 or "yes"/"no", dates as text ("2026-12-06"), categories as text or numbers
/// (1 is the level "1"). Fields the model does not read are ignored. Throws
/// seg::Error(InvalidData) naming the customer (1-based) and the column: not an array, a customer
/// that is not an object or holds none of the model's columns, a value of the wrong kind.
Table customersFromJson(const ScoringModel &model, const nlohmann::json &customers, const std::string &idColumn);

/// One scored customer as an object: id, segment, segment_name, distance, margin, confidence
/// (six significant digits, null when undefined), anomaly (true/false) and anomaly_reason.
nlohmann::json scoredRowJson(const ScoredRows &scored, std::size_t row, const std::string &id, const std::string &name);

} // namespace seg
