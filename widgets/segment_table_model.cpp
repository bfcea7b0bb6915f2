#include "widgets/segment_table_model.h"

#include "widgets/feature_label.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <cmath>

namespace seg {

namespace {

// U+2212 MINUS SIGN: reads better than a hyphen next to digits.
const QChar kMinus(0x2212);

QString signedOneDecimal(const QLocale &locale, double z)
{
    const QString digits = locale.toString(std::abs(z), 'f', 1);
    return (z < 0 ? QString(kMinus) : QStringLiteral("+")) + digits;
}

bool hasRevenue(const Profiles &p)
{
    return !p.revenueColumn.empty();
}

} // namespace

SegmentTableModel::SegmentTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SegmentTableModel::setProfiles(std::shared_ptr<const Profiles> profiles)
{
    beginResetModel();
    m_profiles = std::move(profiles);
    endResetModel();
}

void SegmentTableModel::setAppearance(const SegmentAppearance &appearance)
{
    if (appearance == m_appearance)
        return;
    m_appearance = appearance;
    // Keys change the number and swatch of the segment column, names the label column.
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, SegmentColumn), index(rowCount() - 1, LabelColumn),
                           {Qt::DisplayRole, Qt::EditRole, SortRole, Qt::FontRole, Qt::DecorationRole});
}

int SegmentTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_profiles)
        return 0;
    return static_cast<int>(m_profiles->segments.size());
}

int SegmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_profiles)
        return {};
    const SegmentProfile &s = m_profiles->segments[static_cast<std::size_t>(index.row())];
    const QLocale locale;
    const bool revenue = hasRevenue(*m_profiles);
    const bool customLabel = m_appearance.hasCustomName(s.segment);
    const QString label = m_appearance.name(s.segment);
    const QString dash(QChar(0x2014));

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SegmentColumn:
            return locale.toString(m_appearance.key(s.segment) + 1);
        case LabelColumn:
            return label;
        case SizeColumn:
            return locale.toString(static_cast<qulonglong>(s.size));
        case ShareColumn:
            return locale.toString(100.0 * s.share, 'f', 1) + locale.percent();
        case RevenueColumn:
            return revenue && std::isfinite(s.revenueTotal) ? locale.toString(s.revenueTotal, 'f', 0) : dash;
        case RevenuePerCustomerColumn:
            return revenue && std::isfinite(s.revenuePerCustomer) ? locale.toString(s.revenuePerCustomer, 'f', 2) : dash;
        case TraitsColumn: {
            QStringList parts;
            for (const Trait &t : s.topTraits) {
                const QString arrow = t.zScore >= 0 ? QString(QChar(0x2191)) : QString(QChar(0x2193));
                //: A segment trait: arrow, feature name, z-score in standard deviations, e.g. "↑ revenue +1.8σ".
                parts << tr("%1 %2 %3σ").arg(arrow, featureDisplayName(t.feature), signedOneDecimal(locale, t.zScore));
            }
            return parts.join(QStringLiteral(", "));
        }
        }
        break;
    case Qt::EditRole:
        if (index.column() == LabelColumn)
            return label;
        return data(index, Qt::DisplayRole);
    case SortRole:
        switch (index.column()) {
        case SegmentColumn:
            return m_appearance.key(s.segment);
        case LabelColumn:
            return label;
        case SizeColumn:
            return static_cast<qulonglong>(s.size);
        case ShareColumn:
            return s.share;
        case RevenueColumn:
            return revenue && std::isfinite(s.revenueTotal) ? QVariant(s.revenueTotal) : QVariant();
        case RevenuePerCustomerColumn:
            return revenue && std::isfinite(s.revenuePerCustomer) ? QVariant(s.revenuePerCustomer) : QVariant();
        case TraitsColumn:
            return s.topTraits.empty() ? 0.0 : std::abs(s.topTraits.front().zScore);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == SegmentColumn)
            return m_appearance.color(s.segment);
        break;
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case SegmentColumn:
        case SizeColumn:
        case ShareColumn:
        case RevenueColumn:
        case RevenuePerCustomerColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::FontRole:
        if (index.column() == LabelColumn && !customLabel) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case LabelColumn:
            return tr("Double-click to name this segment.");
        case RevenueColumn:
        case RevenuePerCustomerColumn:
            if (!revenue)
                return tr("No revenue column was found in the data.");
            return tr("From the column \u201c%1\u201d.").arg(QString::fromStdString(m_profiles->revenueColumn));
        case TraitsColumn: {
            // The whole list (the cell elides when the table is narrow), then each trait in
            // detail under its raw name, as the data spells it.
            if (s.topTraits.empty())
                return {};
            QStringList lines{data(index, Qt::DisplayRole).toString(), QString()};
            for (const Trait &t : s.topTraits)
                lines << tr("%1: %2 in this segment vs. %3 overall (%4 sd)")
                             .arg(QString::fromStdString(t.feature), locale.toString(t.segmentMean, 'g', 4),
                                  locale.toString(t.populationMean, 'g', 4), signedOneDecimal(locale, t.zScore));
            return lines.join(QLatin1Char('\n'));
        }
        default:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant SegmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case SegmentColumn:
            return tr("Segment");
        case LabelColumn:
            return tr("Label");
        case SizeColumn:
            return tr("Customers");
        case ShareColumn:
            return tr("Share");
        case RevenueColumn:
            return tr("Revenue");
        case RevenuePerCustomerColumn:
            return tr("Revenue / customer");
        case TraitsColumn:
            return tr("Top traits");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case ShareColumn:
            return tr("Share of all customers in this segment.");
        case TraitsColumn:
            return tr("Features that set the segment apart, in standard deviations (σ) from the average customer.");
        default:
            break;
        }
    }
    return {};
}

Qt::ItemFlags SegmentTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == LabelColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool SegmentTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != LabelColumn || !m_profiles)
        return false;
    const int segment = m_profiles->segments[static_cast<std::size_t>(index.row())].segment;
    if (segment < 0)
        return false;
    const QString label = value.toString().trimmed();
    QStringList &names = m_appearance.names;
    const QString old = segment < names.size() ? names[segment] : QString();
    if (label == old)
        return false;
    while (names.size() <= segment)
        names << QString();
    names[segment] = label;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, SortRole, Qt::FontRole});
    Q_EMIT labelEdited(segment, label);
    return true;
}

} // namespace seg
