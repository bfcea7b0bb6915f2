// Tests of the embedded demo customer base (engine/demo/demo_data.h). The recipe the expected
// values come from is docs/demo-data.md.

#include "engine/core/parallel.h"
#include "engine/core/progress.h"
#include "engine/demo/demo_data.h"
#include "engine/value/bgnbd.h"
#include "engine/value/gamma_gamma.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <set>
#include <string>
#include <vector>

using namespace seg;

namespace {

constexpr std::size_t kRows = 100000;

/// Bit-for-bit equality of two tables (NaN equals NaN of the same bits).
bool identical(const Table &a, const Table &b, std::string *why = nullptr)
{
    auto fail = [&](const std::string &text) {
        if (why)
            *why = text;
        return false;
    };
    if (a.rowCount != b.rowCount || a.columns.size() != b.columns.size() || a.source != b.source)
        return fail("shape or source differs");
    for (std::size_t c = 0; c < a.columns.size(); ++c) {
        const Column &x = a.columns[c];
        const Column &y = b.columns[c];
        if (x.name != y.name || x.type != y.type || x.levels != y.levels || x.codes != y.codes
            || x.text != y.text || x.textMissing != y.textMissing || x.numbers.size() != y.numbers.size())
            return fail("column " + x.name + " differs");
        if (!x.numbers.empty()
            && std::memcmp(x.numbers.data(), y.numbers.data(), x.numbers.size() * sizeof(double)) != 0)
            return fail("column " + x.name + " differs");
    }
    return true;
}

/// Median of the non-NaN values.
double median(std::vector<double> values)
{
    values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return std::isnan(v); }),
                 values.end());
    if (values.empty())
        return std::nan("");
    const std::size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid), values.end());
    double m = values[mid];
    if (values.size() % 2 == 0)
        m = (m + *std::max_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid))) / 2.0;
    return m;
}

std::vector<double> ofSegment(const Table &t, const char *column, int segment)
{
    const Column &c = t.require(column);
    const Column &s = t.require("true_segment");
    std::vector<double> out;
    for (std::size_t r = 0; r < t.rowCount; ++r)
        if (s.numbers[r] == segment)
            out.push_back(c.numbers[r]);
    return out;
}

