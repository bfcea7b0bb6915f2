#include "widgets/heatmap_painter.h"
#include "widgets/segment_figures.h"

#include "widgets/feature_label.h"
#include "widgets/paint_support.h"
#include "widgets/segment_palette.h"

#include <QFontMetrics>
#include <QLinearGradient>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace seg {

namespace {

// z-scores beyond ±kLimit standard deviations all get the saturated end colours.
constexpr double kLimit = 2.0;
constexpr int kMargin = 8;
constexpr int kMaxColumnWidth = 150;
constexpr int kMinColumnWidth = 26;
// Indentation of feature names under their group heading, and of one-hot levels under their column.
constexpr int kIndent = 10;
const QChar kMinus(0x2212);

} // namespace

struct HeatmapPainter::Layout
{
    QRect corner; // top-left: the column-order control
    QRect header; // column headers
    QRect names;  // feature names column
    QRect grid;   // the cells
    QRect legend; // colour legend at the bottom
    int columnWidth = 0;
    int rowHeight = 0;
    int nameLines = 1; // lines for segment names in the header (1 or 2)
    bool showValues = false;
};

struct HeatmapPainter::LegendGeometry
{
    QRect caption;
    QRect low; // "−2 sd"
    QRect bar;
    QRect high; // "+2 sd"
    QString captionText;
};

HeatmapPainter::HeatmapPainter() = default;

QString HeatmapPainter::zScoreText(const QLocale &locale, double z)
{
    if (std::isnan(z))
        return QString(QChar(0x2014));
    const QString digits = locale.toString(std::abs(z), 'f', 1);
    if (digits == locale.toString(0.0, 'f', 1))
        return digits;
    return (z < 0 ? QString(kMinus) : QStringLiteral("+")) + digits;
}

void HeatmapPainter::setProfiles(std::shared_ptr<const Profiles> profiles)
{
    m_profiles = std::move(profiles);
    if (m_order == ColumnOrder::ByRowValue
        && (!m_profiles || m_sortRow >= static_cast<int>(m_profiles->features.size()))) {
        m_order = ColumnOrder::BySegment;
        m_sortRow = -1;
    }
    m_hover = {-1, -1};
    rebuildRows();
    rebuildColumns();
}

void HeatmapPainter::setRowOrder(std::vector<std::size_t> order)
{
    m_rowOrder = std::move(order);
    rebuildRows();
}

void HeatmapPainter::setAppearance(const SegmentAppearance &appearance)
{
    m_appearance = appearance;
}

bool HeatmapPainter::setColumnOrder(ColumnOrder order, int row)
{
    if (order == ColumnOrder::ByRowValue
        && (row < 0 || !m_profiles || row >= static_cast<int>(m_profiles->features.size())))
        return false;
    m_order = order;
    m_sortRow = order == ColumnOrder::ByRowValue ? row : -1;
    rebuildColumns();
    return true;
}

std::vector<int> HeatmapPainter::columnSegments() const
{
    std::vector<int> out;
    for (int c : m_columns)
        out.push_back(m_profiles->segments[static_cast<std::size_t>(c)].segment);
    return out;
}

void HeatmapPainter::setHighlightedSegment(int segment)
{
    m_highlighted = segment;
}

void HeatmapPainter::setHoveredCell(std::pair<int, int> cell)
{
    m_hover = cell;
}

void HeatmapPainter::setPalette(const QPalette &palette)
{
    m_palette = palette;
}

void HeatmapPainter::setFont(const QFont &font)
{
    m_font = font;
}

void HeatmapPainter::setLocale(const QLocale &locale)
{
    m_locale = locale;
}

bool HeatmapPainter::isEmpty() const
{
    return !m_profiles || m_columns.empty() || m_rows.empty();
}

QStringList HeatmapPainter::rowLabels() const
{
    QStringList out;
    for (const DisplayRow &r : m_rows)
        out << r.text;
    return out;
}

std::vector<int> HeatmapPainter::featureRows() const
{
    std::vector<int> out;
    for (const DisplayRow &r : m_rows)
        if (r.kind == RowKind::Feature)
            out.push_back(r.feature);
    return out;
}

int HeatmapPainter::segmentCount() const
{
    return m_profiles ? static_cast<int>(m_profiles->segments.size()) : 0;
}

