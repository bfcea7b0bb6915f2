#pragma once
// The user's preferences (Edit › Preferences…), kept between sessions with QSettings.

#include "engine/prep/feature_spec.h"

#include <QString>
#include <QStringList>

namespace seg {

/// The application's colours: the system's palette, light, dark, or high contrast (white on
/// black with yellow selection and wide focus frames, for low vision).
enum class Theme { System, Light, Dark, HighContrast };

struct Preferences
{
    int threads = 0;                  ///< engine threads; 0 uses every core
    int autosaveMinutes = 2;          ///< autosave of unsaved changes; 0 never
    Scaling scaling = Scaling::ZScore; ///< for data opened from now on
    int restarts = 10;                ///< k-means restarts, for data opened from now on
    int umapSample = 100000;          ///< UMAP fits on this many customers and places the rest
    QString language;                 ///< "" follows the system; else a code of availableLanguages()
    Theme theme = Theme::System;
    bool showStartPage = true;        ///< the start page instead of the demo when no file is given
    bool tourDone = false;            ///< the start page's three-step tour was finished or dismissed

    /// The saved preferences (QSettings of the application); a missing or out-of-range value
    /// takes its default.
    static Preferences load();
    void save() const;

    bool operator==(const Preferences &) const = default;
};

/// The languages SegmentScope is translated into, as codes ("en", "de", "fr", "es").
QStringList availableLanguages();
/// A language's own name ("Deutsch" for "de").
QString nativeLanguageName(const QString &code);

/// Keys in QSettings (shared with ProjectSession, which reads the autosave interval).
inline constexpr const char *kAutosaveMinutesKey = "autosave/minutes";

} // namespace seg
