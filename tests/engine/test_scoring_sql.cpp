// The scoring query (engine/score/scoring_sql.h) run by SQLite in-process: every customer gets
// the segment, distance, margin, confidence and anomaly flag that seg::scoreRows gives. The
// texts for the warehouses this machine cannot run (Spark, BigQuery; PostgreSQL runs in
// scripts/check-scoring-sql-postgresql.sh) are checked against golden files.

#include "engine/score/scoring_sql.h"

#include "engine/core/error.h"
#include "engine/core/random.h"
#include "engine/data/csv_reader.h"
#include "engine/demo/demo_data.h"
#include "engine/prep/feature_spec.h"
#include "tests/support/engine_fixtures.h"

#include <QTest>

#include <sqlite3.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>

using namespace seg;
using namespace seg::test;

namespace {

using Database = std::unique_ptr<sqlite3, decltype(&sqlite3_close)>;

Database openMemory()
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK)
        qFatal("sqlite3_open failed");
    return {db, &sqlite3_close};
}

void execute(sqlite3 *db, const std::string &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        const std::string why = message ? message : "?";
        sqlite3_free(message);
        QFAIL(qPrintable(QString::fromStdString("SQLite: " + why)));
    }
}

std::string quoted(const std::string &name) { return "\"" + name + "\""; }

/// Loads `table` into SQLite table `name` with typed cells, as a warehouse holds them: numbers
/// REAL, booleans 0/1, categories TEXT, missing cells NULL.
/// Creates table `name` with untyped `columns` and begins a transaction: the statement that
/// inserts one row (finish with finishLoad).
sqlite3_stmt *startLoad(sqlite3 *db, const std::string &name, const std::vector<std::string> &columns)
{
    std::string names, marks;
    for (const std::string &c : columns) {
        names += (names.empty() ? "" : ", ") + quoted(c);
        marks += marks.empty() ? "?" : ", ?";
    }
    execute(db, "CREATE TABLE " + quoted(name) + " (" + names + "); BEGIN");
    sqlite3_stmt *insert = nullptr;
    const std::string sql = "INSERT INTO " + quoted(name) + " VALUES (" + marks + ")";
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &insert, nullptr) != SQLITE_OK)
        qFatal("cannot prepare the insert: %s", sqlite3_errmsg(db));
    return insert;
}

void insertRow(sqlite3 *db, sqlite3_stmt *insert)
{
    if (sqlite3_step(insert) != SQLITE_DONE)
        qFatal("cannot insert: %s", sqlite3_errmsg(db));
    sqlite3_reset(insert);
}

void finishLoad(sqlite3 *db, sqlite3_stmt *insert)
{
    sqlite3_finalize(insert);
    execute(db, "COMMIT");
}

/// Loads `table` into SQLite table `name` with typed cells, as a warehouse holds them: numbers
/// REAL, booleans 0/1, categories and dates TEXT, missing cells NULL.
void loadTyped(sqlite3 *db, const Table &table, const std::string &name)
{
    std::vector<std::string> columns;
    for (const Column &c : table.columns)
        columns.push_back(c.name);
    sqlite3_stmt *insert = startLoad(db, name, columns);
    for (std::size_t r = 0; r < table.rowCount; ++r) {
        for (std::size_t j = 0; j < table.columns.size(); ++j) {
            const Column &c = table.columns[j];
            const int at = static_cast<int>(j) + 1;
            if (c.isMissing(r))
                sqlite3_bind_null(insert, at);
            else if (c.type == ColumnType::Categorical || c.type == ColumnType::Identifier || c.type == ColumnType::Date)
                sqlite3_bind_text(insert, at, c.cellText(r).c_str(), -1, SQLITE_TRANSIENT);
            else
                sqlite3_bind_double(insert, at, c.numbers[r]);
        }
        insertRow(db, insert);
    }
    finishLoad(db, insert);
}

