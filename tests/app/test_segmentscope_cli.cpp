// The documented headless contract of the segmentscope program: --screenshot renders the first
// complete result to a PNG of the requested size and exits 0; bad options exit 2; a file that
// cannot be read exits non-zero with a message naming it, and leaves no picture behind; a picture
// that cannot be written (a read-only file) exits 4 and keeps the old one.

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestSegmentscopeCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString err;
    };

    enum class Display { Offscreen, None };

    static Run segmentscope(const QStringList &args, Display display = Display::Offscreen, QString *out = nullptr)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (display == Display::Offscreen) {
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        } else {
            // A terminal with no display: the default platform (xcb) cannot start.
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));
            env.remove(QStringLiteral("DISPLAY"));
            env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        }
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SEG_GUI_PATH), args);
        // segmentscope's own bound is 10 minutes (kHeadlessTimeoutMs); this one is a little longer.
        if (!process.waitForFinished(660000))
            qFatal("segmentscope did not finish");
        if (out)
            *out = QString::fromUtf8(process.readAllStandardOutput());
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardError())};
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void screenshotOfTheDemo()
    {
        const QString shot = m_dir.filePath(QStringLiteral("shot.png"));
        const Run r = segmentscope({QStringLiteral("--demo"), QStringLiteral("--k"), QStringLiteral("4"),
                                    QStringLiteral("--screenshot"), shot, QStringLiteral("--size"),
                                    QStringLiteral("1280x800")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QImage image(shot);
        QCOMPARE(image.size(), QSize(1280, 800));
        // Not a blank window: the views drew many distinct colours (segments, heatmap cells).
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 200, qPrintable(QString::number(colours.size())));
    }

    void readOnlyScreenshotIsKept()
    {
        // The picture is written as every output is (seg::AtomicFile): a read-only file is kept,
        // for root too, and the run exits 4 saying why, before it loads anything (its error is
        // its only message: no analysis started).
        const QString shot = m_dir.filePath(QStringLiteral("locked.png"));
        {
            QFile file(shot);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("an older picture");
        }
        QVERIFY(QFile::setPermissions(shot, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const Run r = segmentscope({QStringLiteral("--demo"), QStringLiteral("--k"), QStringLiteral("3"),
                                    QStringLiteral("--screenshot"), shot, QStringLiteral("--size"),
                                    QStringLiteral("800x500")});
        QCOMPARE(r.exitCode, 4);
        const QString message = QStringLiteral("segmentscope: cannot write %1: permission denied: the file is "
                                               "read-only (its owner has no write permission), so it is not "
                                               "replaced\n")
                                    .arg(shot);
        QVERIFY2(r.err.endsWith(message), qPrintable(r.err));
        QCOMPARE(r.err.count(QStringLiteral("segmentscope:")), 1);
        // The output is checked before the input is even opened: a missing file is not what
        // the run reports.
        const Run missing = segmentscope({m_dir.filePath(QStringLiteral("no-such-file.csv")), QStringLiteral("--screenshot"),
                                          shot});
        QCOMPARE(missing.exitCode, 4);
        QVERIFY2(missing.err.endsWith(message), qPrintable(missing.err));
        QFile kept(shot);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("an older picture"));
    }

    void helpAndVersionNeedNoDisplay()
    {
        QString out;
        Run r = segmentscope({QStringLiteral("--help")}, Display::None, &out);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(out.contains(QStringLiteral("--screenshot <OUT.png>")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("Customer segmentation for marketers")));
        r = segmentscope({QStringLiteral("--version")}, Display::None, &out);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(out.trimmed(), QStringLiteral("SegmentScope " SEG_VERSION));
        // Usage errors too are answered without a display.
        r = segmentscope({QStringLiteral("--k"), QStringLiteral("1")}, Display::None);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--k must be a whole number")), qPrintable(r.err));
        r = segmentscope({QStringLiteral("--bogus")}, Display::None);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Unknown option 'bogus'")), qPrintable(r.err));
    }

    void badOptionsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("k too large") << QStringList{QStringLiteral("--k"), QStringLiteral("31")} << QStringLiteral("--k");
        QTest::newRow("bad size") << QStringList{QStringLiteral("--size"), QStringLiteral("big")}
                                  << QStringLiteral("--size");
        QTest::newRow("file and demo") << QStringList{QStringLiteral("a.csv"), QStringLiteral("--demo")}
                                       << QStringLiteral("--demo");
    }

    void badOptionsAreUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = segmentscope(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void unreadableFileFails()
    {
        const QString missing = m_dir.filePath(QStringLiteral("nowhere.csv"));
        const QString shot = m_dir.filePath(QStringLiteral("never.png"));
        const Run r = segmentscope({missing, QStringLiteral("--screenshot"), shot});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("nowhere.csv")), qPrintable(r.err));
        QVERIFY(!QFile::exists(shot));
    }
};

QTEST_GUILESS_MAIN(TestSegmentscopeCli)
#include "test_segmentscope_cli.moc"
