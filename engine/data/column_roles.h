#pragma once
// Column roles (ColumnRole, in table.h): what each column means to a marketer, as opposed to how it is stored (ColumnType): a key, the
// ground truth, a quantity to cluster on, a code or category, money, a date, personal data, or
// nothing to use. Every loaded table carries one role per column (Column::role), suggested at
// import with a reason a person can read, and changed by the user at import (the import dialog,
// segscope --role and its shorthands). The role decides whether a column is a feature, how it is
// encoded (a categorical integer code is one-hot, never averaged), and what the summaries report
// (money per segment comes from the Value columns).

#include "engine/data/table.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace seg {


/// "id", "label", "numeric", "categorical", "value", "date", "personal", "ignored".
std::string_view toString(ColumnRole role);
/// The names above; seg::Error(Usage) naming the accepted values otherwise.
ColumnRole parseColumnRole(std::string_view name);
/// True for the roles that can be features: Numeric, Categorical, Value, Date.
bool isFeatureRole(ColumnRole role);

/// A suggested role and why, in a sentence a marketer reads ("few distinct whole numbers and a
/// name like a code: a category, not a quantity").
struct RoleSuggestion
{
    ColumnRole role = ColumnRole::Numeric;
    std::string reason;
};

/// The role suggested for a column of `table` from its name, type and values.
RoleSuggestion suggestColumnRole(const Column &column, const Table &table);

/// Sets every column's role: the role the user chose in `chosen` (reason "chosen"), else the
/// suggestion. A chosen role converts the column where the role needs it (Categorical: numbers
/// become levels; Date: YYYYMMDD numbers or date text become dates). Throws seg::Error naming
/// the file and the column for a role the column cannot take (a Value column of text) and for a
/// chosen name that is not a column (listing the columns).
void assignColumnRoles(Table &table, const std::map<std::string, ColumnRole> &chosen = {});
/// The chosen roles alone, as assignColumnRoles applies them; every other column keeps its role
/// (a table whose roles were set when it was made, such as customerFeatureTable's).
void applyChosenRoles(Table &table, const std::map<std::string, ColumnRole> &chosen);

/// The names of the columns with `role`, in table order.
std::vector<std::string> columnsWithRole(const Table &table, ColumnRole role);

/// A table whose customer key repeats: rows of purchases (a transaction log), not customers.
struct TransactionLog
{
    std::string idColumn;
    std::size_t rows = 0;         ///< rows with an id
    std::size_t ids = 0;          ///< distinct ids
    std::string exampleId;        ///< the id with the most rows (the first of them in the table)
    std::size_t exampleRows = 0;  ///< its rows
};

/// The key column checked: `idColumn` when given, else the column with the Id role whose name
/// speaks of a customer (customer, client, user, member, account, buyer, shopper, household),
/// else the first column with the Id role. The log when that column has at least two more rows
/// with an id than distinct ids (a single repeated id is a mistake, not a log); nothing when it
/// does not, or when there is no such column.
std::optional<TransactionLog> findTransactionLog(const Table &table, const std::string &idColumn = {});

/// What the log means and how to turn it into customers, in sentences: "column 'CustomerID'
/// repeats: 14,922 rows for 3,049 ids (id '17841' has 301 rows). The data looks like a
/// transaction log ...".
std::string describeTransactionLog(const TransactionLog &log);

} // namespace seg
