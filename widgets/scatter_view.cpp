#include "widgets/scatter_view.h"

#include "engine/core/parallel.h"
#include "widgets/segment_selection.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPointer>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numbers>

namespace seg {

namespace {

// Per-point opacity is capped below 1 so that -log(1 - alpha) stays finite.
constexpr float kMaxAlpha = 0.995f;
// Coverage of an anti-aliased disc is quantised to this many levels (one log() per level, not per pixel).
constexpr int kCoverageLevels = 16;
// Drags shorter than this (logical pixels) are clicks.
constexpr double kClickSlop = 4.0;
// Outlines around selected points are drawn only up to this many (beyond that the dimming of
// everything else already shows the selection, and outlines would cover it).
constexpr std::size_t kMaxOutlinedRows = 5000;

enum class PointState : int { Normal = 0, Dimmed = 1, Selected = 2 };
constexpr int kStates = 3;

QColor mixColor(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

struct Layout
{
    QRect plot;     // logical pixels, integer aligned so device pixels are exact multiples
    QRect legend;   // empty when there is no legend
    QRect xTitle;
    QRect yTitle;   // before rotation: the strip left of the plot
};

struct LegendEntry
{
    int segment = 0; // -1 = unassigned
    QRectF rect;
};

// Even–odd crossing test (W. R. Franklin, "PNPOLY", 1970s; the classic ray-casting formulation).
bool insidePolygon(const std::vector<QPointF> &poly, double x, double y)
{
    bool inside = false;
    for (std::size_t i = 0, j = poly.size() - 1; i < poly.size(); j = i++) {
        const QPointF &a = poly[i];
        const QPointF &b = poly[j];
        if ((a.y() > y) != (b.y() > y) && x < (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()) + a.x())
            inside = !inside;
    }
    return inside;
}

} // namespace

struct ScatterView::Private
{
    ScatterView *q = nullptr;

    std::shared_ptr<const Embedding> points;
    QString xTitle, yTitle;
    std::shared_ptr<const Labels> labels;
    int segments = 0;
    SegmentAppearance appearance;
    std::vector<std::size_t> segmentCounts; // per segment, then one for unassigned
    QPointer<SegmentSelection> selection;
    std::vector<std::uint8_t> selectedFlags; // per point, from the selection's rows
    std::size_t selectedCount = 0;
    std::function<QString(int)> tooltipProvider;

    // Data bounds and the visible range (y upwards).
    QRectF bounds;
    QRectF view;

    // Uniform grid over `bounds`: cellStart[c] .. cellStart[c + 1] index into cellItems.
    int gridCols = 1;
    int gridRows = 1;
    std::vector<std::uint32_t> cellStart;
    std::vector<std::uint32_t> cellItems;

    // Rendered image cache.
    mutable QImage cache;
    mutable quint64 cacheGeneration = 0;
    quint64 generation = 1;
    mutable std::vector<float> accumulator;

    // Interaction.
    enum class Drag { None, Pending, Lasso, Rect, Pan };
    Drag drag = Drag::None;
    QPointF pressPos;
    QPointF lastPos;
    std::vector<QPointF> lasso;
    bool spaceHeld = false;

    std::size_t count() const { return points ? std::min(points->x.size(), points->y.size()) : 0; }
    bool hasLabels() const { return labels && labels->size() == count(); }
    void invalidate()
    {
        ++generation;
        q->update();
    }

    QString segmentName(int s) const { return appearance.name(s); }
    int currentSegment() const { return selection ? selection->currentSegment() : -1; }

    std::vector<int> legendSegments() const
    {
        std::vector<int> out;
        if (!hasLabels())
            return out;
        for (int s = 0; s < segments; ++s)
            out.push_back(s);
        if (!segmentCounts.empty() && segmentCounts.back() > 0)
            out.push_back(-1);
        return out;
    }

