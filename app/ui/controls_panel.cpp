#include "app/ui/controls_panel.h"

#include "widgets/feature_label.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>
#include <utility>
#include <vector>

namespace seg {

namespace {

constexpr int kTransformRole = Qt::UserRole + 1;
constexpr int kColumnWeightRole = Qt::UserRole + 2;
constexpr int kIsGroupRole = Qt::UserRole + 3;

QString transformText(Transform transform)
{
    switch (transform) {
    case Transform::Log1p: return ControlsPanel::tr("log(1 + x) before scaling");
    case Transform::Winsorize: return ControlsPanel::tr("extremes clipped before scaling");
    case Transform::None: break;
    }
    return {};
}

constexpr Transform kTransforms[] = {Transform::None, Transform::Log1p, Transform::Winsorize};

/// The transform column's editor: a combo box of the three transforms, committed as soon as one
/// is picked. The chosen transform is stored on the name column (kTransformRole), where spec()
/// reads it; the other columns are not edited in place (the group weight has its own spin box).
class TransformDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const override
    {
        if (index.column() != ControlsPanel::TransformColumn || !index.parent().isValid())
            return nullptr;
        auto *combo = new QComboBox(parent);
        for (Transform t : kTransforms)
            combo->addItem(ControlsPanel::transformName(t), int(t));
        combo->setToolTip(ControlsPanel::tr("How the column's values are changed before scaling"));
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto *self = const_cast<TransformDelegate *>(this);
            Q_EMIT self->commitData(combo);
            Q_EMIT self->closeEditor(combo);
        });
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = qobject_cast<QComboBox *>(editor);
        const int transform = index.siblingAtColumn(ControlsPanel::NameColumn).data(kTransformRole).toInt();
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(std::max(0, combo->findData(transform)));
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        const auto *combo = qobject_cast<QComboBox *>(editor);
        if (!combo) // a group's weight box sits in the same column; it commits itself
            return;
        const auto transform = Transform(combo->currentData().toInt());
        model->setData(index, ControlsPanel::transformShortName(transform), Qt::DisplayRole);
        // Last: the name column's change is what makes the panel report the new spec.
        model->setData(index.siblingAtColumn(ControlsPanel::NameColumn), int(transform), kTransformRole);
    }
};

QDoubleSpinBox *weightBox(QTreeWidget *tree, QTreeWidgetItem *item)
{
    return qobject_cast<QDoubleSpinBox *>(tree->itemWidget(item, 1));
}

/// Group items show the state of their columns (all, some or none checked). Not through
/// Qt::ItemIsAutoTristate: Qt then changes a group's columns one by one, and the view finds
/// each changed row's rectangle by walking the rows above it (rows differ in height), which is
/// quadratic: a click on a group of 20,000 columns took a minute. The panel keeps the group
/// states itself and changes a group's columns in bulk (see onItemChanged()).
Qt::CheckState columnsState(const QTreeWidgetItem *group)
{
    int checked = 0;
    for (int j = 0; j < group->childCount(); ++j)
        checked += group->child(j)->checkState(0) == Qt::Checked ? 1 : 0;
    if (checked == 0)
        return Qt::Unchecked;
    return checked == group->childCount() ? Qt::Checked : Qt::PartiallyChecked;
}

} // namespace

