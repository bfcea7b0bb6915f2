// The explorer for keyboard and screen-reader users, checked through Qt's accessibility
// interfaces (QAccessible) as a screen reader reads them: every focusable widget has a name,
// the segment map and the heatmap say what they draw, the heatmap's keyboard cursor is
// announced, Tab goes round the controls without getting stuck, and k, the segments and the
// heatmap's cells are reached without a mouse.

#include "app/core/document.h"
#include "app/ui/controls_panel.h"
#include "app/ui/main_window.h"
#include "widgets/feature_label.h"
#include "widgets/heatmap_painter.h"
#include "widgets/heatmap_view.h"
#include "widgets/model_selection_chart.h"
#include "widgets/scatter_painter.h"
#include "widgets/scatter_view.h"
#include "widgets/segment_selection.h"
#include "widgets/segment_table_model.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGraphicsView>
#include <QImage>
#include <QScrollArea>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QKeySequence>
#include <QAbstractButton>
#include <QMenuBar>
#include <QTranslator>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>
#include <vector>

using namespace seg;

namespace {

// Small enough for a quick test, large enough for six well-separated demo segments.
constexpr std::size_t kDemoRows = 3000;
// A bound on hangs, not a timing assertion: the first complete result (k sweep, stability,
// UMAP) takes about 45 s in an unoptimised sanitizer build, more beside another test.
constexpr int kTimeoutMs = 120000;

/// The widgets Tab stops at: shown, taking focus by Tab, and not handing it to another widget
/// (a spin box's line edit hands it to the spin box).
bool isTabStop(const QWidget *w)
{
    return w->isVisible() && (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !w->focusProxy();
}

QString describe(const QWidget *w)
{
    QString text = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        text += QLatin1Char('#') + w->objectName();
    if (!w->toolTip().isEmpty())
        text += QStringLiteral(" \"%1\"").arg(w->toolTip().left(40));
    // Where it sits: its three nearest ancestors.
    QStringList within;
    for (const QWidget *p = w->parentWidget(); p && within.size() < 3; p = p->parentWidget())
        within << QString::fromLatin1(p->metaObject()->className());
    return text + QStringLiteral(" in ") + within.join(QStringLiteral(" < "));
}

/// The strongest trait of `segment` as the heatmap draws it: the feature furthest from the
/// average, either way.
int strongestFeature(const SegmentProfile &segment)
{
    int best = -1;
    for (std::size_t f = 0; f < segment.zScores.size(); ++f)
        if (!std::isnan(segment.zScores[f])
            && (best < 0 || std::abs(segment.zScores[f]) > std::abs(segment.zScores[std::size_t(best)])))
            best = int(f);
    return best;
}

/// The line of `summary` about `name` ("Segment 3: …").
QString lineAbout(const QString &summary, const QString &name)
{
    for (const QString &line : summary.split(QLatin1Char('\n')))
        if (line.startsWith(name + QLatin1Char(':')))
            return line;
    return {};
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void everyTabStopHasAName();
    void labelsWithAcceleratorsHaveBuddies();
    void acceleratorsAreUniqueInEveryLanguage_data();
    void acceleratorsAreUniqueInEveryLanguage();
    void mapSummarisesItsSegments();
    void mapSaysWhatIsHighlighted();
    void heatmapSummarisesSegmentsAndTraits();
    void heatmapCursorMovesWithTheKeys();
    void heatmapCursorIsAnnounced();
    void heatmapKeysOrderTheColumns();
    void heatmapShowsTheFocusedCell();
    void segmentsAreNotToldByColourAlone();
    void mapShowsFocus();
    void kChartSaysItsFigures();
    void tabGoesRoundTheControls();
    void kChangesByKeyboard();
    void segmentChosenFromTheTableByKeyboard();
    void tabLeavesTheSegmentTable();
    void weightsAreReachedByTab();

private:
    /// Gives `w` the keyboard focus as Tab would (its focus frame shows).
    static bool focus(QWidget *w);

    MainWindow *m_window = nullptr;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SegmentScopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_accessibility"));
    QSettings().clear();
    m_window = new MainWindow;
    m_window->setInteractive(false);
    m_window->resize(1280, 800);
    m_window->show();
    QSignalSpy complete(m_window, &MainWindow::resultComplete);
    m_window->openDemo(kDemoRows, 7);
    QVERIFY(complete.wait(kTimeoutMs));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isMapComplete(), kTimeoutMs);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestAccessibility::init()
{
    m_window->selection()->clear();
}

void TestAccessibility::cleanupTestCase()
{
    delete m_window;
}

bool TestAccessibility::focus(QWidget *w)
{
    w->setFocus(Qt::TabFocusReason);
    return QTest::qWaitFor([w] { return w->hasFocus(); }, 5000);
}

void TestAccessibility::everyTabStopHasAName()
{
    // Each side tab in turn: their widgets are visible only while their tab is shown.
    QTabWidget *tabs = nullptr;
    for (QWidget *w = m_window->modelSelectionChart(); w && !tabs; w = w->parentWidget())
        tabs = qobject_cast<QTabWidget *>(w);
    QVERIFY(tabs);
    // The controls dock's scroll area is made in main_window.cpp, which another change owns: see
    // below.
    QScrollArea *dockScroll = nullptr;
    for (QWidget *w = m_window->controls(); w && !dockScroll; w = w->parentWidget())
        dockScroll = qobject_cast<QScrollArea *>(w);
    QVERIFY(dockScroll);
    // Some customers chosen: the Selection tab then shows its list too.
    std::vector<int> chosen(50);
    std::iota(chosen.begin(), chosen.end(), 0);
    m_window->selection()->setSelectedRows(chosen);
    QStringList offenders;
    std::set<QWidget *> checked {dockScroll};
    for (int tab = 0; tab < tabs->count(); ++tab) {
        if (!tabs->isTabVisible(tab))
            continue;
        tabs->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        for (QWidget *w : m_window->findChildren<QWidget *>()) {
            if (!isTabStop(w) || !checked.insert(w).second)
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            if (!iface || !iface->isValid())
                offenders << describe(w) + QStringLiteral(": no accessible interface");
            else if (iface->text(QAccessible::Name).trimmed().isEmpty())
                offenders << describe(w) + QStringLiteral(": no name");
        }
    }
    tabs->setCurrentIndex(0);
    // The walk reached the views and the controls (a broken filter would pass vacuously).
    QVERIFY(checked.count(m_window->scatterView()));
    QVERIFY(checked.count(m_window->heatmapView()));
    QVERIFY(checked.count(m_window->segmentTableView()));
    QVERIFY(checked.count(m_window->controls()->kSpinBox()));
    QVERIFY2(checked.size() >= 20, QByteArray::number(qulonglong(checked.size())).constData());
    QVERIFY2(offenders.isEmpty(), qPrintable(QStringLiteral("Tab stops without an accessible name:\n")
                                             + offenders.join(QLatin1Char('\n'))));
    // The dock's scroll area is no Tab stop of its own: its controls are.
    QVERIFY(!isTabStop(dockScroll));
}

void TestAccessibility::acceleratorsAreUniqueInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "de", "fr", "es"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestAccessibility::acceleratorsAreUniqueInEveryLanguage()
{
    // Alt+letter must do one thing: open a menu or focus one control, whichever algorithm page
    // and side tab are shown. Two owners of a letter make Alt+letter only cycle between them.
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(QT_TESTCASE_BUILDDIR "/../app/segmentscope_%1.qm").arg(language)));
    QCoreApplication::installTranslator(&translator);
    MainWindow window;
    window.setInteractive(false);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.controls()->isVisible());
    auto *sideTabs = window.findChild<QTabWidget *>(QStringLiteral("sideTabs"));
    QVERIFY(sideTabs);
    QStringList clashes;
    for (Algorithm algorithm : availableAlgorithms()) {
        const std::string_view name = algorithmName(algorithm);
        window.document()->setAlgorithm(QString::fromLatin1(name.data(), qsizetype(name.size())));
        for (int tab = 0; tab < sideTabs->count(); ++tab) {
            sideTabs->setCurrentIndex(tab);
            std::map<QKeySequence, QStringList> owners;
            for (QAction *menu : window.menuBar()->actions())
                if (const QKeySequence key = QKeySequence::mnemonic(menu->text()); !key.isEmpty())
                    owners[key] << menu->text();
            for (QWidget *w : window.findChildren<QWidget *>()) {
                if (!w->isVisible() || w->window() != &window)
                    continue;
                QString text;
                if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
                    text = label->text();
                else if (auto *button = qobject_cast<QAbstractButton *>(w))
                    text = button->text();
                if (const QKeySequence key = QKeySequence::mnemonic(text); !key.isEmpty())
                    owners[key] << text;
            }
            for (const auto &[key, texts] : owners)
                if (texts.size() > 1)
                    clashes << QStringLiteral("%1 on %2 / %3: %4")
                                   .arg(key.toString(), QString::fromLatin1(name.data(), qsizetype(name.size())),
                                        sideTabs->tabText(tab), texts.join(QStringLiteral(" | ")));
        }
    }
    QCoreApplication::removeTranslator(&translator);
    window.hide();
    m_window->activateWindow(); // the keyboard tests after this one type into it
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    clashes.removeDuplicates();
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void TestAccessibility::labelsWithAcceleratorsHaveBuddies()
{
    // A label with an accelerator ("Segments (&k):") must lead somewhere: Alt+letter focuses its
    // buddy, and the buddy takes the label's text as its name.
    QStringList offenders;
    for (QLabel *label : m_window->findChildren<QLabel *>()) {
        const QString text = label->text();
        if (label->textFormat() == Qt::RichText || !text.contains(QLatin1Char('&')) || text.contains(QStringLiteral("&&")))
            continue;
        if (!label->buddy())
            offenders << text;
    }
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QStringLiteral(", "))));

    // Alt+O focuses the outlier threshold, the buddy of "&Outliers:", which is named by it.
    QDoubleSpinBox *outliers = m_window->controls()->outlierSpinBox();
    QVERIFY(focus(m_window->controls()->featureTree()));
    QTest::keyClick(m_window->controls()->featureTree(), Qt::Key_O, Qt::AltModifier);
    QTRY_VERIFY(outliers->hasFocus());
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(outliers);
    QVERIFY(iface);
    QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Outliers"));
    // k's two inputs are named for what they set.
    QCOMPARE(QAccessible::queryAccessibleInterface(m_window->controls()->kSpinBox())->text(QAccessible::Name),
             QStringLiteral("Number of segments"));
    QCOMPARE(QAccessible::queryAccessibleInterface(m_window->controls()->kSlider())->text(QAccessible::Name),
             QStringLiteral("Number of segments"));
}

