// The persona report as PDF: the document and every page but a persona's (persona_page.cpp).

#include "app/report/persona_report.h"

#include "app/report/report_renderer.h"

#include "engine/cluster/clustering.h"
#include "widgets/heatmap_painter.h"
#include "widgets/scatter_painter.h"
#include "widgets/segment_figures.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPalette>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace seg {

namespace {

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

// What the views draw on: white pages, the report's ink.
QPalette lightPalette()
{
    QPalette p;
    for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(g, QPalette::Window, Qt::white);
        p.setColor(g, QPalette::Base, Qt::white);
        p.setColor(g, QPalette::WindowText, report::ink());
        p.setColor(g, QPalette::Text, report::ink());
        p.setColor(g, QPalette::Highlight, report::accent());
        p.setColor(g, QPalette::Mid, report::rule());
    }
    return p;
}

} // namespace

std::optional<QPageSize::PageSizeId> parsePageSize(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("a4"))
        return QPageSize::A4;
    if (t == QLatin1String("letter"))
        return QPageSize::Letter;
    return std::nullopt;
}

std::vector<AttributeComposition> reportComposition(const ReportInput &input)
{
    if (!input.table || !input.segmentation)
        return {};
    CompositionOptions options;
    options.minSegmentSize = input.minSegmentSize;
    const Segmentation &s = *input.segmentation;
    return sensitiveComposition(*input.table, s.rows, s.clustering.labels, s.clustering.clusterCount, options);
}

int reportPageCount(const ReportInput &input)
{
    return reportPageCount(input.segmentCount(), input.lift.has_value()) + (reportComposition(input).empty() ? 0 : 1);
}

QByteArray renderPersonaReport(const ReportInput &input, const ReportOptions &options)
{
    Q_ASSERT(input.segmentation && input.profiles && input.drivers && input.economics);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(options.pageSize));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(report::kResolution);
        writer.setCreator(QStringLiteral("SegmentScope"));
        writer.setTitle(options.title.isEmpty() ? report::Renderer::tr("Customer segments and personas") : options.title);
        report::Renderer renderer(input, options, writer);
        renderer.run();
    }
    buffer.close();
    return bytes;
}

