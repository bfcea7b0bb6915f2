#include "app/ui/import_dialog.h"

#include "engine/core/error.h"
#include "engine/data/csv_reader.h"
#include "engine/data/sqlite_reader.h"
#include "widgets/feature_label.h"
#include "widgets/segment_figures.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QDate>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <optional>
#include <set>

namespace seg {

namespace {

enum FeatureTreeColumn { NameColumn, TypeColumn, RoleColumn, GroupColumn };
// The role column keeps the shown role and the suggested one as ints, the reason as its tooltip.
constexpr int kRoleData = Qt::UserRole;
constexpr int kSuggestedRoleData = Qt::UserRole + 1;
// The name column keeps whether the column was suggested as a feature, the group column the
// suggested group.
constexpr int kSuggestedData = Qt::UserRole + 2;

constexpr std::array kRoles {ColumnRole::Numeric, ColumnRole::Categorical, ColumnRole::Value, ColumnRole::Date,
                             ColumnRole::Id,      ColumnRole::Label,       ColumnRole::Personal, ColumnRole::Ignored};

QString roleName(ColumnRole role)
{
    switch (role) {
    case ColumnRole::Id: return ImportDialog::tr("id (key)");
    case ColumnRole::Label: return ImportDialog::tr("known segments");
    case ColumnRole::Numeric: return ImportDialog::tr("numeric");
    case ColumnRole::Categorical: return ImportDialog::tr("categorical");
    case ColumnRole::Value: return ImportDialog::tr("value (money)");
    case ColumnRole::Date: return ImportDialog::tr("date");
    case ColumnRole::Personal: return ImportDialog::tr("personal data");
    case ColumnRole::Ignored: return ImportDialog::tr("ignored");
    }
    return {};
}

ColumnRole itemRole(const QTreeWidgetItem *item, int data = kRoleData)
{
    return static_cast<ColumnRole>(item->data(RoleColumn, data).toInt());
}

// The reason shown for a role: the suggestion's reason, or that the user chose it.
QString roleTooltip(ColumnRole role, ColumnRole suggested, const QString &reason)
{
    if (role != suggested)
        return ImportDialog::tr("Chosen: %1 (suggested: %2, because %3)").arg(roleName(role), roleName(suggested), reason);
    return ImportDialog::tr("Suggested: %1, because %2").arg(roleName(role), reason);
}

QString typeName(ColumnType type)
{
    switch (type) {
    case ColumnType::Integer: return ImportDialog::tr("integer");
    case ColumnType::Real: return ImportDialog::tr("number");
    case ColumnType::Boolean: return ImportDialog::tr("yes/no");
    case ColumnType::Date: return ImportDialog::tr("date");
    case ColumnType::Categorical: return ImportDialog::tr("category");
    case ColumnType::Identifier: return ImportDialog::tr("text / id");
    }
    return {};
}

/// The suggested groups as the group cells show them, in the user's language.
QStringList knownGroups()
{
    QStringList titles;
    for (const char *name : {"engagement", "purchasing", "recency & loyalty", "channels", "profile", "other"})
        titles << editableGroupName(name);
    return titles;
}

bool looksLikeId(const Column &column)
{
    const QString name = QString::fromStdString(column.name).toLower();
    return name == QLatin1String("id") || name.endsWith(QLatin1String("_id")) || name.endsWith(QLatin1String(" id"))
           || (name.endsWith(QLatin1String("id")) && column.type == ColumnType::Identifier);
}

// The customer id to preselect: a key column whose name speaks of customers, else the first key,
// else a column named like an id; 0 for none, else the column's index + 1.
int suggestedIdIndex(const Table &table)
{
    int first = 0, customer = 0, named = 0;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        const Column &column = table.columns[c];
        const QString name = QString::fromStdString(column.name).toLower();
        if (column.role == ColumnRole::Id) {
            first = first ? first : int(c) + 1;
            if (!customer && (name.contains(QLatin1String("customer")) || name.contains(QLatin1String("client"))))
                customer = int(c) + 1;
        }
        if (!named && looksLikeId(column))
            named = int(c) + 1;
    }
    return customer ? customer : first ? first : named;
}

// The log column to preselect for `field` (by type, role and name), or "" for none.
enum class LogField { Date, Amount, Price, Quantity, Channel, Category };
QString suggestedLogColumn(const Table &table, LogField field, const QString &id)
{
    const auto named = [&](std::initializer_list<const char *> words, auto &&accept) -> QString {
        for (const Column &column : table.columns) {
            const QString name = QString::fromStdString(column.name);
            if (name == id || !accept(column))
                continue;
            for (const char *word : words)
                if (name.contains(QLatin1String(word), Qt::CaseInsensitive))
                    return name;
        }
        return {};
    };
    const auto any = [](const Column &) { return true; };
    const auto numeric = [](const Column &c) { return c.isNumeric() && c.type != ColumnType::Date; };
    switch (field) {
    case LogField::Date:
        for (const Column &column : table.columns)
            if (column.type == ColumnType::Date)
                return QString::fromStdString(column.name);
        return named({"date", "time", "day"}, any);
    case LogField::Price: return named({"price"}, numeric);
    case LogField::Amount: {
        if (!suggestedLogColumn(table, LogField::Price, id).isEmpty())
            return named({"amount", "total", "sales", "revenue", "spend"}, numeric);
        const QString byName = named({"amount", "total", "sales", "revenue", "spend", "value", "dollar"}, numeric);
        if (!byName.isEmpty())
            return byName;
        for (const Column &column : table.columns)
            if (column.role == ColumnRole::Value)
                return QString::fromStdString(column.name);
        return {};
    }
    case LogField::Quantity: return named({"quantity", "qty", "units"}, numeric);
    case LogField::Channel: return named({"channel"}, any);
    case LogField::Category: return named({"category"}, any);
    }
    return {};
}

// The column a log combo names; "" for (none).
QString comboColumn(const QComboBox *combo)
{
    return combo->currentIndex() > 0 ? combo->currentText() : QString();
}

/// The group cell is edited through a combo box offering the usual groups (free text allowed),
/// the role cell through one offering the roles; the other cells are not editable.
class GroupDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        if (index.column() == RoleColumn) {
            auto *combo = new QComboBox(parent);
            for (ColumnRole role : kRoles)
                combo->addItem(roleName(role), int(role));
            combo->setGeometry(option.rect);
            return combo;
        }
        if (index.column() != GroupColumn)
            return nullptr;
        auto *combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->addItems(knownGroups());
        combo->setGeometry(option.rect);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = qobject_cast<QComboBox *>(editor);
        if (combo && index.column() == RoleColumn)
            combo->setCurrentIndex(combo->findData(index.data(kRoleData)));
        else if (combo)
            combo->setCurrentText(index.data(Qt::EditRole).toString());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *roleCombo = qobject_cast<QComboBox *>(editor);
        if (roleCombo && index.column() == RoleColumn) {
            model->setData(index, roleCombo->currentData(), kRoleData);
            model->setData(index, roleCombo->currentText(), Qt::DisplayRole);
            return;
        }
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            const QString text = combo->currentText().trimmed();
            if (!text.isEmpty())
                model->setData(index, text, Qt::EditRole);
        }
    }
};

} // namespace

