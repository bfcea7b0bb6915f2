#include "engine/prep/prepare.h"

#include "engine/data/column_names.h"
#include "engine/data/sensitive_columns.h"

#include "engine/data/cell_parsers.h"
#include "engine/data/type_inference.h"

#include "engine/core/error.h"
#include "engine/core/parallel.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstdio>
#include <exception>
#include <numeric>
#include <set>

namespace seg {

namespace {

constexpr std::string_view kOther = "other";

// Why a cell written as a number in `style` is not read as one, and what to do: describeNumberStyle's
// wording, a whole sentence per style.
std::string numberStyleMessage(NumberStyle style, const std::string &text)
{
    switch (style) {
    case NumberStyle::DecimalComma: {
        const std::string fix = Text::tr("a decimal comma is read only from files delimited by ';' or tabs, in columns "
                                         "whose every value is an integer or uses it: write the numbers with '.' as "
                                         "the decimal mark");
        if (commaMayGroupThousands(text))
            return fillIn(Text::tr("the column looks like numbers with a decimal comma or a thousands separator "
                                   "('%1'), which are not read as numbers; %2, or leave the column out"),
                          text, fix);
        return fillIn(Text::tr("the column looks like numbers with a decimal comma ('%1'), which are not read as "
                               "numbers; %2, or leave the column out"),
                      text, fix);
    }
    case NumberStyle::ThousandsSeparators:
        return fillIn(Text::tr("the column looks like numbers with thousands separators ('%1'), which are not read "
                               "as numbers; remove the thousands separators, or leave the column out"),
                      text);
    case NumberStyle::Decorated:
    case NumberStyle::None:
        break;
    }
    return fillIn(Text::tr("the column looks like numbers with a currency or percent sign ('%1'), which are not "
                           "read as numbers; remove the currency or percent signs, or leave the column out"),
                  text);
}

// A text column (categorical or identifier) whose cells are mostly numbers is a numeric column
// with some bad cells: the reader keeps it as text rather than coerce them, and clustering on
// its one-hot levels would silently be nonsense, so the offending cells are named instead.
void rejectNumbersWithText(const Table &table, const Column &c)
{
    if (!looksNumericWithText(c))
        return;
    // Numbers written in a way the reader does not take: say how, and what to do. Decimal commas
    // next to thousands separators ('1,5' and '2.000,5'): the separators are what stop the
    // column, so that cell is named.
    std::int64_t commaRow = -1, separatorRow = -1;
    std::string commaText, separatorText;
    for (std::size_t r = 0; r < c.size() && (commaRow < 0 || separatorRow < 0); ++r) {
        if (c.isMissing(r))
            continue;
        const std::string text = c.cellText(r);
        const NumberStyle style = numberStyle(text);
        if (style == NumberStyle::DecimalComma && commaRow < 0) {
            commaRow = table.rowNumber(r);
            commaText = text;
        } else if (style == NumberStyle::ThousandsSeparators && separatorRow < 0) {
            separatorRow = table.rowNumber(r);
            separatorText = text;
        }
    }
    if (commaRow >= 0 && separatorRow >= 0)
        throw Error(ErrorKind::InvalidData,
                    fillIn(Text::tr("the column looks like numbers with a decimal comma (row %1: '%2'), but '%3' has "
                                    "a thousands separator too, and thousands separators are never read as part of "
                                    "a number; remove them (a decimal comma alone is read in files delimited by ';' "
                                    "or tabs), or leave the column out"),
                           commaRow, commaText, separatorText),
                    ErrorLocation {table.source, separatorRow, c.name});
    for (std::size_t r = 0; r < c.size(); ++r) {
        if (c.isMissing(r))
            continue;
        const std::string text = c.cellText(r);
        const NumberStyle style = numberStyle(text);
        if (style == NumberStyle::None)
            continue;
        throw Error(ErrorKind::InvalidData, numberStyleMessage(style, text),
                    ErrorLocation {table.source, table.rowNumber(r), c.name});
    }
    constexpr std::size_t kListed = 5;
    std::string listed;
    std::size_t texts = 0, present = 0;
    std::int64_t firstRow = -1;
    for (std::size_t r = 0; r < c.size(); ++r) {
        if (c.isMissing(r))
            continue;
        ++present;
        const std::string text = c.cellText(r);
        double ignored = 0.0;
        if (parseNumber(text, ignored) != NumberKind::None)
            continue;
        if (firstRow < 0)
            firstRow = table.rowNumber(r);
        if (texts++ < kListed)
            listed += (listed.empty() ? "" : ", ")
                      + fillIn(Text::tr("row %1 '%2'"), table.rowNumber(r), text);
    }
    if (texts > kListed)
        listed = fillIn(Text::tr("%1 and %2 more"), listed, texts - kListed);
    // "1 of 5 cells is not", "2 of 5 cells are not": the verb follows the count, which "(s)" cannot say.
    throw Error(ErrorKind::InvalidData,
                texts == 1 ? fillIn(Text::tr("expected numbers, but 1 of %1 cells is not: %2; correct them, leave "
                                             "them empty if they are missing, or leave the column out"),
                                    present, listed)
                           : fillIn(Text::tr("expected numbers, but %n of %1 cells are not: %2; correct them, leave "
                                             "them empty if they are missing, or leave the column out",
                                             nullptr, static_cast<long long>(texts)),
                                    present, listed),
                ErrorLocation {table.source, firstRow, c.name});
}

// Linear interpolation between order statistics (Hyndman & Fan 1996, definition 7; numpy's
// default "linear" method, which sklearn's RobustScaler uses through np.nanpercentile).
// Reorders `v`; O(n) through nth_element.
double quantile(std::vector<double> &v, double q)
{
    assert(!v.empty());
    const double h = static_cast<double>(v.size() - 1) * q;
    const std::size_t lo = static_cast<std::size_t>(std::floor(h));
    const double t = h - static_cast<double>(lo);
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(lo), v.end());
    const double a = v[lo];
    if (t == 0.0 || lo + 1 >= v.size())
        return a;
    const double b = *std::min_element(v.begin() + static_cast<std::ptrdiff_t>(lo) + 1, v.end());
    // numpy's _lerp form, so results agree with it to the last bit where possible.
    return t >= 0.5 ? b - (b - a) * (1.0 - t) : a + (b - a) * t;
}

// The middle value, or the mean of the two middle values (numpy.median).
double median(std::vector<double> &v)
{
    assert(!v.empty());
    const std::size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid), v.end());
    const double upper = v[mid];
    if (v.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid));
    return 0.5 * (lower + upper);
}

