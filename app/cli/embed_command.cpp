// segscope embed: read, validate, prepare as for cluster, then map every customer to 2-D (UMAP
// or PCA) and write the map and its summary.

#include "app/cli/args.h"
#include "app/cli/commands.h"
#include "app/cli/customer_input.h"
#include "app/cli/input_options.h"
#include "app/cli/file_overlap.h"
#include "app/cli/output.h"

#include "engine/cluster/clustering.h"
#include "engine/core/error.h"
#include "engine/core/parallel.h"
#include "engine/embed/embedding.h"
#include "engine/embed/embedding_csv.h"
#include "engine/embed/umap.h"
#include "engine/eval/trustworthiness.h"
#include "engine/io/atomic_file.h"
#include "engine/pipeline/pipeline.h"
#include "engine/prep/prepare.h"
#include "engine/prep/spec_defaults.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <limits>
#include <optional>

namespace seg::cli {

namespace {

using Clock = std::chrono::steady_clock;

/// Neighbours for the trustworthiness of --quality (scikit-learn's n_neighbors; 15 as the benchmarks use).
constexpr int kQualityNeighbors = 15;

/// An engine usage error about a UMAP parameter ("min_dist: ...") as the option that sets it
/// ("--min-dist: ...").
[[noreturn]] void rethrowAsOption(const Error &e)
{
    const std::string &detail = e.detail();
    const std::size_t colon = detail.find(": ");
    if (e.kind() != ErrorKind::Usage || colon == std::string::npos)
        throw e;
    QString option = QString::fromStdString(detail.substr(0, colon));
    option.replace(QLatin1Char('_'), QLatin1Char('-'));
    throw UsageError(Cli::tr("--%1: %2").arg(option, QString::fromStdString(detail.substr(colon + 2))));
}

} // namespace

int runEmbed(const QStringList &arguments)
{
    std::set<QString> accepted = customerInputOptions();
    accepted.insert({QStringLiteral("method"), QStringLiteral("neighbors"), QStringLiteral("min-dist"),
                     QStringLiteral("spread"), QStringLiteral("metric"), QStringLiteral("fit-sample"),
                     QStringLiteral("epochs"), QStringLiteral("seed"), QStringLiteral("threads"),
                     QStringLiteral("out"), QStringLiteral("json"), QStringLiteral("quality")});
    const Args args(arguments, accepted, {QStringLiteral("quiet")}, customerInputRepeatableOptions());
    if (args.positional().size() != 1)
        throw UsageError(Cli::tr("embed needs exactly one INPUT file (CSV or SQLite)"));
    if (!args.has(QStringLiteral("out")))
        throw UsageError(Cli::tr("embed needs --out, the map file to write (id,x,y per customer)"));
    // Every option is checked before the input is read.
    const CustomerInput customers(args, QStringLiteral("embed"));
    const QString method = args.value(QStringLiteral("method"), QStringLiteral("umap"));
    if (method != QLatin1String("umap") && method != QLatin1String("pca"))
        throw UsageError(Cli::tr("--method must be umap or pca, not '%1'").arg(method));
    const bool isUmap = method == QLatin1String("umap");
    if (!isUmap)
        for (const char *option : {"neighbors", "min-dist", "spread", "metric", "fit-sample", "epochs"})
            if (args.has(QString::fromLatin1(option)))
                throw UsageError(Cli::tr("--%1 is a UMAP parameter; it has no meaning with --method pca")
                                     .arg(QString::fromLatin1(option)));
    UmapOptions umapOptions;
    umapOptions.seed = static_cast<std::uint64_t>(args.integer(
        QStringLiteral("seed"), static_cast<long long>(kDefaultSeed), 0, std::numeric_limits<long long>::max()));
    umapOptions.neighbors = static_cast<int>(args.integer(QStringLiteral("neighbors"), umapOptions.neighbors, 2, 10000));
    umapOptions.minDist = args.real(QStringLiteral("min-dist"), umapOptions.minDist, 0.0, 1e6);
    umapOptions.spread = args.real(QStringLiteral("spread"), umapOptions.spread, 1e-6, 1e6);
    umapOptions.fitSample = static_cast<std::size_t>(args.integer(
        QStringLiteral("fit-sample"), static_cast<long long>(umapOptions.fitSample), 3, 1LL << 31));
    umapOptions.epochs = static_cast<int>(args.integer(QStringLiteral("epochs"), 0, 0, 100000));
    if (const auto metric = args.value(QStringLiteral("metric"))) {
        try {
            umapOptions.metric = parseUmapMetric(metric->toStdString());
        } catch (const Error &e) {
            rethrowAsOption(e);
        }
    }
    if (umapOptions.minDist > umapOptions.spread)
        throw UsageError(Cli::tr("--min-dist %1 is greater than --spread %2; it must not exceed it")
                             .arg(umapOptions.minDist)
                             .arg(umapOptions.spread));
    const auto qualitySample
        = static_cast<std::size_t>(args.integer(QStringLiteral("quality"), 0, 2 * kQualityNeighbors + 1, 1LL << 40));
    setThreadCount(static_cast<int>(args.integer(QStringLiteral("threads"), 0, 0, 1024)));
    const bool quiet = args.has(QStringLiteral("quiet"));

    // Outputs: never an input or each other, opened before the work and committed together
    // (as for cluster).
    std::vector<NamedFile> outputs;
    for (const QString &option : {QStringLiteral("out"), QStringLiteral("json")})
        if (const auto path = args.value(option))
            outputs.push_back({QStringLiteral("--") + option, *path});
    refuseOverlappingFiles(customers.files(), outputs);
    AtomicFile outFile(args.value(QStringLiteral("out"))->toStdString());
    std::optional<AtomicFile> jsonFile;
    if (const auto json = args.value(QStringLiteral("json")))
        jsonFile.emplace(json->toStdString());

    const auto start = Clock::now();
    Table table = customers.read();
    const double readMs = msSince(start);

    auto phase = Clock::now();
    const FeatureSpec spec = customers.spec(table);
    // A large table waits on disk while the map is made; it comes back, and the matrix goes,
    // before the map is written with the customers' ids. UMAP never holds the whole matrix: it
    // takes its fit sample, then each batch of rows it places, from the cells on disk.
    std::optional<ColumnSpill> spill;
    PreparedData prepared = isUmap ? prepareOnDemand(table, spec, spill) : prepareSpilling(table, spec, spill);
    const RowSource preparedSource = isUmap ? preparedRows(table, spill ? &*spill : nullptr, prepared) : rowsOf(prepared.x);
    const double prepMs = msSince(phase);
    const std::size_t rows = prepared.rows.size();
    const std::string &input = customers.input();

    phase = Clock::now();
    Embedding map;
    std::optional<UmapReport> report;
    try {
        if (isUmap) {
            try {
                umapOptions.validate(rows);
            } catch (const Error &e) {
                // Say how many rows there are to map, which the engine only counts.
                if (e.kind() == ErrorKind::Usage && e.detail().rfind("neighbors: ", 0) == 0)
                    throw UsageError(Cli::tr("--neighbors %1: it must be at least 2 and less than the number of "
                                        "customers to map (%2 in %3)")
                                         .arg(umapOptions.neighbors)
                                         .arg(rows)
                                         .arg(QString::fromStdString(input)));
                rethrowAsOption(e);
            }
            UmapResult result = umap(preparedSource, umapOptions);
            map = std::move(result.embedding);
            report = result.report;
        } else {
            map = pcaEmbedding(prepared.x);
        }
    } catch (const Error &e) {
        // The engine sees a matrix, not a file: say which input the problem is about.
        if (!e.where().file.empty() || e.kind() == ErrorKind::Usage)
            throw;
        throw Error(e.kind(), e.detail(), ErrorLocation {input, -1, {}});
    }
    const double embedMs = msSince(phase);

    std::vector<std::string> warnings = table.warnings;
    phase = Clock::now();
    std::optional<double> trust;
    std::size_t trustRows = 0;
    if (qualitySample > 0) {
        trustRows = std::min(qualitySample, rows);
        if (trustRows > 2 * static_cast<std::size_t>(kQualityNeighbors))
            trust = embeddingTrustworthiness(preparedSource, map, trustRows, kQualityNeighbors, umapOptions.seed);
        else
            warnings.push_back(Cli::tr("trustworthiness needs more than %1 customers; there are %2")
                                   .arg(2 * kQualityNeighbors)
                                   .arg(rows)
                                   .toStdString());
    }
    const double qualityMs = msSince(phase);

    nlohmann::json summary;
    nlohmann::json columnsUsed = nlohmann::json::array();
    for (const std::string &c : spec.enabledColumns())
        columnsUsed.push_back(c);
    summary["input"] = {{"path", input}, {"rows", table.rowCount}, {"rows_mapped", rows}, {"columns_used", columnsUsed}};
    nlohmann::json features = nlohmann::json::array();
    for (const FittedFeature &f : prepared.transform.features)
        features.push_back(f.name);
    nlohmann::json params = {{"method", method.toStdString()},
                             {"seed", umapOptions.seed},
                             {"scale", std::string(toString(spec.scaling))},
                             {"impute", std::string(toString(spec.imputation))},
                             {"threads", threadCount()},
                             {"features", features}};
    if (isUmap) {
        params["neighbors"] = umapOptions.neighbors;
        params["min_dist"] = umapOptions.minDist;
        params["spread"] = umapOptions.spread;
        params["metric"] = std::string(toString(umapOptions.metric));
        params["fit_sample"] = umapOptions.fitSample;
        params["epochs"] = report->epochs;
        params["negative_sample_rate"] = umapOptions.negativeSampleRate;
        params["learning_rate"] = umapOptions.learningRate;
    }
    summary["params"] = params;
    summary["spec"] = nlohmann::json::parse(toJson(spec));
    nlohmann::json timings = {{"read", readMs}, {"prep", prepMs}, {"embed", embedMs}, {"quality", qualityMs}};
    if (report) {
        summary["umap"] = {{"init", std::string(toString(report->init))},
                           {"init_note", report->initNote},
                           {"graph_components", report->components},
                           {"exact_neighbors", report->exactNeighbors},
                           {"fit_rows", report->fitRows},
                           {"placed_rows", report->placedRows},
                           {"edges", report->edges},
                           {"a", report->a},
                           {"b", report->b}};
        timings["neighbors"] = report->neighborsMs;
        timings["graph"] = report->graphMs;
        timings["init"] = report->initMs;
        timings["layout"] = report->layoutMs;
        timings["transform"] = report->transformMs;
    } else {
        summary["pca"] = {{"explained_variance_ratio",
                           {jsonNumber(map.explainedVarianceRatio[0]), jsonNumber(map.explainedVarianceRatio[1])}}};
    }
    if (qualitySample > 0)
        summary["quality"] = {{"trustworthiness", trust ? nlohmann::json(*trust) : nlohmann::json(nullptr)},
                              {"neighbors", kQualityNeighbors},
                              {"sample", trustRows}};
    if (report && !report->initNote.empty())
        warnings.push_back(report->initNote);
    summary["warnings"] = warnings;

    phase = Clock::now();
    takeTableBack(table, prepared, spill);
    writeEmbedding(outFile, table, customers.idColumn(), prepared.rows, map);
    timings["write"] = msSince(phase);
    timings["total"] = msSince(start);
    summary["timings_ms"] = timings;
    if (jsonFile)
        jsonFile->write(summary.dump(2) + "\n");
    commitTogether({&outFile, jsonFile ? &*jsonFile : nullptr});

    for (const std::string &w : warnings)
        printErr(Cli::tr("warning: %1\n").arg(QString::fromStdString(w)));
    if (!quiet) {
        QString line = isUmap ? Cli::tr("%1 rows, %2 feature(s): UMAP map (%3 start, %4 epochs) in %5 s", nullptr,
                                        pluralCount(prepared.transform.dimension()))
                                    .arg(rows)
                                    .arg(prepared.transform.dimension())
                                    .arg(QString::fromUtf8(toString(report->init).data()))
                                    .arg(report->epochs)
                                    .arg(localNumber(embedMs / 1000.0, 'f', 1))
                              : Cli::tr("%1 rows, %2 feature(s): PCA map in %3 s", nullptr,
                                        pluralCount(prepared.transform.dimension()))
                                    .arg(rows)
                                    .arg(prepared.transform.dimension())
                                    .arg(localNumber(embedMs / 1000.0, 'f', 1));
        if (trust)
            line += Cli::tr("; trustworthiness %1 (15 neighbours, %2 rows)").arg(localNumber(*trust, 'f', 3)).arg(trustRows);
        printOut(line + QLatin1Char('\n'));
    }
    return ExitOk;
}

} // namespace seg::cli
