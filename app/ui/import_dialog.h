#pragma once
// The import dialog: previews the first rows of a CSV file or SQLite table with the inferred
// column types, and lets the user choose the customer id column, an optional column of known
// segments, each column's role (suggested, with the reason as a tooltip), and the features with
// their groups. Problems in the previewed rows (malformed
// cells, missing or duplicate ids) are shown inline with the row and column, and block OK.
// A transaction log (the customer id repeats) is read as its customers: the user names the
// date and amount (or unit price and quantity) columns, and the features are then the
// customers' (seg::customersFromLog).

#include "engine/data/column_roles.h"
#include "engine/data/table.h"
#include "engine/prep/feature_spec.h"
#include "engine/prep/transactions.h"

#include <QDialog>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <map>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QSpinBox;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace seg {

/// What the user chose in the import dialog.
struct ImportChoice
{
    QString path;
    QString sqliteTable;              ///< empty for CSV
    QString idColumn;                 ///< empty for none
    QString labelColumn;              ///< known segments (for ARI); empty for none
    QStringList features;             ///< chosen feature columns, in table order
    std::map<QString, QString> groups; ///< feature column -> group name
    /// Roles that differ from the suggestion, the id (Id) and the known segments (Label):
    /// passed to the load as CsvOptions::columnRoles.
    std::map<std::string, ColumnRole> roles;
    /// Set when the file is a transaction log read as customers: the features, groups and roles
    /// above are then the customers' columns (customerFeatureTable).
    std::optional<LogImport> transactions;
    /// Replace the customer ids by salted hashes as the file is read (seg::hashTableIds): the
    /// window, the project and every export then show only the hashes.
    bool hashIds = false;
    /// The features and groups are those suggested. For a transaction log the import then takes
    /// the suggestion for all its customers: the previewed rows may lack a channel or returns.
    bool featuresAsSuggested = false;

    /// The feature spec for the fully loaded `table`: the suggested transforms for the chosen
    /// columns, arranged in the chosen groups (in order of first appearance).
    FeatureSpec buildSpec(const Table &table) const;
};

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    /// Reads the preview of `path` at once (CSV, or SQLite when the file has the SQLite header).
    explicit ImportDialog(const QString &path, QWidget *parent = nullptr);
    ~ImportDialog() override;

    ImportChoice choice() const;

    /// The inline validation message ("" when the preview is fine).
    QString validationMessage() const;
    bool isValid() const;
    bool isSqlite() const { return m_sqlite; }
    /// Rows shown in the preview: at most kPreviewRows, and on a wide table no more than
    /// kPreviewCells cells (but kMinPreviewRows rows).
    int previewRowCount() const;
    /// Columns shown in the preview: the first kPreviewColumns (every column stays a feature
    /// candidate).
    int previewColumnCount() const;
    /// The previewed table (columns with their inferred types); null when it could not be read.
    std::shared_ptr<const Table> previewTable() const { return m_preview; }
    /// The table whose columns the feature list shows: the preview, or for a transaction log
    /// read as customers the previewed rows' customers. Null when there is none.
    std::shared_ptr<const Table> featureTable() const { return m_features; }
    /// The file is a transaction log and is read as customers (the default for a log).
    bool readsTransactions() const;

    /// The same choices the widgets offer, for scripted use and tests.
    void setSqliteTable(const QString &table);
    void setIdColumn(const QString &column);
    void setLabelColumn(const QString &column);
    void setFeatureChecked(const QString &column, bool checked);
    void setFeatureGroup(const QString &column, const QString &group);
    /// Chooses the role of `column` (as the role combo of its row does).
    void setColumnRole(const QString &column, ColumnRole role);
    /// For a transaction log: whether to read it as customers, and its columns (an empty name
    /// is none) and holdout, as the log section offers them.
    void setReadTransactions(bool read);
    void setLogColumns(const TransactionColumns &columns);
    void setHoldoutWeeks(int weeks);
    void setHashIds(bool hash);
    /// The role shown for `column`, and why it was suggested (the row's tooltip).
    ColumnRole columnRole(const QString &column) const;
    QString roleReason(const QString &column) const;

    static constexpr int kPreviewRows = 200;
    /// Wide tables preview fewer rows: at most this many cells, but kMinPreviewRows rows.
    static constexpr std::size_t kPreviewCells = 1'000'000;
    static constexpr int kMinPreviewRows = 20;
    static constexpr int kPreviewColumns = 100;

private:
    void readPreview();
    void fillColumns();
    /// Shows the log section when the preview is a log under the chosen id, and refills the
    /// feature list when what it lists changed.
    void updateLogMode();
    /// The previewed rows' customers under the log section's choices (m_features, m_logError).
    void deriveCustomers();
    void fillFeatureTree();
    /// Takes the id and the known segments out of the features.
    void reserveIdAndLabel();
    /// The log section's choices; nothing when the file is not read as a log.
    std::optional<LogImport> logImport() const;
    void validate();
    void onIdOrLabelChanged();
    void onRoleChanged(QTreeWidgetItem *item);
    /// Shows the item's role (text, tooltip, checkability, group) after it changed.
    void applyRole(QTreeWidgetItem *item);
    QTreeWidgetItem *featureItem(const QString &column) const;

    QString m_path;
    bool m_sqlite = false;
    std::shared_ptr<const Table> m_preview;    ///< with the suggested roles
    std::shared_ptr<const Table> m_rawPreview; ///< as read, before any role was applied
    std::shared_ptr<const Table> m_features;   ///< what the feature list shows (featureTable())
    bool m_logDetected = false;                ///< the preview is a log under the chosen id
    QString m_logError;                        ///< why the previewed rows give no customers
    QString m_readError;
    int m_previewRows = kPreviewRows; ///< rows the preview reads (see previewRowCount())
    QString m_message;
    bool m_updating = false;

    QComboBox *m_tableCombo = nullptr;
    QLabel *m_tableLabel = nullptr;
    QTableWidget *m_previewTable = nullptr;
    QLabel *m_previewCaption = nullptr;
    QCheckBox *m_hashIdsCheck = nullptr;
    QComboBox *m_idCombo = nullptr;
    QComboBox *m_labelCombo = nullptr;
    QTreeWidget *m_featureTree = nullptr;
    QGroupBox *m_logBox = nullptr;
    QLabel *m_logNote = nullptr;
    QComboBox *m_dateCombo = nullptr;
    QComboBox *m_amountCombo = nullptr;
    QComboBox *m_priceCombo = nullptr;
    QComboBox *m_quantityCombo = nullptr;
    QComboBox *m_channelCombo = nullptr;
    QComboBox *m_categoryCombo = nullptr;
    QSpinBox *m_holdoutSpin = nullptr;
    QLabel *m_messageLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace seg