double mean(const std::vector<double> &v)
{
    double sum = 0.0;
    for (double x : v)
        sum += x;
    return sum / static_cast<double>(v.size());
}

// Population standard deviation (ddof = 0, as sklearn's StandardScaler), two passes.
double populationStdDev(const std::vector<double> &v, double mu)
{
    double ss = 0.0;
    for (double x : v)
        ss += (x - mu) * (x - mu);
    return std::sqrt(ss / static_cast<double>(v.size()));
}

// Most frequent value; ties go to the smallest value so the result does not depend on row order.
double mode(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    double best = v.front();
    std::size_t bestCount = 0;
    for (std::size_t i = 0; i < v.size();) {
        std::size_t j = i;
        while (j < v.size() && v[j] == v[i])
            ++j;
        if (j - i > bestCount) {
            bestCount = j - i;
            best = v[i];
        }
        i = j;
    }
    return best;
}

std::string columnList(const Table &table)
{
    std::string available;
    for (const Column &c : table.columns)
        available += (available.empty() ? "" : ", ") + c.name;
    return available;
}

bool isPlainNumber(ColumnType t)
{
    return t == ColumnType::Integer || t == ColumnType::Real || t == ColumnType::Boolean;
}

// The source column of a fitted feature in the indexed table, checked against what the
// feature expects.
const Column &sourceColumn(const ColumnIndex &columns, const FittedFeature &f)
{
    const Table &table = columns.table();
    const Column &c = columns.require(f.column);
    std::string expected;
    if (f.oneHot && c.type != ColumnType::Categorical)
        expected = Text::tr("the column is %1, but the fitted features expect a categorical column");
    else if (f.fromDate && c.type != ColumnType::Date)
        expected = Text::tr("the column is %1, but the fitted features expect a date column");
    else if (!f.oneHot && !f.fromDate && !isPlainNumber(c.type))
        expected = Text::tr("the column is %1, but the fitted features expect a numeric column");
    if (!expected.empty())
        throw Error(ErrorKind::InvalidData, fillIn(expected, toString(c.type)),
                    ErrorLocation {table.source, -1, c.name});
    return c;
}

// A numeric cell in original units: the fill value when missing, days before the reference
// day for dates.
inline double originalNumber(const Column &c, const FittedFeature &f, std::size_t row)
{
    const double v = c.numbers[row];
    if (std::isnan(v))
        return f.fill;
    return f.fromDate ? f.referenceDay - v : v;
}

// 0/1 per level code of `c` for one-hot feature `f`; `known` holds every level any one-hot
// feature of the same column claims, so the pooled feature can take the rest.
std::vector<std::uint8_t> levelIndicator(const Column &c, const FittedFeature &f,
                                         const std::set<std::string> &known)
{
    std::vector<std::uint8_t> out(c.levels.size(), 0);
    for (std::size_t code = 0; code < c.levels.size(); ++code) {
        const std::string &level = c.levels[code];
        const bool mine = std::find(f.levels.begin(), f.levels.end(), level) != f.levels.end();
        out[code] = (mine || (f.pooled && known.count(level) == 0)) ? 1 : 0;
    }
    return out;
}

