// segscope clv: customers from a transaction log (or a summary table), BG/NBD and Gamma-Gamma
// fitted, and each customer's expected purchases, P(alive), expected spend and lifetime value.

#include "app/cli/args.h"
#include "app/cli/commands.h"
#include "app/cli/file_overlap.h"
#include "app/cli/input_options.h"
#include "app/cli/output.h"
#ifdef SEG_HAVE_REPORT
#include "app/report/report_format.h"
#include "app/report/value_checks.h"
#endif

#include "engine/core/error.h"
#include "engine/core/parallel.h"
#include "engine/data/cell_parsers.h"
#include "engine/data/column_roles.h"
#include "engine/data/csv_writer.h"
#include "engine/io/atomic_file.h"
#include "engine/prep/transactions.h"
#include "engine/value/clv.h"
#include "engine/value/diagnostics.h"

#include <nlohmann/json.hpp>

#include <QString>
#include <QStringList>

#include <chrono>
#include <cmath>
#include <ctime>
#include <map>
#include <optional>

namespace seg::cli {

namespace {

using Clock = std::chrono::steady_clock;

/// The column named by --OPTION; else an error naming the option, the file and the columns.
void requireColumn(const Table &table, const std::string &name, const QString &option, const std::string &input)
{
    if (table.find(name))
        return;
    QStringList available;
    for (const Column &c : table.columns)
        available << QStringLiteral("'%1'").arg(QString::fromStdString(c.name));
    throw Error(ErrorKind::InvalidData,
                Cli::tr("the column '%1' (--%2) does not exist; the columns are: %3")
                    .arg(QString::fromStdString(name), option, available.join(QStringLiteral(", ")))
                    .toStdString(),
                ErrorLocation {inputName(input), -1, {}});
}

// "%.10g": enough digits to reproduce the models' figures, no noise.
std::string formatNumber(double value)
{
    if (!std::isfinite(value))
        return {};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", value);
    return buf;
}

const RowIssueKind kIssueKinds[] = {RowIssueKind::MissingId, RowIssueKind::BadDate, RowIssueKind::FutureDate,
                                    RowIssueKind::BadAmount, RowIssueKind::Return, RowIssueKind::Duplicate,
                                    RowIssueKind::BadQuantity};

// What happened to the rows of each kind, as a warning with the first example.
QString issueWarning(RowIssueKind kind, std::size_t count, const RowIssue &first, const std::string &input,
                     bool dropDuplicates)
{
    QString what;
    switch (kind) {
    case RowIssueKind::MissingId: what = Cli::tr("%1 row(s) without a customer id left out").arg(count); break;
    case RowIssueKind::BadDate: what = Cli::tr("%1 row(s) without a valid date left out").arg(count); break;
    case RowIssueKind::FutureDate: what = Cli::tr("%1 row(s) dated in the future left out").arg(count); break;
    case RowIssueKind::BadAmount: what = Cli::tr("%1 row(s) without a valid amount left out").arg(count); break;
    case RowIssueKind::Return:
        what = Cli::tr("%1 row(s) with a negative amount counted as returns, not purchases").arg(count);
        break;
    case RowIssueKind::Duplicate:
        what = dropDuplicates ? Cli::tr("%1 duplicate line(s) counted once").arg(count)
                              : Cli::tr("%1 duplicate line(s) kept (--drop-duplicates counts them once)").arg(count);
        break;
    case RowIssueKind::BadQuantity:
        what = Cli::tr("%1 row(s) with a quantity that is not a number: their quantity left out").arg(count);
        break;
    }
    return Cli::tr("%1; the first: %2").arg(what, QString::fromStdString(Error::format(
                                                 first.detail, ErrorLocation {inputName(input), first.row, first.column})));
}

} // namespace

int runClv(const QStringList &arguments)
{
    const Args args(arguments,
                    {QStringLiteral("table"), QStringLiteral("delimiter"), QStringLiteral("date-order"),
                     QStringLiteral("customer-column"), QStringLiteral("date-column"), QStringLiteral("amount-column"),
                     QStringLiteral("price-column"), QStringLiteral("quantity-column"), QStringLiteral("channel-column"),
                     QStringLiteral("category-column"), QStringLiteral("frequency-column"),
                     QStringLiteral("recency-column"), QStringLiteral("tenure-column"),
                     QStringLiteral("monetary-column"), QStringLiteral("calibration-end"),
                     QStringLiteral("holdout-end"), QStringLiteral("today"), QStringLiteral("time-unit"),
                     QStringLiteral("horizon"), QStringLiteral("discount"), QStringLiteral("margin"),
                     QStringLiteral("threads"), QStringLiteral("json"), QStringLiteral("out"),
                     QStringLiteral("charts")},
                    {QStringLiteral("quiet"), QStringLiteral("drop-duplicates")});
    if (args.positional().size() != 1)
        throw UsageError(Cli::tr("clv needs exactly one TRANSACTIONS file (CSV or SQLite)"));
    if (!args.has(QStringLiteral("json")))
        throw UsageError(Cli::tr("clv needs --json OUT, the file for the fitted models and totals"));

    // Every option is checked before the input is read.
    const bool summaryMode = args.has(QStringLiteral("frequency-column"));
    if (summaryMode) {
        for (const char *option : {"recency-column", "tenure-column", "monetary-column"})
            if (!args.has(QString::fromLatin1(option)))
                throw UsageError(Cli::tr("a customer summary (--frequency-column) needs --%1 too")
                                     .arg(QString::fromLatin1(option)));
        for (const char *option : {"date-column", "amount-column", "price-column", "calibration-end", "holdout-end",
                                   "quantity-column", "channel-column", "category-column", "today"})
            if (args.has(QString::fromLatin1(option)))
                throw UsageError(Cli::tr("--%1 is for a transaction log; with --frequency-column the input is one row "
                                    "per customer")
                                     .arg(QString::fromLatin1(option)));
    } else {
        for (const char *option : {"customer-column", "date-column", "calibration-end"})
            if (!args.has(QString::fromLatin1(option)))
                throw UsageError(Cli::tr("clv needs --%1 (or a customer summary with --frequency-column, "
                                    "--recency-column, --tenure-column and --monetary-column)")
                                     .arg(QString::fromLatin1(option)));
    }
    const TimeUnit unit = [&] {
        try {
            return parseTimeUnit(args.stdValue(QStringLiteral("time-unit"), "week"));
        } catch (const Error &e) {
            throw UsageError(Cli::tr("--time-unit: %1").arg(QString::fromStdString(e.detail())));
        }
    }();
    const double yearInUnits = unit == TimeUnit::Day ? 365.0 : unit == TimeUnit::Week ? 52.0 : 12.0;
    ClvOptions clvOptions;
    clvOptions.horizon = args.real(QStringLiteral("horizon"), yearInUnits, 1e-9, 1e5);
    clvOptions.discountRate = args.real(QStringLiteral("discount"), 0.0, 0.0, 10.0);
    clvOptions.margin = args.real(QStringLiteral("margin"), 1.0, 0.0, 1.0);
    TransactionOptions transactionOptions;
    transactionOptions.unit = unit;
    transactionOptions.dropDuplicates = args.has(QStringLiteral("drop-duplicates"));
    if (!summaryMode) {
        transactionOptions.columns = logColumnsOption(args, args.stdValue(QStringLiteral("customer-column")));
        transactionOptions.calibrationEnd = dateOption(args, QStringLiteral("calibration-end"));
        if (args.has(QStringLiteral("holdout-end"))) {
            transactionOptions.holdoutEnd = dateOption(args, QStringLiteral("holdout-end"));
            if (*transactionOptions.holdoutEnd <= transactionOptions.calibrationEnd)
                throw UsageError(Cli::tr("--holdout-end %1 must be after --calibration-end %2")
                                     .arg(*args.value(QStringLiteral("holdout-end")),
                                          *args.value(QStringLiteral("calibration-end"))));
        }
        transactionOptions.today
            = args.has(QStringLiteral("today")) ? dateOption(args, QStringLiteral("today")) : todayUtc();
        if (transactionOptions.calibrationEnd > *transactionOptions.today)
            throw UsageError(Cli::tr("--calibration-end %1 is after today (%2): the calibration period must have "
                                "ended (give --today for data exported on another day)")
                                 .arg(*args.value(QStringLiteral("calibration-end")),
                                      QString::fromStdString(formatDate(*transactionOptions.today))));
    }
    setThreadCount(static_cast<int>(args.integer(QStringLiteral("threads"), 0, 0, 1024)));
    const bool quiet = args.has(QStringLiteral("quiet"));

    // Outputs: never the input or each other; opened now, committed together at the end.
    const std::string input = args.positional().front().toStdString();
    std::vector<NamedFile> outputs;
    for (const QString &option : {QStringLiteral("out"), QStringLiteral("json"), QStringLiteral("charts")})
        if (const auto path = args.value(option))
            outputs.push_back({QStringLiteral("--") + option, *path});
    refuseOverlappingFiles({{Cli::tr("the input"), args.positional().front()}}, outputs);
    std::optional<AtomicFile> outFile;
    if (const auto out = args.value(QStringLiteral("out")))
        outFile.emplace(out->toStdString());
    std::optional<AtomicFile> chartsFile;
    if (const auto charts = args.value(QStringLiteral("charts"))) {
#ifndef SEG_HAVE_REPORT
        throw UsageError(Cli::tr("--charts is not available: this segscope was built without the GUI libraries "
                            "(SEG_BUILD_GUI=OFF)"));
#endif
        chartsFile.emplace(charts->toStdString());
    }
    AtomicFile jsonFile(args.value(QStringLiteral("json"))->toStdString());

    const auto start = Clock::now();
    // Read. Ids are text, so '00042' stays '00042'.
    CsvOptions csv;
    const std::string customerColumn = args.stdValue(QStringLiteral("customer-column"));
    if (!customerColumn.empty())
        csv.columnTypes[customerColumn] = ColumnType::Identifier;
    const Table table = readInputTable(args, input, csv);
    const double readMs = msSince(start);

    auto phase = Clock::now();
    CustomerTable customers;
    if (summaryMode) {
        if (!customerColumn.empty())
            requireColumn(table, customerColumn, QStringLiteral("customer-column"), input);
        for (const char *option : {"frequency-column", "recency-column", "tenure-column", "monetary-column"})
            requireColumn(table, args.stdValue(QString::fromLatin1(option)), QString::fromLatin1(option), input);
        customers = customersFromSummary(table,
                                         {customerColumn, args.stdValue(QStringLiteral("frequency-column")),
                                          args.stdValue(QStringLiteral("recency-column")),
                                          args.stdValue(QStringLiteral("tenure-column")),
                                          args.stdValue(QStringLiteral("monetary-column"))},
                                         unit);
    } else {
        const std::pair<const char *, const std::string *> named[] = {
            {"customer-column", &transactionOptions.columns.customer},
            {"date-column", &transactionOptions.columns.date},
            {"amount-column", &transactionOptions.columns.amount},
            {"price-column", &transactionOptions.columns.unitPrice},
            {"quantity-column", &transactionOptions.columns.quantity},
            {"channel-column", &transactionOptions.columns.channel},
            {"category-column", &transactionOptions.columns.category}};
        for (const auto &[option, name] : named)
            if (!name->empty() || args.has(QString::fromLatin1(option)))
                requireColumn(table, *name, QString::fromLatin1(option), input);
        transactionOptions.dayFirst = args.value(QStringLiteral("date-order")) == QLatin1String("day-first")
                                      || args.value(QStringLiteral("date-order")) == QLatin1String("dmy");
        customers = summariseTransactions(table, transactionOptions);
    }
    const double deriveMs = msSince(phase);

    // Fit.
    phase = Clock::now();
    const std::vector<RfmPoint> points = rfmPoints(customers);
    std::vector<SpendPoint> spend;
    spend.reserve(points.size());
    for (const CustomerSummary &c : customers.customers)
        spend.push_back({c.frequency, c.monetary});
    const auto located = [&](auto fit) {
        try {
            return fit();
        } catch (const Error &e) {
            if (!e.where().file.empty())
                throw;
            throw Error(e.kind(), e.detail(), ErrorLocation {inputName(input), -1, {}});
        }
    };
    const BgNbdFit bgnbd = located([&] { return fitBgNbd(points); });
    const GammaGammaFit gammaGamma = located([&] { return fitGammaGamma(spend); });
    const IndependenceCheck independence = independenceCheck(spend);
    const double fitMs = msSince(phase);

    phase = Clock::now();
    const std::vector<CustomerValue> values
        = customerValues(bgnbd.params, gammaGamma.params, points, spend, clvOptions);
    const FrequencyHistogram histogram = frequencyHistogram(bgnbd.params, points);
    std::optional<HoldoutComparison> holdout;
    if (customers.holdoutEnd) {
        std::vector<double> actual;
        actual.reserve(points.size());
        for (const CustomerSummary &c : customers.customers)
            actual.push_back(c.holdoutPurchases);
        holdout = holdoutComparison(bgnbd.params, points, actual, customers.holdoutLength());
    }
    const double predictMs = msSince(phase);

    // Warnings. The loader's note that the key repeats is what a transaction log is for here.
    std::vector<std::string> warnings = table.warnings;
    if (!summaryMode)
        for (const std::string &key : {std::string(), customerColumn})
            if (const auto log = findTransactionLog(table, key))
                std::erase(warnings, describeTransactionLog(*log));
    std::map<RowIssueKind, std::pair<std::size_t, const RowIssue *>> byKind;
    for (const RowIssue &i : customers.issues) {
        auto &[count, first] = byKind[i.kind];
        if (count++ == 0)
            first = &i;
    }
    for (RowIssueKind kind : kIssueKinds)
        if (const auto it = byKind.find(kind); it != byKind.end())
            warnings.push_back(
                issueWarning(kind, it->second.first, *it->second.second, input, transactionOptions.dropDuplicates)
                    .toStdString());
    for (const auto &[name, fit] : {std::pair {"BG/NBD", bgnbd.status}, std::pair {"Gamma-Gamma", gammaGamma.status}})
        if (fit != ModelFitStatus::Converged)
            warnings.push_back(Cli::tr("the %1 fit ended with status '%2': its figures may be off")
                                   .arg(QString::fromLatin1(name), QString::fromLatin1(toString(fit)))
                                   .toStdString());
    if (std::abs(independence.correlation) > IndependenceCheck::kWarnAbove)
        warnings.push_back(Cli::tr("frequency and spend per purchase are correlated (%1 over %2 repeat customer(s)): the "
                              "Gamma-Gamma model assumes they are not, so its values are biased",
                              nullptr, pluralCount(independence.customers))
                               .arg(localNumber(independence.correlation, 'f', 2))
                               .arg(independence.customers)
                               .toStdString());
    if (gammaGamma.params.q <= 1)
        warnings.push_back(Cli::tr("the Gamma-Gamma fit has q = %1 <= 1: the mean spend per purchase does not exist, so "
                              "no value is given to customers without a repeat purchase")
                               .arg(localNumber(gammaGamma.params.q, 'g', 4))
                               .toStdString());

    // Totals.
    double repeatPurchases = 0, calibrationSpend = 0, expectedPurchases = 0, expectedSpend = 0, clv = 0, alive = 0;
    std::size_t repeaters = 0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        repeatPurchases += points[i].x;
        repeaters += points[i].x > 0 ? 1 : 0;
        calibrationSpend += customers.customers[i].totalSpend;
        expectedPurchases += values[i].expectedPurchases;
        if (std::isfinite(values[i].expectedSpend)) {
            expectedSpend += values[i].expectedSpend;
            clv += values[i].clv;
        }
        alive += values[i].probabilityAlive;
    }
    const auto n = static_cast<double>(points.size());

