#include "app/cli/output.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdio>

namespace seg::cli {

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

QString localNumber(double value, char format, int precision)
{
    return QLocale().toString(value, format, precision);
}

QString localCount(unsigned long long count)
{
    return QLocale().toString(count);
}

} // namespace seg::cli
