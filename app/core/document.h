#pragma once
// The state of one segmentation project as the user edits it: the data, which features take
// part, k, the seed, the algorithm and the segments' names. Every user edit goes through the
// undo stack; views listen to the typed change signals and never change the state directly.

#include "app/core/analysis.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>

class QUndoStack;

namespace seg {

/// Segment names by segment key.
using SegmentNames = std::map<int, QString>;

/// The user's edits of one segment's persona: what they changed of the draft (an empty field
/// keeps the draft's text) and their strategy notes.
struct PersonaEdit
{
    QString label;
    QString description;
    QString notes;

    bool isEmpty() const { return label.isEmpty() && description.isEmpty() && notes.isEmpty(); }
    bool operator==(const PersonaEdit &) const = default;
};

/// Persona edits by segment key (the identity AnalysisResult::segmentKeys gives each segment,
/// so an edit follows its segment across reclustering as names do).
using PersonaEdits = std::map<int, PersonaEdit>;

/// The parameters the user chose for each algorithm beyond k and the seed (restarts, covariance,
/// eps, ...). Kept per algorithm, so that switching to another algorithm and back finds them
/// again.
struct AlgorithmParameters
{
    /// By algorithm, the options the user chose; their k and seed are not used (the document's
    /// are). An algorithm without an entry takes seg::defaultClusteringOptions.
    std::map<Algorithm, ClusteringOptions> chosen;
    /// The parameters the engine still takes from the data, as `segscope cluster` does when
    /// their options are not given; cleared as the user sets one.
    DataDefaults fromData {true, true};

    bool operator==(const AlgorithmParameters &) const = default;
};

/// What data opened from now on starts with (the user's preferences): the scaling of its
/// features, k-means' restarts and the UMAP map's fit sample. A project keeps its own.
struct NewDataDefaults
{
    Scaling scaling = Scaling::ZScore;
    int restarts = KMeansOptions {}.nInit;
    std::size_t umapSample = UmapOptions {}.fitSample;
};

/// Everything a project file restores into the document at once.
struct DocumentState
{
    std::shared_ptr<const Table> table;
    QString sourcePath;
    QString idColumn;
    QString labelColumn;
    FeatureSpec spec;
    int k = 6;
    quint64 seed = kDefaultSeed;
    QString algorithm = QStringLiteral("kmeans");
    AlgorithmParameters parameters;
    double outlierThreshold = 0.0;
    SegmentNames segmentNames;
    PersonaEdits personaEdits;
    MapSettings mapSettings;
    /// The run to show instead of reclustering (its settings are the ones above); may be null.
    std::shared_ptr<const RestoredRun> restored;
    /// The table's fitted lifetime-value models as the project stored them; may be null.
    std::shared_ptr<const ValueModelFits> valueFits;
};

class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    std::shared_ptr<const Table> table() const { return m_table; }
    QString sourcePath() const { return m_sourcePath; }
    QString idColumn() const { return m_idColumn; }
    /// Column with known segments (ARI/NMI); empty when none.
    QString labelColumn() const { return m_labelColumn; }
    const FeatureSpec &spec() const { return m_spec; }
    int k() const { return m_k; }
    quint64 seed() const { return m_seed; }
    QString algorithm() const { return m_algorithm; }
    /// The parameters chosen for every algorithm (see AlgorithmParameters).
    const AlgorithmParameters &parameters() const { return m_parameters; }
    /// The options of `algorithm` with the document's k and seed: the chosen parameters, else
    /// the defaults `segscope cluster` uses.
    ClusteringOptions clusteringFor(Algorithm algorithm) const;
    /// clusteringFor() the current algorithm: what request() hands the engine.
    ClusteringOptions clustering() const;
    /// Customers beyond this robust z on any feature are set aside as outliers; 0: none are.
    double outlierThreshold() const { return m_outlierThreshold; }
    /// The user's segment names, by segment key (the stable identity that
    /// AnalysisResult::segmentKeys gives each segment); unnamed segments are absent.
    const SegmentNames &segmentNames() const { return m_segmentNames; }
    /// How the segment map is made (UMAP or PCA and UMAP's parameters): view state, so changing
    /// it recomputes the map but never reclusters.
    const MapSettings &mapSettings() const { return m_mapSettings; }
    /// The user's persona edits, by segment key; segments without edits are absent.
    const PersonaEdits &personaEdits() const { return m_personaEdits; }
    QUndoStack *undoStack() const { return m_undoStack; }
    /// The stored run that request() hands the engine while the settings match it; null when none.
    std::shared_ptr<const RestoredRun> restoredRun() const { return m_restored; }