bool HeatmapPainter::dark() const
{
    return m_palette.color(QPalette::Base).lightness() < 128;
}

QString HeatmapPainter::featureName(int f) const
{
    return featureDisplayName(m_profiles->features[static_cast<std::size_t>(f)]);
}

QFont HeatmapPainter::headingFont() const
{
    QFont f = m_font;
    f.setBold(true);
    return f;
}

QFont HeatmapPainter::subHeadingFont() const
{
    QFont f = m_font;
    f.setPointSizeF(f.pointSizeF() * 0.9);
    return f;
}

int HeatmapPainter::minRowHeight() const
{
    return std::max(12, QFontMetrics(m_font).height() - 3);
}

int HeatmapPainter::headerHeight(int nameLines) const
{
    return QFontMetrics(m_font).height() * (nameLines + 1) + 12;
}

int HeatmapPainter::legendHeight() const
{
    return QFontMetrics(m_font).height() + 14;
}

int HeatmapPainter::columnOfSegment(int id) const
{
    for (std::size_t c = 0; c < m_columns.size(); ++c)
        if (m_profiles->segments[static_cast<std::size_t>(m_columns[c])].segment == id)
            return static_cast<int>(c);
    return -1;
}

int HeatmapPainter::displayRowOfFeature(int f) const
{
    for (std::size_t r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].feature == f)
            return static_cast<int>(r);
    return -1;
}

double HeatmapPainter::zScore(int column, int feature) const
{
    const SegmentProfile &s = m_profiles->segments[static_cast<std::size_t>(m_columns[static_cast<std::size_t>(column)])];
    return static_cast<std::size_t>(feature) < s.zScores.size() ? s.zScores[static_cast<std::size_t>(feature)]
                                                                  : std::nan("");
}

void HeatmapPainter::rebuildRows()
{
    m_rows.clear();
    m_widestLabel = -1;
    if (!m_profiles)
        return;
    const Profiles &profiles = *m_profiles;
    const std::size_t nf = profiles.features.size();
    const bool grouped = profiles.groups.size() == nf
                         && std::any_of(profiles.groups.begin(), profiles.groups.end(), [](const auto &g) { return !g.empty(); });
    // Features in display order; the levels of a one-hot column follow a sub-heading with the
    // column's name, so that each row can show just its level ("organic search"), which is the
    // part that tells the rows apart.
    auto addFeatures = [this, &profiles](const std::vector<std::size_t> &features, const QString &group, int indent) {
        QString column;
        for (const std::size_t f : features) {
            const FeatureLabel label = featureLabel(profiles.features[f]);
            if (!label.oneHot) {
                column.clear();
                m_rows.push_back({RowKind::Feature, static_cast<int>(f), group, label.column, {}, indent});
                continue;
            }
            const std::string &name = profiles.features[f];
            const QString raw = QString::fromStdString(name.substr(0, name.find('=')));
            if (raw != column) {
                column = raw;
                m_rows.push_back({RowKind::Column, -1, group, label.column, raw, indent});
            }
            m_rows.push_back({RowKind::Feature, static_cast<int>(f), group, label.level, {}, indent + 1});
        }
    };
    if (!m_rowOrder.empty()) {
        std::vector<std::size_t> ordered;
        std::vector<bool> listed(nf, false);
        for (const std::size_t f : m_rowOrder)
            if (f < nf && !listed[f]) {
                listed[f] = true;
                ordered.push_back(f);
            }
        for (std::size_t f = 0; f < nf; ++f)
            if (!listed[f])
                ordered.push_back(f);
        addFeatures(ordered, {}, 0);
        return;
    }
    if (!grouped) {
        std::vector<std::size_t> all(nf);
        std::iota(all.begin(), all.end(), std::size_t(0));
        addFeatures(all, {}, 0);
        return;
    }
    // Groups in order of first appearance, features keep their order within a group.
    std::vector<std::string> groups;
    for (const std::string &g : profiles.groups)
        if (std::find(groups.begin(), groups.end(), g) == groups.end())
            groups.push_back(g);
    for (const std::string &g : groups) {
        const QString name = g.empty() ? tr("Other") : QString::fromStdString(g);
        m_rows.push_back({RowKind::Group, -1, name, g.empty() ? name : groupTitle(g), {}, 0});
        std::vector<std::size_t> members;
        for (std::size_t f = 0; f < nf; ++f)
            if (profiles.groups[f] == g)
                members.push_back(f);
        addFeatures(members, name, 1);
    }
}

