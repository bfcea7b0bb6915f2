#pragma once
// segscope's subcommands. Each returns the process exit code (docs/cli.md).

#include <QStringList>

#include <string>

namespace seg {
struct Project;
struct ProjectRun;
} // namespace seg

namespace seg::cli {

/// ExitDrift: segscope score --fail-on-drift found drift beyond its thresholds (the scores are written).
/// ExitKept: segscope retrain wrote no new project: the current model stays (no drift with
/// --if-drift, or no candidate passed the rules).
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2, ExitInvalidData = 3, ExitIo = 4, ExitDrift = 5, ExitKept = 6 };

int runCluster(const QStringList &arguments);
/// cluster's work in its three forms: a data file, a run added to a project (--project), or
/// a new project (project create).
enum class ClusterMode { Plain, CreateProject };
int runClustering(const QStringList &arguments, ClusterMode mode);
/// project create | info | runs.
int runProject(const QStringList &arguments);
/// project compare P RUN_A RUN_B [--json OUT].
int runProjectCompare(const QStringList &arguments);
int runExport(const QStringList &arguments);
/// score: new customers into the segments of a project's run.
int runScore(const QStringList &arguments);
/// export-sql: the query that scores a warehouse table into a project's segments.
int runExportSql(const QStringList &arguments);
/// serve: an HTTP JSON endpoint that scores batches of customers.
int runServe(const QStringList &arguments);
/// retrain: a run refitted on new customers, judged, and written as the project's successor.
int runRetrain(const QStringList &arguments);
/// lift: a campaign's lift in conversion and revenue per segment of a project's run.
int runLift(const QStringList &arguments);
int runDemoData(const QStringList &arguments);
int runClv(const QStringList &arguments);
int runEmbed(const QStringList &arguments);
/// sweep: fit quality for k = --k-min..--k-max and the k it suggests; stability: how far the
/// segments of --k survive other seeds and resampling.
int runSweep(const QStringList &arguments);
int runStability(const QStringList &arguments);
/// consensus: segments agreed on by many clusterings of resampled customers, with each
/// customer's agreement.
int runConsensus(const QStringList &arguments);
/// The persona report (PDF), the workbook (XLSX) and the report's tables as CSV.
int runReport(const QStringList &arguments);
/// The run `runId` of `project` (0: the current one): seg::Error naming `path` when it has no
/// run, a UsageError listing its runs when it has no such run.
const ProjectRun &chosenRun(const Project &project, long long runId, const std::string &path);

/// Prints general help, or the help of `command`; unknown command => ExitUsage.
int runHelp(const QStringList &arguments);

/// The help text of one command, or of segscope when `command` is empty (translated).
QString helpText(const QString &command);

} // namespace seg::cli
