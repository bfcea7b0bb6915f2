// The document: typed change signals, undo/redo of every user edit, merging of consecutive
// k changes, and the analysis request it builds.

#include "app/core/document.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace seg;

namespace {

/// customer_id (identifier), sessions and revenue (real), region (categorical), segment (integer).
std::shared_ptr<const Table> smallTable()
{
    Table table;
    table.source = "small.csv";
    table.rowCount = 4;
    Column id;
    id.name = "customer_id";
    id.type = ColumnType::Identifier;
    id.text = {"a", "b", "c", "d"};
    id.textMissing = {0, 0, 0, 0};
    Column sessions;
    sessions.name = "sessions";
    sessions.type = ColumnType::Real;
    sessions.numbers = {1.0, 2.0, 3.0, 4.0};
    Column revenue;
    revenue.name = "revenue";
    revenue.type = ColumnType::Real;
    revenue.numbers = {10.0, 20.0, 5.0, 7.0};
    Column region;
    region.name = "region";
    region.type = ColumnType::Categorical;
    region.levels = {"north", "south"};
    region.codes = {0, 1, 1, 0};
    Column segment;
    segment.name = "segment";
    segment.type = ColumnType::Integer;
    segment.numbers = {0, 1, 0, 1};
    table.columns = {id, sessions, revenue, region, segment};
    return std::make_shared<const Table>(std::move(table));
}

FeatureSpec oneGroupSpec(const std::vector<std::string> &columns)
{
    FeatureSpec spec;
    FeatureGroup group;
    group.name = "engagement";
    for (const std::string &c : columns)
        group.columns.push_back(FeatureColumn{c, Transform::None, 1.0});
    spec.groups.push_back(group);
    return spec;
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void setTableSuggestsSpecAndClearsHistory();
    void kUndoRedo();
    void consecutiveKChangesMerge();
    void kMergeBackToStartLeavesNothing();
    void otherEditsInterruptMerge();
    void specUndoRedo();
    void labelsUndoRedo();
    void personaEditsUndoRedo();
    void noOpEditsPushNothing();
    void requestReflectsState();
};

void TestDocument::defaults()
{
    Document document;
    QVERIFY(!document.table());
    QCOMPARE(document.k(), 6);
    QCOMPARE(document.algorithm(), QStringLiteral("kmeans"));
    QVERIFY(document.segmentNames().empty());
    QVERIFY(document.undoStack());
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestDocument::setTableSuggestsSpecAndClearsHistory()
{
    Document document;
    document.setK(4);
    QCOMPARE(document.undoStack()->count(), 1);
    QSignalSpy tableChanged(&document, &Document::tableChanged);
    QSignalSpy specChanged(&document, &Document::specChanged);
    const auto table = smallTable();
    document.setTable(table, QStringLiteral("/data/small.csv"), QStringLiteral("customer_id"),
                      QStringLiteral("segment"));
    QCOMPARE(tableChanged.count(), 1);
    QCOMPARE(specChanged.count(), 1);
    QCOMPARE(document.table(), table);
    QCOMPARE(document.sourcePath(), QStringLiteral("/data/small.csv"));
    QCOMPARE(document.idColumn(), QStringLiteral("customer_id"));
    QCOMPARE(document.labelColumn(), QStringLiteral("segment"));
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(document.k(), 4); // k is a user choice, kept across data

    // The suggestion uses every usable column except the id and the known segments.
    std::vector<std::string> columns = document.spec().enabledColumns();
    std::sort(columns.begin(), columns.end());
    QCOMPARE(columns, (std::vector<std::string>{"region", "revenue", "sessions"}));
}

void TestDocument::kUndoRedo()
{
    Document document;
    QSignalSpy kChanged(&document, &Document::kChanged);
    document.setK(4);
    QCOMPARE(document.k(), 4);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Set k to 4"));
    document.undoStack()->undo();
    QCOMPARE(document.k(), 6);
    document.undoStack()->redo();
    QCOMPARE(document.k(), 4);
    QCOMPARE(kChanged.count(), 3);
    QCOMPARE(kChanged.at(0).at(0).toInt(), 4);
    QCOMPARE(kChanged.at(1).at(0).toInt(), 6);
    QCOMPARE(kChanged.at(2).at(0).toInt(), 4);
}

void TestDocument::consecutiveKChangesMerge()
{
    Document document;
    QSignalSpy kChanged(&document, &Document::kChanged);
    for (int k = 7; k <= 12; ++k)
        document.setK(k);
    QCOMPARE(kChanged.count(), 6); // every step is shown while dragging
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Set k to 12"));
    document.undoStack()->undo();
    QCOMPARE(document.k(), 6);
    document.undoStack()->redo();
    QCOMPARE(document.k(), 12);
}

void TestDocument::kMergeBackToStartLeavesNothing()
{
    Document document;
    document.setK(7);
    document.setK(8);
    document.setK(6);
    QCOMPARE(document.k(), 6);
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(!document.undoStack()->canUndo());
}

void TestDocument::otherEditsInterruptMerge()
{
    Document document;
    document.setK(7);
    document.setSeed(5);
    document.setK(9);
    QCOMPARE(document.undoStack()->count(), 3);
    document.undoStack()->undo();
    QCOMPARE(document.k(), 7);
    QCOMPARE(document.seed(), quint64(5));
    document.undoStack()->undo();
    QCOMPARE(document.seed(), quint64(42));
    document.undoStack()->undo();
    QCOMPARE(document.k(), 6);
}

void TestDocument::specUndoRedo()
{
    Document document;
    document.setTable(smallTable(), QStringLiteral("small.csv"), QStringLiteral("customer_id"),
                      QStringLiteral("segment"));
    const FeatureSpec suggested = document.spec();
    QSignalSpy specChanged(&document, &Document::specChanged);
    const FeatureSpec narrow = oneGroupSpec({"sessions"});
    document.setSpec(narrow);
    QCOMPARE(specChanged.count(), 1);
    QVERIFY(document.spec() == narrow);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Change features"));

    FeatureSpec scaled = narrow;
    scaled.scaling = Scaling::Robust;
    document.setSpec(scaled);
    QCOMPARE(document.undoStack()->count(), 2); // spec edits do not merge

    document.undoStack()->undo();
    QVERIFY(document.spec() == narrow);
    document.undoStack()->undo();
    QVERIFY(document.spec() == suggested);
    document.undoStack()->redo();
    document.undoStack()->redo();
    QVERIFY(document.spec() == scaled);
    QCOMPARE(specChanged.count(), 6);
}

void TestDocument::labelsUndoRedo()
{
    // Names are kept by segment key (a segment's identity), not by segment number.
    Document document;
    QSignalSpy labelsChanged(&document, &Document::labelsChanged);
    document.setSegmentNames({{0, QStringLiteral("Bargain hunters")}, {1, QStringLiteral("Loyal")}});
    document.renameSegment(3, QStringLiteral("Lapsed"));
    QCOMPARE(document.segmentNames(), (SegmentNames{{0, QStringLiteral("Bargain hunters")},
                                                    {1, QStringLiteral("Loyal")},
                                                    {3, QStringLiteral("Lapsed")}}));
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Rename a segment"));
    document.renameSegment(1, QStringLiteral("VIP"));
    QCOMPARE(document.segmentNames().at(1), QStringLiteral("VIP"));
    // A blank name gives the segment its default name back.
    document.renameSegment(0, QStringLiteral("  "));
    QCOMPARE(document.segmentNames().count(0), std::size_t(0));
    QCOMPARE(labelsChanged.count(), 4);

    document.undoStack()->undo();
    QCOMPARE(document.segmentNames().at(0), QStringLiteral("Bargain hunters"));
    document.undoStack()->undo();
    QCOMPARE(document.segmentNames().at(1), QStringLiteral("Loyal"));
    document.undoStack()->undo();
    QCOMPARE(document.segmentNames(), (SegmentNames{{0, QStringLiteral("Bargain hunters")}, {1, QStringLiteral("Loyal")}}));
    document.undoStack()->undo();
    QVERIFY(document.segmentNames().empty());
    document.undoStack()->redo();
    QCOMPARE(document.segmentNames().size(), std::size_t(2));
    QCOMPARE(labelsChanged.count(), 9);
    // Named keys are reserved for their segments in every analysis the document asks for.
    QCOMPARE(document.request().reservedSegmentKeys, (std::vector<int>{0, 1}));
}

void TestDocument::personaEditsUndoRedo()
{
    // Persona edits are kept by segment key, one undo step each, like names.
    Document document;
    QSignalSpy personasChanged(&document, &Document::personasChanged);
    document.setPersonaEdit(2, {QStringLiteral(" Weekend treaters "), QString(), QStringLiteral("Friday e-mail")});
    QCOMPARE(document.personaEdits().size(), std::size_t(1));
    // Text is trimmed.
    QCOMPARE(document.personaEdits().at(2),
             (PersonaEdit{QStringLiteral("Weekend treaters"), QString(), QStringLiteral("Friday e-mail")}));
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Edit a persona"));
    document.setPersonaEdit(5, {QString(), QStringLiteral("Two sentences."), QString()});
    // The same edit again pushes nothing; an all-blank edit removes the key's entry.
    document.setPersonaEdit(5, {QString(), QStringLiteral("Two sentences."), QString()});
    QCOMPARE(document.undoStack()->count(), 2);
    document.setPersonaEdit(2, {QStringLiteral("  "), QString(), QString()});
    QCOMPARE(document.personaEdits().count(2), std::size_t(0));
    QCOMPARE(personasChanged.count(), 3);
    // Edited keys are reserved (with named ones, sorted, once each).
    document.renameSegment(5, QStringLiteral("Five"));
    document.renameSegment(0, QStringLiteral("Zero"));
    QCOMPARE(document.request().reservedSegmentKeys, (std::vector<int>{0, 5}));

    document.undoStack()->undo(); // rename 0
    document.undoStack()->undo(); // rename 5
    document.undoStack()->undo(); // blank edit of 2
    QCOMPARE(document.personaEdits().at(2).label, QStringLiteral("Weekend treaters"));
    QCOMPARE(document.request().reservedSegmentKeys, (std::vector<int>{2, 5}));
    document.undoStack()->undo();
    document.undoStack()->undo();
    QVERIFY(document.personaEdits().empty());
    QCOMPARE(personasChanged.count(), 6);
    document.undoStack()->redo();
    QCOMPARE(document.personaEdits().at(2).notes, QStringLiteral("Friday e-mail"));

    // New data clears them, with the history.
    document.setTable(smallTable(), QStringLiteral("small.csv"), QStringLiteral("customer_id"), QString());
    QVERIFY(document.personaEdits().empty());
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestDocument::noOpEditsPushNothing()
{
    Document document;
    document.setK(6);
    document.setSeed(42);
    document.setAlgorithm(QStringLiteral("kmeans"));
    document.setSpec(FeatureSpec{});
    document.renameSegment(2, QString());
    document.setSegmentNames({});
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestDocument::requestReflectsState()
{
    Document document;
    const auto table = smallTable();
    document.setTable(table, QStringLiteral("small.csv"), QStringLiteral("customer_id"), QString());
    document.setLabelColumn(QStringLiteral("segment"));
    document.setK(3);
    document.setSeed(9);
    document.setSpec(oneGroupSpec({"sessions", "revenue"}));
    const AnalysisRequest request = document.request();
    QCOMPARE(request.table, table);
    QCOMPARE(request.k(), 3);
    QCOMPARE(request.seed(), std::uint64_t(9));
    QCOMPARE(request.idColumn, std::string("customer_id"));
    QCOMPARE(request.labelColumn, std::string("segment"));
    // The clustering `segscope cluster` runs with the same k and seed.
    QVERIFY(request.clustering == defaultClusteringOptions(Algorithm::KMeans, 3, 9));
    QVERIFY(request.spec == oneGroupSpec({"sessions", "revenue"}));

    document.undoStack()->undo(); // spec
    document.undoStack()->undo(); // seed
    document.undoStack()->undo(); // k
    document.undoStack()->undo(); // label column
    QCOMPARE(document.request().labelColumn, std::string());
    QCOMPARE(document.request().k(), 6);
}

QTEST_MAIN(TestDocument)
#include "test_document.moc"
