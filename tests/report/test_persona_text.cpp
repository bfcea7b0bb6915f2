// PersonaText (app/report/persona_text.h): without a translation it words every drafted persona
// exactly as the engine's English does, so the two compositions of the same facts agree; with
// one, the label's pattern may reorder its words; numbers follow the locale; and the user's own
// label and description win over the worded draft in the report.

#include "app/report/persona_text.h"
#include "app/report/report_analysis.h"

#include "engine/data/column_roles.h"
#include "engine/data/csv_reader.h"
#include "engine/demo/demo_data.h"
#include "engine/prep/feature_spec.h"

#include <QTranslator>
#include <QtTest>

#include <cmath>
#include <map>

using namespace seg;

namespace {

const double kNan = std::nan("");

QStringList fromStd(const std::vector<std::string> &items)
{
    QStringList out;
    for (const std::string &i : items)
        out << QString::fromStdString(i);
    return out;
}

/// Every text of every persona, worded by `words`, against the engine's.
void checkEnglish(const std::vector<Persona> &personas, const PersonaText &words, const QString &what)
{
    for (const Persona &p : personas) {
        const QString where = what + QStringLiteral(", segment %1").arg(p.segment);
        const auto same = [&](const QString &ours, const std::string &engine, const char *part) {
            QVERIFY2(ours == QString::fromStdString(engine),
                     qPrintable(QStringLiteral("%1, %2: '%3' against the engine's '%4'")
                                    .arg(where, QLatin1String(part), ours, QString::fromStdString(engine))));
        };
        same(words.label(p), p.label, "label");
        same(words.description(p), p.description, "description");
        same(words.channels(p).join(QLatin1Char('|')), fromStd(p.channels).join(QLatin1Char('|')).toStdString(),
             "channels");
        same(words.priceSensitivity(p), p.priceSensitivity, "price sensitivity");
        same(words.risks(p).join(QLatin1Char('|')), fromStd(p.risks).join(QLatin1Char('|')).toStdString(), "risks");
    }
}

ReportInput analyse(const Table &data, const std::vector<std::string> &exclude, int k, std::uint64_t seed)
{
    auto table = std::make_shared<const Table>(data);
    ReportAnalysisOptions options;
    options.clustering = defaultClusteringOptions(Algorithm::KMeans, k, seed);
    options.sweepMax = 0;
    options.stabilityRuns = 0;
    return analyseForReport(*table, suggestFeatureSpec(*table, exclude), options);
}

/// Segments made by hand, for the cases data rarely gives: an empty segment, two segments
/// with the same label (numbered), features of no known concept and levels of a column, both
/// P(alive) risks, and each kind of second sentence.
struct HandMade
{
    Profiles profiles;
    Drivers drivers;
    Drivers valueDrivers;
    Economics value;   ///< lifetime value, revenue and P(alive)
    Economics revenue; ///< revenue only

    HandMade()
    {
        const std::vector<std::string> features {"discount_share", "days_since_last_order", "return_rate", "app_share",
                                                 "web_share",      "Fresh",                 "Channel=2",   "revenue"};
        profiles.features = features;
        profiles.populationMeans = {0.31, 120.5, 0.04, 0.3, 0.5, 12000, 0.32, 1500};
        drivers.features = features;
        valueDrivers.features = {"lifetime value", "P(alive)"};
        const std::vector<std::size_t> sizes {12593, 0, 50, 60, 3000};
        const std::vector<std::vector<double>> smd {{0.9, 1.2, 0.7, 0.1, -0.2, -0.8, 0.6, 0.3},
                                                    std::vector<double>(8, kNan),
                                                    std::vector<double>(8, 0.0),
                                                    std::vector<double>(8, 0.1),
                                                    {0.2, -0.1, 0.0, 0.0, 0.0, 0.9, -0.7, -0.4}};
        const std::vector<std::vector<double>> valueSmd {{-0.6, -0.9}, {kNan, kNan}, {0, 0}, {0, 0}, {0.1, -0.6}};
        const std::vector<double> alive {0.43, kNan, 0.8, 0.8, 0.7};
        const std::vector<double> clv {1234.567, kNan, 80, 81, 950.5};
        std::size_t all = 0;
        for (std::size_t n : sizes)
            all += n;
        profiles.customers = all;
        value.revenueColumn = revenue.revenueColumn = "revenue";
        value.hasValue = value.hasClv = true;
        for (std::size_t s = 0; s < sizes.size(); ++s) {
            SegmentProfile p;
            p.segment = static_cast<int>(s);
            p.size = sizes[s];
            p.share = static_cast<double>(sizes[s]) / static_cast<double>(all);
            p.means = {0.68 - 0.1 * double(s), 400.25, 0.09, 0.64, 0.27, 9000 + double(s), 0.5, 1800};
            profiles.segments.push_back(p);
            drivers.smd.push_back(smd[s]);
            valueDrivers.smd.push_back(valueSmd[s]);

            SegmentEconomics e;
            e.size = sizes[s];
            e.share = {p.share, kNan, kNan};
            e.revenuePerCustomer = {1500.0 + 10.0 * double(s), kNan, kNan};
            e.revenueTotal = {e.revenuePerCustomer.estimate * double(sizes[s]), kNan, kNan};
            e.revenueShare = {0.05 + 0.2 * double(s), kNan, kNan};
            e.clvMean = {kNan, kNan, kNan};
            e.clvTotal = e.clvShare = e.expectedPurchases = e.probabilityAlive = e.clvMean;
            revenue.segments.push_back(e);
            e.clvMean = {clv[s], kNan, kNan};
            e.clvShare = {0.253 - 0.05 * double(s), kNan, kNan};
            e.probabilityAlive = {alive[s], kNan, kNan};
            value.segments.push_back(e);
        }
    }

