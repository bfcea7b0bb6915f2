// bench_clv: customers from a transaction log, BG/NBD and Gamma-Gamma fitted, and every
// customer's forecast, timed phase by phase. Prints one JSON object. See bench/README.md.
//
//   bench_clv --cdnow CDNOW_master.txt [--runs R] [--threads T]
//   bench_clv --synthetic N [--seed S] [--runs R] [--threads T]
//
// --cdnow reads the CDNOW master log (69,659 lines, 23,570 customers; calibration ends
// 1997-09-30, holdout 1998-06-30, weeks). --synthetic draws about N lines from the BG/NBD and
// Gamma-Gamma processes (days: first purchases over a year, calibration to day 547, holdout to
// day 730) into a table in memory, as the loader would give it (text ids, dates, amounts).

#include "engine/core/error.h"
#include "engine/core/parallel.h"
#include "engine/core/random.h"
#include "engine/data/cell_parsers.h"
#include "engine/data/loader.h"
#include "engine/prep/transactions.h"
#include "engine/value/clv.h"
#include "engine/value/diagnostics.h"
#include "engine/value/simulate.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <functional>
#include <string>
#include <vector>

#include <sys/resource.h>

namespace {

using Clock = std::chrono::steady_clock;

[[noreturn]] void usage(const std::string &message)
{
    std::fprintf(stderr,
                 "bench_clv: %s\nusage: bench_clv --cdnow CDNOW_master.txt [--runs R] [--threads T]\n"
                 "       bench_clv --synthetic N [--seed S] [--runs R] [--threads T]\n",
                 message.c_str());
    std::exit(2);
}

double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

// The best of `runs` wall times of `work`, in seconds.
double best(int runs, const std::function<void()> &work)
{
    double fastest = 1e300;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        work();
        fastest = std::min(fastest, std::chrono::duration<double>(Clock::now() - start).count());
    }
    return fastest;
}

seg::Table syntheticLog(long long lines, std::uint64_t seed, std::size_t &customersDrawn)
{
    const seg::BgNbdParams bgnbd {0.6, 40.0, 0.8, 2.5};
    const seg::GammaGammaParams gg {4.0, 3.0, 60.0};
    seg::Rng rng(seed);
    seg::Table t;
    t.source = "synthetic";
    seg::Column id, date, amount;
    id.name = "customer";
    id.type = seg::ColumnType::Identifier;
    date.name = "date";
    date.type = seg::ColumnType::Date;
    amount.name = "amount";
    amount.type = seg::ColumnType::Real;
    const double origin = static_cast<double>(seg::daysFromCivil(2023, 1, 1));
    customersDrawn = 0;
    char buf[32];
    while (static_cast<long long>(amount.numbers.size()) < lines) {
        std::vector<double> first(10000);
        for (double &f : first)
            f = 365.0 * rng.uniform();
        for (const seg::SimulatedPurchase &p : seg::simulatePurchases(bgnbd, gg, first, 730.0, rng)) {
            std::snprintf(buf, sizeof buf, "C%08zu", customersDrawn + p.customer + 1);
            id.text.emplace_back(buf);
            id.textMissing.push_back(0);
            date.numbers.push_back(origin + std::floor(p.time));
            amount.numbers.push_back(std::round(p.amount * 100.0) / 100.0);
        }
        customersDrawn += first.size();
    }
    t.rowCount = amount.numbers.size();
    t.columns = {std::move(id), std::move(date), std::move(amount)};
    return t;
}

} // namespace

