#pragma once
// Feeds the "Choosing k" chart: asks the engine for inertia and silhouette at k = 2…12 after
// each analysis and shows the points as they arrive. The sweep depends on the data, the
// features and the seed, not on k: its points are kept across k changes, and after a
// cancellation only the missing k are computed.

#include "app/core/analysis.h"
#include "engine/project/project.h"

#include <QObject>

#include <map>
#include <memory>
#include <optional>

namespace seg {

class EngineController;
class ModelSelectionChart;

class SweepPresenter : public QObject
{
    Q_OBJECT
public:
    static constexpr int kFirst = 2;
    static constexpr int kLast = 12;

    SweepPresenter(EngineController *controller, ModelSelectionChart *chart, QObject *parent = nullptr);

    /// A new analysis is shown: start over when its data, features, seed or algorithm and
    /// parameters differ from the sweep's, then ask for the k not computed yet. An algorithm that
    /// finds the number of segments itself has no sweep: the chart says so.
    void showResult(const AnalysisResult &result);
    /// The running sweep was cancelled (with the analysis): stop saying it computes.
    void cancelled();
    /// Every k of 2…12 that the shown data allows (k < rows) has its point.
    bool isComplete() const;
    /// The points so far, by k.
    std::vector<KSweepPoint> points() const;
    /// A sweep stored with the project of `table`: a result of that table with the sweep's
    /// features, algorithm and outlier rule shows its points at once instead of computing them.
    void setStored(std::shared_ptr<const Table> table, std::optional<ProjectKSweep> sweep);
    /// The sweep shown, to store with the project of `table`; nothing when it is of other data
    /// or has no point yet.
    std::optional<ProjectKSweep> sweepOf(const std::shared_ptr<const Table> &table) const;

Q_SIGNALS:
    /// New points arrived.
    void updated();

private:
    void onSweep(std::shared_ptr<const KSweepResult> sweep);
    void requestMissing();
    int lastK() const;

    struct Key
    {
        std::shared_ptr<const Table> table;
        FeatureSpec spec;
        std::uint64_t seed = 0;
        /// The algorithm and its parameters, at no particular k: the sweep fits each k with them.
        ClusteringOptions clustering;
        OutlierOptions outliers; ///< the sweep leaves out the customers the analysis sets aside
        bool operator==(const Key &) const = default;
    };

    EngineController *m_controller;
    ModelSelectionChart *m_chart;
    std::optional<Key> m_key;
    std::size_t m_rows = 0;
    /// The algorithm shown finds the number of segments itself: there is no k to sweep.
    bool m_noK = false;
    std::map<int, KSweepPoint> m_points;
    std::shared_ptr<const Table> m_storedTable;
    std::optional<ProjectKSweep> m_stored;
};

} // namespace seg
