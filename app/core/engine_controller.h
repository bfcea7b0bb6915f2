#pragma once
// The GUI's only way to compute: a GUI-thread object owning one worker on its own QThread.
// Every request gets an increasing generation; a new request replaces the pending one and
// cancels the running one, and results older than the newest request are dropped, so views
// only ever see the latest state. Work that does not depend on k (prepared matrix, projection)
// is cached on the worker and reused when only k or the seed changes.

#include "app/core/analysis.h"
#include "app/core/engine_worker.h"
#include "engine/data/table.h"
#include "engine/prep/transactions.h"

#include <QObject>
#include <QThread>

#include <map>
#include <memory>
#include <optional>
#include <string>

namespace seg {


class EngineController : public QObject
{
    Q_OBJECT
public:
    explicit EngineController(QObject *parent = nullptr);
    /// Cancels running work, stops the thread and waits for it.
    ~EngineController() override;

    /// Generation of the newest request (0 before the first).
    quint64 latestGeneration() const { return m_generation; }
    bool isBusy() const;
    /// The newest published analysis (null before the first).
    std::shared_ptr<const AnalysisResult> latestResult() const { return m_latestResult; }
    /// How many jobs the worker has started so far (coalesced requests are never started).
    quint64 jobsStarted() const;

public Q_SLOTS:
    /// Recluster with `request`; returns at once. Supersedes any earlier request.
    quint64 requestAnalysis(const seg::AnalysisRequest &request);
    /// After an analysis: inertia and silhouette for k = kFirst..kLast on the same prepared data,
    /// reported point by point (sweepUpdated). Cancelled by the next analysis request.
    void requestKSweep(int kFirst = 2, int kLast = 12);
    /// Load a CSV or SQLite table on the worker (progress + cancel like analyses), as `job`
    /// describes it (its generation is set here).
    quint64 requestLoad(seg::LoadJob job);
    /// Generate `rows` demo customers from `seed` on the worker, delivered like a loaded table.
    quint64 requestDemo(std::size_t rows, std::uint64_t seed);
    /// Cancel whatever runs now.
    void cancel();
    /// With `wait`, the worker starts the work that refines a published result (bootstrap
    /// intervals, silhouette) only once resultShown() says its views are painted, or after a
    /// short grace when no paint comes (a hidden window), so that it does not compete with the
    /// painting. Off by default: a caller without views would wait the grace every time.
    void setWaitForPaint(bool wait);
    /// The views now show the analysis `generation` (see setWaitForPaint).
    void resultShown(quint64 generation);

Q_SIGNALS:
    /// The segmentation for `result->generation`, published as soon as labels and profiles
    /// exist; its metrics lack the silhouette (NaN), which metricsReady brings afterwards.
    void analysisReady(std::shared_ptr<const seg::AnalysisResult> result);
    /// Complete metrics (silhouette included) of the analysis `generation`, after analysisReady.
    void metricsReady(quint64 generation, const seg::QualityReport &metrics);
    /// The segment economics of the analysis `generation` with their bootstrap intervals, after
    /// analysisReady (whose economics has the estimates alone) and before metricsReady.
    void economicsReady(quint64 generation, std::shared_ptr<const seg::Economics> economics);
    /// Each segment's bootstrap stability (seg::bootstrapStability) for the analysis
    /// `generation`, last of all, after metricsReady: the window is complete without it.
    void stabilityReady(quint64 generation, std::shared_ptr<const seg::SegmentStability> stability);
    void sweepUpdated(std::shared_ptr<const seg::KSweepResult> sweep);
    void tableLoaded(quint64 generation, std::shared_ptr<const seg::Table> table);
    /// A request failed with a user-visible message (already translated).
    void failed(quint64 generation, const QString &message);
    /// fraction in 0..1 with a short translated stage text; throttled to ~20 Hz.
    void progress(quint64 generation, double fraction, const QString &stage);
    void busyChanged(bool busy);

private:
    void post();
    void setBusy(bool busy);

    QThread m_thread;
    EngineWorker *m_worker = nullptr;
    quint64 m_generation = 0;
    std::shared_ptr<EngineShared> m_shared;
    std::shared_ptr<const AnalysisRequest> m_lastAnalysis; ///< what requestKSweep sweeps
    std::shared_ptr<const AnalysisResult> m_latestResult;
    bool m_busy = false;
};

} // namespace seg