FeatureSpec ImportChoice::buildSpec(const Table &table) const
{
    std::vector<std::string> columns;
    for (const QString &feature : features)
        columns.push_back(feature.toStdString());
    const FeatureSpec suggested = featureSpecForColumns(table, columns);

    FeatureSpec spec = suggested;
    spec.groups.clear();
    for (const FeatureGroup &group : suggested.groups) {
        for (const FeatureColumn &column : group.columns) {
            const auto it = groups.find(QString::fromStdString(column.column));
            const std::string name = it == groups.end() ? group.name : it->second.toStdString();
            auto target = std::find_if(spec.groups.begin(), spec.groups.end(),
                                       [&](const FeatureGroup &g) { return g.name == name; });
            if (target == spec.groups.end()) {
                spec.groups.push_back(FeatureGroup{name, 1.0, true, {}});
                target = spec.groups.end() - 1;
            }
            target->columns.push_back(column);
        }
    }
    return spec;
}

ImportDialog::ImportDialog(const QString &path, QWidget *parent)
    : QDialog(parent), m_path(path), m_sqlite(isSqliteFile(path.toStdString()))
{
    setWindowTitle(tr("Import customers – %1").arg(QFileInfo(path).fileName()));

    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("Check the first rows and the detected column types, then choose the customer "
                                "id, what each column means (its role), the features to segment on and their "
                                "groups."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *source = new QFormLayout;
    auto *fileLabel = new QLabel(QFileInfo(path).absoluteFilePath(), this);
    fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fileLabel->setWordWrap(true);
    source->addRow(tr("File:"), fileLabel);
    m_tableCombo = new QComboBox(this);
    m_tableCombo->setToolTip(tr("The table or view of the SQLite database to import"));
    m_tableLabel = new QLabel(tr("&Table:"), this);
    m_tableLabel->setBuddy(m_tableCombo);
    source->addRow(m_tableLabel, m_tableCombo);
    layout->addLayout(source);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);

    auto *previewBox = new QWidget(splitter);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    m_previewCaption = new QLabel(previewBox);
    previewLayout->addWidget(m_previewCaption);
    m_previewTable = new QTableWidget(previewBox);
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setAlternatingRowColors(true);
    m_previewTable->verticalHeader()->setDefaultSectionSize(m_previewTable->fontMetrics().height() + 6);
    m_previewTable->setToolTip(tr("The first rows of the file, as they will be read"));
    previewLayout->addWidget(m_previewTable);

    auto *choiceBox = new QWidget(splitter);
    auto *choiceLayout = new QVBoxLayout(choiceBox);
    choiceLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    m_idCombo = new QComboBox(choiceBox);
    m_idCombo->setToolTip(tr("The column that identifies each customer; every value must be present and unique"));
    form->addRow(tr("Customer &id:"), m_idCombo);
    m_hashIdsCheck = new QCheckBox(tr("Replace ids by salted &hashes"), choiceBox);
    m_hashIdsCheck->setToolTip(tr("Privacy: each customer id becomes a hash of a random salt and the id as the file "
                                  "is read. Segments, exports and the saved project show only the hashes; the salt "
                                  "is kept in the project, so the same ids always get the same hashes there."));
    m_hashIdsCheck->setEnabled(false);
    form->addRow(QString(), m_hashIdsCheck);
    m_labelCombo = new QComboBox(choiceBox);
    m_labelCombo->setToolTip(tr("Optional: a column of known segments, to measure how well the clustering "
                                "recovers them (adjusted Rand index)"));
    form->addRow(tr("&Known segments:"), m_labelCombo);
    choiceLayout->addLayout(form);

    // A transaction log: the columns its customers are derived from.
    m_logBox = new QGroupBox(tr("Transaction log: read as customers"), choiceBox);
    m_logBox->setCheckable(true);
    m_logBox->setChecked(true);
    m_logBox->setToolTip(tr("Derive one row per customer from the purchases, and segment the customers"));
    auto *logLayout = new QGridLayout(m_logBox);
    m_logNote = new QLabel(m_logBox);
    m_logNote->setWordWrap(true);
    logLayout->addWidget(m_logNote, 0, 0, 1, 4);
    const auto addLogCombo = [&](QComboBox *&combo, const QString &label, int row, int column, const QString &tip) {
        combo = new QComboBox(m_logBox);
        combo->setToolTip(tip);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
        auto *text = new QLabel(label, m_logBox);
        text->setBuddy(combo);
        logLayout->addWidget(text, row, column);
        logLayout->addWidget(combo, row, column + 1);
    };
    addLogCombo(m_dateCombo, tr("&Date:"), 1, 0, tr("When each purchase was made"));
    addLogCombo(m_amountCombo, tr("&Amount:"), 1, 2,
                tr("What each line cost; a negative amount is a return. Leave it at (none) when the log gives a "
                   "unit price and a quantity instead"));
    addLogCombo(m_priceCombo, tr("Unit &price:"), 2, 0,
                tr("Price per unit, for a log without line totals: a line's amount is quantity × unit price"));
    addLogCombo(m_quantityCombo, tr("&Quantity:"), 2, 2, tr("Optional: units per line"));
    addLogCombo(m_channelCombo, tr("C&hannel:"), 3, 0, tr("Optional: the sales channel, as each customer's shares"));
    addLogCombo(m_categoryCombo, tr("Cate&gory:"), 3, 2,
                tr("Optional: the product category, as how many each customer bought"));
    m_holdoutSpin = new QSpinBox(m_logBox);
    m_holdoutSpin->setRange(0, 104);
    m_holdoutSpin->setSuffix(tr(" weeks"));
    m_holdoutSpin->setSpecialValueText(tr("none"));
    m_holdoutSpin->setToolTip(tr("Keep the last weeks of purchases aside: the customers are described as they "
                                 "were before them, and the Model tab compares the forecast purchases with "
                                 "those made"));
    auto *holdoutLabel = new QLabel(tr("&Holdout:"), m_logBox);
    holdoutLabel->setBuddy(m_holdoutSpin);
    logLayout->addWidget(holdoutLabel, 4, 0);
    logLayout->addWidget(m_holdoutSpin, 4, 1);
    logLayout->setColumnStretch(1, 1);
    logLayout->setColumnStretch(3, 1);
    m_logBox->hide();
    choiceLayout->addWidget(m_logBox);
    auto *featuresLabel = new QLabel(tr("&Features, roles and groups (double-click a role or a group to change "
                                        "it; hover over a role to see why it was suggested):"),
                                     choiceBox);
    featuresLabel->setWordWrap(true);
    choiceLayout->addWidget(featuresLabel);
    m_featureTree = new QTreeWidget(choiceBox);
    m_featureTree->setHeaderLabels({tr("Column"), tr("Type"), tr("Role"), tr("Group")});
    m_featureTree->setRootIsDecorated(false);
    m_featureTree->setUniformRowHeights(true); // one row per column: tens of thousands on wide tables
    m_featureTree->setItemDelegate(new GroupDelegate(m_featureTree));
    m_featureTree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                   | QAbstractItemView::SelectedClicked);
    m_featureTree->setToolTip(tr("Checked columns take part in the segmentation"));
    featuresLabel->setBuddy(m_featureTree);
    choiceLayout->addWidget(m_featureTree);

    splitter->addWidget(previewBox);
    splitter->addWidget(choiceBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->setObjectName(QStringLiteral("validationMessage"));
    layout->addWidget(m_messageLabel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (m_sqlite) {
        try {
            for (const std::string &table : listSqliteTables(path.toStdString()))
                m_tableCombo->addItem(QString::fromStdString(table));
        } catch (const std::exception &e) {
            m_readError = QString::fromStdString(e.what());
        }
    } else {
        m_tableCombo->hide();
        m_tableLabel->hide();
    }

    connect(m_tableCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating) {
            readPreview();
            fillColumns();
            validate();
        }
    });
    connect(m_idCombo, &QComboBox::currentIndexChanged, this, &ImportDialog::onIdOrLabelChanged);
    const auto onLogChoice = [this] {
        if (m_updating)
            return;
        deriveCustomers();
        fillFeatureTree();
        reserveIdAndLabel();
        validate();
    };
    for (QComboBox *combo : {m_dateCombo, m_amountCombo, m_priceCombo, m_quantityCombo, m_channelCombo, m_categoryCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, onLogChoice);
    connect(m_logBox, &QGroupBox::toggled, this, onLogChoice);
    connect(m_holdoutSpin, &QSpinBox::valueChanged, this, [this] {
        if (!m_updating)
            validate();
    });
    connect(m_labelCombo, &QComboBox::currentIndexChanged, this, &ImportDialog::onIdOrLabelChanged);
    connect(m_featureTree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (m_updating)
            return;
        if (column == RoleColumn)
            onRoleChanged(item);
        validate();
    });

    setTabOrder(m_tableCombo, m_previewTable);
    setTabOrder(m_previewTable, m_idCombo);
    setTabOrder(m_idCombo, m_hashIdsCheck);
    setTabOrder(m_hashIdsCheck, m_labelCombo);
    setTabOrder(m_labelCombo, m_logBox);
    QWidget *previous = m_logBox;
    for (QWidget *next : std::initializer_list<QWidget *> {m_dateCombo, m_amountCombo, m_priceCombo, m_quantityCombo,
                                                          m_channelCombo, m_categoryCombo, m_holdoutSpin,
                                                          m_featureTree}) {
        setTabOrder(previous, next);
        previous = next;
    }

    if (m_readError.isEmpty())
        readPreview();
    fillColumns();
    validate();
    resize(1000, 640);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::readPreview()
{
    m_preview.reset();
    m_rawPreview.reset();
    m_readError.clear();
    // Rows to read: kPreviewRows, fewer on a wide table (at most kPreviewCells cells, at least
    // kMinPreviewRows rows), so that 50,000 columns do not mean parsing 10 million cells on the
    // GUI thread. The header and first row say how wide the table is.
    auto read = [this](std::size_t rows) {
        CsvOptions options;
        options.maxRows = rows;
        if (m_sqlite)
            return readSqliteTable(m_path.toStdString(), m_tableCombo->currentText().toStdString(), options);
        return readCsv(m_path.toStdString(), options);
    };
    try {
        if (m_sqlite && m_tableCombo->count() == 0) {
            m_readError = tr("The database has no tables.");
            return;
        }
        const std::size_t columns = std::max<std::size_t>(1, read(1).columns.size());
        m_previewRows = int(std::clamp<std::size_t>(kPreviewCells / columns, kMinPreviewRows, kPreviewRows));
        Table table = read(std::size_t(m_previewRows));
        m_rawPreview = std::make_shared<Table>(table);
        assignColumnRoles(table); // the suggestions, shown in the role column
        if (const auto log = findTransactionLog(table))
            table.warnings.insert(table.warnings.begin(), describeTransactionLog(*log) + " (in the previewed rows)");
        m_preview = std::make_shared<Table>(std::move(table));
    } catch (const std::exception &e) {
        m_readError = QString::fromStdString(e.what());
    }
}

