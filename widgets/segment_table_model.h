#pragma once
// The segment table: segment, label (editable), size, share, total and per-customer revenue
// (when a monetary column exists) and the top distinguishing traits. An immutable snapshot of
// Profiles replaced as a whole (begin/endResetModel); labels are the one user edit.

#include "engine/profile/segment_profile.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <memory>

namespace seg {

class SegmentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SegmentColumn, LabelColumn, SizeColumn, ShareColumn, RevenueColumn, RevenuePerCustomerColumn,
                  TraitsColumn, ColumnCount };
    /// Role giving the raw number for sorting (sizes, shares, revenue) — QSortFilterProxyModel sorts by it.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit SegmentTableModel(QObject *parent = nullptr);

    void setProfiles(std::shared_ptr<const Profiles> profiles);
    std::shared_ptr<const Profiles> profiles() const { return m_profiles; }
    /// Labels per segment; missing ones show as "Segment N".
    void setLabels(const QStringList &labels);
    QStringList labels() const { return m_labels; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /// The user renamed a segment (the document turns this into an undoable command).
    void labelEdited(int segment, const QString &label);

private:
    std::shared_ptr<const Profiles> m_profiles;
    QStringList m_labels;
};

} // namespace seg
