// The import dialog: preview, choices, and inline validation naming row and column.

#include "app/ui/import_dialog.h"

#include "engine/data/loader.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QCheckBox>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>

using namespace seg;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

QPushButton *okButton(const ImportDialog &dialog)
{
    const auto boxes = dialog.findChildren<QDialogButtonBox *>();
    return boxes.isEmpty() ? nullptr : boxes.front()->button(QDialogButtonBox::Ok);
}

QString shownMessage(const ImportDialog &dialog)
{
    const auto *label = dialog.findChild<QLabel *>(QStringLiteral("validationMessage"));
    return label ? label->text() : QString();
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void malformedCellNamesRowAndColumn();
    void duplicateIdNamesRowAndColumn();
    void acceptsGoodCsvWithChosenId();
    void previewIsLimited();
    void widePreviewShowsFirstColumns();
    void buildSpecUsesChosenGroups();
    void sqliteTableChooser();
    void unreadableFile();
    void rolesAreSuggestedWithReasons();
    void chosenRolesChangeFeaturesAndGroups();
    void impossibleRoleBlocksImport();
    void transactionLogIsReadAsCustomers();
    void whitespaceFileWithDates();
};

void TestImportDialog::malformedCellNamesRowAndColumn()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Row 4 (header = row 1) has text after the closing quote of its "orders" cell.
    const QString path = writeFile(dir, QStringLiteral("broken.csv"),
                                   "customer_id,orders,revenue\n"
                                   "C1,3,10.5\n"
                                   "C2,5,20\n"
                                   "C3,\"7\"x,30\n"
                                   "C4,2,5\n");
    ImportDialog dialog(path);
    QVERIFY(!dialog.isValid());
    const QString message = dialog.validationMessage();
    QVERIFY2(message.contains(QLatin1String("row 4")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("'orders'")), qPrintable(message));
    // Shown inline, and OK is blocked.
    QVERIFY(shownMessage(dialog).contains(QLatin1String("row 4")));
    QVERIFY(okButton(dialog));
    QVERIFY(!okButton(dialog)->isEnabled());
}

void TestImportDialog::duplicateIdNamesRowAndColumn()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, QStringLiteral("dupes.csv"),
                                   "customer_id,orders,revenue\n"
                                   "C1,3,10.5\n"
                                   "C2,5,20\n"
                                   "C2,7,30\n"
                                   "C4,2,5\n");
    ImportDialog dialog(path);
    // "customer_id" is suggested as the id, and the repeated C2 (rows 3 and 4) is reported.
    QCOMPARE(dialog.choice().idColumn, QStringLiteral("customer_id"));
    QVERIFY(!dialog.isValid());
    const QString message = dialog.validationMessage();
    QVERIFY2(message.contains(QLatin1String("row 4")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("'customer_id'")), qPrintable(message));
    QVERIFY(!okButton(dialog)->isEnabled());

    // Without an id column the same rows are fine.
    dialog.setIdColumn(QString());
    QVERIFY2(dialog.isValid(), qPrintable(dialog.validationMessage()));
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(shownMessage(dialog).isEmpty() || !shownMessage(dialog).contains(QLatin1String("Cannot import")));
}

