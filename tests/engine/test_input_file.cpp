// Tests of engine/data/input_file.h: regular files, folders, named pipes with and without a
// writer, anonymous pipes (what `|` and `<(...)` give), devices, the copy that lets a stream be
// read twice and its limit, and readTextFile(). Messages are compared word for word.

#include "engine/core/error.h"
#include "engine/data/input_file.h"
#include "engine/prep/feature_spec.h"

#include "tests/support/engine_fixtures.h"
#include "tests/support/pipe_fixtures.h"

#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>
#include <fstream>
#include <string>

#include <sys/stat.h>

using namespace seg;
using namespace seg::test;

namespace {

void writeText(const std::string &path, const std::string &text)
{
    std::ofstream(path, std::ios::binary) << text;
}

// Everything left in `input`, read in pieces of `chunk` bytes (so reads cross the copy's end).
std::string readRest(InputFile &input, std::size_t chunk = 1000)
{
    std::string out;
    std::string buf(chunk, '\0');
    for (;;) {
        const std::size_t got = input.read(buf.data(), buf.size());
        out.append(buf.data(), got);
        if (got < buf.size())
            return out;
    }
}

// Bytes whose every 1000-byte window differs, so a misplaced piece cannot compare equal.
std::string numberedLines(int count)
{
    std::string out;
    for (int i = 0; i < count; ++i)
        out += "line " + std::to_string(i) + "\n";
    return out;
}

} // namespace

class TestInputFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string path(const char *name) const { return m_dir.filePath(QString::fromUtf8(name)).toStdString(); }
    std::string makeFifo(const char *name) const
    {
        const std::string p = path(name);
        ::unlink(p.c_str());
        if (::mkfifo(p.c_str(), 0600) != 0)
            throw std::runtime_error("mkfifo failed");
        return p;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void formatsSizes()
    {
        QCOMPARE(formatByteCount(std::uint64_t {64} << 20), std::string("64 MiB"));
        QCOMPARE(formatByteCount(std::uint64_t {16} << 30), std::string("16 GiB"));
        QCOMPARE(formatByteCount(4096), std::string("4 KiB"));
        QCOMPARE(formatByteCount(1000), std::string("1000 bytes"));
        QCOMPARE(formatByteCount(1), std::string("1 byte"));
        QCOMPARE(formatByteCount((std::uint64_t {64} << 20) + 1), std::string("67108865 bytes"));
    }

    void regularFile()
    {
        const std::string file = path("plain.csv");
        const std::string text = numberedLines(500);
        writeText(file, text);
        InputFile input(file);
        QVERIFY(!input.isStream());
        QCOMPARE(input.name(), file);
        QCOMPARE(input.size(), std::uint64_t(text.size()));
        QCOMPARE(readRest(input), text);
        input.rewind();
        QCOMPARE(readRest(input, 333), text);
    }

    void openErrors()
    {
        Error e = requireError([&] { InputFile input(path("missing.csv")); }, ErrorKind::Io);
        QCOMPARE(e.where().file, path("missing.csv"));
        QCOMPARE(e.detail(), std::string("cannot open the file: No such file or directory"));
        e = requireError([&] { InputFile input(m_dir.path().toStdString()); }, ErrorKind::Io);
        QCOMPARE(e.detail(), std::string("cannot read the file: it is a folder"));
        InputOptions spec;
        spec.what = "feature spec file";
        e = requireError([&] { InputFile input(m_dir.path().toStdString(), spec); }, ErrorKind::Io);
        QCOMPARE(e.detail(), std::string("cannot read the feature spec file: it is a folder"));
    }

    void namedPipeWithoutWriter()
    {
        // open(2) alone would wait for ever; the wait is bounded and the message says why.
        const std::string fifo = makeFifo("nobody.fifo");
        InputOptions options;
        options.writerWaitMs = 200;
        const Error e = requireError([&] { InputFile input(fifo, options); }, ErrorKind::Io);
        QCOMPARE(e.kind(), ErrorKind::Io);
        QCOMPARE(e.where().file, fifo);
        QCOMPARE(e.detail(),
                 std::string("the file is a named pipe that no program opened for writing within "
                             "0.2 s; start the program that writes to it, or give a regular file"));
        options.what = "feature spec file";
        options.writerWaitMs = 1500;
        QCOMPARE(
            requireError([&] { InputFile input(fifo, options); }).detail(),
            std::string("the feature spec file is a named pipe that no program opened for writing within "
                        "1.5 s; start the program that writes to it, or give a regular file"));
    }

    void namedPipeWithLateWriter()
    {
        // The writer opens the pipe after the reader: it is waited for, and what it wrote can be
        // read twice.
        const std::string fifo = makeFifo("late.fifo");
        const std::string text = numberedLines(2000); // about 17 KB: fits in the pipe
        FifoWriter writer(fifo, text, 300);
        InputOptions options;
        options.writerWaitMs = 60000;
        InputFile input(fifo, options);
        QVERIFY(input.isStream());
        QCOMPARE(input.size(), std::uint64_t(0));
        QCOMPARE(readRest(input), text);
        input.rewind();
        QCOMPARE(readRest(input, 4096), text);
        input.rewind();
        std::string head(10, '\0');
        QCOMPARE(input.read(head.data(), head.size()), std::size_t(10));
        QCOMPARE(head, text.substr(0, 10));
    }

    void anonymousPipe()
    {
        // 1 MB, more than a pipe holds: read while written, then again from the copy. A rewind in
        // the middle continues from the copy into the stream.
        const std::string text = numberedLines(100000);
        PipeWriter writer(text);
        InputFile input(writer.path());
        QVERIFY(input.isStream());
        std::string first(250000, '\0');
        QCOMPARE(input.read(first.data(), first.size()), first.size());
        input.rewind();
        QCOMPARE(readRest(input, 70001), text);
        input.rewind();
        QCOMPARE(readRest(input), text);
    }

    void emptyAnonymousPipe()
    {
        // A pipe whose writer is gone cannot get another one: it is empty at once, not waited on.
        PipeWriter writer({});
        InputOptions options;
        options.writerWaitMs = 600000;
        InputFile input(writer.path(), options);
        char c = 0;
        QCOMPARE(input.read(&c, 1), std::size_t(0));
    }

    void streamLimit()
    {
        PipeWriter writer(std::string(10000, 'x'));
        InputOptions options;
        options.maxStreamBytes = 4096;
        InputFile input(writer.path(), options);
        const Error e = requireError([&] { readRest(input); }, ErrorKind::InvalidData);
        QCOMPARE(e.kind(), ErrorKind::InvalidData);
        QCOMPARE(e.where().file, writer.path());
        QCOMPARE(e.detail(),
                 std::string("the input is longer than 4 KiB, the most read from standard input, a "
                             "pipe or a device; save it to a file and give the file name"));
        // A device that never ends (/dev/zero) stops at the limit too.
        options.maxStreamBytes = std::uint64_t {1} << 20;
        InputFile zero("/dev/zero", options);
        QVERIFY(zero.isStream());
        QCOMPARE(requireError([&] { readRest(zero, 65536); }).detail(),
                 std::string("the input is longer than 1 MiB, the most read from standard input, a pipe or a "
                             "device; save it to a file and give the file name"));
    }

    void temporaryFolderMissing()
    {
        const QByteArray saved = qgetenv("TMPDIR");
        qputenv("TMPDIR", "/nonexistent/tmp");
        const Error e = requireError([&] { InputFile input("/dev/zero"); }, ErrorKind::Io);
        if (saved.isNull())
            qunsetenv("TMPDIR");
        else
            qputenv("TMPDIR", saved);
        QCOMPARE(e.detail(),
                 std::string("cannot create a temporary file in /nonexistent/tmp to keep a copy of the "
                             "input: No such file or directory; set TMPDIR to a writable folder"));
        // Read once, a stream needs no copy.
        InputOptions once;
        once.rereadable = false;
        qputenv("TMPDIR", "/nonexistent/tmp");
        InputFile zero("/dev/zero", once);
        if (saved.isNull())
            qunsetenv("TMPDIR");
        else
            qputenv("TMPDIR", saved);
        char bytes[4] = {1, 1, 1, 1};
        QCOMPARE(zero.read(bytes, 4), std::size_t(4));
        QCOMPARE(std::string(bytes, 4), std::string(4, '\0'));
    }

    void textFile()
    {
        InputOptions spec;
        spec.what = "feature spec file";
        const std::string file = path("spec.json");
        writeText(file, "{\"groups\": []}\n");
        QCOMPARE(readTextFile(file, 100, spec), std::string("{\"groups\": []}\n"));
        // Exactly the limit is fine; one byte more is not.
        writeText(file, std::string(100, ' '));
        QCOMPARE(readTextFile(file, 100, spec).size(), std::size_t(100));
        writeText(file, std::string(101, ' '));
        Error e = requireError([&] { readTextFile(file, 100, spec); }, ErrorKind::InvalidData);
        QCOMPARE(e.where().file, file);
        QCOMPARE(e.detail(),
                 std::string("the feature spec file is larger than 100 bytes, the most it may be"));
        e = requireError([&] { readTextFile("/dev/zero", std::size_t {16} << 20, spec); },
                         ErrorKind::InvalidData);
        QCOMPARE(e.detail(),
                 std::string("the feature spec file holds a NUL byte at byte offset 0; it is not a "
                             "text file"));
        writeText(file, std::string("{\0\"\0", 4));
        e = requireError([&] { readTextFile(file, 100, spec); }, ErrorKind::InvalidData);
        QCOMPARE(e.detail(),
                 std::string("the feature spec file is UTF-16LE (every second byte is NUL); save it as "
                             "UTF-8"));
        e = requireError([&] { readTextFile(m_dir.path().toStdString(), 100, spec); }, ErrorKind::Io);
        QCOMPARE(e.detail(), std::string("cannot read the feature spec file: it is a folder"));
        // Through a pipe.
        PipeWriter writer("{\"groups\": []}");
        QCOMPARE(readTextFile(writer.path(), 100, spec), std::string("{\"groups\": []}"));
    }

    void featureSpecFile()
    {
        // readFeatureSpecFile() reads through readTextFile(), at most 16 MiB.
        Error e = requireError([&] { readFeatureSpecFile(m_dir.path().toStdString()); }, ErrorKind::Io);
        QCOMPARE(e.what(),
                 m_dir.path().toStdString() + ": cannot read the feature spec file: it is a folder");
        e = requireError([] { readFeatureSpecFile("/dev/zero"); }, ErrorKind::InvalidData);
        QCOMPARE(e.what(),
                 std::string("/dev/zero: the feature spec file holds a NUL byte at byte offset 0; it is not "
                             "a text file"));
        const std::string file = path("huge-spec.json");
        writeText(file, std::string((std::size_t {16} << 20) + 1, ' '));
        e = requireError([&] { readFeatureSpecFile(file); }, ErrorKind::InvalidData);
        QCOMPARE(e.detail(), std::string("the feature spec file is larger than 16 MiB, the most it may be"));
    }
};

QTEST_APPLESS_MAIN(TestInputFile)
#include "test_input_file.moc"
