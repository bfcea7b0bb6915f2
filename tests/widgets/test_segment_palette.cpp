// Segment colours and the heatmap's diverging scale.

#include "widgets/segment_palette.h"
#include "widgets/segment_selection.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <limits>
#include <set>

using namespace seg;

class TestSegmentPalette : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void okabeItoColoursFirst()
    {
        // Okabe & Ito (2008), Color Universal Design: the seven chromatic colours in their order.
        const char *expected[] = {"#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7"};
        for (int i = 0; i < 7; ++i)
            QCOMPARE(segmentColor(i).name(), QString::fromLatin1(expected[i]));
    }

    void noiseIsGrey()
    {
        const QColor c = segmentColor(-1);
        QCOMPARE(c.red(), c.green());
        QCOMPARE(c.green(), c.blue());
    }

    void manySegmentsStayDistinct()
    {
        // 40 segments: every colour differs from every other one.
        std::set<QRgb> seen;
        for (int i = 0; i < 40; ++i)
            seen.insert(segmentColor(i).rgb());
        QCOMPARE(seen.size(), std::size_t(40));
        QVERIFY(segmentColor(-1).rgb() != segmentColor(0).rgb());
        QCOMPARE(segmentBaseColorCount(), 14);
    }

    void divergingEndsAndCentre()
    {
        // ColorBrewer RdBu: #2166AC (strong negative), #F7F7F7 (centre), #B2182B (strong positive).
        QCOMPARE(divergingColor(0.0).name(), QStringLiteral("#f7f7f7"));
        QCOMPARE(divergingColor(2.0).name(), QStringLiteral("#b2182b"));
        QCOMPARE(divergingColor(-2.0).name(), QStringLiteral("#2166ac"));
        // Saturation beyond the limit, and the limit scales the input.
        QCOMPARE(divergingColor(3.0).name(), QStringLiteral("#b2182b"));
        QCOMPARE(divergingColor(-50.0).name(), QStringLiteral("#2166ac"));
        QCOMPARE(divergingColor(1.5, 3.0).name(), divergingColor(1.0, 2.0).name());
        QCOMPARE(divergingColor(std::numeric_limits<double>::quiet_NaN()).name(), QStringLiteral("#f7f7f7"));
        QCOMPARE(divergingColor(0.0, 2.0, true).name(), QStringLiteral("#2f2f2f"));
    }

    void divergingIsMonotoneInLightness()
    {
        // Light scale: the further from 0, the darker; dark scale: the further, the lighter.
        for (int sign : {-1, 1}) {
            int lastLight = 256, lastDark = -1;
            for (int i = 0; i <= 20; ++i) {
                const double z = sign * 2.0 * i / 20.0;
                const int light = divergingColor(z).lightness();
                const int dark = divergingColor(z, 2.0, true).lightness();
                QVERIFY2(light <= lastLight, qPrintable(QString::number(z)));
                QVERIFY2(dark >= lastDark, qPrintable(QString::number(z)));
                lastLight = light;
                lastDark = dark;
            }
        }
        // Positive is red, negative is blue, on both scales.
        for (bool dark : {false, true}) {
            QVERIFY(divergingColor(1.0, 2.0, dark).red() > divergingColor(1.0, 2.0, dark).blue());
            QVERIFY(divergingColor(-1.0, 2.0, dark).blue() > divergingColor(-1.0, 2.0, dark).red());
        }
    }

    void contrastingText()
    {
        QCOMPARE(contrastingTextColor(Qt::white), QColor(Qt::black));
        QCOMPARE(contrastingTextColor(QColor(0x21, 0x66, 0xac)), QColor(Qt::white));
        QCOMPARE(contrastingTextColor(QColor(0xf0, 0xe4, 0x42)), QColor(Qt::black)); // Okabe–Ito yellow
    }

    void selectionSortsDeduplicatesAndSignalsChanges()
    {
        SegmentSelection sel;
        QSignalSpy rows(&sel, &SegmentSelection::selectedRowsChanged);
        QSignalSpy segment(&sel, &SegmentSelection::currentSegmentChanged);
        sel.setSelectedRows({5, 1, 5, 3});
        QCOMPARE(sel.selectedRows(), (std::vector<int>{1, 3, 5}));
        QCOMPARE(rows.count(), 1);
        sel.setSelectedRows({3, 1, 5}); // same set: no signal
        QCOMPARE(rows.count(), 1);
        sel.setCurrentSegment(2);
        sel.setCurrentSegment(2);
        QCOMPARE(segment.count(), 1);
        QCOMPARE(segment.at(0).at(0).toInt(), 2);
        sel.clear();
        QCOMPARE(sel.currentSegment(), -1);
        QVERIFY(sel.selectedRows().empty());
        QCOMPARE(rows.count(), 2);
        QCOMPARE(segment.count(), 2);
    }
};

QTEST_MAIN(TestSegmentPalette)
#include "test_segment_palette.moc"