std::set<std::string> knownLevels(const std::vector<FittedFeature> &features, const std::string &column)
{
    std::set<std::string> known;
    for (const FittedFeature &f : features)
        if (f.oneHot && f.column == column)
            known.insert(f.levels.begin(), f.levels.end());
    return known;
}

// How to fill one matrix column; built once per call so the row loop does no lookups.
struct Filler
{
    const FittedFeature *feature = nullptr;
    const Column *column = nullptr;
    Eigen::Index target = 0;       // the matrix column it fills
    std::vector<double> codeValue; // one-hot: model value per level code
    double missingValue = 0.0; // one-hot: model value of a missing cell
};

// The fillers of `features` whose source columns are in `columns`, with their matrix columns;
// every feature when `all` (a missing source column then throws, naming it).
std::vector<Filler> makeFillers(const ColumnIndex &columns, const std::vector<FittedFeature> &features, bool all)
{
    std::vector<Filler> fillers;
    fillers.reserve(features.size());
    for (std::size_t j = 0; j < features.size(); ++j) {
        const FittedFeature &f = features[j];
        if (!all && !columns.find(f.column))
            continue;
        Filler filler;
        filler.feature = &f;
        filler.target = static_cast<Eigen::Index>(j);
        filler.column = &sourceColumn(columns, f);
        if (f.oneHot) {
            const std::vector<std::uint8_t> ind
                = levelIndicator(*filler.column, f, knownLevels(features, f.column));
            const double zero = f.forward(0.0), one = f.forward(1.0);
            filler.codeValue.resize(ind.size());
            for (std::size_t code = 0; code < ind.size(); ++code)
                filler.codeValue[code] = ind[code] ? one : zero;
            filler.missingValue = f.forward(f.fill);
        }
        fillers.push_back(std::move(filler));
    }
    return fillers;
}

std::vector<Filler> makeFillers(const Table &table, const std::vector<FittedFeature> &features)
{
    return makeFillers(ColumnIndex(table), features, true);
}

// A value beyond kMaxFeatureMagnitude: its square, summed over rows and features, would overflow
// (1e308 gave infinite distances and a null inertia before this check existed).
[[noreturn]] void throwTooLarge(const Table &table, const Column &c, std::size_t row, double value)
{
    throw Error(ErrorKind::InvalidData,
                fillIn(Text::tr("the value %1 is too large to cluster: feature values must lie within ±%2 so that "
                                "squared distances stay finite; correct the value, or give the column in larger "
                                "units (thousands, millions)"),
                       Text::number(value), Text::number(kMaxFeatureMagnitude)),
                ErrorLocation {table.source, table.rowNumber(row), c.name});
}

// A value within range that scaling takes beyond kMaxModelMagnitude (robust scaling by a tiny
// interquartile range can).
[[noreturn]] void throwScaledTooLarge(const Table &table, const Column &c, std::size_t row, double value,
                                      const FittedFeature &f)
{
    throw Error(ErrorKind::InvalidData,
                fillIn(Text::tr("the value %1 becomes %2 after scaling (centre %3, scale %4, weight %5), beyond the "
                                "±%6 that can be clustered; the column's spread is too small for its scaling: use "
                                "zscore or minmax scaling, or leave the column out"),
                       Text::number(value), Text::number(f.forward(value)), Text::number(f.center),
                       Text::number(f.scale), Text::number(f.weight), Text::number(kMaxModelMagnitude)),
                ErrorLocation {table.source, table.rowNumber(row), c.name});
}

// The checks on the cells of a numeric feature that the fitted transform cannot take: log1p is
// undefined below -1 and meaningless for negative amounts, values beyond kMaxFeatureMagnitude
// overflow, and so do values that scaling takes beyond kMaxModelMagnitude. Each names the row
// instead of producing NaN or infinity.
void checkNumericCells(const Table &table, const FittedFeature &f, const Column &c)
{
    if (f.oneHot)
        return;
    for (std::size_t r = 0; r < c.numbers.size(); ++r) {
        const double v = originalNumber(c, f, r);
        if (f.transform == Transform::Log1p && v < 0.0)
            throw Error(ErrorKind::InvalidData,
                        fillIn(f.fromDate ? Text::tr("the log1p transform needs values of 0 or more, but this cell "
                                                     "holds %1 (a date after the newest date seen when fitting); use "
                                                     "the transform \"none\" or \"winsorize\" for this column")
                                          : Text::tr("the log1p transform needs values of 0 or more, but this cell "
                                                     "holds %1; use the transform \"none\" or \"winsorize\" for this "
                                                     "column"),
                               Text::number(v)),
                        ErrorLocation {table.source, table.rowNumber(r), c.name});
        if (!(std::abs(v) <= kMaxFeatureMagnitude))
            throwTooLarge(table, c, r, v);
        if (!(std::abs(f.forward(v)) <= kMaxModelMagnitude))
            throwScaledTooLarge(table, c, r, v, f);
    }
}

