#include "widgets/heatmap_view.h"

#include "widgets/feature_label.h"
#include "widgets/segment_palette.h"
#include "widgets/segment_selection.h"

#include <QHelpEvent>
#include <QLinearGradient>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPointer>
#include <QToolTip>

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

QString signedOneDecimal(const QLocale &locale, double z)
{
    if (std::isnan(z))
        return QString(QChar(0x2014));
    const QString digits = locale.toString(std::abs(z), 'f', 1);
    if (digits == locale.toString(0.0, 'f', 1))
        return digits;
    return (z < 0 ? QString(kMinus) : QStringLiteral("+")) + digits;
}

QColor mixColor(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QString capitalized(const QString &text)
{
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

enum class RowKind { Group, Column, Feature };

struct DisplayRow
{
    RowKind kind = RowKind::Feature;
    int feature = -1;  // Feature rows: index into Profiles::features; else -1
    QString group;     // the group's name (raw), for tooltips
    QString text;      // what the row shows
    QString raw;       // Column rows: the raw column name, for tooltips
    int indent = 0;    // in units of kIndent
};

struct Layout
{
    QRect corner;  // top-left: the column-order control
    QRect header;  // column headers
    QRect names;   // feature names column
    QRect grid;    // the cells
    QRect legend;  // colour legend at the bottom
    int columnWidth = 0;
    int rowHeight = 0;
    int nameLines = 1; // lines for segment names in the header (1 or 2)
    bool showValues = false;
};

} // namespace

struct HeatmapView::Private
{
    HeatmapView *q = nullptr;
    std::shared_ptr<const Profiles> profiles;
    SegmentAppearance appearance;
    QPointer<SegmentSelection> selection;
    ColumnOrder order = ColumnOrder::BySegment;
    int sortRow = -1;
    std::vector<int> columns;     // indices into profiles->segments, in display order
    std::vector<DisplayRow> rows; // group headers and features, top to bottom
    std::pair<int, int> hover{-1, -1};

    int segmentCount() const { return profiles ? static_cast<int>(profiles->segments.size()) : 0; }
    int currentSegment() const { return selection ? selection->currentSegment() : -1; }
    bool dark() const { return q->palette().color(QPalette::Base).lightness() < 128; }

    QString segmentName(int id) const { return appearance.name(id); }
    QString rawFeatureName(int f) const { return QString::fromStdString(profiles->features[static_cast<std::size_t>(f)]); }
    QString featureName(int f) const { return featureDisplayName(profiles->features[static_cast<std::size_t>(f)]); }
    QFont headingFont() const
    {
        QFont f = q->font();
        f.setBold(true);
        return f;
    }
    QFont subHeadingFont() const
    {
        QFont f = q->font();
        f.setPointSizeF(f.pointSizeF() * 0.9);
        return f;
    }
    int minRowHeight() const { return std::max(12, QFontMetrics(q->font()).height() - 3); }
    int headerHeight(int nameLines) const { return QFontMetrics(q->font()).height() * (nameLines + 1) + 12; }
    int legendHeight() const { return QFontMetrics(q->font()).height() + 14; }
    /// The name lines of segment `id` for a column `columnWidth` wide: the whole name on at most
    /// `maxLines` lines, else the segment number alone.
    QStringList headerName(int id, int columnWidth, int maxLines) const;
    /// The share line for a column `columnWidth` wide: the most detailed form that fits.
    QString headerShare(const SegmentProfile &s, int columnWidth) const;
    struct LegendGeometry
    {
        QRect caption;
        QRect low;  // "−2 sd"
        QRect bar;
        QRect high; // "+2 sd"
        QString captionText;
    };
    LegendGeometry legendGeometry(const Layout &l) const;

    void rebuildRows();
    void rebuildColumns();
    Layout layout() const;
    int columnOfSegment(int id) const
    {
        for (std::size_t c = 0; c < columns.size(); ++c)
            if (profiles->segments[static_cast<std::size_t>(columns[c])].segment == id)
                return static_cast<int>(c);
        return -1;
    }
    int displayRowOfFeature(int f) const
    {
        for (std::size_t r = 0; r < rows.size(); ++r)
            if (rows[r].feature == f)
                return static_cast<int>(r);
        return -1;
    }
    double zScore(int column, int feature) const
    {
        const SegmentProfile &s = profiles->segments[static_cast<std::size_t>(columns[static_cast<std::size_t>(column)])];
        return static_cast<std::size_t>(feature) < s.zScores.size() ? s.zScores[static_cast<std::size_t>(feature)]
                                                                      : std::nan("");
    }
};

void HeatmapView::Private::rebuildRows()
{
    rows.clear();
    if (!profiles)
        return;
    const std::size_t nf = profiles->features.size();
    const bool grouped = profiles->groups.size() == nf
                         && std::any_of(profiles->groups.begin(), profiles->groups.end(), [](const auto &g) { return !g.empty(); });
    // Features in display order; the levels of a one-hot column follow a sub-heading with the
    // column's name, so that each row can show just its level ("organic search"), which is the
    // part that tells the rows apart.
    auto addFeatures = [this](const std::vector<std::size_t> &features, const QString &group, int indent) {
        QString column;
        for (const std::size_t f : features) {
            const FeatureLabel label = featureLabel(profiles->features[f]);
            if (!label.oneHot) {
                column.clear();
                rows.push_back({RowKind::Feature, static_cast<int>(f), group, label.column, {}, indent});
                continue;
            }
            const std::string &name = profiles->features[f];
            const QString raw = QString::fromStdString(name.substr(0, name.find('=')));
            if (raw != column) {
                column = raw;
                rows.push_back({RowKind::Column, -1, group, label.column, raw, indent});
            }
            rows.push_back({RowKind::Feature, static_cast<int>(f), group, label.level, {}, indent + 1});
        }
    };
    if (!grouped) {
        std::vector<std::size_t> all(nf);
        std::iota(all.begin(), all.end(), std::size_t(0));
        addFeatures(all, {}, 0);
        return;
    }
    // Groups in order of first appearance, features keep their order within a group.
    std::vector<std::string> order;
    for (const std::string &g : profiles->groups)
        if (std::find(order.begin(), order.end(), g) == order.end())
            order.push_back(g);
    for (const std::string &g : order) {
        const QString name = g.empty() ? HeatmapView::tr("Other") : QString::fromStdString(g);
        rows.push_back({RowKind::Group, -1, name, capitalized(humanizeName(name)), {}, 0});
        std::vector<std::size_t> members;
        for (std::size_t f = 0; f < nf; ++f)
            if (profiles->groups[f] == g)
                members.push_back(f);
        addFeatures(members, name, 1);
    }
}

QStringList HeatmapView::Private::headerName(int id, int columnWidth, int maxLines) const
{
    const QFontMetrics fm(headingFont()); // the widest the header is drawn in (bold when current)
    const int swatch = QFontMetrics(q->font()).height() * 2 / 3;
    const int textWidth = columnWidth - 8 - swatch - 5;
    // The number the default name carries, so "4" stands for "Segment 4".
    const QString number = q->locale().toString(appearance.key(id) + 1);
    if (!appearance.hasCustomName(id)) {
        // "Segment 3" says no more than "3" next to the segment's colour; never wrap it.
        const QString label = segmentName(id);
        return {fm.horizontalAdvance(label) <= textWidth ? label : number};
    }
    // Word-wrap the name onto at most maxLines lines; a word wider than the column, or words left
    // over, mean it does not fit.
    const QStringList words = segmentName(id).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
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

QString HeatmapView::Private::headerShare(const SegmentProfile &s, int columnWidth) const
{
    const QFontMetrics fm(q->font());
    const QLocale loc = q->locale();
    const int width = columnWidth - 8;
    const QString share = loc.toString(100.0 * s.share, 'f', 1) + loc.percent();
    const QString whole = loc.toString(std::lround(100.0 * s.share)) + loc.percent();
    const QStringList candidates = {HeatmapView::tr("%1 · %2").arg(share, loc.toString(static_cast<qulonglong>(s.size))),
                                    share, whole};
    for (const QString &c : candidates)
        if (fm.horizontalAdvance(c) <= width)
            return c;
    // Narrower than "12%": the number alone still fits a column of the minimum width, and the
    // tooltip has the details. Never an ellipsis.
    return loc.toString(std::lround(100.0 * s.share));
}

void HeatmapView::Private::rebuildColumns()
{
    columns.resize(static_cast<std::size_t>(segmentCount()));
    std::iota(columns.begin(), columns.end(), 0);
    if (!profiles)
        return;
    const auto &segs = profiles->segments;
    auto byId = [&](int a, int b) { return segs[static_cast<std::size_t>(a)].segment < segs[static_cast<std::size_t>(b)].segment; };
    std::sort(columns.begin(), columns.end(), byId);
    if (order == ColumnOrder::BySize) {
        std::stable_sort(columns.begin(), columns.end(), [&](int a, int b) {
            return segs[static_cast<std::size_t>(a)].size > segs[static_cast<std::size_t>(b)].size;
        });
    } else if (order == ColumnOrder::ByRowValue && sortRow >= 0) {
        auto z = [&](int s) {
            const auto &zs = segs[static_cast<std::size_t>(s)].zScores;
            const double v = static_cast<std::size_t>(sortRow) < zs.size() ? zs[static_cast<std::size_t>(sortRow)] : std::nan("");
            return std::isnan(v) ? -HUGE_VAL : v;
        };
        std::stable_sort(columns.begin(), columns.end(), [&](int a, int b) { return z(a) > z(b); });
    }
}

HeatmapView::Private::LegendGeometry HeatmapView::Private::legendGeometry(const Layout &l) const
{
    // One line, centred under the table: caption, "−2 sd", the colour bar (with "average" in its
    // middle), "+2 sd". The caption gives way first when the widget is narrow.
    const QFontMetrics fm(q->font());
    const QLocale loc = q->locale();
    const QString low = HeatmapView::tr("%1 sd").arg(QString(kMinus) + loc.toString(kLimit));
    const QString high = HeatmapView::tr("%1 sd").arg(QStringLiteral("+") + loc.toString(kLimit));
    const int lowWidth = fm.horizontalAdvance(low);
    const int highWidth = fm.horizontalAdvance(high);
    const int gap = 6;
    const int barWidth = std::clamp(l.legend.width() / 3, 120, 220);
    const int room = std::max(0, l.legend.width() - barWidth - lowWidth - highWidth - 4 * gap);
    LegendGeometry g;
    // The longest caption that fits whole; none rather than an elided one.
    for (const QString &caption : {HeatmapView::tr("Segment average vs. all customers"), HeatmapView::tr("vs. all customers")})
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

Layout HeatmapView::Private::layout() const
{
    Layout l;
    const QFontMetrics fm(q->font());
    const QFontMetrics bfm(headingFont());
    const QFontMetrics sfm(subHeadingFont());
    const int lineHeight = fm.height();
    const int w = q->width();
    const int h = q->height();

    int nameWidth = fm.horizontalAdvance(HeatmapView::tr("Order: by segment") + QStringLiteral(" \u25BE"));
    for (const DisplayRow &r : rows) {
        const QFontMetrics &rfm = r.kind == RowKind::Group ? bfm : r.kind == RowKind::Column ? sfm : fm;
        // Feature rows leave room for the bold face and sort marker of the sorted row.
        const int text = r.kind == RowKind::Feature ? bfm.horizontalAdvance(r.text + QStringLiteral(" \u25BC"))
                                                    : rfm.horizontalAdvance(r.text);
        nameWidth = std::max(nameWidth, r.indent * kIndent + text);
    }
    nameWidth = std::clamp(nameWidth + 12, 80, std::max(80, static_cast<int>(w * 0.35)));

    const int n = std::max(1, static_cast<int>(columns.size()));
    l.columnWidth = std::clamp((w - 2 * kMargin - nameWidth) / n, kMinColumnWidth, kMaxColumnWidth);
    // Two lines for segment names only when a name needs them (names like "Loyal big spenders").
    l.nameLines = 1;
    for (int c : columns)
        if (headerName(profiles->segments[static_cast<std::size_t>(c)].segment, l.columnWidth, 2).size() > 1)
            l.nameLines = 2;
    const int headerHeight = this->headerHeight(l.nameLines);
    const int legendHeight = this->legendHeight();
    const int available = h - 2 * kMargin - headerHeight - legendHeight;
    const int rowCount = std::max(1, static_cast<int>(rows.size()));
    l.rowHeight = std::clamp(available / rowCount, minRowHeight(), lineHeight + 12);

    const int gridWidth = l.columnWidth * static_cast<int>(columns.size());
    // Centre the table when the columns hit their maximum width, so the spare room is balanced.
    const int spare = std::max(0, w - 2 * kMargin - nameWidth - gridWidth);
    const int left = kMargin + spare / 2;
    l.corner = QRect(left, kMargin, nameWidth, headerHeight);
    l.header = QRect(left + nameWidth, kMargin, gridWidth, headerHeight);
    l.names = QRect(left, kMargin + headerHeight, nameWidth, l.rowHeight * static_cast<int>(rows.size()));
    l.grid = QRect(left + nameWidth, l.names.top(), gridWidth, l.names.height());
    l.legend = QRect(left, l.grid.bottom() + 1 + 8, nameWidth + gridWidth, legendHeight - 8);
    l.showValues = l.columnWidth >= fm.horizontalAdvance(QStringLiteral("\u2212" "0.0")) + 8 && l.rowHeight >= lineHeight - 3;
    return l;
}

HeatmapView::HeatmapView(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    setMouseTracking(true);
    setAutoFillBackground(true);
    setAccessibleName(tr("Segment profile heatmap"));
}

HeatmapView::~HeatmapView() = default;

void HeatmapView::setProfiles(std::shared_ptr<const Profiles> profiles)
{
    d->profiles = std::move(profiles);
    if (d->order == ColumnOrder::ByRowValue && (!d->profiles || d->sortRow >= static_cast<int>(d->profiles->features.size()))) {
        d->order = ColumnOrder::BySegment;
        d->sortRow = -1;
    }
    d->hover = {-1, -1};
    d->rebuildRows();
    d->rebuildColumns();
    updateGeometry();
    update();
}

void HeatmapView::setAppearance(const SegmentAppearance &appearance)
{
    if (d->appearance == appearance)
        return;
    d->appearance = appearance;
    updateGeometry(); // a long name may need a second header line
    update();
}

const SegmentAppearance &HeatmapView::appearance() const
{
    return d->appearance;
}

void HeatmapView::setSelection(SegmentSelection *selection)
{
    if (d->selection)
        disconnect(d->selection, nullptr, this, nullptr);
    d->selection = selection;
    if (selection)
        connect(selection, &SegmentSelection::currentSegmentChanged, this, qOverload<>(&QWidget::update));
    update();
}

void HeatmapView::setColumnOrder(ColumnOrder order, int row)
{
    if (order == ColumnOrder::ByRowValue && (row < 0 || !d->profiles || row >= static_cast<int>(d->profiles->features.size())))
        return;
    d->order = order;
    d->sortRow = order == ColumnOrder::ByRowValue ? row : -1;
    d->rebuildColumns();
    update();
}

HeatmapView::ColumnOrder HeatmapView::columnOrder() const
{
    return d->order;
}

int HeatmapView::sortRow() const
{
    return d->sortRow;
}

std::vector<int> HeatmapView::columnSegments() const
{
    std::vector<int> out;
    for (int c : d->columns)
        out.push_back(d->profiles->segments[static_cast<std::size_t>(c)].segment);
    return out;
}

std::pair<int, int> HeatmapView::cellAt(const QPointF &pos) const
{
    if (!d->profiles || d->columns.empty())
        return {-1, -1};
    const Layout l = d->layout();
    if (!QRectF(l.grid).contains(pos))
        return {-1, -1};
    const int c = static_cast<int>((pos.x() - l.grid.left()) / l.columnWidth);
    const int r = static_cast<int>((pos.y() - l.grid.top()) / l.rowHeight);
    if (c < 0 || c >= static_cast<int>(d->columns.size()) || r < 0 || r >= static_cast<int>(d->rows.size()))
        return {-1, -1};
    const int feature = d->rows[static_cast<std::size_t>(r)].feature;
    if (feature < 0)
        return {-1, -1};
    return {feature, d->profiles->segments[static_cast<std::size_t>(d->columns[static_cast<std::size_t>(c)])].segment};
}

QRectF HeatmapView::cellRect(int row, int segment) const
{
    if (!d->profiles)
        return {};
    const int c = d->columnOfSegment(segment);
    const int r = d->displayRowOfFeature(row);
    if (c < 0 || r < 0)
        return {};
    const Layout l = d->layout();
    return QRectF(l.grid.left() + c * l.columnWidth, l.grid.top() + r * l.rowHeight, l.columnWidth, l.rowHeight);
}

QRectF HeatmapView::segmentHeaderRect(int segment) const
{
    if (!d->profiles)
        return {};
    const int c = d->columnOfSegment(segment);
    if (c < 0)
        return {};
    const Layout l = d->layout();
    return QRectF(l.header.left() + c * l.columnWidth, l.header.top(), l.columnWidth, l.header.height());
}

QRectF HeatmapView::featureNameRect(int row) const
{
    if (!d->profiles)
        return {};
    const int r = d->displayRowOfFeature(row);
    if (r < 0)
        return {};
    const Layout l = d->layout();
    return QRectF(l.names.left(), l.names.top() + r * l.rowHeight, l.names.width(), l.rowHeight);
}

QStringList HeatmapView::rowLabels() const
{
    QStringList out;
    for (const DisplayRow &r : d->rows)
        out << r.text;
    return out;
}

QStringList HeatmapView::segmentHeaderLines(int segment) const
{
    if (!d->profiles)
        return {};
    const int c = d->columnOfSegment(segment);
    if (c < 0)
        return {};
    const Layout l = d->layout();
    const SegmentProfile &s = d->profiles->segments[static_cast<std::size_t>(d->columns[static_cast<std::size_t>(c)])];
    return d->headerName(segment, l.columnWidth, l.nameLines) << d->headerShare(s, l.columnWidth);
}

QRectF HeatmapView::legendBarRect() const
{
    if (!d->profiles || d->columns.empty() || d->rows.empty())
        return {};
    return d->legendGeometry(d->layout()).bar;
}

QSize HeatmapView::sizeHint() const
{
    const QFontMetrics fm(font());
    // Rows a little taller than a line: comfortable to read, and compact enough for a small screen.
    const int rows = std::max(8, static_cast<int>(d->rows.size()));
    const int cols = std::max(4, d->segmentCount());
    const int nameLines = d->profiles ? d->layout().nameLines : 1;
    return {kMargin * 2 + 200 + cols * 90, kMargin * 2 + d->headerHeight(nameLines) + d->legendHeight() + rows * (fm.height() + 3)};
}

QSize HeatmapView::minimumSizeHint() const
{
    // Every row at its smallest readable height; below this the view scrolls rather than clips.
    // Segment names take the lines they need at the current width.
    if (!d->profiles || d->rows.empty())
        return {320, 240};
    const int rows = static_cast<int>(d->rows.size());
    const int nameLines = d->layout().nameLines;
    return {320, 2 * kMargin + d->headerHeight(nameLines) + d->legendHeight() + rows * d->minRowHeight()};
}

void HeatmapView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QPalette pal = palette();
    const QColor window = pal.color(QPalette::Window);
    const QColor text = pal.color(QPalette::WindowText);
    const QColor dimText = mixColor(text, window, 0.4);
    const QFontMetrics fm(font());
    QFont bold = font();
    bold.setBold(true);
    const QLocale loc = locale();

    if (!d->profiles || d->columns.empty() || d->rows.empty()) {
        QFont big = font();
        big.setPointSizeF(big.pointSizeF() * 1.3);
        p.setFont(big);
        p.setPen(dimText);
        p.drawText(rect().adjusted(12, 0, -12, -QFontMetrics(big).height()), Qt::AlignCenter, tr("No segments yet"));
        p.setFont(font());
        p.drawText(rect().adjusted(12, QFontMetrics(big).height() + 8, -12, 0), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("Segment profiles appear here once customers are segmented."));
        return;
    }

    const Layout l = d->layout();
    const bool dark = d->dark();
    const int current = d->currentSegment();
    const int nc = static_cast<int>(d->columns.size());
    const QColor separator = mixColor(window, text, 0.12);

    // Corner: the column-order control, on the share line.
    {
        QString orderText;
        switch (d->order) {
        case ColumnOrder::BySegment:
            orderText = tr("Order: by segment");
            break;
        case ColumnOrder::BySize:
            orderText = tr("Order: by size");
            break;
        case ColumnOrder::ByRowValue:
            orderText = tr("Order: by %1").arg(d->featureName(d->sortRow));
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
        const SegmentProfile &s = d->profiles->segments[static_cast<std::size_t>(d->columns[static_cast<std::size_t>(c)])];
        const QRect r(l.header.left() + c * l.columnWidth, l.header.top(), l.columnWidth, l.header.height());
        const bool isCurrent = s.segment == current;
        const bool dim = current >= 0 && !isCurrent;
        const int swatch = fm.height() * 2 / 3;
        const QRect inner = r.adjusted(4, 2, -4, -6);
        const int nameHeight = fm.height() + 1;
        const QRect shareLine(inner.left(), inner.bottom() - fm.height() + 1, inner.width(), fm.height());
        QColor sc = d->appearance.color(s.segment);
        if (dim)
            sc = mixColor(sc, window, 0.5);
        const QStringList lines = d->headerName(s.segment, l.columnWidth, l.nameLines);
        const int textLeft = inner.left() + swatch + 5;
        const int textWidth = inner.right() + 1 - textLeft;
        const int nameTop = shareLine.top() - 2 - nameHeight * static_cast<int>(lines.size());
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(mixColor(sc, text, 0.25), 1));
        p.setBrush(sc);
        p.drawRoundedRect(QRectF(inner.left() + 0.5, nameTop + (nameHeight - swatch) / 2.0, swatch, swatch), 2, 2);
        p.setBrush(Qt::NoBrush);
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setFont(isCurrent ? bold : font());
        p.setPen(dim ? dimText : text);
        for (int i = 0; i < lines.size(); ++i)
            p.drawText(QRect(textLeft, nameTop + i * nameHeight, textWidth, nameHeight), Qt::AlignLeft | Qt::AlignVCenter,
                       lines[i]);
        p.setFont(font());
        p.setPen(dimText);
        p.drawText(shareLine, Qt::AlignLeft | Qt::AlignVCenter, d->headerShare(s, l.columnWidth));
    }

    // Rows.
    const QFont subHeading = d->subHeadingFont();
    for (std::size_t r = 0; r < d->rows.size(); ++r) {
        const DisplayRow &row = d->rows[r];
        const int y = l.grid.top() + static_cast<int>(r) * l.rowHeight;
        const QRect nameRect(l.names.left(), y, l.names.width(), l.rowHeight);
        const QRect textRect = nameRect.adjusted(row.indent * kIndent, 0, -8, 0);
        if (row.kind == RowKind::Group) {
            p.setFont(bold);
            p.setPen(text);
            p.drawText(textRect.adjusted(0, 0, l.grid.width(), -1), Qt::AlignLeft | Qt::AlignVCenter,
                       QFontMetrics(bold).elidedText(row.text, Qt::ElideRight, textRect.width() + l.grid.width()));
            p.setPen(separator);
            p.drawLine(nameRect.left(), y + l.rowHeight - 1, l.grid.right(), y + l.rowHeight - 1);
            p.setFont(font());
            continue;
        }
        if (row.kind == RowKind::Column) {
            p.setFont(subHeading);
            p.setPen(dimText);
            p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                       QFontMetrics(subHeading).elidedText(row.text, Qt::ElideMiddle, textRect.width()));
            p.setFont(font());
            continue;
        }
        const bool hovered = d->hover.first == row.feature;
        const bool sorted = d->order == ColumnOrder::ByRowValue && d->sortRow == row.feature;
        if (hovered) {
            QColor hl = pal.color(QPalette::Highlight);
            hl.setAlphaF(0.12f);
            p.fillRect(QRect(nameRect.left(), y, nameRect.width() + l.grid.width(), l.rowHeight), hl);
        }
        p.setFont(sorted ? bold : font());
        p.setPen(text);
        const QString marker = sorted ? QStringLiteral(" \u25BC") : QString();
        const QFontMetrics nfm(p.font());
        const QString name = nfm.elidedText(row.text, Qt::ElideMiddle, textRect.width() - nfm.horizontalAdvance(marker)) + marker;
        p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, name);
        p.setFont(font());

        for (int c = 0; c < nc; ++c) {
            const double z = d->zScore(c, row.feature);
            const QRect cell(l.grid.left() + c * l.columnWidth, y, l.columnWidth, l.rowHeight);
            // A one-pixel gap in the window colour separates the cells.
            const QRect inner = cell.adjusted(0, 0, -1, -1);
            const QColor colour = divergingColor(z, kLimit, dark);
            p.fillRect(inner, colour);
            if (l.showValues) {
                p.setPen(contrastingTextColor(colour));
                p.drawText(inner, Qt::AlignCenter, signedOneDecimal(loc, z));
            }
        }
    }

    // Current segment: an outline around its whole column.
    if (current >= 0) {
        const int c = d->columnOfSegment(current);
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
    if (d->hover.first >= 0) {
        const QRectF r = cellRect(d->hover.first, d->hover.second);
        if (!r.isNull()) {
            p.setPen(QPen(text, 1));
            p.setBrush(Qt::NoBrush);
            p.drawRect(r.adjusted(0, 0, -2, -2));
        }
    }

    // Colour legend: caption, −2 sd, the gradient with "average" at its centre, +2 sd.
    {
        const Private::LegendGeometry g = d->legendGeometry(l);
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
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        p.setFont(small);
        p.setPen(contrastingTextColor(divergingColor(0.0, kLimit, dark)));
        p.drawText(g.bar, Qt::AlignCenter, tr("average"));
        p.setFont(font());
    }
}

void HeatmapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !d->profiles) {
        QWidget::mousePressEvent(event);
        return;
    }
    const QPointF pos = event->position();
    const Layout l = d->layout();
    auto toggleSegment = [this](int s) {
        if (d->selection)
            d->selection->setCurrentSegment(d->selection->currentSegment() == s ? -1 : s);
    };
    if (QRectF(l.header).contains(pos)) {
        const int c = static_cast<int>((pos.x() - l.header.left()) / l.columnWidth);
        if (c >= 0 && c < static_cast<int>(d->columns.size()))
            toggleSegment(d->profiles->segments[static_cast<std::size_t>(d->columns[static_cast<std::size_t>(c)])].segment);
    } else if (QRectF(l.corner).contains(pos)) {
        setColumnOrder(d->order == ColumnOrder::BySegment ? ColumnOrder::BySize : ColumnOrder::BySegment);
    } else if (QRectF(l.names).contains(pos)) {
        const int r = static_cast<int>((pos.y() - l.names.top()) / l.rowHeight);
        if (r >= 0 && r < static_cast<int>(d->rows.size()) && d->rows[static_cast<std::size_t>(r)].feature >= 0) {
            const int f = d->rows[static_cast<std::size_t>(r)].feature;
            if (d->order == ColumnOrder::ByRowValue && d->sortRow == f)
                setColumnOrder(ColumnOrder::BySegment);
            else
                setColumnOrder(ColumnOrder::ByRowValue, f);
        }
    } else {
        const auto cell = cellAt(pos);
        if (cell.second >= 0 && d->selection)
            d->selection->setCurrentSegment(cell.second);
    }
    event->accept();
}

void HeatmapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    const auto cell = cellAt(pos);
    if (cell != d->hover) {
        d->hover = cell;
        update();
    }
    if (d->profiles) {
        const Layout l = d->layout();
        const bool clickable = QRectF(l.header).contains(pos) || QRectF(l.corner).contains(pos)
                               || (QRectF(l.names).contains(pos) && d->rows[std::min(d->rows.size() - 1, static_cast<std::size_t>((pos.y() - l.names.top()) / l.rowHeight))].feature >= 0);
        setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    }
    QWidget::mouseMoveEvent(event);
}

void HeatmapView::leaveEvent(QEvent *event)
{
    if (d->hover.first >= 0) {
        d->hover = {-1, -1};
        update();
    }
    QWidget::leaveEvent(event);
}

void HeatmapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

bool HeatmapView::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip || !d->profiles)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const QPointF pos = help->pos();
    const Layout l = d->layout();
    const QLocale loc = locale();
    QString text;
    const auto cell = cellAt(pos);
    if (cell.first >= 0) {
        const int f = cell.first;
        const int c = d->columnOfSegment(cell.second);
        const SegmentProfile &s = d->profiles->segments[static_cast<std::size_t>(d->columns[static_cast<std::size_t>(c)])];
        const double mean = static_cast<std::size_t>(f) < s.means.size() ? s.means[static_cast<std::size_t>(f)] : std::nan("");
        const double population = static_cast<std::size_t>(f) < d->profiles->populationMeans.size()
                                      ? d->profiles->populationMeans[static_cast<std::size_t>(f)]
                                      : std::nan("");
        text = tr("%1 \u2014 %2\nSegment average: %3\nAll customers: %4\nDifference: %5 standard deviations")
                   .arg(d->featureName(f), d->segmentName(s.segment), loc.toString(mean, 'g', 6),
                        loc.toString(population, 'g', 6), signedOneDecimal(loc, d->zScore(c, f)));
        if (d->rawFeatureName(f) != d->featureName(f))
            text += QLatin1Char('\n') + tr("Feature: %1").arg(d->rawFeatureName(f));
    } else if (QRectF(l.header).contains(pos)) {
        const int c = static_cast<int>((pos.x() - l.header.left()) / l.columnWidth);
        if (c >= 0 && c < static_cast<int>(d->columns.size())) {
            const SegmentProfile &s = d->profiles->segments[static_cast<std::size_t>(d->columns[static_cast<std::size_t>(c)])];
            text = tr("%1\n%2 customers (%3)\nClick to highlight this segment in every view.")
                       .arg(d->segmentName(s.segment), loc.toString(static_cast<qulonglong>(s.size)),
                            loc.toString(100.0 * s.share, 'f', 1) + loc.percent());
        }
    } else if (QRectF(l.corner).contains(pos)) {
        text = tr("Click to switch between segment order and size order.");
    } else if (QRectF(l.legend).contains(pos)) {
        text = tr("Cell colours: how far the segment average lies from the average of all customers, in standard "
                  "deviations (sd). Blue is below, red above; beyond 2 sd the colour stays the same.");
    } else if (QRectF(l.names).contains(pos)) {
        const int r = static_cast<int>((pos.y() - l.names.top()) / l.rowHeight);
        if (r >= 0 && r < static_cast<int>(d->rows.size())) {
            // The raw names, as in the data, so that the user can find the column there.
            const DisplayRow &row = d->rows[static_cast<std::size_t>(r)];
            if (row.kind == RowKind::Feature) {
                text = d->rawFeatureName(row.feature);
                if (!row.group.isEmpty())
                    text += QStringLiteral(" (") + row.group + QLatin1Char(')');
                text += QLatin1Char('\n') + tr("Click to order the segments by this feature.");
            } else if (row.kind == RowKind::Column) {
                text = tr("Column \u201c%1\u201d: one row per value, each the share of customers with that value")
                           .arg(row.raw);
            }
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

} // namespace seg
