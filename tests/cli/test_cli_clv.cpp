// segscope clv, run as a user would: the CDNOW sample's published estimates in the JSON, the
// per-customer file agreeing with the engine's formulas at the JSON's parameters, a customer
// summary mapped directly, the bad rows of a log reported, and the usage errors.

#include "tests/report/report_support.h"
#include "tests/support/segscope_process.h"

#include "engine/value/clv.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

QByteArray readAll(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

nlohmann::json readJson(const QString &file)
{
    return nlohmann::json::parse(readAll(file).toStdString());
}

QString cdnowSample(const QTemporaryDir &dir)
{
    return writeInputFile(dir.filePath(QStringLiteral("sample.txt")),
                          "master_id sample_id date cds dollars\n"
                              + readAll(QStringLiteral(SEG_SHARED_DATA_DIR "/cdnow/CDNOW_sample.txt")));
}

} // namespace

class TestCliClv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Fader, Hardie & Lee (2005), Marketing Science 24(2), section 5, and Fader & Hardie (2013),
    // brucehardie.com/notes/025: the published estimates, to the digits printed there.
    void cdnowSampleGivesThePublishedEstimates()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("clv.json")), out = dir.filePath(QStringLiteral("c.csv"));
        const SegscopeRun run = runSegscope({QStringLiteral("clv"), cdnowSample(dir), QStringLiteral("--customer-column"),
                                             QStringLiteral("sample_id"), QStringLiteral("--date-column"),
                                             QStringLiteral("date"), QStringLiteral("--amount-column"),
                                             QStringLiteral("dollars"), QStringLiteral("--calibration-end"),
                                             QStringLiteral("1997-09-30"), QStringLiteral("--holdout-end"),
                                             QStringLiteral("1998-06-30"), QStringLiteral("--horizon"),
                                             QStringLiteral("39"), QStringLiteral("--discount"), QStringLiteral("0.002"),
                                             QStringLiteral("--margin"), QStringLiteral("0.3"), QStringLiteral("--json"),
                                             json, QStringLiteral("--out"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const nlohmann::json j = readJson(json);
        const auto near = [](const nlohmann::json &v, double expected, double tolerance) {
            return std::abs(v.get<double>() - expected) < tolerance;
        };
        QVERIFY(near(j["bgnbd"]["r"], 0.243, 0.0005));
        QVERIFY(near(j["bgnbd"]["alpha"], 4.414, 0.0005));
        QVERIFY(near(j["bgnbd"]["a"], 0.793, 0.0005));
        QVERIFY(near(j["bgnbd"]["b"], 2.426, 0.0005));
        QVERIFY(near(j["bgnbd"]["log_likelihood"], -9582.4, 0.05));
        QVERIFY(near(j["gamma_gamma"]["p"], 6.25, 0.005));
        QVERIFY(near(j["gamma_gamma"]["q"], 3.74, 0.005));
        QVERIFY(near(j["gamma_gamma"]["gamma"], 15.44, 0.005));
        QCOMPARE(j["gamma_gamma"]["customers"].get<int>(), 946);
        QVERIFY(j["independence_check"]["ok"].get<bool>());
        QCOMPARE(j["totals"]["customers"].get<int>(), 2357);
        QCOMPARE(j["totals"]["repeat_customers"].get<int>(), 946);
        QCOMPARE(j["totals"]["calibration_repeat_purchases"].get<double>(), 2457.0);
        QCOMPARE(j["diagnostics"]["calibration_histogram"]["buckets"].back().get<std::string>(), std::string("7+"));
        QCOMPARE(j["diagnostics"]["calibration_histogram"]["actual"][0].get<double>(), 1411.0);
        QCOMPARE(j["diagnostics"]["holdout"]["length"].get<double>(), 39.0);
        QCOMPARE(j["data_issues"]["counts"]["duplicate"].get<int>(), 21);
        QCOMPARE(j["params"]["time_unit"].get<std::string>(), std::string("week"));

        // The per-customer file: a header and 2,357 customers; customer 0001 (x = 2, t_x = 30.43,
        // T = 38.86) with the engine's forecast at the fitted parameters of the JSON.
        const QList<QByteArray> lines = readAll(out).split('\n');
        QCOMPARE(lines.size(), 2359); // the last line break ends the file
        QCOMPARE(lines[0], QByteArray("id,frequency,recency,T,monetary,expected_purchases,p_alive,expected_spend,clv"));
        const QList<QByteArray> first = lines[1].split(',');
        QCOMPARE(first[0], QByteArray("0001"));
        QCOMPARE(first[1].toDouble(), 2.0);
        QVERIFY(std::abs(first[2].toDouble() - 30.43) < 0.005);
        QVERIFY(std::abs(first[3].toDouble() - 38.86) < 0.005);
        const seg::BgNbdParams p {j["bgnbd"]["r"], j["bgnbd"]["alpha"], j["bgnbd"]["a"], j["bgnbd"]["b"]};
        const seg::GammaGammaParams g {j["gamma_gamma"]["p"], j["gamma_gamma"]["q"], j["gamma_gamma"]["gamma"]};
        const seg::RfmPoint c {first[1].toDouble(), first[2].toDouble(), first[3].toDouble()};
        const seg::SpendPoint s {first[1].toDouble(), first[4].toDouble()};
        const seg::CustomerValue v = seg::customerValues(p, g, {c}, {s}, {39.0, 0.002, 0.3}).front();
        const auto same = [](const QByteArray &text, double value) {
            return std::abs(text.toDouble() - value) <= 1e-8 * std::max(1.0, std::abs(value));
        };
        QVERIFY(same(first[5], v.expectedPurchases));
        QVERIFY(same(first[6], v.probabilityAlive));
        QVERIFY(same(first[7], v.expectedSpend));
        QVERIFY(same(first[8], v.clv));
        // 39 weeks at the published parameters give 1.226 for this customer; the fit's own are as near.
        QVERIFY(std::abs(first[5].toDouble() - 1.226) < 0.002);
    }

    void modelChecksAreDrawn()
    {
        // --charts: one page with both checks; its figures are the JSON's, as the locale writes
        // them. Without a holdout period the page says how to get the second check.
        QTemporaryDir dir;
        const QString sample = cdnowSample(dir);
        const QString json = dir.filePath(QStringLiteral("clv.json")), pdf = dir.filePath(QStringLiteral("checks.pdf"));
        QStringList args {QStringLiteral("clv"), sample, QStringLiteral("--customer-column"), QStringLiteral("sample_id"),
                          QStringLiteral("--date-column"), QStringLiteral("date"), QStringLiteral("--amount-column"),
                          QStringLiteral("dollars"), QStringLiteral("--calibration-end"), QStringLiteral("1997-09-30"),
                          QStringLiteral("--today"), QStringLiteral("1998-07-01"), QStringLiteral("--json"), json,
                          QStringLiteral("--charts"), pdf, QStringLiteral("--quiet")};
        SegscopeRun run = runSegscope(args + QStringList {QStringLiteral("--holdout-end"), QStringLiteral("1998-06-30")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(seg::test::pdfPages(pdf), 1);
        const nlohmann::json holdout = readJson(json)["diagnostics"]["holdout"];
        const QLocale locale;
        const QString text = seg::test::pdfText(pdf);
        for (const QString &words :
             {QStringLiteral("Does the purchase model"), QStringLiteral("Counted"), QStringLiteral("BG/NBD expects"),
              QStringLiteral("Made (mean)"), QStringLiteral("Predicted (mean)"), QStringLiteral("holdout period to 1998-06-30"),
              locale.toString(holdout["predicted_total"].get<double>(), 'f', 1),
              locale.toString(holdout["actual_total"].get<double>(), 'f', 0), locale.toString(2357)})
            QVERIFY2(text.contains(words), qPrintable(words + QStringLiteral(" not in: ") + text));

        run = runSegscope(args);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString without = seg::test::pdfText(pdf);
        QVERIFY2(without.contains(QStringLiteral("No holdout period")), qPrintable(without));
        QVERIFY(!without.contains(QStringLiteral("Made (mean)")));
    }

    void customerSummaryIsMappedDirectly()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("clv.json"));
        const SegscopeRun run = runSegscope(
            {QStringLiteral("clv"), QStringLiteral(SEG_SHARED_DATA_DIR "/cdnow/cdnow_customers_summary_with_transactions.csv"),
             QStringLiteral("--customer-column"), QStringLiteral("ID"), QStringLiteral("--frequency-column"),
             QStringLiteral("x"), QStringLiteral("--recency-column"), QStringLiteral("t_x"),
             QStringLiteral("--tenure-column"), QStringLiteral("T"), QStringLiteral("--monetary-column"),
             QStringLiteral("zbar"), QStringLiteral("--json"), json, QStringLiteral("--quiet")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        const nlohmann::json j = readJson(json);
        // The published summary rounds t_x, T and zbar to cents of a week and a dollar: the
        // estimates move in the fourth digit at most.
        QVERIFY(std::abs(j["bgnbd"]["r"].get<double>() - 0.243) < 0.001);
        QVERIFY(std::abs(j["bgnbd"]["b"].get<double>() - 2.426) < 0.002);
        QVERIFY(std::abs(j["gamma_gamma"]["p"].get<double>() - 6.25) < 0.01);
        QCOMPARE(j["input"]["kind"].get<std::string>(), std::string("customer summary"));
        QVERIFY(!j.contains("data_issues"));
    }

    void badRowsAreReportedAndCounted()
    {
        QTemporaryDir dir;
        const QString log = writeInputFile(dir.filePath(QStringLiteral("log.csv")),
                                           "id,day,amount\n"
                                           "A,2024-01-01,10\n"
                                           "A,2024-01-08,12\n"
                                           "A,2024-01-08,12\n"
                                           "A,2024-02-01,-3\n"
                                           ",2024-02-01,5\n"
                                           "B,2024-13-01,5\n"
                                           "B,2024-01-03,7\n"
                                           "B,2024-02-10,9\n"
                                           "C,2024-01-20,four\n"
                                           "C,2024-01-20,4\n"
                                           "C,2024-02-25,6\n"
                                           "C,2030-01-01,6\n");
        const QString json = dir.filePath(QStringLiteral("clv.json"));
        const SegscopeRun run = runSegscope(
            {QStringLiteral("clv"), log, QStringLiteral("--customer-column"), QStringLiteral("id"),
             QStringLiteral("--date-column"), QStringLiteral("day"), QStringLiteral("--amount-column"),
             QStringLiteral("amount"), QStringLiteral("--calibration-end"), QStringLiteral("2024-03-31"),
             QStringLiteral("--today"), QStringLiteral("2024-04-30"), QStringLiteral("--time-unit"), QStringLiteral("day"),
             QStringLiteral("--json"), json, QStringLiteral("--quiet")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("warning: 1 row(s) without a customer id left out; the first: ")
                                  + log + QStringLiteral(": row 6, column 'id': the customer id is missing")),
                 qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("row 7, column 'day': '2024-13-01' is not a date")));
        QVERIFY(run.err.contains(QStringLiteral("row 10, column 'amount': 'four' is not a number")));
        QVERIFY(run.err.contains(QStringLiteral("row 13, column 'day': the date 2030-01-01 is in the future (after "
                                                "2024-04-30)")));
        QVERIFY(run.err.contains(QStringLiteral("1 row(s) with a negative amount counted as returns, not purchases")));
        QVERIFY(run.err.contains(QStringLiteral("1 duplicate line(s) kept (--drop-duplicates counts them once); the "
                                                "first: ")
                                 + log + QStringLiteral(": row 4, column 'id': every cell equals row 3: kept")));
        QVERIFY(!run.err.contains(QStringLiteral("transaction log")));
        const nlohmann::json j = readJson(json);
        const nlohmann::json counts = j["data_issues"]["counts"];
        QCOMPARE(counts["missing id"].get<int>(), 1);
        QCOMPARE(counts["bad date"].get<int>(), 1);
        QCOMPARE(counts["future date"].get<int>(), 1);
        QCOMPARE(counts["bad amount"].get<int>(), 1);
        QCOMPARE(counts["return"].get<int>(), 1);
        QCOMPARE(counts["duplicate"].get<int>(), 1);
        QCOMPARE(j["data_issues"]["rows"][0]["row"].get<int>(), 4);
        QCOMPARE(j["data_issues"]["rows"][0]["column"].get<std::string>(), std::string("id"));
        // A: days 0 and 7 -> x = 1; B: days 2 and 40 -> x = 1; C: days 19 and 55 -> x = 1.
        QCOMPARE(j["totals"]["customers"].get<int>(), 3);
        QCOMPARE(j["totals"]["calibration_repeat_purchases"].get<double>(), 3.0);
        QCOMPARE(j["params"]["horizon"].get<double>(), 365.0); // a year in days
    }

    void usageErrors()
    {
        QTemporaryDir dir;
        const QString log = writeInputFile(dir.filePath(QStringLiteral("log.csv")), "id,day,amount\nA,2024-01-01,1\n");
        const QString json = dir.filePath(QStringLiteral("o.json"));
        const QStringList base {QStringLiteral("clv"), log, QStringLiteral("--customer-column"), QStringLiteral("id"),
                                QStringLiteral("--date-column"), QStringLiteral("day"), QStringLiteral("--amount-column"),
                                QStringLiteral("amount")};
        const auto expect = [&](const QStringList &extra, int code, const QString &words) {
            const SegscopeRun run = runSegscope(base + extra);
            QVERIFY2(run.exitCode == code, qPrintable(run.err));
            QVERIFY2(run.err.contains(words), qPrintable(run.err));
            QVERIFY(!QFile::exists(json));
        };
        expect({QStringLiteral("--calibration-end"), QStringLiteral("2024-03-31")}, 2,
               QStringLiteral("clv needs --json OUT"));
        expect({QStringLiteral("--json"), json}, 2, QStringLiteral("clv needs --calibration-end"));
        expect({QStringLiteral("--calibration-end"), QStringLiteral("31/03/2024"), QStringLiteral("--json"), json}, 2,
               QStringLiteral("--calibration-end must be a date written YYYY-MM-DD, such as 1997-09-30, not "
                              "'31/03/2024'"));
        expect({QStringLiteral("--calibration-end"), QStringLiteral("2024-03-31"), QStringLiteral("--holdout-end"),
                QStringLiteral("2024-03-01"), QStringLiteral("--json"), json},
               2, QStringLiteral("--holdout-end 2024-03-01 must be after --calibration-end 2024-03-31"));
        expect({QStringLiteral("--calibration-end"), QStringLiteral("2024-03-31"), QStringLiteral("--time-unit"),
                QStringLiteral("year"), QStringLiteral("--json"), json},
               2, QStringLiteral("--time-unit: unknown time unit 'year'; accepted values: day, week, month"));
        expect({QStringLiteral("--calibration-end"), QStringLiteral("2024-03-31"), QStringLiteral("--margin"),
                QStringLiteral("1.5"), QStringLiteral("--json"), json},
               2, QStringLiteral("--margin"));
        expect({QStringLiteral("--calibration-end"), QStringLiteral("2024-03-31"), QStringLiteral("--frequency-column"),
                QStringLiteral("x"), QStringLiteral("--json"), json},
               2, QStringLiteral("a customer summary (--frequency-column) needs --recency-column too"));
        // One customer with one purchase: no repeat purchase to fit the spend model to.
        expect({QStringLiteral("--calibration-end"), QStringLiteral("2024-03-31"), QStringLiteral("--json"), json}, 3,
               log + QStringLiteral(": no customer has a repeat purchase with a positive value"));
        expect({QStringLiteral("--calibration-end"), QStringLiteral("2024-03-31"), QStringLiteral("--channel-column"),
                QStringLiteral("store"), QStringLiteral("--json"), json},
               3, log + QStringLiteral(": the column 'store' (--channel-column) does not exist; the columns are: 'id', "
                                       "'day', 'amount'"));
    }
};

QTEST_GUILESS_MAIN(TestCliClv)
#include "test_cli_clv.moc"