ControlsPanel::ControlsPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);

    auto *featuresBox = new QGroupBox(tr("Features"), this);
    auto *featuresLayout = new QVBoxLayout(featuresBox);
    m_tree = new QTreeWidget(featuresBox);
    //: The second column: a group's weight, a column's transform (two lines).
    m_tree->setHeaderLabels({tr("Group / column"), tr("Weight /\ntransform")});
    m_tree->setToolTip(tr("Check the columns to segment on. A group's weight multiplies its features' share "
                          "of the distance between customers. Double-click a column's transform to change it."));
    m_tree->headerItem()->setToolTip(TransformColumn,
                                     tr("A group's weight multiplies its features' share of the distance. A "
                                        "column's transform is applied before scaling. log(1 + x) evens out skewed amounts such as "
                                        "spend, so a few big customers do not dominate; \"clip 1–99%\" caps values "
                                        "at the 1st and 99th percentiles. Double-click to change."));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(WeightColumn, QHeaderView::ResizeToContents);
    m_tree->setItemDelegate(new TransformDelegate(m_tree));
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                            | QAbstractItemView::EditKeyPressed);
    m_tree->setUniformRowHeights(false);
    // Long column names keep their start and end ("days since…last order"); the tooltip has the whole name.
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_tree->setIndentation(14);
    m_tree->setAccessibleName(tr("Features"));
    featuresLayout->addWidget(m_tree);
    layout->addWidget(featuresBox, 1);

    auto *modelBox = new QGroupBox(tr("Segmentation"), this);
    auto *form = new QFormLayout(modelBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_algorithmCombo = new QComboBox(modelBox);
    m_algorithmCombo->setAccessibleName(tr("Algorithm"));
    // Every page in one column, only the chosen one shown: a hidden page takes no room, where a
    // stacked widget would be as tall as its tallest page.
    m_parameterArea = new QWidget(modelBox);
    m_parameterArea->setAccessibleName(tr("Algorithm parameters"));
    auto *pagesLayout = new QVBoxLayout(m_parameterArea);
    pagesLayout->setContentsMargins(0, 0, 0, 0);
    // One item and one page per algorithm offered (algorithm_pages.cpp).
    for (const AlgorithmEntry &entry : algorithmEntries()) {
        const std::string_view id = algorithmName(entry.algorithm);
        m_algorithmCombo->addItem(entry.name, QString::fromLatin1(id.data(), qsizetype(id.size())));
        m_algorithmCombo->setItemData(m_algorithmCombo->count() - 1, entry.toolTip, Qt::ToolTipRole);
        AlgorithmPage *page = entry.makePage();
        page->setParent(m_parameterArea);
        page->setVisible(false);
        pagesLayout->addWidget(page);
        m_pages[entry.algorithm] = page;
        connect(page, &AlgorithmPage::edited, this, [this, page] {
            if (!m_updating)
                Q_EMIT parametersEdited(page->options(), page->fromData());
        });
    }
    m_algorithmCombo->setToolTip(tr("The clustering algorithm. k-means finds k compact, similarly sized segments; a "
                                    "Gaussian mixture allows segments of different spread; Ward builds a tree of "
                                    "segments; DBSCAN and HDBSCAN find the number of segments themselves and leave "
                                    "customers in sparse regions as noise. Its parameters are below."));
    form->addRow(tr("&Algorithm:"), m_algorithmCombo);
    form->addRow(m_parameterArea);

    auto *kRow = new QWidget(modelBox);
    auto *kLayout = new QHBoxLayout(kRow);
    kLayout->setContentsMargins(0, 0, 0, 0);
    m_kSlider = new QSlider(Qt::Horizontal, kRow);
    m_kSlider->setRange(kMinK, kMaxK);
    m_kSlider->setPageStep(1);
    m_kSlider->setToolTip(tr("Number of segments"));
    m_kSpin = new QSpinBox(kRow);
    m_kSpin->setRange(kMinK, kMaxK);
    m_kSpin->setToolTip(tr("Number of segments (%1–%2)").arg(kMinK).arg(kMaxK));
    m_kSpin->setAccelerated(true);
    kLayout->addWidget(m_kSlider, 1);
    kLayout->addWidget(m_kSpin);
    m_kSlider->setAccessibleName(tr("Number of segments"));
    m_kSpin->setAccessibleName(tr("Number of segments"));
    auto *kLabel = new QLabel(tr("Segments (&k):"), modelBox);
    kLabel->setBuddy(m_kSpin);
    form->addRow(kLabel, kRow);
    m_kNote = new QLabel(modelBox);
    m_kNote->setWordWrap(true);
    m_kNote->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_kNote->setForegroundRole(QPalette::PlaceholderText);
    m_kNote->setVisible(false);
    form->addRow(m_kNote);

    m_seedSpin = new QSpinBox(modelBox);
    m_seedSpin->setAccessibleName(tr("Seed"));
    m_seedSpin->setRange(0, std::numeric_limits<int>::max());
    m_seedSpin->setToolTip(tr("Random seed: the same seed and settings always give the same segments. "
                              "Try another to check that the segments are stable."));
    form->addRow(tr("See&d:"), m_seedSpin);

    m_scalingCombo = new QComboBox(modelBox);
    m_scalingCombo->addItem(tr("Z-score"), int(Scaling::ZScore));
    m_scalingCombo->setItemData(0, tr("Mean 0, standard deviation 1. A few extreme customers inflate the "
                                      "standard deviation and squeeze everyone else together."), Qt::ToolTipRole);
    m_scalingCombo->addItem(tr("Robust (median, IQR)"), int(Scaling::Robust));
    m_scalingCombo->setItemData(1, tr("Median 0, interquartile range 1: the middle half of the customers sets the "
                                      "scale, so extreme customers do not. They stay extreme, though: set them "
                                      "aside with Outliers."), Qt::ToolTipRole);
    m_scalingCombo->addItem(tr("Min–max (0 to 1)"), int(Scaling::MinMax));
    m_scalingCombo->setItemData(2, tr("Smallest value 0, largest 1: one extreme customer compresses everyone "
                                      "else into a corner."), Qt::ToolTipRole);
    m_scalingCombo->addItem(tr("None"), int(Scaling::None));
    m_scalingCombo->setItemData(3, tr("Raw units: the feature with the largest numbers decides the distances."),
                                Qt::ToolTipRole);
    m_scalingCombo->setToolTip(tr("How features are put on a common scale before distances are measured. "
                                  "Z-score: mean and standard deviation. Robust: median and interquartile range, "
                                  "not pulled by extreme customers. Min–max: 0 to 1. None: raw units."));
    form->addRow(tr("S&caling:"), m_scalingCombo);
    // Named by its label, not by its current item (what a combo box says otherwise).
    m_scalingCombo->setAccessibleName(tr("S&caling:").remove(QLatin1Char('&')).remove(QLatin1Char(':')).trimmed());

    m_outlierSpin = new QDoubleSpinBox(modelBox);
    m_outlierSpin->setRange(0.0, 100.0);
    m_outlierSpin->setDecimals(1);
    m_outlierSpin->setSingleStep(0.5);
    m_outlierSpin->setSpecialValueText(tr("Keep all"));
    //: Prefix of the outlier threshold: customers beyond this robust z-score are set aside.
    m_outlierSpin->setPrefix(tr("beyond z "));
    m_outlierSpin->setToolTip(tr("Set aside customers whose value on any feature lies further than this many "
                                 "robust standard deviations (1.4826 × the median absolute deviation) from the "
                                 "median. They are not clustered, appear grey on the map, are counted in the "
                                 "status bar and exported as segment −1. Keep all: no customer is set aside; "
                                 "5 to 10 sets aside only the truly extreme."));
    form->addRow(tr("&Outliers:"), m_outlierSpin);
    m_outlierSpin->setAccessibleName(tr("&Outliers:").remove(QLatin1Char('&')).remove(QLatin1Char(':')).trimmed());
    // The dock is narrow: let the combo boxes shrink below their longest entry.
    for (QComboBox *combo : {m_algorithmCombo, m_scalingCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    layout->addWidget(modelBox);
    // The pages' forms sit inside the box's form: one label width for all makes their fields
    // line up with the box's own.
    QList<QLabel *> labels;
    auto collectLabels = [&labels](QFormLayout *f) {
        for (int row = 0; f && row < f->rowCount(); ++row)
            if (QLayoutItem *item = f->itemAt(row, QFormLayout::LabelRole))
                if (auto *label = qobject_cast<QLabel *>(item->widget()))
                    labels << label;
    };
    collectLabels(form);
    for (const auto &[algorithm, page] : m_pages)
        collectLabels(qobject_cast<QFormLayout *>(page->layout()));
    int labelWidth = 0;
    for (QLabel *label : labels)
        labelWidth = std::max(labelWidth, label->sizeHint().width());
    for (QLabel *label : labels)
        label->setMinimumWidth(labelWidth);

    m_reclusterButton = new QPushButton(tr("Recluster no&w"), this);
    m_reclusterButton->setToolTip(tr("Run the segmentation again with the current settings (F5). Changes "
                                     "are applied automatically as well."));
    layout->addWidget(m_reclusterButton);

    updateTabOrder();

    connect(m_kSlider, &QSlider::valueChanged, this, [this](int k) {
        const QSignalBlocker blocker(m_kSpin);
        m_kSpin->setValue(k);
        if (!m_updating)
            Q_EMIT kEdited(k);
    });
    connect(m_kSpin, &QSpinBox::valueChanged, this, [this](int k) {
        const QSignalBlocker blocker(m_kSlider);
        m_kSlider->setValue(k);
        if (!m_updating)
            Q_EMIT kEdited(k);
    });
    connect(m_seedSpin, &QSpinBox::valueChanged, this, [this](int seed) {
        if (!m_updating)
            Q_EMIT seedEdited(std::uint64_t(seed));
    });
    connect(m_scalingCombo, &QComboBox::currentIndexChanged, this, [this] { emitSpec(); });
    connect(m_outlierSpin, &QDoubleSpinBox::valueChanged, this, [this](double robustZ) {
        if (!m_updating)
            Q_EMIT outlierThresholdEdited(robustZ);
    });
    connect(m_algorithmCombo, &QComboBox::currentIndexChanged, this, [this] {
        showAlgorithm();
        if (!m_updating)
            Q_EMIT algorithmEdited(algorithm());
    });
    connect(m_tree, &QTreeWidget::itemChanged, this, &ControlsPanel::onItemChanged);
    connect(m_reclusterButton, &QPushButton::clicked, this, &ControlsPanel::reclusterRequested);

    m_updating = true;
    m_kSpin->setValue(6);
    m_updating = false;
    showAlgorithm();
}

void ControlsPanel::updateTabOrder()
{
    // The features and the groups' weights (in the tree, top to bottom), the algorithm, its
    // parameters (those of the page shown), k, the seed, ...
    QList<QWidget *> chain {m_tree};
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (QDoubleSpinBox *weight = weightBox(m_tree, m_tree->topLevelItem(i)))
            chain << weight;
    chain << m_algorithmCombo;
    if (m_currentPage)
        chain += m_currentPage->inputs();
    chain += {m_kSlider, m_kSpin, m_seedSpin, m_scalingCombo, m_outlierSpin, m_reclusterButton};
    for (qsizetype i = 0; i + 1 < chain.size(); ++i)
        setTabOrder(chain[i], chain[i + 1]);
}

void ControlsPanel::showAlgorithm()
{
    Algorithm chosen = Algorithm::KMeans;
    try {
        chosen = parseAlgorithm(algorithm().toStdString());
    } catch (const std::exception &) {
        return;
    }
    if (AlgorithmPage *page = parameterPage(chosen)) {
        for (const auto &[algorithm, other] : m_pages)
            if (other != page)
                other->setVisible(false);
        page->setVisible(true);
        m_currentPage = page;
    }
    const bool findsK = findsClusterCount(chosen);
    m_kSlider->setEnabled(!findsK);
    m_kSpin->setEnabled(!findsK);
    m_seedSpin->setEnabled(!findsK);
    m_kNote->setVisible(findsK);
    if (findsK) {
        const QString name = m_algorithmCombo->currentText();
        m_kNote->setText(tr("This algorithm finds the number of segments itself: k and the seed do not apply."));
        m_kSlider->setToolTip(tr("%1 finds the number of segments itself").arg(name));
    } else {
        m_kSlider->setToolTip(tr("Number of segments"));
    }
    updateTabOrder();
}

ControlsPanel::~ControlsPanel() = default;

void ControlsPanel::emitSpec()
{
    if (!m_updating)
        Q_EMIT specEdited(spec());
}

void ControlsPanel::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (column != 0 || m_updating)
        return;
    m_updating = true;
    if (item->data(0, kIsGroupRole).toBool()) {
        // The user checked or cleared a group (a click on a partly checked group checks it):
        // all its columns follow, in bulk, with one repaint (see columnsState()).
        const Qt::CheckState state = item->checkState(0) == Qt::Unchecked ? Qt::Unchecked : Qt::Checked;
        {
            const QSignalBlocker quiet(m_tree->model());
            item->setCheckState(0, state);
            for (int j = 0; j < item->childCount(); ++j)
                item->child(j)->setCheckState(0, state);
        }
        m_tree->viewport()->update();
    } else if (QTreeWidgetItem *group = item->parent()) {
        // A new transform (the transform column's editor) or check state: refresh the text.
        showTransform(item, Transform(item->data(0, kTransformRole).toInt()));
        if (const Qt::CheckState state = columnsState(group); group->checkState(0) != state)
            group->setCheckState(0, state);
    }
    m_updating = false;
    emitSpec();
}

QTreeWidgetItem *ControlsPanel::groupItem(const QString &name) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == name)
            return m_tree->topLevelItem(i);
    return nullptr;
}