    Layout layout(const QSize &size) const;
    std::vector<LegendEntry> legendEntries(const Layout &l) const;
    void buildGrid();
    void rebuildSelectedFlags();
    void renderPoints(QImage &image, const QRect &devicePlot, qreal dpr) const;
    void drawDecorations(QPainter &p, const Layout &l, const QSize &size) const;
    std::vector<int> rowsInRect(const QRectF &widgetRect) const;
    std::vector<int> rowsInLasso(const std::vector<QPointF> &widgetPolygon) const;
    void finishSelection(std::vector<int> rows);
    int legendSegmentAt(const QPointF &pos) const;
};

Layout ScatterView::Private::layout(const QSize &size) const
{
    const QFontMetrics fm(q->font());
    const int lineHeight = fm.height();
    Layout l;
    const int top = lineHeight / 2 + 4;
    const int left = lineHeight + 12;
    const int bottom = lineHeight + 12;
    int right = 12;
    const std::vector<int> segs = legendSegments();
    if (!segs.empty() && size.width() >= 320) {
        QFont bold = q->font();
        bold.setBold(true);
        int textWidth = QFontMetrics(bold).horizontalAdvance(ScatterView::tr("Segments"));
        for (int s : segs)
            textWidth = std::max(textWidth, fm.horizontalAdvance(segmentName(s)));
        const int shareWidth = fm.horizontalAdvance(QStringLiteral("100.0%"));
        const int swatch = lineHeight * 3 / 4;
        const int wanted = swatch + 8 + textWidth + 10 + shareWidth + 4; // +4: elidedText() rounds
        const int width = std::clamp(wanted, swatch + 60, std::max(swatch + 60, std::min(280, size.width() * 17 / 50)));
        l.legend = QRect(size.width() - 10 - width, top, width, std::max(0, size.height() - top - bottom));
        right = width + 22;
    }
    l.plot = QRect(left, top, std::max(1, size.width() - left - right), std::max(1, size.height() - top - bottom));
    l.xTitle = QRect(l.plot.left(), l.plot.bottom() + 4, l.plot.width(), bottom - 4);
    l.yTitle = QRect(0, l.plot.top(), left - 4, l.plot.height());
    return l;
}

std::vector<LegendEntry> ScatterView::Private::legendEntries(const Layout &l) const
{
    std::vector<LegendEntry> out;
    if (l.legend.isEmpty())
        return out;
    const QFontMetrics fm(q->font());
    const int rowHeight = fm.height() + 6;
    int y = l.legend.top() + rowHeight + 2; // below the title
    const std::vector<int> segs = legendSegments();
    for (int s : segs) {
        if (y + rowHeight > l.legend.bottom() + 1)
            break;
        out.push_back({s, QRectF(l.legend.left(), y, l.legend.width(), rowHeight)});
        y += rowHeight;
    }
    // Leave room for the "+N more" line when entries were cut.
    if (out.size() < segs.size() && !out.empty())
        out.pop_back();
    return out;
}

void ScatterView::Private::buildGrid()
{
    const std::size_t n = count();
    cellStart.clear();
    cellItems.clear();
    if (n == 0)
        return;
    // About four points per cell on average: a hover query touches a handful of cells.
    const int g = std::clamp(static_cast<int>(std::ceil(std::sqrt(static_cast<double>(n) / 4.0))), 1, 1024);
    gridCols = gridRows = g;
    const double sx = bounds.width() > 0 ? g / bounds.width() : 0.0;
    const double sy = bounds.height() > 0 ? g / bounds.height() : 0.0;
    std::vector<std::uint32_t> cellOf(n);
    cellStart.assign(static_cast<std::size_t>(g) * g + 1, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const int cx = std::clamp(static_cast<int>((points->x[i] - bounds.left()) * sx), 0, g - 1);
        const int cy = std::clamp(static_cast<int>((points->y[i] - bounds.top()) * sy), 0, g - 1);
        cellOf[i] = static_cast<std::uint32_t>(cy * g + cx);
        ++cellStart[cellOf[i] + 1];
    }
    for (std::size_t c = 1; c < cellStart.size(); ++c)
        cellStart[c] += cellStart[c - 1];
    cellItems.resize(n);
    std::vector<std::uint32_t> fill(cellStart.begin(), cellStart.end() - 1);
    for (std::size_t i = 0; i < n; ++i)
        cellItems[fill[cellOf[i]]++] = static_cast<std::uint32_t>(i);
}

void ScatterView::Private::rebuildSelectedFlags()
{
    const std::size_t n = count();
    selectedFlags.assign(n, 0);
    selectedCount = 0;
    if (!selection)
        return;
    for (int r : selection->selectedRows()) {
        if (r >= 0 && static_cast<std::size_t>(r) < n && !selectedFlags[static_cast<std::size_t>(r)]) {
            selectedFlags[static_cast<std::size_t>(r)] = 1;
            ++selectedCount;
        }
    }
}

void ScatterView::Private::renderPoints(QImage &image, const QRect &dp, qreal dpr) const
{
    const std::size_t n = count();
    const int W = dp.width();
    const int H = dp.height();
    if (n == 0 || W <= 0 || H <= 0)
        return;

    const QColor base = q->palette().color(QPalette::Base);
    const QColor text = q->palette().color(QPalette::Text);
    const bool labelled = hasLabels();
    const int current = currentSegment();
    const bool emphasis = labelled && ((current >= 0 && current < segments) || selectedCount > 0);

    // Point size and opacity follow the expected overlap: sparse plots get large opaque discs,
    // a million points get 2x2 translucent dots whose overlaps build up a density picture.
    const double logicalRadius = n <= 2000 ? 3.0 : n <= 20000 ? 2.5 : n <= 100000 ? 2.0 : n <= 300000 ? 1.5 : 1.0;
    const bool dotPath = logicalRadius <= 1.0;
    const double radius = dotPath ? 1.0 : logicalRadius * dpr; // device pixels
    const double footprint = dotPath ? 4.0 : std::numbers::pi * radius * radius;
    const double coverage = static_cast<double>(n) * footprint / (static_cast<double>(W) * H);
    const float alpha = static_cast<float>(std::clamp(1.0 / (0.4 + 2.5 * coverage), 0.1, 1.0));

    // Colour classes: one per segment plus one for unassigned / unlabelled, times three states.
    const int classes = (labelled ? segments : 0) + 1;
    struct ColourClass
    {
        float r, g, b;
        std::array<float, kCoverageLevels + 1> weight; // -log(1 - alpha * coverage)
        std::array<float, 4> full;                     // weight at full coverage times (r, g, b, 1)
    };
    std::vector<ColourClass> table(static_cast<std::size_t>(classes) * kStates);
    for (int c = 0; c < classes; ++c) {
        QColor colour = c < classes - 1 ? appearance.color(c) : labelled ? appearance.color(-1) : mixColor(text, base, 0.4);
        for (int st = 0; st < kStates; ++st) {
            QColor col = colour;
            float a = alpha;
            if (st == static_cast<int>(PointState::Dimmed)) {
                col = mixColor(colour, base, 0.6);
                a = alpha * 0.3f;
            } else if (st == static_cast<int>(PointState::Selected)) {
                a = std::max(alpha, 0.9f);
            }
            ColourClass &cc = table[static_cast<std::size_t>(c * kStates + st)];
            cc.r = static_cast<float>(col.redF() * 255.0);
            cc.g = static_cast<float>(col.greenF() * 255.0);
            cc.b = static_cast<float>(col.blueF() * 255.0);
            for (int k = 0; k <= kCoverageLevels; ++k)
                cc.weight[static_cast<std::size_t>(k)] =
                    -std::log(1.0f - std::min(kMaxAlpha, a * static_cast<float>(k) / kCoverageLevels));
            const float w = cc.weight[kCoverageLevels];
            cc.full = {w * cc.r, w * cc.g, w * cc.b, w};
        }
    }

    // Accumulator per device pixel: weight-premultiplied r, g, b and the summed weight, where a
    // point's weight is -log(1 - alpha). Summing these is order-independent and equals
    // alpha compositing of all points' coverage (the colour being their weighted mean).
    accumulator.assign(static_cast<std::size_t>(W) * H * 4, 0.0f);
    float *acc = accumulator.data();

    const double kx = W / view.width();
    const double ky = H / view.height();
    const float fx0 = static_cast<float>(dp.left() - view.left() * kx);
    const float fy0 = static_cast<float>(dp.top() + H + view.top() * ky);
    const float fkx = static_cast<float>(kx);
    const float fky = static_cast<float>(ky);
    const float *xs = points->x.data();
    const float *ys = points->y.data();
    const std::int32_t *lab = labelled ? labels->data() : nullptr;
    const std::uint8_t *sel = selectedCount > 0 ? selectedFlags.data() : nullptr;

    auto classOf = [&](std::size_t i) {
        int c = classes - 1;
        if (lab) {
            const std::int32_t s = lab[i];
            if (s >= 0 && s < segments)
                c = s;
        }
        int st = static_cast<int>(PointState::Normal);
        if (sel && sel[i])
            st = static_cast<int>(PointState::Selected);
        else if (emphasis && !(current >= 0 && c == current && selectedCount == 0))
            st = static_cast<int>(PointState::Dimmed);
        return c * kStates + st;
    };
    auto add = [acc, W](int px, int py, const ColourClass &cc, float w) {
        float *a = acc + (static_cast<std::size_t>(py) * W + px) * 4;
        a[0] += w * cc.r;
        a[1] += w * cc.g;
        a[2] += w * cc.b;
        a[3] += w;
    };

    auto addFull = [acc, W](int px, int py, const std::array<float, 4> &v) {
        float *a = acc + (static_cast<std::size_t>(py) * W + px) * 4;
        for (int k = 0; k < 4; ++k)
            a[k] += v[static_cast<std::size_t>(k)];
    };

    const int left = dp.left();
    const int top = dp.top();
    if (dotPath) {
        for (std::size_t i = 0; i < n; ++i) {
            const float px = xs[i] * fkx + fx0 - static_cast<float>(left);
            const float py = fy0 - ys[i] * fky - static_cast<float>(top);
            if (!(px >= -1.0f && py >= -1.0f && px < static_cast<float>(W) + 1.0f && py < static_cast<float>(H) + 1.0f))
                continue;
            const std::array<float, 4> &v = table[static_cast<std::size_t>(classOf(i))].full;
            const int ix = static_cast<int>(std::floor(px - 0.5f));
            const int iy = static_cast<int>(std::floor(py - 0.5f));
            if (ix >= 0 && iy >= 0 && ix + 1 < W && iy + 1 < H) {
                addFull(ix, iy, v);
                addFull(ix + 1, iy, v);
                addFull(ix, iy + 1, v);
                addFull(ix + 1, iy + 1, v);
            } else {
                for (int dy = 0; dy < 2; ++dy)
                    for (int dx = 0; dx < 2; ++dx)
                        if (ix + dx >= 0 && ix + dx < W && iy + dy >= 0 && iy + dy < H)
                            addFull(ix + dx, iy + dy, v);
            }
        }
    } else {
        const float r = static_cast<float>(radius);
        for (std::size_t i = 0; i < n; ++i) {
            const float px = xs[i] * fkx + fx0 - static_cast<float>(left);
            const float py = fy0 - ys[i] * fky - static_cast<float>(top);
            if (!(px >= -r - 1 && py >= -r - 1 && px < W + r + 1 && py < H + r + 1))
                continue;
            const ColourClass &cc = table[static_cast<std::size_t>(classOf(i))];
            const int x0 = std::max(0, static_cast<int>(std::floor(px - r - 0.5f)));
            const int x1 = std::min(W - 1, static_cast<int>(std::floor(px + r + 0.5f)));
            const int y0 = std::max(0, static_cast<int>(std::floor(py - r - 0.5f)));
            const int y1 = std::min(H - 1, static_cast<int>(std::floor(py + r + 0.5f)));
            for (int y = y0; y <= y1; ++y) {
                const float dy = static_cast<float>(y) + 0.5f - py;
                for (int x = x0; x <= x1; ++x) {
                    const float dx = static_cast<float>(x) + 0.5f - px;
                    const float cover = std::clamp(r + 0.5f - std::sqrt(dx * dx + dy * dy), 0.0f, 1.0f);
                    const int level = static_cast<int>(cover * kCoverageLevels + 0.5f);
                    if (level > 0)
                        add(x, y, cc, cc.weight[static_cast<std::size_t>(level)]);
                }
            }
        }
    }

    // 1 - exp(-s) from a table: an exact expf per pixel costs more than all the accumulation above.
    // Linear interpolation over [0, kExpRange) keeps the error below 1e-5, far under one colour step.
    constexpr int kExpSteps = 1024;
    constexpr float kExpRange = 12.0f;
    std::array<float, kExpSteps + 2> coverTable;
    for (int i = 0; i <= kExpSteps + 1; ++i)
        coverTable[static_cast<std::size_t>(i)] = 1.0f - std::exp(-kExpRange * static_cast<float>(i) / kExpSteps);
    constexpr float kExpScale = kExpSteps / kExpRange;

    // Composite over the plot background, row-parallel (disjoint outputs, so thread-count independent).
    const float br = static_cast<float>(base.red());
    const float bg = static_cast<float>(base.green());
    const float bb = static_cast<float>(base.blue());
    uchar *bits = image.bits();
    const qsizetype stride = image.bytesPerLine();
    parallelFor(static_cast<std::size_t>(H), [&](std::size_t y0, std::size_t y1) {
        for (std::size_t y = y0; y < y1; ++y) {
            auto *line = reinterpret_cast<QRgb *>(bits + static_cast<qsizetype>(top + static_cast<int>(y)) * stride) + left;
            const float *a = acc + y * static_cast<std::size_t>(W) * 4;
            for (int x = 0; x < W; ++x, a += 4) {
                const float s = a[3];
                if (s <= 0.0f)
                    continue;
                float cov = 1.0f;
                if (s < kExpRange) {
                    const float f = s * kExpScale;
                    const int k = static_cast<int>(f);
                    const float t = f - static_cast<float>(k);
                    cov = coverTable[static_cast<std::size_t>(k)] * (1.0f - t) + coverTable[static_cast<std::size_t>(k) + 1] * t;
                }
                const float inv = cov / s;
                const float keep = 1.0f - cov;
                line[x] = qRgb(static_cast<int>(a[0] * inv + br * keep + 0.5f),
                               static_cast<int>(a[1] * inv + bg * keep + 0.5f),
                               static_cast<int>(a[2] * inv + bb * keep + 0.5f));
            }
        }
    }, 16);
}

void ScatterView::Private::drawDecorations(QPainter &p, const Layout &l, const QSize &size) const
{
    const QPalette pal = q->palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor windowText = pal.color(QPalette::WindowText);
    const QColor frame = mixColor(base, text, 0.22);
    const QFontMetrics fm(q->font());

    // Outlines of selected points (few of them): a ring in the text colour reads on any segment colour.
    if (selectedCount > 0 && selectedCount <= kMaxOutlinedRows) {
        p.save();
        p.setClipRect(l.plot);
        p.setRenderHint(QPainter::Antialiasing);
        QColor ring = text;
        ring.setAlphaF(0.85f);
        p.setPen(QPen(ring, 1.2));
        p.setBrush(Qt::NoBrush);
        const double r = count() <= 2000 ? 5.0 : count() <= 100000 ? 4.0 : 3.0;
        const std::size_t n = count();
        const double kx = l.plot.width() / view.width();
        const double ky = l.plot.height() / view.height();
        for (std::size_t i = 0; i < n; ++i)
            if (selectedFlags[i])
                p.drawEllipse(QPointF(l.plot.left() + (points->x[i] - view.left()) * kx,
                                      l.plot.bottom() + 1 - (points->y[i] - view.top()) * ky),
                              r, r);
        p.restore();
    }

    p.setPen(QPen(frame, 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(l.plot).adjusted(-0.5, -0.5, 0.5, 0.5));

    // Axis titles.
    QColor titleColour = windowText;
    titleColour.setAlphaF(0.8f);
    p.setPen(titleColour);
    if (points) {
        p.drawText(l.xTitle, Qt::AlignHCenter | Qt::AlignTop, fm.elidedText(xTitle, Qt::ElideRight, l.xTitle.width()));
        p.save();
        p.translate(l.yTitle.left() + 4, l.yTitle.center().y());
        p.rotate(-90);
        const QRect rotated(-l.yTitle.height() / 2, 0, l.yTitle.height(), l.yTitle.width());
        p.drawText(rotated, Qt::AlignHCenter | Qt::AlignTop, fm.elidedText(yTitle, Qt::ElideRight, rotated.width()));
        p.restore();
    }

    // Legend: a title, then a swatch, the name and the share per segment.
    if (!l.legend.isEmpty()) {
        QFont bold = q->font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(windowText);
        const int rowHeight = fm.height() + 6;
        p.drawText(QRect(l.legend.left(), l.legend.top(), l.legend.width(), rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   ScatterView::tr("Segments"));
        p.setFont(q->font());
        const int current = currentSegment();
        const std::size_t n = count();
        const QLocale locale = q->locale();
        const std::vector<LegendEntry> entries = legendEntries(l);
        const int swatch = fm.height() * 3 / 4;
        const int shareWidth = fm.horizontalAdvance(QStringLiteral("100.0%"));
        p.setRenderHint(QPainter::Antialiasing);
        for (const LegendEntry &e : entries) {
            const bool dim = current >= 0 && e.segment != current;
            QColor c = appearance.color(e.segment);
            QColor label = windowText;
            if (dim) {
                c = mixColor(c, pal.color(QPalette::Window), 0.55);
                label = mixColor(windowText, pal.color(QPalette::Window), 0.5);
            }
            const QRectF r = e.rect;
            if (e.segment == current && current >= 0) {
                QColor hl = pal.color(QPalette::Highlight);
                hl.setAlphaF(0.18f);
                p.setPen(Qt::NoPen);
                p.setBrush(hl);
                p.drawRoundedRect(r.adjusted(-4, 0, 0, 0), 4, 4);
            }
            p.setPen(QPen(mixColor(c, windowText, 0.25), 1));
            p.setBrush(c);
            p.drawRoundedRect(QRectF(r.left(), r.center().y() - swatch / 2.0, swatch, swatch), 2, 2);
            const std::size_t idx = e.segment < 0 ? segmentCounts.size() - 1 : static_cast<std::size_t>(e.segment);
            const double share = n > 0 && idx < segmentCounts.size() ? 100.0 * segmentCounts[idx] / n : 0.0;
            const QString shareText = locale.toString(share, 'f', 1) + locale.percent();
            const QRectF nameRect(r.left() + swatch + 8, r.top(), r.width() - swatch - 8 - shareWidth - 10, r.height());
            p.setPen(label);
            p.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(segmentName(e.segment), Qt::ElideRight, static_cast<int>(nameRect.width())));
            QColor shareColour = label;
            shareColour.setAlphaF(0.7f);
            p.setPen(shareColour);
            p.drawText(QRectF(r.right() - shareWidth, r.top(), shareWidth, r.height()), Qt::AlignRight | Qt::AlignVCenter,
                       shareText);
        }
        const std::size_t total = legendSegments().size();
        if (entries.size() < total) {
            const double y = entries.empty() ? l.legend.top() + rowHeight : entries.back().rect.bottom();
            p.setPen(mixColor(windowText, pal.color(QPalette::Window), 0.35));
            p.drawText(QRectF(l.legend.left(), y, l.legend.width(), rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                       ScatterView::tr("+%n more", nullptr, static_cast<int>(total - entries.size())));
        }
    }
    Q_UNUSED(size);
}

std::vector<int> ScatterView::Private::rowsInRect(const QRectF &widgetRect) const
{
    std::vector<int> rows;
    const QPointF a = q->mapFromWidget(widgetRect.topLeft());
    const QPointF b = q->mapFromWidget(widgetRect.bottomRight());
    const double x0 = std::min(a.x(), b.x()), x1 = std::max(a.x(), b.x());
    const double y0 = std::min(a.y(), b.y()), y1 = std::max(a.y(), b.y());
    const std::size_t n = count();
    for (std::size_t i = 0; i < n; ++i) {
        const double x = points->x[i], y = points->y[i];
        if (x >= x0 && x <= x1 && y >= y0 && y <= y1)
            rows.push_back(static_cast<int>(i));
    }
    return rows;
}

std::vector<int> ScatterView::Private::rowsInLasso(const std::vector<QPointF> &widgetPolygon) const
{
    std::vector<int> rows;
    if (widgetPolygon.size() < 3)
        return rows;
    // Containment is invariant under the (affine) widget-to-data map, so test in data space.
    std::vector<QPointF> poly;
    poly.reserve(widgetPolygon.size());
    double x0 = std::numeric_limits<double>::max(), x1 = -x0, y0 = x0, y1 = -x0;
    for (const QPointF &p : widgetPolygon) {
        poly.push_back(q->mapFromWidget(p));
        x0 = std::min(x0, poly.back().x());
        x1 = std::max(x1, poly.back().x());
        y0 = std::min(y0, poly.back().y());
        y1 = std::max(y1, poly.back().y());
    }
    const std::size_t n = count();
    std::vector<std::uint8_t> inside(n, 0);
    parallelFor(n, [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
            const double x = points->x[i], y = points->y[i];
            if (x >= x0 && x <= x1 && y >= y0 && y <= y1 && insidePolygon(poly, x, y))
                inside[i] = 1;
        }
    }, 4096);
    for (std::size_t i = 0; i < n; ++i)
        if (inside[i])
            rows.push_back(static_cast<int>(i));
    return rows;
}

void ScatterView::Private::finishSelection(std::vector<int> rows)
{
    if (selection)
        selection->setSelectedRows(rows);
    Q_EMIT q->rowsSelected(rows);
}

int ScatterView::Private::legendSegmentAt(const QPointF &pos) const
{
    const Layout l = layout(q->size());
    for (const LegendEntry &e : legendEntries(l))
        if (e.rect.adjusted(-4, 0, 0, 0).contains(pos))
            return e.segment;
    return std::numeric_limits<int>::min();
}

ScatterView::ScatterView(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::CrossCursor);
    setAccessibleName(tr("Segment map"));
    setWhatsThis(tr("Every customer as a point, coloured by segment. Scroll to zoom, drag with the middle button "
                    "or Space held to pan, drag to draw a lasso, Shift+drag to select a rectangle, Escape to "
                    "clear the selection."));
}

ScatterView::~ScatterView() = default;

void ScatterView::setAxisTitles(const QString &x, const QString &y)
{
    if (d->xTitle == x && d->yTitle == y)
        return;
    d->xTitle = x;
    d->yTitle = y;
    update();
}

void ScatterView::setPoints(std::shared_ptr<const Embedding> points)
{
    const std::size_t oldCount = d->count();
    d->points = std::move(points);
    const std::size_t n = d->count();
    if (n != oldCount && d->labels && d->labels->size() != n) {
        d->labels.reset();
        d->segmentCounts.clear();
    }
    if (n > 0) {
        float x0 = d->points->x[0], x1 = x0, y0 = d->points->y[0], y1 = y0;
        for (std::size_t i = 1; i < n; ++i) {
            x0 = std::min(x0, d->points->x[i]);
            x1 = std::max(x1, d->points->x[i]);
            y0 = std::min(y0, d->points->y[i]);
            y1 = std::max(y1, d->points->y[i]);
        }
        d->bounds = QRectF(x0, y0, static_cast<double>(x1) - x0, static_cast<double>(y1) - y0);
    } else {
        d->bounds = QRectF(0, 0, 1, 1);
    }
    d->buildGrid();
    d->rebuildSelectedFlags();
    resetZoom();
}

void ScatterView::setLabels(std::shared_ptr<const Labels> labels, int segments)
{
    d->labels = std::move(labels);
    d->segments = std::max(0, segments);
    d->segmentCounts.assign(static_cast<std::size_t>(d->segments) + 1, 0);
    if (d->labels) {
        for (std::int32_t s : *d->labels)
            ++d->segmentCounts[s >= 0 && s < d->segments ? static_cast<std::size_t>(s) : d->segmentCounts.size() - 1];
    }
    d->invalidate();
}

void ScatterView::setSelection(SegmentSelection *selection)
{
    if (d->selection)
        disconnect(d->selection, nullptr, this, nullptr);
    d->selection = selection;
    if (selection) {
        connect(selection, &SegmentSelection::currentSegmentChanged, this, [this] { d->invalidate(); });
        connect(selection, &SegmentSelection::selectedRowsChanged, this, [this] {
            d->rebuildSelectedFlags();
            d->invalidate();
        });
    }
    d->rebuildSelectedFlags();
    d->invalidate();
}

void ScatterView::setTooltipProvider(std::function<QString(int)> provider)
{
    d->tooltipProvider = std::move(provider);
}

void ScatterView::setAppearance(const SegmentAppearance &appearance)
{
    if (d->appearance == appearance)
        return;
    d->appearance = appearance;
    d->invalidate();
}

const SegmentAppearance &ScatterView::appearance() const
{
    return d->appearance;
}

QRect ScatterView::plotRect() const
{
    return d->layout(size()).plot;
}

QRectF ScatterView::visibleRange() const
{
    return d->view;
}

QPointF ScatterView::mapToWidget(double x, double y) const
{
    const QRect p = plotRect();
    return {p.left() + (x - d->view.left()) * p.width() / d->view.width(),
            p.top() + p.height() - (y - d->view.top()) * p.height() / d->view.height()};
}

QPointF ScatterView::mapFromWidget(const QPointF &pos) const
{
    const QRect p = plotRect();
    return {d->view.left() + (pos.x() - p.left()) * d->view.width() / p.width(),
            d->view.top() + (p.top() + p.height() - pos.y()) * d->view.height() / p.height()};
}

void ScatterView::zoomAt(const QPointF &pos, double factor)
{
    if (!(factor > 0.0) || d->count() == 0)
        return;
    const QPointF anchor = mapFromWidget(pos);
    const double base = std::max(d->bounds.width(), d->bounds.height());
    double w = d->view.width() / factor;
    double h = d->view.height() / factor;
    // Stop at 10,000x in and at 20x the data out, where the view would show nothing useful.
    const double maxSpan = std::max(w, h);
    if (maxSpan < base * 1e-4 || maxSpan > base * 20.0)
        return;
    const double left = anchor.x() - (anchor.x() - d->view.left()) / factor;
    const double bottom = anchor.y() - (anchor.y() - d->view.top()) / factor;
    d->view = QRectF(left, bottom, w, h);
    d->invalidate();
}

void ScatterView::resetZoom()
{
    QRectF b = d->bounds;
    // A single point or a line has no extent in one direction: give it one unit.
    if (b.width() <= 0)
        b = QRectF(b.left() - 0.5, b.top(), 1.0, b.height());
    if (b.height() <= 0)
        b = QRectF(b.left(), b.top() - 0.5, b.width(), 1.0);
    const double mx = b.width() * 0.04, my = b.height() * 0.04;
    d->view = b.adjusted(-mx, -my, mx, my);
    d->invalidate();
}

QImage ScatterView::render(const QSize &size, qreal devicePixelRatio) const
{
    const qreal dpr = devicePixelRatio > 0 ? devicePixelRatio : 1.0;
    QImage image(QSize(std::max(1, static_cast<int>(std::lround(size.width() * dpr))),
                       std::max(1, static_cast<int>(std::lround(size.height() * dpr)))),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    const QPalette pal = palette();
    image.fill(pal.color(QPalette::Window));
    const Layout l = d->layout(size);

    if (d->count() == 0) {
        QPainter p(&image);
        p.setRenderHint(QPainter::TextAntialiasing);
        QFont big = font();
        big.setPointSizeF(big.pointSizeF() * 1.3);
        p.setFont(big);
        QColor c = pal.color(QPalette::WindowText);
        c.setAlphaF(0.6f);
        p.setPen(c);
        const QRect r(0, 0, size.width(), size.height());
        const int h = QFontMetrics(big).height();
        p.drawText(r.adjusted(12, 0, -12, -h), Qt::AlignCenter, tr("No data yet"));
        p.setFont(font());
        c.setAlphaF(0.5f);
        p.setPen(c);
        p.drawText(r.adjusted(12, h + 8, -12, 0), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("Load customer data and compute segments to see the segment map."));
        return image;
    }

    {
        QPainter p(&image);
        p.fillRect(l.plot, pal.color(QPalette::Base));
    }
    const QRect devicePlot(static_cast<int>(std::lround(l.plot.left() * dpr)), static_cast<int>(std::lround(l.plot.top() * dpr)),
                           static_cast<int>(std::lround(l.plot.width() * dpr)),
                           static_cast<int>(std::lround(l.plot.height() * dpr)));
    d->renderPoints(image, devicePlot.intersected(image.rect()), dpr);

    QPainter p(&image);
    p.setRenderHint(QPainter::TextAntialiasing);
    d->drawDecorations(p, l, size);
    return image;
}

int ScatterView::pointAt(const QPointF &pos, qreal radius) const
{
    const std::size_t n = d->count();
    const QRect plot = plotRect();
    if (n == 0 || d->cellStart.empty() || !QRectF(plot).adjusted(-radius, -radius, radius, radius).contains(pos))
        return -1;
    const double kx = plot.width() / d->view.width();
    const double ky = plot.height() / d->view.height();
    const QPointF c = mapFromWidget(pos);
    const double rx = radius / kx, ry = radius / ky;
    const QRectF &b = d->bounds;
    const int g = d->gridCols;
    const double sx = b.width() > 0 ? g / b.width() : 0.0;
    const double sy = b.height() > 0 ? g / b.height() : 0.0;
    if (c.x() + rx < b.left() || c.x() - rx > b.right() || c.y() + ry < b.top() || c.y() - ry > b.bottom())
        return -1;
    const int cx0 = std::clamp(static_cast<int>(std::floor((c.x() - rx - b.left()) * sx)), 0, g - 1);
    const int cx1 = std::clamp(static_cast<int>(std::floor((c.x() + rx - b.left()) * sx)), 0, g - 1);
    const int cy0 = std::clamp(static_cast<int>(std::floor((c.y() - ry - b.top()) * sy)), 0, g - 1);
    const int cy1 = std::clamp(static_cast<int>(std::floor((c.y() + ry - b.top()) * sy)), 0, g - 1);
    int best = -1;
    double bestD = radius * radius;
    for (int cy = cy0; cy <= cy1; ++cy) {
        for (int cx = cx0; cx <= cx1; ++cx) {
            const std::size_t cell = static_cast<std::size_t>(cy) * g + cx;
            for (std::uint32_t k = d->cellStart[cell]; k < d->cellStart[cell + 1]; ++k) {
                const std::uint32_t i = d->cellItems[k];
                const double dx = (d->points->x[i] - c.x()) * kx;
                const double dy = (d->points->y[i] - c.y()) * ky;
                const double dist = dx * dx + dy * dy;
                if (dist < bestD || (dist == bestD && best >= 0 && static_cast<int>(i) < best)) {
                    bestD = dist;
                    best = static_cast<int>(i);
                }
            }
        }
    }
    return best;
}

QSize ScatterView::sizeHint() const
{
    return {640, 480};
}

QSize ScatterView::minimumSizeHint() const
{
    return {240, 180};
}

void ScatterView::paintEvent(QPaintEvent *)
{
    const qreal dpr = devicePixelRatioF();
    if (d->cache.isNull() || d->cacheGeneration != d->generation || d->cache.deviceIndependentSize().toSize() != size()
        || d->cache.devicePixelRatio() != dpr) {
        d->cache = render(size(), dpr);
        d->cacheGeneration = d->generation;
    }
    QPainter p(this);
    p.drawImage(QPointF(0, 0), d->cache);

    const QColor hl = palette().color(QPalette::Highlight);
    QColor fill = hl;
    fill.setAlphaF(0.15f);
    if (d->drag == Private::Drag::Lasso && d->lasso.size() > 1) {
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(hl, 1.5, Qt::DashLine));
        p.setBrush(fill);
        p.drawPolygon(d->lasso.data(), static_cast<int>(d->lasso.size()));
    } else if (d->drag == Private::Drag::Rect) {
        p.setPen(QPen(hl, 1.0, Qt::DashLine));
        p.setBrush(fill);
        p.drawRect(QRectF(d->pressPos, d->lastPos).normalized());
    }
}

void ScatterView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    d->invalidate();
}

void ScatterView::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y();
    if (steps == 0 || d->count() == 0) {
        event->ignore();
        return;
    }
    zoomAt(event->position(), std::pow(1.2, steps / 120.0));
    event->accept();
}

