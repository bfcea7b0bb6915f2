#pragma once
// Reading a customer table from a file, CSV or SQLite: the one entry point for every front end,
// with one rule for which table of an SQLite database to read.

#include "engine/core/progress.h"
#include "engine/data/csv_reader.h"
#include "engine/data/table.h"

#include <string>

namespace seg {

/// Reads the table in the file at `path`.
///
/// The file is read as SQLite when it starts with the SQLite header (isSqliteFile()) or when
/// `sqliteTable` is not empty; otherwise as CSV (readCsv()), whatever its name. `path` may be
/// "-" (standard input), a pipe or another stream for CSV (input_file.h: it is opened once and
/// kept in a temporary file); an SQLite database must be a regular file, else
/// seg::Error(Usage) "an SQLite database can only be read from a file, ...". For SQLite:
/// - `sqliteTable` given: that table or view (readSqliteTable()); seg::Error(InvalidData)
///   listing the tables when there is none of that name, seg::Error(Io) when the file is not an
///   SQLite database;
/// - no name and exactly one table or view: that one;
/// - no name and several: seg::Error(Usage) "the database has several tables; choose one of:
///   'a', 'b', 'c'" (sorted; the caller asks the user, or names one);
/// - no name and none: seg::Error(InvalidData) "the database has no tables".
/// Every error names the file. `options` apply to either format as readCsv() describes them
/// (the delimiter only to CSV). Reports progress and throws seg::Cancelled when cancelled.
Table loadTable(const std::string &path, const std::string &sqliteTable, const CsvOptions &options = {},
                const Progress &progress = {});

class InputFile;
/// Whether `input`, read from its first byte, is an SQLite database rather than CSV: its header
/// decides, not its name. Leaves `input` at its first byte. Throws seg::Error(Usage) for a
/// database SQLite cannot open by its name: standard input (even redirected from a file), a pipe
/// or a device.
bool isSqliteDatabase(InputFile &input);

/// The same for an input already opened, read from its first byte: CSV, or an SQLite database
/// when it is a regular file. A stream that is read more than once (its header, then its rows
/// with their types) is opened once and read through this: InputFile keeps what it read of it.
Table loadTable(InputFile &input, const CsvOptions &options = {}, const Progress &progress = {});

} // namespace seg
