#include "widgets/feature_label.h"

#include <QCoreApplication>

namespace seg {

QString humanizeName(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('_'), QLatin1Char(' '));
    out = out.simplified();
    return out.isEmpty() ? text : out;
}

FeatureLabel featureLabel(const std::string &name)
{
    const QString raw = QString::fromStdString(name);
    const qsizetype eq = raw.indexOf(QLatin1Char('='));
    if (eq < 0)
        return {humanizeName(raw), {}, false};
    return {humanizeName(raw.left(eq)), humanizeName(raw.mid(eq + 1)), true};
}

QString featureDisplayName(const std::string &name)
{
    const FeatureLabel label = featureLabel(name);
    if (!label.oneHot)
        return label.column;
    //: A one-hot feature: column, then one of its values, e.g. "acquisition channel: referral".
    return QCoreApplication::translate("seg::FeatureLabel", "%1: %2").arg(label.column, label.level);
}

} // namespace seg
