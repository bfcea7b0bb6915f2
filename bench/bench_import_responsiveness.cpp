// GUI responsiveness while a large CSV loads on the engine thread: a 5 ms timer on the GUI
// thread records how late each tick fires (event-loop latency) from requestLoad() until
// tableLoaded. Prints JSON.
//
//   bench_import_responsiveness [FILE.csv] [--rows N]
//
// Without FILE, writes N (default 1,000,000) demo customers to a temporary CSV first.

#include "app/core/engine_controller.h"
#include "engine/data/csv_writer.h"
#include "engine/demo/demo_data.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace seg;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    std::size_t rows = 1000000;
    QString file;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--rows") && i + 1 < args.size())
            rows = args[++i].toULongLong();
        else
            file = args[i];
    }
    bool temporary = false;
    if (file.isEmpty()) {
        file = QDir::temp().filePath(QStringLiteral("segscope-bench-import.csv"));
        writeCsv(generateDemoData(rows, 7), file.toStdString());
        temporary = true;
    }

    EngineController controller;
    std::vector<double> lateness; // ms beyond the timer interval
    constexpr int intervalMs = 5;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(intervalMs);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        lateness.push_back(std::max(0.0, static_cast<double>(sinceTick.nsecsElapsed()) / 1e6 - intervalMs));
        sinceTick.restart();
    });

    int progressSignals = 0;
    std::size_t loadedRows = 0;
    QString failure;
    QElapsedTimer total;
    QObject::connect(&controller, &EngineController::progress, [&] { ++progressSignals; });
    QObject::connect(&controller, &EngineController::tableLoaded,
                     [&](quint64, std::shared_ptr<const Table> table) {
                         loadedRows = table->rowCount;
                         QCoreApplication::quit();
                     });
    QObject::connect(&controller, &EngineController::failed, [&](quint64, const QString &message) {
        failure = message;
        QCoreApplication::quit();
    });
    QTimer::singleShot(0, [&] {
        total.start();
        sinceTick.start();
        ticker.start();
        controller.requestLoad(file, {}, {});
    });
    app.exec();
    ticker.stop();
    const double seconds = static_cast<double>(total.nsecsElapsed()) / 1e9;
    if (temporary)
        QFile::remove(file);
    if (!failure.isEmpty()) {
        std::fprintf(stderr, "load failed: %s\n", qPrintable(failure));
        return 1;
    }
    std::sort(lateness.begin(), lateness.end());
    auto rank = [&](double p) {
        if (lateness.empty())
            return 0.0;
        const auto i = static_cast<std::size_t>(std::ceil(p * static_cast<double>(lateness.size())));
        return lateness[std::clamp<std::size_t>(i, 1, lateness.size()) - 1];
    };
    std::printf("{\"benchmark\": \"import_responsiveness\", \"rows\": %zu, \"load_seconds\": %.3f, "
                "\"ticks\": %zu, \"event_loop_latency_ms\": {\"p50\": %.2f, \"p99\": %.2f, \"max\": %.2f}, "
                "\"progress_signals\": %d}\n",
                loadedRows, seconds, lateness.size(), rank(0.5), rank(0.99), lateness.empty() ? 0.0 : lateness.back(),
                progressSignals);
    return 0;
}
