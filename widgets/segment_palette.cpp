#include "widgets/segment_palette.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace seg {

namespace {

// Okabe, M. & Ito, K. (2008). Color Universal Design: orange, sky blue, bluish green, yellow,
// blue, vermillion, reddish purple. Then Tol, P. (2021), "Colour schemes", muted: rose, indigo
// lightened for dark backgrounds, sand, cyan, olive, purple, teal.
constexpr std::array<QRgb, 14> kSegmentColors = {
    0xffe69f00, 0xff56b4e9, 0xff009e73, 0xfff0e442, 0xff0072b2, 0xffd55e00, 0xffcc79a7,
    0xffcc6677, 0xff6a5acd, 0xffddcc77, 0xff88ccee, 0xff999933, 0xffaa4499, 0xff44aa99,
};

struct Stop
{
    double t;
    QRgb rgb;
};

// ColorBrewer RdBu-7 (Brewer, colorbrewer2.org), negative (blue) to positive (red).
constexpr std::array<Stop, 7> kLightStops = {{{-1.0, 0xff2166ac},
                                               {-2.0 / 3, 0xff67a9cf},
                                               {-1.0 / 3, 0xffd1e5f0},
                                               {0.0, 0xfff7f7f7},
                                               {1.0 / 3, 0xfffddbc7},
                                               {2.0 / 3, 0xffef8a62},
                                               {1.0, 0xffb2182b}}};
// Same hues, lightness reversed around a dark centre so that strong values stand out on a dark UI.
constexpr std::array<Stop, 7> kDarkStops = {{{-1.0, 0xff4f9fe0},
                                              {-2.0 / 3, 0xff3672a6},
                                              {-1.0 / 3, 0xff2f4a62},
                                              {0.0, 0xff2f2f2f},
                                              {1.0 / 3, 0xff623a33},
                                              {2.0 / 3, 0xffa8483a},
                                              {1.0, 0xffeb5f4a}}};

int mix(int a, int b, double t)
{
    return static_cast<int>(std::lround(a + (b - a) * t));
}

} // namespace

int segmentBaseColorCount()
{
    return static_cast<int>(kSegmentColors.size());
}

QColor segmentColor(int index)
{
    if (index < 0)
        return QColor(0x99, 0x99, 0x99);
    const int n = segmentBaseColorCount();
    const QColor base = QColor::fromRgb(kSegmentColors[static_cast<std::size_t>(index % n)]);
    const int cycle = index / n;
    if (cycle == 0)
        return base;
    // Later cycles alternate lighter / darker so that segment 0 and segment 14 still differ.
    return (cycle % 2 == 1) ? base.lighter(130 + 10 * (cycle / 2)) : base.darker(130 + 10 * (cycle / 2 - 1));
}

QColor divergingColor(double z, double limit, bool dark)
{
    const auto &stops = dark ? kDarkStops : kLightStops;
    if (std::isnan(z) || !(limit > 0.0))
        return QColor::fromRgb(stops[3].rgb);
    const double t = std::clamp(z / limit, -1.0, 1.0);
    std::size_t i = 0;
    while (i + 2 < stops.size() && t > stops[i + 1].t)
        ++i;
    const double f = (t - stops[i].t) / (stops[i + 1].t - stops[i].t);
    const QColor a = QColor::fromRgb(stops[i].rgb);
    const QColor b = QColor::fromRgb(stops[i + 1].rgb);
    return QColor(mix(a.red(), b.red(), f), mix(a.green(), b.green(), f), mix(a.blue(), b.blue(), f));
}

QColor contrastingTextColor(const QColor &background)
{
    // Relative luminance per WCAG 2.1 (sRGB linearised); 0.179 is where black and white text
    // have equal contrast ratio.
    auto lin = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const double l = 0.2126 * lin(background.redF()) + 0.7152 * lin(background.greenF())
                     + 0.0722 * lin(background.blueF());
    return l > 0.179 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace seg
