#include "app/cli/summary_run.h"

#include "app/cli/file_overlap.h"
#include "app/cli/output.h"

#include "engine/core/parallel.h"
#include "engine/pipeline/pipeline.h"

#include <chrono>

namespace seg::cli {

namespace {

std::set<QString> withCommonOptions(std::set<QString> own, const std::vector<QString> &outputs)
{
    own.merge(customerInputOptions());
    own.insert({QStringLiteral("threads"), QStringLiteral("json")});
    own.insert(outputs.begin(), outputs.end());
    return own;
}

std::set<QString> withQuiet(std::set<QString> flags)
{
    flags.insert(QStringLiteral("quiet"));
    return flags;
}

const Args &checked(const Args &args, const QString &command)
{
    if (args.positional().size() != 1)
        throw UsageError(Cli::tr("%1 needs exactly one INPUT file (CSV or SQLite)").arg(command));
    return args;
}

} // namespace

SummaryRun::SummaryRun(const QStringList &arguments, const QString &command, std::set<QString> own,
                       const std::set<QString> &flags, const std::vector<QString> &outputs)
    : accepted(withCommonOptions(std::move(own), outputs)),
      args(arguments, accepted, withQuiet(flags), customerInputRepeatableOptions()),
      customers(checked(args, command), command)
{
    if (!args.has(QStringLiteral("json")))
        throw UsageError(Cli::tr("%1 needs --json, the summary to write").arg(command));
    setThreadCount(static_cast<int>(args.integer(QStringLiteral("threads"), 0, 0, 1024)));
    std::vector<NamedFile> named {{QStringLiteral("--json"), *args.value(QStringLiteral("json"))}};
    for (const QString &option : outputs)
        if (args.has(option))
            named.push_back({QStringLiteral("--") + option, *args.value(option)});
    refuseOverlappingFiles(customers.files(), named);
    m_json = std::make_unique<AtomicFile>(args.stdValue(QStringLiteral("json")));
    for (const QString &option : outputs)
        if (args.has(option))
            m_outputs[option] = std::make_unique<AtomicFile>(args.stdValue(option));
}

void SummaryRun::read()
{
    const auto start = std::chrono::steady_clock::now();
    table = customers.read();
    spec = customers.spec(table);
    prepared = prepareSpilling(table, spec, spill);
    readMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    nlohmann::json columnsUsed = nlohmann::json::array();
    for (const std::string &c : spec.enabledColumns())
        columnsUsed.push_back(c);
    summary["input"] = {{"path", customers.input()},
                        {"rows", table.rowCount},
                        {"rows_used", prepared.rows.size()},
                        {"columns_used", columnsUsed}};
    summary["spec"] = nlohmann::json::parse(toJson(spec));
    warnings = table.warnings;
    warnings.insert(warnings.end(), prepared.warnings.begin(), prepared.warnings.end());
}

void SummaryRun::tableBack()
{
    takeTableBack(table, prepared, spill);
}

AtomicFile *SummaryRun::output(const QString &option) const
{
    const auto it = m_outputs.find(option);
    return it == m_outputs.end() ? nullptr : it->second.get();
}

void SummaryRun::finish(nlohmann::json timings)
{
    summary["warnings"] = warnings;
    timings["read_and_prepare"] = readMs;
    summary["timings_ms"] = std::move(timings);
    m_json->write(summary.dump(2) + "\n");
    std::vector<AtomicFile *> files {m_json.get()};
    for (const auto &[option, file] : m_outputs)
        files.push_back(file.get());
    commitTogether(files);
    for (const std::string &w : warnings)
        printErr(Cli::tr("warning: %1\n").arg(QString::fromStdString(w)));
}

} // namespace seg::cli