void TestImportDialog::acceptsGoodCsvWithChosenId()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, QStringLiteral("good.csv"),
                                   "account,visits,spend,segment,region\n"
                                   "A-1,3,10.5,gold,North\n"
                                   "A-2,5,20,silver,South\n"
                                   "A-3,7,30,gold,North\n"
                                   "A-4,2,5,bronze,East\n"
                                   "A-5,9,45,gold,South\n");
    ImportDialog dialog(path);
    QCOMPARE(dialog.previewRowCount(), 5);
    QVERIFY(dialog.previewTable());
    QCOMPARE(dialog.previewTable()->columns.size(), std::size_t(5));

    dialog.setIdColumn(QStringLiteral("account"));
    dialog.setLabelColumn(QStringLiteral("segment"));
    QVERIFY2(dialog.isValid(), qPrintable(dialog.validationMessage()));

    const ImportChoice choice = dialog.choice();
    QCOMPARE(choice.path, path);
    QCOMPARE(choice.idColumn, QStringLiteral("account"));
    QCOMPARE(choice.labelColumn, QStringLiteral("segment"));
    QVERIFY(choice.sqliteTable.isEmpty());
    // The id and the known segments are never features; the numeric columns are suggested.
    QVERIFY(!choice.features.contains(QStringLiteral("account")));
    QVERIFY(!choice.features.contains(QStringLiteral("segment")));
    QVERIFY(choice.features.contains(QStringLiteral("visits")));
    QVERIFY(choice.features.contains(QStringLiteral("spend")));

    // Hashing ids is offered with an id column only, and off unless chosen.
    QVERIFY(!choice.hashIds);
    auto *hash = dialog.findChild<QCheckBox *>();
    QVERIFY(hash && hash->isEnabled());
    dialog.setHashIds(true);
    QVERIFY(dialog.choice().hashIds);
    dialog.setIdColumn(QString());
    QVERIFY(!hash->isEnabled());
    QVERIFY(!dialog.choice().hashIds);
    dialog.setIdColumn(QStringLiteral("account"));
    dialog.setHashIds(false);

    // Unchecking every feature blocks OK with a message; checking one again unblocks it.
    for (const QString &feature : choice.features)
        dialog.setFeatureChecked(feature, false);
    QVERIFY(!dialog.isValid());
    QVERIFY(!okButton(dialog)->isEnabled());
    dialog.setFeatureChecked(QStringLiteral("spend"), true);
    QVERIFY(dialog.isValid());
    QCOMPARE(dialog.choice().features, QStringList{QStringLiteral("spend")});

    QVERIFY(okButton(dialog)->isEnabled());
    okButton(dialog)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestImportDialog::previewIsLimited()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray csv = "id,value\n";
    for (int i = 0; i < 250; ++i)
        csv += "c" + QByteArray::number(i) + "," + QByteArray::number(i * 3 % 17) + "\n";
    ImportDialog dialog(writeFile(dir, QStringLiteral("long.csv"), csv));
    QCOMPARE(dialog.previewRowCount(), ImportDialog::kPreviewRows);
    QCOMPARE(dialog.choice().idColumn, QStringLiteral("id"));
    QVERIFY(dialog.isValid());
}

void TestImportDialog::widePreviewShowsFirstColumns()
{
    // 3 rows × (id + 1,000 columns): the preview shows the first kPreviewColumns columns and
    // says so; every column is still offered (and suggested) as a feature.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray csv = "id";
    for (int j = 1; j <= 1000; ++j)
        csv += ",f" + QByteArray::number(j);
    csv += "\n";
    for (int i = 0; i < 3; ++i) {
        csv += "c" + QByteArray::number(i);
        for (int j = 1; j <= 1000; ++j)
            csv += "," + QByteArray::number((i * 7 + j) % 11);
        csv += "\n";
    }
    ImportDialog dialog(writeFile(dir, QStringLiteral("wide.csv"), csv));
    QCOMPARE(dialog.previewRowCount(), 3);
    QCOMPARE(dialog.previewColumnCount(), ImportDialog::kPreviewColumns);
    const auto labels = dialog.findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(), [](const QLabel *label) {
        return label->text() == QStringLiteral("Preview: the first 3 rows, the first 100 of 1001 columns");
    }));
    QVERIFY(dialog.isValid());
    const ImportChoice choice = dialog.choice();
    QCOMPARE(choice.idColumn, QStringLiteral("id"));
    QCOMPARE(choice.features.size(), 1000);
    QCOMPARE(choice.features.front(), QStringLiteral("f1"));
    QCOMPARE(choice.features.back(), QStringLiteral("f1000"));

    // 25,000 columns: the preview reads 1,000,000 / 25,001 = 39 of the 60 rows.
    QByteArray wider = "id";
    for (int j = 1; j <= 25000; ++j)
        wider += ",f" + QByteArray::number(j);
    wider += "\n";
    for (int i = 0; i < 60; ++i) {
        wider += "c" + QByteArray::number(i);
        for (int j = 1; j <= 25000; ++j)
            wider += "," + QByteArray::number((i + j) % 7);
        wider += "\n";
    }
    ImportDialog wide(writeFile(dir, QStringLiteral("wider.csv"), wider));
    QCOMPARE(wide.previewRowCount(), 39);
    QCOMPARE(wide.previewColumnCount(), ImportDialog::kPreviewColumns);
    QVERIFY(wide.isValid());
    QCOMPARE(wide.choice().features.size(), 25000);
}

