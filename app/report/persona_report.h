#pragma once
// The persona report: a PDF drawn with QPainter on QPdfWriter (charts as vectors, text as
// text), for a client. Pages: a title page, an overview (segment map, size and value by
// segment), what sets the segments apart (heatmap), segment economics (a table with 95%
// intervals), how the segments are composed by sensitive attributes when the data has any, one
// page per persona (a notice only for a segment too small to show), a campaign's lift when one is
// attached, and methods and limitations. Needs a QGuiApplication (the
// offscreen platform will do) for fonts.

#include "app/report/report_input.h"

#include "engine/profile/composition.h"

#include <QByteArray>
#include <QLocale>
#include <QPageSize>
#include <QString>

namespace seg {

struct ReportOptions
{
    QPageSize::PageSizeId pageSize = QPageSize::A4; ///< A4 or Letter
    QLocale locale;                                 ///< numbers and the date
    QString title;                                  ///< empty: "Customer segments and personas"
};

/// Pages of the report for `segments` segments: title, overview, profiles, economics, one per
/// persona, the campaign's lift when there is one, methods.
constexpr int reportPageCount(int segments, bool lift = false) { return segments + 5 + (lift ? 1 : 0); }
/// The pages of the report of `input`: as above, and a page on the sensitive attributes when the
/// data has any (reportComposition()).
int reportPageCount(const ReportInput &input);
/// How the segments of `input` are composed by the data's sensitive attributes (empty: none),
/// small segments suppressed.
std::vector<AttributeComposition> reportComposition(const ReportInput &input);

/// The report as PDF bytes. `input` needs a segmentation, profiles, drivers, economics and one
/// persona per segment; the value model, map, sweep and stability are optional (the pages say
/// what is missing).
QByteArray renderPersonaReport(const ReportInput &input, const ReportOptions &options = {});

/// "A4" or "Letter" (any case); nullopt for anything else.
std::optional<QPageSize::PageSizeId> parsePageSize(const QString &text);

} // namespace seg
