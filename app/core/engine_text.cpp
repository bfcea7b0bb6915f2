#include "app/core/engine_text.h"

#include "engine/core/text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <climits>

namespace seg {

namespace {

std::string translate(const char *context, const char *source, const char *disambiguation, long long n)
{
    const int count = n >= 0 && n <= INT_MAX ? static_cast<int>(n) : -1;
    const QString text = QCoreApplication::translate(context, source, disambiguation, count);
    // Untranslated, Qt gives the source back with %n replaced: the engine's English is better
    // ("1 customer", not "1 customer(s)"). A count beyond int takes the same way.
    QString untranslated = QString::fromUtf8(source);
    if (count >= 0)
        untranslated.replace(QLatin1String("%n"), QString::number(count));
    if (n >= 0 && (count < 0 || text == untranslated))
        return englishText(source, n);
    return text.toStdString();
}

std::string count(long long n)
{
    // The C locale (LC_ALL=C, scripts) groups nothing: the engine's English "14,922" then.
    const QLocale locale;
    if (locale.language() == QLocale::C)
        return englishCount(n);
    return locale.toString(static_cast<qlonglong>(n)).toStdString();
}

std::string decimalMark()
{
    return QLocale().decimalPoint().toStdString();
}

} // namespace

void installEngineText()
{
    setTextHooks({translate, count, decimalMark});
}

} // namespace seg
