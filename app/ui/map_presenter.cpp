#include "app/ui/map_presenter.h"

#include "widgets/scatter_painter.h"

#include <QLocale>
#include <QStringList>

#include "app/core/document.h"
#include "app/core/map_controller.h"
#include "widgets/feature_label.h"
#include "widgets/scatter_view.h"

#include <algorithm>
#include <cmath>

namespace seg {

namespace {

QString pcaTitle(const Embedding &map, int axis)
{
    const double share = map.explainedVarianceRatio[std::size_t(axis)];
    if (std::isnan(share))
        return {};
    return MapPresenter::tr("PC %1 (%2%)").arg(axis + 1).arg(qRound(100.0 * share));
}

/// The biplot's arrows: the features that drive the two PCA axes most (the longest loadings,
/// at most kBiplotArrows, and none shorter than a quarter of the longest, which would only
/// clutter the map).
std::vector<BiplotArrow> biplotArrows(const Embedding &map, const FittedTransform &transform)
{
    constexpr std::size_t kBiplotArrows = 6;
    std::vector<std::size_t> order;
    for (std::size_t j = 0; j < map.loadings.size() && j < transform.features.size(); ++j)
        order.push_back(j);
    auto norm = [&](std::size_t j) { return std::hypot(map.loadings[j][0], map.loadings[j][1]); };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return norm(a) > norm(b); });
    std::vector<BiplotArrow> arrows;
    for (const std::size_t j : order) {
        if (arrows.size() == kBiplotArrows || norm(j) < 0.25 * norm(order.front()))
            break;
        arrows.push_back({featureDisplayName(transform.features[j].name), map.loadings[j][0], map.loadings[j][1]});
    }
    return arrows;
}

} // namespace

MapPresenter::MapPresenter(Document *document, ScatterView *scatter, QObject *parent)
    : QObject(parent), m_document(document), m_scatter(scatter), m_controller(new MapController(this))
{
    connect(m_controller, &MapController::mapFrame, this,
            [this](quint64 generation, std::shared_ptr<const Embedding> map, int epoch, int epochs) {
                if (generation != m_waitingFor || m_framesHeld)
                    return;
                show(std::move(map));
                setStatus(tr("UMAP map settling: epoch %1 of %2").arg(epoch).arg(epochs));
            });
    connect(m_controller, &MapController::mapProgress, this, [this](quint64 generation, double fraction) {
        if (generation == m_waitingFor)
            setStatus(tr("Computing the UMAP map: %1%").arg(qRound(100.0 * fraction)));
    });
    connect(m_controller, &MapController::mapReady, this,
            [this](quint64 generation, std::shared_ptr<const Embedding> map, const QString &summary) {
                if (generation != m_waitingFor)
                    return;
                m_waitingFor = 0;
                show(std::move(map));
                setStatus(summary);
                Q_EMIT completed();
            });
    connect(m_controller, &MapController::mapFailed, this, [this](quint64 generation, const QString &message) {
        if (generation != m_waitingFor)
            return;
        m_waitingFor = 0;
        m_failed = true;
        setStatus(message);
        Q_EMIT completed();
    });
    connect(m_document, &Document::mapSettingsChanged, this, &MapPresenter::refresh);
}

void MapPresenter::showResult(const std::shared_ptr<const AnalysisResult> &result)
{
    const bool newData = !m_result || m_result->prepared != result->prepared;
    m_result = result;
    if (newData)
        refresh();
    m_scatter->setLabels(result->labels, result->segmentCount());
    // A soft model's customers between segments are drawn pale.
    const std::vector<double> *memberships
        = result->segmentation && !result->segmentation->clustering.memberships.empty()
              ? &result->segmentation->clustering.memberships
              : nullptr;
    m_scatter->setCertainty(memberships ? std::shared_ptr<const std::vector<double>>(result->segmentation, memberships)
                                        : nullptr);
    updateCaption();
}

void MapPresenter::updateCaption()
{
    // The pale points' meaning first: the note is cut short on a narrow map.
    QStringList notes;
    if (m_result && m_result->segmentation && !m_result->segmentation->clustering.memberships.empty())
        notes << tr("pale: under %1% sure of their segment")
                     .arg(QLocale().toString(100.0 * ScatterPainter::kUncertainBelow, 'f', 0));
    if (m_shownMethod == EmbeddingMethod::Umap)
        notes << tr("UMAP: gaps between groups are not to scale");
    m_scatter->setCaption(notes.join(QStringLiteral(" · ")));
}

void MapPresenter::holdFrames(bool hold)
{
    m_framesHeld = hold;
    m_controller->setPaused(hold);
}

void MapPresenter::refresh()
{
    if (!m_result || !m_result->prepared || !m_result->points)
        return;
    const MapSettings &settings = m_document->mapSettings();
    if (m_mapped == m_result->prepared && m_mappedSettings == settings && (m_waitingFor != 0 || !m_failed))
        return; // this map is shown or on its way
    m_mapped = m_result->prepared;
    m_mappedSettings = settings;
    m_failed = false;
    if (settings.method == EmbeddingMethod::Pca) {
        m_controller->cancel();
        m_waitingFor = 0;
        show(m_result->points);
        setStatus(tr("PCA map: the two directions of largest variance"));
        Q_EMIT completed();
        return;
    }
    // PCA at once, so the new features show without waiting; UMAP replaces it when ready.
    if (!m_controller->cached(m_result->prepared.get(), settings)) {
        show(m_result->points);
        setStatus(tr("Computing the UMAP map; PCA is shown until it is ready"));
    }
    m_waitingFor = m_controller->requestMap(m_result->prepared, settings);
}

void MapPresenter::show(std::shared_ptr<const Embedding> map)
{
    if (!map)
        return;
    m_shownMethod = map->method;
    if (map->method == EmbeddingMethod::Umap)
        m_scatter->setAxisTitles(tr("UMAP 1"), tr("UMAP 2"));
    else
        m_scatter->setAxisTitles(pcaTitle(*map, 0), pcaTitle(*map, 1));
    updateCaption();
    m_scatter->setBiplot(map->method == EmbeddingMethod::Pca && m_result && m_result->prepared
                             ? biplotArrows(*map, m_result->prepared->transform)
                             : std::vector<BiplotArrow>());
    m_scatter->setPoints(std::move(map));
    if (m_result)
        m_scatter->setLabels(m_result->labels, m_result->segmentCount());
}

bool MapPresenter::isComplete() const
{
    return m_result && m_waitingFor == 0;
}

void MapPresenter::cancel()
{
    if (m_waitingFor == 0)
        return;
    m_controller->cancel();
    m_waitingFor = 0;
    m_failed = true; // asking again (a new result or settings) starts it over
    setStatus(tr("The UMAP map was cancelled; PCA is shown"));
    Q_EMIT completed();
}

void MapPresenter::setStatus(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged(status);
}

} // namespace seg
