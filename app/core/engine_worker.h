#pragma once
// Internal to EngineController: the object that computes on the engine thread, and the request
// slots it shares with the controller. Views never use this header.

#include "app/core/analysis.h"
#include "engine/core/progress.h"
#include "engine/data/table.h"
#include "engine/prep/transactions.h"

#include <QObject>
#include <QString>

#include <array>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <optional>

namespace seg {

enum class JobKind { Analysis = 0, Sweep = 1, Load = 2 };
constexpr int kJobKindCount = 3;

struct AnalysisJob
{
    quint64 generation = 0;
    AnalysisRequest request;
};

struct SweepJob
{
    quint64 generation = 0;
    AnalysisRequest request; ///< the analysis whose prepared matrix is swept
    int kFirst = 2;
    int kLast = 12;
};

/// The demo customers (seg::generateDemoData) instead of a file.
struct DemoSource
{
    std::size_t rows = 50000;
    std::uint64_t seed = 7;
};

struct LoadJob
{
    quint64 generation = 0;
    QString path;
    QString sqliteTable;
    QString idColumn;
    std::optional<DemoSource> demo; ///< when set, generate the demo customers instead
    std::map<std::string, ColumnRole> columnRoles; ///< the roles the user chose (CsvOptions::columnRoles)
    /// When set the file is a transaction log: its customers are the table (customersFromLog),
    /// and `columnRoles` are roles of their columns.
    std::optional<LogImport> transactions;
    /// Replace the id column's values by salted hashes (seg::hashTableIds) as the table is read.
    bool hashIds = false;
};

/// What the controller (GUI thread) and the worker (engine thread) both touch. The pending
/// slots hold at most one request per kind: a newer request overwrites the older one, which
/// is how rapid requests coalesce. Members without std::atomic are guarded by `mutex`.
struct EngineShared
{
    std::mutex mutex;
    std::optional<AnalysisJob> analysis;
    std::optional<SweepJob> sweep;
    std::optional<LoadJob> load;
    /// True while one EngineWorker::process() call is queued or running; the controller posts
    /// another only when it is false, so requests never pile up in the event queue.
    bool processPosted = false;
    bool stopping = false;
    bool running = false;
    JobKind runningKind = JobKind::Analysis;
    std::shared_ptr<CancelToken> runningToken;

    std::array<std::atomic<quint64>, kJobKindCount> latest{}; ///< newest requested generation per kind
    std::atomic<quint64> cancelledUpTo{0}; ///< cancel(): every generation up to this one is void
    std::atomic<bool> shuttingDown{false};
    std::atomic<quint64> jobsStarted{0};
    /// Whether refinements wait for the GUI to paint a result (EngineController::setWaitForPaint),
    /// and the newest analysis generation whose views it has painted (resultShown).
    bool waitForPaint = false;
    quint64 shown = 0;
    /// Wakes a worker waiting for `shown` (under `mutex`): a paint, a new request, a cancel.
    std::condition_variable wake;

    /// True when a result of `kind` for `generation` must not be published: a newer request
    /// of its kind (or, for a sweep, a newer analysis) exists, it was cancelled, or the
    /// controller is going away. Callable from any thread.
    bool isStale(JobKind kind, quint64 generation) const
    {
        if (shuttingDown.load() || generation <= cancelledUpTo.load())
            return true;
        if (generation < latest[static_cast<int>(kind)].load())
            return true;
        return kind == JobKind::Sweep && generation < latest[static_cast<int>(JobKind::Analysis)].load();
    }
};

class EngineWorker : public QObject
{
    Q_OBJECT
public:
    explicit EngineWorker(std::shared_ptr<EngineShared> shared);
    ~EngineWorker() override;

public Q_SLOTS:
    /// Runs pending jobs, oldest generation first, until none is left. Never throws.
    void process();

Q_SIGNALS:
    void analysisDone(std::shared_ptr<const seg::AnalysisResult> result);
    void metricsDone(quint64 generation, const seg::QualityReport &metrics);
    void economicsDone(quint64 generation, std::shared_ptr<const seg::Economics> economics);
    void stabilityDone(quint64 generation, std::shared_ptr<const seg::SegmentStability> stability);
    void sweepDone(std::shared_ptr<const seg::KSweepResult> sweep);
    void tableDone(quint64 generation, std::shared_ptr<const seg::Table> table);
    void jobFailed(int kind, quint64 generation, const QString &message);
    void progressed(int kind, quint64 generation, double fraction, const QString &stage);
    /// process() found nothing left to do.
    void idle();

private:
    struct Cache
    {
        std::shared_ptr<const Table> table;
        FeatureSpec spec;
        std::shared_ptr<const PreparedData> prepared;
        std::shared_ptr<const Embedding> points;
        /// `prepared` was made from a stored run's transform (seg::prepareWith): its warnings
        /// are not in it, and new segmentations get them from preparationWarnings, once.
        bool warningsFromRun = false;
        std::optional<std::vector<std::string>> preparationWarnings;
    };

