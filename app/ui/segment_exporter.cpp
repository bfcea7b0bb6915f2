#include "app/ui/segment_exporter.h"

#include "engine/core/progress.h"
#include "engine/data/assignments.h"

#include <QFile>
#include <QtConcurrent>

namespace seg {

SegmentExporter::SegmentExporter(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &SegmentExporter::onFinished);
}

SegmentExporter::~SegmentExporter()
{
    if (isRunning()) {
        m_cancel->cancel();
        m_watcher.waitForFinished();
    }
}

bool SegmentExporter::start(std::shared_ptr<const AnalysisResult> result, const QStringList &names,
                            const QString &path)
{
    if (isRunning() || !result || !result->prepared || !result->segmentation || !result->request.table)
        return false;
    std::vector<std::string> segmentNames;
    for (const QString &name : names)
        segmentNames.push_back(name.toStdString());
    const std::string target = QFile::encodeName(path).toStdString();
    auto token = std::make_shared<CancelToken>();
    m_cancel = token;
    m_target = path;
    m_customers = result->request.table->rowCount;
    m_watcher.setFuture(QtConcurrent::run([result, segmentNames, target, token]() -> QString {
        try {
            const Progress progress(token.get(), {});
            // The file numbers segments by their keys, as the window's default names do
            // ("Segment 3" is 2), so a segment keeps its number across reclusters.
            Labels labels = result->segmentation->clustering.labels;
            const std::vector<int> &keys = result->segmentKeys;
            for (std::int32_t &label : labels)
                if (label >= 0 && std::size_t(label) < keys.size())
                    label = keys[std::size_t(label)];
            writeAssignments(target, *result->request.table, result->request.idColumn, result->prepared->rows,
                             labels, result->segmentation->clustering.scores, segmentNames, progress);
        } catch (const Cancelled &) {
        } catch (const std::exception &e) {
            return QString::fromUtf8(e.what());
        }
        return {};
    }));
    return true;
}

bool SegmentExporter::isRunning() const
{
    return m_watcher.isRunning();
}

void SegmentExporter::onFinished()
{
    Q_EMIT finished();
    if (m_cancel->isCancelled())
        return;
    const QString error = m_watcher.result();
    if (error.isEmpty())
        Q_EMIT exported(m_target, m_customers);
    else
        Q_EMIT failed(tr("Cannot export the segments: %1").arg(error));
}

} // namespace seg
