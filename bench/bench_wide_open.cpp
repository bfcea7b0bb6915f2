// Opening a wide table in the explorer as a user does: the main window (offscreen unless a
// display is set) opens a generated CSV of N rows × D numeric columns (plus a customer_id),
// and the time is taken until the table is loaded, until the first segmentation is shown and
// painted, and until the window is complete (silhouette and the k chart too). A 5 ms timer on
// the GUI thread measures how long the window stops responding. With --cli, `segscope cluster`
// runs on the same file for comparison. Prints JSON.
//
//   bench_wide_open [--rows 1000] [--dims 2000,5000,50000] [--data segments|noise]
//                   [--cli PATH/TO/segscope] [--complete-timeout 600] [--seed S]
//
// The data are those of bench_wide_pca (bench/wide_data.h), written with 6 significant digits.

#include "app/core/document.h"
#include "app/ui/main_window.h"
#include "bench/event_loop_wait.h"
#include "bench/wide_data.h"
#include "engine/core/parallel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace seg;

namespace {

struct Args
{
    Eigen::Index rows = 1000;
    std::vector<Eigen::Index> dims {2000, 5000, 50000};
    bool noise = false;
    QString cli;
    double completeTimeout = 600.0;
    std::uint64_t seed = 1;
};

[[noreturn]] void usage(const std::string &message)
{
    std::fprintf(stderr,
                 "bench_wide_open: %s\nusage: bench_wide_open [--rows 1000] [--dims 2000,5000,50000] "
                 "[--data segments|noise] [--cli PATH] [--complete-timeout 600] [--seed S]\n",
                 message.c_str());
    std::exit(2);
}

Args parseArgs(const QStringList &arguments)
{
    Args args;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString key = arguments[i];
        if (i + 1 >= arguments.size())
            usage("missing value after " + key.toStdString());
        const QString value = arguments[++i];
        if (key == QLatin1String("--rows"))
            args.rows = value.toLong();
        else if (key == QLatin1String("--dims")) {
            args.dims.clear();
            for (const QString &item : value.split(QLatin1Char(',')))
                args.dims.push_back(item.toLong());
        } else if (key == QLatin1String("--data")) {
            if (value != QLatin1String("segments") && value != QLatin1String("noise"))
                usage("--data takes segments or noise");
            args.noise = value == QLatin1String("noise");
        } else if (key == QLatin1String("--cli"))
            args.cli = value;
        else if (key == QLatin1String("--complete-timeout"))
            args.completeTimeout = value.toDouble();
        else if (key == QLatin1String("--seed"))
            args.seed = value.toULongLong();
        else
            usage("unknown option " + key.toStdString());
    }
    if (args.rows < 2)
        usage("--rows must be at least 2");
    return args;
}

/// Writes the generated table as CSV: customer_id, feature_1 .. feature_d.
void writeCsv(const QString &path, const Matrix &x)
{
    FILE *file = std::fopen(path.toLocal8Bit().constData(), "w");
    if (!file)
        usage("cannot write " + path.toStdString());
    std::fputs("customer_id", file);
    for (Eigen::Index j = 0; j < x.cols(); ++j)
        std::fprintf(file, ",feature_%ld", static_cast<long>(j + 1));
    std::fputc('\n', file);
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
        std::fprintf(file, "c%ld", static_cast<long>(i + 1));
        for (Eigen::Index j = 0; j < x.cols(); ++j)
            std::fprintf(file, ",%.6g", x(i, j));
        std::fputc('\n', file);
    }
    std::fclose(file);
}

