#pragma once
// The words and numbers every view uses for a segment's money and for a segment too small to be
// one, so that the table, the map, the heatmap and the selection profile say the same thing.

#include "engine/core/text.h" // pluralCount
#include "engine/profile/segment_profile.h"

#include <QLocale>
#include <QString>
#include <QStringList>

namespace seg {

/// An amount in original units: no decimals from 100 up, two below ("19,856", "12.50").
QString formatAmount(const QLocale &locale, double value);
/// A large amount shortened: "1.24M", "564k", "980" (three significant digits).
QString formatCompactAmount(const QLocale &locale, double value);
/// A share as a percentage with one decimal ("28.0%").
QString formatShare(const QLocale &locale, double share);

/// One line per money column of `profile` (a segment of `profiles`, or its outliers):
/// "Fresh: mean 19,856 · total 1,234,567 (28.0% of all Fresh)". Empty without money columns.
QStringList moneyLines(const Profiles &profiles, const SegmentProfile &profile, const QLocale &locale = {});

/// Why `profile` is flagged as too small ("Only 1 customer (0.2% of 440, below 1%): probably an
/// outlier rather than a segment to market to."); empty when it is not.
QString smallSegmentReason(const Profiles &profiles, const SegmentProfile &profile, const QLocale &locale = {});

/// The short mark of a flagged segment in legends and cells ("⚠").
QString smallSegmentMark();

} // namespace seg
