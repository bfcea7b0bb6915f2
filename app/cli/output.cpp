#include "app/cli/output.h"

#include "engine/core/error.h"
#include "engine/data/sqlite_reader.h"

#include <QCoreApplication>

#include <cstdio>

namespace seg::cli {

QString tr(const char *text)
{
    return QCoreApplication::translate("segscope", text);
}

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

Table loadTable(const std::string &path, const std::string &table, const CsvOptions &options)
{
    if (!table.empty() || isSqliteFile(path)) {
        if (table.empty())
            throw Error(ErrorKind::Usage, "this is an SQLite database: name the table to read with --table",
                        ErrorLocation{path, -1, {}});
        return readSqliteTable(path, table, options);
    }
    return readCsv(path, options);
}

} // namespace seg::cli
