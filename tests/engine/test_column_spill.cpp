// Columns moved to a temporary file and back (ColumnSpill), and the preparation and profiles
// that use it to keep a large table and its matrix out of memory at the same time.

#include "engine/core/error.h"
#include "engine/data/column_roles.h"
#include "engine/data/column_spill.h"
#include "engine/demo/demo_data.h"
#include "engine/pipeline/pipeline.h"
#include "engine/prep/feature_spec.h"
#include "engine/prep/prepare.h"
#include "engine/profile/segment_profile.h"

#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>
#include <numeric>
#include <span>

using namespace seg;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

Column column(const std::string &name, ColumnType type)
{
    Column c;
    c.name = name;
    c.type = type;
    return c;
}

// Every kind of storage: numbers with NaN (a real and a date), codes with -1, text with an
// empty value, a missing one and a long one; blank lines in the source (row-number jumps).
Table everyKind()
{
    Table t;
    t.source = "kinds.csv";
    t.rowCount = 9;
    t.rowNumberJumps = {{0, 2}, {4, 7}};
    Column real = column("spend", ColumnType::Real);
    real.numbers = {1.5, kNaN, -2.0, 1e300, 0.0, 3.25, kNaN, 7.0, -0.0};
    Column date = column("last_order", ColumnType::Date);
    date.numbers = {19000.5, 19001.0, kNaN, 18000.0, 19002.0, 19003.0, 19004.0, 19005.0, 19006.25};
    Column level = column("channel", ColumnType::Categorical);
    level.levels = {"web", "store", "app"};
    level.codes = {0, 1, -1, 2, 2, 0, 1, -1, 0};
    Column id = column("customer_id", ColumnType::Identifier);
    id.text = {"C1", "", "C3", std::string(300, 'x'), "C5", "é-ü", "C7", "", "C9"};
    id.textMissing = {0, 0, 0, 0, 0, 0, 0, 1, 0};
    id.role = ColumnRole::Id;
    t.columns = {real, date, level, id};
    return t;
}

bool sameBits(const std::vector<double> &a, const std::vector<double> &b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0;
}

void compareCells(const Column &got, const Column &want, std::size_t begin, std::size_t end)
{
    QCOMPARE(got.name, want.name);
    QVERIFY(got.type == want.type);
    QCOMPARE(got.levels, want.levels);
    QVERIFY(got.role == want.role);
    QCOMPARE(got.size(), end - begin);
    const auto from = static_cast<std::ptrdiff_t>(begin), to = static_cast<std::ptrdiff_t>(end);
    switch (want.type) {
    case ColumnType::Categorical:
        QCOMPARE(got.codes, std::vector<std::int32_t>(want.codes.begin() + from, want.codes.begin() + to));
        break;
    case ColumnType::Identifier:
        QCOMPARE(got.text, std::vector<std::string>(want.text.begin() + from, want.text.begin() + to));
        QCOMPARE(got.textMissing,
                 std::vector<std::uint8_t>(want.textMissing.begin() + from, want.textMissing.begin() + to));
        break;
    default:
        QVERIFY(sameBits(got.numbers, std::vector<double>(want.numbers.begin() + from, want.numbers.begin() + to)));
    }
}

// A demo table large enough to be worth spilling (about 20 MB of cells).
const Table &largeDemo()
{
    static const Table table = generateDemoData(130000, 17);
    return table;
}

std::vector<std::string> columnNames(const Table &table)
{
    std::vector<std::string> names;
    for (const Column &c : table.columns)
        names.push_back(c.name);
    return names;
}

} // namespace