// Writes the fillers' columns of model-space rows: matrix row i comes from table row rows[i]
// (or i when rows is null).
void fillColumns(Matrix &x, const std::vector<Filler> &fillers, const std::vector<std::size_t> *rows)
{
    const auto n = static_cast<std::size_t>(x.rows());
    // Small row chunks keep the row-major writes of all features within L1/L2 while each
    // feature's source column streams through once.
    constexpr std::size_t chunk = 128;
    parallelFor(
        n,
        [&](std::size_t begin, std::size_t end) {
            for (std::size_t c0 = begin; c0 < end; c0 += chunk) {
                const std::size_t c1 = std::min(end, c0 + chunk);
                for (const Filler &fl : fillers) {
                    const FittedFeature &f = *fl.feature;
                    const Eigen::Index col = fl.target;
                    if (f.oneHot) {
                        const std::int32_t *codes = fl.column->codes.data();
                        for (std::size_t i = c0; i < c1; ++i) {
                            const std::int32_t code = codes[rows ? (*rows)[i] : i];
                            x(static_cast<Eigen::Index>(i), col)
                                = code < 0 ? fl.missingValue : fl.codeValue[static_cast<std::size_t>(code)];
                        }
                    } else {
                        for (std::size_t i = c0; i < c1; ++i)
                            x(static_cast<Eigen::Index>(i), col)
                                = f.forward(originalNumber(*fl.column, f, rows ? (*rows)[i] : i));
                    }
                }
            }
        },
        4096);
}

Matrix fillMatrix(const std::vector<Filler> &fillers, const std::vector<std::size_t> *rows, std::size_t n)
{
    Matrix x(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(fillers.size()));
    fillColumns(x, fillers, rows);
    return x;
}

// Column::isMissing without the out-of-line call, for loops over every cell.
inline bool missingAt(const Column &c, std::size_t row)
{
    return c.type == ColumnType::Categorical ? c.codes[row] < 0 : std::isnan(c.numbers[row]);
}

struct Request
{
    const Column *column = nullptr;
    const FeatureGroup *group = nullptr;
    const FeatureColumn *spec = nullptr;
};

std::vector<Request> resolve(const Table &table, const FeatureSpec &spec)
{
    std::vector<Request> out;
    std::vector<std::string> unknown;
    std::set<std::string> seen;
    const ColumnIndex columns(table);
    for (const FeatureGroup &g : spec.groups) {
        if (!g.enabled)
            continue;
        for (const FeatureColumn &fc : g.columns) {
            const Column *c = columns.find(fc.column);
            if (!c) {
                unknown.push_back(fc.column);
                continue;
            }
            const ErrorLocation where {table.source, -1, c->name};
            if (!seen.insert(fc.column).second)
                throw Error(ErrorKind::InvalidData, Text::tr("the feature spec lists this column more than once"),
                            where);
            if (!c->isNumeric())
                rejectNumbersWithText(table, *c);
            if (c->type == ColumnType::Identifier)
                throw Error(ErrorKind::InvalidData,
                            Text::tr("the column holds identifiers (free text or keys) and cannot be a feature; "
                                     "remove it from the feature spec"),
                            where);
            if (c->type == ColumnType::Categorical && fc.transform != Transform::None)
                throw Error(ErrorKind::InvalidData,
                            fillIn(Text::tr("the transform \"%1\" applies to numeric columns, but this column is "
                                            "categorical"),
                                   toString(fc.transform)),
                            where);
            if (!isValidWeight(g.weight))
                throw Error(ErrorKind::Usage,
                            fillIn(Text::tr("the weight of the group '%1' is %2, out of range; %3"), g.name,
                                   weightText(g.weight), weightRangeText()),
                            where);
            if (!isValidWeight(fc.weight))
                throw Error(ErrorKind::Usage,
                            fillIn(Text::tr("the column's weight is %1, out of range; %2"), weightText(fc.weight),
                                   weightRangeText()),
                            where);
            out.push_back(Request {c, &g, &fc});
        }
    }
    if (!unknown.empty()) {
        std::string missing;
        for (const std::string &u : unknown)
            missing += (missing.empty() ? "'" : ", '") + u + "'";
        throw Error(ErrorKind::InvalidData,
                    fillIn(Text::tr("the feature spec names %1, but the table has no such column; the columns are: %2"),
                           missing, columnList(table)),
                    ErrorLocation {table.source, -1, {}});
    }
    if (out.empty())
        throw Error(ErrorKind::InvalidData, spec.emptySelectionReason(), ErrorLocation {table.source, -1, {}});
    return out;
}