    nlohmann::json summary;
    summary["input"] = {{"path", input},
                        {"rows", table.rowCount},
                        {"kind", summaryMode ? "customer summary" : "transactions"},
                        {"customers", points.size()}};
    nlohmann::json params = {{"time_unit", std::string(toString(unit))},
                             {"horizon", clvOptions.horizon},
                             {"discount", clvOptions.discountRate},
                             {"margin", clvOptions.margin}};
    if (!summaryMode) {
        params["calibration_end"] = formatDate(customers.calibrationEnd);
        params["holdout_end"] = customers.holdoutEnd ? nlohmann::json(formatDate(*customers.holdoutEnd)) : nlohmann::json();
        params["today"] = formatDate(*transactionOptions.today);
        params["drop_duplicates"] = transactionOptions.dropDuplicates;
    }
    summary["params"] = params;
    summary["bgnbd"] = {{"r", bgnbd.params.r},
                        {"alpha", bgnbd.params.alpha},
                        {"a", bgnbd.params.a},
                        {"b", bgnbd.params.b},
                        {"log_likelihood", bgnbd.logLikelihood},
                        {"status", toString(bgnbd.status)},
                        {"evaluations", bgnbd.evaluations},
                        {"customers", bgnbd.customers},
                        {"se_log", {{"r", jsonNumber(bgnbd.seLog[0])}, {"alpha", jsonNumber(bgnbd.seLog[1])},
                                    {"a", jsonNumber(bgnbd.seLog[2])}, {"b", jsonNumber(bgnbd.seLog[3])}}}};
    summary["gamma_gamma"] = {{"p", gammaGamma.params.p},
                              {"q", gammaGamma.params.q},
                              {"gamma", gammaGamma.params.gamma},
                              {"log_likelihood", gammaGamma.logLikelihood},
                              {"status", toString(gammaGamma.status)},
                              {"evaluations", gammaGamma.evaluations},
                              {"customers", gammaGamma.customers},
                              {"mean_purchase_value", jsonNumber(gammaGammaExpectedValue(gammaGamma.params, {}))},
                              {"se_log", {{"p", jsonNumber(gammaGamma.seLog[0])}, {"q", jsonNumber(gammaGamma.seLog[1])},
                                          {"gamma", jsonNumber(gammaGamma.seLog[2])}}}};
    summary["independence_check"] = {{"correlation", jsonNumber(independence.correlation)},
                                     {"customers", independence.customers},
                                     {"warn_above", IndependenceCheck::kWarnAbove},
                                     {"ok", !(std::abs(independence.correlation) > IndependenceCheck::kWarnAbove)}};
    summary["totals"] = {{"customers", points.size()},
                         {"repeat_customers", repeaters},
                         {"calibration_repeat_purchases", repeatPurchases},
                         {"calibration_spend", jsonNumber(calibrationSpend)},
                         {"expected_purchases", expectedPurchases},
                         {"expected_spend", expectedSpend},
                         {"clv", clv},
                         {"mean_clv", clv / n},
                         {"mean_p_alive", alive / n}};
    nlohmann::json buckets = nlohmann::json::array();
    for (std::size_t b = 0; b < histogram.actual.size(); ++b)
        buckets.push_back(b + 1 == histogram.actual.size() ? std::to_string(b) + "+" : std::to_string(b));
    nlohmann::json diagnostics = {
        {"calibration_histogram", {{"buckets", buckets}, {"actual", histogram.actual}, {"expected", histogram.expected}}}};
    if (holdout)
        diagnostics["holdout"] = {{"length", customers.holdoutLength()},
                                  {"actual_total", holdout->actualTotal},
                                  {"predicted_total", holdout->predictedTotal},
                                  {"by_frequency",
                                   {{"buckets", buckets},
                                    {"customers", holdout->customers},
                                    {"actual_mean", holdout->actualMean},
                                    {"predicted_mean", holdout->predictedMean}}}};
    summary["diagnostics"] = diagnostics;
    if (!summaryMode) {
        nlohmann::json counts = nlohmann::json::object();
        for (RowIssueKind kind : kIssueKinds)
            counts[std::string(toString(kind))] = customers.count(kind);
        nlohmann::json rows = nlohmann::json::array();
        constexpr std::size_t kListed = 1000;
        for (std::size_t i = 0; i < customers.issues.size() && i < kListed; ++i) {
            const RowIssue &issue = customers.issues[i];
            rows.push_back({{"row", issue.row},
                            {"column", issue.column},
                            {"kind", std::string(toString(issue.kind))},
                            {"detail", issue.detail}});
        }
        summary["data_issues"] = {{"counts", counts},
                                  {"rows", rows},
                                  {"rows_listed_at_most", kListed},
                                  {"purchase_lines", customers.purchaseLines},
                                  {"lines_after_window", customers.linesAfterWindow},
                                  {"customers_first_seen_after_calibration", customers.customersAfterCalibration},
                                  {"returns_total", customers.returnsTotal}};
    }
    summary["warnings"] = warnings;