QTreeWidgetItem *ControlsPanel::addGroup(const FeatureGroup &group)
{
    const QString name = QString::fromStdString(group.name);
    auto *item = new QTreeWidgetItem(m_tree);
    item->setData(0, Qt::UserRole, name);
    item->setData(0, kIsGroupRole, true);
    // Group names are data ("recency & loyalty"): shown as titles, in the user's language.
    const QString shown = groupTitle(group.name);
    item->setText(0, shown);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(0, Qt::Unchecked);
    QFont font = item->font(0);
    font.setBold(true);
    item->setFont(0, font);

    auto *weight = new QDoubleSpinBox(m_tree);
    weight->setRange(0.0, 5.0);
    weight->setSingleStep(0.25);
    weight->setDecimals(2);
    weight->setValue(group.weight);
    weight->setToolTip(tr("Weight of the %1 group: 2 doubles its features' influence, 0.5 halves it").arg(shown));
    weight->setAccessibleName(tr("Weight of %1").arg(shown));
    m_tree->setItemWidget(item, 1, weight);
    connect(weight, &QDoubleSpinBox::valueChanged, this, [this] { emitSpec(); });
    return item;
}

QString ControlsPanel::transformName(Transform transform)
{
    switch (transform) {
    case Transform::Log1p: return tr("log(1 + x)");
    case Transform::Winsorize: return tr("clip 1–99%");
    case Transform::None: break;
    }
    return tr("none");
}

