// segscope and column roles on real data: the suggested roles (Wholesale's codes become
// categories), the options that change them (--role, --categorical, --value-columns,
// --date-columns, --date-order), transaction logs refused with exit code 3 unless no column is
// the key (--id-column ''), and CDNOW's whitespace-separated text. Exit codes and messages are
// asserted word for word; the figures come from Python on the same files (see
// tests/engine/test_real_data_import.cpp).

#include "tests/support/segscope_process.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kWholesale = QStringLiteral(SEG_SHARED_DATA_DIR "/wholesale/Wholesale customers data.csv");
const QString kOnlineRetail = QStringLiteral(SEG_SHARED_DATA_DIR "/online_retail/online_retail_sample.csv");
const QString kCdnow = QStringLiteral(SEG_SHARED_DATA_DIR "/cdnow/CDNOW_master.txt");

QString error(const QString &detail)
{
    return QStringLiteral("segscope: error: ") + detail + u'\n';
}

QString usage(const QString &detail)
{
    return QStringLiteral("segscope: ") + detail + QStringLiteral("\nRun 'segscope help' for usage.\n");
}

QStringList strings(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out << v.toString();
    return out;
}

} // namespace

class TestCliRoles : public QObject
{
    Q_OBJECT

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString writeFile(const QString &name, const QByteArray &bytes) const { return writeInputFile(path(name), bytes); }

