#pragma once
// Colours for segments (colour-blind safe, distinguishable on light and dark backgrounds) and
// the diverging colour scale of the heatmap.

#include <QColor>

namespace seg {

/// Colour of segment `index` (0-based); -1 (noise) is grey. The first 7 are Okabe & Ito's
/// colour-blind-safe palette (without its black, which vanishes on dark backgrounds), the next 7
/// Paul Tol's "muted" scheme; beyond that the 14 hues repeat, alternately lighter and darker.
QColor segmentColor(int index);

/// Number of distinct base colours before segmentColor() starts varying lightness.
int segmentBaseColorCount();

/// Diverging blue–white–red colour for a z-score, saturating at ±limit; `dark` adapts the
/// centre to a dark background. Light scale: ColorBrewer RdBu (#2166AC … #F7F7F7 … #B2182B);
/// dark scale: the same hues around a dark grey centre (#2F2F2F). NaN gives the centre colour.
QColor divergingColor(double z, double limit = 2.0, bool dark = false);

/// Black or white, whichever reads better on `background` (text on heatmap cells, swatches).
QColor contrastingTextColor(const QColor &background);

} // namespace seg
