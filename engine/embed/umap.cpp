#include "engine/embed/umap.h"

#include "engine/core/error.h"
#include "engine/core/random.h"
#include "engine/core/sampling.h"
#include "engine/embed/pca.h"
#include "engine/embed/umap_graph.h"
#include "engine/embed/umap_knn.h"
#include "engine/embed/umap_layout.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>

namespace seg {

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

[[noreturn]] void bad(const std::string &parameter, const std::string &detail)
{
    throw Error(ErrorKind::Usage, parameter + ": " + detail);
}

/// Throws for the first non-finite value of x, whose rows are the prepared rows `rows` (all
/// rows, in order, when empty).
void requireFinite(const Matrix &x, std::span<const std::size_t> rows = {})
{
    if (x.allFinite())
        return;
    for (Eigen::Index i = 0; i < x.rows(); ++i)
        for (Eigen::Index j = 0; j < x.cols(); ++j)
            if (!std::isfinite(x(i, j))) {
                const std::size_t row = rows.empty() ? static_cast<std::size_t>(i) : rows[static_cast<std::size_t>(i)];
                throw Error(ErrorKind::InvalidData,
                            fillIn(Text::tr("UMAP needs finite values; prepared row %1, feature %2 is %3"), row + 1,
                                   j + 1, Text::number(x(i, j))));
            }
}

/// The graph without the edges the SGD never samples (below wmax / epochs, as umap-learn drops
/// them before the initialisation too).
UmapGraph pruned(const UmapGraph &g, int epochs)
{
    float wmax = 0.0f;
    for (float w : g.weights)
        wmax = std::max(wmax, w);
    const float floor = wmax / static_cast<float>(epochs);
    UmapGraph out;
    out.rows = g.rows;
    out.columns = g.columns;
    out.offsets.assign(g.rows + 1, 0);
    for (std::size_t i = 0; i < g.rows; ++i) {
        for (std::size_t e = g.offsets[i]; e < g.offsets[i + 1]; ++e)
            if (g.weights[e] >= floor) {
                out.targets.push_back(g.targets[e]);
                out.weights.push_back(g.weights[e]);
            }
        out.offsets[i + 1] = out.targets.size();
    }
    return out;
}

} // namespace

std::string_view toString(UmapMetric metric)
{
    switch (metric) {
    case UmapMetric::Euclidean: return "euclidean";
    case UmapMetric::Manhattan: return "manhattan";
    case UmapMetric::Cosine: return "cosine";
    }
    return "euclidean";
}

UmapMetric parseUmapMetric(std::string_view text)
{
    for (UmapMetric m : {UmapMetric::Euclidean, UmapMetric::Manhattan, UmapMetric::Cosine})
        if (text == toString(m))
            return m;
    bad("metric", fillIn(Text::tr("unknown metric '%1'; accepted values: euclidean, manhattan, cosine"), text));
}

std::string_view toString(UmapInit init)
{
    return init == UmapInit::Spectral ? "spectral" : "pca";
}

void UmapOptions::validate(std::size_t rows) const
{
    const std::size_t fitted = std::min(rows, fitSample);
    if (neighbors < 2 || static_cast<std::size_t>(neighbors) >= rows)
        bad("neighbors", fillIn(Text::tr("%1 is out of range: it must be at least 2 and less than the number of "
                                         "rows (%2)"),
                                neighbors, rows));
    if (static_cast<std::size_t>(neighbors) >= fitted)
        bad("fit_sample", fillIn(Text::tr("%1 rows are too few: the map is fitted on them, so they must be more "
                                          "than neighbors (%2)"),
                                 fitSample, neighbors));
    if (!(spread > 0.0) || !std::isfinite(spread))
        bad("spread",
            fillIn(Text::tr("%1 is out of range: it must be a positive number"), Text::number(spread)));
    if (!(minDist >= 0.0) || !std::isfinite(minDist))
        bad("min_dist", fillIn(Text::tr("%1 is out of range: it must be 0 or more"), Text::number(minDist)));
    if (minDist > spread)
        bad("min_dist", fillIn(Text::tr("%1 is greater than spread (%2); min_dist must not exceed spread"),
                               Text::number(minDist), Text::number(spread)));
    if (epochs < 0 || epochs > 100000)
        bad("epochs", fillIn(Text::tr("%1 is out of range: it must be 0 (chosen by size) to 100000"), epochs));
    if (negativeSampleRate < 0 || negativeSampleRate > 1000)
        bad("negative_sample_rate",
            fillIn(Text::tr("%1 is out of range: it must be 0 to 1000"), negativeSampleRate));
    if (!(learningRate > 0.0) || !std::isfinite(learningRate))
        bad("learning_rate",
            fillIn(Text::tr("%1 is out of range: it must be a positive number"),
                   Text::number(learningRate)));
    if (!(repulsionStrength >= 0.0) || !std::isfinite(repulsionStrength))
        bad("repulsion_strength",
            fillIn(Text::tr("%1 is out of range: it must be 0 or more"),
                   Text::number(repulsionStrength)));
    if (!(localConnectivity >= 0.0) || !std::isfinite(localConnectivity))
        bad("local_connectivity",
            fillIn(Text::tr("%1 is out of range: it must be 0 or more"),
                   Text::number(localConnectivity)));
    if (!(setOpMixRatio >= 0.0 && setOpMixRatio <= 1.0))
        bad("set_op_mix_ratio",
            fillIn(Text::tr("%1 is out of range: it must be between 0 and 1"),
                   Text::number(setOpMixRatio)));
    if (placeBatch < 1)
        bad("place_batch", fillIn(Text::tr("%1 is out of range: it must be 1 or more"), placeBatch));
    if (frameEvery < 0)
        bad("frame_every", fillIn(Text::tr("%1 is out of range: it must be 0 or more"), frameEvery));
    if (rows > static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max()))
        throw Error(ErrorKind::InvalidData, fillIn(Text::tr("UMAP supports at most 2147483647 rows, not %1"), rows));
}

