#pragma once
// Writing each customer's segment to a CSV file, off the GUI thread.

#include "app/core/analysis.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace seg {

class CancelToken;

/// Runs seg::writeAssignments for one result at a time on Qt's thread pool: writing a million
/// customers takes a while, and neither the window nor the engine thread should wait for it.
/// The result is immutable and shared, so the task reads it without copying.
class SegmentExporter : public QObject
{
    Q_OBJECT
public:
    explicit SegmentExporter(QObject *parent = nullptr);
    /// Cancels a running export and waits for it: the target stays as it was (files are written
    /// atomically).
    ~SegmentExporter() override;

    /// Starts writing `result`'s assignments to `path`: each segment as its key (see
    /// AnalysisResult::segmentKeys), with `names` (one per segment number) in the segment_name
    /// column. False, starting nothing, while an export runs or when `result` has
    /// no segmentation.
    bool start(std::shared_ptr<const AnalysisResult> result, const QStringList &names, const QString &path);
    bool isRunning() const;
    /// The customers (table rows) the running or last export writes.
    qulonglong customers() const { return m_customers; }

Q_SIGNALS:
    /// Every row of the table was written to `path`.
    void exported(const QString &path, qulonglong customers);
    /// Nothing was written; `message` is translated and names the file and the reason.
    void failed(const QString &message);
    /// The export ended, whichever way.
    void finished();

private:
    void onFinished();

    QFutureWatcher<QString> m_watcher; ///< result: the error message, empty on success
    std::shared_ptr<CancelToken> m_cancel;
    QString m_target;
    qulonglong m_customers = 0;
};

} // namespace seg
