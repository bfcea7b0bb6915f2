#pragma once
// A small command-line parser for segscope's subcommands: `--name value`, `--name=value`,
// boolean flags and positional arguments. Every problem is a UsageError (exit code 2).

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace seg::cli {

/// A mistake in how segscope was called; the message is already translated.
class UsageError : public std::runtime_error
{
public:
    explicit UsageError(const QString &message) : std::runtime_error(message.toStdString()) {}
};

class Args
{
public:
    /// Parses `arguments` (after the subcommand). `valueOptions` take a value, `flags` do not;
    /// `repeatable` options take a value and may be given several times (values()); any other
    /// option is a UsageError.
    Args(const QStringList &arguments, const std::set<QString> &valueOptions, const std::set<QString> &flags,
         const std::set<QString> &repeatable = {});

    bool has(const QString &name) const;
    std::optional<QString> value(const QString &name) const;
    QString value(const QString &name, const QString &fallback) const;
    std::string stdValue(const QString &name, const std::string &fallback = {}) const;
    /// Integer option within [min, max], or `fallback` when absent.
    long long integer(const QString &name, long long fallback, long long min, long long max) const;
    double real(const QString &name, double fallback, double min, double max) const;
    /// Comma-separated list ("a,b,c"), empty items removed.
    std::vector<std::string> list(const QString &name) const;
    /// Every value of a repeatable option, in the order given.
    QStringList values(const QString &name) const;
    const QStringList &positional() const { return m_positional; }

private:
    std::map<QString, QString> m_values;
    std::map<QString, QStringList> m_repeated;
    std::set<QString> m_flags;
    QStringList m_positional;
};

} // namespace seg::cli
