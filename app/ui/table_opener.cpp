#include "app/ui/table_opener.h"

#include "app/core/document.h"
#include "app/core/engine_controller.h"
#include "engine/prep/spec_defaults.h"
#include "widgets/segment_figures.h"

#include <QFileInfo>
#include <QLocale>

namespace seg {

TableOpener::TableOpener(EngineController *controller, Document *document, QObject *parent)
    : QObject(parent), m_controller(controller), m_document(document)
{
    connect(m_controller, &EngineController::tableLoaded, this, &TableOpener::onTableLoaded);
    connect(m_controller, &EngineController::failed, this, [this](quint64 generation, const QString &) {
        // The controller reports the failure itself; here the load is only forgotten.
        if (generation == m_loadGeneration)
            cancel();
    });
}

QString TableOpener::whyNotOpenable(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isReadable())
        return tr("Cannot read %1: the file does not exist or is not readable.").arg(path);
    if (info.isDir())
        return tr("%1 is a folder; choose a file in it.").arg(path);
    if (!info.isFile())
        return tr("%1 is a pipe or a device, not a file. The explorer reads its data more than "
                  "once (for the preview, then for the import), so it needs a file: save the "
                  "data to a file and open that.")
            .arg(path);
    return {};
}


void TableOpener::openDemo(std::size_t rows, std::uint64_t seed)
{
    m_pendingImport.reset();
    m_loadingDemo = true;
    m_loadGeneration = m_controller->requestDemo(rows, seed);
    Q_EMIT started(
        tr("Generating %1 demo customer(s)…", nullptr, pluralCount(rows)).arg(QLocale().toString(qulonglong(rows))));
}

void TableOpener::openFileInteractive(const QString &path, QWidget *dialogParent)
{
    if (const QString why = whyNotOpenable(path); !why.isEmpty()) {
        Q_EMIT failed(why);
        return;
    }
    ImportDialog dialog(path, dialogParent);
    if (dialog.exec() == QDialog::Accepted)
        load(dialog.choice());
}

bool TableOpener::openFile(const QString &path)
{
    if (const QString why = whyNotOpenable(path); !why.isEmpty()) {
        Q_EMIT failed(why);
        return false;
    }
    const ImportDialog dialog(path);
    if (!dialog.isValid()) {
        Q_EMIT failed(dialog.validationMessage());
        return false;
    }
    // Nobody chose a table: the engine's one rule decides (the only table, or an error that
    // lists them), as for segscope without --table.
    ImportChoice choice = dialog.choice();
    choice.sqliteTable.clear();
    load(choice);
    return true;
}

void TableOpener::load(const ImportChoice &choice)
{
    m_loadingDemo = false;
    m_pendingImport = choice;
    LoadJob job;
    job.path = choice.path;
    job.sqliteTable = choice.sqliteTable;
    job.idColumn = choice.idColumn;
    job.columnRoles = choice.roles;
    job.transactions = choice.transactions;
    job.hashIds = choice.hashIds;
    m_loadGeneration = m_controller->requestLoad(std::move(job));
    Q_EMIT started(tr("Reading %1…").arg(QFileInfo(choice.path).fileName()));
}

void TableOpener::cancel()
{
    m_pendingImport.reset();
    m_loadingDemo = false;
    m_loadGeneration = 0;
}

void TableOpener::onTableLoaded(quint64 generation, std::shared_ptr<const Table> table)
{
    if (generation != m_loadGeneration || !isLoading())
        return;
    if (m_loadingDemo) {
        cancel();
        m_document->setTable(std::move(table), QString(), QStringLiteral("customer_id"), QStringLiteral("true_segment"));
        return;
    }
    const ImportChoice choice = *m_pendingImport;
    cancel();
    FeatureSpec spec;
    try {
        // The columns and groups the user chose, with the defaults `segscope cluster` uses:
        // its very spec (and so its segments) when the choice is the suggested one.
        std::vector<std::string> exclude;
        for (const QString &column : {choice.idColumn, choice.labelColumn})
            if (!column.isEmpty())
                exclude.push_back(column.toStdString());
        // A log's customers as suggested: the suggestion for all of them, which may hold a
        // channel or returns that the previewed rows lacked.
        spec = choice.transactions && choice.featuresAsSuggested
                   ? suggestFeatureSpec(*table, exclude)
                   : resolveDefaultSpec(*table, choice.buildSpec(*table), exclude);
    } catch (const std::exception &e) {
        Q_EMIT failed(QString::fromUtf8(e.what()));
        return;
    }
    m_document->setTable(std::move(table), choice.path, choice.idColumn, choice.labelColumn, spec);
}

} // namespace seg
