// File › Export persona report and Export workbook: the report of the result on screen, made
// off the GUI thread, with the user's persona edits and notes; and the preview's pages.

#include "app/core/document.h"
#include "app/report/persona_report.h"
#include "app/ui/main_window.h"
#include "app/ui/report_export.h"
#include "app/ui/report_preview.h"
#include "engine/eval/campaign_lift.h"
#include "engine/pipeline/pipeline.h"
#include "tests/report/report_support.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace seg;
using namespace seg::test;

namespace {
constexpr int kTimeoutMs = 120000;
}

class TestReportExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pdfWithEdits();
    void workbookWithEdits();
    void previewShowsEveryPage();
    void liftPageOnlyForItsSegmentation();

private:
    MainWindow *m_window = nullptr;
    QTemporaryDir m_dir;
    const QString m_label = QStringLiteral("Weekend treasure hunters");
    const QString m_notes = QStringLiteral("Send the autumn catalogue by post");
};

void TestReportExport::initTestCase()
{
    m_window = new MainWindow;
    m_window->setInteractive(false);
    m_window->resize(1200, 800);
    m_window->show();
    QSignalSpy complete(m_window, &MainWindow::resultComplete);
    m_window->openDemo(3000, 7);
    QVERIFY(complete.wait(kTimeoutMs));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isComplete(), kTimeoutMs);
    const auto result = m_window->currentResult();
    PersonaEdit edit;
    edit.label = m_label;
    edit.notes = m_notes;
    m_window->document()->setPersonaEdit(result->segmentKeys.at(0), edit);
}

void TestReportExport::cleanupTestCase()
{
    delete m_window;
}

void TestReportExport::pdfWithEdits()
{
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    QSignalSpy exported(m_window, &MainWindow::reportExported);
    QSignalSpy failed(m_window, &MainWindow::failed);
    QVERIFY(m_window->exportReportTo(false, path));
    QVERIFY(exported.wait(kTimeoutMs));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(exported.at(0).at(0).toString(), path);
    const auto result = m_window->currentResult();
    const int k = result->segmentCount();
    QCOMPARE(k, 6);
    QCOMPARE(pdfPages(path), reportPageCount(k));
    QCOMPARE(pdfPages(path), 11);
    const QString first = pdfText(path, 5);
    QVERIFY2(first.contains(m_label), qPrintable(first.left(300)));
    QVERIFY(first.contains(m_notes));
    QVERIFY(first.contains(QStringLiteral("Demo customers")));
    for (int s = 1; s < k; ++s)
        QVERIFY(squeezed(pdfText(path, 5 + s)).contains(squeezed(QString::fromStdString((*result->personas)[std::size_t(s)].label))));
    // The methods page measures stability as segscope report does: refits with seeds + 1, + 2.
    const double stability = seedStability(*result->prepared, *result->segmentation, 2);
    const QString methods = pdfText(path, 11);
    QVERIFY2(!methods.contains(QStringLiteral("not measured")), qPrintable(methods));
    QVERIFY2(methods.contains(QLocale().toString(stability, 'f', 3) + QStringLiteral(": mean adjusted Rand index")),
             qPrintable(methods));
}

void TestReportExport::workbookWithEdits()
{
    const QString path = m_dir.filePath(QStringLiteral("report.xlsx"));
    QSignalSpy exported(m_window, &MainWindow::reportExported);
    QVERIFY(m_window->exportReportTo(true, path));
    QVERIFY(exported.wait(kTimeoutMs));
    const QMap<QString, QString> personas = xlsxCells(path, 2);
    QCOMPARE(personas.value(QStringLiteral("C2")), m_label);
    QCOMPARE(personas.value(QStringLiteral("J2")), m_notes);
    const QMap<QString, QString> customers = xlsxCells(path, 3);
    QVERIFY(customers.contains(QStringLiteral("A3001")));
    QVERIFY(!customers.contains(QStringLiteral("A3002")));
}

void TestReportExport::previewShowsEveryPage()
{
    ReportSource source;
    source.result = m_window->currentResult();
    source.dataSet = QStringLiteral("demo");
    const QByteArray pdf = renderPersonaReport(reportInputFrom(source));
    ReportPreview preview(pdf);
    QCOMPARE(preview.pageCount(), reportPageCount(source.result->segmentCount()));
}

// A campaign analysed against k segments makes a lift page of the report of those k segments;
// one analysed against another number of segments (another run) is left out.
void TestReportExport::liftPageOnlyForItsSegmentation()
{
    ReportSource source;
    source.result = m_window->currentResult();
    source.dataSet = QStringLiteral("demo");
    const int k = source.result->segmentCount();
    const auto campaign = [](int segments) {
        LiftInput input;
        input.segmentCount = segments;
        for (int s = 0; s < segments; ++s)
            for (int arm = 0; arm < 2; ++arm)
                for (int i = 0; i < 50; ++i) {
                    input.segments.push_back(s);
                    input.treated.push_back(std::uint8_t(arm));
                    input.converted.push_back(i % 5 == 0 ? 1 : 0);
                }
        LiftRecord record;
        record.campaign = "spring.csv";
        record.analysedAt = "2026-12-03T08:00:00Z";
        record.lift = campaignLift(input);
        return record;
    };
    source.lift = campaign(k);
    const ReportInput in = reportInputFrom(source);
    QVERIFY(in.lift);
    ReportPreview preview(renderPersonaReport(in));
    QCOMPARE(preview.pageCount(), reportPageCount(k, true));
    source.lift = campaign(k - 1);
    QVERIFY(!reportInputFrom(source).lift);
}

QTEST_MAIN(TestReportExport)
#include "test_report_export.moc"
