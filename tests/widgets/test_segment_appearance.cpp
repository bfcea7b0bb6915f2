// SegmentAppearance: names and colours follow a segment's key, not its number.

#include "widgets/segment_appearance.h"
#include "widgets/segment_palette.h"

#include <QTest>

using namespace seg;

class TestSegmentAppearance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void withoutKeysEachSegmentIsItsOwnKey()
    {
        const SegmentAppearance a;
        for (int s = 0; s < 5; ++s)
            QCOMPARE(a.key(s), s);
        QCOMPARE(a.name(0), QStringLiteral("Segment 1"));
        QCOMPARE(a.name(4), QStringLiteral("Segment 5"));
        QCOMPARE(a.color(2), segmentColor(2));
    }

    void keysMapNumbersToIdentities()
    {
        SegmentAppearance a;
        a.keys = {3, 0};
        QCOMPARE(a.key(0), 3);
        QCOMPARE(a.key(1), 0);
        // Segments beyond the key list keep their number as key.
        QCOMPARE(a.key(2), 2);
    }

    void defaultNameUsesKeyPlusOne()
    {
        SegmentAppearance a;
        a.keys = {3, 0};
        QCOMPARE(a.name(0), QStringLiteral("Segment 4"));
        QCOMPARE(a.name(1), QStringLiteral("Segment 1"));
        QCOMPARE(a.name(2), QStringLiteral("Segment 3"));
        QVERIFY(!a.hasCustomName(0));
    }

    void customNamesWinOverTheDefault()
    {
        SegmentAppearance a;
        a.keys = {3, 0, 1};
        a.names = {QStringLiteral("Bargain hunters"), QStringLiteral("   "), QString()};
        QCOMPARE(a.name(0), QStringLiteral("Bargain hunters"));
        QVERIFY(a.hasCustomName(0));
        // Blank and empty names take the default name, by key.
        QCOMPARE(a.name(1), QStringLiteral("Segment 1"));
        QVERIFY(!a.hasCustomName(1));
        QCOMPARE(a.name(2), QStringLiteral("Segment 2"));
        QVERIFY(!a.hasCustomName(2));
        // Names are indexed by segment number; a segment past the list has the default name.
        QCOMPARE(a.name(5), QStringLiteral("Segment 6"));
    }

    void colourIsTheKeysColour()
    {
        SegmentAppearance a;
        a.keys = {3, 0, 11};
        QCOMPARE(a.color(0), segmentColor(3));
        QCOMPARE(a.color(1), segmentColor(0));
        QCOMPARE(a.color(2), segmentColor(11));
        QVERIFY(a.color(0) != segmentColor(0));
    }

    void noise()
    {
        SegmentAppearance a;
        a.keys = {3, 0};
        a.names = {QStringLiteral("Loyal")};
        QCOMPARE(a.key(-1), -1);
        QCOMPARE(a.name(-1), QStringLiteral("Outliers"));
        QVERIFY(!a.hasCustomName(-1));
        QCOMPARE(a.color(-1), segmentColor(-1));
    }

    void equality()
    {
        SegmentAppearance a, b;
        QVERIFY(a == b);
        b.keys = {1, 0};
        QVERIFY(!(a == b));
        a.keys = {1, 0};
        a.names = {QStringLiteral("x")};
        QVERIFY(!(a == b));
    }
};

QTEST_MAIN(TestSegmentAppearance)
#include "test_segment_appearance.moc"
