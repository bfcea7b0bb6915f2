#include "widgets/heatmap_view.h"
#include "widgets/segment_figures.h"

#include "widgets/feature_label.h"
#include "widgets/heatmap_painter.h"
#include "widgets/paint_support.h"
#include "widgets/segment_selection.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPaintEvent>
#include <QPointer>
#include <QScrollArea>
#include <QToolTip>
#include <QWindow>

#include <algorithm>
#include <cmath>

namespace seg {

namespace {

// Traits per segment in the summary a screen reader gets: as many as the segment table shows.
constexpr std::size_t kSpokenTraits = 3;

template <typename T>
bool contains(const std::vector<T> &values, T value)
{
    return std::find(values.begin(), values.end(), value) != values.end();
}

double valueAt(const std::vector<double> &values, int feature)
{
    return feature >= 0 && static_cast<std::size_t>(feature) < values.size() ? values[static_cast<std::size_t>(feature)]
                                                                             : std::nan("");
}

const SegmentProfile *profileOf(const Profiles &profiles, int segment)
{
    const auto it = std::find_if(profiles.segments.begin(), profiles.segments.end(),
                                 [segment](const SegmentProfile &s) { return s.segment == segment; });
    return it == profiles.segments.end() ? nullptr : &*it;
}

/// The keyboard cursor's cell, a child of the heatmap's accessible interface. A focus event on
/// it makes a screen reader say the cell, as it says the current cell of a table; its name
/// follows the cursor.
class HeatmapCellAccessible : public QAccessibleInterface
{
public:
    explicit HeatmapCellAccessible(HeatmapView *view) : m_view(view) {}

    bool isValid() const override { return !m_view.isNull() && m_view->cursorCell().first >= 0; }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override
    {
        return m_view ? QAccessible::queryAccessibleInterface(m_view.data()) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QString text(QAccessible::Text t) const override
    {
        return m_view && t == QAccessible::Name ? m_view->cursorCellText() : QString();
    }
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override
    {
        if (!m_view)
            return {};
        const auto [feature, segment] = m_view->cursorCell();
        const QRect cell = m_view->cellRect(feature, segment).toAlignedRect();
        return cell.isNull() ? QRect() : QRect(m_view->mapToGlobal(cell.topLeft()), cell.size());
    }
    QAccessible::Role role() const override { return QAccessible::Cell; }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        if (!isValid()) {
            state.invalid = true;
            return state;
        }
        state.focusable = true;
        state.focused = m_view->hasFocus();
        state.readOnly = true;
        return state;
    }

private:
    QPointer<HeatmapView> m_view;
};

/// The heatmap for screen readers: its name, the summary of what it draws as the description,
/// the cursor's cell as the value and as its one child.
class HeatmapAccessible : public QAccessibleWidget
{
public:
    explicit HeatmapAccessible(HeatmapView *view) : QAccessibleWidget(view, QAccessible::Chart) {}
    ~HeatmapAccessible() override
    {
        if (m_cellId)
            QAccessible::deleteAccessibleInterface(m_cellId);
    }

    QString text(QAccessible::Text t) const override
    {
        switch (t) {
        case QAccessible::Description:
            return view()->accessibleSummary();
        case QAccessible::Value:
            return view()->cursorCellText();
        default:
            return QAccessibleWidget::text(t);
        }
    }
    int childCount() const override { return view()->cursorCell().first >= 0 ? 1 : 0; }
    QAccessibleInterface *child(int index) const override { return index == 0 && childCount() == 1 ? cell() : nullptr; }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        return child && childCount() == 1 && child == cell() ? 0 : -1;
    }
    QAccessibleInterface *focusChild() const override
    {
        return view()->hasFocus() && childCount() == 1 ? cell() : nullptr;
    }
    QAccessibleInterface *childAt(int x, int y) const override
    {
        QAccessibleInterface *c = child(0);
        return c && c->rect().contains(x, y) ? c : nullptr;
    }

private:
    HeatmapView *view() const { return static_cast<HeatmapView *>(widget()); }
    QAccessibleInterface *cell() const
    {
        if (!m_cellId)
            m_cellId = QAccessible::registerAccessibleInterface(new HeatmapCellAccessible(view()));
        return QAccessible::accessibleInterface(m_cellId);
    }