/// The segment whose median of `column` is the largest.
int segmentWithLargestMedian(const Table &t, const char *column)
{
    int best = -1;
    double bestMedian = -INFINITY;
    for (int s = 0; s < kDemoSegments; ++s) {
        const double m = median(ofSegment(t, column, s));
        if (m > bestMedian) {
            bestMedian = m;
            best = s;
        }
    }
    return best;
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private:
    Table m_table; // kRows rows, seed 42, shared by the read-only tests

private Q_SLOTS:
    void initTestCase() { m_table = generateDemoData(kRows, 42); }

    void cleanupTestCase() { setThreadCount(0); }

    void sameSeedGivesIdenticalTable()
    {
        std::string why;
        QVERIFY2(identical(generateDemoData(kRows, 42), m_table, &why), why.c_str());
    }

    void differentSeedGivesDifferentTable()
    {
        const Table other = generateDemoData(kRows, 43);
        QVERIFY(!identical(other, m_table));
        // Not just one cell: the revenue columns differ in most rows.
        const auto &a = m_table.require("revenue").numbers;
        const auto &b = other.require("revenue").numbers;
        std::size_t differing = 0;
        for (std::size_t r = 0; r < kRows; ++r)
            differing += a[r] != b[r] ? 1 : 0;
        QVERIFY(differing > kRows * 9 / 10);
    }

    void identicalForAnyThreadCount()
    {
        setThreadCount(1);
        const Table one = generateDemoData(kRows, 7);
        setThreadCount(2);
        const Table two = generateDemoData(kRows, 7);
        setThreadCount(3);
        const Table three = generateDemoData(kRows, 7);
        setThreadCount(0);
        std::string why;
        QVERIFY2(identical(one, two, &why), why.c_str());
        QVERIFY2(identical(one, three, &why), why.c_str());
    }

    void fewerRowsAreAPrefix()
    {
        // Each row has its own random stream, so a smaller table is the start of a larger one
        // (apart from the level order of categoricals, which follows first appearance).
        const Table small = generateDemoData(1000, 42);
        for (std::size_t c = 0; c < small.columns.size(); ++c) {
            const Column &s = small.columns[c];
            const Column &l = m_table.columns[c];
            for (std::size_t r = 0; r < small.rowCount; ++r)
                QCOMPARE(s.cellText(r), l.cellText(r));
        }
    }

    void schema()
    {
        const std::vector<std::pair<std::string, ColumnType>> expected = {
            {"customer_id", ColumnType::Identifier},
            {"sessions", ColumnType::Integer},
            {"page_views", ColumnType::Integer},
            {"minutes_on_site", ColumnType::Real},
            {"email_open_rate", ColumnType::Real},
            {"orders", ColumnType::Integer},
            {"revenue", ColumnType::Real},
            {"avg_order_value", ColumnType::Real},
            {"discount_share", ColumnType::Real},
            {"return_rate", ColumnType::Real},
            {"days_since_last_order", ColumnType::Integer},
            {"tenure_days", ColumnType::Integer},
            {"loyalty_member", ColumnType::Boolean},
            {"web_share", ColumnType::Real},
            {"app_share", ColumnType::Real},
            {"store_share", ColumnType::Real},
            {"region", ColumnType::Categorical},
            {"acquisition_channel", ColumnType::Categorical},
            {"true_segment", ColumnType::Integer},
            {"frequency", ColumnType::Integer},
            {"recency", ColumnType::Real},
            {"T", ColumnType::Real},
            {"monetary_value", ColumnType::Real},
        };
        QCOMPARE(m_table.source, std::string("demo data"));
        QCOMPARE(m_table.rowCount, kRows);
        QCOMPARE(m_table.columns.size(), expected.size());
        for (std::size_t c = 0; c < expected.size(); ++c) {
            const Column &column = m_table.columns[c];
            QCOMPARE(column.name, expected[c].first);
            QVERIFY2(column.type == expected[c].second, column.name.c_str());
            QCOMPARE(column.size(), kRows);
            // Exactly one storage vector is filled.
            QCOMPARE(column.numbers.empty(), !column.isNumeric());
            QCOMPARE(column.codes.empty(), column.type != ColumnType::Categorical);
            QCOMPARE(column.text.empty(), column.type != ColumnType::Identifier);
        }

        const Column &ids = m_table.require("customer_id");
        QCOMPARE(ids.text.front(), std::string("C0000001"));
        QCOMPARE(ids.text.back(), std::string("C0100000"));
        QCOMPARE(ids.textMissing, std::vector<std::uint8_t>(kRows, 0));
        QCOMPARE(std::set<std::string>(ids.text.begin(), ids.text.end()).size(), kRows);

        const std::set<std::string> regions = {"North", "South", "East", "West", "Central"};
        const std::set<std::string> channels
            = {"organic search", "paid search", "social media", "affiliate", "referral", "in store"};
        const Column &region = m_table.require("region");
        const Column &channel = m_table.require("acquisition_channel");
        QCOMPARE(std::set<std::string>(region.levels.begin(), region.levels.end()), regions);
        QCOMPARE(std::set<std::string>(channel.levels.begin(), channel.levels.end()), channels);
        QCOMPARE(region.levels.size(), regions.size());
        QCOMPARE(channel.levels.size(), channels.size());
        // Levels in order of first appearance, as the CSV reader orders them.
        for (const Column *c : {&region, &channel}) {
            std::int32_t next = 0;
            for (std::int32_t code : c->codes) {
                QVERIFY(code >= -1 && code < static_cast<std::int32_t>(c->levels.size()));
                if (code >= next) {
                    QCOMPARE(code, next);
                    ++next;
                }
            }
        }

        for (double s : m_table.require("true_segment").numbers)
            QVERIFY(s == std::floor(s) && s >= 0 && s < kDemoSegments);
        for (double v : m_table.require("loyalty_member").numbers)
            QVERIFY(v == 0.0 || v == 1.0);
    }

    void emptyTable()
    {
        const Table t = generateDemoData(0, 1);
        QCOMPARE(t.rowCount, std::size_t {0});
        QCOMPARE(t.columns.size(), m_table.columns.size());
        for (const Column &c : t.columns)
            QCOMPARE(c.size(), std::size_t {0});
    }

    void channelSharesSumToOne()
    {
        const auto &web = m_table.require("web_share").numbers;
        const auto &app = m_table.require("app_share").numbers;
        const auto &store = m_table.require("store_share").numbers;
        for (std::size_t r = 0; r < kRows; ++r) {
            QVERIFY(web[r] >= 0.0 && app[r] >= 0.0 && store[r] >= 0.0);
            QVERIFY(std::abs(web[r] + app[r] + store[r] - 1.0) <= 1e-12);
        }
    }

    void missingCells()
    {
        // Each cell of these four columns is missing independently with probability 0.02, so the
        // count is Binomial(n, 0.02): mean 2000, sd sqrt(n * 0.02 * 0.98) = 44.3 for n = 100000.
        // Five standard deviations either side.
        const double p = 0.02;
        const double n = static_cast<double>(kRows);
        const double mean = n * p;
        const double tolerance = 5.0 * std::sqrt(n * p * (1.0 - p));
        const std::set<std::string> withMissing
            = {"minutes_on_site", "email_open_rate", "avg_order_value", "region"};
        for (const Column &c : m_table.columns) {
            const double missing = static_cast<double>(c.missingCount());
            if (withMissing.count(c.name)) {
                QVERIFY2(std::abs(missing - mean) <= tolerance, c.name.c_str());
            } else {
                QVERIFY2(missing == 0.0, c.name.c_str());
            }
        }
        // Missing completely at random: the columns are not missing together more often than
        // independence predicts (expected n * p^2 = 40 rows with both; allow 5 sd of Poisson(40)).
        const Column &minutes = m_table.require("minutes_on_site");
        const Column &aov = m_table.require("avg_order_value");
        std::size_t both = 0;
        for (std::size_t r = 0; r < kRows; ++r)
            both += minutes.isMissing(r) && aov.isMissing(r) ? 1 : 0;
        QVERIFY(std::abs(static_cast<double>(both) - n * p * p) <= 5.0 * std::sqrt(n * p * p));
    }

    void segmentSizes()
    {
        std::vector<double> counts(kDemoSegments, 0.0);
        for (double s : m_table.require("true_segment").numbers)
            counts[static_cast<std::size_t>(s)] += 1.0;

        double shareSum = 0.0;
        std::set<std::string> names;
        for (int s = 0; s < kDemoSegments; ++s) {
            shareSum += demoSegmentShare(s);
            names.insert(std::string(demoSegmentName(s)));
        }
        QVERIFY(std::abs(shareSum - 1.0) < 1e-12);
        QCOMPARE(names.size(), std::size_t {kDemoSegments});
        QVERIFY(!names.count(std::string()));
        QCOMPARE(demoSegmentName(-1), std::string_view());
        QCOMPARE(demoSegmentName(kDemoSegments), std::string_view());
        QCOMPARE(demoSegmentName(0), std::string_view("loyal high spenders"));
        QCOMPARE(demoSegmentName(3), std::string_view("lapsed one-timers"));

        // Documented proportions (docs/demo-data.md).
        const double documented[kDemoSegments] = {0.12, 0.20, 0.15, 0.25, 0.10, 0.18};
        const double n = static_cast<double>(kRows);
        for (int s = 0; s < kDemoSegments; ++s) {
            const double p = documented[s];
            QCOMPARE(demoSegmentShare(s), p);
            // Multinomial marginal: Binomial(n, p); five standard deviations.
            QVERIFY2(std::abs(counts[static_cast<std::size_t>(s)] - n * p)
                         <= 5.0 * std::sqrt(n * p * (1.0 - p)),
                     demoSegmentName(s).data());
        }
        // Unequal: the largest segment is more than twice the smallest, and no two are within 1%.
        const auto [smallest, largest] = std::minmax_element(counts.begin(), counts.end());
        QVERIFY(*largest > 2.0 * *smallest);
        std::vector<double> sorted = counts;
        std::sort(sorted.begin(), sorted.end());
        for (std::size_t i = 1; i < sorted.size(); ++i)
            QVERIFY(sorted[i] - sorted[i - 1] > 0.01 * n);
    }

    void revenueIsOrdersTimesAverageOrderValue()
    {
        // avg_order_value is revenue / orders rounded to cents, so the product is off by at most
        // half a cent per order.
        const auto &revenue = m_table.require("revenue").numbers;
        const auto &orders = m_table.require("orders").numbers;
        const auto &aov = m_table.require("avg_order_value").numbers;
        std::size_t checked = 0;
        for (std::size_t r = 0; r < kRows; ++r) {
            if (std::isnan(aov[r]))
                continue;
            ++checked;
            QVERIFY(std::abs(orders[r] * aov[r] - revenue[r]) <= 0.005 * orders[r] + 1e-6);
            QVERIFY(revenue[r] > 0.0);
        }
        QVERIFY(checked > kRows * 9 / 10);
    }

    void countsAreNonNegativeIntegers()
    {
        for (const char *name :
             {"sessions", "page_views", "orders", "days_since_last_order", "tenure_days"}) {
            for (double v : m_table.require(name).numbers)
                QVERIFY2(v >= 0.0 && v == std::floor(v), name);
        }
        const auto &sessions = m_table.require("sessions").numbers;
        const auto &pageViews = m_table.require("page_views").numbers;
        const auto &orders = m_table.require("orders").numbers;
        const auto &recency = m_table.require("days_since_last_order").numbers;
        const auto &tenure = m_table.require("tenure_days").numbers;
        for (std::size_t r = 0; r < kRows; ++r) {
            QVERIFY(pageViews[r] >= sessions[r]); // every session views a page
            QVERIFY(orders[r] >= 1.0); // a customer record starts with a first order
            QVERIFY(recency[r] <= tenure[r]); // no order before the customer existed
            QVERIFY(tenure[r] >= 1.0);
        }
        for (const char *name : {"email_open_rate", "discount_share", "return_rate"}) {
            for (double v : m_table.require(name).numbers)
                QVERIFY2(std::isnan(v) || (v >= 0.0 && v <= 1.0), name);
        }
    }

    void skewedMarginals()
    {
        // Spend and counts are right-skewed, as in real customer bases: mean above median.
        for (const char *name : {"revenue", "avg_order_value", "orders", "sessions", "page_views"}) {
            const std::vector<double> &v = m_table.require(name).numbers;
            double sum = 0.0;
            std::size_t n = 0;
            for (double x : v)
                if (!std::isnan(x)) {
                    sum += x;
                    ++n;
                }
            QVERIFY2(sum / static_cast<double>(n) > median(v), name);
        }
        // Counts are overdispersed (negative-binomial-like): variance well above the mean.
        for (const char *name : {"sessions", "orders"}) {
            const std::vector<double> &v = m_table.require(name).numbers;
            double sum = 0.0, sumSq = 0.0;
            for (double x : v) {
                sum += x;
                sumSq += x * x;
            }
            const double mean = sum / static_cast<double>(v.size());
            const double variance = sumSq / static_cast<double>(v.size()) - mean * mean;
            QVERIFY2(variance > 2.0 * mean, name);
        }
    }

    void personasShowInTheirFeatures()
    {
        // The persona traits of docs/demo-data.md, one defining feature each.
        QCOMPARE(segmentWithLargestMedian(m_table, "revenue"), 0); // loyal high spenders
        QCOMPARE(segmentWithLargestMedian(m_table, "discount_share"), 1); // discount hunters
        QCOMPARE(segmentWithLargestMedian(m_table, "app_share"), 2); // new app-first browsers
        QCOMPARE(segmentWithLargestMedian(m_table, "days_since_last_order"), 3); // lapsed one-timers
        QCOMPARE(segmentWithLargestMedian(m_table, "store_share"), 4); // store regulars
        QCOMPARE(segmentWithLargestMedian(m_table, "minutes_on_site"), 5); // window shoppers
        // New customers have the shortest tenure.
        int shortest = -1;
        double shortestMedian = INFINITY;
        for (int s = 0; s < kDemoSegments; ++s) {
            const double m = median(ofSegment(m_table, "tenure_days", s));
            if (m < shortestMedian) {
                shortestMedian = m;
                shortest = s;
            }
        }
        QCOMPARE(shortest, 2);
    }

    void correlatedFeatures()
    {
        // page_views is driven by sessions: strong positive Pearson correlation on log1p scale.
        const auto &a = m_table.require("sessions").numbers;
        const auto &b = m_table.require("page_views").numbers;
        double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
        for (std::size_t r = 0; r < kRows; ++r) {
            const double x = std::log1p(a[r]), y = std::log1p(b[r]);
            sa += x;
            sb += y;
            saa += x * x;
            sbb += y * y;
            sab += x * y;
        }
        const double n = static_cast<double>(kRows);
        const double cov = sab / n - sa / n * sb / n;
        const double corr = cov / std::sqrt((saa / n - sa / n * sa / n) * (sbb / n - sb / n * sb / n));
        QVERIFY(corr > 0.9);
    }

    void purchaseHistoryIsConsistent()
    {
        // frequency, recency and T restate orders, days_since_last_order and tenure_days in
        // weeks (rounded to 0.01); monetary_value is the mean of the repeat purchases, so revenue
        // is the first order plus frequency x monetary_value.
        const auto &orders = m_table.require("orders").numbers;
        const auto &sinceLast = m_table.require("days_since_last_order").numbers;
        const auto &tenure = m_table.require("tenure_days").numbers;
        const auto &revenue = m_table.require("revenue").numbers;
        const auto &x = m_table.require("frequency").numbers;
        const auto &tx = m_table.require("recency").numbers;
        const auto &T = m_table.require("T").numbers;
        const auto &m = m_table.require("monetary_value").numbers;
        for (std::size_t r = 0; r < kRows; ++r) {
            QCOMPARE(x[r], orders[r] - 1.0);
            QVERIFY(std::abs(T[r] - tenure[r] / 7.0) <= 0.005 + 1e-12);
            QVERIFY(std::abs(tx[r] - (tenure[r] - sinceLast[r]) / 7.0) <= 0.005 + 1e-12);
            QVERIFY(tx[r] >= 0.0 && tx[r] <= T[r]);
            QCOMPARE(x[r] == 0.0, m[r] == 0.0);
            if (x[r] == 0.0) {
                QCOMPARE(tx[r], 0.0);
                QCOMPARE(sinceLast[r], tenure[r]);
            }
            QVERIFY(revenue[r] >= x[r] * m[r] - 0.005);
        }
        // They are model inputs, not features: role Ignored, with the reason.
        for (const char *name : {"frequency", "recency", "T", "monetary_value"}) {
            QVERIFY2(m_table.require(name).role == ColumnRole::Ignored, name);
            QVERIFY(m_table.require(name).roleReason.find("lifetime-value model input") != std::string::npos);
        }
    }

    void valueModelsRecoverThePersonaParameters()
    {
        // The purchase history is a BG/NBD process with Gamma-Gamma values per persona
        // (docs/demo-data.md): fitted on one persona's customers, the models give back its
        // parameters. Loyal high spenders (0) and store regulars (4) have long tenures and many
        // purchases, which pin the parameters down: r 3, alpha 37.5 / 43, a 1, b 30 / 20,
        // p 6, q 6, gamma 79 / 50. The tolerances are about three standard errors at ~10,000
        // customers.
        struct Planted { int segment; double r, alpha, a, b, p, q, gamma; };
        for (const Planted &planted : {Planted {0, 3, 37.5, 1, 30, 6, 6, 79}, Planted {4, 3, 43, 1, 20, 6, 6, 50}}) {
            std::vector<RfmPoint> points;
            std::vector<SpendPoint> spend;
            const Column &truth = m_table.require("true_segment");
            for (std::size_t r = 0; r < kRows; ++r)
                if (truth.numbers[r] == planted.segment) {
                    const double x = m_table.require("frequency").numbers[r];
                    points.push_back({x, m_table.require("recency").numbers[r], m_table.require("T").numbers[r]});
                    spend.push_back({x, m_table.require("monetary_value").numbers[r]});
                }
            const BgNbdFit bg = fitBgNbd(points);
            const GammaGammaFit gg = fitGammaGamma(spend);
            const auto near = [](double fitted, double truth, double rel) { return std::abs(fitted / truth - 1) <= rel; };
            const QByteArray what = QByteArray("segment ") + QByteArray::number(planted.segment);
            QVERIFY2(near(bg.params.r / bg.params.alpha, planted.r / planted.alpha, 0.05), what); // mean rate
            QVERIFY2(near(bg.params.r, planted.r, 0.2), what);
            QVERIFY2(near(bg.params.a / (bg.params.a + bg.params.b), planted.a / (planted.a + planted.b), 0.25), what);
            QVERIFY2(near(gg.params.p * gg.params.gamma / (gg.params.q - 1),
                          planted.p * planted.gamma / (planted.q - 1), 0.05), what); // mean order value
            QVERIFY2(near(gg.params.p, planted.p, 0.15), what);
        }
    }

    void progressAndCancellation()
    {
        std::vector<double> fractions;
        const Progress progress(nullptr, [&](double f, std::string_view) { fractions.push_back(f); });
        generateDemoData(200000, 1, progress);
        QVERIFY(!fractions.empty());
        QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
        QCOMPARE(fractions.back(), 1.0);

        CancelToken token;
        token.cancel();
        QVERIFY_THROWS_EXCEPTION(Cancelled, generateDemoData(200000, 1, Progress(&token, {})));
    }
};

QTEST_APPLESS_MAIN(TestDemoData)
#include "test_demo_data.moc"
