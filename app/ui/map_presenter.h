#pragma once
// What the segment map shows: the PCA map that comes with every analysis at once, replaced by
// the UMAP map of the same prepared customers once it is ready (settling on screen while it
// computes). A new k, seed or algorithm only recolours; new features, weights or scaling make
// a new prepared matrix and so a new map, cancelling the stale one.

#include "app/core/analysis.h"

#include <QObject>
#include <QString>

#include <memory>

namespace seg {

class Document;
class MapController;
class ScatterView;

class MapPresenter : public QObject
{
    Q_OBJECT

public:
    MapPresenter(Document *document, ScatterView *scatter, QObject *parent = nullptr);

    /// Shows `result`'s customers in its segments' colours: its PCA map, or the UMAP map of its
    /// prepared matrix when the settings ask for UMAP and it is ready (cached or computed now).
    void showResult(const std::shared_ptr<const AnalysisResult> &result);
    /// The map the settings ask for is shown (or failed): the UMAP map is final, or PCA is asked.
    bool isComplete() const;
    /// What the map is showing, for the status line.
    QString status() const { return m_status; }
    /// Stops a running map.
    void cancel();
    /// While a segmentation is on its way, a UMAP map that is computing pauses and its frames
    /// are not shown: the segmentation gets every core, and its paint does not queue behind a
    /// frame's. The map goes on when released; the next frame shows the layout as it then is.
    void holdFrames(bool hold);
    MapController *controller() const { return m_controller; }

Q_SIGNALS:
    void statusChanged(const QString &status);
    /// The map asked for is shown (see isComplete()).
    void completed();

private:
    void refresh();
    void show(std::shared_ptr<const Embedding> map);
    /// The map's note: what the method shows, and which points are pale.
    void updateCaption();
    void setStatus(const QString &status);

    Document *m_document;
    ScatterView *m_scatter;
    MapController *m_controller;
    std::shared_ptr<const AnalysisResult> m_result;
    std::shared_ptr<const PreparedData> m_mapped; ///< the prepared matrix the map request is for
    MapSettings m_mappedSettings;
    quint64 m_waitingFor = 0; ///< map generation awaited; 0 when none
    bool m_failed = false;
    EmbeddingMethod m_shownMethod = EmbeddingMethod::Pca; ///< of the map on screen
    bool m_framesHeld = false;
    QString m_status;
};

} // namespace seg
