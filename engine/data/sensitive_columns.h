#pragma once
// Sensitive attributes of a table: the columns whose names say so (sensitiveAttribute) and the
// columns the user marked, recorded as the table property kSensitiveColumnsProperty so that a
// project keeps the marking. Segments built on them treat customers differently by them; the
// report shows how each segment is composed by them.

#include "engine/data/table.h"

#include <string>
#include <string_view>
#include <vector>

namespace seg {

/// The table property that lists the columns the user marked sensitive (a JSON array of names).
inline constexpr const char *kSensitiveColumnsProperty = "sensitive_columns";

/// The columns marked sensitive, in the order marked.
std::vector<std::string> markedSensitiveColumns(const Table &table);
/// Marks `columns` sensitive (added to those marked before). Throws seg::Error(Usage) naming a
/// column the table lacks.
void markSensitiveColumns(Table &table, const std::vector<std::string> &columns);
/// Why `column` is sensitive: the attribute its name says ("age"), "marked sensitive", or an
/// empty string when it is not.
std::string sensitiveReason(const Table &table, std::string_view column);
/// Every sensitive column of the table with its reason, in table order.
std::vector<std::pair<std::string, std::string>> sensitiveColumns(const Table &table);

} // namespace seg
