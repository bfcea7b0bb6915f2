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

namespace {

struct SuggestedGroup
{
    const char *name;
    const char *title;
};

// The names of engine/prep/feature_spec.cpp's kGroupOrder.
constexpr SuggestedGroup kSuggestedGroups[] = {
    {"engagement", QT_TRANSLATE_NOOP("seg::FeatureLabel", "Engagement")},
    {"purchasing", QT_TRANSLATE_NOOP("seg::FeatureLabel", "Purchasing")},
    {"recency & loyalty", QT_TRANSLATE_NOOP("seg::FeatureLabel", "Recency & loyalty")},
    {"channels", QT_TRANSLATE_NOOP("seg::FeatureLabel", "Channels")},
    {"profile", QT_TRANSLATE_NOOP("seg::FeatureLabel", "Profile")},
    {"other", QT_TRANSLATE_NOOP("seg::FeatureLabel", "Other")},
};

const SuggestedGroup *suggestedGroup(const std::string &name)
{
    for (const SuggestedGroup &g : kSuggestedGroups)
        if (name == g.name)
            return &g;
    return nullptr;
}

} // namespace

QString groupTitle(const std::string &name)
{
    if (const SuggestedGroup *g = suggestedGroup(name))
        return QCoreApplication::translate("seg::FeatureLabel", g->title);
    const QString shown = humanizeName(QString::fromStdString(name));
    return shown.isEmpty() ? shown : shown.at(0).toUpper() + shown.mid(1);
}

QString editableGroupName(const std::string &name)
{
    if (const SuggestedGroup *g = suggestedGroup(name))
        return QCoreApplication::translate("seg::FeatureLabel", g->title);
    return QString::fromStdString(name);
}

QString groupName(const QString &title)
{
    for (const SuggestedGroup &g : kSuggestedGroups)
        if (title == QCoreApplication::translate("seg::FeatureLabel", g.title))
            return QString::fromLatin1(g.name);
    return title;
}

} // namespace seg
