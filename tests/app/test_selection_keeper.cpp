// A recluster keeps what the user chose: the highlighted segment by its key, the customers
// chosen in the map by their table rows, whatever numbers and matrix rows they have now.

#include "app/core/analysis.h"
#include "app/ui/selection_keeper.h"
#include "widgets/segment_selection.h"

#include <QTest>

using namespace seg;

namespace {

std::shared_ptr<const AnalysisResult> resultWith(std::vector<std::size_t> preparedRows, std::vector<int> keys)
{
    auto prepared = std::make_shared<PreparedData>();
    prepared->rows = std::move(preparedRows);
    auto result = std::make_shared<AnalysisResult>();
    result->prepared = std::move(prepared);
    result->segmentKeys = std::move(keys);
    return result;
}

} // namespace

class TestSelectionKeeper : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsSegmentsAndCustomers()
    {
        SegmentSelection selection;
        SelectionKeeper keeper(&selection);
        // Matrix rows 0..3 are table rows 0, 2, 3, 5; the segments are keys 0, 1, 2.
        keeper.setResult(resultWith({0, 2, 3, 5}, {0, 1, 2}));
        selection.setCurrentSegment(1);
        selection.setSelectedRows({3, 1}); // customers (table rows) 5 and 2
        QCOMPARE(keeper.customers(), (std::vector<std::size_t> {2, 5}));

        // Table row 3 is dropped and row 1 comes in: customer 2 is matrix row 2 now, customer 5
        // row 3. Key 1 is segment 0 now.
        keeper.setResult(resultWith({0, 1, 2, 5}, {1, 2, 0}));
        QCOMPARE(selection.currentSegment(), 0);
        QCOMPARE(selection.selectedRows(), (std::vector<int> {2, 3}));
        // Restoring is not a new choice: the customers stay as they were.
        QCOMPARE(keeper.customers(), (std::vector<std::size_t> {2, 5}));

        // Customer 5 is left out of the next result: it is not selected there, but comes back
        // when a later result has it again.
        keeper.setResult(resultWith({0, 1, 2}, {1, 0}));
        QCOMPARE(selection.selectedRows(), (std::vector<int> {2}));
        QCOMPARE(selection.currentSegment(), 0);
        keeper.setResult(resultWith({0, 1, 2, 5}, {3, 1}));
        QCOMPARE(selection.selectedRows(), (std::vector<int> {2, 3}));
        QCOMPARE(selection.currentSegment(), 1);
    }

    void segmentThatIsGoneIsNotHighlighted()
    {
        SegmentSelection selection;
        SelectionKeeper keeper(&selection);
        keeper.setResult(resultWith({0, 1}, {0, 1}));
        selection.setCurrentSegment(1);
        keeper.setResult(resultWith({0, 1}, {0, 2}));
        QCOMPARE(selection.currentSegment(), -1);
    }
};

QTEST_GUILESS_MAIN(TestSelectionKeeper)
#include "test_selection_keeper.moc"
