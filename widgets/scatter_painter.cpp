#include "widgets/scatter_painter.h"
#include "widgets/segment_figures.h"

#include "engine/core/parallel.h"
#include "widgets/paint_support.h"

#include <QFontMetrics>
#include <QPainter>
#include <QTransform>

#include <algorithm>
#include <atomic>
#include <limits>
#include <array>
#include <cmath>
#include <numbers>

namespace seg {

namespace {

// Per-point opacity is capped below 1 so that -log(1 - alpha) stays finite.
constexpr float kMaxAlpha = 0.995f;
// Coverage of an anti-aliased disc is quantised to this many levels (one log() per level, not per pixel).
constexpr int kCoverageLevels = 16;
// Outlines around selected points are drawn only up to this many (beyond that the dimming of
// everything else already shows the selection, and outlines would cover it).
constexpr std::size_t kMaxOutlinedRows = 5000;
// The largest point raster: a 4K plot. Its accumulator takes 16 bytes per pixel (134 MB here);
// a PDF page at 1200 dpi would otherwise ask for gigabytes.
constexpr double kMaxRasterPixels = 3840.0 * 2184.0;
// Vector devices (SVG, PDF, printers) are zoomed into; their point raster has at least this
// many pixels per logical pixel.
constexpr double kMinVectorScale = 2.0;

enum class PointState : int { Normal = 0, Dimmed = 1, Selected = 2, Uncertain = 3 };
constexpr int kStates = 4;

} // namespace

struct ScatterPainter::Layout
{
    QRect plot;   // logical pixels, whole, so device pixels are exact multiples
    QRect legend; // empty when there is no legend
    QRect xTitle;
    QRect yTitle; // before rotation: the strip left of the plot
};

struct ScatterPainter::Scratch
{
    // Per device pixel of the plot: weight-premultiplied r, g, b and the summed weight.
    std::vector<float> accumulator;
    // Points binned by bands of device rows (see rasterisePoints): where each band's list
    // starts in bandPoints, and the point indices, in index order within each band.
    std::vector<std::uint32_t> bandStart;
    std::vector<std::uint32_t> bandPoints;
    // The point raster drawn into the plot.
    QImage layer;
};

namespace {
std::atomic<int> s_rasterBandRows {16};
} // namespace

void ScatterPainter::setRasterBandRows(int rows)
{
    s_rasterBandRows.store(std::max(1, rows), std::memory_order_relaxed);
}

ScatterPainter::ScatterPainter()
    : m_scratch(std::make_unique<Scratch>())
{
}

ScatterPainter::~ScatterPainter() = default;

ScatterPainter::ScatterPainter(const ScatterPainter &other)
    : m_points(other.m_points)
    , m_labels(other.m_labels)
    , m_segments(other.m_segments)
    , m_segmentSizes(other.m_segmentSizes)
    , m_appearance(other.m_appearance)
    , m_xTitle(other.m_xTitle)
    , m_yTitle(other.m_yTitle)
    , m_highlighted(other.m_highlighted)
    , m_selectedRows(other.m_selectedRows)
    , m_selectedFlags(other.m_selectedFlags)
    , m_certainty(other.m_certainty)
    , m_selectedCount(other.m_selectedCount)
    , m_palette(other.m_palette)
    , m_font(other.m_font)
    , m_locale(other.m_locale)
    , m_bounds(other.m_bounds)
    , m_typical(other.m_typical)
    , m_flagged(other.m_flagged)
    , m_view(other.m_view)
    , m_scratch(std::make_unique<Scratch>()) // buffers are per painter, never shared
{
}

ScatterPainter &ScatterPainter::operator=(const ScatterPainter &other)
{
    if (this != &other) {
        ScatterPainter copy(other);
        std::swap(m_points, copy.m_points);
        std::swap(m_labels, copy.m_labels);
        m_segments = copy.m_segments;
        std::swap(m_segmentSizes, copy.m_segmentSizes);
        std::swap(m_appearance, copy.m_appearance);
        std::swap(m_xTitle, copy.m_xTitle);
        std::swap(m_yTitle, copy.m_yTitle);
        m_highlighted = copy.m_highlighted;
        std::swap(m_selectedRows, copy.m_selectedRows);
        std::swap(m_selectedFlags, copy.m_selectedFlags);
        std::swap(m_certainty, copy.m_certainty);
        m_selectedCount = copy.m_selectedCount;
        std::swap(m_palette, copy.m_palette);
        std::swap(m_font, copy.m_font);
        std::swap(m_locale, copy.m_locale);
        m_bounds = copy.m_bounds;
        m_typical = copy.m_typical;
        std::swap(m_flagged, copy.m_flagged);
        m_view = copy.m_view;
    }
    return *this;
}

std::size_t ScatterPainter::pointCount() const
{
    return m_points ? std::min(m_points->x.size(), m_points->y.size()) : 0;
}

bool ScatterPainter::hasLabels() const
{
    return m_labels && m_labels->size() == pointCount();
}

std::size_t ScatterPainter::segmentSize(int segment) const
{
    if (!hasLabels() || m_segmentSizes.empty())
        return 0;
    const std::size_t index = segment < 0 ? m_segmentSizes.size() - 1 : static_cast<std::size_t>(segment);
    return index < m_segmentSizes.size() ? m_segmentSizes[index] : 0;
}

void ScatterPainter::setPoints(std::shared_ptr<const Embedding> points)
{
    const std::size_t oldCount = pointCount();
    m_points = std::move(points);
    m_outside = {}; // a new embedding may reuse the old one's address
    const std::size_t n = pointCount();
    if (n != oldCount && m_labels && m_labels->size() != n) {
        m_labels.reset();
        m_segmentSizes.clear();
    }
    if (n > 0) {
        float x0 = m_points->x[0], x1 = x0, y0 = m_points->y[0], y1 = y0;
        for (std::size_t i = 1; i < n; ++i) {
            x0 = std::min(x0, m_points->x[i]);
            x1 = std::max(x1, m_points->x[i]);
            y0 = std::min(y0, m_points->y[i]);
            y1 = std::max(y1, m_points->y[i]);
        }
        m_bounds = QRectF(x0, y0, static_cast<double>(x1) - x0, static_cast<double>(y1) - y0);
    } else {
        m_bounds = QRectF(0, 0, 1, 1);
    }
    m_typical = fullRange();
    if (n >= 200) {
        // Robust limits: a handful of extreme customers must not set the scale of the map.
        const auto limits = [n](const std::vector<float> &values) {
            std::vector<float> v(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(n));
            const auto at = [&](double q) {
                const auto k = static_cast<std::ptrdiff_t>(std::floor(q * static_cast<double>(n - 1)));
                std::nth_element(v.begin(), v.begin() + k, v.end());
                return static_cast<double>(v[static_cast<std::size_t>(k)]);
            };
            const double lo = at(0.005);
            const double hi = at(0.995);
            const double margin = std::max(hi - lo, 1e-9) * 0.10;
            return std::pair {lo - margin, hi + margin};
        };
        const auto [xl, xh] = limits(m_points->x);
        const auto [yl, yh] = limits(m_points->y);
        const QRectF full = fullRange();
        const QRectF typical = QRectF(QPointF(xl, yl), QPointF(xh, yh)).intersected(full);
        if (typical.width() > 0 && typical.height() > 0)
            m_typical = typical;
    }
    rebuildSelectedFlags();
    m_view = m_typical;
}

std::size_t ScatterPainter::pointsOutsideView() const
{
    if (m_outside.points == m_points.get() && m_outside.view == m_view)
        return m_outside.count;
    std::size_t outside = 0;
    const std::size_t n = pointCount();
    const double x0 = m_view.left(), x1 = m_view.right(), y0 = m_view.top(), y1 = m_view.bottom();
    for (std::size_t i = 0; i < n; ++i) {
        const double x = m_points->x[i], y = m_points->y[i];
        outside += (x < x0 || x > x1 || y < y0 || y > y1) ? 1 : 0;
    }
    m_outside = {m_points.get(), m_view, outside};
    return outside;
}

void ScatterPainter::setFlaggedSegments(const std::vector<int> &segments)
{
    m_flagged = segments;
}

void ScatterPainter::setLabels(std::shared_ptr<const Labels> labels, int segments)
{
    m_labels = std::move(labels);
    m_segments = std::max(0, segments);
    m_segmentSizes.assign(static_cast<std::size_t>(m_segments) + 1, 0);
    if (m_labels) {
        for (std::int32_t s : *m_labels)
            ++m_segmentSizes[s >= 0 && s < m_segments ? static_cast<std::size_t>(s) : m_segmentSizes.size() - 1];
    }
}

void ScatterPainter::setAppearance(const SegmentAppearance &appearance)
{
    m_appearance = appearance;
}

void ScatterPainter::setAxisTitles(const QString &x, const QString &y)
{
    m_xTitle = x;
    m_yTitle = y;
}

void ScatterPainter::setHighlightedSegment(int segment)
{
    m_highlighted = segment;
}

void ScatterPainter::setSelectedRows(const std::vector<int> &rows)
{
    m_selectedRows = rows;
    rebuildSelectedFlags();
}

void ScatterPainter::setCertainty(std::shared_ptr<const std::vector<double>> certainty)
{
    m_certainty = std::move(certainty);
}

std::size_t ScatterPainter::uncertainCount() const
{
    if (!m_certainty || m_certainty->size() != pointCount())
        return 0;
    return static_cast<std::size_t>(
        std::count_if(m_certainty->begin(), m_certainty->end(), [](double c) { return c < kUncertainBelow; }));
}

void ScatterPainter::rebuildSelectedFlags()
{
    const std::size_t n = pointCount();
    m_selectedFlags.assign(n, 0);
    m_selectedCount = 0;
    for (int r : m_selectedRows) {
        if (r >= 0 && static_cast<std::size_t>(r) < n && !m_selectedFlags[static_cast<std::size_t>(r)]) {
            m_selectedFlags[static_cast<std::size_t>(r)] = 1;
            ++m_selectedCount;
        }
    }
}

void ScatterPainter::setPalette(const QPalette &palette)
{
    m_palette = palette;
}

void ScatterPainter::setFont(const QFont &font)
{
    m_font = font;
}

void ScatterPainter::setLocale(const QLocale &locale)
{
    m_locale = locale;
}

void ScatterPainter::setVisibleRange(const QRectF &range)
{
    if (range.width() > 0 && range.height() > 0)
        m_view = range;
}

QRectF ScatterPainter::fullRange() const
{
    QRectF b = m_bounds;
    // A single point or a line has no extent in one direction: give it one unit.
    if (b.width() <= 0)
        b = QRectF(b.left() - 0.5, b.top(), 1.0, b.height());
    if (b.height() <= 0)
        b = QRectF(b.left(), b.top() - 0.5, b.width(), 1.0);
    const double mx = b.width() * 0.04, my = b.height() * 0.04;
    return b.adjusted(-mx, -my, mx, my);
}

std::vector<int> ScatterPainter::legendSegments() const
{
    std::vector<int> out;
    if (!hasLabels())
        return out;
    for (int s = 0; s < m_segments; ++s)
        out.push_back(s);
    if (!m_segmentSizes.empty() && m_segmentSizes.back() > 0)
        out.push_back(-1);
    return out;
}

ScatterPainter::Layout ScatterPainter::layout(const QSize &size) const
{
    const QFontMetrics fm(m_font);
    const int lineHeight = fm.height();
    Layout l;
    const int top = lineHeight / 2 + 4;
    const int left = lineHeight + 12;
    const int bottom = lineHeight + 12;
    int right = 12;
    const std::vector<int> segs = legendSegments();
    if (!segs.empty() && size.width() >= 320) {
        QFont bold = m_font;
        bold.setBold(true);
        int textWidth = QFontMetrics(bold).horizontalAdvance(tr("Segments"));
        for (int s : segs)
            textWidth = std::max(textWidth, fm.horizontalAdvance(m_appearance.name(s)));
        const int shareWidth = fm.horizontalAdvance(smallSegmentMark() + QStringLiteral(" 100.0%"));
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

std::vector<std::pair<int, QRectF>> ScatterPainter::legendEntries(const Layout &l) const
{
    std::vector<std::pair<int, QRectF>> out;
    if (l.legend.isEmpty())
        return out;
    const QFontMetrics fm(m_font);
    const int rowHeight = fm.height() + 6;
    int y = l.legend.top() + rowHeight + 2; // below the title
    const std::vector<int> segs = legendSegments();
    for (int s : segs) {
        if (y + rowHeight > l.legend.bottom() + 1)
            break;
        out.emplace_back(s, QRectF(l.legend.left(), y, l.legend.width(), rowHeight));
        y += rowHeight;
    }
    // Leave room for the "+N more" line when entries were cut.
    if (out.size() < segs.size() && !out.empty())
        out.pop_back();
    return out;
}

QRect ScatterPainter::plotRect(const QSize &size) const
{
    return layout(size).plot;
}

QPointF ScatterPainter::mapToTarget(const QSize &size, double x, double y) const
{
    const QRect p = plotRect(size);
    return {p.left() + (x - m_view.left()) * p.width() / m_view.width(),
            p.top() + p.height() - (y - m_view.top()) * p.height() / m_view.height()};
}

QPointF ScatterPainter::mapFromTarget(const QSize &size, const QPointF &pos) const
{
    const QRect p = plotRect(size);
    return {m_view.left() + (pos.x() - p.left()) * m_view.width() / p.width(),
            m_view.top() + (p.top() + p.height() - pos.y()) * m_view.height() / p.height()};
}

std::optional<int> ScatterPainter::legendSegmentAt(const QSize &size, const QPointF &pos) const
{
    for (const auto &[segment, rect] : legendEntries(layout(size)))
        if (rect.adjusted(-4, 0, 0, 0).contains(pos))
            return segment;
    return std::nullopt;
}

// Writes the points' colours over the Base colour into the 32-bit pixels at `bits` (`pixels` in
// size), leaving pixels without points as they are.
void ScatterPainter::rasterisePoints(uchar *bits, qsizetype bytesPerLine, const QSize &pixels, qreal scale) const
{
    const std::size_t n = pointCount();
    const int W = pixels.width();
    const int H = pixels.height();
    if (n == 0 || W <= 0 || H <= 0)
        return;

    const QColor base = m_palette.color(QPalette::Base);
    const QColor text = m_palette.color(QPalette::Text);
    const bool labelled = hasLabels();
    const int current = m_highlighted;
    const int segments = m_segments;
    const std::size_t selectedCount = m_selectedCount;
    const bool emphasis = labelled && ((current >= 0 && current < segments) || selectedCount > 0);

    // Point size and opacity follow the expected overlap: sparse plots get large opaque discs,
    // a million points get 2x2 translucent dots whose overlaps build up a density picture.
    const double logicalRadius = n <= 2000 ? 3.0 : n <= 20000 ? 2.5 : n <= 100000 ? 2.0 : n <= 300000 ? 1.5 : 1.0;
    const bool dotPath = logicalRadius <= 1.0;
    const double radius = dotPath ? 1.0 : logicalRadius * scale; // device pixels
    const double footprint = dotPath ? 4.0 : std::numbers::pi * radius * radius;
    const double coverage = static_cast<double>(n) * footprint / (static_cast<double>(W) * H);
    const float alpha = static_cast<float>(std::clamp(1.0 / (0.4 + 2.5 * coverage), 0.1, 1.0));

    // Colour classes: one per segment plus one for noise / unlabelled, times three states.
    const int classes = (labelled ? segments : 0) + 1;
    struct ColourClass
    {
        float r, g, b;
        std::array<float, kCoverageLevels + 1> weight; // -log(1 - alpha * coverage)
        std::array<float, 4> full;                     // weight at full coverage times (r, g, b, 1)
    };
    std::vector<ColourClass> table(static_cast<std::size_t>(classes) * kStates);
    for (int c = 0; c < classes; ++c) {
        QColor colour = c < classes - 1 ? m_appearance.color(c) : labelled ? m_appearance.color(-1) : mixColor(text, base, 0.4);
        for (int st = 0; st < kStates; ++st) {
            QColor col = colour;
            float a = alpha;
            if (st == static_cast<int>(PointState::Dimmed)) {
                col = mixColor(colour, base, 0.6);
                a = alpha * 0.3f;
            } else if (st == static_cast<int>(PointState::Selected)) {
                a = std::max(alpha, 0.9f);
            } else if (st == static_cast<int>(PointState::Uncertain)) {
                // Between segments: the segment's hue, paler and lighter, so the core stands out.
                col = mixColor(colour, base, 0.5);
                a = alpha * 0.5f;
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
    std::vector<float> &accumulator = m_scratch->accumulator;
    accumulator.assign(static_cast<std::size_t>(W) * H * 4, 0.0f);
    float *acc = accumulator.data();

    const double kx = W / m_view.width();
    const double ky = H / m_view.height();
    const float fx0 = static_cast<float>(-m_view.left() * kx);
    const float fy0 = static_cast<float>(H + m_view.top() * ky);
    const float fkx = static_cast<float>(kx);
    const float fky = static_cast<float>(ky);
    const float *xs = m_points->x.data();
    const float *ys = m_points->y.data();
    const std::int32_t *lab = labelled ? m_labels->data() : nullptr;
    const std::uint8_t *sel = selectedCount > 0 ? m_selectedFlags.data() : nullptr;
    const double *certainty = m_certainty && m_certainty->size() == n ? m_certainty->data() : nullptr;

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
        else if (certainty && certainty[i] < kUncertainBelow)
            st = static_cast<int>(PointState::Uncertain);
        return c * kStates + st;
    };
    auto addFull = [acc, W](int px, int py, const std::array<float, 4> &v) {
        float *a = acc + (static_cast<std::size_t>(py) * W + px) * 4;
        for (int k = 0; k < 4; ++k)
            a[k] += v[static_cast<std::size_t>(k)];
    };

    // The device rows point i covers, [first, last]; empty (first > last) when it is off the plot.
    const float r = static_cast<float>(radius);
    auto rowsOf = [&](std::size_t i) -> std::pair<int, int> {
        const float px = xs[i] * fkx + fx0;
        const float py = fy0 - ys[i] * fky;
        if (dotPath) {
            if (!(px >= -1.0f && py >= -1.0f && px < static_cast<float>(W) + 1.0f && py < static_cast<float>(H) + 1.0f))
                return {1, 0};
            const int iy = static_cast<int>(std::floor(py - 0.5f));
            return {std::max(0, iy), std::min(H - 1, iy + 1)};
        }
        if (!(px >= -r - 1 && py >= -r - 1 && px < W + r + 1 && py < H + r + 1))
            return {1, 0};
        return {std::max(0, static_cast<int>(std::floor(py - r - 0.5f))),
                std::min(H - 1, static_cast<int>(std::floor(py + r + 0.5f)))};
    };
    // Draws point i, only its pixels in device rows [rowBegin, rowEnd).
    auto draw = [&](std::size_t i, int rowBegin, int rowEnd) {
        const float px = xs[i] * fkx + fx0;
        const float py = fy0 - ys[i] * fky;
        if (dotPath) {
            const std::array<float, 4> &v = table[static_cast<std::size_t>(classOf(i))].full;
            const int ix = static_cast<int>(std::floor(px - 0.5f));
            const int iy = static_cast<int>(std::floor(py - 0.5f));
            for (int dy = 0; dy < 2; ++dy) {
                const int y = iy + dy;
                if (y < rowBegin || y >= rowEnd)
                    continue;
                for (int dx = 0; dx < 2; ++dx)
                    if (ix + dx >= 0 && ix + dx < W)
                        addFull(ix + dx, y, v);
            }
            return;
        }
        const ColourClass &cc = table[static_cast<std::size_t>(classOf(i))];
        const int x0 = std::max(0, static_cast<int>(std::floor(px - r - 0.5f)));
        const int x1 = std::min(W - 1, static_cast<int>(std::floor(px + r + 0.5f)));
        const int y0 = std::max(rowBegin, static_cast<int>(std::floor(py - r - 0.5f)));
        const int y1 = std::min(rowEnd - 1, static_cast<int>(std::floor(py + r + 0.5f)));
        // Row by row through local pointers (through the lambda's captures GCC reloads the
        // accumulator's address at every pixel), and without a branch on the coverage: level 0
        // has weight 0, which adds nothing.
        const float *weight = cc.weight.data();
        const float red = cc.r, green = cc.g, blue = cc.b;
        for (int y = y0; y <= y1; ++y) {
            const float dy = static_cast<float>(y) + 0.5f - py;
            const float dy2 = dy * dy;
            float *a = acc + (static_cast<std::size_t>(y) * W + static_cast<std::size_t>(x0)) * 4;
            for (int x = x0; x <= x1; ++x, a += 4) {
                const float dx = static_cast<float>(x) + 0.5f - px;
                const float cover = std::clamp(r + 0.5f - std::sqrt(dx * dx + dy2), 0.0f, 1.0f);
                const float w = weight[static_cast<int>(cover * kCoverageLevels + 0.5f)];
                a[0] += w * red;
                a[1] += w * green;
                a[2] += w * blue;
                a[3] += w;
            }
        }
    };

    // Points land on the picture in data order, so their accumulation jumps across the whole
    // accumulator (25 MB at 1600 x 1000) and waits on memory. Binning the points by bands of
    // device rows first keeps each band's accumulator rows in cache, and lets the bands draw in
    // parallel. A pixel belongs to one band and its band lists points in index order, so every
    // pixel adds the same values in the same order as one pass would: the picture is the same
    // for any thread count.
    const int bandRows = s_rasterBandRows.load(std::memory_order_relaxed);
    const int bands = (H + bandRows - 1) / bandRows;
    std::vector<std::uint32_t> &bandStart = m_scratch->bandStart;
    std::vector<std::uint32_t> &bandPoints = m_scratch->bandPoints;
    bandStart.assign(static_cast<std::size_t>(bands) + 1, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const auto [first, last] = rowsOf(i);
        if (first <= last)
            for (int b = first / bandRows; b <= last / bandRows; ++b)
                ++bandStart[static_cast<std::size_t>(b) + 1];
    }
    for (int b = 0; b < bands; ++b)
        bandStart[static_cast<std::size_t>(b) + 1] += bandStart[static_cast<std::size_t>(b)];
    bandPoints.resize(bandStart.back());
    {
        std::vector<std::uint32_t> next(bandStart.begin(), bandStart.end() - 1);
        for (std::size_t i = 0; i < n; ++i) {
            const auto [first, last] = rowsOf(i);
            if (first <= last)
                for (int b = first / bandRows; b <= last / bandRows; ++b)
                    bandPoints[next[static_cast<std::size_t>(b)]++] = static_cast<std::uint32_t>(i);
        }
    }
    parallelFor(static_cast<std::size_t>(bands), [&](std::size_t b0, std::size_t b1) {
        for (std::size_t b = b0; b < b1; ++b) {
            const int rowBegin = static_cast<int>(b) * bandRows;
            const int rowEnd = std::min(H, rowBegin + bandRows);
            for (std::uint32_t p = bandStart[b]; p < bandStart[b + 1]; ++p)
                draw(bandPoints[p], rowBegin, rowEnd);
        }
    }, 1);

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
    const qsizetype stride = bytesPerLine;
    parallelFor(static_cast<std::size_t>(H), [&](std::size_t y0, std::size_t y1) {
        for (std::size_t y = y0; y < y1; ++y) {
            auto *line = reinterpret_cast<QRgb *>(bits + static_cast<qsizetype>(y) * stride);
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

void ScatterPainter::paintPlaceholder(QPainter &p, const QSize &size) const
{
    QFont big = m_font;
    big.setPointSizeF(big.pointSizeF() * 1.3);
    p.setFont(fontForDevice(big, p.device()));
    QColor c = m_palette.color(QPalette::WindowText);
    c.setAlphaF(0.6f);
    p.setPen(c);
    const QRect r(0, 0, size.width(), size.height());
    const int h = QFontMetrics(big).height();
    p.drawText(r.adjusted(12, 0, -12, -h), Qt::AlignCenter, tr("No data yet"));
    p.setFont(fontForDevice(m_font, p.device()));
    c.setAlphaF(0.5f);
    p.setPen(c);
    p.drawText(r.adjusted(12, h + 8, -12, 0), Qt::AlignCenter | Qt::TextWordWrap,
               tr("Load customer data and compute segments to see the segment map."));
}

void ScatterPainter::paintDecorations(QPainter &p, const Layout &l) const
{
    const QPalette &pal = m_palette;
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor windowText = pal.color(QPalette::WindowText);
    const QColor frame = mixColor(base, text, 0.22);
    // Layout in screen metrics, text in the device's font of the same logical size.
    const QFontMetrics fm(m_font);
    const QFont font = fontForDevice(m_font, p.device());
    p.setFont(font);

    // Outlines of selected points (few of them): a ring in the text colour reads on any segment colour.
    if (m_selectedCount > 0 && m_selectedCount <= kMaxOutlinedRows) {
        p.save();
        p.setClipRect(l.plot);
        p.setRenderHint(QPainter::Antialiasing);
        QColor ring = text;
        ring.setAlphaF(0.85f);
        p.setPen(QPen(ring, 1.2));
        p.setBrush(Qt::NoBrush);
        const std::size_t n = pointCount();
        const double r = n <= 2000 ? 5.0 : n <= 100000 ? 4.0 : 3.0;
        const double kx = l.plot.width() / m_view.width();
        const double ky = l.plot.height() / m_view.height();
        for (std::size_t i = 0; i < n; ++i)
            if (m_selectedFlags[i])
                p.drawEllipse(QPointF(l.plot.left() + (m_points->x[i] - m_view.left()) * kx,
                                      l.plot.bottom() + 1 - (m_points->y[i] - m_view.top()) * ky),
                              r, r);
        p.restore();
    }

    p.setPen(QPen(frame, 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(l.plot).adjusted(-0.5, -0.5, 0.5, 0.5));

    // Notes inside the plot, on a veil of the window colour so points under them do not hide
    // them: the caption at the top, customers beyond the view (the map opens on the typical
    // range) at the bottom, with how to see them.
    QColor noteColour = windowText;
    noteColour.setAlphaF(0.8f);
    QColor veil = m_palette.color(QPalette::Window);
    veil.setAlphaF(0.75f);
    const QRect noteBox = l.plot.adjusted(6, 4, -6, -4);
    const auto drawNote = [&](const QString &note, Qt::Alignment alignment) {
        const QString shown = fm.elidedText(note, Qt::ElideRight, noteBox.width());
        const QRect used = fm.boundingRect(noteBox, static_cast<int>(alignment), shown).adjusted(-3, -1, 3, 1);
        p.fillRect(used, veil);
        p.setPen(noteColour);
        p.drawText(noteBox, static_cast<int>(alignment), shown);
    };
    if (!m_caption.isEmpty())
        drawNote(m_caption, Qt::AlignLeft | Qt::AlignTop);
    if (const std::size_t outside = pointsOutsideView(); outside > 0)
        drawNote(tr("%1 customer(s) outside the view (0: show all)", nullptr, pluralCount(outside))
                     .arg(m_locale.toString(static_cast<qulonglong>(outside))),
                 Qt::AlignLeft | Qt::AlignBottom);

    // Axis titles.
    QColor titleColour = windowText;
    titleColour.setAlphaF(0.8f);
    p.setPen(titleColour);
    p.drawText(l.xTitle, Qt::AlignHCenter | Qt::AlignTop, fm.elidedText(m_xTitle, Qt::ElideRight, l.xTitle.width()));
    p.save();
    p.translate(l.yTitle.left() + 4, l.yTitle.center().y());
    p.rotate(-90);
    const QRect rotated(-l.yTitle.height() / 2, 0, l.yTitle.height(), l.yTitle.width());
    p.drawText(rotated, Qt::AlignHCenter | Qt::AlignTop, fm.elidedText(m_yTitle, Qt::ElideRight, rotated.width()));
    p.restore();

    // Legend: a title, then a swatch, the name and the share per segment.
    if (l.legend.isEmpty())
        return;
    QFont bold = font;
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(windowText);
    const int rowHeight = fm.height() + 6;
    p.drawText(QRect(l.legend.left(), l.legend.top(), l.legend.width(), rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Segments"));
    p.setFont(font);
    const int current = m_highlighted;
    const std::size_t n = pointCount();
    const std::vector<std::pair<int, QRectF>> entries = legendEntries(l);
    const int swatch = fm.height() * 3 / 4;
    const int shareWidth = fm.horizontalAdvance(smallSegmentMark() + QStringLiteral(" 100.0%"));
    p.setRenderHint(QPainter::Antialiasing);
    for (const auto &[segment, r] : entries) {
        const bool dim = current >= 0 && segment != current;
        QColor c = m_appearance.color(segment);
        QColor label = windowText;
        if (dim) {
            c = mixColor(c, pal.color(QPalette::Window), 0.55);
            label = mixColor(windowText, pal.color(QPalette::Window), 0.5);
        }
        if (segment == current && current >= 0) {
            QColor hl = pal.color(QPalette::Highlight);
            hl.setAlphaF(0.18f);
            p.setPen(Qt::NoPen);
            p.setBrush(hl);
            p.drawRoundedRect(r.adjusted(-4, 0, 0, 0), 4, 4);
        }
        p.setPen(QPen(mixColor(c, windowText, 0.25), 1));
        p.setBrush(c);
        p.drawRoundedRect(QRectF(r.left(), r.center().y() - swatch / 2.0, swatch, swatch), 2, 2);
        const double share = n > 0 ? 100.0 * static_cast<double>(segmentSize(segment)) / static_cast<double>(n) : 0.0;
        const bool flagged = std::find(m_flagged.begin(), m_flagged.end(), segment) != m_flagged.end();
        // A segment too small to be one carries the warning mark every view gives it.
        const QString shareText = (flagged ? smallSegmentMark() + QLatin1Char(' ') : QString())
                                  + m_locale.toString(share, 'f', 1) + m_locale.percent();
        const QRectF nameRect(r.left() + swatch + 8, r.top(), r.width() - swatch - 8 - shareWidth - 10, r.height());
        p.setPen(label);
        p.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(m_appearance.name(segment), Qt::ElideRight, static_cast<int>(nameRect.width())));
        QColor shareColour = label;
        shareColour.setAlphaF(0.7f);
        p.setPen(shareColour);
        p.drawText(QRectF(r.right() - shareWidth, r.top(), shareWidth, r.height()), Qt::AlignRight | Qt::AlignVCenter,
                   shareText);
    }
    const std::size_t total = legendSegments().size();
    if (entries.size() < total) {
        const double y = entries.empty() ? l.legend.top() + rowHeight : entries.back().second.bottom();
        p.setPen(mixColor(windowText, pal.color(QPalette::Window), 0.35));
        p.drawText(QRectF(l.legend.left(), y, l.legend.width(), rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("+%n more", nullptr, static_cast<int>(total - entries.size())));
    }
}

void ScatterPainter::paint(QPainter &painter, const QRectF &target) const
{
    const QSize size(std::max(1, static_cast<int>(std::lround(target.width()))),
                     std::max(1, static_cast<int>(std::lround(target.height()))));
    painter.save();
    painter.translate(target.topLeft());
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRect(QPoint(0, 0), size), m_palette.color(QPalette::Window));
    if (pointCount() == 0) {
        paintPlaceholder(painter, size);
        painter.restore();
        return;
    }
    const Layout l = layout(size);

    // The raster's pixels: on raster devices without rotation the device pixels under the plot,
    // snapped to whole pixels so that the image is copied 1:1; elsewhere (vector devices,
    // rotated painters) the painter's scale, at least kMinVectorScale on vector devices.
    const QTransform transform = painter.deviceTransform();
    const QRectF plot(l.plot);
    QRectF drawRect = plot;
    QRect devicePixels; // snapped: the device pixels the raster covers
    QSize pixels;
    double scale = 1.0;
    const bool vector = isVectorDevice(painter);
    const bool snapped = !vector && transform.type() <= QTransform::TxScale && transform.isInvertible();
    if (snapped) {
        const QRectF device = transform.mapRect(plot);
        const QRect whole(QPoint(static_cast<int>(std::lround(device.left())), static_cast<int>(std::lround(device.top()))),
                          QPoint(static_cast<int>(std::lround(device.right())) - 1,
                                 static_cast<int>(std::lround(device.bottom())) - 1));
        devicePixels = whole;
        pixels = whole.size();
        drawRect = transform.inverted().mapRect(QRectF(whole));
        scale = std::sqrt(std::abs(transform.m11() * transform.m22()));
    } else {
        const double sx = std::hypot(transform.m11(), transform.m12());
        const double sy = std::hypot(transform.m21(), transform.m22());
        scale = std::sqrt(sx * sy);
        if (vector)
            scale = std::max(scale, kMinVectorScale);
        pixels = QSize(static_cast<int>(std::lround(plot.width() * scale)), static_cast<int>(std::lround(plot.height() * scale)));
    }
    pixels = pixels.expandedTo(QSize(1, 1));
    const double area = static_cast<double>(pixels.width()) * pixels.height();
    if (area > kMaxRasterPixels) {
        const double shrink = std::sqrt(kMaxRasterPixels / area);
        pixels = QSize(std::max(1, static_cast<int>(pixels.width() * shrink)), std::max(1, static_cast<int>(pixels.height() * shrink)));
        scale *= shrink;
    }

    const bool oneToOne = snapped && pixels == devicePixels.size();

    // Straight into the image being painted on when its pixels under the plot are exactly the
    // raster's: that saves copying a million pixels per frame. The raster engine draws
    // synchronously into the image's buffer, so writing it here interleaves correctly with the
    // painter's own drawing; constBits() is that buffer (bits() could detach from it).
    auto *image = dynamic_cast<QImage *>(painter.device());
    const bool direct = image && oneToOne && !painter.hasClipping() && image->rect().contains(devicePixels)
                        && (image->format() == QImage::Format_RGB32 || image->format() == QImage::Format_ARGB32
                            || image->format() == QImage::Format_ARGB32_Premultiplied);
    if (direct) {
        painter.fillRect(drawRect, m_palette.color(QPalette::Base));
        const qsizetype stride = image->bytesPerLine();
        uchar *origin = const_cast<uchar *>(image->constBits()) + devicePixels.top() * stride
                        + devicePixels.left() * qsizetype(sizeof(QRgb));
        rasterisePoints(origin, stride, pixels, scale);
    } else {
        QImage &layer = m_scratch->layer;
        if (layer.size() != pixels)
            layer = QImage(pixels, QImage::Format_RGB32);
        layer.fill(m_palette.color(QPalette::Base));
        rasterisePoints(layer.bits(), layer.bytesPerLine(), pixels, scale);
        // A 1:1 copy needs no filtering; a scaled or rotated one reads better smoothed.
        painter.setRenderHint(QPainter::SmoothPixmapTransform, !oneToOne);
        painter.drawImage(drawRect, layer);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    }

    paintBiplot(painter, size);
    paintDecorations(painter, l);
    painter.restore();
}

void ScatterPainter::paintBiplot(QPainter &p, const QSize &size) const
{
    double longest = 0.0;
    for (const BiplotArrow &a : m_biplot)
        longest = std::max(longest, std::hypot(a.x, a.y));
    if (longest <= 0.0 || m_view.isEmpty())
        return;
    // From the origin (the data's mean), or from the middle when zoomed away from it.
    const QPointF origin = m_view.contains(QPointF(0.0, 0.0)) ? QPointF(0.0, 0.0) : m_view.center();
    const double reach = 0.4 * std::min(m_view.width(), m_view.height()) / longest;
    const QColor ink = mixColor(m_palette.color(QPalette::Base), m_palette.color(QPalette::Text), 0.85);
    const QFont font = fontForDevice(m_font, p.device());
    const QFontMetricsF fm(font);
    p.save();
    p.setClipRect(plotRect(size), Qt::IntersectClip);
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(font);
    const QPointF from = mapToTarget(size, origin.x(), origin.y());
    std::vector<QRectF> placed;
    for (const BiplotArrow &a : m_biplot) {
        const QPointF to = mapToTarget(size, origin.x() + a.x * reach, origin.y() + a.y * reach);
        const QLineF line(from, to);
        if (line.length() < 4.0)
            continue;
        p.setPen(QPen(ink, 1.5));
        p.drawLine(line);
        // The head: two strokes 25 degrees off the shaft.
        const double head = std::min(8.0, line.length() / 3.0);
        for (const double turn : {155.0, -155.0}) {
            QLineF stroke = QLineF(to, to + QPointF(head, 0.0));
            stroke.setAngle(line.angle() + turn);
            p.drawLine(stroke);
        }
        // The label beyond the tip, on a veil so it reads over the points.
        const QSizeF textSize(fm.horizontalAdvance(a.label) + 6.0, fm.height() + 2.0);
        const QPointF unit = line.unitVector().p2() - line.p1();
        QPointF centre = to + QPointF(unit.x() * (textSize.width() / 2.0 + 2.0), unit.y() * (textSize.height() / 2.0 + 2.0));
        QRectF box(centre - QPointF(textSize.width() / 2.0, textSize.height() / 2.0), textSize);
        // Inside the plot, and off the labels already placed (arrows of similar direction).
        const QRectF plot(plotRect(size));
        box.moveLeft(std::clamp(box.left(), plot.left(), std::max(plot.left(), plot.right() - box.width())));
        box.moveTop(std::clamp(box.top(), plot.top(), std::max(plot.top(), plot.bottom() - box.height())));
        const double step = unit.y() > 0.0 ? box.height() : -box.height();
        for (int tries = 0; tries < 6 && std::any_of(placed.begin(), placed.end(),
                                                     [&](const QRectF &r) { return r.intersects(box); });
             ++tries)
            box.translate(0.0, step);
        placed.push_back(box);
        QColor veil = m_palette.color(QPalette::Base);
        veil.setAlphaF(0.8);
        p.fillRect(box, veil);
        p.setPen(ink);
        p.drawText(box, Qt::AlignCenter, a.label);
    }
    p.restore();
}

QImage ScatterPainter::render(const QSize &size, qreal devicePixelRatio) const
{
    const qreal dpr = devicePixelRatio > 0 ? devicePixelRatio : 1.0;
    QImage image(QSize(std::max(1, static_cast<int>(std::lround(size.width() * dpr))),
                       std::max(1, static_cast<int>(std::lround(size.height() * dpr)))),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    QPainter painter(&image);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

} // namespace seg
