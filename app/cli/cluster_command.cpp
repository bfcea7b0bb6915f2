// segscope cluster: read, validate, prepare, cluster, score and write the results.

#include "app/cli/args.h"
#include "app/cli/commands.h"
#include "app/cli/file_overlap.h"
#include "app/cli/output.h"

#include "engine/cluster/clustering.h"
#include "engine/pipeline/pipeline.h"
#include "engine/core/error.h"
#include "engine/core/parallel.h"
#include "engine/data/assignments.h"
#include "engine/data/column_roles.h"
#include "engine/data/csv_writer.h"
#include "engine/data/input_file.h"
#include "engine/data/loader.h"
#include "engine/data/sqlite_reader.h"
#include "engine/eval/quality.h"
#include "engine/io/atomic_file.h"
#include "engine/prep/feature_spec.h"
#include "engine/prep/prepare.h"
#include "engine/prep/spec_defaults.h"
#include "engine/profile/segment_profile.h"

#include <nlohmann/json.hpp>

#include <QFileInfo>
#include <QString>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <map>
#include <optional>

namespace seg::cli {

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

/// --delimiter: one ASCII character (not a quote or a line break), or "tab".
char parseDelimiter(const QString &text)
{
    if (text == QLatin1String("tab") || text == QLatin1String("\t"))
        return '\t';
    if (text == QLatin1String("space") || text == QLatin1String("spaces") || text == QLatin1String(" "))
        return ' ';
    if (text.size() != 1 || text.front().unicode() >= 0x80 || text.front() == QLatin1Char('"')
        || text.front() == QLatin1Char('\n') || text.front() == QLatin1Char('\r'))
        throw UsageError(tr("--delimiter must be one character such as , ; | or the word tab or space (not a "
                            "quote or a line break), not '%1'")
                             .arg(text));
    return static_cast<char>(text.front().unicode());
}

/// The value of --option parsed by `parse`; an engine usage error ("unknown scaling 'x'; accepted
/// values: ...") becomes a usage error that names the option.
template <typename Parse>
auto parseOption(const QString &option, Parse parse)
{
    try {
        return parse();
    } catch (const Error &e) {
        if (e.kind() != ErrorKind::Usage)
            throw;
        throw UsageError(tr("--%1: %2").arg(option, QString::fromStdString(e.detail())));
    }
}

/// The roles chosen on the command line: --role COL=ROLE (repeatable), --categorical,
/// --value-columns, --date-columns and --id-column. A column given two different roles is a
/// usage error naming both options.
std::map<std::string, ColumnRole> chosenRoles(const Args &args)
{
    std::map<std::string, ColumnRole> roles;
    std::map<std::string, QString> from; // the option that chose each role, for messages
    const auto choose = [&](const std::string &column, ColumnRole role, const QString &option) {
        if (column.empty())
            throw UsageError(tr("%1 names an empty column").arg(option));
        const auto [it, added] = roles.try_emplace(column, role);
        if (!added && it->second != role)
            throw UsageError(tr("column '%1' is given two roles: %2 (%3) and %4 (%5)")
                                 .arg(QString::fromStdString(column), QString::fromUtf8(toString(it->second).data()),
                                      from[column], QString::fromUtf8(toString(role).data()), option));
        from.try_emplace(column, option);
    };
    for (const QString &assignment : args.values(QStringLiteral("role"))) {
        const qsizetype eq = assignment.lastIndexOf(QLatin1Char('='));
        if (eq <= 0 || eq + 1 == assignment.size())
            throw UsageError(tr("--role expects COLUMN=ROLE, such as --role Region=categorical, not '%1'")
                                 .arg(assignment));
        ColumnRole role = ColumnRole::Numeric;
        try {
            role = parseColumnRole(assignment.mid(eq + 1).trimmed().toLower().toStdString());
        } catch (const Error &e) {
            throw UsageError(tr("--role %1: %2").arg(assignment, QString::fromStdString(e.detail())));
        }
        choose(assignment.left(eq).toStdString(), role, QStringLiteral("--role"));
    }
    const std::pair<const char *, ColumnRole> lists[] = {{"categorical", ColumnRole::Categorical},
                                                         {"value-columns", ColumnRole::Value},
                                                         {"date-columns", ColumnRole::Date}};
    for (const auto &[option, role] : lists)
        for (const std::string &column : args.list(QString::fromLatin1(option)))
            choose(column, role, QStringLiteral("--") + QString::fromLatin1(option));
    // The id column is checked by the reader before any role (a missing one is named there). The
    // label column is not passed: its existence is checked after reading, with the hint about
    // delimiters, and it is left out of the features by name whatever its role.
    if (const std::string id = args.stdValue(QStringLiteral("id-column")); !id.empty())
        choose(id, ColumnRole::Id, QStringLiteral("--id-column"));
    return roles;
}

/// --date-order: how slash dates are read when their column does not show it.
DayMonthOrder parseDateOrder(const QString &text)
{
    if (text == QLatin1String("month-first") || text == QLatin1String("mdy"))
        return DayMonthOrder::MonthFirst;
    if (text == QLatin1String("day-first") || text == QLatin1String("dmy"))
        return DayMonthOrder::DayFirst;
    throw UsageError(tr("--date-order must be month-first (3/31/2024) or day-first (31/3/2024), not '%1'").arg(text));
}

/// JSON has no NaN: undefined metrics are null.
nlohmann::json number(double value)
{
    return std::isfinite(value) ? nlohmann::json(value) : nlohmann::json(nullptr);
}

QString quotedList(const std::vector<std::string> &names)
{
    QStringList quoted;
    for (const std::string &n : names)
        quoted << QStringLiteral("'%1'").arg(QString::fromStdString(n));
    return quoted.join(QStringLiteral(", "));
}

// A --features file that selects nothing, or names a column the table lacks: the message names
// the spec file and the key, which the engine (seeing only a spec and a table) cannot.
void checkSpecAgainstTable(const FeatureSpec &spec, const std::string &specPath, const Table &table,
                           const std::string &input)
{
    const std::string specName = specPath == kStandardInputName ? "standard input" : specPath;
    if (const std::string why = spec.emptySelectionReason(); !why.empty())
        throw Error(ErrorKind::InvalidData, why, ErrorLocation {specName, -1, {}});
    const ColumnIndex index(table);
    for (std::size_t g = 0; g < spec.groups.size(); ++g) {
        if (!spec.groups[g].enabled)
            continue;
        const std::vector<FeatureColumn> &columns = spec.groups[g].columns;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            if (index.find(columns[c].column))
                continue;
            std::string available;
            for (const Column &column : table.columns)
                available += (available.empty() ? "" : ", ") + column.name;
            throw Error(ErrorKind::InvalidData,
                        "feature spec key 'groups[" + std::to_string(g) + "].columns[" + std::to_string(c)
                            + "]': the column '" + columns[c].column + "' is not in "
                            + (input == kStandardInputName ? std::string("standard input") : input)
                            + "; the columns are: " + available,
                        ErrorLocation {specName, -1, {}});
        }
    }
}

