// segscope run on awkward and hostile input, as a user would run it: standard input, pipes and
// named pipes, /dev/zero, a value too large, NUL bytes, UTF-16/UTF-32, Windows-1252 bytes, a
// '|'-delimited file, a blank-looking first line, a folder as the feature spec. Each test
// asserts the exit code and the message word for word; runs that used to hang are given a
// generous time to end (no timing is asserted).

#include "tests/support/segscope_process.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

class TestCliInput : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run finish(QProcess &process)
    {
        const SegscopeRun run = finishSegscope(process, 120000);
        return {run.exitCode, run.outText(), run.err};
    }

    /// segscope with `args`; `input` goes to its standard input (closed afterwards either way).
    static Run segscope(const QStringList &args, const QByteArray &input = {})
    {
        const SegscopeRun run = runSegscope(args, input, 120000);
        return {run.exitCode, run.outText(), run.err};
    }

    static QString error(const QString &detail)
    {
        return QStringLiteral("segscope: error: ") + detail + u'\n';
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString writeFile(const QString &name, const QByteArray &bytes) const { return writeInputFile(path(name), bytes); }

    static QByteArray readAll(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QString makeFifo(const QString &name) const
    {
        const QString p = path(name);
        QFile::remove(p);
        if (::mkfifo(QFile::encodeName(p).constData(), 0600) != 0)
            qFatal("mkfifo failed");
        return p;
    }

    // 60 customers in three clear groups; `sep` between the fields.
    static QByteArray customers(char sep = ',')
    {
        QByteArray out = QByteArray("id") + sep + "x" + sep + "y\n";
        for (int i = 0; i < 60; ++i)
            out += "C" + QByteArray::number(i) + sep + QByteArray::number((i % 3) * 10 + (i % 7) * 0.1) + sep
                + QByteArray::number((i % 3) * 5 + (i % 5) * 0.1) + '\n';
        return out;
    }

    QStringList cluster(const QString &input, const QString &out) const
    {
        return {QStringLiteral("cluster"),
                input,
                QStringLiteral("--k"),
                QStringLiteral("3"),
                QStringLiteral("--seed"),
                QStringLiteral("1"),
                QStringLiteral("--id-column"),
                QStringLiteral("id"),
                QStringLiteral("--quiet"),
                QStringLiteral("--out"),
                out};
    }

    QTemporaryDir m_dir;
    QString m_csv;
    QByteArray m_expected; // assignments of m_csv

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_csv = writeFile(QStringLiteral("customers.csv"), customers());
        const Run r = segscope(cluster(m_csv, path(QStringLiteral("expected.csv"))));
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        m_expected = readAll(path(QStringLiteral("expected.csv")));
        QCOMPARE(m_expected.count('\n'), 61);
    }

    void standardInput()
    {
        const QString out = path(QStringLiteral("stdin.csv"));
        const Run r = segscope(cluster(QStringLiteral("-"), out), customers());
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readAll(out), m_expected);
        // Nothing on standard input: an empty file.
        const Run empty = segscope(cluster(QStringLiteral("-"), out));
        QCOMPARE(empty.exitCode, 3);
        QCOMPARE(
            empty.err,
            error(QStringLiteral("standard input: the file is empty; expected a header row and data rows")));
    }

    void namedPipeWithWriter()
    {
        const QString fifo = makeFifo(QStringLiteral("feed.fifo"));
        const QString out = path(QStringLiteral("fifo.csv"));
        QProcess process;
        process.start(QStringLiteral(SEG_CLI_PATH), cluster(fifo, out));
        QVERIFY(process.waitForStarted());
        // Blocks until segscope opens the pipe for reading.
        const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_CLOEXEC);
        QVERIFY(fd >= 0);
        const QByteArray data = customers();
        QCOMPARE(::write(fd, data.constData(), static_cast<std::size_t>(data.size())), ssize_t(data.size()));
        ::close(fd);
        const Run r = finish(process);
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readAll(out), m_expected);
    }

    void namedPipeWithoutWriter()
    {
        const QString fifo = makeFifo(QStringLiteral("nobody.fifo"));
        const Run r = segscope(cluster(fifo, path(QStringLiteral("never.csv"))));
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(r.err,
                 error(fifo
                       + QStringLiteral(": the file is a named pipe that no program opened for writing "
                                        "within 10 s; start the program that writes to it, or give a "
                                        "regular file")));
    }

    void devZero()
    {
        Run r = segscope(cluster(QStringLiteral("/dev/zero"), path(QStringLiteral("zero.csv"))));
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(
            r.err,
            error(QStringLiteral("/dev/zero: row 1, column 1 (A): the value holds a NUL byte (byte offset "
                                 "0), which text never does: the file is not UTF-8 text (it may be a "
                                 "binary file or damaged)")));
        QStringList features = cluster(m_csv, path(QStringLiteral("zero.csv")));
        features << QStringLiteral("--features") << QStringLiteral("/dev/zero");
        r = segscope(features);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(
            r.err,
            error(QStringLiteral("/dev/zero: the feature spec file holds a NUL byte at byte offset 0; it "
                                 "is not a text file")));
    }

    void featuresFolder()
    {
        QStringList args = cluster(m_csv, path(QStringLiteral("folder.csv")));
        args << QStringLiteral("--features") << m_dir.path();
        const Run r = segscope(args);
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(r.err,
                 error(m_dir.path() + QStringLiteral(": cannot read the feature spec file: it is a folder")));
    }

    void hugeValue()
    {
        // One value of 65 MiB: refused at the 64 MiB limit, naming file, row, column and limit.
        QByteArray text = "id,note,x\nC1,a,1\nC2,";
        text += QByteArray((65 << 20), 'v');
        text += ",2\n";
        const QString file = writeFile(QStringLiteral("huge.csv"), text);
        text.clear();
        const Run r = segscope(cluster(file, path(QStringLiteral("huge-out.csv"))));
        QFile::remove(file);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.err,
                 error(file
                       + QStringLiteral(": row 3, column 'note': no line break in the first 64 MiB of the "
                                        "row; a row (the header too) may hold at most 64 MiB")));
    }

    void encodings()
    {
        // customers() as UTF-16LE without a byte order mark, and as UTF-32LE with one.
        QByteArray utf16, utf32 = QByteArray("\xFF\xFE\0\0", 4);
        for (const char c : customers()) {
            utf16 += c;
            utf16 += '\0';
            utf32 += c;
            utf32 += QByteArray(3, '\0');
        }
        const QString save
            = QStringLiteral("; save it as UTF-8 (for example \"CSV UTF-8\" in a spreadsheet program)");
        QString file = writeFile(QStringLiteral("utf16.csv"), utf16);
        Run r = segscope(cluster(file, path(QStringLiteral("enc.csv"))));
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.err,
                 error(file + QStringLiteral(": the file is UTF-16LE (every second byte is NUL)") + save));
        file = writeFile(QStringLiteral("utf32.csv"), utf32);
        r = segscope(cluster(file, path(QStringLiteral("enc.csv"))));
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(
            r.err,
            error(file + QStringLiteral(": the file is UTF-32LE (it starts with a byte order mark)") + save));
    }

    void nulAndLatin1()
    {
        // "id,name,x\n" 10 bytes, "C1,ok,1\n" 8, "C2,a": the NUL is at offset 22.
        QString file
            = writeFile(QStringLiteral("nul.csv"), QByteArray("id,name,x\nC1,ok,1\nC2,a\0b,2\n", 27));
        Run r = segscope(cluster(file, path(QStringLiteral("nul-out.csv"))));
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.err,
                 error(file
                       + QStringLiteral(": row 3, column 'name': the value holds a NUL byte (byte offset "
                                        "22), which text never does: the file is not UTF-8 text (it may "
                                        "be a binary file or damaged)")));
        // "K\xF6ln" in Latin-1: 0xF6 at offset 10 + 4 = 14.
        file = writeFile(QStringLiteral("latin1.csv"), "id,city,x\nC1,K\xF6ln,1\nC2,Rome,2\n");
        r = segscope(cluster(file, path(QStringLiteral("latin1-out.csv"))));
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.err,
                 error(file
                       + QStringLiteral(": row 2, column 'city': invalid UTF-8 at byte offset 14 (byte "
                                        "0xF6); save the file as UTF-8 (it may be Latin-1 or "
                                        "Windows-1252)")));
    }

    void delimiters()
    {
        // '|' is detected, so the id column is found; the result is the comma file's.
        const QString out = path(QStringLiteral("pipe-out.csv"));
        Run r = segscope(cluster(writeFile(QStringLiteral("pipe.csv"), customers('|')), out));
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readAll(out), m_expected);
        // Chosen explicitly: the same.
        QStringList args = cluster(writeFile(QStringLiteral("semi.txt"), customers(';')), out);
        args << QStringLiteral("--delimiter") << QStringLiteral(";");
        r = segscope(args);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readAll(out), m_expected);
        args = cluster(m_csv, out);
        args << QStringLiteral("--delimiter") << QStringLiteral("\"");
        r = segscope(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(
                     QStringLiteral("segscope: --delimiter must be one character such as , ; | or the "
                                    "word tab or space (not a quote or a line break), not '\"'\n")),
                 qPrintable(r.err));
        // One the detection does not know: the message points at --delimiter.
        const QString colon = writeFile(QStringLiteral("colon.csv"), "id:x:y\nC1:1:2\nC2:3:4\n");
        args = cluster(colon, out);
        args.removeAt(args.indexOf(QStringLiteral("--id-column")) + 1);
        args.removeAt(args.indexOf(QStringLiteral("--id-column")));
        args << QStringLiteral("--label-column") << QStringLiteral("y");
        r = segscope(args);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.err, error(colon + QStringLiteral(": no column named 'y'; the header was read as the single "
                                                     "column 'id:x:y': if the file uses a delimiter other than ',', "
                                                     "';', tab or '|', give it with --delimiter")));
        args << QStringLiteral("--delimiter") << QStringLiteral(":");
        args[3] = QStringLiteral("2");
        r = segscope(args);
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        // Two delimiters that both fit: the warning says which one was used.
        QByteArray ambiguous = "id,x|y\n";
        for (int i = 0; i < 20; ++i)
            ambiguous += "C" + QByteArray::number(i) + "," + QByteArray::number(i % 4) + "|b\n";
        args = cluster(writeFile(QStringLiteral("ambiguous.csv"), ambiguous), out);
        args[3] = QStringLiteral("2");
        r = segscope(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.startsWith(
                     QStringLiteral("warning: the delimiter was taken to be ',', but '|' would split the "
                                    "header and the first rows as evenly; if the columns are wrong, "
                                    "choose the delimiter\n")),
                 qPrintable(r.err));
    }

    void spacesBeforeHeader()
    {
        const QString out = path(QStringLiteral("spaces-out.csv"));
        const Run r = segscope(cluster(writeFile(QStringLiteral("spaces.csv"), "    \n" + customers()), out));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err,
                 QStringLiteral(
                     "warning: row 1 holds only spaces or tabs and was skipped; the header is row 2\n"));
        QCOMPARE(readAll(out), m_expected);
    }

    void standardInputMisuse()
    {
        QStringList args = cluster(QStringLiteral("-"), path(QStringLiteral("x.csv")));
        args << QStringLiteral("--features") << QStringLiteral("-");
        Run r = segscope(args, customers());
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(
            r.err,
            QStringLiteral("segscope: standard input ('-') can be INPUT or the --features file, not both\n"
                           "Run 'segscope help' for usage.\n"));
        // A database redirected from its file: standard input has no name to open it by.
        QProcess redirected;
        redirected.setStandardInputFile(
            writeFile(QStringLiteral("db.sqlite"), QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0')));
        redirected.start(QStringLiteral(SEG_CLI_PATH), cluster(QStringLiteral("-"), path(QStringLiteral("x.csv"))));
        r = finish(redirected);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(
            r.err,
            error(QStringLiteral("standard input: an SQLite database can only be read from a file, not "
                                 "from standard input, a pipe or a device; give the database's file name")));
        args = cluster(QStringLiteral("-"), path(QStringLiteral("x.csv")));
        args << QStringLiteral("--table") << QStringLiteral("customers");
        r = segscope(args, customers());
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(
            r.err,
            error(QStringLiteral("standard input: an SQLite database can only be read from a file, not "
                                 "from standard input, a pipe or a device; give the database's file name")));
    }
};

QTEST_GUILESS_MAIN(TestCliInput)
#include "test_cli_input.moc"