void TestImportDialog::buildSpecUsesChosenGroups()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ImportDialog dialog(writeFile(dir, QStringLiteral("groups.csv"),
                                  "customer_id,sessions,orders,revenue\n"
                                  "C1,3,1,10\nC2,8,2,25\nC3,1,0,0\nC4,12,5,80\n"));
    dialog.setFeatureGroup(QStringLiteral("revenue"), QStringLiteral("money"));
    dialog.setFeatureGroup(QStringLiteral("orders"), QStringLiteral("money"));
    const ImportChoice choice = dialog.choice();
    QCOMPARE(choice.features,
             (QStringList{QStringLiteral("sessions"), QStringLiteral("orders"), QStringLiteral("revenue")}));
    const FeatureSpec spec = choice.buildSpec(*dialog.previewTable());
    std::map<std::string, std::string> groupOf;
    for (const FeatureGroup &group : spec.groups)
        for (const FeatureColumn &column : group.columns)
            groupOf[column.column] = group.name;
    QCOMPARE(groupOf.size(), std::size_t(3));
    QCOMPARE(groupOf["orders"], std::string("money"));
    QCOMPARE(groupOf["revenue"], std::string("money"));
    // Not edited: the group suggested from the name.
    QCOMPARE(groupOf["sessions"], suggestGroup("sessions"));
}

void TestImportDialog::sqliteTableChooser()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shop.sqlite"));
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    const char *sql = "CREATE TABLE customers (customer_id TEXT, orders INTEGER, revenue REAL);"
                      "INSERT INTO customers VALUES ('C1', 3, 10.5), ('C2', 5, 20.0), ('C3', 1, 2.5);"
                      "CREATE TABLE audit (what TEXT, at TEXT);"
                      "INSERT INTO audit VALUES ('x', '2024-01-01');";
    QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);

    ImportDialog dialog(path);
    QVERIFY(dialog.isSqlite());
    dialog.setSqliteTable(QStringLiteral("customers"));
    QCOMPARE(dialog.choice().sqliteTable, QStringLiteral("customers"));
    QCOMPARE(dialog.previewRowCount(), 3);
    QCOMPARE(dialog.choice().idColumn, QStringLiteral("customer_id"));
    QVERIFY2(dialog.isValid(), qPrintable(dialog.validationMessage()));
    QVERIFY(dialog.choice().features.contains(QStringLiteral("revenue")));

    dialog.setSqliteTable(QStringLiteral("audit"));
    QCOMPARE(dialog.choice().sqliteTable, QStringLiteral("audit"));
    QCOMPARE(dialog.previewRowCount(), 1);
    QVERIFY(dialog.previewTable()->find("what"));
}

void TestImportDialog::unreadableFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing.csv"));
    ImportDialog dialog(path);
    QVERIFY(!dialog.isValid());
    QVERIFY2(dialog.validationMessage().contains(QLatin1String("missing.csv")), qPrintable(dialog.validationMessage()));
    QVERIFY(!okButton(dialog)->isEnabled());
}

