// Latency of a k change through the engine controller on 100,000 demo customers: the time from
// requestAnalysis() to analysisReady (labels, profiles and linear-time metrics for every view)
// and to metricsReady (silhouette too). Prints JSON.
//
//   bench_k_change [rows=100000] [changes=20] [nInit=the default]
//
// Two patterns: "idle" waits for the previous analysis to finish completely before the next
// change; "back_to_back" changes k as soon as the previous result is shown, so the previous
// silhouette is still running and must be cancelled first (a user stepping through k).

#include "app/core/engine_controller.h"
#include "bench/event_loop_wait.h"
#include "engine/demo/demo_data.h"
#include "engine/prep/feature_spec.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace seg;

namespace {

/// The wait of every step here: at most 60 s.
template <typename Done>
bool waitFor(Done done, qint64 timeoutMs = 60000)
{
    return seg::bench::waitFor(done, timeoutMs);
}

struct Stats
{
    double p50 = 0.0, p95 = 0.0, max = 0.0, mean = 0.0;
};

Stats stats(std::vector<double> v)
{
    Stats s;
    if (v.empty())
        return s;
    std::sort(v.begin(), v.end());
    // Nearest-rank percentiles.
    auto rank = [&](double p) {
        const auto i = static_cast<std::size_t>(std::max(1.0, std::ceil(p * static_cast<double>(v.size()))));
        return v[std::min(v.size(), i) - 1];
    };
    s.p50 = rank(0.50);
    s.p95 = rank(0.95);
    s.max = v.back();
    for (double x : v)
        s.mean += x / static_cast<double>(v.size());
    return s;
}

std::string json(const Stats &s)
{
    char buf[200];
    std::snprintf(buf, sizeof buf, "{\"p50\": %.1f, \"p95\": %.1f, \"max\": %.1f, \"mean\": %.1f}", s.p50, s.p95,
                  s.max, s.mean);
    return buf;
}

/// Runs the event loop until `done` or 60 s pass; false on timeout.
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const std::size_t rows = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 100000;
    const int changes = argc > 2 ? std::atoi(argv[2]) : 20;
    const int nInit = argc > 3 ? std::atoi(argv[3]) : std::get<seg::KMeansOptions>(seg::AnalysisRequest{}.clustering).nInit;

    auto table = std::make_shared<const Table>(generateDemoData(rows, 1));
    AnalysisRequest request;
    request.table = table;
    request.spec = suggestFeatureSpec(*table, {"customer_id", "true_segment"});
    request.idColumn = "customer_id";
    request.labelColumn = "true_segment";
    std::get<seg::KMeansOptions>(request.clustering).k = 6;
    std::get<seg::KMeansOptions>(request.clustering).seed = 42;
    std::get<seg::KMeansOptions>(request.clustering).nInit = nInit;

    EngineController controller;
    quint64 awaited = 0;
    bool ready = false;
    bool metricsDone = false;
    QString error;
    QObject::connect(&controller, &EngineController::analysisReady,
                     [&](std::shared_ptr<const AnalysisResult> r) { ready = ready || r->generation == awaited; });
    QObject::connect(&controller, &EngineController::metricsReady, [&](quint64 generation, const QualityReport &) {
        metricsDone = metricsDone || generation == awaited;
    });
    QObject::connect(&controller, &EngineController::failed, [&](quint64, const QString &m) { error = m; });

    // First analysis: prepares the features and the projection that k changes reuse.
    QElapsedTimer timer;
    timer.start();
    awaited = controller.requestAnalysis(request);
    if (!waitFor([&] { return metricsDone || !error.isEmpty(); }) || !error.isEmpty()) {
        std::fprintf(stderr, "first analysis failed: %s\n", qPrintable(error));
        return 1;
    }
    const double firstMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;

    auto run = [&](bool waitIdle, std::vector<double> &toReady, std::vector<double> &toMetrics) {
        for (int i = 0; i < changes; ++i) {
            std::get<seg::KMeansOptions>(request.clustering).k = 3 + (i % 10);
            ready = metricsDone = false;
            timer.restart();
            awaited = controller.requestAnalysis(request);
            if (!waitFor([&] { return ready || !error.isEmpty(); }))
                return false;
            toReady.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            if (waitIdle) {
                if (!waitFor([&] { return (metricsDone && !controller.isBusy()) || !error.isEmpty(); }))
                    return false;
                toMetrics.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            }
        }
        return error.isEmpty();
    };

    std::vector<double> idleReady, idleMetrics, b2bReady, unused;
    if (!run(true, idleReady, idleMetrics) || !run(false, b2bReady, unused)) {
        std::fprintf(stderr, "k change failed: %s\n", qPrintable(error));
        return 1;
    }
    waitFor([&] { return !controller.isBusy(); });

    std::printf("{\n  \"benchmark\": \"k_change\",\n  \"rows\": %zu,\n  \"features\": %zu,\n  \"changes\": %d,\n"
                "  \"n_init\": %d,\n  \"first_analysis_ms\": %.1f,\n"
                "  \"idle\": {\"to_analysis_ready_ms\": %s, \"to_metrics_ready_ms\": %s},\n"
                "  \"back_to_back\": {\"to_analysis_ready_ms\": %s}\n}\n",
                rows, controller.latestResult() ? controller.latestResult()->prepared->transform.dimension() : 0,
                changes, nInit, firstMs, json(stats(idleReady)).c_str(), json(stats(idleMetrics)).c_str(),
                json(stats(b2bReady)).c_str());
    return 0;
}
