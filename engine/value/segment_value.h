#pragma once
// What each segment is worth: size, revenue, lifetime value, expected purchases and the chance
// that its customers are still customers, each with a bootstrap interval. The lifetime values
// come from BG/NBD and Gamma-Gamma fitted on the whole customer table (docs/value.md), found in
// it by column name.

#include "engine/data/table.h"
#include "engine/prep/prepare.h"
#include "engine/prep/transactions.h"
#include "engine/value/bgnbd.h"
#include "engine/value/bootstrap.h"
#include "engine/value/clv.h"
#include "engine/value/diagnostics.h"
#include "engine/value/gamma_gamma.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace seg {

/// The lifetime-value inputs of a customer table, found by name (case and separators ignored):
/// frequency ("frequency", "repeat_purchases"), recency ("recency", "t_x"), T ("T", "age"),
/// monetary ("monetary_value", "monetary", "avg_repeat_value"). Numeric columns only; nothing
/// when frequency, recency or T is missing (monetary is optional). The names are those of the
/// CLV literature and of `lifetimes`' summary tables, so recency is t_x (the last repeat
/// purchase's time since the first), not the time since the last purchase.
std::optional<SummaryColumns> findValueColumns(const Table &table);

/// The unit the table's value columns count time in: its "time_unit" property (a table of
/// customers made from a transaction log, customersFromLog), else `fallback`.
TimeUnit valueTimeUnit(const Table &table, TimeUnit fallback = TimeUnit::Week);

/// Every customer's forecast from models fitted on the whole table.
struct CustomerValueModel
{
    SummaryColumns columns;
    TimeUnit unit = TimeUnit::Week;
    ClvOptions options;
    BgNbdFit bgnbd;
    GammaGammaFit gammaGamma;   ///< status Failed when no customer has a repeat purchase with value
    bool hasMonetary = false;   ///< false: no monetary column, CLV is NaN
    std::vector<CustomerValue> rows; ///< per table row
    /// The model's first check (Fader, Hardie & Lee 2005, figure 2): customers by repeat
    /// purchases, 0 to 6 and 7+, as counted and as the fitted BG/NBD expects.
    FrequencyHistogram frequencyFit;
    /// The forecast's check (figure 4 there) when the table was read from a log with a holdout
    /// (customersFromLog): purchases made in the holdout against those the model predicted.
    std::optional<HoldoutComparison> holdoutFit;
    double holdoutLength = 0.0; ///< in `unit`; 0 without a holdout
    std::vector<std::string> warnings;
};

/// What fitting the value models of a table found: the costly part of a CustomerValueModel
/// (a maximum-likelihood search over every customer), which a project stores so that it reopens
/// without fitting again. The forecasts follow from it in one pass over the customers.
struct ValueModelFits
{
    SummaryColumns columns;
    TimeUnit unit = TimeUnit::Week;
    BgNbdFit bgnbd;
    GammaGammaFit gammaGamma; ///< status Failed when not fitted (no monetary column or no repeat value)
};

/// The fits of `model`.
ValueModelFits valueModelFits(const CustomerValueModel &model);

/// Fits BG/NBD (and Gamma-Gamma with a monetary column) on every row of `table` and forecasts
/// each customer over `options.horizon`. With `fitted` (the fits of this table, e.g. stored in
/// its project) for the same columns and unit, the models are not fitted again: the result is
/// the same, as fitting is deterministic. A table with the properties "calibration_end" and
/// "holdout_end" and a kHoldoutPurchasesColumn gets the holdout check too. Throws seg::Error(InvalidData) naming the file, row and
/// column when a value breaks the summary rules (customersFromSummary).
CustomerValueModel fitCustomerValue(const Table &table, const SummaryColumns &columns, TimeUnit unit,
                                    const ClvOptions &options = {}, const ValueModelFits *fitted = nullptr);

/// The money column reported as revenue: the first Value-role column whose name speaks of
/// revenue, spend, sales or a total, else the first Value-role column; empty when none.
std::string revenueColumn(const Table &table);

struct SegmentEconomics
{
    std::size_t size = 0;
    /// Share of the profiled customers; the interval is the normal approximation of a binomial
    /// share (the bootstrap keeps sizes fixed).
    Interval share;
    Interval revenuePerCustomer; ///< NaN without a revenue column
    Interval revenueTotal;
    Interval revenueShare;
    Interval clvMean;            ///< NaN without a value model
    Interval clvTotal;
    Interval clvShare;
    Interval expectedPurchases;  ///< mean per customer over the model's horizon
    Interval probabilityAlive;   ///< mean P(alive)
};

struct Economics
{
    std::string revenueColumn;
    bool hasValue = false;   ///< a value model was given (CLV, purchases, P(alive))
    bool hasClv = false;     ///< ... with spend (Gamma-Gamma): CLV is known
    double horizon = 0.0;    ///< the model's horizon, in `unit`
    TimeUnit unit = TimeUnit::Week;
    int resamples = 0;       ///< bootstrap resamples used
    std::vector<SegmentEconomics> segments; ///< by segment number
};

/// Resamples for a bootstrap over `customers`: 1000, fewer for large tables so that resamples
/// x customers stays near 2 x 10^7 per value, never fewer than 100.
int economicsResamples(std::size_t customers);

/// BootstrapOptions::resamples for segmentEconomics: estimates without intervals.
inline constexpr int kEstimatesOnly = -1;

/// The economics of segments 0..k-1: `labels` per prepared row, `rows` the table row of each
/// (PreparedData::rows); label -1 (outliers) counts in no segment but in the share's
/// denominator. `value` may be null (no value model). Bootstrap intervals of means, totals and
/// shares come from bootstrapSegments with `bootstrap` (resamples <= 0: economicsResamples;
/// kEstimatesOnly: the estimates alone, every bound NaN and Economics::resamples 0, in a
/// fraction of the time, for a result shown before its intervals).
Economics segmentEconomics(const Table &table, const std::vector<std::size_t> &rows, const Labels &labels, int k,
                           const std::string &revenueColumnName, const CustomerValueModel *value,
                           BootstrapOptions bootstrap = {0, 0.95, 42});

} // namespace seg
