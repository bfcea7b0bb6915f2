#pragma once
// Console output for segscope: translated text to stdout/stderr, and the loading of input tables
// that every subcommand shares.

#include "engine/data/csv_reader.h"
#include "engine/data/table.h"

#include <QString>

#include <string>

namespace seg::cli {

QString tr(const char *text);
void printOut(const QString &text);
void printErr(const QString &text);

/// Reads INPUT as SQLite (when it is an SQLite file or `table` is given) or as CSV.
Table loadTable(const std::string &path, const std::string &table, const CsvOptions &options);

} // namespace seg::cli
