#pragma once
// The import dialog: previews the first rows of a CSV file or SQLite table with the inferred
// column types, and lets the user choose the customer id column, an optional column of known
// segments, each column's role (suggested, with the reason as a tooltip), and the features with
// their groups. Problems in the previewed rows (malformed
// cells, missing or duplicate ids) are shown inline with the row and column, and block OK.

#include "engine/data/column_roles.h"
#include "engine/data/table.h"
#include "engine/prep/feature_spec.h"

#include <QDialog>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <map>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
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

    /// The same choices the widgets offer, for scripted use and tests.
    void setSqliteTable(const QString &table);
    void setIdColumn(const QString &column);
    void setLabelColumn(const QString &column);
    void setFeatureChecked(const QString &column, bool checked);
    void setFeatureGroup(const QString &column, const QString &group);
    /// Chooses the role of `column` (as the role combo of its row does).
    void setColumnRole(const QString &column, ColumnRole role);
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
    QString m_readError;
    int m_previewRows = kPreviewRows; ///< rows the preview reads (see previewRowCount())
    QString m_message;
    bool m_updating = false;

    QComboBox *m_tableCombo = nullptr;
    QLabel *m_tableLabel = nullptr;
    QTableWidget *m_previewTable = nullptr;
    QLabel *m_previewCaption = nullptr;
    QComboBox *m_idCombo = nullptr;
    QComboBox *m_labelCombo = nullptr;
    QTreeWidget *m_featureTree = nullptr;
    QLabel *m_messageLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace seg