void ScatterView::mousePressEvent(QMouseEvent *event)
{
    d->pressPos = d->lastPos = event->position();
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && d->spaceHeld)) {
        d->drag = Private::Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
    } else if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier)) {
        d->drag = Private::Drag::Rect;
    } else if (event->button() == Qt::LeftButton) {
        const int legendSegment = d->legendSegmentAt(event->position());
        if (legendSegment != std::numeric_limits<int>::min()) {
            if (d->selection)
                d->selection->setCurrentSegment(d->selection->currentSegment() == legendSegment ? -1 : legendSegment);
            d->drag = Private::Drag::None;
            return;
        }
        d->drag = Private::Drag::Pending;
        d->lasso.assign(1, event->position());
    } else {
        QWidget::mousePressEvent(event);
        return;
    }
    event->accept();
}

void ScatterView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    switch (d->drag) {
    case Private::Drag::None:
        if (!d->spaceHeld)
            setCursor(d->legendSegmentAt(pos) != std::numeric_limits<int>::min() ? Qt::PointingHandCursor : Qt::CrossCursor);
        return;
    case Private::Drag::Pan: {
        const QRect plot = plotRect();
        const QPointF delta = pos - d->lastPos;
        d->view.translate(-delta.x() * d->view.width() / plot.width(), delta.y() * d->view.height() / plot.height());
        d->invalidate();
        break;
    }
    case Private::Drag::Pending:
        if (QLineF(d->pressPos, pos).length() < kClickSlop)
            break;
        d->drag = Private::Drag::Lasso;
        [[fallthrough]];
    case Private::Drag::Lasso:
        // Skip vertices closer than 2 px: the polygon test cost grows with its vertex count.
        if (QLineF(d->lasso.back(), pos).length() >= 2.0)
            d->lasso.push_back(pos);
        update();
        break;
    case Private::Drag::Rect:
        update();
        break;
    }
    d->lastPos = pos;
    event->accept();
}

