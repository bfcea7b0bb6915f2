#include "engine/value/segment_value.h"

#include "engine/core/error.h"
#include "engine/data/cell_parsers.h"
#include "engine/data/column_roles.h"

#include <algorithm>
#include <cassert>
#include <cctype>
#include <cmath>
#include <limits>

namespace seg {

namespace {

/// Lower case without separators: "Monetary Value" and "monetary_value" are one name.
std::string squeezed(const std::string &name)
{
    std::string out;
    for (char c : name)
        if (std::isalnum(static_cast<unsigned char>(c)))
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string findNumeric(const Table &table, std::initializer_list<const char *> names, bool caseSensitiveT = false)
{
    for (const char *wanted : names)
        for (const Column &c : table.columns) {
            if (!c.isNumeric())
                continue;
            // "T" alone is matched as written: a column "t" is too likely something else.
            const bool match = caseSensitiveT && std::string(wanted) == "T" ? c.name == "T"
                                                                             : squeezed(c.name) == squeezed(wanted);
            if (match)
                return c.name;
        }
    return {};
}

constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

/// The day of a date property (YYYY-MM-DD); nothing when absent or not a date.
std::optional<double> dayProperty(const Table &table, const std::string &key)
{
    const auto it = table.properties.find(key);
    double days = 0.0;
    if (it == table.properties.end() || parseDate(it->second, days) != DateFormat::Iso)
        return std::nullopt;
    return days;
}

} // namespace

std::optional<SummaryColumns> findValueColumns(const Table &table)
{
    SummaryColumns columns;
    columns.frequency = findNumeric(table, {"frequency", "repeat_purchases"});
    columns.recency = findNumeric(table, {"recency", "t_x"});
    columns.tenure = findNumeric(table, {"T", "age"}, true);
    columns.monetary = findNumeric(table, {"monetary_value", "monetary", "avg_repeat_value"});
    if (columns.frequency.empty() || columns.recency.empty() || columns.tenure.empty())
        return std::nullopt;
    return columns;
}

TimeUnit valueTimeUnit(const Table &table, TimeUnit fallback)
{
    const auto it = table.properties.find("time_unit");
    return it == table.properties.end() ? fallback : parseTimeUnit(it->second);
}

ValueModelFits valueModelFits(const CustomerValueModel &model)
{
    return {model.columns, model.unit, model.bgnbd, model.gammaGamma};
}

CustomerValueModel fitCustomerValue(const Table &table, const SummaryColumns &columns, TimeUnit unit,
                                    const ClvOptions &options, const ValueModelFits *fitted)
{
    if (fitted && (fitted->unit != unit || fitted->columns.frequency != columns.frequency
                   || fitted->columns.recency != columns.recency || fitted->columns.tenure != columns.tenure
                   || fitted->columns.monetary != columns.monetary))
        fitted = nullptr; // fitted on other columns: of no use here
    CustomerValueModel model;
    model.columns = columns;
    model.unit = unit;
    model.options = options;
    const CustomerTable customers = customersFromSummary(table, columns, unit);
    const std::vector<RfmPoint> points = rfmPoints(customers);
    if (fitted && fitted->bgnbd.customers != points.size())
        fitted = nullptr; // fitted on other customers
    model.bgnbd = fitted ? fitted->bgnbd : fitBgNbd(points);
    model.frequencyFit = frequencyHistogram(model.bgnbd.params, points);
    const std::optional<double> calibrationEnd = dayProperty(table, "calibration_end");
    const std::optional<double> holdoutEnd = dayProperty(table, "holdout_end");
    const Column *holdoutPurchases = table.find(kHoldoutPurchasesColumn);
    if (calibrationEnd && holdoutEnd && *holdoutEnd > *calibrationEnd && holdoutPurchases
        && holdoutPurchases->isNumeric() && holdoutPurchases->type != ColumnType::Date) {
        const std::vector<double> &actual = holdoutPurchases->numbers;
        if (std::all_of(actual.begin(), actual.end(), [](double v) { return std::isfinite(v) && v >= 0; })) {
            model.holdoutLength = (*holdoutEnd - *calibrationEnd) / daysPerUnit(unit);
            model.holdoutFit = holdoutComparison(model.bgnbd.params, points, actual, model.holdoutLength);
        }
    }
    if (model.bgnbd.status != ModelFitStatus::Converged)
        model.warnings.push_back(fillIn(Text::tr("the BG/NBD fit ended with status '%1': its forecasts may be off"),
                                        toString(model.bgnbd.status)));

    std::vector<SpendPoint> spend(customers.customers.size());
    for (std::size_t i = 0; i < spend.size(); ++i)
        spend[i] = {customers.customers[i].frequency, customers.customers[i].monetary};
    model.hasMonetary = !columns.monetary.empty();
    if (model.hasMonetary) {
        const bool anyRepeat = std::any_of(spend.begin(), spend.end(),
                                           [](const SpendPoint &s) { return s.x > 0 && s.zbar > 0; });
        if (anyRepeat) {
            model.gammaGamma = fitted ? fitted->gammaGamma : fitGammaGamma(spend);
            if (model.gammaGamma.params.q <= 1.0)
                model.warnings.push_back(Text::tr("the Gamma-Gamma fit has q <= 1: customers without a repeat "
                                                  "purchase get no expected value"));
        } else {
            model.hasMonetary = false;
            model.warnings.push_back(Text::tr("no customer has a repeat purchase with a value: no lifetime value"));
        }
    }
    model.rows = customerValues(model.bgnbd.params, model.gammaGamma.params, points, spend, options);
    if (!model.hasMonetary)
        for (CustomerValue &v : model.rows)
            v.expectedValue = v.expectedSpend = v.clv = kNan;
    return model;
}

std::string revenueColumn(const Table &table)
{
    const std::vector<std::string> money = columnsWithRole(table, ColumnRole::Value);
    for (const std::string &name : money) {
        const std::string s = squeezed(name);
        for (const char *word : {"revenue", "spend", "sales", "total"})
            if (s.find(word) != std::string::npos)
                return name;
    }
    return money.empty() ? std::string() : money.front();
}

int economicsResamples(std::size_t customers)
{
    if (customers == 0)
        return 1000;
    const double budget = 2e7 / static_cast<double>(customers);
    return static_cast<int>(std::clamp(std::floor(budget), 100.0, 1000.0));
}

Economics segmentEconomics(const Table &table, const std::vector<std::size_t> &rows, const Labels &labels, int k,
                           const std::string &revenueColumnName, const CustomerValueModel *value,
                           BootstrapOptions bootstrap)
{
    assert(rows.size() == labels.size());
    const bool estimatesOnly = bootstrap.resamples == kEstimatesOnly;
    if (estimatesOnly)
        bootstrap.resamples = 1; // the estimates come with any resample count; the bounds are dropped
    else if (bootstrap.resamples <= 0)
        bootstrap.resamples = economicsResamples(rows.size());
    Economics out;
    out.revenueColumn = revenueColumnName;
    out.resamples = estimatesOnly ? 0 : bootstrap.resamples;
    out.hasValue = value != nullptr;
    out.hasClv = value && value->hasMonetary;
    if (value) {
        out.horizon = value->options.horizon;
        out.unit = value->unit;
    }
    const auto segments = static_cast<std::size_t>(std::max(k, 0));
    out.segments.resize(segments);
    const Interval none {kNan, kNan, kNan};
    for (SegmentEconomics &s : out.segments)
        s.revenuePerCustomer = s.revenueTotal = s.revenueShare = s.clvMean = s.clvTotal = s.clvShare
            = s.expectedPurchases = s.probabilityAlive = none;

    const double n = static_cast<double>(rows.size());
    for (int label : labels)
        if (label >= 0 && label < k)
            ++out.segments[static_cast<std::size_t>(label)].size;
    for (SegmentEconomics &s : out.segments) {
        const double p = n > 0 ? static_cast<double>(s.size) / n : kNan;
        const double half = n > 0 ? 1.959963984540054 * std::sqrt(p * (1 - p) / n) : kNan;
        s.share = {p, std::max(0.0, p - half), std::min(1.0, p + half)};
    }

    const auto perRow = [&](auto get) {
        std::vector<double> values(rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i)
            values[i] = get(rows[i]);
        std::vector<SegmentIntervals> intervals = bootstrapSegments(values, labels, k, bootstrap);
        if (estimatesOnly)
            for (SegmentIntervals &segment : intervals)
                for (Interval *i : {&segment.mean, &segment.total, &segment.share})
                    i->low = i->high = kNan;
        return intervals;
    };
    if (!revenueColumnName.empty()) {
        const Column &revenue = table.require(revenueColumnName);
        const std::vector<SegmentIntervals> r = perRow([&](std::size_t row) { return revenue.numbers[row]; });
        for (std::size_t s = 0; s < segments; ++s) {
            out.segments[s].revenuePerCustomer = r[s].mean;
            out.segments[s].revenueTotal = r[s].total;
            out.segments[s].revenueShare = r[s].share;
        }
    }
    if (value) {
        assert(value->rows.size() == table.rowCount);
        const auto &v = value->rows;
        const auto purchases = perRow([&](std::size_t row) { return v[row].expectedPurchases; });
        const auto alive = perRow([&](std::size_t row) { return v[row].probabilityAlive; });
        for (std::size_t s = 0; s < segments; ++s) {
            out.segments[s].expectedPurchases = purchases[s].mean;
            out.segments[s].probabilityAlive = alive[s].mean;
        }
        if (out.hasClv) {
            const auto clv = perRow([&](std::size_t row) { return v[row].clv; });
            for (std::size_t s = 0; s < segments; ++s) {
                out.segments[s].clvMean = clv[s].mean;
                out.segments[s].clvTotal = clv[s].total;
                out.segments[s].clvShare = clv[s].share;
            }
        }
    }
    return out;
}

} // namespace seg
