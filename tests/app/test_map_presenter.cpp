// The segment map in the explorer: PCA at once, the UMAP map of the same prepared customers
// when it is ready, only a recolouring for a new k, a cached map when the settings come back,
// and PCA on request.

#include "app/core/analysis.h"
#include "app/core/document.h"
#include "app/core/map_controller.h"
#include "app/ui/map_presenter.h"
#include "engine/demo/demo_data.h"
#include "engine/embed/pca.h"
#include "engine/prep/feature_spec.h"
#include "widgets/feature_label.h"
#include "widgets/scatter_painter.h"
#include "widgets/scatter_view.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace seg;

namespace {

struct Fixture
{
    std::shared_ptr<const Table> table;
    FeatureSpec spec;
    std::shared_ptr<const PreparedData> prepared;
    std::shared_ptr<const Embedding> pca;
};

Fixture fixture(std::size_t rows)
{
    Fixture f;
    f.table = std::make_shared<const Table>(generateDemoData(rows, 7));
    f.spec = suggestFeatureSpec(*f.table, {"customer_id", "true_segment"});
    f.prepared = std::make_shared<const PreparedData>(prepare(*f.table, f.spec));
    f.pca = std::make_shared<const Embedding>(pcaEmbedding(f.prepared->x));
    return f;
}

std::shared_ptr<const AnalysisResult> resultFor(const Fixture &f, int k, quint64 generation)
{
    auto result = std::make_shared<AnalysisResult>();
    result->generation = generation;
    result->prepared = f.prepared;
    result->points = f.pca;
    auto segmentation = std::make_shared<const Segmentation>(
        fitPrepared(*f.prepared, f.spec, defaultClusteringOptions(Algorithm::KMeans, k, kDefaultSeed)));
    result->segmentation = segmentation;
    result->labels = std::shared_ptr<const Labels>(segmentation, &segmentation->clustering.labels);
    return result;
}

MapSettings quickUmap()
{
    MapSettings settings;
    settings.method = EmbeddingMethod::Umap;
    settings.umap.neighbors = 10;
    settings.umap.epochs = 60;
    return settings;
}

} // namespace

class TestMapPresenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void umapReplacesPcaAndKOnlyRecolours()
    {
        const Fixture f = fixture(800);
        Document document;
        document.setMapSettings(quickUmap());
        ScatterView scatter;
        MapPresenter presenter(&document, &scatter);
        QSignalSpy completed(&presenter, &MapPresenter::completed);

        presenter.showResult(resultFor(f, 4, 1));
        // PCA at once, while UMAP computes.
        QCOMPARE(scatter.painter().points(), f.pca);
        QVERIFY(!presenter.isComplete());
        QVERIFY(presenter.controller()->isBusy());

        QVERIFY(completed.wait(60000));
        QVERIFY(presenter.isComplete());
        const std::shared_ptr<const Embedding> umap = scatter.painter().points();
        QCOMPARE(umap->method, EmbeddingMethod::Umap);
        QCOMPARE(umap->size(), f.prepared->rows.size());
        QCOMPARE(scatter.painter().xTitle(), QStringLiteral("UMAP 1"));
        QVERIFY(!scatter.painter().caption().isEmpty());
        // It is the engine's map of this prepared matrix with these settings.
        const UmapResult direct = seg::umap(f.prepared->x, quickUmap().umap);
        QCOMPARE(umap->x, direct.embedding.x);
        QCOMPARE(umap->y, direct.embedding.y);

        // A new k on the same prepared customers: the same map, recoloured.
        const auto k6 = resultFor(f, 6, 2);
        presenter.showResult(k6);
        QCOMPARE(scatter.painter().points(), umap);
        QCOMPARE(scatter.painter().labels(), k6->labels);
        QVERIFY(presenter.isComplete());
        QVERIFY(!presenter.controller()->isBusy());

        // PCA on request, at once; back to UMAP from the cache (the same map, no recompute).
        MapSettings pca = quickUmap();
        pca.method = EmbeddingMethod::Pca;
        document.setMapSettings(pca);
        QCOMPARE(scatter.painter().points(), f.pca);
        QVERIFY(presenter.isComplete());
        QCOMPARE(scatter.painter().xTitle().left(4), QStringLiteral("PC 1"));
        document.setMapSettings(quickUmap());
        QVERIFY(!presenter.controller()->isBusy());
        QTRY_COMPARE(scatter.painter().points(), umap);
        QVERIFY(presenter.isComplete());
    }

    void aMapPausesWhileASegmentationIsOnItsWay()
    {
        // A map long enough to send frames (one every 120 ms at most). Held, it neither
        // computes nor shows frames, however long the hold; released, it goes on, settles
        // frame by frame and completes.
        const Fixture f = fixture(4000);
        Document document;
        MapSettings settings = quickUmap();
        settings.umap.epochs = 500;
        document.setMapSettings(settings);
        ScatterView scatter;
        MapPresenter presenter(&document, &scatter);
        QStringList statuses;
        connect(&presenter, &MapPresenter::statusChanged, this, [&](const QString &s) { statuses << s; });
        QSignalSpy completed(&presenter, &MapPresenter::completed);
        const auto settling = [&] {
            return std::count_if(statuses.begin(), statuses.end(),
                                 [](const QString &s) { return s.startsWith(QStringLiteral("UMAP map settling")); });
        };

        presenter.holdFrames(true);
        presenter.showResult(resultFor(f, 4, 1));
        QVERIFY(!completed.wait(1500));
        QCOMPARE(settling(), 0);
        QVERIFY(presenter.controller()->isBusy());
        QCOMPARE(scatter.painter().points(), f.pca);

        presenter.holdFrames(false);
        QVERIFY(completed.wait(120000));
        QVERIFY2(settling() > 0, qPrintable(statuses.join(QLatin1Char('\n'))));
        QCOMPARE(scatter.painter().points()->method, EmbeddingMethod::Umap);
    }

    void pcaBiplotArrowsAreTheLongestLoadings()
    {
        const Fixture f = fixture(600);
        // The loadings are the PCA axes: each point is the sum of its centred features times them.
        const Embedding &pca = *f.pca;
        QCOMPARE(pca.loadings.size(), static_cast<std::size_t>(f.prepared->x.cols()));
        const Eigen::RowVectorXd mean = f.prepared->x.colwise().mean();
        for (const Eigen::Index i : {Eigen::Index(0), Eigen::Index(123), Eigen::Index(599)}) {
            double x = 0.0, y = 0.0;
            for (Eigen::Index j = 0; j < f.prepared->x.cols(); ++j) {
                x += (f.prepared->x(i, j) - mean(j)) * pca.loadings[std::size_t(j)][0];
                y += (f.prepared->x(i, j) - mean(j)) * pca.loadings[std::size_t(j)][1];
            }
            QVERIFY(std::abs(x - pca.x[std::size_t(i)]) < 1e-4);
            QVERIFY(std::abs(y - pca.y[std::size_t(i)]) < 1e-4);
        }

        Document document;
        MapSettings settings;
        settings.method = EmbeddingMethod::Pca;
        document.setMapSettings(settings);
        ScatterView scatter;
        MapPresenter presenter(&document, &scatter);
        presenter.showResult(resultFor(f, 4, 1));
        const std::vector<BiplotArrow> &arrows = scatter.biplot();
        // The longest loadings, longest first, none under a quarter of the longest, at most six.
        std::vector<double> norms;
        for (const auto &l : pca.loadings)
            norms.push_back(std::hypot(l[0], l[1]));
        std::vector<double> sorted = norms;
        std::sort(sorted.begin(), sorted.end(), std::greater<>());
        std::size_t expected = 0;
        while (expected < 6 && expected < sorted.size() && sorted[expected] >= 0.25 * sorted[0])
            ++expected;
        QCOMPARE(arrows.size(), expected);
        QVERIFY(expected >= 2);
        for (std::size_t a = 0; a < arrows.size(); ++a)
            QCOMPARE(std::hypot(arrows[a].x, arrows[a].y), sorted[a]);
        const std::size_t top = std::size_t(std::max_element(norms.begin(), norms.end()) - norms.begin());
        QCOMPARE(arrows[0].label, featureDisplayName(f.prepared->transform.features[top].name));

        // The UMAP map has no axes to explain: no arrows.
        settings.method = EmbeddingMethod::Umap;
        settings.umap.neighbors = 10;
        settings.umap.epochs = 30;
        QSignalSpy completed(&presenter, &MapPresenter::completed);
        document.setMapSettings(settings);
        QVERIFY(completed.wait(60000));
        QVERIFY(scatter.biplot().empty());
    }

    void newFeaturesCancelTheStaleMap()
    {
        const Fixture slow = fixture(3000);
        const Fixture fast = fixture(500);
        Document document;
        MapSettings settings = quickUmap();
        settings.umap.epochs = 2000; // long enough to be superseded
        document.setMapSettings(settings);
        ScatterView scatter;
        MapPresenter presenter(&document, &scatter);
        QSignalSpy completed(&presenter, &MapPresenter::completed);
        presenter.showResult(resultFor(slow, 4, 1));
        QVERIFY(presenter.controller()->isBusy());
        // New prepared customers: the stale map is cancelled and the new one shown when ready.
        settings.umap.epochs = 60;
        document.setMapSettings(settings);
        presenter.showResult(resultFor(fast, 4, 2));
        QVERIFY(completed.wait(60000));
        QCOMPARE(completed.count(), 1);
        QCOMPARE(scatter.painter().points()->size(), std::size_t(500));
        QCOMPARE(scatter.painter().points()->method, EmbeddingMethod::Umap);
        QVERIFY(!presenter.controller()->cached(slow.prepared.get(), document.mapSettings()));
    }

    void badSettingsAreReportedAndPcaStays()
    {
        const Fixture f = fixture(300);
        Document document;
        MapSettings settings = quickUmap();
        settings.umap.neighbors = 500; // more than the customers
        document.setMapSettings(settings);
        ScatterView scatter;
        MapPresenter presenter(&document, &scatter);
        QSignalSpy completed(&presenter, &MapPresenter::completed);
        presenter.showResult(resultFor(f, 3, 1));
        QVERIFY(completed.wait(60000));
        QCOMPARE(scatter.painter().points(), f.pca);
        QVERIFY2(presenter.status().contains(QStringLiteral("neighbors")), qPrintable(presenter.status()));
    }
};

QTEST_MAIN(TestMapPresenter)
#include "test_map_presenter.moc"
