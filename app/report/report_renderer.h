#pragma once
// The persona report's page drawing, shared by persona_report.cpp (the document, the title,
// overview, profiles, economics and methods pages) and persona_page.cpp (a persona's page).
// Internal to app/report.

#include "app/report/persona_report.h"
#include "app/report/persona_text.h"
#include "app/report/report_charts.h"
#include "app/report/report_format.h"

#include <QCoreApplication>
#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QStringList>

#include <utility>
#include <vector>

class QPdfWriter;

namespace seg::report {

/// Units: 96 per inch (the resolution the writer is set to, which is also the one the view
/// painters measure their fonts at), so the painters of the explorer draw at their screen size.
constexpr int kResolution = 96;

class Renderer
{
    // Every string of the report, in one translation context (also for the free functions that
    // name the report, as Renderer::tr).
    Q_DECLARE_TR_FUNCTIONS(seg::PersonaReport)

public:
    Renderer(const ReportInput &input, const ReportOptions &options, QPdfWriter &writer);
    void run();

    // Pages.
    void titlePage();
    void overviewPage();
    void profilesPage();
    void economicsPage();
    /// The segments by each sensitive attribute, with the disparities (m_composition).
    void compositionPage();
    void personaPage(int segment);
    /// The campaign's lift (ReportInput::lift), after the personas.
    void liftPage();
    void methodsPage();

private:
    /// Starts a page (a new one unless it is the first): header, footer, the heading; m_y is
    /// the top of the free space under it.
    void beginPage(const QString &heading, const QString &kicker = {});
    void headerAndFooter();
    QFont font(qreal points, bool bold = false) const;
    /// A section heading at m_y; advances m_y.
    void sectionHeading(const QString &text);
    /// Wrapped text at m_y across `width` (default: the body); advances m_y.
    void paragraph(const QString &text, const QFont &f, const QColor &color, qreal left = -1, qreal width = -1);
    /// Key–value rows with rules, in `rect`'s width from its top; returns the height used.
    qreal facts(const QRectF &rect, const std::vector<std::pair<QString, QString>> &rows, qreal keyWidth);
    qreal bodyBottom() const { return m_body.bottom(); }
    /// The BG/NBD frequency check at m_y with its caption, as tall as the page allows once
    /// `caveatsBelow` (the paragraphs still to come) have their room; advances m_y.
    void frequencyFitChart(const FrequencyHistogram &fit, const QStringList &caveatsBelow);
    const SegmentProfile &profile(int segment) const;
    const SegmentEconomics *economics(int segment) const;
    QString segmentTitle(int segment) const;

    const ReportInput &m_in;
    ReportOptions m_options;
    QPdfWriter &m_writer;
    QPainter m_painter;
    ReportFormat m_format;
    PersonaText m_words; ///< drafted personas in the report's language, numbers in its locale
    SegmentAppearance m_appearance;
    QRectF m_page;
    QRectF m_body;
    qreal m_y = 0;
    int m_pageNumber = 0;
    int m_pageCount = 0;
    std::vector<AttributeComposition> m_composition;
    QString m_family;
};

} // namespace seg::report