void TestImportDialog::rolesAreSuggestedWithReasons()
{
    ImportDialog dialog(QStringLiteral(SEG_SHARED_DATA_DIR "/wholesale/Wholesale customers data.csv"));
    QVERIFY2(dialog.isValid(), qPrintable(dialog.validationMessage()));
    QVERIFY(dialog.columnRole(QStringLiteral("Channel")) == ColumnRole::Categorical);
    QVERIFY(dialog.columnRole(QStringLiteral("Region")) == ColumnRole::Categorical);
    QVERIFY(dialog.columnRole(QStringLiteral("Fresh")) == ColumnRole::Numeric);
    // The reason describes the previewed rows: the first 200 hold Region 1 and 3 only (Python).
    QCOMPARE(dialog.roleReason(QStringLiteral("Region")),
             QStringLiteral("Suggested: categorical, because whole numbers 1\u20133 in 2 values and a name like a code: "
                            "a category, not a quantity"));
    const ImportChoice choice = dialog.choice();
    QVERIFY(choice.idColumn.isEmpty());
    QVERIFY(choice.roles.empty()); // nothing differs from the suggestion
    QCOMPARE(choice.features.size(), 8);
    QCOMPARE(choice.groups.at(QStringLiteral("Region")), QStringLiteral("profile"));
    QCOMPARE(choice.groups.at(QStringLiteral("Fresh")), QStringLiteral("other"));
}

void TestImportDialog::chosenRolesChangeFeaturesAndGroups()
{
    ImportDialog dialog(QStringLiteral(SEG_SHARED_DATA_DIR "/wholesale/Wholesale customers data.csv"));
    dialog.setColumnRole(QStringLiteral("Fresh"), ColumnRole::Value);
    dialog.setColumnRole(QStringLiteral("Region"), ColumnRole::Ignored);
    dialog.setColumnRole(QStringLiteral("Channel"), ColumnRole::Numeric);
    QVERIFY2(dialog.isValid(), qPrintable(dialog.validationMessage()));
    QCOMPARE(dialog.roleReason(QStringLiteral("Region")),
             QStringLiteral("Chosen: ignored (suggested: categorical, because whole numbers 1\u20133 in 2 values and a "
                            "name like a code: a category, not a quantity)"));
    ImportChoice choice = dialog.choice();
    // Money goes to purchasing by its role; an ignored column is no feature.
    QCOMPARE(choice.groups.at(QStringLiteral("Fresh")), QStringLiteral("purchasing"));
    QVERIFY(!choice.features.contains(QStringLiteral("Region")));
    QVERIFY(choice.features.contains(QStringLiteral("Channel")));
    const std::map<std::string, ColumnRole> expected {
        {"Channel", ColumnRole::Numeric}, {"Fresh", ColumnRole::Value}, {"Region", ColumnRole::Ignored}};
    QVERIFY(choice.roles == expected);
    // A feature role makes it a feature again.
    dialog.setColumnRole(QStringLiteral("Region"), ColumnRole::Categorical);
    choice = dialog.choice();
    QVERIFY(choice.features.contains(QStringLiteral("Region")));
    QCOMPARE(choice.roles.count("Region"), std::size_t(0));

    // The roles go with the load: the loaded table has them, and the spec follows.
    CsvOptions options;
    options.columnRoles = choice.roles;
    const Table table = loadTable(choice.path.toStdString(), {}, options);
    QCOMPARE(std::string(toString(table.require("Channel").type)), std::string("integer"));
    const FeatureSpec spec = choice.buildSpec(table);
    QCOMPARE(spec.groups.front().name, std::string("profile"));
    const auto purchasing = std::find_if(spec.groups.begin(), spec.groups.end(),
                                         [](const FeatureGroup &g) { return g.name == "purchasing"; });
    QVERIFY(purchasing != spec.groups.end());
    QCOMPARE(purchasing->columns.front().column, std::string("Fresh"));
}

