// segscope consensus: many clusterings of resampled customers vote, the votes are cut into k
// segments (Monti et al. 2003), and each customer gets its agreement with its segment. Reads,
// validates and prepares the customers exactly as stability does (SummaryRun) and writes a JSON
// summary in its shape (input, params, spec, warnings, timings), with an optional CSV of
// id, segment and agreement committed together with it.

#include "app/cli/args.h"
#include "app/cli/commands.h"
#include "app/cli/customer_input.h"
#include "app/cli/output.h"
#include "app/cli/summary_run.h"

#include "engine/cluster/clustering.h"
#include "engine/core/parallel.h"
#include "engine/data/assignments.h"
#include "engine/cluster/consensus.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <limits>

namespace seg::cli {

namespace {

using Clock = std::chrono::steady_clock;

/// Below this mean ARI against the consensus an algorithm's runs are said to dissent. Measured:
/// on the demo data (k = 6) the diagonal Gaussian mixture's runs score 0.36 (they agree with one
/// another at 0.67 and with the planted segments at 0.41) while k-means' and Ward's score 0.99;
/// on the Wholesale customers (k = 2) the mixture scores 0.62, Ward 0.85 and k-means 0.97.
constexpr double kDissentingAri = 0.5;
/// A share of customers below kLowAgreement that says more about k than about the customers.
constexpr double kManyLowAgreement = 0.2;

QString nameOf(Algorithm algorithm)
{
    const std::string_view name = algorithmName(algorithm);
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

/// --algorithms: the algorithms that vote, each with its documented defaults at k. The ones
/// that find the number of segments themselves would vote with another k and mark customers
/// as noise, which agree with no one; they are refused.
std::vector<ClusteringOptions> members(const Args &args, int k, std::uint64_t seed)
{
    std::vector<ClusteringOptions> out;
    const std::vector<std::string> names = args.has(QStringLiteral("algorithms"))
        ? args.list(QStringLiteral("algorithms"))
        : std::vector<std::string> {"kmeans", "gmm", "ward"};
    if (names.empty())
        throw UsageError(Cli::tr("--algorithms needs at least one algorithm"));
    for (const std::string &name : names) {
        const Algorithm algorithm
            = parseOption(QStringLiteral("algorithms"), [&] { return parseAlgorithm(name); });
        if (findsClusterCount(algorithm))
            throw UsageError(
                Cli::tr("--algorithms: %1 finds the number of segments itself; consensus runs algorithms "
                   "that take --k")
                    .arg(nameOf(algorithm)));
        out.push_back(defaultClusteringOptions(algorithm, k, seed));
    }
    return out;
}

Resampling resampling(const Args &args)
{
    const QString name = args.value(QStringLiteral("resampling"), QStringLiteral("subsample"));
    if (name == QLatin1String("subsample"))
        return Resampling::Subsample;
    if (name == QLatin1String("bootstrap"))
        return Resampling::Bootstrap;
    throw UsageError(Cli::tr("--resampling: unknown method '%1'; available: subsample, bootstrap").arg(name));
}

} // namespace

int runConsensus(const QStringList &arguments)
{
    SummaryRun run(arguments, QStringLiteral("consensus"),
                   {QStringLiteral("k"), QStringLiteral("algorithms"), QStringLiteral("runs"),
                    QStringLiteral("subsample"), QStringLiteral("resampling"), QStringLiteral("fit-rows"),
                    QStringLiteral("sample"), QStringLiteral("seed")},
                   {}, {QStringLiteral("out")});
    const Args &args = run.args;
    if (!args.has(QStringLiteral("k")))
        throw UsageError(Cli::tr("consensus needs --k, the number of segments"));
    ConsensusOptions options;
    options.k = static_cast<int>(args.integer(QStringLiteral("k"), 2, 1, 100000));
    options.seed = static_cast<std::uint64_t>(args.integer(QStringLiteral("seed"),
                                                           static_cast<long long>(kDefaultSeed), 0,
                                                           std::numeric_limits<long long>::max()));
    options.members = members(args, options.k, options.seed);
    options.runsPerMember = static_cast<int>(args.integer(QStringLiteral("runs"), 10, 1, 10000));
    options.fraction = args.real(QStringLiteral("subsample"), 0.8, 0.0, 1.0);
    if (!(options.fraction > 0.0))
        throw UsageError(Cli::tr("--subsample must be above 0"));
    options.resampling = resampling(args);
    options.maxFitRows
        = static_cast<std::size_t>(args.integer(QStringLiteral("fit-rows"), 10000, 0, 1LL << 40));
    options.sampleRows = static_cast<std::size_t>(
        args.integer(QStringLiteral("sample"), 2000, 1, static_cast<long long>(kMaxConsensusSample)));
    if (options.sampleRows < static_cast<std::size_t>(options.k))
        throw UsageError(Cli::tr("--sample %1 is below --k %2").arg(options.sampleRows).arg(options.k));

    run.read();
    const std::size_t rows = run.prepared.rows.size();
    if (static_cast<std::size_t>(options.k) > rows)
        throw UsageError(Cli::tr("--k %1 needs at least as many customers; %2 has %3")
                             .arg(options.k)
                             .arg(QString::fromStdString(run.customers.input()))
                             .arg(rows));
    const auto start = Clock::now();
    const ConsensusResult result = consensus(run.prepared.x, options);
    const double consensusMs = msSince(start);

    std::size_t low = 0;
    double agreementSum = 0.0;
    for (double a : result.agreement) {
        low += a < kLowAgreement ? 1 : 0;
        agreementSum += a;
    }
    const double lowShare = static_cast<double>(low) / static_cast<double>(rows);
    nlohmann::json algorithms = nlohmann::json::array();
    for (const ClusteringOptions &member : options.members)
        algorithms.push_back(std::string(algorithmName(algorithmOf(member))));
    run.summary["params"]
        = {{"k", options.k},
           {"algorithms", algorithms},
           {"runs_per_algorithm", options.runsPerMember},
           {"runs", result.runs},
           {"resampling", options.resampling == Resampling::Bootstrap ? "bootstrap" : "subsample"},
           {"subsample", options.fraction},
           {"fit_rows", result.fitRows},
           {"sample", result.sampleRows.size()},
           {"seed", options.seed},
           {"threads", threadCount()}};
    nlohmann::json segments = nlohmann::json::array();
    for (std::size_t g = 0; g < result.sizes.size(); ++g)
        segments.push_back({{"segment", g},
                            {"size", result.sizes[g]},
                            {"mean_agreement", result.segmentAgreement[g]},
                            {"cluster_consensus", result.clusterConsensus[g]}});
    nlohmann::json memberAri = nlohmann::json::array();
    for (std::size_t i = 0; i < options.members.size(); ++i)
        memberAri.push_back({{"algorithm", algorithms[i]}, {"ari", result.memberAri[i]}});
    run.summary["consensus"] = {{"mean_agreement", agreementSum / static_cast<double>(rows)},
                                {"low_agreement_threshold", kLowAgreement},
                                {"low_agreement_share", lowShare},
                                {"low_agreement_customers", low},
                                {"segments", segments},
                                {"algorithm_ari", memberAri}};
    // An algorithm whose runs mostly disagree with the consensus lowers every customer's
    // agreement by its share of the votes, whatever the customer: say so, rather than let the
    // agreement read as doubt about the customers or about k.
    bool dissent = false;
    for (std::size_t i = 0; i < options.members.size(); ++i)
        if (result.memberAri[i] < kDissentingAri) {
            dissent = true;
            run.warnings.push_back(
                Cli::tr("the %1 runs find other segments than the consensus (mean ARI %2 against it); "
                   "every customer's agreement counts their votes: leave it out of --algorithms "
                   "to measure agreement among the others")
                    .arg(nameOf(algorithmOf(options.members[i])))
                    .arg(localNumber(result.memberAri[i], 'f', 2))
                    .toStdString());
        }
    if (!dissent && lowShare > kManyLowAgreement)
        run.warnings.push_back(
            Cli::tr("%1% of the customers agree with their segment in fewer than 80% of the runs: "
               "%2 segments may not be the data's grouping; try another --k")
                .arg(localNumber(100.0 * lowShare, 'f', 1))
                .arg(options.k)
                .toStdString());
    nlohmann::json timings = {{"consensus", consensusMs}};
    if (AtomicFile *out = run.output(QStringLiteral("out"))) {
        const auto phase = Clock::now();
        run.tableBack();
        writeSegmentScores(*out, run.table, run.customers.idColumn(), run.prepared.rows, result.labels,
                           result.agreement, "agreement");
        timings["write"] = msSince(phase);
    }
    run.finish(std::move(timings));

    if (!args.has(QStringLiteral("quiet"))) {
        printOut(Cli::tr("%1 runs (%2 per algorithm) on %3 customers each; co-association on %4 customers\n")
                     .arg(result.runs)
                     .arg(options.runsPerMember)
                     .arg(qulonglong(result.fitRows))
                     .arg(qulonglong(result.sampleRows.size())));
        printOut(Cli::tr("customers agreeing with their segment in fewer than 80% of the runs: %1 (%2%)\n")
                     .arg(qulonglong(low))
                     .arg(localNumber(100.0 * lowShare, 'f', 1)));
        printOut(Cli::tr("%1 %2 %3 %4\n")
                     .arg(Cli::tr("segment"), 7)
                     .arg(Cli::tr("customers"), 9)
                     .arg(Cli::tr("agreement"), 9)
                     .arg(Cli::tr("consensus"), 9));
        for (std::size_t g = 0; g < result.sizes.size(); ++g)
            printOut(QStringLiteral("%1 %2 %3 %4\n")
                         .arg(qulonglong(g), 7)
                         .arg(qulonglong(result.sizes[g]), 9)
                         .arg(localNumber(result.segmentAgreement[g], 'f', 3), 9)
                         .arg(localNumber(result.clusterConsensus[g], 'f', 3), 9));
        for (std::size_t i = 0; i < options.members.size(); ++i)
            printOut(Cli::tr("%1 runs against the consensus: mean ARI %2\n")
                         .arg(nameOf(algorithmOf(options.members[i])))
                         .arg(localNumber(result.memberAri[i], 'f', 3)));
    }
    return ExitOk;
}

} // namespace seg::cli