void ImportDialog::fillColumns()
{
    m_updating = true;
    m_previewTable->clear();
    const std::initializer_list<QComboBox *> columnCombos {m_idCombo,       m_labelCombo,    m_dateCombo,
                                                           m_amountCombo,   m_priceCombo,    m_quantityCombo,
                                                           m_channelCombo,  m_categoryCombo};
    for (QComboBox *combo : columnCombos) {
        combo->clear();
        combo->addItem(tr("(none)"));
    }

    if (!m_preview) {
        m_previewTable->setRowCount(0);
        m_previewTable->setColumnCount(0);
        m_previewCaption->setText(tr("Preview not available"));
        m_features.reset();
        m_logDetected = false;
        m_logBox->hide();
        m_featureTree->clear();
        m_updating = false;
        return;
    }
    const Table &table = *m_preview;
    const int columns = int(table.columns.size());
    const int rows = int(table.rowCount);
    // A wide table previews its first columns only: a cell widget per previewed cell of 50,000
    // columns would be 10 million items. The feature list below still has every column.
    const int shown = std::min(columns, kPreviewColumns);
    if (shown < columns)
        m_previewCaption->setText(rows == 1 ? tr("Preview: the first row, the first %1 of %2 columns").arg(shown).arg(columns)
                                            : tr("Preview: the first %1 row(s), the first %2 of %3 columns", nullptr,
                                                 pluralCount(static_cast<unsigned long long>(rows)))
                                                  .arg(rows)
                                                  .arg(shown)
                                                  .arg(columns));
    else
        m_previewCaption->setText(rows == 1 ? tr("Preview: the first row, %1 column(s)", nullptr,
                                                 pluralCount(static_cast<unsigned long long>(columns)))
                                                  .arg(columns)
                                            : tr("Preview: the first %1 rows, %2 column(s)", nullptr,
                                                 pluralCount(static_cast<unsigned long long>(columns)))
                                                  .arg(rows)
                                                  .arg(columns));
    m_previewTable->setColumnCount(shown);
    m_previewTable->setRowCount(rows);
    QStringList headers;
    for (int c = 0; c < shown; ++c) {
        const Column &column = table.columns[std::size_t(c)];
        headers << QStringLiteral("%1\n%2").arg(QString::fromStdString(column.name), typeName(column.type));
    }
    m_previewTable->setHorizontalHeaderLabels(headers);
    // The header row is spreadsheet row 1, so the first data row is row 2: number rows the way
    // validation messages do.
    QStringList rowNumbers;
    for (int r = 0; r < rows; ++r)
        rowNumbers << QString::number(r + 2);
    m_previewTable->setVerticalHeaderLabels(rowNumbers);
    for (int c = 0; c < shown; ++c) {
        const Column &column = table.columns[std::size_t(c)];
        for (int r = 0; r < rows; ++r) {
            auto *item = new QTableWidgetItem(QString::fromStdString(column.cellText(std::size_t(r))));
            if (column.isNumeric())
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_previewTable->setItem(r, c, item);
        }
    }
    m_previewTable->resizeColumnsToContents();
    for (int c = 0; c < shown; ++c)
        m_previewTable->setColumnWidth(c, std::min(m_previewTable->columnWidth(c), 220));

    for (int c = 0; c < columns; ++c) {
        const QString name = QString::fromStdString(table.columns[std::size_t(c)].name);
        for (QComboBox *combo : columnCombos)
            combo->addItem(name);
    }
    const int idIndex = suggestedIdIndex(table);
    m_idCombo->setCurrentIndex(idIndex);
    m_labelCombo->setCurrentIndex(0);
    const QString id = idIndex > 0 ? m_idCombo->currentText() : QString();
    const std::pair<QComboBox *, LogField> logCombos[] = {
        {m_dateCombo, LogField::Date},         {m_amountCombo, LogField::Amount},
        {m_priceCombo, LogField::Price},       {m_quantityCombo, LogField::Quantity},
        {m_channelCombo, LogField::Channel},   {m_categoryCombo, LogField::Category}};
    for (const auto &[combo, field] : logCombos)
        combo->setCurrentIndex(std::max(0, combo->findText(suggestedLogColumn(table, field, id))));
    m_updating = false;
    m_logDetected = false;
    updateLogMode();
    reserveIdAndLabel();
    validate();
}

