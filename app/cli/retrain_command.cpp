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

/// What happened to one segment, in a sentence in the user's language: current segments by
/// their numbers and names ("2 'Loyal'"), new ones by their numbers in the new run, lists as
/// "1, 2 and 3".
QString changeMessage(const SegmentChange &c, const std::vector<std::string> &names)
{
    const auto label = [&](int segment) {
        const bool named = segment >= 0 && static_cast<std::size_t>(segment) < names.size()
                           && !names[std::size_t(segment)].empty();
        return named ? QStringLiteral("%1 '%2'").arg(QString::number(segment),
                                                     QString::fromStdString(names[std::size_t(segment)]))
                     : QString::number(segment);
    };
    const auto list = [](const std::vector<int> &segments) {
        QStringList numbers;
        for (int s : segments)
            numbers << QString::number(s);
        if (numbers.size() <= 1)
            return numbers.join(QString());
        const QString last = numbers.takeLast();
        return Cli::tr("%1 and %2").arg(numbers.join(QStringLiteral(", ")), last);
    };
    const QString into = c.into.empty() ? QString() : QString::number(c.into.front());
    switch (c.fate) {
    case SegmentFate::Stayed:
        return Cli::tr("segment %1 continues as new segment %2").arg(label(c.segment), into);
    case SegmentFate::Split:
        return Cli::tr("segment %1 split into new segments %2").arg(label(c.segment), list(c.into));
    case SegmentFate::Merged:
        return (c.with.size() == 1 ? Cli::tr("segment %1 merged with segment %2 into new segment %3")
                                   : Cli::tr("segment %1 merged with segments %2 into new segment %3"))
            .arg(label(c.segment), list(c.with), into);
    case SegmentFate::Gone:
        return Cli::tr("segment %1 retired: its customers spread over other segments").arg(label(c.segment));
    case SegmentFate::New:
        if (c.with.empty())
            return Cli::tr("new segment %1 appeared").arg(QString::number(c.segment));
        return (c.with.size() == 1 ? Cli::tr("new segment %1 appeared, mostly from segment %2")
                                   : Cli::tr("new segment %1 appeared, mostly from segments %2"))
            .arg(QString::number(c.segment), list(c.with));
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
                    Cli::tr("the file has no column '%1', the project's customer id: the retrained project keeps the "
                            "same key")
                        .arg(QString::fromStdString(idColumn))
                        .toStdString(),
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
    QStringList changeLines;
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
            changeLines << changeMessage(c, names);
            changeJson.push_back({{"fate", std::string(toString(c.fate))},
                                  {"segment", c.segment},
                                  {"into", c.into},
                                  {"with", c.with},
                                  {"text", changeLines.back().toStdString()}});
        }
        // The new run's note, for the people who read the project's runs.
        const QString note = (result->verdict == RetrainVerdict::FellBack
                                  ? Cli::tr("Retrained on %1 from run %2 of %3 (the default segmentation: the refit "
                                            "failed the rules)")
                                  : Cli::tr("Retrained on %1 from run %2 of %3"))
                                 .arg(QFileInfo(QString::fromStdString(input)).fileName(), QString::number(run.id),
                                      QFileInfo(QString::fromStdString(projectPath)).fileName());
        const std::int64_t newRun
            = addRun(successor, *result->segmentation, result->metrics, result->segmentKeys, note.toStdString());
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
            printOut(Cli::tr("Drift is not judged on %1 customer(s) (at least %2 are needed): run %3 stays; nothing was "
                        "retrained.\n",
                        nullptr, pluralCount(summary["input"]["rows"].get<std::size_t>()))
                         .arg(summary["input"]["rows"].get<std::size_t>())
                         .arg(drift.minRows)
                         .arg(run.id));
        } else if (!result) {
            printOut(Cli::tr("No drift beyond the thresholds on %1 customer(s): run %2 stays; nothing was retrained.\n",
                             nullptr, pluralCount(summary["input"]["rows"].get<std::size_t>()))
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
            printOut(Cli::tr("On %1 new customer(s):\nmodel     segments silhouette stability smallest\n", nullptr,
                             pluralCount(summary["input"]["rows"].get<std::size_t>()))
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
                for (const QString &c : changeLines)
                    printOut(QStringLiteral("  %1\n").arg(c));
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
