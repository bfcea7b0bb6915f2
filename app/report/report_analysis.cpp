// The analysis a report shows, in one call (see report_analysis.h).

#include "app/report/report_analysis.h"

#include "app/report/persona_text.h"

#include "engine/core/error.h"
#include "engine/data/column_spill.h"
#include "engine/embed/umap.h"
#include "engine/eval/metrics.h"
#include "engine/eval/quality.h"
#include "engine/pipeline/pipeline.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>

namespace seg {

std::size_t ReportInput::segmentSize(int segment) const
{
    if (profiles && segment >= 0 && static_cast<std::size_t>(segment) < profiles->segments.size())
        return profiles->segments[static_cast<std::size_t>(segment)].size;
    std::size_t n = 0;
    if (segmentation)
        for (std::int32_t l : segmentation->clustering.labels)
            n += l == segment ? 1 : 0;
    return n;
}

QString ReportInput::personaLabel(int segment, const PersonaText *words) const
{
    if (const QString edited = personaLabels.value(segment); !edited.isEmpty())
        return edited;
    if (segment < 0 || static_cast<std::size_t>(segment) >= personas.size())
        return {};
    const Persona &p = personas[static_cast<std::size_t>(segment)];
    return words ? words->label(p) : QString::fromStdString(p.label);
}

QString ReportInput::personaDescription(int segment, const PersonaText *words) const
{
    if (const QString edited = personaDescriptions.value(segment); !edited.isEmpty())
        return edited;
    if (segment < 0 || static_cast<std::size_t>(segment) >= personas.size())
        return {};
    const Persona &p = personas[static_cast<std::size_t>(segment)];
    return words ? words->description(p) : QString::fromStdString(p.description);
}

QString ReportInput::segmentName(int segment, const PersonaText *words) const
{
    if (appearance.hasCustomName(segment))
        return appearance.name(segment);
    // A drafted label describes the segment's customers: not for a suppressed one.
    if (suppressed(segment))
        return appearance.name(segment);
    if (const QString label = personaLabel(segment, words); !label.isEmpty())
        return label;
    return appearance.name(segment);
}

SegmentAppearance ReportInput::reportAppearance(const PersonaText *words) const
{
    SegmentAppearance named = appearance;
    named.names.clear();
    for (int s = 0; s < segmentCount(); ++s)
        named.names << segmentName(s, words);
    return named;
}

QString tableFingerprint(const Table &table)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const char unitSeparator = '\x1f';
    const char recordSeparator = '\x1e';
    for (const Column &c : table.columns) {
        hash.addData(QByteArrayView(c.name.data(), static_cast<qsizetype>(c.name.size())));
        hash.addData(QByteArrayView(&unitSeparator, 1));
        const char type = static_cast<char>('0' + static_cast<int>(c.type));
        hash.addData(QByteArrayView(&type, 1));
        hash.addData(QByteArrayView(&recordSeparator, 1));
    }
    std::string cell;
    for (std::size_t row = 0; row < table.rowCount; ++row) {
        for (const Column &c : table.columns) {
            cell = c.isMissing(row) ? std::string() : c.cellText(row);
            hash.addData(QByteArrayView(cell.data(), static_cast<qsizetype>(cell.size())));
            hash.addData(QByteArrayView(&unitSeparator, 1));
        }
        hash.addData(QByteArrayView(&recordSeparator, 1));
    }
    return QString::fromLatin1(hash.result().toHex().left(16));
}

