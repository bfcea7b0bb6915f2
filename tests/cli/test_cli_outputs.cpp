// segscope's outputs never cost data: an output naming an input (or the other output) is refused,
// devices and FIFOs are written in place and their errors reported, --out and --json are
// replaced together or not at all, read-only targets are kept, links are written through, and
// an interrupted run leaves no temporary file behind. Run as root in CI: the read-only rule rests
// on mode bits, so it holds there too.

#include "tests/support/segscope_process.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

#include <csignal>
#include <memory>

#include <fcntl.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

using Run = SegscopeRun;

Run segscope(const QStringList &args)
{
    return runSegscope(args);
}

QByteArray readAll(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeText(const QString &file, const QByteArray &text)
{
    QFile f(file);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

mode_t modeOf(const QString &path)
{
    struct stat st
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode : 0;
}

/// Every name in `dir` (hidden ones too), sorted.
QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                               QDir::Name);
}

/// Temporaries and kept old files AtomicFile may leave: NAME.tmp-XXXXXX, NAME.old-XXXXXX.
QStringList leftovers(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.tmp-*"), QStringLiteral("*.old-*")},
                               QDir::AllEntries | QDir::Hidden | QDir::System);
}

bool hasUnnamedFiles(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

/// Temporary files process `pid` holds open in `dir`: unnamed ones ("DIR/#123 (deleted)") and
/// named ones ("DIR/NAME.tmp-XXXXXX").
int openTemporaries(pid_t pid, const QString &dir)
{
    int count = 0;
    const QString prefix = QFileInfo(dir).canonicalFilePath() + QLatin1Char('/');
    const QString fds = QStringLiteral("/proc/%1/fd").arg(pid);
    for (const QString &fd : QDir(fds).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = QFile::symLinkTarget(fds + QLatin1Char('/') + fd);
        if (target.startsWith(prefix)
            && (target.endsWith(QLatin1String(" (deleted)")) || target.contains(QLatin1String(".tmp-"))))
            ++count;
    }
    return count;
}

/// True when process `pid` has a handler for `signal` (/proc/PID/status, SigCgt).
bool catchesSignal(pid_t pid, int signal)
{
    const QList<QByteArray> lines = readAll(QStringLiteral("/proc/%1/status").arg(pid)).split('\n');
    for (const QByteArray &line : lines)
        if (line.startsWith("SigCgt:"))
            return (line.mid(7).trimmed().toULongLong(nullptr, 16) >> (signal - 1)) & 1U;
    return false;
}

} // namespace

class TestCliOutputs : public QObject
{
    Q_OBJECT

private:
    QString input(const char *name) const { return m_inputs.filePath(QLatin1String(name)); }
    QString work(const char *name) const { return m_work->filePath(QLatin1String(name)); }

    static QStringList cluster(const QString &inputPath, const QStringList &extra)
    {
        return QStringList {QStringLiteral("cluster"), inputPath,
                            QStringLiteral("--k"),     QStringLiteral("3"),
                            QStringLiteral("--seed"),  QStringLiteral("1"),
                            QStringLiteral("--quiet")}
        + extra;
    }

