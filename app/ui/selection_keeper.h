#pragma once
// What the user chose survives a recluster: the highlighted segment by its identity (key), the
// customers chosen in the map by who they are (table rows), not by numbers that change.

#include "app/core/analysis.h"

#include <QObject>

#include <cstddef>
#include <memory>
#include <vector>

namespace seg {

class SegmentSelection;

class SelectionKeeper : public QObject
{
    Q_OBJECT
public:
    explicit SelectionKeeper(SegmentSelection *selection, QObject *parent = nullptr);

    /// The views now show `result`: the selection is mapped onto it (the current segment to the
    /// segment with the same key, or none; the chosen customers to their rows in `result`, those
    /// that `result` dropped left out).
    void setResult(std::shared_ptr<const AnalysisResult> result);

    /// The chosen customers as table rows, ascending.
    const std::vector<std::size_t> &customers() const { return m_customers; }

private:
    void remember();

    SegmentSelection *m_selection;
    std::shared_ptr<const AnalysisResult> m_result;
    std::vector<std::size_t> m_customers;
    bool m_restoring = false;
};

} // namespace seg