void HeatmapPainter::rebuildColumns()
{
    m_columns.resize(static_cast<std::size_t>(segmentCount()));
    std::iota(m_columns.begin(), m_columns.end(), 0);
    if (!m_profiles)
        return;
    const auto &segs = m_profiles->segments;
    auto byId = [&](int a, int b) { return segs[static_cast<std::size_t>(a)].segment < segs[static_cast<std::size_t>(b)].segment; };
    std::sort(m_columns.begin(), m_columns.end(), byId);
    if (m_order == ColumnOrder::BySize) {
        std::stable_sort(m_columns.begin(), m_columns.end(), [&](int a, int b) {
            return segs[static_cast<std::size_t>(a)].size > segs[static_cast<std::size_t>(b)].size;
        });
    } else if (m_order == ColumnOrder::ByRowValue && m_sortRow >= 0) {
        auto z = [&](int s) {
            const auto &zs = segs[static_cast<std::size_t>(s)].zScores;
            const double v = static_cast<std::size_t>(m_sortRow) < zs.size() ? zs[static_cast<std::size_t>(m_sortRow)] : std::nan("");
            return std::isnan(v) ? -HUGE_VAL : v;
        };
        std::stable_sort(m_columns.begin(), m_columns.end(), [&](int a, int b) { return z(a) > z(b); });
    }
}

QStringList HeatmapPainter::headerName(int id, int columnWidth, int maxLines) const
{
    const QFontMetrics fm(headingFont()); // the widest the header is drawn in (bold when current)
    const int swatch = QFontMetrics(m_font).height() * 2 / 3;
    const int textWidth = columnWidth - 8 - swatch - 5;
    // The number the default name carries, so "4" stands for "Segment 4".
    const QString number = m_locale.toString(m_appearance.key(id) + 1);
    if (!m_appearance.hasCustomName(id)) {
        // "Segment 3" says no more than "3" next to the segment's colour; never wrap it.
        const QString label = m_appearance.name(id);
        return {fm.horizontalAdvance(label) <= textWidth ? label : number};
    }
    // Word-wrap the name onto at most maxLines lines; a word wider than the column, or words left
    // over, mean it does not fit.
    const QStringList words = m_appearance.name(id).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    QString line;
    for (const QString &word : words) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (fm.horizontalAdvance(candidate) <= textWidth) {
            line = candidate;
            continue;
        }
        if (line.isEmpty() || fm.horizontalAdvance(word) > textWidth)
            return {number};
        lines << line;
        line = word;
    }
    if (!line.isEmpty())
        lines << line;
    if (lines.isEmpty() || lines.size() > maxLines)
        return {number};
    return lines;
}

QString HeatmapPainter::headerShare(const SegmentProfile &s, int columnWidth) const
{
    const QFontMetrics fm(m_font);
    const QLocale &loc = m_locale;
    const int width = columnWidth - 8;
    const QString share = loc.toString(100.0 * s.share, 'f', 1) + loc.percent();
    const QString whole = loc.toString(std::lround(100.0 * s.share)) + loc.percent();
    QStringList candidates = {tr("%1 · %2").arg(share, loc.toString(static_cast<qulonglong>(s.size))), share, whole};
    // A segment too small to be one carries the mark every view gives it (the tooltip says why).
    if (s.small)
        for (QString &c : candidates)
            c = smallSegmentMark() + QLatin1Char(' ') + c;
    for (const QString &c : candidates)
        if (fm.horizontalAdvance(c) <= width)
            return c;
    // Narrower than "12%": the number alone still fits a column of the minimum width, and the
    // tooltip has the details. Never an ellipsis.
    return s.small ? smallSegmentMark() : loc.toString(std::lround(100.0 * s.share));
}

