// segmentscope: the desktop program. Interactive by default; with --screenshot it loads the
// data, waits for the first complete result, saves a picture of the window and exits.

#include "app/core/document.h"
#include "app/core/engine_text.h"
#include "app/core/preferences.h"
#include "app/ui/main_window.h"
#include "widgets/segment_table_model.h"
#include "engine/core/error.h"
#include "engine/core/process_memory.h"
#include "engine/io/atomic_file.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QIcon>
#include <QLocale>
#include <QRegularExpression>
#include <QTimer>
#include <QTranslator>

#include <clocale>
#include <cmath>
#include <cstdio>
#include <memory>
#include <optional>
#include <string_view>

namespace {

// A headless run gives up after this long rather than hanging a script.
constexpr int kHeadlessTimeoutMs = 10 * 60 * 1000;

void printError(const QString &message)
{
    std::fprintf(stderr, "segmentscope: %s\n", qPrintable(message));
}

// What the command line asks for, read before any window exists.
struct Options
{
    QStringList files;
    bool demo = false;
    int k = 0; ///< 0: the document's default
    double outliers = 0.0; ///< robust z beyond which customers are set aside; 0: none
    QString algorithm;     ///< seg::algorithmName; empty: the document's default
    /// DBSCAN's eps and min samples, HDBSCAN's minimum cluster size (and min samples); unset:
    /// from the data, as segscope takes them.
    std::optional<double> eps;
    std::optional<int> minSamples;
    std::optional<int> minClusterSize;
    QSize size {1600, 1000};
    QString screenshot; ///< empty: interactive
    bool dark = false;
    std::optional<seg::Theme> theme; ///< unset: the preferences'
    bool startPage = false; ///< show the start page whatever the preferences say
    bool personas = false; ///< show the Personas tab
    bool runs = false;     ///< show the Runs tab
    bool scoring = false;  ///< show the Scoring tab
    bool lift = false;     ///< show the Lift tab
    bool value = false;    ///< show the Value tab
    bool modelFit = false; ///< show the Model tab
    bool tree = false;     ///< show the Tree tab
    QString map;           ///< "pca" or "umap"; empty: the default (or the project's)
};

void identify()
{
    QCoreApplication::setApplicationName(QStringLiteral("SegmentScope"));
    QCoreApplication::setOrganizationName(QStringLiteral("SegmentScope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEG_VERSION));
}

// The interface language: --lang, else the one chosen in the preferences, else the system's
// ("" ). Read before the options are parsed, so that --help speaks it too.
QString chosenLanguage(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--lang" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.starts_with("--lang="))
            return QString::fromLocal8Bit(argv[i] + 7);
    }
    return seg::Preferences::load().language;
}

// Translations embedded from translations/segmentscope_*.ts, chosen by `language` or else the
// user's UI languages; numbers, dates and percentages follow the same locale. Without a match
// the English file (which has the English plural forms) is used.
void installTranslator(QTranslator &translator, const QString &language)
{
    if (seg::availableLanguages().contains(language))
        QLocale::setDefault(QLocale(language));
    if (translator.load(QLocale(), QStringLiteral("segmentscope"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral(":/i18n/segmentscope_en.qm")))
        QCoreApplication::installTranslator(&translator);
    seg::installEngineText();
}

// Parses the command line in a QCoreApplication of its own, so that --help, --version and
// usage errors answer on a terminal with no display. Returns the exit code when the program
// should end here.
std::optional<int> parseOptions(int argc, char **argv, Options &options)
{
    QCoreApplication app(argc, argv);
    std::setlocale(LC_NUMERIC, "C");
    identify();
    QTranslator translator;
    installTranslator(translator, chosenLanguage(argc, argv));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Customer segmentation for marketers. Without a file, shows the start page (or opens the demo customers, as the preferences say)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("main", "Project (.segscope), CSV file or SQLite database to open."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QCoreApplication::translate("main", "Open the demo customers (the default)."));
    const QCommandLineOption kOption(QStringLiteral("k"),
                                     QCoreApplication::translate("main", "Number of segments (2-30)."),
                                     QStringLiteral("K"));
    const QCommandLineOption algorithmOption(
        QStringLiteral("algorithm"),
        QCoreApplication::translate("main", "The clustering algorithm: kmeans (the default), gmm (Gaussian mixture), "
                                            "ward, dbscan or hdbscan."),
        QStringLiteral("NAME"));
    const QCommandLineOption epsOption(
        QStringLiteral("eps"),
        QCoreApplication::translate("main", "DBSCAN's radius (default: suggested from the data)."),
        QStringLiteral("EPS"));
    const QCommandLineOption minSamplesOption(
        QStringLiteral("min-samples"),
        QCoreApplication::translate("main", "DBSCAN's or HDBSCAN's min samples."), QStringLiteral("N"));
    const QCommandLineOption minClusterSizeOption(
        QStringLiteral("min-cluster-size"),
        QCoreApplication::translate("main", "HDBSCAN's minimum segment size (default: 1% of the customers)."),
        QStringLiteral("N"));
    const QCommandLineOption outliersOption(
        QStringLiteral("outliers"),
        QCoreApplication::translate("main", "Set aside customers beyond this robust z on any feature (as segscope "
                                            "cluster --outliers; 0, the default, keeps all)."),
        QStringLiteral("T"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a PNG of the window once the first result is complete, then exit."),
        QStringLiteral("OUT.png"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QCoreApplication::translate("main", "Window size, e.g. 1600x1000."),
                                        QStringLiteral("WxH"));
    const QCommandLineOption darkOption(QStringLiteral("dark"),
                                        QCoreApplication::translate("main", "Use the dark theme."));
    const QCommandLineOption themeOption(
        QStringLiteral("theme"),
        QCoreApplication::translate("main", "The colours: system, light, dark or high-contrast (default: the "
                                            "preferences')."),
        QStringLiteral("THEME"));
    const QCommandLineOption languageOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "The interface language: en, de, fr or es (default: the preferences', "
                                            "else the system's)."),
        QStringLiteral("CODE"));
    const QCommandLineOption startPageOption(
        QStringLiteral("start-page"),
        QCoreApplication::translate("main", "Show the start page (with --screenshot: its picture, without data)."));
    const QCommandLineOption personasOption(QStringLiteral("personas"),
                                            QCoreApplication::translate("main", "Show the Personas tab."));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QCoreApplication::translate("main", "Show the Runs tab (a project's run history)."));
    const QCommandLineOption scoringOption(
        QStringLiteral("scoring"),
        QCoreApplication::translate("main", "Show the Scoring tab (the batches scored with the current run)."));
    const QCommandLineOption liftOption(
        QStringLiteral("lift"),
        QCoreApplication::translate("main", "Show the Lift tab (the latest campaign analysed against the current run)."));
    const QCommandLineOption valueOption(QStringLiteral("value"),
                                         QCoreApplication::translate("main", "Show the Value tab (size against value)."));
    const QCommandLineOption modelFitOption(QStringLiteral("model-fit"),
                                            QCoreApplication::translate("main", "Show the Model tab (the purchase model's check)."));
    const QCommandLineOption treeOption(QStringLiteral("tree"),
                                        QCoreApplication::translate("main", "Show the Tree tab (Ward's tree)."));
    const QCommandLineOption mapOption(QStringLiteral("map"),
                                       QCoreApplication::translate("main", "The segment map: umap (the default) or pca."),
                                       QStringLiteral("METHOD"));
    parser.addOptions({demoOption, kOption, algorithmOption, epsOption, minSamplesOption, minClusterSizeOption,
                       outliersOption, screenshotOption, sizeOption, darkOption, themeOption, languageOption, startPageOption,
                       personasOption,
                       runsOption, scoringOption, liftOption, valueOption, modelFitOption, treeOption, mapOption});
    parser.process(app); // --help, --version and unknown options end the program here

    options.files = parser.positionalArguments();
    options.demo = parser.isSet(demoOption);
    if (options.files.size() > 1) {
        printError(QCoreApplication::translate("main", "give at most one file"));
        return 2;
    }
    if (!options.files.isEmpty() && options.demo) {
        printError(QCoreApplication::translate("main", "give either a file or --demo, not both"));
        return 2;
    }
    if (parser.isSet(kOption)) {
        bool ok = false;
        options.k = parser.value(kOption).toInt(&ok);
        if (!ok || options.k < 2 || options.k > 30) {
            printError(QCoreApplication::translate("main", "--k must be a whole number from 2 to 30"));
            return 2;
        }
    }
    if (parser.isSet(algorithmOption)) {
        options.algorithm = parser.value(algorithmOption);
        try {
            seg::parseAlgorithm(options.algorithm.toStdString());
        } catch (const seg::Error &e) {
            printError(QStringLiteral("--algorithm: ") + QString::fromStdString(e.detail()));
            return 2;
        }
    }
    // The density parameters, for the algorithm that takes them only (as segscope refuses them
    // for another).
    const QString algorithm = options.algorithm.isEmpty() ? QStringLiteral("kmeans") : options.algorithm;
    auto onlyFor = [&](const QCommandLineOption &option, QStringList owners) {
        if (parser.isSet(option) && !owners.contains(algorithm)) {
            printError(QCoreApplication::translate("main", "--%1 applies to --algorithm %2 only")
                           .arg(option.names().front(), owners.join(QStringLiteral(" or "))));
            return false;
        }
        return true;
    };
    if (!onlyFor(epsOption, {QStringLiteral("dbscan")})
        || !onlyFor(minSamplesOption, {QStringLiteral("dbscan"), QStringLiteral("hdbscan")})
        || !onlyFor(minClusterSizeOption, {QStringLiteral("hdbscan")}))
        return 2;
    if (parser.isSet(epsOption)) {
        bool ok = false;
        options.eps = parser.value(epsOption).toDouble(&ok);
        if (!ok || !(*options.eps > 0.0) || !std::isfinite(*options.eps)) {
            printError(QCoreApplication::translate("main", "--eps must be a number above 0"));
            return 2;
        }
    }
    auto count = [&](const QCommandLineOption &option, int least, std::optional<int> &out) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        out = parser.value(option).toInt(&ok);
        if (!ok || *out < least) {
            printError(QCoreApplication::translate("main", "--%1 must be a whole number of at least %2")
                           .arg(option.names().front())
                           .arg(least));
            return false;
        }
        return true;
    };
    if (!count(minSamplesOption, algorithm == QLatin1String("dbscan") ? 1 : 0, options.minSamples)
        || !count(minClusterSizeOption, 2, options.minClusterSize))
        return 2;
    if (parser.isSet(outliersOption)) {
        bool ok = false;
        options.outliers = parser.value(outliersOption).toDouble(&ok);
        if (!ok || !(options.outliers >= 0.0) || options.outliers > 100.0) {
            printError(QCoreApplication::translate("main", "--outliers must be a number from 0 to 100"));
            return 2;
        }
    }
    if (parser.isSet(sizeOption)) {
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("^(\\d+)x(\\d+)$")).match(parser.value(sizeOption));
        if (!match.hasMatch() || match.captured(1).toInt() < 400 || match.captured(2).toInt() < 300) {
            printError(QCoreApplication::translate("main", "--size must look like 1600x1000 (at least 400x300)"));
            return 2;
        }
        options.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }
    options.screenshot = parser.value(screenshotOption);
    options.dark = parser.isSet(darkOption);
    if (parser.isSet(themeOption)) {
        const QStringList themes {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark"),
                                  QStringLiteral("high-contrast")};
        const qsizetype theme = themes.indexOf(parser.value(themeOption));
        if (theme < 0) {
            printError(QCoreApplication::translate("main", "--theme must be system, light, dark or high-contrast"));
            return 2;
        }
        options.theme = static_cast<seg::Theme>(theme);
    }
    if (parser.isSet(languageOption) && !seg::availableLanguages().contains(parser.value(languageOption))) {
        printError(QCoreApplication::translate("main", "--lang must be one of %1")
                       .arg(seg::availableLanguages().join(QStringLiteral(", "))));
        return 2;
    }
    options.startPage = parser.isSet(startPageOption);
    if (options.startPage && (!options.files.isEmpty() || options.demo)) {
        printError(QCoreApplication::translate("main", "--start-page opens no file: leave out the file and --demo"));
        return 2;
    }
    options.personas = parser.isSet(personasOption);
    options.runs = parser.isSet(runsOption);
    options.scoring = parser.isSet(scoringOption);
    options.lift = parser.isSet(liftOption);
    options.value = parser.isSet(valueOption);
    options.modelFit = parser.isSet(modelFitOption);
    options.tree = parser.isSet(treeOption);
    options.map = parser.value(mapOption);
    if (!options.map.isEmpty() && options.map != QLatin1String("pca") && options.map != QLatin1String("umap")) {
        printError(QCoreApplication::translate("main", "--map must be umap or pca"));
        return 2;
    }
    return std::nullopt;
}

