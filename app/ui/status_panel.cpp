#include "app/ui/status_panel.h"

#include "app/core/analysis.h"
#include "app/ui/app_style.h"
#include "widgets/segment_figures.h"

#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QStyle>
#include <QToolButton>
#include <QToolTip>

#include <algorithm>
#include <climits>
#include <cmath>

namespace seg {

namespace {

QString formatMetric(double value, int decimals)
{
    return std::isnan(value) ? QStringLiteral("…") : QLocale().toString(value, 'f', decimals);
}

} // namespace

StatusPanel::StatusPanel(QStatusBar *bar, QObject *parent) : QObject(parent)
{
    m_stageLabel = new QLabel(tr("Ready"));
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(m_stageLabel->sizeHint().height());
    m_cancelButton = new QPushButton(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop the running computation (Esc)"));
    m_cancelButton->setFocusPolicy(Qt::NoFocus);
    connect(m_cancelButton, &QPushButton::clicked, this, &StatusPanel::cancelRequested);
    m_metricsLabel = new QLabel;
    m_metricsLabel->setToolTip(
        tr("Quality of the current segmentation:\n"
           "Silhouette (−1 to 1, higher is better; on a 5,000-customer sample)\n"
           "Davies–Bouldin (lower is better)\n"
           "Calinski–Harabasz (higher is better)\n"
           "ARI: agreement with the known segments (1 = identical, 0 = chance)"));
    m_rowsLabel = new QLabel;
    bar->addWidget(m_stageLabel);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancelButton);
    m_notesButton = new QToolButton;
    m_notesButton->setAutoRaise(true);
    m_notesButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_notesButton->setIcon(bar->style()->standardIcon(QStyle::SP_MessageBoxInformation));
    m_notesButton->setIconSize(QSize(16, 16));
    // Reached by Tab like any button: the notes open from the keyboard too.
    m_notesButton->setFocusPolicy(Qt::TabFocus);
    m_notesButton->setCursor(Qt::PointingHandCursor);
    m_notesButton->setAccessibleName(tr("Notes on the data"));
    m_notesButton->setVisible(false);
    connect(m_notesButton, &QToolButton::clicked, this, &StatusPanel::showNotes);
    bar->addPermanentWidget(m_notesButton);
    bar->addPermanentWidget(statusSeparator());
    bar->addPermanentWidget(m_metricsLabel);
    bar->addPermanentWidget(statusSeparator());
    bar->addPermanentWidget(m_rowsLabel);
}

void StatusPanel::setBusy(bool busy, const QString &stage)
{
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    if (!stage.isEmpty())
        m_stageLabel->setText(stage);
    if (busy) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(0);
    } else if (m_stageLabel->text().isEmpty()) {
        m_stageLabel->setText(tr("Ready"));
    }
}

void StatusPanel::setStage(const QString &text, const QString &tooltip)
{
    m_stageLabel->setText(text);
    m_stageLabel->setToolTip(tooltip);
}

QString StatusPanel::stage() const
{
    return m_stageLabel->text();
}

void StatusPanel::setProgress(double fraction, const QString &stage)
{
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(std::lround(std::clamp(fraction, 0.0, 1.0) * 1000)));
    m_stageLabel->setText(stage);
}

void StatusPanel::setIndeterminate()
{
    m_progress->setRange(0, 0);
}

void StatusPanel::showMetrics(const QualityReport &metrics, bool silhouetteReady)
{
    QStringList parts;
    parts << tr("Silhouette %1").arg(silhouetteReady ? formatMetric(metrics.silhouette, 3) : QStringLiteral("…"));
    parts << tr("Davies–Bouldin %1").arg(formatMetric(metrics.daviesBouldin, 2));
    parts << tr("Calinski–Harabasz %1").arg(formatMetric(metrics.calinskiHarabasz, 0));
    if (metrics.ari)
        parts << tr("ARI %1").arg(formatMetric(*metrics.ari, 3));
    m_metricsLabel->setText(parts.join(QStringLiteral("  ·  ")));
}

void StatusPanel::showCounts(const Table *table, const AnalysisResult *result)
{
    if (!table) {
        m_rowsLabel->setText(tr("No data"));
        return;
    }
    const QLocale locale;
    QString text = tr("%Ln customer(s)", nullptr, int(std::min<std::size_t>(table->rowCount, INT_MAX)));
    if (result && result->prepared) {
        const std::size_t used = result->prepared->rows.size();
        const std::size_t outliers = result->segmentation ? result->segmentation->outlierCount : 0;
        // Density noise: customers the algorithm left in no segment, beside any set aside.
        const std::size_t unassigned = result->labels ? static_cast<std::size_t>(std::count(
                                                            result->labels->begin(), result->labels->end(), -1))
                                                      : 0;
        const std::size_t noise = unassigned > outliers ? unassigned - outliers : 0;
        if (noise > 0)
            text += outliers > 0 ? tr(" (%1 in segments, %2 noise, %3 set aside as outliers)")
                                       .arg(locale.toString(qulonglong(used - unassigned)),
                                            locale.toString(qulonglong(noise)), locale.toString(qulonglong(outliers)))
                                 : tr(" (%1 in segments, %2 noise)")
                                       .arg(locale.toString(qulonglong(used - unassigned)),
                                            locale.toString(qulonglong(noise)));
        else if (outliers > 0)
            text += tr(" (%1 segmented, %2 set aside as outliers)")
                        .arg(locale.toString(qulonglong(used - outliers)), locale.toString(qulonglong(outliers)));
        else if (used != table->rowCount)
            text += tr(" (%1 segmented)").arg(locale.toString(qulonglong(used)));
        const std::size_t features = result->prepared->transform.dimension();
        text += tr("  ·  %1 feature(s)", nullptr, static_cast<int>(features)).arg(locale.toString(qulonglong(features)));
    }
    m_rowsLabel->setText(text);
}

void StatusPanel::setNotes(const QStringList &notes)
{
    m_notes = notes;
    m_notesButton->setVisible(!notes.isEmpty());
    m_notesButton->setText(tr("%1 note(s) on the data", nullptr, static_cast<int>(notes.size()))
                               .arg(QLocale().toString(notes.size())));
    QStringList items;
    for (const QString &note : notes)
        items << QStringLiteral("<li>%1</li>").arg(note.toHtmlEscaped());
    m_notesButton->setToolTip(tr("<p>While reading and preparing the data:</p><ul>%1</ul><p>Click to keep this list open.</p>")
                                  .arg(items.join(QString())));
}

void StatusPanel::showNotes()
{
    if (m_notes.isEmpty())
        return;
    if (!m_interactive) {
        QToolTip::showText(m_notesButton->mapToGlobal(QPoint(0, 0)), m_notesButton->toolTip(), m_notesButton);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Information, tr("Notes on the data"),
                                tr("While reading and preparing the data, SegmentScope noted:"), QMessageBox::Close, m_notesButton->window());
    box->setInformativeText(QStringLiteral("\u2022 ") + m_notes.join(QStringLiteral("\n\u2022 ")));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // not modal to the application: the window stays usable while the notes are read
}

} // namespace seg
