#include "app/cli/args.h"
#include "app/cli/output.h"

#include <QCoreApplication>

#include <cmath>

namespace seg::cli {

Args::Args(const QStringList &arguments, const std::set<QString> &valueOptions, const std::set<QString> &flags,
           const std::set<QString> &repeatable)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        // "-k 5" would otherwise become two input files and a puzzling message; "-" is standard input.
        if (arg.size() > 1 && arg.front() == QLatin1Char('-') && arg[1] != QLatin1Char('-'))
            throw UsageError(Cli::tr("unknown option %1: options start with two dashes, such as --%2").arg(arg, arg.mid(1)));
        if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
            m_positional << arg;
            continue;
        }
        QString name = arg.mid(2);
        std::optional<QString> inlineValue;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name.truncate(eq);
        }
        if (flags.count(name)) {
            if (inlineValue)
                throw UsageError(Cli::tr("option --%1 takes no value").arg(name));
            m_flags.insert(name);
        } else if (repeatable.count(name)) {
            if (!inlineValue) {
                if (i + 1 >= arguments.size())
                    throw UsageError(Cli::tr("option --%1 needs a value").arg(name));
                inlineValue = arguments[++i];
            }
            m_repeated[name] << *inlineValue;
        } else if (valueOptions.count(name)) {
            if (!inlineValue) {
                if (i + 1 >= arguments.size())
                    throw UsageError(Cli::tr("option --%1 needs a value").arg(name));
                inlineValue = arguments[++i];
            }
            if (m_values.count(name))
                throw UsageError(Cli::tr("option --%1 is given twice").arg(name));
            m_values[name] = *inlineValue;
        } else {
            throw UsageError(Cli::tr("unknown option --%1").arg(name));
        }
    }
}

bool Args::has(const QString &name) const
{
    return m_flags.count(name) || m_values.count(name) || m_repeated.count(name);
}

QStringList Args::values(const QString &name) const
{
    const auto it = m_repeated.find(name);
    return it == m_repeated.end() ? QStringList() : it->second;
}

std::optional<QString> Args::value(const QString &name) const
{
    const auto it = m_values.find(name);
    if (it == m_values.end())
        return std::nullopt;
    return it->second;
}

QString Args::value(const QString &name, const QString &fallback) const
{
    return value(name).value_or(fallback);
}

std::string Args::stdValue(const QString &name, const std::string &fallback) const
{
    const auto v = value(name);
    return v ? v->toStdString() : fallback;
}

long long Args::integer(const QString &name, long long fallback, long long min, long long max) const
{
    const auto v = value(name);
    if (!v)
        return fallback;
    bool ok = false;
    const long long n = v->toLongLong(&ok);
    if (!ok)
        throw UsageError(Cli::tr("option --%1 expects a whole number, got '%2'").arg(name, *v));
    if (n < min || n > max)
        throw UsageError(Cli::tr("option --%1 must be between %2 and %3, got %4").arg(name).arg(min).arg(max).arg(n));
    return n;
}

double Args::real(const QString &name, double fallback, double min, double max) const
{
    const auto v = value(name);
    if (!v)
        return fallback;
    bool ok = false;
    const double x = v->toDouble(&ok);
    if (!ok || !std::isfinite(x))
        throw UsageError(Cli::tr("option --%1 expects a number, got '%2'").arg(name, *v));
    if (x < min || x > max)
        throw UsageError(Cli::tr("option --%1 must be between %2 and %3, got %4").arg(name).arg(min).arg(max).arg(x));
    return x;
}

std::vector<std::string> Args::list(const QString &name) const
{
    std::vector<std::string> items;
    const auto v = value(name);
    if (!v)
        return items;
    for (const QString &part : v->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            items.push_back(trimmed.toStdString());
    }
    return items;
}

} // namespace seg::cli
