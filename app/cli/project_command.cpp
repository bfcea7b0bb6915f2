// segscope project create | info | runs, and segscope export: the project file from scripts.

#include "app/cli/args.h"
#include "app/cli/commands.h"
#include "app/cli/file_overlap.h"
#include "app/cli/output.h"

#include "engine/cluster/clustering.h"
#include "engine/core/error.h"
#include "engine/data/assignments.h"
#include "engine/data/column_roles.h"
#include "engine/io/atomic_file.h"
#include "engine/prep/feature_spec.h"
#include "engine/project/project.h"
#include "engine/project/run_history.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>
#include <optional>

namespace seg::cli {

namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

nlohmann::json number(double value)
{
    return std::isfinite(value) ? nlohmann::json(value) : nlohmann::json(nullptr);
}

/// The one project file a command reads.
std::string projectArgument(const Args &args, const char *command)
{
    if (args.positional().size() != 1)
        throw UsageError(QCoreApplication::translate("segscope", "%1 needs exactly one project file (P.segscope)").arg(QLatin1String(command)));
    return args.positional().front().toStdString();
}

/// The earlier run with the same recipe, and whether this run gave the same assignments.
struct Repeat
{
    std::int64_t run = 0; ///< 0: no earlier run has the same recipe
    bool identical = false;
};

Repeat repeatOf(const Project &project, const ProjectRun &run)
{
    Repeat r;
    r.run = firstSameRecipe(project, run);
    if (r.run != 0)
        r.identical = reproduction(*project.run(r.run), run).identical;
    return r;
}

nlohmann::json repeatsJson(const Project &project, const ProjectRun &run)
{
    const Repeat r = repeatOf(project, run);
    if (r.run == 0)
        return nullptr;
    return {{"run", r.run}, {"identical", r.identical}};
}

nlohmann::json runJson(const Project &project, const ProjectRun &run)
{
    const Segmentation &s = run.segmentation;
    nlohmann::json metrics = nlohmann::json::object();
    for (const auto &[name, value] : run.metrics)
        metrics[name] = number(value);
    nlohmann::json sizes = nlohmann::json::array();
    for (const std::size_t size : clusterSizes(s.clustering))
        sizes.push_back(size);
    nlohmann::json names = nlohmann::json::array();
    for (int segment = 0; segment < s.clustering.clusterCount; ++segment) {
        const std::string name = project.segmentName(run, segment);
        names.push_back(name.empty() ? nlohmann::json(nullptr) : nlohmann::json(name));
    }
    return {{"id", run.id},
            {"current", run.id == project.currentRun},
            {"created_at", run.createdAt},
            {"engine_version", run.engineVersion},
            {"algorithm", std::string(algorithmName(algorithmOf(s.options)))},
            {"k", requestedClusters(s.options)},
            {"seed", seedOf(s.options)},
            {"scale", std::string(toString(s.spec.scaling))},
            {"impute", std::string(toString(s.spec.imputation))},
            {"outliers", s.outliers.robustZ},
            {"outlier_count", s.outlierCount},
            {"rows_clustered", s.rows.size()},
            {"features", s.transform.dimension()},
            {"spec", nlohmann::json::parse(toJson(s.spec))},
            {"segment_keys", run.segmentKeys},
            {"segment_names", names},
            {"sizes", sizes},
            {"metrics", metrics},
            {"annotation", run.annotation},
            {"repeats", repeatsJson(project, run)}};
}

int runInfo(const QStringList &arguments)
{
    const Args args(arguments, {}, {QStringLiteral("json")});
    const std::string path = projectArgument(args, "project info");
    const Project project = openProject(path);
    nlohmann::json columns = nlohmann::json::array();
    for (const ProjectColumn &c : project.columns)
        columns.push_back({{"name", c.name},
                           {"type", std::string(toString(c.type))},
                           {"role", std::string(toString(c.role))},
                           {"personal", c.personal},
                           {"stored", c.stored}});
    nlohmann::json names = nlohmann::json::object();
    for (const auto &[key, name] : project.segmentNames)
        names[std::to_string(key)] = name;
    nlohmann::json documents = nlohmann::json::array();
    for (const ProjectDocument &d : project.documents)
        documents.push_back({{"kind", d.kind}, {"key", d.key}, {"version", d.version}, {"bytes", d.data.size()}});
    const nlohmann::json info = {
        {"path", path},
        {"format_version", kProjectFormatVersion},
        {"saved_by", project.savedByVersion},
        {"created_at", project.createdAt},
        {"saved_at", project.savedAt},
        {"source", project.sourcePath},
        {"rows", project.table->rowCount},
        {"fingerprint", project.fingerprint},
        {"privacy", {{"id_column", project.privacy.idColumn}, {"ids_hashed", project.privacy.idsHashed}}},
        {"columns", columns},
        {"runs", project.runs.size()},
        {"current_run", project.currentRun},
        {"segment_names", names},
        {"view_state", project.viewState},
        {"documents", documents}};
    if (args.has(QStringLiteral("json"))) {
        printOut(QString::fromStdString(info.dump(2)) + QLatin1Char('\n'));
        return ExitOk;
    }
    QString text;
    text += Cli::tr("project      %1 (format version %2, saved by SegmentScope %3 at %4)\n")
                .arg(qs(path))
                .arg(kProjectFormatVersion)
                .arg(qs(project.savedByVersion), qs(project.savedAt));
    text += Cli::tr("source       %1 (imported %2)\n").arg(qs(project.sourcePath), qs(project.createdAt));
    text += Cli::tr("customers    %1, fingerprint %2\n").arg(project.table->rowCount).arg(qs(project.fingerprint));
    if (project.privacy.idColumn.empty())
        text += Cli::tr("ids          no id column\n");
    else
        text += Cli::tr("ids          column '%1'%2\n")
                    .arg(qs(project.privacy.idColumn),
                         project.privacy.idsHashed ? Cli::tr(", replaced by salted hashes") : QString());
    text += Cli::tr("columns      %1 (%2 stored)\n")
                .arg(project.columns.size())
                .arg(project.table->columns.size());
    for (const ProjectColumn &c : project.columns)
        text += QStringLiteral("  %1 %2 %3%4\n")
                    .arg(qs(c.name), -24)
                    .arg(qs(toString(c.type)), -12)
                    .arg(qs(toString(c.role)), -12)
                    .arg(c.personal ? Cli::tr("personal data, not stored") : QString());
    text += Cli::tr("runs         %1, current %2\n")
                .arg(project.runs.size())
                .arg(project.currentRun == 0 ? Cli::tr("none") : QString::number(project.currentRun));
    text += Cli::tr("names        %1 segment names, %2 view settings, %3 documents\n")
                .arg(project.segmentNames.size())
                .arg(project.viewState.size())
                .arg(project.documents.size());
    printOut(text);
    return ExitOk;
}

int runRuns(const QStringList &arguments)
{
    const Args args(arguments, {}, {QStringLiteral("json")});
    const std::string path = projectArgument(args, "project runs");
    const Project project = openProject(path);
    if (args.has(QStringLiteral("json"))) {
        nlohmann::json runs = nlohmann::json::array();
        for (const ProjectRun &run : project.runs)
            runs.push_back(runJson(project, run));
        printOut(QString::fromStdString(runs.dump(2)) + QLatin1Char('\n'));
        return ExitOk;
    }
    QString text = Cli::tr("  run  created               algorithm   k        seed  silhouette  same as  note\n");
    for (const ProjectRun &run : project.runs) {
        const Segmentation &s = run.segmentation;
        const auto silhouette = run.metrics.find("silhouette");
        // "same as": an earlier run with the same data, spec, options and seed; "!" when its
        // assignments differ from this run's (docs/projects.md, "Reproducible runs").
        const Repeat repeat = repeatOf(project, run);
        const QString same = repeat.run == 0 ? QStringLiteral("-")
                                             : QString::number(repeat.run) + (repeat.identical ? QString() : QStringLiteral("!"));
        text += QStringLiteral("%1 %2  %3  %4 %5 %6 %7  %8  %9\n")
                    .arg(run.id == project.currentRun ? QLatin1Char('*') : QLatin1Char(' '))
                    .arg(run.id, 4)
                    .arg(qs(run.createdAt), -20)
                    .arg(qs(algorithmName(algorithmOf(s.options))), -9)
                    .arg(requestedClusters(s.options), 3)
                    .arg(QString::number(seedOf(s.options)), 11)
                    .arg(silhouette == run.metrics.end() || !std::isfinite(silhouette->second)
                             ? QStringLiteral("-")
                             : QString::number(silhouette->second, 'f', 3),
                         10)
                    .arg(same, 7)
                    .arg(qs(run.annotation));
    }
    if (project.runs.empty())
        text += Cli::tr("(no runs: add one with segscope cluster --project %1 --k K)\n").arg(qs(path));
    else
        text += Cli::tr("same as: an earlier run with the same data, spec, options and seed (! when its assignments "
                   "differ)\n");
    printOut(text);
    return ExitOk;
}

} // namespace