namespace {

/// The figures that need the prepared matrix: profiles, drivers, quality, stability and the k
/// sweep (the map is made apart: mapOf). `table` is in.table's shape: its cells may be waiting in `spill` (then the
/// profiles and the label column are read from there, a block at a time).
void analyseMatrix(ReportInput &in, const Table &table, const PreparedData &prepared, const ColumnSpill *spill,
                   const ReportAnalysisOptions &options, const Progress &progress)
{
    const std::string &labelColumn = in.labelColumn;
    const ClusteringResult &fit = in.segmentation->clustering;
    const int k = fit.clusterCount;
    const Matrix &x = prepared.x;

    auto profiles = std::make_shared<const Profiles>(
        spill ? profileSegments(*spill, prepared, fit.labels, k, moneyColumns(table))
              : profileSegments(table, prepared, fit.labels, k, moneyColumns(table)));
    in.profiles = profiles;
    progress.check();
    in.drivers = std::make_shared<const Drivers>(computeDrivers(x, profiles->features, fit.labels, k));
    progress.report(0.33);

    Labels truth;
    if (!labelColumn.empty())
        truth = spill ? encodeLabels(spill->column(labelColumn).require(labelColumn), prepared.rows)
                      : encodeLabels(table.require(labelColumn), prepared.rows);
    const std::uint64_t seed = seedOf(options.clustering);
    in.quality = assessQuality(x, fit.labels, options.silhouetteSample, seed, labelColumn.empty() ? nullptr : &truth,
                               progress.sub(0.33, 0.5));

    // Stability: the same clustering with other seeds, compared by ARI over the clustered rows.
    if (options.stabilityRuns > 0 && x.rows() > static_cast<Eigen::Index>(k)) {
        in.stability = seedStability(prepared, *in.segmentation, options.stabilityRuns, progress.sub(0.5, 0.75));
        in.stabilityRuns = options.stabilityRuns;
    }
    progress.report(0.75);

    // k sweep: inertia and silhouette for the k around the chosen one.
    if (options.sweepMax > 0 && x.rows() > 3) {
        const int last = std::min({std::max(options.sweepMax, k), 30, static_cast<int>(x.rows()) - 1});
        // On a seeded sample of at most 20,000 customers: the curves' shape, in a few seconds.
        const std::size_t sweepRows = std::min<std::size_t>(static_cast<std::size_t>(x.rows()), 20000);
        const KSweepSample rows = kSweepSample(x, sweepRows, seed);
        const Matrix &sweepX = sweepRows == static_cast<std::size_t>(x.rows()) ? x : rows.x;
        const KSweepSample sample = kSweepSample(sweepX, std::min<std::size_t>(options.silhouetteSample, 2000), seed);
        for (int kk = 2; kk <= last; ++kk) {
            in.sweep.push_back(kSweepPoint(sweepX, sample, kk, 3, seed));
            progress.check();
        }
    }
    progress.report(1.0);
}

/// UMAP's options for the report's map: its defaults, seeded as the clustering.
UmapOptions reportUmap(const ReportAnalysisOptions &options)
{
    UmapOptions umap;
    umap.seed = seedOf(options.clustering);
    return umap;
}

/// The map of the prepared customers from their matrix (PCA needs it whole).
std::shared_ptr<const Embedding> mapOf(const Matrix &x, const ReportAnalysisOptions &options,
                                       const Progress &progress)
{
    if (options.map == EmbeddingMethod::Umap)
        return std::make_shared<const Embedding>(umap(x, reportUmap(options), progress).embedding);
    return std::make_shared<const Embedding>(pcaEmbedding(x, progress));
}

/// The figures that need the table's cells: the value model (fitted on the whole table, as the
/// explorer does), segment economics, the value drivers and the draft personas.
void analyseTable(ReportInput &in, const ReportAnalysisOptions &options, const Progress &progress)
{
    const Table &table = *in.table;
    const PreparedData &prepared = *in.prepared;
    const ClusteringResult &fit = in.segmentation->clustering;
    const int k = fit.clusterCount;

    const std::optional<SummaryColumns> columns = options.valueColumns ? options.valueColumns : findValueColumns(table);
    if (columns) {
        try {
            in.value = std::make_shared<const CustomerValueModel>(
                fitCustomerValue(table, *columns, options.unit, options.clv));
        } catch (const Error &e) {
            if (options.valueColumns)
                throw; // columns the user named must follow the models' rules
            in.valueNote = QString::fromStdString(e.what());
        }
    } else {
        in.valueNote = QCoreApplication::translate(
            "seg::ReportInput", "The data has no frequency, recency and T columns, so no lifetime value was modelled.");
    }
    progress.report(0.6);
    in.economics = std::make_shared<const Economics>(
        segmentEconomics(table, prepared.rows, fit.labels, k, revenueColumn(table), in.value.get()));
    progress.check();
    if (in.value) {
        std::vector<std::vector<double>> valueColumns(2, std::vector<double>(prepared.rows.size()));
        for (std::size_t i = 0; i < prepared.rows.size(); ++i) {
            const CustomerValue &v = in.value->rows[prepared.rows[i]];
            valueColumns[0][i] = v.clv;
            valueColumns[1][i] = v.probabilityAlive;
        }
        in.valueDrivers = std::make_shared<const Drivers>(
            computeDrivers(valueColumns, {"lifetime value", "P(alive)"}, fit.labels, k));
    }
    in.personas = draftPersonas({in.profiles.get(), in.drivers.get(), in.economics.get(), in.valueDrivers.get()});
    for (int s = 0; s < k; ++s)
        in.notes << QString();
    progress.report(1.0);
}

ReportInput startAnalysis(const Table &table, const std::string &idColumn, const std::string &labelColumn)
{
    ReportInput in;
    in.idColumn = idColumn;
    in.labelColumn = labelColumn;
    in.created = QDateTime::currentDateTime();
    in.fingerprint = tableFingerprint(table);
    return in;
}

} // namespace

