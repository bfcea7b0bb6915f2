#pragma once
// Console output for segscope: translated text to stdout and stderr.

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

/// Milliseconds since `start`, for the summaries' timings_ms.
inline double msSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

} // namespace seg::cli
