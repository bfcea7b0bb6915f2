// Behaving like a desktop application: preferences kept with QSettings and applied, the themes
// (high contrast included), the start page with its tour, and the user guide in the Help menu.

#include "app/core/document.h"
#include "app/core/preferences.h"
#include "app/ui/help_browser.h"
#include "app/ui/main_window.h"
#include "app/ui/preferences_dialog.h"
#include "app/ui/start_page.h"
#include "engine/cluster/clustering.h"
#include "engine/core/parallel.h"
#include "engine/demo/demo_data.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

using namespace seg;

namespace {

constexpr int kTimeoutMs = 120000;

/// The WCAG 2.1 contrast ratio of two colours (relative luminance, sRGB).
double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QAction *menuAction(QMainWindow &window, const QString &text)
{
    for (QAction *action : window.findChildren<QAction *>())
        if (action->text() == text)
            return action;
    return nullptr;
}

} // namespace

class TestDesktop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void preferencesRoundTrip();
    void outOfRangePreferencesFallBack();
    void dialogShowsAndReturnsPreferences();
    void highContrastPalette();
    void applyPreferencesSetsEngineAndNewData();
    void startPageLeadsToTheWorkspace();
    void tourStepsAndDismissal();
    void userGuideOpensOffline();
};

void TestDesktop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SegmentScopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_desktop"));
}

void TestDesktop::init()
{
    QSettings().clear();
}

void TestDesktop::preferencesRoundTrip()
{
    const Preferences defaults = Preferences::load();
    QVERIFY(defaults == Preferences {});

    Preferences p;
    p.threads = 3;
    p.autosaveMinutes = 0;
    p.scaling = Scaling::Robust;
    p.restarts = 25;
    p.umapSample = 20000;
    p.language = QStringLiteral("fr");
    p.theme = Theme::HighContrast;
    p.showStartPage = false;
    p.tourDone = true;
    p.save();
    QVERIFY(Preferences::load() == p);
}

void TestDesktop::outOfRangePreferencesFallBack()
{
    QSettings settings;
    settings.setValue(QStringLiteral("engine/threads"), -4);
    settings.setValue(QStringLiteral("defaults/restarts"), QStringLiteral("many"));
    settings.setValue(QStringLiteral("defaults/umapSample"), 5);
    settings.setValue(QStringLiteral("defaults/scaling"), QStringLiteral("cubic"));
    settings.setValue(QStringLiteral("ui/language"), QStringLiteral("tlh"));
    settings.setValue(QStringLiteral("ui/theme"), 9);
    settings.sync();
    const Preferences p = Preferences::load();
    QCOMPARE(p.threads, 0);
    QCOMPARE(p.restarts, KMeansOptions {}.nInit);
    QCOMPARE(p.umapSample, int(UmapOptions {}.fitSample));
    QVERIFY(p.scaling == Scaling::ZScore);
    QCOMPARE(p.language, QString());
    QVERIFY(p.theme == Theme::System);
}

