// segscope lift P.segscope CAMPAIGN.csv: how much a campaign changed conversion and revenue in
// each segment of a saved run, from the campaign's treated and control customers.

#include "app/cli/args.h"
#include "app/cli/commands.h"
#include "app/cli/file_overlap.h"
#include "app/cli/input_options.h"
#include "app/cli/output.h"

#include "engine/core/error.h"
#include "engine/core/parallel.h"
#include "engine/data/csv_writer.h"
#include "engine/data/import_messages.h"
#include "engine/eval/lift_record.h"
#include "engine/io/atomic_file.h"
#include "engine/project/project.h"

#include <algorithm>
#include <cctype>
#include <limits>
#include <memory>
#include <cmath>
#include <numeric>
#include <optional>
#include <string_view>

namespace seg::cli {

namespace {

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    const auto first = text.find_first_not_of(" \t");
    const auto last = text.find_last_not_of(" \t");
    return first == std::string::npos ? std::string() : text.substr(first, last - first + 1);
}

/// The column named by `option`, or else the first of `usual` the file has (case-insensitive).
std::string chooseColumn(const Args &args, const QString &option, const Table &header, const std::string &input,
                         std::initializer_list<const char *> usual)
{
    if (const auto named = args.value(option)) {
        if (!header.find(named->toStdString()))
            throw UsageError(QCoreApplication::translate("segscope", "--%1 %2: %3 has no such column")
                                 .arg(option, *named, QString::fromStdString(inputName(input))));
        return named->toStdString();
    }
    for (const char *name : usual)
        for (const Column &c : header.columns)
            if (lower(c.name) == name)
                return c.name;
    return {};
}

QString listOf(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *n : names)
        list << QString::fromLatin1(n);
    return list.join(QStringLiteral(", "));
}

const std::initializer_list<const char *> kArmColumns {"arm", "group", "variant", "treatment", "treated", "cohort",
                                                       "test_group", "experiment_group"};
const std::initializer_list<const char *> kConversionColumns {"converted", "conversion", "purchased", "responded",
                                                              "response", "ordered"};
const std::initializer_list<const char *> kRevenueColumns {"revenue", "spend", "sales", "amount", "order_value",
                                                           "value"};
const std::initializer_list<const char *> kTreatmentValues {"treatment", "treated", "test", "exposed", "variant",
                                                            "campaign", "1", "true", "yes", "y", "t"};
const std::initializer_list<const char *> kControlValues {"control", "holdout", "hold-out", "hold out", "untreated",
                                                          "0", "false", "no", "n", "c"};

/// "12621" for "12621.0" (an id column a spreadsheet or a data frame wrote as decimals); empty
/// for anything else.
std::string wholeNumberOf(const std::string &id)
{
    const auto point = id.find('.');
    if (point == std::string::npos || point == 0 || point + 1 == id.size())
        return {};
    const bool digits = std::all_of(id.begin() + (id[0] == '-' ? 1 : 0), id.begin() + std::ptrdiff_t(point),
                                    [](unsigned char c) { return std::isdigit(c); });
    const bool zeros = std::all_of(id.begin() + std::ptrdiff_t(point) + 1, id.end(), [](char c) { return c == '0'; });
    return digits && zeros ? id.substr(0, point) : std::string();
}

bool among(const std::string &value, std::initializer_list<const char *> values)
{
    return std::any_of(values.begin(), values.end(), [&](const char *v) { return value == v; });
}

/// The project's stored columns decoded as the covariates ask for them, keeping only the last:
/// a category's levels ask for its column in turn.
class ColumnDecoder
{
public:
    explicit ColumnDecoder(const Project &project) : m_project(project) {}
    const Column &operator()(const std::string &name)
    {
        if (!m_column || m_column->name != name) {
            m_column.reset(); // before the next is decoded: one column at a time
            m_column = std::make_unique<Column>(decodeStoredColumn(m_project, name));
        }
        return *m_column;
    }

private:
    const Project &m_project;
    std::unique_ptr<Column> m_column;
};

