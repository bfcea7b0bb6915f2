#include "widgets/segment_table_model.h"

#include "widgets/feature_label.h"
#include "widgets/segment_figures.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <cmath>
#include <limits>

namespace seg {

namespace {

// U+2212 MINUS SIGN: reads better than a hyphen next to digits.
const QChar kMinus(0x2212);

QString signedOneDecimal(const QLocale &locale, double z)
{
    const QString digits = locale.toString(std::abs(z), 'f', 1);
    return (z < 0 ? QString(kMinus) : QStringLiteral("+")) + digits;
}


} // namespace

SegmentTableModel::SegmentTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int SegmentTableModel::moneyColumnCount() const
{
    return m_profiles ? static_cast<int>(m_profiles->moneyColumns.size()) : 0;
}

void SegmentTableModel::setProfiles(std::shared_ptr<const Profiles> profiles)
{
    beginResetModel();
    m_profiles = std::move(profiles);
    updateValueColumns();
    endResetModel();
}

void SegmentTableModel::setEconomics(std::shared_ptr<const Economics> economics)
{
    beginResetModel();
    m_economics = std::move(economics);
    updateValueColumns();
    endResetModel();
}

void SegmentTableModel::setStability(std::shared_ptr<const SegmentStability> stability)
{
    if (stability == m_stability)
        return;
    beginResetModel();
    m_stability = std::move(stability);
    endResetModel();
}

bool SegmentTableModel::unstable(int segment) const
{
    return segment >= 0 && showsStability() && m_stability->jaccard[std::size_t(segment)] < kUnstableJaccard;
}

bool SegmentTableModel::showsStability() const
{
    return m_stability && m_profiles && m_stability->resamples > 0
           && m_stability->jaccard.size() == m_profiles->segments.size();
}

QVariant SegmentTableModel::stabilityData(int row, int role) const
{
    const QLocale locale;
    const double j = std::size_t(row) < m_stability->jaccard.size() ? m_stability->jaccard[std::size_t(row)]
                                                                     : std::numeric_limits<double>::quiet_NaN();
    const bool unstable = std::isfinite(j) && j < kUnstableJaccard;
    switch (role) {
    case Qt::DisplayRole:
        if (!std::isfinite(j))
            return QString(QChar(0x2014));
        //: Stability below 0.6: a warning sign before the figure.
        return unstable ? tr("\u26A0 %1").arg(locale.toString(j, 'f', 2)) : locale.toString(j, 'f', 2);
    case SortRole:
        return std::isfinite(j) ? QVariant(j) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (!std::isfinite(j))
            return {};
        return (j >= 0.75 ? tr("Stable: in %1 resample(s) of %2 customers the segment came back with a mean Jaccard "
                               "similarity of %3 (above 0.75).",
                               nullptr, pluralCount(static_cast<unsigned long long>(m_stability->resamples)))
                : !unstable ? tr("A real pattern whose boundary moves: in %1 resample(s) of %2 customers the segment "
                                 "came back with a mean Jaccard similarity of %3 (0.60 to 0.75).",
                                 nullptr, pluralCount(static_cast<unsigned long long>(m_stability->resamples)))
                            : tr("Unstable: in %1 resample(s) of %2 customers the segment came back with a mean Jaccard "
                                 "similarity of only %3 (below 0.60). It may be an artefact of the seed or the sample; "
                                 "try another k before acting on it.",
                                 nullptr, pluralCount(static_cast<unsigned long long>(m_stability->resamples))))
            .arg(m_stability->resamples)
            .arg(locale.toString(qulonglong(m_stability->sampleSize)), locale.toString(j, 'f', 2));
    default:
        return {};
    }
}

void SegmentTableModel::updateValueColumns()
{
    m_valueColumns.clear();
    if (!m_profiles || !m_economics || !m_economics->hasValue
        || m_economics->segments.size() != m_profiles->segments.size())
        return;
    if (m_economics->hasClv)
        m_valueColumns.push_back(ValueColumn::LifetimeValue);
    m_valueColumns.push_back(ValueColumn::ExpectedPurchases);
    m_valueColumns.push_back(ValueColumn::ProbabilityAlive);
}

QVariant SegmentTableModel::valueData(int row, ValueColumn column, int role) const
{
    const QLocale locale;
    const QString dash(QChar(0x2014));
    if (std::size_t(row) >= m_economics->segments.size()) // the outliers' row
        return role == Qt::DisplayRole ? QVariant(dash) : QVariant();
    const SegmentEconomics &e = m_economics->segments[std::size_t(row)];
    const auto range = [&](const Interval &i, int decimals) {
        //: A bootstrap interval: "low – high".
        return tr("%1 – %2").arg(locale.toString(i.low, 'f', decimals), locale.toString(i.high, 'f', decimals));
    };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case ValueColumn::LifetimeValue:
            //: A lifetime-value cell: mean per customer, then the segment's total and its share of all value.
            return tr("%1 · %2 (%3)").arg(formatAmount(locale, e.clvMean.estimate),
                                         formatCompactAmount(locale, e.clvTotal.estimate),
                                         formatShare(locale, e.clvShare.estimate));
        case ValueColumn::ExpectedPurchases:
            return locale.toString(e.expectedPurchases.estimate, 'f', 2);
        case ValueColumn::ProbabilityAlive:
            return locale.toString(100.0 * e.probabilityAlive.estimate, 'f', 0) + locale.percent();
        }
        break;
    case SortRole:
        switch (column) {
        case ValueColumn::LifetimeValue:
            return e.clvTotal.estimate;
        case ValueColumn::ExpectedPurchases:
            return e.expectedPurchases.estimate;
        case ValueColumn::ProbabilityAlive:
            return e.probabilityAlive.estimate;
        }
        break;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        switch (column) {
        case ValueColumn::LifetimeValue:
            return tr("Expected lifetime value over the next %1 week(s): mean %2 per customer (95% interval %3), "
                      "total %4 (%5), %6 of all customers' value (%7). Intervals: bootstrap, %8 resamples.",
                      nullptr, pluralLength(m_economics->horizon))
                .arg(locale.toString(m_economics->horizon, 'g', 4), formatAmount(locale, e.clvMean.estimate),
                     range(e.clvMean, 2), formatAmount(locale, e.clvTotal.estimate), range(e.clvTotal, 0),
                     formatShare(locale, e.clvShare.estimate),
                     tr("%1 – %2").arg(formatShare(locale, e.clvShare.low), formatShare(locale, e.clvShare.high)))
                .arg(m_economics->resamples);
        case ValueColumn::ExpectedPurchases:
            return tr("Purchases a customer of this segment is expected to make in the next %1 week(s): %2 (95% "
                      "interval %3).",
                      nullptr, pluralLength(m_economics->horizon))
                .arg(locale.toString(m_economics->horizon, 'g', 4),
                     locale.toString(e.expectedPurchases.estimate, 'f', 2), range(e.expectedPurchases, 2));
        case ValueColumn::ProbabilityAlive:
            return tr("Mean probability that a customer of this segment is still a customer (BG/NBD): %1 (95% "
                      "interval %2).")
                .arg(locale.toString(e.probabilityAlive.estimate, 'f', 2), range(e.probabilityAlive, 2));
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant SegmentTableModel::valueHeader(ValueColumn column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case ValueColumn::LifetimeValue:
            return tr("Lifetime value: mean · total (share)");
        case ValueColumn::ExpectedPurchases:
            return tr("Expected purchases");
        case ValueColumn::ProbabilityAlive:
            return tr("P(alive)");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (column) {
        case ValueColumn::LifetimeValue:
            return tr("Expected lifetime value per customer (BG/NBD and Gamma-Gamma), the segment's total and its "
                      "share of all customers' value. The tooltip of a cell gives the 95% intervals.");
        case ValueColumn::ExpectedPurchases:
            return tr("Mean purchases per customer expected over the forecast horizon.");
        case ValueColumn::ProbabilityAlive:
            return tr("Mean probability that the segment's customers are still customers.");
        }
    }
    return {};
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
    // The customers set aside as outliers, when there are any, get a row of their own (last).
    return static_cast<int>(m_profiles->segments.size()) + (m_profiles->outliers.size > 0 ? 1 : 0);
}

const SegmentProfile &SegmentTableModel::profileAt(int row) const
{
    return std::size_t(row) < m_profiles->segments.size() ? m_profiles->segments[std::size_t(row)]
                                                           : m_profiles->outliers;
}

int SegmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : traitsColumn() + 1;
}

