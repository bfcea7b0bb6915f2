#include "app/ui/preferences_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace seg {

namespace {

/// Names the control for screen readers as its visible label does (without the '&').
void label(QFormLayout *form, const QString &text, QWidget *field, const QString &description)
{
    auto *caption = new QLabel(text);
    caption->setBuddy(field);
    form->addRow(caption, field);
    QString name = text;
    name.remove(QLatin1Char('&'));
    if (name.endsWith(QLatin1Char(':')))
        name.chop(1);
    field->setAccessibleName(name);
    field->setAccessibleDescription(description);
    field->setToolTip(description);
}

} // namespace

PreferencesDialog::PreferencesDialog(const Preferences &current, QWidget *parent)
    : QDialog(parent), m_initial(current)
{
    setWindowTitle(tr("Preferences"));
    auto *form = new QFormLayout;

    m_threads = new QSpinBox(this);
    m_threads->setRange(0, 256);
    m_threads->setSpecialValueText(tr("All cores (%1)").arg(QThread::idealThreadCount()));
    m_threads->setValue(current.threads);
    label(form, tr("&Threads:"), m_threads, tr("How many processor cores the analyses use"));

    m_autosave = new QSpinBox(this);
    m_autosave->setRange(0, 24 * 60);
    m_autosave->setSuffix(tr(" min"));
    m_autosave->setSpecialValueText(tr("Never"));
    m_autosave->setValue(current.autosaveMinutes);
    label(form, tr("&Autosave every:"), m_autosave,
          tr("Unsaved changes are kept aside this often and offered back after a crash"));

    m_scaling = new QComboBox(this);
    m_scaling->addItem(tr("z-score"), int(Scaling::ZScore));
    m_scaling->addItem(tr("Robust (median and IQR)"), int(Scaling::Robust));
    m_scaling->addItem(tr("Min–max"), int(Scaling::MinMax));
    m_scaling->addItem(tr("None"), int(Scaling::None));
    m_scaling->setCurrentIndex(m_scaling->findData(int(current.scaling)));
    label(form, tr("Default &scaling:"), m_scaling, tr("How the features of data opened from now on are scaled"));

    m_restarts = new QSpinBox(this);
    m_restarts->setRange(1, 1000);
    m_restarts->setValue(current.restarts);
    label(form, tr("k-means &restarts:"), m_restarts,
          tr("k-means starts this many times on data opened from now on and keeps the best"));

    m_umapSample = new QSpinBox(this);
    m_umapSample->setRange(1000, 2000000);
    m_umapSample->setSingleStep(10000);
    m_umapSample->setGroupSeparatorShown(true);
    m_umapSample->setValue(current.umapSample);
    label(form, tr("&UMAP sample:"), m_umapSample,
          tr("The map is fitted on this many customers; the others are placed on it"));

    m_language = new QComboBox(this);
    m_language->addItem(tr("System (%1)").arg(QLocale().nativeLanguageName()), QString());
    for (const QString &code : availableLanguages())
        m_language->addItem(nativeLanguageName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(current.language)));
    label(form, tr("&Language:"), m_language, tr("Takes effect when SegmentScope starts again"));

    m_theme = new QComboBox(this);
    m_theme->addItem(tr("System"), int(Theme::System));
    m_theme->addItem(tr("Light"), int(Theme::Light));
    m_theme->addItem(tr("Dark"), int(Theme::Dark));
    m_theme->addItem(tr("High contrast"), int(Theme::HighContrast));
    m_theme->setCurrentIndex(m_theme->findData(int(current.theme)));
    label(form, tr("T&heme:"), m_theme, tr("The application's colours"));

    m_startPage = new QCheckBox(tr("Show the &start page when no file is opened"), this);
    m_startPage->setChecked(current.showStartPage);
    m_startPage->setAccessibleDescription(tr("Otherwise the demo customers open"));
    form->addRow(m_startPage);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p = m_initial;
    p.threads = m_threads->value();
    p.autosaveMinutes = m_autosave->value();
    p.scaling = static_cast<Scaling>(m_scaling->currentData().toInt());
    p.restarts = m_restarts->value();
    p.umapSample = m_umapSample->value();
    p.language = m_language->currentData().toString();
    p.theme = static_cast<Theme>(m_theme->currentData().toInt());
    p.showStartPage = m_startPage->isChecked();
    return p;
}

} // namespace seg