void ScatterView::mouseReleaseEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    const Private::Drag drag = d->drag;
    d->drag = Private::Drag::None;
    switch (drag) {
    case Private::Drag::None:
        QWidget::mouseReleaseEvent(event);
        return;
    case Private::Drag::Pan:
        setCursor(d->spaceHeld ? Qt::OpenHandCursor : Qt::CrossCursor);
        break;
    case Private::Drag::Pending: {
        // A click on a point makes its segment the current one.
        const int row = pointAt(pos);
        if (row >= 0 && d->hasLabels() && d->selection)
            d->selection->setCurrentSegment((*d->labels)[static_cast<std::size_t>(row)]);
        break;
    }
    case Private::Drag::Lasso:
        if (QLineF(d->lasso.back(), pos).length() > 0.0)
            d->lasso.push_back(pos);
        d->finishSelection(d->rowsInLasso(d->lasso));
        d->lasso.clear();
        update();
        break;
    case Private::Drag::Rect:
        d->lastPos = pos;
        if (QLineF(d->pressPos, pos).length() >= kClickSlop)
            d->finishSelection(d->rowsInRect(QRectF(d->pressPos, pos).normalized()));
        update();
        break;
    }
    event->accept();
}

void ScatterView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        if (d->drag != Private::Drag::None) {
            d->drag = Private::Drag::None;
            d->lasso.clear();
            setCursor(d->spaceHeld ? Qt::OpenHandCursor : Qt::CrossCursor);
            update();
        } else if (d->selection && !d->selection->selectedRows().empty()) {
            d->finishSelection({});
        } else if (d->selection) {
            d->selection->setCurrentSegment(-1);
        }
        break;
    case Qt::Key_Space:
        if (!event->isAutoRepeat()) {
            d->spaceHeld = true;
            setCursor(Qt::OpenHandCursor);
        }
        break;
    case Qt::Key_Home:
    case Qt::Key_0:
        resetZoom();
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAt(QRectF(plotRect()).center(), 1.25);
        break;
    case Qt::Key_Minus:
        zoomAt(QRectF(plotRect()).center(), 1.0 / 1.25);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ScatterView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        d->spaceHeld = false;
        if (d->drag != Private::Drag::Pan)
            setCursor(Qt::CrossCursor);
        event->accept();
        return;
    }
    QWidget::keyReleaseEvent(event);
}

void ScatterView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::StyleChange || event->type() == QEvent::LocaleChange)
        d->invalidate();
    QWidget::changeEvent(event);
}

bool ScatterView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = pointAt(help->pos());
        QString text;
        if (row >= 0) {
            if (d->tooltipProvider) {
                text = d->tooltipProvider(row);
            } else {
                const int s = d->hasLabels() ? (*d->labels)[static_cast<std::size_t>(row)] : -1;
                text = tr("Customer %1").arg(locale().toString(row + 1));
                if (d->hasLabels())
                    text += QLatin1Char('\n') + d->segmentName(s >= 0 && s < d->segments ? s : -1);
            }
        } else {
            const int s = d->legendSegmentAt(help->pos());
            if (s != std::numeric_limits<int>::min()) {
                const std::size_t idx = s < 0 ? d->segmentCounts.size() - 1 : static_cast<std::size_t>(s);
                text = tr("%1: %n customer(s)\nClick to highlight this segment.", nullptr,
                          static_cast<int>(idx < d->segmentCounts.size() ? d->segmentCounts[idx] : 0))
                           .arg(d->segmentName(s));
            }
        }
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace seg
