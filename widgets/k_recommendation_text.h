#pragma once
// The recommendation of a k sweep (seg::recommendK) in one plain, translated sentence: for the
// explorer's k chart, the persona report and segscope sweep alike. Qt Core only, so the
// command-line tool compiles it too.

#include "engine/eval/k_sweep.h"

#include <QLocale>
#include <QString>

namespace seg {

/// "Suggested k = 4: the highest silhouette (0.52, reasonable structure) and the bend of the
/// inertia curve agree." Numbers in `locale`; empty when the sweep has no silhouette yet.
QString kRecommendationText(const KRecommendation &recommendation, const QLocale &locale);

} // namespace seg