HeatmapPainter::LegendGeometry HeatmapPainter::legendGeometry(const Layout &l) const
{
    // One line, centred under the table: caption, "−2 sd", the colour bar (with "average" in its
    // middle), "+2 sd". The caption gives way first when the target is narrow.
    const QFontMetrics fm(m_font);
    const QString low = tr("%1 sd").arg(QString(kMinus) + m_locale.toString(kLimit));
    const QString high = tr("%1 sd").arg(QStringLiteral("+") + m_locale.toString(kLimit));
    const int lowWidth = fm.horizontalAdvance(low);
    const int highWidth = fm.horizontalAdvance(high);
    const int gap = 6;
    const int barWidth = std::clamp(l.legend.width() / 3, 120, 220);
    const int room = std::max(0, l.legend.width() - barWidth - lowWidth - highWidth - 4 * gap);
    LegendGeometry g;
    // The longest caption that fits whole; none rather than an elided one.
    for (const QString &caption : {tr("Segment average vs. all customers"), tr("vs. all customers")})
        if (fm.horizontalAdvance(caption) <= room) {
            g.captionText = caption;
            break;
        }
    const int captionWidth = g.captionText.isEmpty() ? 0 : fm.horizontalAdvance(g.captionText);
    const int total = captionWidth + (captionWidth > 0 ? 2 * gap : 0) + lowWidth + gap + barWidth + gap + highWidth;
    int x = l.legend.left() + std::max(0, (l.legend.width() - total) / 2);
    const int top = l.legend.top();
    const int height = std::max(fm.height(), l.legend.height());
    g.caption = QRect(x, top, captionWidth, height);
    x += captionWidth + (captionWidth > 0 ? 2 * gap : 0);
    g.low = QRect(x, top, lowWidth, height);
    x += lowWidth + gap;
    const int barHeight = fm.height() + 2;
    g.bar = QRect(x, top + (height - barHeight) / 2, barWidth, barHeight);
    x += barWidth + gap;
    g.high = QRect(x, top, highWidth, height);
    return g;
}

HeatmapPainter::Layout HeatmapPainter::layout(const QSize &size) const
{
    Layout l;
    const QFontMetrics fm(m_font);
    const QFontMetrics bfm(headingFont());
    const QFontMetrics sfm(subHeadingFont());
    const int lineHeight = fm.height();
    const int w = size.width();
    const int h = size.height();

    if (m_widestLabel < 0 || m_widestLabelFont != m_font) {
        int widest = fm.horizontalAdvance(tr("Order: by segment") + QStringLiteral(" \u25BE"));
        for (const DisplayRow &r : m_rows) {
            const QFontMetrics &rfm = r.kind == RowKind::Group ? bfm : r.kind == RowKind::Column ? sfm : fm;
            // Feature rows leave room for the bold face and sort marker of the sorted row.
            const int text = r.kind == RowKind::Feature ? bfm.horizontalAdvance(r.text + QStringLiteral(" \u25BC"))
                                                        : rfm.horizontalAdvance(r.text);
            widest = std::max(widest, r.indent * kIndent + text);
        }
        m_widestLabel = widest;
        m_widestLabelFont = m_font;
    }
    const int nameWidth = std::clamp(m_widestLabel + 12, 80, std::max(80, static_cast<int>(w * 0.35)));

    const int n = std::max(1, static_cast<int>(m_columns.size()));
    l.columnWidth = std::clamp((w - 2 * kMargin - nameWidth) / n, kMinColumnWidth, kMaxColumnWidth);
    // Two lines for segment names only when a name needs them (names like "Loyal big spenders").
    l.nameLines = 1;
    for (int c : m_columns)
        if (headerName(m_profiles->segments[static_cast<std::size_t>(c)].segment, l.columnWidth, 2).size() > 1)
            l.nameLines = 2;
    const int headerHeight = this->headerHeight(l.nameLines);
    const int legendHeight = this->legendHeight();
    const int available = h - 2 * kMargin - headerHeight - legendHeight;
    const int rowCount = std::max(1, static_cast<int>(m_rows.size()));
    l.rowHeight = std::clamp(available / rowCount, minRowHeight(), lineHeight + 12);

    const int gridWidth = l.columnWidth * static_cast<int>(m_columns.size());
    // Centre the table when the columns hit their maximum width, so the spare room is balanced.
    const int spare = std::max(0, w - 2 * kMargin - nameWidth - gridWidth);
    const int left = kMargin + spare / 2;
    l.corner = QRect(left, kMargin, nameWidth, headerHeight);
    l.header = QRect(left + nameWidth, kMargin, gridWidth, headerHeight);
    l.names = QRect(left, kMargin + headerHeight, nameWidth, l.rowHeight * static_cast<int>(m_rows.size()));
    l.grid = QRect(left + nameWidth, l.names.top(), gridWidth, l.names.height());
    l.legend = QRect(left, l.grid.bottom() + 1 + 8, nameWidth + gridWidth, legendHeight - 8);
    l.showValues = l.columnWidth >= fm.horizontalAdvance(QStringLiteral("\u2212" "0.0")) + 8 && l.rowHeight >= lineHeight - 3;
    return l;
}

