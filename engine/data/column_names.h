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

/// The sensitive attribute a column's name says it holds, in the user's language, or an empty
/// string: "age", "gender", "ethnic origin", "nationality", "religion or belief", "health",
/// "sexual orientation", "political opinion", "trade union membership", "genetic or biometric
/// data". These are the special categories of the GDPR (art. 9) with age, gender and
/// nationality, on which treating customers differently may be unlawful or unfair. Whole words:
/// "page_views" is not an age.
std::string sensitiveAttribute(std::string_view name);

} // namespace seg
