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

/// The names of the columns with `role`, in table order.
std::vector<std::string> columnsWithRole(const Table &table, ColumnRole role);

} // namespace seg
