#pragma once
// Console output for segscope: translated text to stdout and stderr.

#include <QString>

namespace seg::cli {

QString tr(const char *text);
void printOut(const QString &text);
void printErr(const QString &text);

} // namespace seg::cli
