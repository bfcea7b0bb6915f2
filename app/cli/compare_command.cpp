// segscope project compare: where the customers of one run's segments went in another run.

#include "app/cli/args.h"
#include "app/cli/commands.h"
#include "app/cli/file_overlap.h"
#include "app/cli/output.h"

#include "engine/cluster/clustering.h"
#include "engine/core/error.h"
#include "engine/io/atomic_file.h"
#include "engine/project/project.h"
#include "engine/project/run_history.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace seg::cli {

namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

nlohmann::json number(double value)
{
    return std::isfinite(value) ? nlohmann::json(value) : nlohmann::json(nullptr);
}

QString percent(double share)
{
    if (!std::isfinite(share))
        return QStringLiteral("-");
    // A few customers of a large segment are not "0%".
    if (share > 0.0 && share < 0.005)
        return QStringLiteral("<1%");
    return QStringLiteral("%1%").arg(std::lround(100.0 * share));
}

/// "2 'Bargain hunters'" or "2".
QString segmentLabel(const Project &project, const ProjectRun &run, int segment)
{
    const std::string name = project.segmentName(run, segment);
    return name.empty() ? QString::number(segment) : QStringLiteral("%1 '%2'").arg(segment).arg(qs(name));
}

QString segmentList(const Project &project, const ProjectRun &run, const std::vector<int> &segments)
{
    QStringList labels;
    for (int s : segments)
        labels << segmentLabel(project, run, s);
    if (labels.size() <= 1)
        return labels.join(QString());
    const QString last = labels.takeLast();
    return Cli::tr("%1 and %2").arg(labels.join(QStringLiteral(", ")), last);
}

const ProjectRun &requireRun(const Project &project, long long id, const QString &which)
{
    if (const ProjectRun *run = project.run(id))
        return *run;
    QStringList ids;
    for (const ProjectRun &r : project.runs)
        ids << QString::number(r.id);
    throw UsageError(Cli::tr("%1 %2: the project has no such run; its runs are %3")
                         .arg(which)
                         .arg(id)
                         .arg(ids.isEmpty() ? Cli::tr("none") : ids.join(QStringLiteral(", "))));
}

long long runIdArgument(const QString &text, const QString &which)
{
    bool ok = false;
    const long long id = text.toLongLong(&ok);
    if (!ok || id < 1)
        throw UsageError(
            Cli::tr("%1 must be a run number (1, 2, …), not '%2'; see segscope project runs").arg(which, text));
    return id;
}

QString runHeading(const ProjectRun &run)
{
    const ClusteringOptions &o = run.segmentation.options;
    return Cli::tr("run %1 (%2, k %3, seed %4)")
        .arg(run.id)
        .arg(qs(algorithmName(algorithmOf(o))))
        .arg(requestedClusters(o))
        .arg(seedOf(o));
}

/// One sentence per change, in the words of docs/projects.md.
QString describeChange(const Project &project, const ProjectRun &a, const ProjectRun &b,
                       const SegmentChange &c)
{
    switch (c.fate) {
    case SegmentFate::Stayed:
        return Cli::tr("segment %1 stayed as %2 (%3 of its customers; they make up %4 of it)")
            .arg(segmentLabel(project, a, c.segment), segmentLabel(project, b, c.into.front()),
                 percent(c.rowShare), percent(c.colShare));
    case SegmentFate::Split:
        return Cli::tr("segment %1 split into %2 (largest part %3 of its customers)")
            .arg(segmentLabel(project, a, c.segment), segmentList(project, b, c.into), percent(c.rowShare));
    case SegmentFate::Merged:
        if (c.with.empty())
            return Cli::tr("segment %1 merged into %2 with small parts of other segments (%3 of its customers; %4 "
                      "of %2)")
                .arg(segmentLabel(project, a, c.segment), segmentLabel(project, b, c.into.front()),
                     percent(c.rowShare), percent(c.colShare));
        return Cli::tr("segment %1 merged with %2 into %3 (%4 of its customers; %5 of %3)")
            .arg(segmentLabel(project, a, c.segment), segmentList(project, a, c.with),
                 segmentLabel(project, b, c.into.front()), percent(c.rowShare), percent(c.colShare));
    case SegmentFate::Gone:
        return Cli::tr("segment %1 is gone: no segment of run %2 took %3 of its customers (the most any took: %4)")
            .arg(segmentLabel(project, a, c.segment))
            .arg(b.id)
            .arg(percent(kFlowShare), percent(c.rowShare));
    case SegmentFate::New:
        if (c.with.empty())
            return Cli::tr("segment %1 of run %2 is new: no segment of run %3 sent %4 of its customers there")
                .arg(segmentLabel(project, b, c.segment))
                .arg(b.id)
                .arg(a.id)
                .arg(percent(kFlowShare));
        return Cli::tr("segment %1 of run %2 is new: no segment of run %3 sent %4 of its customers there; most of "
                  "it "
                  "came from %5")
            .arg(segmentLabel(project, b, c.segment))
            .arg(b.id)
            .arg(a.id)
            .arg(percent(kFlowShare), segmentList(project, a, c.with));
    }
    return {};
}

