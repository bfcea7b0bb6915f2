#pragma once
// segscope's subcommands. Each returns the process exit code (docs/cli.md).

#include <QStringList>

namespace seg::cli {

enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2, ExitInvalidData = 3, ExitIo = 4 };

int runCluster(const QStringList &arguments);
int runDemoData(const QStringList &arguments);
/// Prints general help, or the help of `command`; unknown command => ExitUsage.
int runHelp(const QStringList &arguments);

/// The help text of one command, or of segscope when `command` is empty (translated).
QString helpText(const QString &command);

} // namespace seg::cli
