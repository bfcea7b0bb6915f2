#pragma once
// The scoring batches recorded for the current run (segscope score records each one): each
// segment's share of the customers batch by batch, against its share in the run, and the largest
// drift index of a column against the threshold, so that a marketer sees when the segments
// stopped fitting the customers who arrive.

#include "engine/score/scoring_history.h"

#include <QWidget>

#include <vector>

class QChart;
class QChartView;
class QLabel;

namespace seg {

struct Project;

class ScoringHistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit ScoringHistoryView(QWidget *parent = nullptr);

    /// Shows the batches recorded for the current run of `project`; call again when it changes.
    void setProject(const Project &project);
    void clear();

    const std::vector<ScoringBatchSummary> &batches() const { return m_batches; }
    /// The sentence above the charts.
    QString summaryText() const;
    QChart *sharesChart() const { return m_shares; }
    QChart *driftChart() const { return m_drift; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void applyPalette();

    std::vector<ScoringBatchSummary> m_batches;
    std::size_t m_skipped = 0;
    qint64 m_run = 0;
    QStringList m_names;
    std::vector<int> m_keys;
    QLabel *m_summary;
    QChart *m_shares;
    QChart *m_drift;
    QChartView *m_sharesView;
    QChartView *m_driftView;
};

} // namespace seg
