// Latency of a k change as a user sees it: the main window on N demo customers (default
// 100,000), k set through the document and reclustered at once (F5, no debounce), timed until
// the window shows the new segmentation and has repainted every view. 20 changes, p50/p95.
// Prints JSON. The 100 ms debounce of interactive edits comes on top.
//
//   bench_window_k_change [rows=100000] [changes=20] [map=pca|umap-computing|umap-shown]
//
// map: pca shows the PCA map; umap-computing changes k while the UMAP map computes in the
// background (it is restarted whenever it finishes, so every change overlaps it); umap-shown
// waits for the UMAP map first (the default explorer state once it is ready).

#include "app/core/document.h"
#include "app/core/map_controller.h"
#include "app/ui/main_window.h"
#include "bench/event_loop_wait.h"

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace seg;

namespace {

/// The wait of every step here: at most 120 s.
template <typename Done>
bool waitFor(Done done, qint64 timeoutMs = 120000)
{
    return seg::bench::waitFor(done, timeoutMs);
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const auto i = static_cast<std::size_t>(std::ceil(p * static_cast<double>(v.size())));
    return v[std::clamp<std::size_t>(i, 1, v.size()) - 1];
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const std::size_t rows = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 100000;
    const int changes = argc > 2 ? std::atoi(argv[2]) : 20;
    const QString map = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QStringLiteral("pca");
    if (map != QLatin1String("pca") && map != QLatin1String("umap-computing") && map != QLatin1String("umap-shown")) {
        std::fprintf(stderr, "map must be pca, umap-computing or umap-shown\n");
        return 2;
    }

    MainWindow window;
    window.setInteractive(false);
    // No message boxes, but the map at the priority an interactive window gives it: the
    // latency measured is the one a user sees.
    window.mapController()->setBackground(true);
    window.resize(1600, 1000);
    window.show();
    QString error;
    QObject::connect(&window, &MainWindow::failed, [&](const QString &m) { error = m; });
    MapSettings settings = window.document()->mapSettings();
    settings.method = map == QLatin1String("pca") ? EmbeddingMethod::Pca : EmbeddingMethod::Umap;
    window.document()->setMapSettings(settings);
    window.openDemo(rows, 1);
    if (!waitFor([&] { return window.isComplete() || !error.isEmpty(); }) || !error.isEmpty()) {
        std::fprintf(stderr, "first result failed: %s\n", qPrintable(error));
        return 1;
    }

    if (map == QLatin1String("umap-shown")
        && !waitFor([&] { return window.isMapComplete() || !error.isEmpty(); }, 600000)) {
        std::fprintf(stderr, "the UMAP map did not finish\n");
        return 1;
    }
    // Keeps the UMAP map computing: another seed each time it finishes.
    const bool restarting = map == QLatin1String("umap-computing");
    QObject::connect(&window, &MainWindow::mapComplete, &window, [&] {
        if (!restarting)
            return;
        MapSettings again = window.document()->mapSettings();
        ++again.umap.seed;
        window.document()->setMapSettings(again);
    });

    std::vector<double> latency;
    QElapsedTimer timer;
    for (int i = 0; i < changes; ++i) {
        const int k = 3 + (i % 10) == window.document()->k() ? 13 : 3 + (i % 10);
        timer.start();
        window.document()->setK(k);
        window.recluster();
        if (!waitFor([&] {
                const auto result = window.currentResult();
                return (result && result->request.k() == k) || !error.isEmpty();
            })) {
            std::fprintf(stderr, "k change timed out\n");
            return 1;
        }
        window.repaint(); // paints every view synchronously
        latency.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        // Let the silhouette and the sweep finish so each change starts from a quiet window
        // (the UMAP map, if computing, goes on).
        waitFor([&] { return window.isComplete() || !error.isEmpty(); });
    }
    if (!error.isEmpty()) {
        std::fprintf(stderr, "k change failed: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("{\"benchmark\": \"window_k_change\", \"platform\": \"%s\", \"map\": \"%s\", \"rows\": %zu, \"changes\": %d, "
                "\"to_views_painted_ms\": {\"p50\": %.1f, \"p95\": %.1f, \"max\": %.1f}}\n",
                qPrintable(QGuiApplication::platformName()), qPrintable(map), rows, changes, percentile(latency, 0.5),
                percentile(latency, 0.95), *std::max_element(latency.begin(), latency.end()));
    return 0;
}
