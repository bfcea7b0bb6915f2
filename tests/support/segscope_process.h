#pragma once
// Runs the built segscope binary (SEG_CLI_PATH) as a user's shell would, for the CLI suites.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

struct SegscopeRun
{
    int exitCode = -1; ///< -1 when segscope did not exit normally (a crash, a signal)
    QByteArray out;
    QString err;
    QString outText() const { return QString::fromUtf8(out); }
};

/// segscope with `args`; ends the test program when segscope runs longer than 4 minutes.
inline SegscopeRun runSegscope(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(SEG_CLI_PATH), args);
    if (!process.waitForFinished(240000))
        qFatal("segscope did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}