class TestColumnSpill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void movedColumnsComeBackBitForBit()
    {
        const Table original = everyKind();
        Table table = original;
        ColumnSpill spill(table, {"customer_id", "spend", "channel", "last_order"});
        QCOMPARE(spill.columnNames(), (std::vector<std::string> {"spend", "last_order", "channel", "customer_id"}));
        // 9 × 8 twice, 9 × 4, and for the text 10 offsets × 8, its 315 bytes (é and ü take two each) and 9 flags.
        QCOMPARE(spill.bytes(), std::size_t(72 + 72 + 36 + 80 + 315 + 9));
        for (const Column &c : table.columns) {
            QCOMPARE(c.numbers.capacity(), std::size_t(0));
            QCOMPARE(c.codes.capacity(), std::size_t(0));
            QCOMPARE(c.text.capacity(), std::size_t(0));
            QCOMPARE(c.textMissing.capacity(), std::size_t(0));
        }
        QCOMPARE(table.columns[2].levels, original.columns[2].levels);
        spill.restore(table);
        for (std::size_t i = 0; i < original.columns.size(); ++i)
            compareCells(table.columns[i], original.columns[i], 0, original.rowCount);
    }

    void blocksOfRowsKeepTheirRowNumbers()
    {
        const Table original = everyKind();
        Table table = original;
        ColumnSpill spill(table, columnNames(table));
        const Table part = spill.rows(3, 7, {"customer_id", "channel"});
        QCOMPARE(part.source, std::string("kinds.csv"));
        QCOMPARE(part.rowCount, std::size_t(4));
        QCOMPARE(part.columns.size(), std::size_t(2));
        compareCells(part.columns[0], original.columns[3], 3, 7);
        compareCells(part.columns[1], original.columns[2], 3, 7);
        // Rows 3 and 4 of the original are file rows 5 and 7 (blank lines between).
        for (std::size_t i = 0; i < part.rowCount; ++i)
            QCOMPARE(part.rowNumber(i), original.rowNumber(3 + i));
        QCOMPARE(part.rowNumber(1), std::int64_t(7));
        // The end is clamped; every column when none is named.
        const Table tail = spill.rows(6, 100);
        QCOMPARE(tail.rowCount, std::size_t(3));
        QCOMPARE(tail.columns.size(), std::size_t(4));
        compareCells(tail.columns[0], original.columns[0], 6, 9);
        compareCells(spill.column("last_order").columns.front(), original.columns[1], 0, 9);
        QVERIFY_THROWS_EXCEPTION(Error, spill.rows(0, 2, {"no such column"}));
        // Only the named columns come back.
        spill.restore(table, {"spend"});
        compareCells(table.columns[0], original.columns[0], 0, 9);
        QCOMPARE(table.columns[1].numbers.size(), std::size_t(0));
    }

    void aFileThatCannotBeMadeLeavesTheTableWhole()
    {
        const Table original = everyKind();
        Table table = original;
        try {
            ColumnSpill spill(table, {"spend", "customer_id"}, "/nonexistent/folder");
            QFAIL("a temporary file in a missing folder was made");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::Io);
            QVERIFY(std::string(e.what()).find("/nonexistent/folder") != std::string::npos);
        }
        for (std::size_t i = 0; i < original.columns.size(); ++i)
            compareCells(table.columns[i], original.columns[i], 0, original.rowCount);
        QVERIFY_THROWS_EXCEPTION(Error, ColumnSpill(table, {"spend", "no such column"}));
        compareCells(table.columns[0], original.columns[0], 0, original.rowCount);
    }

    void spillingOnlyPaysFromSixteenMebibytes()
    {
        QVERIFY(!worthSpilling((std::size_t {16} << 20) - 1));
        QVERIFY(worthSpilling(std::size_t {16} << 20));
    }

    void preparingColumnByColumnGivesPreparesMatrix_data()
    {
        QTest::addColumn<int>("imputation");
        QTest::newRow("median") << int(Imputation::Median);
        QTest::newRow("drop") << int(Imputation::Drop);
    }

    void preparingColumnByColumnGivesPreparesMatrix()
    {
        QFETCH(int, imputation);
        const Table &original = largeDemo();
        FeatureSpec spec = suggestFeatureSpec(original, {"customer_id", "true_segment"});
        spec.imputation = static_cast<Imputation>(imputation);
        const PreparedData reference = prepare(original, spec);

        Table table = original;
        std::optional<ColumnSpill> spill;
        const PreparedData spilled = prepareSpilling(table, spec, spill);
        QVERIFY(spill.has_value());
        QCOMPARE(spill->columnNames(), columnNames(original));
        QCOMPARE(table.columns.front().text.size(), std::size_t(0));
        QCOMPARE(spilled.rows, reference.rows);
        QCOMPARE(spilled.warnings, reference.warnings);
        QCOMPARE(spilled.x.rows(), reference.x.rows());
        QCOMPARE(spilled.x.cols(), reference.x.cols());
        QVERIFY(std::memcmp(spilled.x.data(), reference.x.data(), sizeof(double) * std::size_t(reference.x.size()))
                == 0);
        if (imputation == int(Imputation::Drop))
            QVERIFY(reference.rows.size() < original.rowCount); // the demo has missing cells

        // A small table is prepared in memory, as prepare() does it.
        Table small = generateDemoData(500, 3);
        std::optional<ColumnSpill> none;
        const PreparedData inMemory = prepareSpilling(small, spec, none);
        QVERIFY(!none.has_value());
        QVERIFY(sameMatrix(inMemory.x, prepare(generateDemoData(500, 3), spec).x));
    }

    void rowsOnDemandAreThoseOfPreparesMatrix_data() { preparingColumnByColumnGivesPreparesMatrix_data(); }

    void rowsOnDemandAreThoseOfPreparesMatrix()
    {
        QFETCH(int, imputation);
        const Table &original = largeDemo();
        FeatureSpec spec = suggestFeatureSpec(original, {"customer_id", "true_segment"});
        spec.imputation = static_cast<Imputation>(imputation);
        const PreparedData reference = prepare(original, spec);
        const RowSource inMatrix = rowsOf(reference.x);
        const auto sameBitsAs = [](const Matrix &a, const Matrix &b) {
            return a.rows() == b.rows() && a.cols() == b.cols()
                   && std::memcmp(a.data(), b.data(), sizeof(double) * std::size_t(a.size())) == 0;
        };
        const std::size_t n = reference.rows.size();
        // Every row; a sample spread over all blocks; a run across the first block's end; none.
        std::vector<std::size_t> all(n), spread, across;
        std::iota(all.begin(), all.end(), std::size_t {0});
        for (std::size_t r = 3; r < n; r += 7)
            spread.push_back(r);
        spread.push_back(n - 1);
        for (std::size_t r = kPreparedRowsBlock - 900; r < kPreparedRowsBlock + 900; ++r)
            across.push_back(r);

        Table table = original;
        std::optional<ColumnSpill> spill;
        const PreparedData prepared = prepareOnDemand(table, spec, spill);
        QVERIFY(spill.has_value());
        QCOMPARE(table.columns.front().text.size(), std::size_t(0));
        QCOMPARE(prepared.x.size(), Eigen::Index(0));
        QCOMPARE(prepared.rows, reference.rows);
        QCOMPARE(prepared.warnings, reference.warnings);
        const RowSource onDisk = preparedRows(table, &*spill, prepared);
        QCOMPARE(onDisk.rows, n);
        QCOMPARE(onDisk.cols, std::size_t(reference.x.cols()));
        for (const auto *rows : {&all, &spread, &across})
            QVERIFY(sameBitsAs(onDisk.fetch(*rows), inMatrix.fetch(*rows)));
        QCOMPARE(onDisk.fetch({}).rows(), Eigen::Index(0));

        // From a table in memory.
        const PreparedData fitted = fitPreparation(original, spec);
        const RowSource inMemory = preparedRows(original, nullptr, fitted);
        QVERIFY(sameBitsAs(inMemory.fetch(spread), inMatrix.fetch(spread)));
    }

    void noiseInTheMatrixItselfGivesTheFigureOfACopy()
    {
        const Table original = generateDemoData(20000, 8);
        const FeatureSpec spec = suggestFeatureSpec(original, {"customer_id", "true_segment"});
        PreparedData prepared = prepare(original, spec);
        const Matrix before = prepared.x;
        const Segmentation fit = fitPrepared(prepared, spec, defaultClusteringOptions(Algorithm::KMeans, 4, 5));
        const double onCopies = noiseStability(prepared, fit, 3, 0.3);
        QVERIFY(onCopies > 0.5 && onCopies < 1.0); // enough noise to move some customers

        Table table = original;
        const ColumnSpill spill(table, columnNames(table));
        int refills = 0;
        const double inPlace = noiseStabilityInPlace(prepared, fit, 3, 0.3, [&](PreparedData &p) {
            ++refills;
            refillPrepared(spill, p);
        });
        QCOMPARE(inPlace, onCopies);
        QCOMPARE(refills, 3);
        QVERIFY(sameMatrix(prepared.x, before));
    }

    void profilesReadInBlocksAddUpAsTheWholeTable()
    {
        const Table &original = largeDemo();
        const FeatureSpec spec = suggestFeatureSpec(original, {"customer_id", "true_segment"});
        const PreparedData prepared = prepare(original, spec);
        Labels labels(prepared.rows.size());
        for (std::size_t i = 0; i < labels.size(); ++i)
            labels[i] = i % 97 == 0 ? -1 : static_cast<std::int32_t>((i * 7) % 4); // some set aside
        const std::vector<std::string> money = moneyColumns(original);
        QVERIFY(!money.empty());
        const Profiles whole = profileSegments(original, prepared, labels, 4, money);

        Table table = original;
        ColumnSpill spill(table, columnNames(table));
        // Blocks that do not divide the rows, so that the last one is short.
        const Profiles blocks = profileSegments(spill, prepared, labels, 4, money, 3, kSmallSegmentShare, 7001);
        QCOMPARE(blocks.features, whole.features);
        QCOMPARE(blocks.customers, whole.customers);
        QCOMPARE(blocks.moneyTotals, whole.moneyTotals);
        QCOMPARE(blocks.segments.size(), whole.segments.size());
        for (std::size_t s = 0; s <= whole.segments.size(); ++s) {
            const SegmentProfile &a = s < whole.segments.size() ? blocks.segments[s] : blocks.outliers;
            const SegmentProfile &b = s < whole.segments.size() ? whole.segments[s] : whole.outliers;
            QCOMPARE(a.size, b.size);
            // Sums run in row order either way: means and money are exact.
            QCOMPARE(a.means, b.means);
            QCOMPARE(a.money.size(), b.money.size());
            for (std::size_t m = 0; m < a.money.size(); ++m) {
                QCOMPARE(a.money[m].total, b.money[m].total);
                QCOMPARE(a.money[m].known, b.money[m].known);
            }
            // Spreads join block by block: the z-scores agree to rounding.
            for (std::size_t j = 0; j < a.zScores.size(); ++j)
                QVERIFY2(std::abs(a.zScores[j] - b.zScores[j]) <= 1e-9 * std::max(1.0, std::abs(b.zScores[j])),
                         whole.features[j].c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestColumnSpill)
#include "test_column_spill.moc"
