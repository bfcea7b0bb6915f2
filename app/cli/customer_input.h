#pragma once
// The input and feature options of segscope's commands that read customers (cluster, embed):
// the options themselves, the file read with the chosen column roles, and the feature spec.
// One implementation, so both commands read and prepare a file alike (docs/cli.md).

#include "app/cli/args.h"
#include "app/cli/file_overlap.h"
#include "app/cli/output.h"

#include "engine/core/error.h"
#include "engine/data/csv_reader.h"
#include "engine/data/table.h"
#include "engine/prep/feature_spec.h"
#include "engine/prep/transactions.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace seg::cli {

/// The value options every command reading customers accepts (--table, --id-column, ...,
/// --date-order), and the repeatable ones (--role).
std::set<QString> customerInputOptions();
std::set<QString> customerInputRepeatableOptions();

/// The value of --option parsed by `parse`; an engine usage error ("unknown scaling 'x'; accepted
/// values: ...") becomes a usage error that names the option.
template <typename Parse>
auto parseOption(const QString &option, Parse parse)
{
    try {
        return parse();
    } catch (const Error &e) {
        if (e.kind() != ErrorKind::Usage)
            throw;
        throw UsageError(Cli::tr("--%1: %2").arg(option, QString::fromStdString(e.detail())));
    }
}

/// The input options of one command line, checked before anything is read.
class CustomerInput
{
public:
    /// Throws UsageError for options that do not fit together (--features with --columns,
    /// standard input twice, a label column that is the id column, a bad --scale or --impute).
    /// `command` ("cluster", "embed") words the messages. The positional INPUT must exist,
    /// unless the customers come from a project (`project`: its path, `projectIdColumn`: the
    /// id column it was made with), which is then the input.
    CustomerInput(const Args &args, QString command, std::optional<std::string> project = std::nullopt,
                  std::string projectIdColumn = {});

    const std::string &input() const { return m_input; }
    const std::string &idColumn() const { return m_idColumn; }
    const std::string &labelColumn() const { return m_labelColumn; }
    /// The label column, when one is asked for, exists in `table` (named with its option).
    void checkLabelColumn(const Table &table) const;
    /// The input (or --project) and the --features file: what no output may overwrite.
    std::vector<NamedFile> files() const;

    /// Reads INPUT (CSV or SQLite, --table) with the roles chosen on the command line; checks
    /// the id and label columns and refuses a transaction log without --id-column. With
    /// --date-column INPUT is a transaction log: its customers (seg::customersFromLog, keyed by
    /// --id-column) are the table. With maxRows, only the first maxRows rows are read: the head
    /// of a customer table read in chunks (segscope cluster --algorithm minibatch).
    Table read(std::size_t maxRows = 0) const;
    /// The reading options read() uses: the id column, the chosen roles, --delimiter and
    /// --date-order.
    CsvOptions readingOptions() const;
    /// The --table option (empty: CSV, or the database's only table).
    const std::string &tableName() const { return m_tableName; }
    /// INPUT is a transaction log read as customers (--date-column).
    bool isTransactionLog() const { return m_log.has_value(); }
    /// The feature spec: the --features file, --columns, or the suggested one without the id,
    /// label and --exclude columns; then --scale and --impute.
    FeatureSpec spec(const Table &table) const;

private:
    const Args &m_args;
    QString m_command;
    std::string m_input;
    std::string m_idColumn;
    std::string m_labelColumn;
    std::string m_tableName;
    bool m_fromProject = false;
    std::optional<Scaling> m_scaling;
    std::optional<Imputation> m_imputation;
    std::optional<LogImport> m_log;
};

} // namespace seg::cli
