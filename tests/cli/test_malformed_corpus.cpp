// The malformed-input corpus (tests/cli/malformed/*.case, format in its README.md): each case
// is one QTest row. It builds the case's files in a fresh folder, runs segscope there and checks
// the exit code, that standard error holds every word of the case, that every file the case made
// is still there byte for byte (with its mode, and a link still a link), that nothing appeared
// beside them but the outputs the case expects (no temporary or half-written file), and that the
// run ended within the case's bound (20 s unless stated; a failure bound, not a timing check).

#include "tests/support/malformed_case.h"
#include "tests/support/segscope_process.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <map>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

#ifndef SEG_RUN_BOUND_SCALE
#define SEG_RUN_BOUND_SCALE 1
#endif
// Sanitizer builds are slower; the "it ended" bound is multiplied by this (tests/CMakeLists.txt).
constexpr int kRunBoundScale = SEG_RUN_BOUND_SCALE;

constexpr int kMinimumCases = 80;

QString corpusDir()
{
    return QStringLiteral(SEG_MALFORMED_DIR);
}

QByteArray nativePath(const QString &path)
{
    return QFile::encodeName(path);
}

/// What a folder entry was before the run: its type, mode, link target and content digest.
struct Entry
{
    mode_t mode = 0;
    QString linkTarget;
    QByteArray digest;
    bool operator==(const Entry &) const = default;
};

std::map<QString, Entry> snapshot(const QString &dir)
{
    std::map<QString, Entry> entries;
    const QStringList names
        = QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        const QString path = dir + u'/' + name;
        struct stat st
        {
        };
        if (::lstat(nativePath(path).constData(), &st) != 0)
            continue;
        Entry e;
        e.mode = st.st_mode;
        if (S_ISLNK(st.st_mode)) {
            e.linkTarget = QFile::symLinkTarget(path);
        } else if (S_ISREG(st.st_mode)) {
            QFile f(path);
            QCryptographicHash hash(QCryptographicHash::Sha256);
            // A read-only file is still readable by its owner; 0000 is not used by the corpus.
            if (f.open(QIODevice::ReadOnly))
                hash.addData(&f);
            e.digest = hash.result();
        }
        entries[name] = e;
    }
    return entries;
}

bool makeDatabase(const QString &path, const QByteArray &sql, QString *error)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(nativePath(path).constData(), &db) != SQLITE_OK) {
        *error = QStringLiteral("cannot create the database");
        sqlite3_close(db);
        return false;
    }
    char *message = nullptr;
    const bool ok = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK;
    if (!ok)
        *error = QStringLiteral("SQL: %1").arg(QString::fromUtf8(message));
    sqlite3_free(message);
    sqlite3_close(db);
    return ok;
}

/// Writes `bytes` into the FIFO `path` once a reader opens it; gives up at `stop` or after 30 s.
void feedFifo(const QByteArray path, const QByteArray bytes, const std::atomic<bool> *stop)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    int fd = -1;
    while (fd < 0 && !*stop && std::chrono::steady_clock::now() < deadline) {
        fd = ::open(path.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(5)); // ENXIO: no reader yet
    }
    if (fd < 0)
        return;
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, static_cast<std::size_t>(bytes.size() - done));
        if (n <= 0)
            break; // the reader gave up (EPIPE)
        done += n;
    }
    ::close(fd);
}

} // namespace

class TestMalformedCorpus : public QObject
{
    Q_OBJECT

private:
    static QStringList caseFiles()
    {
        return QDir(corpusDir()).entryList({QStringLiteral("*.case")}, QDir::Files, QDir::Name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // SIGPIPE would end the test when segscope closes a pipe the test still writes to.
        ::signal(SIGPIPE, SIG_IGN);
    }

    /// The corpus is complete and well-formed: at least kMinimumCases cases, each readable, and
    /// no file that is neither a case nor the README (a mistyped extension would drop a case).
    void corpusIsComplete()
    {
        const QStringList cases = caseFiles();
        QVERIFY2(cases.size() >= kMinimumCases,
                 qPrintable(QStringLiteral("%1 cases, at least %2 needed").arg(cases.size()).arg(kMinimumCases)));
        const QStringList all = QDir(corpusDir()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        for (const QString &name : all)
            QVERIFY2(name == QLatin1String("README.md") || name.endsWith(QLatin1String(".case")),
                     qPrintable(QStringLiteral("stray file in the corpus: ") + name));
        for (const QString &name : cases) {
            QString error;
            QVERIFY2(malformed::parseCase(corpusDir() + u'/' + name, &error), qPrintable(error));
        }
    }

    void runCase_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &name : caseFiles())
            QTest::newRow(qPrintable(name.chopped(5))) << corpusDir() + u'/' + name;
    }

