#pragma once
// The profile of the customers chosen with a lasso or rectangle in the scatter: how many, which
// segments they belong to, their money (mean, total and share per money column), and the
// features in which they differ most from the population.

#include "app/core/analysis.h"
#include "widgets/segment_appearance.h"

#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace seg {

class SegmentSelection;

struct SelectionFeature
{
    std::string feature;         ///< fitted feature name (column, or column=level)
    double selectionMean = 0.0;  ///< original units (one-hot: share of the level)
    double populationMean = 0.0; ///< over all prepared rows, original units
    double zScore = 0.0;         ///< (selection mean − population mean) / population std, as clustered
};

/// Features of `prepared` ranked by |z| of the mean over `rows` (prepared-row indices) against
/// the mean over all prepared rows, in population standard deviations of the feature as
/// clustered (prepared.x: after log1p or clipping; z does not depend on the scaling), as the
/// heatmap measures it; means in original units; at most `top` entries.
/// Missing cells count as their fitted fill value, as in the model. Constant features are skipped.
std::vector<SelectionFeature> profileSelection(const Table &table, const PreparedData &prepared,
                                               const std::vector<int> &rows, std::size_t top = 8);

/// Money of the customers `rows` (prepared-row indices) per column of `columns` (numeric columns
/// of `table`, usually Profiles::moneyColumns): the arithmetic mean over those with a value, the
/// total, and its share of the total over all prepared rows (missing cells add nothing).
std::vector<MoneyFigures> moneyOfRows(const Table &table, const PreparedData &prepared, const std::vector<int> &rows,
                                      const std::vector<std::string> &columns);

class SelectionProfilePanel : public QWidget
{
    Q_OBJECT
public:
    explicit SelectionProfilePanel(QWidget *parent = nullptr);
    ~SelectionProfilePanel() override;

    void setResult(std::shared_ptr<const AnalysisResult> result);
    /// How segments are named and coloured, as in every other view.
    void setAppearance(const SegmentAppearance &appearance);
    const SegmentAppearance &appearance() const { return m_appearance; }
    /// The text of the money line (for tests); empty without money columns or selection.
    QString moneyText() const;
    /// Follows the selected rows of `selection` (and clears it with the Clear button).
    void setSelection(SegmentSelection *selection);

    /// The features listed now (for tests).
    const std::vector<SelectionFeature> &features() const { return m_features; }

private:
    void refresh();

    std::shared_ptr<const AnalysisResult> m_result;
    SegmentAppearance m_appearance;
    SegmentSelection *m_selection = nullptr;
    std::vector<SelectionFeature> m_features;
    QLabel *m_summary = nullptr;
    QLabel *m_segments = nullptr;
    QLabel *m_money = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace seg
