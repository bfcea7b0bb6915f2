// segscope's input and feature options (see customer_input.h).

#include "app/cli/customer_input.h"

#include "app/cli/input_options.h"
#include "app/cli/output.h"

#include "engine/data/column_roles.h"
#include "engine/data/csv_reader.h"
#include "engine/data/sensitive_columns.h"
#include "engine/data/input_file.h"
#include "engine/data/sqlite_reader.h"
#include "engine/prep/spec_defaults.h"

#include <QString>
#include <QStringList>

#include <algorithm>
#include <map>

namespace seg::cli {

namespace {

/// The roles chosen on the command line: --role COL=ROLE (repeatable), --categorical,
/// --value-columns, --date-columns and --id-column. A column given two different roles is a
/// usage error naming both options.
std::map<std::string, ColumnRole> chosenRoles(const Args &args)
{
    std::map<std::string, ColumnRole> roles;
    std::map<std::string, QString> from; // the option that chose each role, for messages
    const auto choose = [&](const std::string &column, ColumnRole role, const QString &option) {
        if (column.empty())
            throw UsageError(Cli::tr("%1 names an empty column").arg(option));
        const auto [it, added] = roles.try_emplace(column, role);
        if (!added && it->second != role)
            throw UsageError(Cli::tr("column '%1' is given two roles: %2 (%3) and %4 (%5)")
                                 .arg(QString::fromStdString(column), QString::fromUtf8(toString(it->second).data()),
                                      from[column], QString::fromUtf8(toString(role).data()), option));
        from.try_emplace(column, option);
    };
    for (const QString &assignment : args.values(QStringLiteral("role"))) {
        const qsizetype eq = assignment.lastIndexOf(QLatin1Char('='));
        if (eq <= 0 || eq + 1 == assignment.size())
            throw UsageError(Cli::tr("--role expects COLUMN=ROLE, such as --role Region=categorical, not '%1'")
                                 .arg(assignment));
        ColumnRole role = ColumnRole::Numeric;
        try {
            role = parseColumnRole(assignment.mid(eq + 1).trimmed().toLower().toStdString());
        } catch (const Error &e) {
            throw UsageError(Cli::tr("--role %1: %2").arg(assignment, QString::fromStdString(e.detail())));
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
    const std::string specName = specPath == kStandardInputName ? Cli::tr("standard input").toStdString() : specPath;
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
            QStringList available;
            for (const Column &column : table.columns)
                available << QString::fromStdString(column.name);
            const QString message
                = input == kStandardInputName
                      ? Cli::tr("feature spec key 'groups[%1].columns[%2]': the column '%3' is not in standard input; "
                                "the columns are: %4")
                            .arg(QString::number(g), QString::number(c), QString::fromStdString(columns[c].column),
                                 available.join(QStringLiteral(", ")))
                      : Cli::tr("feature spec key 'groups[%1].columns[%2]': the column '%3' is not in %4; the columns "
                                "are: %5")
                            .arg(QString::number(g), QString::number(c), QString::fromStdString(columns[c].column),
                                 QString::fromStdString(input), available.join(QStringLiteral(", ")));
            throw Error(ErrorKind::InvalidData, message.toStdString(), ErrorLocation {specName, -1, {}});
        }
    }
}

// A role that keeps a column out, as the sentence that names it says it: "a key", ...
QString roleText(ColumnRole role)
{
    switch (role) {
    case ColumnRole::Id: return Cli::tr("a key");
    case ColumnRole::Label: return Cli::tr("known segments");
    case ColumnRole::Personal: return Cli::tr("personal data");
    case ColumnRole::Ignored: return Cli::tr("left out");
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
                                        const std::vector<std::string> &exclude, bool forMap)
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
        why << Cli::tr("every column is excluded by --exclude %1").arg(*args.value(QStringLiteral("exclude")));
    else if (!byExclude.empty())
        why << Cli::tr("--exclude leaves out %1").arg(quotedList(byExclude));
    for (const std::string &c : byIdOrLabel)
        why << (c == args.stdValue(QStringLiteral("id-column"))
                    ? Cli::tr("the customer id column '%1' (--id-column) is never a feature")
                    : Cli::tr("the label column '%1' (--label-column) is never a feature"))
                   .arg(QString::fromStdString(c));
    for (const LeftOutColumn *c : byRole)
        why << Cli::tr("'%1' is %2 (role %3: %4), not a feature")
                   .arg(QString::fromStdString(c->column), roleText(table.require(c->column).role),
                        QString::fromUtf8(toString(table.require(c->column).role).data()),
                        c->detail == "chosen" ? Cli::tr("chosen on the command line") : QString::fromStdString(c->detail));
    // A file read as one column: say what the delimiter detection found.
    for (const std::string &w : table.warnings)
        if (table.columns.size() == 1 && isNoDelimiterNote(w))
            why << QString::fromStdString(w);
    for (const std::string &c : empty)
        why << (isSqliteFile(input) ? Cli::tr("column '%1' has no values (all NULL)")
                                    : Cli::tr("column '%1' has no values (all empty or missing markers)"))
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
                ((forMap ? Cli::tr("no column is left to map: %1") : Cli::tr("no column is left to cluster: %1")).arg(why.join(QStringLiteral("; ")))
                 + (byOptions ? Cli::tr("; name the columns to use with --columns") : QString()))
                    .toStdString(),
                ErrorLocation {input, -1, {}});
}

// A transaction log to read as customers: --date-column with --id-column (the customer) and
// either --amount-column or --price-column with --quantity-column; nothing without
// --date-column (then every log option is a usage error).
std::optional<LogImport> logImport(const Args &args, const std::string &idColumn)
{
    const char *logOptions[] = {"amount-column", "price-column",   "quantity-column", "channel-column",
                                "category-column", "calibration-end", "holdout-end",   "today"};
    if (!args.has(QStringLiteral("date-column"))) {
        for (const char *option : logOptions)
            if (args.has(QString::fromLatin1(option)))
                throw UsageError(Cli::tr("--%1 is for a transaction log: give its date column with --date-column too")
                                     .arg(QString::fromLatin1(option)));
        return std::nullopt;
    }
    if (idColumn.empty())
        throw UsageError(Cli::tr("a transaction log (--date-column) needs --id-column, the column of the customer each "
                            "purchase belongs to"));
    if (args.has(QStringLiteral("label-column")))
        throw UsageError(Cli::tr("--label-column cannot be used with a transaction log: known segments belong to "
                            "customers, and the log's rows are purchases"));
    LogImport import;
    if (args.has(QStringLiteral("time-unit"))) // the commands that value customers count time in it
        import.unit = parseOption(QStringLiteral("time-unit"), [&] {
            return parseTimeUnit(args.stdValue(QStringLiteral("time-unit")));
        });
    import.columns = logColumnsOption(args, idColumn);
    import.today = args.has(QStringLiteral("today")) ? dateOption(args, QStringLiteral("today")) : todayUtc();
    if (args.has(QStringLiteral("calibration-end"))) {
        import.calibrationEnd = dateOption(args, QStringLiteral("calibration-end"));
        if (*import.calibrationEnd > *import.today)
            throw UsageError(Cli::tr("--calibration-end %1 is after today (%2): the calibration period must have ended "
                                "(give --today for data exported on another day)")
                                 .arg(*args.value(QStringLiteral("calibration-end")),
                                      QString::fromStdString(formatDate(*import.today))));
    }
    if (args.has(QStringLiteral("holdout-end"))) {
        if (!import.calibrationEnd)
            throw UsageError(Cli::tr("--holdout-end needs --calibration-end: the holdout is the time between them"));
        const double holdoutEnd = dateOption(args, QStringLiteral("holdout-end"));
        if (holdoutEnd <= *import.calibrationEnd)
            throw UsageError(Cli::tr("--holdout-end %1 must be after --calibration-end %2")
                                 .arg(*args.value(QStringLiteral("holdout-end")),
                                      *args.value(QStringLiteral("calibration-end"))));
        import.holdoutLength = (holdoutEnd - *import.calibrationEnd) / daysPerUnit(import.unit);
    }
    import.dayFirst = args.value(QStringLiteral("date-order")) == QLatin1String("day-first")
                      || args.value(QStringLiteral("date-order")) == QLatin1String("dmy");
    return import;
}

} // namespace

