#pragma once
// Reading a column's name the way a person does, for the suggestions made from names (roles,
// feature groups): whole words, so that short keywords ("id", "age", "last") match only words.

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace seg {

/// The lower-case words of a column name, split at '_', '-', '.', spaces, other punctuation and
/// camelCase humps: "CustomerID" -> {"customer", "id"}, "Detergents_Paper" -> {"detergents", "paper"}.
std::vector<std::string> nameWords(std::string_view name);

/// True when one of `words` is one of `keywords`.
bool hasWord(const std::vector<std::string> &words, std::initializer_list<std::string_view> keywords);

} // namespace seg