/// The run's features as they were before the campaign, for the balance check: numeric columns
/// as they are, each category level (the 12 most common among the campaign's customers) as 0/1.
/// `rows` is each campaign customer's row in the project's table; the covariates decode its
/// columns when the check reads them, so project and rows must outlive them.
std::vector<LiftCovariate> covariates(const Project &project, const FeatureSpec &spec,
                                      const std::vector<std::size_t> &rows)
{
    std::vector<LiftCovariate> out;
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    const auto decoder = std::make_shared<ColumnDecoder>(project);
    for (const std::string &name : spec.enabledColumns()) {
        const Column *shape = project.table->find(name);
        if (!shape)
            continue;
        if (shape->isNumeric()) {
            out.push_back({name, [decoder, name, &rows] {
                               const Column &column = (*decoder)(name);
                               std::vector<double> values(rows.size());
                               for (std::size_t i = 0; i < rows.size(); ++i)
                                   values[i] = column.numbers[rows[i]];
                               return values;
                           }});
        } else if (shape->type == ColumnType::Categorical) {
            const Column &column = (*decoder)(name);
            std::vector<std::size_t> counts(column.levels.size(), 0);
            for (std::size_t row : rows)
                if (column.codes[row] >= 0)
                    ++counts[static_cast<std::size_t>(column.codes[row])];
            std::vector<std::size_t> levels(counts.size());
            for (std::size_t l = 0; l < levels.size(); ++l)
                levels[l] = l;
            std::stable_sort(levels.begin(), levels.end(), [&](std::size_t a, std::size_t b) { return counts[a] > counts[b]; });
            levels.resize(std::min<std::size_t>(levels.size(), 12));
            for (std::size_t l : levels) {
                if (counts[l] == 0)
                    continue;
                const auto level = static_cast<std::int32_t>(l);
                out.push_back({name + " = " + column.levels[l], [decoder, name, &rows, level] {
                                   const Column &column = (*decoder)(name);
                                   std::vector<double> values(rows.size());
                                   for (std::size_t i = 0; i < rows.size(); ++i) {
                                       const std::int32_t code = column.codes[rows[i]];
                                       values[i] = code < 0 ? nan : code == level ? 1.0 : 0.0;
                                   }
                                   return values;
                               }});
            }
        }
    }
    return out;
}

/// The rows of a project's table by customer id, to find a campaign's customers in it: the
/// rows sorted by their id and searched by halves. A hash map of a million ids took 100 MB; this
/// takes 8 bytes a row (and the ids themselves when the column does not hold them as text).
class RowsById
{
public:
    explicit RowsById(const Column &ids) : m_ids(ids)
    {
        const std::size_t n = ids.size();
        if (ids.type != ColumnType::Identifier) {
            m_owned.reserve(n);
            for (std::size_t r = 0; r < n; ++r)
                m_owned.push_back(ids.cellText(r));
        }
        m_rows.resize(n);
        std::iota(m_rows.begin(), m_rows.end(), std::size_t {0});
        // Stable: of rows with the same id the first comes first, and is the one found.
        std::stable_sort(m_rows.begin(), m_rows.end(), [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
    }

    /// The first row whose id is `id`.
    std::optional<std::size_t> find(std::string_view id) const
    {
        const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), id,
                                         [&](std::size_t row, std::string_view value) { return key(row) < value; });
        if (it == m_rows.end() || key(*it) != id)
            return std::nullopt;
        return *it;
    }

private:
    /// The id as Column::cellText gives it, without a copy.
    std::string_view key(std::size_t row) const
    {
        if (m_ids.type != ColumnType::Identifier)
            return m_owned[row];
        return m_ids.isMissing(row) ? std::string_view() : std::string_view(m_ids.text[row]);
    }

    const Column &m_ids;
    std::vector<std::string> m_owned;
    std::vector<std::size_t> m_rows;
};

QString percentText(double fraction)
{
    return std::isnan(fraction) ? QStringLiteral("-") : QString::number(100.0 * fraction, 'f', 1) + QLatin1Char('%');
}

QString signedText(double value, int decimals)
{
    if (std::isnan(value))
        return QStringLiteral("-");
    return (value >= 0 ? QStringLiteral("+") : QString()) + QString::number(value, 'f', decimals);
}

QString pText(double p)
{
    if (std::isnan(p))
        return QStringLiteral("-");
    return p < 0.0001 ? QStringLiteral("<0.0001") : QString::number(p, 'f', 4);
}

QString correctionName(LiftCorrection correction)
{
    switch (correction) {
    case LiftCorrection::Holm:
        return Cli::tr("Holm's method");
    case LiftCorrection::BenjaminiHochberg:
        return Cli::tr("Benjamini-Hochberg");
    case LiftCorrection::None:
        break;
    }
    return Cli::tr("nothing (no correction)");
}

QString groupLabel(const LiftGroup &g)
{
    if (g.segment < 0)
        return Cli::tr("all");
    return g.name.empty() ? QString::number(g.segment)
                          : QStringLiteral("%1 %2").arg(g.segment).arg(QString::fromStdString(g.name));
}

