#include "app/ui/sweep_presenter.h"

#include "app/core/engine_controller.h"
#include "widgets/model_selection_chart.h"

#include <algorithm>

namespace seg {

SweepPresenter::SweepPresenter(EngineController *controller, ModelSelectionChart *chart, QObject *parent)
    : QObject(parent), m_controller(controller), m_chart(chart)
{
    connect(m_controller, &EngineController::sweepUpdated, this, &SweepPresenter::onSweep);
}

int SweepPresenter::lastK() const
{
    return std::min<int>(kLast, int(m_rows) - 1);
}

void SweepPresenter::showResult(const AnalysisResult &result)
{
    if (!result.prepared)
        return;
    const Key key{result.request.table, result.request.spec, result.request.seed(),
                  withClusters(result.request.clustering, 0), result.request.outliers};
    if (m_key != key) {
        m_key = key;
        m_points.clear();
        if (m_stored && m_storedTable == key.table && m_stored->spec == key.spec
            && m_stored->clustering == key.clustering && m_stored->outliers == key.outliers)
            for (const KSweepPoint &point : m_stored->points)
                m_points[point.k] = point;
        m_chart->setPoints(points());
    }
    m_rows = result.prepared->rows.size();
    m_noK = findsClusterCount(algorithmOf(result.request.clustering));
    if (m_noK) {
        m_chart->setStatusText(tr("This algorithm finds the number of segments itself: there is no k to choose."));
        return;
    }
    requestMissing();
}

void SweepPresenter::cancelled()
{
    m_chart->setStatusText(QString());
}

bool SweepPresenter::isComplete() const
{
    if (!m_key)
        return false;
    if (m_noK)
        return true;
    for (int k = kFirst; k <= lastK(); ++k)
        if (!m_points.count(k))
            return false;
    return true;
}

void SweepPresenter::requestMissing()
{
    int first = kFirst;
    while (first <= lastK() && m_points.count(first))
        ++first;
    if (first > lastK()) {
        m_chart->setStatusText(QString());
        return;
    }
    m_chart->setStatusText(tr("Computing k = %1 …").arg(first));
    m_controller->requestKSweep(first, lastK());
}

void SweepPresenter::onSweep(std::shared_ptr<const KSweepResult> sweep)
{
    if (!sweep || !m_key || m_noK)
        return;
    for (const KSweepPoint &point : sweep->points)
        m_points[point.k] = point;
    std::vector<KSweepPoint> points;
    for (const auto &entry : m_points)
        points.push_back(entry.second);
    m_chart->setPoints(points);
    if (sweep->complete) {
        m_chart->setStatusText(QString());
    } else if (!points.empty()) {
        int next = kFirst;
        while (m_points.count(next))
            ++next;
        m_chart->setStatusText(tr("Computing k = %1 …").arg(next));
    }
    Q_EMIT updated();
}

} // namespace seg

namespace seg {

std::vector<KSweepPoint> SweepPresenter::points() const
{
    std::vector<KSweepPoint> out;
    for (const auto &[k, point] : m_points)
        out.push_back(point);
    return out;
}

} // namespace seg

namespace seg {

void SweepPresenter::setStored(std::shared_ptr<const Table> table, std::optional<ProjectKSweep> sweep)
{
    m_storedTable = std::move(table);
    m_stored = std::move(sweep);
}

std::optional<ProjectKSweep> SweepPresenter::sweepOf(const std::shared_ptr<const Table> &table) const
{
    if (!m_key || m_key->table != table || m_noK || m_points.empty())
        return std::nullopt;
    return ProjectKSweep {m_key->spec, m_key->clustering, m_key->outliers, points()};
}

} // namespace seg