std::pair<int, int> HeatmapPainter::cellAt(const QSize &size, const QPointF &pos) const
{
    if (isEmpty())
        return {-1, -1};
    const Layout l = layout(size);
    if (!QRectF(l.grid).contains(pos))
        return {-1, -1};
    const int c = static_cast<int>((pos.x() - l.grid.left()) / l.columnWidth);
    const int r = static_cast<int>((pos.y() - l.grid.top()) / l.rowHeight);
    if (c < 0 || c >= static_cast<int>(m_columns.size()) || r < 0 || r >= static_cast<int>(m_rows.size()))
        return {-1, -1};
    const int feature = m_rows[static_cast<std::size_t>(r)].feature;
    if (feature < 0)
        return {-1, -1};
    return {feature, m_profiles->segments[static_cast<std::size_t>(m_columns[static_cast<std::size_t>(c)])].segment};
}

QRectF HeatmapPainter::cellRect(const QSize &size, int row, int segment) const
{
    if (isEmpty())
        return {};
    const int c = columnOfSegment(segment);
    const int r = displayRowOfFeature(row);
    if (c < 0 || r < 0)
        return {};
    const Layout l = layout(size);
    return QRectF(l.grid.left() + c * l.columnWidth, l.grid.top() + r * l.rowHeight, l.columnWidth, l.rowHeight);
}

QRectF HeatmapPainter::segmentHeaderRect(const QSize &size, int segment) const
{
    if (isEmpty())
        return {};
    const int c = columnOfSegment(segment);
    if (c < 0)
        return {};
    const Layout l = layout(size);
    return QRectF(l.header.left() + c * l.columnWidth, l.header.top(), l.columnWidth, l.header.height());
}

QRectF HeatmapPainter::featureNameRect(const QSize &size, int row) const
{
    if (isEmpty())
        return {};
    const int r = displayRowOfFeature(row);
    if (r < 0)
        return {};
    const Layout l = layout(size);
    return QRectF(l.names.left(), l.names.top() + r * l.rowHeight, l.names.width(), l.rowHeight);
}

QStringList HeatmapPainter::segmentHeaderLines(const QSize &size, int segment) const
{
    if (isEmpty())
        return {};
    const int c = columnOfSegment(segment);
    if (c < 0)
        return {};
    const Layout l = layout(size);
    const SegmentProfile &s = m_profiles->segments[static_cast<std::size_t>(m_columns[static_cast<std::size_t>(c)])];
    return headerName(segment, l.columnWidth, l.nameLines) << headerShare(s, l.columnWidth);
}

QRectF HeatmapPainter::legendBarRect(const QSize &size) const
{
    if (isEmpty())
        return {};
    return legendGeometry(layout(size)).bar;
}

HeatmapPainter::Hit HeatmapPainter::hitTest(const QSize &size, const QPointF &pos) const
{
    Hit hit;
    if (isEmpty())
        return hit;
    const Layout l = layout(size);
    if (const auto cell = cellAt(size, pos); cell.first >= 0) {
        hit.part = Hit::Part::Cell;
        hit.feature = cell.first;
        hit.segment = cell.second;
    } else if (QRectF(l.header).contains(pos)) {
        const int c = static_cast<int>((pos.x() - l.header.left()) / l.columnWidth);
        if (c >= 0 && c < static_cast<int>(m_columns.size())) {
            hit.part = Hit::Part::SegmentHeader;
            hit.segment = m_profiles->segments[static_cast<std::size_t>(m_columns[static_cast<std::size_t>(c)])].segment;
        }
    } else if (QRectF(l.corner).contains(pos)) {
        hit.part = Hit::Part::OrderControl;
    } else if (QRectF(l.legend).contains(pos)) {
        hit.part = Hit::Part::Legend;
    } else if (QRectF(l.names).contains(pos)) {
        const int r = static_cast<int>((pos.y() - l.names.top()) / l.rowHeight);
        if (r >= 0 && r < static_cast<int>(m_rows.size())) {
            const DisplayRow &row = m_rows[static_cast<std::size_t>(r)];
            hit.group = row.group;
            switch (row.kind) {
            case RowKind::Feature:
                hit.part = Hit::Part::FeatureName;
                hit.feature = row.feature;
                break;
            case RowKind::Column:
                hit.part = Hit::Part::ColumnHeading;
                hit.column = row.raw;
                break;
            case RowKind::Group:
                hit.part = Hit::Part::GroupHeading;
                break;
            }
        }
    }
    return hit;
}