bool ImportDialog::readsTransactions() const
{
    return m_logDetected && m_logBox->isChecked();
}

void ImportDialog::updateLogMode()
{
    const QString id = m_idCombo->currentIndex() > 0 ? m_idCombo->currentText() : QString();
    m_logDetected = m_preview && !id.isEmpty() && findTransactionLog(*m_preview, id.toStdString()).has_value();
    m_logBox->setVisible(m_logDetected);
    if (m_logDetected)
        m_logNote->setText(tr("Column '%1' repeats: each row is a purchase. Read as customers, each gets their "
                              "purchases, time since the last one, tenure and spend, up to the last date in the "
                              "file.")
                               .arg(id));
    deriveCustomers();
    fillFeatureTree();
}

std::optional<LogImport> ImportDialog::logImport() const
{
    if (!readsTransactions())
        return std::nullopt;
    LogImport import;
    import.columns.customer = m_idCombo->currentText().toStdString();
    import.columns.date = comboColumn(m_dateCombo).toStdString();
    import.columns.amount = comboColumn(m_amountCombo).toStdString();
    import.columns.unitPrice = comboColumn(m_priceCombo).toStdString();
    import.columns.quantity = comboColumn(m_quantityCombo).toStdString();
    import.columns.channel = comboColumn(m_channelCombo).toStdString();
    import.columns.category = comboColumn(m_categoryCombo).toStdString();
    import.unit = TimeUnit::Week; // the explorer's value figures count weeks
    import.holdoutLength = m_holdoutSpin->value();
    import.today = double(QDate(1970, 1, 1).daysTo(QDate::currentDate()));
    return import;
}