/// Loads CSV text (no quoting) into SQLite as a CSV import does: every cell TEXT, '' when empty.
void loadText(sqlite3 *db, const std::string &csv, const std::string &name)
{
    std::istringstream lines(csv);
    std::string line;
    std::getline(lines, line);
    const auto split = [](const std::string &text) {
        std::vector<std::string> cells;
        std::string cell;
        std::istringstream in(text);
        while (std::getline(in, cell, ','))
            cells.push_back(cell);
        if (!text.empty() && text.back() == ',')
            cells.emplace_back();
        return cells;
    };
    const std::vector<std::string> header = split(line);
    sqlite3_stmt *insert = startLoad(db, name, header);
    while (std::getline(lines, line)) {
        const std::vector<std::string> cells = split(line);
        QCOMPARE(cells.size(), header.size());
        for (std::size_t j = 0; j < cells.size(); ++j)
            sqlite3_bind_text(insert, static_cast<int>(j) + 1, cells[j].c_str(), -1, SQLITE_TRANSIENT);
        insertRow(db, insert);
    }
    finishLoad(db, insert);
}

struct SqlRow
{
    std::string id;
    int segment = -1;
    std::string name;
    double distance = 0.0, margin = 0.0, confidence = 0.0;
    int anomaly = 0;
};

std::vector<SqlRow> query(sqlite3 *db, const std::string &sql)
{
    sqlite3_stmt *statement = nullptr;
    const int prepared = sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr);
    if (prepared != SQLITE_OK)
        qFatal("the scoring query does not prepare: %s", sqlite3_errmsg(db));
    const auto real = [&](int column) {
        return sqlite3_column_type(statement, column) == SQLITE_NULL ? std::nan("")
                                                                      : sqlite3_column_double(statement, column);
    };
    std::vector<SqlRow> rows;
    int step = 0;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        SqlRow row;
        row.id = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
        row.segment = sqlite3_column_int(statement, 1);
        row.name = reinterpret_cast<const char *>(sqlite3_column_text(statement, 2));
        row.distance = real(3);
        row.margin = real(4);
        row.confidence = real(5);
        row.anomaly = sqlite3_column_int(statement, 6);
        rows.push_back(std::move(row));
    }
    if (step != SQLITE_DONE)
        qFatal("the scoring query fails: %s", sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    return rows;
}

bool near(double a, double b, double tolerance = 1e-9)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return std::abs(a - b) <= tolerance * std::max(1.0, std::abs(b));
}

/// Compares the query's rows with the engine's scores of `table`, row by row. Rounding may part
/// the two only where a customer is within rounding of two segments, or of a distance limit:
/// those rows are counted in `ties` and must be rare.
void compareWithEngine(const std::vector<SqlRow> &rows, const ScoringModel &model, const Table &table,
                       const std::string &idColumn, std::size_t &ties)
{
    const ScoredRows scored = scoreRows(model, table);
    QCOMPARE(rows.size(), std::size_t(table.rowCount));
    const Column &ids = *table.find(idColumn);
    const bool mixture = std::holds_alternative<GaussianMixtureModel>(model.model);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const SqlRow &row = rows[i];
        QCOMPARE(row.id, ids.cellText(i));
        const bool tie = mixture ? scored.confidences[i] < 0.5 + 1e-9 : scored.margins[i] < 1e-9;
        if (row.segment != scored.segments[i]) {
            QVERIFY2(tie, qPrintable(QStringLiteral("row %1: SQL segment %2, engine %3")
                                         .arg(i).arg(row.segment).arg(scored.segments[i])));
            ++ties;
            continue;
        }
        const auto s = std::size_t(row.segment);
        QCOMPARE(row.name, model.names[s]);
        QVERIFY2(near(row.distance, scored.distances[i]),
                 qPrintable(QStringLiteral("row %1: distance %2 against %3").arg(i).arg(row.distance).arg(scored.distances[i])));
        QVERIFY2(near(row.margin, scored.margins[i], 1e-8), qPrintable(QStringLiteral("row %1: margin").arg(i)));
        QVERIFY2(near(row.confidence, scored.confidences[i], 1e-8),
                 qPrintable(QStringLiteral("row %1: confidence %2 against %3").arg(i).arg(row.confidence).arg(scored.confidences[i])));
        if (row.anomaly != (scored.flags[i] != 0 ? 1 : 0)) {
            QVERIFY2(near(scored.distances[i], model.distanceLimits[s]),
                     qPrintable(QStringLiteral("row %1: SQL anomaly %2, engine flags %3")
                                    .arg(i).arg(row.anomaly).arg(int(scored.flags[i]))));
            ++ties;
        }
    }
}

