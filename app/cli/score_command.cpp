// segscope score P.segscope INPUT --out SCORES: new customers into the segments of a saved run,
// read in chunks (a file of any size), with each customer's confidence and anomaly flags.

#include "app/cli/args.h"
#include "app/cli/commands.h"
#include "app/cli/file_overlap.h"
#include "app/cli/input_options.h"
#include "app/cli/output.h"
#include "app/cli/stream_cluster.h"

#include "engine/core/error.h"
#include "engine/core/parallel.h"
#include "engine/io/atomic_file.h"
#include "engine/project/project.h"
#include "engine/score/score.h"
#include "engine/stream/table_stream.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <optional>


namespace seg::cli {

namespace {

using Clock = std::chrono::steady_clock;

ScoreFormat scoreFormat(const Args &args, const QString &out)
{
    const QString format = args.value(QStringLiteral("format"), QString());
    if (format == QLatin1String("csv"))
        return ScoreFormat::Csv;
    if (format == QLatin1String("jsonl"))
        return ScoreFormat::JsonLines;
    if (!format.isEmpty())
        throw UsageError(Cli::tr("--format %1: the formats are csv and jsonl (JSON lines)").arg(format));
    return out.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive) || out.endsWith(QLatin1String(".ndjson"), Qt::CaseInsensitive)
        ? ScoreFormat::JsonLines
        : ScoreFormat::Csv;
}

/// The type each column of the file is read as: the run's columns as the run read them
/// (modelColumnTypes); every other column as text, which is never wrong and costs nothing to
/// check.
std::map<std::string, ColumnType> forcedTypes(const ScoringModel &model, const Table &header, const std::string &idColumn)
{
    const std::map<std::string, ColumnType> run = modelColumnTypes(model);
    std::map<std::string, ColumnType> types;
    for (const Column &column : header.columns)
        if (column.name != idColumn) {
            const auto it = run.find(column.name);
            types[column.name] = it == run.end() ? ColumnType::Identifier : it->second;
        }
    return types;
}

/// Fewer scored customers than this are not judged for drift (see runScore).
constexpr std::size_t kMinDriftRows = DriftThresholds {}.minRows;

double share(std::size_t part, std::size_t whole)
{
    return whole == 0 ? 0.0 : static_cast<double>(part) / static_cast<double>(whole);
}

} // namespace