    /// segscope cluster INPUT --k 2 ARGS --json summary.json --quiet; the summary ({} on failure).
    QJsonObject cluster(const QString &input, const QStringList &args, SegscopeRun &run) const
    {
        const QString json = path(QStringLiteral("summary.json"));
        QFile::remove(json);
        run = runSegscope(QStringList {QStringLiteral("cluster"), input, QStringLiteral("--k"), QStringLiteral("2"),
                                       QStringLiteral("--json"), json, QStringLiteral("--quiet")}
                          + args);
        QFile f(json);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void wholesaleCodesAreOneHot()
    {
        SegscopeRun run;
        const QJsonObject summary = cluster(kWholesale, {}, run);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(strings(summary[QStringLiteral("params")][QStringLiteral("features")]),
                 QStringList({QStringLiteral("Channel=1"), QStringLiteral("Channel=2"), QStringLiteral("Region=3"),
                              QStringLiteral("Region=1"), QStringLiteral("Region=2"), QStringLiteral("Fresh"),
                              QStringLiteral("Milk"), QStringLiteral("Grocery"), QStringLiteral("Frozen"),
                              QStringLiteral("Detergents_Paper"), QStringLiteral("Delicassen")}));
    }

    void rolesFromTheCommandLine()
    {
        // --role overrides the suggestion; --value-columns and --categorical use lists.
        SegscopeRun run;
        QJsonObject summary
            = cluster(kWholesale,
                      {QStringLiteral("--role"), QStringLiteral("Channel=numeric"), QStringLiteral("--role=Region=ignored"),
                       QStringLiteral("--value-columns"), QStringLiteral("Fresh,Milk"), QStringLiteral("--columns"),
                       QStringLiteral("Channel,Fresh,Milk")},
                      run);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(strings(summary[QStringLiteral("params")][QStringLiteral("features")]),
                 QStringList({QStringLiteral("Channel"), QStringLiteral("Fresh"), QStringLiteral("Milk")}));
        summary = cluster(kWholesale,
                          {QStringLiteral("--role"), QStringLiteral("Region=ignored"), QStringLiteral("--role"),
                           QStringLiteral("Channel=ignored"), QStringLiteral("--exclude"),
                           QStringLiteral("Fresh,Milk,Grocery,Frozen,Detergents_Paper")},
                          run);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(strings(summary[QStringLiteral("params")][QStringLiteral("features")]),
                 QStringList({QStringLiteral("Delicassen")}));

        // A small table: a code made categorical by hand, and money by list.
        QByteArray csv = "shop,visits,budget\n";
        for (int i = 0; i < 30; ++i)
            csv += QByteArray::number(i % 5 + 1) + "," + QByteArray::number(i % 7) + "," + QByteArray::number(i * 3)
                + "\n";
        const QString small = writeFile(QStringLiteral("small.csv"), csv);
        summary = cluster(small,
                          {QStringLiteral("--categorical"), QStringLiteral("shop"), QStringLiteral("--value-columns"),
                           QStringLiteral("budget")},
                          run);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(strings(summary[QStringLiteral("params")][QStringLiteral("features")]),
                 QStringList({QStringLiteral("visits"), QStringLiteral("budget"), QStringLiteral("shop=1"),
                              QStringLiteral("shop=2"), QStringLiteral("shop=3"), QStringLiteral("shop=4"),
                              QStringLiteral("shop=5")}));
    }

    void roleMistakes()
    {
        SegscopeRun run;
        cluster(kWholesale, {QStringLiteral("--role"), QStringLiteral("Region=money")}, run);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, usage(QStringLiteral("--role Region=money: unknown column role 'money'; the roles are: id, "
                                               "label, numeric, categorical, value, date, personal, ignored")));
        cluster(kWholesale, {QStringLiteral("--role"), QStringLiteral("Region")}, run);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err,
                 usage(QStringLiteral("--role expects COLUMN=ROLE, such as --role Region=categorical, not 'Region'")));
        cluster(kWholesale,
                {QStringLiteral("--categorical"), QStringLiteral("Region"), QStringLiteral("--role"),
                 QStringLiteral("Region=value")},
                run);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, usage(QStringLiteral("column 'Region' is given two roles: value (--role) and categorical "
                                               "(--categorical)")));
        // The data decides what a column can be: exit code 3, naming the file and the column.
        cluster(kWholesale, {QStringLiteral("--date-columns"), QStringLiteral("Fresh")}, run);
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.err, error(kWholesale
                                + QStringLiteral(", column 'Fresh': column 'Fresh' cannot be date: row 2 holds '12669', "
                                                 "which is not a date (such as 2024-03-31, 3/31/2024, 31.03.2024 or "
                                                 "20240331)")));
        cluster(kWholesale, {QStringLiteral("--value-columns"), QStringLiteral("Spend")}, run);
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.err, error(kWholesale
                                + QStringLiteral(": a role (value) was set for the column 'Spend', but there is no such "
                                                 "column; the columns are: 'Channel', 'Region', 'Fresh', 'Milk', "
                                                 "'Grocery', 'Frozen', 'Detergents_Paper', 'Delicassen'")));
        cluster(kWholesale, {QStringLiteral("--date-order"), QStringLiteral("sideways")}, run);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, usage(QStringLiteral("--date-order must be month-first (3/31/2024) or day-first (31/3/2024), "
                                               "not 'sideways'")));
    }

    void noDelimiterIsNamedWhenNothingIsLeft()
    {
        // Nothing splits these lines evenly: one column of text, and the error says what the
        // delimiter detection found rather than "the feature spec selects no columns".
        const QString words = writeFile(QStringLiteral("words.txt"), "first second third\none two\nthree four five\n");
        SegscopeRun run;
        cluster(words, {}, run);
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.err, error(words
                                + QStringLiteral(": no column is left to cluster: 'first second third' is left out (role "
                                                 "ignored: its cells are free text or keys), not a feature; no "
                                                 "delimiter was found: ',', ';', tab and '|' do not occur in the "
                                                 "header, and runs of spaces split the header into 3 fields but the "
                                                 "line of row 2 into 2; the file was read as one column")));
    }

    void dateColumnsAndOrder()
    {
        // Ambiguous slash dates: month first unless --date-order says otherwise; the warning
        // says which order was read. --date-columns turns YYYYMMDD codes with a stray value into
        // an error naming it rather than numbers.
        QByteArray csv = "joined,visits\n";
        for (int i = 0; i < 20; ++i)
            csv += "0" + QByteArray::number(i % 9 + 1) + "/0" + QByteArray::number(i % 7 + 1) + "/2024,"
                + QByteArray::number(i) + "\n";
        const QString dates = writeFile(QStringLiteral("dates.csv"), csv);
        SegscopeRun run;
        QJsonObject summary = cluster(dates, {}, run);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(strings(summary[QStringLiteral("warnings")])
                     .contains(QStringLiteral("column 'joined' holds dates such as '01/01/2024' whose day and month "
                                              "could be either way round (no day above 12); read as month/day/year "
                                              "(the default order when a column does not show it)")),
                 qPrintable(strings(summary[QStringLiteral("warnings")]).join(u'\n')));
        summary = cluster(dates, {QStringLiteral("--date-order"), QStringLiteral("day-first")}, run);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(strings(summary[QStringLiteral("warnings")]).join(u'\n').contains(QStringLiteral("read as day/month/year")));

        const QString codes = writeFile(QStringLiteral("codes.csv"), "day,visits\n20240131,1\n20240229,2\n20241301,3\n");
        cluster(codes, {QStringLiteral("--date-columns"), QStringLiteral("day")}, run);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("column 'day' cannot be date: row 4 holds '20241301'")), qPrintable(run.err));
    }

    void transactionLogsAreRefused()
    {
        SegscopeRun run;
        cluster(kOnlineRetail, {}, run);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.startsWith(error(kOnlineRetail).chopped(1)
                                    + QStringLiteral(", column 'CustomerID': column 'CustomerID' repeats: 14,922 rows for "
                                                     "3,049 ids (id '17841' has 301 rows). The data looks like a "
                                                     "transaction log")),
                 qPrintable(run.err));
        QVERIFY2(run.err.endsWith(QStringLiteral("if each row really is one customer, say that no column is the key "
                                                 "with --id-column ''\n")),
                 qPrintable(run.err));

        // CDNOW: four whitespace-separated columns, 69,659 purchases of 23,570 customers.
        cluster(kCdnow, {}, run);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("column 'customer_id' repeats: 69,659 rows for 23,570 ids (id '14048' "
                                                 "has 217 rows)")),
                 qPrintable(run.err));

        // Saying that no column is the key clusters the rows as they are; InvoiceNo's
        // cancellations ("C536379") are keys, never "expected numbers". The warning stays.
        const QJsonObject summary = cluster(kOnlineRetail, {QStringLiteral("--id-column"), QString()}, run);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(strings(summary[QStringLiteral("input")][QStringLiteral("columns_used")]),
                 QStringList({QStringLiteral("UnitPrice"), QStringLiteral("InvoiceDate"), QStringLiteral("Country"),
                              QStringLiteral("Quantity")}));
        QVERIFY(strings(summary[QStringLiteral("warnings")]).join(u'\n').contains(QStringLiteral("transaction log")));

        // Naming the id column repeats the reader's duplicate check, which names the log too.
        cluster(kCdnow, {QStringLiteral("--id-column"), QStringLiteral("customer_id")}, run);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("customer ids must be unique; 69659 rows for 23570 ids look like a "
                                                 "transaction log (a row per purchase): turn it into one row per "
                                                 "customer first")),
                 qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliRoles)
#include "test_cli_roles.moc"
