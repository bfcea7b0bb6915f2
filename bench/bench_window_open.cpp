// Opening a project as a user sees it: a project of N customers × 20 columns (default
// 1,000,000; bench/project_data.h) with one k-means run (k = 6) is saved once from a main
// window, as a user saves it (with its metrics, value models and k sweep); then a new main
// window opens it R times (default 3), timed from File › Open until every view shows the stored
// run and the window has repainted (seconds_to_run_shown), and until everything else the
// window shows is there too: the metrics and the k sweep of the "Choosing k" chart, which the
// project stores, and the map (seconds_to_complete, seconds_to_drawn). The project's map is
// PCA (a UMAP map of a million customers takes a minute; the window shows the run while it
// computes). Prints JSON with the medians and each run's time to drawn.
//
//   bench_window_open [rows=1000000] [repeats=3]

#include "app/core/document.h"
#include "app/core/project_session.h"
#include "app/ui/main_window.h"
#include "bench/event_loop_wait.h"
#include "bench/project_data.h"
#include "engine/pipeline/pipeline.h"
#include "engine/prep/feature_spec.h"
#include "engine/project/project.h"

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <unistd.h>

using namespace seg;

namespace {

/// The wait of every step here: at most 600 s.
template <typename Done>
bool waitFor(Done done, qint64 timeoutMs = 600000)
{
    return seg::bench::waitFor(done, timeoutMs);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const std::size_t rows = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1'000'000;
    const int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    const std::string path = "/tmp/bench_window_open_" + std::to_string(getpid()) + ".segscope";
    {
        // Saved as a user saves it: the data opened in a main window, segmented (k-means, k = 6),
        // its map set to PCA, the window complete (metrics, value models, the k chart), saved.
        MainWindow window;
        window.setInteractive(false);
        window.resize(1280, 800);
        window.show();
        window.document()->setTable(std::make_shared<const Table>(bench::projectBenchTable(rows)),
                                    QStringLiteral("bench.csv"), QStringLiteral("customer_id"),
                                    QStringLiteral("true_segment"));
        MapSettings map = window.document()->mapSettings();
        map.method = EmbeddingMethod::Pca;
        window.document()->setMapSettings(map);
        if (!waitFor([&] { return window.isComplete() && window.currentResult(); })) {
            std::fprintf(stderr, "bench_window_open: the data was not segmented\n");
            return 1;
        }
        ProjectSession *session = window.projectSession();
        if (!waitFor([&] { return !session->isBusy(); }))
            return 1;
        bool saved = false;
        QObject::connect(session, &ProjectSession::saved, [&] { saved = true; });
        session->saveAs(QString::fromStdString(path));
        if (!waitFor([&] { return saved && !session->isBusy(); })) {
            std::fprintf(stderr, "bench_window_open: the project was not saved\n");
            return 1;
        }
    }

    std::vector<double> toShown, toResult, toDrawn;
    for (int r = 0; r < repeats; ++r) {
        MainWindow window;
        window.setInteractive(false);
        window.resize(1280, 800);
        window.show();
        QCoreApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        window.openFile(QString::fromStdString(path));
        // The stored run in every view (segment table, heatmap, PCA map), painted.
        if (!waitFor([&] { return window.currentResult() && window.currentResult()->request.restored; })) {
            std::fprintf(stderr, "bench_window_open: the run was not shown\n");
            return 1;
        }
        window.repaint();
        toShown.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e9);
        if (!waitFor([&] { return window.isComplete(); })) {
            std::fprintf(stderr, "bench_window_open: no result\n");
            return 1;
        }
        toResult.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e9);
        if (!waitFor([&] { return window.isMapComplete(); })) {
            std::fprintf(stderr, "bench_window_open: no map\n");
            return 1;
        }
        window.repaint(); // every view paints the opened run now
        toDrawn.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e9);
        if (!window.currentResult()->request.restored) {
            std::fprintf(stderr, "bench_window_open: the run was clustered again, not reopened\n");
            return 1;
        }
    }
    unlink(path.c_str());
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    auto list = [](const std::vector<double> &v) {
        std::string text;
        for (double x : v)
            text += (text.empty() ? "" : ", ") + std::to_string(x);
        return text;
    };
    std::printf("{\"rows\": %zu, \"columns\": 20, \"repeats\": %d,\n"
                " \"seconds_to_run_shown\": %.3f, \"seconds_to_complete\": %.3f, \"seconds_to_drawn\": %.3f,\n"
                " \"each_to_drawn\": [%s]}\n",
                rows, repeats, median(toShown), median(toResult), median(toDrawn), list(toDrawn).c_str());
    return 0;
}