QSize HeatmapPainter::sizeHint(int width) const
{
    const QFontMetrics fm(m_font);
    // Rows a little taller than a line: comfortable to read, and compact enough for a small screen.
    const int rows = std::max(8, static_cast<int>(m_rows.size()));
    const int cols = std::max(4, segmentCount());
    const int nameLines = isEmpty() ? 1 : layout(QSize(width, 0)).nameLines;
    return {kMargin * 2 + 200 + cols * 90, kMargin * 2 + headerHeight(nameLines) + legendHeight() + rows * (fm.height() + 3)};
}

QSize HeatmapPainter::minimumSize(int width) const
{
    // Every row at its smallest readable height; below this the view scrolls rather than clips.
    // Segment names take the lines they need at the width.
    if (isEmpty())
        return {320, 240};
    const int rows = static_cast<int>(m_rows.size());
    const int nameLines = layout(QSize(width, 0)).nameLines;
    return {320, 2 * kMargin + headerHeight(nameLines) + legendHeight() + rows * minRowHeight()};
}

void HeatmapPainter::paintPlaceholder(QPainter &p, const QSize &size) const
{
    const QColor dimText = mixColor(m_palette.color(QPalette::WindowText), m_palette.color(QPalette::Window), 0.4);
    const QRect rect(QPoint(0, 0), size);
    QFont big = m_font;
    big.setPointSizeF(big.pointSizeF() * 1.3);
    const int bigHeight = QFontMetrics(big).height();
    p.setFont(fontForDevice(big, p.device()));
    p.setPen(dimText);
    p.drawText(rect.adjusted(12, 0, -12, -bigHeight), Qt::AlignCenter, tr("No segments yet"));
    p.setFont(fontForDevice(m_font, p.device()));
    p.drawText(rect.adjusted(12, bigHeight + 8, -12, 0), Qt::AlignCenter | Qt::TextWordWrap,
               tr("Segment profiles appear here once customers are segmented."));
}

