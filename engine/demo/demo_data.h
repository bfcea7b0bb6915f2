#pragma once
// The embedded demo customer base: deterministic synthetic behavioural data with a known
// generating segment per customer, so clustering quality can be measured. Recipe: docs/demo-data.md.

#include "engine/core/progress.h"
#include "engine/data/table.h"

#include <cstdint>
#include <string_view>

namespace seg {

/// Number of generating segments in the demo data.
constexpr int kDemoSegments = 6;

/// `rows` customers from seed `seed`: same arguments => identical table on every platform.
/// Columns: customer_id; engagement (sessions, page_views, minutes_on_site, email_open_rate);
/// purchasing (orders, revenue, avg_order_value, discount_share, return_rate); recency & loyalty
/// (days_since_last_order, tenure_days, loyalty_member); channels (web_share, app_share,
/// store_share, summing to 1); region, acquisition_channel (categorical); true_segment; and the
/// lifetime-value inputs of the same purchase history (frequency, recency, T in weeks,
/// monetary_value; role Ignored, so not clustered on). The purchase history is a BG/NBD process
/// with Gamma-Gamma order values, with parameters per generating segment (demoValueParameters).
Table generateDemoData(std::size_t rows, std::uint64_t seed, const Progress &progress = {});

/// Persona name of generating segment `segment` (the value in column true_segment, 0..5), e.g.
/// "loyal high spenders"; empty outside 0..kDemoSegments-1.
std::string_view demoSegmentName(int segment);

/// Expected share (0..1) of customers drawn from segment `segment`; the shares sum to 1 and
/// are unequal. 0 outside 0..kDemoSegments-1.
double demoSegmentShare(int segment);

} // namespace seg
