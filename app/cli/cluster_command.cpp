// segscope cluster: read, validate, prepare, cluster, score and write the results.

#include "app/cli/args.h"
#include "app/cli/clustering_options.h"
#include "app/cli/commands.h"
#include "app/cli/customer_input.h"
#include "app/cli/input_options.h"
#include "app/cli/file_overlap.h"
#include "app/cli/output.h"
#include "app/cli/segments_json.h"
#include "app/cli/stream_cluster.h"

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
#include "engine/project/project.h"
#include "engine/pipeline/segment_matching.h"

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

} // namespace

int runCluster(const QStringList &arguments)
{
    return runClustering(arguments, ClusterMode::Plain);
}

int runClustering(const QStringList &arguments, ClusterMode mode)
{
    std::set<QString> accepted = customerInputOptions();
    accepted.merge(clusteringOptionNames());
    accepted.insert({QStringLiteral("k"), QStringLiteral("silhouette-sample"), QStringLiteral("threads"),
                     QStringLiteral("out"), QStringLiteral("json"), QStringLiteral("project"), QStringLiteral("note")});
    const Args args(arguments, accepted, {QStringLiteral("quiet"), QStringLiteral("hash-ids")},
                    customerInputRepeatableOptions());
    const bool intoProject = args.has(QStringLiteral("project"));
    const bool creating = mode == ClusterMode::CreateProject;
    if (creating && intoProject)
        throw UsageError(Cli::tr("project create makes a new project: --project does not apply"));
    if (intoProject) {
        if (!args.positional().isEmpty())
            throw UsageError(Cli::tr("cluster --project reads the project's data: give no INPUT file"));
        // The data was read, its roles chosen and its ids hashed when the project was made.
        for (const char *option : {"table", "delimiter", "role", "categorical", "value-columns", "date-columns",
                                   "date-order", "id-column", "hash-ids"})
            if (args.has(QString::fromLatin1(option)))
                throw UsageError(Cli::tr("--%1 applies when data is read; the project's data was read when it was made "
                                    "(segscope project create)")
                                     .arg(QString::fromLatin1(option)));
    } else if (args.positional().size() != 1) {
        throw UsageError(creating ? Cli::tr("project create needs exactly one INPUT file (CSV or SQLite)")
                                  : Cli::tr("cluster needs exactly one INPUT file (CSV or SQLite)"));
    }
    if (creating && !args.has(QStringLiteral("out")))
        throw UsageError(Cli::tr("project create needs --out, the project file to write (P.segscope)"));
    if (!creating && args.has(QStringLiteral("hash-ids")))
        throw UsageError(Cli::tr("--hash-ids applies to project create"));
    if (!creating && !intoProject && args.has(QStringLiteral("note")))
        throw UsageError(Cli::tr("--note annotates a run of a project: give --project"));
    // DBSCAN and HDBSCAN find the number of segments themselves; the others need it.
    const bool findsCount = findsClusterCount(clusteringAlgorithm(args));
    if (findsCount && args.has(QStringLiteral("k")))
        throw UsageError(Cli::tr("--k: %1 finds the number of segments itself; leave --k out")
                             .arg(args.value(QStringLiteral("algorithm"), QString())));
    if (!args.has(QStringLiteral("k")) && !creating && !findsCount)
        throw UsageError(Cli::tr("cluster needs --k, the number of segments"));
    if (creating && args.has(QStringLiteral("hash-ids")) && args.stdValue(QStringLiteral("id-column")).empty())
        throw UsageError(Cli::tr("--hash-ids needs --id-column, the column of customer ids to hash"));
    const bool clusters = args.has(QStringLiteral("k")) || (findsCount && args.has(QStringLiteral("algorithm")));
    // Every option is checked before the input is read.
    const std::string projectPath = args.stdValue(QStringLiteral("project"));
    std::optional<Project> project;
    if (intoProject)
        project = openProject(projectPath);
    const CustomerInput customers(args, creating ? QStringLiteral("project create") : QStringLiteral("cluster"),
                                  project ? std::optional<std::string>(projectPath) : std::nullopt,
                                  project ? project->privacy.idColumn : std::string());
    const std::string &input = customers.input();
    const std::string &labelColumn = customers.labelColumn();
    const std::string &idColumn = customers.idColumn();

    ClusteringOptions clustering
        = clusteringOptions(args, static_cast<int>(args.integer(QStringLiteral("k"), 1, 1, 100000)));
    const std::uint64_t seed = seedOf(clustering) == 0 ? kDefaultSeed : seedOf(clustering);
    const auto silhouetteSample
        = static_cast<std::size_t>(args.integer(QStringLiteral("silhouette-sample"), 10000, 0, 1LL << 40));
    const OutlierOptions outliers = outlierOptions(args);
    setThreadCount(static_cast<int>(args.integer(QStringLiteral("threads"), 0, 0, 1024)));
    const bool quiet = args.has(QStringLiteral("quiet"));

    // Outputs: never an input or each other (exit 2, before any work). They are opened now, so
    // that an unwritable target fails before the work rather than after it, and committed
    // together at the end: both are replaced or neither is.
    const std::vector<NamedFile> inputs = customers.files();
    std::vector<NamedFile> outputs;
    for (const QString &option : {QStringLiteral("out"), QStringLiteral("json")})
        if (const auto path = args.value(option))
            outputs.push_back({QStringLiteral("--") + option, *path});
    refuseOverlappingFiles(inputs, outputs);
    std::optional<AtomicFile> outFile;
    std::optional<AtomicFile> jsonFile;
    std::optional<AtomicFile> projectFile; // the new project (create), or the project a run is added to
    if (const auto out = args.value(QStringLiteral("out")); out && creating)
        projectFile.emplace(out->toStdString());
    else if (out)
        outFile.emplace(out->toStdString());
    if (intoProject)
        projectFile.emplace(projectPath);
    if (const auto json = args.value(QStringLiteral("json")))
        jsonFile.emplace(json->toStdString());

    if (streamsClustering(clustering, customers, intoProject || creating))
        return runStreamingCluster({args, customers, std::get<MiniBatchKMeansOptions>(clustering), silhouetteSample,
                                    outFile ? &*outFile : nullptr, jsonFile ? &*jsonFile : nullptr, quiet});

    const auto start = Clock::now();

    // Read.
    Table loaded = project ? Table {} : customers.read();
    if (project)
        customers.checkLabelColumn(*project->table);
    if (creating) {
        ProjectImportOptions import;
        import.sourcePath = QFileInfo(QString::fromStdString(input)).absoluteFilePath().toStdString();
        if (input == kStandardInputName)
            import.sourcePath = "standard input";
        import.idColumn = idColumn;
        import.hashIds = args.has(QStringLiteral("hash-ids"));
        project = createProject(std::move(loaded), import);
    }
    const double readMs = msSince(start);
    if (creating && !clusters) {
        writeProject(*project, *projectFile);
        commitTogether({&*projectFile});
        if (!quiet)
            printOut(Cli::tr("%1: %2 customer(s), %3 columns stored; no run yet (add one with segscope cluster --project)\n",
                             nullptr, pluralCount(project->table->rowCount))
                         .arg(QString::fromStdString(projectFile->path()))
                         .arg(project->table->rowCount)
                         .arg(project->table->columns.size()));
        return ExitOk;
    }
    const Table &table = project ? *project->table : loaded;

    // Prepare.
    auto phase = Clock::now();
    FeatureSpec spec = customers.spec(table);
    // A large table read here (not a project's) gives its memory to the matrix: its cells wait
    // in a temporary file until the assignments are written, and the profiles read them back in
    // blocks. That keeps the peak near the matrix alone.
    std::optional<ColumnSpill> spill;
    PreparedData prepared = project ? prepare(table, spec) : prepareSpilling(loaded, spec, spill);
    const std::vector<std::string> chosen = resolveDataDefaults(clustering, args, prepared.x);
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
        truth = encodeLabels(spill ? spill->column(labelColumn).columns.front() : table.require(labelColumn),
                             prepared.rows);
    const ClusteringResult &fit = segmentation.clustering;
    const QualityReport quality = assessQuality(prepared.x, fit.labels, silhouetteSample, seed,
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
    nlohmann::json params = clusteringParams(clustering);
    params.update({{"scale", std::string(toString(spec.scaling))},
                   {"impute", std::string(toString(spec.imputation))},
                   {"silhouette_sample", silhouetteSample},
                   {"threads", threadCount()},
                   {"outliers", outliers.robustZ},
                   {"features", features}});
    summary["params"] = params;
    if (!chosen.empty())
        summary["defaults_chosen"] = chosen;
    // The spec as resolved and applied: groups, columns, transforms, weights and scaling.
    summary["spec"] = nlohmann::json::parse(toJson(spec));
    summary["transform"] = transformJson(prepared.transform);
    summary["inertia"] = fit.objective;
    if (std::isfinite(fit.logLikelihood)) {
        summary["log_likelihood"] = fit.logLikelihood;
        summary["bic"] = jsonNumber(fit.bic);
        summary["aic"] = jsonNumber(fit.aic);
    }
    // Customers a density-based algorithm leaves in no segment (outliers set aside are not noise).
    std::size_t noise = 0;
    for (std::int32_t label : fit.labels)
        noise += label < 0 ? 1 : 0;
    noise -= segmentation.outlierCount;
    if (findsClusterCount(fit.algorithm)) {
        summary["segments_found"] = fit.clusterCount;
        summary["noise"] = noise;
    }
    if (!fit.dendrogram.merges.empty()) {
        // The heights of the last merges, highest first: a big drop after the first k - 1 says
        // the cut at k separates real groups.
        nlohmann::json heights = nlohmann::json::array();
        const auto &merges = fit.dendrogram.merges;
        for (std::size_t i = 0; i < std::min<std::size_t>(merges.size(), 12); ++i)
            heights.push_back(merges[merges.size() - 1 - i].height);
        summary["dendrogram"] = {{"leaves", fit.dendrogram.leaves},
                                 {"summarised", fit.dendrogram.summarised},
                                 {"top_heights", heights}};
    }
    summary["n_iter"] = fit.iterations;
    summary["converged"] = fit.status == ClusteringStatus::Converged;
    nlohmann::json metrics = {{"silhouette", jsonNumber(quality.silhouette)},
                              {"davies_bouldin", jsonNumber(quality.daviesBouldin)},
                              {"calinski_harabasz", jsonNumber(quality.calinskiHarabasz)}};
    if (quality.ari) {
        metrics["ari"] = jsonNumber(*quality.ari);
        metrics["nmi"] = jsonNumber(*quality.nmi);
    }
    summary["metrics"] = metrics;

    const std::vector<std::size_t> sizes = clusterSizes(fit);
    // Real arithmetic means of each segment's customers (never a back-transformed centre, which
    // understates a log1p column), and money per Value column.
    const Profiles profiles
        = spill ? profileSegments(*spill, prepared, fit.labels, fit.clusterCount, moneyColumns(table))
                : profileSegments(table, prepared, fit.labels, fit.clusterCount, moneyColumns(table));
    nlohmann::json segments = nlohmann::json::array();
    std::vector<int> small;
    for (int s = 0; s < fit.clusterCount; ++s) {
        nlohmann::json segment = segmentJson(profiles, s, prepared.transform, fit.centers.row(s));
        // Soft algorithms: how surely the segment's customers belong to it (a mixture's
        // probability, HDBSCAN's strength, a consensus's agreement), averaged.
        double membershipSum = 0.0;
        std::size_t members = 0;
        for (std::size_t i = 0; i < fit.memberships.size(); ++i)
            if (fit.labels[i] == s && !std::isnan(fit.memberships[i])) {
                membershipSum += fit.memberships[i];
                ++members;
            }
        if (members > 0)
            segment["mean_membership"] = membershipSum / static_cast<double>(members);
        if (profiles.segments[static_cast<std::size_t>(s)].small)
            small.push_back(s);
        segments.push_back(segment);
    }
    summary["outliers"] = {{"robust_z", outliers.robustZ},
                           {"count", segmentation.outlierCount},
                           {"means", profileMeansJson(profiles, profiles.outliers)},
                           {"money", profileMoneyJson(profiles, profiles.outliers)}};
    summary["money_totals"] = moneyTotalsJson(profiles);
    if (!small.empty())
        warnings.push_back(smallSegmentsWarning(small, profiles.smallShare, true));
    summary["segments"] = segments;
    summary["warnings"] = warnings;

    if (project) {
        std::map<std::string, double> runMetrics = {{"silhouette", quality.silhouette},
                                                    {"davies_bouldin", quality.daviesBouldin},
                                                    {"calinski_harabasz", quality.calinskiHarabasz}};
        if (quality.ari) {
            runMetrics["ari"] = *quality.ari;
            runMetrics["nmi"] = *quality.nmi;
        }
        // Segments that continue the current run's keep its keys, and so their names.
        std::vector<int> keys;
        if (const ProjectRun *previous = project->current()) {
            const ClusteringResult &p = previous->segmentation.clustering;
            const std::vector<int> match
                = matchSegments({&p.labels, &previous->segmentation.rows, p.clusterCount},
                                {&fit.labels, &segmentation.rows, fit.clusterCount});
            std::vector<int> previousKeys, named;
            for (int s = 0; s < p.clusterCount; ++s)
                previousKeys.push_back(previous->segmentKey(s));
            for (const auto &[key, name] : project->segmentNames)
                named.push_back(key);
            keys = segmentKeys(match, previousKeys, named);
        }
        const std::int64_t run = addRun(*project, segmentation, runMetrics, keys, args.stdValue(QStringLiteral("note")));
        summary["project"] = {{"path", projectFile->path()}, {"run", run}};
    }

    phase = Clock::now();
    takeTableBack(loaded, prepared, spill);
    if (outFile)
        writeAssignments(*outFile, table, idColumn, segmentation.rows, fit.labels, fit.scores);
    const double writeMs = msSince(phase);
    summary["timings_ms"] = {{"read", readMs},   {"prep", prepMs},   {"fit", fitMs},
                             {"metrics", metricsMs}, {"write", writeMs}, {"total", msSince(start)}};
    if (jsonFile)
        jsonFile->write(summary.dump(2) + "\n");
    if (project)
        writeProject(*project, *projectFile);
    commitTogether({outFile ? &*outFile : nullptr, jsonFile ? &*jsonFile : nullptr,
                    projectFile ? &*projectFile : nullptr});

    for (const std::string &w : warnings)
        printErr(Cli::tr("warning: %1\n").arg(QString::fromStdString(w)));
    if (!quiet)
        for (const std::string &note : chosen)
            printErr(Cli::tr("note: %1\n").arg(QString::fromStdString(note)));
    if (!quiet)
        printErr(Cli::tr("transforms: %1; scaling %2\n")
                     .arg(QString::fromStdString(transformSummary(spec)), QString::fromUtf8(toString(spec.scaling).data(),
                                                                                             qsizetype(toString(spec.scaling).size()))));
    if (!quiet) {
        if (findsClusterCount(fit.algorithm))
            printOut(Cli::tr("%1 rows, %2 features: %3 segment(s) found, %4 customers in none (noise); inertia %5\n",
                             nullptr, pluralCount(fit.clusterCount))
                         .arg(localCount(prepared.rows.size()))
                         .arg(prepared.transform.dimension())
                         .arg(fit.clusterCount)
                         .arg(localCount(noise))
                         .arg(localNumber(fit.objective, 'g', 6)));
        else if (fit.algorithm == Algorithm::Consensus)
            printOut(Cli::tr("%1 rows, %2 feature(s), k = %3: inertia %4; the segments %5 runs agree on\n", nullptr,
                             pluralCount(prepared.transform.dimension()))
                         .arg(localCount(prepared.rows.size()))
                         .arg(prepared.transform.dimension())
                         .arg(fit.clusterCount)
                         .arg(localNumber(fit.objective, 'g', 6))
                         .arg(fit.iterations));
        else if (fit.iterations > 0)
            printOut(Cli::tr("%1 rows, %2 feature(s), k = %3: inertia %4 after %5 iterations\n", nullptr,
                             pluralCount(prepared.transform.dimension()))
                         .arg(localCount(prepared.rows.size()))
                         .arg(prepared.transform.dimension())
                         .arg(fit.clusterCount)
                         .arg(localNumber(fit.objective, 'g', 6))
                         .arg(fit.iterations));
        else
            printOut(Cli::tr("%1 rows, %2 feature(s), k = %3: inertia %4\n", nullptr,
                             pluralCount(prepared.transform.dimension()))
                         .arg(localCount(prepared.rows.size()))
                         .arg(prepared.transform.dimension())
                         .arg(fit.clusterCount)
                         .arg(localNumber(fit.objective, 'g', 6)));
        QString line = Cli::tr("silhouette %1, Davies–Bouldin %2, Calinski–Harabasz %3")
                           .arg(localNumber(quality.silhouette, 'f', 3))
                           .arg(localNumber(quality.daviesBouldin, 'f', 3))
                           .arg(localNumber(quality.calinskiHarabasz, 'f', 1));
        if (quality.ari)
            line += Cli::tr(", ARI %1, NMI %2").arg(localNumber(*quality.ari, 'f', 3)).arg(localNumber(*quality.nmi, 'f', 3));
        printOut(line + QLatin1Char('\n'));
        printOut(Cli::tr("segment      size   share\n"));
        for (int s = 0; s < fit.clusterCount; ++s) {
            const auto size = sizes[static_cast<std::size_t>(s)];
            printOut(QStringLiteral("%1 %2 %3%%4\n")
                         .arg(s, 7)
                         .arg(localCount(size), 9)
                         .arg(localNumber(100.0 * static_cast<double>(size) / static_cast<double>(fit.labels.size()), 'f', 1), 6)
                         .arg(profiles.segments[static_cast<std::size_t>(s)].small ? Cli::tr("  small") : QString()));
        }
        if (segmentation.outlierCount > 0)
            printOut(QStringLiteral("%1 %2 %3%\n")
                         .arg(Cli::tr("outlier"), 7)
                         .arg(localCount(segmentation.outlierCount), 9)
                         .arg(localNumber(100.0 * static_cast<double>(segmentation.outlierCount)
                                  / static_cast<double>(fit.labels.size()), 'f', 1), 6));
        if (noise > 0)
            printOut(QStringLiteral("%1 %2 %3%\n")
                         .arg(Cli::tr("noise"), 7)
                         .arg(localCount(noise), 9)
                         .arg(localNumber(100.0 * static_cast<double>(noise) / static_cast<double>(fit.labels.size()), 'f', 1), 6));
    }
    return ExitOk;
}

} // namespace seg::cli
