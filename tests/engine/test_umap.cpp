// Tests for engine/embed/umap.h: the a, b curve fit and trustworthiness against scipy and
// scikit-learn, planted blobs kept apart with their neighbours, faithfulness on the UCI
// Wholesale data, determinism (one thread, several threads), transform(), the fit sample,
// cancellation within one epoch, the PCA fallback for a disconnected graph and every bad
// parameter's error.
//
// Reference values were computed with Debian 12's python3-scipy 1.10 and python3-sklearn 1.2.1:
//   xv = np.linspace(0, 3 * spread, 300); yv = where(xv < min_dist, 1, exp(-(xv - min_dist) / spread))
//   scipy.optimize.curve_fit(lambda x, a, b: 1 / (1 + a * x ** (2 * b)), xv, yv)
// (umap-learn's find_ab_params), and sklearn.manifold.trustworthiness(X, L, n_neighbors=k) for
// the data of trustworthinessMatchesScikitLearn.

#include "engine/core/error.h"
#include "engine/core/parallel.h"
#include "engine/core/progress.h"
#include "engine/core/random.h"
#include "engine/core/sampling.h"
#include "engine/embed/umap.h"
#include "engine/embed/umap_graph.h"
#include "engine/embed/umap_knn.h"
#include "engine/eval/trustworthiness.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <set>
#include <utility>
#include <vector>

#include "tests/support/engine_fixtures.h"

using namespace seg;
using namespace seg::test;

namespace {

/// `perBlob` points around each of `blobs` centres 30 apart on the axes of a d-space, unit
/// Gaussian noise; label per row.
Matrix blobs(int blobs, int perBlob, int d, std::uint64_t seed, std::vector<int> *labels = nullptr)
{
    Rng rng(seed);
    Matrix x(blobs * perBlob, d);
    for (int c = 0; c < blobs; ++c)
        for (int p = 0; p < perBlob; ++p) {
            const int row = c * perBlob + p;
            for (int j = 0; j < d; ++j)
                x(row, j) = rng.normal() + (j == c % d ? 30.0 * (1 + c / d) : 0.0);
            if (labels)
                labels->push_back(c);
        }
    return x;
}

/// The same points on the map: x and y equal (Embedding's == also compares the explained
/// variance, NaN for UMAP).
bool samePoints(const Embedding &a, const Embedding &b)
{
    return a.x == b.x && a.y == b.y;
}

/// 600 rows of blobs(3, 200, 4, 31) with these are fitted on 240 and placed in 4 batches of 90.
UmapOptions batchedOptions()
{
    UmapOptions options;
    options.fitSample = 240;
    options.epochs = 60;
    options.placeBatch = 100;
    return options;
}

Matrix mapMatrix(const Embedding &e)
{
    Matrix m(static_cast<Eigen::Index>(e.size()), 2);
    for (std::size_t i = 0; i < e.size(); ++i) {
        m(static_cast<Eigen::Index>(i), 0) = e.x[i];
        m(static_cast<Eigen::Index>(i), 1) = e.y[i];
    }
    return m;
}

/// The k nearest rows of row i of m (Euclidean, itself excluded, ties to the lower row).
std::vector<std::size_t> nearest(const Matrix &m, std::size_t i, std::size_t k)
{
    std::vector<std::pair<double, std::size_t>> d;
    for (Eigen::Index j = 0; j < m.rows(); ++j)
        if (static_cast<std::size_t>(j) != i)
            d.emplace_back((m.row(j) - m.row(static_cast<Eigen::Index>(i))).squaredNorm(), j);
    std::partial_sort(d.begin(), d.begin() + static_cast<std::ptrdiff_t>(k), d.end());
    std::vector<std::size_t> out;
    for (std::size_t j = 0; j < k; ++j)
        out.push_back(d[j].second);
    return out;
}

/// UCI Wholesale customers (Cardoso 2013, CC BY 4.0): the six spend columns, log1p, z-scored.
Matrix wholesale()
{
    const std::vector<std::vector<double>> rows = wholesaleRows();
    Matrix m(static_cast<Eigen::Index>(rows.size()), 6);
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (int c = 0; c < 6; ++c)
            m(static_cast<Eigen::Index>(r), c) = std::log1p(rows[r][static_cast<std::size_t>(c) + 2]);
    for (int c = 0; c < 6; ++c) {
        const double mean = m.col(c).mean();
        const double sd = std::sqrt((m.col(c).array() - mean).square().sum() / static_cast<double>(m.rows()));
        m.col(c) = (m.col(c).array() - mean) / sd;
    }
    return m;
}

} // namespace