QString ControlsPanel::transformShortName(Transform transform)
{
    switch (transform) {
    //: Short name of the log(1 + x) transform in the feature tree.
    case Transform::Log1p: return tr("log");
    //: Short name of clipping to the 1st and 99th percentiles in the feature tree.
    case Transform::Winsorize: return tr("clip");
    case Transform::None: break;
    }
    return tr("none");
}

void ControlsPanel::showTransform(QTreeWidgetItem *item, Transform transform)
{
    const QString raw = item->data(0, Qt::UserRole).toString();
    const QString text = transformText(transform);
    // Short in the narrow tree; the editor and the tooltips spell it out.
    item->setText(TransformColumn, transformShortName(transform));
    item->setToolTip(0, text.isEmpty() ? raw : tr("%1 (%2)").arg(raw, text));
    item->setToolTip(TransformColumn, tr("%1: %2. Double-click to change how it is transformed before scaling.")
                                          .arg(raw, transformName(transform)));
}

QTreeWidgetItem *ControlsPanel::makeColumn(const FeatureColumn &column)
{
    auto *item = new QTreeWidgetItem;
    const QString raw = QString::fromStdString(column.column);
    item->setText(0, humanizeName(raw));
    item->setData(0, Qt::UserRole, raw);
    item->setData(0, kTransformRole, int(column.transform));
    item->setData(0, kColumnWeightRole, column.weight);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable | Qt::ItemIsEditable);
    item->setCheckState(0, Qt::Checked);
    showTransform(item, column.transform);
    return item;
}