void TestAccessibility::mapSummarisesItsSegments()
{
    ScatterView *map = m_window->scatterView();
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(map);
    QVERIFY(iface);
    QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Segment map"));
    const QString summary = iface->text(QAccessible::Description);
    const auto result = m_window->currentResult();
    QVERIFY(result && result->labels && result->profiles);
    const QLocale locale = map->locale();
    // Customers and segments of the result on screen.
    QVERIFY2(summary.contains(locale.toString(qulonglong(result->labels->size()))), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("segments: %1").arg(result->segmentCount())), qPrintable(summary));
    // One line per segment: its number and name, and its customers as the legend counts them.
    const SegmentAppearance &look = map->appearance();
    QCOMPARE(int(result->profiles->segments.size()), result->segmentCount());
    for (const SegmentProfile &segment : result->profiles->segments) {
        const QString line = lineAbout(summary, look.numberedName(segment.segment));
        QVERIFY2(!line.isEmpty(), qPrintable(look.numberedName(segment.segment) + QStringLiteral(" in ") + summary));
        const std::size_t onMap = size_t(std::count(result->labels->begin(), result->labels->end(), segment.segment));
        QCOMPARE(onMap, segment.size);
        QVERIFY2(line.contains(QStringLiteral(": %1 customers").arg(locale.toString(qulonglong(segment.size)))),
                 qPrintable(line));
    }

    // A name the user gives shows with the segment's number, in the map's words too.
    const int key = look.key(1);
    m_window->document()->renameSegment(key, QStringLiteral("Bargain hunters"));
    QTRY_VERIFY(map->appearance().hasCustomName(1));
    const QString renamed = iface->text(QAccessible::Description);
    const QString line = lineAbout(renamed, QStringLiteral("Segment %1, Bargain hunters").arg(key + 1));
    QVERIFY2(!line.isEmpty(), qPrintable(renamed));
    QVERIFY(line.contains(locale.toString(qulonglong(result->profiles->segments[1].size))));
    m_window->document()->renameSegment(key, QString());
    QTRY_VERIFY(!map->appearance().hasCustomName(1));
}

