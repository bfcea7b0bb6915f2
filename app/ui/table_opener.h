#pragma once
// Opening customer data into the document: a file (with or without the import dialog) or the
// demo customers, read on the engine thread. The newest request wins; a cancel forgets the
// pending one.

#include "app/ui/import_dialog.h"

#include <QObject>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>

class QWidget;

namespace seg {

class Document;
class EngineController;
struct Table;

class TableOpener : public QObject
{
    Q_OBJECT
public:
    TableOpener(EngineController *controller, Document *document, QObject *parent = nullptr);

    /// Generates `rows` demo customers on the engine thread.
    void openDemo(std::size_t rows, std::uint64_t seed);
    /// Shows the import dialog for `path` over `dialogParent`, then loads what the user chose.
    void openFileInteractive(const QString &path, QWidget *dialogParent);
    /// Loads `path` with the choices the import dialog suggests (no dialog); false with
    /// `failed` when the preview already shows a problem.
    bool openFile(const QString &path);
    /// Loads with explicit choices.
    void load(const ImportChoice &choice);
    /// Forgets the pending load, if any: its table will not be opened.
    void cancel();
    /// A load is pending.
    bool isLoading() const { return m_pendingImport.has_value() || m_loadingDemo; }

Q_SIGNALS:
    /// Reading started; `stage` says what is read, for the status bar.
    void started(const QString &stage);
    /// Reading or preparing the choice failed; `message` is translated and names file, row, column.
    void failed(const QString &message);

private:
    void onTableLoaded(quint64 generation, std::shared_ptr<const Table> table);

    EngineController *m_controller;
    Document *m_document;
    std::optional<ImportChoice> m_pendingImport;
    bool m_loadingDemo = false; ///< the pending load is the demo customers
    quint64 m_loadGeneration = 0;
};

} // namespace seg