void TestDesktop::dialogShowsAndReturnsPreferences()
{
    Preferences start;
    start.restarts = 7;
    start.language = QStringLiteral("de");
    PreferencesDialog dialog(start);
    // Every field is labelled for screen readers and reachable by its label's accelerator.
    const auto *form = dialog.findChild<QFormLayout *>();
    QVERIFY(form);
    for (int row = 0; row < form->rowCount(); ++row) {
        QWidget *field = form->itemAt(row, QFormLayout::FieldRole)
                             ? form->itemAt(row, QFormLayout::FieldRole)->widget()
                             : form->itemAt(row, QFormLayout::SpanningRole)->widget();
        QVERIFY(field);
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(field);
        QVERIFY(accessible);
        QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(), field->metaObject()->className());
        if (auto *label = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)
                                                      ? form->itemAt(row, QFormLayout::LabelRole)->widget()
                                                      : nullptr)) {
            QCOMPARE(label->buddy(), field);
            QVERIFY2(label->text().contains(QLatin1Char('&')), qPrintable(label->text()));
        }
    }
    auto spins = dialog.findChildren<QSpinBox *>();
    QCOMPARE(spins.size(), 4);
    auto combos = dialog.findChildren<QComboBox *>();
    QCOMPARE(combos.size(), 3);
    // The dialog starts from the preferences given and returns what was changed.
    QCOMPARE(dialog.preferences().restarts, 7);
    QCOMPARE(dialog.preferences().language, QStringLiteral("de"));
    for (QSpinBox *spin : spins)
        if (spin->accessibleName().contains(QStringLiteral("restarts")))
            spin->setValue(12);
    for (QComboBox *combo : combos)
        if (combo->accessibleName() == QStringLiteral("Theme"))
            combo->setCurrentIndex(combo->findData(int(Theme::Dark)));
    dialog.findChild<QCheckBox *>()->setChecked(false);
    const Preferences chosen = dialog.preferences();
    QCOMPARE(chosen.restarts, 12);
    QVERIFY(chosen.theme == Theme::Dark);
    QVERIFY(!chosen.showStartPage);
    QCOMPARE(chosen.language, QStringLiteral("de"));
}

void TestDesktop::highContrastPalette()
{
    MainWindow window;
    window.setInteractive(false);
    window.setTheme(Theme::HighContrast);
    const QPalette p = QApplication::palette();
    // WCAG 2.1 AAA: at least 7:1 for text, on the window, in fields and selected.
    QVERIFY(contrast(p.color(QPalette::WindowText), p.color(QPalette::Window)) >= 7.0);
    QVERIFY(contrast(p.color(QPalette::Text), p.color(QPalette::Base)) >= 7.0);
    QVERIFY(contrast(p.color(QPalette::ButtonText), p.color(QPalette::Button)) >= 7.0);
    QVERIFY(contrast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)) >= 7.0);
    QVERIFY(window.isDarkMode());
    // The View menu shows the theme, and switching back to light unchecks it.
    QAction *highContrast = menuAction(window, QStringLiteral("&High contrast"));
    QVERIFY(highContrast);
    QVERIFY(highContrast->isChecked());
    window.setDarkMode(false);
    QVERIFY(!highContrast->isChecked());
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 128);
}

void TestDesktop::applyPreferencesSetsEngineAndNewData()
{
    const int threadsBefore = threadCount();
    MainWindow window;
    window.setInteractive(false);
    Preferences p;
    p.threads = 1;
    p.scaling = Scaling::MinMax;
    p.restarts = 4;
    p.umapSample = 12345;
    p.theme = Theme::Dark;
    window.applyPreferences(p);
    QCOMPARE(threadCount(), 1);
    QVERIFY(window.isDarkMode());

    // Data opened from now on starts with the preferred scaling, restarts and map sample.
    auto table = std::make_shared<const Table>(generateDemoData(500, 7));
    window.document()->setTable(table, QStringLiteral("demo"), QStringLiteral("customer_id"));
    QVERIFY(window.document()->spec().scaling == Scaling::MinMax);
    const ClusteringOptions clustering = window.document()->clusteringFor(Algorithm::KMeans);
    QCOMPARE(std::get<KMeansOptions>(clustering).nInit, 4);
    QCOMPARE(window.document()->mapSettings().umap.fitSample, std::size_t(12345));
    setThreadCount(threadsBefore);
}