namespace report {

Renderer::Renderer(const ReportInput &input, const ReportOptions &options, QPdfWriter &writer)
    : m_in(input)
    , m_options(options)
    , m_writer(writer)
    , m_format(options.locale)
    , m_words(options.locale)
    , m_appearance(input.reportAppearance(&m_words))
{
    m_composition = reportComposition(input);
    m_pageCount = reportPageCount(input.segmentCount(), input.lift.has_value()) + (m_composition.empty() ? 0 : 1);
    m_family = reportFontFamily();
}

void Renderer::run()
{
    m_painter.begin(&m_writer);
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setRenderHint(QPainter::TextAntialiasing);
    const QRect full = m_writer.pageLayout().fullRectPixels(kResolution);
    m_page = QRectF(0, 0, full.width(), full.height());
    m_body = m_page.adjusted(60, 84, -60, -80);
    titlePage();
    overviewPage();
    profilesPage();
    economicsPage();
    if (!m_composition.empty())
        compositionPage();
    for (int s = 0; s < m_in.segmentCount(); ++s)
        personaPage(s);
    if (m_in.lift)
        liftPage();
    methodsPage();
    m_painter.end();
}

QFont Renderer::font(qreal points, bool bold) const
{
    QFont f = m_family.isEmpty() ? QFont() : QFont(m_family);
    f.setPointSizeF(points);
    f.setBold(bold);
    // No ligatures: "fi" stays two letters, so the PDF's text searches and copies as typed.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

const SegmentProfile &Renderer::profile(int segment) const
{
    return m_in.profiles->segments[static_cast<std::size_t>(segment)];
}

const SegmentEconomics *Renderer::economics(int segment) const
{
    if (!m_in.economics || static_cast<std::size_t>(segment) >= m_in.economics->segments.size())
        return nullptr;
    return &m_in.economics->segments[static_cast<std::size_t>(segment)];
}

QString Renderer::segmentTitle(int segment) const
{
    return m_appearance.name(segment);
}

void Renderer::headerAndFooter()
{
    QPainter &p = m_painter;
    p.save();
    const QFont small = font(7.5);
    p.setFont(small);
    p.setPen(muted());
    const qreal top = 40;
    if (m_pageNumber > 1) {
        p.drawText(QRectF(m_body.left(), top, m_body.width() * 0.7, 16), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(small).elidedText(tr("Persona report") + QStringLiteral("  ·  ") + m_in.dataSet,
                                                   Qt::ElideMiddle, m_body.width() * 0.7));
        p.drawText(QRectF(m_body.left(), top, m_body.width(), 16), Qt::AlignRight | Qt::AlignVCenter,
                   m_format.locale().toString(m_in.created.date(), QLocale::LongFormat));
        p.setPen(QPen(rule(), 0.8));
        p.drawLine(QPointF(m_body.left(), top + 20), QPointF(m_body.right(), top + 20));
    }
    const qreal bottom = m_page.bottom() - 40;
    p.setPen(QPen(rule(), 0.8));
    p.drawLine(QPointF(m_body.left(), bottom - 18), QPointF(m_body.right(), bottom - 18));
    p.setPen(muted());
    p.drawText(QRectF(m_body.left(), bottom - 14, m_body.width(), 14), Qt::AlignLeft | Qt::AlignVCenter,
               tr("SegmentScope  ·  data fingerprint %1").arg(m_in.fingerprint));
    p.drawText(QRectF(m_body.left(), bottom - 14, m_body.width(), 14), Qt::AlignRight | Qt::AlignVCenter,
               tr("Page %1 of %2").arg(m_format.locale().toString(m_pageNumber), m_format.locale().toString(m_pageCount)));
    p.restore();
}

void Renderer::beginPage(const QString &heading, const QString &kicker)
{
    if (m_pageNumber > 0)
        m_writer.newPage();
    ++m_pageNumber;
    headerAndFooter();
    m_y = m_body.top();
    if (!kicker.isEmpty()) {
        m_painter.setFont(font(8, true));
        m_painter.setPen(muted());
        m_painter.drawText(QRectF(m_body.left(), m_y, m_body.width(), 14), Qt::AlignLeft | Qt::AlignVCenter,
                           kicker.toUpper());
        m_y += 18;
    }
    if (!heading.isEmpty()) {
        const QFont f = font(18, true);
        m_y += paintParagraph(m_painter, QRectF(m_body.left(), m_y, m_body.width(), 80), heading, f, ink());
        m_y += 10;
    }
}

void Renderer::sectionHeading(const QString &text)
{
    m_y += 6;
    m_painter.setFont(font(10.5, true));
    m_painter.setPen(accent());
    m_painter.drawText(QRectF(m_body.left(), m_y, m_body.width(), 18), Qt::AlignLeft | Qt::AlignVCenter, text);
    m_y += 20;
    m_painter.setPen(QPen(rule(), 0.8));
    m_painter.drawLine(QPointF(m_body.left(), m_y), QPointF(m_body.right(), m_y));
    m_y += 6;
}

void Renderer::paragraph(const QString &text, const QFont &f, const QColor &color, qreal left, qreal width)
{
    if (left < 0)
        left = m_body.left();
    if (width < 0)
        width = m_body.right() - left;
    m_y += paintParagraph(m_painter, QRectF(left, m_y, width, std::max<qreal>(0, bodyBottom() - m_y)), text, f, color);
    m_y += 4;
}

qreal Renderer::facts(const QRectF &rect, const std::vector<std::pair<QString, QString>> &rows, qreal keyWidth)
{
    const QFont key = font(8.5, true);
    const QFont value = font(8.5);
    // Keys longer in another language ("Daten-Fingerabdruck") widen their column, up to a third
    // of the table, and a key that still wraps makes its row taller rather than being cut off.
    const QFontMetricsF keyMetrics(key);
    for (const auto &[k, v] : rows)
        keyWidth = std::max(keyWidth, std::min(keyMetrics.horizontalAdvance(k) + 12, rect.width() / 3));
    qreal y = rect.top();
    for (const auto &[k, v] : rows) {
        const qreal h = std::max<qreal>({18, paragraphHeight(v, value, rect.width() - keyWidth) + 6,
                                         paragraphHeight(k, key, keyWidth - 8) + 6});
        paintParagraph(m_painter, QRectF(rect.left(), y + 3, keyWidth - 8, h), k, key, muted());
        paintParagraph(m_painter, QRectF(rect.left() + keyWidth, y + 3, rect.width() - keyWidth, h), v, value, ink());
        y += h;
        m_painter.setPen(QPen(rule(), 0.6));
        m_painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
    }
    return y - rect.top();
}

void Renderer::titlePage()
{
    beginPage({});
    QPainter &p = m_painter;
    const int k = m_in.segmentCount();
    // A band of the segments' colours across the top.
    const qreal bandTop = m_body.top() + 40;
    const qreal w = m_body.width() / std::max(1, k);
    for (int s = 0; s < k; ++s)
        p.fillRect(QRectF(m_body.left() + w * s, bandTop, w + 0.5, 8), m_appearance.color(s));
    m_y = bandTop + 60;
    p.setFont(font(9, true));
    p.setPen(muted());
    p.drawText(QRectF(m_body.left(), m_y, m_body.width(), 16), Qt::AlignLeft, tr("PERSONA REPORT"));
    m_y += 26;
    paragraph(m_options.title.isEmpty() ? tr("Customer segments and personas") : m_options.title, font(28, true), ink());
    m_y += 4;
    paragraph(m_in.dataSet, font(14), accent());
    m_y += 24;

    // The summary in two sentences.
    const Profiles &pr = *m_in.profiles;
    int largest = 0;
    for (int s = 1; s < k; ++s)
        if (profile(s).size > profile(largest).size)
            largest = s;
    QString summary = tr("%1 customers fall into %2 segment(s). The largest, %3, holds %4 of them.", nullptr,
                         pluralCount(static_cast<unsigned long long>(k)))
                          .arg(m_format.count(static_cast<double>(pr.customers)), m_format.locale().toString(k),
                               segmentTitle(largest), m_format.percent(profile(largest).share));
    if (m_in.economics && m_in.economics->hasClv && k > 0) {
        int richest = 0;
        for (int s = 1; s < k; ++s)
            if (economics(s)->clvShare.estimate > economics(richest)->clvShare.estimate)
                richest = s;
        summary += QLatin1Char(' ')
                   + tr("%1 holds %2 of the customers' expected lifetime value with %3 of the customers.")
                         .arg(segmentTitle(richest), m_format.percent(economics(richest)->clvShare.estimate),
                              m_format.percent(profile(richest).share));
    }
    paragraph(summary, font(11), ink(), m_body.left(), m_body.width() * 0.85);

    // Facts at the bottom of the page.
    const Segmentation &seg = *m_in.segmentation;
    std::vector<std::pair<QString, QString>> rows;
    rows.push_back({tr("Data set"), m_in.dataSet});
    rows.push_back({tr("Customers"), tr("%1 row(s), %2 segmented, %3 set aside as outliers", nullptr,
                                        pluralCount(m_in.table ? m_in.table->rowCount : 0))
                                         .arg(m_format.count(static_cast<double>(m_in.table ? m_in.table->rowCount : 0)),
                                              m_format.count(static_cast<double>(seg.rows.size())),
                                              m_format.count(static_cast<double>(seg.outlierCount)))});
    QStringList features;
    for (const FittedFeature &f : m_in.prepared->transform.features)
        features << fromStd(f.name);
    rows.push_back({tr("Features"), tr("%1: %2").arg(m_format.locale().toString(features.size()),
                                                     features.join(QStringLiteral(", ")))});
    rows.push_back({tr("Parameters"),
                    tr("%1, k = %2, seed %3, scaling %4, imputation %5")
                        .arg(fromStd(std::string(algorithmName(algorithmOf(seg.options)))))
                        .arg(k)
                        .arg(seedOf(seg.options))
                        .arg(fromStd(std::string(toString(seg.spec.scaling))),
                             fromStd(std::string(toString(seg.spec.imputation))))});
    if (m_in.value)
        rows.push_back({tr("Lifetime value"),
                        tr("BG/NBD and Gamma-Gamma, horizon %1 %2, discount %3 per %4, margin %5")
                            .arg(m_format.number(m_in.value->options.horizon, 0),
                                 ReportFormat::unitPlural(m_in.value->unit),
                                 m_format.number(m_in.value->options.discountRate, 3),
                                 ReportFormat::unitSingular(m_in.value->unit),
                                 m_format.percent(m_in.value->options.margin, 0))});
    rows.push_back({tr("Date"), m_format.locale().toString(m_in.created, QLocale::LongFormat)});
    rows.push_back({tr("Data fingerprint"), tr("%1 (SHA-256 of every cell; equal data, equal fingerprint)")
                                                .arg(m_in.fingerprint)});
    // Measured before drawing, so the block sits on the bottom margin.
    qreal height = 0;
    for (const auto &r : rows)
        height += std::max<qreal>(18, paragraphHeight(r.second, font(8.5), m_body.width() - 130) + 6);
    const qreal top = std::max(m_y + 20, bodyBottom() - height - 10);
    m_painter.setPen(QPen(ink(), 1.2));
    m_painter.drawLine(QPointF(m_body.left(), top - 2), QPointF(m_body.right(), top - 2));
    facts(QRectF(m_body.left(), top, m_body.width(), height), rows, 130);
}

void Renderer::overviewPage()
{
    beginPage(tr("Overview"), tr("The segments at a glance"));
    const int k = m_in.segmentCount();
    paragraph(tr("Each point is a customer, placed so that customers with similar behaviour lie close together, "
                 "and coloured by segment. The bars compare the segments' size with their value; the whiskers "
                 "are 95% bootstrap intervals."),
              font(9), muted());

    // The map, as tall as the bars below leave room for.
    const qreal barsNeeded = 28 + 18.0 * k;
    const qreal mapHeight = std::clamp<qreal>(bodyBottom() - m_y - barsNeeded - 16, 200.0, m_body.width() * 0.8);
    if (m_in.map && m_in.map->size() == m_in.segmentation->clustering.labels.size()) {
        ScatterPainter map;
        map.setPoints(m_in.map);
        map.setLabels(std::shared_ptr<const Labels>(m_in.segmentation, &m_in.segmentation->clustering.labels), k);
        map.setAppearance(m_appearance);
        map.setPalette(lightPalette());
        map.setFont(font(7.5));
        map.setLocale(m_format.locale());
        map.setVisibleRange(map.fullRange()); // every customer: a printed map cannot be zoomed out
        if (m_in.map->method == EmbeddingMethod::Pca) {
            const auto &ev = m_in.map->explainedVarianceRatio;
            map.setAxisTitles(tr("principal component 1 (%1 of the variance)").arg(m_format.percent(ev[0], 0)),
                              tr("principal component 2 (%1)").arg(m_format.percent(ev[1], 0)));
        } else {
            map.setAxisTitles(tr("UMAP 1"), tr("UMAP 2"));
        }
        std::vector<int> flagged;
        for (int s = 0; s < k; ++s)
            if (profile(s).small)
                flagged.push_back(s);
        map.setFlaggedSegments(flagged);
        map.paint(m_painter, QRectF(m_body.left(), m_y, m_body.width(), mapHeight));
    } else {
        paintParagraph(m_painter, QRectF(m_body.left(), m_y + mapHeight / 2, m_body.width(), 40),
                       tr("The segment map was not computed for this report."), font(9), muted());
    }
    m_y += mapHeight + 12;

    // Size and value by segment.
    const Economics &e = *m_in.economics;
    const bool value = e.hasClv;
    const bool revenue = !e.revenueColumn.empty();
    const qreal gap = 24;
    const bool two = value || revenue;
    const qreal colWidth = two ? (m_body.width() - gap) / 2 : m_body.width();
    std::vector<BarItem> sizes, values;
    for (int s = 0; s < k; ++s) {
        // A suppressed segment's value is not shown (its size is: it says nothing about anyone).
        sizes.push_back({segmentTitle(s), m_appearance.color(s), economics(s)->share});
        Interval share = value ? economics(s)->clvShare : economics(s)->revenueShare;
        if (m_in.suppressed(s))
            share = {std::nan(""), std::nan(""), std::nan("")};
        values.push_back({segmentTitle(s), m_appearance.color(s), share});
    }
    const auto headingAt = [&](qreal left, const QString &text) {
        m_painter.setFont(font(9.5, true));
        m_painter.setPen(accent());
        m_painter.drawText(QRectF(left, m_y, colWidth, 16), Qt::AlignLeft | Qt::AlignVCenter, text);
    };
    headingAt(m_body.left(), tr("Share of customers"));
    if (two)
        headingAt(m_body.left() + colWidth + gap,
                  value ? tr("Share of lifetime value") : tr("Share of %1").arg(fromStd(e.revenueColumn)));
    m_y += 20;
    const QRectF barsRect(m_body.left(), m_y, colWidth, bodyBottom() - m_y);
    const auto pct = [this](double v) { return m_format.percent(v); };
    paintBars(m_painter, barsRect, sizes, pct, font(8));
    if (two)
        paintBars(m_painter, barsRect.translated(colWidth + gap, 0), values, pct, font(8));
}

void Renderer::profilesPage()
{
    beginPage(tr("What sets the segments apart"), tr("Segment profiles"));
    paragraph(tr("Each cell shows how far a segment's mean lies from all customers' mean, in standard deviations: "
                 "red above, blue below. Rows are ordered by how strongly the feature separates the segments."),
              font(9), muted());
    m_y += 4;
    HeatmapPainter heatmap;
    // Suppressed segments show no means (a dash in their column).
    std::shared_ptr<const Profiles> profiles = m_in.profiles;
    if (m_in.minSegmentSize > 0) {
        auto shown = std::make_shared<Profiles>(*m_in.profiles);
        for (std::size_t s = 0; s < shown->segments.size(); ++s)
            if (m_in.suppressed(int(s))) {
                SegmentProfile &p = shown->segments[s];
                std::fill(p.zScores.begin(), p.zScores.end(), std::nan(""));
                std::fill(p.means.begin(), p.means.end(), std::nan(""));
                p.topTraits.clear();
            }
        profiles = shown;
    }
    heatmap.setProfiles(profiles);
    heatmap.setAppearance(m_appearance);
    heatmap.setPalette(lightPalette());
    heatmap.setFont(font(8));
    heatmap.setLocale(m_format.locale());
    if (m_in.drivers)
        heatmap.setRowOrder(m_in.drivers->ranking);
    // The largest scale (at most 1) at which the heatmap's rows stay readable in the space left.
    const QSizeF space(m_body.width(), bodyBottom() - m_y);
    qreal scale = 1.0;
    QSizeF logical = space;
    for (; scale > 0.35; scale -= 0.05) {
        logical = QSizeF(space.width() / scale, space.height() / scale);
        const QSize minimum = heatmap.minimumSize(static_cast<int>(logical.width()));
        if (minimum.height() <= logical.height() && minimum.width() <= logical.width())
            break;
    }
    const QSize comfortable = heatmap.sizeHint(static_cast<int>(logical.width()));
    logical.setHeight(std::min<qreal>(logical.height(), comfortable.height()));
    m_painter.save();
    m_painter.translate(m_body.left(), m_y);
    m_painter.scale(scale, scale);
    heatmap.paint(m_painter, QRectF(QPointF(0, 0), logical));
    m_painter.restore();
    m_y += logical.height() * scale + 8;
    // The columns show numbers where names do not fit: which segment each number is.
    const QFont key = font(7.5);
    const QFontMetricsF fm(key);
    m_painter.setFont(key);
    qreal x = m_body.left();
    for (int s = 0; s < m_in.segmentCount() && m_y < bodyBottom() - 12; ++s) {
        const QString text = QStringLiteral("%1  %2").arg(m_in.appearance.key(s) + 1).arg(segmentTitle(s));
        const qreal w = std::min<qreal>(fm.horizontalAdvance(text) + 26, m_body.width());
        if (x + w > m_body.right()) {
            x = m_body.left();
            m_y += 14;
        }
        m_painter.fillRect(QRectF(x, m_y + 3, 8, 8), m_appearance.color(s));
        m_painter.setPen(ink());
        m_painter.drawText(QRectF(x + 12, m_y, w - 12, 14), Qt::AlignLeft | Qt::AlignVCenter,
                           fm.elidedText(text, Qt::ElideRight, w - 12));
        x += w;
    }
    m_y += 14;
}

void Renderer::economicsPage()
{
    beginPage(tr("Segment economics"), tr("Size and value"));
    const Economics &e = *m_in.economics;
    QString intro = tr("Each figure with its 95% bootstrap interval below it (%1 resample(s) of the customers within "
                       "each segment; the bounds of shares in percent).",
                       nullptr, pluralCount(static_cast<unsigned long long>(e.resamples)))
                        .arg(m_format.count(e.resamples));
    if (e.hasValue)
        intro += QLatin1Char(' ')
                 + tr("Lifetime value, expected purchases and P(alive) come from the BG/NBD and Gamma-Gamma models over "
                      "%1 %2 (see Methods).")
                       .arg(m_format.number(e.horizon, 0), ReportFormat::unitPlural(e.unit));
    else
        intro += QLatin1Char(' ') + (m_in.valueNote.isEmpty() ? tr("No lifetime value was modelled.") : m_in.valueNote);
    if (!e.revenueColumn.empty())
        intro += QLatin1Char(' ') + tr("Revenue is the column %1.").arg(fromStd(e.revenueColumn));
    paragraph(intro, font(9), muted());
    m_y += 6;

    const int k = m_in.segmentCount();
    const auto money = [this](double v) { return m_format.money(v); };
    const auto pct = [this](double v) { return m_format.percent(v); };
    const auto num = [this](double v) { return m_format.number(v, 2); };
    const auto count = [this](double v) { return m_format.count(v); };
    // Bounds of a share without the percent sign: the interval fits under its estimate.
    const auto pctBound = [this](double v) { return m_format.number(100.0 * v, 1); };
    const auto capitalised = [](QString text) {
        if (!text.isEmpty())
            text[0] = text[0].toUpper();
        return text;
    };
    // The columns the data has: revenue with a revenue column, value with a value model.
    struct TableColumn
    {
        QString heading;
        qreal weight;
        std::function<Interval(const SegmentEconomics &)> value;
        std::function<QString(double)> format;
        std::function<QString(double)> rangeFormat = {}; ///< the interval's bounds; empty: format
    };
    std::vector<TableColumn> columns;
    columns.push_back({tr("Customers"), 1.2, [](const SegmentEconomics &x) { return Interval {double(x.size), NAN, NAN}; }, count});
    columns.push_back({tr("Share"), 1.1, [](const SegmentEconomics &x) { return x.share; }, pct, pctBound});
    if (!e.revenueColumn.empty()) {
        columns.push_back({capitalised(tr("%1 per customer").arg(fromStd(e.revenueColumn))), 1.2, [](const SegmentEconomics &x) { return x.revenuePerCustomer; }, money});
        columns.push_back({tr("Share of %1").arg(fromStd(e.revenueColumn)), 1.1, [](const SegmentEconomics &x) { return x.revenueShare; }, pct, pctBound});
    }
    if (e.hasClv) {
        columns.push_back({tr("CLV per customer"), 1.2, [](const SegmentEconomics &x) { return x.clvMean; }, money});
        columns.push_back({tr("Share of CLV"), 1.1, [](const SegmentEconomics &x) { return x.clvShare; }, pct, pctBound});
    }
    if (e.hasValue) {
        columns.push_back({tr("Expected purchases"), 1.1, [](const SegmentEconomics &x) { return x.expectedPurchases; }, num});
        columns.push_back({tr("P(alive)"), 1.1, [](const SegmentEconomics &x) { return x.probabilityAlive; }, pct, pctBound});
    }
    qreal weights = 2.2;
    for (const TableColumn &c : columns)
        weights += c.weight;
    std::vector<qreal> xs {m_body.left(), m_body.left() + m_body.width() * 2.2 / weights};
    for (const TableColumn &c : columns)
        xs.push_back(xs.back() + m_body.width() * c.weight / weights);
    const qreal headerHeight = 40;
    paintParagraph(m_painter, QRectF(xs[0], m_y, xs[1] - xs[0], headerHeight), tr("Segment"), font(7.5, true), muted());
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const QRectF r(xs[c + 1], m_y, xs[c + 2] - xs[c + 1] - 8, headerHeight);
        m_painter.setFont(font(7.5, true));
        m_painter.setPen(muted());
        m_painter.drawText(r, Qt::AlignRight | Qt::AlignTop | Qt::TextWordWrap, columns[c].heading);
    }
    m_y += headerHeight;
    m_painter.setPen(QPen(ink(), 1.0));
    m_painter.drawLine(QPointF(m_body.left(), m_y), QPointF(m_body.right(), m_y));
    const qreal rowHeight = std::min<qreal>(30, (bodyBottom() - m_y) / std::max(1, k));
    const qreal sizeScale = std::min<qreal>(1.0, rowHeight / 30);
    const QFont main = font(8.5 * std::max<qreal>(0.8, sizeScale));
    const QFont small = font(6.5 * std::max<qreal>(0.85, sizeScale));
    for (int s = 0; s < k; ++s) {
        const SegmentEconomics &se = *economics(s);
        const qreal y = m_y + rowHeight * s;
        if (s % 2 == 1)
            m_painter.fillRect(QRectF(m_body.left(), y, m_body.width(), rowHeight), panel());
        m_painter.fillRect(QRectF(xs[0] + 2, y + rowHeight / 2 - 4, 8, 8), m_appearance.color(s));
        // The name on up to two lines (as many as the row holds), centred in the row.
        const qreal nameWidth = xs[1] - xs[0] - 18;
        const qreal lineHeight = QFontMetricsF(main).lineSpacing();
        const qreal nameHeight = std::min(paragraphHeight(segmentTitle(s), main, nameWidth),
                                          std::max(lineHeight, std::floor(rowHeight / lineHeight) * lineHeight));
        paintParagraph(m_painter, QRectF(xs[0] + 16, y + (rowHeight - nameHeight) / 2, nameWidth, nameHeight),
                       segmentTitle(s), main, ink());
        if (m_in.suppressed(s)) {
            m_painter.setFont(main);
            m_painter.setPen(muted());
            m_painter.drawText(QRectF(xs[1], y, xs.back() - xs[1] - 8, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                               tr("suppressed: fewer than %1 customer(s)", nullptr, pluralCount(m_in.minSegmentSize))
                                   .arg(m_format.count(double(m_in.minSegmentSize))));
            continue;
        }
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const Interval value = columns[c].value(se);
            const QRectF cell(xs[c + 1], y, xs[c + 2] - xs[c + 1] - 8, rowHeight);
            const QString range = m_format.range(value, columns[c].rangeFormat ? columns[c].rangeFormat : columns[c].format);
            const bool twoLines = !range.isEmpty() && rowHeight >= 20;
            const qreal split = twoLines ? rowHeight * 0.58 : rowHeight;
            m_painter.setFont(main);
            m_painter.setPen(ink());
            m_painter.drawText(QRectF(cell.left(), y, cell.width(), split),
                               Qt::AlignRight | (twoLines ? Qt::AlignBottom : Qt::AlignVCenter),
                               columns[c].format(value.estimate));
            if (twoLines) {
                m_painter.setFont(small);
                m_painter.setPen(muted());
                m_painter.drawText(QRectF(cell.left(), y + split, cell.width(), rowHeight - split),
                                   Qt::AlignRight | Qt::AlignTop, range);
            }
        }
    }
    m_y += rowHeight * k;
    m_painter.setPen(QPen(ink(), 1.0));
    m_painter.drawLine(QPointF(m_body.left(), m_y), QPointF(m_body.right(), m_y));
}

} // namespace report
} // namespace seg