class TestUmap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setThreadCount(0); }
    void cleanupTestCase() { setThreadCount(0); }

    void abMatchesCurveFit_data()
    {
        QTest::addColumn<double>("minDist");
        QTest::addColumn<double>("spread");
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        QTest::newRow("defaults") << 0.1 << 1.0 << 1.5769434604035877 << 0.8950608780665811;
        QTest::newRow("loose") << 0.5 << 2.0 << 0.25887874113654147 << 1.0574996997430388;
        QTest::newRow("zero min_dist") << 0.0 << 1.0 << 1.9328083978536088 << 0.7904949734413567;
    }
    void abMatchesCurveFit()
    {
        QFETCH(double, minDist);
        QFETCH(double, spread);
        QFETCH(double, a);
        QFETCH(double, b);
        double fa = 0, fb = 0;
        fitAb(minDist, spread, fa, fb);
        // scipy stops at its own tolerance (about 1e-8 relative in the parameters).
        VERIFY_CLOSE_TOL(fa, a, 1e-6);
        VERIFY_CLOSE_TOL(fb, b, 1e-6);
    }

    void trustworthinessMatchesScikitLearn()
    {
        Matrix x(30, 3), low(30, 2);
        for (int i = 0; i < 30; ++i) {
            x(i, 0) = std::sin(i);
            x(i, 1) = std::cos(1.7 * i);
            x(i, 2) = (i % 5) / 3.0;
            low(i, 0) = x(i, 0) + 0.3 * x(i, 2);
            low(i, 1) = x(i, 1) - 0.1 * i / 30.0;
        }
        VERIFY_CLOSE_TOL(trustworthiness(x, low, 3), 0.9186666666666666, 1e-12);
        VERIFY_CLOSE_TOL(trustworthiness(x, low, 5), 0.9372727272727273, 1e-12);
        VERIFY_CLOSE_TOL(trustworthiness(x, low, 10), 0.9485057471264368, 1e-12);
        QCOMPARE(trustworthiness(x, x.leftCols(2) * 0 + x.leftCols(2), 5) <= 1.0, true);
        // A map that is the data itself is perfectly trustworthy.
        QCOMPARE(trustworthiness(low, low, 5), 1.0);
        QCOMPARE(requireError([&] { trustworthiness(x, low, 15); }).kind(), ErrorKind::Usage);
        QCOMPARE(requireError([&] { trustworthiness(x, low.topRows(29), 5); }).kind(), ErrorKind::Usage);
    }

    void blobsStaySeparatedAndKeepNeighbours()
    {
        std::vector<int> label;
        const Matrix x = blobs(4, 60, 5, 3, &label);
        UmapOptions options;
        options.epochs = 200;
        const UmapResult r = umap(x, options);
        QCOMPARE(r.embedding.method, EmbeddingMethod::Umap);
        QCOMPARE(r.embedding.size(), std::size_t(240));
        const Matrix m = mapMatrix(r.embedding);
        // Every point's 15 nearest map neighbours come from its own blob...
        for (std::size_t i = 0; i < 240; ++i)
            for (std::size_t j : nearest(m, i, 15))
                QCOMPARE(label[j], label[i]);
        // ...and the blobs are far apart: the closest pair of points from two blobs is further
        // apart than the widest blob is across.
        double within = 0.0, between = std::numeric_limits<double>::infinity();
        for (Eigen::Index i = 0; i < m.rows(); ++i)
            for (Eigen::Index j = i + 1; j < m.rows(); ++j) {
                const double d = (m.row(i) - m.row(j)).norm();
                if (label[static_cast<std::size_t>(i)] == label[static_cast<std::size_t>(j)])
                    within = std::max(within, d);
                else
                    between = std::min(between, d);
            }
        QVERIFY2(between > within, qPrintable(QStringLiteral("between %1, within %2").arg(between).arg(within)));
        // Within the blobs the map keeps the true neighbours better than chance by far.
        QVERIFY(trustworthiness(x, m, 15) > 0.9);
    }

    void disconnectedGraphStartsFromPca()
    {
        // Four blobs 30 standard deviations apart: no neighbour of a point is in another blob.
        const UmapResult r = umap(blobs(4, 60, 5, 3), UmapOptions {});
        QCOMPARE(r.report.components, std::size_t(4));
        QCOMPARE(nameOf(r.report.init), nameOf(UmapInit::Pca));
        QVERIFY(!r.report.initNote.empty());
        // One blob is one connected graph: the spectral start.
        const UmapResult one = umap(blobs(1, 200, 5, 4), UmapOptions {});
        QCOMPARE(one.report.components, std::size_t(1));
        QCOMPARE(nameOf(one.report.init), nameOf(UmapInit::Spectral));
        QVERIFY(one.report.initNote.empty());
    }

    void wholesaleTrustworthinessAboveFloor()
    {
        // umap-learn 0.5.3 (UMAP(random_state=42), the same defaults) reaches 0.946 on these
        // 440 rows; ours must not fall below 0.93.
        const Matrix x = wholesale();
        const UmapResult r = umap(x, UmapOptions {});
        QCOMPARE(r.report.exactNeighbors, true);
        QCOMPARE(r.report.epochs, 500);
        const double t = trustworthiness(x, mapMatrix(r.embedding), 15);
        QVERIFY2(t >= 0.93, qPrintable(QString::number(t)));
        QVERIFY(t <= 1.0);
    }

    void sameSeedSameLayout()
    {
        const Matrix x = blobs(3, 100, 6, 9);
        UmapOptions options;
        options.epochs = 60;
        options.seed = 5;
        setThreadCount(1);
        const UmapResult a = umap(x, options);
        const UmapResult b = umap(x, options);
        QVERIFY(samePoints(a.embedding, b.embedding));
        // Several threads: the same layout, bit for bit (see optimizeLayout).
        setThreadCount(4);
        const UmapResult c = umap(x, options);
        QVERIFY(samePoints(a.embedding, c.embedding));
        // Another seed moves the points.
        options.seed = 6;
        QVERIFY(!samePoints(umap(x, options).embedding, a.embedding));
    }

    void approximateNeighboursAreDeterministic()
    {
        // More rows than the exact search takes: the hnswlib index, built in row order.
        const Matrix x = blobs(2, 2200, 4, 11);
        UmapOptions options;
        options.epochs = 5;
        setThreadCount(1);
        const UmapResult a = umap(x, options);
        QCOMPARE(a.report.exactNeighbors, false);
        setThreadCount(3);
        const UmapResult b = umap(x, options);
        QVERIFY(samePoints(a.embedding, b.embedding));
    }

    void approximateNeighboursAreTheTrueOnes()
    {
        // The graph index (rows inserted in batches that search in parallel) finds nearly all
        // of the true 15 nearest neighbours: checked by brute force on a sample of queries.
        // Gaussian data in 16 dimensions, without blobs, is a hard case for a graph search.
        Rng rng(5);
        Matrix x(12000, 16);
        for (Eigen::Index i = 0; i < x.rows(); ++i)
            for (Eigen::Index j = 0; j < x.cols(); ++j)
                x(i, j) = rng.normal();
        setThreadCount(2);
        const UmapIndex index(x, UmapMetric::Euclidean, 42);
        QCOMPARE(index.exact(), false);
        constexpr int k = 15;
        const Eigen::Index queries = 300;
        Matrix q(queries, x.cols());
        for (Eigen::Index r = 0; r < queries; ++r)
            q.row(r) = x.row(r * 39);
        const UmapKnn found = index.query(q, k);
        std::size_t hits = 0;
        std::vector<std::pair<double, std::int32_t>> all(static_cast<std::size_t>(x.rows()));
        for (Eigen::Index r = 0; r < queries; ++r) {
            for (Eigen::Index i = 0; i < x.rows(); ++i)
                all[static_cast<std::size_t>(i)] = {(x.row(i) - q.row(r)).squaredNorm(), static_cast<std::int32_t>(i)};
            std::partial_sort(all.begin(), all.begin() + k, all.end());
            const auto *begin = found.index.data() + r * k;
            for (int j = 0; j < k; ++j)
                hits += std::count(begin, begin + k, all[static_cast<std::size_t>(j)].second);
        }
        const double recall = static_cast<double>(hits) / static_cast<double>(queries * k);
        QVERIFY2(recall >= 0.95, qPrintable(QString::number(recall)));
    }

    void transformPlacesRowsAmongTheirNeighbours()
    {
        // A helix (radius 3, pitch 0.5 per radian, two turns) in 5-d with a little noise: a curve
        // the map unrolls (on a 2-d sheet UMAP tears, umap-learn as much as ours, and a new row
        // can fall between the pieces). Every fourth point is new; the others are fitted.
        Rng rng(21);
        std::vector<Eigen::Index> fitRows, newRows;
        Matrix all(384, 5);
        for (int i = 0; i < 384; ++i) {
            const double t = i * 4.0 * std::numbers::pi / 384.0;
            all.row(i) << 3.0 * std::cos(t), 3.0 * std::sin(t), 0.5 * t, 0.0, 0.0;
            for (int j = 0; j < 5; ++j)
                all(i, j) += 0.01 * rng.normal();
            (i % 4 == 3 ? newRows : fitRows).push_back(i);
        }
        Matrix fitted(static_cast<Eigen::Index>(fitRows.size()), all.cols());
        Matrix fresh(static_cast<Eigen::Index>(newRows.size()), all.cols());
        for (std::size_t i = 0; i < fitRows.size(); ++i)
            fitted.row(static_cast<Eigen::Index>(i)) = all.row(fitRows[i]);
        for (std::size_t i = 0; i < newRows.size(); ++i)
            fresh.row(static_cast<Eigen::Index>(i)) = all.row(newRows[i]);
        const UmapModel model = fitUmapModel(fitted, UmapOptions {});
        const std::vector<float> placed = model.transform(fresh);
        QCOMPARE(placed.size(), 2 * newRows.size());
        Matrix fitMap(static_cast<Eigen::Index>(fitRows.size()), 2);
        for (std::size_t i = 0; i < fitRows.size(); ++i) {
            fitMap(static_cast<Eigen::Index>(i), 0) = model.layout()[2 * i];
            fitMap(static_cast<Eigen::Index>(i), 1) = model.layout()[2 * i + 1];
        }
        int total = 0;
        for (std::size_t q = 0; q < newRows.size(); ++q) {
            // Of the new row's 5 nearest fitted rows on the map (of 288), at least 3 are among its
            // 10 nearest fitted rows in the data.
            std::vector<std::pair<double, std::size_t>> onMap, inData;
            for (std::size_t i = 0; i < fitRows.size(); ++i) {
                const auto at = static_cast<Eigen::Index>(i);
                onMap.emplace_back(std::hypot(fitMap(at, 0) - placed[2 * q], fitMap(at, 1) - placed[2 * q + 1]), i);
                inData.emplace_back((fitted.row(at) - fresh.row(static_cast<Eigen::Index>(q))).norm(), i);
            }
            std::sort(onMap.begin(), onMap.end());
            std::sort(inData.begin(), inData.end());
            std::set<std::size_t> trueNeighbours;
            for (std::size_t j = 0; j < 10; ++j)
                trueNeighbours.insert(inData[j].second);
            int shared = 0;
            for (std::size_t j = 0; j < 5; ++j)
                shared += trueNeighbours.count(onMap[j].second) ? 1 : 0;
            QVERIFY2(shared >= 3, qPrintable(QStringLiteral("row %1: %2 of 5").arg(newRows[q]).arg(shared)));
            total += shared;
        }
        // On average more than 4.8 of 5.
        QVERIFY2(total * 10 > 48 * static_cast<int>(newRows.size()), qPrintable(QString::number(total)));
        // A row exactly equal to a fitted row lands on it before the SGD and stays close.
        const std::vector<float> same = model.transform(fitted.topRows(1));
        QVERIFY(std::hypot(same[0] - model.layout()[0], same[1] - model.layout()[1]) < 1.0);
        QCOMPARE(requireError([&] { model.transform(Matrix::Zero(2, 4)); }).kind(), ErrorKind::Usage);
    }

    void fitSamplePlacesTheRest()
    {
        std::vector<int> label;
        const Matrix x = blobs(3, 200, 4, 31, &label);
        UmapOptions options;
        options.fitSample = 240;
        options.epochs = 100;
        std::vector<std::size_t> frameRows;
        const UmapResult r = umap(x, options, {}, [&](const UmapFrame &f) {
            frameRows.assign(f.rows.begin(), f.rows.end());
            QCOMPARE(f.layout.size(), 2 * f.rows.size());
        });
        QCOMPARE(r.report.fitRows, std::size_t(240));
        QCOMPARE(r.report.placedRows, std::size_t(360));
        QCOMPARE(frameRows.size(), std::size_t(240));
        QVERIFY(std::is_sorted(frameRows.begin(), frameRows.end()));
        // Every point, fitted or placed, sits with its own blob.
        const Matrix m = mapMatrix(r.embedding);
        for (std::size_t i = 0; i < 600; i += 7)
            for (std::size_t j : nearest(m, i, 10))
                QCOMPARE(label[j], label[i]);
    }

    void theRestIsPlacedInBatchesAsTransformPlacesEach()
    {
        // 600 rows, 240 fitted: the other 360 in ceil(360 / 100) = 4 batches of 90, each the
        // same, bit for bit, as transform() of that batch alone on the model of the sample.
        const Matrix x = blobs(3, 200, 4, 31);
        UmapOptions options = batchedOptions();
        const UmapResult r = umap(x, options);
        QCOMPARE(r.report.placedRows, std::size_t(360));

        Rng rng = Rng::derived(options.seed, 0xf17);
        const std::vector<std::size_t> sample = sampleIndices(600, 240, rng);
        const RowSource rowsOfX = rowsOf(x);
        const UmapModel model = fitUmapModel(rowsOfX.fetch(sample), options);
        for (std::size_t s = 0; s < sample.size(); ++s) {
            QCOMPARE(r.embedding.x[sample[s]], model.layout()[2 * s]);
            QCOMPARE(r.embedding.y[sample[s]], model.layout()[2 * s + 1]);
        }
        std::vector<std::size_t> rest;
        for (std::size_t i = 0; i < 600; ++i)
            if (!std::binary_search(sample.begin(), sample.end(), i))
                rest.push_back(i);
        for (std::size_t b = 0; b < 4; ++b) {
            const std::vector<std::size_t> batch(rest.begin() + static_cast<std::ptrdiff_t>(90 * b),
                                                 rest.begin() + static_cast<std::ptrdiff_t>(90 * (b + 1)));
            const std::vector<float> placed = model.transform(rowsOfX.fetch(batch));
            for (std::size_t i = 0; i < batch.size(); ++i) {
                QCOMPARE(r.embedding.x[batch[i]], placed[2 * i]);
                QCOMPARE(r.embedding.y[batch[i]], placed[2 * i + 1]);
            }
        }
        // All 360 at once land elsewhere (other negative samples): the batches are real.
        const std::vector<float> once = model.transform(rowsOfX.fetch(rest));
        bool differs = false;
        for (std::size_t i = 0; i < rest.size(); ++i)
            differs = differs || once[2 * i] != r.embedding.x[rest[i]];
        QVERIFY(differs);
    }

    void rowsOnDemandGiveTheMapOfTheMatrix()
    {
        // Fitted on a sample, placed in batches: the fit sample fetched first (into the
        // neighbour index), then each batch, ascending; the map the same, bit for bit. One blob
        // gives a connected graph and the spectral start.
        const Matrix x = blobs(1, 600, 4, 31);
        UmapOptions options = batchedOptions();
        std::vector<std::size_t> fetchSizes;
        std::vector<int> times(600, 0);
        bool ascending = true;
        const auto countedRows = [&](const Matrix &m) {
            return RowSource {600, 4, [&, held = rowsOf(m)](std::span<const std::size_t> rows) -> Matrix {
                                  ascending = ascending && std::is_sorted(rows.begin(), rows.end());
                                  fetchSizes.push_back(rows.size());
                                  for (std::size_t r : rows)
                                      ++times[r];
                                  return held.fetch(rows);
                              }};
        };
        const UmapResult fromRows = umap(countedRows(x), options);
        QCOMPARE(fromRows.report.init == UmapInit::Spectral, true);
        QVERIFY(samePoints(fromRows.embedding, umap(x, options).embedding));
        QCOMPARE(fetchSizes, (std::vector<std::size_t> {240, 90, 90, 90, 90}));
        QVERIFY(std::all_of(times.begin(), times.end(), [](int t) { return t == 1; }));
        QVERIFY(ascending);

        // Without a sample: every row once. Three blobs: a disconnected graph, so the PCA start
        // fetches the fitted rows a second time.
        fetchSizes.clear();
        options.fitSample = 1000;
        QVERIFY(samePoints(umap(countedRows(x), options).embedding, umap(x, options).embedding));
        QCOMPARE(fetchSizes, (std::vector<std::size_t> {600}));
        const Matrix three = blobs(3, 200, 4, 31);
        fetchSizes.clear();
        options.fitSample = 240;
        const UmapResult pcaStart = umap(countedRows(three), options);
        QCOMPARE(pcaStart.report.init == UmapInit::Pca, true);
        QVERIFY(samePoints(pcaStart.embedding, umap(three, options).embedding));
        QCOMPARE(fetchSizes, (std::vector<std::size_t> {240, 240, 90, 90, 90, 90}));
        QVERIFY(ascending);

        // A non-finite value names its row.
        Matrix bad = x;
        bad(517, 2) = std::numeric_limits<double>::infinity();
        options.fitSample = 240;
        const Error e = requireError([&] { umap(rowsOf(bad), options); });
        QCOMPARE(e.kind(), ErrorKind::InvalidData);
        QVERIFY2(contains(e.detail(), "prepared row 518, feature 3"), e.what());
    }

    void framesAndCancelWithinOneEpoch()
    {
        const Matrix x = blobs(2, 100, 4, 41);
        UmapOptions options;
        options.epochs = 50;
        options.frameEvery = 1;
        CancelToken token;
        double lastFraction = 0.0;
        const Progress progress(&token, [&](double f, std::string_view) { lastFraction = f; });
        std::vector<int> seen;
        bool cancelled = false;
        try {
            umap(x, options, progress, [&](const UmapFrame &f) {
                seen.push_back(f.epoch);
                QCOMPARE(f.epochs, 50);
                QCOMPARE(f.layout.size(), std::size_t(400));
                if (f.epoch == 3)
                    token.cancel();
            });
        } catch (const Cancelled &) {
            cancelled = true;
        }
        QVERIFY(cancelled);
        QCOMPARE(seen, (std::vector<int> {1, 2, 3}));
        QVERIFY(lastFraction < 0.5);

        // Without cancelling: a frame every 20 epochs and after the last.
        options.frameEvery = 20;
        seen.clear();
        umap(x, options, {}, [&](const UmapFrame &f) { seen.push_back(f.epoch); });
        QCOMPARE(seen, (std::vector<int> {20, 40, 50}));
    }

    void metricsGiveTheirOwnNeighbours()
    {
        QCOMPARE(nameOf(parseUmapMetric("manhattan")), nameOf(UmapMetric::Manhattan));
        QCOMPARE(nameOf(parseUmapMetric("cosine")), nameOf(UmapMetric::Cosine));
        QCOMPARE(toString(UmapMetric::Euclidean), std::string_view("euclidean"));
        // Rays from the origin: by angle (cosine) two rays are two tight groups, whatever the
        // length; every metric keeps them apart.
        Matrix x(120, 2);
        for (int i = 0; i < 120; ++i) {
            const double angle = (i < 60 ? 0.2 : 1.3) + 0.001 * (i % 7);
            const double length = 20.0 + (i % 60);
            x(i, 0) = length * std::cos(angle);
            x(i, 1) = length * std::sin(angle);
        }
        for (UmapMetric metric : {UmapMetric::Euclidean, UmapMetric::Manhattan, UmapMetric::Cosine}) {
            UmapOptions options;
            options.metric = metric;
            options.epochs = 100;
            const Matrix m = mapMatrix(umap(x, options).embedding);
            for (std::size_t i = 0; i < 120; i += 5)
                for (std::size_t j : nearest(m, i, 5))
                    QCOMPARE(j < 60, i < 60);
        }
    }

    void badParametersAreNamed_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("name");
        const char *names[] = {"neighbors",     "neighbors",          "fit_sample",       "min_dist",
                               "min_dist",      "spread",             "epochs",           "negative_sample_rate",
                               "learning_rate", "repulsion_strength", "local_connectivity", "set_op_mix_ratio",
                               "frame_every",   "place_batch"};
        for (int i = 0; i < 14; ++i)
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(i).arg(QLatin1String(names[i]))))
                << i << QString::fromLatin1(names[i]);
    }
    void badParametersAreNamed()
    {
        QFETCH(int, which);
        QFETCH(QString, name);
        UmapOptions o;
        switch (which) {
        case 0: o.neighbors = 1; break;
        case 1: o.neighbors = 50; break; // 50 rows
        case 2: o.fitSample = 10; break;
        case 3: o.minDist = 1.5; break;  // > spread
        case 4: o.minDist = -0.1; break;
        case 5: o.spread = 0.0; break;
        case 6: o.epochs = -1; break;
        case 7: o.negativeSampleRate = -1; break;
        case 8: o.learningRate = 0.0; break;
        case 9: o.repulsionStrength = -1.0; break;
        case 10: o.localConnectivity = -1.0; break;
        case 11: o.setOpMixRatio = 1.5; break;
        case 12: o.frameEvery = -1; break;
        case 13: o.placeBatch = 0; break;
        }
        const Matrix x = blobs(1, 50, 3, 1);
        for (const auto &run : std::vector<std::function<void()>> {[&] { o.validate(50); }, [&] { umap(x, o); },
                                                                   [&] { fitUmapModel(x, o); }}) {
            if (which == 2) // fitUmapModel fits every row: no sample
                break;
            const Error e = requireError(run);
            QCOMPARE(e.kind(), ErrorKind::Usage);
            QVERIFY2(e.detail().rfind(name.toStdString() + ": ", 0) == 0, e.what());
        }
        const Error metric = requireError([] { parseUmapMetric("chebyshev"); });
        QCOMPARE(metric.kind(), ErrorKind::Usage);
        QVERIFY(contains(metric.detail(), "metric: unknown metric 'chebyshev'"));
    }

    void nonFiniteDataIsInvalid()
    {
        Matrix x = blobs(1, 30, 3, 1);
        x(4, 2) = std::numeric_limits<double>::quiet_NaN();
        const Error e = requireError([&] { umap(x, UmapOptions {}); });
        QCOMPARE(e.kind(), ErrorKind::InvalidData);
        QVERIFY(contains(e.detail(), "row 5, feature 3"));
    }
};

QTEST_APPLESS_MAIN(TestUmap)
#include "test_umap.moc"