    /// The analysis the current state asks for.
    AnalysisRequest request() const;

    /// The defaults setTable() gives new data from now on.
    void setNewDataDefaults(const NewDataDefaults &defaults) { m_newData = defaults; }
    const NewDataDefaults &newDataDefaults() const { return m_newData; }

    /// New data (not undoable: it clears the undo history). The feature spec becomes the one
    /// suggested for `table` without the id and label columns, scaled as newDataDefaults() say;
    /// k-means takes their restarts and the map their sample; segment names are cleared.
    void setTable(std::shared_ptr<const Table> table, const QString &sourcePath, const QString &idColumn,
                  const QString &labelColumn = {});
    /// New data with a given spec (e.g. from a project file); not undoable either.
    void setTable(std::shared_ptr<const Table> table, const QString &sourcePath, const QString &idColumn,
                  const QString &labelColumn, const FeatureSpec &spec);

    /// Replaces everything with a saved state (a project opened or recovered). Not undoable: it
    /// clears the undo history, which is then clean.
    void restore(const DocumentState &state);
    /// Shows a stored run again: its features, algorithm, k, seed and outlier rule become the
    /// document's in one undoable step, and the engine reuses its segmentation.
    void restoreRun(std::shared_ptr<const RestoredRun> run);

    // Undoable edits. Setting the current value pushes nothing.
    void setSpec(const FeatureSpec &spec);
    /// Consecutive k changes merge into one undo step (dragging the slider); a merge that
    /// returns to the first value removes the step.
    void setK(int k);
    void setSeed(quint64 seed);
    void setAlgorithm(const QString &name);
    /// The parameters of algorithmOf(options) become `options` (their k and seed are ignored:
    /// setK, setSeed), and `fromData` says which of them the engine still takes from the data
    /// (only the flags of that algorithm are read). Consecutive changes merge into one undo step
    /// (spinning a value).
    void setParameters(const ClusteringOptions &options, const DataDefaults &fromData);
    void setLabelColumn(const QString &column);
    void setOutlierThreshold(double robustZ);
    void setSegmentNames(const SegmentNames &names);
    void setMapSettings(const MapSettings &settings);
    /// Names the segment with key `key`; an empty or blank name removes the user's name.
    void renameSegment(int key, const QString &name);
    /// Sets the persona edit of the segment with key `key` (blank fields are cleared: the draft
    /// shows); one undo step.
    void setPersonaEdit(int key, const PersonaEdit &change);

Q_SIGNALS:
    void tableChanged();
    void specChanged();
    void kChanged(int k);
    void seedChanged(quint64 seed);
    void algorithmChanged(const QString &name);
    /// An algorithm's parameters (or which of them come from the data) changed.
    void parametersChanged();
    void labelColumnChanged(const QString &column);
    void outlierThresholdChanged(double robustZ);
    void labelsChanged();
    void mapSettingsChanged();
    void personasChanged();

private:
    /// Pushes an undoable change of `field` to `value` (nothing when equal); `notify` emits
    /// the matching signal after each redo and undo.
    template <typename T, typename Notify>
    void edit(const QString &text, T Document::*field, T value, Notify notify, int mergeId = -1);

    std::shared_ptr<const Table> m_table;
    QString m_sourcePath;
    QString m_idColumn;
    QString m_labelColumn;
    FeatureSpec m_spec;
    int m_k = 6;
    quint64 m_seed = kDefaultSeed;
    QString m_algorithm = QStringLiteral("kmeans");
    AlgorithmParameters m_parameters;
    double m_outlierThreshold = 0.0;
    SegmentNames m_segmentNames;
    MapSettings m_mapSettings;
    PersonaEdits m_personaEdits;
    std::shared_ptr<const RestoredRun> m_restored;
    std::shared_ptr<const ValueModelFits> m_valueFits; ///< of m_table, from its project; may be null
    NewDataDefaults m_newData;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace seg