void ControlsPanel::setAvailableFeatures(const FeatureSpec &available)
{
    m_updating = true;
    m_available = available;
    m_tree->clear();
    for (const FeatureGroup &group : available.groups) {
        QTreeWidgetItem *item = addGroup(group);
        // All children at once: one insertion for the view instead of one per column.
        QList<QTreeWidgetItem *> children;
        children.reserve(qsizetype(group.columns.size()));
        for (const FeatureColumn &column : group.columns)
            children << makeColumn(column);
        item->addChildren(children);
        item->setCheckState(0, columnsState(item));
        item->setExpanded(true);
    }
    updateTabOrder(); // new weights
    {
        const QSignalBlocker blocker(m_scalingCombo);
        m_scalingCombo->setCurrentIndex(std::max(0, m_scalingCombo->findData(int(available.scaling))));
    }
    m_updating = false;
}

void ControlsPanel::setSpec(const FeatureSpec &spec)
{
    m_updating = true;
    // Keep the spec-wide settings (imputation, one-hot levels, winsorizing) of the newest spec.
    const std::vector<FeatureGroup> availableGroups = m_available.groups;
    m_available = spec;
    m_available.groups = availableGroups;

    // Groups the tree lacks first: adding rows must reach the view.
    bool addedGroups = false;
    for (const FeatureGroup &group : spec.groups)
        if (!groupItem(QString::fromStdString(group.name))) {
            addGroup(group)->setExpanded(true);
            addedGroups = true;
        }
    if (addedGroups)
        updateTabOrder(); // their weights
    // Columns the spec names but the tree lacks, added once the data changes are done.
    std::vector<std::pair<QTreeWidgetItem *, FeatureColumn>> missing;
    std::vector<bool> missingChecked;
    {
        // Check states, transforms and weights change no row's size, so the view hears of them
        // at once below: told of each, it would find each row's rectangle, a walk over the rows
        // above it (row heights differ), quadratic on tens of thousands of columns.
        const QSignalBlocker quiet(m_tree->model());
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *group = m_tree->topLevelItem(i);
            for (int j = 0; j < group->childCount(); ++j)
                group->child(j)->setCheckState(0, Qt::Unchecked);
        }
        // Each group's columns by name, built when the spec first names the group.
        QHash<QTreeWidgetItem *, QHash<QString, QTreeWidgetItem *>> columnsOf;
        for (const FeatureGroup &group : spec.groups) {
            QTreeWidgetItem *item = groupItem(QString::fromStdString(group.name));
            if (QDoubleSpinBox *weight = weightBox(m_tree, item)) {
                const QSignalBlocker blocker(weight);
                weight->setValue(group.weight);
            }
            auto known = columnsOf.find(item);
            if (known == columnsOf.end()) {
                known = columnsOf.insert(item, {});
                for (int j = 0; j < item->childCount(); ++j) {
                    const QString name = item->child(j)->data(0, Qt::UserRole).toString();
                    if (!known->contains(name)) // the first of a name, as a search would find
                        known->insert(name, item->child(j));
                }
            }
            for (const FeatureColumn &column : group.columns) {
                const QString name = QString::fromStdString(column.column);
                QTreeWidgetItem *child = known->value(name);
                if (!child) {
                    if (!known->contains(name)) { // named twice: added once
                        known->insert(name, nullptr);
                        missing.emplace_back(item, column);
                        missingChecked.push_back(group.enabled);
                    }
                    continue;
                }
                child->setData(0, kTransformRole, int(column.transform));
                showTransform(child, Transform(column.transform));
                child->setData(0, kColumnWeightRole, column.weight);
                child->setCheckState(0, group.enabled ? Qt::Checked : Qt::Unchecked);
            }
        }
    }
    m_tree->viewport()->update();
    for (std::size_t i = 0; i < missing.size(); ++i) {
        QTreeWidgetItem *child = makeColumn(missing[i].second);
        child->setCheckState(0, missingChecked[i] ? Qt::Checked : Qt::Unchecked);
        missing[i].first->addChild(child);
    }
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        m_tree->topLevelItem(i)->setCheckState(0, columnsState(m_tree->topLevelItem(i)));
    {
        const QSignalBlocker blocker(m_scalingCombo);
        m_scalingCombo->setCurrentIndex(std::max(0, m_scalingCombo->findData(int(spec.scaling))));
    }
    m_updating = false;
}

