#include "engine/core/error.h"

namespace seg {

std::string Error::format(const std::string &detail, const ErrorLocation &where)
{
    std::string place = where.file;
    if (where.row >= 0) {
        const std::string row = fillIn(Text::tr("row %1"), where.row);
        place = place.empty() ? row : fillIn(Text::tr("%1: %2", "a file: a row in it"), place, row);
    }
    std::string column;
    if (!where.column.empty())
        column = fillIn(Text::tr("column '%1'"), where.column);
    else if (where.columnIndex >= 0)
        column = columnPosition(where.columnIndex);
    if (!column.empty())
        place = place.empty() ? column : fillIn(Text::tr("%1, %2", "a file or a row, then a column"), place, column);
    return place.empty() ? detail : fillIn(Text::tr("%1: %2", "a place: what is wrong there"), place, detail);
}

std::string Error::columnPosition(std::int64_t index)
{
    return fillIn(Text::tr("column %1 (%2)"), index + 1, columnLetters(static_cast<std::size_t>(index)));
}

} // namespace seg