void printConversion(const CampaignLift &lift)
{
    printOut(Cli::tr("\nConversion: treated against control; difference in points with its %1% interval (Newcombe); "
                "p-values adjusted by %2\n")
                 .arg(100.0 * lift.options.level)
                 .arg(correctionName(lift.options.correction)));
    printOut(Cli::tr("segment                    treated  control  treated  control  difference [interval]        lift     p adj.\n"));
    std::vector<const LiftGroup *> groups {&lift.overall};
    for (const LiftGroup &g : lift.segments)
        groups.push_back(&g);
    for (const LiftGroup *g : groups) {
        if (!g->hasConversion) {
            printOut(QStringLiteral("%1 %2 %3  %4\n")
                         .arg(groupLabel(*g).left(24), -24)
                         .arg(g->treated, 9)
                         .arg(g->control, 8)
                         .arg(Cli::tr("not compared")));
            continue;
        }
        const ConversionLift &c = g->conversion;
        printOut(QStringLiteral("%1 %2 %3 %4 %5  %6 %7 %8 %9%10\n")
                     .arg(groupLabel(*g).left(24), -24)
                     .arg(g->treated, 9)
                     .arg(g->control, 8)
                     .arg(percentText(c.treatedRate.estimate), 8)
                     .arg(percentText(c.controlRate.estimate), 8)
                     .arg(signedText(100.0 * c.difference.estimate, 1), 6)
                     .arg(QStringLiteral("[%1, %2]")
                              .arg(signedText(100.0 * c.difference.low, 1), signedText(100.0 * c.difference.high, 1)),
                          -20)
                     .arg(std::isnan(c.lift.estimate) ? QStringLiteral("-") : signedText(100.0 * c.lift.estimate, 1) + QLatin1Char('%'), 8)
                     .arg(pText(c.adjustedPValue), 9)
                     .arg(c.significant ? QStringLiteral(" *") : QString()));
    }
}

void printRevenue(const CampaignLift &lift)
{
    printOut(Cli::tr("\nRevenue per customer: treated against control; difference with its %1% bootstrap interval; "
                "p-values (Welch) adjusted by %2\n")
                 .arg(100.0 * lift.options.level)
                 .arg(correctionName(lift.options.correction)));
    printOut(Cli::tr("segment                    treated  control  difference [interval]            lift     p adj.\n"));
    std::vector<const LiftGroup *> groups {&lift.overall};
    for (const LiftGroup &g : lift.segments)
        groups.push_back(&g);
    for (const LiftGroup *g : groups) {
        if (!g->hasRevenue) {
            printOut(QStringLiteral("%1 %2  %3\n").arg(groupLabel(*g).left(24), -24).arg(Cli::tr("not compared"), 18));
            continue;
        }
        const RevenueLift &r = g->revenue;
        printOut(QStringLiteral("%1 %2 %3 %4 %5 %6 %7%8\n")
                     .arg(groupLabel(*g).left(24), -24)
                     .arg(QString::number(r.treatedMean, 'f', 2), 9)
                     .arg(QString::number(r.controlMean, 'f', 2), 8)
                     .arg(signedText(r.difference.estimate, 2), 9)
                     .arg(QStringLiteral("[%1, %2]").arg(signedText(r.difference.low, 2), signedText(r.difference.high, 2)), -22)
                     .arg(std::isnan(r.lift.estimate) ? QStringLiteral("-") : signedText(100.0 * r.lift.estimate, 1) + QLatin1Char('%'), 8)
                     .arg(pText(r.adjustedPValue), 9)
                     .arg(r.significant ? QStringLiteral(" *") : QString()));
    }
}

/// One row per group: the overall first, then each segment.
std::string liftCsv(const CampaignLift &lift)
{
    std::string out = "segment,name,treated,control,treated_rate,control_rate,rate_difference,rate_difference_low,"
                      "rate_difference_high,conversion_lift,conversion_lift_low,conversion_lift_high,conversion_p,"
                      "conversion_p_adjusted,conversion_significant,conversion_minimum_detectable,treated_revenue_mean,"
                      "control_revenue_mean,revenue_difference,revenue_difference_low,revenue_difference_high,"
                      "revenue_lift,revenue_lift_low,revenue_lift_high,revenue_p,revenue_p_adjusted,revenue_significant,"
                      "revenue_minimum_detectable,warnings\n";
    const auto number = [&](double v) {
        if (std::isfinite(v))
            out += QString::number(v, 'g', 10).toStdString();
        out += ',';
    };
    const auto add = [&](const LiftGroup &g) {
        out += g.segment < 0 ? std::string("all") : std::to_string(g.segment);
        out += ',';
        appendCsvField(out, g.name);
        out += ',' + std::to_string(g.treated) + ',' + std::to_string(g.control) + ',';
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const ConversionLift c = g.hasConversion ? g.conversion : ConversionLift {};
        for (double v : {c.treatedRate.estimate, c.controlRate.estimate, c.difference.estimate, c.difference.low,
                         c.difference.high, c.lift.estimate, c.lift.low, c.lift.high, c.pValue, c.adjustedPValue})
            number(g.hasConversion ? v : nan);
        out += g.hasConversion ? (c.significant ? "1," : "0,") : ",";
        number(g.hasConversion ? c.minimumDetectable : nan);
        const RevenueLift r = g.hasRevenue ? g.revenue : RevenueLift {};
        for (double v : {r.treatedMean, r.controlMean, r.difference.estimate, r.difference.low, r.difference.high,
                         r.lift.estimate, r.lift.low, r.lift.high, r.pValue, r.adjustedPValue})
            number(g.hasRevenue ? v : nan);
        out += g.hasRevenue ? (r.significant ? "1," : "0,") : ",";
        number(g.hasRevenue ? r.minimumDetectable : nan);
        std::string warnings;
        for (const std::string &w : g.warnings)
            warnings += (warnings.empty() ? "" : "; ") + w;
        appendCsvField(out, warnings);
        out += '\n';
    };
    add(lift.overall);
    for (const LiftGroup &g : lift.segments)
        add(g);
    return out;
}

