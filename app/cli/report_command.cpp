// segscope report: the persona report (PDF), the workbook (XLSX) and the report's tables as CSV,
// from a customer table clustered as segscope cluster does and valued as segscope clv does.

#include "app/cli/args.h"
#include "app/cli/clustering_options.h"
#include "app/cli/commands.h"
#include "app/cli/customer_input.h"
#include "app/cli/file_overlap.h"
#include "app/cli/input_options.h"
#include "app/cli/output.h"

#include "engine/core/error.h"
#include "engine/core/parallel.h"
#include "engine/eval/lift_record.h"
#include "engine/io/atomic_file.h"
#include "engine/project/project.h"

#ifdef SEG_HAVE_REPORT
#include "app/report/persona_report.h"
#include "app/report/report_analysis.h"
#include "app/report/report_tables.h"
#endif

#include <QFileInfo>
#include <QLocale>

#include <chrono>
#include <limits>
#include <memory>
#include <optional>

namespace seg::cli {

#ifndef SEG_HAVE_REPORT
int runReport(const QStringList &)
{
    throw UsageError(Cli::tr("report is not available: this segscope was built without the GUI libraries (SEG_BUILD_GUI=OFF)"));
}
#else

namespace {

using Clock = std::chrono::steady_clock;

const char *const kOutputs[] = {"pdf", "xlsx", "segments-csv", "personas-csv", "customers-csv"};

} // namespace

int runReport(const QStringList &arguments)
{
    std::set<QString> accepted = customerInputOptions();
    accepted.merge(clusteringOptionNames());
    accepted.insert({QStringLiteral("k"), QStringLiteral("silhouette-sample"), QStringLiteral("threads"),
                     QStringLiteral("frequency-column"), QStringLiteral("recency-column"),
                     QStringLiteral("tenure-column"), QStringLiteral("monetary-column"), QStringLiteral("time-unit"),
                     QStringLiteral("horizon"), QStringLiteral("discount"), QStringLiteral("margin"),
                     QStringLiteral("map"), QStringLiteral("sweep-max"), QStringLiteral("stability-runs"),
                     QStringLiteral("page-size"), QStringLiteral("locale"), QStringLiteral("title"),
                     QStringLiteral("min-segment-size"), QStringLiteral("project"), QStringLiteral("run")});
    for (const char *o : kOutputs)
        accepted.insert(QString::fromLatin1(o));
    const Args args(arguments, accepted, {QStringLiteral("quiet")}, customerInputRepeatableOptions());
    // From a project: a run as it was made, with the user's names and the campaign attached to
    // it; otherwise the customers of INPUT clustered as segscope cluster does.
    const bool fromProject = args.has(QStringLiteral("project"));
    if (fromProject) {
        if (!args.positional().isEmpty())
            throw UsageError(Cli::tr("report --project takes no INPUT: the project holds the customers"));
        for (const QString &option : customerInputOptions())
            if (args.has(option) && option != QLatin1String("id-column"))
                throw UsageError(Cli::tr("--%1: report --project reports a run as it was made; reading and feature "
                                    "options belong to the run")
                                     .arg(option));
        for (const QString &option : clusteringOptionNames())
            if (args.has(option))
                throw UsageError(Cli::tr("--%1: report --project reports a run as it was made; its clustering options "
                                    "are the run's")
                                     .arg(option));
        if (args.has(QStringLiteral("k")))
            throw UsageError(Cli::tr("--k: report --project reports a run as it was made, with its number of segments"));
    } else {
        if (args.has(QStringLiteral("run")))
            throw UsageError(Cli::tr("--run needs --project"));
        if (args.positional().size() != 1)
            throw UsageError(Cli::tr("report needs exactly one INPUT file (CSV or SQLite) of customers, or --project "
                                "P.segscope"));
        if (!args.has(QStringLiteral("k")))
            throw UsageError(Cli::tr("report needs --k, the number of segments"));
    }
    bool anyOutput = false;
    for (const char *o : kOutputs)
        anyOutput = anyOutput || args.has(QString::fromLatin1(o));
    if (!anyOutput)
        throw UsageError(Cli::tr("report needs an output: --pdf OUT.pdf, --xlsx OUT.xlsx, --segments-csv, --personas-csv "
                            "or --customers-csv"));
    if (args.has(QStringLiteral("page-size")) && !args.has(QStringLiteral("pdf")))
        throw UsageError(Cli::tr("--page-size applies to --pdf"));

    // Every option is checked before the input is read.
    std::optional<CustomerInput> customers;
    ReportAnalysisOptions analysis;
    if (!fromProject) {
        customers.emplace(args, QStringLiteral("report"));
        if (findsClusterCount(clusteringAlgorithm(args)))
            throw UsageError(Cli::tr("--algorithm %1: the report is made for a chosen number of segments; use kmeans, "
                                "gmm or ward")
                                 .arg(args.value(QStringLiteral("algorithm"), QString())));
        analysis.clustering = clusteringOptions(args, static_cast<int>(args.integer(QStringLiteral("k"), 1, 1, 100000)));
        if (const int k = requestedClusters(analysis.clustering); k > 30)
            throw UsageError(Cli::tr("--k %1: a report has at most 30 segments (one page each)").arg(k));
    }
    const long long runId = args.integer(QStringLiteral("run"), 0, 1, std::numeric_limits<long long>::max());
    const std::string projectPath = args.stdValue(QStringLiteral("project"));
    analysis.silhouetteSample
        = static_cast<std::size_t>(args.integer(QStringLiteral("silhouette-sample"), 10000, 0, 1LL << 40));
    analysis.outliers = outlierOptions(args);
    analysis.sweepMax = static_cast<int>(args.integer(QStringLiteral("sweep-max"), 10, 0, 30));
    analysis.stabilityRuns = static_cast<int>(args.integer(QStringLiteral("stability-runs"), 2, 0, 20));
    const QString map = args.value(QStringLiteral("map"), QStringLiteral("pca"));
    if (map != QLatin1String("pca") && map != QLatin1String("umap"))
        throw UsageError(Cli::tr("--map must be pca or umap, not '%1'").arg(map));
    analysis.map = map == QLatin1String("umap") ? EmbeddingMethod::Umap : EmbeddingMethod::Pca;

    // The value model: columns found by name unless given (then all of frequency, recency, T).
    const bool valueGiven = args.has(QStringLiteral("frequency-column")) || args.has(QStringLiteral("recency-column"))
                            || args.has(QStringLiteral("tenure-column")) || args.has(QStringLiteral("monetary-column"));
    if (valueGiven) {
        for (const char *option : {"frequency-column", "recency-column", "tenure-column"})
            if (!args.has(QString::fromLatin1(option)))
                throw UsageError(Cli::tr("the value model's columns need --frequency-column, --recency-column and "
                                    "--tenure-column together (--%1 is missing)")
                                     .arg(QString::fromLatin1(option)));
        analysis.valueColumns = SummaryColumns {customers ? customers->idColumn() : std::string(),
                                                args.stdValue(QStringLiteral("frequency-column")),
                                                args.stdValue(QStringLiteral("recency-column")),
                                                args.stdValue(QStringLiteral("tenure-column")),
                                                args.stdValue(QStringLiteral("monetary-column"))};
    }
    // A transaction log's customers count time in --time-unit too (CustomerInput).
    analysis.unit = parseOption(QStringLiteral("time-unit"), [&] {
        return parseTimeUnit(args.stdValue(QStringLiteral("time-unit"), "week"));
    });
    const double yearInUnits = analysis.unit == TimeUnit::Day ? 365.0 : analysis.unit == TimeUnit::Week ? 52.0 : 12.0;
    analysis.clv.horizon = args.real(QStringLiteral("horizon"), yearInUnits, 1e-9, 1e5);
    analysis.clv.discountRate = args.real(QStringLiteral("discount"), 0.0, 0.0, 10.0);
    analysis.clv.margin = args.real(QStringLiteral("margin"), 1.0, 0.0, 1.0);

    ReportOptions report;
    if (const auto size = args.value(QStringLiteral("page-size"))) {
        const auto id = parsePageSize(*size);
        if (!id)
            throw UsageError(Cli::tr("--page-size must be A4 or Letter, not '%1'").arg(*size));
        report.pageSize = *id;
    }
    if (const auto name = args.value(QStringLiteral("locale"))) {
        const QLocale locale(*name);
        if (locale.language() == QLocale::C && *name != QLatin1String("C"))
            throw UsageError(Cli::tr("--locale: '%1' is not a locale Qt knows (such as en_US, de_DE or fr_FR)").arg(*name));
        report.locale = locale;
    }
    report.title = args.value(QStringLiteral("title"), QString());
    setThreadCount(static_cast<int>(args.integer(QStringLiteral("threads"), 0, 0, 1024)));
    const bool quiet = args.has(QStringLiteral("quiet"));

    // Outputs: never an input or each other; opened now, committed together at the end.
    std::vector<NamedFile> outputs;
    for (const char *o : kOutputs)
        if (const auto path = args.value(QString::fromLatin1(o)))
            outputs.push_back({QStringLiteral("--") + QString::fromLatin1(o), *path});
    refuseOverlappingFiles(customers ? customers->files()
                                     : std::vector<NamedFile> {{Cli::tr("the project"), QString::fromStdString(projectPath)}},
                           outputs);
    std::vector<std::pair<QString, std::unique_ptr<AtomicFile>>> files;
    for (const NamedFile &o : outputs)
        files.emplace_back(o.role, std::make_unique<AtomicFile>(o.path.toStdString()));

    const auto start = Clock::now();
    std::optional<Project> project;
    if (fromProject)
        project = openProject(projectPath);
    const std::string source = fromProject ? projectPath : customers->input();
    // A project's table is the project's; a file's becomes the report's (analyseForReport).
    Table read = fromProject ? Table() : customers->read();
    const Table &table = fromProject ? *project->table : read;
    if (analysis.valueColumns)
        for (const std::string *c : {&analysis.valueColumns->frequency, &analysis.valueColumns->recency,
                                     &analysis.valueColumns->tenure, &analysis.valueColumns->monetary})
            if (!c->empty() && !table.find(*c))
                throw Error(ErrorKind::InvalidData,
                            Cli::tr("the value column '%1' does not exist")
                                .arg(QString::fromStdString(*c))
                                .toStdString(),
                            ErrorLocation {inputName(source), -1, {}});
    if (analysis.valueColumns && fromProject)
        analysis.valueColumns->customer = project->privacy.idColumn;
    ReportInput in;
    try {
        if (fromProject) {
            const ProjectRun &run = chosenRun(*project, runId, projectPath);
            in = analyseRunForReport(project->table, std::make_shared<const Segmentation>(run.segmentation), analysis,
                                     project->privacy.idColumn);
            // The explorer's names and colours, and the campaign analysed against this run.
            in.appearance.keys = run.segmentKeys;
            for (int s = 0; s < run.segmentation.clustering.clusterCount; ++s)
                in.appearance.names << QString::fromStdString(project->segmentName(run, s));
            if (std::vector<LiftRecord> lifts = liftRecords(project->documents, run.id); !lifts.empty())
                in.lift = std::move(lifts.back());
        } else {
            const FeatureSpec spec = customers->spec(read);
            in = analyseForReport(std::move(read), spec, analysis, customers->idColumn(), customers->labelColumn());
        }
    } catch (const Error &e) {
        if (!e.where().file.empty())
            throw;
        throw Error(e.kind(), e.detail(), ErrorLocation {source, -1, {}});
    }
    in.minSegmentSize = static_cast<std::size_t>(args.integer(QStringLiteral("min-segment-size"), 10, 0, 1000000));
    in.dataSet = source == kStandardInputName ? Cli::tr("standard input")
                                              : QFileInfo(QString::fromStdString(source)).fileName();
    const double analysisMs = msSince(start);

    auto phase = Clock::now();
    for (auto &[option, output] : files) {
        AtomicFile &file = *output;
        if (option == QLatin1String("--pdf")) {
            const QByteArray pdf = renderPersonaReport(in, report);
            file.write(std::string_view(pdf.constData(), static_cast<std::size_t>(pdf.size())));
        } else if (option == QLatin1String("--xlsx")) {
            file.write(workbookBytes(in));
        } else if (option == QLatin1String("--segments-csv")) {
            file.write(tableCsv(segmentTable(in)));
        } else if (option == QLatin1String("--personas-csv")) {
            file.write(tableCsv(personaTable(in)));
        } else {
            file.write(tableCsv(customerTable(in)));
        }
    }
    std::vector<AtomicFile *> commit;
    for (auto &f : files)
        commit.push_back(f.second.get());
    commitTogether(commit);
    const double writeMs = msSince(phase);

    for (const std::string &w : in.table->warnings)
        printErr(Cli::tr("warning: %1\n").arg(QString::fromStdString(w)));
    for (const std::string &w : in.segmentation->warnings)
        printErr(Cli::tr("warning: %1\n").arg(QString::fromStdString(w)));
    if (!in.valueNote.isEmpty() && !quiet)
        printErr(Cli::tr("note: %1\n").arg(in.valueNote));
    if (!quiet) {
        printOut(Cli::tr("%1 customers, k = %2: analysis %3 s, writing %4 s\n")
                     .arg(in.table->rowCount)
                     .arg(in.segmentCount())
                     .arg(localNumber(analysisMs / 1000.0, 'f', 2))
                     .arg(localNumber(writeMs / 1000.0, 'f', 2)));
        for (const auto &[option, file] : files)
            printOut(option == QLatin1String("--pdf")
                         ? Cli::tr("%1: %2 pages\n").arg(QString::fromStdString(file->path())).arg(reportPageCount(in))
                         : Cli::tr("%1\n").arg(QString::fromStdString(file->path())));
    }
    return ExitOk;
}

#endif

} // namespace seg::cli
