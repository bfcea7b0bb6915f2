// How a large CSV opens in the real window: the main window (1280 × 800) opens the file as
// File › Open does without the dialog, the engine thread reads it, the document takes the table
// (setTable), the first segmentation is drawn, then metrics and the k sweep complete. A 5 ms
// timer on the GUI thread records how late each tick fires (event-loop latency) over the whole
// way. Prints JSON.
//
//   bench_import_responsiveness [FILE.csv] [--rows N]
//
// Without FILE, writes N (default 1,000,000) demo customers to a temporary CSV first.

#include "app/core/document.h"
#include "app/ui/main_window.h"
#include "engine/data/csv_writer.h"
#include "engine/demo/demo_data.h"
#include "widgets/scatter_view.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <vector>

using namespace seg;

namespace {

// Calls `onPaint` when the watched widget receives a paint event.
class PaintWatcher : public QObject
{
public:
    explicit PaintWatcher(std::function<void()> onPaint) : m_onPaint(std::move(onPaint)) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            m_onPaint();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onPaint;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
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

    MainWindow window;
    window.setInteractive(false);
    window.resize(1280, 800);
    window.show();

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

    QElapsedTimer total;
    double tableSeconds = -1, drawnSeconds = -1, completeSeconds = -1;
    std::size_t loadedRows = 0;
    QString failure;
    auto seconds = [&total] { return static_cast<double>(total.nsecsElapsed()) / 1e9; };
    QObject::connect(window.document(), &Document::tableChanged, [&] {
        if (tableSeconds < 0 && window.document()->table()) {
            tableSeconds = seconds();
            loadedRows = window.document()->table()->rowCount;
        }
    });
    // The first paint of the map once a result is shown; the zero timer fires when that paint
    // has finished.
    PaintWatcher watcher([&] {
        if (drawnSeconds < 0 && window.currentResult())
            QTimer::singleShot(0, [&] {
                if (drawnSeconds < 0)
                    drawnSeconds = seconds();
            });
    });
    window.scatterView()->installEventFilter(&watcher);
    QObject::connect(&window, &MainWindow::resultComplete, [&] {
        completeSeconds = seconds();
        QTimer::singleShot(50, &app, &QCoreApplication::quit); // let the last paint happen
    });
    QObject::connect(&window, &MainWindow::failed, [&](const QString &message) {
        failure = message;
        QCoreApplication::quit();
    });
    QTimer::singleShot(0, [&] {
        total.start();
        sinceTick.start();
        ticker.start();
        if (!window.openFile(file))
            QCoreApplication::quit();
    });
    app.exec();
    ticker.stop();
    if (temporary)
        QFile::remove(file);
    if (!failure.isEmpty() || completeSeconds < 0) {
        std::fprintf(stderr, "opening failed: %s\n", qPrintable(failure));
        return 1;
    }
    std::sort(lateness.begin(), lateness.end());
    auto rank = [&](double p) {
        if (lateness.empty())
            return 0.0;
        const auto i = static_cast<std::size_t>(std::ceil(p * static_cast<double>(lateness.size())));
        return lateness[std::clamp<std::size_t>(i, 1, lateness.size()) - 1];
    };
    std::printf("{\"benchmark\": \"import_responsiveness\", \"rows\": %zu, \"table_seconds\": %.3f, "
                "\"first_drawn_seconds\": %.3f, \"complete_seconds\": %.3f, \"ticks\": %zu, "
                "\"event_loop_latency_ms\": {\"p50\": %.2f, \"p99\": %.2f, \"max\": %.2f}}\n",
                loadedRows, tableSeconds, drawnSeconds, completeSeconds, lateness.size(), rank(0.5), rank(0.99),
                lateness.empty() ? 0.0 : lateness.back());
    return 0;
}