    phase = Clock::now();
    if (outFile) {
        std::string text = "id,frequency,recency,T,monetary,expected_purchases,p_alive,expected_spend,clv\n";
        std::string buffer;
        for (std::size_t i = 0; i < points.size(); ++i) {
            appendCsvField(text, customers.customers[i].id);
            for (double v : {points[i].x, points[i].tx, points[i].T, spend[i].zbar, values[i].expectedPurchases,
                             values[i].probabilityAlive, values[i].expectedSpend, values[i].clv})
                text += "," + formatNumber(v);
            text += '\n';
            if (text.size() > (1u << 20)) {
                outFile->write(text);
                text.clear();
            }
        }
        outFile->write(text);
    }
    const double writeMs = msSince(phase);
    summary["timings_ms"] = {{"read", readMs},       {"derive", deriveMs}, {"fit", fitMs},
                             {"predict", predictMs}, {"write", writeMs},   {"total", msSince(start)}};
    jsonFile.write(summary.dump(2) + "\n");
#ifdef SEG_HAVE_REPORT
    if (chartsFile) {
        ValueChecks checks;
        checks.source = QString::fromStdString(inputName(input));
        checks.customers = points.size();
        if (!summaryMode) {
            checks.calibrationEnd = QString::fromStdString(formatDate(transactionOptions.calibrationEnd));
            if (customers.holdoutEnd)
                checks.holdoutEnd = QString::fromStdString(formatDate(*customers.holdoutEnd));
        }
        checks.unitPlural = ReportFormat::unitPlural(unit);
        checks.holdoutLength = customers.holdoutEnd ? customers.holdoutLength() : 0.0;
        checks.histogram = histogram;
        checks.holdout = holdout;
        const QByteArray pdf = renderValueChecks(checks, QLocale());
        chartsFile->write(std::string_view(pdf.constData(), static_cast<std::size_t>(pdf.size())));
    }
#endif
    commitTogether({outFile ? &*outFile : nullptr, &jsonFile, chartsFile ? &*chartsFile : nullptr});