/// The campaign's columns as the header names them and the options choose them, and how to read
/// them: `schema` is the header with the type each is read as (the arm and the conversion have a
/// few values: codes of 4 bytes, not a text a row).
struct CampaignColumns
{
    std::string id, arm, conversion, revenue;
    Table schema;
    CsvOptions csv;
};

CampaignColumns campaignColumns(const Args &args, const std::string &input, const std::string &projectIds)
{
    CsvOptions probe;
    probe.maxRows = 1;
    Table header = readInputTable(args, input, probe);
    CampaignColumns c;
    c.id = args.stdValue(QStringLiteral("id-column"), projectIds);
    if (!header.find(c.id))
        throw UsageError(Cli::tr("%1 has no column '%2' (the customer id): name it with --id-column")
                             .arg(QString::fromStdString(inputName(input)), QString::fromStdString(c.id)));
    c.arm = chooseColumn(args, QStringLiteral("arm-column"), header, input, kArmColumns);
    if (c.arm.empty())
        throw UsageError(Cli::tr("%1: which column holds the arm (treatment or control)? None is called %2: name it with "
                            "--arm-column")
                             .arg(QString::fromStdString(inputName(input)), listOf(kArmColumns)));
    c.conversion = chooseColumn(args, QStringLiteral("conversion-column"), header, input, kConversionColumns);
    c.revenue = chooseColumn(args, QStringLiteral("revenue-column"), header, input, kRevenueColumns);
    if (c.conversion.empty() && c.revenue.empty())
        throw UsageError(Cli::tr("%1 has neither a conversion column (%2) nor a revenue column (%3): name one with "
                            "--conversion-column or --revenue-column")
                             .arg(QString::fromStdString(inputName(input)), listOf(kConversionColumns),
                                  listOf(kRevenueColumns)));
    c.csv.idColumn = c.id;
    for (Column &column : header.columns)
        column.type = column.name == c.revenue                               ? ColumnType::Real
                      : column.name == c.arm || column.name == c.conversion ? ColumnType::Categorical
                                                                            : ColumnType::Identifier;
    c.schema = std::move(header);
    return c;
}

/// The campaign's customers found in the project, and how they were found.
struct MatchedCampaign
{
    LiftRecord record;
    LiftInput lift;
    std::vector<std::size_t> projectRows; ///< of each customer in `lift`
    std::vector<std::string> unknownExamples;
    std::string wholeExample;       ///< a campaign id found as a whole number
    std::size_t byWholeNumber = 0;  ///< ids found as whole numbers (12621.0 for 12621)
    std::size_t byLeadingZeros = 0; ///< ids found with other leading zeros (17 for 00017)
    std::pair<std::string, std::string> zerosExample; ///< a campaign id and the project's id it matched
};

/// Finds each campaign customer in the project, chunk by chunk of the campaign, and keeps what
/// the analysis needs: the customer's row, segment, arm and outcomes.
class CampaignMatcher
{
public:
    CampaignMatcher(const Args &args, const Project &project, const ProjectRun &run, const CampaignColumns &columns,
                    const std::string &input)
        : m_project(project), m_columns(columns), m_input(input),
          m_treatment(lower(args.stdValue(QStringLiteral("treatment")))),
          m_control(lower(args.stdValue(QStringLiteral("control")))),
          m_projectIds(decodeStoredColumn(project, project.privacy.idColumn)), m_rowOfId(m_projectIds),
          m_paddedWidth(paddedWidth(project, m_projectIds)), m_segmentation(run.segmentation),
          m_seen(project.table->rowCount, false)
    {
        const Segmentation &segmentation = run.segmentation;
        matched.record.campaign = input;
        matched.record.run = run.id;
        matched.record.idColumn = columns.id;
        matched.record.armColumn = columns.arm;
        matched.record.conversionColumn = columns.conversion;
        matched.record.revenueColumn = columns.revenue;
        matched.lift.segmentCount = segmentation.clustering.clusterCount;
        for (int s = 0; s < matched.lift.segmentCount; ++s)
            matched.lift.segmentNames.push_back(project.segmentName(run, s));
    }

