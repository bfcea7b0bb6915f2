#include "app/core/document.h"

#include "engine/prep/feature_spec.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>
#include <functional>
#include <utility>

namespace seg {

namespace {

/// Replaces one value; undo restores the old one. Commands with the same merge id (>= 0)
/// merge into one step (dragging the k slider), and a merged step that returns to where it
/// started leaves nothing to undo.
template <typename T>
class ValueCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const T &)>;
    using Describe = std::function<QString(const T &)>;

    ValueCommand(Describe describe, T oldValue, T newValue, Apply apply, int mergeId)
        : m_old(std::move(oldValue)), m_new(std::move(newValue)), m_apply(std::move(apply)),
          m_describe(std::move(describe)), m_mergeId(mergeId)
    {
        setText(m_describe(m_new));
    }

    void undo() override { m_apply(m_old); }
    void redo() override { m_apply(m_new); }
    int id() const override { return m_mergeId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        if (m_mergeId < 0 || other->id() != m_mergeId)
            return false;
        m_new = static_cast<const ValueCommand *>(other)->m_new;
        setText(m_describe(m_new));
        setObsolete(m_new == m_old);
        return true;
    }

private:
    T m_old;
    T m_new;
    Apply m_apply;
    Describe m_describe;
    int m_mergeId;
};

enum MergeId { SetKMergeId = 1, SetParametersMergeId = 2 };

/// The flags of `fromData` for the algorithm of `options` replaced by `mine`'s.
DataDefaults replaceFlags(DataDefaults all, const ClusteringOptions &options, const DataDefaults &mine)
{
    switch (algorithmOf(options)) {
    case Algorithm::Dbscan: all.eps = mine.eps; break;
    case Algorithm::Hdbscan: all.minClusterSize = mine.minClusterSize; break;
    default: break;
    }
    return all;
}

/// `options` without the k and seed that the document keeps apart, so that equal parameters
/// compare equal whatever k they were chosen at.
ClusteringOptions parametersOnly(ClusteringOptions options)
{
    return withSeed(withClusters(std::move(options), 0), 0);
}

std::vector<std::string> excludedColumns(const QString &idColumn, const QString &labelColumn)
{
    std::vector<std::string> exclude;
    if (!idColumn.isEmpty())
        exclude.push_back(idColumn.toStdString());
    if (!labelColumn.isEmpty())
        exclude.push_back(labelColumn.toStdString());
    return exclude;
}

} // namespace

template <typename T, typename Notify>
void Document::edit(const QString &text, T Document::*field, T value, Notify notify, int mergeId)
{
    if (this->*field == value)
        return;
    auto apply = [this, field, notify](const T &v) {
        this->*field = v;
        notify();
    };
    m_undoStack->push(new ValueCommand<T>([text](const T &) { return text; }, this->*field, std::move(value),
                                          std::move(apply), mergeId));
}

Document::Document(QObject *parent) : QObject(parent), m_undoStack(new QUndoStack(this)) {}

Document::~Document()
{
    // The stack is a child and would otherwise be destroyed by ~QObject, after this object has
    // stopped being a Document; anything its last signals reach must still find one.
    m_undoStack->blockSignals(true);
    delete m_undoStack;
}

AnalysisRequest Document::request() const
{
    AnalysisRequest request;
    request.table = m_table;
    request.spec = m_spec;
    request.idColumn = m_idColumn.toStdString();
    request.labelColumn = m_labelColumn.toStdString();
    request.clustering = clustering();
    request.fromData = m_parameters.fromData.applyingTo(request.clustering);
    request.outliers.robustZ = m_outlierThreshold;
    // A parameter still to be taken from the data is not a stored run's: that run has its value.
    if (m_restored && !request.fromData.any()
        && m_restored->matches(request.spec, request.clustering, request.outliers))
        request.restored = m_restored;
    request.valueFits = m_valueFits;
    // Keys the user gave a name or a persona to: a new segment must not take them.
    for (const auto &[key, name] : m_segmentNames)
        request.reservedSegmentKeys.push_back(key);
    for (const auto &[key, edit] : m_personaEdits)
        if (!m_segmentNames.count(key))
            request.reservedSegmentKeys.push_back(key);
    std::sort(request.reservedSegmentKeys.begin(), request.reservedSegmentKeys.end());
    return request;
}
ClusteringOptions Document::clusteringFor(Algorithm algorithm) const
{
    // The defaults `segscope cluster` uses, so the explorer and the CLI segment alike, unless
    // the user chose otherwise.
    const auto chosen = m_parameters.chosen.find(algorithm);
    if (chosen == m_parameters.chosen.end())
        return defaultClusteringOptions(algorithm, m_k, m_seed);
    return withSeed(withClusters(chosen->second, m_k), m_seed);
}

