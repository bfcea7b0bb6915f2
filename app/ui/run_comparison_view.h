#pragma once
// Two runs of a project side by side, for a dialog or a dock: the contingency table as a heatmap
// of where each segment's customers went (row shares, with counts), the adjusted Rand index, and
// what happened to each segment in plain words ("Segment 2 ‘Bargain hunters’ split into
// segments 3 and 5"). Segment names and colours follow the segments' keys, as everywhere else.

#include "engine/eval/run_comparison.h"
#include "widgets/contingency_painter.h"
#include "widgets/segment_appearance.h"

#include <QStringList>
#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QScrollArea;

namespace seg {

struct Project;
struct ProjectRun;

class RunComparisonView : public QWidget
{
    Q_OBJECT
public:
    explicit RunComparisonView(QWidget *parent = nullptr);

    /// Compares run `runA` with run `runB` of `project` (A's segments are the rows). Returns
    /// false, and shows nothing, when either run does not exist. Keeps no reference to the
    /// project.
    bool setRuns(const Project &project, qint64 runA, qint64 runB);
    void clear();

    qint64 runA() const { return m_runA; }
    qint64 runB() const { return m_runB; }
    /// The comparison shown (null when none).
    const std::shared_ptr<const RunComparison> &comparison() const { return m_comparison; }
    /// The heading: the two runs, the ARI, the customers compared and left out, reproduction.
    QString summaryText() const;
    /// One sentence per entry of comparison()->changes, in its order.
    const QStringList &changeTexts() const { return m_changeTexts; }
    /// The painter of the table (for tests and image export).
    const ContingencyPainter &tablePainter() const;

    /// "Segment 2 ‘Bargain hunters’" (the number is the key + 1, as in the default names).
    static QString segmentLabel(const SegmentAppearance &appearance, int segment);
    /// The sentence for one change; `a` and `b` name the runs' segments.
    static QString describe(const SegmentChange &change, const SegmentAppearance &a,
                            const SegmentAppearance &b, qint64 runA, qint64 runB);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshTexts();
    void fitChangeList();
    void fitTable();

    class Chart;
    qint64 m_runA = 0, m_runB = 0;
    std::shared_ptr<const RunComparison> m_comparison;
    SegmentAppearance m_appearanceA, m_appearanceB;
    QString m_summary;
    QStringList m_changeTexts;
    QLabel *m_heading;
    QLabel *m_summaryLabel;
    Chart *m_chart;
    QListWidget *m_changes;
    QScrollArea *m_scroll;
};

} // namespace seg
