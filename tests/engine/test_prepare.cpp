// Data preparation: transforms, imputation, scaling, one-hot encoding, weights, and the fitted
// transform applied to new rows.

#include "engine/core/error.h"
#include "engine/core/parallel.h"
#include "engine/core/random.h"
#include "engine/prep/prepare.h"
#include "tests/support/engine_fixtures.h"

#include <QTest>

#include <cmath>

using namespace seg;
using namespace seg::test;

namespace {

FeatureSpec specOf(std::vector<FeatureColumn> columns, Scaling scaling = Scaling::None,
                   Imputation imputation = Imputation::Median)
{
    FeatureSpec spec;
    spec.scaling = scaling;
    spec.imputation = imputation;
    spec.groups.push_back(FeatureGroup {"g", 1.0, true, std::move(columns)});
    return spec;
}

FeatureSpec specOf(const std::string &column, Scaling scaling = Scaling::None,
                   Imputation imputation = Imputation::Median, Transform transform = Transform::None)
{
    return specOf(std::vector<FeatureColumn> {{column, transform, 1.0}}, scaling, imputation);
}

std::vector<double> columnOf(const Matrix &x, Eigen::Index j)
{
    std::vector<double> out;
    for (Eigen::Index i = 0; i < x.rows(); ++i)
        out.push_back(x(i, j));
    return out;
}

bool allClose(const std::vector<double> &a, const std::vector<double> &b, double tol = 1e-12)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!close(a[i], b[i], tol))
            return false;
    return true;
}

bool hasWarning(const PreparedData &p, const std::string &part)
{
    for (const std::string &w : p.warnings)
        if (contains(w, part))
            return true;
    return false;
}

// Matrices equal to the last bit.
bool identical(const Matrix &a, const Matrix &b)
{
    if (a.rows() != b.rows() || a.cols() != b.cols())
        return false;
    for (Eigen::Index i = 0; i < a.rows(); ++i)
        for (Eigen::Index j = 0; j < a.cols(); ++j)
            if (!(a(i, j) == b(i, j)))
                return false;
    return true;
}

// A table mixing every column type, missing cells included.
Table mixedTable()
{
    return tableOf({
        numeric("sessions", {3, 8, NAN, 1, 12, 5, 7, 2}, ColumnType::Integer),
        numeric("revenue", {0, 120.5, 33, NAN, 980, 12, 0, 45}),
        numeric("minutes", {1.5, 2.5, 3.5, 40, 4.5, 5.5, NAN, 6.5}),
        numeric("member", {1, 0, 1, 1, NAN, 0, 0, 1}, ColumnType::Boolean),
        numeric("last_order", {19000, 19010, 18990, NAN, 19020, 19005, 18900, 19015}, ColumnType::Date),
        categorical("region", {"north", "south", "east", "west"}, {0, 1, 0, 2, -1, 3, 0, 1}),
    });
}

FeatureSpec mixedSpec(Scaling scaling, Imputation imputation)
{
    FeatureSpec spec;
    spec.scaling = scaling;
    spec.imputation = imputation;
    spec.maxOneHotLevels = 2;
    spec.winsorizeLower = 0.1;
    spec.winsorizeUpper = 0.9;
    spec.groups.push_back(
        FeatureGroup {"engagement",
                      2.0,
                      true,
                      {{"sessions", Transform::None, 1.0}, {"minutes", Transform::Winsorize, 0.5}}});
    spec.groups.push_back(FeatureGroup {"purchasing", 1.0, true, {{"revenue", Transform::Log1p, 3.0}}});
    spec.groups.push_back(FeatureGroup {
        "loyalty", 1.0, true, {{"member", Transform::None, 1.0}, {"last_order", Transform::None, 1.0}}});
    spec.groups.push_back(FeatureGroup {"profile", 1.5, true, {{"region", Transform::None, 1.0}}});
    return spec;
}

} // namespace