std::vector<std::string> segmentNames(int k)
{
    std::vector<std::string> names;
    for (int s = 0; s < k; ++s)
        names.push_back("Segment " + std::to_string(s + 1) + (s == 1 ? " (\"loyal\" o'neills)" : ""));
    return names;
}

/// Customers as CSV text with every kind of cell the query reads: a skewed amount with missing
/// cells (log1p), a count with a long tail (winsorized), a sign-up date (some with a time of
/// day), a yes/no flag, and a channel with more levels than get features of their own. With
/// `novel`, channels the training never saw and amounts beyond its range appear too.
std::string customersCsv(std::size_t rows, std::uint64_t seed, bool novel)
{
    Rng rng(seed);
    const std::vector<std::string> channels {"web", "app", "store", "phone", "partner", "mail"};
    std::ostringstream out;
    out << "customer_id,spend,visits,signup,member,channel\n";
    for (std::size_t i = 0; i < rows; ++i) {
        const int group = static_cast<int>(rng.uniform() * 3.0);
        out << (novel ? "N" : "T") << i << ',';
        if (rng.uniform() < 0.05)
            out << "";
        else
            out << std::exp(2.0 + 1.5 * group + rng.normal() * 0.6) * (novel && rng.uniform() < 0.01 ? 50.0 : 1.0);
        out << ',' << static_cast<int>(std::floor(std::exp(rng.normal() * 0.8 + group))) << ',';
        const int day = 1 + static_cast<int>(rng.uniform() * 28.0), month = 1 + group * 3 + static_cast<int>(rng.uniform() * 3.0);
        if (rng.uniform() >= 0.03) {
            char date[32];
            std::snprintf(date, sizeof date, "2023-%02d-%02d", month, day);
            out << date;
            if (rng.uniform() < 0.2)
                out << ' ' << 10 + group << ":30:00";
        }
        out << ',' << (rng.uniform() < 0.04 ? "" : (rng.uniform() < 0.3 + 0.2 * group ? "yes" : "no")) << ',';
        if (novel && rng.uniform() < 0.02)
            out << "kiosk";
        else if (rng.uniform() >= 0.03)
            out << channels[std::min<std::size_t>(channels.size() - 1, static_cast<std::size_t>(
                                                                        std::abs(rng.normal()) * 1.5 + group))];
        out << '\n';
    }
    return out.str();
}

FeatureSpec everyKindOfFeature()
{
    FeatureSpec spec;
    spec.maxOneHotLevels = 3;
    spec.groups.push_back(FeatureGroup {"purchasing", 1.5, true,
                                        {{"spend", Transform::Log1p, 1.0}, {"visits", Transform::Winsorize, 2.0}}});
    spec.groups.push_back(FeatureGroup {"profile", 1.0, true,
                                        {{"signup", Transform::None, 1.0},
                                         {"member", Transform::None, 1.0},
                                         {"channel", Transform::None, 0.5}}});
    return spec;
}

FittedFeature feature(const std::string &name, const std::string &column, const std::string &group)
{
    FittedFeature f;
    f.name = name;
    f.column = column;
    f.group = group;
    return f;
}

std::string goldenPath(const std::string &name) { return std::string(SEG_TEST_DATA_DIR) + "/scoring_sql/" + name; }

} // namespace

