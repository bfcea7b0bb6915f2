#include "app/core/map_controller.h"

#include "engine/core/error.h"
#include "engine/core/progress.h"

#include <QElapsedTimer>
#include <QMetaObject>

#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

#ifdef __linux__
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace seg {

namespace {

constexpr std::size_t kCachedMaps = 4;
constexpr qint64 kFrameIntervalMs = 120;

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

QString summaryOf(const UmapReport &report)
{
    // Short: it shares a line with the map's title.
    QString text = MapController::tr("UMAP of %Ln customers, %1 s", nullptr,
                                     static_cast<int>(report.fitRows + report.placedRows))
                       .arg(report.totalMs / 1000.0, 0, 'f', 1);
    if (report.init != UmapInit::Spectral)
        text += MapController::tr(", PCA start (%1)").arg(fromStd(report.initNote));
    if (report.placedRows > 0)
        text += MapController::tr(", fitted on %Ln", nullptr, static_cast<int>(report.fitRows));
    return text;
}

} // namespace

// One thread that makes one map at a time; a new job replaces the pending one and cancels
// the running one. Results go back to the controller through queued calls.
struct MapController::Worker
{
    using Job = MapController::Job;

    Worker(MapController *owner, bool background)
        : controller(owner), background(background), thread([this] { run(); })
    {
    }

    ~Worker()
    {
        {
            std::lock_guard lock(mutex);
            stopping = true;
            pending.reset();
            if (runningToken)
                runningToken->cancel();
        }
        wake.notify_all();
        thread.join();
    }

    void post(Job job)
    {
        {
            std::lock_guard lock(mutex);
            pending = std::move(job);
            if (runningToken)
                runningToken->cancel();
        }
        wake.notify_all();
    }

    void setPaused(bool pause)
    {
        {
            std::lock_guard lock(mutex);
            paused = pause;
        }
        wake.notify_all();
    }

    // Blocks while paused, between epochs or chunks of the map's work (never inside a parallel
    // region), until resumed, cancelled or stopped.
    void waitWhilePaused(const CancelToken &token)
    {
        std::unique_lock lock(mutex);
        wake.wait(lock, [&] { return !paused || stopping || token.isCancelled(); });
    }

    void cancel()
    {
        std::lock_guard lock(mutex);
        pending.reset();
        if (runningToken)
            runningToken->cancel();
    }

    void run()
    {
#ifdef __linux__
        // The lowest priority (nice 19): reclustering and drawing take the CPU first, so a k
        // change stays fast while the map computes, yet the map still gets a share when other
        // programs keep the machine busy (SCHED_IDLE would starve it). On Linux the nice value
        // is per thread, and the threads this one starts (its OpenMP team) inherit it.
        if (background)
            setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 19);
#endif
        for (;;) {
            Job job;
            auto token = std::make_shared<CancelToken>();
            {
                std::unique_lock lock(mutex);
                wake.wait(lock, [&] { return stopping || pending.has_value(); });
                if (stopping)
                    return;
                job = std::move(*pending);
                pending.reset();
                runningToken = token;
            }
            compute(job, *token);
            std::lock_guard lock(mutex);
            runningToken.reset();
        }
    }

    void compute(const Job &job, const CancelToken &token)
    {
        const quint64 generation = job.generation;
        QElapsedTimer sinceReport;
        sinceReport.start();
        const Progress progress(&token, [&](double fraction, std::string_view) {
            waitWhilePaused(token);
            if (sinceReport.elapsed() < kFrameIntervalMs)
                return;
            sinceReport.restart();
            QMetaObject::invokeMethod(controller, [c = controller, generation, fraction] {
                if (generation == c->m_generation)
                    Q_EMIT c->mapProgress(generation, fraction);
            }, Qt::QueuedConnection);
        });
        const std::size_t n = job.prepared->rows.size();
        QElapsedTimer sinceFrame;
        sinceFrame.start();
        // Frames show the layout settling; with a fit sample they cover only the sample, and
        // the map waits for every customer to be placed.
        const UmapFrameCallback frame = [&](const UmapFrame &f) {
            waitWhilePaused(token);
            if (f.rows.size() != n || f.epoch == f.epochs || sinceFrame.elapsed() < kFrameIntervalMs)
                return;
            sinceFrame.restart();
            auto map = std::make_shared<Embedding>();
            map->method = EmbeddingMethod::Umap;
            map->x.resize(n);
            map->y.resize(n);
            for (std::size_t i = 0; i < n; ++i) {
                map->x[i] = f.layout[2 * i];
                map->y[i] = f.layout[2 * i + 1];
            }
            QMetaObject::invokeMethod(controller, [c = controller, generation, map, epoch = f.epoch, epochs = f.epochs] {
                if (generation == c->m_generation)
                    Q_EMIT c->mapFrame(generation, map, epoch, epochs);
            }, Qt::QueuedConnection);
        };
        try {
            UmapResult result = umap(job.prepared->x, job.settings.umap, progress, frame);
            auto map = std::make_shared<const Embedding>(std::move(result.embedding));
            const QString summary = summaryOf(result.report);
            QMetaObject::invokeMethod(controller, [c = controller, job, map, summary] {
                c->deliver(job.generation, job.prepared, job.settings, map, summary);
            }, Qt::QueuedConnection);
        } catch (const Cancelled &) {
            // Superseded: the newer job reports.
        } catch (const std::exception &e) {
            const QString message = MapController::tr("The UMAP map could not be made: %1").arg(fromStd(e.what()));
            QMetaObject::invokeMethod(controller, [c = controller, generation, message] {
                if (generation != c->m_generation)
                    return;
                c->setBusy(false);
                Q_EMIT c->mapFailed(generation, message);
            }, Qt::QueuedConnection);
        }
    }

    MapController *controller;
    std::mutex mutex;
    std::condition_variable wake;
    std::optional<Job> pending;
    std::shared_ptr<CancelToken> runningToken;
    bool stopping = false;
    bool paused = false;
    const bool background;
    std::thread thread; // last: starts once the members above exist
};