    mutable QAccessible::Id m_cellId = 0;
};

QAccessibleInterface *heatmapAccessibleFactory(const QString &, QObject *object)
{
    if (auto *view = qobject_cast<HeatmapView *>(object))
        return new HeatmapAccessible(view);
    return nullptr;
}

} // namespace

struct HeatmapView::Private
{
    HeatmapView *q = nullptr;
    // Everything drawn: profiles, appearance, column order, highlight, hovered cell.
    HeatmapPainter painter;
    QPointer<SegmentSelection> selection;
    // The keyboard cursor as last set; cursorCell() falls back to the first row or column when
    // its feature or segment is not shown.
    int cursorFeature = -1;
    int cursorSegment = -1;
    // The focus came from the keyboard (Tab, a shortcut) or a key was pressed since: the cursor's
    // frame shows then, as the style's focus frames do, not for a click or the window's return.
    bool keyboardFocus = false;

    bool showsFocus() const
    {
        return q->hasFocus() && (keyboardFocus || q->window()->testAttribute(Qt::WA_KeyboardFocusChange));
    }

    /// Scrolls the cursor's cell into sight when the view sits in a scroll area.
    void ensureCursorVisible()
    {
        const auto [feature, segment] = q->cursorCell();
        const QRect cell = q->cellRect(feature, segment).toAlignedRect();
        if (cell.isNull())
            return;
        for (QWidget *w = q->parentWidget(); w; w = w->parentWidget())
            if (auto *area = qobject_cast<QScrollArea *>(w); area && area->widget() == q) {
                area->ensureVisible(cell.center().x(), cell.center().y(), cell.width() / 2 + 8, cell.height() / 2 + 8);
                break;
            }
    }

    /// Tells screen readers the cursor's cell: a new value of the view and, while it has focus,
    /// the focus on the (renamed) cell. Once per key press: cheap enough to build the events
    /// whether or not a screen reader listens (updateAccessibility() drops them then).
    void announceCursor()
    {
        QAccessibleValueChangeEvent value(q, q->cursorCellText());
        QAccessible::updateAccessibility(&value);
        if (!q->hasFocus())
            return;
        QAccessibleInterface *view = QAccessible::queryAccessibleInterface(q);
        if (QAccessibleInterface *cell = view ? view->child(0) : nullptr) {
            QAccessibleEvent renamed(cell, QAccessible::NameChanged);
            QAccessible::updateAccessibility(&renamed);
            QAccessibleEvent focus(cell, QAccessible::Focus);
            QAccessible::updateAccessibility(&focus);
        }
    }

    /// The summary changed (new profiles, names or order).
    void announceSummary()
    {
        if (!QAccessible::isActive())
            return;
        QAccessibleEvent changed(q, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&changed);
    }

    // The widget's palette, font and locale are the painter's.
    void syncStyle()
    {
        painter.setPalette(q->palette());
        painter.setFont(q->font());
        painter.setLocale(q->locale());
    }
};