ReportInput analyseForReport(Table table, const FeatureSpec &spec, const ReportAnalysisOptions &options,
                             const std::string &idColumn, const std::string &labelColumn, const Progress &progress)
{
    ReportInput in = startAnalysis(table, idColumn, labelColumn);
    progress.report(0.0);
    // The table and its matrix are not held at once: a million customers' cells wait on disk
    // while the matrix is used, the matrix is freed before they come back (prepareSpilling).
    std::optional<ColumnSpill> spill;
    PreparedData prepared = prepareSpilling(table, spec, spill, progress.sub(0.0, 0.05));
    progress.check();
    in.segmentation = std::make_shared<const Segmentation>(
        fitPrepared(prepared, spec, options.clustering, options.outliers, progress.sub(0.05, 0.35)));
    analyseMatrix(in, table, prepared, spill ? &*spill : nullptr, options, progress.sub(0.35, 0.62));
    if (spill && options.map == EmbeddingMethod::Umap) {
        // UMAP reads the rows it needs from the cells on disk, so the matrix goes first: the
        // same map, bit for bit, without the matrix beside UMAP's index and graphs.
        prepared.x = Matrix();
        in.map = std::make_shared<const Embedding>(
            umap(preparedRows(table, &*spill, prepared), reportUmap(options), progress.sub(0.62, 0.8)).embedding);
    } else {
        in.map = mapOf(prepared.x, options, progress.sub(0.62, 0.8));
    }
    takeTableBack(table, prepared, spill);
    prepared.x = Matrix(); // the report needs the transform and the rows, not the matrix
    in.prepared = std::make_shared<const PreparedData>(std::move(prepared));
    in.table = std::make_shared<const Table>(std::move(table));
    analyseTable(in, options, progress.sub(0.8, 1.0));
    return in;
}

ReportInput analyseRunForReport(std::shared_ptr<const Table> table, std::shared_ptr<const Segmentation> run,
                                ReportAnalysisOptions options, const std::string &idColumn, const Progress &progress)
{
    ReportInput in = startAnalysis(*table, idColumn, {});
    in.table = std::move(table);
    progress.report(0.0);
    // The run's transform applied again: prepare() is deterministic, so these are its rows.
    in.prepared = std::make_shared<const PreparedData>(prepare(*in.table, run->spec));
    if (in.prepared->rows != run->rows)
        throw Error(ErrorKind::InvalidData,
                    QCoreApplication::translate("seg::ReportInput",
                                                "the run's customers are not the rows its spec prepares from the table")
                        .toStdString());
    options.clustering = run->options;
    options.outliers = run->outliers;
    in.segmentation = std::move(run);
    analyseMatrix(in, *in.table, *in.prepared, nullptr, options, progress.sub(0.35, 0.62));
    in.map = mapOf(in.prepared->x, options, progress.sub(0.62, 0.8));
    analyseTable(in, options, progress.sub(0.8, 1.0));
    return in;
}

} // namespace seg
