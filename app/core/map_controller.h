#pragma once
// The segment map's own computation: UMAP runs on a background thread of its own, at the
// lowest priority, so that reclustering on the engine thread never waits for it. The PCA map comes
// with every analysis (the engine worker makes it with the prepared matrix); this controller
// makes the UMAP map of a prepared matrix, shows it settling through intermediate layouts, and
// keeps the last few maps so that going back to earlier features shows their map at once.

#include "app/core/analysis.h"

#include <QObject>
#include <QString>

#include <memory>

namespace seg {

class MapController : public QObject
{
    Q_OBJECT

public:
    explicit MapController(QObject *parent = nullptr);
    /// Cancels the running map and waits for its thread.
    ~MapController() override;

    /// Makes the UMAP map of `prepared` with `settings`, superseding (and cancelling) earlier
    /// requests; returns its generation. A cached map is delivered at once (still through
    /// mapReady, queued). Bad settings for this data (neighbours >= rows, ...) come back as
    /// mapFailed with the parameter's name.
    quint64 requestMap(std::shared_ptr<const PreparedData> prepared, const MapSettings &settings);
    /// Stops the running map, if any; its results are dropped.
    void cancel();
    /// Background (the default, for an interactive window): the map's thread runs at the lowest
    /// priority so that reclustering never waits for it. Off for a headless run, which has
    /// nothing else to keep responsive.
    void setBackground(bool background);
    /// Pauses the running map between two steps (an epoch, a chunk of neighbour search) until
    /// resumed, so that a segmentation the user waits for gets every core; cancelling or a new
    /// request ends the pause of the job they replace.
    void setPaused(bool paused);
    /// A map is being computed.
    bool isBusy() const { return m_busy; }
    quint64 latestGeneration() const { return m_generation; }
    /// The cached map of `prepared` with `settings`, or null.
    std::shared_ptr<const Embedding> cached(const PreparedData *prepared, const MapSettings &settings) const;

Q_SIGNALS:
    /// An intermediate layout while UMAP settles (every row placed), at most ~8 per second.
    void mapFrame(quint64 generation, std::shared_ptr<const seg::Embedding> map, int epoch, int epochs);
    /// The finished map; `summary` says how it was made (translated, for the status line).
    void mapReady(quint64 generation, std::shared_ptr<const seg::Embedding> map, const QString &summary);
    /// The map could not be made (translated message naming the parameter or the data).
    void mapFailed(quint64 generation, const QString &message);
    /// fraction in 0..1 of the running map.
    void mapProgress(quint64 generation, double fraction);
    void busyChanged(bool busy);

private:
    struct Worker;
    struct Job
    {
        quint64 generation = 0;
        std::shared_ptr<const PreparedData> prepared;
        MapSettings settings;
    };
    Worker &worker();
    void deliver(quint64 generation, std::shared_ptr<const PreparedData> prepared, const MapSettings &settings,
                 std::shared_ptr<const Embedding> map, const QString &summary);
    void setBusy(bool busy);

    std::unique_ptr<Worker> m_worker; ///< started with the first map
    bool m_background = true;
    bool m_paused = false;
    Job m_lastJob; ///< the map being computed, to restart it on a priority change
    quint64 m_generation = 0;
    bool m_busy = false;
    struct CacheEntry
    {
        std::weak_ptr<const PreparedData> prepared;
        MapSettings settings;
        std::shared_ptr<const Embedding> map;
    };
    std::vector<CacheEntry> m_cache; ///< most recent last
};

} // namespace seg
