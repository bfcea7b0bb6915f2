#pragma once
// The state of one segmentation project as the user edits it: the data, which features take
// part, k, the seed, the algorithm and the segments' names. Every user edit goes through the
// undo stack; views listen to the typed change signals and never change the state directly.

#include "app/core/analysis.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QUndoStack;

namespace seg {

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
    /// Names of the segments, by segment id; may be shorter than k (unnamed segments).
    QStringList segmentLabels() const { return m_segmentLabels; }
    QUndoStack *undoStack() const { return m_undoStack; }

    /// The analysis the current state asks for.
    AnalysisRequest request() const;

    /// New data (not undoable: it clears the undo history). The feature spec becomes the one
    /// suggested for `table` without the id and label columns; segment names are cleared.
    void setTable(std::shared_ptr<const Table> table, const QString &sourcePath, const QString &idColumn,
                  const QString &labelColumn = {});
    /// New data with a given spec (e.g. from a project file); not undoable either.
    void setTable(std::shared_ptr<const Table> table, const QString &sourcePath, const QString &idColumn,
                  const QString &labelColumn, const FeatureSpec &spec);

    // Undoable edits. Setting the current value pushes nothing.
    void setSpec(const FeatureSpec &spec);
    /// Consecutive k changes merge into one undo step (dragging the slider); a merge that
    /// returns to the first value removes the step.
    void setK(int k);
    void setSeed(quint64 seed);
    void setAlgorithm(const QString &name);
    void setLabelColumn(const QString &column);
    void setSegmentLabels(const QStringList &labels);
    /// Names segment `segment` (0-based), growing the list with empty names as needed.
    void renameSegment(int segment, const QString &label);

Q_SIGNALS:
    void tableChanged();
    void specChanged();
    void kChanged(int k);
    void seedChanged(quint64 seed);
    void algorithmChanged(const QString &name);
    void labelColumnChanged(const QString &column);
    void labelsChanged();

private:
    friend class DocumentAccess;

    std::shared_ptr<const Table> m_table;
    QString m_sourcePath;
    QString m_idColumn;
    QString m_labelColumn;
    FeatureSpec m_spec;
    int m_k = 6;
    quint64 m_seed = 42;
    QString m_algorithm = QStringLiteral("kmeans");
    QStringList m_segmentLabels;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace seg
