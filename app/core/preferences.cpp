#include "app/core/preferences.h"

#include "engine/cluster/kmeans.h"
#include "engine/core/error.h"
#include "engine/embed/umap.h"

#include <QLocale>
#include <QSettings>

namespace seg {

namespace {

int boundedInt(const QSettings &settings, const char *key, int fallback, int least, int most)
{
    bool ok = false;
    const int value = settings.value(QLatin1String(key), fallback).toInt(&ok);
    return ok && value >= least && value <= most ? value : fallback;
}

} // namespace

Preferences Preferences::load()
{
    const QSettings settings;
    Preferences p;
    p.threads = boundedInt(settings, "engine/threads", 0, 0, 1024);
    p.autosaveMinutes = boundedInt(settings, kAutosaveMinutesKey, p.autosaveMinutes, 0, 24 * 60);
    p.restarts = boundedInt(settings, "defaults/restarts", KMeansOptions {}.nInit, 1, 1000);
    p.umapSample = boundedInt(settings, "defaults/umapSample", static_cast<int>(UmapOptions {}.fitSample), 1000,
                              2000000);
    try {
        p.scaling = parseScaling(settings.value(QStringLiteral("defaults/scaling"), QStringLiteral("zscore"))
                                     .toString()
                                     .toStdString());
    } catch (const Error &) {
        p.scaling = Scaling::ZScore;
    }
    const QString language = settings.value(QStringLiteral("ui/language")).toString();
    p.language = availableLanguages().contains(language) ? language : QString();
    const int theme = boundedInt(settings, "ui/theme", 0, 0, 3);
    p.theme = static_cast<Theme>(theme);
    p.showStartPage = settings.value(QStringLiteral("ui/showStartPage"), true).toBool();
    p.tourDone = settings.value(QStringLiteral("ui/tourDone"), false).toBool();
    return p;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("engine/threads"), threads);
    settings.setValue(QLatin1String(kAutosaveMinutesKey), autosaveMinutes);
    settings.setValue(QStringLiteral("defaults/restarts"), restarts);
    settings.setValue(QStringLiteral("defaults/umapSample"), umapSample);
    const std::string_view name = toString(scaling);
    settings.setValue(QStringLiteral("defaults/scaling"), QString::fromLatin1(name.data(), qsizetype(name.size())));
    settings.setValue(QStringLiteral("ui/language"), language);
    settings.setValue(QStringLiteral("ui/theme"), static_cast<int>(theme));
    settings.setValue(QStringLiteral("ui/showStartPage"), showStartPage);
    settings.setValue(QStringLiteral("ui/tourDone"), tourDone);
}

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
}

QString nativeLanguageName(const QString &code)
{
    QString name = QLocale(code).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

} // namespace seg