int UmapOptions::resolvedEpochs(std::size_t fitRows) const
{
    // umap-learn: n_epochs = 500 if graph.shape[0] <= 10000 else 200.
    if (epochs > 0)
        return epochs;
    return fitRows <= 10000 ? 500 : 200;
}

UmapModel::UmapModel() = default;
UmapModel::UmapModel(UmapModel &&) noexcept = default;
UmapModel &UmapModel::operator=(UmapModel &&) noexcept = default;
UmapModel::~UmapModel() = default;

UmapModel fitUmapModel(const Matrix &x, const UmapOptions &options, const Progress &progress,
                       const UmapFrameCallback &frame)
{
    UmapOptions all = options;
    all.fitSample = std::max<std::size_t>(options.fitSample, static_cast<std::size_t>(x.rows()));
    all.validate(static_cast<std::size_t>(x.rows()));
    requireFinite(x);
    std::vector<std::size_t> rows(static_cast<std::size_t>(x.rows()));
    std::iota(rows.begin(), rows.end(), std::size_t{0});
    return UmapModel::fit(rowsOf(x), rows, all, progress, frame);
}

UmapModel UmapModel::fit(const RowSource &x, std::span<const std::size_t> rows, const UmapOptions &options,
                         const Progress &progress, const UmapFrameCallback &frame)
{
    UmapModel model;
    const auto start = Clock::now();
    const std::size_t n = rows.size();
    model.m_options = options;
    model.m_rows = n;
    model.m_dimension = x.cols;
    UmapReport &report = model.m_report;
    report.fitRows = n;

    // 1. Neighbours.
    auto phase = Clock::now();
    model.m_index = std::make_unique<UmapIndex>(x, rows, options.metric, options.seed, progress.sub(0.0, 0.15));
    const UmapKnn knn = model.m_index->selfNeighbors(options.neighbors, progress.sub(0.15, 0.3));
    report.exactNeighbors = model.m_index->exact();
    report.neighborsMs = msSince(phase);

    // 2. The fuzzy graph.
    phase = Clock::now();
    std::vector<double> rho, sigma;
    smoothKnnDistances(knn, options.neighbors, options.localConnectivity, rho, sigma);
    const int epochs = options.resolvedEpochs(n);
    const UmapGraph graph
        = pruned(fuzzyUnion(membershipGraph(knn, rho, sigma, n, false), options.setOpMixRatio), epochs);
    report.edges = graph.edges();
    report.epochs = epochs;
    report.components = connectedComponents(graph);
    report.graphMs = msSince(phase);
    progress.check();

    // 3. The start.
    phase = Clock::now();
    std::vector<float> &layout = model.m_layout;
    report.init = UmapInit::Spectral;
    if (report.components > 1) {
        report.init = UmapInit::Pca;
        report.initNote = fillIn(Text::tr("the neighbour graph has %1 disconnected parts, so the map starts from the "
                                          "principal components"),
                                 report.components);
    } else if (!spectralLayout(graph, layout, progress.sub(0.3, 0.4))) {
        report.init = UmapInit::Pca;
        report.initNote =
            Text::tr("the spectral start did not converge, so the map starts from the principal components");
    }
    if (report.init == UmapInit::Pca) {
        const int components = static_cast<int>(std::min<std::size_t>(2, x.cols));
        const PcaResult p = pca(x.fetch(rows), components, progress.sub(0.3, 0.4));
        layout.assign(2 * n, 0.0f);
        for (std::size_t i = 0; i < n; ++i)
            for (int c = 0; c < components; ++c)
                layout[2 * i + static_cast<std::size_t>(c)]
                    = static_cast<float>(p.embedding(static_cast<Eigen::Index>(i), c));
    }
    scaleInitialLayout(layout, options.seed);
    report.initMs = msSince(phase);
    progress.check();

    // 4. The layout.
    phase = Clock::now();
    fitAb(options.minDist, options.spread, report.a, report.b);
    UmapSgd sgd;
    sgd.a = report.a;
    sgd.b = report.b;
    sgd.gamma = options.repulsionStrength;
    sgd.alpha = options.learningRate;
    sgd.negativeSampleRate = options.negativeSampleRate;
    sgd.epochs = epochs;
    sgd.seed = options.seed;
    const Progress layoutProgress = progress.sub(0.4, 1.0);
    sgd.afterEpoch = [&](int done) {
        layoutProgress.report(static_cast<double>(done) / epochs, "UMAP");
        if (frame && (done == epochs || (options.frameEvery > 0 && done % options.frameEvery == 0)))
            frame(UmapFrame {done, epochs, layout, rows});
        layoutProgress.check();
    };
    layoutProgress.check();
    optimizeLayout(layout, nullptr, graph, sgd);
    report.layoutMs = msSince(phase);
    report.totalMs = msSince(start);
    return model;
}

} // namespace seg