std::set<QString> customerInputOptions()
{
    return {QStringLiteral("table"),        QStringLiteral("id-column"),     QStringLiteral("label-column"),
            QStringLiteral("columns"),      QStringLiteral("exclude"),       QStringLiteral("features"),
            QStringLiteral("scale"),        QStringLiteral("impute"),        QStringLiteral("delimiter"),
            QStringLiteral("categorical"),  QStringLiteral("value-columns"), QStringLiteral("date-columns"),
            QStringLiteral("date-order"),   QStringLiteral("date-column"),   QStringLiteral("amount-column"),
            QStringLiteral("price-column"), QStringLiteral("quantity-column"), QStringLiteral("channel-column"),
            QStringLiteral("category-column"), QStringLiteral("calibration-end"), QStringLiteral("holdout-end"),
            QStringLiteral("today"),      QStringLiteral("sensitive")};
}

std::set<QString> customerInputRepeatableOptions()
{
    return {QStringLiteral("role")};
}

CustomerInput::CustomerInput(const Args &args, QString command, std::optional<std::string> project,
                             std::string projectIdColumn)
    : m_args(args), m_command(std::move(command)), m_fromProject(project.has_value())
{
    if (args.has(QStringLiteral("features"))
        && (args.has(QStringLiteral("columns")) || args.has(QStringLiteral("exclude"))))
        throw UsageError(Cli::tr("--features cannot be combined with --columns or --exclude"));
    if (const auto scale = args.value(QStringLiteral("scale")))
        m_scaling = parseOption(QStringLiteral("scale"), [&] { return parseScaling(scale->toStdString()); });
    if (const auto impute = args.value(QStringLiteral("impute")))
        m_imputation = parseOption(QStringLiteral("impute"), [&] { return parseImputation(impute->toStdString()); });

    m_input = project ? *project : args.positional().front().toStdString();
    if (m_input == kStandardInputName && args.value(QStringLiteral("features")) == QLatin1String("-"))
        throw UsageError(Cli::tr("standard input ('-') can be INPUT or the --features file, not both"));
    m_idColumn = project ? std::move(projectIdColumn) : args.stdValue(QStringLiteral("id-column"));
    m_labelColumn = args.stdValue(QStringLiteral("label-column"));
    if (!m_labelColumn.empty() && m_labelColumn == m_idColumn)
        throw UsageError(Cli::tr("--label-column %1 is the --id-column too; the known segments need a column of "
                            "their own (ids are unique, so every customer would be a segment of one)")
                             .arg(QString::fromStdString(m_labelColumn)));
    m_tableName = args.stdValue(QStringLiteral("table"));
    m_log = logImport(args, m_idColumn);
}

