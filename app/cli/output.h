#pragma once
// Console output for segscope: translated text to stdout and stderr.

#include <QString>

#include <chrono>

namespace seg::cli {

QString tr(const char *text);
void printOut(const QString &text);
void printErr(const QString &text);

/// Milliseconds since `start`, for the summaries' timings_ms.
inline double msSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

} // namespace seg::cli
