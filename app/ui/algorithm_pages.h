#pragma once
// The explorer's algorithms and the parameter page of each: the controls under the Algorithm
// box that show only the chosen algorithm's parameters. The pages only show values and report
// the user's edits; what the engine chose from the data (DBSCAN's eps, HDBSCAN's minimum
// cluster size) comes back to them as feedback after each segmentation, since only the engine
// thread has the prepared customers to compute it from.
//
// Adding an algorithm to the explorer: one entry in algorithmEntries() (its name, its tooltip
// and its page), in algorithm_pages.cpp.

#include "app/core/analysis.h"

#include <QString>
#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

namespace seg {

/// What the engine said of the segmentation on screen, for the page of its algorithm.
struct ClusteringFeedback
{
    /// The options the segmentation was made with, data-dependent defaults resolved.
    ClusteringOptions used;
    /// DBSCAN: the eps the k-distance curve suggests for its minimum samples.
    std::optional<double> suggestedEps;
    /// The customers clustered (prepared rows).
    std::size_t customers = 0;
    /// Ward: the tree joins k-means micro-clusters, not single customers.
    bool summarised = false;
};

/// One algorithm's parameters. Setters never emit `edited`.
class AlgorithmPage : public QWidget
{
    Q_OBJECT
public:
    explicit AlgorithmPage(Algorithm algorithm, QWidget *parent = nullptr);

    Algorithm algorithm() const { return m_algorithm; }
    /// Shows `options` (of this page's algorithm); `fromData` says which parameters the engine
    /// takes from the data.
    void setOptions(const ClusteringOptions &options, const DataDefaults &fromData);
    /// The options last set with the page's values in them.
    ClusteringOptions options() const { return read(m_options); }
    /// Which of this algorithm's parameters the engine takes from the data.
    virtual DataDefaults fromData() const { return {}; }
    /// What the engine used and suggested for the segmentation on screen, of this algorithm.
    virtual void setFeedback(const ClusteringFeedback &feedback) { (void)feedback; }
    /// The page's input widgets in tab order (empty when there is nothing to set).
    virtual QList<QWidget *> inputs() const = 0;

Q_SIGNALS:
    /// The user changed a parameter: options() and fromData() have the new values.
    void edited();

protected:
    /// Shows `options`; `fromData` as for setOptions. Called with signals of the inputs quiet.
    virtual void show(const ClusteringOptions &options, const DataDefaults &fromData) = 0;
    /// `base` with the page's values.
    virtual ClusteringOptions read(ClusteringOptions base) const = 0;
    /// Emits edited() unless the page is being set.
    void notifyEdited();

private:
    Algorithm m_algorithm;
    ClusteringOptions m_options;
    bool m_updating = false;
};

/// An algorithm the explorer offers.
struct AlgorithmEntry
{
    Algorithm algorithm;
    QString name;    ///< in the Algorithm box
    QString toolTip; ///< what it does, for a marketer
    std::function<AlgorithmPage *()> makePage;
};

/// The algorithms the explorer offers, in the order of seg::availableAlgorithms(). An algorithm
/// of the engine without an entry is not offered.
std::vector<AlgorithmEntry> algorithmEntries();

/// "eps 0.83, min samples 5": the parameters of `options` beyond the algorithm, k and seed,
/// as the run history and the status show them (empty for none).
QString describeParameters(const ClusteringOptions &options);

} // namespace seg