class TestPrepare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zScoreUsesPopulationStdDev()
    {
        // sklearn.preprocessing.StandardScaler().fit_transform([[1],[2],[4],[7],[11],[16]]) (sklearn 1.2.1):
        // mean 6.8333..., scale 5.27309734 (ddof = 0).
        const Table t = tableOf({numeric("x", {1, 2, 4, 7, 11, 16})});
        const PreparedData p = prepare(t, specOf("x", Scaling::ZScore));
        QVERIFY(allClose(columnOf(p.x, 0),
                         {-1.1062441971717742, -0.9166023347994702, -0.5373186100548618, 0.031606977062050755,
                          0.7901744265512675, 1.7383837384127885}));
        QVERIFY(close(p.transform.features[0].center, 41.0 / 6.0));
        // Hand-computed: sum of squared deviations 166.8333 / 6.
        QVERIFY(close(p.transform.features[0].scale, std::sqrt((1001.0 / 6.0) / 6.0)));
        QVERIFY(p.warnings.empty());
    }

    // A feature whose name says it holds a sensitive attribute is named in a warning, once;
    // other columns and columns left out are not.
    void sensitiveAttributesAreWarnedAbout()
    {
        const Table t = tableOf({numeric("age", {20, 35, 50, 65}), numeric("page_views", {1, 5, 2, 8}),
                                 categorical("Gender", {"f", "m"}, {0, 1, 1, 0}), numeric("health_score", {1, 2, 3, 4})});
        FeatureSpec spec;
        spec.groups.push_back(FeatureGroup {"profile", 1.0, true, {{"age"}, {"page_views"}, {"Gender"}}});
        const PreparedData p = prepare(t, spec);
        QCOMPARE(p.warnings.size(), std::size_t(2));
        QVERIFY2(p.warnings[0].starts_with("column 'age' looks like a sensitive attribute (age): segments that use it "
                                           "treat customers differently by it"),
                 p.warnings[0].c_str());
        QVERIFY(p.warnings[1].starts_with("column 'Gender' looks like a sensitive attribute (gender)"));
    }

    void robustUsesMedianAndInterquartileRange()
    {
        // sklearn.preprocessing.RobustScaler() on the same column: center 5.5, scale 7.5
        // (numpy linear percentiles: q25 = 2 + 0.25*(4-2) = 2.5, q75 = 7 + 0.75*(11-7) = 10).
        const Table t = tableOf({numeric("x", {1, 2, 4, 7, 11, 16})});
        const PreparedData p = prepare(t, specOf("x", Scaling::Robust));
        QCOMPARE(p.transform.features[0].center, 5.5);
        QCOMPARE(p.transform.features[0].scale, 7.5);
        QVERIFY(allClose(columnOf(p.x, 0), {-0.6, -0.4666666666666667, -0.2, 0.2, 0.7333333333333333, 1.4}));
    }

    void robustFallsBackToStdDevWhenIqrIsZero()
    {
        // Seven zeros and one 8: IQR 0; population std = sqrt(E[x^2] - mean^2) = sqrt(8 - 1).
        const Table t = tableOf({numeric("x", {0, 0, 0, 0, 0, 0, 0, 8})});
        const PreparedData p = prepare(t, specOf("x", Scaling::Robust));
        QCOMPARE(p.transform.features[0].center, 0.0);
        QVERIFY(close(p.transform.features[0].scale, std::sqrt(7.0)));
        QVERIFY(hasWarning(p, "interquartile range is 0"));
    }

    void minMaxMapsToUnitInterval()
    {
        // sklearn.preprocessing.MinMaxScaler() on the same column.
        const Table t = tableOf({numeric("x", {1, 2, 4, 7, 11, 16})});
        const PreparedData p = prepare(t, specOf("x", Scaling::MinMax));
        QVERIFY(allClose(columnOf(p.x, 0), {0.0, 0.06666666666666667, 0.2, 0.4, 0.6666666666666666, 1.0}));
    }

    void noScalingKeepsValues()
    {
        const Table t = tableOf({numeric("x", {1, 2, 4, 7, 11, 16})});
        const PreparedData p = prepare(t, specOf("x", Scaling::None));
        QCOMPARE(columnOf(p.x, 0), (std::vector<double> {1, 2, 4, 7, 11, 16}));
    }

    void log1pTransform()
    {
        const double e = std::exp(1.0);
        const Table t = tableOf({numeric("spend", {0, e - 1, e * e - 1, NAN})});
        const PreparedData p
            = prepare(t, specOf("spend", Scaling::None, Imputation::Median, Transform::Log1p));
        // Missing cell: median of {0, e-1, e^2-1} = e-1 -> log1p = 1.
        QVERIFY(allClose(columnOf(p.x, 0), {0.0, 1.0, 2.0, 1.0}, 1e-15));
        QVERIFY(close(p.transform.features[0].fill, e - 1));
    }

    void numbersWithTextCellsAreRejected()
    {
        // "spend" was read as text because two cells are not numbers: clustering on its
        // one-hot levels would be nonsense, so the cells are named. Two blank lines in the
        // source shift the spreadsheet rows of data rows 3 and later by two.
        Table t = tableOf({categorical("spend", {"10", "12.5", "unknown", "15", "n/a"}, {0, 1, 2, 3, 4, 0, 1})});
        t.rowNumberJumps = {{0, 2}, {3, 7}};
        const Error err = expectError([&] { prepare(t, specOf("spend", Scaling::ZScore, Imputation::Median)); });
        QCOMPARE(err.kind(), ErrorKind::InvalidData);
        QCOMPARE(err.where().column, std::string("spend"));
        QCOMPARE(err.where().row, std::int64_t {4});
        QVERIFY2(contains(err.detail(), "2 of 7 cells are not: row 4 'unknown', row 8 'n/a'"), err.what());

        // A real categorical column with one numeric-looking level is fine.
        const Table tiers = tableOf({categorical("tier", {"gold", "silver", "3"}, {0, 1, 2, 0, 1})});
        QCOMPARE(prepare(tiers, specOf("tier", Scaling::None, Imputation::Mode)).x.cols(), Eigen::Index {3});
    }

    void log1pRejectsNegativeValues()
    {
        const Table t = tableOf({numeric("balance", {4, 0, -2, -5})});
        const Error err = expectError(
            [&] { prepare(t, specOf("balance", Scaling::ZScore, Imputation::Median, Transform::Log1p)); });
        QCOMPARE(err.kind(), ErrorKind::InvalidData);
        QCOMPARE(err.where().column, std::string("balance"));
        QCOMPARE(err.where().row, std::int64_t {4}); // table row 2 = spreadsheet row 4 (header is row 1)
        QVERIFY(contains(err.detail(), "-2"));
        QVERIFY(contains(err.what(), "customers.csv"));

        // New rows are checked the same way.
        const Table train = tableOf({numeric("balance", {4, 0, 2, 5})});
        const PreparedData p
            = prepare(train, specOf("balance", Scaling::ZScore, Imputation::Median, Transform::Log1p));
        const Table fresh = tableOf({numeric("balance", {1, -0.5})});
        const Error applied = expectError([&] { p.transform.apply(fresh); });
        QCOMPARE(applied.where().row, std::int64_t {3});
    }

    void valuesBeyondTheRangeAreRejected_data()
    {
        QTest::addColumn<int>("scaling");
        for (Scaling scaling : {Scaling::None, Scaling::ZScore, Scaling::Robust, Scaling::MinMax})
            QTest::newRow(toString(scaling).data()) << int(scaling);
    }

    void valuesBeyondTheRangeAreRejected()
    {
        // 1e308 is a finite double, but its square is not: before the check it gave infinite
        // distances and a null inertia with no scaling, and a message about "row 1 of the feature
        // matrix" with z-scores. Now the first cell beyond ±1e100 is named by column and row
        // (the spreadsheet row: index 2 plus the header row and one blank line).
        QFETCH(int, scaling);
        Table t = tableOf({numeric("visits", {1, 2, 3, 4, 5}), numeric("spend", {1, 2, -1e308, 1.5e308, 3})});
        t.rowNumberJumps = {{0, 2}, {2, 5}};
        const std::vector<FeatureColumn> both {{"visits", Transform::None, 1.0}, {"spend", Transform::None, 1.0}};
        const Error err = expectError([&] { prepare(t, specOf(both, Scaling(scaling))); });
        QCOMPARE(err.kind(), ErrorKind::InvalidData);
        QCOMPARE(err.where().column, std::string("spend"));
        QCOMPARE(err.where().row, std::int64_t {5});
        QCOMPARE(err.detail(), std::string("the value -1e+308 is too large to cluster: feature values must lie "
                                           "within ±1e+100 so that squared distances stay finite; correct the "
                                           "value, or give the column in larger units (thousands, millions)"));

        // The limit itself is allowed, and then every prepared value and squared distance is finite.
        Table edge = tableOf({numeric("visits", {1, 2, 3, 4, 5}), numeric("spend", {1, 2, -1e100, 1e100, 3})});
        FeatureSpec heavy = specOf(both, Scaling(scaling));
        heavy.groups[0].weight = kMaxWeight;
        heavy.groups[0].columns[1].weight = kMaxWeight;
        const PreparedData p = prepare(edge, heavy);
        QVERIFY(p.x.allFinite());
        QVERIFY(p.x.cwiseAbs().maxCoeff() <= kMaxModelMagnitude);
        QVERIFY(std::isfinite((p.x.row(2) - p.x.row(3)).squaredNorm()));

        // New rows are checked the same way.
        const Table fresh = tableOf({numeric("visits", {1, 2}), numeric("spend", {5, 2e100})});
        const Error applied = expectError([&] { p.transform.apply(fresh); });
        QCOMPARE(applied.where().column, std::string("spend"));
        QCOMPARE(applied.where().row, std::int64_t {3});
        QVERIFY2(contains(applied.detail(), "the value 2e+100 is too large to cluster"), applied.what());
    }

    void scalingBeyondTheRangeIsRejected()
    {
        // Robust scaling divides by the interquartile range: here 2.5e-300 (numpy.percentile of
        // {0, 1, 2, 3, 4} × 1e-300 and 1 gives q25 = 1.25e-300, q75 = 3.75e-300, median 2.5e-300),
        // which takes the value 1 to 4e299.
        const Table t = tableOf({numeric("share", {0, 1e-300, 2e-300, 3e-300, 4e-300, 1})});
        const Error err = expectError([&] { prepare(t, specOf("share", Scaling::Robust)); });
        QCOMPARE(err.kind(), ErrorKind::InvalidData);
        QCOMPARE(err.where().column, std::string("share"));
        QCOMPARE(err.where().row, std::int64_t {7});
        QCOMPARE(err.detail(), std::string("the value 1 becomes 4e+299 after scaling (centre 2.5e-300, scale "
                                           "2.5e-300, weight 1), beyond the ±1e+120 that can be clustered; the "
                                           "column's spread is too small for its scaling: use zscore or minmax "
                                           "scaling, or leave the column out"));
        // z-scores of the same column are bounded by sqrt(n - 1) and are fine.
        QVERIFY(prepare(t, specOf("share", Scaling::ZScore)).x.allFinite());
    }

    void weightsOutsideTheRangeAreRejected()
    {
        // Specs made in code or read from a project file get the same range as parsed ones.
        const Table t = tableOf({numeric("x", {1, 2, 3})});
        FeatureSpec spec = specOf("x");
        spec.groups[0].weight = 1e308;
        Error err = expectError([&] { prepare(t, spec); });
        QCOMPARE(err.kind(), ErrorKind::Usage);
        QCOMPARE(err.where().column, std::string("x"));
        QCOMPARE(err.detail(), std::string("the weight of the group 'g' is 1e+308, out of range; a weight is a "
                                           "number from 0.001 to 1000"));
        spec.groups[0].weight = 1.0;
        spec.groups[0].columns[0].weight = 1e-320;
        err = expectError([&] { prepare(t, spec); });
        QCOMPARE(err.detail(), std::string("the column's weight is 1e-320, out of range; a weight is a "
                                           "number from 0.001 to 1000"));
    }

    void winsorizeClipsToQuantiles()
    {
        // 0..10 with 100 in place of 10: numpy.percentile(x, [10, 90]) = [1, 9].
        const Table t = tableOf({numeric("x", {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 100})});
        FeatureSpec spec = specOf("x", Scaling::None, Imputation::Median, Transform::Winsorize);
        spec.winsorizeLower = 0.1;
        spec.winsorizeUpper = 0.9;
        const PreparedData p = prepare(t, spec);
        QCOMPARE(p.transform.features[0].clipLow, 1.0);
        QCOMPARE(p.transform.features[0].clipHigh, 9.0);
        QCOMPARE(columnOf(p.x, 0), (std::vector<double> {1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 9}));
        // Interpolated bounds: with the default 1% / 99%, h = 10 * 0.99 = 9.9 -> 9 + 0.9 * 91 = 90.9.
        const PreparedData q
            = prepare(t, specOf("x", Scaling::None, Imputation::Median, Transform::Winsorize));
        QVERIFY(close(q.transform.features[0].clipLow, 0.1));
        QVERIFY(close(q.transform.features[0].clipHigh, 90.9));
    }

    void imputation_data()
    {
        QTest::addColumn<int>("imputation");
        QTest::addColumn<double>("fill");
        // Present values {1, 3, 10, 3, 2}: median 3, mean 19/5, mode 3.
        QTest::newRow("median") << int(Imputation::Median) << 3.0;
        QTest::newRow("mean") << int(Imputation::Mean) << 19.0 / 5.0;
        QTest::newRow("mode") << int(Imputation::Mode) << 3.0;
    }

    void imputation()
    {
        QFETCH(int, imputation);
        QFETCH(double, fill);
        const Table t = tableOf({numeric("x", {1, NAN, 3, 10, 3, NAN, 2})});
        const PreparedData p = prepare(t, specOf("x", Scaling::None, Imputation(imputation)));
        QCOMPARE(p.transform.features[0].fill, fill);
        QCOMPARE(columnOf(p.x, 0), (std::vector<double> {1, fill, 3, 10, 3, fill, 2}));
        QCOMPARE(p.rows.size(), std::size_t {7});
        QVERIFY(hasWarning(p, "filled 2 missing cells"));
    }

    void modeTiesGoToSmallestValue()
    {
        const Table t = tableOf({numeric("x", {5, 2, 5, 2, NAN, 9})});
        const PreparedData p = prepare(t, specOf("x", Scaling::None, Imputation::Mode));
        QCOMPARE(p.transform.features[0].fill, 2.0);
        // Present {2, 2, 5, 5, 9}: median 5; with an even count, the mean of the two middle values.
        const PreparedData m = prepare(t, specOf("x", Scaling::None, Imputation::Median));
        QCOMPARE(m.transform.features[0].fill, 5.0);
        const Table even = tableOf({numeric("x", {5, 2, 7, 2, NAN})});
        QCOMPARE(prepare(even, specOf("x", Scaling::None)).transform.features[0].fill, 3.5);
    }

    void dropImputationKeepsRowMapping()
    {
        const Table t = tableOf({
            numeric("a", {1, NAN, 3, 4, 5, 6}),
            numeric("b", {10, 20, 30, NAN, 50, 60}),
            categorical("c", {"x", "y"}, {0, 1, 0, 1, -1, 1}),
            numeric("unused", {NAN, NAN, NAN, NAN, NAN, NAN}),
        });
        FeatureSpec spec = specOf(std::vector<FeatureColumn> {{"a", Transform::None, 1.0},
                                                              {"b", Transform::None, 1.0},
                                                              {"c", Transform::None, 1.0}},
                                  Scaling::None, Imputation::Drop);
        const PreparedData p = prepare(t, spec);
        QCOMPARE(p.rows, (std::vector<std::size_t> {0, 2, 5}));
        QCOMPARE(p.x.rows(), Eigen::Index {3});
        QCOMPARE(columnOf(p.x, 0), (std::vector<double> {1, 3, 6}));
        QCOMPARE(columnOf(p.x, 1), (std::vector<double> {10, 30, 60}));
        QVERIFY(hasWarning(p, "dropped 3 of 6 rows"));
        // Fitting saw only kept rows: fill for later rows is the median of {1, 3, 6}.
        QCOMPARE(p.transform.features[0].fill, 3.0);
        QCOMPARE(nameOf(p.transform.imputation), nameOf(Imputation::Drop));

        // apply() never drops rows; the kept rows reproduce the prepared matrix exactly.
        const Matrix all = p.transform.apply(t);
        QCOMPARE(all.rows(), Eigen::Index {6});
        for (std::size_t i = 0; i < p.rows.size(); ++i)
            QVERIFY(all.row(static_cast<Eigen::Index>(p.rows[i])) == p.x.row(static_cast<Eigen::Index>(i)));
        QCOMPARE(all(1, 0), 3.0);
        // Made again from the stored transform at the kept rows: the same matrix; the warnings
        // of preparing (rows dropped, here) as prepare() gives them.
        QVERIFY(prepareWith(t, p.transform, p.rows).x == p.x);
        QCOMPARE(preparationWarnings(t, spec), p.warnings);
        QVERIFY_THROWS_EXCEPTION(Error, prepareWith(t, p.transform, {0, 6}));
        QVERIFY_THROWS_EXCEPTION(Error, prepareWith(t, p.transform, {2, 0}));

        const Table hopeless = tableOf({numeric("a", {1, NAN}), numeric("b", {NAN, 2})});
        const Error err = expectError([&] {
            prepare(
                hopeless,
                specOf(std::vector<FeatureColumn> {{"a", Transform::None, 1.0}, {"b", Transform::None, 1.0}},
                       Scaling::None, Imputation::Drop));
        });
        QCOMPARE(err.kind(), ErrorKind::InvalidData);
        QVERIFY(contains(err.detail(), "leaves no rows"));
    }

    void oneHotWithLevelCap()
    {
        // Counts: b 4, a 3, c 2, d 1 (+1 missing -> most frequent 'b').
        const Table t
            = tableOf({categorical("plan", {"a", "b", "c", "d"}, {0, 1, 1, 2, 0, 1, 3, 2, 0, 1, -1})});
        FeatureSpec spec = specOf("plan", Scaling::ZScore);
        spec.maxOneHotLevels = 2;
        const PreparedData p = prepare(t, spec);
        const auto &f = p.transform.features;
        QCOMPARE(f.size(), std::size_t {3});
        QCOMPARE(f[0].name, std::string("plan=b"));
        QCOMPARE(f[1].name, std::string("plan=a"));
        QCOMPARE(f[2].name, std::string("plan=other"));
        QCOMPARE(f[2].levels, (std::vector<std::string> {"c", "d"}));
        QVERIFY(f[2].pooled && !f[0].pooled);
        QVERIFY(f[0].oneHot && f[0].column == "plan");
        // One-hot features stay 0/1 whatever the scaling.
        QCOMPARE(columnOf(p.x, 0), (std::vector<double> {0, 1, 1, 0, 0, 1, 0, 0, 0, 1, 1}));
        QCOMPARE(columnOf(p.x, 1), (std::vector<double> {1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0}));
        QCOMPARE(columnOf(p.x, 2), (std::vector<double> {0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 0}));
        QVERIFY(hasWarning(p, "2 less frequent levels were pooled into 'other'"));
        QVERIFY(hasWarning(p, "most frequent level 'b'"));

        // New rows: levels matched by text (dictionary order may differ); unseen 'e' counts as other.
        const Table fresh = tableOf({categorical("plan", {"e", "d", "a", "b"}, {0, 1, 2, 3, -1})});
        const Matrix y = p.transform.apply(fresh);
        QCOMPARE(columnOf(y, 0), (std::vector<double> {0, 0, 0, 1, 1}));
        QCOMPARE(columnOf(y, 1), (std::vector<double> {0, 0, 1, 0, 0}));
        QCOMPARE(columnOf(y, 2), (std::vector<double> {1, 1, 0, 0, 0}));
    }

    void oneHotWithoutPoolingIgnoresUnseenLevels()
    {
        const Table t = tableOf({categorical("region", {"n", "s"}, {0, 1, 1, 0, 1})});
        const PreparedData p = prepare(t, specOf("region"));
        QCOMPARE(p.transform.dimension(), std::size_t {2});
        QCOMPARE(p.transform.features[0].name, std::string("region=s"));
        const Table fresh = tableOf({categorical("region", {"w", "n"}, {0, 1})});
        const Matrix y = p.transform.apply(fresh);
        QCOMPARE(columnOf(y, 0), (std::vector<double> {0, 0}));
        QCOMPARE(columnOf(y, 1), (std::vector<double> {0, 1}));
    }

    void booleansAndDates()
    {
        const Table t = tableOf({
            numeric("member", {1, 0, 0, 1}, ColumnType::Boolean),
            numeric("last_order", {100, 90, 50, NAN}, ColumnType::Date),
        });
        const PreparedData p
            = prepare(t,
                      specOf(std::vector<FeatureColumn> {{"member", Transform::None, 1.0},
                                                         {"last_order", Transform::None, 1.0}}));
        QCOMPARE(columnOf(p.x, 0), (std::vector<double> {1, 0, 0, 1}));
        // Days before the newest date (100): 0, 10, 50; the missing date gets the median, 10.
        QVERIFY(p.transform.features[1].fromDate);
        QCOMPARE(p.transform.features[1].referenceDay, 100.0);
        QCOMPARE(columnOf(p.x, 1), (std::vector<double> {0, 10, 50, 10}));
        // New rows are measured from the same reference day.
        const Table fresh = tableOf({
            numeric("member", {0}, ColumnType::Boolean),
            numeric("last_order", {95}, ColumnType::Date),
        });
        QCOMPARE(p.transform.apply(fresh)(0, 1), 5.0);
    }

    void weightsMultiplyScaledFeatures()
    {
        const Table t
            = tableOf({numeric("x", {1, 2, 4, 7, 11, 16}), categorical("c", {"p", "q"}, {0, 1, 0, 1, 1, 1})});
        FeatureSpec spec;
        spec.scaling = Scaling::MinMax;
        spec.groups.push_back(
            FeatureGroup {"g", 2.0, true, {{"x", Transform::None, 1.5}, {"c", Transform::None, 0.5}}});
        const PreparedData p = prepare(t, spec);
        QCOMPARE(p.transform.features[0].weight, 3.0);
        QCOMPARE(p.transform.features[1].weight, 1.0);
        const std::vector<double> unweighted {0.0, 0.06666666666666667, 0.2, 0.4, 0.6666666666666666, 1.0};
        std::vector<double> expected;
        for (double v : unweighted)
            expected.push_back(3.0 * v);
        QVERIFY(allClose(columnOf(p.x, 0), expected));
        // c=q (4 of 6) first, weight 2 * 0.5 = 1; c=p second.
        QCOMPARE(columnOf(p.x, 1), (std::vector<double> {0, 1, 0, 1, 1, 1}));

        spec.groups[0].columns[1].weight = 2.0;
        const PreparedData q = prepare(t, spec);
        QCOMPARE(columnOf(q.x, 1), (std::vector<double> {0, 4, 0, 4, 4, 4}));
        QCOMPARE(q.transform.features[1].inverse(4.0), 1.0); // back to a 0/1 indicator
    }

    void applyReproducesFittedMatrix_data()
    {
        QTest::addColumn<int>("scaling");
        QTest::addColumn<int>("imputation");
        for (Scaling s : {Scaling::ZScore, Scaling::Robust, Scaling::MinMax, Scaling::None})
            for (Imputation i : {Imputation::Median, Imputation::Mean, Imputation::Mode})
                QTest::addRow("%s/%s", toString(s).data(), toString(i).data()) << int(s) << int(i);
    }

    void applyReproducesFittedMatrix()
    {
        QFETCH(int, scaling);
        QFETCH(int, imputation);
        const Table t = mixedTable();
        const PreparedData p = prepare(t, mixedSpec(Scaling(scaling), Imputation(imputation)));
        // sessions, minutes, revenue, member, last_order, region=north, region=south, region=other
        QCOMPARE(p.transform.dimension(), std::size_t {8});
        QCOMPARE(p.x.rows(), Eigen::Index {8});
        QVERIFY(p.x.allFinite());
        QVERIFY(identical(p.transform.apply(t), p.x));
        // A stored run's transform and rows make the very same prepared data, and its warnings
        // come separately.
        const PreparedData again = prepareWith(t, p.transform, p.rows);
        QVERIFY(identical(again.x, p.x));
        QCOMPARE(again.rows, p.rows);
        QVERIFY(again.warnings.empty());
        QCOMPARE(preparationWarnings(t, mixedSpec(Scaling(scaling), Imputation(imputation))), p.warnings);
    }

    void inverseUndoesForward_data()
    {
        QTest::addColumn<int>("scaling");
        for (Scaling s : {Scaling::ZScore, Scaling::Robust, Scaling::MinMax, Scaling::None})
            QTest::newRow(toString(s).data()) << int(s);
    }

    void inverseUndoesForward()
    {
        QFETCH(int, scaling);
        const Table t = mixedTable();
        const PreparedData p = prepare(t, mixedSpec(Scaling(scaling), Imputation::Median));
        for (const FittedFeature &f : p.transform.features) {
            std::vector<double> probes {0.0, 1.0};
            if (!f.oneHot)
                probes = {0.0, 1.0, 2.5, 17.25, 120.5, 980.0};
            for (double v : probes) {
                // Winsorize loses what lies beyond the bounds; inside them the inverse is exact.
                if (f.transform == Transform::Winsorize && (v < f.clipLow || v > f.clipHigh))
                    QVERIFY(close(f.inverse(f.forward(v)), std::clamp(v, f.clipLow, f.clipHigh), 1e-12));
                else if (!close(f.inverse(f.forward(v)), v, 1e-12))
                    QFAIL(qPrintable(QStringLiteral("%1: inverse(forward(%2)) = %3")
                                         .arg(QString::fromStdString(f.name))
                                         .arg(v)
                                         .arg(f.inverse(f.forward(v)), 0, 'g', 17)));
            }
        }
        // toOriginal of a prepared row gives the row's imputed original values.
        const std::vector<double> back = p.transform.toOriginal(p.x.row(1));
        QVERIFY(close(back[0], 8.0)); // sessions
        QVERIFY(close(back[2], 120.5)); // revenue through log1p / expm1
        QVERIFY(close(back[4], 10.0)); // last_order: 19020 - 19010 days
        QVERIFY(close(back[6], 1.0)); // region=south
        QVERIFY(close(back[5], 0.0)); // region=north
    }

    void originalValuesAreImputedUntransformed()
    {
        const Table t = mixedTable();
        const PreparedData p = prepare(t, mixedSpec(Scaling::ZScore, Imputation::Median));
        // revenue: present {0, 120.5, 33, 980, 12, 0, 45}, median 33.
        QCOMPARE(p.transform.originalValues(t, 2, p.rows),
                 (std::vector<double> {0, 120.5, 33, 33, 980, 12, 0, 45}));
        // region: north 3, south 2, east 1, west 1, one missing -> north; cap 2 pools east and west.
        QCOMPARE(p.transform.features[7].name, std::string("region=other"));
        QCOMPARE(p.transform.originalValues(t, 5, p.rows), (std::vector<double> {1, 0, 1, 0, 1, 0, 1, 0}));
        QCOMPARE(p.transform.originalValues(t, 7, p.rows), (std::vector<double> {0, 0, 0, 1, 0, 1, 0, 0}));
    }

    void constantColumnsAreDropped()
    {
        const Table t = tableOf({
            numeric("x", {1, 2, 3, 4}),
            numeric("flat", {5, 5, 5, 5}),
            numeric("flat_after_fill", {7, NAN, 7, NAN}),
            categorical("one_level", {"only", "never"}, {0, 0, -1, 0}),
        });
        const PreparedData p
            = prepare(t,
                      specOf(std::vector<FeatureColumn> {{"x", Transform::None, 1.0},
                                                         {"flat", Transform::None, 1.0},
                                                         {"flat_after_fill", Transform::None, 1.0},
                                                         {"one_level", Transform::None, 1.0}},
                             Scaling::ZScore));
        QCOMPARE(p.transform.dimension(), std::size_t {1});
        QCOMPARE(p.transform.features[0].name, std::string("x"));
        QVERIFY(hasWarning(p, "column 'flat' is constant (every value is 5)"));
        QVERIFY(hasWarning(p, "column 'flat_after_fill' is constant"));
        QVERIFY(hasWarning(p, "column 'one_level' is constant"));

        const Error none = expectError([&] {
            prepare(t, specOf(std::vector<FeatureColumn> {{"flat", Transform::None, 1.0},
                                                          {"one_level", Transform::None, 1.0}}));
        });
        QCOMPARE(none.detail(), std::string("no usable feature remains: every selected column is constant ('flat', "
                                            "'one_level'); a feature needs at least two different values"));
    }

    void inputErrors()
    {
        const Table t = tableOf({
            numeric("x", {1, 2, 3}),
            numeric("empty", {NAN, NAN, NAN}),
            categorical("region", {"n", "s"}, {0, 1, 0}),
        });
        Table withId = t;
        Column id;
        id.name = "customer_id";
        id.type = ColumnType::Identifier;
        id.text = {"a", "b", "c"};
        withId.columns.push_back(id);

        const Error unknown = expectError([&] {
            prepare(t,
                    specOf(std::vector<FeatureColumn> {{"x", Transform::None, 1.0},
                                                       {"visits", Transform::None, 1.0},
                                                       {"spend", Transform::None, 1.0}}));
        });
        QCOMPARE(unknown.kind(), ErrorKind::InvalidData);
        QVERIFY(contains(unknown.detail(), "'visits', 'spend'"));
        QVERIFY(contains(unknown.detail(), "the columns are: x, empty, region"));

        const Error empty = expectError([&] { prepare(t, specOf("empty")); });
        QCOMPARE(empty.where().column, std::string("empty"));
        QCOMPARE(empty.detail(), std::string("the column has no values (every cell is empty, NULL or a missing "
                                             "marker), so it cannot be a feature"));

        const Error ident = expectError([&] { prepare(withId, specOf("customer_id")); });
        QCOMPARE(ident.where().column, std::string("customer_id"));
        QVERIFY(contains(ident.detail(), "identifiers"));

        const Error catLog = expectError(
            [&] { prepare(t, specOf("region", Scaling::None, Imputation::Median, Transform::Log1p)); });
        QCOMPARE(catLog.where().column, std::string("region"));

        FeatureSpec disabled = specOf("x");
        disabled.groups[0].enabled = false;
        QCOMPARE(expectError([&] { prepare(t, disabled); }).detail(),
                 std::string("every group of the feature spec is disabled (\"enabled\": false): '"
                             + disabled.groups[0].name + "'; enable a group to cluster its columns"));
        FeatureSpec noGroups = specOf("x");
        noGroups.groups.clear();
        QCOMPARE(expectError([&] { prepare(t, noGroups); }).detail(),
                 std::string("the feature spec has no groups; list at least one group with its columns"));
        FeatureSpec noColumns = specOf("x");
        noColumns.groups[0].columns.clear();
        noColumns.groups.push_back(disabled.groups[0]);
        noColumns.groups[1].name = "off";
        QCOMPARE(expectError([&] { prepare(t, noColumns); }).detail(),
                 std::string("no enabled group of the feature spec lists a column; the disabled groups are 'off'"));

        const Table noRows = tableOf({numeric("x", {})});
        QVERIFY(contains(expectError([&] { prepare(noRows, specOf("x")); }).detail(), "no rows"));

        // apply(): the source column is missing or of another type.
        const PreparedData p = prepare(t,
                                       specOf(std::vector<FeatureColumn> {{"x", Transform::None, 1.0},
                                                                          {"region", Transform::None, 1.0}}));
        const Table lacking = tableOf({numeric("y", {1})});
        const Error missing = expectError([&] { p.transform.apply(lacking); });
        QVERIFY(contains(missing.detail(), "no column named 'x'"));
        const Table retyped = tableOf({numeric("x", {1}), numeric("region", {2})});
        const Error wrongType = expectError([&] { p.transform.apply(retyped); });
        QCOMPARE(wrongType.where().column, std::string("region"));
        QVERIFY(contains(wrongType.detail(), "categorical"));
    }

    void identicalForAnyThreadCount()
    {
        // 50,000 rows with missing cells, skew and many levels: large enough to split into blocks.
        const std::size_t n = 50000;
        Rng rng(7);
        std::vector<Column> columns;
        for (int c = 0; c < 6; ++c) {
            std::vector<double> v(n);
            for (double &x : v)
                x = rng.uniform() < 0.03 ? NAN : std::exp(2.0 * rng.normal());
            columns.push_back(numeric(std::string(1, 'x').append(std::to_string(c)), std::move(v)));
        }
        std::vector<std::int32_t> codes(n);
        for (std::int32_t &code : codes)
            code = static_cast<std::int32_t>(rng.uniform() * 20.0) - 1; // -1 = missing
        columns.push_back(categorical(
            "shop",
            {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s"},
            codes));
        const Table t = tableOf(std::move(columns));
        FeatureSpec spec;
        spec.scaling = Scaling::Robust;
        spec.groups.push_back(FeatureGroup {"g", 1.0, true, {}});
        for (int c = 0; c < 6; ++c) {
            const Transform transform = c % 2 ? Transform::Log1p : Transform::Winsorize;
            spec.groups[0].columns.push_back({std::string(1, 'x').append(std::to_string(c)), transform, 1.0});
        }
        spec.groups[0].columns.push_back({"shop", Transform::None, 1.0});

        const int before = threadCount();
        setThreadCount(1);
        const PreparedData one = prepare(t, spec);
        setThreadCount(4);
        const PreparedData four = prepare(t, spec);
        setThreadCount(before);
        QCOMPARE(one.transform.dimension(), std::size_t {6 + 13}); // 12 levels + other
        QVERIFY(identical(one.x, four.x));
        QCOMPARE(one.warnings, four.warnings);
        QVERIFY(identical(four.transform.apply(t), four.x));
    }

    void progressAndCancellation()
    {
        const Table t = mixedTable();
        double last = -1.0;
        bool monotone = true;
        CancelToken token;
        Progress progress(&token, [&](double f, std::string_view) {
            monotone = monotone && f >= last;
            last = f;
        });
        prepare(t, mixedSpec(Scaling::ZScore, Imputation::Median), progress);
        QVERIFY(monotone);
        QCOMPARE(last, 1.0);
        token.cancel();
        QVERIFY_THROWS_EXCEPTION(Cancelled,
                                 prepare(t, mixedSpec(Scaling::ZScore, Imputation::Median), progress));
    }
};

QTEST_APPLESS_MAIN(TestPrepare)
#include "test_prepare.moc"