HeatmapView::HeatmapView(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    // Once for every heatmap: before any interface of one is asked for, which
    // setAccessibleName() already does.
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(heatmapAccessibleFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    d->syncStyle();
    setMouseTracking(true);
    // The painter fills its whole target with the window colour.
    setAttribute(Qt::WA_OpaquePaintEvent);
    // Tab reaches the cells (keyboard cursor); a click focuses too.
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Segment profile heatmap"));
    setWhatsThis(tr("Each segment's average of each feature against all customers, in standard deviations: blue "
                    "below, red above. Arrow keys, Home, End, Page Up and Page Down move the cell cursor; Enter "
                    "highlights its segment in every view; S orders the segments by its feature, O switches "
                    "between segment and size order."));
}

HeatmapView::~HeatmapView() = default;

void HeatmapView::setProfiles(std::shared_ptr<const Profiles> profiles)
{
    d->painter.setProfiles(std::move(profiles));
    updateGeometry();
    update();
    d->announceSummary();
}

void HeatmapView::setAppearance(const SegmentAppearance &appearance)
{
    if (d->painter.appearance() == appearance)
        return;
    d->painter.setAppearance(appearance);
    updateGeometry(); // a long name may need a second header line
    update();
    d->announceSummary();
}

const SegmentAppearance &HeatmapView::appearance() const
{
    return d->painter.appearance();
}

const HeatmapPainter &HeatmapView::painter() const
{
    d->syncStyle();
    return d->painter;
}

void HeatmapView::setSelection(SegmentSelection *selection)
{
    if (d->selection)
        disconnect(d->selection, nullptr, this, nullptr);
    d->selection = selection;
    d->painter.setHighlightedSegment(selection ? selection->currentSegment() : -1);
    if (selection)
        connect(selection, &SegmentSelection::currentSegmentChanged, this, [this](int segment) {
            d->painter.setHighlightedSegment(segment);
            update();
        });
    update();
}

void HeatmapView::setRowOrder(std::vector<std::size_t> order)
{
    if (order == d->painter.rowOrder())
        return;
    d->painter.setRowOrder(std::move(order));
    updateGeometry();
    update();
}

void HeatmapView::setColumnOrder(ColumnOrder order, int row)
{
    if (d->painter.setColumnOrder(order, row)) {
        update();
        d->announceSummary();
    }
}

HeatmapView::ColumnOrder HeatmapView::columnOrder() const
{
    return d->painter.columnOrder();
}

int HeatmapView::sortRow() const
{
    return d->painter.sortRow();
}

std::vector<int> HeatmapView::columnSegments() const
{
    return d->painter.columnSegments();
}

std::pair<int, int> HeatmapView::cellAt(const QPointF &pos) const
{
    return d->painter.cellAt(size(), pos);
}

QRectF HeatmapView::cellRect(int row, int segment) const
{
    return d->painter.cellRect(size(), row, segment);
}

QRectF HeatmapView::segmentHeaderRect(int segment) const
{
    return d->painter.segmentHeaderRect(size(), segment);
}

QRectF HeatmapView::featureNameRect(int row) const
{
    return d->painter.featureNameRect(size(), row);
}

QStringList HeatmapView::rowLabels() const
{
    return d->painter.rowLabels();
}

QStringList HeatmapView::segmentHeaderLines(int segment) const
{
    return d->painter.segmentHeaderLines(size(), segment);
}

QRectF HeatmapView::legendBarRect() const
{
    return d->painter.legendBarRect(size());
}

std::vector<int> HeatmapView::featureRows() const
{
    return d->painter.featureRows();
}

std::pair<int, int> HeatmapView::cursorCell() const
{
    if (d->painter.isEmpty())
        return {-1, -1};
    const std::vector<int> rows = featureRows();
    const std::vector<int> columns = columnSegments();
    if (rows.empty() || columns.empty())
        return {-1, -1};
    return {contains(rows, d->cursorFeature) ? d->cursorFeature : rows.front(),
            contains(columns, d->cursorSegment) ? d->cursorSegment : columns.front()};
}

void HeatmapView::setCursorCell(int feature, int segment)
{
    if (!contains(featureRows(), feature) || !contains(columnSegments(), segment))
        return;
    const std::pair<int, int> before = cursorCell();
    d->cursorFeature = feature;
    d->cursorSegment = segment;
    if (cursorCell() == before)
        return;
    update();
    d->ensureCursorVisible();
    d->announceCursor();
    const auto [newFeature, newSegment] = cursorCell();
    Q_EMIT cursorCellChanged(newFeature, newSegment);
}

QString HeatmapView::accessibleSummary() const
{
    if (d->painter.isEmpty())
        return tr("No segments yet.");
    const Profiles &profiles = *d->painter.profiles();
    const SegmentAppearance &look = d->painter.appearance();
    const QLocale loc = locale();
    const std::vector<int> columns = columnSegments();
    const std::vector<int> rows = featureRows();
    QStringList lines;
    lines << tr("Segments: %1, features: %2, customers: %3. Each cell is the segment's average against all "
                "customers, in standard deviations.")
                 .arg(loc.toString(static_cast<qulonglong>(columns.size())),
                      loc.toString(static_cast<qulonglong>(rows.size())),
                      loc.toString(static_cast<qulonglong>(profiles.customers)));
    for (const int segment : columns) {
        const SegmentProfile *s = profileOf(profiles, segment);
        if (!s)
            continue;
        // The strongest traits: the features furthest from the average, either way.
        std::vector<int> traits;
        for (const int f : rows)
            if (!std::isnan(valueAt(s->zScores, f)))
                traits.push_back(f);
        const std::size_t shown = std::min(kSpokenTraits, traits.size());
        std::partial_sort(traits.begin(), traits.begin() + static_cast<std::ptrdiff_t>(shown), traits.end(),
                          [s](int a, int b) { return std::abs(valueAt(s->zScores, a)) > std::abs(valueAt(s->zScores, b)); });
        QStringList said;
        for (std::size_t i = 0; i < shown; ++i)
            said << QStringLiteral("%1 %2").arg(featureDisplayName(profiles.features[static_cast<std::size_t>(traits[i])]),
                                                HeatmapPainter::zScoreText(loc, valueAt(s->zScores, traits[i])));
        QString line = tr("%1: %2 customer(s) (%3)", nullptr, pluralCount(s->size))
                           .arg(look.numberedName(segment), loc.toString(static_cast<qulonglong>(s->size)),
                                formatShare(loc, s->share));
        if (!said.isEmpty())
            line += QStringLiteral("; ") + tr("strongest traits: %1").arg(said.join(QStringLiteral(", ")));
        if (const QString reason = smallSegmentReason(profiles, *s, loc); !reason.isEmpty())
            line += QStringLiteral("; ") + reason;
        lines << line;
    }
    if (profiles.outliers.size > 0)
        lines << tr("%1: %2 customer(s) in no segment", nullptr, pluralCount(profiles.outliers.size))
                     .arg(look.name(-1), loc.toString(static_cast<qulonglong>(profiles.outliers.size)));
    return lines.join(QLatin1Char('\n'));
}

QString HeatmapView::cursorCellText() const
{
    const auto [feature, segment] = cursorCell();
    if (feature < 0)
        return {};
    const Profiles &profiles = *d->painter.profiles();
    const SegmentProfile *s = profileOf(profiles, segment);
    if (!s)
        return {};
    const QLocale loc = locale();
    const QString name = d->painter.appearance().numberedName(segment);
    const QString featureName = featureDisplayName(profiles.features[static_cast<std::size_t>(feature)]);
    const double z = valueAt(s->zScores, feature);
    if (std::isnan(z))
        return tr("%1, %2: no value").arg(name, featureName);
    //: The heatmap cell under the keyboard cursor, for screen readers.
    return tr("%1, %2: %3 standard deviations; segment average %4, all customers %5")
        .arg(name, featureName, HeatmapPainter::zScoreText(loc, z), loc.toString(valueAt(s->means, feature), 'g', 6),
             loc.toString(valueAt(profiles.populationMeans, feature), 'g', 6));
}

QSize HeatmapView::sizeHint() const
{
    return d->painter.sizeHint(width());
}

QSize HeatmapView::minimumSizeHint() const
{
    return d->painter.minimumSize(width());
}

void HeatmapView::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    d->painter.paint(p, rect(), event->rect());
    // The keyboard cursor while the view has the keyboard's focus: a frame in the highlight colour
    // with a line of the window colour inside, visible on the darkest and the palest cells alike.
    // Drawn here, not by the painter: pictures and reports of the heatmap have no cursor.
    if (!d->showsFocus())
        return;
    const auto [feature, segment] = cursorCell();
    const QRectF cell = cellRect(feature, segment);
    if (cell.isNull())
        return;
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(palette().color(QPalette::Highlight), 2));
    p.drawRect(cell.adjusted(1, 1, -2, -2));
    p.setPen(QPen(palette().color(QPalette::Window), 1));
    p.drawRect(cell.adjusted(2.5, 2.5, -3.5, -3.5));
}

void HeatmapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || d->painter.isEmpty()) {
        QWidget::mousePressEvent(event);
        return;
    }
    auto toggleSegment = [this](int s) {
        if (d->selection)
            d->selection->setCurrentSegment(d->selection->currentSegment() == s ? -1 : s);
    };
    using Part = HeatmapPainter::Hit::Part;
    const HeatmapPainter::Hit hit = d->painter.hitTest(size(), event->position());
    switch (hit.part) {
    case Part::SegmentHeader:
        toggleSegment(hit.segment);
        break;
    case Part::OrderControl:
        setColumnOrder(columnOrder() == ColumnOrder::BySegment ? ColumnOrder::BySize : ColumnOrder::BySegment);
        break;
    case Part::FeatureName:
        if (columnOrder() == ColumnOrder::ByRowValue && sortRow() == hit.feature)
            setColumnOrder(ColumnOrder::BySegment);
        else
            setColumnOrder(ColumnOrder::ByRowValue, hit.feature);
        break;
    case Part::Cell:
        setCursorCell(hit.feature, hit.segment);
        if (d->selection)
            d->selection->setCurrentSegment(hit.segment);
        break;
    default:
        break;
    }
    event->accept();
}

void HeatmapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    const auto cell = cellAt(pos);
    if (cell != d->painter.hoveredCell()) {
        d->painter.setHoveredCell(cell);
        update();
    }
    using Part = HeatmapPainter::Hit::Part;
    const Part part = d->painter.hitTest(size(), pos).part;
    const bool clickable = part == Part::SegmentHeader || part == Part::OrderControl || part == Part::FeatureName;
    setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