    void add(const Table &campaign)
    {
        const Column &ids = campaign.require(m_columns.id);
        const Column &arms = campaign.require(m_columns.arm);
        const Column *conversions = m_columns.conversion.empty() ? nullptr : &campaign.require(m_columns.conversion);
        const Column *revenues = m_columns.revenue.empty() ? nullptr : &campaign.require(m_columns.revenue);
        const auto at = [&](std::size_t row, const std::string &column) {
            return ErrorLocation {inputName(m_input), campaign.rowNumber(row), column};
        };
        matched.record.rows += campaign.rowCount;
        for (std::size_t r = 0; r < campaign.rowCount; ++r) {
            const std::string arm = lower(arms.cellText(r));
            // --treatment and --control each replace their list of usual values.
            const bool treated = m_treatment.empty() ? among(arm, kTreatmentValues) : arm == m_treatment;
            const bool control = m_control.empty() ? among(arm, kControlValues) : arm == m_control;
            if (!treated && !control)
                throw Error(ErrorKind::InvalidData,
                            Cli::tr("'%1' is neither a treatment value (%2) nor a control value (%3): name them with "
                                    "--treatment and --control")
                                .arg(QString::fromStdString(arms.cellText(r)),
                                     m_treatment.empty() ? listOf(kTreatmentValues) : QString::fromStdString(m_treatment),
                                     m_control.empty() ? listOf(kControlValues) : QString::fromStdString(m_control))
                                .toStdString(),
                            at(r, m_columns.arm));
            std::uint8_t converted = 0;
            if (conversions) {
                const std::string value = lower(conversions->cellText(r));
                if (among(value, {"1", "yes", "true", "y", "t"}))
                    converted = 1;
                else if (!among(value, {"0", "no", "false", "n", "f"}))
                    throw Error(ErrorKind::InvalidData,
                                Cli::tr("'%1' is not a conversion: 1 or 0 (yes/no, true/false) was expected")
                                    .arg(QString::fromStdString(conversions->cellText(r)))
                                    .toStdString(),
                                at(r, m_columns.conversion));
            }
            const std::optional<std::size_t> found = rowOf(ids.cellText(r));
            if (!found)
                continue;
            // The reader finds an id repeated within a chunk; this, a customer found twice in
            // any rows (also under two spellings of the id).
            if (m_seen[*found]) {
                if (m_repeats.size() < 5)
                    m_repeats.push_back({*found, ids.cellText(r), 0, campaign.rowNumber(r)});
                ++m_repeatCount;
                continue;
            }
            m_seen[*found] = true;
            matched.projectRows.push_back(*found);
            matched.lift.segments.push_back(segmentOf(*found));
            matched.record.noSegment += matched.lift.segments.back() < 0 ? 1 : 0;
            matched.lift.treated.push_back(treated ? 1 : 0);
            if (conversions)
                matched.lift.converted.push_back(converted);
            if (revenues) {
                matched.lift.revenue.push_back(revenues->numbers[r]);
                matched.record.unknownRevenue += std::isnan(revenues->numbers[r]) ? 1 : 0;
            }
        }
    }

    /// After the last chunk: throws when a customer was found more than once (reading the
    /// campaign again to name the rows where each was found first), or when none was found.
    void finish(const Args &args)
    {
        if (m_repeatCount > 0) {
            inputStream(args, m_input, m_columns.schema, m_columns.csv)->forEachChunk([&](Table &&campaign) {
                const Column &ids = campaign.require(m_columns.id);
                for (std::size_t r = 0; r < campaign.rowCount; ++r)
                    if (const std::optional<std::size_t> found = find(ids.cellText(r)).row)
                        for (Repeat &repeat : m_repeats)
                            if (repeat.projectRow == *found && repeat.firstRow == 0)
                                repeat.firstRow = campaign.rowNumber(r);
            });
            // As the reader says it of an id repeated within a chunk.
            std::string detail;
            for (const Repeat &repeat : m_repeats) {
                const std::string repeated = fillIn(Text::tr("id %1 appears in rows %2 and %3"), quoteValue(repeat.id),
                                                    repeat.firstRow, repeat.row);
                detail = detail.empty() ? repeated : fillIn(Text::tr("%1; %2"), detail, repeated);
            }
            if (m_repeatCount > m_repeats.size())
                detail = fillIn(Text::tr("%1; and %2 more repeated ids"), detail, m_repeatCount - m_repeats.size());
            throw Error(ErrorKind::InvalidData, fillIn(Text::tr("%1; customer ids must be unique"), detail),
                        ErrorLocation {inputName(m_input), m_repeats.front().row, m_columns.id});
        }
        if (matched.lift.treated.empty())
            throw Error(ErrorKind::InvalidData,
                        Cli::tr("none of the campaign's %1 customer(s) is in the project (ids like '%2' in column '%3'): is "
                                "it the same customer base, and the same id column?",
                                nullptr, pluralCount(matched.record.rows))
                            .arg(QString::number(matched.record.rows),
                                 QString::fromStdString(matched.unknownExamples.empty() ? std::string()
                                                                                        : matched.unknownExamples.front()),
                                 QString::fromStdString(m_columns.id))
                            .toStdString(),
                        ErrorLocation {inputName(m_input), -1, {}});
    }