// "column 'spend': filled 3 missing cells with the median (42.5)": one sentence per imputation,
// so that each language can word it.
std::string filledNumbersWarning(const std::string &column, Imputation imputation, std::size_t missing, double fill)
{
    const auto n = static_cast<long long>(missing);
    switch (imputation) {
    case Imputation::Mean:
        return fillIn(Text::tr("column '%1': filled %n missing cell(s) with the mean (%2)", nullptr, n), column,
                      Text::number(fill));
    case Imputation::Mode:
        return fillIn(Text::tr("column '%1': filled %n missing cell(s) with the most frequent value (%2)", nullptr, n),
                      column, Text::number(fill));
    default: // Drop fills new rows with the median
        return fillIn(Text::tr("column '%1': filled %n missing cell(s) with the median (%2)", nullptr, n), column,
                      Text::number(fill));
    }
}

std::string filledLevelsWarning(const std::string &column, std::size_t missing, const std::string &level)
{
    return fillIn(Text::tr("column '%1': filled %n missing cell(s) with the most frequent level '%2'", nullptr,
                           static_cast<long long>(missing)),
                  column, level);
}

// Fits the numeric feature of one column on the kept rows; returns false (with a warning) when
// the column carries no information.
bool fitNumeric(const Request &req, const FeatureSpec &spec, const std::vector<std::size_t> &rows,
                FittedFeature &f, std::vector<std::string> &warnings, const Table &table)
{
    const Column &c = *req.column;
    f.name = c.name;
    f.column = c.name;
    f.group = req.group->name;
    f.transform = req.spec->transform;
    f.weight = req.group->weight * req.spec->weight;
    f.fromDate = c.type == ColumnType::Date;

    if (f.fromDate) {
        double newest = -INFINITY;
        for (std::size_t r : rows)
            if (!std::isnan(c.numbers[r]))
                newest = std::max(newest, c.numbers[r]);
        f.referenceDay = newest;
    }

    // Original units of the present cells.
    std::vector<double> values;
    values.reserve(rows.size());
    for (std::size_t r : rows) {
        const double v = c.numbers[r];
        if (std::isnan(v))
            continue;
        values.push_back(f.fromDate ? f.referenceDay - v : v);
        if (!(std::abs(values.back()) <= kMaxFeatureMagnitude))
            throwTooLarge(table, c, r, values.back());
    }
    assert(!values.empty());
    const std::size_t missing = rows.size() - values.size();

    if (f.transform == Transform::Log1p)
        for (std::size_t r : rows) {
            const double raw = c.numbers[r];
            const double v = f.fromDate ? f.referenceDay - raw : raw;
            if (!std::isnan(v) && v < 0.0)
                throw Error(ErrorKind::InvalidData,
                            fillIn(Text::tr("the log1p transform needs values of 0 or more, but this cell holds %1; "
                                            "use the transform \"none\" or \"winsorize\" for this column"),
                                   Text::number(v)),
                            ErrorLocation {table.source, table.rowNumber(r), c.name});
        }

    switch (spec.imputation) {
    case Imputation::Mean:
        f.fill = mean(values);
        break;
    case Imputation::Mode:
        f.fill = mode(values);
        break;
    case Imputation::Median:
    case Imputation::Drop: { // Drop keeps the median for new rows, which are never dropped
        std::vector<double> copy = values;
        f.fill = median(copy);
        break;
    }
    }
    if (missing > 0)
        warnings.push_back(filledNumbersWarning(c.name, spec.imputation, missing, f.fill));

    // From here on: the imputed column, as the matrix will hold it.
    values.resize(rows.size(), f.fill);
    const auto [minIt, maxIt] = std::minmax_element(values.begin(), values.end());
    if (*minIt == *maxIt) {
        warnings.push_back(fillIn(Text::tr("column '%1' is constant (every value is %2) and was left out"), c.name,
                                  Text::number(*minIt)));
        return false;
    }

    if (f.transform == Transform::Winsorize) {
        std::vector<double> copy = values;
        f.clipLow = quantile(copy, spec.winsorizeLower);
        f.clipHigh = quantile(copy, spec.winsorizeUpper);
    }
    for (double &v : values) {
        if (f.transform == Transform::Log1p)
            v = std::log1p(v);
        else if (f.transform == Transform::Winsorize)
            v = std::clamp(v, f.clipLow, f.clipHigh);
    }
    const auto [tMin, tMax] = std::minmax_element(values.begin(), values.end());
    const double lowest = *tMin, highest = *tMax;
    if (lowest == highest) {
        warnings.push_back(
            fillIn(Text::tr("column '%1' is constant after winsorizing (every value becomes %2) and was left out"),
                   c.name, Text::number(lowest)));
        return false;
    }

    switch (spec.scaling) {
    case Scaling::ZScore:
        f.center = mean(values);
        f.scale = populationStdDev(values, f.center);
        break;
    case Scaling::Robust: {
        std::vector<double> copy = values;
        f.center = median(copy);
        f.scale = quantile(copy, 0.75) - quantile(copy, 0.25);
        if (!(f.scale > 0.0)) {
            // sklearn would divide by 1 here, leaving the feature in raw units where it can
            // dominate every distance; the standard deviation keeps it comparable.
            f.scale = populationStdDev(values, mean(values));
            warnings.push_back(fillIn(
                Text::tr("column '%1': the interquartile range is 0, so it is scaled by its standard deviation"),
                c.name));
        }
        break;
    }
    case Scaling::MinMax:
        f.center = lowest;
        f.scale = highest - lowest;
        break;
    case Scaling::None:
        f.center = 0.0;
        f.scale = 1.0;
        break;
    }
    if (!(f.scale > 0.0) || !std::isfinite(f.scale))
        f.scale = 1.0;
    // forward() is monotone, so the extremes of the column bound every scaled value; only when
    // one is out of range are the rows searched for the first value that is.
    const auto outOfRange = [&](double t) {
        return !(std::abs((t - f.center) / f.scale * f.weight) <= kMaxModelMagnitude);
    };
    if (outOfRange(lowest) || outOfRange(highest))
        for (std::size_t r : rows) {
            const double v = originalNumber(c, f, r);
            if (!(std::abs(f.forward(v)) <= kMaxModelMagnitude))
                throwScaledTooLarge(table, c, r, v, f);
        }
    return true;
}

