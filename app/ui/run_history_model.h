#pragma once
// The runs of a project as a table: one row per run in the project's order, with its
// parameters, quality metrics, the earlier run it repeats and the user's annotation. A snapshot:
// setProject() copies what is shown, so the model never holds on to the project and never
// changes it; an edited annotation is shown at once and reported through annotationEdited().

#include <QAbstractTableModel>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace seg {

struct Project;

class RunHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RunColumn,
        TimeColumn,
        AlgorithmColumn,
        KColumn,
        SeedColumn,
        ParametersColumn, ///< the algorithm's own parameters (restarts, eps, ...)
        FeaturesColumn,
        SilhouetteColumn,
        DaviesBouldinColumn,
        CalinskiHarabaszColumn,
        AriColumn,
        RepeatsColumn,
        NoteColumn,
        ColumnCount
    };
    /// Every cell answers this role with its run's id (qint64).
    static constexpr int RunIdRole = Qt::UserRole + 1;
    /// The current run's cells answer true.
    static constexpr int CurrentRole = Qt::UserRole + 2;

    explicit RunHistoryModel(QObject *parent = nullptr);

    /// Shows the runs of `project` (a copy of what is shown; call again after a change).
    void setProject(const Project &project);
    void clear();

    qint64 runId(int row) const;
    /// The row of run `id`, or -1.
    int rowOf(qint64 id) const;
    qint64 currentRun() const { return m_current; }
    /// True when some run has an ARI against known segments (the column is shown only then).
    bool hasAri() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Editing the note column shows the new text and emits annotationEdited(); the project is
    /// the owner's to change.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void annotationEdited(qint64 runId, const QString &annotation);

private:
    struct Row
    {
        qint64 id = 0;
        QDateTime created; ///< invalid when the file's time does not parse
        QString createdText; ///< as stored
        QString engineVersion;
        QString algorithm;
        int k = 0;
        quint64 seed = 0;
        bool findsK = false; ///< the algorithm found the number of segments (no k, no seed asked for)
        QString parameters;
        int features = 0;
        QStringList featureNames;
        double silhouette = 0.0, daviesBouldin = 0.0, calinskiHarabasz = 0.0, ari = 0.0; ///< NaN: none
        int outliers = 0;
        qint64 repeats = 0; ///< earlier run with the same recipe (0: none)
        bool repeatsIdentical = false;
        QString annotation;
    };

    std::vector<Row> m_rows;
    qint64 m_current = 0;
};

} // namespace seg
