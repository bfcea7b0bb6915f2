#pragma once
// The analysis controls: feature groups and features as a checkable tree (a weight per group,
// a transform per column: none, log(1 + x) or clipped extremes, changed by double-clicking it),
// the algorithm with the parameter page of the chosen one (algorithm_pages.h), k (spin box and
// slider, linked; off for the algorithms that find the number of segments themselves), the
// seed, the scaling and the outlier rule. The panel only
// reports user edits (the *Edited signals); setters called by the window never emit them, so
// the document can be the single source of truth without feedback loops.

#include "app/ui/algorithm_pages.h"
#include "engine/prep/feature_spec.h"

#include <map>

#include <QString>
#include <QWidget>

#include <cstdint>

class QComboBox;
class QDoubleSpinBox;
class QPushButton;
class QSlider;
class QLabel;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace seg {

class ControlsPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMinK = 2;
    static constexpr int kMaxK = 30;
    /// Columns of the feature tree. The second holds a group's weight and a column's transform
    /// (a column has no weight of its own to show), which keeps the names readable in the dock.
    enum TreeColumn { NameColumn, WeightColumn, TransformColumn = WeightColumn };

    explicit ControlsPanel(QWidget *parent = nullptr);
    ~ControlsPanel() override;

    /// Every feature the table offers, grouped (e.g. seg::suggestFeatureSpec): the rows of the tree.
    void setAvailableFeatures(const FeatureSpec &available);
    /// Checks exactly the features of `spec` (columns it names that the tree lacks are added),
    /// takes its group weights and scaling. Does not emit specEdited.
    void setSpec(const FeatureSpec &spec);
    /// The spec the controls describe: checked columns only (with the transforms of the available
    /// spec), groups without a checked column left out.
    FeatureSpec spec() const;

    void setK(int k);
    int k() const;
    void setSeed(std::uint64_t seed);
    std::uint64_t seed() const;
    /// Identifier of the chosen algorithm ("kmeans", "gmm"; seg::algorithmName). Does not emit.
    void setAlgorithm(const QString &algorithm);
    QString algorithm() const;
    /// Shows `options` on the page of their algorithm; `fromData` says which parameters the
    /// engine takes from the data. Does not emit.
    void setParameters(const ClusteringOptions &options, const DataDefaults &fromData);
    /// What the engine used and suggested for the segmentation on screen (to the page of its
    /// algorithm).
    void setFeedback(const ClusteringFeedback &feedback);
    /// The parameter page of `algorithm` (null for one not offered).
    AlgorithmPage *parameterPage(Algorithm algorithm) const;
    /// The robust z beyond which customers are set aside (0: none are). Does not emit.
    void setOutlierThreshold(double robustZ);
    double outlierThreshold() const;
    /// The transform shown for a feature column (the tree's transform column).
    static QString transformName(Transform transform);
    /// Its short form, as the tree's transform column shows it ("log", "clip", "none").
    static QString transformShortName(Transform transform);

    QComboBox *algorithmComboBox() const { return m_algorithmCombo; }
    /// Holds every algorithm's page; only the chosen algorithm's is shown.
    QWidget *parameterArea() const { return m_parameterArea; }
    /// Says why k is off (an algorithm that finds the number of segments); hidden otherwise.
    QLabel *kNote() const { return m_kNote; }
    QSpinBox *kSpinBox() const { return m_kSpin; }
    QSlider *kSlider() const { return m_kSlider; }
    QSpinBox *seedSpinBox() const { return m_seedSpin; }
    QComboBox *scalingComboBox() const { return m_scalingCombo; }
    QDoubleSpinBox *outlierSpinBox() const { return m_outlierSpin; }
    QTreeWidget *featureTree() const { return m_tree; }

Q_SIGNALS:
    void kEdited(int k);
    void seedEdited(std::uint64_t seed);
    /// Features, group weights or scaling changed by the user.
    void specEdited(const seg::FeatureSpec &spec);
    void algorithmEdited(const QString &algorithm);
    /// The user changed a parameter of the algorithm of `options` (their k and seed are the
    /// panel's); `fromData` says which parameters the engine takes from the data.
    void parametersEdited(const seg::ClusteringOptions &options, const seg::DataDefaults &fromData);
    /// The user changed the outlier threshold (0: keep every customer).
    void outlierThresholdEdited(double robustZ);
    void reclusterRequested();

private:
    QTreeWidgetItem *groupItem(const QString &name) const;
    QTreeWidgetItem *addGroup(const FeatureGroup &group);
    /// A checked column item without a parent.
    static QTreeWidgetItem *makeColumn(const FeatureColumn &column);
    /// The transform column's text and the tooltips of a column item.
    static void showTransform(QTreeWidgetItem *item, Transform transform);
    void emitSpec();
    void onItemChanged(QTreeWidgetItem *item, int column);
    /// Shows the chosen algorithm's page (only its height counts) and turns k and the seed off
    /// for an algorithm that takes neither.
    void showAlgorithm();
    /// The tab order through the pages' inputs, which change with the algorithm.
    void updateTabOrder();

    FeatureSpec m_available;
    bool m_updating = false;
    QTreeWidget *m_tree = nullptr;
    QComboBox *m_algorithmCombo = nullptr;
    QWidget *m_parameterArea = nullptr;
    AlgorithmPage *m_currentPage = nullptr;
    std::map<Algorithm, AlgorithmPage *> m_pages;
    QLabel *m_kNote = nullptr;
    QSpinBox *m_kSpin = nullptr;
    QSlider *m_kSlider = nullptr;
    QSpinBox *m_seedSpin = nullptr;
    QComboBox *m_scalingCombo = nullptr;
    QDoubleSpinBox *m_outlierSpin = nullptr;
    QPushButton *m_reclusterButton = nullptr;
};

} // namespace seg