int main(int argc, char **argv)
{
    std::string cdnow;
    long long synthetic = 0;
    std::uint64_t seed = 1;
    int runs = 3, threads = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const auto next = [&]() -> std::string {
            if (i + 1 >= argc)
                usage(a + " needs a value");
            return argv[++i];
        };
        if (a == "--cdnow")
            cdnow = next();
        else if (a == "--synthetic")
            synthetic = std::atoll(next().c_str());
        else if (a == "--seed")
            seed = std::strtoull(next().c_str(), nullptr, 10);
        else if (a == "--runs")
            runs = std::max(1, std::atoi(next().c_str()));
        else if (a == "--threads")
            threads = std::atoi(next().c_str());
        else
            usage("unknown option " + a);
    }
    if (cdnow.empty() == (synthetic <= 0))
        usage("give either --cdnow FILE or --synthetic N");
    seg::setThreadCount(threads);
    try {
        seg::Table table;
        seg::TransactionOptions options;
        double readSeconds = 0.0;
        std::size_t drawn = 0;
        if (!cdnow.empty()) {
            seg::CsvOptions csv;
            csv.columnTypes = {{"customer_id", seg::ColumnType::Identifier}};
            readSeconds = best(runs, [&] { table = seg::loadTable(cdnow, {}, csv); });
            options.columns = {"customer_id", "date", "dollar_value", {}, {}, {}, {}};
            options.calibrationEnd = static_cast<double>(seg::daysFromCivil(1997, 9, 30));
            options.holdoutEnd = static_cast<double>(seg::daysFromCivil(1998, 6, 30));
            options.unit = seg::TimeUnit::Week;
        } else {
            const auto start = Clock::now();
            table = syntheticLog(synthetic, seed, drawn);
            readSeconds = std::chrono::duration<double>(Clock::now() - start).count();
            const double origin = static_cast<double>(seg::daysFromCivil(2023, 1, 1));
            options.columns = {"customer", "date", "amount", {}, {}, {}, {}};
            options.calibrationEnd = origin + 547;
            options.holdoutEnd = origin + 730;
            options.unit = seg::TimeUnit::Week;
        }
        seg::CustomerTable customers;
        const double deriveSeconds = best(runs, [&] { customers = seg::summariseTransactions(table, options); });
        const std::vector<seg::RfmPoint> points = seg::rfmPoints(customers);
        std::vector<seg::SpendPoint> spend;
        for (const seg::CustomerSummary &c : customers.customers)
            spend.push_back({c.frequency, c.monetary});
        seg::BgNbdFit bgnbd;
        seg::GammaGammaFit gg;
        const double bgnbdSeconds = best(runs, [&] { bgnbd = seg::fitBgNbd(points); });
        const double ggSeconds = best(runs, [&] { gg = seg::fitGammaGamma(spend); });
        std::vector<seg::CustomerValue> values;
        seg::ClvOptions clv; // 52 weeks, undiscounted
        const double valueSeconds
            = best(runs, [&] { values = seg::customerValues(bgnbd.params, gg.params, points, spend, clv); });
        clv.discountRate = 0.002;
        const double discountedSeconds
            = best(runs, [&] { values = seg::customerValues(bgnbd.params, gg.params, points, spend, clv); });
        const double histogramSeconds = best(runs, [&] { (void)seg::frequencyHistogram(bgnbd.params, points); });
        std::printf("{\"input\": \"%s\", \"lines\": %zu, \"customers\": %zu, \"customers_drawn\": %zu, "
                    "\"threads\": %d, \"runs\": %d,\n"
                    " \"seconds\": {\"read_or_generate\": %.4f, \"derive\": %.4f, \"fit_bgnbd\": %.4f, "
                    "\"fit_gamma_gamma\": %.4f, \"values_52\": %.4f, \"values_52_discounted\": %.4f, "
                    "\"histogram\": %.4f},\n"
                    " \"bgnbd\": {\"r\": %.6f, \"alpha\": %.6f, \"a\": %.6f, \"b\": %.6f, \"log_likelihood\": %.4f, "
                    "\"evaluations\": %d, \"status\": \"%s\"},\n"
                    " \"gamma_gamma\": {\"p\": %.6f, \"q\": %.6f, \"gamma\": %.6f, \"log_likelihood\": %.4f, "
                    "\"evaluations\": %d, \"status\": \"%s\"},\n"
                    " \"peak_rss_mb\": %.1f}\n",
                    cdnow.empty() ? "synthetic" : cdnow.c_str(), table.rowCount, points.size(), drawn,
                    seg::threadCount(), runs, readSeconds, deriveSeconds, bgnbdSeconds, ggSeconds, valueSeconds,
                    discountedSeconds, histogramSeconds, bgnbd.params.r, bgnbd.params.alpha, bgnbd.params.a,
                    bgnbd.params.b, bgnbd.logLikelihood, bgnbd.evaluations, seg::toString(bgnbd.status), gg.params.p,
                    gg.params.q, gg.params.gamma, gg.logLikelihood, gg.evaluations, seg::toString(gg.status),
                    peakRssMb());
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_clv: %s\n", e.what());
        return 1;
    }
    return 0;
}