std::vector<NamedFile> CustomerInput::files() const
{
    std::vector<NamedFile> inputs {{m_fromProject ? QStringLiteral("--project") : Cli::tr("the input"),
                                    QString::fromStdString(m_input)}};
    if (const auto features = m_args.value(QStringLiteral("features")))
        inputs.push_back({QStringLiteral("--features"), *features});
    return inputs;
}

void CustomerInput::checkLabelColumn(const Table &table) const
{
    if (!m_labelColumn.empty() && !table.find(m_labelColumn)) {
        std::vector<std::string> available;
        for (const Column &column : table.columns)
            available.push_back(column.name);
        throw Error(ErrorKind::InvalidData,
                    Cli::tr("the label column '%1' (--label-column) does not exist; the columns are: %2")
                        .arg(QString::fromStdString(m_labelColumn), quotedList(available))
                        .toStdString(),
                    ErrorLocation {inputName(m_input), -1, {}});
    }
}

CsvOptions CustomerInput::readingOptions() const
{
    CsvOptions csv;
    csv.idColumn = m_log ? std::string() : m_idColumn; // a log's customer column repeats
    csv.columnRoles = chosenRoles(m_args);
    return cli::readingOptions(m_args, std::move(csv));
}

Table CustomerInput::read(std::size_t maxRows) const
{
    CsvOptions csv = readingOptions();
    csv.maxRows = maxRows;
    Table table = readInputTable(m_args, m_input, csv);
    if (m_log) {
        return customersFromLog(table, *m_log);
    }
    for (const std::string &name : {m_idColumn, m_labelColumn}) {
        // A header read as one column usually means a delimiter the detection does not know.
        if (!name.empty() && !table.find(name) && table.columns.size() == 1 && !isSqliteFile(m_input))
            throw Error(ErrorKind::InvalidData,
                        Cli::tr("no column named '%1'; the header was read as the single column '%2': if the file "
                                "uses a delimiter other than ',', ';', tab or '|', give it with --delimiter")
                            .arg(QString::fromStdString(name), QString::fromStdString(table.columns.front().name))
                            .toStdString(),
                        ErrorLocation {inputName(m_input), -1, {}});
    }
    // The id column is checked by the reader; the label column is named with its option too.
    checkLabelColumn(table);
    // Columns the user marks as sensitive attributes: warned about as features, shown in the
    // report's composition, and kept marked in a project.
    if (m_args.has(QStringLiteral("sensitive")))
        markSensitiveColumns(table, m_args.list(QStringLiteral("sensitive")));
    // Rows that are purchases, not customers: clustering them would make segments of purchases.
    // `--id-column ''` says that no column is the key, and so that each row is a customer.
    if (!m_args.has(QStringLiteral("id-column")))
        if (const auto log = findTransactionLog(table))
            throw Error(ErrorKind::InvalidData,
                        Cli::tr("%1; to read it as customers, give --id-column %2 with the log's --date-column and "
                                "--amount-column (or --price-column and --quantity-column) (docs/data-import.md, "
                                "\"Transaction logs\"); if each row really is one customer, say that no column is "
                                "the key with --id-column ''")
                            .arg(QString::fromStdString(describeTransactionLog(*log)),
                                 QString::fromStdString(log->idColumn))
                            .toStdString(),
                        ErrorLocation {inputName(m_input), -1, log->idColumn});
    return table;
}