// Saves a PNG of `window` into `file` (which replaces the target only once it is completely
// written); the program's exit code: 0, or 4 with a message.
int savePicture(QWidget &window, seg::AtomicFile &file, const QString &name)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QString reason = QApplication::translate("main", "the image could not be encoded");
    bool written = window.grab().save(&buffer, "PNG");
    if (written) {
        try {
            file.write(std::string_view(png.constData(), static_cast<std::size_t>(png.size())));
            file.commit();
        } catch (const seg::Error &e) {
            reason = QString::fromStdString(e.detail());
            written = false;
        }
    }
    if (written)
        return 0;
    printError(QApplication::translate("main", "cannot write %1: %2").arg(name, reason));
    return 4;
}

} // namespace

int main(int argc, char **argv)
{
    seg::returnLargeBlocksToTheSystem();
    Options options;
    if (const std::optional<int> exitCode = parseOptions(argc, argv, options))
        return *exitCode;

    // A session that ends the program (SIGTERM at logout, Ctrl+C in a terminal) during an export
    // leaves no named temporary file behind (where the file system has no unnamed ones).
    seg::removeTemporaryFilesOnSignals();
    QApplication app(argc, argv);
    // Qt sets the C library's locale from the environment; the files written with printf and
    // read with strtod (CSV, JSON, SQL) keep '.' as the decimal point in every language.
    std::setlocale(LC_NUMERIC, "C");
    identify();
    QApplication::setApplicationDisplayName(QStringLiteral("SegmentScope"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/segmentscope.svg")));
    // Lets Wayland compositors match the window to segmentscope.desktop (and its icon).
    QGuiApplication::setDesktopFileName(QStringLiteral("segmentscope"));
    QTranslator translator;
    installTranslator(translator, chosenLanguage(argc, argv));
    const seg::Preferences preferences = seg::Preferences::load();

    const QStringList files = options.files;
    const bool headless = !options.screenshot.isEmpty();
    const QString screenshot = options.screenshot;
    const int k = options.k;
    const QSize size = options.size;

    // The picture's file is opened before any work (seg::AtomicFile: checked, its temporary
    // made): a target that cannot be written ends the run at once, not after the analysis.
    std::unique_ptr<seg::AtomicFile> screenshotFile;
    if (headless) {
        try {
            screenshotFile = std::make_unique<seg::AtomicFile>(QFile::encodeName(screenshot).toStdString());
        } catch (const seg::Error &e) {
            printError(QApplication::translate("main", "cannot write %1: %2")
                           .arg(screenshot, QString::fromStdString(e.detail())));
            return 4;
        }
    }

    seg::MainWindow window;
    window.setInteractive(!headless);
    window.applyPreferences(preferences);
    if (options.dark)
        window.setTheme(seg::Theme::Dark);
    if (options.theme)
        window.setTheme(*options.theme);
    if (k > 0)
        window.document()->setK(k);
    if (!options.algorithm.isEmpty())
        window.document()->setAlgorithm(options.algorithm);
    if (options.eps || options.minSamples || options.minClusterSize) {
        seg::ClusteringOptions clustering = window.document()->clustering();
        seg::DataDefaults fromData = window.document()->parameters().fromData;
        if (auto *dbscan = std::get_if<seg::DbscanOptions>(&clustering)) {
            if (options.eps) {
                dbscan->eps = *options.eps;
                fromData.eps = false;
            }
            dbscan->minSamples = options.minSamples.value_or(dbscan->minSamples);
        } else if (auto *hdbscan = std::get_if<seg::HdbscanOptions>(&clustering)) {
            if (options.minClusterSize) {
                hdbscan->minClusterSize = *options.minClusterSize;
                fromData.minClusterSize = false;
            }
            hdbscan->minSamples = options.minSamples.value_or(hdbscan->minSamples);
        }
        window.document()->setParameters(clustering, fromData);
    }
    if (options.outliers > 0.0)
        window.document()->setOutlierThreshold(options.outliers);
    if (options.personas)
        window.showPersonas();
    if (options.runs)
        window.showRuns();
    if (options.scoring)
        window.showScoring();
    if (options.lift)
        window.showLift();
    if (options.value)
        window.showValue();
    if (options.modelFit)
        window.showModelFit();
    if (options.tree)
        window.showTree();
    if (!options.map.isEmpty()) {
        seg::MapSettings settings = window.document()->mapSettings();
        settings.method = options.map == QLatin1String("pca") ? seg::EmbeddingMethod::Pca : seg::EmbeddingMethod::Umap;
        window.document()->setMapSettings(settings);
    }
    window.resize(size);
    window.show();

    if (headless) {
        QObject::connect(&window, &seg::MainWindow::failed, &app, [](const QString &message) {
            printError(message);
            QCoreApplication::exit(1);
        });
        // The picture shows the map the settings ask for, so it waits for UMAP too.
        QObject::connect(&window, &seg::MainWindow::mapComplete, &app, [&window, &screenshotFile, screenshot] {
            // The segments' stability comes last; then one more turn of the event loop so that
            // every view has laid out and painted the result.
            auto *poll = new QTimer(&window);
            poll->start(50);
            QObject::connect(poll, &QTimer::timeout, &window, [&window, &screenshotFile, screenshot, poll] {
                if (!window.segmentTableModel()->stability())
                    return;
                poll->deleteLater();
                QTimer::singleShot(50, &window, [&window, &screenshotFile, screenshot] {
                    QCoreApplication::exit(savePicture(window, *screenshotFile, screenshot));
                });
            });
        });
        QTimer::singleShot(kHeadlessTimeoutMs, &app, [] {
            printError(QApplication::translate("main", "no complete result within 10 minutes"));
            QCoreApplication::exit(1);
        });
    }

    // The start page alone, pictured once laid out and painted.
    if (headless && options.startPage) {
        window.showStartPage();
        QTimer::singleShot(200, &window, [&window, &screenshotFile, screenshot] {
            QCoreApplication::exit(savePicture(window, *screenshotFile, screenshot));
        });
        return QApplication::exec();
    }

    // Start once the event loop runs, so a failure can already end it.
    const bool startPage
        = options.startPage || (!headless && files.isEmpty() && !options.demo && preferences.showStartPage);
    QTimer::singleShot(0, &window, [&window, files, headless, startPage] {
        // After a crash, the autosaved changes come first (instead of the demo).
        if (!headless && files.isEmpty() && window.offerRecovery())
            return;
        if (startPage)
            window.showStartPage();
        else if (files.isEmpty())
            window.openDemo();
        else if (headless)
            window.openFile(files.front());
        else
            window.openFileInteractive(files.front());
    });
    return QApplication::exec();
}