void HeatmapView::leaveEvent(QEvent *event)
{
    if (d->painter.hoveredCell().first >= 0) {
        d->painter.setHoveredCell({-1, -1});
        update();
    }
    QWidget::leaveEvent(event);
}

void HeatmapView::keyPressEvent(QKeyEvent *event)
{
    if (!d->keyboardFocus) {
        d->keyboardFocus = true;
        update();
    }
    const std::vector<int> rows = featureRows();
    const std::vector<int> columns = columnSegments();
    const auto [feature, segment] = cursorCell();
    if (feature < 0 || rows.empty() || columns.empty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    const int lastRow = static_cast<int>(rows.size()) - 1;
    const int lastColumn = static_cast<int>(columns.size()) - 1;
    int row = static_cast<int>(std::find(rows.begin(), rows.end(), feature) - rows.begin());
    int column = static_cast<int>(std::find(columns.begin(), columns.end(), segment) - columns.begin());
    const bool control = event->modifiers().testFlag(Qt::ControlModifier);
    // Rows that fit the visible part of the view (it scrolls in the window).
    const double rowHeight = std::max(1.0, cellRect(feature, segment).height());
    const int page = std::max(1, static_cast<int>(visibleRegion().boundingRect().height() / rowHeight) - 1);
    switch (event->key()) {
    case Qt::Key_Left:
        --column;
        break;
    case Qt::Key_Right:
        ++column;
        break;
    case Qt::Key_Up:
        --row;
        break;
    case Qt::Key_Down:
        ++row;
        break;
    case Qt::Key_PageUp:
        row -= page;
        break;
    case Qt::Key_PageDown:
        row += page;
        break;
    case Qt::Key_Home:
        column = 0;
        if (control)
            row = 0;
        break;
    case Qt::Key_End:
        column = lastColumn;
        if (control)
            row = lastRow;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        // As a click on the cell: its segment becomes the current one in every view.
        if (d->selection)
            d->selection->setCurrentSegment(segment);
        event->accept();
        return;
    case Qt::Key_S:
        // As a click on the row's name: the columns by this feature, largest first, or back.
        if (event->modifiers() != Qt::NoModifier) {
            QWidget::keyPressEvent(event);
            return;
        }
        if (columnOrder() == ColumnOrder::ByRowValue && sortRow() == feature)
            setColumnOrder(ColumnOrder::BySegment);
        else
            setColumnOrder(ColumnOrder::ByRowValue, feature);
        event->accept();
        return;
    case Qt::Key_O:
        // As a click on the corner: segment order or size order.
        if (event->modifiers() != Qt::NoModifier) {
            QWidget::keyPressEvent(event);
            return;
        }
        setColumnOrder(columnOrder() == ColumnOrder::BySegment ? ColumnOrder::BySize : ColumnOrder::BySegment);
        event->accept();
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    // At an edge the cursor stays; the key is used all the same (the scroll area must not scroll).
    setCursorCell(rows[static_cast<std::size_t>(std::clamp(row, 0, lastRow))],
                  columns[static_cast<std::size_t>(std::clamp(column, 0, lastColumn))]);
    event->accept();
}

void HeatmapView::focusInEvent(QFocusEvent *event)
{
    d->keyboardFocus = isKeyboardFocusReason(event->reason());
    QWidget::focusInEvent(event);
    d->ensureCursorVisible();
}

void HeatmapView::focusOutEvent(QFocusEvent *event)
{
    d->keyboardFocus = false;
    QWidget::focusOutEvent(event);
}

void HeatmapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::LocaleChange || event->type() == QEvent::StyleChange)
        d->syncStyle();
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

bool HeatmapView::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip || d->painter.isEmpty())
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const QLocale loc = locale();
    const Profiles &profiles = *d->painter.profiles();
    const SegmentAppearance &appearance = d->painter.appearance();
    auto segmentProfile = [&profiles](int segment) -> const SegmentProfile & {
        return *std::find_if(profiles.segments.begin(), profiles.segments.end(),
                             [segment](const SegmentProfile &s) { return s.segment == segment; });
    };
    auto rawName = [&profiles](int f) { return QString::fromStdString(profiles.features[static_cast<std::size_t>(f)]); };
    QString text;
    using Part = HeatmapPainter::Hit::Part;
    const HeatmapPainter::Hit hit = d->painter.hitTest(size(), help->pos());
    switch (hit.part) {
    case Part::Cell: {
        const int f = hit.feature;
        const SegmentProfile &s = segmentProfile(hit.segment);
        auto at = [f](const std::vector<double> &values) {
            return static_cast<std::size_t>(f) < values.size() ? values[static_cast<std::size_t>(f)] : std::nan("");
        };
        const QString name = featureDisplayName(profiles.features[static_cast<std::size_t>(f)]);
        text = tr("%1 \u2014 %2\nSegment average: %3\nAll customers: %4\nDifference: %5 standard deviations")
                   .arg(name, appearance.name(s.segment), loc.toString(at(s.means), 'g', 6),
                        loc.toString(at(profiles.populationMeans), 'g', 6), HeatmapPainter::zScoreText(loc, at(s.zScores)));
        if (rawName(f) != name)
            text += QLatin1Char('\n') + tr("Feature: %1").arg(rawName(f));
        // Money in the data's units: real means and totals (the colour is on the scaled scale).
        if (const QStringList money = moneyLines(profiles, s, loc); !money.isEmpty())
            text += QStringLiteral("\n\n") + money.join(QLatin1Char('\n'));
        if (const QString reason = smallSegmentReason(profiles, s, loc); !reason.isEmpty())
            text += QStringLiteral("\n\n") + smallSegmentMark() + QLatin1Char(' ') + reason;
        break;
    }
    case Part::SegmentHeader: {
        const SegmentProfile &s = segmentProfile(hit.segment);
        text = tr("%1\n%2 customer(s) (%3)", nullptr, pluralCount(s.size))
                   .arg(appearance.name(s.segment), loc.toString(static_cast<qulonglong>(s.size)),
                        loc.toString(100.0 * s.share, 'f', 1) + loc.percent());
        if (const QStringList money = moneyLines(profiles, s, loc); !money.isEmpty())
            text += QLatin1Char('\n') + money.join(QLatin1Char('\n'));
        if (const QString reason = smallSegmentReason(profiles, s, loc); !reason.isEmpty())
            text += QLatin1Char('\n') + smallSegmentMark() + QLatin1Char(' ') + reason;
        text += QLatin1Char('\n') + tr("Click to highlight this segment in every view.");
        break;
    }
    case Part::OrderControl:
        text = tr("Click to switch between segment order and size order.");
        break;
    case Part::Legend:
        text = tr("Cell colours: how far the segment average lies from the average of all customers, in standard "
                  "deviations (sd) of the features as clustered (after log(1 + x) and scaling). Blue is below, red "
                  "above; beyond 2 sd the colour stays the same. The numbers in the tooltips are in the data's own "
                  "units.");
        break;
    case Part::FeatureName:
        // The raw names, as in the data, so that the user can find the column there.
        text = rawName(hit.feature);
        if (!hit.group.isEmpty())
            text += QStringLiteral(" (") + hit.group + QLatin1Char(')');
        text += QLatin1Char('\n') + tr("Click to order the segments by this feature.");
        break;
    case Part::ColumnHeading:
        text = tr("Column \u201c%1\u201d: one row per value, each the share of customers with that value").arg(hit.column);
        break;
    case Part::GroupHeading:
    case Part::None:
        break;
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
