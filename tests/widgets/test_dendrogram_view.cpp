// The segment tree's layout: the top merges of a Ward tree at their heights, the groups below
// them as leaves in drawing order, each in its segment, and the cut between the merges that
// the segments undo and the ones they keep.

#include "widgets/dendrogram_view.h"

#include <QTest>

using namespace seg;

namespace {

/// Ward's tree of the five values 0, 1, 5, 7 and 20 (one feature).
Dendrogram fivePoints()
{
    Matrix x(5, 1);
    x << 0, 1, 5, 7, 20;
    WardOptions options;
    options.k = 2;
    const WardResult w = ward(x, options);
    return {w.merges, w.leaves, w.approximate};
}

} // namespace

class TestDendrogramView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeTree()
    {
        const Dendrogram tree = fivePoints();
        // Merges by hand: {0,1} at 1; {5,7} at 2; {0,1,5,7} at sqrt(2 * 4 * 25 / 4 ... ) ; then 20.
        QCOMPARE(tree.merges.size(), std::size_t(4));
        const DendrogramLayout layout = layoutDendrogram(tree, 2, 40);
        QCOMPARE(layout.shownLeaves, 5);
        QCOMPARE(layout.nodes.size(), std::size_t(9));
        const DendrogramLayout::Node &root = layout.nodes.back();
        QCOMPARE(root.height, tree.merges.back().height);
        QCOMPARE(root.size, std::int64_t(5));
        QCOMPARE(root.segment, -1); // above the cut
        // The cut at 2 lies between the last merge and the one before it.
        QVERIFY(layout.cutHeight > tree.merges[2].height && layout.cutHeight < tree.merges[3].height);
        // Leaves at 0..4; merges midway over their children, never below them.
        std::vector<double> xs;
        for (const auto &node : layout.nodes) {
            if (node.left < 0) {
                xs.push_back(node.x);
                QCOMPARE(node.height, 0.0);
            } else {
                const auto &l = layout.nodes[std::size_t(node.left)], &r = layout.nodes[std::size_t(node.right)];
                QCOMPARE(node.x, 0.5 * (l.x + r.x));
                QVERIFY(node.height >= l.height && node.height >= r.height);
                QCOMPARE(node.size, l.size + r.size);
            }
        }
        std::sort(xs.begin(), xs.end());
        QCOMPARE(xs, (std::vector<double>{0, 1, 2, 3, 4}));
        // Cut at 2: 20 alone is one segment, the four others the other.
        const Labels cut = cutDendrogram(tree.merges, tree.leaves, 2);
        int twenty = -1;
        for (const auto &node : layout.nodes)
            if (node.left < 0 && node.size == 1 && layout.nodes.back().right >= 0)
                twenty = std::max(twenty, node.segment);
        QCOMPARE(cut[4] == cut[0], false);
        for (const auto &node : layout.nodes)
            if (node.left < 0)
                QVERIFY(node.segment == cut[0] || node.segment == cut[4]);
        // The merge of {0,1,5,7} is below the cut: one segment.
        const auto &four = layout.nodes[std::size_t(root.left)].size == 4 ? layout.nodes[std::size_t(root.left)]
                                                                          : layout.nodes[std::size_t(root.right)];
        QCOMPARE(four.size, std::int64_t(4));
        QCOMPARE(four.segment, cut[0]);
    }

    // A large tree shows only its top: the last shown - 1 merges over groups of customers.
    void truncatedTree()
    {
        Matrix x(60, 1);
        for (int i = 0; i < 60; ++i)
            x(i, 0) = (i % 3) * 100.0 + i * 0.01;
        WardOptions options;
        options.k = 3;
        const WardResult w = ward(x, options);
        const Dendrogram tree{w.merges, w.leaves, w.approximate};
        const DendrogramLayout layout = layoutDendrogram(tree, 3, 12);
        QCOMPARE(layout.shownLeaves, 12);
        QCOMPARE(layout.nodes.size(), std::size_t(23));
        std::int64_t customers = 0;
        for (const auto &node : layout.nodes)
            if (node.left < 0) {
                customers += node.size;
                QVERIFY(node.segment >= 0 && node.segment < 3);
            }
        QCOMPARE(customers, std::int64_t(60));
        // Three groups 100 apart: the cut lies far above every merge within a group.
        QVERIFY(layout.cutHeight > 10 * tree.merges[tree.merges.size() - 3].height);
        QVERIFY(layoutDendrogram(Dendrogram{}, 3, 12).nodes.empty());
    }

    void viewDescribesItself()
    {
        DendrogramView view;
        QVERIFY(view.accessibleDescription().contains(QStringLiteral("No tree")));
        view.setTree(fivePoints(), 2);
        QVERIFY2(view.accessibleDescription().contains(QStringLiteral("gives 2 segments")),
                 qPrintable(view.accessibleDescription()));
        view.resize(400, 300);
        QImage image(view.size(), QImage::Format_ARGB32);
        view.render(&image); // paints without a display
        QCOMPARE(view.layout().shownLeaves, 5);
    }
};

QTEST_MAIN(TestDendrogramView)
#include "test_dendrogram_view.moc"