const ProjectRun &chosenRun(const Project &project, long long runId, const std::string &path)
{
    const ProjectRun *run = runId == 0 ? project.current() : project.run(runId);
    if (run)
        return *run;
    if (runId == 0)
        throw Error(ErrorKind::InvalidData,
                    Cli::tr("the project has no run yet; add one with segscope cluster --project").toStdString(),
                    ErrorLocation {path, -1, {}});
    QStringList ids;
    for (const ProjectRun &r : project.runs)
        ids << QString::number(r.id);
    throw UsageError(Cli::tr("--run %1: the project has no such run; its runs are %2")
                         .arg(runId)
                         .arg(ids.isEmpty() ? Cli::tr("none") : ids.join(QStringLiteral(", "))));
}

int runProject(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub == QLatin1String("create"))
        return runClustering(rest, ClusterMode::CreateProject);
    if (sub == QLatin1String("info"))
        return runInfo(rest);
    if (sub == QLatin1String("runs"))
        return runRuns(rest);
    if (sub == QLatin1String("compare"))
        return runProjectCompare(rest);
    if (sub.isEmpty())
        throw UsageError(Cli::tr("project needs a subcommand: create, info, runs or compare"));
    throw UsageError(
        Cli::tr("unknown project subcommand '%1'; the subcommands are create, info, runs and compare").arg(sub));
}

