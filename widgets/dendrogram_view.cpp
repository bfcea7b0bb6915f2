#include "widgets/dendrogram_view.h"

#include "widgets/segment_figures.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <functional>

namespace seg {

namespace {

// Leaves shown: enough for every segment to show how it was put together.
int leavesToShow(int k)
{
    return std::clamp(3 * k, 12, 40);
}

} // namespace

DendrogramLayout layoutDendrogram(const Dendrogram &tree, int k, int shown)
{
    DendrogramLayout out;
    const auto leaves = static_cast<std::int64_t>(tree.leaves);
    const auto merges = static_cast<std::int64_t>(tree.merges.size());
    if (leaves < 1 || merges + 1 != leaves)
        return out;
    const std::int64_t p = std::clamp<std::int64_t>(shown, 1, leaves);
    k = static_cast<int>(std::clamp<std::int64_t>(k, 1, leaves));
    const Labels cut = cutDendrogram(tree.merges, tree.leaves, k);
    // Ids from leaves + firstShown on are the merges drawn; the rest are groups drawn as leaves.
    const std::int64_t firstShown = merges - (p - 1);
    const auto sizeOf = [&](std::int64_t id) -> std::int64_t {
        return id < leaves ? 1 : tree.merges[static_cast<std::size_t>(id - leaves)].size;
    };
    const auto someLeaf = [&](std::int64_t id) {
        while (id >= leaves)
            id = tree.merges[static_cast<std::size_t>(id - leaves)].a;
        return id;
    };
    out.cutHeight = k >= 2 && merges >= k
                        ? 0.5 * (tree.merges[static_cast<std::size_t>(merges - k)].height
                                 + tree.merges[static_cast<std::size_t>(merges - k + 1)].height)
                        : (merges > 0 ? tree.merges.back().height * 1.05 : 0.0);
    double nextX = 0.0;
    // Depth-first from the root; children before parents, so the root ends last.
    std::function<int(std::int64_t)> place = [&](std::int64_t id) -> int {
        DendrogramLayout::Node node;
        node.size = sizeOf(id);
        if (id < leaves + firstShown) {
            node.x = nextX++;
            node.segment = cut[static_cast<std::size_t>(someLeaf(id))];
        } else {
            const WardMerge &m = tree.merges[static_cast<std::size_t>(id - leaves)];
            node.left = place(m.a);
            node.right = place(m.b);
            const auto &l = out.nodes[static_cast<std::size_t>(node.left)];
            const auto &r = out.nodes[static_cast<std::size_t>(node.right)];
            node.x = 0.5 * (l.x + r.x);
            node.height = m.height;
            // Below the cut a merge joins customers of one segment.
            node.segment = id - leaves < merges - (k - 1) ? l.segment : -1;
        }
        out.nodes.push_back(node);
        return static_cast<int>(out.nodes.size() - 1);
    };
    place(leaves + merges - 1);
    out.shownLeaves = static_cast<int>(nextX);
    return out;
}

DendrogramView::DendrogramView(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(240, 160);
    setAccessibleName(tr("Segment tree"));
    describe();
}

void DendrogramView::setTree(const Dendrogram &tree, int k)
{
    m_tree = tree;
    m_k = k;
    m_layout = layoutDendrogram(m_tree, k, leavesToShow(k));
    describe();
    update();
}

void DendrogramView::setAppearance(const SegmentAppearance &look)
{
    m_look = look;
    update();
}

void DendrogramView::describe()
{
    if (m_layout.nodes.empty()) {
        setAccessibleDescription(tr("No tree: the segments were not made by a hierarchical algorithm."));
        return;
    }
    setAccessibleDescription(tr("The last %1 merges of Ward's tree over %2 groups; the cut at height %3 gives %4 "
                                "segment(s).",
                                nullptr, pluralCount(static_cast<unsigned long long>(m_k)))
                                 .arg(m_layout.shownLeaves - 1)
                                 .arg(m_tree.leaves)
                                 .arg(QLocale().toString(m_layout.cutHeight, 'g', 3))
                                 .arg(m_k));
}

void DendrogramView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    painter.setPen(pal.color(QPalette::Text));
    const QFontMetrics fm(font());
    if (m_layout.nodes.empty()) {
        painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("The tree is shown for Ward's hierarchical clustering: choose it under Algorithm."));
        return;
    }
    const double top = m_layout.nodes.back().height * 1.05;
    const QString title = m_tree.summarised
                              ? tr("Top of the tree: its last %1 merges (the leaves are %2 k-means micro-clusters)")
                                    .arg(m_layout.shownLeaves - 1)
                                    .arg(m_tree.leaves)
                              : tr("Top of the tree: its last %1 merges; each leaf is a group of customers")
                                    .arg(m_layout.shownLeaves - 1);
    const int titleHeight = fm.height() + 6;
    painter.drawText(QRect(8, 4, width() - 16, titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     fm.elidedText(title, Qt::ElideRight, width() - 16));
    const QString axis = tr("Ward distance");
    const int left = fm.horizontalAdvance(QLocale().toString(top, 'g', 3)) + fm.height() + 12;
    const QRectF plot(left, titleHeight + 8, std::max(40, width() - left - 12),
                      std::max(40, height() - titleHeight - 8 - fm.height() - 12));
    const auto px = [&](double x) {
        return plot.left() + (m_layout.shownLeaves <= 1 ? 0.5 : (x + 0.5) / m_layout.shownLeaves) * plot.width();
    };
    const auto py = [&](double h) { return plot.bottom() - h / top * plot.height(); };

    // Axis: 0 and the top height, and its title.
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(QPointF(plot.left() - 4, plot.top()), QPointF(plot.left() - 4, plot.bottom()));
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(QRectF(0, plot.top() - fm.height() / 2.0, left - 8, fm.height()), Qt::AlignRight,
                     QLocale().toString(top, 'g', 3));
    painter.drawText(QRectF(0, plot.bottom() - fm.height() / 2.0, left - 8, fm.height()), Qt::AlignRight,
                     QStringLiteral("0"));
    painter.save();
    painter.translate(fm.height() / 2.0 + 2, plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-plot.height() / 2, -fm.height() / 2.0, plot.height(), fm.height()), Qt::AlignCenter,
                     axis);
    painter.restore();

    // Branches: from each child up to its parent's height, then across.
    for (const DendrogramLayout::Node &node : m_layout.nodes) {
        if (node.left < 0)
            continue;
        for (int c : {node.left, node.right}) {
            const DendrogramLayout::Node &child = m_layout.nodes[static_cast<std::size_t>(c)];
            const QColor colour = child.segment >= 0 ? m_look.color(child.segment) : pal.color(QPalette::Text);
            painter.setPen(QPen(colour, 2));
            painter.drawLine(QPointF(px(child.x), py(child.height)), QPointF(px(child.x), py(node.height)));
        }
        const QColor colour = node.segment >= 0 ? m_look.color(node.segment) : pal.color(QPalette::Text);
        painter.setPen(QPen(colour, 2));
        painter.drawLine(QPointF(px(m_layout.nodes[static_cast<std::size_t>(node.left)].x), py(node.height)),
                         QPointF(px(m_layout.nodes[static_cast<std::size_t>(node.right)].x), py(node.height)));
    }
    // Leaves: a dot in the segment's colour, and the customers under it when there is room.
    const double slot = plot.width() / std::max(1, m_layout.shownLeaves);
    for (const DendrogramLayout::Node &node : m_layout.nodes) {
        if (node.left >= 0)
            continue;
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_look.color(node.segment));
        painter.drawEllipse(QPointF(px(node.x), plot.bottom()), 3.5, 3.5);
        const QString count = QLocale().toString(static_cast<qlonglong>(node.size));
        if (fm.horizontalAdvance(count) + 4 <= slot) {
            painter.setPen(pal.color(QPalette::Text));
            painter.drawText(QRectF(px(node.x) - slot / 2, plot.bottom() + 5, slot, fm.height()), Qt::AlignCenter,
                             count);
        }
    }
    // The cut.
    if (m_k >= 2) {
        QPen dashed(pal.color(QPalette::Highlight), 1.5, Qt::DashLine);
        painter.setPen(dashed);
        const double y = py(m_layout.cutHeight);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.drawText(QRectF(plot.left(), y - fm.height() - 2, plot.width() - 4, fm.height()),
                         Qt::AlignRight | Qt::AlignBottom, tr("cut: %1 segments").arg(m_k));
    }
}

} // namespace seg
