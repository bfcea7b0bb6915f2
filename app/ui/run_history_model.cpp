#include "app/ui/run_history_model.h"

#include "app/ui/algorithm_pages.h"

#include "engine/cluster/clustering.h"
#include "engine/project/project.h"
#include "engine/project/run_history.h"

#include <QFont>
#include <QLocale>

#include <cmath>
#include <limits>

namespace seg {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double metric(const ProjectRun &run, const char *name)
{
    const auto it = run.metrics.find(name);
    return it == run.metrics.end() ? kNaN : it->second;
}

QString metricText(double value, int decimals)
{
    return std::isfinite(value) ? QLocale().toString(value, 'f', decimals) : QStringLiteral("–");
}

} // namespace

RunHistoryModel::RunHistoryModel(QObject *parent) : QAbstractTableModel(parent) { }

void RunHistoryModel::setProject(const Project &project)
{
    beginResetModel();
    m_rows.clear();
    m_current = project.currentRun;
    for (const ProjectRun &run : project.runs) {
        const Segmentation &s = run.segmentation;
        Row row;
        row.id = run.id;
        row.createdText = QString::fromStdString(run.createdAt);
        row.created = QDateTime::fromString(row.createdText, Qt::ISODate);
        row.engineVersion = QString::fromStdString(run.engineVersion);
        const std::string_view algorithm = algorithmName(algorithmOf(s.options));
        row.algorithm = QString::fromUtf8(algorithm.data(), static_cast<qsizetype>(algorithm.size()));
        row.k = requestedClusters(s.options);
        row.seed = seedOf(s.options);
        row.findsK = findsClusterCount(algorithmOf(s.options));
        row.parameters = describeParameters(s.options);
        for (const std::string &column : s.spec.enabledColumns())
            row.featureNames << QString::fromStdString(column);
        row.features = static_cast<int>(row.featureNames.size());
        row.silhouette = metric(run, "silhouette");
        row.daviesBouldin = metric(run, "davies_bouldin");
        row.calinskiHarabasz = metric(run, "calinski_harabasz");
        row.ari = metric(run, "ari");
        row.outliers = static_cast<int>(s.outlierCount);
        row.repeats = firstSameRecipe(project, run);
        if (row.repeats != 0)
            row.repeatsIdentical = reproduction(*project.run(row.repeats), run).identical;
        row.annotation = QString::fromStdString(run.annotation);
        m_rows.push_back(std::move(row));
    }
    endResetModel();
}

void RunHistoryModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_current = 0;
    endResetModel();
}

qint64 RunHistoryModel::runId(int row) const
{
    return row >= 0 && static_cast<std::size_t>(row) < m_rows.size()
        ? m_rows[static_cast<std::size_t>(row)].id
        : 0;
}

int RunHistoryModel::rowOf(qint64 id) const
{
    for (std::size_t r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].id == id)
            return static_cast<int>(r);
    return -1;
}

bool RunHistoryModel::hasAri() const
{
    for (const Row &row : m_rows)
        if (std::isfinite(row.ari))
            return true;
    return false;
}

int RunHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RunHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    const bool current = row.id == m_current;
    switch (role) {
    case RunIdRole:
        return row.id;
    case CurrentRole:
        return current;
    case Qt::FontRole:
        if (current) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case RunColumn:
        case KColumn:
        case SeedColumn:
        case FeaturesColumn:
        case SilhouetteColumn:
        case DaviesBouldinColumn:
        case CalinskiHarabaszColumn:
        case AriColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::EditRole:
        if (index.column() == NoteColumn)
            return row.annotation;
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RunColumn:
            return current ? tr("Run %1, the run shown; made by engine %2").arg(row.id).arg(row.engineVersion)
                           : tr("Run %1, made by engine %2").arg(row.id).arg(row.engineVersion);
        case TimeColumn:
            return row.created.isValid() ? QLocale().toString(row.created.toLocalTime(), QLocale::LongFormat)
                                         : row.createdText;
        case FeaturesColumn:
            return row.featureNames.join(QStringLiteral(", "));
        case ParametersColumn:
            return row.parameters;
        case RepeatsColumn:
            if (row.repeats == 0)
                return tr("No earlier run has the same data, features, options and seed");
            return row.repeatsIdentical
                ? tr("Same data, features, options and seed as run %1, and the same segments for every "
                     "customer")
                      .arg(row.repeats)
                : tr("Same data, features, options and seed as run %1, but the segments differ")
                      .arg(row.repeats);
        case NoteColumn:
            return row.annotation.isEmpty() ? tr("Double-click to say why this run matters") : row.annotation;
        default:
            return {};
        }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case RunColumn:
        return current ? QStringLiteral("▶ %1").arg(row.id) : QString::number(row.id);
    case TimeColumn:
        return row.created.isValid() ? QLocale().toString(row.created.toLocalTime(), QLocale::ShortFormat)
                                     : row.createdText;
    case AlgorithmColumn:
        return row.algorithm;
    case KColumn:
        // DBSCAN and HDBSCAN ask for no k: the segments they found are in the result.
        return row.findsK ? QVariant(QStringLiteral("–")) : QVariant(row.k);
    case SeedColumn:
        return row.findsK ? QStringLiteral("–") : QString::number(row.seed);
    case ParametersColumn:
        return row.parameters;
    case FeaturesColumn:
        return row.features;
    case SilhouetteColumn:
        return metricText(row.silhouette, 3);
    case DaviesBouldinColumn:
        return metricText(row.daviesBouldin, 3);
    case CalinskiHarabaszColumn:
        return metricText(row.calinskiHarabasz, 0);
    case AriColumn:
        return metricText(row.ari, 3);
    case RepeatsColumn:
        if (row.repeats == 0)
            return QStringLiteral("–");
        return row.repeatsIdentical ? tr("run %1, identical").arg(row.repeats)
                                    : tr("run %1, differs").arg(row.repeats);
    case NoteColumn:
        return row.annotation;
    default:
        return {};
    }
}

QVariant RunHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SilhouetteColumn:
            return tr("Mean silhouette (−1 to 1; higher: segments better separated)");
        case DaviesBouldinColumn:
            return tr("Davies–Bouldin index (lower: segments more compact and apart)");
        case CalinskiHarabaszColumn:
            return tr("Calinski–Harabasz index (higher: segments more distinct)");
        case AriColumn:
            return tr("Adjusted Rand index against the known segments of the data");
        case RepeatsColumn:
            return tr(
                "An earlier run with the same data, features, options and seed, and whether it gave the "
                "same segments");
        case FeaturesColumn:
            return tr("Columns clustered on");
        case ParametersColumn:
            return tr("The algorithm's own settings, such as restarts or DBSCAN's radius");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RunColumn:
        return tr("Run");
    case TimeColumn:
        return tr("Time");
    case AlgorithmColumn:
        return tr("Algorithm");
    case KColumn:
        return tr("k");
    case SeedColumn:
        return tr("Seed");
    case ParametersColumn:
        return tr("Parameters");
    case FeaturesColumn:
        return tr("Features");
    case SilhouetteColumn:
        return tr("Silhouette");
    case DaviesBouldinColumn:
        return tr("Davies–Bouldin");
    case CalinskiHarabaszColumn:
        return tr("Calinski–Harabasz");
    case AriColumn:
        return tr("ARI");
    case RepeatsColumn:
        return tr("Same as");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

Qt::ItemFlags RunHistoryModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NoteColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool RunHistoryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != NoteColumn || index.row() >= rowCount())
        return false;
    Row &row = m_rows[static_cast<std::size_t>(index.row())];
    const QString text = value.toString();
    if (text == row.annotation)
        return false;
    row.annotation = text;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole});
    Q_EMIT annotationEdited(row.id, text);
    return true;
}

} // namespace seg
