#include "app/core/document.h"

#include "engine/prep/feature_spec.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <functional>
#include <utility>

namespace seg {

/// Writes the document's fields and emits the matching signal; used by the undo commands.
class DocumentAccess
{
public:
    static void setSpec(Document *d, const FeatureSpec &spec)
    {
        d->m_spec = spec;
        Q_EMIT d->specChanged();
    }
    static void setK(Document *d, int k)
    {
        d->m_k = k;
        Q_EMIT d->kChanged(k);
    }
    static void setSeed(Document *d, quint64 seed)
    {
        d->m_seed = seed;
        Q_EMIT d->seedChanged(seed);
    }
    static void setAlgorithm(Document *d, const QString &name)
    {
        d->m_algorithm = name;
        Q_EMIT d->algorithmChanged(name);
    }
    static void setLabelColumn(Document *d, const QString &column)
    {
        d->m_labelColumn = column;
        Q_EMIT d->labelColumnChanged(column);
    }
    static void setSegmentLabels(Document *d, const QStringList &labels)
    {
        d->m_segmentLabels = labels;
        Q_EMIT d->labelsChanged();
    }
};

namespace {

enum CommandId { SetKCommandId = 1 };

/// Replaces one value; undo restores the old one.
template <typename T>
class ValueCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const T &)>;

    ValueCommand(const QString &text, T oldValue, T newValue, Apply apply)
        : QUndoCommand(text), m_old(std::move(oldValue)), m_new(std::move(newValue)), m_apply(std::move(apply))
    {
    }

    void undo() override { m_apply(m_old); }
    void redo() override { m_apply(m_new); }

protected:
    T m_old;
    T m_new;
    Apply m_apply;
};

class SetKCommand : public ValueCommand<int>
{
public:
    SetKCommand(Document *document, int oldK, int newK)
        : ValueCommand<int>(Document::tr("Set k to %1").arg(newK), oldK, newK,
                            [document](const int &k) { DocumentAccess::setK(document, k); })
    {
    }

    int id() const override { return SetKCommandId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        if (other->id() != id())
            return false;
        m_new = static_cast<const SetKCommand *>(other)->m_new;
        setText(Document::tr("Set k to %1").arg(m_new));
        // Dragging back to where it started leaves nothing to undo.
        setObsolete(m_new == m_old);
        return true;
    }
};

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

Document::Document(QObject *parent) : QObject(parent), m_undoStack(new QUndoStack(this)) {}

Document::~Document() = default;

AnalysisRequest Document::request() const
{
    AnalysisRequest request;
    request.table = m_table;
    request.spec = m_spec;
    request.idColumn = m_idColumn.toStdString();
    request.labelColumn = m_labelColumn.toStdString();
    request.k = m_k;
    request.seed = m_seed;
    request.algorithm = m_algorithm.toStdString();
    return request;
}

void Document::setTable(std::shared_ptr<const Table> table, const QString &sourcePath, const QString &idColumn,
                        const QString &labelColumn)
{
    const FeatureSpec spec = table ? suggestFeatureSpec(*table, excludedColumns(idColumn, labelColumn))
                                   : FeatureSpec{};
    setTable(std::move(table), sourcePath, idColumn, labelColumn, spec);
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
    m_segmentLabels.clear();
    Q_EMIT tableChanged();
    Q_EMIT labelColumnChanged(m_labelColumn);
    Q_EMIT specChanged();
    Q_EMIT labelsChanged();
}

void Document::setSpec(const FeatureSpec &spec)
{
    if (spec == m_spec)
        return;
    m_undoStack->push(new ValueCommand<FeatureSpec>(tr("Change features"), m_spec, spec,
                                                    [this](const FeatureSpec &s) {
                                                        DocumentAccess::setSpec(this, s);
                                                    }));
}

void Document::setK(int k)
{
    if (k == m_k)
        return;
    m_undoStack->push(new SetKCommand(this, m_k, k));
}

void Document::setSeed(quint64 seed)
{
    if (seed == m_seed)
        return;
    m_undoStack->push(new ValueCommand<quint64>(tr("Change the seed"), m_seed, seed, [this](const quint64 &s) {
        DocumentAccess::setSeed(this, s);
    }));
}

void Document::setAlgorithm(const QString &name)
{
    if (name == m_algorithm)
        return;
    m_undoStack->push(new ValueCommand<QString>(tr("Change the algorithm"), m_algorithm, name,
                                                [this](const QString &a) {
                                                    DocumentAccess::setAlgorithm(this, a);
                                                }));
}

void Document::setLabelColumn(const QString &column)
{
    if (column == m_labelColumn)
        return;
    m_undoStack->push(new ValueCommand<QString>(tr("Change the known-segment column"), m_labelColumn, column,
                                                [this](const QString &c) {
                                                    DocumentAccess::setLabelColumn(this, c);
                                                }));
}

void Document::setSegmentLabels(const QStringList &labels)
{
    if (labels == m_segmentLabels)
        return;
    m_undoStack->push(new ValueCommand<QStringList>(tr("Rename segments"), m_segmentLabels, labels,
                                                    [this](const QStringList &l) {
                                                        DocumentAccess::setSegmentLabels(this, l);
                                                    }));
}

void Document::renameSegment(int segment, const QString &label)
{
    if (segment < 0)
        return;
    const QString current = segment < m_segmentLabels.size() ? m_segmentLabels.at(segment) : QString();
    if (current == label)
        return;
    QStringList labels = m_segmentLabels;
    while (labels.size() <= segment)
        labels.append(QString());
    labels[segment] = label;
    m_undoStack->push(new ValueCommand<QStringList>(tr("Rename segment %1").arg(segment + 1), m_segmentLabels,
                                                    labels, [this](const QStringList &l) {
                                                        DocumentAccess::setSegmentLabels(this, l);
                                                    }));
}

} // namespace seg
