#include "app/ui/customer_tooltip.h"

#include "app/core/analysis.h"
#include "widgets/segment_appearance.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace seg {

namespace {

// How many values a tooltip lists besides the id and the segment.
constexpr int kTooltipValues = 5;

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace

QString customerTooltip(const AnalysisResult &result, const SegmentAppearance &look, int row)
{
    if (!result.prepared || !result.request.table || row < 0
        || std::size_t(row) >= result.prepared->rows.size())
        return {};
    const Table &table = *result.request.table;
    const std::size_t tableRow = result.prepared->rows[std::size_t(row)];
    const int segment = result.labels && std::size_t(row) < result.labels->size()
                            ? (*result.labels)[std::size_t(row)]
                            : -1;

    QString id;
    const std::string idColumn = result.request.idColumn;
    if (const Column *column = idColumn.empty() ? nullptr : table.find(idColumn))
        id = fromStd(column->cellText(tableRow));
    if (id.isEmpty())
        id = QCoreApplication::translate("seg::CustomerTooltip", "row %1").arg(tableRow + 2);
    const QString name = look.name(segment);

    // Key values: the money columns, then the columns that set this customer's segment apart, then
    // the first features, so every tooltip says something about why the customer is there.
    std::vector<std::string> columns;
    auto add = [&](const std::string &name) {
        if (!name.empty() && int(columns.size()) < kTooltipValues && table.find(name)
            && std::find(columns.begin(), columns.end(), name) == columns.end())
            columns.push_back(name);
    };
    if (const std::shared_ptr<const Profiles> &profiles = result.profiles) {
        for (const std::string &money : profiles->moneyColumns)
            add(money);
        if (segment >= 0 && std::size_t(segment) < profiles->segments.size())
            for (const Trait &trait : profiles->segments[std::size_t(segment)].topTraits)
                add(trait.feature.substr(0, trait.feature.find('=')));
    }
    for (const std::string &name : result.request.spec.enabledColumns())
        add(name);

    QString html = QStringLiteral("<b>%1</b><br/>%2").arg(id.toHtmlEscaped(), name.toHtmlEscaped());
    // A soft model says how surely the customer belongs there: low is a customer between segments.
    if (const std::vector<double> *memberships = result.segmentation ? &result.segmentation->clustering.memberships
                                                                     : nullptr;
        memberships && std::size_t(row) < memberships->size() && segment >= 0) {
        // What the figure is depends on the algorithm that gave it.
        const Algorithm algorithm = result.segmentation->clustering.algorithm;
        const char *what = algorithm == Algorithm::Consensus ? QT_TRANSLATE_NOOP("seg::CustomerTooltip", "(agreement %1)")
            : algorithm == Algorithm::Hdbscan               ? QT_TRANSLATE_NOOP("seg::CustomerTooltip", "(strength %1)")
                                                            : QT_TRANSLATE_NOOP("seg::CustomerTooltip", "(probability %1)");
        html += QStringLiteral(" ")
                + QCoreApplication::translate("seg::CustomerTooltip", what)
                      .arg(QLocale().toString(100.0 * (*memberships)[std::size_t(row)], 'f', 0) + QLocale().percent())
                      .toHtmlEscaped();
    }
    html += QStringLiteral("<table>");
    for (const std::string &name : columns) {
        const Column *column = table.find(name);
        QString value = fromStd(column->cellText(tableRow));
        if (column->type == ColumnType::Real && !column->isMissing(tableRow))
            value = QLocale().toString(column->numbers[tableRow], 'f', 2);
        if (value.isEmpty())
            value = QCoreApplication::translate("seg::CustomerTooltip", "(missing)");
        html += QStringLiteral("<tr><td>%1&nbsp;&nbsp;</td><td align=\"right\">%2</td></tr>")
                    .arg(fromStd(name).toHtmlEscaped(), value.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace seg