    void runCase()
    {
        QFETCH(QString, file);
        QString error;
        const std::optional<MalformedCase> parsed = malformed::parseCase(file, &error);
        QVERIFY2(parsed, qPrintable(error));
        const MalformedCase &c = *parsed;

        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QString dir = work.path();
        const auto at = [&](const QString &name) { return dir + u'/' + name; };

        // The case's files, then its setup steps in order.
        for (const MalformedFile &f : c.files) {
            if (f.sqlite) {
                QVERIFY2(makeDatabase(at(f.name), f.bytes, &error), qPrintable(f.name + QStringLiteral(": ") + error));
            } else {
                QFile out(at(f.name));
                QVERIFY(out.open(QIODevice::WriteOnly));
                QCOMPARE(out.write(f.bytes), f.bytes.size());
            }
        }
        std::atomic<bool> stopFeeding {false};
        std::vector<std::thread> feeders;
        const auto joinFeeders = qScopeGuard([&] {
            stopFeeding = true;
            for (std::thread &t : feeders)
                t.join();
        });
        for (const MalformedSetup &s : c.setups) {
            const QByteArray a = nativePath(at(s.args[0]));
            if (s.kind == QLatin1String("hardlink")) {
                QVERIFY2(::link(nativePath(at(s.args[1])).constData(), a.constData()) == 0, "link failed");
            } else if (s.kind == QLatin1String("symlink")) {
                QVERIFY2(::symlink(nativePath(s.args[1]).constData(), a.constData()) == 0, "symlink failed");
            } else if (s.kind == QLatin1String("fifo")) {
                QVERIFY2(::mkfifo(a.constData(), 0600) == 0, "mkfifo failed");
            } else if (s.kind == QLatin1String("feed")) {
                QVERIFY2(::mkfifo(a.constData(), 0600) == 0, "mkfifo failed");
                QFile source(at(s.args[1]));
                QVERIFY(source.open(QIODevice::ReadOnly));
                feeders.emplace_back(feedFifo, a, source.readAll(), &stopFeeding);
            } else if (s.kind == QLatin1String("mode")) {
                bool ok = false;
                const uint mode = s.args[0].toUInt(&ok, 8);
                QVERIFY2(ok, "mode needs an octal number");
                QVERIFY2(::chmod(nativePath(at(s.args[1])).constData(), mode) == 0, "chmod failed");
            } else if (s.kind == QLatin1String("mkdir")) {
                QVERIFY2(QDir().mkdir(at(s.args[0])), "mkdir failed");
            } else if (s.kind == QLatin1String("truncate")) {
                const auto size = malformed::parseCount(s.args[1]);
                QVERIFY2(size, "truncate needs a size");
                QVERIFY2(::truncate(a.constData(), *size) == 0, "truncate failed");
            }
        }
        const std::map<QString, Entry> before = snapshot(dir);

        QStringList args;
        for (const QString &a : c.args)
            args << malformed::substitute(a, dir);
        QByteArray input;
        if (!c.stdinFile.isEmpty()) {
            QFile in(at(c.stdinFile));
            QVERIFY2(in.open(QIODevice::ReadOnly), "stdin: no such case file");
            input = in.readAll();
        }
        QProcess process;
        // A stream is spooled to $TMPDIR: pointing it here checks that nothing is left of it.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TMPDIR"), dir);
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(dir);
        process.start(QStringLiteral(SEG_CLI_PATH), args);
        QVERIFY(process.waitForStarted());
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        const SegscopeRun run = finishSegscope(process, c.timeoutSeconds * 1000 * kRunBoundScale);
        stopFeeding = true;

        const QString context = QStringLiteral("\n  case: ") + c.about + QStringLiteral("\n  args: ")
                                + args.join(u' ') + QStringLiteral("\n  stderr: ") + run.err;
        QVERIFY2(run.exitCode != -2,
                 qPrintable(QStringLiteral("did not end within %1 s").arg(c.timeoutSeconds * kRunBoundScale)
                            + context));
        QVERIFY2(run.exitCode == c.exitCode,
                 qPrintable(QStringLiteral("exit code %1, expected %2").arg(run.exitCode).arg(c.exitCode) + context));
        for (const QString &word : c.words) {
            const QString expected = malformed::substitute(word, dir);
            QVERIFY2(run.err.contains(expected), qPrintable(QStringLiteral("missing words: ") + expected + context));
        }

        // No data loss: every entry the case made is there as it was, unless the case says it
        // changes; nothing new but the expected outputs.
        const std::map<QString, Entry> after = snapshot(dir);
        for (const auto &[name, entry] : before) {
            if (c.changes.contains(name))
                continue;
            const auto it = after.find(name);
            QVERIFY2(it != after.end(), qPrintable(name + QStringLiteral(" was removed") + context));
            QVERIFY2(it->second == entry, qPrintable(name + QStringLiteral(" was changed") + context));
        }
        for (const auto &[name, entry] : after)
            QVERIFY2(before.count(name) || c.creates.contains(name)
                         || std::any_of(c.lines.begin(), c.lines.end(), [&](const auto &l) { return l.first == name; }),
                     qPrintable(QStringLiteral("unexpected file left behind: ") + name + context));
        for (const QString &name : c.absent) {
            struct stat st
            {
            };
            QVERIFY2(::lstat(nativePath(at(name)).constData(), &st) != 0,
                     qPrintable(name + QStringLiteral(" exists, but must not") + context));
        }
        for (const QString &name : c.creates)
            QVERIFY2(after.count(name), qPrintable(name + QStringLiteral(" was not written") + context));
        for (const auto &[name, count] : c.lines) {
            QFile out(at(name));
            QVERIFY2(out.open(QIODevice::ReadOnly), qPrintable(name + QStringLiteral(" was not written") + context));
            QCOMPARE(out.readAll().count('\n'), count);
        }
    }
};

QTEST_GUILESS_MAIN(TestMalformedCorpus)
#include "test_malformed_corpus.moc"
