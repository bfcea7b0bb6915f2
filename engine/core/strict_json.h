#pragma once
// JSON for files a person writes by hand (feature specs): parsed strictly, with errors that say
// where. nlohmann's DOM parser keeps the last of two equal keys silently and reports a number too
// large for a double without saying whose it is; this parser reports both with the key and the
// line and column.

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace seg {

/// Arrays and objects nested deeper than this are refused: no document read this way needs more,
/// and each level costs memory (a body of 16 MB of '[' would otherwise take gigabytes).
inline constexpr std::size_t kMaxStrictJsonDepth = 256;

/// Parses `text` as one JSON value. Throws seg::Error(InvalidData) located at `displayName`:
/// * a key given twice in one object: "<what> key 'groups' is given twice (line 5, column 3);
///   a key may appear only once in an object";
/// * a number outside the range of a double: "<what> key 'groups[0].weight': the number 1e999 is
///   out of range (line 1, column 38)";
/// * more than kMaxStrictJsonDepth arrays and objects nested: "the <what> nests arrays and objects
///   more than 256 deep (line 1, column 257)";
/// * any other syntax error: "the <what> is not valid JSON: " and nlohmann's message with its
///   "line L, column C".
/// `what` names the document in lower case ("feature spec"). Key paths are written as
/// "groups[0].columns[1].weight" (the key itself for a key given twice). Lines and columns are
/// 1-based; columns count bytes.
nlohmann::json parseStrictJson(std::string_view text, const std::string &displayName, const std::string &what);

} // namespace seg
