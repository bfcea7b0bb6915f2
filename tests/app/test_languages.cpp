// SegmentScope in German, French and Spanish: every translation complete and well-formed, the
// programs speaking the user's language, and the files for other programs the same in every
// language.

#include "tests/support/segscope_process.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QLocale>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

const QString kSourceDir = QStringLiteral(SEG_TEST_DATA_DIR "/../..");

/// A message of translations/segmentscope_<language>.ts: its translation, or for a plural
/// message its forms.
struct Translation
{
    QString text;
    QStringList forms;
};

Translation translationIn(const QString &language, const QString &context, const QString &source)
{
    QFile file(kSourceDir + QStringLiteral("/translations/segmentscope_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QString currentContext, currentSource;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            currentContext = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            currentSource = xml.readElementText();
        else if (xml.name() == QLatin1String("translation") && currentContext == context && currentSource == source) {
            Translation found;
            while (!(xml.readNext() == QXmlStreamReader::EndElement && xml.name() == QLatin1String("translation"))
                   && !xml.atEnd()) {
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    found.forms << xml.readElementText();
                else if (xml.isCharacters())
                    found.text += xml.text();
            }
            return found;
        }
    }
    return {};
}

/// The translation of `source` in `context`.
QString translationOf(const QString &language, const QString &context, const QString &source)
{
    return translationIn(language, context, source).text;
}

/// The plural forms of `source` in `context`.
QStringList pluralFormsOf(const QString &language, const QString &context, const QString &source)
{
    return translationIn(language, context, source).forms;
}

bool writeFile(const QString &path, const char *text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == qint64(qstrlen(text));
}

/// The environment of a user whose language is `language` (LANGUAGE and a full locale of it
/// where the system has one).
QProcessEnvironment environmentFor(const QString &language, const QString &locale)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), language);
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("LANG"), locale);
    return env;
}

SegscopeRun run(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    if (!process.waitForStarted())
        return {-3, {}, QStringLiteral("did not start")};
    process.closeWriteChannel();
    return finishSegscope(process);
}

bool localeInstalled(const QString &locale)
{
    QProcess process;
    process.start(QStringLiteral("locale"), {QStringLiteral("-a")});
    process.waitForFinished();
    const QString wanted = QString(locale).replace(QStringLiteral("UTF-8"), QStringLiteral("utf8"));
    return QString::fromLocal8Bit(process.readAllStandardOutput()).split(QLatin1Char('\n')).contains(wanted);
}

struct Language
{
    const char *code;
    const char *locale;
};
constexpr Language kLanguages[] = {{"de", "de_DE.UTF-8"}, {"fr", "fr_FR.UTF-8"}, {"es", "es_ES.UTF-8"}};

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void translationsAreComplete();
    void countsTakeTheLanguagesPluralForms_data();
    void countsTakeTheLanguagesPluralForms();
    void segscopeSpeaksTheUsersLanguage_data();
    void segscopeSpeaksTheUsersLanguage();
    void segscopeWritesTheLocalesNumbers_data();
    void segscopeWritesTheLocalesNumbers();
    void theCLocaleGetsEnglishPlurals();
    void engineMessagesInTheUsersLanguage_data();
    void engineMessagesInTheUsersLanguage();
    void segmentscopeHelpInTheChosenLanguage_data();
    void segmentscopeHelpInTheChosenLanguage();
    void filesForProgramsAreTheSameInEveryLanguage();
};

void TestLanguages::translationsAreComplete()
{
    // The check CI runs: nothing unfinished or obsolete, every placeholder, tag, accelerator and
    // plural form in place.
    QProcess check;
    check.start(QStringLiteral("python3"), {kSourceDir + QStringLiteral("/scripts/check_translations.py")});
    QVERIFY(check.waitForFinished(60000));
    const QString report = QString::fromUtf8(check.readAllStandardOutput());
    QVERIFY2(check.exitCode() == 0, qPrintable(report.left(4000)));
    QVERIFY2(report.contains(QStringLiteral("4 translation file(s), 0 problem(s)")), qPrintable(report));
}