void TestAccessibility::mapSaysWhatIsHighlighted()
{
    ScatterView *map = m_window->scatterView();
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(map);
    QVERIFY(iface);
    QVERIFY(iface->text(QAccessible::Value).isEmpty());
    m_window->selection()->setCurrentSegment(2);
    const QString name = map->appearance().numberedName(2);
    QVERIFY2(iface->text(QAccessible::Value).contains(name), qPrintable(iface->text(QAccessible::Value)));
    m_window->selection()->setSelectedRows({0, 1, 2, 3, 4});
    QVERIFY2(iface->text(QAccessible::Value).contains(QStringLiteral("chosen: 5")), qPrintable(iface->text(QAccessible::Value)));
}

void TestAccessibility::heatmapSummarisesSegmentsAndTraits()
{
    HeatmapView *heatmap = m_window->heatmapView();
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(heatmap);
    QVERIFY(iface);
    QVERIFY(!iface->text(QAccessible::Name).isEmpty());
    const QString summary = iface->text(QAccessible::Description);
    const auto result = m_window->currentResult();
    const Profiles &profiles = *result->profiles;
    const QLocale locale = heatmap->locale();
    QVERIFY2(summary.startsWith(QStringLiteral("Segments: %1, features: %2, customers: %3")
                                    .arg(result->segmentCount())
                                    .arg(profiles.features.size())
                                    .arg(locale.toString(qulonglong(profiles.customers)))),
             qPrintable(summary));
    // Each segment: its number and name, its size, and its strongest trait with its z-score as
    // the cell shows it.
    const SegmentAppearance &look = heatmap->appearance();
    for (const SegmentProfile &segment : profiles.segments) {
        const QString line = lineAbout(summary, look.numberedName(segment.segment));
        QVERIFY2(!line.isEmpty(), qPrintable(summary));
        QVERIFY2(line.contains(QStringLiteral(": %1 customers").arg(locale.toString(qulonglong(segment.size)))),
                 qPrintable(line));
        const int strongest = strongestFeature(segment);
        QVERIFY(strongest >= 0);
        const QString trait = featureDisplayName(profiles.features[std::size_t(strongest)]) + QLatin1Char(' ')
                              + HeatmapPainter::zScoreText(locale, segment.zScores[std::size_t(strongest)]);
        QVERIFY2(line.contains(QStringLiteral("strongest traits: ") + trait), qPrintable(line + QStringLiteral(" / ") + trait));
    }
    // The summary follows the columns' order (size order puts the largest segment first).
    heatmap->setColumnOrder(HeatmapView::ColumnOrder::BySize);
    const QStringList lines = iface->text(QAccessible::Description).split(QLatin1Char('\n'));
    QVERIFY(lines.size() > 1);
    QVERIFY2(lines[1].startsWith(look.numberedName(heatmap->columnSegments().front()) + QLatin1Char(':')),
             qPrintable(lines[1]));
    heatmap->setColumnOrder(HeatmapView::ColumnOrder::BySegment);
}

