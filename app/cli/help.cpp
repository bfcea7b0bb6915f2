// segscope help texts. Kept in one place so `help`, usage errors and docs/cli.md agree.

#include "app/cli/commands.h"
#include "app/cli/output.h"

namespace seg::cli {

QString helpText(const QString &command)
{
    if (command == QLatin1String("cluster"))
        return tr("usage: segscope cluster INPUT [options]\n"
                  "\n"
                  "Clusters the customers in INPUT (a CSV file or an SQLite database) and writes\n"
                  "one segment per customer and a JSON summary. INPUT may be - (standard input) or\n"
                  "a pipe for CSV; CSV must be UTF-8, with rows of at most 64 MiB.\n"
                  "\n"
                  "  --table NAME              table or view to read from an SQLite database (needed\n"
                  "                            when it has several)\n"
                  "  --delimiter D             CSV delimiter: , ; | tab, space (runs of spaces)\n"
                  "                            or another character (default: detected)\n"
                  "  --k K                     number of segments (required)\n"
                  "  --algorithm kmeans        clustering algorithm (default kmeans)\n"
                  "  --seed S                  random seed (default 42, as in the explorer); same\n"
                  "                            seed, same result\n"
                  "  --n-init N                k-means++ restarts, the lowest inertia wins (default 10)\n"
                  "  --max-iter N              iterations per restart (default 300)\n"
                  "  --tol X                   relative centroid-shift tolerance (default 1e-4)\n"
                  "  --id-column C             customer id column (checked for duplicates and gaps);\n"
                  "                            '' = no column is the key (rows are customers)\n"
                  "  --label-column C          known segments: adds ARI and NMI to the metrics\n"
                  "  --role COL=ROLE           a column's role (repeatable): id, label, numeric,\n"
                  "                            categorical, value, date, personal or ignored\n"
                  "  --categorical a,b         these columns are categories (one 0/1 feature per level)\n"
                  "  --value-columns a,b       these columns are money (purchasing)\n"
                  "  --date-columns a,b        these columns are dates (YYYYMMDD numbers too)\n"
                  "  --date-order O            month-first (default) or day-first: slash dates\n"
                  "                            whose column does not show the order\n"
                  "  --columns a,b,c           cluster on exactly these columns\n"
                  "  --exclude a,b             leave these columns out of the suggested features\n"
                  "  --features SPEC.json      feature groups, weights and transforms (docs/feature-spec.md)\n"
                  "  --scale zscore|robust|minmax|none     scaling (default zscore; robust: median\n"
                  "                            and IQR, so extreme customers do not set the scale)\n"
                  "  --outliers T              set aside customers beyond a robust z of T (median,\n"
                  "                            MAD) on any feature: segment -1, not clustered\n"
                  "                            (default 0 = off; 5 to 10 is usual)\n"
                  "  --impute median|mean|mode|drop        missing values (default median)\n"
                  "  --silhouette-sample N     rows for the silhouette, 0 = all (default 10000)\n"
                  "  --threads T               worker threads, 0 = all cores (default 0)\n"
                  "  --out ASSIGN.csv          write id,segment,distance per customer\n"
                  "  --json SUMMARY.json       write the summary (parameters, metrics, segments, timings)\n"
                  "  --quiet                   print nothing but warnings and errors\n");
    if (command == QLatin1String("demo-data"))
        return tr("usage: segscope demo-data --out FILE.csv [--rows N] [--seed S] [--threads T]\n"
                  "\n"
                  "Writes the synthetic demo customer base (docs/demo-data.md): N customers (default 50000)\n"
                  "from seed S (default 7), with the generating segment in the column true_segment.\n");
    if (command == QLatin1String("help"))
        return tr("usage: segscope help [COMMAND]\n");
    if (!command.isEmpty())
        return {};
    return tr("usage: segscope COMMAND [options]\n"
              "\n"
              "Commands:\n"
              "  cluster     cluster customers into segments\n"
              "  demo-data   write the synthetic demo customer base\n"
              "  help        show help for a command\n"
              "\n"
              "Options:\n"
              "  --version   print the version\n"
              "  --help      show this help\n"
              "\n"
              "Exit codes: 0 ok, 2 usage error, 3 invalid input data, 4 I/O error.\n"
              "See 'segscope help COMMAND' for the options of a command.\n");
}

int runHelp(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    const QString text = helpText(command);
    if (text.isEmpty()) {
        printErr(tr("segscope: unknown command '%1'\n").arg(command) + helpText({}));
        return ExitUsage;
    }
    printOut(text);
    return ExitOk;
}

} // namespace seg::cli