// One 0/1 feature per frequent level, plus a pooled "other" beyond the level cap.
std::vector<FittedFeature> fitOneHot(const Request &req, const FeatureSpec &spec,
                                     const std::vector<std::size_t> &rows, std::vector<std::string> &warnings)
{
    const Column &c = *req.column;
    std::vector<std::size_t> counts(c.levels.size(), 0);
    std::size_t missing = 0;
    for (std::size_t r : rows) {
        const std::int32_t code = c.codes[r];
        if (code < 0)
            ++missing;
        else
            ++counts[static_cast<std::size_t>(code)];
    }
    // Ties go to the level seen first, so the order is stable for a given table.
    std::vector<std::size_t> order;
    for (std::size_t code = 0; code < counts.size(); ++code)
        if (counts[code] > 0)
            order.push_back(code);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return counts[a] > counts[b]; });
    assert(!order.empty());
    const std::string &fillLevel = c.levels[order.front()];
    if (missing > 0)
        warnings.push_back(filledLevelsWarning(c.name, missing, fillLevel));
    if (order.size() == 1) {
        warnings.push_back(fillIn(Text::tr("column '%1' is constant (every value is '%2') and was left out"), c.name,
                                  fillLevel));
        return {};
    }

    const std::size_t cap = static_cast<std::size_t>(std::max(1, spec.maxOneHotLevels));
    const bool pool = order.size() > cap;
    std::vector<FittedFeature> out;
    FittedFeature other;
    auto base = [&](FittedFeature &f) {
        f.column = c.name;
        f.group = req.group->name;
        f.oneHot = true;
        f.weight = req.group->weight * req.spec->weight;
    };
    for (std::size_t code : order) {
        const std::string &level = c.levels[code];
        // A level literally called "other" joins the pool rather than colliding with it.
        if (pool && (out.size() >= cap || level == kOther)) {
            other.levels.push_back(level);
            continue;
        }
        FittedFeature f;
        base(f);
        f.name = c.name + "=" + level;
        f.levels = {level};
        f.fill = level == fillLevel ? 1.0 : 0.0;
        out.push_back(std::move(f));
    }
    if (pool) {
        base(other);
        other.name = c.name + "=" + std::string(kOther);
        other.pooled = true;
        other.fill = std::find(other.levels.begin(), other.levels.end(), fillLevel) != other.levels.end()
            ? 1.0
            : 0.0;
        warnings.push_back(fillIn(Text::tr("column '%1': %2 less frequent levels were pooled into '%3'"), c.name,
                                  other.levels.size(), kOther));
        out.push_back(std::move(other));
    }
    return out;
}

} // namespace