void TestLanguages::countsTakeTheLanguagesPluralForms_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("customers");
    QTest::addColumn<QString>("card");
    // French counts 0 and 1 in the singular; English, German and Spanish only 1.
    QTest::newRow("en 1") << QStringLiteral("en") << 1 << QStringLiteral("1 customer") << QStringLiteral("1 customer (2%)");
    QTest::newRow("en 0") << QStringLiteral("en") << 0 << QStringLiteral("0 customers") << QStringLiteral("0 customers (2%)");
    QTest::newRow("en 1200") << QStringLiteral("en") << 1200 << QStringLiteral("1,200 customers") << QStringLiteral("1,200 customers (2%)");
    QTest::newRow("de 1") << QStringLiteral("de") << 1 << QStringLiteral("1 Kunde") << QStringLiteral("1 Kunde (2%)");
    QTest::newRow("de 1200") << QStringLiteral("de") << 1200 << QStringLiteral("1.200 Kunden") << QStringLiteral("1.200 Kunden (2%)");
    QTest::newRow("fr 0") << QStringLiteral("fr") << 0 << QStringLiteral("0 client") << QStringLiteral("0 client (2%)");
    QTest::newRow("fr 2") << QStringLiteral("fr") << 2 << QStringLiteral("2 clients") << QStringLiteral("2 clients (2%)");
    QTest::newRow("es 1") << QStringLiteral("es") << 1 << QStringLiteral("1 cliente") << QStringLiteral("1 cliente (2%)");
    QTest::newRow("es 3") << QStringLiteral("es") << 3 << QStringLiteral("3 clientes") << QStringLiteral("3 clientes (2%)");
}

void TestLanguages::countsTakeTheLanguagesPluralForms()
{
    QFETCH(QString, language);
    QFETCH(int, count);
    QFETCH(QString, customers);
    QFETCH(QString, card);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(QT_TESTCASE_BUILDDIR "/../app/segmentscope_%1.qm").arg(language)));
    QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(QLocale(language));
    const QString counted = QCoreApplication::translate("seg::StatusPanel", "%Ln customer(s)", nullptr, count);
    const QString onCard = QCoreApplication::translate("seg::PersonaView", "%Ln customer(s) (%1)", nullptr, count)
                               .arg(QStringLiteral("2%"));
    QLocale::setDefault(QLocale::c());
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(counted, customers);
    QCOMPARE(onCard, card);
}

void TestLanguages::segscopeSpeaksTheUsersLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("locale");
    for (const Language &l : kLanguages)
        QTest::newRow(l.code) << QString::fromLatin1(l.code) << QString::fromLatin1(l.locale);
}

void TestLanguages::segscopeSpeaksTheUsersLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, locale);
    if (!localeInstalled(locale))
        QSKIP("the locale is not installed (Debian package locales-all)");
    const QString usage = QStringLiteral("Run 'segscope help' for usage.\n");
    const QString expected = translationOf(language, QStringLiteral("segscope"), usage);
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected != usage);
    // A usage error: the message and the hint in the user's language, exit code as ever.
    const SegscopeRun wrong = run(QStringLiteral(SEG_CLI_PATH), {QStringLiteral("cluster")},
                                  environmentFor(language, locale));
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.endsWith(expected), qPrintable(wrong.err));
    const QString needsInput = translationOf(language, QStringLiteral("segscope"),
                                             QStringLiteral("cluster needs exactly one INPUT file (CSV or SQLite)"));
    QVERIFY2(wrong.err.contains(needsInput), qPrintable(wrong.err));
}

void TestLanguages::segscopeWritesTheLocalesNumbers_data()
{
    segscopeSpeaksTheUsersLanguage_data();
}

