// segscope demo-data: writes the synthetic demo customer base as CSV.

#include "app/cli/args.h"
#include "app/cli/commands.h"
#include "app/cli/file_overlap.h"
#include "app/cli/output.h"

#include "engine/core/parallel.h"
#include "engine/data/csv_writer.h"
#include "engine/demo/demo_data.h"

#include <limits>

namespace seg::cli {

int runDemoData(const QStringList &arguments)
{
    const Args args(arguments, {QStringLiteral("rows"), QStringLiteral("seed"), QStringLiteral("out"),
                                QStringLiteral("threads")},
                    {QStringLiteral("clv-inputs")});
    if (!args.positional().isEmpty())
        throw UsageError(Cli::tr("demo-data takes no positional argument; write the file with --out FILE.csv"));
    const auto out = args.value(QStringLiteral("out"));
    if (!out)
        throw UsageError(Cli::tr("demo-data needs --out FILE.csv"));
    refuseOverlappingFiles({}, {{QStringLiteral("--out"), *out}});
    const auto rows = static_cast<std::size_t>(args.integer(QStringLiteral("rows"), 50000, 1, 100000000));
    const auto seed = static_cast<std::uint64_t>(
        args.integer(QStringLiteral("seed"), 7, 0, std::numeric_limits<long long>::max()));
    setThreadCount(static_cast<int>(args.integer(QStringLiteral("threads"), 0, 0, 1024)));

    Table table = generateDemoData(rows, seed);
    // The lifetime-value inputs restate the purchase history in the models' terms. A CSV carries
    // no roles, so read back they would be clustered on as well (counting the purchase history
    // twice): they are written only when asked for.
    if (!args.has(QStringLiteral("clv-inputs")))
        std::erase_if(table.columns, [](const Column &c) {
            return c.name == "frequency" || c.name == "recency" || c.name == "T" || c.name == "monetary_value";
        });
    writeCsv(table, out->toStdString());
    printErr(Cli::tr("wrote %1 demo customer(s) (seed %2) to %3\n", nullptr, pluralCount(rows))
                 .arg(rows)
                 .arg(seed)
                 .arg(*out));
    return ExitOk;
}

} // namespace seg::cli
