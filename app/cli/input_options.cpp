#include "app/cli/input_options.h"

#include "app/cli/output.h"

#include "engine/core/error.h"
#include "engine/data/cell_parsers.h"
#include "engine/data/input_file.h"
#include "engine/data/loader.h"
#include "engine/data/sqlite_reader.h"

#include <QFileInfo>

#include <cmath>
#include <ctime>
#include <map>
#include <memory>

#include <sys/stat.h>

namespace seg::cli {

char parseDelimiter(const QString &text)
{
    if (text == QLatin1String("tab") || text == QLatin1String("\t"))
        return '\t';
    if (text == QLatin1String("space") || text == QLatin1String("spaces") || text == QLatin1String(" "))
        return ' ';
    if (text.size() != 1 || text.front().unicode() >= 0x80 || text.front() == QLatin1Char('"')
        || text.front() == QLatin1Char('\n') || text.front() == QLatin1Char('\r'))
        throw UsageError(Cli::tr("--delimiter must be one character such as , ; | or the word tab or space (not a "
                            "quote or a line break), not '%1'")
                             .arg(text));
    return static_cast<char>(text.front().unicode());
}

DayMonthOrder parseDateOrder(const QString &text)
{
    if (text == QLatin1String("month-first") || text == QLatin1String("mdy"))
        return DayMonthOrder::MonthFirst;
    if (text == QLatin1String("day-first") || text == QLatin1String("dmy"))
        return DayMonthOrder::DayFirst;
    throw UsageError(Cli::tr("--date-order must be month-first (3/31/2024) or day-first (31/3/2024), not '%1'").arg(text));
}

// A date on the command line has one spelling.
double dateOption(const Args &args, const QString &option)
{
    const QString text = *args.value(option);
    double days = 0.0;
    const QByteArray bytes = text.toUtf8();
    if (parseDate(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), days) != DateFormat::Iso
        || days != std::floor(days))
        throw UsageError(Cli::tr("--%1 must be a date written YYYY-MM-DD, such as 1997-09-30, not '%2'").arg(option, text));
    return days;
}

double todayUtc()
{
    return std::floor(static_cast<double>(std::time(nullptr)) / 86400.0);
}

CsvOptions readingOptions(const Args &args, CsvOptions csv)
{
    if (const auto order = args.value(QStringLiteral("date-order")))
        csv.dateOrder = parseDateOrder(*order);
    if (const auto delimiter = args.value(QStringLiteral("delimiter")))
        csv.delimiter = parseDelimiter(*delimiter);
    return csv;
}

namespace {

/// Standard input or another stream (a pipe, a FIFO, process substitution) named `input`,
/// opened the first time it is asked for and kept, from its first byte: commands read their
/// input twice (its header, then its rows with their types), and a stream can be read only
/// once, so InputFile keeps what it reads of it in a temporary file. Null for a regular file,
/// a folder or a name that does not exist, which are opened as files.
InputFile *keptStream(const std::string &input, const CsvOptions &csv)
{
    static std::map<std::string, std::unique_ptr<InputFile>> streams;
    struct stat st {};
    if (input != kStandardInputName
        && (::stat(input.c_str(), &st) != 0 || S_ISREG(st.st_mode) || S_ISDIR(st.st_mode)))
        return nullptr;
    std::unique_ptr<InputFile> &kept = streams[input];
    if (!kept)
        kept = std::make_unique<InputFile>(input, csv.input);
    kept->rewind();
    return kept.get();
}

} // namespace

Table readInputTable(const Args &args, const std::string &input, CsvOptions csv)
{
    csv = readingOptions(args, std::move(csv));
    const std::string tableName = args.stdValue(QStringLiteral("table"));
    if (tableName.empty())
        if (InputFile *stream = keptStream(input, csv))
            return loadTable(*stream, csv);
    // --table with a CSV file: the engine says "not an SQLite database"; say which option
    // asked for one.
    if (!tableName.empty() && QFileInfo(QString::fromStdString(input)).isFile() && !isSqliteFile(input))
        throw UsageError(Cli::tr("--table %1 reads a table of an SQLite database, but %2 is not one (it does not "
                            "start with the SQLite header); leave out --table to read it as CSV")
                             .arg(QString::fromStdString(tableName), QString::fromStdString(input)));
    try {
        return loadTable(input, tableName, csv);
    } catch (const Error &e) {
        // For a database without --table the only usage error is "several tables": the
        // engine's message names no option, so say which one chooses the table.
        if (e.kind() == ErrorKind::Usage && tableName.empty() && isSqliteFile(input))
            throw UsageError(Cli::tr("%1 (with --table NAME)").arg(QString::fromStdString(e.what())));
        throw;
    }
}

std::unique_ptr<TableStream> inputStream(const Args &args, const std::string &input, const Table &schema,
                                         CsvOptions csv)
{
    csv = readingOptions(args, std::move(csv));
    const std::string tableName = args.stdValue(QStringLiteral("table"));
    if (tableName.empty())
        if (InputFile *stream = keptStream(input, csv))
            return std::make_unique<TableStream>(*stream, schema, std::move(csv));
    return std::make_unique<TableStream>(input, tableName, schema, std::move(csv));
}

TransactionColumns logColumnsOption(const Args &args, std::string idColumn)
{
    if (args.has(QStringLiteral("amount-column")) == args.has(QStringLiteral("price-column")))
        throw UsageError(Cli::tr("a transaction log needs either --amount-column (what each line cost) or "
                            "--price-column with --quantity-column (the unit price and the units)"));
    if (args.has(QStringLiteral("price-column")) && !args.has(QStringLiteral("quantity-column")))
        throw UsageError(Cli::tr("--price-column needs --quantity-column: a line's amount is quantity x unit price"));
    return {std::move(idColumn),
            args.stdValue(QStringLiteral("date-column")),
            args.stdValue(QStringLiteral("amount-column")),
            args.stdValue(QStringLiteral("quantity-column")),
            args.stdValue(QStringLiteral("channel-column")),
            args.stdValue(QStringLiteral("category-column")),
            args.stdValue(QStringLiteral("price-column"))};
}

std::string inputName(const std::string &input)
{
    return input == kStandardInputName ? Text::tr("standard input") : input; // as seg::InputFile names it
}

nlohmann::json jsonNumber(double value)
{
    return std::isfinite(value) ? nlohmann::json(value) : nlohmann::json(nullptr);
}

nlohmann::json transformJson(const FittedTransform &transform)
{
    nlohmann::json applied = nlohmann::json::array();
    for (const FittedFeature &f : transform.features) {
        nlohmann::json feature = {{"name", f.name},       {"column", f.column},
                                  {"group", f.group},     {"transform", std::string(toString(f.transform))},
                                  {"fill", jsonNumber(f.fill)}, {"center", jsonNumber(f.center)},
                                  {"scale", jsonNumber(f.scale)}, {"weight", jsonNumber(f.weight)}};
        if (f.oneHot)
            feature["levels"] = f.levels;
        if (f.transform == Transform::Winsorize)
            feature["clip"] = {jsonNumber(f.clipLow), jsonNumber(f.clipHigh)};
        applied.push_back(feature);
    }
    return applied;
}

} // namespace seg::cli
