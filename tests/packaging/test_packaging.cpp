// The Debian packaging (packaging/): the desktop entry and the AppStream metainfo pass their
// validators, the man pages render without warnings and describe every command and option that
// the programs' own help lists, and the bash completion completes what segscope takes. Each case
// runs the real tools; one whose tool is not installed is skipped, naming the Debian package.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

QString sourcePath(const QString &relative)
{
    return QStringLiteral(SEG_SOURCE_DIR "/") + relative;
}

struct Result
{
    int exitCode = -1; ///< -1: did not start, crashed or timed out
    QString out;
    QString err;
};

/// Help, messages and man pages in English and UTF-8, whatever the machine's settings.
QProcessEnvironment englishEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    return env;
}

Result run(const QString &program, const QStringList &arguments,
           const QProcessEnvironment &env = englishEnvironment(), const QString &workingDirectory = {})
{
    QProcess process;
    process.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    Result result;
    if (!process.waitForStarted(30000)) {
        result.err = process.errorString();
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("%1 did not end within 120 s").arg(program);
        return result;
    }
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    return result;
}

/// `segscope help [command]`.
Result segscopeHelp(const QString &command = {})
{
    QStringList arguments {QStringLiteral("help")};
    if (!command.isEmpty())
        arguments << command;
    return run(QStringLiteral(SEG_CLI_PATH), arguments);
}

/// The commands of the general help: its lines "  NAME   what it does".
QStringList commandsOf(const QString &help)
{
    QStringList commands;
    static const QRegularExpression line(QStringLiteral("^  ([a-z][a-z-]*)  "),
                                         QRegularExpression::MultilineOption);
    for (const QRegularExpressionMatch &m : line.globalMatch(help))
        commands << m.captured(1);
    return commands;
}

/// Every option a help text names.
QStringList optionsOf(const QString &help)
{
    QStringList options;
    static const QRegularExpression option(QStringLiteral("--[a-z][a-z0-9-]*"));
    for (const QRegularExpressionMatch &m : option.globalMatch(help))
        if (!options.contains(m.captured()))
            options << m.captured();
    return options;
}

/// Whether `text` names `option` itself, not only a longer option it begins (--k in --k-max).
bool names(const QString &text, const QString &option)
{
    const QRegularExpression word(QStringLiteral("(?<![A-Za-z0-9-])%1(?![A-Za-z0-9-])")
                                      .arg(QRegularExpression::escape(option)));
    return word.match(text).hasMatch();
}

/// Renders a man page as a reader's terminal shows it, 80 columns wide, with groff's warnings on.
Result renderManPage(const QString &page)
{
    QProcessEnvironment env = englishEnvironment();
    env.insert(QStringLiteral("MANWIDTH"), QStringLiteral("80"));
    // Plain text, whatever the user asked of man elsewhere.
    env.remove(QStringLiteral("MAN_KEEP_FORMATTING"));
    env.remove(QStringLiteral("MANOPT"));
    return run(QStringLiteral("man"), {QStringLiteral("--warnings"), QStringLiteral("-E"), QStringLiteral("UTF-8"),
                                       QStringLiteral("-l"), sourcePath(QStringLiteral("packaging/man/") + page)},
               env);
}

/// The subsections of a rendered man page by title: groff's man macros set their titles three
/// columns in, the section titles at the margin and the text further in.
QMap<QString, QString> subsections(const QString &rendered)
{
    QMap<QString, QString> out;
    QString title;
    for (const QString &line : rendered.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("   ")) && line.size() > 3 && line[3] != QLatin1Char(' ')) {
            title = line.trimmed();
            continue;
        }
        if (!line.isEmpty() && line[0] != QLatin1Char(' '))
            title.clear();
        else if (!title.isEmpty())
            out[title] += line + QLatin1Char('\n');
    }
    return out;
}

