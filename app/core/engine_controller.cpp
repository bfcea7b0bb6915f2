#include "app/core/engine_controller.h"

#include "app/core/engine_worker.h"

#include <algorithm>

namespace seg {

EngineController::EngineController(QObject *parent)
    : QObject(parent), m_shared(std::make_shared<EngineShared>())
{
    m_thread.setObjectName(QStringLiteral("SegmentScope engine"));
    m_worker = new EngineWorker(m_shared);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    // The worker drops stale results before emitting them; these checks drop the ones that
    // became stale while queued (a newer request made after the worker emitted).
    connect(m_worker, &EngineWorker::analysisDone, this, [this](std::shared_ptr<const AnalysisResult> result) {
        if (m_shared->isStale(JobKind::Analysis, result->generation))
            return;
        m_latestResult = result;
        Q_EMIT analysisReady(std::move(result));
    });
    connect(m_worker, &EngineWorker::metricsDone, this, [this](quint64 generation, const QualityReport &metrics) {
        if (!m_shared->isStale(JobKind::Analysis, generation))
            Q_EMIT metricsReady(generation, metrics);
    });
    connect(m_worker, &EngineWorker::economicsDone, this,
            [this](quint64 generation, std::shared_ptr<const Economics> economics) {
                if (!m_shared->isStale(JobKind::Analysis, generation))
                    Q_EMIT economicsReady(generation, std::move(economics));
            });
    connect(m_worker, &EngineWorker::stabilityDone, this,
            [this](quint64 generation, std::shared_ptr<const SegmentStability> stability) {
                if (!m_shared->isStale(JobKind::Analysis, generation))
                    Q_EMIT stabilityReady(generation, std::move(stability));
            });
    connect(m_worker, &EngineWorker::sweepDone, this, [this](std::shared_ptr<const KSweepResult> sweep) {
        if (!m_shared->isStale(JobKind::Sweep, sweep->generation))
            Q_EMIT sweepUpdated(std::move(sweep));
    });
    connect(m_worker, &EngineWorker::tableDone, this,
            [this](quint64 generation, std::shared_ptr<const Table> table) {
                if (!m_shared->isStale(JobKind::Load, generation))
                    Q_EMIT tableLoaded(generation, std::move(table));
            });
    connect(m_worker, &EngineWorker::jobFailed, this, [this](int kind, quint64 generation, const QString &message) {
        if (!m_shared->isStale(static_cast<JobKind>(kind), generation))
            Q_EMIT failed(generation, message);
    });
    connect(m_worker, &EngineWorker::progressed, this,
            [this](int kind, quint64 generation, double fraction, const QString &stage) {
                if (!m_shared->isStale(static_cast<JobKind>(kind), generation))
                    Q_EMIT progress(generation, fraction, stage);
            });
    connect(m_worker, &EngineWorker::idle, this, [this] {
        bool posted = false;
        {
            std::lock_guard lock(m_shared->mutex);
            posted = m_shared->processPosted;
        }
        // A request made after the worker went idle posted a new process() call: still busy.
        if (!posted)
            setBusy(false);
    });

    m_thread.start();
}

EngineController::~EngineController()
{
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->stopping = true;
        m_shared->shuttingDown = true;
        m_shared->analysis.reset();
        m_shared->sweep.reset();
        m_shared->load.reset();
        if (m_shared->runningToken)
            m_shared->runningToken->cancel();
    }
    m_shared->wake.notify_all();
    m_thread.quit();
    m_thread.wait();
    // The worker is deleted through QThread::finished -> deleteLater as the thread ends.
    m_worker = nullptr;
}

bool EngineController::isBusy() const
{
    return m_busy;
}

quint64 EngineController::jobsStarted() const
{
    return m_shared->jobsStarted.load();
}

quint64 EngineController::requestAnalysis(const AnalysisRequest &request)
{
    const quint64 generation = ++m_generation;
    m_lastAnalysis = std::make_shared<const AnalysisRequest>(request);
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->latest[static_cast<int>(JobKind::Analysis)] = generation;
        m_shared->analysis = AnalysisJob{generation, request};
        // A sweep belongs to the previous analysis.
        m_shared->sweep.reset();
        if (m_shared->running && m_shared->runningToken
            && (m_shared->runningKind == JobKind::Analysis || m_shared->runningKind == JobKind::Sweep))
            m_shared->runningToken->cancel();
    }
    post();
    return generation;
}

void EngineController::requestKSweep(int kFirst, int kLast)
{
    const quint64 generation = ++m_generation;
    if (!m_lastAnalysis) {
        Q_EMIT failed(generation, tr("Run an analysis before sweeping k."));
        return;
    }
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->latest[static_cast<int>(JobKind::Sweep)] = generation;
        m_shared->sweep = SweepJob{generation, *m_lastAnalysis, kFirst, kLast};
        if (m_shared->running && m_shared->runningToken && m_shared->runningKind == JobKind::Sweep)
            m_shared->runningToken->cancel();
    }
    post();
}

quint64 EngineController::requestDemo(std::size_t rows, std::uint64_t seed)
{
    LoadJob job;
    job.demo = DemoSource{rows, seed};
    return requestLoad(std::move(job));
}

quint64 EngineController::requestLoad(LoadJob job)
{
    const quint64 generation = ++m_generation;
    job.generation = generation;
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->latest[static_cast<int>(JobKind::Load)] = generation;
        m_shared->load = std::move(job);
        if (m_shared->running && m_shared->runningToken && m_shared->runningKind == JobKind::Load)
            m_shared->runningToken->cancel();
    }
    post();
    return generation;
}

void EngineController::cancel()
{
    std::lock_guard lock(m_shared->mutex);
    m_shared->cancelledUpTo = m_generation;
    m_shared->analysis.reset();
    m_shared->sweep.reset();
    m_shared->load.reset();
    if (m_shared->runningToken)
        m_shared->runningToken->cancel();
    m_shared->wake.notify_all();
}

void EngineController::setWaitForPaint(bool wait)
{
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->waitForPaint = wait;
    }
    m_shared->wake.notify_all();
}

void EngineController::resultShown(quint64 generation)
{
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->shown = std::max(m_shared->shown, generation);
    }
    m_shared->wake.notify_all();
}

void EngineController::post()
{
    setBusy(true);
    bool needCall = false;
    {
        std::lock_guard lock(m_shared->mutex);
        needCall = !m_shared->processPosted;
        m_shared->processPosted = true;
    }
    // A worker waiting for the views of a result it published stops waiting: there is new work.
    m_shared->wake.notify_all();
    // One queued call at a time: the worker drains every pending slot before it returns, so
    // a burst of requests costs one event, and only the newest request of a kind is computed.
    if (needCall)
        QMetaObject::invokeMethod(m_worker, &EngineWorker::process, Qt::QueuedConnection);
}

void EngineController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace seg