double FittedFeature::forward(double value) const
{
    double t = value;
    if (transform == Transform::Log1p)
        t = std::log1p(value);
    else if (transform == Transform::Winsorize)
        t = std::clamp(value, clipLow, clipHigh);
    return (t - center) / scale * weight;
}

double FittedFeature::inverse(double modelValue) const
{
    const double t = modelValue / weight * scale + center;
    return transform == Transform::Log1p ? std::expm1(t) : t;
}

Matrix FittedTransform::apply(const Table &table) const
{
    const std::vector<Filler> fillers = makeFillers(table, features);
    for (const Filler &fl : fillers)
        checkNumericCells(table, *fl.feature, *fl.column);
    return fillMatrix(fillers, nullptr, table.rowCount);
}

std::string filledCellsWarning(const FittedTransform &transform, const std::string &column, std::size_t missing)
{
    for (const FittedFeature &f : transform.features) {
        if (f.column != column)
            continue;
        if (!f.oneHot)
            return filledNumbersWarning(column, transform.imputation, missing, f.fill);
        // The feature that missing cells turn on holds the most frequent level first (the pool
        // takes only rarer levels, or one literally called "other", which it then lists first).
        if (f.fill == 1.0)
            return filledLevelsWarning(column, missing, f.levels.front());
    }
    return {};
}

std::vector<std::string> FittedTransform::sourceColumns() const
{
    std::vector<std::string> columns;
    for (const FittedFeature &f : features)
        if (std::find(columns.begin(), columns.end(), f.column) == columns.end())
            columns.push_back(f.column);
    return columns;
}

std::vector<double> FittedTransform::toOriginal(const RowVector &modelPoint) const
{
    assert(static_cast<std::size_t>(modelPoint.size()) == features.size());
    std::vector<double> out(features.size());
    for (std::size_t j = 0; j < features.size(); ++j)
        out[j] = features[j].inverse(modelPoint(static_cast<Eigen::Index>(j)));
    return out;
}

std::vector<double> FittedTransform::originalValues(const Table &table, std::size_t feature,
                                                    const std::vector<std::size_t> &rows) const
{
    return originalValues(ColumnIndex(table), feature, rows);
}

std::vector<double> FittedTransform::originalValues(const ColumnIndex &columns, std::size_t feature,
                                                    const std::vector<std::size_t> &rows) const
{
    assert(feature < features.size());
    const FittedFeature &f = features[feature];
    const Column &c = sourceColumn(columns, f);
    std::vector<double> out(rows.size());
    if (f.oneHot) {
        const std::vector<std::uint8_t> ind = levelIndicator(c, f, knownLevels(features, f.column));
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const std::int32_t code = c.codes[rows[i]];
            out[i] = code < 0 ? f.fill : static_cast<double>(ind[static_cast<std::size_t>(code)]);
        }
    } else {
        for (std::size_t i = 0; i < rows.size(); ++i)
            out[i] = originalNumber(c, f, rows[i]);
    }
    return out;
}