int runExport(const QStringList &arguments)
{
    const Args args(arguments, {QStringLiteral("run"), QStringLiteral("out")}, {QStringLiteral("no-record")});
    const std::string path = projectArgument(args, "export");
    if (!args.has(QStringLiteral("out")))
        throw UsageError(Cli::tr("export needs --out, the assignments file to write (ASSIGN.csv)"));
    const long long runId = args.integer(QStringLiteral("run"), 0, 1, std::numeric_limits<long long>::max());
    refuseOverlappingFiles({{Cli::tr("the project"), QString::fromStdString(path)}},
                           {{QStringLiteral("--out"), *args.value(QStringLiteral("out"))}});
    AtomicFile out(args.stdValue(QStringLiteral("out")));
    // Each export is recorded in the project, for audit, committed with the file; --no-record
    // leaves the project as it is.
    std::optional<AtomicFile> projectFile;
    if (!args.has(QStringLiteral("no-record")))
        projectFile.emplace(path);
    Project project = openProject(path);
    const ProjectRun &run = chosenRun(project, runId, path);
    const Segmentation &s = run.segmentation;
    writeAssignments(out, *project.table, project.privacy.idColumn, s.rows, s.clustering.labels, s.clustering.scores);
    if (projectFile) {
        const std::string now = utcNow();
        const nlohmann::json record {{"run", run.id},
                                     {"out", args.stdValue(QStringLiteral("out"))},
                                     {"customers", s.rows.size()},
                                     {"exported_at", now},
                                     {"engine_version", SEG_VERSION}};
        addRecord(project, kAssignmentsExportKind, now, record.dump());
        writeProject(project, *projectFile);
    }
    commitTogether({&out, projectFile ? &*projectFile : nullptr});
    return ExitOk;
}

} // namespace seg::cli
