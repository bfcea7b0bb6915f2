#pragma once
// Numbers as the report and the workbook's text show them, in one locale: counts with group
// separators, money with as many decimals as its size needs, shares as percentages, and
// estimates with their 95% intervals.

#include "engine/prep/transactions.h"
#include "engine/value/bootstrap.h"

#include <QLocale>
#include <QString>

namespace seg {

class ReportFormat
{
public:
    explicit ReportFormat(QLocale locale = QLocale()) : m_locale(std::move(locale)) {}
    const QLocale &locale() const { return m_locale; }

    /// 12,345 (rounded); "—" for NaN.
    QString count(double value) const;
    /// Fixed decimals: 0.123 with decimals 3; "—" for NaN.
    QString number(double value, int decimals) const;
    /// Money without a currency (the data does not say which): 2 decimals below 100, none from
    /// 100 on; 1.2 M / 3.4 k are not used, so figures add up as printed.
    QString money(double value) const;
    /// A share 0..1 as a percentage with `decimals` decimals: "12.5%".
    QString percent(double share, int decimals = 1) const;
    /// The interval's bounds as "low–high" with `format` applied to each ("" when unknown).
    template <typename Format>
    QString range(const Interval &i, Format format) const
    {
        if (!(i.low == i.low) || !(i.high == i.high))
            return {};
        return format(i.low) + QChar(0x2013) + format(i.high);
    }
    /// "estimate (low–high)", or the estimate alone without bounds.
    template <typename Format>
    QString withInterval(const Interval &i, Format format) const
    {
        const QString r = range(i, format);
        return r.isEmpty() ? format(i.estimate) : QStringLiteral("%1 (%2)").arg(format(i.estimate), r);
    }

    /// The time unit's plural, translated: "days", "weeks", "months".
    static QString unitPlural(TimeUnit unit);
    /// The same unit, one of it ("week"), as in "discount 0.01 per week".
    static QString unitSingular(TimeUnit unit);

private:
    QLocale m_locale;
};

} // namespace seg