QVariant SegmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_profiles)
        return {};
    const SegmentProfile &s = profileAt(index.row());
    const bool outliers = s.segment < 0;
    const QLocale locale;
    const int column = index.column();
    if (column == stabilityColumn())
        return s.segment < 0 ? (role == Qt::DisplayRole ? QVariant(QString(QChar(0x2014))) : QVariant())
                             : stabilityData(index.row(), role);
    if (column >= firstValueColumn() && column < firstValueColumn() + static_cast<int>(m_valueColumns.size()))
        return valueData(index.row(), m_valueColumns[std::size_t(column - firstValueColumn())], role);
    const int money = column >= FirstMoneyColumn && column < firstValueColumn() ? column - FirstMoneyColumn : -1;
    const MoneyFigures *figures = money >= 0 && std::size_t(money) < s.money.size() ? &s.money[std::size_t(money)] : nullptr;
    const bool customLabel = m_appearance.hasCustomName(s.segment);
    const QString label = m_appearance.name(s.segment);
    const QString dash(QChar(0x2014));

    if (money >= 0) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            //: A money cell: mean per customer, then the segment's total and its share of the whole.
            return figures ? tr("%1 · %2 (%3)").arg(formatAmount(locale, figures->mean),
                                                   formatCompactAmount(locale, figures->total),
                                                   formatShare(locale, figures->share))
                           : dash;
        case SortRole:
            return figures && std::isfinite(figures->total) ? QVariant(figures->total) : QVariant();
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ToolTipRole: {
            if (!figures)
                return {};
            QString tip = tr("%1 in this segment: mean %2 per customer, total %3, %4 of all %1 (%5)")
                              .arg(QString::fromStdString(m_profiles->moneyColumns[std::size_t(money)]),
                                   formatAmount(locale, figures->mean), formatAmount(locale, figures->total),
                                   formatShare(locale, figures->share),
                                   formatAmount(locale, m_profiles->moneyTotals[std::size_t(money)]));
            // The revenue column's bootstrap intervals, where the economics has them.
            if (m_economics && m_economics->resamples > 0
                && m_economics->revenueColumn == m_profiles->moneyColumns[std::size_t(money)]
                && std::size_t(index.row()) < m_economics->segments.size()) {
                const SegmentEconomics &e = m_economics->segments[std::size_t(index.row())];
                tip += QLatin1Char('\n')
                       + tr("95% intervals (bootstrap, %1 resample(s)): mean %2 – %3, total %4 – %5", nullptr,
                            pluralCount(static_cast<unsigned long long>(m_economics->resamples)))
                             .arg(m_economics->resamples)
                             .arg(formatAmount(locale, e.revenuePerCustomer.low),
                                  formatAmount(locale, e.revenuePerCustomer.high),
                                  formatAmount(locale, e.revenueTotal.low), formatAmount(locale, e.revenueTotal.high));
            }
            return tip;
        }
        default:
            return {};
        }
    }
    const bool traits = column == traitsColumn();

    switch (role) {
    case Qt::DisplayRole:
        if (traits) {
            QStringList parts;
            for (const Trait &t : s.topTraits) {
                const QString arrow = t.zScore >= 0 ? QString(QChar(0x2191)) : QString(QChar(0x2193));
                //: A segment trait: arrow, feature name, z-score in standard deviations, e.g. "↑ revenue +1.8σ".
                parts << tr("%1 %2 %3σ").arg(arrow, featureDisplayName(t.feature), signedOneDecimal(locale, t.zScore));
            }
            return parts.join(QStringLiteral(", "));
        }
        switch (column) {
        case SegmentColumn:
            return outliers ? dash : locale.toString(m_appearance.key(s.segment) + 1);
        case LabelColumn:
            // "Outliers" for the outliers' row (SegmentAppearance); the tooltip says more. An
            // unstable segment is marked where it is named, whatever columns are scrolled into view.
            return unstable(s.segment) ? label + QStringLiteral(" \u26A0") : label;
        case SizeColumn:
            // A segment too small to be one says so where its size is read.
            return s.small ? smallSegmentMark() + QLatin1Char(' ') + locale.toString(static_cast<qulonglong>(s.size))
                           : locale.toString(static_cast<qulonglong>(s.size));
        case ShareColumn:
            return locale.toString(100.0 * s.share, 'f', 1) + locale.percent();
        }
        break;
    case Qt::EditRole:
        if (index.column() == LabelColumn)
            return label;
        return data(index, Qt::DisplayRole);
    case SortRole:
        if (traits)
            return s.topTraits.empty() ? 0.0 : std::abs(s.topTraits.front().zScore);
        switch (column) {
        case SegmentColumn:
            return outliers ? std::numeric_limits<int>::max() : m_appearance.key(s.segment); // outliers last
        case LabelColumn:
            return label;
        case SizeColumn:
            return static_cast<qulonglong>(s.size);
        case ShareColumn:
            return s.share;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == SegmentColumn)
            return m_appearance.color(s.segment);
        break;
    case Qt::TextAlignmentRole:
        switch (column) {
        case SegmentColumn:
        case SizeColumn:
        case ShareColumn:
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
    case Qt::ForegroundRole:
        if (column == SizeColumn && s.small)
            return QColor(0xc0, 0x39, 0x2b);
        break;
    case Qt::ToolTipRole:
        if (traits) {
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
        switch (column) {
        case LabelColumn:
            return outliers && m_appearance.noise
                       ? tr("Noise: customers in no dense group (and any set aside as outliers), so in no "
                            "segment. Grey on the map, segment -1 in the export. Click to choose them in the map.")
                   : outliers
                       ? tr("Customers beyond the outlier threshold on some feature: in no segment, grey on "
                            "the map, segment -1 in the export. Click to choose them in the map.")
                            : unstable(s.segment)
                                ? tr("Double-click to name this segment.") + QLatin1Char('\n')
                                      + stabilityData(index.row(), Qt::ToolTipRole).toString()
                                : tr("Double-click to name this segment.");
        case SizeColumn:
            if (s.small)
                return smallSegmentReason(*m_profiles, s, locale);
            break;
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
    if (section == traitsColumn()) {
        if (role == Qt::DisplayRole)
            return tr("Top traits");
        if (role == Qt::ToolTipRole)
            return tr("Features that set the segment apart, in standard deviations (σ) from the average customer.");
        return {};
    }
    if (section == stabilityColumn()) {
        if (role == Qt::DisplayRole)
            return tr("Stability");
        if (role == Qt::ToolTipRole)
            return tr("How well each segment survives resampling (Hennig 2007): the mean Jaccard similarity between "
                      "the segment and its best match when resampled customers are segmented again. Above 0.75 "
                      "stable; below 0.60 (marked \u26A0) unstable.");
        return {};
    }
    if (section >= firstValueColumn() && section < firstValueColumn() + static_cast<int>(m_valueColumns.size()))
        return valueHeader(m_valueColumns[std::size_t(section - firstValueColumn())], role);
    if (section >= FirstMoneyColumn && section < firstValueColumn()) {
        const QString column = QString::fromStdString(m_profiles->moneyColumns[std::size_t(section - FirstMoneyColumn)]);
        if (role == Qt::DisplayRole)
            //: Header of a money column: the column's name, then what its cells show.
            return tr("%1: mean · total (share)").arg(column);
        if (role == Qt::ToolTipRole)
            return tr("%1 (a money column): the arithmetic mean per customer of the segment, the segment's total, "
                      "and its share of the total over all customers, in the data's own units.")
                .arg(column);
        return {};
    }
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
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case ShareColumn:
            return tr("Share of all customers in this segment.");
        case SizeColumn:
            return tr("Customers in the segment. %1 marks a segment too small to be one (fewer than %2 of all "
                      "customers).")
                .arg(smallSegmentMark(),
                     QLocale().toString(100.0 * (m_profiles ? m_profiles->smallShare : kSmallSegmentShare), 'g', 3)
                         + QLocale().percent());
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
    if (index.column() == LabelColumn && m_profiles && profileAt(index.row()).segment >= 0)
        f |= Qt::ItemIsEditable;
    return f;
}

bool SegmentTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != LabelColumn || !m_profiles)
        return false;
    const int segment = profileAt(index.row()).segment;
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