QString reproductionText(const ProjectRun &a, const ProjectRun &b, const RunReproduction &r)
{
    switch (r.difference) {
    case RecipePart::FeatureSpec: return Cli::tr("the runs differ in the feature spec");
    case RecipePart::ClusteringOptions: return Cli::tr("the runs differ in the clustering options");
    case RecipePart::OutlierRule: return Cli::tr("the runs differ in the outlier rule");
    case RecipePart::None: break;
    }
    if (r.identical)
        return Cli::tr("same data, spec, options and seed: identical assignments");
    if (!r.sameEngine)
        return Cli::tr("same data, spec, options and seed, but other assignments: the runs were made by engine %1 "
                  "and "
                  "%2")
            .arg(qs(a.engineVersion), qs(b.engineVersion));
    return Cli::tr("same data, spec, options and seed, but other assignments");
}

QString tableText(const Project &project, const ProjectRun &a, const ProjectRun &b, const RunComparison &c)
{
    // Rows: run A's segments; cells: count and share of the row.
    std::vector<QStringList> cells(static_cast<std::size_t>(c.segmentsA));
    QStringList rowLabels;
    for (int i = 0; i < c.segmentsA; ++i) {
        rowLabels << segmentLabel(project, a, i);
        for (int j = 0; j < c.segmentsB; ++j)
            cells[static_cast<std::size_t>(i)]
                << (c.count(i, j) == 0
                        ? QStringLiteral("-")
                        : QStringLiteral("%1 %2").arg(c.count(i, j)).arg(percent(c.rowShare(i, j))));
        cells[static_cast<std::size_t>(i)] << QString::number(c.rowTotals[static_cast<std::size_t>(i)]);
    }
    QStringList headings;
    for (int j = 0; j < c.segmentsB; ++j)
        headings << segmentLabel(project, b, j);
    headings << Cli::tr("total");
    qsizetype labelWidth = Cli::tr("run %1").arg(a.id).size();
    for (const QString &l : rowLabels)
        labelWidth = std::max(labelWidth, l.size());
    std::vector<qsizetype> widths;
    for (qsizetype j = 0; j < headings.size(); ++j) {
        qsizetype w = headings[j].size();
        for (const QStringList &row : cells)
            w = std::max(w, row[j].size());
        widths.push_back(w);
    }
    QString text
        = Cli::tr("run %1's segments (rows) against run %2's (columns): customers, and the share of the row\n")
              .arg(a.id)
              .arg(b.id);
    QString line = QStringLiteral("  %1").arg(Cli::tr("run %1").arg(a.id), -static_cast<int>(labelWidth));
    for (qsizetype j = 0; j < headings.size(); ++j)
        line
            += QStringLiteral("  %1").arg(headings[j], static_cast<int>(widths[static_cast<std::size_t>(j)]));
    text += line + QLatin1Char('\n');
    for (int i = 0; i < c.segmentsA; ++i) {
        line = QStringLiteral("  %1").arg(rowLabels[i], -static_cast<int>(labelWidth));
        for (qsizetype j = 0; j < headings.size(); ++j)
            line += QStringLiteral("  %1").arg(cells[static_cast<std::size_t>(i)][j],
                                               static_cast<int>(widths[static_cast<std::size_t>(j)]));
        text += line + QLatin1Char('\n');
    }
    line = QStringLiteral("  %1").arg(Cli::tr("total"), -static_cast<int>(labelWidth));
    for (int j = 0; j < c.segmentsB; ++j)
        line += QStringLiteral("  %1").arg(c.columnTotals[static_cast<std::size_t>(j)],
                                           static_cast<int>(widths[static_cast<std::size_t>(j)]));
    line += QStringLiteral("  %1").arg(c.compared, static_cast<int>(widths.back()));
    return text + line + QLatin1Char('\n');
}

nlohmann::json segmentsJson(const Project &project, const ProjectRun &run,
                            const std::vector<std::int64_t> &totals)
{
    nlohmann::json segments = nlohmann::json::array();
    for (std::size_t s = 0; s < totals.size(); ++s) {
        const std::string name = project.segmentName(run, static_cast<int>(s));
        segments.push_back({{"segment", s},
                            {"key", run.segmentKey(static_cast<int>(s))},
                            {"name", name.empty() ? nlohmann::json(nullptr) : nlohmann::json(name)},
                            {"compared", totals[s]}});
    }
    return segments;
}

nlohmann::json runJson(const ProjectRun &run)
{
    const ClusteringOptions &o = run.segmentation.options;
    return {{"id", run.id},
            {"algorithm", std::string(algorithmName(algorithmOf(o)))},
            {"k", requestedClusters(o)},
            {"seed", seedOf(o)},
            {"engine_version", run.engineVersion}};
}