void HeatmapPainter::paint(QPainter &p, const QRectF &target, const QRectF &exposed) const
{
    const QSize size(std::max(1, static_cast<int>(std::lround(target.width()))),
                     std::max(1, static_cast<int>(std::lround(target.height()))));
    p.save();
    p.translate(target.topLeft());
    p.setRenderHint(QPainter::TextAntialiasing);
    const QPalette &pal = m_palette;
    const QColor window = pal.color(QPalette::Window);
    const QColor text = pal.color(QPalette::WindowText);
    const QColor dimText = mixColor(text, window, 0.4);
    p.fillRect(QRect(QPoint(0, 0), size), window);
    if (isEmpty()) {
        paintPlaceholder(p, size);
        p.restore();
        return;
    }

    // Layout in screen metrics, text in the device's fonts of the same logical sizes.
    const QFontMetrics fm(m_font);
    const QFont font = fontForDevice(m_font, p.device());
    const QFont bold = fontForDevice(headingFont(), p.device());
    const QFont subHeading = fontForDevice(subHeadingFont(), p.device());
    const QLocale &loc = m_locale;
    const Layout l = layout(size);
    const bool dark = this->dark();
    const int current = m_highlighted;
    const int nc = static_cast<int>(m_columns.size());
    const QColor separator = mixColor(window, text, 0.12);
    p.setFont(font);

    // Corner: the column-order control, on the share line.
    {
        QString orderText;
        switch (m_order) {
        case ColumnOrder::BySegment:
            orderText = tr("Order: by segment");
            break;
        case ColumnOrder::BySize:
            orderText = tr("Order: by size");
            break;
        case ColumnOrder::ByRowValue:
            orderText = tr("Order: by %1").arg(featureName(m_sortRow));
            break;
        }
        p.setPen(dimText);
        const QRect r = l.corner.adjusted(0, 0, -8, -6);
        p.drawText(r, Qt::AlignLeft | Qt::AlignBottom,
                   fm.elidedText(orderText, Qt::ElideMiddle, r.width() - fm.horizontalAdvance(QStringLiteral(" \u25BE")))
                       + QStringLiteral(" \u25BE"));
    }

    // Column headers: swatch and name (or just the number when the name does not fit), then the share.
    for (int c = 0; c < nc; ++c) {
        const SegmentProfile &s = m_profiles->segments[static_cast<std::size_t>(m_columns[static_cast<std::size_t>(c)])];
        const QRect r(l.header.left() + c * l.columnWidth, l.header.top(), l.columnWidth, l.header.height());
        const bool isCurrent = s.segment == current;
        const bool dim = current >= 0 && !isCurrent;
        const int swatch = fm.height() * 2 / 3;
        const QRect inner = r.adjusted(4, 2, -4, -6);
        const int nameHeight = fm.height() + 1;
        const QRect shareLine(inner.left(), inner.bottom() - fm.height() + 1, inner.width(), fm.height());
        QColor sc = m_appearance.color(s.segment);
        if (dim)
            sc = mixColor(sc, window, 0.5);
        const QStringList lines = headerName(s.segment, l.columnWidth, l.nameLines);
        const int textLeft = inner.left() + swatch + 5;
        const int textWidth = inner.right() + 1 - textLeft;
        const int nameTop = shareLine.top() - 2 - nameHeight * static_cast<int>(lines.size());
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(mixColor(sc, text, 0.25), 1));
        p.setBrush(sc);
        p.drawRoundedRect(QRectF(inner.left() + 0.5, nameTop + (nameHeight - swatch) / 2.0, swatch, swatch), 2, 2);
        p.setBrush(Qt::NoBrush);
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setFont(isCurrent ? bold : font);
        p.setPen(dim ? dimText : text);
        for (int i = 0; i < lines.size(); ++i)
            p.drawText(QRect(textLeft, nameTop + i * nameHeight, textWidth, nameHeight), Qt::AlignLeft | Qt::AlignVCenter,
                       lines[i]);
        p.setFont(font);
        p.setPen(dimText);
        p.drawText(shareLine, Qt::AlignLeft | Qt::AlignVCenter, headerShare(s, l.columnWidth));
    }

    // Rows, those in the exposed part only.
    const QFontMetrics boldMetrics(headingFont());
    const QFontMetrics subHeadingMetrics(subHeadingFont());
    std::size_t firstRow = 0, endRow = m_rows.size();
    if (!exposed.isEmpty()) {
        const QRectF visible = exposed.translated(-target.topLeft());
        const double top = (visible.top() - l.grid.top()) / l.rowHeight;
        const double bottom = (visible.bottom() - l.grid.top()) / l.rowHeight;
        firstRow = static_cast<std::size_t>(std::clamp(std::floor(top), 0.0, static_cast<double>(m_rows.size())));
        endRow = static_cast<std::size_t>(std::clamp(std::floor(bottom) + 1, 0.0, static_cast<double>(m_rows.size())));
    }
    for (std::size_t r = firstRow; r < endRow; ++r) {
        const DisplayRow &row = m_rows[r];
        const int y = l.grid.top() + static_cast<int>(r) * l.rowHeight;
        const QRect nameRect(l.names.left(), y, l.names.width(), l.rowHeight);
        const QRect textRect = nameRect.adjusted(row.indent * kIndent, 0, -8, 0);
        if (row.kind == RowKind::Group) {
            p.setFont(bold);
            p.setPen(text);
            p.drawText(textRect.adjusted(0, 0, l.grid.width(), -1), Qt::AlignLeft | Qt::AlignVCenter,
                       boldMetrics.elidedText(row.text, Qt::ElideRight, textRect.width() + l.grid.width()));
            p.setPen(separator);
            p.drawLine(nameRect.left(), y + l.rowHeight - 1, l.grid.right(), y + l.rowHeight - 1);
            p.setFont(font);
            continue;
        }
        if (row.kind == RowKind::Column) {
            p.setFont(subHeading);
            p.setPen(dimText);
            p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                       subHeadingMetrics.elidedText(row.text, Qt::ElideMiddle, textRect.width()));
            p.setFont(font);
            continue;
        }
        const bool hovered = m_hover.first == row.feature;
        const bool sorted = m_order == ColumnOrder::ByRowValue && m_sortRow == row.feature;
        if (hovered) {
            QColor hl = pal.color(QPalette::Highlight);
            hl.setAlphaF(0.12f);
            p.fillRect(QRect(nameRect.left(), y, nameRect.width() + l.grid.width(), l.rowHeight), hl);
        }
        p.setFont(sorted ? bold : font);
        p.setPen(text);
        const QString marker = sorted ? QStringLiteral(" \u25BC") : QString();
        const QFontMetrics &nfm = sorted ? boldMetrics : fm;
        const QString name = nfm.elidedText(row.text, Qt::ElideMiddle, textRect.width() - nfm.horizontalAdvance(marker)) + marker;
        p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, name);
        p.setFont(font);

        for (int c = 0; c < nc; ++c) {
            const double z = zScore(c, row.feature);
            const QRect cell(l.grid.left() + c * l.columnWidth, y, l.columnWidth, l.rowHeight);
            // A one-pixel gap in the window colour separates the cells.
            const QRect inner = cell.adjusted(0, 0, -1, -1);
            const QColor colour = divergingColor(z, kLimit, dark);
            p.fillRect(inner, colour);
            if (l.showValues) {
                p.setPen(contrastingTextColor(colour));
                p.drawText(inner, Qt::AlignCenter, zScoreText(loc, z));
            }
        }
    }

    // Current segment: an outline around its whole column.
    if (current >= 0) {
        const int c = columnOfSegment(current);
        if (c >= 0) {
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(QPen(pal.color(QPalette::Highlight), 2));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(QRectF(l.header.left() + c * l.columnWidth, l.header.top(), l.columnWidth - 1,
                                     l.header.height() + l.grid.height() - 1)
                                  .adjusted(-1, -1, 1, 1),
                              3, 3);
            p.setRenderHint(QPainter::Antialiasing, false);
        }
    }
    // Hovered cell.
    if (m_hover.first >= 0) {
        const QRectF r = cellRect(size, m_hover.first, m_hover.second);
        if (!r.isNull()) {
            p.setPen(QPen(text, 1));
            p.setBrush(Qt::NoBrush);
            p.drawRect(r.adjusted(0, 0, -2, -2));
        }
    }

    // Colour legend: caption, −2 sd, the gradient with "average" at its centre, +2 sd.
    {
        const LegendGeometry g = legendGeometry(l);
        p.setPen(dimText);
        if (!g.captionText.isEmpty())
            p.drawText(g.caption, Qt::AlignRight | Qt::AlignVCenter, g.captionText);
        p.drawText(g.low, Qt::AlignRight | Qt::AlignVCenter, tr("%1 sd").arg(QString(kMinus) + loc.toString(kLimit)));
        p.drawText(g.high, Qt::AlignLeft | Qt::AlignVCenter, tr("%1 sd").arg(QStringLiteral("+") + loc.toString(kLimit)));
        QLinearGradient gradient(g.bar.left(), 0, g.bar.right() + 1, 0);
        for (int i = 0; i <= 16; ++i) {
            const double z = -kLimit + 2 * kLimit * i / 16.0;
            gradient.setColorAt(i / 16.0, divergingColor(z, kLimit, dark));
        }
        p.fillRect(g.bar, gradient);
        // The outline must not fill: the painter's brush may still hold the last swatch colour,
        // which once painted the whole bar in that segment's colour.
        p.setBrush(Qt::NoBrush);
        p.setPen(separator);
        p.drawRect(g.bar.adjusted(0, 0, -1, -1));
        QFont small = m_font;
        small.setPointSizeF(small.pointSizeF() * 0.9);
        p.setFont(fontForDevice(small, p.device()));
        p.setPen(contrastingTextColor(divergingColor(0.0, kLimit, dark)));
        p.drawText(g.bar, Qt::AlignCenter, tr("average"));
    }
    p.restore();
}

} // namespace seg
