// segscope export-sql P.segscope --dialect D --table NAME: one query that scores the customers of
// a warehouse table into the segments of a saved run, where they live.

#include "app/cli/args.h"
#include "app/cli/commands.h"
#include "app/cli/file_overlap.h"
#include "app/cli/output.h"

#include "engine/core/error.h"
#include "engine/io/atomic_file.h"
#include "engine/project/project.h"
#include "engine/project/sha256.h"
#include "engine/score/scoring_sql.h"

#include <nlohmann/json.hpp>

#include <filesystem>

namespace seg::cli {

int runExportSql(const QStringList &arguments)
{
    const Args args(arguments,
                    {QStringLiteral("run"), QStringLiteral("dialect"), QStringLiteral("table"),
                     QStringLiteral("id-column"), QStringLiteral("out")},
                    {QStringLiteral("no-record")});
    if (args.positional().size() != 1)
        throw UsageError(Cli::tr("export-sql needs one project: segscope export-sql P.segscope --dialect "
                            "sqlite|postgresql|spark|bigquery --table NAME"));
    const std::string projectPath = args.positional()[0].toStdString();
    const auto dialectName = args.value(QStringLiteral("dialect"));
    if (!dialectName)
        throw UsageError(Cli::tr("export-sql needs --dialect: sqlite, postgresql, spark or bigquery"));
    ScoringSqlOptions options;
    options.dialect = parseSqlDialect(dialectName->toStdString());
    options.table = args.stdValue(QStringLiteral("table"), std::string());
    if (options.table.empty())
        throw UsageError(Cli::tr("export-sql needs --table, the table of customers to score (schema.table where the "
                            "warehouse needs it)"));
    const long long runId = args.integer(QStringLiteral("run"), 0, 1, std::numeric_limits<long long>::max());
    const auto outPath = args.value(QStringLiteral("out"));
    if (outPath)
        refuseOverlappingFiles({{Cli::tr("the project"), args.positional()[0]}}, {{QStringLiteral("--out"), *outPath}});
    std::optional<AtomicFile> out;
    if (outPath)
        out.emplace(outPath->toStdString());
    // Each query written is recorded in the project, for audit, committed with the query;
    // --no-record leaves the project as it is.
    std::optional<AtomicFile> projectFile;
    if (!args.has(QStringLiteral("no-record")))
        projectFile.emplace(projectPath);

    Project project = openProject(projectPath);
    const ProjectRun &run = chosenRun(project, runId, projectPath);
    options.idColumn = args.stdValue(QStringLiteral("id-column"), project.privacy.idColumn);
    if (options.idColumn.empty())
        throw UsageError(Cli::tr("export-sql needs --id-column: the project names no column that identifies a customer"));
    std::vector<std::string> names;
    const ClusteringResult &clustering = run.segmentation.clustering;
    for (int s = 0; s < clustering.clusterCount; ++s)
        names.push_back(project.segmentName(run, s));
    const ScoringModel model = scoringModel(*project.table, run.segmentation, names);
    options.comments = {
        "Scores " + options.table + " into the segments of run " + std::to_string(run.id) + " of "
            + std::filesystem::path(projectPath).filename().string() + ": "
            + std::string(algorithmName(clustering.algorithm)) + ", " + std::to_string(model.segments)
            + " segments, " + std::to_string(model.transform.dimension()) + " features.",
        "Written by segscope " + std::string(SEG_VERSION) + " (" + std::string(toString(options.dialect))
            + "). Columns: id, segment, segment_name, distance, margin, confidence, anomaly.",
        "Missing cells take the run's fill values; see docs/scoring-sql.md for what the table must hold."};
    const std::string query = scoringSql(model, options);
    if (out)
        out->write(query);
    if (projectFile) {
        const auto digest = sha256(query);
        const nlohmann::json entry = {{"run", run.id},
                                      {"dialect", toString(options.dialect)},
                                      {"table", options.table},
                                      {"id_column", options.idColumn},
                                      {"out", outPath ? outPath->toStdString() : std::string("-")},
                                      {"query_sha256", hexOf(digest.data(), digest.size())},
                                      {"exported_at", utcNow()},
                                      {"engine_version", SEG_VERSION}};
        addRecord(project, kSqlExportKind, entry["exported_at"].get<std::string>(), entry.dump());
        writeProject(project, *projectFile);
    }
    // The query and the record are committed together (both or neither); a query printed to
    // standard output is printed once the record is safe.
    commitTogether({out ? &*out : nullptr, projectFile ? &*projectFile : nullptr});
    if (!out)
        printOut(QString::fromStdString(query));
    return ExitOk;
}

} // namespace seg::cli
