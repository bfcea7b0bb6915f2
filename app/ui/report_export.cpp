#include "app/ui/report_export.h"

#include "app/report/persona_report.h"
#include "app/report/report_analysis.h"
#include "app/report/report_tables.h"
#include "app/ui/report_preview.h"

#include "engine/eval/metrics.h"
#include "engine/io/atomic_file.h"
#include "engine/pipeline/pipeline.h"

#include <QFile>
#include <QFileDialog>
#include <QtConcurrent>

#include <cmath>

namespace seg {

namespace {

constexpr std::size_t kSilhouetteSample = 10000;

void writeAtomically(const QString &path, std::string_view bytes)
{
    AtomicFile file(QFile::encodeName(path).toStdString());
    file.write(bytes);
    file.commit();
}

} // namespace

ReportInput reportInputFrom(const ReportSource &source)
{
    const AnalysisResult &r = *source.result;
    ReportInput in;
    in.dataSet = source.dataSet;
    in.created = QDateTime::currentDateTime();
    in.table = r.request.table;
    in.fingerprint = tableFingerprint(*r.request.table);
    in.idColumn = r.request.idColumn;
    in.labelColumn = r.request.labelColumn;
    in.prepared = r.prepared;
    in.segmentation = r.segmentation;
    in.appearance = source.appearance;
    in.profiles = r.profiles;
    in.economics = r.economics;
    in.drivers = r.drivers;
    in.valueDrivers = r.valueDrivers;
    in.value = r.value;
    in.valueNote = QString::fromStdString(r.valueWarning);
    in.quality = r.metrics;
    if (!std::isfinite(in.quality.silhouette) && r.segmentCount() > 1)
        in.quality.silhouette = silhouette(r.prepared->x, *r.labels, kSilhouetteSample, r.request.seed());
    // How much the segments depend on the seed, measured as segscope report measures it.
    if (r.segmentCount() > 1 && r.prepared->x.rows() > r.segmentCount()) {
        in.stability = seedStability(*r.prepared, *r.segmentation, kReportStabilityRuns);
        in.stabilityRuns = kReportStabilityRuns;
    }
    const std::size_t points = r.labels ? r.labels->size() : 0;
    in.map = source.map && source.map->size() == points ? source.map : r.points;
    in.sweep = source.sweep;
    if (source.lift && source.lift->lift.segments.size() == std::size_t(r.segmentCount()))
        in.lift = source.lift;
    if (r.personas)
        in.personas = *r.personas;
    // The user's words stay apart from the drafts: the PDF words a draft in the user's language.
    for (int s = 0; s < r.segmentCount(); ++s) {
        const auto edit = source.edits.find(source.appearance.key(s));
        const PersonaEdit none;
        const PersonaEdit &e = edit == source.edits.end() ? none : edit->second;
        in.personaLabels << e.label;
        in.personaDescriptions << e.description;
        in.notes << e.notes;
    }
    return in;
}

ReportExporter::ReportExporter(QWidget *window, QObject *parent) : QObject(parent), m_window(window)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ReportExporter::onFinished);
}

ReportExporter::~ReportExporter()
{
    m_watcher.waitForFinished();
}

bool ReportExporter::isRunning() const
{
    return m_watcher.isRunning();
}

void ReportExporter::exportInteractively(Kind kind, ReportSource source)
{
    if (isRunning() || !source.result)
        return;
    if (kind == Kind::Pdf) {
        run(kind, std::move(source), {}, true);
        return;
    }
    QFileDialog dialog(m_window, tr("Export workbook"), tr("segments.xlsx"), tr("Excel workbooks (*.xlsx);;All files (*)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("xlsx"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    run(kind, std::move(source), dialog.selectedFiles().front(), false);
}

bool ReportExporter::start(Kind kind, ReportSource source, const QString &path)
{
    return run(kind, std::move(source), path, false);
}

bool ReportExporter::run(Kind kind, ReportSource source, const QString &path, bool preview)
{
    if (isRunning() || !source.result || !source.result->segmentation || !source.result->profiles)
        return false;
    m_target = path;
    m_preview = preview;
    m_watcher.setFuture(QtConcurrent::run([kind, source = std::move(source), path, preview]() -> Outcome {
        Outcome outcome;
        try {
            const ReportInput in = reportInputFrom(source);
            if (kind == Kind::Pdf) {
                outcome.pdf = renderPersonaReport(in);
                if (!preview)
                    writeAtomically(path, std::string_view(outcome.pdf.constData(), std::size_t(outcome.pdf.size())));
            } else {
                writeAtomically(path, workbookBytes(in));
            }
        } catch (const std::exception &e) {
            outcome.error = QString::fromUtf8(e.what());
        }
        return outcome;
    }));
    return true;
}

void ReportExporter::onFinished()
{
    const Outcome outcome = m_watcher.result();
    if (!outcome.error.isEmpty()) {
        Q_EMIT failed(m_target.isEmpty() ? tr("Cannot make the persona report: %1").arg(outcome.error)
                                         : tr("Cannot write %1: %2").arg(m_target, outcome.error));
        return;
    }
    if (m_preview) {
        Q_EMIT previewReady(outcome.pdf);
        showPreview(outcome.pdf);
        return;
    }
    Q_EMIT exported(m_target);
}

void ReportExporter::showPreview(const QByteArray &pdf)
{
    ReportPreview preview(pdf, m_window);
    if (preview.exec() != QDialog::Accepted)
        return;
    QFileDialog dialog(m_window, tr("Export persona report"), tr("persona-report.pdf"), tr("PDF files (*.pdf);;All files (*)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("pdf"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().front();
    try {
        writeAtomically(path, std::string_view(pdf.constData(), std::size_t(pdf.size())));
    } catch (const std::exception &e) {
        Q_EMIT failed(tr("Cannot write %1: %2").arg(path, QString::fromUtf8(e.what())));
        return;
    }
    Q_EMIT exported(path);
}

} // namespace seg
