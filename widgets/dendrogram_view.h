#pragma once
// The top of a hierarchical segmentation's tree (Ward): the last merges, each drawn at its
// height, the groups below them as leaves with their customer counts, the cut that gives the
// segments as a dashed line, and each group in its segment's colour. As scipy's dendrogram
// with truncate_mode="lastp" shows a large tree.

#include "engine/cluster/clustering.h"
#include "widgets/segment_appearance.h"

#include <QWidget>

#include <cstdint>
#include <vector>

namespace seg {

/// Where each node of a truncated tree goes.
struct DendrogramLayout
{
    struct Node
    {
        double x = 0.0;      ///< leaves at 0, 1, …, shown - 1 in drawing order; a merge midway over its children
        double height = 0.0; ///< 0 for a leaf, else the merge's height
        std::int64_t size = 0; ///< customers under it (leaves of the tree when that is all that is known)
        int segment = -1;    ///< the segment all its customers are in; -1 above the cut
        int left = -1, right = -1; ///< children (indices into nodes); -1 for a leaf
    };
    std::vector<Node> nodes; ///< the root last
    int shownLeaves = 0;
    double cutHeight = 0.0; ///< between the merges the cut at k separates
};

/// The last `shown - 1` merges of `tree` (all of them when the tree has fewer leaves) and the
/// groups they join, cut into k segments (seg::cutDendrogram numbering). Empty for an empty tree.
DendrogramLayout layoutDendrogram(const Dendrogram &tree, int k, int shown);

class DendrogramView : public QWidget
{
    Q_OBJECT
public:
    explicit DendrogramView(QWidget *parent = nullptr);

    /// The tree of the current result and its cut (k); an empty tree shows why there is none.
    void setTree(const Dendrogram &tree, int k);
    void setAppearance(const SegmentAppearance &look);
    const DendrogramLayout &layout() const { return m_layout; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void describe();

    Dendrogram m_tree;
    int m_k = 0;
    DendrogramLayout m_layout;
    SegmentAppearance m_look;
};

} // namespace seg
