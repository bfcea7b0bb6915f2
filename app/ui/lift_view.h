#pragma once
// The latest campaign analysed against the current run (segscope lift records each one): a
// sentence on what the campaign did overall, each segment's difference between treated and
// control customers with its interval (a forest plot, in the segments' colours, with zero
// marked), and the numbers in a table, for conversion or revenue per customer.

#include "engine/eval/lift_record.h"

#include <QWidget>

#include <optional>
#include <vector>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QTableWidget;

namespace seg {

struct Project;

class LiftView : public QWidget
{
    Q_OBJECT
public:
    enum class Outcome { Conversion, Revenue };

    explicit LiftView(QWidget *parent = nullptr);

    /// Shows the latest lift recorded for the current run of `project`; call again when it
    /// changes.
    void setProject(const Project &project);
    void clear();

    /// The analysis shown, if any.
    const std::optional<LiftRecord> &record() const { return m_record; }
    /// Conversion or revenue (when the campaign has both, the user chooses).
    Outcome outcome() const { return m_outcome; }
    void setOutcome(Outcome outcome);
    /// The sentence above the chart.
    QString summaryText() const;
    QChart *chart() const { return m_chart; }
    QTableWidget *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void fillChart();
    void fillTable();
    void applyPalette();

    std::optional<LiftRecord> m_record;
    std::size_t m_recordCount = 0;
    std::size_t m_skipped = 0;
    qint64 m_run = 0;
    std::vector<int> m_keys;
    Outcome m_outcome = Outcome::Conversion;
    QLabel *m_summary;
    QWidget *m_outcomeRow;
    QComboBox *m_outcomeBox;
    QChart *m_chart;
    QChartView *m_chartView;
    QTableWidget *m_table;
};

} // namespace seg