ClusteringOptions Document::clustering() const
{
    return clusteringFor(parseAlgorithm(m_algorithm.toStdString()));
}

void Document::setTable(std::shared_ptr<const Table> table, const QString &sourcePath, const QString &idColumn,
                        const QString &labelColumn)
{
    FeatureSpec spec = table ? suggestFeatureSpec(*table, excludedColumns(idColumn, labelColumn)) : FeatureSpec {};
    spec.scaling = m_newData.scaling;
    // Stored as the user's choice, so that a project keeps the restarts it was segmented with
    // whatever the preferences say when it is opened again.
    if (m_newData.restarts != KMeansOptions {}.nInit && !m_parameters.chosen.contains(Algorithm::KMeans)) {
        ClusteringOptions kmeans = defaultClusteringOptions(Algorithm::KMeans, m_k, m_seed);
        std::get<KMeansOptions>(kmeans).nInit = m_newData.restarts;
        m_parameters.chosen[Algorithm::KMeans] = kmeans;
    }
    const bool mapChanged = m_mapSettings.umap.fitSample != m_newData.umapSample;
    m_mapSettings.umap.fitSample = m_newData.umapSample;
    setTable(std::move(table), sourcePath, idColumn, labelColumn, spec);
    if (mapChanged)
        Q_EMIT mapSettingsChanged();
}

void Document::setTable(std::shared_ptr<const Table> table, const QString &sourcePath, const QString &idColumn,
                        const QString &labelColumn, const FeatureSpec &spec)
{
    // Commands in the history refer to columns of the old table: they cannot be replayed.
    m_undoStack->clear();
    m_table = std::move(table);
    m_sourcePath = sourcePath;
    m_idColumn = idColumn;
    m_labelColumn = labelColumn;
    m_spec = spec;
    m_segmentNames.clear();
    m_personaEdits.clear();
    m_restored.reset();
    m_valueFits.reset();
    Q_EMIT tableChanged();
    Q_EMIT labelColumnChanged(m_labelColumn);
    Q_EMIT specChanged();
    Q_EMIT labelsChanged();
    Q_EMIT personasChanged();
}

void Document::restore(const DocumentState &state)
{
    m_undoStack->clear();
    m_table = state.table;
    m_sourcePath = state.sourcePath;
    m_idColumn = state.idColumn;
    m_labelColumn = state.labelColumn;
    m_spec = state.spec;
    m_k = state.k;
    m_seed = state.seed;
    m_algorithm = state.algorithm;
    m_parameters = state.parameters;
    m_outlierThreshold = state.outlierThreshold;
    m_segmentNames = state.segmentNames;
    m_personaEdits = state.personaEdits;
    m_mapSettings = state.mapSettings;
    m_restored = state.restored;
    m_valueFits = state.valueFits;
    Q_EMIT tableChanged();
    Q_EMIT labelColumnChanged(m_labelColumn);
    Q_EMIT specChanged();
    Q_EMIT kChanged(m_k);
    Q_EMIT seedChanged(m_seed);
    Q_EMIT algorithmChanged(m_algorithm);
    Q_EMIT parametersChanged();
    Q_EMIT outlierThresholdChanged(m_outlierThreshold);
    Q_EMIT mapSettingsChanged();
    Q_EMIT labelsChanged();
    Q_EMIT personasChanged();
}

void Document::restoreRun(std::shared_ptr<const RestoredRun> run)
{
    if (!run || !run->segmentation)
        return;
    m_restored = run;
    const Segmentation &segmentation = *run->segmentation;
    m_undoStack->beginMacro(tr("Restore run %1").arg(run->runId));
    setSpec(segmentation.spec);
    const std::string_view algorithm = algorithmName(algorithmOf(segmentation.options));
    setAlgorithm(QString::fromUtf8(algorithm.data(), static_cast<qsizetype>(algorithm.size())));
    // The run's own parameters, data-dependent ones included: the values it was made with.
    setParameters(segmentation.options, DataDefaults {});
    // A run that finds the number of segments itself asked for no k and used no seed: they stay
    // as they are for the other algorithms.
    if (!findsClusterCount(algorithmOf(segmentation.options))) {
        setK(requestedClusters(segmentation.options));
        setSeed(seedOf(segmentation.options));
    }
    setOutlierThreshold(segmentation.outliers.robustZ);
    m_undoStack->endMacro();
}

