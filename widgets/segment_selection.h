#pragma once
// The one shared selection that links every view: the current segment, and the customers
// chosen in the scatter. Views write to it and follow its signals.

#include <QObject>

#include <vector>

namespace seg {

class SegmentSelection : public QObject
{
    Q_OBJECT
public:
    explicit SegmentSelection(QObject *parent = nullptr);

    /// The highlighted segment, or -1 for none.
    int currentSegment() const { return m_segment; }
    /// Prepared-row indices of the customers chosen in the scatter (sorted, unique).
    const std::vector<int> &selectedRows() const { return m_rows; }

public Q_SLOTS:
    void setCurrentSegment(int segment);
    void setSelectedRows(std::vector<int> rows);
    void clear();

Q_SIGNALS:
    void currentSegmentChanged(int segment);
    void selectedRowsChanged();

private:
    int m_segment = -1;
    std::vector<int> m_rows;
};

} // namespace seg
