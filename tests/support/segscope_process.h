#pragma once
// Runs the built segscope binary (SEG_CLI_PATH) as a user's shell would, for the CLI suites.

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

struct SegscopeRun
{
    /// -1 when segscope did not exit normally (a crash, a signal), -2 when it did not end in
    /// time (it is killed), -3 when it did not start.
    int exitCode = -1;
    QByteArray out;
    QString err;
    QString outText() const { return QString::fromUtf8(out); }
};

/// Waits for a started segscope, killing it after `timeoutMs`.
inline SegscopeRun finishSegscope(QProcess &process, int timeoutMs = 240000)
{
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-2, {}, QStringLiteral("segscope did not end within %1 s").arg(timeoutMs / 1000)};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

/// segscope with `args`; `input` goes to its standard input, which is closed afterwards.
inline SegscopeRun runSegscope(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 240000)
{
    QProcess process;
    process.start(QStringLiteral(SEG_CLI_PATH), args);
    if (!process.waitForStarted())
        return {-3, {}, QStringLiteral("segscope did not start")};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    return finishSegscope(process, timeoutMs);
}

/// Writes `bytes` to the file at `path` (an input for a run) and returns the path; a test that
/// cannot write its own input stops at once.
inline QString writeInputFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write the test file %s", qPrintable(path));
    return f.fileName();
}

/// Writes `rows` demo customers to `csv` and makes `project` of them: the id column customer_id,
/// the generating segment left out, k = `k` (and any `extra` options of project create). The
/// run of segscope that failed, or of project create.
inline SegscopeRun createDemoProject(const QString &csv, const QString &project, int rows, int k,
                                    const QStringList &extra = {})
{
    const SegscopeRun demo = runSegscope({QStringLiteral("demo-data"), QStringLiteral("--rows"), QString::number(rows),
                                          QStringLiteral("--out"), csv});
    if (demo.exitCode != 0)
        return demo;
    return runSegscope(QStringList {QStringLiteral("project"), QStringLiteral("create"), csv, QStringLiteral("--out"),
                                    project, QStringLiteral("--id-column"), QStringLiteral("customer_id"),
                                    QStringLiteral("--role"), QStringLiteral("true_segment=ignored"),
                                    QStringLiteral("--k"), QString::number(k), QStringLiteral("--quiet")}
                       + extra);
}

/// The bytes of the file at `path` (an output of a run); empty when it cannot be read.
inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The JSON object in the file at `path` (a summary segscope wrote); empty when it cannot be
/// read or is not an object, so that the test's comparisons fail and say what was missing.
inline QJsonObject readJsonObject(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}
