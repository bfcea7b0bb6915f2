#pragma once
// Console output for segscope: translated text to stdout and stderr.

#include "engine/core/text.h" // pluralCount, pluralLength

#include <QCoreApplication>
#include <QString>

#include <chrono>

namespace seg::cli {

/// segscope's messages and help: Cli::tr("...") is translated in the context "segscope" of
/// translations/segmentscope_*.ts (lupdate reads the qualified calls).
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(segscope)
};

void printOut(const QString &text);
void printErr(const QString &text);

/// A number as the user's locale writes it (QLocale(): "0,224" in German, "1,234.5" in
/// American English), for messages and printed summaries; format and precision as
/// QString::number. Files and JSON numbers never go through it: they keep '.'.
QString localNumber(double value, char format, int precision);
/// A count as the user's locale writes it, with its digit grouping ("300.000" in German).
QString localCount(unsigned long long count);

/// Milliseconds since `start`, for the summaries' timings_ms.
inline double msSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

} // namespace seg::cli