PreparedData fitPreparation(const Table &table, const FeatureSpec &spec, const Progress &progress)
{
    const std::vector<Request> requests = resolve(table, spec);
    const std::size_t n = table.rowCount;
    if (n == 0)
        throw Error(ErrorKind::InvalidData, Text::tr("the table has no rows"), ErrorLocation {table.source, -1, {}});
    for (const Request &req : requests) {
        assert(req.column->size() == n);
        std::size_t missing = 0;
        for (std::size_t r = 0; r < n; ++r)
            missing += missingAt(*req.column, r) ? 1 : 0;
        if (missing == n)
            throw Error(ErrorKind::InvalidData,
                        Text::tr("the column has no values (every cell is empty, NULL or a missing marker), "
                                 "so it cannot be a feature"),
                        ErrorLocation {table.source, -1, req.column->name});
    }
    progress.check();

    PreparedData out;
    out.transform.imputation = spec.imputation;
    if (spec.imputation == Imputation::Drop) {
        std::vector<std::uint8_t> keep(n, 1);
        for (const Request &req : requests)
            for (std::size_t r = 0; r < n; ++r)
                if (keep[r] && missingAt(*req.column, r))
                    keep[r] = 0;
        for (std::size_t r = 0; r < n; ++r)
            if (keep[r])
                out.rows.push_back(r);
        if (out.rows.empty())
            throw Error(ErrorKind::InvalidData,
                        Text::tr("every row misses at least one feature value, so imputation \"drop\" leaves "
                                 "no rows; choose median, mean or mode imputation"),
                        ErrorLocation {table.source, -1, {}});
        if (out.rows.size() < n)
            out.warnings.push_back(
                fillIn(Text::tr("dropped %1 of %2 rows with a missing feature value (imputation \"drop\")"),
                       n - out.rows.size(), n));
    } else {
        out.rows.resize(n);
        std::iota(out.rows.begin(), out.rows.end(), std::size_t {0});
    }

    progress.report(0.1, "preparing data");
    // Columns are fitted independently, so they run in parallel; results, warnings and errors
    // are gathered per column and merged in spec order, whatever the thread count.
    const std::size_t m = requests.size();
    std::vector<std::vector<FittedFeature>> fitted(m);
    std::vector<std::vector<std::string>> notes(m);
    std::vector<std::exception_ptr> failures(m);
    parallelFor(
        m,
        [&](std::size_t begin, std::size_t end) {
            for (std::size_t i = begin; i < end; ++i) {
                if (progress.cancelled())
                    return;
                try {
                    const Request &req = requests[i];
                    if (req.column->type == ColumnType::Categorical) {
                        fitted[i] = fitOneHot(req, spec, out.rows, notes[i]);
                    } else {
                        FittedFeature f;
                        if (fitNumeric(req, spec, out.rows, f, notes[i], table))
                            fitted[i].push_back(std::move(f));
                    }
                } catch (...) {
                    failures[i] = std::current_exception();
                }
            }
        },
        1);
    progress.check();
    for (std::size_t i = 0; i < m; ++i) {
        if (failures[i])
            std::rethrow_exception(failures[i]);
        for (FittedFeature &f : fitted[i])
            out.transform.features.push_back(std::move(f));
        for (std::string &w : notes[i])
            out.warnings.push_back(std::move(w));
    }
    // Segments built on a sensitive attribute single customers out by it: say so, once per column.
    for (const Request &req : requests)
        if (const std::string reason = sensitiveReason(table, req.column->name); !reason.empty())
            out.warnings.push_back(
                reason == "marked sensitive"
                    ? fillIn(Text::tr("column '%1' is marked sensitive: segments that use it treat customers "
                                      "differently by it, which may be unlawful or unfair in marketing; leave it out "
                                      "of the features unless that is intended"),
                             req.column->name)
                    : fillIn(Text::tr("column '%1' looks like a sensitive attribute (%2): segments that use it treat "
                                      "customers differently by it, which may be unlawful or unfair in marketing; "
                                      "leave it out of the features unless that is intended"),
                             req.column->name, reason));
    progress.report(0.7, "preparing data");
    if (out.transform.features.empty()) {
        std::string names;
        for (const Request &req : requests)
            names += (names.empty() ? "'" : ", '") + req.column->name + "'";
        throw Error(ErrorKind::InvalidData,
                    fillIn(Text::tr("no usable feature remains: every selected column is constant (%1); a feature "
                                    "needs at least two different values"),
                           names),
                    ErrorLocation {table.source, -1, {}});
    }

    return out;
}

void fillPrepared(const Table &part, PreparedData &prepared)
{
    if (!prepared.rows.empty() && prepared.rows.back() >= part.rowCount)
        throw Error(ErrorKind::InvalidData, Text::tr("the table part has fewer rows than the prepared data"),
                    ErrorLocation {part.source, -1, {}});
    const auto n = static_cast<Eigen::Index>(prepared.rows.size());
    const auto d = static_cast<Eigen::Index>(prepared.transform.dimension());
    if (prepared.x.rows() != n || prepared.x.cols() != d)
        prepared.x.resize(n, d);
    const std::vector<Filler> fillers = makeFillers(ColumnIndex(part), prepared.transform.features, false);
    fillColumns(prepared.x, fillers, &prepared.rows);
}

PreparedData prepare(const Table &table, const FeatureSpec &spec, const Progress &progress)
{
    PreparedData out = fitPreparation(table, spec, progress);
    progress.check();
    fillPrepared(table, out);
    progress.report(1.0, "preparing data");
    return out;
}

std::vector<std::string> preparationWarnings(const Table &table, const FeatureSpec &spec, const Progress &progress)
{
    return fitPreparation(table, spec, progress).warnings;
}

PreparedData prepareWith(const Table &table, FittedTransform transform, std::vector<std::size_t> rows)
{
    if (!std::is_sorted(rows.begin(), rows.end()) || (!rows.empty() && rows.back() >= table.rowCount))
        throw Error(ErrorKind::InvalidData, Text::tr("the rows of a stored transform are not rows of the table"),
                    ErrorLocation {table.source, -1, {}});
    PreparedData out;
    out.transform = std::move(transform);
    out.rows = std::move(rows);
    const std::vector<Filler> fillers = makeFillers(table, out.transform.features);
    out.x = fillMatrix(fillers, &out.rows, out.rows.size());
    return out;
}

} // namespace seg