    /// Starts segscope on the large input with --out and --json in the work folder, waits until
    /// it holds both temporaries open (the run is under way), sends `signal`, and returns the
    /// wait status. `handlers` is set to whether segscope had a handler for SIGTERM and SIGINT.
    int interruptedRun(int signal, bool *handlers)
    {
        const QByteArray program = QByteArrayLiteral(SEG_CLI_PATH);
        // The exact silhouette of 100,000 rows takes far longer than the test waits.
        const QList<QByteArray> args {program,
                                      QByteArrayLiteral("cluster"),
                                      QFile::encodeName(input("large.csv")),
                                      QByteArrayLiteral("--k"),
                                      QByteArrayLiteral("6"),
                                      QByteArrayLiteral("--silhouette-sample"),
                                      QByteArrayLiteral("0"),
                                      QByteArrayLiteral("--quiet"),
                                      QByteArrayLiteral("--out"),
                                      QFile::encodeName(work("ASSIGN.csv")),
                                      QByteArrayLiteral("--json"),
                                      QFile::encodeName(work("summary.json"))};
        std::vector<char *> argv;
        for (const QByteArray &a : args)
            argv.push_back(const_cast<char *>(a.constData()));
        argv.push_back(nullptr);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
        // The child starts with the default actions, as from a shell (Qt Test handles some).
        posix_spawnattr_t attributes;
        posix_spawnattr_init(&attributes);
        sigset_t defaults;
        sigemptyset(&defaults);
        for (const int s : {SIGHUP, SIGINT, SIGPIPE, SIGTERM, SIGXFSZ})
            sigaddset(&defaults, s);
        posix_spawnattr_setsigdefault(&attributes, &defaults);
        posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF);
        pid_t pid = -1;
        const int spawned
            = posix_spawn(&pid, program.constData(), &actions, &attributes, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        posix_spawnattr_destroy(&attributes);
        if (spawned != 0)
            return -1;

        int status = 0;
        bool started = false;
        for (int polls = 0; polls < 120000 && !started; ++polls) {
            if (::waitpid(pid, &status, WNOHANG) == pid)
                return -2; // ended by itself: the test input is too small
            started = openTemporaries(pid, m_work->path()) == 2;
            if (!started)
                QThread::msleep(1);
        }
        *handlers = catchesSignal(pid, SIGTERM) && catchesSignal(pid, SIGINT);
        ::kill(pid, started ? signal : SIGKILL);
        ::waitpid(pid, &status, 0);
        return started ? status : -3;
    }