int runScore(const QStringList &arguments)
{
    const Args args(arguments,
                    {QStringLiteral("run"), QStringLiteral("out"), QStringLiteral("json"), QStringLiteral("format"),
                     QStringLiteral("id-column"), QStringLiteral("delimiter"), QStringLiteral("date-order"),
                     QStringLiteral("table"), QStringLiteral("threads"), QStringLiteral("psi-threshold"),
                     QStringLiteral("share-threshold")},
                    {QStringLiteral("quiet"), QStringLiteral("fail-on-drift"), QStringLiteral("no-record")});
    if (args.positional().size() != 2)
        throw UsageError(Cli::tr("score needs the project and the customers to score: segscope score P.segscope NEW.csv "
                            "--out SCORES.csv"));
    const std::string projectPath = args.positional()[0].toStdString();
    const std::string input = args.positional()[1].toStdString();
    const auto outPath = args.value(QStringLiteral("out"));
    if (!outPath)
        throw UsageError(Cli::tr("score needs --out, the file of scores to write (SCORES.csv, or .jsonl for JSON lines)"));
    const ScoreFormat format = scoreFormat(args, *outPath);
    const long long runId = args.integer(QStringLiteral("run"), 0, 1, std::numeric_limits<long long>::max());
    const bool quiet = args.has(QStringLiteral("quiet"));
    // Siddiqi's "significant shift"; a segment gaining or losing five points of the customers.
    const double psiThreshold = args.real(QStringLiteral("psi-threshold"), 0.25, 0.0, 100.0);
    const double shareThreshold = args.real(QStringLiteral("share-threshold"), 0.05, 0.0, 1.0);
    setThreadCount(static_cast<int>(args.integer(QStringLiteral("threads"), 0, 0, 1024)));
    std::vector<NamedFile> outputs {{QStringLiteral("--out"), *outPath}};
    if (const auto json = args.value(QStringLiteral("json")))
        outputs.push_back({QStringLiteral("--json"), *json});
    refuseOverlappingFiles({{Cli::tr("the project"), args.positional()[0]}, {Cli::tr("the input"), args.positional()[1]}}, outputs);
    AtomicFile out(outPath->toStdString());
    std::optional<AtomicFile> jsonFile;
    if (const auto json = args.value(QStringLiteral("json")))
        jsonFile.emplace(json->toStdString());

    const auto start = Clock::now();
    Project project = openProject(projectPath);
    // The batch is recorded in the project (for the drift history and the audit), committed with
    // the other outputs; --no-record leaves the project as it is.
    const bool record = !args.has(QStringLiteral("no-record"));
    std::optional<AtomicFile> projectFile;
    if (record)
        projectFile.emplace(projectPath);
    const ProjectRun &run = chosenRun(project, runId, projectPath);
    std::vector<std::string> names;
    for (int s = 0; s < run.segmentation.clustering.clusterCount; ++s)
        names.push_back(project.segmentName(run, s));
    const ScoringModel model = scoringModel(*project.table, run.segmentation, names);
    const double modelMs = msSince(start);

    // The header names the columns; then every column gets its type and the head is read.
    std::vector<std::string> warnings;
    CsvOptions probe;
    probe.maxRows = 1;
    const Table header = readInputTable(args, input, probe);
    std::string idColumn = args.stdValue(QStringLiteral("id-column"), project.privacy.idColumn);
    if (!idColumn.empty() && !header.find(idColumn)) {
        if (args.has(QStringLiteral("id-column")))
            throw UsageError(Cli::tr("--id-column %1: %2 has no such column")
                                 .arg(QString::fromStdString(idColumn), QString::fromStdString(inputName(input))));
        warnings.push_back("the file has no column '" + idColumn
                           + "' (the project's customer id): customers are numbered by row instead");
        idColumn.clear();
    }
    CsvOptions csv;
    csv.idColumn = idColumn;
    csv.columnTypes = forcedTypes(model, header, idColumn);
    CsvOptions headOptions = csv;
    headOptions.maxRows = kStreamSchemaRows;
    const Table head = readInputTable(args, input, headOptions);
    checkScoringSchema(model, head);
    for (const std::string &w : head.warnings)
        warnings.push_back(w);

    // The rows in chunks, so that any size scores in bounded memory, every column as the head
    // read it.
    const std::unique_ptr<TableStream> stream = inputStream(args, input, head, csv);
    ScoreWriter writer(out, format, idColumn, names);
    ScoringTally tally(model.segments);
    const auto scoring = Clock::now();
    stream->forEachChunk([&](Table &&chunk) {
        const ScoredRows scored = scoreRows(model, chunk);
        tally.add(model, chunk, scored);
        writer.write(chunk, scored);
    });
    const double scoreMs = msSince(scoring);

    nlohmann::json summary;
    summary["project"] = {{"path", projectPath},
                          {"run", run.id},
                          {"algorithm", std::string(algorithmName(algorithmOf(run.segmentation.options)))},
                          {"segments", model.segments}};
    summary["input"] = {{"path", input}, {"rows", tally.rows}, {"id_column", idColumn}};
    nlohmann::json segments = nlohmann::json::array();
    for (int s = 0; s < model.segments; ++s) {
        const auto seg = static_cast<std::size_t>(s);
        const double now = share(tally.segmentRows[seg], tally.rows);
        segments.push_back({{"segment", s},
                            {"name", names[seg]},
                            {"rows", tally.segmentRows[seg]},
                            {"share", now},
                            {"training_share", model.trainingShares[seg]},
                            {"share_change", now - model.trainingShares[seg]},
                            {"distance_limit", jsonNumber(model.distanceLimits[seg])}});
    }
    summary["segments"] = segments;
    summary["no_segment"] = tally.noSegment;
    const auto flagged = [&](AnomalyFlag flag) {
        const auto it = tally.byFlag.find(flag);
        return it == tally.byFlag.end() ? std::size_t {0} : it->second;
    };
    summary["anomalies"] = {{"rows", tally.flagged},
                            {"share", share(tally.flagged, tally.rows)},
                            {"far_from_segment", flagged(kFarFromSegment)},
                            {"unseen_category", flagged(kUnseenCategory)},
                            {"outside_range", flagged(kOutsideRange)},
                            {"no_segment", flagged(kNoSegment)},
                            {"unseen_levels", tally.unseenLevels},
                            {"outside_range_by_column", tally.outsideRange}};
    for (const auto &[column, levels] : tally.unseenLevels) {
        std::size_t rows = 0;
        for (const auto &[level, count] : levels)
            rows += count;
        warnings.push_back("column '" + column + "': " + std::to_string(levels.size()) + " level"
                           + (levels.size() == 1 ? "" : "s") + " the run never saw (" + std::to_string(rows)
                           + " customer" + (rows == 1 ? "" : "s")
                           + "), scored as the run's other levels; their customers are flagged");
    }
    // Drift: each column's distribution and each segment's share against the run's.
    DriftThresholds thresholds;
    thresholds.psi = psiThreshold;
    thresholds.share = shareThreshold;
    thresholds.minRows = kMinDriftRows;
    DriftVerdict drift = judgeDrift(model, tally, thresholds);
    nlohmann::json driftColumns = nlohmann::json::array();
    for (std::size_t c = 0; c < drift.psi.size(); ++c)
        driftColumns.push_back({{"column", model.drift[c].column}, {"psi", drift.psi[c]}});
    const bool judged = drift.judged;
    if (!judged && !drift.reasons.empty())
        warnings.push_back("drift is not judged on " + std::to_string(tally.rows) + " customers (fewer than "
                           + std::to_string(kMinDriftRows) + "): their distributions vary too much by chance");
    if (!judged)
        drift.reasons.clear();
    const std::vector<std::string> &reasons = drift.reasons;
    const bool retrain = drift.retrainRecommended;
    const double largestChange = drift.largestShareChange;
    summary["drift"] = {{"columns", driftColumns},
                        {"psi_threshold", psiThreshold},
                        {"share_threshold", shareThreshold},
                        {"largest_share_change", largestChange},
                        {"judged", judged},
                        {"retrain_recommended", retrain},
                        {"reasons", reasons}};
    summary["warnings"] = warnings;
    summary["timings_ms"] = {{"model", modelMs}, {"score", scoreMs}, {"total", msSince(start)}};
    if (jsonFile)
        jsonFile->write(summary.dump(2) + "\n");
    if (projectFile) {
        nlohmann::json batch = summary;
        batch.erase("timings_ms");
        batch["scored_at"] = utcNow();
        batch["engine_version"] = SEG_VERSION;
        addRecord(project, kScoringBatchKind, batch["scored_at"].get<std::string>(), batch.dump());
        writeProject(project, *projectFile);
    }
    commitTogether({&out, jsonFile ? &*jsonFile : nullptr, projectFile ? &*projectFile : nullptr});

    for (const std::string &w : warnings)
        printErr(Cli::tr("warning: %1\n").arg(QString::fromStdString(w)));
    const int exitCode = retrain && args.has(QStringLiteral("fail-on-drift")) ? ExitDrift : ExitOk;
    if (retrain)
        for (const std::string &reason : reasons)
            printErr(Cli::tr("drift: %1\n").arg(QString::fromStdString(reason)));
    if (quiet)
        return exitCode;
    printOut(Cli::tr("%1 customer(s) scored with run %2 (%3, %4 segments) in %5 s; %6 flagged as unlike the run's "
                "customers\n",
                nullptr, pluralCount(tally.rows))
                 .arg(tally.rows)
                 .arg(run.id)
                 .arg(QString::fromUtf8(algorithmName(algorithmOf(run.segmentation.options)).data()))
                 .arg(model.segments)
                 .arg(localNumber(scoreMs / 1000.0, 'f', 2))
                 .arg(tally.flagged));
    printOut(Cli::tr("segment   customers   share   in the run  name\n"));
    for (int s = 0; s < model.segments; ++s) {
        const auto seg = static_cast<std::size_t>(s);
        printOut(QStringLiteral("%1 %2 %3% %4%  %5\n")
                     .arg(s, 7)
                     .arg(tally.segmentRows[seg], 11)
                     .arg(localNumber(100.0 * share(tally.segmentRows[seg], tally.rows), 'f', 1), 6)
                     .arg(localNumber(100.0 * model.trainingShares[seg], 'f', 1), 11)
                     .arg(QString::fromStdString(names[seg])));
    }
    if (tally.noSegment > 0)
        printOut(Cli::tr("in no segment: %1\n").arg(tally.noSegment));
    if (!judged)
        printOut(Cli::tr("drift not judged: %1 customer(s) are too few (at least %2)\n", nullptr, pluralCount(tally.rows))
                     .arg(tally.rows)
                     .arg(kMinDriftRows));
    else
        printOut(retrain ? Cli::tr("retraining recommended: the drift lines on standard error say why\n")
                     : Cli::tr("no drift beyond the thresholds (population stability index %1, share change %2 point(s))\n",
                               nullptr, pluralLength(100.0 * shareThreshold))
                           .arg(psiThreshold)
                           .arg(100.0 * shareThreshold));
    return exitCode;
}

} // namespace seg::cli