FeatureSpec ControlsPanel::spec() const
{
    FeatureSpec spec = m_available;
    spec.groups.clear();
    spec.scaling = Scaling(m_scalingCombo->currentData().toInt());
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(i);
        FeatureGroup group;
        group.name = item->data(0, Qt::UserRole).toString().toStdString();
        if (const QDoubleSpinBox *weight = weightBox(m_tree, const_cast<QTreeWidgetItem *>(item)))
            group.weight = weight->value();
        for (int j = 0; j < item->childCount(); ++j) {
            const QTreeWidgetItem *child = item->child(j);
            if (child->checkState(0) != Qt::Checked)
                continue;
            FeatureColumn column;
            column.column = child->data(0, Qt::UserRole).toString().toStdString();
            column.transform = Transform(child->data(0, kTransformRole).toInt());
            column.weight = child->data(0, kColumnWeightRole).toDouble();
            group.columns.push_back(std::move(column));
        }
        if (!group.columns.empty())
            spec.groups.push_back(std::move(group));
    }
    return spec;
}

void ControlsPanel::setK(int k)
{
    m_updating = true;
    m_kSpin->setValue(k);
    m_updating = false;
}

int ControlsPanel::k() const
{
    return m_kSpin->value();
}

void ControlsPanel::setSeed(std::uint64_t seed)
{
    m_updating = true;
    m_seedSpin->setValue(int(std::min<std::uint64_t>(seed, std::uint64_t(std::numeric_limits<int>::max()))));
    m_updating = false;
}