namespace seg {

std::vector<float> UmapModel::transform(const Matrix &x, const Progress &progress) const
{
    if (static_cast<std::size_t>(x.cols()) != m_dimension)
        throw Error(ErrorKind::Usage,
                    fillIn(Text::tr("UMAP transform: the rows have %1 features, the map was fitted on %2"), x.cols(),
                           m_dimension));
    requireFinite(x);
    return place(x, nullptr, progress);
}

std::vector<float> UmapModel::place(const Matrix &x, const std::vector<std::size_t> *rows,
                                    const Progress &progress) const
{
    const std::size_t m = rows ? rows->size() : static_cast<std::size_t>(x.rows());
    std::vector<float> out(2 * m, 0.0f);
    if (m == 0)
        return out;
    // umap-learn's transform: local connectivity reduced by one, a bipartite membership graph.
    // The neighbours are freed once the graph holds them (at a million rows, 100 MB that the
    // layout's own arrays need not share memory with).
    const UmapGraph graph = [&] {
        const UmapKnn knn = m_index->query(x, m_options.neighbors, progress.sub(0.0, 0.5), rows);
        std::vector<double> rho, sigma;
        smoothKnnDistances(knn, m_options.neighbors, std::max(0.0, m_options.localConnectivity - 1.0), rho, sigma);
        return membershipGraph(knn, rho, sigma, m_rows, true);
    }();
    // The start: at a neighbour with membership 1 (a duplicate of a fitted row), else at the
    // membership-weighted mean of the neighbours (init_graph_transform).
    for (std::size_t i = 0; i < m; ++i) {
        double sum = 0.0, px = 0.0, py = 0.0;
        for (std::size_t e = graph.offsets[i]; e < graph.offsets[i + 1]; ++e)
            sum += graph.weights[e];
        for (std::size_t e = graph.offsets[i]; e < graph.offsets[i + 1]; ++e) {
            const auto t = static_cast<std::size_t>(graph.targets[e]);
            if (graph.weights[e] == 1.0f) {
                px = m_layout[2 * t];
                py = m_layout[2 * t + 1];
                break;
            }
            px += graph.weights[e] / sum * m_layout[2 * t];
            py += graph.weights[e] / sum * m_layout[2 * t + 1];
        }
        out[2 * i] = static_cast<float>(px);
        out[2 * i + 1] = static_cast<float>(py);
    }
    progress.check();
    // umap-learn: 100 epochs for up to 10,000 new rows, else 30; n_epochs // 3 when set.
    const int epochs = m_options.epochs > 0 ? std::max(1, m_options.epochs / 3) : (m <= 10000 ? 100 : 30);
    UmapSgd sgd;
    sgd.a = m_report.a;
    sgd.b = m_report.b;
    sgd.gamma = m_options.repulsionStrength;
    sgd.alpha = m_options.learningRate / 4.0;
    sgd.negativeSampleRate = m_options.negativeSampleRate;
    sgd.epochs = epochs;
    sgd.seed = Rng::derived(m_options.seed, 0x7a11).next();
    const Progress sgdProgress = progress.sub(0.5, 1.0);
    sgd.afterEpoch = [&](int done) {
        sgdProgress.report(static_cast<double>(done) / epochs, "UMAP transform");
        sgdProgress.check();
    };
    optimizeLayout(out, &m_layout, graph, sgd);
    return out;
}

/// umap() of the rows of `source`; `held` is the matrix itself when the caller holds it, so
/// that its rows are read where they are rather than copied. (A friend of UmapModel.)
UmapResult umapOf(const RowSource &source, const Matrix *held, const UmapOptions &options, const Progress &progress,
                  const UmapFrameCallback &frame)
{
    const auto start = Clock::now();
    const std::size_t n = source.rows;
    options.validate(n);
    if (held)
        requireFinite(*held);
    // Rows from the source, checked as they come (a held matrix was checked whole).
    const auto fetch = [&](std::span<const std::size_t> rows) {
        Matrix part = source.fetch(rows);
        if (!held)
            requireFinite(part, rows);
        return part;
    };
    const RowSource checked {n, source.cols, fetch};
    UmapResult result;
    Embedding &map = result.embedding;
    map.method = EmbeddingMethod::Umap;
    map.x.assign(n, 0.0f);
    map.y.assign(n, 0.0f);
    if (n <= options.fitSample) {
        std::vector<std::size_t> rows(n);
        std::iota(rows.begin(), rows.end(), std::size_t{0});
        const UmapModel model = UmapModel::fit(checked, rows, options, progress, frame);
        for (std::size_t i = 0; i < n; ++i) {
            map.x[i] = model.m_layout[2 * i];
            map.y[i] = model.m_layout[2 * i + 1];
        }
        result.report = model.m_report;
        result.report.totalMs = msSince(start);
        return result;
    }
    // Fit on a sample, place the rest.
    Rng rng = Rng::derived(options.seed, 0xf17);
    const std::vector<std::size_t> sample = sampleIndices(n, options.fitSample, rng);
    std::vector<std::size_t> rest;
    rest.reserve(n - sample.size());
    for (std::size_t i = 0, s = 0; i < n; ++i) {
        if (s < sample.size() && sample[s] == i)
            ++s;
        else
            rest.push_back(i);
    }
    const double fitShare = 0.7;
    // The sample's rows go into the neighbour index as floats, a block at a time: no copy of
    // them in doubles.
    const UmapModel model = UmapModel::fit(checked, sample, options, progress.sub(0.0, fitShare), frame);
    for (std::size_t s = 0; s < sample.size(); ++s) {
        map.x[sample[s]] = model.m_layout[2 * s];
        map.y[sample[s]] = model.m_layout[2 * s + 1];
    }
    const auto phase = Clock::now();
    // The other rows a batch at a time: a batch's rows (unless held), neighbours, graph and SGD
    // state are freed before the next, so at a million rows the placing holds about 40 MB
    // instead of 280 MB.
    const std::size_t batches = (rest.size() + options.placeBatch - 1) / options.placeBatch;
    const Progress placeProgress = progress.sub(fitShare, 1.0);
    std::vector<std::size_t> batch;
    for (std::size_t b = 0, begin = 0; b < batches; ++b) {
        const std::size_t end = rest.size() * (b + 1) / batches;
        batch.assign(rest.begin() + static_cast<std::ptrdiff_t>(begin),
                     rest.begin() + static_cast<std::ptrdiff_t>(end));
        const Progress batchProgress
            = placeProgress.sub(static_cast<double>(b) / static_cast<double>(batches),
                                static_cast<double>(b + 1) / static_cast<double>(batches));
        const std::vector<float> placed
            = held ? model.place(*held, &batch, batchProgress) : model.place(fetch(batch), nullptr, batchProgress);
        for (std::size_t r = 0; r < batch.size(); ++r) {
            map.x[batch[r]] = placed[2 * r];
            map.y[batch[r]] = placed[2 * r + 1];
        }
        begin = end;
    }
    result.report = model.m_report;
    result.report.placedRows = rest.size();
    result.report.transformMs = msSince(phase);
    result.report.totalMs = msSince(start);
    return result;
}

UmapResult umap(const Matrix &x, const UmapOptions &options, const Progress &progress, const UmapFrameCallback &frame)
{
    return umapOf(rowsOf(x), &x, options, progress, frame);
}

UmapResult umap(const RowSource &x, const UmapOptions &options, const Progress &progress,
                const UmapFrameCallback &frame)
{
    return umapOf(x, nullptr, options, progress, frame);
}

} // namespace seg