/// What the bash completion offers for `line` (completed at its end), as bash would call it:
/// with bash-completion loaded and segscope found on the PATH.
Result complete(const QString &line, const QString &workingDirectory)
{
    static const QString script = QStringLiteral(R"(
source "$1" || exit 3
source "$2" || exit 3
line=$3
read -ra COMP_WORDS <<<"$line"
[[ $line == *' ' ]] && COMP_WORDS+=("")
COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
COMP_LINE=$line
COMP_POINT=${#line}
_segscope "${COMP_WORDS[0]}" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
printf '%s\n' "${COMPREPLY[@]}"
)");
    QProcessEnvironment env = englishEnvironment();
    const QString cliDir = QFileInfo(QStringLiteral(SEG_CLI_PATH)).absolutePath();
    env.insert(QStringLiteral("PATH"), cliDir + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
    return run(QStringLiteral("bash"),
               {QStringLiteral("-c"), script, QStringLiteral("bash"),
                QStringLiteral("/usr/share/bash-completion/bash_completion"),
                sourcePath(QStringLiteral("packaging/completion/segscope")), line},
               env, workingDirectory);
}

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void desktopEntryValidates();
    void metainfoValidates();
    void installedMetadataValidates();
    void manPageRendersWithoutWarnings_data();
    void manPageRendersWithoutWarnings();
    void segscopePageHasEveryCommand();
    void segscopePageListsEveryOption();
    void segmentscopePageListsEveryOption();
    void completionCompletesCommands();
    void completionCompletesOptions();
    void completionCompletesAlgorithms();
    void completionCompletesInputFiles();

private:
    static void requireBashCompletion();
};

void TestPackaging::desktopEntryValidates()
{
    if (QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate")).isEmpty())
        QSKIP("desktop-file-validate is not installed (Debian package desktop-file-utils)");
    // Hints count too: the entry should not even need one.
    const Result r = run(QStringLiteral("desktop-file-validate"), {sourcePath(QStringLiteral("packaging/segmentscope.desktop"))});
    QVERIFY2(r.out.isEmpty() && r.err.isEmpty(), qPrintable(r.out + r.err));
    QCOMPARE(r.exitCode, 0);
}

void TestPackaging::metainfoValidates()
{
    if (QStandardPaths::findExecutable(QStringLiteral("appstreamcli")).isEmpty())
        QSKIP("appstreamcli is not installed (Debian package appstream)");
    const Result r = run(QStringLiteral("appstreamcli"),
                         {QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--pedantic"),
                          sourcePath(QStringLiteral("packaging/segmentscope.metainfo.xml"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    // Not a single issue, pedantic ones and notes included ("P: id:line: tag").
    static const QRegularExpression issue(QStringLiteral("^\\s*[EWIP]: "), QRegularExpression::MultilineOption);
    QVERIFY2(!issue.match(r.out + r.err).hasMatch(), qPrintable(r.out + r.err));
}

void TestPackaging::installedMetadataValidates()
{
    if (QStandardPaths::findExecutable(QStringLiteral("appstreamcli")).isEmpty())
        QSKIP("appstreamcli is not installed (Debian package appstream)");
    // The metainfo, the desktop entry it launches and the icon, laid out as the package installs
    // them: the metainfo named after its component id, as packaging/CMakeLists.txt renames it.
    QFile metainfo(sourcePath(QStringLiteral("packaging/segmentscope.metainfo.xml")));
    QVERIFY(metainfo.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&metainfo);
    QString id;
    while (id.isEmpty() && !xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("id"))
            id = xml.readElementText();
    }
    QVERIFY2(!id.isEmpty(), "the metainfo has no <id>");
    QFile cmake(sourcePath(QStringLiteral("packaging/CMakeLists.txt")));
    QVERIFY(cmake.open(QIODevice::ReadOnly));
    QVERIFY2(QString::fromUtf8(cmake.readAll()).contains(QStringLiteral("RENAME %1.metainfo.xml").arg(id)),
             qPrintable(QStringLiteral("packaging/CMakeLists.txt does not install the metainfo as %1.metainfo.xml").arg(id)));

    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString share = root.path() + QStringLiteral("/usr/share/");
    const struct
    {
        QString from, to;
    } files[] = {
        {QStringLiteral("packaging/segmentscope.metainfo.xml"), QStringLiteral("metainfo/%1.metainfo.xml").arg(id)},
        {QStringLiteral("packaging/segmentscope.desktop"), QStringLiteral("applications/segmentscope.desktop")},
        {QStringLiteral("resources/icons/segmentscope.svg"), QStringLiteral("icons/hicolor/scalable/apps/segmentscope.svg")},
    };
    for (const auto &f : files) {
        QVERIFY(QDir().mkpath(QFileInfo(share + f.to).absolutePath()));
        QVERIFY(QFile::copy(sourcePath(f.from), share + f.to));
    }
    const Result r = run(QStringLiteral("appstreamcli"), {QStringLiteral("validate-tree"), QStringLiteral("--no-net"),
                                                          QStringLiteral("--pedantic"), root.path()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    static const QRegularExpression issue(QStringLiteral("^\\s*[EWIP]: "), QRegularExpression::MultilineOption);
    QVERIFY2(!issue.match(r.out + r.err).hasMatch(), qPrintable(r.out + r.err));
}

void TestPackaging::manPageRendersWithoutWarnings_data()
{
    QTest::addColumn<QString>("page");
    QTest::newRow("segscope.1") << QStringLiteral("segscope.1");
    QTest::newRow("segmentscope.1") << QStringLiteral("segmentscope.1");
}

void TestPackaging::manPageRendersWithoutWarnings()
{
    QFETCH(QString, page);
    if (QStandardPaths::findExecutable(QStringLiteral("man")).isEmpty())
        QSKIP("man is not installed (Debian package man-db)");
    if (QStandardPaths::findExecutable(QStringLiteral("groff")).isEmpty())
        QSKIP("groff is not installed (Debian package groff-base)");
    const Result r = renderManPage(page);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QCOMPARE(r.exitCode, 0);
    for (const char *section : {"NAME", "SYNOPSIS", "DESCRIPTION", "ENVIRONMENT", "SEE ALSO"})
        QVERIFY2(r.out.contains(QLatin1Char('\n') + QLatin1String(section) + QLatin1Char('\n')), section);
    // The page names its program, and no line runs past the 80 columns it was set in.
    const QString program = page.section(QLatin1Char('.'), 0, 0);
    QVERIFY(r.out.contains(program + QStringLiteral(" - ")));
    for (const QString &line : lines(r.out))
        QVERIFY2(line.size() <= 80, qPrintable(line));
}

void TestPackaging::segscopePageHasEveryCommand()
{
    if (QStandardPaths::findExecutable(QStringLiteral("man")).isEmpty())
        QSKIP("man is not installed (Debian package man-db)");
    const Result help = segscopeHelp();
    QCOMPARE(help.exitCode, 0);
    const QStringList commands = commandsOf(help.out);
    QVERIFY2(commands.size() >= 10, qPrintable(help.out));
    const Result page = renderManPage(QStringLiteral("segscope.1"));
    QCOMPARE(page.exitCode, 0);
    const QMap<QString, QString> sections = subsections(page.out);
    for (const QString &command : commands) {
        const QString title = QStringLiteral("segscope ") + command;
        QVERIFY2(sections.contains(title), qPrintable(QStringLiteral("segscope.1 has no subsection '%1'").arg(title)));
        QVERIFY2(!sections[title].trimmed().isEmpty(), qPrintable(title));
    }
    // And no subsection for a command the tool does not have.
    for (auto it = sections.cbegin(); it != sections.cend(); ++it)
        if (it.key().startsWith(QLatin1String("segscope ")))
            QVERIFY2(commands.contains(it.key().mid(9)), qPrintable(it.key()));
}

void TestPackaging::segscopePageListsEveryOption()
{
    if (QStandardPaths::findExecutable(QStringLiteral("man")).isEmpty())
        QSKIP("man is not installed (Debian package man-db)");
    const Result page = renderManPage(QStringLiteral("segscope.1"));
    QCOMPARE(page.exitCode, 0);
    const QMap<QString, QString> sections = subsections(page.out);
    const Result help = segscopeHelp();
    QCOMPARE(help.exitCode, 0);
    // The general options (--version, and what the exit codes cite) anywhere on the page.
    for (const QString &option : optionsOf(help.out))
        QVERIFY2(names(page.out, option), qPrintable(QStringLiteral("segscope.1 does not mention %1").arg(option)));
    // Each command's, in its own subsection.
    QStringList missing;
    for (const QString &command : commandsOf(help.out)) {
        const Result commandHelp = segscopeHelp(command);
        QVERIFY2(commandHelp.exitCode == 0, qPrintable(command + commandHelp.err));
        const QString section = sections.value(QStringLiteral("segscope ") + command);
        for (const QString &option : optionsOf(commandHelp.out))
            if (!names(section, option))
                missing << command + QLatin1Char(' ') + option;
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("options of 'segscope help COMMAND' missing from their subsection of segscope.1: ")
                        + missing.join(QStringLiteral(", "))));
}

void TestPackaging::segmentscopePageListsEveryOption()
{
    if (QStandardPaths::findExecutable(QStringLiteral("man")).isEmpty())
        QSKIP("man is not installed (Debian package man-db)");
    // The explorer is built beside segscope unless the GUI is left out (SEG_BUILD_GUI=OFF).
    const QString explorer = QFileInfo(QStringLiteral(SEG_CLI_PATH)).absolutePath() + QStringLiteral("/segmentscope");
    if (!QFileInfo(explorer).isExecutable())
        QSKIP("segmentscope is not built (SEG_BUILD_GUI=OFF)");
    QProcessEnvironment env = englishEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const Result help = run(explorer, {QStringLiteral("--help")}, env);
    QVERIFY2(help.exitCode == 0, qPrintable(help.err));
    // Qt's help: one line per option, its names before the two spaces that start the description.
    QStringList options;
    static const QRegularExpression optionLine(QStringLiteral("^  (-.*?)  "), QRegularExpression::MultilineOption);
    static const QRegularExpression name(QStringLiteral("--?[a-z][a-z0-9-]*"));
    for (const QRegularExpressionMatch &line : optionLine.globalMatch(help.out))
        for (const QRegularExpressionMatch &m : name.globalMatch(line.captured(1)))
            options << m.captured();
    QVERIFY2(options.contains(QStringLiteral("--demo")), qPrintable(help.out));
    const Result page = renderManPage(QStringLiteral("segmentscope.1"));
    QCOMPARE(page.exitCode, 0);
    QStringList missing;
    for (const QString &option : options)
        if (!names(page.out, option))
            missing << option;
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("segmentscope.1 lacks ") + missing.join(QStringLiteral(", "))));
    QVERIFY(page.out.contains(QStringLiteral("FILE")));
}

void TestPackaging::requireBashCompletion()
{
    if (!QFile::exists(QStringLiteral("/usr/share/bash-completion/bash_completion")))
        QSKIP("bash-completion is not installed (Debian package bash-completion)");
}

void TestPackaging::completionCompletesCommands()
{
    requireBashCompletion();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Result r = complete(QStringLiteral("segscope clu"), dir.path());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(lines(r.out), QStringList {QStringLiteral("cluster")});
    // Every command of the tool's help, and only those.
    r = complete(QStringLiteral("segscope "), dir.path());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const Result help = segscopeHelp();
    QCOMPARE(help.exitCode, 0);
    QCOMPARE(lines(r.out), commandsOf(help.out));
}

void TestPackaging::completionCompletesOptions()
{
    requireBashCompletion();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Result r = complete(QStringLiteral("segscope cluster --alg"), dir.path());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList offered = lines(r.out);
    QVERIFY2(offered.contains(QStringLiteral("--algorithm")), qPrintable(r.out));
    for (const QString &option : offered)
        QVERIFY2(option.startsWith(QLatin1String("--alg")), qPrintable(option));
    // Every option of the command's help is offered after "--".
    const Result all = complete(QStringLiteral("segscope score --"), dir.path());
    QVERIFY2(all.exitCode == 0, qPrintable(all.err));
    const Result help = segscopeHelp(QStringLiteral("score"));
    QCOMPARE(help.exitCode, 0);
    for (const QString &option : optionsOf(help.out))
        QVERIFY2(lines(all.out).contains(option), qPrintable(option));
}

void TestPackaging::completionCompletesAlgorithms()
{
    requireBashCompletion();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The algorithms as segscope names them when refusing an unknown one (before reading INPUT).
    const Result refused = run(QStringLiteral(SEG_CLI_PATH),
                               {QStringLiteral("cluster"), dir.filePath(QStringLiteral("none.csv")), QStringLiteral("--k"),
                                QStringLiteral("3"), QStringLiteral("--algorithm"), QStringLiteral("no-such")});
    QCOMPARE(refused.exitCode, 2);
    const QRegularExpressionMatch available
        = QRegularExpression(QStringLiteral("available: ([a-z, ]+)")).match(refused.err);
    QVERIFY2(available.hasMatch(), qPrintable(refused.err));
    QStringList algorithms = available.captured(1).split(QStringLiteral(", "));
    QVERIFY(algorithms.contains(QStringLiteral("kmeans")));

    const Result r = complete(QStringLiteral("segscope cluster --algorithm "), dir.path());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QStringList offered = lines(r.out);
    offered.sort();
    algorithms.sort();
    QCOMPARE(offered, algorithms);
}

void TestPackaging::completionCompletesInputFiles()
{
    requireBashCompletion();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const char *name : {"customers.csv", "customers.db", "customers.pdf", "model.segscope"}) {
        QFile f(dir.filePath(QString::fromLatin1(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    // cluster reads data; score a project, then data.
    Result r = complete(QStringLiteral("segscope cluster cust"), dir.path());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QStringList offered = lines(r.out);
    offered.sort();
    QCOMPARE(offered, (QStringList {QStringLiteral("customers.csv"), QStringLiteral("customers.db")}));
    r = complete(QStringLiteral("segscope score "), dir.path());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(lines(r.out), QStringList {QStringLiteral("model.segscope")});
    r = complete(QStringLiteral("segscope cluster --features "), dir.path());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(lines(r.out).isEmpty(), qPrintable(r.out)); // no JSON file here
}

QTEST_GUILESS_MAIN(TestPackaging)
#include "test_packaging.moc"
