// The project file: every stored piece round-trips, reopening gives identical segments, names
// and view, privacy holds in the bytes, and the checked-in first-version file keeps opening.

#include "engine/project/project.h"

#include "engine/core/error.h"
#include "engine/demo/demo_data.h"
#include "engine/project/archive.h"
#include "engine/project/column_codec.h"
#include "engine/project/sha256.h"
#include "engine/score/score.h"
#include "tests/support/engine_fixtures.h"
#include "tests/support/project_fixtures.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using namespace seg;
using namespace seg::test;

namespace {

std::string fixturePath()
{
    return std::string(SEG_TEST_DATA_DIR) + "/project_v1.segscope";
}

std::string hex(const std::array<std::uint8_t, 32> &digest)
{
    static const char digits[] = "0123456789abcdef";
    std::string s;
    for (const std::uint8_t b : digest) {
        s.push_back(digits[b >> 4]);
        s.push_back(digits[b & 0xf]);
    }
    return s;
}

void compareProjects(const Project &a, const Project &b, bool compareSegmentations = true)
{
    QCOMPARE(a.table->rowCount, b.table->rowCount);
    QCOMPARE(a.table->columns.size(), b.table->columns.size());
    for (std::size_t c = 0; c < a.table->columns.size(); ++c)
        QVERIFY2(sameColumn(a.table->columns[c], b.table->columns[c]), a.table->columns[c].name.c_str());
    QCOMPARE(a.table->warnings, b.table->warnings);
    QCOMPARE(a.table->rowNumberJumps, b.table->rowNumberJumps);
    QCOMPARE(a.columns.size(), b.columns.size());
    for (std::size_t c = 0; c < a.columns.size(); ++c) {
        QCOMPARE(a.columns[c].name, b.columns[c].name);
        QVERIFY(a.columns[c].type == b.columns[c].type);
        QVERIFY(a.columns[c].role == b.columns[c].role);
        QCOMPARE(a.columns[c].personal, b.columns[c].personal);
        QCOMPARE(a.columns[c].stored, b.columns[c].stored);
    }
    QCOMPARE(a.sourcePath, b.sourcePath);
    QCOMPARE(a.fingerprint, b.fingerprint);
    QCOMPARE(a.privacy.idColumn, b.privacy.idColumn);
    QCOMPARE(a.privacy.idsHashed, b.privacy.idsHashed);
    QCOMPARE(a.privacy.salt, b.privacy.salt);
    QCOMPARE(a.createdAt, b.createdAt);
    QCOMPARE(a.savedAt, b.savedAt);
    QCOMPARE(a.savedByVersion, b.savedByVersion);
    QCOMPARE(a.runs.size(), b.runs.size());
    for (std::size_t r = 0; r < a.runs.size(); ++r) {
        const ProjectRun &x = a.runs[r], &y = b.runs[r];
        QCOMPARE(x.id, y.id);
        QCOMPARE(x.createdAt, y.createdAt);
        QCOMPARE(x.engineVersion, y.engineVersion);
        QCOMPARE(x.annotation, y.annotation);
        QCOMPARE(x.segmentKeys, y.segmentKeys);
        QCOMPARE(x.metrics.size(), y.metrics.size());
        for (const auto &[name, value] : x.metrics) {
            QVERIFY(y.metrics.count(name));
            QVERIFY(std::isnan(value) ? std::isnan(y.metrics.at(name)) : value == y.metrics.at(name));
        }
        if (!compareSegmentations)
            continue;
        const std::string difference = segmentationDifference(x.segmentation, y.segmentation);
        QVERIFY2(difference.empty(), difference.c_str());
    }
    QCOMPARE(a.currentRun, b.currentRun);
    QCOMPARE(a.nextRunId, b.nextRunId);
    QCOMPARE(a.segmentNames, b.segmentNames);
    QCOMPARE(a.viewState, b.viewState);
    QVERIFY(a.documents == b.documents);
}

} // namespace

class TestProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sha256MatchesTheStandardVectors()
    {
        // FIPS 180-4 examples (also `printf abc | sha256sum`).
        QCOMPARE(hex(sha256("")), std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(hex(sha256("abc")), std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(hex(sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
                 std::string("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
        // Two parts hash as their concatenation; a 64-byte message pads into a second block.
        QCOMPARE(hex(sha256("ab", "c")), hex(sha256("abc")));
        QCOMPARE(hex(sha256(std::string(64, 'a'))),
                 std::string("ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"));
        QCOMPARE(hashId("", "abc"), std::string("ba7816bf8f01cfea"));
    }

    void columnsRoundTripExactly()
    {
        Column decimals = numeric("spend", {12.5, -0.25, std::nan(""), 1e12, 0.0, 3.0});
        Column thirds = numeric("thirds", {1.0 / 3.0, -0.0, std::nan(""), 1e300, 5e-324});
        Column dates = numeric("day", {19000.5, std::nan(""), 19001.0 + 1.0 / 24.0}, ColumnType::Date);
        Column flags = numeric("member", {1.0, 0.0, std::nan("")}, ColumnType::Boolean);
        Column codes = categorical("region", {"north", "", "süd"}, {0, -1, 2, 1, 0});
        Column ids;
        ids.name = "id";
        ids.type = ColumnType::Identifier;
        ids.text = {"a", "", "", std::string("nul\0byte", 8)};
        ids.textMissing = {0, 0, 1, 0};
        ids.role = ColumnRole::Id;
        ids.roleReason = "named like a key";
        for (const Column *c : {&decimals, &thirds, &dates, &flags, &codes, &ids}) {
            const EncodedColumn e = encodeColumn(*c);
            const Column back = decodeColumn(e, c->size(), "p.segscope");
            QVERIFY2(sameColumn(*c, back), c->name.c_str());
        }
        // Short decimals are stored as scaled integers in hundredths: mode, places, then the varints
        // of zigzag(1250) + 1, zigzag(-25) + 1, 0 (missing), zigzag(1e14) + 1, 1, zigzag(300) + 1:
        // 2 + 2 + 1 + 1 + 7 + 1 + 2 bytes, not 48.
        QCOMPARE(encodeColumn(decimals).rawSize, std::uint64_t(16));
        // 1e15 in hundredths is beyond 2^53, and -0 has no integer: their bytes are kept.
        QCOMPARE(encodeColumn(numeric("big", {0.25, 1e15})).rawSize, std::uint64_t(17));
        // Thirds are not short decimals: their bytes are kept (8 per value plus the mode byte).
        QCOMPARE(encodeColumn(thirds).rawSize, std::uint64_t(1 + 8 * 5));
    }

    void assignmentsRoundTrip()
    {
        const StoredAssignments a {{0, 2, 3, 9}, {1, -1, 0, 2}, {0.5, std::nan(""), 1.0 / 3.0, 2.0}};
        std::uint64_t size = 0;
        const std::string bytes = encodeAssignments(a, size);
        const StoredAssignments b = decodeAssignments(bytes, size, 10, 3, "p", "run 1");
        QCOMPARE(b.rows, a.rows);
        QCOMPARE(b.labels, a.labels);
        QVERIFY(sameBits(b.scores, a.scores));
        // A row beyond the table and a label beyond the segments are damage, named.
        QVERIFY(contains(requireError([&] { decodeAssignments(bytes, size, 9, 3, "p", "run 1"); }).what(),
                         "run 1: row 9 is beyond the table's 9 rows"));
        QVERIFY(contains(requireError([&] { decodeAssignments(bytes, size, 10, 2, "p", "run 1"); }).what(),
                         "a segment number is 3, more than the 2 possible"));
    }

    void everyStoredPieceRoundTrips()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("p.segscope")).toStdString();
        Project project = sampleProject();
        saveProject(project, path);
        const Project reopened = openProject(path);
        compareProjects(project, reopened);
        // Saved again from the reopened value, it reopens the same once more.
        Project again = reopened;
        saveProject(again, path);
        compareProjects(again, openProject(path));
    }

    // A program that reads a few columns decodes only those: the others keep their schema and
    // decode one at a time to the same cells, and the project saves to the same bytes.
    void columnsDecodeOnDemand()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("p.segscope")).toStdString();
        Project project = sampleProject();
        saveProject(project, path);
        Project full = openProject(path);
        QVERIFY(full.table->columns.size() >= 3);
        const std::string chosen = full.table->columns[1].name;
        Project partial = openProject(path, ProjectOpenOptions {std::vector<std::string> {chosen, "no such column"}});
        QCOMPARE(partial.table->rowCount, full.table->rowCount);
        QCOMPARE(partial.table->columns.size(), full.table->columns.size());
        for (std::size_t c = 0; c < full.table->columns.size(); ++c) {
            const Column &shape = partial.table->columns[c], &cells = full.table->columns[c];
            QCOMPARE(shape.name, cells.name);
            QVERIFY(shape.type == cells.type && shape.role == cells.role);
            QCOMPARE(shape.roleReason, cells.roleReason);
            QCOMPARE(shape.size(), c == 1 ? full.table->rowCount : std::size_t(0));
            QVERIFY2(sameColumn(decodeStoredColumn(partial, cells.name), cells), cells.name.c_str());
            QVERIFY2(sameColumn(decodeStoredColumn(full, cells.name), cells), cells.name.c_str());
        }
        QVERIFY(sameColumn(partial.table->columns[1], full.table->columns[1]));
        QCOMPARE(partial.fingerprint, full.fingerprint);
        QVERIFY(serializeProject(partial) == serializeProject(full));
        // Nothing decoded at all, as `segscope lift` opens a project.
        Project none = openProject(path, ProjectOpenOptions {std::vector<std::string> {}});
        for (const Column &column : none.table->columns)
            QCOMPARE(column.size(), std::size_t(0));
        QVERIFY(serializeProject(none) == serializeProject(full));
        const Error e = requireError([&] { decodeStoredColumn(none, "no such column"); });
        QVERIFY(e.kind() == ErrorKind::InvalidData);
        QVERIFY2(contains(e.what(), "the project stores no column 'no such column'"), e.what());
    }

    // The fitted lifetime-value models are stored once, reopen to the bit, and a damaged or
    // absurd record is treated as absent (they are fitted again) rather than trusted.
    void valueModelFitsRoundTrip()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("v.segscope")).toStdString();
        Project project = sampleProject();
        QVERIFY(!storedValueFits(project));
        const Table demo = generateDemoData(2000, 9);
        const ValueModelFits fits = valueModelFits(fitCustomerValue(demo, *findValueColumns(demo), TimeUnit::Week));
        storeValueFits(project, fits);
        storeValueFits(project, fits); // replaces, never piles up
        QCOMPARE(std::count_if(project.documents.begin(), project.documents.end(),
                               [](const ProjectDocument &d) { return d.kind == kValueModelKind; }),
                 std::ptrdiff_t(1));
        saveProject(project, path);
        const std::optional<ValueModelFits> reopened = storedValueFits(openProject(path));
        QVERIFY(reopened.has_value());
        QCOMPARE(saveValueFitsArchive(*reopened), saveValueFitsArchive(fits));
        QCOMPARE(reopened->columns.monetary, std::string("monetary_value"));
        QCOMPARE(reopened->bgnbd.customers, std::size_t(2000));

        // A parameter no fit can give (the forecasts divide by it), and a cut archive.
        ValueModelFits absurd = fits;
        absurd.bgnbd.params.alpha = 0.0;
        QVERIFY_THROWS_EXCEPTION(Error, loadValueFitsArchive(saveValueFitsArchive(absurd), "f", "w"));
        for (ProjectDocument &d : project.documents)
            if (d.kind == kValueModelKind)
                d.data.resize(d.data.size() / 2);
        QVERIFY(!storedValueFits(project));
    }

    // The k sweep of the chart round-trips with the spec, options and outlier rule it belongs
    // to; k out of order is damage.
    void kSweepRoundTrips()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("k.segscope")).toStdString();
        Project project = sampleProject();
        QVERIFY(!storedKSweep(project));
        ProjectKSweep sweep;
        sweep.spec = project.runs.front().segmentation.spec;
        sweep.clustering = defaultClusteringOptions(Algorithm::GaussianMixture, 0, 77);
        sweep.outliers.robustZ = 3.5;
        sweep.points = {{2, 1234.5, 0.31}, {3, 987.25, std::numeric_limits<double>::quiet_NaN()}, {5, 500.0, 0.42}};
        storeKSweep(project, sweep);
        saveProject(project, path);
        const std::optional<ProjectKSweep> reopened = storedKSweep(openProject(path));
        QVERIFY(reopened.has_value());
        QCOMPARE(reopened->spec, sweep.spec);
        QVERIFY(reopened->clustering == sweep.clustering);
        QCOMPARE(reopened->outliers.robustZ, 3.5);
        QCOMPARE(reopened->points.size(), std::size_t(3));
        QCOMPARE(reopened->points[2], sweep.points[2]);
        QCOMPARE(reopened->points[1].inertia, 987.25);
        QVERIFY(std::isnan(reopened->points[1].silhouette));

        ProjectKSweep unordered = sweep;
        std::swap(unordered.points[0], unordered.points[1]);
        QVERIFY_THROWS_EXCEPTION(Error, loadKSweepArchive(saveKSweepArchive(unordered), "f", "w"));
    }

    // A Gaussian mixture's run keeps its model, memberships and likelihood, and its reopened
    // model places every clustered customer in its segment with the same probability; Ward's and
    // HDBSCAN's runs keep their trees and core points.
    void otherAlgorithmsRunsRoundTrip()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("p.segscope")).toStdString();
        Project project = sampleProject();
        const FeatureSpec spec = project.runs.front().segmentation.spec;
        // Mini-batch k-means with every option off its default: its options come back as they were.
        auto minibatch
            = std::get<MiniBatchKMeansOptions>(defaultClusteringOptions(Algorithm::MiniBatchKMeans, 3, 5));
        minibatch.batchSize = 50;
        minibatch.maxEpochs = 2;
        minibatch.startSampleRows = 100;
        minibatch.reassignmentRatio = 0.02;
        addRun(project, fit(*project.table, spec, minibatch), {}, {}, "minibatch");
        // A consensus of two algorithms with its own number of runs, its agreement kept.
        auto agreed = std::get<ConsensusClusteringOptions>(defaultClusteringOptions(Algorithm::Consensus, 3, 5));
        agreed.algorithms = {Algorithm::KMeans, Algorithm::Ward};
        agreed.runsPerMember = 3;
        agreed.resampling = Resampling::Bootstrap;
        addRun(project, fit(*project.table, spec, agreed), {}, {}, "consensus");
        QCOMPARE(project.runs.back().segmentation.clustering.memberships.size(),
                 project.runs.back().segmentation.rows.size());
        OutlierOptions outliers;
        outliers.robustZ = 6.0;
        auto options = std::get<GaussianMixtureOptions>(defaultClusteringOptions(Algorithm::GaussianMixture, 3, 9));
        options.covariance = CovarianceType::Full;
        Segmentation mixture = fit(*project.table, spec, options, outliers);
        QVERIFY(mixture.outlierCount > 0);
        QVERIFY(std::isfinite(mixture.clustering.bic));
        addRun(project, std::move(mixture), {}, {}, "mixture");
        // A Ward tree and HDBSCAN's core points are kept too.
        addRun(project, fit(*project.table, spec, defaultClusteringOptions(Algorithm::Ward, 4, 3)), {}, {}, "ward");
        HdbscanOptions density;
        density.minClusterSize = 5; // 300 customers in many dimensions are sparse
        density.minSamples = 2;
        addRun(project, fit(*project.table, spec, density), {}, {}, "hdbscan");
        QCOMPARE(project.runs[project.runs.size() - 2].segmentation.clustering.dendrogram.merges.size(), std::size_t(299));
        QVERIFY(std::holds_alternative<CorePointModel>(project.runs.back().segmentation.clustering.model));
        saveProject(project, path);
        const Project reopened = openProject(path);
        compareProjects(project, reopened);
        const Segmentation &s = reopened.runs[reopened.runs.size() - 3].segmentation;
        QVERIFY(std::holds_alternative<GaussianMixtureModel>(s.clustering.model));
        const ScoredRows scored = scoreRows(scoringModel(*reopened.table, s), *reopened.table);
        for (std::size_t i = 0; i < s.rows.size(); ++i) {
            if (s.clustering.labels[i] < 0) {
                QVERIFY(std::isnan(s.clustering.memberships[i])); // set aside: in no segment
                continue;
            }
            QCOMPARE(scored.segments[s.rows[i]], s.clustering.labels[i]);
            QVERIFY(std::abs(scored.confidences[s.rows[i]] - s.clustering.memberships[i]) < 1e-12);
        }
    }

    // A tree the views could not cut or draw is refused on opening, never shown.
    void aDamagedTreeIsRefused()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("p.segscope")).toStdString();
        Project project = sampleProject();
        const FeatureSpec spec = project.runs.front().segmentation.spec;
        addRun(project, fit(*project.table, spec, defaultClusteringOptions(Algorithm::Ward, 4, 3)), {}, {}, "ward");
        project.runs.back().segmentation.clustering.dendrogram.merges.front().b = 100000; // no such cluster
        saveProject(project, path);
        const Error e = requireError([&] { openProject(path); });
        QVERIFY2(contains(e.what(), "dendrogram is not a tree of its leaves"), e.what());
    }

    void reopenedRunsScoreAsTheOriginal()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("p.segscope")).toStdString();
        Project project = sampleProject();
        saveProject(project, path);
        const Project reopened = openProject(path);
        // The reopened model assigns every clustered customer (not an outlier) to its stored segment.
        for (const ProjectRun &run : reopened.runs) {
            const ScoredRows scored = scoreRows(scoringModel(*reopened.table, run.segmentation), *reopened.table);
            const Segmentation &s = run.segmentation;
            for (std::size_t i = 0; i < s.rows.size(); ++i)
                if (s.clustering.labels[i] >= 0)
                    QCOMPARE(scored.segments[s.rows[i]], s.clustering.labels[i]);
        }
        // Fitting the stored data with the stored spec and options gives identical segments.
        const Segmentation refit = fit(*reopened.table, reopened.runs[1].segmentation.spec,
                                       reopened.runs[1].segmentation.options, reopened.runs[1].segmentation.outliers);
        QCOMPARE(refit.clustering.labels, reopened.runs[1].segmentation.clustering.labels);
    }

    void runsAreAddedDeletedAndAnnotated()
    {
        Project project = sampleProject();
        QCOMPARE(project.currentRun, std::int64_t(2));
        QCOMPARE(project.current()->annotation, std::string("robust, \"why we chose this\""));
        QVERIFY(deleteRun(project, 2));
        QVERIFY(!deleteRun(project, 2));
        QCOMPARE(project.currentRun, std::int64_t(1));
        const std::int64_t id = addRun(project, project.runs[0].segmentation);
        QCOMPARE(id, std::int64_t(3)); // ids are never reused
        project.run(1)->annotation = "kept";
        QCOMPARE(project.runs[0].segmentKey(0), 3);
        QCOMPARE(project.runs[1].segmentKey(2), 2);
        Segmentation bad = project.runs[0].segmentation;
        bad.rows.back() = project.table->rowCount;
        QVERIFY(contains(requireError([&] { addRun(project, bad); }, ErrorKind::Usage).what(), "not ascending rows"));
    }

    void personalColumnsAndHashedIdsNeverReachTheFile()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("p.segscope")).toStdString();
        const Table original = sampleTable();
        Project project = sampleProject();
        saveProject(project, path);
        const Project reopened = openProject(path);
        // The e-mail column is recorded as personal and not stored; the file says so.
        QVERIFY(!reopened.table->find("email"));
        const auto email = std::find_if(reopened.columns.begin(), reopened.columns.end(),
                                        [](const ProjectColumn &c) { return c.name == "email"; });
        QVERIFY(email != reopened.columns.end());
        QVERIFY(email->personal && !email->stored);
        QVERIFY(email->role == ColumnRole::Personal);
        // Ids are hashes: SHA-256 of salt and id, 16 hex digits.
        const Column &ids = reopened.table->require("customer_id");
        const Column &clear = original.require("customer_id");
        const std::string salt("\x00\x11\x22\x33\x44\x55\x66\x77\x88\x99\xaa\xbb\xcc\xdd\xee\xff", 16);
        for (std::size_t r = 0; r < original.rowCount; ++r)
            QCOMPARE(ids.text[r], hashId(salt, clear.cellText(r)));
        QVERIFY(reopened.privacy.idsHashed);
        // Neither a clear id nor an e-mail address is anywhere in the file's bytes, nor in the
        // stored cells once decompressed.
        const std::string bytes = readAll(path);
        for (std::size_t r = 0; r < original.rowCount; ++r) {
            const std::string id = clear.cellText(r);
            QVERIFY2(!contains(bytes, id), id.c_str());
            const std::string &email = original.require("email").text[r];
            QVERIFY(email.empty() || !contains(bytes, email));
            for (const Column &c : reopened.table->columns)
                if (c.type == ColumnType::Identifier)
                    for (const std::string &cell : c.text)
                        QVERIFY(cell != id && !contains(cell, "@example.org"));
        }
        // The ids of the demo are "C" and digits: not hashed, they would be in the decompressed cells.
        QVERIFY(contains(clear.cellText(0), "C"));
    }

    void markingAColumnPersonalRemovesIt()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("p.segscope")).toStdString();
        Project project = sampleProject();
        QVERIFY(contains(requireError([&] { markPersonal(project, "revenue"); }, ErrorKind::Usage).what(),
                         "run 1 uses the column 'revenue'"));
        deleteRun(project, 1);
        deleteRun(project, 2);
        const std::string before = project.fingerprint;
        markPersonal(project, "revenue");
        QVERIFY(project.fingerprint != before);
        saveProject(project, path);
        const Project reopened = openProject(path);
        QVERIFY(!reopened.table->find("revenue"));
        QCOMPARE(reopened.fingerprint, project.fingerprint);
        const auto revenue = std::find_if(reopened.columns.begin(), reopened.columns.end(),
                                          [](const ProjectColumn &c) { return c.name == "revenue"; });
        QVERIFY(revenue->personal && !revenue->stored);
        // No feature can be made of it any more.
        const FeatureSpec spec = suggestFeatureSpec(*reopened.table, {"customer_id", "true_segment"});
        const std::vector<std::string> columns = spec.enabledColumns();
        QVERIFY(std::find(columns.begin(), columns.end(), "revenue") == columns.end());
    }

    void aSharedTableIsSharedWhenStoredAsItIs()
    {
        // A project made from a shared table holds that table when it stores every column
        // unchanged, and its own copy when it leaves a column out or hashes the ids; either way
        // the stored data and the fingerprint are those of the copying overload.
        Table plain = sampleTable();
        plain.columns.erase(plain.columns.begin() + plain.indexOf("email"));
        const auto shared = std::make_shared<const Table>(plain);
        const Project sharing = createProject(shared, {});
        QCOMPARE(sharing.table.get(), shared.get());
        QCOMPARE(sharing.fingerprint, createProject(plain, {}).fingerprint);

        const auto withPersonal = std::make_shared<const Table>(sampleTable());
        const Project copying = createProject(withPersonal, {});
        QVERIFY(copying.table.get() != withPersonal.get());
        QVERIFY(!copying.table->find("email"));
        QVERIFY(withPersonal->find("email")); // the shared table is never changed
        QCOMPARE(copying.fingerprint, createProject(sampleTable(), {}).fingerprint);

        ProjectImportOptions hashing;
        hashing.idColumn = "customer_id";
        hashing.hashIds = true;
        hashing.salt = "00112233445566778899aabbccddeeff";
        const Project hashed = createProject(shared, hashing);
        QVERIFY(hashed.table.get() != shared.get());
        QVERIFY(hashed.table->require("customer_id").cellText(0) != shared->require("customer_id").cellText(0));
    }

    // The explorer hashes ids as it reads the file, so that the window never shows them in clear;
    // the project it makes is the one hashing on creation makes, and the salt is its privacy's.
    void idsHashedAtImportMakeTheSameProject()
    {
        const std::string salt = "00112233445566778899aabbccddeeff";
        ProjectImportOptions hashing;
        hashing.idColumn = "customer_id";
        hashing.hashIds = true;
        hashing.salt = salt;
        const Project onCreation = createProject(sampleTable(), hashing);

        Table imported = sampleTable();
        hashTableIds(imported, "customer_id", salt);
        QCOMPARE(imported.properties.at(kIdSaltProperty), salt);
        QCOMPARE(imported.require("customer_id").cellText(0), onCreation.table->require("customer_id").cellText(0));
        ProjectImportOptions plain;
        plain.idColumn = "customer_id";
        const Project atImport = createProject(std::make_shared<const Table>(imported), plain);
        QVERIFY(atImport.privacy.idsHashed);
        QCOMPARE(atImport.privacy.salt, salt);
        QCOMPARE(atImport.fingerprint, onCreation.fingerprint);
        QCOMPARE(atImport.table->properties.count(kIdSaltProperty), std::size_t(0)); // kept once, as privacy

        // Hashing twice would make hashes of hashes; hashing needs the id column.
        QVERIFY(contains(requireError([&] { hashTableIds(imported, "customer_id"); }, ErrorKind::Usage).what(),
                         "salted hashes already"));
        Table other = sampleTable();
        QVERIFY(contains(requireError([&] { hashTableIds(other, "nope"); }, ErrorKind::Usage).what(),
                         "'nope' is not in the table"));
        QVERIFY(contains(requireError([&] { createProject(std::make_shared<const Table>(imported), {}); },
                                      ErrorKind::Usage)
                             .what(),
                         "name their id column"));
        // A new salt each time unless one is given: 16 random bytes.
        hashTableIds(other, "customer_id");
        QCOMPARE(other.properties.at(kIdSaltProperty).size(), std::size_t(32));
        QVERIFY(other.properties.at(kIdSaltProperty) != salt);
    }

    void aProjectStoresAtLeastOneColumn()
    {
        Table table = tableOf({numeric("spend", {1.0, 2.0})});
        table.columns[0].role = ColumnRole::Personal;
        QVERIFY(contains(requireError([&] { createProject(table, {}); }, ErrorKind::InvalidData).what(),
                         "every column is personal data: nothing is left to store in a project"));
    }

    void fingerprintFollowsContentAndSchema()
    {
        const Project a = createProject(sampleTable(), {});
        QCOMPARE(createProject(sampleTable(), {}).fingerprint, a.fingerprint);
        QCOMPARE(a.fingerprint.size(), std::size_t(16));
        Table changed = sampleTable();
        changed.columns[1].numbers[5] += 1.0;
        QVERIFY(createProject(changed, {}).fingerprint != a.fingerprint);
        Table renamed = sampleTable();
        renamed.columns[1].name = "sessions2";
        QVERIFY(createProject(renamed, {}).fingerprint != a.fingerprint);
    }

    void archivesRefuseNewerClassVersionsAndAbsurdLengths()
    {
        Project project = sampleProject();
        Segmentation s = project.runs[0].segmentation;
        s.warnings = {"MARKER-WARNING"};
        std::string bytes = saveSegmentationArchive(s);
        Segmentation back;
        loadSegmentationArchive(bytes, back, "p", "run 1 model");
        QCOMPARE(back.warnings, s.warnings);
        QCOMPARE(back.transform.features.size(), s.transform.features.size());
        // The text's length is the 8 bytes before it: a length of 2^62 is refused before allocating.
        const std::size_t at = bytes.find("MARKER-WARNING");
        QVERIFY(at != std::string::npos);
        std::string absurd = bytes;
        const std::uint64_t huge = std::uint64_t {1} << 62;
        std::memcpy(absurd.data() + at - 8, &huge, 8);
        QVERIFY(contains(requireError([&] { loadSegmentationArchive(absurd, back, "p", "run 1 model"); }, ErrorKind::Io)
                             .what(),
                         "p: the project file is damaged: run 1 model: a text length of 4611686018427387904 is more "
                         "than the archive can hold"));
        // Cut anywhere, the archive is an error, never a crash.
        for (std::size_t n = 0; n < bytes.size(); n += 7)
            QCOMPARE(requireError([&] { loadSegmentationArchive(bytes.substr(0, n), back, "p", "m"); }).kind(),
                     ErrorKind::Io);
        // A bool is one byte that must be 0 or 1 (fuzz_project found a 53 loaded into a bool): a
        // group's enabled flag follows its name and its 8-byte weight.
        FeatureSpec spec;
        spec.groups.push_back({"MARKER-GROUP", 1.0, true, {}});
        std::string specBytes = saveFeatureSpecArchive(spec);
        const std::size_t name = specBytes.find("MARKER-GROUP");
        QCOMPARE(int(specBytes[name + 12 + 8]), 1);
        specBytes[name + 12 + 8] = 53;
        QVERIFY(contains(requireError([&] { loadFeatureSpecArchive(specBytes, "p", "spec"); }, ErrorKind::Io).what(),
                         "p: the project file is damaged: spec: a group's enabled flag is 53, not 0 or 1"));
        // The spec archive round-trips on its own.
        QVERIFY(loadFeatureSpecArchive(saveFeatureSpecArchive(s.spec), "p", "spec") == s.spec);
    }

    void theFirstVersionFileKeepsOpening()
    {
        // tests/data/project_v1.segscope was written by format version 1 (sampleProject(), saved
        // by writeFixture below). Every later version must open it with the same content.
        const Project fixture = openProject(fixturePath());
        Project expected = sampleProject();
        QCOMPARE(fixture.runs.size(), std::size_t(2));
        QCOMPARE(fixture.savedByVersion, std::string("0.1.0"));
        // What does not depend on when and by which version it was made is identical.
        expected.createdAt = fixture.createdAt;
        expected.savedAt = fixture.savedAt;
        expected.savedByVersion = fixture.savedByVersion;
        for (std::size_t r = 0; r < expected.runs.size(); ++r) {
            expected.runs[r].createdAt = fixture.runs[r].createdAt;
            expected.runs[r].engineVersion = fixture.runs[r].engineVersion;
        }
        // The runs' segments come from the engine of version 1; later engines may segment
        // differently, so the runs are checked against themselves: the stored model assigns every
        // clustered customer to its stored segment.
        compareProjects(expected, fixture, false);
        for (const ProjectRun &run : fixture.runs) {
            const Segmentation &s = run.segmentation;
            QCOMPARE(s.rows.size(), std::size_t(300));
            QCOMPARE(s.clustering.clusterCount, requestedClusters(s.options));
            const ScoredRows scored = scoreRows(scoringModel(*fixture.table, s), *fixture.table);
            for (std::size_t i = 0; i < s.rows.size(); ++i)
                if (s.clustering.labels[i] >= 0)
                    QCOMPARE(scored.segments[s.rows[i]], s.clustering.labels[i]);
        }
        QCOMPARE(fixture.runs[1].segmentation.outliers.robustZ, 6.0);
        QVERIFY(fixture.runs[1].segmentation.spec.scaling == Scaling::Robust);
    }

    void writeFixture()
    {
        // Run with SEG_WRITE_PROJECT_FIXTURE=1 only when a new format version freezes the old one.
        if (!qEnvironmentVariableIsSet("SEG_WRITE_PROJECT_FIXTURE"))
            return;
        Project project = sampleProject();
        saveProject(project, fixturePath());
    }

    void writeFuzzSeed()
    {
        // SEG_WRITE_FUZZ_SEED=1 writes the fuzz_project seed that holds stored value models and a
        // k sweep (tests/fuzz/README.md).
        if (!qEnvironmentVariableIsSet("SEG_WRITE_FUZZ_SEED"))
            return;
        Project project = sampleProject();
        const Table demo = generateDemoData(200, 4);
        storeValueFits(project, valueModelFits(fitCustomerValue(demo, *findValueColumns(demo), TimeUnit::Week)));
        storeKSweep(project, {project.runs.front().segmentation.spec,
                              withClusters(project.runs.front().segmentation.options, 0),
                              {},
                              {{2, 40.5, 0.5}, {3, 30.25, 0.4}}});
        saveProject(project, std::string(SEG_TEST_DATA_DIR) + "/../fuzz/corpus/project/stored_models.segscope");
    }

    void autosaveGoesBesideTheProject()
    {
        QCOMPARE(autosavePath("/home/a/Q3 customers.segscope"), std::string("/home/a/.Q3 customers.segscope.autosave"));
        QCOMPARE(autosavePath("p.segscope"), std::string(".p.segscope.autosave"));
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "test_project.moc"