MapController::MapController(QObject *parent)
    : QObject(parent)
{
}

MapController::Worker &MapController::worker()
{
    if (!m_worker) {
        m_worker = std::make_unique<Worker>(this, m_background);
        m_worker->setPaused(m_paused);
    }
    return *m_worker;
}

void MapController::setBackground(bool background)
{
    if (background == m_background)
        return;
    m_background = background;
    // A thread cannot raise its own priority again without privileges: the next map starts a
    // new thread. The running map, if any, is cancelled and requested again.
    if (m_worker) {
        const bool wasBusy = m_busy;
        m_worker.reset();
        if (wasBusy && m_lastJob.prepared)
            worker().post(m_lastJob);
    }
}

MapController::~MapController()
{
    m_worker.reset(); // cancels and joins before the members it calls back into go
}

quint64 MapController::requestMap(std::shared_ptr<const PreparedData> prepared, const MapSettings &settings)
{
    const quint64 generation = ++m_generation;
    if (auto map = cached(prepared.get(), settings)) {
        if (m_worker)
            m_worker->cancel();
        setBusy(false);
        QMetaObject::invokeMethod(this, [this, generation, prepared, settings, map] {
            deliver(generation, prepared, settings, map, tr("UMAP map from the cache"));
        }, Qt::QueuedConnection);
        return generation;
    }
    setBusy(true);
    m_lastJob = {generation, std::move(prepared), settings};
    worker().post(m_lastJob);
    return generation;
}

void MapController::setPaused(bool paused)
{
    m_paused = paused;
    if (m_worker)
        m_worker->setPaused(paused);
}

void MapController::cancel()
{
    ++m_generation; // whatever is on its way is now stale
    if (m_worker)
        m_worker->cancel();
    setBusy(false);
}

std::shared_ptr<const Embedding> MapController::cached(const PreparedData *prepared, const MapSettings &settings) const
{
    for (const CacheEntry &entry : m_cache)
        if (entry.prepared.lock().get() == prepared && prepared && entry.settings == settings)
            return entry.map;
    return nullptr;
}

void MapController::deliver(quint64 generation, std::shared_ptr<const PreparedData> prepared,
                            const MapSettings &settings, std::shared_ptr<const Embedding> map, const QString &summary)
{
    // Kept even when stale: the user may come back to these features.
    if (!cached(prepared.get(), settings)) {
        std::erase_if(m_cache, [](const CacheEntry &e) { return e.prepared.expired(); });
        if (m_cache.size() >= kCachedMaps)
            m_cache.erase(m_cache.begin());
        m_cache.push_back({prepared, settings, map});
    }
    if (generation != m_generation)
        return;
    setBusy(false);
    Q_EMIT mapReady(generation, std::move(map), summary);
}

void MapController::setBusy(bool busy)
{
    if (!busy)
        m_lastJob = {};
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace seg
