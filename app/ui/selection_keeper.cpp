#include "app/ui/selection_keeper.h"

#include "widgets/segment_selection.h"

#include <algorithm>

namespace seg {

SelectionKeeper::SelectionKeeper(SegmentSelection *selection, QObject *parent) : QObject(parent), m_selection(selection)
{
    connect(m_selection, &SegmentSelection::selectedRowsChanged, this, &SelectionKeeper::remember);
}

void SelectionKeeper::remember()
{
    if (m_restoring)
        return;
    m_customers.clear();
    if (!m_result || !m_result->prepared)
        return;
    const std::vector<std::size_t> &rows = m_result->prepared->rows;
    for (const int row : m_selection->selectedRows())
        if (row >= 0 && std::size_t(row) < rows.size())
            m_customers.push_back(rows[std::size_t(row)]);
    std::sort(m_customers.begin(), m_customers.end());
}

void SelectionKeeper::setResult(std::shared_ptr<const AnalysisResult> result)
{
    const std::shared_ptr<const AnalysisResult> previous = std::move(m_result);
    m_result = std::move(result);

    const int current = m_selection->currentSegment();
    const int currentKey = previous && current >= 0 && std::size_t(current) < previous->segmentKeys.size()
                               ? previous->segmentKeys[std::size_t(current)]
                               : -1;
    int segment = -1;
    if (m_result && currentKey >= 0) {
        const auto found = std::find(m_result->segmentKeys.begin(), m_result->segmentKeys.end(), currentKey);
        if (found != m_result->segmentKeys.end())
            segment = int(found - m_result->segmentKeys.begin());
    }
    m_selection->setCurrentSegment(segment);

    std::vector<int> rows;
    if (m_result && m_result->prepared) {
        // Both lists ascend: one merge finds where each chosen customer is now.
        const std::vector<std::size_t> &prepared = m_result->prepared->rows;
        std::size_t i = 0;
        for (const std::size_t customer : m_customers) {
            while (i < prepared.size() && prepared[i] < customer)
                ++i;
            if (i < prepared.size() && prepared[i] == customer)
                rows.push_back(int(i));
        }
    }
    m_restoring = true;
    m_selection->setSelectedRows(std::move(rows));
    m_restoring = false;
}

} // namespace seg
