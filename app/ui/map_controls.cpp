#include "app/ui/map_controls.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>

namespace seg {

MapControls::MapControls(QWidget *parent)
    : QGroupBox(tr("Map"), parent)
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // The label (the field's buddy: Alt+letter) names the field for screen readers too; a combo
    // box would otherwise be named by its current item.
    auto addRow = [form](const QString &label, QWidget *field) {
        form->addRow(label, field);
        field->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')).trimmed());
    };

    m_method = new QComboBox(this);
    m_method->addItem(tr("UMAP"), static_cast<int>(EmbeddingMethod::Umap));
    m_method->addItem(tr("PCA"), static_cast<int>(EmbeddingMethod::Pca));
    m_method->setToolTip(tr("UMAP keeps each customer's nearest neighbours together, so segments show as "
                            "groups; distances between far-apart groups are not to scale. PCA shows the two "
                            "directions of largest variance and appears at once."));
    addRow(tr("&Method:"), m_method);

    m_neighbors = new QSpinBox(this);
    m_neighbors->setRange(2, 200);
    m_neighbors->setToolTip(tr("How many nearest customers shape each one's neighbourhood: fewer show fine "
                               "local detail, more show the overall structure (UMAP's n_neighbors, 15 by default)."));
    addRow(tr("Nei&ghbours:"), m_neighbors);

    m_minDist = new QDoubleSpinBox(this);
    m_minDist->setRange(0.0, 1.0);
    m_minDist->setDecimals(2);
    m_minDist->setSingleStep(0.05);
    m_minDist->setToolTip(tr("How tightly customers may pack together on the map (UMAP's min_dist, 0.1 by "
                             "default; at most the spread, 1)."));
    addRow(tr("Mi&n. distance:"), m_minDist);

    m_metric = new QComboBox(this);
    m_metric->addItem(tr("Euclidean"), static_cast<int>(UmapMetric::Euclidean));
    m_metric->addItem(tr("Manhattan"), static_cast<int>(UmapMetric::Manhattan));
    m_metric->addItem(tr("Cosine"), static_cast<int>(UmapMetric::Cosine));
    m_metric->setToolTip(tr("How the distance between two customers' features is measured."));
    addRow(tr("Me&tric:"), m_metric);

    m_fitSample = new QSpinBox(this);
    m_fitSample->setRange(1000, 2000000);
    m_fitSample->setSingleStep(10000);
    m_fitSample->setGroupSeparatorShown(true);
    m_fitSample->setToolTip(tr("The map is fitted on at most this many customers; the others are placed into "
                               "it. Larger is more faithful and slower."));
    addRow(tr("F&it sample:"), m_fitSample);

    for (QComboBox *combo : {m_method, m_metric}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    setTabOrder(m_method, m_neighbors);
    setTabOrder(m_neighbors, m_minDist);
    setTabOrder(m_minDist, m_metric);
    setTabOrder(m_metric, m_fitSample);

    connect(m_method, &QComboBox::currentIndexChanged, this, &MapControls::edited);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &MapControls::edited);
    // Spin boxes report when editing is finished (Enter, focus out, arrows), not per keystroke:
    // each change starts a new map.
    for (QAbstractSpinBox *spin : std::initializer_list<QAbstractSpinBox *>{m_neighbors, m_minDist, m_fitSample}) {
        spin->setKeyboardTracking(false);
    }
    connect(m_neighbors, &QSpinBox::valueChanged, this, &MapControls::edited);
    connect(m_minDist, &QDoubleSpinBox::valueChanged, this, &MapControls::edited);
    connect(m_fitSample, &QSpinBox::valueChanged, this, &MapControls::edited);
    setSettings(m_settings);
}

void MapControls::setSettings(const MapSettings &settings)
{
    m_updating = true;
    m_settings = settings;
    m_method->setCurrentIndex(m_method->findData(static_cast<int>(settings.method)));
    m_neighbors->setValue(settings.umap.neighbors);
    m_minDist->setValue(settings.umap.minDist);
    m_metric->setCurrentIndex(m_metric->findData(static_cast<int>(settings.umap.metric)));
    m_fitSample->setValue(static_cast<int>(std::min<std::size_t>(settings.umap.fitSample, 2000000)));
    updateEnabled();
    m_updating = false;
}

MapSettings MapControls::settings() const
{
    MapSettings s = m_settings;
    s.method = static_cast<EmbeddingMethod>(m_method->currentData().toInt());
    s.umap.neighbors = m_neighbors->value();
    s.umap.minDist = m_minDist->value();
    s.umap.metric = static_cast<UmapMetric>(m_metric->currentData().toInt());
    s.umap.fitSample = static_cast<std::size_t>(m_fitSample->value());
    return s;
}

void MapControls::edited()
{
    updateEnabled();
    if (m_updating)
        return;
    m_settings = settings();
    Q_EMIT settingsEdited(m_settings);
}

void MapControls::updateEnabled()
{
    const bool umap = static_cast<EmbeddingMethod>(m_method->currentData().toInt()) == EmbeddingMethod::Umap;
    for (QWidget *w : std::initializer_list<QWidget *>{m_neighbors, m_minDist, m_metric, m_fitSample})
        w->setEnabled(umap);
}

} // namespace seg
