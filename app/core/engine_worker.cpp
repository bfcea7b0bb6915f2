#include "app/core/engine_worker.h"

#include "engine/cluster/kmeans.h"
#include "engine/pipeline/pipeline.h"
#include "engine/pipeline/segment_matching.h"
#include "engine/eval/quality.h"
#include "engine/core/error.h"
#include "engine/core/random.h"
#include "engine/core/sampling.h"
#include "engine/core/text.h" // pluralCount
#include "engine/data/column_roles.h"
#include "engine/data/loader.h"
#include "engine/demo/demo_data.h"
#include "engine/embed/embedding.h"
#include "engine/eval/k_sweep.h"
#include "engine/eval/metrics.h"
#include "engine/prep/prepare.h"
#include "engine/profile/segment_profile.h"
#include "engine/project/project.h"

#include <QElapsedTimer>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <variant>

namespace seg {

namespace {

// Silhouette is quadratic in the rows it looks at; these sample sizes keep it to a fraction
// of a second on 100,000 customers.
constexpr std::size_t kSilhouetteSample = 5000;
constexpr std::size_t kSweepSilhouetteSample = 2000;
// Per-segment bootstrap stability (Hennig 2007): 20 resamples of at most 5,000 customers, about
// half a second on two cores; fpc's clusterboot defaults to 100 on all rows, which is minutes
// at 100,000 customers for a figure that moves by about a hundredth.
constexpr int kStabilityResamples = 20;
constexpr std::size_t kStabilitySample = 5000;
// Segmentations are remembered for prepared matrices of at most this many rows (about 2 MB
// each at 100,000), and at most this many of them: the sweep's k = 2..12 and a few more.
constexpr std::size_t kFitCacheMaxRows = 300000;
constexpr std::size_t kFitCacheEntries = 16;
// Progress signals at most every 50 ms (~20 Hz): more would only flood the GUI thread.
constexpr auto kProgressInterval = std::chrono::milliseconds(50);
// How long the refinements of a published result wait for the GUI to paint it: a paint takes
// tens of milliseconds; a hidden window never paints.
constexpr auto kShowGrace = std::chrono::milliseconds(120);

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

/// The known segment of every prepared row as dense ints 0..m-1, for ARI and NMI. Missing
/// cells form a class of their own.

} // namespace

EngineWorker::EngineWorker(std::shared_ptr<EngineShared> shared) : m_shared(std::move(shared)) {}

EngineWorker::~EngineWorker() = default;

void EngineWorker::process()
{
    for (;;) {
        std::variant<AnalysisJob, SweepJob, LoadJob> job;
        auto token = std::make_shared<CancelToken>();
        JobKind kind = JobKind::Analysis;
        quint64 generation = 0;
        {
            std::lock_guard lock(m_shared->mutex);
            // Oldest generation first: a sweep asked for after an analysis runs on its result,
            // and a load is not overtaken by analyses of the previous table requested later.
            std::optional<quint64> oldest;
            auto consider = [&](JobKind k, const auto &slot) {
                if (slot && (!oldest || slot->generation < *oldest)) {
                    oldest = slot->generation;
                    kind = k;
                }
            };
            consider(JobKind::Analysis, m_shared->analysis);
            consider(JobKind::Sweep, m_shared->sweep);
            consider(JobKind::Load, m_shared->load);
            if (m_shared->stopping || !oldest) {
                m_shared->processPosted = false;
                m_shared->running = false;
                m_shared->runningToken.reset();
                break;
            }
            generation = *oldest;
            switch (kind) {
            case JobKind::Analysis:
                job = std::move(*m_shared->analysis);
                m_shared->analysis.reset();
                break;
            case JobKind::Sweep:
                job = std::move(*m_shared->sweep);
                m_shared->sweep.reset();
                break;
            case JobKind::Load:
                job = std::move(*m_shared->load);
                m_shared->load.reset();
                break;
            }
            m_shared->running = true;
            m_shared->runningKind = kind;
            m_shared->runningToken = token;
            ++m_shared->jobsStarted;
        }
        {
            std::lock_guard lock(m_progressMutex);
            m_lastStage.clear();
        }

        QString prefix;
        try {
            if (auto *analysis = std::get_if<AnalysisJob>(&job)) {
                prefix = tr("Analysis failed: %1");
                runAnalysis(*analysis, *token);
            } else if (auto *sweep = std::get_if<SweepJob>(&job)) {
                prefix = tr("The k sweep failed: %1");
                runSweep(*sweep, *token);
            } else if (auto *load = std::get_if<LoadJob>(&job)) {
                prefix = tr("Could not load the data: %1");
                runLoad(*load, *token);
            }
        } catch (const Cancelled &) {
            // Superseded or cancelled on purpose: nothing to publish.
        } catch (const Error &e) {
            if (!m_shared->isStale(kind, generation))
                Q_EMIT jobFailed(static_cast<int>(kind), generation, prefix.arg(fromStd(e.what())));
        } catch (const std::bad_alloc &) {
            if (!m_shared->isStale(kind, generation))
                Q_EMIT jobFailed(static_cast<int>(kind), generation, prefix.arg(tr("out of memory")));
        } catch (const std::exception &e) {
            if (!m_shared->isStale(kind, generation))
                Q_EMIT jobFailed(static_cast<int>(kind), generation, prefix.arg(fromStd(e.what())));
        } catch (...) {
            if (!m_shared->isStale(kind, generation))
                Q_EMIT jobFailed(static_cast<int>(kind), generation, prefix.arg(tr("unknown error")));
        }

        std::lock_guard lock(m_shared->mutex);
        m_shared->running = false;
        m_shared->runningToken.reset();
    }
    Q_EMIT idle();
}

Progress EngineWorker::stageProgress(const CancelToken &token, JobKind kind, quint64 generation,
                                     const QString &stage, double begin, double end)
{
    Progress progress(&token, [this, kind, generation, stage](double fraction, std::string_view) {
        reportProgress(kind, generation, fraction, stage);
    });
    return progress.sub(begin, end);
}

void EngineWorker::reportProgress(JobKind kind, quint64 generation, double fraction, const QString &stage)
{
    // Engine loops may report from several OpenMP threads; whoever does not get the lock at
    // once skips this report rather than waiting.
    std::unique_lock lock(m_progressMutex, std::try_to_lock);
    if (!lock.owns_lock())
        return;
    const auto now = std::chrono::steady_clock::now();
    if (stage == m_lastStage && now - m_lastProgress < kProgressInterval)
        return;
    m_lastStage = stage;
    m_lastProgress = now;
    lock.unlock();
    if (!m_shared->isStale(kind, generation))
        Q_EMIT progressed(static_cast<int>(kind), generation, std::clamp(fraction, 0.0, 1.0), stage);
}

const EngineWorker::Cache &EngineWorker::ensurePrepared(const AnalysisRequest &request, bool withPoints,
                                                        JobKind kind, quint64 generation,
                                                        const CancelToken &token, double begin, double end)
{
    if (!request.table)
        throw Error(ErrorKind::Usage, tr("no data is loaded").toStdString());
    const double middle = begin + (end - begin) * 0.7;
    if (!m_cache.prepared || m_cache.table != request.table || m_cache.spec != request.spec) {
        const Progress progress = stageProgress(token, kind, generation, tr("Preparing features"), begin, middle);
        progress.report(0.0);
        // Drop the old caches first: the old prepared matrix may be large.
        m_cache = Cache{};
        m_fits = FitCache{};
        std::shared_ptr<const PreparedData> prepared;
        if (request.restored && request.restored->segmentation->spec == request.spec) {
            // A stored run: its own transform, fitted on this very table, makes the matrix without
            // fitting it again, and shows the run in the very space it was made in.
            const Segmentation &run = *request.restored->segmentation;
            prepared = std::make_shared<const PreparedData>(prepareWith(*request.table, run.transform, run.rows));
            m_cache.warningsFromRun = true;
        } else {
            prepared = std::make_shared<const PreparedData>(prepare(*request.table, request.spec, progress));
        }
        if (prepared->x.rows() == 0)
            throw Error(ErrorKind::InvalidData, tr("no customer is left after preparing the features").toStdString());
        m_cache.table = request.table;
        m_cache.spec = request.spec;
        m_cache.prepared = std::move(prepared);
    }
    if (withPoints && !m_cache.points) {
        const Progress progress = stageProgress(token, kind, generation, tr("Projecting"), middle, end);
        progress.report(0.0);
        m_cache.points = std::make_shared<const Embedding>(pcaEmbedding(m_cache.prepared->x, progress));
    }
    return m_cache;
}

std::optional<QualityReport> EngineWorker::storedMetrics(const AnalysisRequest &request)
{
    if (!request.restored)
        return std::nullopt;
    const std::map<std::string, double> &stored = request.restored->metrics;
    auto value = [&](const char *name) -> std::optional<double> {
        const auto it = stored.find(name);
        return it == stored.end() ? std::nullopt : std::optional<double>(it->second);
    };
    QualityReport metrics;
    const auto silhouette = value("silhouette"), daviesBouldin = value("davies_bouldin"),
               calinskiHarabasz = value("calinski_harabasz"), inertia = value("inertia");
    // A run saved before its silhouette was known stored NaN: computed again then.
    if (!silhouette || std::isnan(*silhouette) || !daviesBouldin || !calinskiHarabasz)
        return std::nullopt;
    metrics.silhouette = *silhouette;
    metrics.daviesBouldin = *daviesBouldin;
    metrics.calinskiHarabasz = *calinskiHarabasz;
    metrics.inertia = inertia ? *inertia : request.restored->segmentation->clustering.objective;
    if (!request.labelColumn.empty()) {
        // Against the known segments of the label column the run was stored with.
        metrics.ari = value("ari");
        metrics.nmi = value("nmi");
        if (!metrics.ari || !metrics.nmi)
            return std::nullopt;
    }
    return metrics;
}

void EngineWorker::runAnalysis(const AnalysisJob &job, const CancelToken &token)
{
    QElapsedTimer timer;
    timer.start();
    const AnalysisRequest &request = job.request;
    const quint64 generation = job.generation;
    const JobKind kind = JobKind::Analysis;
    const Cache &cache = ensurePrepared(request, true, kind, generation, token, 0.0, 0.4);
    const std::shared_ptr<const PreparedData> prepared = cache.prepared;
    const std::shared_ptr<const Embedding> points = cache.points;
    const Matrix &x = prepared->x;

    const Progress clustering = stageProgress(token, kind, generation, tr("Clustering"), 0.4, 0.8);
    clustering.report(0.0);
    std::shared_ptr<const Segmentation> segmentation;
    std::vector<int> keys;
    if (request.restored) {
        // A stored run: shown as it was made, with its segment keys (names follow them).
        segmentation = request.restored->segmentation;
        if (segmentation->rows != prepared->rows)
            throw Error(ErrorKind::InvalidData,
                        tr("Run %1 of the project does not fit its data: it segments %2 customer(s), the data "
                           "prepares %3. Recluster to make a new run.",
                           nullptr, pluralCount(segmentation->rows.size()))
                            .arg(request.restored->runId)
                            .arg(segmentation->rows.size())
                            .arg(prepared->rows.size())
                            .toStdString());
        keys = request.restored->segmentKeys;
    } else {
        // The pipeline `segscope cluster` runs too, from the same prepared matrix, with the same
        // data-dependent defaults: same segments.
        const ClusteringOptions options = withDataDefaults(request, prepared, clustering.sub(0.0, 0.05));
        segmentation = fitted(request, options, clustering.sub(0.05, 1.0));
    }
    // DBSCAN's suggested eps for the minimum samples in use, which the controls offer.
    std::optional<double> suggestedEps;
    if (const auto *dbscan = std::get_if<DbscanOptions>(&segmentation->options))
        suggestedEps = epsSuggestion(prepared, dbscan->minSamples, clustering.sub(1.0, 1.0));
    const ClusteringResult &fitted = segmentation->clustering;
    const int segments = fitted.clusterCount;
    std::shared_ptr<const Labels> labels(segmentation, &fitted.labels);

    if (keys.size() != static_cast<std::size_t>(segments)) {
        // Segment identities: matched to the previous result on the same table by the customers
        // they share, so names and colours follow their customers.
        std::vector<int> match(static_cast<std::size_t>(segments), -1);
        if (m_previous.segmentation && m_previous.table == request.table)
            match = matchSegments({&m_previous.segmentation->clustering.labels, &m_previous.segmentation->rows,
                                   m_previous.segmentation->clustering.clusterCount},
                                  {&fitted.labels, &segmentation->rows, segments});
        keys = segmentKeys(match, m_previous.keys, request.reservedSegmentKeys);
    }

    const Progress profiling = stageProgress(token, kind, generation, tr("Profiling"), 0.8, 0.85);
    profiling.report(0.0);
    auto profiles = std::make_shared<const Profiles>(
        profileSegments(*request.table, *prepared, *labels, segments, moneyColumns(*request.table)));
    profiling.check();

    // Customer value: the model is fitted once per table; the economics, drivers and personas
    // follow the segments.
    const ValueCache &value = ensureValueModel(request.table, request.valueFits.get());
    profiling.check();
    // The estimates now; their bootstrap intervals (a tenth of a second and more) follow through
    // economicsDone, like the silhouette, so the views do not wait for them.
    const std::string revenue = revenueColumn(*request.table);
    auto economics = std::make_shared<const Economics>(segmentEconomics(
        *request.table, prepared->rows, *labels, segments, revenue, value.model.get(), {kEstimatesOnly, 0.95, 42}));
    profiling.check();
    auto drivers = std::make_shared<const Drivers>(computeDrivers(x, profiles->features, *labels, segments));
    std::shared_ptr<const Drivers> valueDrivers;
    if (value.model) {
        std::vector<std::vector<double>> columns(2, std::vector<double>(prepared->rows.size()));
        for (std::size_t i = 0; i < prepared->rows.size(); ++i) {
            const CustomerValue &v = value.model->rows[prepared->rows[i]];
            columns[0][i] = v.clv;
            columns[1][i] = v.probabilityAlive;
        }
        valueDrivers = std::make_shared<const Drivers>(
            computeDrivers(columns, {"lifetime value", "P(alive)"}, *labels, segments));
    }
    auto personas = std::make_shared<const std::vector<Persona>>(
        draftPersonas({profiles.get(), drivers.get(), economics.get(), valueDrivers.get()}));

    const Progress scoring = stageProgress(token, kind, generation, tr("Scoring"), 0.85, 1.0);
    scoring.report(0.0);
    // The linear-time metrics go out with the labels; the silhouette (quadratic in its sample)
    // follows through metricsDone so the views do not wait for it. A stored run brings its own.
    const std::optional<QualityReport> stored = storedMetrics(request);
    QualityReport metrics;
    metrics.inertia = fitted.objective;
    metrics.silhouette = std::numeric_limits<double>::quiet_NaN();
    if (stored) {
        metrics = *stored;
        metrics.silhouette = std::numeric_limits<double>::quiet_NaN();
    } else {
        metrics.daviesBouldin = daviesBouldin(x, *labels);
        metrics.calinskiHarabasz = calinskiHarabasz(x, *labels);
        if (!request.labelColumn.empty()) {
            const Labels truth = encodeLabels(request.table->require(request.labelColumn), prepared->rows);
            metrics.ari = adjustedRandIndex(truth, *labels);
            metrics.nmi = normalizedMutualInfo(truth, *labels);
        }
    }

    auto result = std::make_shared<AnalysisResult>();
    result->generation = generation;
    result->request = request;
    result->prepared = prepared;
    result->points = points;
    result->segmentation = segmentation;
    result->labels = std::move(labels);
    result->segmentKeys = keys;
    result->profiles = std::move(profiles);
    result->value = value.model;
    result->valueWarning = value.warning;
    result->economics = std::move(economics);
    result->drivers = std::move(drivers);
    result->valueDrivers = std::move(valueDrivers);
    result->personas = std::move(personas);
    result->metrics = metrics;
    result->suggestedEps = suggestedEps;
    result->elapsedMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    const std::shared_ptr<const Labels> publishedLabels = result->labels;
    if (m_shared->isStale(kind, generation))
        return;
    m_previous = Previous{request.table, segmentation, std::move(keys)};
    Q_EMIT analysisDone(std::move(result));

    // The refinements below use every core; started at once they would slow the painting of
    // the result they refine. They wait for the views (or the grace, when nothing paints).
    // A stored run's metrics are complete already: they go out at once.
    if (stored) {
        metrics.silhouette = stored->silhouette;
        if (!m_shared->isStale(kind, generation))
            Q_EMIT metricsDone(generation, metrics);
    }
    waitUntilShown(kind, generation, token);
    scoring.check();
    auto withIntervals = std::make_shared<const Economics>(
        segmentEconomics(*request.table, prepared->rows, *publishedLabels, segments, revenue, value.model.get()));
    if (!m_shared->isStale(kind, generation))
        Q_EMIT economicsDone(generation, std::move(withIntervals));

    if (!stored) {
        metrics.silhouette = silhouette(x, *publishedLabels, kSilhouetteSample, request.seed(), scoring.sub(0.05, 1.0));
        scoring.report(1.0);
        if (!m_shared->isStale(kind, generation))
            Q_EMIT metricsDone(generation, metrics);
    }

    // Last, as nothing waits for it: how well each segment survives resampling. A resample that
    // cannot be segmented leaves the figure unknown (no resamples), never the segments unshown.
    auto stability = std::make_shared<SegmentStability>();
    try {
        *stability = bootstrapStability(*prepared, *segmentation, kStabilityResamples, kStabilitySample,
                                        scoring.sub(1.0, 1.0));
    } catch (const Cancelled &) {
        throw;
    } catch (const std::exception &) {
        *stability = SegmentStability {};
    }
    if (!m_shared->isStale(kind, generation))
        Q_EMIT stabilityDone(generation, std::move(stability));
}

void EngineWorker::waitUntilShown(JobKind kind, quint64 generation, const CancelToken &token)
{
    std::unique_lock lock(m_shared->mutex);
    if (!m_shared->waitForPaint)
        return;
    m_shared->wake.wait_for(lock, kShowGrace, [&] {
        return m_shared->shown >= generation || m_shared->stopping || token.isCancelled()
            || m_shared->isStale(kind, generation);
    });
}

std::shared_ptr<const Segmentation> EngineWorker::fitted(const AnalysisRequest &request,
                                                         const ClusteringOptions &clustering, const Progress &progress)
{
    if (auto known = rememberedFit(request, clustering))
        return known;
    Segmentation made = fitPrepared(*m_cache.prepared, request.spec, clustering, request.outliers, progress);
    if (m_cache.warningsFromRun) {
        // The matrix came from a stored run's transform, which keeps no warnings of preparing:
        // a new segmentation gets them as prepare() would have given them.
        if (!m_cache.preparationWarnings)
            m_cache.preparationWarnings = preparationWarnings(*request.table, request.spec, progress);
        made.warnings.insert(made.warnings.begin(), m_cache.preparationWarnings->begin(),
                             m_cache.preparationWarnings->end());
    }
    auto segmentation = std::make_shared<const Segmentation>(std::move(made));
    remember(request, segmentation);
    return segmentation;
}

std::shared_ptr<const Segmentation> EngineWorker::rememberedFit(const AnalysisRequest &request,
                                                                const ClusteringOptions &clustering)
{
    if (m_fits.prepared != m_cache.prepared)
        m_fits = FitCache{m_cache.prepared, {}};
    for (const FitCache::Entry &entry : m_fits.entries)
        if (entry.clustering == clustering && entry.outliers == request.outliers)
            return entry.segmentation;
    return nullptr;
}

void EngineWorker::remember(const AnalysisRequest &request, const std::shared_ptr<const Segmentation> &segmentation)
{
    if (m_fits.prepared != m_cache.prepared)
        m_fits = FitCache{m_cache.prepared, {}};
    if (m_cache.prepared->rows.size() > kFitCacheMaxRows)
        return;
    if (m_fits.entries.size() >= kFitCacheEntries)
        m_fits.entries.erase(m_fits.entries.begin());
    m_fits.entries.push_back({segmentation->options, request.outliers, segmentation});
}

double EngineWorker::epsSuggestion(const std::shared_ptr<const PreparedData> &prepared, int minSamples,
                                   const Progress &progress)
{
    const Matrix &x = prepared->x;
    if (minSamples < 1 || minSamples > x.rows())
        throw Error(ErrorKind::Usage, tr("DBSCAN's minimum samples (%1) are more than the %2 customer(s)", nullptr,
                                         pluralCount(static_cast<unsigned long long>(x.rows())))
                                          .arg(minSamples)
                                          .arg(x.rows())
                                          .toStdString());
    if (m_eps.prepared != prepared)
        m_eps = EpsCache{prepared, {}};
    const auto known = m_eps.byMinSamples.find(minSamples);
    if (known != m_eps.byMinSamples.end())
        return known->second;
    const double eps = suggestDbscanEps(x, minSamples, progress);
    m_eps.byMinSamples.emplace(minSamples, eps);
    return eps;
}

ClusteringOptions EngineWorker::withDataDefaults(const AnalysisRequest &request,
                                                 const std::shared_ptr<const PreparedData> &prepared,
                                                 const Progress &progress)
{
    ClusteringOptions options = request.clustering;
    const DataDefaults fromData = request.fromData.applyingTo(options);
    if (auto *dbscan = std::get_if<DbscanOptions>(&options); dbscan && fromData.eps) {
        dbscan->eps = epsSuggestion(prepared, dbscan->minSamples, progress);
        if (!(dbscan->eps > 0.0))
            throw Error(ErrorKind::Usage,
                        tr("The k-distance curve suggests no eps: most customers share their place with %1 others. "
                           "Set DBSCAN's radius (eps) yourself.")
                            .arg(dbscan->minSamples - 1)
                            .toStdString());
    }
    if (auto *hdbscan = std::get_if<HdbscanOptions>(&options); hdbscan && fromData.minClusterSize)
        hdbscan->minClusterSize = suggestHdbscanMinClusterSize(static_cast<std::size_t>(prepared->x.rows()));
    return options;
}

const EngineWorker::ValueCache &EngineWorker::ensureValueModel(const std::shared_ptr<const Table> &table,
                                                              const ValueModelFits *fitted)
{
    if (m_value.table == table)
        return m_value;
    m_value = ValueCache{};
    m_value.table = table;
    if (const std::optional<SummaryColumns> columns = findValueColumns(*table)) {
        try {
            m_value.model = std::make_shared<const CustomerValueModel>(fitCustomerValue(*table, *columns, valueTimeUnit(*table), {}, fitted));
        } catch (const Error &e) {
            // The table has columns of those names that do not follow the models' rules (e.g. a
            // "recency" counting days since the last purchase): no value, and the reason.
            m_value.warning = e.what();
        }
    }
    return m_value;
}

void EngineWorker::runSweep(const SweepJob &job, const CancelToken &token)
{
    const JobKind kind = JobKind::Sweep;
    const quint64 generation = job.generation;
    const Cache &cache = ensurePrepared(job.request, false, kind, generation, token, 0.0, 0.1);
    const std::shared_ptr<const PreparedData> prepared = cache.prepared;
    const Matrix &x = prepared->x;
    const Eigen::Index n = x.rows();

    // Silhouettes on a fixed row sample: the same rows for every k keep the curve smooth.
    const KSweepSample sample = kSweepSample(x, kSweepSilhouetteSample, job.request.seed());

    const int kFirst = std::max(1, job.kFirst);
    const int kLast = static_cast<int>(std::min<Eigen::Index>(job.kLast, n));
    KSweepResult sweep;
    sweep.generation = generation;
    // An algorithm that finds the number of segments itself has no k to sweep.
    if (kLast < kFirst || findsClusterCount(algorithmOf(job.request.clustering))) {
        sweep.complete = true;
        if (!m_shared->isStale(kind, generation))
            Q_EMIT sweepDone(std::make_shared<const KSweepResult>(sweep));
        return;
    }
    // Each k as the analysis would segment it (the user's parameters and the customers set
    // aside included), so the chart shows the figures of the segmentation the user gets by
    // choosing that k, and that segmentation is then at hand without clustering again. The
    // points go out in order of k as soon as they are known; Ward cuts one tree for all of them.
    std::vector<int> ks;
    std::vector<int> missing;
    std::map<int, std::shared_ptr<const Segmentation>> made;
    for (int k = kFirst; k <= kLast; ++k) {
        ks.push_back(k);
        if (auto known = rememberedFit(job.request, withClusters(job.request.clustering, k)))
            made.emplace(k, std::move(known));
        else
            missing.push_back(k);
    }
    const Progress checkOnly(&token, {});
    const auto publishReady = [&] {
        while (sweep.points.size() < ks.size()) {
            const int k = ks[sweep.points.size()];
            const auto fit = made.find(k);
            if (fit == made.end())
                return;
            sweep.points.push_back(kSweepPoint(sample, k, fit->second->clustering.labels,
                                               fit->second->clustering.objective, job.request.seed(), checkOnly));
            made.erase(fit); // the fit cache keeps what it can; the sweep needs only the point
            sweep.complete = sweep.points.size() == ks.size();
            if (m_shared->isStale(kind, generation))
                throw Cancelled();
            Q_EMIT sweepDone(std::make_shared<const KSweepResult>(sweep));
        }
    };
    publishReady();
    if (missing.empty())
        return;
    const Progress progress = stageProgress(
        token, kind, generation,
        missing.size() == 1 ? tr("Computing k = %1").arg(missing.front())
                            : tr("Computing k = %1 to %2").arg(missing.front()).arg(missing.back()),
        0.1, 1.0);
    progress.report(0.0);
    fitPreparedEachK(*prepared, job.request.spec, job.request.clustering, job.request.outliers, missing,
                     [&](Segmentation &&fit) {
                         const int k = requestedClusters(fit.options);
                         auto segmentation = std::make_shared<const Segmentation>(std::move(fit));
                         remember(job.request, segmentation);
                         made.emplace(k, std::move(segmentation));
                         publishReady();
                     },
                     progress);
}

void EngineWorker::runLoad(const LoadJob &job, const CancelToken &token)
{
    const QString stage = job.demo ? tr("Generating %1 demo customer(s)", nullptr, pluralCount(job.demo->rows))
                                         .arg(QLocale().toString(qulonglong(job.demo->rows)))
                                   : tr("Loading data");
    const Progress progress = stageProgress(token, JobKind::Load, job.generation, stage, 0.0, 1.0);
    progress.report(0.0);
    Table table;
    if (job.demo) {
        table = generateDemoData(job.demo->rows, job.demo->seed, progress);
    } else {
        CsvOptions options;
        if (job.transactions) {
            // The customer column repeats in a log, and the chosen roles are the customers'.
            table = loadTable(job.path.toStdString(), job.sqliteTable.toStdString(), options, progress.sub(0.0, 0.8));
            progress.check();
            table = customersFromLog(table, *job.transactions);
            applyChosenRoles(table, job.columnRoles);
        } else {
            options.idColumn = job.idColumn.toStdString();
            options.columnRoles = job.columnRoles;
            table = loadTable(job.path.toStdString(), job.sqliteTable.toStdString(), options, progress);
        }
        if (job.hashIds)
            hashTableIds(table, job.transactions ? job.transactions->columns.customer : job.idColumn.toStdString());
    }
    progress.report(1.0);
    if (!m_shared->isStale(JobKind::Load, job.generation))
        Q_EMIT tableDone(job.generation, std::make_shared<const Table>(std::move(table)));
}

} // namespace seg
