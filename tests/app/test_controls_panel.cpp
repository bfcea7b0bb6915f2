// The analysis controls' feature tree: setSpec checks exactly the spec's columns, groups show
// the state of their columns (all, some, none), checking a group checks its columns, user
// edits are reported (one per click) and setters are not, also on a wide table.

#include "app/ui/controls_panel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <string>

using namespace seg;

namespace {

FeatureGroup group(const std::string &name, std::vector<std::string> columns)
{
    FeatureGroup g;
    g.name = name;
    for (std::string &c : columns)
        g.columns.push_back(FeatureColumn {std::move(c), Transform::None, 1.0});
    return g;
}

QTreeWidgetItem *groupItem(QTreeWidget *tree, const QString &name)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == name)
            return tree->topLevelItem(i);
    return nullptr;
}

QTreeWidgetItem *columnItem(QTreeWidgetItem *group, const QString &name)
{
    for (int j = 0; j < group->childCount(); ++j)
        if (group->child(j)->data(0, Qt::UserRole).toString() == name)
            return group->child(j);
    return nullptr;
}

std::vector<std::string> columnsOf(const FeatureSpec &spec, const std::string &name)
{
    for (const FeatureGroup &g : spec.groups)
        if (g.name == name) {
            std::vector<std::string> out;
            for (const FeatureColumn &c : g.columns)
                out.push_back(c.column);
            return out;
        }
    return {};
}

} // namespace

class TestControlsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Each page reports exactly the options its inputs show; setting a page reports nothing.
    void parameterPagesReportExactOptions()
    {
        ControlsPanel panel;
        QSignalSpy edited(&panel, &ControlsPanel::parametersEdited);
        for (const AlgorithmEntry &entry : algorithmEntries())
            panel.setParameters(defaultClusteringOptions(entry.algorithm, 6, 42), DataDefaults {true, true});
        panel.setParameters(DbscanOptions {1.5, 7}, DataDefaults {false, true});
        QCOMPARE(edited.count(), 0);

        auto last = [&] { return edited.last().at(0).value<ClusteringOptions>(); };
        auto lastFromData = [&] { return edited.last().at(1).value<DataDefaults>(); };
        auto inputs = [&](Algorithm a) { return panel.parameterPage(a)->inputs(); };

        qobject_cast<QSpinBox *>(inputs(Algorithm::KMeans).at(0))->setValue(4);
        KMeansOptions kmeans = std::get<KMeansOptions>(defaultClusteringOptions(Algorithm::KMeans, 6, 42));
        kmeans.nInit = 4;
        QCOMPARE(edited.count(), 1);
        QCOMPARE(last(), ClusteringOptions(kmeans));
        QCOMPARE(lastFromData(), DataDefaults {});

        auto *covariance = qobject_cast<QComboBox *>(inputs(Algorithm::GaussianMixture).at(0));
        covariance->setCurrentIndex(covariance->findData(int(CovarianceType::Full)));
        auto gmm = std::get<GaussianMixtureOptions>(defaultClusteringOptions(Algorithm::GaussianMixture, 6, 42));
        gmm.covariance = CovarianceType::Full;
        QCOMPARE(last(), ClusteringOptions(gmm));

        // DBSCAN as set above: eps given, so a new min samples keeps it.
        auto *eps = qobject_cast<QDoubleSpinBox *>(inputs(Algorithm::Dbscan).at(0));
        auto *minSamples = qobject_cast<QSpinBox *>(inputs(Algorithm::Dbscan).at(1));
        auto *suggest = qobject_cast<QPushButton *>(inputs(Algorithm::Dbscan).at(2));
        QCOMPARE(eps->value(), 1.5);
        QVERIFY(suggest->isEnabled());
        minSamples->setValue(9);
        QCOMPARE(last(), ClusteringOptions(DbscanOptions {1.5, 9}));
        QCOMPARE(lastFromData(), DataDefaults {});
        suggest->click();
        QCOMPARE(lastFromData(), (DataDefaults {true, false}));
        QVERIFY(!suggest->isEnabled());
        // The engine's suggestion arrives: shown, and a typed radius replaces it.
        panel.setFeedback({DbscanOptions {0.731, 9}, 0.731, 1000, false});
        QCOMPARE(eps->value(), 0.731);
        eps->setValue(0.5);
        QCOMPARE(last(), ClusteringOptions(DbscanOptions {0.5, 9}));
        QCOMPARE(lastFromData(), DataDefaults {});

        auto *minSize = qobject_cast<QSpinBox *>(inputs(Algorithm::Hdbscan).at(0));
        auto *hdbscanSamples = qobject_cast<QSpinBox *>(inputs(Algorithm::Hdbscan).at(1));
        hdbscanSamples->setValue(3);
        QCOMPARE(lastFromData(), (DataDefaults {false, true}));
        minSize->setValue(25);
        QCOMPARE(last(), ClusteringOptions(HdbscanOptions {25, 3}));
        QCOMPARE(lastFromData(), DataDefaults {});
        QCOMPARE(edited.count(), 7);
    }

    void setSpecChecksExactlyItsColumns()
    {
        ControlsPanel panel;
        QSignalSpy edited(&panel, &ControlsPanel::specEdited);
        FeatureSpec available;
        available.groups = {group("engagement", {"visits", "sessions", "clicks"}), group("other", {"age"})};
        panel.setAvailableFeatures(available);
        FeatureSpec spec;
        spec.groups = {group("engagement", {"visits", "clicks"}), group("profile", {"tenure"})};
        spec.groups[0].columns[1].transform = Transform::Log1p;
        panel.setSpec(spec);
        QCOMPARE(edited.count(), 0);

        QTreeWidget *tree = panel.featureTree();
        QTreeWidgetItem *engagement = groupItem(tree, QStringLiteral("engagement"));
        QTreeWidgetItem *other = groupItem(tree, QStringLiteral("other"));
        QTreeWidgetItem *profile = groupItem(tree, QStringLiteral("profile")); // added by setSpec
        QVERIFY(engagement && other && profile);
        QCOMPARE(columnItem(engagement, QStringLiteral("visits"))->checkState(0), Qt::Checked);
        QCOMPARE(columnItem(engagement, QStringLiteral("sessions"))->checkState(0), Qt::Unchecked);
        QCOMPARE(columnItem(engagement, QStringLiteral("clicks"))->checkState(0), Qt::Checked);
        QCOMPARE(columnItem(other, QStringLiteral("age"))->checkState(0), Qt::Unchecked);
        QCOMPARE(columnItem(profile, QStringLiteral("tenure"))->checkState(0), Qt::Checked);
        // Groups show their columns' state.
        QCOMPARE(engagement->checkState(0), Qt::PartiallyChecked);
        QCOMPARE(other->checkState(0), Qt::Unchecked);
        QCOMPARE(profile->checkState(0), Qt::Checked);

        const FeatureSpec shown = panel.spec();
        QCOMPARE(columnsOf(shown, "engagement"), (std::vector<std::string> {"visits", "clicks"}));
        QCOMPARE(columnsOf(shown, "profile"), std::vector<std::string> {"tenure"});
        QVERIFY(columnsOf(shown, "other").empty());
        QVERIFY(shown.groups[0].columns[1].transform == Transform::Log1p);
    }

    void userEditsAreReported()
    {
        ControlsPanel panel;
        FeatureSpec available;
        available.groups = {group("engagement", {"visits", "sessions", "clicks"})};
        panel.setAvailableFeatures(available);
        FeatureSpec spec;
        spec.groups = {group("engagement", {"visits"})};
        panel.setSpec(spec);
        QSignalSpy edited(&panel, &ControlsPanel::specEdited);
        QTreeWidgetItem *engagement = groupItem(panel.featureTree(), QStringLiteral("engagement"));

        columnItem(engagement, QStringLiteral("sessions"))->setCheckState(0, Qt::Checked);
        QVERIFY(edited.count() >= 1);
        QCOMPARE(columnsOf(edited.last().at(0).value<FeatureSpec>(), "engagement"),
                 (std::vector<std::string> {"visits", "sessions"}));
        QCOMPARE(engagement->checkState(0), Qt::PartiallyChecked);

        // Checking the group checks all its columns, clearing it clears them.
        engagement->setCheckState(0, Qt::Checked);
        QCOMPARE(columnItem(engagement, QStringLiteral("clicks"))->checkState(0), Qt::Checked);
        QCOMPARE(columnsOf(panel.spec(), "engagement"),
                 (std::vector<std::string> {"visits", "sessions", "clicks"}));
        QCOMPARE(columnsOf(edited.last().at(0).value<FeatureSpec>(), "engagement"),
                 (std::vector<std::string> {"visits", "sessions", "clicks"}));
        const int edits = edited.count();
        engagement->setCheckState(0, Qt::Unchecked);
        QCOMPARE(edited.count(), edits + 1); // one edit for the whole group
        QCOMPARE(columnItem(engagement, QStringLiteral("visits"))->checkState(0), Qt::Unchecked);
        QVERIFY(panel.spec().groups.empty());
        // A column checked again: the group is partly checked.
        columnItem(engagement, QStringLiteral("clicks"))->setCheckState(0, Qt::Checked);
        QCOMPARE(engagement->checkState(0), Qt::PartiallyChecked);
        QCOMPARE(columnsOf(panel.spec(), "engagement"), std::vector<std::string> {"clicks"});
    }

    // Each column shows its transform; the user changes it in the transform column's editor, and
    // the panel reports the spec with the new transform (the document makes it an undoable step).
    void transformsAreShownAndEdited()
    {
        ControlsPanel panel;
        FeatureSpec available;
        available.groups.push_back(group("purchasing", {"Fresh", "Milk"}));
        available.groups[0].columns[0].transform = Transform::Log1p;
        panel.setAvailableFeatures(available);
        panel.setSpec(available);
        QTreeWidget *tree = panel.featureTree();
        QTreeWidgetItem *fresh = columnItem(groupItem(tree, QStringLiteral("purchasing")), QStringLiteral("Fresh"));
        QTreeWidgetItem *milk = columnItem(groupItem(tree, QStringLiteral("purchasing")), QStringLiteral("Milk"));
        QCOMPARE(fresh->text(ControlsPanel::TransformColumn), QStringLiteral("log"));
        QCOMPARE(milk->text(ControlsPanel::TransformColumn), QStringLiteral("none"));
        QCOMPARE(fresh->toolTip(ControlsPanel::TransformColumn),
                 QStringLiteral("Fresh: log(1 + x). Double-click to change how it is transformed before scaling."));
        QCOMPARE(tree->headerItem()->text(ControlsPanel::TransformColumn), QStringLiteral("Weight /\ntransform"));

        QSignalSpy edited(&panel, &ControlsPanel::specEdited);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        tree->editItem(milk, ControlsPanel::TransformColumn);
        auto *combo = tree->viewport()->findChild<QComboBox *>();
        QVERIFY(combo);
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->currentText(), QStringLiteral("none"));
        QTest::keyClick(combo, Qt::Key_Down); // none -> log(1 + x)
        QCOMPARE(edited.count(), 1);
        const FeatureSpec spec = edited.last().at(0).value<FeatureSpec>();
        QCOMPARE(spec.groups.size(), std::size_t(1));
        QVERIFY(spec.groups[0].columns[0].transform == Transform::Log1p);
        QCOMPARE(spec.groups[0].columns[1].column, std::string("Milk"));
        QVERIFY(spec.groups[0].columns[1].transform == Transform::Log1p);
        QCOMPARE(milk->text(ControlsPanel::TransformColumn), QStringLiteral("log"));
        QVERIFY(panel.spec().groups[0].columns[1].transform == Transform::Log1p);

        // The window sets the document's spec back (undo): shown, not reported.
        panel.setSpec(available);
        QCOMPARE(milk->text(ControlsPanel::TransformColumn), QStringLiteral("none"));
        QCOMPARE(edited.count(), 1);
        // Only the transform column has an editor: the name stays as it is.
        tree->editItem(fresh, ControlsPanel::NameColumn);
        QVERIFY(!tree->indexWidget(tree->indexFromItem(fresh, ControlsPanel::NameColumn)));
        // A group's row keeps its weight's spin box.
        QTreeWidgetItem *purchasing = groupItem(tree, QStringLiteral("purchasing"));
        tree->editItem(purchasing, ControlsPanel::WeightColumn);
        QVERIFY(qobject_cast<QDoubleSpinBox *>(tree->itemWidget(purchasing, ControlsPanel::WeightColumn)));
    }

    void outlierThreshold()
    {
        ControlsPanel panel;
        QSignalSpy edited(&panel, &ControlsPanel::outlierThresholdEdited);
        QCOMPARE(panel.outlierThreshold(), 0.0);
        QCOMPARE(panel.outlierSpinBox()->text(), QStringLiteral("Keep all"));
        panel.setOutlierThreshold(6.0);
        QCOMPARE(edited.count(), 0);
        panel.outlierSpinBox()->setValue(8.0);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.last().at(0).toDouble(), 8.0);
    }

    void wideTable()
    {
        // 20,000 columns in one group, every other one in the spec.
        ControlsPanel panel;
        panel.show();
        std::vector<std::string> all, chosen;
        for (int j = 0; j < 20000; ++j) {
            all.push_back("feature_" + std::to_string(j));
            if (j % 2 == 0)
                chosen.push_back(all.back());
        }
        FeatureSpec available;
        available.groups = {group("other", all)};
        panel.setAvailableFeatures(available);
        FeatureSpec spec;
        spec.groups = {group("other", chosen)};
        panel.setSpec(spec);
        QTreeWidgetItem *other = groupItem(panel.featureTree(), QStringLiteral("other"));
        QCOMPARE(other->childCount(), 20000);
        QCOMPARE(other->checkState(0), Qt::PartiallyChecked);
        QCOMPARE(other->child(19998)->checkState(0), Qt::Checked);
        QCOMPARE(other->child(19999)->checkState(0), Qt::Unchecked);
        QCOMPARE(columnsOf(panel.spec(), "other"), chosen);
        // A click on the partly checked group checks every column.
        QSignalSpy edited(&panel, &ControlsPanel::specEdited);
        other->setCheckState(0, Qt::Checked);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(other->child(19999)->checkState(0), Qt::Checked);
        QCOMPARE(columnsOf(panel.spec(), "other"), all);
        // And setSpec goes back to the chosen ones, then to every column.
        panel.setSpec(spec);
        QCOMPARE(other->checkState(0), Qt::PartiallyChecked);
        QCOMPARE(columnsOf(panel.spec(), "other"), chosen);
        panel.setSpec(available);
        QCOMPARE(other->checkState(0), Qt::Checked);
        QCOMPARE(columnsOf(panel.spec(), "other"), all);
    }
};

QTEST_MAIN(TestControlsPanel)
#include "test_controls_panel.moc"
