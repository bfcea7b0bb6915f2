#pragma once
// The purchase model's checks on one PDF page (segscope clv --charts): the classic diagnostics
// of Fader, Hardie & Lee (2005, figures 3 and 4) for the BG/NBD fit of a transaction log.

#include "engine/value/diagnostics.h"

#include <QByteArray>
#include <QLocale>
#include <QString>

#include <cstddef>
#include <optional>

namespace seg {

struct ValueChecks
{
    QString source;          ///< the data set, as the user named it
    std::size_t customers = 0;
    QString calibrationEnd;  ///< ISO date; empty for a customer summary
    QString holdoutEnd;      ///< ISO date; empty without a holdout period
    QString unitPlural;      ///< the time unit, translated ("weeks")
    double holdoutLength = 0.0; ///< in time units
    FrequencyHistogram histogram;
    std::optional<HoldoutComparison> holdout;
};

/// One landscape A4 page: the frequency check (customers by repeat purchases in calibration,
/// counted and expected) and, with a holdout period, the holdout check (mean purchases made and
/// predicted, by repeat purchases in calibration), with captions and totals. Numbers follow
/// `locale`. Needs a QGuiApplication (fonts); returns the PDF's bytes.
QByteArray renderValueChecks(const ValueChecks &checks, const QLocale &locale);

} // namespace seg
