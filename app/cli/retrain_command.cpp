// segscope retrain P.segscope NEW.csv --out NEXT.segscope: a run refitted on new customers,
// judged against the model in production, written as the project's successor with the segments'
// names and personas carried over; or the current model kept, and the reason recorded.

#include "app/cli/args.h"
#include "app/cli/commands.h"
#include "app/cli/file_overlap.h"
#include "app/cli/input_options.h"
#include "app/cli/output.h"

#include "engine/core/error.h"
#include "engine/core/parallel.h"
#include "engine/io/atomic_file.h"
#include "engine/pipeline/retrain.h"
#include "engine/project/project.h"

#include <nlohmann/json.hpp>

#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <optional>

namespace seg::cli {

namespace {

nlohmann::json checkJson(const RetrainCheck &c)
{
    return {{"name", c.name},
            {"segments", c.segments},
            {"silhouette", jsonNumber(c.silhouette)},
            {"stability", jsonNumber(c.stability)},
            {"smallest_share", jsonNumber(c.smallestShare)},
            {"passes", c.failures.empty()},
            {"failures", c.failures}};
}

/// "segment 2 'Loyal'" (numbers as the run has them).
std::string segmentText(int segment, const std::vector<std::string> &names)
{
    std::string text = "segment " + std::to_string(segment);
    if (segment >= 0 && static_cast<std::size_t>(segment) < names.size() && !names[std::size_t(segment)].empty())
        text += " '" + names[std::size_t(segment)] + "'";
    return text;
}

std::string listOf(const std::vector<int> &segments)
{
    std::string text;
    for (std::size_t i = 0; i < segments.size(); ++i)
        text += (i == 0 ? "" : i + 1 == segments.size() ? " and " : ", ") + std::to_string(segments[i]);
    return text;
}

/// What happened to one segment, in a sentence: current segments by their names, new ones by
/// their numbers in the new run.
std::string changeText(const SegmentChange &c, const std::vector<std::string> &names)
{
    switch (c.fate) {
    case SegmentFate::Stayed:
        return segmentText(c.segment, names) + " continues as new segment " + std::to_string(c.into.front());
    case SegmentFate::Split:
        return segmentText(c.segment, names) + " split into new segments " + listOf(c.into);
    case SegmentFate::Merged: {
        return segmentText(c.segment, names) + " merged with segment" + (c.with.size() == 1 ? " " : "s ")
               + listOf(c.with) + " into new segment " + std::to_string(c.into.front());
    }
    case SegmentFate::Gone:
        return segmentText(c.segment, names) + " retired: its customers spread over other segments";
    case SegmentFate::New:
        return "new segment " + std::to_string(c.segment) + " appeared"
               + (c.with.empty() ? std::string() : ", mostly from segment" + std::string(c.with.size() == 1 ? " " : "s ")
                                                     + listOf(c.with));
    }
    return {};
}

} // namespace

int runRetrain(const QStringList &arguments)
{
    const Args args(arguments,
                    {QStringLiteral("run"), QStringLiteral("out"), QStringLiteral("json"), QStringLiteral("delimiter"),
                     QStringLiteral("date-order"), QStringLiteral("table"), QStringLiteral("threads"),
                     QStringLiteral("psi-threshold"), QStringLiteral("share-threshold"),
                     QStringLiteral("silhouette-tolerance"), QStringLiteral("min-stability"),
                     QStringLiteral("min-segment-share")},
                    {QStringLiteral("if-drift"), QStringLiteral("fallback"), QStringLiteral("quiet"),
                     QStringLiteral("no-record")});
    if (args.positional().size() != 2)
        throw UsageError(Cli::tr("retrain needs the project and the new customers: segscope retrain P.segscope NEW.csv "
                            "--out NEXT.segscope"));
    const std::string projectPath = args.positional()[0].toStdString();
    const std::string input = args.positional()[1].toStdString();
    const auto outPath = args.value(QStringLiteral("out"));
    if (!outPath)
        throw UsageError(Cli::tr("retrain needs --out, the project to write with the retrained run (the current project "
                            "stays as it is)"));
    const long long runId = args.integer(QStringLiteral("run"), 0, 1, std::numeric_limits<long long>::max());
    DriftThresholds drift;
    drift.psi = args.real(QStringLiteral("psi-threshold"), drift.psi, 0.0, 100.0);
    drift.share = args.real(QStringLiteral("share-threshold"), drift.share, 0.0, 1.0);
    RetrainOptions options;
    options.silhouetteTolerance = args.real(QStringLiteral("silhouette-tolerance"), options.silhouetteTolerance, 0.0, 2.0);
    options.minStability = args.real(QStringLiteral("min-stability"), options.minStability, 0.0, 1.0);
    options.minSegmentShare = args.real(QStringLiteral("min-segment-share"), options.minSegmentShare, 0.0, 0.5);
    options.fallback = args.has(QStringLiteral("fallback"));
    setThreadCount(static_cast<int>(args.integer(QStringLiteral("threads"), 0, 0, 1024)));
    const bool quiet = args.has(QStringLiteral("quiet"));
    const bool record = !args.has(QStringLiteral("no-record"));
    std::vector<NamedFile> outputs {{QStringLiteral("--out"), *outPath}};
    if (const auto json = args.value(QStringLiteral("json")))
        outputs.push_back({QStringLiteral("--json"), *json});
    refuseOverlappingFiles({{Cli::tr("the project"), args.positional()[0]}, {Cli::tr("the input"), args.positional()[1]}}, outputs);
    AtomicFile next(outPath->toStdString());
    std::optional<AtomicFile> jsonFile, projectFile;
    if (const auto json = args.value(QStringLiteral("json")))
        jsonFile.emplace(json->toStdString());
    if (record)
        projectFile.emplace(projectPath);

    Project project = openProject(projectPath);
    const ProjectRun &run = chosenRun(project, runId, projectPath);
    std::vector<std::string> names;
    std::vector<int> keys;
    for (int s = 0; s < run.segmentation.clustering.clusterCount; ++s) {
        names.push_back(project.segmentName(run, s));
        keys.push_back(run.segmentKey(s));
    }
    const ScoringModel model = scoringModel(*project.table, run.segmentation, names);

    // The new customers, read as the run read its columns, with the project's roles (its
    // personal columns stay out of the new project too).
    CsvOptions probe;
    probe.maxRows = 1;
    const Table header = readInputTable(args, input, probe);
    const std::string &idColumn = project.privacy.idColumn;
    if (!idColumn.empty() && !header.find(idColumn))
        throw Error(ErrorKind::InvalidData,
                    "the file has no column '" + idColumn + "', the project's customer id: the retrained project "
                        "keeps the same key",
                    ErrorLocation {inputName(input), -1, {}});
    CsvOptions csv;
    csv.idColumn = idColumn;
    for (const auto &[column, type] : modelColumnTypes(model))
        if (header.find(column))
            csv.columnTypes[column] = type;
    for (const ProjectColumn &c : project.columns)
        if (header.find(c.name) && c.name != idColumn)
            csv.columnRoles[c.name] = c.personal ? ColumnRole::Personal : c.role;
    Table table = readInputTable(args, input, csv);
    checkScoringSchema(model, table);
    for (const std::string &w : table.warnings)
        printErr(Cli::tr("warning: %1\n").arg(QString::fromStdString(w)));

    nlohmann::json summary;
    summary["project"] = {{"path", projectPath}, {"run", run.id}};
    summary["input"] = {{"path", input}, {"rows", table.rowCount}};
    summary["retrained_at"] = utcNow();
    summary["engine_version"] = SEG_VERSION;
    bool retrainNeeded = true;
    bool driftJudged = true;
    if (args.has(QStringLiteral("if-drift"))) {
        ScoringTally tally(model.segments);
        tally.add(model, table, scoreRows(model, table));
        const DriftVerdict verdict = judgeDrift(model, tally, drift);
        retrainNeeded = verdict.retrainRecommended;
        driftJudged = verdict.judged;
        summary["drift"] = {{"judged", verdict.judged},
                            {"retrain_recommended", verdict.retrainRecommended},
                            {"reasons", verdict.judged ? verdict.reasons : std::vector<std::string> {}}};
    }
    std::optional<RetrainResult> result;
    if (retrainNeeded)
        result = retrain(table, run.segmentation, keys, model, {}, options);
    const bool replaced = result && result->verdict != RetrainVerdict::Kept;
    summary["verdict"] = !result ? "no_drift" : toString(result->verdict);
    if (result) {
        nlohmann::json checks = nlohmann::json::array({checkJson(result->current), checkJson(result->refit)});
        if (result->fallback)
            checks.push_back(checkJson(*result->fallback));
        summary["checks"] = checks;
        summary["rules"] = {{"silhouette_tolerance", options.silhouetteTolerance},
                            {"min_stability", options.minStability},
                            {"stability_runs", options.stabilityRuns},
                            {"min_segment_share", options.minSegmentShare},
                            {"fallback", options.fallback}};
    }

    // The successor: the new customers and the retrained run, numbered after the current
    // project's runs, with its names, personas, notes and records.
    std::vector<std::string> changes;
    if (replaced) {
        ProjectImportOptions import;
        import.sourcePath = QFileInfo(QString::fromStdString(input)).absoluteFilePath().toStdString();
        import.idColumn = idColumn;
        import.hashIds = project.privacy.idsHashed;
        import.salt = project.privacy.salt;
        Project successor = createProject(std::move(table), import);
        successor.segmentNames = project.segmentNames;
        successor.documents = project.documents;
        successor.viewState = project.viewState;
        successor.nextRunId = project.nextRunId;
        const Segmentation &chosen = *result->segmentation;
        std::vector<std::string> newNames;
        for (int s = 0; s < chosen.clustering.clusterCount; ++s) {
            const auto name = project.segmentNames.find(result->segmentKeys[std::size_t(s)]);
            newNames.push_back(name == project.segmentNames.end() ? std::string() : name->second);
        }
        nlohmann::json changeJson = nlohmann::json::array();
        for (const SegmentChange &c : result->changes.changes) {
            changes.push_back(changeText(c, names));
            changeJson.push_back({{"fate", std::string(toString(c.fate))},
                                  {"segment", c.segment},
                                  {"into", c.into},
                                  {"with", c.with},
                                  {"text", changes.back()}});
        }
        const std::int64_t newRun
            = addRun(successor, *result->segmentation, result->metrics, result->segmentKeys,
                     "Retrained on " + QFileInfo(QString::fromStdString(input)).fileName().toStdString() + " from run "
                         + std::to_string(run.id) + " of " + QFileInfo(QString::fromStdString(projectPath)).fileName().toStdString()
                         + (result->verdict == RetrainVerdict::FellBack ? " (the default segmentation: the refit failed the rules)"
                                                                        : ""));
        summary["successor"] = {{"path", outPath->toStdString()},
                                {"run", newRun},
                                {"segments", chosen.clustering.clusterCount},
                                {"segment_keys", result->segmentKeys},
                                {"segment_names", newNames},
                                {"adjusted_rand_index", jsonNumber(result->changes.ari)}};
        summary["changes"] = changeJson;
        addRecord(successor, kRetrainRecordKind, summary["retrained_at"].get<std::string>(), summary.dump());
        writeProject(successor, next);
    }
    if (jsonFile)
        jsonFile->write(summary.dump(2) + "\n");
    if (projectFile) {
        addRecord(project, kRetrainRecordKind, summary["retrained_at"].get<std::string>(), summary.dump());
        writeProject(project, *projectFile);
    }
    commitTogether({replaced ? &next : nullptr, jsonFile ? &*jsonFile : nullptr, projectFile ? &*projectFile : nullptr});

    if (!quiet) {
        if (!result && !driftJudged) {
            printOut(Cli::tr("Drift is not judged on %1 customers (at least %2 are needed): run %3 stays; nothing was "
                        "retrained.\n")
                         .arg(summary["input"]["rows"].get<std::size_t>())
                         .arg(drift.minRows)
                         .arg(run.id));
        } else if (!result) {
            printOut(Cli::tr("No drift beyond the thresholds on %1 customers: run %2 stays; nothing was retrained.\n")
                         .arg(summary["input"]["rows"].get<std::size_t>())
                         .arg(run.id));
        } else {
            const auto line = [](const RetrainCheck &c) {
                return QStringLiteral("%1 %2 %3 %4 %5%  %6\n")
                    .arg(QString::fromStdString(c.name), -9)
                    .arg(c.segments, 8)
                    .arg(std::isnan(c.silhouette) ? QStringLiteral("-") : QString::number(c.silhouette, 'f', 3), 10)
                    .arg(std::isnan(c.stability) ? QStringLiteral("-") : QString::number(c.stability, 'f', 2), 9)
                    .arg(std::isnan(c.smallestShare) ? QStringLiteral("-") : QString::number(100.0 * c.smallestShare, 'f', 1), 8)
                    .arg(c.failures.empty() ? (c.name == "current" ? QString() : Cli::tr("passes"))
                                            : QString::fromStdString(c.failures.front()));
            };
            printOut(Cli::tr("On %1 new customers:\nmodel     segments silhouette stability smallest\n")
                         .arg(summary["input"]["rows"].get<std::size_t>()));
            printOut(line(result->current));
            printOut(line(result->refit));
            if (result->fallback)
                printOut(line(*result->fallback));
            if (replaced) {
                printOut(result->verdict == RetrainVerdict::Replaced
                             ? Cli::tr("The refit replaces run %1: %2 holds it as run %3.\n")
                                   .arg(run.id)
                                   .arg(*outPath)
                                   .arg(summary["successor"]["run"].get<std::int64_t>())
                             : Cli::tr("The refit failed the rules; the default segmentation replaces run %1: %2 holds it "
                                  "as run %3.\n")
                                   .arg(run.id)
                                   .arg(*outPath)
                                   .arg(summary["successor"]["run"].get<std::int64_t>()));
                for (const std::string &c : changes)
                    printOut(QStringLiteral("  %1\n").arg(QString::fromStdString(c)));
            } else {
                printOut(Cli::tr("Run %1 stays: no candidate passed the rules. Nothing was written to %2.\n")
                             .arg(run.id)
                             .arg(*outPath));
            }
        }
    }
    return replaced ? ExitOk : ExitKept;
}

} // namespace seg::cli