// A role that keeps a column out, as the sentence that names it says it: "a key", ...
QString roleText(ColumnRole role)
{
    switch (role) {
    case ColumnRole::Id: return tr("a key");
    case ColumnRole::Label: return tr("known segments");
    case ColumnRole::Personal: return tr("personal data");
    case ColumnRole::Ignored: return tr("left out");
    case ColumnRole::Numeric:
    case ColumnRole::Categorical:
    case ColumnRole::Value:
    case ColumnRole::Date: break;
    }
    return QString::fromUtf8(toString(role).data(), static_cast<qsizetype>(toString(role).size()));
}

// The suggested spec is empty: say which columns were left out and why, instead of the engine's
// message, which is about a spec that selects nothing.
[[noreturn]] void throwNothingToCluster(const Table &table, const std::string &input, const Args &args,
                                        const std::vector<std::string> &exclude)
{
    std::vector<std::string> byExclude, byIdOrLabel, empty;
    std::vector<const LeftOutColumn *> byRole;
    const std::vector<std::string> excludeOption = args.list(QStringLiteral("exclude"));
    const std::vector<LeftOutColumn> leftOut = leftOutColumns(table, exclude);
    for (const LeftOutColumn &c : leftOut) {
        switch (c.reason) {
        case LeftOutReason::Excluded:
            (std::find(excludeOption.begin(), excludeOption.end(), c.column) != excludeOption.end() ? byExclude
                                                                                                   : byIdOrLabel)
                .push_back(c.column);
            break;
        case LeftOutReason::Id:
        case LeftOutReason::Label:
        case LeftOutReason::Personal:
        case LeftOutReason::Ignored:
            byRole.push_back(&c);
            break;
        case LeftOutReason::NoValues:
            empty.push_back(c.column);
            break;
        }
    }
    QStringList why;
    if (!byExclude.empty() && byExclude.size() == table.columns.size())
        why << tr("every column is excluded by --exclude %1").arg(*args.value(QStringLiteral("exclude")));
    else if (!byExclude.empty())
        why << tr("--exclude leaves out %1").arg(quotedList(byExclude));
    for (const std::string &c : byIdOrLabel)
        why << (c == args.stdValue(QStringLiteral("id-column"))
                    ? tr("the customer id column '%1' (--id-column) is never a feature")
                    : tr("the label column '%1' (--label-column) is never a feature"))
                   .arg(QString::fromStdString(c));
    for (const LeftOutColumn *c : byRole)
        why << tr("'%1' is %2 (role %3: %4), not a feature")
                   .arg(QString::fromStdString(c->column), roleText(table.require(c->column).role),
                        QString::fromUtf8(toString(table.require(c->column).role).data()),
                        c->detail == "chosen" ? tr("chosen on the command line") : QString::fromStdString(c->detail));
    // A file read as one column: say what the delimiter detection found.
    for (const std::string &w : table.warnings)
        if (table.columns.size() == 1 && w.rfind("no delimiter was found", 0) == 0)
            why << QString::fromStdString(w);
    for (const std::string &c : empty)
        why << (isSqliteFile(input) ? tr("column '%1' has no values (all NULL)")
                                    : tr("column '%1' has no values (all empty or missing markers)"))
                   .arg(QString::fromStdString(c));
    // A usage error, with the way out, only when the options left out a column that could have
    // been clustered.
    std::vector<std::string> unusable;
    for (const LeftOutColumn &c : leftOutColumns(table))
        unusable.push_back(c.column);
    bool byOptions = false;
    for (const std::vector<std::string> *list : {&byExclude, &byIdOrLabel})
        for (const std::string &c : *list)
            byOptions = byOptions || std::find(unusable.begin(), unusable.end(), c) == unusable.end();
    throw Error(byOptions ? ErrorKind::Usage : ErrorKind::InvalidData,
                (tr("no column is left to cluster: %1").arg(why.join(QStringLiteral("; ")))
                 + (byOptions ? tr("; name the columns to use with --columns") : QString()))
                    .toStdString(),
                ErrorLocation {input, -1, {}});
}

} // namespace