    /// What was found, to move out after finish().
    MatchedCampaign matched;

private:
    /// A customer found again: the project's row, the id as written the second time, and the
    /// rows of the campaign where it was found first (filled by finish()) and again.
    struct Repeat
    {
        std::size_t projectRow;
        std::string id;
        std::int64_t firstRow;
        std::int64_t row;
    };

    /// The project's row of the customer with campaign id `id`, counting those not found.
    std::optional<std::size_t> rowOf(const std::string &id)
    {
        const Match match = find(id);
        if (match.how == Match::Decimals) {
            if (matched.wholeExample.empty())
                matched.wholeExample = id;
            ++matched.byWholeNumber;
        } else if (match.how == Match::Zeros) {
            if (matched.zerosExample.first.empty())
                matched.zerosExample = {id, match.spelling};
            ++matched.byLeadingZeros;
        } else if (!match.row) {
            ++matched.record.unknown;
            if (matched.unknownExamples.size() < 3)
                matched.unknownExamples.push_back(id);
        }
        return match.row;
    }

    /// The segment of project row `row` in the run (-1: in none), found by halves in the run's
    /// rows, which ascend: no table of a label per project row (4 bytes a customer).
    int segmentOf(std::size_t row) const
    {
        const std::vector<std::size_t> &rows = m_segmentation.rows;
        const auto it = std::lower_bound(rows.begin(), rows.end(), row);
        return it == rows.end() || *it != row ? -1 : m_segmentation.clustering.labels[std::size_t(it - rows.begin())];
    }

    struct Match
    {
        std::optional<std::size_t> row;
        enum How { AsWritten, Decimals, Zeros } how = AsWritten;
        std::string spelling; ///< the project's, for Zeros
    };

    /// The project's row of the customer with campaign id `id`, and how it was found.
    Match find(const std::string &id) const
    {
        if (auto row = m_rowOfId.find(projectIdKey(m_project, id)))
            return {row, Match::AsWritten, {}};
        // 12621.0 for 12621: the same customer, written by a tool that read the ids as numbers.
        const std::string whole = wholeNumberOf(id);
        if (!whole.empty())
            if (auto row = m_rowOfId.find(projectIdKey(m_project, whole)))
                return {row, Match::Decimals, {}};
        // 1 for 00001: a spreadsheet dropped the zeros that the project's ids keep (or the
        // other way round).
        if (std::string zeros = otherZeros(whole.empty() ? id : whole); !zeros.empty())
            if (auto row = m_rowOfId.find(projectIdKey(m_project, zeros)))
                return {row, Match::Zeros, std::move(zeros)};
        return {};
    }

    /// `id` (all digits) written with the zeros the project's ids have: padded to their width
    /// when they are written with leading zeros, all of one width; without its leading zeros
    /// otherwise. Empty when not a number, or when no other spelling can be told.
    std::string otherZeros(const std::string &id) const
    {
        if (id.empty() || !std::all_of(id.begin(), id.end(), [](unsigned char c) { return std::isdigit(c); }))
            return {};
        if (m_paddedWidth > id.size())
            return std::string(m_paddedWidth - id.size(), '0') + id;
        const std::size_t zeros = std::min(id.find_first_not_of('0'), id.size() - 1);
        return zeros > 0 ? id.substr(zeros) : std::string();
    }

    /// The width of the project's ids when those that are numbers with leading zeros ("00017")
    /// all have one; 0 otherwise (none, several widths, or ids stored as salted hashes).
    static std::size_t paddedWidth(const Project &project, const Column &ids)
    {
        if (project.privacy.idsHashed || ids.type != ColumnType::Identifier)
            return 0;
        std::size_t width = 0;
        for (std::size_t r = 0; r < ids.text.size(); ++r) {
            const std::string &id = ids.text[r];
            if (ids.textMissing[r] || id.size() < 2 || id[0] != '0'
                || !std::all_of(id.begin(), id.end(), [](unsigned char c) { return std::isdigit(c); }))
                continue;
            if (width != 0 && width != id.size())
                return 0;
            width = id.size();
        }
        return width;
    }

    const Project &m_project;
    const CampaignColumns &m_columns;
    const std::string &m_input;
    const std::string m_treatment, m_control;
    const Column m_projectIds;
    const RowsById m_rowOfId;
    const std::size_t m_paddedWidth;
    const Segmentation &m_segmentation;
    std::vector<bool> m_seen; ///< per project row: found in the campaign (a bit each)
    std::vector<Repeat> m_repeats; ///< the first five
    std::size_t m_repeatCount = 0;
};

