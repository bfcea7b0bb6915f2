#include "widgets/segment_figures.h"

#include <QCoreApplication>

#include <cmath>

namespace seg {

namespace {

// The translation context of these texts: free functions have none of their own.
struct SegmentFigures
{
    Q_DECLARE_TR_FUNCTIONS(seg::SegmentFigures)
};

} // namespace

QString formatAmount(const QLocale &locale, double value)
{
    if (!std::isfinite(value))
        return QString(QChar(0x2014));
    return locale.toString(value, 'f', std::abs(value) >= 100.0 ? 0 : 2);
}

QString formatCompactAmount(const QLocale &locale, double value)
{
    if (!std::isfinite(value))
        return QString(QChar(0x2014));
    const double a = std::abs(value);
    const auto compact = [&](double scaled, const QString &suffix) {
        const int decimals = scaled >= 100.0 ? 0 : scaled >= 10.0 ? 1 : 2;
        return locale.toString(value < 0 ? -scaled : scaled, 'f', decimals) + suffix;
    };
    //: Abbreviations of a billion, a million and a thousand after a number ("1.24M").
    if (a >= 1e9)
        return compact(a / 1e9, SegmentFigures::tr("B"));
    if (a >= 1e6)
        return compact(a / 1e6, SegmentFigures::tr("M"));
    if (a >= 1e4)
        return compact(a / 1e3, SegmentFigures::tr("k"));
    return formatAmount(locale, value);
}

QString formatShare(const QLocale &locale, double share)
{
    if (!std::isfinite(share))
        return QString(QChar(0x2014));
    return locale.toString(100.0 * share, 'f', 1) + locale.percent();
}

QStringList moneyLines(const Profiles &profiles, const SegmentProfile &profile, const QLocale &locale)
{
    QStringList lines;
    for (std::size_t m = 0; m < profiles.moneyColumns.size() && m < profile.money.size(); ++m) {
        const MoneyFigures &f = profile.money[m];
        const QString column = QString::fromStdString(profiles.moneyColumns[m]);
        //: Money of one column in one segment: column, mean per customer, total, share of the column's total.
        lines << SegmentFigures::tr("%1: mean %2 · total %3 (%4 of all %1)")
                     .arg(column, formatAmount(locale, f.mean), formatAmount(locale, f.total),
                          formatShare(locale, f.share));
    }
    return lines;
}

QString smallSegmentReason(const Profiles &profiles, const SegmentProfile &profile, const QLocale &locale)
{
    if (!profile.small)
        return {};
    const QString threshold = locale.toString(100.0 * profiles.smallShare, 'g', 3) + locale.percent();
    const QString share = formatShare(locale, profile.share);
    const QString all = locale.toString(qulonglong(profiles.customers));
    if (profile.size == 1)
        return SegmentFigures::tr("Only 1 customer (%1 of %2, below %3): probably an outlier rather than a segment to "
                  "market to.")
            .arg(share, all, threshold);
    // Several customers (one has its own sentence above), or none: French counts 0 in the singular.
    return SegmentFigures::tr("Only %1 customer(s) (%2 of %3, below %4): probably outliers rather than a segment to "
              "market to. Consider setting outliers aside.",
              nullptr, pluralCount(profile.size))
        .arg(locale.toString(qulonglong(profile.size)), share, all, threshold);
}

QString smallSegmentMark()
{
    return QString(QChar(0x26A0));
}

} // namespace seg