void TestLanguages::segscopeWritesTheLocalesNumbers()
{
    // The printed summary takes the locale's decimal comma and digit grouping; its JSON keeps
    // '.' (filesForProgramsAreTheSameInEveryLanguage).
    QFETCH(QString, language);
    QFETCH(QString, locale);
    if (!localeInstalled(locale))
        QSKIP("the locale is not installed (Debian package locales-all)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString csv = dir.filePath(QStringLiteral("demo.csv"));
    const QString json = dir.filePath(QStringLiteral("summary.json"));
    QCOMPARE(runSegscope({QStringLiteral("demo-data"), QStringLiteral("--out"), csv, QStringLiteral("--rows"),
                          QStringLiteral("12000")})
                 .exitCode,
             0);
    const SegscopeRun cluster = run(QStringLiteral(SEG_CLI_PATH),
                                    {QStringLiteral("cluster"), csv, QStringLiteral("--k"), QStringLiteral("3"),
                                     QStringLiteral("--json"), json},
                                    environmentFor(language, locale));
    QVERIFY2(cluster.exitCode == 0, qPrintable(cluster.err));
    const QJsonObject summary = readJsonObject(json);
    const QLocale local(locale.section(QLatin1Char('.'), 0, 0));
    const QJsonObject metrics = summary.value(QStringLiteral("metrics")).toObject();
    const auto metric = [&](const char *name, int decimals) {
        return local.toString(metrics.value(QString::fromLatin1(name)).toDouble(), 'f', decimals);
    };
    const QString quality
        = translationOf(language, QStringLiteral("segscope"),
                        QStringLiteral("silhouette %1, Davies–Bouldin %2, Calinski–Harabasz %3"))
              .arg(metric("silhouette", 3), metric("davies_bouldin", 3), metric("calinski_harabasz", 1));
    QVERIFY2(cluster.outText().contains(quality + QLatin1Char('\n')), qPrintable(quality + cluster.outText()));
    QVERIFY(metric("silhouette", 3).contains(QLatin1Char(','))); // a decimal comma in all three languages
    // The demo's features are several: the plural form (the second in all three languages).
    const QStringList rowsForms
        = pluralFormsOf(language, QStringLiteral("segscope"),
                        QStringLiteral("%1 rows, %2 feature(s), k = %3: inertia %4 after %5 iterations\n"));
    QCOMPARE(rowsForms.size(), 2);
    const QString rows = QString(rowsForms[1])
                             .arg(local.toString(12000))
                             .arg(summary.value(QStringLiteral("params")).toObject().value(QStringLiteral("features")).toArray().size())
                             .arg(3)
                             .arg(local.toString(summary.value(QStringLiteral("inertia")).toDouble(), 'g', 6))
                             .arg(summary.value(QStringLiteral("n_iter")).toInt());
    QVERIFY2(cluster.outText().startsWith(rows), qPrintable(rows + cluster.outText()));
    // Grouped in all three (Spanish groups from five digits): 12.000, 12 000.
    QVERIFY(local.toString(12000) != QStringLiteral("12000"));
}

void TestLanguages::theCLocaleGetsEnglishPlurals()
{
    // A script's environment (LANG=C, no LANGUAGE) matches no translation: segscope then speaks
    // the English file's singular and plural, not "1 demo customer(s)".
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LANG"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    const QString csv = dir.filePath(QStringLiteral("one.csv"));
    const SegscopeRun one = run(QStringLiteral(SEG_CLI_PATH),
                                {QStringLiteral("demo-data"), QStringLiteral("--rows"), QStringLiteral("1"),
                                 QStringLiteral("--out"), csv}, env);
    QCOMPARE(one.exitCode, 0);
    // demo-data reports on standard error: standard output may be the data.
    QVERIFY2(one.err.startsWith(QStringLiteral("wrote 1 demo customer (seed")), qPrintable(one.err));
    const SegscopeRun two = run(QStringLiteral(SEG_CLI_PATH),
                                {QStringLiteral("demo-data"), QStringLiteral("--rows"), QStringLiteral("2"),
                                 QStringLiteral("--out"), csv}, env);
    QVERIFY2(two.err.startsWith(QStringLiteral("wrote 2 demo customers (seed")), qPrintable(two.err));
}

void TestLanguages::engineMessagesInTheUsersLanguage_data()
{
    segscopeSpeaksTheUsersLanguage_data();
}

void TestLanguages::engineMessagesInTheUsersLanguage()
{
    // The engine's errors and warnings, their places and their plurals, as the translations
    // word them.
    QFETCH(QString, language);
    QFETCH(QString, locale);
    if (!localeInstalled(locale))
        QSKIP("the locale is not installed (Debian package locales-all)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ragged = dir.filePath(QStringLiteral("ragged.csv"));
    QVERIFY(writeFile(ragged, "id,spend,visits\n1,5,2\n2,7,3,9\n3,8,1\n"));
    const SegscopeRun wrong = run(QStringLiteral(SEG_CLI_PATH), {QStringLiteral("cluster"), ragged, QStringLiteral("--k"),
                                  QStringLiteral("2")}, environmentFor(language, locale));
    QCOMPARE(wrong.exitCode, 3);
    const QString row = translationOf(language, QStringLiteral("Text"), QStringLiteral("row %1")).arg(3);
    QVERIFY(!row.isEmpty() && row != QStringLiteral("row 3"));
    const QStringList fields = pluralFormsOf(language, QStringLiteral("Text"),
                                             QStringLiteral("the row has %n field(s), but the header has %1"));
    QCOMPARE(fields.size(), 2);
    const QString detail = QString(fields[1]).replace(QStringLiteral("%n"), QStringLiteral("4")).arg(3);
    QVERIFY2(wrong.err.contains(row), qPrintable(wrong.err));
    QVERIFY2(wrong.err.contains(detail), qPrintable(detail + QLatin1Char('\n') + wrong.err));

    // One missing cell: the singular, in every language (French counts 0 and 1 as one), and the
    // median with the locale's decimal mark.
    const QString holey = dir.filePath(QStringLiteral("holey.csv"));
    QVERIFY(writeFile(holey, "id,spend,visits\n1,5,2\n2,,3\n3,8.5,1\n4,6.5,2\n"));
    const SegscopeRun filled = run(QStringLiteral(SEG_CLI_PATH), {QStringLiteral("cluster"), holey, QStringLiteral("--k"),
                                   QStringLiteral("2")}, environmentFor(language, locale));
    QCOMPARE(filled.exitCode, 0);
    const QStringList cells = pluralFormsOf(language, QStringLiteral("Text"),
                                            QStringLiteral("column '%1': filled %n missing cell(s) with the median (%2)"));
    QCOMPARE(cells.size(), 2);
    const QString one = QString(cells[0]).replace(QStringLiteral("%n"), QStringLiteral("1"))
                            .arg(QStringLiteral("spend"), QStringLiteral("6") + QLocale(locale).decimalPoint()
                                                                 + QStringLiteral("5"));
    QVERIFY2(filled.err.contains(one), qPrintable(one + QLatin1Char('\n') + filled.err));
}

void TestLanguages::segmentscopeHelpInTheChosenLanguage_data()
{
    segscopeSpeaksTheUsersLanguage_data();
}

void TestLanguages::segmentscopeHelpInTheChosenLanguage()
{
    QFETCH(QString, language);
    // --lang chooses for one run, whatever the system's language.
    const SegscopeRun help = run(QStringLiteral(SEG_GUI_PATH), {QStringLiteral("--lang"), language, QStringLiteral("--help")},
                                 environmentFor(QStringLiteral("en"), QStringLiteral("C.UTF-8")));
    QCOMPARE(help.exitCode, 0);
    const QString expected = translationOf(language, QStringLiteral("main"), QStringLiteral("Show the Personas tab."));
    QVERIFY(!expected.isEmpty());
    QVERIFY2(help.outText().contains(expected), qPrintable(help.outText()));
    QVERIFY(!help.outText().contains(QStringLiteral("Show the Personas tab.")));
}

void TestLanguages::filesForProgramsAreTheSameInEveryLanguage()
{
    // German, French and Spanish write decimal commas; the assignments, the summary and the
    // scoring SQL must not.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString csv = dir.filePath(QStringLiteral("demo.csv"));
    QCOMPARE(runSegscope({QStringLiteral("demo-data"), QStringLiteral("--out"), csv, QStringLiteral("--rows"),
                          QStringLiteral("800")})
                 .exitCode,
             0);
    auto outputs = [&](const QString &language, const QString &locale) {
        // The same file names in a folder per language (the SQL names its project).
        QDir(dir.path()).mkdir(language);
        const QString folder = dir.filePath(language) + QLatin1Char('/');
        const QString assign = folder + QStringLiteral("assign.csv");
        const QString json = folder + QStringLiteral("summary.json");
        const QString project = folder + QStringLiteral("customers.segscope");
        const QString sql = folder + QStringLiteral("score.sql");
        const QProcessEnvironment env = environmentFor(language, locale);
        const SegscopeRun cluster = run(QStringLiteral(SEG_CLI_PATH),
                                        {QStringLiteral("cluster"), csv, QStringLiteral("--k"), QStringLiteral("4"),
                                         QStringLiteral("--role"), QStringLiteral("true_segment=label"),
                                         QStringLiteral("--out"), assign, QStringLiteral("--json"), json},
                                        env);
        const SegscopeRun create = run(QStringLiteral(SEG_CLI_PATH),
                                       {QStringLiteral("project"), QStringLiteral("create"), csv, QStringLiteral("--out"),
                                        project, QStringLiteral("--k"), QStringLiteral("4"),
                                        QStringLiteral("--id-column"), QStringLiteral("customer_id")},
                                       env);
        const SegscopeRun exported = run(QStringLiteral(SEG_CLI_PATH),
                                         {QStringLiteral("export-sql"), project, QStringLiteral("--dialect"),
                                          QStringLiteral("postgresql"), QStringLiteral("--table"),
                                          QStringLiteral("customers"), QStringLiteral("--out"), sql,
                                          QStringLiteral("--no-record")},
                                         env);
        QJsonObject summary = readJsonObject(json);
        summary.remove(QStringLiteral("timings_ms"));
        // The warnings are sentences for people, in the user's language: compared by number.
        const QJsonArray warnings = summary.take(QStringLiteral("warnings")).toArray();
        summary.insert(QStringLiteral("warning_count"), warnings.size());
        QJsonObject input = summary.value(QStringLiteral("input")).toObject();
        input.remove(QStringLiteral("path"));
        summary.insert(QStringLiteral("input"), input);
        return std::tuple {cluster.exitCode + create.exitCode + exported.exitCode, readFile(assign), summary,
                           readFile(sql), warnings.isEmpty() ? QString() : warnings.first().toString()};
    };
    const auto [cOk, cAssign, cSummary, cSql, cWarning] = outputs(QStringLiteral("en"), QStringLiteral("C.UTF-8"));
    // The demo's missing cells are filled: a warning to compare across the languages.
    QVERIFY2(cWarning.startsWith(QLatin1String("column '")), qPrintable(cWarning));
    QCOMPARE(cOk, 0);
    QVERIFY(cAssign.contains(".")); // distances with decimals
    int tried = 0;
    for (const Language &l : kLanguages) {
        if (!localeInstalled(QString::fromLatin1(l.locale)))
            continue;
        ++tried;
        const auto [ok, assign, summary, sql, warning] = outputs(QString::fromLatin1(l.code), QString::fromLatin1(l.locale));
        QCOMPARE(ok, 0);
        QVERIFY2(assign == cAssign, l.code);
        QVERIFY2(!warning.isEmpty() && warning != cWarning, qPrintable(warning));
        QVERIFY2(summary == cSummary, l.code);
        QVERIFY2(sql == cSql, l.code);
    }
    if (tried == 0)
        QSKIP("no German, French or Spanish locale is installed (Debian package locales-all)");
}

QTEST_MAIN(TestLanguages)
#include "test_languages.moc"
