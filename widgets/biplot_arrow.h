#pragma once

#include <QString>

namespace seg {

/// One arrow of a PCA biplot: a feature and its loadings on the map's two axes.
struct BiplotArrow
{
    QString label;
    double x = 0.0;
    double y = 0.0;
};

} // namespace seg