    for (const std::string &w : warnings)
        printErr(Cli::tr("warning: %1\n").arg(QString::fromStdString(w)));
    if (!quiet) {
        printOut(Cli::tr("%1 customer(s) (%2 with repeat purchases), time unit %3\n", nullptr, pluralCount(points.size()))
                     .arg(points.size())
                     .arg(repeaters)
                     .arg(QString::fromUtf8(toString(unit).data(), qsizetype(toString(unit).size()))));
        printOut(Cli::tr("BG/NBD: r %1, alpha %2, a %3, b %4, log-likelihood %5\n")
                     .arg(localNumber(bgnbd.params.r, 'f', 4))
                     .arg(localNumber(bgnbd.params.alpha, 'f', 4))
                     .arg(localNumber(bgnbd.params.a, 'f', 4))
                     .arg(localNumber(bgnbd.params.b, 'f', 4))
                     .arg(localNumber(bgnbd.logLikelihood, 'f', 2)));
        printOut(Cli::tr("Gamma-Gamma: p %1, q %2, gamma %3, log-likelihood %4; frequency/spend correlation %5\n")
                     .arg(localNumber(gammaGamma.params.p, 'f', 4))
                     .arg(localNumber(gammaGamma.params.q, 'f', 4))
                     .arg(localNumber(gammaGamma.params.gamma, 'f', 4))
                     .arg(localNumber(gammaGamma.logLikelihood, 'f', 2))
                     .arg(localNumber(independence.correlation, 'f', 3)));
        // One sentence per time unit: the unit's word is part of the translated text.
        const QString over
            = unit == TimeUnit::Day
                  ? Cli::tr("over %1 day(s): %2 purchases expected, spend %3, CLV %4 (mean %5 per customer)\n")
              : unit == TimeUnit::Week
                  ? Cli::tr("over %1 week(s): %2 purchases expected, spend %3, CLV %4 (mean %5 per customer)\n")
                  : Cli::tr("over %1 month(s): %2 purchases expected, spend %3, CLV %4 (mean %5 per customer)\n");
        printOut(over.arg(localNumber(clvOptions.horizon, 'g', 6), localNumber(expectedPurchases, 'f', 1),
                          localNumber(expectedSpend, 'f', 2), localNumber(clv, 'f', 2), localNumber(clv / n, 'f', 2)));
        if (holdout) {
            const int lengthCount = pluralLength(customers.holdoutLength());
            const QString holdoutText
                = unit == TimeUnit::Day
                      ? Cli::tr("holdout (%1 day(s)): %2 purchases predicted, %3 made\n", nullptr, lengthCount)
                  : unit == TimeUnit::Week
                      ? Cli::tr("holdout (%1 week(s)): %2 purchases predicted, %3 made\n", nullptr, lengthCount)
                      : Cli::tr("holdout (%1 month(s)): %2 purchases predicted, %3 made\n", nullptr, lengthCount);
            printOut(holdoutText.arg(localNumber(customers.holdoutLength(), 'g', 6),
                                     localNumber(holdout->predictedTotal, 'f', 1),
                                     localNumber(holdout->actualTotal, 'f', 0)));
        }
    }
    return ExitOk;
}

} // namespace seg::cli
