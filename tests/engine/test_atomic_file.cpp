// Tests of engine/io/atomic_file.h: a target is replaced whole or not at all; nothing is left
// behind (abandon, failure, signal); read-only files are refused whoever runs the test (root
// too); links are followed and stay links; devices and FIFOs are written in place, others
// refused; commitTogether replaces all files or none.

#include "engine/core/error.h"
#include "engine/io/atomic_file.h"
#include "tests/support/engine_fixtures.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include <dirent.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace seg;
using namespace seg::test;

namespace {

void writeText(const std::string &path, const std::string &text)
{
    std::ofstream(path, std::ios::binary) << text;
}

/// The names in `dir`, sorted, without "." and "..".
std::vector<std::string> entries(const std::string &dir)
{
    std::vector<std::string> names;
    if (DIR *d = ::opendir(dir.c_str())) {
        while (const dirent *e = ::readdir(d)) {
            const std::string name = e->d_name;
            if (name != "." && name != "..")
                names.push_back(name);
        }
        ::closedir(d);
    }
    std::sort(names.begin(), names.end());
    return names;
}

std::vector<std::string> names(std::initializer_list<const char *> list)
{
    std::vector<std::string> result(list.begin(), list.end());
    std::sort(result.begin(), result.end());
    return result;
}

/// Whether `dir`'s file system makes unnamed files (O_TMPFILE); AtomicFile falls back to named
/// temporaries where it does not, and some expectations differ.
bool hasUnnamedFiles(const std::string &dir)
{
    const int fd = ::open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

mode_t modeOf(const std::string &path)
{
    struct stat st
    {
    };
    return ::lstat(path.c_str(), &st) == 0 ? st.st_mode : 0;
}

/// Runs `child` in a forked process (which must end by itself or by a signal) and returns its
/// wait status. The child starts with the default action for the terminating signals, as a
/// program does (Qt Test catches them to print a stack trace).
int inChild(const std::function<void()> &child)
{
    const pid_t pid = ::fork();
    if (pid == 0) {
        for (const int signal : {SIGHUP, SIGINT, SIGPIPE, SIGTERM, SIGXFSZ})
            ::signal(signal, SIG_DFL);
        child();
        ::_exit(0);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    return status;
}

} // namespace

class TestAtomicFile : public QObject
{
    Q_OBJECT

private:
    std::string path(const char *name) const { return m_dir->filePath(QLatin1String(name)).toStdString(); }
    std::string dir() const { return m_dir->path().toStdString(); }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void commitReplacesAbandonLeavesNothing()
    {
        const std::string out = path("out.txt");
        writeFileAtomically(out, "first");
        QCOMPARE(readAll(out), std::string("first"));
        QCOMPARE(entries(dir()), names({"out.txt"}));
        {
            AtomicFile file(out);
            file.write("second, never committed");
            // An unnamed temporary has no entry; a named one sits beside the target.
            QCOMPARE(entries(dir()).size(), hasUnnamedFiles(dir()) ? std::size_t(1) : std::size_t(2));
        }
        QCOMPARE(readAll(out), std::string("first"));
        QCOMPARE(entries(dir()), names({"out.txt"}));
        {
            AtomicFile file(out);
            QVERIFY(!file.writesInPlace());
            QCOMPARE(file.targetPath(), out);
            file.write("third ");
            file.write("in parts");
            QCOMPARE(readAll(out), std::string("first")); // unchanged until commit
            file.commit();
            const Error late = expectError([&] { file.write("late"); });
            QVERIFY(late.kind() == ErrorKind::Io);
            QCOMPARE(late.detail(), std::string("the file was already committed"));
            QCOMPARE(expectError([&] { file.commit(); }).detail(),
                     std::string("the file was already committed"));
        }
        QCOMPARE(readAll(out), std::string("third in parts"));
        QCOMPARE(entries(dir()), names({"out.txt"}));
    }

    void namedTemporaryIsBesideTheTarget()
    {
        const std::string out = path("out.csv");
        {
            AtomicFile file(out, AtomicFile::Temporary::Named);
            file.write("x");
            const std::vector<std::string> during = entries(dir());
            QCOMPARE(during.size(), std::size_t(1));
            QVERIFY(during.front().rfind("out.csv.tmp-", 0) == 0);
            QCOMPARE(during.front().size(), std::string("out.csv.tmp-").size() + 6);
        }
        QVERIFY(entries(dir()).empty());
        // A name near NAME_MAX still gets a temporary: its stem is shortened.
        const std::string longName(250, 'n');
        const std::string longPath = dir() + "/" + longName;
        {
            AtomicFile file(longPath, AtomicFile::Temporary::Named);
            file.write("long");
            file.commit();
        }
        QCOMPARE(readAll(longPath), std::string("long"));
        QCOMPARE(entries(dir()), std::vector<std::string> {longName});
    }

    void missingFolderIsAnIoErrorNamingThePath()
    {
        const std::string out = path("no-such-dir/x.csv");
        const Error e = expectError([&] { writeFileAtomically(out, "x"); });
        QVERIFY(e.kind() == ErrorKind::Io);
        QCOMPARE(e.where().file, out);
        QCOMPARE(e.detail(), "cannot write: the folder " + path("no-such-dir")
                                 + " does not exist: No such file or directory");
        // A file where the folder should be.
        writeFileAtomically(path("plain"), "x");
        const Error notFolder = expectError([&] { writeFileAtomically(path("plain/x.csv"), "x"); });
        QCOMPARE(notFolder.detail(), "cannot write: " + path("plain") + " is not a folder: Not a directory");
        QCOMPARE(entries(dir()), std::vector<std::string> {"plain"});
    }

    void readOnlyTargetIsRefusedEvenForRoot()
    {
        // Root may write any file; the refusal rests on the mode bits, so it holds for root too.
        const std::string out = path("locked.csv");
        writeText(out, "keep");
        QCOMPARE(::chmod(out.c_str(), 0444), 0);
        const Error e = expectError([&] { AtomicFile file(out); });
        QVERIFY(e.kind() == ErrorKind::Io);
        QCOMPARE(e.where().file, out);
        QCOMPARE(
            e.detail(),
            std::string("permission denied: the file is read-only (its owner has no write permission), so it "
                        "is not replaced"));
        QCOMPARE(readAll(out), std::string("keep"));
        QCOMPARE(modeOf(out) & 07777, mode_t(0444));
        // Through a link, the file at its end decides.
        QCOMPARE(::symlink("locked.csv", path("link.csv").c_str()), 0);
        const Error viaLink = expectError([&] { writeFileAtomically(path("link.csv"), "new"); });
        QCOMPARE(viaLink.where().file, path("link.csv"));
        QVERIFY2(contains(viaLink.detail(), "read-only"), viaLink.what());
        QCOMPARE(readAll(out), std::string("keep"));
        QCOMPARE(entries(dir()), names({"link.csv", "locked.csv"}));
    }

    void replacementKeepsPermissionsNewFileFollowsUmask()
    {
        const std::string kept = path("kept.csv");
        writeText(kept, "old");
        QCOMPARE(::chmod(kept.c_str(), 0640), 0);
        writeFileAtomically(kept, "new");
        QCOMPARE(readAll(kept), std::string("new"));
        QCOMPARE(modeOf(kept) & 07777, mode_t(0640));

        const mode_t previous = ::umask(027);
        writeFileAtomically(path("fresh.csv"), "fresh");
        ::umask(previous);
        QCOMPARE(modeOf(path("fresh.csv")) & 07777, mode_t(0640)); // 0666 & ~027
    }

    void linkIsFollowedAndStays()
    {
        writeText(path("real.csv"), "old");
        QCOMPARE(::symlink("real.csv", path("link.csv").c_str()), 0);
        QCOMPARE(::symlink("link.csv", path("link2.csv").c_str()), 0);
        QCOMPARE(::symlink("created.csv", path("dangling.csv").c_str()), 0);
        {
            AtomicFile file(path("link2.csv"));
            QCOMPARE(file.targetPath(), dir() + "/real.csv");
            file.write("new");
            file.commit();
        }
        QCOMPARE(readAll(path("real.csv")), std::string("new"));
        QVERIFY(S_ISLNK(modeOf(path("link.csv"))));
        QVERIFY(S_ISLNK(modeOf(path("link2.csv"))));
        QVERIFY(S_ISREG(modeOf(path("real.csv"))));
        writeFileAtomically(path("dangling.csv"), "made");
        QVERIFY(S_ISLNK(modeOf(path("dangling.csv"))));
        QCOMPARE(readAll(path("created.csv")), std::string("made"));
        QCOMPARE(entries(dir()), names({"created.csv", "dangling.csv", "link.csv", "link2.csv", "real.csv"}));
    }

    void characterDevicesAreWrittenInPlace()
    {
        {
            AtomicFile null("/dev/null");
            QVERIFY(null.writesInPlace());
            null.write("discarded");
            null.commit();
        }
        QVERIFY(S_ISCHR(modeOf("/dev/null")));

        AtomicFile full("/dev/full");
        QVERIFY(full.writesInPlace());
        const Error e = expectError([&] { full.write("no room"); });
        QVERIFY(e.kind() == ErrorKind::Io);
        QCOMPARE(e.where().file, std::string("/dev/full"));
        QCOMPARE(e.detail(), std::string("cannot write: No space left on device"));
        QCOMPARE(expectError([&] { full.commit(); }).detail(), std::string("the file could not be written"));
        QVERIFY(S_ISCHR(modeOf("/dev/full")));
    }

    void fifoIsWrittenInPlace()
    {
        const std::string fifo = path("pipe");
        QCOMPARE(::mkfifo(fifo.c_str(), 0600), 0);
        // A reader first, so that opening for writing does not wait.
        const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        QVERIFY(reader >= 0);
        {
            AtomicFile file(fifo);
            QVERIFY(file.writesInPlace());
            file.write("through ");
            file.write("the pipe");
            file.commit();
        }
        char buffer[64] = {};
        const ssize_t n = ::read(reader, buffer, sizeof buffer);
        ::close(reader);
        QCOMPARE(std::string(buffer, n > 0 ? std::size_t(n) : 0), std::string("through the pipe"));
        QVERIFY(S_ISFIFO(modeOf(fifo)));
        QCOMPARE(entries(dir()), names({"pipe"}));
    }

    void directorySocketAndBlockDeviceAreRefused()
    {
        QCOMPARE(::mkdir(path("folder").c_str(), 0755), 0);
        Error e = expectError([&] { AtomicFile file(path("folder")); });
        QVERIFY(e.kind() == ErrorKind::Io);
        QCOMPARE(e.where().file, path("folder"));
        QCOMPARE(e.detail(), std::string("is a folder, not a file: name a file to write in it"));

        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        const std::string socketPath = path("socket");
        QVERIFY(socketPath.size() < sizeof address.sun_path);
        std::copy(socketPath.begin(), socketPath.end(), address.sun_path);
        QCOMPARE(::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address), 0);
        e = expectError([&] { AtomicFile file(socketPath); });
        ::close(fd);
        QCOMPARE(e.where().file, socketPath);
        QCOMPARE(
            e.detail(),
            std::string("is neither a regular file nor a character device or FIFO; refusing to write to it"));
        QVERIFY(S_ISSOCK(modeOf(socketPath)));

        QCOMPARE(entries(dir()), names({"folder", "socket"}));

        // A block device node of our own (the loop device's numbers) where mknod is allowed, as
        // for root (CI), else one in /dev; the refusal comes before any open, so neither is
        // ever written.
        std::string block = path("block");
        if (::mknod(block.c_str(), S_IFBLK | 0600, makedev(7, 0)) != 0) {
            block.clear();
            for (const std::string &name : entries("/dev"))
                if (block.empty() && S_ISBLK(modeOf("/dev/" + name)))
                    block = "/dev/" + name;
        }
        if (block.empty())
            QSKIP("no block device here, and mknod is not allowed");
        e = expectError([&] { AtomicFile file(block); });
        QCOMPARE(e.where().file, block);
        QCOMPARE(
            e.detail(),
            std::string("is neither a regular file nor a character device or FIFO; refusing to write to it"));
        QVERIFY(S_ISBLK(modeOf(block)));
    }

    void commitTogetherReplacesEvery()
    {
        writeText(path("a.csv"), "old a");
        AtomicFile a(path("a.csv"));
        AtomicFile b(path("b.json"));
        a.write("new a");
        b.write("new b");
        commitTogether({&a, nullptr, &b});
        QCOMPARE(readAll(path("a.csv")), std::string("new a"));
        QCOMPARE(readAll(path("b.json")), std::string("new b"));
        QCOMPARE(entries(dir()), names({"a.csv", "b.json"}));
    }

    void commitTogetherPutsBackWhatItReplaced()
    {
        // c.csv is new, a.csv exists; the last rename fails because b.json has become a folder
        // that is not empty: c.csv must disappear again and a.csv get its old content back.
        writeText(path("a.csv"), "old a");
        AtomicFile c(path("c.csv"));
        AtomicFile a(path("a.csv"));
        AtomicFile b(path("b.json"));
        c.write("new c");
        a.write("new a");
        b.write("new b");
        QCOMPARE(::mkdir(path("b.json").c_str(), 0755), 0);
        writeText(path("b.json") + "/inside", "x");
        const Error e = expectError([&] { commitTogether({&c, &a, &b}); });
        QVERIFY(e.kind() == ErrorKind::Io);
        QCOMPARE(e.where().file, path("b.json"));
        QVERIFY2(contains(e.detail(), "cannot replace the file: "), e.what());
        QVERIFY2(contains(e.detail(), "; the files replaced before it were put back"), e.what());
        QCOMPARE(readAll(path("a.csv")), std::string("old a"));
        QCOMPARE(entries(dir()), names({"a.csv", "b.json"}));
        // Every file of a failed commit stays failed.
        for (AtomicFile *file : {&a, &b, &c})
            QCOMPARE(expectError([&] { file->commit(); }).detail(),
                     std::string("the file could not be written"));
    }

    void commitTogetherWithAFailedWriteChangesNothing()
    {
        writeText(path("a.csv"), "old a");
        AtomicFile a(path("a.csv"), AtomicFile::Temporary::Named);
        a.write("new a");
        AtomicFile full("/dev/full");
        QVERIFY(expectError([&] { full.write("x"); }).kind() == ErrorKind::Io);
        const Error e = expectError([&] { commitTogether({&a, &full}); });
        QCOMPARE(e.where().file, std::string("/dev/full"));
        QCOMPARE(e.detail(), std::string("the file could not be written"));
        QCOMPARE(readAll(path("a.csv")), std::string("old a"));
        QCOMPARE(entries(dir()), names({"a.csv"})); // a's temporary went with the failure
    }

    void commitTogetherRefusesOneTargetTwice()
    {
        writeText(path("a.csv"), "old a");
        QCOMPARE(::symlink("a.csv", path("alias.csv").c_str()), 0);
        {
            AtomicFile a(path("a.csv"), AtomicFile::Temporary::Named);
            AtomicFile alias(path("alias.csv"), AtomicFile::Temporary::Named);
            a.write("one");
            alias.write("two");
            const Error e = expectError([&] { commitTogether({&a, &alias}); });
            QCOMPARE(e.where().file, path("alias.csv"));
            QCOMPARE(e.detail(),
                     "is the same file as " + path("a.csv") + "; each output needs a file of its own");
            QCOMPARE(readAll(path("a.csv")), std::string("old a"));
            QCOMPARE(entries(dir()), names({"a.csv", "alias.csv"}));
        }
    }

    void terminatingSignalRemovesNamedTemporaries()
    {
        writeText(path("a.csv"), "old a");
        const auto child = [this](bool handlers) {
            return [this, handlers] {
                if (handlers)
                    removeTemporaryFilesOnSignals();
                AtomicFile a(path("a.csv"), AtomicFile::Temporary::Named);
                AtomicFile b(path("b.json"), AtomicFile::Temporary::Named);
                a.write("new a");
                b.write("new b");
                ::raise(SIGTERM);
                ::_exit(1); // not reached: SIGTERM ends the process
            };
        };
        // Without the handlers the two named temporaries stay behind: the case the handlers fix.
        int status = inChild(child(false));
        QVERIFY(WIFSIGNALED(status));
        QCOMPARE(WTERMSIG(status), SIGTERM);
        std::vector<std::string> left = entries(dir());
        QCOMPARE(left.size(), std::size_t(3));
        for (const std::string &name : left)
            if (name != "a.csv")
                QCOMPARE(::unlink((dir() + "/" + name).c_str()), 0);

        // With them the process still ends by SIGTERM (status 128 + 15 in a shell), and leaves
        // nothing but the untouched target.
        status = inChild(child(true));
        QVERIFY(WIFSIGNALED(status));
        QCOMPARE(WTERMSIG(status), SIGTERM);
        QCOMPARE(entries(dir()), names({"a.csv"}));
        QCOMPARE(readAll(path("a.csv")), std::string("old a"));

        // SIGINT likewise.
        status = inChild([this] {
            removeTemporaryFilesOnSignals();
            AtomicFile a(path("a.csv"), AtomicFile::Temporary::Named);
            a.write("new a");
            ::raise(SIGINT);
            ::_exit(1);
        });
        QVERIFY(WIFSIGNALED(status));
        QCOMPARE(WTERMSIG(status), SIGINT);
        QCOMPARE(entries(dir()), names({"a.csv"}));
    }

    void ignoredSignalStaysIgnored()
    {
        // `nohup` and shells ignore signals for their children; installing must not undo that.
        const int status = inChild([this] {
            ::signal(SIGHUP, SIG_IGN);
            removeTemporaryFilesOnSignals();
            AtomicFile a(path("a.csv"), AtomicFile::Temporary::Named);
            a.write("new a");
            ::raise(SIGHUP);
            struct sigaction current
            {
            };
            ::sigaction(SIGHUP, nullptr, &current);
            const bool ignored = current.sa_handler == SIG_IGN;
            a.commit();
            ::_exit(ignored ? 0 : 2);
        });
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
        QCOMPARE(readAll(path("a.csv")), std::string("new a"));
        QCOMPARE(entries(dir()), names({"a.csv"}));
    }

    void sigkillLeavesNothingWithUnnamedTemporaries()
    {
        writeText(path("a.csv"), "old a");
        const int status = inChild([this] {
            AtomicFile a(path("a.csv"));
            a.write("new a");
            ::raise(SIGKILL);
        });
        QVERIFY(WIFSIGNALED(status));
        QCOMPARE(WTERMSIG(status), SIGKILL);
        QCOMPARE(readAll(path("a.csv")), std::string("old a"));
        // No handler runs on SIGKILL: only an unnamed temporary vanishes by itself; a file system
        // without them keeps the named one (docs/cli.md says so).
        QCOMPARE(entries(dir()).size(), hasUnnamedFiles(dir()) ? std::size_t(1) : std::size_t(2));
    }
};

QTEST_APPLESS_MAIN(TestAtomicFile)
#include "test_atomic_file.moc"