void TestAccessibility::heatmapCursorMovesWithTheKeys()
{
    HeatmapView *heatmap = m_window->heatmapView();
    QVERIFY(focus(heatmap));
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(heatmap);
    QVERIFY(iface);
    const std::vector<int> rows = heatmap->featureRows();
    const std::vector<int> columns = heatmap->columnSegments();
    QVERIFY(rows.size() >= 2 && columns.size() >= 2);
    const Profiles &profiles = *m_window->currentResult()->profiles;
    const SegmentAppearance &look = heatmap->appearance();
    auto says = [&](int row, int column) {
        const int feature = rows[std::size_t(row)];
        const int segment = columns[std::size_t(column)];
        const SegmentProfile &s = *std::find_if(profiles.segments.begin(), profiles.segments.end(),
                                                [segment](const SegmentProfile &p) { return p.segment == segment; });
        return look.numberedName(segment) + QStringLiteral(", ") + featureDisplayName(profiles.features[std::size_t(feature)])
               + QStringLiteral(": ") + HeatmapPainter::zScoreText(heatmap->locale(), s.zScores[std::size_t(feature)])
               + QStringLiteral(" standard deviations");
    };
    auto value = [&] { return iface->text(QAccessible::Value); };

    QTest::keyClick(heatmap, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(heatmap->cursorCell(), std::make_pair(rows[0], columns[0]));
    QVERIFY2(value().startsWith(says(0, 0)), qPrintable(value() + QStringLiteral(" / ") + says(0, 0)));
    QTest::keyClick(heatmap, Qt::Key_Right);
    QCOMPARE(heatmap->cursorCell(), std::make_pair(rows[0], columns[1]));
    QVERIFY2(value().startsWith(says(0, 1)), qPrintable(value() + QStringLiteral(" / ") + says(0, 1)));
    QTest::keyClick(heatmap, Qt::Key_Down);
    QCOMPARE(heatmap->cursorCell(), std::make_pair(rows[1], columns[1]));
    QVERIFY2(value().startsWith(says(1, 1)), qPrintable(value() + QStringLiteral(" / ") + says(1, 1)));
    // The cell is the heatmap's focused child, named as the value says.
    QAccessibleInterface *cell = iface->focusChild();
    QVERIFY(cell);
    QCOMPARE(cell->role(), QAccessible::Cell);
    QCOMPARE(cell->text(QAccessible::Name), value());
    QVERIFY(cell->state().focused);
    QVERIFY(!cell->rect().isEmpty());
    QCOMPARE(iface->indexOfChild(cell), 0);
    QCOMPARE(cell->parent(), iface);
    // End: the last segment of the row; Home: the first; at an edge the cursor stays.
    QTest::keyClick(heatmap, Qt::Key_End);
    QCOMPARE(heatmap->cursorCell(), std::make_pair(rows[1], columns.back()));
    QTest::keyClick(heatmap, Qt::Key_Right);
    QCOMPARE(heatmap->cursorCell(), std::make_pair(rows[1], columns.back()));
    QTest::keyClick(heatmap, Qt::Key_Home);
    QCOMPARE(heatmap->cursorCell(), std::make_pair(rows[1], columns[0]));
    QTest::keyClick(heatmap, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(heatmap->cursorCell(), std::make_pair(rows.back(), columns.back()));
    QVERIFY(value().startsWith(says(int(rows.size()) - 1, int(columns.size()) - 1)));
    // Enter makes the cursor's segment the current one everywhere, as a click does.
    QTest::keyClick(heatmap, Qt::Key_Return);
    QCOMPARE(m_window->selection()->currentSegment(), columns.back());
    QTest::keyClick(heatmap, Qt::Key_Home, Qt::ControlModifier);
}

void TestAccessibility::heatmapCursorIsAnnounced()
{
    // Each move is reported once, with the new cell; the cell a screen reader is told has the
    // focus (the heatmap's focused child) is named as the heatmap's value.
    HeatmapView *heatmap = m_window->heatmapView();
    QVERIFY(focus(heatmap));
    QTest::keyClick(heatmap, Qt::Key_Home, Qt::ControlModifier);
    QSignalSpy moved(heatmap, &HeatmapView::cursorCellChanged);
    QTest::keyClick(heatmap, Qt::Key_Right);
    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved.at(0).at(0).toInt(), heatmap->cursorCell().first);
    QCOMPARE(moved.at(0).at(1).toInt(), heatmap->cursorCell().second);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(heatmap);
    const QString said = iface->text(QAccessible::Value);
    QVERIFY(!said.isEmpty());
    QAccessibleInterface *cell = iface->focusChild();
    QVERIFY(cell);
    QCOMPARE(cell->text(QAccessible::Name), said);
    // The same child stands for the cursor wherever it goes (a screen reader may hold on to it).
    QTest::keyClick(heatmap, Qt::Key_Down);
    QCOMPARE(iface->focusChild(), cell);
    QVERIFY(cell->text(QAccessible::Name) != said);
    // A key that cannot move the cursor (at the top edge) reports nothing.
    QTest::keyClick(heatmap, Qt::Key_Up);
    moved.clear();
    QTest::keyClick(heatmap, Qt::Key_Up);
    QCOMPARE(moved.size(), 0);
    // Without focus the heatmap has no focused child; its value still names the cell.
    QVERIFY(focus(m_window->scatterView()));
    QVERIFY(!iface->focusChild());
    QVERIFY(!cell->state().focused);
    QCOMPARE(iface->text(QAccessible::Value), cell->text(QAccessible::Name));
}

void TestAccessibility::heatmapKeysOrderTheColumns()
{
    // The clicks on a feature's name and on the corner have keys: S orders the segments by the
    // cursor's feature (again: back), O switches between segment and size order.
    HeatmapView *heatmap = m_window->heatmapView();
    QVERIFY(focus(heatmap));
    QTest::keyClick(heatmap, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(heatmap, Qt::Key_Down);
    const int feature = heatmap->cursorCell().first;
    QTest::keyClick(heatmap, Qt::Key_S);
    QCOMPARE(heatmap->columnOrder(), HeatmapView::ColumnOrder::ByRowValue);
    QCOMPARE(heatmap->sortRow(), feature);
    const Profiles &profiles = *m_window->currentResult()->profiles;
    const std::vector<int> columns = heatmap->columnSegments();
    auto z = [&](int segment) {
        for (const SegmentProfile &s : profiles.segments)
            if (s.segment == segment)
                return s.zScores[std::size_t(feature)];
        return std::nan("");
    };
    for (std::size_t c = 1; c < columns.size(); ++c)
        QVERIFY(z(columns[c - 1]) >= z(columns[c]));
    // The summary a screen reader hears follows the new order.
    const QStringList lines = QAccessible::queryAccessibleInterface(heatmap)->text(QAccessible::Description).split(QLatin1Char('\n'));
    QVERIFY(lines[1].startsWith(heatmap->appearance().numberedName(columns.front()) + QLatin1Char(':')));
    QTest::keyClick(heatmap, Qt::Key_S);
    QCOMPARE(heatmap->columnOrder(), HeatmapView::ColumnOrder::BySegment);
    QTest::keyClick(heatmap, Qt::Key_O);
    QCOMPARE(heatmap->columnOrder(), HeatmapView::ColumnOrder::BySize);
    QTest::keyClick(heatmap, Qt::Key_O);
    QCOMPARE(heatmap->columnOrder(), HeatmapView::ColumnOrder::BySegment);
    // The keys are described where a screen reader looks for help.
    QVERIFY(QAccessible::queryAccessibleInterface(heatmap)->text(QAccessible::Help).contains(QStringLiteral("Arrow keys")));
}

void TestAccessibility::heatmapShowsTheFocusedCell()
{
    // The cursor's cell is framed in the palette's highlight colour while the heatmap has focus,
    // and only then.
    HeatmapView *heatmap = m_window->heatmapView();
    QVERIFY(focus(heatmap));
    QTest::keyClick(heatmap, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(heatmap, Qt::Key_Right);
    const auto [feature, segment] = heatmap->cursorCell();
    const QRect cell = heatmap->cellRect(feature, segment).toAlignedRect();
    QVERIFY(!cell.isEmpty());
    const QColor highlight = heatmap->palette().color(QPalette::Highlight);
    // The frame lies on the cell's edge: count the highlight's pixels in its outer four rows.
    auto framePixels = [&] {
        const QImage image = heatmap->grab(cell).toImage();
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            if (y < 4 || y >= image.height() - 4)
                for (int x = 0; x < image.width(); ++x)
                    count += image.pixelColor(x, y) == highlight ? 1 : 0;
        return count;
    };
    const int focused = framePixels();
    QVERIFY2(focused >= cell.width(), QByteArray::number(focused).constData());
    QVERIFY(focus(m_window->scatterView()));
    QCOMPARE(framePixels(), 0);
}

void TestAccessibility::segmentsAreNotToldByColourAlone()
{
    // Besides its colour, each segment carries its name or number: in the heatmap's column
    // headers, and in the map's legend (an entry per segment, its name beside the swatch).
    HeatmapView *heatmap = m_window->heatmapView();
    ScatterView *map = m_window->scatterView();
    const SegmentAppearance &look = heatmap->appearance();
    const int k = m_window->currentResult()->segmentCount();
    for (int s = 0; s < k; ++s) {
        const QStringList header = heatmap->segmentHeaderLines(s);
        QVERIFY(!header.isEmpty());
        QVERIFY2(header.first() == look.name(s) || header.first() == QString::number(look.key(s) + 1)
                     || look.name(s).startsWith(header.first()),
                 qPrintable(header.join(QLatin1Char('/'))));
    }
    std::set<int> inLegend;
    for (int y = 0; y < map->height(); ++y)
        for (int x = map->width() / 2; x < map->width(); x += 8)
            if (const std::optional<int> s = map->painter().legendSegmentAt(map->size(), QPointF(x, y)))
                inLegend.insert(*s);
    for (int s = 0; s < k; ++s)
        QVERIFY2(inLegend.count(s), qPrintable(look.name(s)));
}

void TestAccessibility::mapShowsFocus()
{
    ScatterView *map = m_window->scatterView();
    const QColor highlight = map->palette().color(QPalette::Highlight);
    auto edgePixels = [&] {
        const QImage image = map->grab().toImage();
        int count = 0;
        const int y = int(std::lround(image.devicePixelRatio())); // the frame's second pixel row
        for (int x = 0; x < image.width(); ++x)
            if (image.pixelColor(x, y) == highlight)
                ++count;
        return count;
    };
    QVERIFY(focus(m_window->heatmapView()));
    const int without = edgePixels();
    QVERIFY(focus(map));
    const int with = edgePixels();
    QVERIFY2(with > without + map->width() / 2, qPrintable(QStringLiteral("%1 %2").arg(with).arg(without)));
}

void TestAccessibility::kChartSaysItsFigures()
{
    // The k chart is a Tab stop (a graphics view): its figures are there in words, every k of
    // the sweep with its silhouette, the current k marked.
    ModelSelectionChart *chart = m_window->modelSelectionChart();
    QGraphicsView *view = chart->findChild<QGraphicsView *>();
    QVERIFY(view);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view);
    QVERIFY(iface);
    QVERIFY(!iface->text(QAccessible::Name).isEmpty());
    const QStringList lines = iface->text(QAccessible::Description).split(QLatin1Char('\n'));
    const std::vector<KSweepPoint> points = chart->points();
    QVERIFY(points.size() >= 3);
    const QLocale locale = chart->locale();
    for (const KSweepPoint &p : points) {
        const QString start = QStringLiteral("k = %1: ").arg(p.k);
        const auto line = std::find_if(lines.begin(), lines.end(), [&](const QString &l) { return l.startsWith(start); });
        QVERIFY2(line != lines.end(), qPrintable(start));
        if (std::isfinite(p.silhouette))
            QVERIFY2(line->contains(locale.toString(p.silhouette, 'f', 3)), qPrintable(*line));
        QCOMPARE(line->endsWith(QStringLiteral("(current)")), p.k == m_window->document()->k());
    }
    // The recommendation under the chart is said too.
    QCOMPARE(lines.last(), chart->statusText());
}

void TestAccessibility::tabGoesRoundTheControls()
{
    ControlsPanel *controls = m_window->controls();
    QWidget *first = controls->featureTree();
    QVERIFY(focus(first));
    // Every Tab moves the focus to another widget until it is back at the first: no widget keeps
    // it, and the chain is a cycle.
    QList<QWidget *> visited {first};
    QStringList trail {describe(first)};
    const int bound = 4 * int(m_window->findChildren<QWidget *>().size());
    for (int i = 0; i < bound; ++i) {
        QWidget *before = QApplication::focusWidget();
        QVERIFY(before);
        QTest::keyClick(before, Qt::Key_Tab);
        QWidget *after = QApplication::focusWidget();
        QVERIFY2(after && after != before,
                 qPrintable(QStringLiteral("Tab stuck at %1 after %2").arg(describe(before), trail.join(QStringLiteral(" > ")))));
        if (after == first)
            break;
        visited << after;
        trail << describe(after);
    }
    QVERIFY2(QApplication::focusWidget() == first, qPrintable(QStringLiteral("never back: ") + trail.join(QStringLiteral(" > "))));
    // Each widget once per round.
    const std::set<QWidget *> distinct(visited.begin(), visited.end());
    QVERIFY2(distinct.size() == std::size_t(visited.size()), qPrintable(trail.join(QStringLiteral(" > "))));
    // The round took in every control of the controls dock that takes focus.
    QWidget *dock = controls->parentWidget();
    QVERIFY(dock);
    QStringList missed;
    for (QWidget *w : dock->findChildren<QWidget *>())
        if (isTabStop(w) && w->isEnabled() && !distinct.count(w))
            missed << describe(w);
    QVERIFY2(missed.isEmpty(), qPrintable(missed.join(QStringLiteral(", "))));
    // ...and the views.
    for (QWidget *view : std::initializer_list<QWidget *> {m_window->scatterView(), m_window->segmentTableView(),
                                                            m_window->heatmapView()})
        QVERIFY2(distinct.count(view), qPrintable(describe(view)));
    // In the order they are laid out: the features, the algorithm, k, the seed.
    auto position = [&](QWidget *w) { return visited.indexOf(w); };
    QVERIFY(position(controls->algorithmComboBox()) < position(controls->kSlider()));
    QVERIFY(position(controls->kSlider()) < position(controls->kSpinBox()));
    QVERIFY(position(controls->kSpinBox()) < position(controls->seedSpinBox()));
    QVERIFY(position(controls->seedSpinBox()) < position(m_window->scatterView()));
}

void TestAccessibility::kChangesByKeyboard()
{
    ControlsPanel *controls = m_window->controls();
    Document *document = m_window->document();
    const int k = document->k();
    QVERIFY(k > ControlsPanel::kMinK && k < ControlsPanel::kMaxK);
    // The slider: an arrow key is one segment more.
    QVERIFY(focus(controls->kSlider()));
    QTest::keyClick(controls->kSlider(), Qt::Key_Right);
    QCOMPARE(document->k(), k + 1);
    QCOMPARE(controls->kSpinBox()->value(), k + 1);
    // The spin box: down by one, or typed.
    QVERIFY(focus(controls->kSpinBox()));
    QTest::keyClick(controls->kSpinBox(), Qt::Key_Down);
    QCOMPARE(document->k(), k);
    QTest::keyClick(controls->kSpinBox(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(controls->kSpinBox(), QString::number(k - 1));
    QTest::keyClick(controls->kSpinBox(), Qt::Key_Return);
    QCOMPARE(document->k(), k - 1);
    document->setK(k);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isComplete() && m_window->currentResult()->request.k() == k, kTimeoutMs);
}

void TestAccessibility::segmentChosenFromTheTableByKeyboard()
{
    auto *table = m_window->segmentTableView();
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(table);
    QVERIFY(iface);
    QVERIFY(!iface->text(QAccessible::Name).isEmpty());
    QVERIFY(focus(table));
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(table, Qt::Key_Down);
    const int row = table->currentIndex().row();
    QCOMPARE(row, 1);
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(table->model());
    QVERIFY(proxy);
    const int source = proxy->mapToSource(table->currentIndex()).row();
    QCOMPARE(m_window->selection()->currentSegment(), m_window->segmentTableModel()->profileAt(source).segment);
    // The map and the heatmap say which segment is highlighted.
    const QString name = m_window->scatterView()->appearance().numberedName(m_window->selection()->currentSegment());
    QVERIFY(QAccessible::queryAccessibleInterface(m_window->scatterView())->text(QAccessible::Value).contains(name));

    // F2 renames the segment from whichever cell of its row is current; Enter keeps the name.
    const int key = m_window->scatterView()->appearance().key(m_window->selection()->currentSegment());
    QVERIFY(table->currentIndex().column() != SegmentTableModel::LabelColumn);
    QTest::keyClick(table, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && editor != table && table->isAncestorOf(editor));
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("Loyal regulars"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The editor commits once the key is handled (a queued call).
    auto nameOf = [this](int segmentKey) {
        const SegmentNames &names = m_window->document()->segmentNames();
        const auto it = names.find(segmentKey);
        return it == names.end() ? QString() : it->second;
    };
    QTRY_COMPARE(nameOf(key), QStringLiteral("Loyal regulars"));
    QTRY_VERIFY(QApplication::focusWidget() == table);
    m_window->document()->renameSegment(key, QString());
}

void TestAccessibility::tabLeavesTheSegmentTable()
{
    // Rows are chosen with the arrow keys; Tab goes on to the next view rather than from cell to
    // cell of the table.
    auto *table = m_window->segmentTableView();
    QVERIFY(focus(table));
    QTest::keyClick(table, Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != table);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(m_window->heatmapView()));
}

void TestAccessibility::weightsAreReachedByTab()
{
    // The groups' weights sit in the feature tree; Tab goes from the tree through them to the
    // algorithm, and Shift+Tab back.
    ControlsPanel *controls = m_window->controls();
    QTreeWidget *tree = controls->featureTree();
    QList<QDoubleSpinBox *> weights;
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        if (auto *w = qobject_cast<QDoubleSpinBox *>(tree->itemWidget(tree->topLevelItem(g), ControlsPanel::WeightColumn)))
            weights << w;
    QVERIFY(weights.size() >= 2);
    QVERIFY(focus(tree));
    for (QDoubleSpinBox *weight : weights) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(weight));
        QVERIFY(!QAccessible::queryAccessibleInterface(weight)->text(QAccessible::Name).isEmpty());
    }
    // A weight changed by keyboard changes the spec.
    const FeatureSpec before = m_window->document()->spec();
    QTest::keyClick(weights.last(), Qt::Key_Up);
    QVERIFY(m_window->document()->spec().groups != before.groups);
    QTest::keyClick(weights.last(), Qt::Key_Down);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(controls->algorithmComboBox()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(weights.last()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isComplete(), kTimeoutMs);
}

QTEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
