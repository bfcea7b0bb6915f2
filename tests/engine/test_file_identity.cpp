// Tests of engine/io/file_identity.h: where a write lands (links followed, devices and /proc in
// place) and when two paths are one file (hard links, symbolic links, spellings, files that do
// not exist yet).

#include "engine/core/error.h"
#include "engine/io/file_identity.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <string>

#include <sys/stat.h>
#include <unistd.h>

using namespace seg;

namespace {

void writeText(const std::string &path, const std::string &text)
{
    std::ofstream(path, std::ios::binary) << text;
}

} // namespace

class TestFileIdentity : public QObject
{
    Q_OBJECT

private:
    std::string path(const char *name) const { return m_dir.filePath(QLatin1String(name)).toStdString(); }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        writeText(path("data.csv"), "a,b\n1,2\n");
        writeText(path("other.csv"), "a,b\n1,2\n"); // same bytes, another file
        QCOMPARE(::link(path("data.csv").c_str(), path("hard.csv").c_str()), 0);
        QCOMPARE(::symlink("data.csv", path("soft.csv").c_str()), 0);
        QCOMPARE(::symlink("soft.csv", path("softer.csv").c_str()), 0);
        QCOMPARE(::symlink("new.csv", path("dangling.csv").c_str()), 0);
        QCOMPARE(::mkdir(path("real").c_str(), 0755), 0);
        QCOMPARE(::symlink("real", path("alias").c_str()), 0);
        QCOMPARE(::symlink("loop-b", path("loop-a").c_str()), 0);
        QCOMPARE(::symlink("loop-a", path("loop-b").c_str()), 0);
    }

    void sameFile_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        const auto row = [](const char *tag, const char *a, const char *b, bool same) {
            QTest::newRow(tag) << QString::fromLatin1(a) << QString::fromLatin1(b) << same;
        };
        row("one path", "data.csv", "data.csv", true);
        row("hard link", "data.csv", "hard.csv", true);
        row("symbolic link", "soft.csv", "data.csv", true);
        row("link to a link", "softer.csv", "hard.csv", true);
        row("another spelling", "real/../data.csv", "./data.csv", true);
        row("equal bytes, other file", "data.csv", "other.csv", false);
        row("existing and new", "data.csv", "new.csv", false);
        row("one new file, two spellings", "new.csv", "real/../new.csv", true);
        row("dangling link and its target", "dangling.csv", "new.csv", true);
        row("new file through a linked folder", "alias/x.csv", "real/x.csv", true);
        row("two new files", "new.csv", "newer.csv", false);
        row("link loop and a file", "loop-a", "data.csv", false);
    }

    void sameFile()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        const std::string pa = m_dir.filePath(a).toStdString();
        const std::string pb = m_dir.filePath(b).toStdString();
        QCOMPARE(isSameFile(pa, pb), same);
        QCOMPARE(isSameFile(pb, pa), same);
    }

    void sameFileRelativeToAbsolute()
    {
        // A relative and an absolute spelling of one new file.
        const QByteArray cwd = QDir::currentPath().toLocal8Bit();
        QVERIFY(QDir::setCurrent(m_dir.path()));
        const bool same = isSameFile("not-yet.csv", path("not-yet.csv"));
        QVERIFY(QDir::setCurrent(QString::fromLocal8Bit(cwd)));
        QVERIFY(same);
    }

    void regularFileIsReplaced()
    {
        const WriteTarget t = resolveWriteTarget(path("data.csv"));
        QCOMPARE(t.path, path("data.csv"));
        QVERIFY(t.exists);
        QVERIFY(!t.inPlace);
        QVERIFY(S_ISREG(t.mode));
    }

    void linksAreFollowed()
    {
        // softer.csv -> soft.csv -> data.csv, all relative to the folder.
        const WriteTarget t = resolveWriteTarget(path("softer.csv"));
        QCOMPARE(t.path, m_dir.path().toStdString() + "/data.csv");
        QVERIFY(t.exists);
        QVERIFY(!t.inPlace);
        const WriteTarget d = resolveWriteTarget(path("dangling.csv"));
        QCOMPARE(d.path, m_dir.path().toStdString() + "/new.csv");
        QVERIFY(!d.exists);
        QVERIFY(!d.inPlace);
    }

    void missingFolderIsNotAnError()
    {
        const WriteTarget t = resolveWriteTarget(path("no-such-dir/x.csv"));
        QVERIFY(!t.exists);
        const WriteTarget u = resolveWriteTarget(path("data.csv") + "/x.csv"); // a file as folder
        QVERIFY(!u.exists);
    }

    void devicesAndProcAreInPlace()
    {
        const WriteTarget null = resolveWriteTarget("/dev/null");
        QVERIFY(null.inPlace);
        QVERIFY(S_ISCHR(null.mode));
        QCOMPARE(null.path, std::string("/dev/null"));

        // /proc/self/fd/N of a pipe reads "pipe:[...]": the path itself is what to open.
        int fds[2];
        QCOMPARE(::pipe(fds), 0);
        const std::string viaProc = "/proc/self/fd/" + std::to_string(fds[1]);
        const WriteTarget p = resolveWriteTarget(viaProc);
        ::close(fds[0]);
        ::close(fds[1]);
        QVERIFY(p.inPlace);
        QVERIFY(S_ISFIFO(p.mode));
        QCOMPARE(p.path, viaProc);
    }

    void linkLoopIsAnError()
    {
        bool thrown = false;
        try {
            resolveWriteTarget(path("loop-a"));
        } catch (const Error &e) {
            thrown = e.kind() == ErrorKind::Io && e.where().file == path("loop-a")
                && std::string(e.what()).find("symbolic links") != std::string::npos;
        }
        QVERIFY(thrown);
    }
};

QTEST_APPLESS_MAIN(TestFileIdentity)
#include "test_file_identity.moc"
