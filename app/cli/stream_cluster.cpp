// segscope cluster --algorithm minibatch on a customer file: the file is read in chunks on every
// pass and never whole, so tables larger than memory cluster in bounded memory.

#include "app/cli/stream_cluster.h"

#include "app/cli/clustering_options.h"
#include "app/cli/commands.h"
#include "app/cli/input_options.h"
#include "app/cli/output.h"
#include "app/cli/segments_json.h"

#include "engine/cluster/kmeans.h"
#include "engine/core/error.h"
#include "engine/core/parallel.h"
#include "engine/data/assignments.h"
#include "engine/eval/metrics.h"
#include "engine/eval/quality.h"
#include "engine/prep/prepare.h"
#include "engine/prep/spec_defaults.h"
#include "engine/profile/segment_profile.h"
#include "engine/stream/table_stream.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <memory>
#include <numeric>


namespace seg::cli {

namespace {

using Clock = std::chrono::steady_clock;

/// Missing cells per source column of the features, over every chunk of the final pass.
class MissingCells
{
public:
    explicit MissingCells(const FittedTransform &transform)
    {
        for (const FittedFeature &f : transform.features)
            m_missing.emplace(f.column, 0); // one-hot features share their column: count it once
    }
    void add(const Table &chunk)
    {
        const ColumnIndex columns(chunk);
        for (auto &[column, count] : m_missing)
            count += columns.require(column).missingCount();
    }
    std::size_t missing(const std::string &column) const
    {
        const auto it = m_missing.find(column);
        return it == m_missing.end() ? 0 : it->second;
    }

private:
    std::map<std::string, std::size_t> m_missing;
};

/// prepare()'s warnings about the sample, with a column's "filled N missing cells" warning
/// counting the whole file's cells: the fill values were fitted on the sample, the cells filled
/// in every row.
std::vector<std::string> fileWarnings(const PreparedData &prepared, const MissingCells &inSample,
                                      const MissingCells &inFile)
{
    std::vector<std::string> out = prepared.warnings;
    for (const std::string &column : prepared.transform.sourceColumns()) {
        const std::size_t sampleCells = inSample.missing(column);
        if (sampleCells == 0)
            continue;
        const std::string said = filledCellsWarning(prepared.transform, column, sampleCells);
        const auto it = std::find(out.begin(), out.end(), said);
        if (it != out.end())
            *it = filledCellsWarning(prepared.transform, column, inFile.missing(column));
    }
    return out;
}

} // namespace

bool streamsClustering(const ClusteringOptions &clustering, const CustomerInput &customers, bool fromProject)
{
    // Standard input and pipes are read several times too: from the copy kept of them.
    return std::holds_alternative<MiniBatchKMeansOptions>(clustering) && !fromProject && !customers.isTransactionLog();
}

int runStreamingCluster(const StreamingClusterRun &run)
{
    const Args &args = run.args;
    const CustomerInput &customers = run.customers;
    const MiniBatchKMeansOptions &options = run.options;
    if (args.has(QStringLiteral("outliers")))
        throw UsageError(Cli::tr("--outliers needs every customer in memory; --algorithm minibatch reads the file in "
                            "chunks: leave out --outliers, or use --algorithm kmeans"));
    const std::string &input = customers.input();
    const auto start = Clock::now();

    // The head decides every column's type and role, as cluster reads them from the whole file.
    const Table head = customers.read(kStreamSchemaRows);
    customers.checkLabelColumn(head);
    std::vector<std::string> warnings = head.warnings;
    const std::unique_ptr<TableStream> chunks = inputStream(args, input, head, customers.readingOptions());
    TableStream &stream = *chunks;

    // Pass 1: a uniform sample, on which the transforms are fitted and k-means starts.
    StreamSample sample = sampleStream(stream, options.startSampleRows, options.seed);
    const double readMs = msSince(start);
    auto phase = Clock::now();
    const FeatureSpec spec = customers.spec(sample.table);
    if (spec.imputation == Imputation::Drop)
        throw UsageError(Cli::tr("--impute drop leaves customers out, which a file read in chunks cannot do before "
                            "clustering; use --impute median or mean with --algorithm minibatch"));
    const PreparedData prepared = prepare(sample.table, spec);
    const double prepMs = msSince(phase);

    // Passes 2 and on: mini-batches over the whole file.
    phase = Clock::now();
    TransformedBlocks blocks(stream, prepared.transform);
    const MiniBatchKMeansResult fit = miniBatchKMeans(blocks, prepared.x, options);
    const double fitMs = msSince(phase);

    // The last pass: every customer's segment, written as it is found.
    phase = Clock::now();
    const int k = static_cast<int>(fit.centroids.rows());
    std::optional<AssignmentWriter> writer;
    if (run.outFile)
        writer.emplace(*run.outFile, customers.idColumn());
    // Every customer is profiled as cluster profiles a table in memory: real means in original
    // units, z-scores as clustered, money, traits.
    ProfileAccumulator profile(prepared.transform, moneyColumns(head), k, input);
    MissingCells inSample(prepared.transform);
    inSample.add(sample.table);
    MissingCells missing(prepared.transform);
    double inertia = 0.0;
    std::size_t rows = 0;
    std::vector<double> distances;
    std::vector<std::size_t> chunkRows;
    stream.forEachChunk([&](Table &&chunk) {
        const Matrix x = prepared.transform.apply(chunk);
        const Labels labels = assignNearest(x, fit.centroids, &distances);
        for (const double distance : distances)
            inertia += distance * distance;
        chunkRows.resize(chunk.rowCount);
        std::iota(chunkRows.begin(), chunkRows.end(), std::size_t {0});
        profile.add(chunk, chunkRows, x, labels, rows);
        missing.add(chunk);
        if (writer)
            writer->write(chunk, labels, distances);
        rows += chunk.rowCount;
    });
    const Profiles profiles = profile.profiles();
    const double writeMs = msSince(phase);
    for (std::string &w : fileWarnings(prepared, inSample, missing))
        warnings.push_back(std::move(w));

    // Fit quality on the sample: the silhouette needs pairs of customers, which a sample has.
    phase = Clock::now();
    const Labels sampleLabels = assignNearest(prepared.x, fit.centroids);
    Labels truth;
    if (!customers.labelColumn().empty())
        truth = encodeLabels(sample.table.require(customers.labelColumn()), prepared.rows);
    const QualityReport quality = assessQuality(prepared.x, sampleLabels, run.silhouetteSample, options.seed,
                                                truth.empty() ? nullptr : &truth);
    const double metricsMs = msSince(phase);

    nlohmann::json summary;
    nlohmann::json columnsUsed = nlohmann::json::array();
    for (const std::string &c : spec.enabledColumns())
        columnsUsed.push_back(c);
    summary["input"] = {{"path", input},
                        {"rows", rows},
                        {"rows_clustered", rows},
                        {"columns_used", columnsUsed},
                        {"streamed",
                         {{"chunk_rows", stream.chunkRows()},
                          {"schema_rows", head.rowCount},
                          {"sample_rows", sample.table.rowCount},
                          {"passes", 2 + fit.epochs}}}};
    nlohmann::json features = nlohmann::json::array();
    for (const FittedFeature &f : prepared.transform.features)
        features.push_back(f.name);
    nlohmann::json params = clusteringParams(options);
    params.update({{"scale", std::string(toString(spec.scaling))},
                   {"impute", std::string(toString(spec.imputation))},
                   {"silhouette_sample", run.silhouetteSample},
                   {"threads", threadCount()},
                   {"outliers", 0.0},
                   {"features", features}});
    summary["params"] = params;
    summary["spec"] = nlohmann::json::parse(toJson(spec));
    summary["transform"] = transformJson(prepared.transform);
    summary["inertia"] = inertia;
    summary["n_iter"] = fit.epochs;
    summary["converged"] = fit.status == FitStatus::Converged;
    summary["reassignments"] = fit.reassignments;
    nlohmann::json metrics = {{"silhouette", jsonNumber(quality.silhouette)},
                              {"davies_bouldin", jsonNumber(quality.daviesBouldin)},
                              {"calinski_harabasz", jsonNumber(quality.calinskiHarabasz)},
                              {"sample_rows", prepared.x.rows()}};
    if (quality.ari) {
        metrics["ari"] = jsonNumber(*quality.ari);
        metrics["nmi"] = jsonNumber(*quality.nmi);
    }
    summary["metrics"] = metrics;

    nlohmann::json segments = nlohmann::json::array();
    std::vector<int> small;
    for (int s = 0; s < k; ++s) {
        segments.push_back(segmentJson(profiles, s, prepared.transform, fit.centroids.row(s)));
        if (profiles.segments[static_cast<std::size_t>(s)].small)
            small.push_back(s);
    }
    summary["money_totals"] = moneyTotalsJson(profiles);
    if (!small.empty())
        warnings.push_back(smallSegmentsWarning(small, profiles.smallShare, false));
    summary["segments"] = segments;
    summary["warnings"] = warnings;
    summary["timings_ms"] = {{"read", readMs},   {"prep", prepMs},   {"fit", fitMs},
                             {"metrics", metricsMs}, {"write", writeMs}, {"total", msSince(start)}};
    if (run.jsonFile)
        run.jsonFile->write(summary.dump(2) + "\n");
    commitTogether({run.outFile, run.jsonFile});

    for (const std::string &w : warnings)
        printErr(Cli::tr("warning: %1\n").arg(QString::fromStdString(w)));
    if (run.quiet)
        return ExitOk;
    printErr(Cli::tr("read in chunks of %1 rows: %2 passes over the file; transforms fitted and k-means started on a "
                "uniform sample of %3 row(s)\n",
                nullptr, pluralCount(sample.table.rowCount))
                 .arg(localCount(stream.chunkRows()))
                 .arg(2 + fit.epochs)
                 .arg(localCount(sample.table.rowCount)));
    printOut(Cli::tr("%1 rows, %2 feature(s), k = %3: inertia %4 after %5 passes of mini-batches\n", nullptr,
                     pluralCount(prepared.transform.dimension()))
                 .arg(localCount(rows))
                 .arg(prepared.transform.dimension())
                 .arg(k)
                 .arg(localNumber(inertia, 'g', 6))
                 .arg(fit.epochs));
    QString line = Cli::tr("on the sample: silhouette %1, Davies–Bouldin %2, Calinski–Harabasz %3")
                       .arg(localNumber(quality.silhouette, 'f', 3))
                       .arg(localNumber(quality.daviesBouldin, 'f', 3))
                       .arg(localNumber(quality.calinskiHarabasz, 'f', 1));
    if (quality.ari)
        line += Cli::tr(", ARI %1, NMI %2").arg(localNumber(*quality.ari, 'f', 3)).arg(localNumber(*quality.nmi, 'f', 3));
    printOut(line + QLatin1Char('\n'));
    printOut(Cli::tr("segment      size   share\n"));
    for (int s = 0; s < k; ++s) {
        const auto size = profiles.segments[static_cast<std::size_t>(s)].size;
        printOut(QStringLiteral("%1 %2 %3%%4\n")
                     .arg(s, 7)
                     .arg(localCount(size), 9)
                     .arg(localNumber(rows == 0 ? 0.0 : 100.0 * static_cast<double>(size) / static_cast<double>(rows), 'f', 1), 6)
                     .arg(std::find(small.begin(), small.end(), s) != small.end() ? Cli::tr("  small") : QString()));
    }
    return ExitOk;
}

} // namespace seg::cli