void Document::setSpec(const FeatureSpec &spec)
{
    edit(tr("Change features"), &Document::m_spec, spec, [this] { Q_EMIT specChanged(); });
}

void Document::setK(int k)
{
    if (k == m_k)
        return;
    // Consecutive k changes merge into one step whose text follows the newest k.
    auto apply = [this](const int &value) {
        m_k = value;
        Q_EMIT kChanged(value);
    };
    m_undoStack->push(new ValueCommand<int>([](const int &value) { return tr("Set k to %1").arg(value); }, m_k, k,
                                            std::move(apply), SetKMergeId));
}

void Document::setSeed(quint64 seed)
{
    edit(tr("Change the seed"), &Document::m_seed, seed, [this] { Q_EMIT seedChanged(m_seed); });
}

void Document::setAlgorithm(const QString &name)
{
    parseAlgorithm(name.toStdString()); // an unknown name is a programming error of the caller: throws
    edit(tr("Change the algorithm"), &Document::m_algorithm, name, [this] { Q_EMIT algorithmChanged(m_algorithm); });
}

// GCC 12 at -O3 warns that a KMeansOptions inside the ClusteringOptions variant "may be used
// uninitialized" when the variant is moved into the map here, whatever alternative it holds: a
// known false positive of its variant analysis (GCC bug 105562 and its kin). Every alternative
// has default member initialisers.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
void Document::setParameters(const ClusteringOptions &options, const DataDefaults &fromData)
{
    AlgorithmParameters parameters = m_parameters;
    parameters.chosen.insert_or_assign(algorithmOf(options), parametersOnly(options));
    parameters.fromData = replaceFlags(parameters.fromData, options, fromData);
    if (parameters == m_parameters)
        return;
    const QString text = tr("Change the algorithm's parameters");
    auto apply = [this](const AlgorithmParameters &value) {
        m_parameters = value;
        Q_EMIT parametersChanged();
    };
    m_undoStack->push(new ValueCommand<AlgorithmParameters>([text](const AlgorithmParameters &) { return text; },
                                                            m_parameters, std::move(parameters), std::move(apply),
                                                            SetParametersMergeId));
}

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

void Document::setLabelColumn(const QString &column)
{
    edit(tr("Change the known-segment column"), &Document::m_labelColumn, column,
         [this] { Q_EMIT labelColumnChanged(m_labelColumn); });
}

void Document::setOutlierThreshold(double robustZ)
{
    edit(robustZ > 0.0 ? tr("Set aside outliers") : tr("Keep outliers"), &Document::m_outlierThreshold,
         std::max(0.0, robustZ), [this] { Q_EMIT outlierThresholdChanged(m_outlierThreshold); });
}

void Document::setMapSettings(const MapSettings &settings)
{
    edit(tr("Change the map"), &Document::m_mapSettings, settings, [this] { Q_EMIT mapSettingsChanged(); });
}

void Document::setSegmentNames(const SegmentNames &names)
{
    edit(tr("Rename segments"), &Document::m_segmentNames, names, [this] { Q_EMIT labelsChanged(); });
}

void Document::renameSegment(int key, const QString &name)
{
    if (key < 0)
        return;
    SegmentNames names = m_segmentNames;
    if (name.trimmed().isEmpty())
        names.erase(key);
    else
        names[key] = name;
    edit(tr("Rename a segment"), &Document::m_segmentNames, std::move(names), [this] { Q_EMIT labelsChanged(); });
}

void Document::setPersonaEdit(int key, const PersonaEdit &change)
{
    if (key < 0)
        return;
    PersonaEdit cleaned {change.label.trimmed(), change.description.trimmed(), change.notes.trimmed()};
    PersonaEdits edits = m_personaEdits;
    if (cleaned.isEmpty())
        edits.erase(key);
    else
        edits[key] = cleaned;
    edit(tr("Edit a persona"), &Document::m_personaEdits, std::move(edits), [this] { Q_EMIT personasChanged(); });
}

} // namespace seg