FeatureSpec CustomerInput::spec(const Table &table) const
{
    FeatureSpec spec;
    if (const auto path = m_args.value(QStringLiteral("features"))) {
        spec = readFeatureSpecFile(path->toStdString());
        checkSpecAgainstTable(spec, path->toStdString(), table, m_input);
    } else if (m_args.has(QStringLiteral("columns"))) {
        const std::vector<std::string> columns = m_args.list(QStringLiteral("columns"));
        if (columns.empty())
            throw UsageError(Cli::tr("--columns '%1' names no column; give the columns to %2 separated by "
                                "commas, e.g. --columns visits,spend")
                                 .arg(*m_args.value(QStringLiteral("columns")), m_command == QLatin1String("embed") ? Cli::tr("map") : Cli::tr("cluster")));
        // The explorer's choice of columns gets the suggested transforms too (seg::withSuggestedTransforms).
        spec = withSuggestedTransforms(table, featureSpecForColumns(table, columns));
    } else {
        std::vector<std::string> exclude = m_args.list(QStringLiteral("exclude"));
        for (const std::string &name : exclude)
            table.require(name); // a typo in --exclude must not pass silently
        for (const std::string &name : {m_idColumn, m_labelColumn})
            if (!name.empty())
                exclude.push_back(name);
        spec = suggestFeatureSpec(table, exclude);
        if (spec.groups.empty())
            throwNothingToCluster(table, m_input, m_args, exclude, m_command == QLatin1String("embed"));
    }
    if (m_scaling)
        spec.scaling = *m_scaling;
    if (m_imputation)
        spec.imputation = *m_imputation;
    return spec;
}

} // namespace seg::cli