std::uint64_t ControlsPanel::seed() const
{
    return std::uint64_t(m_seedSpin->value());
}

void ControlsPanel::setOutlierThreshold(double robustZ)
{
    m_updating = true;
    m_outlierSpin->setValue(robustZ);
    m_updating = false;
}

double ControlsPanel::outlierThreshold() const
{
    return m_outlierSpin->value();
}

void ControlsPanel::setAlgorithm(const QString &algorithm)
{
    {
        const QSignalBlocker blocker(m_algorithmCombo);
        m_algorithmCombo->setCurrentIndex(std::max(0, m_algorithmCombo->findData(algorithm)));
    }
    showAlgorithm();
}

QString ControlsPanel::algorithm() const
{
    return m_algorithmCombo->currentData().toString();
}

void ControlsPanel::setParameters(const ClusteringOptions &options, const DataDefaults &fromData)
{
    if (AlgorithmPage *page = parameterPage(algorithmOf(options)))
        page->setOptions(options, fromData);
}

void ControlsPanel::setFeedback(const ClusteringFeedback &feedback)
{
    if (AlgorithmPage *page = parameterPage(algorithmOf(feedback.used)))
        page->setFeedback(feedback);
}

AlgorithmPage *ControlsPanel::parameterPage(Algorithm algorithm) const
{
    const auto it = m_pages.find(algorithm);
    return it == m_pages.end() ? nullptr : it->second;
}

} // namespace seg
