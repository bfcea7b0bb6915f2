#pragma once
// Fuzz entry of transaction logs and customer summaries (engine/prep/transactions.h): what the
// explorer's log import, `segscope cluster --date-column` and `segscope clv` read; see
// fuzz_support.h.

#include <cstddef>
#include <cstdint>

namespace seg::fuzz {

/// Four bytes choose the reading, the rest is CSV (at most 2,000 rows, types inferred). Byte 0:
/// the customer column (low 4 bits, modulo the columns) and the date column (high 4 bits); byte 1:
/// the amount or unit price (low 4 bits) and the quantity (high 4 bits, 0 for none with an
/// amount); byte 2: the channel (low 4 bits) and the category (high 4 bits); byte 3: bits 0-1 the
/// unit, bit 2 a holdout of 4 units (and the summary's monetary value), bit 3 day-first dates,
/// bit 4 duplicates dropped, bit 5 a unit price instead of an amount, bit 6 a channel, bit 7 a
/// category. The same table is then read as a log (summariseTransactions, customersFromLog) and
/// as a summary (customersFromSummary: the four or five columns from the customer's). Every
/// accepted result keeps the documented promises: 0 <= recency <= T, whole frequencies, recency
/// 0 without a repeat, finite non-negative spend and monetary value, first purchases within
/// calibration, channel shares summing to one (or all unknown: no line gives a channel), at most
/// one table row per line (checkTable).
void runTransactions(const std::uint8_t *data, std::size_t size);

} // namespace seg::fuzz
