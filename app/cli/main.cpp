// segscope: the headless command-line tool. Subcommands share the engine with the GUI.

#include "app/cli/args.h"
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "app/core/engine_text.h"

#include "engine/core/error.h"
#include "engine/core/process_memory.h"
#include "engine/core/progress.h"
#include "engine/io/atomic_file.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>
#ifdef SEG_HAVE_REPORT
#include <QGuiApplication>
#endif

#include <clocale>
#include <cstring>
#include <exception>
#include <memory>
#include <new>

using namespace seg;
using namespace seg::cli;

namespace {

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Usage: return ExitUsage;
    case ErrorKind::InvalidData: return ExitInvalidData;
    case ErrorKind::Io: return ExitIo;
    }
    return ExitFailure;
}

int dispatch(const QStringList &args)
{
    if (args.isEmpty()) {
        printErr(helpText({}));
        return ExitUsage;
    }
    const QString command = args.front();
    const QStringList rest = args.mid(1);
    if (command == QLatin1String("--version") || command == QLatin1String("version")) {
        printOut(QStringLiteral("segscope %1\n").arg(QStringLiteral(SEG_VERSION)));
        return ExitOk;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help"))
        return runHelp(rest);
    if (rest.contains(QLatin1String("--help")))
        return runHelp({command});
    if (command == QLatin1String("cluster"))
        return runCluster(rest);
    if (command == QLatin1String("clv"))
        return runClv(rest);
    if (command == QLatin1String("report"))
        return runReport(rest);
    if (command == QLatin1String("embed"))
        return runEmbed(rest);
    if (command == QLatin1String("sweep"))
        return runSweep(rest);
    if (command == QLatin1String("stability"))
        return runStability(rest);
    if (command == QLatin1String("consensus"))
        return runConsensus(rest);
    if (command == QLatin1String("demo-data"))
        return runDemoData(rest);
    if (command == QLatin1String("project"))
        return runProject(rest);
    if (command == QLatin1String("score"))
        return runScore(rest);
    if (command == QLatin1String("export"))
        return runExport(rest);
    if (command == QLatin1String("export-sql"))
        return runExportSql(rest);
    if (command == QLatin1String("lift"))
        return runLift(rest);
    if (command == QLatin1String("retrain"))
        return runRetrain(rest);
    if (command == QLatin1String("serve"))
        return runServe(rest);
    throw UsageError(Cli::tr("unknown command '%1'").arg(command));
}

} // namespace

int main(int argc, char **argv)
{
    seg::returnLargeBlocksToTheSystem();
    // Ctrl+C, kill and a closed pipe end the run without leaving named temporary files behind
    // (where the file system has no unnamed ones).
    removeTemporaryFilesOnSignals();
    // The report draws text and charts, which needs a QGuiApplication: on the offscreen
    // platform unless told otherwise, so it runs without a display. Every other command stays
    // on QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
#ifdef SEG_HAVE_REPORT
    // segscope clv draws its model checks with --charts.
    const auto drawsCharts = [&] {
        if (argc < 2 || std::strcmp(argv[1], "clv") != 0)
            return false;
        for (int i = 2; i < argc; ++i)
            if (std::strcmp(argv[i], "--charts") == 0 || std::strncmp(argv[i], "--charts=", 9) == 0)
                return true;
        return false;
    };
    if (argc > 1 && (std::strcmp(argv[1], "report") == 0 || drawsCharts())) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Qt's note that a headless session has no runtime folder says nothing to the user.
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
            if (type == QtDebugMsg || type == QtInfoMsg || message.startsWith(QLatin1String("QStandardPaths:")))
                return;
            printErr(message + QLatin1Char('\n'));
        });
        app = std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    // Qt sets the C library's locale from the environment; numbers written with printf and read
    // with strtod (CSV, JSON, SQL) must keep '.' as the decimal point in every language. Qt's own
    // formatting (QLocale, in messages) is not affected.
    std::setlocale(LC_NUMERIC, "C");
    QCoreApplication::setApplicationName(QStringLiteral("segscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEG_VERSION));
#ifdef SEG_HAVE_REPORT
    // Messages in the user's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); the files and the
    // JSON it writes stay the same in every language.
    QTranslator translator;
    // Without a match (LANG=C, say) the English file: it holds the English plural forms.
    if (translator.load(QLocale(), QStringLiteral("segmentscope"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral(":/i18n/segmentscope_en.qm")))
        QCoreApplication::installTranslator(&translator);
#endif
    seg::installEngineText();
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    try {
        return dispatch(args);
    } catch (const UsageError &e) {
        printErr(Cli::tr("segscope: %1\n").arg(QString::fromStdString(e.what()))
                 + Cli::tr("Run 'segscope help' for usage.\n"));
        return ExitUsage;
    } catch (const Error &e) {
        printErr(Cli::tr("segscope: error: %1\n").arg(QString::fromStdString(e.what())));
        return exitCodeFor(e.kind());
    } catch (const Cancelled &) {
        printErr(Cli::tr("segscope: cancelled\n"));
        return ExitFailure;
    } catch (const std::bad_alloc &) {
        printErr(Cli::tr("segscope: out of memory\n"));
        return ExitFailure;
    } catch (const std::exception &e) {
        printErr(Cli::tr("segscope: internal error: %1\n").arg(QString::fromStdString(e.what())));
        return ExitFailure;
    }
}