void TestImportDialog::impossibleRoleBlocksImport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, QStringLiteral("cities.csv"),
                                   "city,visits\nLisbon,1\nPorto,2\nLisbon,3\nPorto,4\nLisbon,5\n");
    ImportDialog dialog(path);
    QVERIFY(dialog.isValid());
    dialog.setColumnRole(QStringLiteral("city"), ColumnRole::Value);
    QVERIFY(!dialog.isValid());
    QCOMPARE(dialog.validationMessage(),
             path + QStringLiteral(", column 'city': column 'city' cannot be value: its cells are categorical values, "
                                   "not numbers"));
    QVERIFY(!okButton(dialog)->isEnabled());
    dialog.setColumnRole(QStringLiteral("city"), ColumnRole::Categorical);
    QVERIFY(dialog.isValid());
}

void TestImportDialog::transactionLogIsReadAsCustomers()
{
    // Online Retail: CustomerID is preselected as the id, and repeats in the previewed rows
    // (Python: 146 rows with an id for 130 customers, 17841 five times). The log section
    // proposes its invoice date, unit price and quantity (it has no line total), and the feature
    // list shows the customers those rows make: 126, as 4 customers only returned goods there
    // (quantity x price < 0 on every line; Python).
    ImportDialog dialog(QStringLiteral(SEG_SHARED_DATA_DIR "/online_retail/online_retail_sample.csv"));
    QCOMPARE(dialog.choice().idColumn, QStringLiteral("CustomerID"));
    QVERIFY(dialog.readsTransactions());
    QVERIFY2(dialog.isValid(), qPrintable(dialog.validationMessage()));
    const ImportChoice choice = dialog.choice();
    QVERIFY(choice.transactions);
    const TransactionColumns &columns = choice.transactions->columns;
    QCOMPARE(columns.customer, std::string("CustomerID"));
    QCOMPARE(columns.date, std::string("InvoiceDate"));
    QCOMPARE(columns.unitPrice, std::string("UnitPrice"));
    QCOMPARE(columns.quantity, std::string("Quantity"));
    QVERIFY(columns.amount.empty() && columns.channel.empty() && columns.category.empty());
    QCOMPARE(choice.transactions->holdoutLength, 0.0);
    QVERIFY(choice.featuresAsSuggested);
    QCOMPARE(dialog.featureTable()->rowCount, std::size_t(126));
    for (const char *feature : {"purchases", "weeks_since_last_purchase", "tenure_weeks", "total_spend",
                                "average_order_value", "units_bought"})
        QVERIFY2(choice.features.contains(QLatin1String(feature)), feature);
    // The model inputs and the holdout are kept, not segmented on.
    for (const char *kept : {"frequency", "recency", "T", "monetary_value", "first_purchase"}) {
        QVERIFY2(!choice.features.contains(QLatin1String(kept)), kept);
        QVERIFY(dialog.columnRole(QLatin1String(kept)) == ColumnRole::Ignored);
    }
    QVERIFY2(shownMessage(dialog).startsWith(
                 QStringLiteral("Note: the previewed rows hold the purchases of 126 customer(s)")),
             qPrintable(shownMessage(dialog)));

    // A model input can still be chosen as a feature; the choice is then no longer the suggestion.
    dialog.setColumnRole(QStringLiteral("mean_weeks_between_purchases"), ColumnRole::Numeric);
    QVERIFY(dialog.choice().features.contains(QStringLiteral("mean_weeks_between_purchases")));
    QVERIFY(!dialog.choice().featuresAsSuggested);
    QVERIFY(dialog.choice().roles.at("mean_weeks_between_purchases") == ColumnRole::Numeric);

    // Every column choice the derivation needs is checked before import.
    TransactionColumns wrong = columns;
    wrong.unitPrice.clear();
    dialog.setLogColumns(wrong);
    QCOMPARE(dialog.validationMessage(), QStringLiteral("Choose the amount column, or the unit price and quantity columns."));
    wrong.unitPrice = "UnitPrice";
    wrong.quantity.clear();
    dialog.setLogColumns(wrong);
    QCOMPARE(dialog.validationMessage(),
             QStringLiteral("A unit price needs the quantity column: a line's amount is quantity × unit price."));
    wrong.quantity = "Quantity";
    wrong.amount = "Quantity";
    dialog.setLogColumns(wrong);
    QCOMPARE(dialog.validationMessage(), QStringLiteral("Choose the amount or the unit price, not both."));
    dialog.setLogColumns(columns);
    QVERIFY2(dialog.isValid(), qPrintable(dialog.validationMessage()));
    dialog.setHoldoutWeeks(8);
    QCOMPARE(dialog.choice().transactions->holdoutLength, 8.0);

    // Not read as customers: the rows would be segments of purchases, so the import is blocked
    // until no column is the key.
    dialog.setReadTransactions(false);
    QVERIFY(!dialog.readsTransactions());
    QVERIFY(!dialog.choice().transactions);
    QVERIFY(!dialog.isValid());
    QVERIFY2(dialog.validationMessage().startsWith(
                 QStringLiteral("column 'CustomerID' repeats: 146 rows for 130 ids (id '17841' has 5 rows). The data "
                                "looks like a transaction log")),
             qPrintable(dialog.validationMessage()));
    QVERIFY(dialog.validationMessage().endsWith(
        QStringLiteral("(in the previewed rows). Read it as customers (the transaction log section), or to read the "
                       "rows as they are, choose (none) as the customer id.")));
    QVERIFY(dialog.columnRole(QStringLiteral("InvoiceNo")) == ColumnRole::Id);
    dialog.setIdColumn(QString());
    QVERIFY2(dialog.isValid(), qPrintable(dialog.validationMessage()));
    QVERIFY(!dialog.readsTransactions());
    QVERIFY2(shownMessage(dialog).startsWith(QStringLiteral("Note: column 'CustomerID' repeats: 146 rows")),
             qPrintable(shownMessage(dialog)));
    QVERIFY(!dialog.choice().features.contains(QStringLiteral("InvoiceNo")));
}

