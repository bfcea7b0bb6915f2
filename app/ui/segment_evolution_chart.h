#pragma once
// How the segments evolved across a project's runs: one stacked bar per run (in order), each
// segment a block of its share of the customers, coloured by its identity (its key, which a
// segment keeps when a later run continues it, see engine/pipeline/segment_matching.h). A
// colour that runs across the bars is one segment through the runs; where it stops, the segment
// was retired; a new colour is a new segment.

#include <QChartView>

#include <vector>

class QBarSet;

namespace seg {

struct Project;

class SegmentEvolutionChart : public QChartView
{
    Q_OBJECT
public:
    explicit SegmentEvolutionChart(QWidget *parent = nullptr);

    /// Shows the runs of `project`; call again when they change.
    void setProject(const Project &project);
    void clear();

    /// The runs shown, in order, and per segment key its share in each (0 where absent).
    const std::vector<qint64> &runs() const { return m_runs; }
    const std::vector<int> &keys() const { return m_keys; }
    double share(std::size_t keyIndex, std::size_t runIndex) const { return m_shares[keyIndex][runIndex]; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void applyPalette();

    std::vector<qint64> m_runs;
    std::vector<int> m_keys;
    std::vector<QString> m_names;               ///< per key: its name in the project, or empty
    std::vector<std::vector<double>> m_shares;  ///< [key][run]
};

} // namespace seg