    std::vector<Persona> draft(const Economics *economics, const Drivers *valueDrivers) const
    {
        return draftPersonas({&profiles, &drivers, economics, valueDrivers});
    }
};

/// A translation of a few source texts, as a .qm file would give them.
class FewWords : public QTranslator
{
public:
    std::map<QString, QString> texts; ///< source text -> translation (any disambiguation)
    /// Only the label pattern of two traits (its disambiguation starts so).
    QString labelPattern;

    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *disambiguation, int) const override
    {
        if (qstrcmp(context, "seg::PersonaText") != 0)
            return {};
        const QString text = QString::fromUtf8(source);
        if (text == QLatin1String("%1 %2") && disambiguation
            && QByteArray(disambiguation).startsWith("persona label of two traits"))
            return labelPattern;
        const auto it = texts.find(text);
        return it == texts.end() ? QString() : it->second;
    }
};

} // namespace

class TestPersonaText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void englishAsTheEngineOnDemoData()
    {
        const PersonaText words(QLocale(QLocale::English, QLocale::UnitedStates));
        const Table demo = generateDemoData(4000, 21);
        for (int k : {2, 4, 6, 9}) {
            const ReportInput in = analyse(demo, {"customer_id", "true_segment"}, k, 3);
            QVERIFY(in.economics && in.economics->hasClv); // the value sentence, P(alive) risks
            checkEnglish(in.personas, words, QStringLiteral("demo k=%1").arg(k));
            if (QTest::currentTestFailed())
                return;
        }
    }

    void englishAsTheEngineOnWholesale()
    {
        // Features of no known concept ("Fresh") and levels of a column ("Channel=2").
        Table wholesale = readCsv(SEG_SHARED_DATA_DIR "/wholesale/Wholesale customers data.csv");
        assignColumnRoles(wholesale);
        const PersonaText words(QLocale(QLocale::English, QLocale::UnitedStates));
        bool other = false;
        for (int k : {3, 6, 8}) {
            const ReportInput in = analyse(wholesale, {}, k, 42);
            for (const Persona &p : in.personas)
                for (const PersonaClaim &c : p.facts.described)
                    other |= c.kind == TraitConcept::Other;
            checkEnglish(in.personas, words, QStringLiteral("wholesale k=%1").arg(k));
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY(other);
    }

    void englishAsTheEngineByHand()
    {
        const HandMade made;
        const PersonaText words(QLocale(QLocale::English, QLocale::UnitedStates));
        const std::vector<Persona> withValue = made.draft(&made.value, &made.valueDrivers);
        checkEnglish(withValue, words, QStringLiteral("value"));
        const std::vector<Persona> withRevenue = made.draft(&made.revenue, nullptr);
        checkEnglish(withRevenue, words, QStringLiteral("revenue"));
        checkEnglish(made.draft(nullptr, nullptr), words, QStringLiteral("no economics"));
        // The cases are there: empty, numbered, other features, both P(alive) risks.
        QCOMPARE(words.label(withValue[1]), QStringLiteral("Empty segment 2"));
        QVERIFY(withValue[3].facts.numbered);
        QCOMPARE(words.label(withValue[3]), QStringLiteral("Typical customers (segment 4)"));
        QVERIFY(withValue[0].facts.worth.kind == PersonaWorthKind::LifetimeValue);
        QVERIFY(withRevenue[0].facts.worth.kind == PersonaWorthKind::Revenue);
        QVERIFY(withValue[0].facts.risks.back().kind == PersonaRiskKind::LowAlive);
        QVERIFY(withValue[4].facts.risks.back().kind == PersonaRiskKind::LessAlive);
        QVERIFY(words.label(withValue[4]).contains(QStringLiteral("High-Fresh")));
        QVERIFY(words.description(withRevenue[0]).contains(QStringLiteral("have lower Fresh")));
        QVERIFY(words.description(withValue[0]).startsWith(QStringLiteral("12,593 customers")));
        QVERIFY(words.description(withValue[0]).contains(QStringLiteral("1234.57 per customer")));
    }

    void translatedLabelIsReordered()
    {
        FewWords french;
        french.labelPattern = QStringLiteral("%2 %1");
        french.texts = {{QStringLiteral("High-value"), QStringLiteral("à forte valeur")},
                        {QStringLiteral("regulars"), QStringLiteral("habitués")},
                        {QStringLiteral("Frequent"), QStringLiteral("fréquents")},
                        {QStringLiteral("%1 customers"), QStringLiteral("Clients %1")}};
        QVERIFY(QCoreApplication::installTranslator(&french));
        const PersonaText words;
        const std::vector<PersonaClaim> two {{"revenue", TraitConcept::Value, 1.2}, {"orders", TraitConcept::Frequency, 0.9}};
        // The noun comes first and takes the capital; the adjective follows it as translated.
        QCOMPARE(words.composeLabel(two), QStringLiteral("Habitués à forte valeur"));
        QCOMPARE(words.composeLabel({two[1]}), QStringLiteral("Clients fréquents"));
        // Untranslated texts stay English.
        QCOMPARE(words.composeLabel({}), QStringLiteral("Typical customers"));
        QVERIFY(QCoreApplication::removeTranslator(&french));
        QCOMPARE(words.composeLabel(two), QStringLiteral("High-value regulars"));
    }

    void translatedDescriptionInGerman()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        FewWords german;
        german.texts = {{QStringLiteral("%1 customer(s) (%2) who %3 than the rest."),
                         QStringLiteral("%1 Kunden (%2), die %3 als die übrigen.")},
                        {QStringLiteral("%1 and %2"), QStringLiteral("%1 und %2")},
                        {QStringLiteral("have not bought for longer"), QStringLiteral("länger nicht gekauft haben")},
                        {QStringLiteral("high"), QStringLiteral("hoch")},
                        {QStringLiteral("%1 (%2 %3 against %4 overall)"), QStringLiteral("%1 (%2 %3 gegenüber %4 insgesamt)")}};
        QVERIFY(QCoreApplication::installTranslator(&german));
        const HandMade made;
        const Persona p = made.draft(&made.value, &made.valueDrivers)[0];
        const PersonaText words; // the default locale: German
        const QString description = words.description(p);
        QVERIFY2(description.startsWith(QStringLiteral("12.593 Kunden (")), qPrintable(description));
        QVERIFY2(description.contains(QStringLiteral("länger nicht gekauft haben, ")), qPrintable(description));
        QVERIFY2(description.contains(QStringLiteral(" und ")), qPrintable(description));
        QVERIFY2(description.contains(QStringLiteral("als die übrigen.")), qPrintable(description));
        // Money and means with a decimal comma (no group separator, as the engine writes them).
        QVERIFY2(description.contains(QStringLiteral("1234,57 per customer")), qPrintable(description));
        QCOMPARE(words.priceSensitivity(p), QStringLiteral("hoch (discount_share 0,68 gegenüber 0,31 insgesamt)"));
        // A share below 10% keeps one decimal, with the locale's mark.
        const Persona small = made.draft(&made.value, &made.valueDrivers)[2];
        QVERIFY2(words.description(small).startsWith(QStringLiteral("50 customers (0,3%)")),
                 qPrintable(words.description(small)));
        QVERIFY(QCoreApplication::removeTranslator(&german));
    }

    void userWordsWinInTheReport()
    {
        const HandMade made;
        ReportInput in;
        in.personas = made.draft(&made.value, &made.valueDrivers);
        in.personaLabels = QStringList {QStringLiteral("Weekend treaters"), QString()};
        in.personaDescriptions = QStringList {QString(), QStringLiteral("As typed, with \"quotes\".")};
        FewWords french;
        french.texts = {{QStringLiteral("Typical customers"), QStringLiteral("Clients typiques")}};
        QVERIFY(QCoreApplication::installTranslator(&french));
        const PersonaText words;
        QCOMPARE(in.personaLabel(0, &words), QStringLiteral("Weekend treaters"));
        QCOMPARE(in.personaDescription(1, &words), QStringLiteral("As typed, with \"quotes\"."));
        QCOMPARE(in.personaLabel(2, &words), QStringLiteral("Clients typiques"));
        QCOMPARE(in.personaDescription(0, &words), words.description(in.personas[0]));
        // Without words (the workbook and the CSV tables): the engine's English.
        QCOMPARE(in.personaLabel(2), QStringLiteral("Typical customers"));
        QCOMPARE(in.personaLabel(0), QStringLiteral("Weekend treaters"));
        QVERIFY(QCoreApplication::removeTranslator(&french));
    }
};

QTEST_GUILESS_MAIN(TestPersonaText)
#include "test_persona_text.moc"