void TestDesktop::startPageLeadsToTheWorkspace()
{
    QStringList recent {QStringLiteral("/data/spring.segscope"), QStringLiteral("/data/autumn.segscope")};
    QSettings().setValue(QStringLiteral("recentProjects"), recent);
    MainWindow window;
    window.setInteractive(false);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showStartPage();
    QVERIFY(window.isShowingStartPage());
    StartPage *start = window.startPage();
    QVERIFY(start->isVisible());
    // The controls wait until there is data to act on.
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        QVERIFY2(!dock->isVisible(), qPrintable(dock->windowTitle()));
    QCOMPARE(start->recentList()->count(), 2);
    QCOMPARE(start->recentList()->item(0)->text(), QStringLiteral("spring.segscope"));
    QCOMPARE(start->recentList()->item(0)->data(Qt::UserRole).toString(), recent.front());
    // The first action has the keyboard focus; Tab reaches the demo next.
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(start->openButton()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(start->demoButton()));

    // "Try the demo" (Space on the focused button) opens the demo, and the views replace the page.
    QSignalSpy complete(&window, &MainWindow::resultComplete);
    QTest::keyClick(start->demoButton(), Qt::Key_Space);
    QVERIFY(complete.wait(kTimeoutMs));
    QVERIFY(!window.isShowingStartPage());
    int visibleDocks = 0;
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        visibleDocks += dock->isVisible() ? 1 : 0;
    QVERIFY(visibleDocks > 0);
    QVERIFY(window.document()->table());
}

void TestDesktop::tourStepsAndDismissal()
{
    StartPage start;
    start.setTourVisible(true);
    QVERIFY(start.isTourVisible());
    QCOMPARE(StartPage::stepCount(), 3);
    QSignalSpy dismissed(&start, &StartPage::tourDismissed);
    QStringList titles;
    for (int i = 0; i < StartPage::stepCount(); ++i) {
        QCOMPARE(start.tourStep(), i);
        for (QLabel *label : start.findChildren<QLabel *>())
            if (label->text().startsWith(QStringLiteral("%1 of 3").arg(i + 1)))
                titles << label->text();
        start.nextStep();
    }
    QCOMPARE(titles.size(), 3);
    QCOMPARE(dismissed.count(), 1);
    QVERIFY(!start.isTourVisible());

    // Dismissed in the window, the tour stays away on the next start page.
    MainWindow window;
    window.setInteractive(false);
    window.showStartPage();
    QVERIFY(window.startPage()->isTourVisible() || !window.startPage()->isVisible());
    QPushButton *dismiss = nullptr;
    for (QPushButton *button : window.startPage()->findChildren<QPushButton *>())
        if (button->text() == QStringLiteral("Dismiss the tour"))
            dismiss = button;
    QVERIFY(dismiss);
    dismiss->click();
    QVERIFY(Preferences::load().tourDone);
    window.showStartPage();
    QVERIFY(!window.startPage()->isTourVisible());
}

void TestDesktop::userGuideOpensOffline()
{
    MainWindow window;
    window.setInteractive(false);
    QAction *guide = menuAction(window, QStringLiteral("&User guide"));
    QVERIFY(guide);
    QCOMPARE(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));
    guide->trigger();
    auto *help = window.findChild<HelpBrowser *>();
    QVERIFY(help);
    QVERIFY(help->isVisible());
    QTextBrowser *browser = help->browser();
    QCOMPARE(browser->source(), QUrl(QStringLiteral("qrc:/help/user-guide.md")));
    // The embedded guide, rendered from Markdown: its text, not its markup.
    const QString text = browser->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("SegmentScope")), qPrintable(text.left(200)));
    QVERIFY(!text.startsWith(QLatin1Char('#')));
    QVERIFY(help->find(QStringLiteral("segment")));
    QVERIFY(!help->find(QStringLiteral("zqxjkv-not-in-the-guide")));
    // A link to another guide stays inside the window.
    Q_EMIT browser->anchorClicked(QUrl(QStringLiteral("cli.md")));
    QCOMPARE(browser->source(), QUrl(QStringLiteral("qrc:/help/cli.md")));
    QVERIFY(browser->toPlainText().contains(QStringLiteral("segscope")));
    QVERIFY(browser->isBackwardAvailable());
    // Asked for again, the same window comes back.
    guide->trigger();
    QCOMPARE(window.findChildren<HelpBrowser *>().size(), 1);
}

QTEST_MAIN(TestDesktop)
#include "test_desktop.moc"
