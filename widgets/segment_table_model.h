#pragma once
// The segment table: segment, label (editable), size (flagged when the segment is too small to
// be one), share, one column per money column (mean per customer, total, share of the total),
// the value columns when the data has a lifetime-value model (lifetime value, expected purchases,
// P(alive), each with its bootstrap interval in the tooltip) and the top distinguishing traits. An immutable snapshot of
// Profiles replaced as a whole (begin/endResetModel); labels are the one user edit.

#include "engine/pipeline/pipeline.h"
#include "engine/profile/segment_profile.h"
#include "engine/value/segment_value.h"
#include "widgets/segment_appearance.h"

#include <QAbstractTableModel>

#include <memory>

namespace seg {

class SegmentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// The fixed columns; the money columns (one per Profiles::moneyColumns) follow from
    /// FirstMoneyColumn, then the traits (traitsColumn()).
    enum Column { SegmentColumn, LabelColumn, SizeColumn, ShareColumn, FirstMoneyColumn };
    /// Role giving the raw number for sorting (sizes, shares, revenue) — QSortFilterProxyModel sorts by it.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit SegmentTableModel(QObject *parent = nullptr);

    void setProfiles(std::shared_ptr<const Profiles> profiles);
    std::shared_ptr<const Profiles> profiles() const { return m_profiles; }
    /// Money columns shown (Profiles::moneyColumns of the current profiles).
    int moneyColumnCount() const;
    /// The column of money column `m`.
    static int moneyColumn(int m) { return FirstMoneyColumn + m; }
    /// The economics of the same segments (null: none). With a value model it adds the value
    /// columns after the money columns: lifetime value (with spend), expected purchases, P(alive).
    void setEconomics(std::shared_ptr<const Economics> economics);
    std::shared_ptr<const Economics> economics() const { return m_economics; }
    enum class ValueColumn { LifetimeValue, ExpectedPurchases, ProbabilityAlive };
    /// The value columns shown, in order, from the column after the money columns.
    const std::vector<ValueColumn> &valueColumns() const { return m_valueColumns; }
    int firstValueColumn() const { return FirstMoneyColumn + moneyColumnCount(); }
    /// Each segment's bootstrap stability (null: not known yet). When it fits the profiles it
    /// shows as a column after the value columns, unstable segments (below kUnstableJaccard)
    /// marked with a warning sign.
    void setStability(std::shared_ptr<const SegmentStability> stability);
    std::shared_ptr<const SegmentStability> stability() const { return m_stability; }
    /// The stability column, or -1 when it is not shown.
    int stabilityColumn() const { return showsStability() ? firstValueColumn() + static_cast<int>(m_valueColumns.size()) : -1; }
    /// The traits column: the last.
    int traitsColumn() const
    {
        return firstValueColumn() + static_cast<int>(m_valueColumns.size()) + (showsStability() ? 1 : 0);
    }
    /// The profile of `row`: a segment, or (the last row, when customers were set aside) the
    /// outliers, whose segment is -1. `row` must be valid.
    const SegmentProfile &profileAt(int row) const;
    /// How segments are named (label column) and coloured (segment column's swatch). The
    /// segment column shows key + 1, the number the default name carries.
    void setAppearance(const SegmentAppearance &appearance);
    /// The appearance, including the user's edits of the label column.
    const SegmentAppearance &appearance() const { return m_appearance; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /// The user renamed segment number `segment` (not its key); an empty label restores the
    /// default name. The document turns this into an undoable command.
    void labelEdited(int segment, const QString &label);

private:
    QVariant valueData(int row, ValueColumn column, int role) const;
    QVariant stabilityData(int row, int role) const;
    bool showsStability() const;
    /// Segment `segment` is shown as unstable (its stability is below kUnstableJaccard).
    bool unstable(int segment) const;
    QVariant valueHeader(ValueColumn column, int role) const;
    void updateValueColumns();

    std::shared_ptr<const Profiles> m_profiles;
    std::shared_ptr<const Economics> m_economics;
    std::shared_ptr<const SegmentStability> m_stability;
    std::vector<ValueColumn> m_valueColumns;
    SegmentAppearance m_appearance;
};

} // namespace seg