/// A campaign's lift in the segments of `run`, and the warnings to print.
struct CampaignAnalysis
{
    LiftRecord record;
    std::vector<std::string> warnings;
    std::size_t customers = 0; ///< the campaign's customers found in the project
};

/// Reads the campaign `input` a chunk of rows at a time and analyses it against `run` of
/// `project`, whose id column it decodes (and then the covariates, one at a time). The campaign
/// and the project's ids are freed before the analysis, and the rest when it returns, before the
/// project is written.
CampaignAnalysis analyseCampaign(const Args &args, const Project &project, const ProjectRun &run,
                                 const std::string &input, const LiftOptions &options)
{
    const CampaignColumns columns = campaignColumns(args, input, project.privacy.idColumn);
    // The matcher, with the project's ids and their index, is gone once the customers are found.
    MatchedCampaign matched = [&] {
        CampaignMatcher matcher(args, project, run, columns, input);
        inputStream(args, input, columns.schema, columns.csv)->forEachChunk([&](Table &&chunk) {
            matcher.add(chunk);
        });
        matcher.finish(args);
        return std::move(matcher.matched);
    }();
    LiftRecord &record = matched.record;
    LiftInput &lift = matched.lift;
    lift.covariates = covariates(project, run.segmentation.spec, matched.projectRows);
    record.lift = campaignLift(lift, options);
    record.analysedAt = utcNow();
    record.engineVersion = SEG_VERSION;

    std::vector<std::string> warnings;
    if (record.unknown > 0) {
        QStringList examples;
        for (const std::string &e : matched.unknownExamples)
            examples << QStringLiteral("'%1'").arg(QString::fromStdString(e));
        if (record.unknown > matched.unknownExamples.size())
            examples << QStringLiteral("...");
        warnings.push_back(Cli::tr("%1 of the campaign's customers are not in the project (%2) and are left out")
                               .arg(QString::number(record.unknown), examples.join(QStringLiteral(", ")))
                               .toStdString());
    }
    if (matched.byWholeNumber > 0)
        warnings.push_back(Cli::tr("%1 id(s) written with decimals (such as '%2') were matched to the project's "
                                   "whole-number ids",
                                   nullptr, pluralCount(matched.byWholeNumber))
                               .arg(QString::number(matched.byWholeNumber),
                                    QString::fromStdString(matched.wholeExample))
                               .toStdString());
    if (matched.byLeadingZeros > 0)
        warnings.push_back(Cli::tr("%1 id(s) differ from the project's only in leading zeros (such as '%2' for "
                                   "'%3') and were matched to them",
                                   nullptr, pluralCount(matched.byLeadingZeros))
                               .arg(QString::number(matched.byLeadingZeros),
                                    QString::fromStdString(matched.zerosExample.first),
                                    QString::fromStdString(matched.zerosExample.second))
                               .toStdString());
    if (record.noSegment > 0)
        warnings.push_back(Cli::tr("%1 customer(s) are in no segment of the run (set aside as outliers, or left out for "
                                   "missing values): they count in the overall lift only",
                                   nullptr, pluralCount(record.noSegment))
                               .arg(QString::number(record.noSegment))
                               .toStdString());
    if (record.unknownRevenue > 0)
        warnings.push_back(Cli::tr("%1 customer(s) have no revenue and are left out of the revenue comparison", nullptr,
                                   pluralCount(record.unknownRevenue))
                               .arg(QString::number(record.unknownRevenue))
                               .toStdString());
    for (const std::string &w : record.lift.warnings)
        warnings.push_back(w);

    return {std::move(record), std::move(warnings), lift.treated.size()};
}

} // namespace