void TestImportDialog::whitespaceFileWithDates()
{
    // CDNOW: four columns separated by spaces, dates written 19970101; its first 200 rows hold
    // 48 customers, customer 33 with 25 rows (Python). Read as customers from the date and the
    // dollar value, with the CDs as the quantity.
    ImportDialog dialog(QStringLiteral(SEG_SHARED_DATA_DIR "/cdnow/CDNOW_master.txt"));
    QVERIFY(dialog.previewTable());
    QCOMPARE(dialog.previewTable()->columns.size(), std::size_t(4));
    QCOMPARE(std::string(toString(dialog.previewTable()->require("date").type)), std::string("date"));
    QCOMPARE(dialog.choice().idColumn, QStringLiteral("customer_id"));
    QVERIFY(dialog.readsTransactions());
    QVERIFY2(dialog.isValid(), qPrintable(dialog.validationMessage()));
    const TransactionColumns columns = dialog.choice().transactions->columns;
    QCOMPARE(columns.date, std::string("date"));
    QCOMPARE(columns.amount, std::string("dollar_value"));
    QVERIFY(columns.unitPrice.empty());
    QCOMPARE(dialog.featureTable()->rowCount, std::size_t(48));
    dialog.setReadTransactions(false);
    QVERIFY(dialog.columnRole(QStringLiteral("date")) == ColumnRole::Date);
    QVERIFY(dialog.columnRole(QStringLiteral("dollar_value")) == ColumnRole::Value);
    QVERIFY2(dialog.validationMessage().startsWith(
                 QStringLiteral("column 'customer_id' repeats: 200 rows for 48 ids (id '00033' has 25 rows).")),
             qPrintable(dialog.validationMessage()));
}

QTEST_MAIN(TestImportDialog)
#include "test_import_dialog.moc"