nlohmann::json comparisonJson(const Project &project, const ProjectRun &a, const ProjectRun &b,
                              const RunComparison &c, const RunReproduction &r)
{
    nlohmann::json counts = nlohmann::json::array(), rowShares = nlohmann::json::array(),
                   columnShares = nlohmann::json::array();
    for (int i = 0; i < c.segmentsA; ++i) {
        nlohmann::json countRow = nlohmann::json::array(), rowRow = nlohmann::json::array(),
                       columnRow = nlohmann::json::array();
        for (int j = 0; j < c.segmentsB; ++j) {
            countRow.push_back(c.count(i, j));
            rowRow.push_back(number(c.rowShare(i, j)));
            columnRow.push_back(number(c.columnShare(i, j)));
        }
        counts.push_back(countRow);
        rowShares.push_back(rowRow);
        columnShares.push_back(columnRow);
    }
    nlohmann::json changes = nlohmann::json::array();
    for (const SegmentChange &change : c.changes)
        changes.push_back({{"fate", std::string(toString(change.fate))},
                           {"run", change.fate == SegmentFate::New ? b.id : a.id},
                           {"segment", change.segment},
                           {"into", change.into},
                           {"with", change.with},
                           {"row_share", number(change.rowShare)},
                           {"column_share", number(change.colShare)},
                           {"text", describeChange(project, a, b, change).toStdString()}});
    return {
        {"run_a", runJson(a)},
        {"run_b", runJson(b)},
        {"compared", c.compared},
        {"only_a", c.onlyA},
        {"only_b", c.onlyB},
        {"ari", number(c.ari)},
        {"flow_share", kFlowShare},
        {"segments_a", segmentsJson(project, a, c.rowTotals)},
        {"segments_b", segmentsJson(project, b, c.columnTotals)},
        {"counts", counts},
        {"row_shares", rowShares},
        {"column_shares", columnShares},
        {"changes", changes},
        {"reproduction",
         {{"same_recipe", r.sameRecipe},
          {"same_engine", r.sameEngine},
          {"identical", r.identical},
          {"difference", r.difference == RecipePart::None ? nlohmann::json(nullptr)
                                                 : nlohmann::json(std::string(toString(r.difference)))}}}};
}

} // namespace

int runProjectCompare(const QStringList &arguments)
{
    const Args args(arguments, {QStringLiteral("json")}, {});
    if (args.positional().size() != 3)
        throw UsageError(Cli::tr("project compare needs the project and two run numbers: segscope project compare "
                            "P.segscope RUN_A RUN_B"));
    const std::string path = args.positional()[0].toStdString();
    const long long idA = runIdArgument(args.positional()[1], QStringLiteral("RUN_A"));
    const long long idB = runIdArgument(args.positional()[2], QStringLiteral("RUN_B"));
    std::optional<AtomicFile> jsonFile;
    if (const auto json = args.value(QStringLiteral("json"))) {
        refuseOverlappingFiles({{Cli::tr("the project"), QString::fromStdString(path)}},
                               {{QStringLiteral("--json"), *json}});
        jsonFile.emplace(json->toStdString());
    }
    const Project project = openProject(path);
    const ProjectRun &a = requireRun(project, idA, QStringLiteral("RUN_A"));
    const ProjectRun &b = requireRun(project, idB, QStringLiteral("RUN_B"));
    const RunComparison c = compareRuns(a, b);
    const RunReproduction r = reproduction(a, b);

    QString text = Cli::tr("%1 against %2\n").arg(runHeading(a), runHeading(b));
    text += Cli::tr("customers compared  %1 (only in run %2: %3; only in run %4: %5)\n")
                .arg(c.compared)
                .arg(a.id)
                .arg(c.onlyA)
                .arg(b.id)
                .arg(c.onlyB);
    text += Cli::tr("adjusted Rand index %1 (1: the same segments; about 0: no more alike than chance)\n")
                .arg(std::isfinite(c.ari) ? QString::number(c.ari, 'f', 4) : QStringLiteral("-"));
    text += Cli::tr("reproduction        %1\n").arg(reproductionText(a, b, r));
    text += QLatin1Char('\n') + tableText(project, a, b, c) + QLatin1Char('\n');
    text += Cli::tr("what happened to the segments (a part counts from %1 of a segment's customers):\n")
                .arg(percent(kFlowShare));
    for (const SegmentChange &change : c.changes)
        text += QStringLiteral("  ") + describeChange(project, a, b, change) + QLatin1Char('\n');
    printOut(text);

    if (jsonFile) {
        jsonFile->write(comparisonJson(project, a, b, c, r).dump(2) + "\n");
        jsonFile->commit();
    }
    return ExitOk;
}

} // namespace seg::cli
