#include "widgets/heatmap_view.h"

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

struct DisplayRow
{
    int feature = -1; // -1: a group header row
    QString group;
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
    bool showValues = false;
};

} // namespace

struct HeatmapView::Private
{
    HeatmapView *q = nullptr;
    std::shared_ptr<const Profiles> profiles;
    QStringList names;
    QPointer<SegmentSelection> selection;
    ColumnOrder order = ColumnOrder::BySegment;
    int sortRow = -1;
    std::vector<int> columns;     // indices into profiles->segments, in display order
    std::vector<DisplayRow> rows; // group headers and features, top to bottom
    std::pair<int, int> hover{-1, -1};

    int segmentCount() const { return profiles ? static_cast<int>(profiles->segments.size()) : 0; }
    int currentSegment() const { return selection ? selection->currentSegment() : -1; }
    bool dark() const { return q->palette().color(QPalette::Base).lightness() < 128; }

    QString segmentName(int id) const
    {
        if (id >= 0 && id < names.size() && !names[id].trimmed().isEmpty())
            return names[id];
        return HeatmapView::tr("Segment %1").arg(id + 1);
    }
    QString featureName(int f) const { return QString::fromStdString(profiles->features[static_cast<std::size_t>(f)]); }

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
    if (!grouped) {
        for (std::size_t f = 0; f < nf; ++f)
            rows.push_back({static_cast<int>(f), {}});
        return;
    }
    // Groups in order of first appearance, features keep their order within a group.
    std::vector<std::string> order;
    for (const std::string &g : profiles->groups)
        if (std::find(order.begin(), order.end(), g) == order.end())
            order.push_back(g);
    for (const std::string &g : order) {
        const QString name = g.empty() ? HeatmapView::tr("Other") : QString::fromStdString(g);
        rows.push_back({-1, name});
        for (std::size_t f = 0; f < nf; ++f)
            if (profiles->groups[f] == g)
                rows.push_back({static_cast<int>(f), name});
    }
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

Layout HeatmapView::Private::layout() const
{
    Layout l;
    const QFontMetrics fm(q->font());
    QFont bold = q->font();
    bold.setBold(true);
    const QFontMetrics bfm(bold);
    const int lineHeight = fm.height();
    const int w = q->width();
    const int h = q->height();

    int nameWidth = fm.horizontalAdvance(HeatmapView::tr("Order: by segment")) + 12;
    for (const DisplayRow &r : rows)
        nameWidth = std::max(nameWidth, r.feature < 0 ? bfm.horizontalAdvance(r.group) : fm.horizontalAdvance(featureName(r.feature)) + 12);
    nameWidth = std::clamp(nameWidth + 12, 80, std::max(80, static_cast<int>(w * 0.3)));

    // Two lines for the segment name (names like "Loyal big spenders" wrap), one for share and size.
    const int headerHeight = lineHeight * 3 + 14;
    const int legendHeight = lineHeight * 2 + 18;
    const int n = std::max(1, static_cast<int>(columns.size()));
    l.columnWidth = std::clamp((w - 2 * kMargin - nameWidth) / n, kMinColumnWidth, kMaxColumnWidth);
    const int available = h - 2 * kMargin - headerHeight - legendHeight;
    const int rowCount = std::max(1, static_cast<int>(rows.size()));
    l.rowHeight = std::clamp(available / rowCount, std::max(14, lineHeight - 2), lineHeight + 14);

    const int gridWidth = l.columnWidth * static_cast<int>(columns.size());
    // Centre the table when the columns hit their maximum width, so the spare room is balanced.
    const int spare = std::max(0, w - 2 * kMargin - nameWidth - gridWidth);
    const int left = kMargin + spare / 2;
    l.corner = QRect(left, kMargin, nameWidth, headerHeight);
    l.header = QRect(left + nameWidth, kMargin, gridWidth, headerHeight);
    l.names = QRect(left, kMargin + headerHeight, nameWidth, l.rowHeight * static_cast<int>(rows.size()));
    l.grid = QRect(left + nameWidth, l.names.top(), gridWidth, l.names.height());
    l.legend = QRect(left, l.grid.bottom() + 1 + 10, nameWidth + gridWidth, legendHeight - 10);
    l.showValues = l.columnWidth >= fm.horizontalAdvance(QStringLiteral("\u2212" "0.0")) + 8 && l.rowHeight >= lineHeight;
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

void HeatmapView::setSegmentNames(const QStringList &names)
{
    d->names = names;
    update();
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

QSize HeatmapView::sizeHint() const
{
    const QFontMetrics fm(font());
    const int rows = std::max(8, static_cast<int>(d->rows.size()));
    const int cols = std::max(4, d->segmentCount());
    return {kMargin * 2 + 200 + cols * 90, kMargin * 2 + fm.height() * 4 + 32 + rows * (fm.height() + 8)};
}

QSize HeatmapView::minimumSizeHint() const
{
    return {320, 240};
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

    // Corner: the column-order control.
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
        const QRect r = l.corner.adjusted(0, 0, -8, -4);
        p.drawText(r, Qt::AlignLeft | Qt::AlignBottom, fm.elidedText(orderText + QStringLiteral(" \u25BE"), Qt::ElideMiddle, r.width()));
    }

    // Column headers: swatch and name, then share and size.
    for (int c = 0; c < nc; ++c) {
        const SegmentProfile &s = d->profiles->segments[static_cast<std::size_t>(d->columns[static_cast<std::size_t>(c)])];
        const QRect r(l.header.left() + c * l.columnWidth, l.header.top(), l.columnWidth, l.header.height());
        const bool isCurrent = s.segment == current;
        const bool dim = current >= 0 && !isCurrent;
        const int swatch = fm.height() * 2 / 3;
        const QRect inner = r.adjusted(4, 2, -4, -6);
        const int nameHeight = fm.height() + 1;
        const QRect line3(inner.left(), inner.bottom() - fm.height() + 1, inner.width(), fm.height());
        QColor sc = segmentColor(s.segment);
        if (dim)
            sc = mixColor(sc, window, 0.5);
        p.setFont(isCurrent ? bold : font());
        const QFontMetrics hfm(p.font());
        const QString label = l.columnWidth >= 44 ? d->segmentName(s.segment) : loc.toString(s.segment + 1);
        const int textLeft = inner.left() + swatch + 5;
        const int textWidth = inner.right() + 1 - textLeft;
        // Word-wrap the name onto at most two lines, bottom-aligned above the share line, eliding the rest.
        QStringList lines;
        {
            const QStringList words = label.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QString first;
            int i = 0;
            for (; i < words.size(); ++i) {
                const QString candidate = first.isEmpty() ? words[i] : first + QLatin1Char(' ') + words[i];
                if (!first.isEmpty() && hfm.horizontalAdvance(candidate) > textWidth)
                    break;
                first = candidate;
            }
            lines << hfm.elidedText(first, Qt::ElideRight, textWidth);
            if (i < words.size())
                lines << hfm.elidedText(QStringList(words.mid(i)).join(QLatin1Char(' ')), Qt::ElideRight, textWidth);
        }
        const int nameTop = line3.top() - 2 - nameHeight * static_cast<int>(lines.size());
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(mixColor(sc, text, 0.25), 1));
        p.setBrush(sc);
        p.drawRoundedRect(QRectF(inner.left() + 0.5, nameTop + (nameHeight - swatch) / 2.0, swatch, swatch), 2, 2);
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setPen(dim ? dimText : text);
        for (int i = 0; i < lines.size(); ++i)
            p.drawText(QRect(textLeft, nameTop + i * nameHeight, textWidth, nameHeight), Qt::AlignLeft | Qt::AlignVCenter, lines[i]);
        p.setFont(font());
        p.setPen(dimText);
        const QString share = loc.toString(100.0 * s.share, 'f', 1) + loc.percent();
        QString second = tr("%1 · %2").arg(share, loc.toString(static_cast<qulonglong>(s.size)));
        if (fm.horizontalAdvance(second) > line3.width())
            second = share;
        const QRect line2 = line3;
        p.drawText(line2, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(second, Qt::ElideRight, line2.width()));
    }

    // Rows.
    for (std::size_t r = 0; r < d->rows.size(); ++r) {
        const DisplayRow &row = d->rows[r];
        const int y = l.grid.top() + static_cast<int>(r) * l.rowHeight;
        const QRect nameRect(l.names.left(), y, l.names.width(), l.rowHeight);
        if (row.feature < 0) {
            p.setFont(bold);
            p.setPen(text);
            p.drawText(nameRect.adjusted(0, 0, 0, -2), Qt::AlignLeft | Qt::AlignBottom,
                       QFontMetrics(bold).elidedText(row.group, Qt::ElideRight, nameRect.width() + l.grid.width()));
            p.setPen(separator);
            p.drawLine(nameRect.left(), y + l.rowHeight - 1, l.grid.right(), y + l.rowHeight - 1);
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
        const QRect textRect = nameRect.adjusted(12, 0, -8, 0);
        QString name = d->featureName(row.feature);
        const QString marker = sorted ? QStringLiteral(" \u25BC") : QString();
        const QFontMetrics nfm(p.font());
        name = nfm.elidedText(name, Qt::ElideMiddle, textRect.width() - nfm.horizontalAdvance(marker)) + marker;
        p.drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, name);
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

    // Colour legend: caption, the gradient from -2 to +2 sd, and its ticks.
    {
        const QString caption = tr("Segment average vs. all customers");
        const int barWidth = std::min(260, std::max(120, l.legend.width() / 2));
        const int captionWidth = std::min(fm.horizontalAdvance(caption) + 4, l.legend.width() - barWidth - 16);
        const int totalWidth = captionWidth + 16 + barWidth;
        const int x0 = l.legend.left() + std::max(0, (l.legend.width() - totalWidth) / 2);
        const QRect bar(x0 + captionWidth + 16, l.legend.top() + 2, barWidth, std::max(8, fm.height() * 2 / 3));
        p.setPen(dimText);
        p.drawText(QRect(x0, bar.top() - 4, captionWidth, bar.height() + 8), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(caption, Qt::ElideRight, captionWidth));
        QLinearGradient gradient(bar.left(), 0, bar.right(), 0);
        for (int i = 0; i <= 16; ++i) {
            const double z = -kLimit + 2 * kLimit * i / 16.0;
            gradient.setColorAt(i / 16.0, divergingColor(z, kLimit, dark));
        }
        p.fillRect(bar, gradient);
        p.setPen(separator);
        p.drawRect(bar.adjusted(0, 0, -1, -1));
        const struct
        {
            double z;
            QString text;
        } ticks[] = {{-kLimit, tr("%1 sd").arg(QString(kMinus) + loc.toString(kLimit))},
                     {0, tr("average")},
                     {kLimit, tr("%1 sd").arg(QStringLiteral("+") + loc.toString(kLimit))}};
        p.setPen(dimText);
        for (const auto &t : ticks) {
            const int x = bar.left() + static_cast<int>((t.z + kLimit) / (2 * kLimit) * (bar.width() - 1));
            p.drawLine(x, bar.bottom() + 1, x, bar.bottom() + 3);
            const int tw = fm.horizontalAdvance(t.text);
            const int tx = std::clamp(x - tw / 2, bar.left() - tw / 2, bar.right() - tw / 2);
            p.drawText(QRect(tx, bar.bottom() + 4, tw + 2, fm.height()), Qt::AlignLeft | Qt::AlignTop, t.text);
        }
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
    } else if (QRectF(l.names).contains(pos)) {
        const int r = static_cast<int>((pos.y() - l.names.top()) / l.rowHeight);
        if (r >= 0 && r < static_cast<int>(d->rows.size()) && d->rows[static_cast<std::size_t>(r)].feature >= 0) {
            const DisplayRow &row = d->rows[static_cast<std::size_t>(r)];
            text = d->featureName(row.feature);
            if (!row.group.isEmpty())
                text += QStringLiteral(" (") + row.group + QLatin1Char(')');
            text += QLatin1Char('\n') + tr("Click to order the segments by this feature.");
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