    void runAnalysis(const AnalysisJob &job, const CancelToken &token);
    /// Blocks until the GUI has painted `generation` (EngineShared::shown), the job is stale or
    /// cancelled, or kShowGrace has passed.
    void waitUntilShown(JobKind kind, quint64 generation, const CancelToken &token);
    /// The metrics a restored run was stored with, when they are complete for this request.
    static std::optional<QualityReport> storedMetrics(const AnalysisRequest &request);
    void runSweep(const SweepJob &job, const CancelToken &token);
    void runLoad(const LoadJob &job, const CancelToken &token);
    /// The prepared matrix (and, with `withPoints`, its projection) for the request's table
    /// and spec, from the cache when both are unchanged.
    const Cache &ensurePrepared(const AnalysisRequest &request, bool withPoints, JobKind kind,
                                quint64 generation, const CancelToken &token, double begin, double end);
    /// A Progress reporting `stage` over [begin, end] of the job's fraction.
    Progress stageProgress(const CancelToken &token, JobKind kind, quint64 generation, const QString &stage,
                           double begin, double end);
    void reportProgress(JobKind kind, quint64 generation, double fraction, const QString &stage);

    /// The segmentation `clustering` makes of the cached prepared matrix: from the fit cache when
    /// this worker has fitted it before (a k the sweep measured, a k the user comes back to),
    /// else fitted now and remembered. Fitting is deterministic, so the cache changes no result.
    std::shared_ptr<const Segmentation> fitted(const AnalysisRequest &request, const ClusteringOptions &clustering,
                                               const Progress &progress);
    /// The segmentation of `clustering` if this worker remembers it, else null.
    std::shared_ptr<const Segmentation> rememberedFit(const AnalysisRequest &request,
                                                      const ClusteringOptions &clustering);
    /// Keeps `segmentation` (of the prepared matrix in use) for later requests, when the matrix
    /// is small enough; the oldest goes first.
    void remember(const AnalysisRequest &request, const std::shared_ptr<const Segmentation> &segmentation);

    /// The request's clustering options with the data-dependent defaults it asks for resolved on
    /// `prepared` (AnalysisRequest::fromData), as `segscope cluster` resolves them.
    ClusteringOptions withDataDefaults(const AnalysisRequest &request,
                                       const std::shared_ptr<const PreparedData> &prepared, const Progress &progress);
    /// DBSCAN's suggested eps for `minSamples` on `prepared` (the cache's), remembered per value.
    double epsSuggestion(const std::shared_ptr<const PreparedData> &prepared, int minSamples,
                         const Progress &progress);

    /// Suggested eps by minimum samples, for one prepared matrix.
    struct EpsCache
    {
        std::shared_ptr<const PreparedData> prepared;
        std::map<int, double> byMinSamples;
    };

    /// Segmentations of one prepared matrix (the cache's), newest last.
    struct FitCache
    {
        std::shared_ptr<const PreparedData> prepared;
        struct Entry
        {
            ClusteringOptions clustering;
            OutlierOptions outliers;
            std::shared_ptr<const Segmentation> segmentation;
        };
        std::vector<Entry> entries;
    };

    /// The last published segmentation: the next one's segments are matched to it.
    struct Previous
    {
        std::shared_ptr<const Table> table;
        std::shared_ptr<const Segmentation> segmentation;
        std::vector<int> keys;
    };

    /// The lifetime-value model of one table: fitted once per table (or not at all when its
    /// project stored the fits: `fitted`, which may be null).
    struct ValueCache
    {
        std::shared_ptr<const Table> table;
        std::shared_ptr<const CustomerValueModel> model;
        std::string warning;
    };
    const ValueCache &ensureValueModel(const std::shared_ptr<const Table> &table, const ValueModelFits *fitted);

    std::shared_ptr<EngineShared> m_shared;
    Cache m_cache;
    FitCache m_fits;
    ValueCache m_value;
    EpsCache m_eps;
    Previous m_previous;

    std::mutex m_progressMutex;
    std::chrono::steady_clock::time_point m_lastProgress;
    QString m_lastStage;
};

} // namespace seg
