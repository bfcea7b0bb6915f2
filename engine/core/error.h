#pragma once
// Errors that users can cause (bad files, bad data, bad options). Programming errors are
// assertions instead. The CLI maps ErrorKind to exit codes; the GUI shows message().

#include "engine/core/text.h"

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>

namespace seg {

enum class ErrorKind {
    Usage,       ///< invalid options or parameters (CLI exit code 2)
    InvalidData, ///< input data is malformed or unsuitable (exit code 3)
    Io,          ///< file cannot be opened, read or written (exit code 4)
};

/// Where in the input a problem is. row is the 1-based record number as a spreadsheet shows
/// it (the header is row 1, the first data row is row 2); -1 when not about one row.
struct ErrorLocation
{
    std::string file;
    std::int64_t row = -1;
    std::string column;
    /// 0-based position of a column that has no name yet (a fault in the header row): shown as
    /// "column 3 (C)", as a spreadsheet labels it. Used only when `column` is empty.
    std::int64_t columnIndex = -1;
};

/// The spreadsheet letters of the 0-based column `index` (0 -> "A", 26 -> "AA").
inline std::string columnLetters(std::size_t index)
{
    std::string letters;
    for (std::size_t n = index + 1; n > 0; n = (n - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
    return letters;
}

class Error : public std::runtime_error
{
public:
    /// `detail` says what was wrong and what was expected, without the location;
    /// what() is the full human message "FILE: row R, column 'C': DETAIL".
    Error(ErrorKind kind, std::string detail, ErrorLocation where = {})
        : std::runtime_error(format(detail, where)), m_kind(kind), m_detail(std::move(detail)),
          m_where(std::move(where))
    {
    }

    ErrorKind kind() const noexcept { return m_kind; }
    const std::string &detail() const noexcept { return m_detail; }
    const ErrorLocation &where() const noexcept { return m_where; }

    /// "FILE: row R, column 'C': DETAIL" in the user's language (engine/core/text.h).
    static std::string format(const std::string &detail, const ErrorLocation &where);

    /// "column 28 (AB)" for the 0-based position 27.
    static std::string columnPosition(std::int64_t index);

private:
    ErrorKind m_kind;
    std::string m_detail;
    ErrorLocation m_where;
};

} // namespace seg