void ImportDialog::deriveCustomers()
{
    m_logError.clear();
    const std::optional<LogImport> import = logImport();
    if (!import) {
        m_features = m_preview;
        return;
    }
    m_features.reset();
    const TransactionColumns &c = import->columns;
    if (c.date.empty())
        m_logError = tr("Choose the column of purchase dates.");
    else if (c.amount.empty() && c.unitPrice.empty())
        m_logError = tr("Choose the amount column, or the unit price and quantity columns.");
    else if (!c.amount.empty() && !c.unitPrice.empty())
        m_logError = tr("Choose the amount or the unit price, not both.");
    else if (!c.unitPrice.empty() && c.quantity.empty())
        m_logError = tr("A unit price needs the quantity column: a line's amount is quantity × unit price.");
    if (!m_logError.isEmpty() || !m_rawPreview)
        return;
    // The previewed rows' customers show which columns the import makes. The holdout is left
    // out: a few hundred rows may not span it, and its columns are never features.
    LogImport preview = *import;
    preview.holdoutLength = 0.0;
    try {
        m_features = std::make_shared<const Table>(customersFromLog(*m_rawPreview, preview));
    } catch (const std::exception &e) {
        m_logError = QString::fromStdString(e.what());
    }
}

void ImportDialog::fillFeatureTree()
{
    const bool updating = m_updating;
    m_updating = true;
    m_featureTree->clear();
    if (!m_features) {
        m_updating = updating;
        return;
    }
    const Table &table = *m_features;
    std::vector<std::string> exclude;
    if (m_idCombo->currentIndex() > 0)
        exclude.push_back(m_idCombo->currentText().toStdString());
    std::set<std::string> suggested;
    try {
        for (const std::string &name : suggestFeatureSpec(table, exclude).enabledColumns())
            suggested.insert(name);
    } catch (const std::exception &) {
        // No usable column: nothing is suggested, and validation asks for a feature.
    }

    for (const Column &column : table.columns) {
        auto *item = new QTreeWidgetItem(m_featureTree);
        item->setText(NameColumn, QString::fromStdString(column.name));
        item->setText(TypeColumn, typeName(column.type));
        item->setText(GroupColumn, editableGroupName(suggestGroup(column)));
        item->setData(RoleColumn, kRoleData, int(column.role));
        item->setData(RoleColumn, kSuggestedRoleData, int(column.role));
        item->setText(RoleColumn, roleName(column.role));
        item->setData(RoleColumn, Qt::StatusTipRole, QString::fromStdString(column.roleReason));
        item->setToolTip(RoleColumn, roleTooltip(column.role, column.role, QString::fromStdString(column.roleReason)));
        const bool usable = isFeatureRole(column.role);
        item->setFlags(usable ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsEditable
                              : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        const bool isSuggested = usable && suggested.count(column.name);
        item->setCheckState(NameColumn, isSuggested ? Qt::Checked : Qt::Unchecked);
        item->setData(NameColumn, kSuggestedData, isSuggested);
        item->setData(GroupColumn, kSuggestedData, item->text(GroupColumn));
        if (!usable)
            item->setToolTip(NameColumn, tr("Not a feature: its role is %1").arg(roleName(column.role)));
    }
    m_featureTree->resizeColumnToContents(NameColumn);
    m_featureTree->resizeColumnToContents(TypeColumn);
    m_featureTree->resizeColumnToContents(RoleColumn);
    m_updating = updating;
}

void ImportDialog::onIdOrLabelChanged()
{
    m_hashIdsCheck->setEnabled(m_idCombo->currentIndex() > 0);
    if (m_updating)
        return;
    // A log under the new id (or no longer one) changes what the feature list shows.
    const QString id = m_idCombo->currentIndex() > 0 ? m_idCombo->currentText() : QString();
    const bool log = m_preview && !id.isEmpty() && findTransactionLog(*m_preview, id.toStdString()).has_value();
    if (log || log != m_logDetected)
        updateLogMode();
    reserveIdAndLabel();
    validate();
}

void ImportDialog::reserveIdAndLabel()
{
    // The id and the known segments describe customers; they are never features.
    m_updating = true;
    const QString id = m_idCombo->currentIndex() > 0 ? m_idCombo->currentText() : QString();
    const QString label = m_labelCombo->currentIndex() > 0 ? m_labelCombo->currentText() : QString();
    const std::optional<ColumnIndex> featureColumns
        = m_features ? std::optional<ColumnIndex>(ColumnIndex(*m_features)) : std::nullopt;
    for (int i = 0; i < m_featureTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_featureTree->topLevelItem(i);
        const QString name = item->text(NameColumn);
        const bool reserved = name == id || name == label;
        const Column *column = featureColumns ? featureColumns->find(name.toStdString()) : nullptr;
        if (reserved) {
            const ColumnRole role = name == id ? ColumnRole::Id : ColumnRole::Label;
            item->setCheckState(NameColumn, Qt::Unchecked);
            item->setFlags(Qt::ItemIsSelectable);
            item->setData(RoleColumn, kRoleData, int(role));
            item->setText(RoleColumn, roleName(role));
            item->setToolTip(NameColumn, name == id ? tr("This is the customer id") : tr("These are the known segments"));
        } else if (column && !(item->flags() & Qt::ItemIsEnabled)) {
            // No longer the id or the known segments: back to the suggested role.
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
            item->setData(RoleColumn, kRoleData, item->data(RoleColumn, kSuggestedRoleData));
            applyRole(item);
        }
    }
    m_updating = false;
}

void ImportDialog::validate()
{
    QString message = m_readError;
    if (message.isEmpty() && m_preview) {
        const QString id = m_idCombo->currentIndex() > 0 ? m_idCombo->currentText() : QString();
        const QString label = m_labelCombo->currentIndex() > 0 ? m_labelCombo->currentText() : QString();
        const bool transactions = readsTransactions();
        if (transactions) {
            message = m_logError;
            if (message.isEmpty() && !label.isEmpty())
                message = tr("Known segments cannot come from a transaction log: they belong to customers, and "
                             "its rows are purchases. Choose (none) as the known segments.");
        } else if (!id.isEmpty()) {
            if (const auto log = findTransactionLog(*m_preview, id.toStdString()))
                message = tr("%1 (in the previewed rows). Read it as customers (the transaction log section), or "
                             "to read the rows as they are, choose (none) as the customer id.")
                              .arg(QString::fromStdString(describeTransactionLog(*log)));
        }
        if (message.isEmpty() && !id.isEmpty() && !transactions) {
            // Re-read the preview with the id column declared, so missing and duplicate ids in
            // the previewed rows are reported now rather than after a long load.
            CsvOptions options;
            options.maxRows = std::size_t(m_previewRows);
            options.idColumn = id.toStdString();
            try {
                if (m_sqlite)
                    readSqliteTable(m_path.toStdString(), m_tableCombo->currentText().toStdString(), options);
                else
                    readCsv(m_path.toStdString(), options);
            } catch (const std::exception &e) {
                message = QString::fromStdString(e.what());
            }
        }
        if (message.isEmpty() && transactions && m_features) {
            // The customers' roles as chosen, tried on the previewed rows' customers.
            Table check = *m_features;
            std::map<std::string, ColumnRole> roles = choice().roles;
            roles.erase(id.toStdString());
            try {
                applyChosenRoles(check, roles);
            } catch (const std::exception &e) {
                message = QString::fromStdString(e.what());
            }
        } else if (message.isEmpty() && m_rawPreview) {
            // A role the column cannot take (text as money) fails now, naming the column: the
            // chosen roles are tried on the previewed cells as read, before any suggestion.
            Table check;
            check.source = m_rawPreview->source;
            check.rowCount = m_rawPreview->rowCount;
            check.rowNumberJumps = m_rawPreview->rowNumberJumps;
            std::map<std::string, ColumnRole> roles;
            for (const auto &[name, role] : choice().roles)
                if (role != ColumnRole::Id && role != ColumnRole::Label)
                    if (const Column *column = m_rawPreview->find(name)) {
                        check.columns.push_back(*column);
                        roles[name] = role;
                    }
            try {
                if (!roles.empty())
                    assignColumnRoles(check, roles);
            } catch (const std::exception &e) {
                message = QString::fromStdString(e.what());
            }
        }
        if (message.isEmpty() && !id.isEmpty() && id == label)
            message = tr("The customer id and the known segments must be different columns.");
        if (message.isEmpty() && choice().features.isEmpty())
            message = tr("Choose at least one feature to segment on.");
    }
    m_message = message;
    if (message.isEmpty()) {
        QStringList notes;
        if (readsTransactions() && m_features) {
            // The first warning counts the previewed rows' customers; the others are the log's.
            notes << tr("Note: the previewed rows hold the purchases of %1 customer(s); the whole file is read "
                        "on import.")
                         .arg(m_features->rowCount);
            for (std::size_t i = 1; i < std::min<std::size_t>(3, m_features->warnings.size()); ++i)
                notes << tr("Note: %1").arg(QString::fromStdString(m_features->warnings[i]));
        } else if (m_preview) {
            for (std::size_t i = 0; i < std::min<std::size_t>(3, m_preview->warnings.size()); ++i)
                notes << tr("Note: %1").arg(QString::fromStdString(m_preview->warnings[i]));
        }
        m_messageLabel->setText(notes.join(QLatin1Char('\n')));
        m_messageLabel->setStyleSheet(QString());
    } else {
        m_messageLabel->setText(tr("Cannot import: %1").arg(message));
        m_messageLabel->setStyleSheet(QStringLiteral("QLabel { color: #d03030; font-weight: bold; }"));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty());
}

QString ImportDialog::validationMessage() const
{
    return m_message;
}

bool ImportDialog::isValid() const
{
    return m_message.isEmpty();
}

int ImportDialog::previewRowCount() const
{
    return m_previewTable->rowCount();
}

int ImportDialog::previewColumnCount() const
{
    return m_previewTable->columnCount();
}

ImportChoice ImportDialog::choice() const
{
    ImportChoice choice;
    choice.path = m_path;
    choice.transactions = logImport();
    if (m_sqlite)
        choice.sqliteTable = m_tableCombo->currentText();
    if (m_idCombo->currentIndex() > 0) {
        choice.idColumn = m_idCombo->currentText();
        choice.hashIds = m_hashIdsCheck->isChecked();
    }
    if (m_labelCombo->currentIndex() > 0)
        choice.labelColumn = m_labelCombo->currentText();
    choice.featuresAsSuggested = true;
    for (int i = 0; i < m_featureTree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_featureTree->topLevelItem(i);
        const bool checked = item->checkState(NameColumn) == Qt::Checked;
        if (checked != item->data(NameColumn, kSuggestedData).toBool()
            || (checked && item->text(GroupColumn) != item->data(GroupColumn, kSuggestedData).toString()))
            choice.featuresAsSuggested = false;
        const ColumnRole role = itemRole(item);
        if (role != itemRole(item, kSuggestedRoleData) || role == ColumnRole::Id || role == ColumnRole::Label)
            choice.roles[item->text(NameColumn).toStdString()] = role;
        if (item->checkState(NameColumn) != Qt::Checked)
            continue;
        choice.features << item->text(NameColumn);
        choice.groups[item->text(NameColumn)] = groupName(item->text(GroupColumn));
    }
    return choice;
}

QTreeWidgetItem *ImportDialog::featureItem(const QString &column) const
{
    for (int i = 0; i < m_featureTree->topLevelItemCount(); ++i)
        if (m_featureTree->topLevelItem(i)->text(NameColumn) == column)
            return m_featureTree->topLevelItem(i);
    return nullptr;
}

void ImportDialog::setSqliteTable(const QString &table)
{
    m_tableCombo->setCurrentIndex(m_tableCombo->findText(table));
}

void ImportDialog::setIdColumn(const QString &column)
{
    m_idCombo->setCurrentIndex(column.isEmpty() ? 0 : std::max(0, m_idCombo->findText(column)));
}

void ImportDialog::setHashIds(bool hash)
{
    m_hashIdsCheck->setChecked(hash);
}

void ImportDialog::setLabelColumn(const QString &column)
{
    m_labelCombo->setCurrentIndex(column.isEmpty() ? 0 : std::max(0, m_labelCombo->findText(column)));
}

void ImportDialog::setFeatureChecked(const QString &column, bool checked)
{
    if (QTreeWidgetItem *item = featureItem(column); item && (item->flags() & Qt::ItemIsUserCheckable))
        item->setCheckState(NameColumn, checked ? Qt::Checked : Qt::Unchecked);
}

void ImportDialog::setFeatureGroup(const QString &column, const QString &group)
{
    if (QTreeWidgetItem *item = featureItem(column))
        item->setText(GroupColumn, editableGroupName(group.toStdString()));
}

void ImportDialog::onRoleChanged(QTreeWidgetItem *item)
{
    m_updating = true;
    applyRole(item);
    // A feature role makes the column a feature; any other role takes it out.
    item->setCheckState(NameColumn, isFeatureRole(itemRole(item)) ? Qt::Checked : Qt::Unchecked);
    m_updating = false;
}

void ImportDialog::applyRole(QTreeWidgetItem *item)
{
    const ColumnRole role = itemRole(item);
    const ColumnRole suggested = itemRole(item, kSuggestedRoleData);
    item->setText(RoleColumn, roleName(role));
    item->setToolTip(RoleColumn, roleTooltip(role, suggested, item->data(RoleColumn, Qt::StatusTipRole).toString()));
    const bool feature = isFeatureRole(role);
    item->setFlags(feature ? item->flags() | Qt::ItemIsUserCheckable : item->flags() & ~Qt::ItemIsUserCheckable);
    if (!feature)
        item->setCheckState(NameColumn, Qt::Unchecked);
    item->setToolTip(NameColumn, feature ? QString() : tr("Not a feature: its role is %1").arg(roleName(role)));
    // The group follows the role where the role decides it (money is purchasing).
    if (m_features) {
        if (const Column *column = m_features->find(item->text(NameColumn).toStdString())) {
            Column shape;
            shape.name = column->name;
            shape.type = role == ColumnRole::Categorical ? ColumnType::Categorical : column->type;
            shape.role = role;
            item->setText(GroupColumn, editableGroupName(suggestGroup(shape)));
        }
    }
}

void ImportDialog::setReadTransactions(bool read)
{
    m_logBox->setChecked(read);
}

void ImportDialog::setLogColumns(const TransactionColumns &columns)
{
    // One refill at the end, not one per combo.
    m_updating = true;
    const std::pair<QComboBox *, const std::string *> combos[] = {
        {m_dateCombo, &columns.date},         {m_amountCombo, &columns.amount},
        {m_priceCombo, &columns.unitPrice},   {m_quantityCombo, &columns.quantity},
        {m_channelCombo, &columns.channel},   {m_categoryCombo, &columns.category}};
    for (const auto &[combo, name] : combos)
        combo->setCurrentIndex(name->empty() ? 0 : std::max(0, combo->findText(QString::fromStdString(*name))));
    m_updating = false;
    deriveCustomers();
    fillFeatureTree();
    reserveIdAndLabel();
    validate();
}

void ImportDialog::setHoldoutWeeks(int weeks)
{
    m_holdoutSpin->setValue(weeks);
}

void ImportDialog::setColumnRole(const QString &column, ColumnRole role)
{
    QTreeWidgetItem *item = featureItem(column);
    if (!item || !(item->flags() & Qt::ItemIsEditable))
        return;
    item->setData(RoleColumn, kRoleData, int(role)); // itemChanged: onRoleChanged() and validate()
}

ColumnRole ImportDialog::columnRole(const QString &column) const
{
    const QTreeWidgetItem *item = featureItem(column);
    return item ? itemRole(item) : ColumnRole::Ignored;
}

QString ImportDialog::roleReason(const QString &column) const
{
    const QTreeWidgetItem *item = featureItem(column);
    return item ? item->toolTip(RoleColumn) : QString();
}

} // namespace seg