int runCluster(const QStringList &arguments)
{
    const Args args(arguments,
                    {QStringLiteral("table"), QStringLiteral("k"), QStringLiteral("algorithm"), QStringLiteral("seed"),
                     QStringLiteral("n-init"), QStringLiteral("max-iter"), QStringLiteral("tol"),
                     QStringLiteral("restart-sample"),
                     QStringLiteral("id-column"), QStringLiteral("label-column"), QStringLiteral("columns"),
                     QStringLiteral("exclude"), QStringLiteral("features"), QStringLiteral("scale"),
                     QStringLiteral("impute"), QStringLiteral("silhouette-sample"), QStringLiteral("threads"),
                     QStringLiteral("out"), QStringLiteral("json"), QStringLiteral("delimiter"),
                     QStringLiteral("outliers"), QStringLiteral("categorical"), QStringLiteral("value-columns"),
                     QStringLiteral("date-columns"), QStringLiteral("date-order")},
                    {QStringLiteral("quiet")}, {QStringLiteral("role")});
    if (args.positional().size() != 1)
        throw UsageError(tr("cluster needs exactly one INPUT file (CSV or SQLite)"));
    if (!args.has(QStringLiteral("k")))
        throw UsageError(tr("cluster needs --k, the number of segments"));
    if (args.has(QStringLiteral("features"))
        && (args.has(QStringLiteral("columns")) || args.has(QStringLiteral("exclude"))))
        throw UsageError(tr("--features cannot be combined with --columns or --exclude"));
    const Algorithm algorithm = parseOption(QStringLiteral("algorithm"), [&] {
        return parseAlgorithm(args.value(QStringLiteral("algorithm"), QStringLiteral("kmeans")).toStdString());
    });

    // Every option is checked before the input is read.
    std::optional<Scaling> scaling;
    if (const auto scale = args.value(QStringLiteral("scale")))
        scaling = parseOption(QStringLiteral("scale"), [&] { return parseScaling(scale->toStdString()); });
    std::optional<Imputation> imputation;
    if (const auto impute = args.value(QStringLiteral("impute")))
        imputation = parseOption(QStringLiteral("impute"), [&] { return parseImputation(impute->toStdString()); });

    const std::string input = args.positional().front().toStdString();
    if (input == kStandardInputName && args.value(QStringLiteral("features")) == QLatin1String("-"))
        throw UsageError(tr("standard input ('-') can be INPUT or the --features file, not both"));
    const std::string idColumn = args.stdValue(QStringLiteral("id-column"));
    const std::string labelColumn = args.stdValue(QStringLiteral("label-column"));
    if (!labelColumn.empty() && labelColumn == idColumn)
        throw UsageError(tr("--label-column %1 is the --id-column too; the known segments need a column of "
                            "their own (ids are unique, so every customer would be a segment of one)")
                             .arg(QString::fromStdString(labelColumn)));

    // The explorer's defaults (seg::defaultClusteringOptions), then what the options change.
    ClusteringOptions clustering = defaultClusteringOptions(
        algorithm, static_cast<int>(args.integer(QStringLiteral("k"), 0, 1, 100000)),
        static_cast<std::uint64_t>(args.integer(QStringLiteral("seed"), static_cast<long long>(kDefaultSeed), 0,
                                                std::numeric_limits<long long>::max())));
    KMeansOptions &options = std::get<KMeansOptions>(clustering);
    options.nInit = static_cast<int>(args.integer(QStringLiteral("n-init"), options.nInit, 1, 10000));
    options.maxIter = static_cast<int>(args.integer(QStringLiteral("max-iter"), options.maxIter, 1, 1000000));
    options.tol = args.real(QStringLiteral("tol"), options.tol, 0.0, 1.0);
    options.restartSampleRows = static_cast<std::size_t>(args.integer(
        QStringLiteral("restart-sample"), static_cast<long long>(options.restartSampleRows), 0, 1LL << 40));
    const auto silhouetteSample
        = static_cast<std::size_t>(args.integer(QStringLiteral("silhouette-sample"), 10000, 0, 1LL << 40));
    OutlierOptions outliers;
    outliers.robustZ = args.real(QStringLiteral("outliers"), 0.0, 0.0, 1e6);
    setThreadCount(static_cast<int>(args.integer(QStringLiteral("threads"), 0, 0, 1024)));
    const bool quiet = args.has(QStringLiteral("quiet"));

    // Outputs: never an input or each other (exit 2, before any work). They are opened now, so
    // that an unwritable target fails before the work rather than after it, and committed
    // together at the end: both are replaced or neither is.
    std::vector<NamedFile> inputs {{tr("the input"), args.positional().front()}};
    if (const auto features = args.value(QStringLiteral("features")))
        inputs.push_back({QStringLiteral("--features"), *features});
    std::vector<NamedFile> outputs;
    for (const QString &option : {QStringLiteral("out"), QStringLiteral("json")})
        if (const auto path = args.value(option))
            outputs.push_back({QStringLiteral("--") + option, *path});
    refuseOverlappingFiles(inputs, outputs);
    std::optional<AtomicFile> outFile;
    std::optional<AtomicFile> jsonFile;
    if (const auto out = args.value(QStringLiteral("out")))
        outFile.emplace(out->toStdString());
    if (const auto json = args.value(QStringLiteral("json")))
        jsonFile.emplace(json->toStdString());

    const auto start = Clock::now();

    // Read.
    CsvOptions csv;
    csv.idColumn = idColumn;
    csv.columnRoles = chosenRoles(args);
    if (const auto order = args.value(QStringLiteral("date-order")))
        csv.dateOrder = parseDateOrder(*order);
    if (const auto delimiter = args.value(QStringLiteral("delimiter")))
        csv.delimiter = parseDelimiter(*delimiter);
    const std::string tableName = args.stdValue(QStringLiteral("table"));
    // --table with a CSV file: the engine says "not an SQLite database"; say which option
    // asked for one.
    if (!tableName.empty() && QFileInfo(args.positional().front()).isFile() && !isSqliteFile(input))
        throw UsageError(tr("--table %1 reads a table of an SQLite database, but %2 is not one (it does not "
                            "start with the SQLite header); leave out --table to read it as CSV")
                             .arg(QString::fromStdString(tableName), args.positional().front()));
    const Table table = [&] {
        try {
            return loadTable(input, tableName, csv);
        } catch (const Error &e) {
            // For a database without --table the only usage error is "several tables": the
            // engine's message names no option, so say which one chooses the table.
            if (e.kind() == ErrorKind::Usage && tableName.empty() && isSqliteFile(input))
                throw UsageError(tr("%1 (with --table NAME)").arg(QString::fromStdString(e.what())));
            throw;
        }
    }();
    for (const std::string &name : {idColumn, labelColumn}) {
        // A header read as one column usually means a delimiter the detection does not know.
        if (!name.empty() && !table.find(name) && table.columns.size() == 1 && !isSqliteFile(input))
            throw Error(ErrorKind::InvalidData,
                        "no column named '" + name + "'; the header was read as the single column '"
                            + table.columns.front().name
                            + "': if the file uses a delimiter other than ',', ';', tab or '|', give it with "
                              "--delimiter",
                        ErrorLocation {input == kStandardInputName ? "standard input" : input, -1, {}});
    }
    // The id column is checked by the reader; the label column is named with its option too.
    if (!labelColumn.empty() && !table.find(labelColumn)) {
        std::string available;
        for (const Column &column : table.columns)
            available += (available.empty() ? "'" : ", '") + column.name + "'";
        throw Error(ErrorKind::InvalidData,
                    "the label column '" + labelColumn + "' (--label-column) does not exist; the columns are: "
                        + available,
                    ErrorLocation {input == kStandardInputName ? "standard input" : input, -1, {}});
    }
    // Rows that are purchases, not customers: clustering them would make segments of purchases.
    // `--id-column ''` says that no column is the key, and so that each row is a customer.
    if (!args.has(QStringLiteral("id-column")))
        if (const auto log = findTransactionLog(table))
            throw Error(ErrorKind::InvalidData,
                        describeTransactionLog(*log)
                            + " (docs/data-import.md, \"Transaction logs\"); if each row really is one customer, "
                              "say that no column is the key with --id-column ''",
                        ErrorLocation {input == kStandardInputName ? "standard input" : input, -1, log->idColumn});
    const double readMs = msSince(start);

    // Prepare.
    auto phase = Clock::now();
    FeatureSpec spec;
    if (const auto path = args.value(QStringLiteral("features"))) {
        spec = readFeatureSpecFile(path->toStdString());
        checkSpecAgainstTable(spec, path->toStdString(), table, input);
    } else if (args.has(QStringLiteral("columns"))) {
        const std::vector<std::string> columns = args.list(QStringLiteral("columns"));
        if (columns.empty())
            throw UsageError(tr("--columns '%1' names no column; give the columns to cluster separated by "
                                "commas, e.g. --columns visits,spend")
                                 .arg(*args.value(QStringLiteral("columns"))));
        // The explorer's choice of columns gets the suggested transforms too (seg::withSuggestedTransforms).
        spec = withSuggestedTransforms(table, featureSpecForColumns(table, columns));
    } else {
        std::vector<std::string> exclude = args.list(QStringLiteral("exclude"));
        for (const std::string &name : exclude)
            table.require(name); // a typo in --exclude must not pass silently
        for (const std::string &name : {idColumn, labelColumn})
            if (!name.empty())
                exclude.push_back(name);
        spec = suggestFeatureSpec(table, exclude);
        if (spec.groups.empty())
            throwNothingToCluster(table, input, args, exclude);
    }
    if (scaling)
        spec.scaling = *scaling;
    if (imputation)
        spec.imputation = *imputation;
    const PreparedData prepared = prepare(table, spec);
    const double prepMs = msSince(phase);

    // Fit: the explorer's pipeline, from the same prepared matrix.
    phase = Clock::now();
    Segmentation segmentation;
    try {
        segmentation = fitPrepared(prepared, spec, clustering, outliers);
    } catch (const Error &e) {
        // The engine sees a matrix, not a file: say which input the problem is about.
        if (!e.where().file.empty())
            throw;
        throw Error(e.kind(), e.detail(), ErrorLocation{input, -1, {}});
    }
    const double fitMs = msSince(phase);

    // Metrics.
    phase = Clock::now();
    Labels truth;
    if (!labelColumn.empty())
        truth = encodeLabels(table.require(labelColumn), prepared.rows);
    const ClusteringResult &fit = segmentation.clustering;
    const QualityReport quality = assessQuality(prepared.x, fit.labels, silhouetteSample, options.seed,
                                                labelColumn.empty() ? nullptr : &truth);
    const double metricsMs = msSince(phase);

    // Output.
    std::vector<std::string> warnings = table.warnings;
    warnings.insert(warnings.end(), segmentation.warnings.begin(), segmentation.warnings.end());

    nlohmann::json summary;
    nlohmann::json columnsUsed = nlohmann::json::array();
    for (const std::string &c : spec.enabledColumns())
        columnsUsed.push_back(c);
    summary["input"] = {{"path", input}, {"rows", table.rowCount}, {"rows_clustered", prepared.rows.size()},
                        {"columns_used", columnsUsed}};
    nlohmann::json features = nlohmann::json::array();
    for (const FittedFeature &f : prepared.transform.features)
        features.push_back(f.name);
    summary["params"] = {{"algorithm", std::string(algorithmName(algorithm))},
                         {"k", options.k},
                         {"seed", options.seed},
                         {"n_init", options.nInit},
                         {"restart_sample", options.restartSampleRows},
                         {"max_iter", options.maxIter},
                         {"tol", options.tol},
                         {"scale", std::string(toString(spec.scaling))},
                         {"impute", std::string(toString(spec.imputation))},
                         {"silhouette_sample", silhouetteSample},
                         {"threads", threadCount()},
                         {"outliers", outliers.robustZ},
                         {"features", features}};
    // The spec as resolved and applied: groups, columns, transforms, weights and scaling.
    summary["spec"] = nlohmann::json::parse(toJson(spec));
    summary["inertia"] = fit.objective;
    summary["n_iter"] = fit.iterations;
    summary["converged"] = fit.status == ClusteringStatus::Converged;
    nlohmann::json metrics = {{"silhouette", number(quality.silhouette)},
                              {"davies_bouldin", number(quality.daviesBouldin)},
                              {"calinski_harabasz", number(quality.calinskiHarabasz)}};
    if (quality.ari) {
        metrics["ari"] = number(*quality.ari);
        metrics["nmi"] = number(*quality.nmi);
    }
    summary["metrics"] = metrics;

    const std::vector<std::size_t> sizes = clusterSizes(fit);
    // Real arithmetic means of each segment's customers (never a back-transformed centre, which
    // understates a log1p column), and money per Value column.
    const Profiles profiles = profileSegments(table, prepared, fit.labels, fit.clusterCount, moneyColumns(table));
    const auto profileJson = [&](const SegmentProfile &p) {
        nlohmann::json means = nlohmann::json::object();
        for (std::size_t f = 0; f < profiles.features.size(); ++f)
            means[profiles.features[f]] = number(p.means[f]);
        nlohmann::json money = nlohmann::json::object();
        for (std::size_t m = 0; m < profiles.moneyColumns.size(); ++m)
            money[profiles.moneyColumns[m]] = {{"mean", number(p.money[m].mean)},
                                               {"total", number(p.money[m].total)},
                                               {"share_of_total", number(p.money[m].share)}};
        return std::pair {means, money};
    };
    nlohmann::json segments = nlohmann::json::array();
    std::vector<int> small;
    for (int s = 0; s < fit.clusterCount; ++s) {
        const SegmentProfile &p = profiles.segments[static_cast<std::size_t>(s)];
        const auto [means, money] = profileJson(p);
        // Kept for scripts that read it (fields are only ever added): the model's centre mapped
        // back, which for a log1p column is not the mean (see "means").
        const std::vector<double> original = prepared.transform.toOriginal(fit.centers.row(s));
        nlohmann::json centroid = nlohmann::json::object();
        for (std::size_t f = 0; f < original.size(); ++f)
            centroid[prepared.transform.features[f].name] = number(original[f]);
        nlohmann::json segment = {{"segment", s},
                                  {"size", p.size},
                                  {"share", p.share},
                                  {"small", p.small},
                                  {"means", means},
                                  {"money", money},
                                  {"centroid", centroid}};
        if (p.small) {
            small.push_back(s);
            segment["small_reason"] = tr("%1 customers, fewer than %2% of all %3: probably outliers rather than a "
                                         "segment to market to")
                                          .arg(p.size)
                                          .arg(100.0 * profiles.smallShare, 0, 'g', 3)
                                          .arg(profiles.customers)
                                          .toStdString();
        }
        segments.push_back(segment);
    }
    {
        const auto [means, money] = profileJson(profiles.outliers);
        summary["outliers"] = {{"robust_z", outliers.robustZ},
                               {"count", segmentation.outlierCount},
                               {"means", means},
                               {"money", money}};
    }
    nlohmann::json moneyTotals = nlohmann::json::object();
    for (std::size_t m = 0; m < profiles.moneyColumns.size(); ++m)
        moneyTotals[profiles.moneyColumns[m]] = number(profiles.moneyTotals[m]);
    summary["money_totals"] = moneyTotals;
    if (!small.empty()) {
        QStringList numbers;
        for (int s : small)
            numbers << QString::number(s);
        warnings.push_back(tr("segment(s) %1 hold fewer than %2% of the customers: probably outliers rather than "
                              "segments (see --outliers)")
                               .arg(numbers.join(QStringLiteral(", ")))
                               .arg(100.0 * profiles.smallShare, 0, 'g', 3)
                               .toStdString());
    }
    summary["segments"] = segments;
    summary["warnings"] = warnings;

    phase = Clock::now();
    if (outFile)
        writeAssignments(*outFile, table, idColumn, segmentation.rows, fit.labels, fit.scores);
    const double writeMs = msSince(phase);
    summary["timings_ms"] = {{"read", readMs},   {"prep", prepMs},   {"fit", fitMs},
                             {"metrics", metricsMs}, {"write", writeMs}, {"total", msSince(start)}};
    if (jsonFile)
        jsonFile->write(summary.dump(2) + "\n");
    commitTogether({outFile ? &*outFile : nullptr, jsonFile ? &*jsonFile : nullptr});

    for (const std::string &w : warnings)
        printErr(tr("warning: %1\n").arg(QString::fromStdString(w)));
    if (!quiet)
        printErr(tr("transforms: %1; scaling %2\n")
                     .arg(QString::fromStdString(transformSummary(spec)), QString::fromUtf8(toString(spec.scaling).data(),
                                                                                             qsizetype(toString(spec.scaling).size()))));
    if (!quiet) {
        printOut(tr("%1 rows, %2 features, k = %3: inertia %4 after %5 iterations\n")
                     .arg(prepared.rows.size())
                     .arg(prepared.transform.dimension())
                     .arg(options.k)
                     .arg(fit.objective, 0, 'g', 6)
                     .arg(fit.iterations));
        QString line = tr("silhouette %1, Davies–Bouldin %2, Calinski–Harabasz %3")
                           .arg(quality.silhouette, 0, 'f', 3)
                           .arg(quality.daviesBouldin, 0, 'f', 3)
                           .arg(quality.calinskiHarabasz, 0, 'f', 1);
        if (quality.ari)
            line += tr(", ARI %1, NMI %2").arg(*quality.ari, 0, 'f', 3).arg(*quality.nmi, 0, 'f', 3);
        printOut(line + QLatin1Char('\n'));
        printOut(tr("segment      size   share\n"));
        for (int s = 0; s < fit.clusterCount; ++s) {
            const auto size = sizes[static_cast<std::size_t>(s)];
            printOut(QStringLiteral("%1 %2 %3%%4\n")
                         .arg(s, 7)
                         .arg(size, 9)
                         .arg(100.0 * static_cast<double>(size) / static_cast<double>(fit.labels.size()), 6, 'f', 1)
                         .arg(profiles.segments[static_cast<std::size_t>(s)].small ? tr("  small") : QString()));
        }
        if (segmentation.outlierCount > 0)
            printOut(QStringLiteral("%1 %2 %3%\n")
                         .arg(tr("outlier"), 7)
                         .arg(segmentation.outlierCount, 9)
                         .arg(100.0 * static_cast<double>(segmentation.outlierCount)
                                  / static_cast<double>(fit.labels.size()),
                              6, 'f', 1));
    }
    return ExitOk;
}

} // namespace seg::cli
