#pragma once
// Edit › Preferences…: threads, autosave, the defaults for new data, the UMAP sample, the
// language and the theme (seg::Preferences, kept with QSettings).

#include "app/core/preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace seg {

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences &current, QWidget *parent = nullptr);

    /// The preferences as the dialog shows them now.
    Preferences preferences() const;

private:
    Preferences m_initial;
    QSpinBox *m_threads = nullptr;
    QSpinBox *m_autosave = nullptr;
    QComboBox *m_scaling = nullptr;
    QSpinBox *m_restarts = nullptr;
    QSpinBox *m_umapSample = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QCheckBox *m_startPage = nullptr;
};

} // namespace seg