int runLift(const QStringList &arguments)
{
    const Args args(arguments,
                    {QStringLiteral("run"), QStringLiteral("out"), QStringLiteral("json"), QStringLiteral("id-column"),
                     QStringLiteral("arm-column"), QStringLiteral("treatment"), QStringLiteral("control"),
                     QStringLiteral("conversion-column"), QStringLiteral("revenue-column"), QStringLiteral("correction"),
                     QStringLiteral("level"), QStringLiteral("resamples"), QStringLiteral("seed"),
                     QStringLiteral("delimiter"), QStringLiteral("date-order"), QStringLiteral("table"),
                     QStringLiteral("threads")},
                    {QStringLiteral("quiet"), QStringLiteral("no-record")});
    if (args.positional().size() != 2)
        throw UsageError(Cli::tr("lift needs the project and the campaign: segscope lift P.segscope CAMPAIGN.csv"));
    setThreadCount(static_cast<int>(args.integer(QStringLiteral("threads"), 0, 0, 1024)));
    const std::string projectPath = args.positional()[0].toStdString();
    const std::string input = args.positional()[1].toStdString();
    const long long runId = args.integer(QStringLiteral("run"), 0, 1, std::numeric_limits<long long>::max());
    LiftOptions options;
    const QString correction = args.value(QStringLiteral("correction"), QStringLiteral("holm"));
    if (correction == QLatin1String("holm"))
        options.correction = LiftCorrection::Holm;
    else if (correction == QLatin1String("bh"))
        options.correction = LiftCorrection::BenjaminiHochberg;
    else if (correction == QLatin1String("none"))
        options.correction = LiftCorrection::None;
    else
        throw UsageError(Cli::tr("--correction %1: the corrections are holm (family-wise error), bh (false discovery "
                            "rate) and none")
                             .arg(correction));
    options.level = args.real(QStringLiteral("level"), 0.95, 0.5, 0.999);
    options.resamples = static_cast<int>(args.integer(QStringLiteral("resamples"), 2000, 100, 100000));
    options.seed = static_cast<std::uint64_t>(
        args.integer(QStringLiteral("seed"), 42, 0, std::numeric_limits<long long>::max()));
    std::vector<NamedFile> outputs;
    if (const auto out = args.value(QStringLiteral("out")))
        outputs.push_back({QStringLiteral("--out"), *out});
    if (const auto json = args.value(QStringLiteral("json")))
        outputs.push_back({QStringLiteral("--json"), *json});
    refuseOverlappingFiles({{Cli::tr("the project"), args.positional()[0]}, {Cli::tr("the campaign"), args.positional()[1]}},
                           outputs);
    std::optional<AtomicFile> csvFile, jsonFile, projectFile;
    if (const auto out = args.value(QStringLiteral("out")))
        csvFile.emplace(out->toStdString());
    if (const auto json = args.value(QStringLiteral("json")))
        jsonFile.emplace(json->toStdString());
    if (!args.has(QStringLiteral("no-record")))
        projectFile.emplace(projectPath);

    // Only the columns read are decoded, one at a time: the project's table whole is five times
    // its file.
    Project project = openProject(projectPath, ProjectOpenOptions {std::vector<std::string> {}});
    const ProjectRun &run = chosenRun(project, runId, projectPath);
    if (project.privacy.idColumn.empty())
        throw Error(ErrorKind::InvalidData,
                    Cli::tr("the project has no customer id column, so the campaign's customers cannot be found in "
                            "it: create the project with --id-column")
                        .toStdString(),
                    ErrorLocation {projectPath, -1, {}});
    const CampaignAnalysis analysis = analyseCampaign(args, project, run, input, options);
    const LiftRecord &record = analysis.record;
    const std::vector<std::string> &warnings = analysis.warnings;
    const int segmentCount = run.segmentation.clustering.clusterCount;

    const std::string json = liftRecordJson(record);
    if (jsonFile)
        jsonFile->write(json + "\n");
    if (csvFile)
        csvFile->write(liftCsv(record.lift));
    if (projectFile) {
        addRecord(project, kLiftRecordKind, record.analysedAt, json);
        writeProject(project, *projectFile);
    }
    commitTogether({csvFile ? &*csvFile : nullptr, jsonFile ? &*jsonFile : nullptr, projectFile ? &*projectFile : nullptr});

    for (const std::string &w : warnings)
        printErr(Cli::tr("warning: %1\n").arg(QString::fromStdString(w)));
    for (const LiftGroup &g : record.lift.segments)
        for (const std::string &w : g.warnings)
            printErr(Cli::tr("warning: segment %1: %2\n").arg(groupLabel(g), QString::fromStdString(w)));
    if (args.has(QStringLiteral("quiet")))
        return ExitOk;
    printOut(Cli::tr("Campaign %1: %2 customers (%3 treated, %4 control) in run %5, %6 segment(s)\n", nullptr,
                     pluralCount(segmentCount))
                 .arg(QString::fromStdString(inputName(input)))
                 .arg(analysis.customers)
                 .arg(record.lift.overall.treated)
                 .arg(record.lift.overall.control)
                 .arg(run.id)
                 .arg(segmentCount));
    if (!record.conversionColumn.empty())
        printConversion(record.lift);
    if (!record.revenueColumn.empty())
        printRevenue(record.lift);
    const QString alpha = QString::number(100.0 * (1.0 - options.level), 'g', 3);
    printOut(options.correction == LiftCorrection::None
                 ? Cli::tr("\n* significant at the %1% level, not corrected for testing %2 segment(s)\n", nullptr,
                           pluralCount(segmentCount))
                       .arg(alpha)
                       .arg(segmentCount)
                 : Cli::tr("\n* significant at the %1% level after the correction for testing %2 segment(s)\n", nullptr,
                           pluralCount(segmentCount))
                       .arg(alpha)
                       .arg(segmentCount));
    return ExitOk;
}

} // namespace seg::cli