class TestScoringSql : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every kind of feature and cell, as text the way a CSV import leaves it in SQLite: missing
    // cells '', dates as text, yes/no flags, unseen channels, amounts beyond the range.
    void queryScoresAsTheEngineDoes_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<int>("covariance");
        QTest::newRow("kmeans") << int(Algorithm::KMeans) << 0;
        QTest::newRow("ward") << int(Algorithm::Ward) << 0;
        QTest::newRow("gmm diagonal") << int(Algorithm::GaussianMixture) << int(CovarianceType::Diagonal);
        QTest::newRow("gmm full") << int(Algorithm::GaussianMixture) << int(CovarianceType::Full);
    }
    void queryScoresAsTheEngineDoes()
    {
        QFETCH(int, algorithm);
        QFETCH(int, covariance);
        const Table training = parseCsv(customersCsv(1500, 11, false), "train.csv");
        ClusteringOptions options = defaultClusteringOptions(Algorithm(algorithm), 4, 5);
        if (auto *gmm = std::get_if<GaussianMixtureOptions>(&options))
            gmm->covariance = CovarianceType(covariance);
        const Segmentation run = fit(training, everyKindOfFeature(), options);
        const ScoringModel model = scoringModel(training, run, segmentNames(4));
        // The features: log1p spend, winsorized visits, days before the newest sign-up, the
        // flag, and the channel's three commonest levels plus the pooled rest.
        QCOMPARE(model.transform.dimension(), std::size_t(8));

        const std::string fresh = customersCsv(4000, 12, true);
        CsvOptions csv;
        for (const ScoringColumn &c : model.columns)
            csv.columnTypes[c.name] = c.type == ColumnType::Integer ? ColumnType::Real : c.type;
        const Table table = parseCsv(fresh, "new.csv", csv);
        Database db = openMemory();
        loadText(db.get(), fresh, "new customers");
        const std::string sql = scoringSql(model, {SqlDialect::Sqlite, "new customers", "customer_id", {"a test"}});
        QVERIFY(sql.starts_with("-- a test\nWITH "));
        std::size_t ties = 0;
        compareWithEngine(query(db.get(), sql), model, table, "customer_id", ties);
        QVERIFY2(ties <= 2, qPrintable(QStringLiteral("%1 rows part on rounding").arg(ties)));
        // The case exercises what it means to: flags of every kind, and missing cells.
        const ScoredRows scored = scoreRows(model, table);
        std::uint8_t kinds = 0;
        for (const std::uint8_t f : scored.flags)
            kinds |= f;
        QCOMPARE(int(kinds), int(kFarFromSegment | kUnseenCategory | kOutsideRange));
    }

    // The measure: 100,000 customers, typed cells with NULLs, a k-means and a mixture run.
    void hundredThousandCustomers_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::newRow("kmeans") << int(Algorithm::KMeans);
        QTest::newRow("gmm") << int(Algorithm::GaussianMixture);
    }
    void hundredThousandCustomers()
    {
        QFETCH(int, algorithm);
        const Table training = generateDemoData(5000, 4);
        const FeatureSpec spec = suggestFeatureSpec(training, {"customer_id", "true_segment"});
        const Segmentation run = fit(training, spec, defaultClusteringOptions(Algorithm(algorithm), 6, 3));
        const ScoringModel model = scoringModel(training, run, segmentNames(6));
        const Table customers = generateDemoData(100000, 9);
        Database db = openMemory();
        loadTyped(db.get(), customers, "customers");
        std::size_t ties = 0;
        compareWithEngine(query(db.get(), scoringSql(model, {SqlDialect::Sqlite, "customers", "customer_id", {}})),
                          model, customers, "customer_id", ties);
        QVERIFY2(ties <= 5, qPrintable(QStringLiteral("%1 rows part on rounding").arg(ties)));
    }

    // A run with one segment: everyone in it, confidence 1, no margin.
    void oneSegment()
    {
        const Table training = parseCsv(customersCsv(200, 3, false), "train.csv");
        const Segmentation run = fit(training, everyKindOfFeature(), defaultClusteringOptions(Algorithm::KMeans, 1, 1));
        const ScoringModel model = scoringModel(training, run, {"Everyone"});
        Database db = openMemory();
        const std::string csv = customersCsv(300, 4, false);
        loadText(db.get(), csv, "c");
        const std::vector<SqlRow> rows = query(db.get(), scoringSql(model, {SqlDialect::Sqlite, "c", "customer_id", {}}));
        QCOMPARE(rows.size(), std::size_t(300));
        for (const SqlRow &row : rows) {
            QCOMPARE(row.segment, 0);
            QCOMPARE(row.name, std::string("Everyone"));
            QCOMPARE(row.confidence, 1.0);
            QVERIFY(std::isnan(row.margin));
        }
    }

    // The texts for the other warehouses, against golden files: a small model with every kind
    // of feature, built by hand so that the files change only when the query does. Run with
    // SEG_UPDATE_GOLDEN=1 to write them again (and read the difference before committing).
    void dialectTextsMatchGoldenFiles_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<QString>("file");
        for (const SqlDialect d : {SqlDialect::Sqlite, SqlDialect::PostgreSql, SqlDialect::Spark, SqlDialect::BigQuery}) {
            const QString name = QString::fromUtf8(toString(d).data(), qsizetype(toString(d).size()));
            QTest::newRow(qPrintable(name + QStringLiteral(" kmeans"))) << int(d) << int(Algorithm::KMeans) << name + QStringLiteral("_kmeans.sql");
            QTest::newRow(qPrintable(name + QStringLiteral(" gmm"))) << int(d) << int(Algorithm::GaussianMixture) << name + QStringLiteral("_gmm.sql");
        }
    }
    void dialectTextsMatchGoldenFiles()
    {
        QFETCH(int, dialect);
        QFETCH(int, algorithm);
        QFETCH(QString, file);
        ScoringModel model;
        FittedFeature spend = feature("spend", "spend", "purchasing");
        spend.transform = Transform::Log1p;
        spend.fill = 42.5;
        spend.center = 3.25;
        spend.scale = 1.5;
        spend.weight = 2.0;
        FittedFeature visits = feature("visits", "visits", "purchasing");
        visits.transform = Transform::Winsorize;
        visits.clipLow = 1.0;
        visits.clipHigh = 30.0;
        visits.fill = 4.0;
        visits.center = 6.0;
        visits.scale = 5.0;
        FittedFeature signup = feature("signup", "signup", "profile");
        signup.fromDate = true;
        signup.referenceDay = 19700.0;
        signup.fill = 120.0;
        signup.center = 150.0;
        signup.scale = 90.0;
        FittedFeature web = feature("channel=web", "channel", "profile");
        web.oneHot = true;
        web.levels = {"web"};
        web.fill = 1.0;
        FittedFeature other = feature("channel=other", "channel", "profile");
        other.oneHot = true;
        other.pooled = true;
        other.levels = {"it's \"quoted\""};
        model.transform.features = {spend, visits, signup, web, other};
        ScoringColumn spendColumn {"spend", ColumnType::Real, 0.0, 5000.0, true, {}};
        ScoringColumn visitsColumn {"visits", ColumnType::Integer, 0.0, 90.0, true, {}};
        ScoringColumn signupColumn {"signup", ColumnType::Date, 0.0, 0.0, false, {}};
        ScoringColumn channelColumn {"channel", ColumnType::Categorical, 0.0, 0.0, false, {"web", "it's \"quoted\"", "app"}};
        model.columns = {spendColumn, visitsColumn, signupColumn, channelColumn};
        model.segments = 2;
        model.names = {"Big spenders", "O'Brien's \"bargain\" hunters"};
        model.distanceLimits = {2.5, 3.75};
        const Matrix centres = matrixOf({{0.5, -1.0, 0.25, 1.0, 0.0}, {-0.75, 0.5, -0.5, 0.0, 1.0}});
        if (Algorithm(algorithm) == Algorithm::KMeans) {
            model.model = NearestCentroidModel {centres};
        } else {
            GaussianMixtureModel gmm;
            gmm.covariance = CovarianceType::Full;
            gmm.weights = {0.75, 0.25};
            gmm.means = centres;
            gmm.covariances = Matrix::Zero(10, 5);
            for (Eigen::Index c = 0; c < 2; ++c)
                for (Eigen::Index i = 0; i < 5; ++i) {
                    gmm.covariances(c * 5 + i, i) = 1.0 + 0.5 * double(i + c);
                    if (i > 0)
                        gmm.covariances(c * 5 + i, i - 1) = gmm.covariances(c * 5 + i - 1, i) = 0.25;
                }
            model.model = gmm;
        }
        const std::string sql = scoringSql(model, {SqlDialect(dialect), "analytics.customers", "customer_id",
                                                   {"golden file of tests/engine/test_scoring_sql.cpp"}});
        const std::string path = goldenPath(file.toStdString());
        if (qEnvironmentVariableIsSet("SEG_UPDATE_GOLDEN")) {
            std::ofstream(path, std::ios::binary) << sql;
            QSKIP("golden file written");
        }
        QCOMPARE(QString::fromStdString(sql), QString::fromStdString(readAll(path)));
    }

    void densityRunsAndBadNamesAreRefused()
    {
        ScoringModel model;
        model.model = CorePointModel {};
        const Error density = expectError([&] { scoringSql(model, {SqlDialect::Sqlite, "t", "id", {}}); });
        QCOMPARE(density.kind(), ErrorKind::Usage);
        QVERIFY(contains(density.what(), "DBSCAN"));
        model.model = NearestCentroidModel {matrixOf({{0.0}})};
        QVERIFY(contains(expectError([&] { scoringSql(model, {SqlDialect::Sqlite, "", "id", {}}); }).what(), "table"));
        QVERIFY(contains(expectError([&] { scoringSql(model, {SqlDialect::Sqlite, "t", "", {}}); }).what(), "identifies"));
        QVERIFY(parseSqlDialect("postgres") == SqlDialect::PostgreSql);
        QVERIFY(contains(expectError([] { parseSqlDialect("oracle"); }).what(), "sqlite, postgresql, spark and bigquery"));
    }

    // Names are quoted as each dialect quotes them, so no name can end the identifier early, and
    // a line break cannot end a comment: nothing in a name runs as SQL.
    void namesCannotEscape()
    {
        const std::string column = "a\"b`c\nDROP TABLE t; --";
        ScoringModel model;
        model.model = NearestCentroidModel {matrixOf({{0.0}})};
        model.transform.features = {feature(column, column, "g")};
        model.columns = {ScoringColumn {column, ColumnType::Real, 0.0, 0.0, false, {}}};
        model.names = {""};
        model.distanceLimits = {1.0};
        model.segments = 1;
        const auto text = [&](SqlDialect d, const std::string &table) {
            return scoringSql(model, {d, table, "id", {"scores " + table}});
        };
        QVERIFY(contains(text(SqlDialect::PostgreSql, "s.t"), "\"a\"\"b`c\nDROP TABLE t; --\""));
        QVERIFY(contains(text(SqlDialect::PostgreSql, "s.t"), "FROM \"s\".\"t\""));
        QVERIFY(contains(text(SqlDialect::Spark, "t"), "`a\"b``c\nDROP TABLE t; --`"));
        QVERIFY(contains(text(SqlDialect::BigQuery, "p.d.t"), "`a\"b\\`c\nDROP TABLE t; --`"));
        QVERIFY(contains(text(SqlDialect::BigQuery, "p.d.t"), "FROM `p`.`d`.`t`"));
        QVERIFY(contains(text(SqlDialect::Sqlite, "t"), "    -- a\"b`c DROP TABLE t; --\n"));
        // Run by SQLite: the column reads, and the line break of the comment ran nothing.
        Database db = openMemory();
        execute(db.get(), "CREATE TABLE t (id, \"a\"\"b`c\nDROP TABLE t; --\"); INSERT INTO t VALUES ('c1', 2.5)");
        const std::vector<SqlRow> rows
            = query(db.get(), scoringSql(model, {SqlDialect::Sqlite, "t", "id", {"scores t\nDROP TABLE t;"}}));
        QCOMPARE(rows.size(), std::size_t(1));
        QCOMPARE(rows[0].distance, 2.5);
        QCOMPARE(rows[0].anomaly, 1); // beyond the limit 1
        QCOMPARE(query(db.get(), scoringSql(model, {SqlDialect::Sqlite, "t", "id", {}})).size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestScoringSql)
#include "test_scoring_sql.moc"