    QTemporaryDir m_dir;
    QDir m_inputs;
    std::unique_ptr<QTemporaryDir> m_work;
    QByteArray m_demoBytes;
    QByteArray m_reference; // ASSIGN.csv of the demo input written to a regular file

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("inputs")));
        m_inputs = QDir(m_dir.filePath(QStringLiteral("inputs")));
        for (const auto &[name, rows] : {std::pair {"demo.csv", "2000"}, std::pair {"large.csv", "100000"}}) {
            const Run r = segscope({QStringLiteral("demo-data"), QStringLiteral("--rows"),
                                    QLatin1String(rows), QStringLiteral("--out"), input(name)});
            QCOMPARE(r.exitCode, 0);
        }
        m_demoBytes = readAll(input("demo.csv"));
        QVERIFY(m_demoBytes.startsWith("customer_id,"));
        QCOMPARE(::link(QFile::encodeName(input("demo.csv")).constData(),
                        QFile::encodeName(input("hard.csv")).constData()),
                 0);
        QVERIFY(QFile::link(QStringLiteral("demo.csv"), input("soft.csv")));
        QVERIFY(writeText(input("spec.json"), "{}"));

        const QString reference = m_dir.filePath(QStringLiteral("reference.csv"));
        const Run r = segscope(cluster(input("demo.csv"), {QStringLiteral("--out"), reference}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m_reference = readAll(reference);
        QVERIFY(m_reference.startsWith("id,segment,distance\n"));
    }

    void init()
    {
        m_work = std::make_unique<QTemporaryDir>();
        QVERIFY(m_work->isValid());
    }

    void outputNamingAnInputIsRefused_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("inputRole");
        QTest::addColumn<QString>("inputPath");
        const QString demo = input("demo.csv");
        const auto row = [&](const char *tag, const char *option, const QString &output, const char *role,
                             const QString &in) {
            QTest::newRow(tag) << QString::fromLatin1(option) << output << QString::fromLatin1(role) << in;
        };
        row("--out is the input", "--out", demo, "the input", demo);
        row("--json is the input", "--json", demo, "the input", demo);
        row("--out is a hard link to it", "--out", input("hard.csv"), "the input", demo);
        row("--json is a hard link to it", "--json", input("hard.csv"), "the input", demo);
        row("--out is a symbolic link to it", "--out", input("soft.csv"), "the input", demo);
        row("--out spelled otherwise", "--out", m_inputs.path() + QStringLiteral("/../inputs/./demo.csv"),
            "the input", demo);
        row("--out is the feature spec", "--out", input("spec.json"), "--features", input("spec.json"));
    }

    void outputNamingAnInputIsRefused()
    {
        QFETCH(QString, option);
        QFETCH(QString, output);
        QFETCH(QString, inputRole);
        QFETCH(QString, inputPath);
        const QStringList before = entries(m_inputs.path());
        const QByteArray spec = readAll(input("spec.json"));
        QStringList extra {option, output};
        if (inputRole == QLatin1String("--features"))
            extra << QStringLiteral("--features") << inputPath;
        const Run r = segscope(cluster(input("demo.csv"), extra));
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err,
                 QStringLiteral("segscope: %1 %2 is the same file as %3 %4; refusing to overwrite an input\n"
                                "Run 'segscope help' for usage.\n")
                     .arg(option, output, inputRole, inputPath));
        QCOMPARE(readAll(input("demo.csv")), m_demoBytes);
        QCOMPARE(readAll(input("spec.json")), spec);
        QCOMPARE(entries(m_inputs.path()), before);
        QVERIFY(S_ISLNK(modeOf(input("soft.csv"))));
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(input("demo.csv")).constData(), &st), 0);
        QCOMPARE(st.st_nlink, nlink_t(2)); // demo.csv and hard.csv are still one file
    }

    void sqliteInputIsNeverOverwritten()
    {
        const QString db = work("customers.sqlite");
        sqlite3 *handle = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(db).constData(), &handle), SQLITE_OK);
        QCOMPARE(
            sqlite3_exec(handle,
                         "CREATE TABLE c(id TEXT, spend REAL, visits INTEGER);"
                         "INSERT INTO c VALUES ('a', 1.0, 1), ('b', 1.2, 2), ('c', 0.9, 1), ('d', 10.0, 20);",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
        sqlite3_close(handle);
        const QByteArray bytes = readAll(db);
        QVERIFY(bytes.startsWith("SQLite format 3"));
        for (const char *option : {"--out", "--json"}) {
            const Run r = segscope({QStringLiteral("cluster"), db, QStringLiteral("--k"), QStringLiteral("2"),
                                    QLatin1String(option), db});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.startsWith(QStringLiteral("segscope: %1 %2 is the same file as the input %2;")
                                          .arg(QLatin1String(option), db)),
                     qPrintable(r.err));
            QCOMPARE(readAll(db), bytes);
        }
        QCOMPARE(entries(m_work->path()), QStringList {QStringLiteral("customers.sqlite")});
    }

    void bothOutputsOneFileIsRefused()
    {
        // A new file named twice, and an existing one through a link.
        Run r = segscope(
            cluster(input("demo.csv"),
                    {QStringLiteral("--out"), work("x.csv"), QStringLiteral("--json"), work("x.csv")}));
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(
            r.err,
            QStringLiteral("segscope: --json %1 is the same file as --out %1; each output needs a file of "
                           "its own\nRun 'segscope help' for usage.\n")
                .arg(work("x.csv")));
        QVERIFY(entries(m_work->path()).isEmpty());

        QVERIFY(writeText(work("a.csv"), "old a\n"));
        QVERIFY(QFile::link(QStringLiteral("a.csv"), work("link.json")));
        r = segscope(
            cluster(input("demo.csv"),
                    {QStringLiteral("--out"), work("a.csv"), QStringLiteral("--json"), work("link.json")}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--json %1 is the same file as --out %2")
                                    .arg(work("link.json"), work("a.csv"))),
                 qPrintable(r.err));
        QCOMPARE(readAll(work("a.csv")), QByteArray("old a\n"));
        QCOMPARE(entries(m_work->path()),
                 (QStringList {QStringLiteral("a.csv"), QStringLiteral("link.json")}));
    }

    void devicesAreWrittenInPlace()
    {
        // Both outputs may share a device: nothing on it can be overwritten.
        Run r = segscope(cluster(input("demo.csv"),
                                 {QStringLiteral("--out"), QStringLiteral("/dev/null"),
                                  QStringLiteral("--json"), QStringLiteral("/dev/null")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(S_ISCHR(modeOf(QStringLiteral("/dev/null"))));
        // /dev/stdout is the pipe QProcess reads: the assignments arrive there, byte for byte.
        r = segscope(cluster(input("demo.csv"), {QStringLiteral("--out"), QStringLiteral("/dev/stdout")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, m_reference);
    }

    void fullDeviceFailsAndNothingIsReplaced()
    {
        // The case: --json on a full device after --out was written. Exit 4 naming the
        // device and the reason; ASSIGN.csv keeps its old bytes; /dev/full stays a device.
        QVERIFY(writeText(work("ASSIGN.csv"), "old assignments\n"));
        Run r = segscope(cluster(input("demo.csv"),
                                 {QStringLiteral("--out"), work("ASSIGN.csv"), QStringLiteral("--json"),
                                  QStringLiteral("/dev/full")}));
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(r.err,
                 QStringLiteral("segscope: error: /dev/full: cannot write: No space left on device\n"));
        QCOMPARE(readAll(work("ASSIGN.csv")), QByteArray("old assignments\n"));
        QCOMPARE(entries(m_work->path()), QStringList {QStringLiteral("ASSIGN.csv")});
        QVERIFY(S_ISCHR(modeOf(QStringLiteral("/dev/full"))));

        r = segscope(cluster(input("demo.csv"), {QStringLiteral("--out"), QStringLiteral("/dev/full")}));
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(r.err,
                 QStringLiteral("segscope: error: /dev/full: cannot write: No space left on device\n"));
    }

    void outputsAreReplacedTogetherOrNotAtAll()
    {
        QVERIFY(writeText(work("ASSIGN.csv"), "old assignments\n"));
        QVERIFY(writeText(work("summary.json"), "old summary\n"));
        // --json cannot be made (no such folder): --out is not replaced either.
        Run r = segscope(cluster(input("demo.csv"),
                                 {QStringLiteral("--out"), work("ASSIGN.csv"), QStringLiteral("--json"),
                                  work("missing/summary.json")}));
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.startsWith(QStringLiteral("segscope: error: %1: ").arg(work("missing/summary.json"))),
                 qPrintable(r.err));
        QCOMPARE(readAll(work("ASSIGN.csv")), QByteArray("old assignments\n"));
        QCOMPARE(entries(m_work->path()),
                 (QStringList {QStringLiteral("ASSIGN.csv"), QStringLiteral("summary.json")}));

        // Both writable: both replaced.
        r = segscope(cluster(
            input("demo.csv"),
            {QStringLiteral("--out"), work("ASSIGN.csv"), QStringLiteral("--json"), work("summary.json")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(readAll(work("ASSIGN.csv")), m_reference);
        QVERIFY(readAll(work("summary.json")).startsWith("{\n"));
        QCOMPARE(entries(m_work->path()),
                 (QStringList {QStringLiteral("ASSIGN.csv"), QStringLiteral("summary.json")}));
    }

    void readOnlyTargetIsKept()
    {
        QVERIFY(writeText(work("ASSIGN.csv"), "old assignments\n"));
        QVERIFY(writeText(work("summary.json"), "locked summary\n"));
        QCOMPARE(::chmod(QFile::encodeName(work("summary.json")).constData(), 0444), 0);
        const Run r = segscope(cluster(
            input("demo.csv"),
            {QStringLiteral("--out"), work("ASSIGN.csv"), QStringLiteral("--json"), work("summary.json")}));
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(
            r.err,
            QStringLiteral("segscope: error: %1: permission denied: the file is read-only (its owner has no "
                           "write permission), so it is not replaced\n")
                .arg(work("summary.json")));
        QCOMPARE(readAll(work("summary.json")), QByteArray("locked summary\n"));
        QCOMPARE(modeOf(work("summary.json")) & 07777, mode_t(0444));
        QCOMPARE(readAll(work("ASSIGN.csv")), QByteArray("old assignments\n"));
        QCOMPARE(entries(m_work->path()),
                 (QStringList {QStringLiteral("ASSIGN.csv"), QStringLiteral("summary.json")}));
    }

    void nonRegularTargetsAreRefused()
    {
        QVERIFY(QDir(m_work->path()).mkdir(QStringLiteral("folder")));
        Run r = segscope(cluster(input("demo.csv"), {QStringLiteral("--out"), work("folder")}));
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(r.err, QStringLiteral("segscope: error: %1: is a folder, not a file: name a file to write in it\n").arg(work("folder")));

        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        const QByteArray socketPath = QFile::encodeName(work("socket"));
        QVERIFY(std::size_t(socketPath.size()) < sizeof address.sun_path);
        std::copy(socketPath.begin(), socketPath.end(), address.sun_path);
        QCOMPARE(::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address), 0);
        r = segscope(cluster(input("demo.csv"), {QStringLiteral("--json"), work("socket")}));
        ::close(fd);
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(
            r.err,
            QStringLiteral("segscope: error: %1: is neither a regular file nor a character device or FIFO; "
                           "refusing to write to it\n")
                .arg(work("socket")));
        QVERIFY(S_ISSOCK(modeOf(work("socket"))));
        QCOMPARE(entries(m_work->path()), (QStringList {QStringLiteral("folder"), QStringLiteral("socket")}));
    }

    void linksAreWrittenThrough()
    {
        QVERIFY(writeText(work("real.csv"), "old\n"));
        QVERIFY(QFile::link(QStringLiteral("real.csv"), work("link.csv")));
        QVERIFY(QFile::link(QStringLiteral("made.json"), work("dangling.json")));
        const Run r = segscope(cluster(
            input("demo.csv"),
            {QStringLiteral("--out"), work("link.csv"), QStringLiteral("--json"), work("dangling.json")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(readAll(work("real.csv")), m_reference);
        QVERIFY(S_ISLNK(modeOf(work("link.csv"))));
        QVERIFY(S_ISLNK(modeOf(work("dangling.json"))));
        QVERIFY(S_ISREG(modeOf(work("made.json"))));
        QVERIFY(readAll(work("made.json")).startsWith("{\n"));
        QCOMPARE(entries(m_work->path()),
                 (QStringList {QStringLiteral("dangling.json"), QStringLiteral("link.csv"),
                               QStringLiteral("made.json"), QStringLiteral("real.csv")}));
    }

    void sigtermLeavesTargetsAndNoTemporaries()
    {
        QVERIFY(writeText(work("ASSIGN.csv"), "old assignments\n"));
        QVERIFY(writeText(work("summary.json"), "old summary\n"));
        bool handlers = false;
        const int status = interruptedRun(SIGTERM, &handlers);
        QVERIFY2(status >= 0, "segscope did not start, or ended before its outputs were open");
        QVERIFY(handlers); // installed by main(): named temporaries go on SIGTERM and SIGINT
        QVERIFY(WIFSIGNALED(status));
        QCOMPARE(WTERMSIG(status), SIGTERM); // ended by the signal, as without a handler
        QCOMPARE(leftovers(m_work->path()), QStringList());
        QCOMPARE(entries(m_work->path()),
                 (QStringList {QStringLiteral("ASSIGN.csv"), QStringLiteral("summary.json")}));
        QCOMPARE(readAll(work("ASSIGN.csv")), QByteArray("old assignments\n"));
        QCOMPARE(readAll(work("summary.json")), QByteArray("old summary\n"));
    }

    void sigkillLeavesTargetsAndNoTemporaries()
    {
        QVERIFY(writeText(work("ASSIGN.csv"), "old assignments\n"));
        QVERIFY(writeText(work("summary.json"), "old summary\n"));
        bool handlers = false;
        const int status = interruptedRun(SIGKILL, &handlers);
        QVERIFY2(status >= 0, "segscope did not start, or ended before its outputs were open");
        QVERIFY(WIFSIGNALED(status));
        QCOMPARE(WTERMSIG(status), SIGKILL);
        QCOMPARE(readAll(work("ASSIGN.csv")), QByteArray("old assignments\n"));
        QCOMPARE(readAll(work("summary.json")), QByteArray("old summary\n"));
        // Unnamed temporaries vanish with the process. A file system without them keeps the two
        // named ones, which no handler can remove on SIGKILL (docs/cli.md, "Outputs").
        QCOMPARE(leftovers(m_work->path()).size(), hasUnnamedFiles(m_work->path()) ? 0 : 2);
    }
};

QTEST_GUILESS_MAIN(TestCliOutputs)
#include "test_cli_outputs.moc"
