#pragma once
// The segment map's settings in the controls dock: UMAP or PCA, and UMAP's neighbours,
// min_dist, metric and fit sample. Like ControlsPanel it reports user edits (settingsEdited)
// and never emits for setSettings(), so the document stays the single source of truth.

#include "app/core/analysis.h"

#include <QGroupBox>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace seg {

class MapControls : public QGroupBox
{
    Q_OBJECT

public:
    explicit MapControls(QWidget *parent = nullptr);

    void setSettings(const MapSettings &settings);
    MapSettings settings() const;

Q_SIGNALS:
    void settingsEdited(const seg::MapSettings &settings);

private:
    void edited();
    void updateEnabled();

    QComboBox *m_method = nullptr;
    QSpinBox *m_neighbors = nullptr;
    QDoubleSpinBox *m_minDist = nullptr;
    QComboBox *m_metric = nullptr;
    QSpinBox *m_fitSample = nullptr;
    MapSettings m_settings;
    bool m_updating = false;
};

} // namespace seg