double ms(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

/// `segscope cluster FILE --k 6 --id-column customer_id`: wall time and its own timings.
std::string runCli(const QString &cli, const QString &csv, const QString &dir)
{
    const QString summary = dir + QStringLiteral("/summary.json");
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(cli,
                  {QStringLiteral("cluster"), csv, QStringLiteral("--k"), QStringLiteral("6"),
                   QStringLiteral("--id-column"), QStringLiteral("customer_id"), QStringLiteral("--quiet"),
                   QStringLiteral("--out"), dir + QStringLiteral("/assign.csv"), QStringLiteral("--json"),
                   summary});
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        return "{\"error\": \"segscope failed\"}";
    const double wall = ms(timer);
    QFile file(summary);
    file.open(QIODevice::ReadOnly);
    const QJsonObject timings
        = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("timings_ms")).toObject();
    char buffer[300];
    std::snprintf(
        buffer, sizeof buffer,
        "{\"wall_ms\": %.0f, \"read_ms\": %.0f, \"prep_ms\": %.0f, \"fit_ms\": %.0f, \"metrics_ms\": %.0f}",
        wall, timings.value(QStringLiteral("read")).toDouble(),
        timings.value(QStringLiteral("prep")).toDouble(), timings.value(QStringLiteral("fit")).toDouble(),
        timings.value(QStringLiteral("metrics")).toDouble());
    return buffer;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const Args args = parseArgs(QCoreApplication::arguments());
    QTemporaryDir dir;
    if (!dir.isValid())
        usage("cannot create a temporary directory");

    std::printf(
        "{\n  \"benchmark\": \"wide_open\",\n  \"platform\": \"%s\",\n  \"threads\": %d,\n  \"runs\": [",
        qPrintable(QGuiApplication::platformName()), threadCount());
    bool first = true;
    for (Eigen::Index d : args.dims) {
        QElapsedTimer timer;
        timer.start();
        const QString csv = dir.filePath(QStringLiteral("wide_%1.csv").arg(d));
        writeCsv(csv, bench::wideData(args.rows, d, args.seed, args.noise));
        const double writeMs = ms(timer);

        double openFileMs = -1, loadedMs = -1, shownMs = -1, completeMs = -1, stallMs = 0, analysisMs = -1;
        QString error;
        {
            MainWindow window;
            window.setInteractive(false);
            window.resize(1600, 1000);
            window.show();
            QObject::connect(&window, &MainWindow::failed, [&](const QString &m) { error = m; });
            seg::bench::waitFor([] { return false; }, 200); // settle

            // The longest time the GUI thread did not get to a 5 ms timer.
            QElapsedTimer sinceTick;
            QTimer ticker;
            ticker.setInterval(5);
            QObject::connect(&ticker, &QTimer::timeout, [&] {
                stallMs = std::max(stallMs, ms(sinceTick) - 5.0);
                sinceTick.restart();
            });
            sinceTick.start();
            ticker.start();

            timer.restart();
            window.openFile(csv); // builds the import choice on the GUI thread, then loads
            openFileMs = ms(timer);
            const qint64 limit = static_cast<qint64>(args.completeTimeout * 1000);
            if (seg::bench::waitFor([&] { return window.document()->table() || !error.isEmpty(); }, limit)
                && error.isEmpty())
                loadedMs = ms(timer);
            if (seg::bench::waitFor([&] { return window.currentResult() || !error.isEmpty(); }, limit)
                && error.isEmpty()) {
                window.repaint(); // every view painted with the first segmentation
                shownMs = ms(timer);
                analysisMs = window.currentResult()->elapsedMs;
            }
            if (seg::bench::waitFor([&] { return window.isComplete() || !error.isEmpty(); }, limit) && error.isEmpty())
                completeMs = ms(timer);
            ticker.stop();
        }
        const std::string cli = args.cli.isEmpty() ? "null" : runCli(args.cli, csv, dir.path());
        QFile::remove(csv);

        auto value
            = [](double v) { return v < 0 ? std::string("null") : std::to_string(static_cast<long>(v)); };
        std::printf("%s\n    {\"rows\": %ld, \"dims\": %ld, \"csv_write_ms\": %.0f, \"open_file_ms\": %.0f, "
                    "\"table_loaded_ms\": %s, \"analysis_ms\": %s, \"first_result_shown_ms\": %s, "
                    "\"complete_ms\": %s, "
                    "\"max_gui_stall_ms\": %.0f,%s\n     \"cli\": %s}",
                    first ? "" : ",", static_cast<long>(args.rows), static_cast<long>(d), writeMs, openFileMs,
                    value(loadedMs).c_str(), value(analysisMs).c_str(), value(shownMs).c_str(),
                    value(completeMs).c_str(), stallMs,
                    error.isEmpty() ? "" : (" \"error\": \"" + error.toStdString() + "\",").c_str(),
                    cli.c_str());
        std::fflush(stdout);
        first = false;
    }
    std::printf("\n  ]\n}\n");
    return 0;
}
