#include "app/report/report_format.h"

#include <QCoreApplication>

#include <cmath>

namespace seg {

namespace {
const QString kDash = QString(QChar(0x2014));
}

QString ReportFormat::unitPlural(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Day: return QCoreApplication::translate("seg::ReportFormat", "days");
    case TimeUnit::Week: return QCoreApplication::translate("seg::ReportFormat", "weeks");
    case TimeUnit::Month: break;
    }
    return QCoreApplication::translate("seg::ReportFormat", "months");
}

QString ReportFormat::unitSingular(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Day: return QCoreApplication::translate("seg::ReportFormat", "day");
    case TimeUnit::Week: return QCoreApplication::translate("seg::ReportFormat", "week");
    case TimeUnit::Month: break;
    }
    return QCoreApplication::translate("seg::ReportFormat", "month");
}

QString ReportFormat::count(double value) const
{
    if (!std::isfinite(value))
        return kDash;
    return m_locale.toString(std::round(value), 'f', 0);
}

QString ReportFormat::number(double value, int decimals) const
{
    if (!std::isfinite(value))
        return kDash;
    return m_locale.toString(value, 'f', decimals);
}

QString ReportFormat::money(double value) const
{
    if (!std::isfinite(value))
        return kDash;
    return m_locale.toString(value, 'f', std::abs(value) < 100.0 ? 2 : 0);
}

QString ReportFormat::percent(double share, int decimals) const
{
    if (!std::isfinite(share))
        return kDash;
    return m_locale.toString(100.0 * share, 'f', decimals) + m_locale.percent();
}

} // namespace seg
