// How feature names read: underscores as spaces, one-hot names split into column and level; the
// suggested feature groups as titles in the user's language.

#include "widgets/feature_label.h"

#include <QTest>
#include <QTranslator>

using namespace seg;

class TestFeatureLabel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void humanize()
    {
        QCOMPARE(humanizeName(QStringLiteral("days_since_last_order")), QStringLiteral("days since last order"));
        QCOMPARE(humanizeName(QStringLiteral("  web__share_ ")), QStringLiteral("web share"));
        QCOMPARE(humanizeName(QStringLiteral("revenue")), QStringLiteral("revenue"));
        // Nothing but underscores would vanish: kept as it is.
        QCOMPARE(humanizeName(QStringLiteral("__")), QStringLiteral("__"));
    }

    void plainFeature()
    {
        const FeatureLabel label = featureLabel("avg_order_value");
        QVERIFY(!label.oneHot);
        QCOMPARE(label.column, QStringLiteral("avg order value"));
        QVERIFY(label.level.isEmpty());
        QCOMPARE(featureDisplayName("avg_order_value"), QStringLiteral("avg order value"));
    }

    void oneHotFeature()
    {
        const FeatureLabel label = featureLabel("acquisition_channel=organic search");
        QVERIFY(label.oneHot);
        QCOMPARE(label.column, QStringLiteral("acquisition channel"));
        QCOMPARE(label.level, QStringLiteral("organic search"));
        QCOMPARE(featureDisplayName("acquisition_channel=in_store"), QStringLiteral("acquisition channel: in store"));
        // Only the first '=' separates column and level.
        QCOMPARE(featureLabel("formula=a=b").level, QStringLiteral("a=b"));
    }

    void suggestedGroupsAreTitledInTheUsersLanguage()
    {
        QCOMPARE(groupTitle("purchasing"), QStringLiteral("Purchasing"));
        QCOMPARE(groupTitle("recency & loyalty"), QStringLiteral("Recency & loyalty"));
        // The user's own groups: humanised and capitalised for a title, as written for editing.
        QCOMPARE(groupTitle("web_metrics"), QStringLiteral("Web metrics"));
        QCOMPARE(editableGroupName("web_metrics"), QStringLiteral("web_metrics"));
        QCOMPARE(groupName(QStringLiteral("web_metrics")), QStringLiteral("web_metrics"));

        QTranslator german;
        QVERIFY(german.load(QStringLiteral(QT_TESTCASE_BUILDDIR "/../app/segmentscope_de.qm")));
        QCoreApplication::installTranslator(&german);
        const QString title = groupTitle("purchasing");
        const QString edited = editableGroupName("channels");
        const QString back = groupName(title);
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(title, QStringLiteral("Kaufverhalten"));
        QCOMPARE(edited, QStringLiteral("Kanäle"));
        // What the user picked in the import dialog goes back into the spec as the group's name.
        QCOMPARE(back, QStringLiteral("purchasing"));
    }
};

QTEST_GUILESS_MAIN(TestFeatureLabel)
#include "test_feature_label.moc"
