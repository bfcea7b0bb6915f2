// The persona report's persona pages and its methods page (see report_renderer.h).

#include "app/report/report_renderer.h"

#include "engine/cluster/clustering.h"
#include "widgets/model_selection_chart.h"
#include "widgets/segment_figures.h"
#include "engine/value/gamma_gamma.h"

#include <QCoreApplication>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace seg::report {

namespace {

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

QString featureText(const std::string &name)
{
    QString t = fromStd(name);
    t.replace(QLatin1Char('_'), QLatin1Char(' '));
    return t;
}

QString statusText(ModelFitStatus status)
{
    switch (status) {
    case ModelFitStatus::Converged: return Renderer::tr("converged");
    case ModelFitStatus::IterationLimit: return Renderer::tr("stopped at the evaluation limit");
    case ModelFitStatus::AtBound: return Renderer::tr("a parameter at a bound of the search");
    case ModelFitStatus::Failed: return Renderer::tr("failed");
    }
    return {};
}

} // namespace

void Renderer::personaPage(int s)
{
    const int k = m_in.segmentCount();
    if (m_in.suppressed(s)) {
        // k-anonymity: figures and traits of so few customers could single them out.
        beginPage({}, tr("Persona %1 of %2  ·  %3").arg(m_format.locale().toString(s + 1), m_format.locale().toString(k),
                                                         m_appearance.name(s)));
        m_painter.fillRect(QRectF(m_body.left(), m_y + 3, 8, 30), m_appearance.color(s));
        m_y += paintParagraph(m_painter, QRectF(m_body.left() + 18, m_y, m_body.width() - 18, 70), segmentTitle(s),
                              font(20, true), ink());
        m_y += 6;
        paragraph(tr("This segment has fewer than %1 customer(s). Its persona, figures and composition are not shown: "
                     "statistics of so few customers could identify them. The minimum is set with "
                     "--min-segment-size.",
                     nullptr, pluralCount(m_in.minSegmentSize))
                      .arg(m_format.count(double(m_in.minSegmentSize))),
                  font(10.5), ink());
        return;
    }
    const Persona &persona = m_in.personas[static_cast<std::size_t>(s)];
    const SegmentProfile &pr = profile(s);
    const SegmentEconomics *se = economics(s);
    const QString label = m_in.personaLabel(s, &m_words);
    beginPage({}, tr("Persona %1 of %2  ·  %3").arg(m_format.locale().toString(s + 1), m_format.locale().toString(k),
                                                     m_appearance.name(s) == label ? m_in.appearance.name(s)
                                                                                   : m_appearance.name(s)));
    // Title with the segment's colour.
    m_painter.fillRect(QRectF(m_body.left(), m_y + 3, 8, 30), m_appearance.color(s));
    m_y += paintParagraph(m_painter, QRectF(m_body.left() + 18, m_y, m_body.width() - 18, 70), label, font(20, true),
                          ink());
    m_y += 6;
    paragraph(m_in.personaDescription(s, &m_words), font(10.5), ink());
    if (pr.small)
        paragraph(tr("Fewer than %1 of all customers: probably a few extreme customers rather than a segment to "
                     "market to.")
                      .arg(m_format.percent(m_in.profiles->smallShare, 0)),
                  font(8.5, true), QColor(0xb4, 0x4d, 0x12));
    m_y += 6;

    // Key figures as tiles.
    const auto money = [this](double v) { return m_format.money(v); };
    const auto pct = [this](double v) { return m_format.percent(v); };
    struct Tile
    {
        QString label;
        QString value;
        QString range;
    };
    std::vector<Tile> tiles;
    tiles.push_back({tr("customers (%1 of all)").arg(m_format.percent(pr.share)),
                     m_format.count(static_cast<double>(pr.size)),
                     se ? tr("share %1").arg(m_format.range(se->share, pct)) : QString()});
    const auto tile = [&](const QString &label, const Interval &i, const std::function<QString(double)> &f) {
        if (!std::isfinite(i.estimate))
            return; // not in the data (no revenue column, no value model)
        const QString range = m_format.range(i, f);
        tiles.push_back({label, f(i.estimate), range.isEmpty() ? QString() : tr("95%: %1").arg(range)});
    };
    const Interval none{NAN, NAN, NAN};
    tile(m_in.economics->revenueColumn.empty() ? tr("revenue per customer")
                                               : tr("%1 per customer").arg(featureText(m_in.economics->revenueColumn)),
         se ? se->revenuePerCustomer : none, money);
    tile(m_in.economics->revenueColumn.empty() ? tr("share of revenue")
                                               : tr("share of %1").arg(featureText(m_in.economics->revenueColumn)),
         se ? se->revenueShare : none, pct);
    tile(tr("lifetime value per customer"), se ? se->clvMean : none, money);
    tile(tr("share of lifetime value"), se ? se->clvShare : none, pct);
    tile(tr("P(still a customer)"), se ? se->probabilityAlive : none, pct);
    const qreal gap = 10;
    const qreal tileWidth = (m_body.width() - 2 * gap) / 3;
    const qreal tileHeight = 54;
    for (std::size_t t = 0; t < tiles.size(); ++t) {
        const QRectF r(m_body.left() + (tileWidth + gap) * static_cast<qreal>(t % 3),
                       m_y + (tileHeight + gap) * static_cast<qreal>(t / 3), tileWidth, tileHeight);
        m_painter.fillRect(r, panel());
        m_painter.fillRect(QRectF(r.left(), r.top(), 3, r.height()), m_appearance.color(s));
        m_painter.setPen(ink());
        m_painter.setFont(font(14, true));
        m_painter.drawText(r.adjusted(12, 4, -6, -30), Qt::AlignLeft | Qt::AlignVCenter, tiles[t].value);
        m_painter.setFont(font(7.5));
        m_painter.setPen(muted());
        m_painter.drawText(r.adjusted(12, 26, -6, -14), Qt::AlignLeft | Qt::AlignVCenter,
                           QFontMetricsF(font(7.5)).elidedText(tiles[t].label, Qt::ElideRight, r.width() - 18));
        m_painter.drawText(r.adjusted(12, 39, -6, -2), Qt::AlignLeft | Qt::AlignVCenter, tiles[t].range);
    }
    m_y += static_cast<qreal>((tiles.size() + 2) / 3) * (tileHeight + gap) + 8;

    // Traits: the features with the largest |SMD|, value figures included.
    sectionHeading(tr("What sets them apart"));
    std::vector<DriverItem> traits;
    const Drivers &d = *m_in.drivers;
    const Profiles &all = *m_in.profiles;
    for (std::size_t j = 0; j < d.features.size(); ++j) {
        const double smd = d.smd[static_cast<std::size_t>(s)][j];
        QString detail;
        if (j < pr.means.size() && std::isfinite(pr.means[j]))
            detail = tr("%1 against %2 overall")
                         .arg(m_format.number(pr.means[j], std::abs(pr.means[j]) < 10 ? 2 : 0),
                              m_format.number(all.populationMeans[j], std::abs(all.populationMeans[j]) < 10 ? 2 : 0));
        traits.push_back({featureText(d.features[j]), smd, detail});
    }
    if (m_in.valueDrivers)
        for (std::size_t j = 0; j < m_in.valueDrivers->features.size(); ++j)
            traits.push_back({fromStd(m_in.valueDrivers->features[j]),
                              m_in.valueDrivers->smd[static_cast<std::size_t>(s)][j], QString()});
    std::stable_sort(traits.begin(), traits.end(), [](const DriverItem &a, const DriverItem &b) {
        const double x = std::isfinite(a.smd) ? std::abs(a.smd) : -1, y = std::isfinite(b.smd) ? std::abs(b.smd) : -1;
        return x > y;
    });
    if (traits.size() > 8)
        traits.resize(8);
    const qreal traitsHeight = 18.0 * static_cast<qreal>(traits.size());
    paintDrivers(m_painter, QRectF(m_body.left(), m_y, m_body.width(), traitsHeight), traits, m_appearance.color(s),
                 font(8), m_format.locale());
    m_y += traitsHeight + 16;
    paragraph(tr("Bars: standardised mean difference against the other customers (right: higher, left: lower). "
                 "A label names a trait only beyond the dashed lines (±0.5)."),
              font(7.5), muted());

    // Channels, price sensitivity and risks beside the shares of customers and value.
    sectionHeading(tr("How to reach them"));
    const qreal top = m_y;
    const qreal leftWidth = m_body.width() * 0.55;
    const auto item = [&](const QString &key, const QString &text) {
        m_painter.setFont(font(8.5, true));
        m_painter.setPen(ink());
        m_painter.drawText(QRectF(m_body.left(), m_y, leftWidth, 14), Qt::AlignLeft | Qt::AlignVCenter, key);
        m_y += 15;
        paragraph(text, font(8.5), ink(), m_body.left(), leftWidth - 12);
        m_y += 2;
    };
    const QStringList channels = m_words.channels(persona);
    item(tr("Channels"), channels.isEmpty() ? tr("No channel columns in the data.") : channels.join(QStringLiteral(", ")));
    const QString price = m_words.priceSensitivity(persona);
    item(tr("Price sensitivity"), price.isEmpty() ? tr("No discount or promotion columns in the data.") : price);
    QStringList risks;
    for (const QString &r : m_words.risks(persona))
        risks << QStringLiteral("• ") + r;
    item(tr("Risks"), risks.isEmpty() ? tr("No risk indicator stands out.") : risks.join(QLatin1Char('\n')));
    const qreal leftBottom = m_y;

    const qreal rightLeft = m_body.left() + leftWidth + 10;
    const qreal rightWidth = m_body.right() - rightLeft;
    m_painter.setFont(font(8.5, true));
    m_painter.setPen(ink());
    m_painter.drawText(QRectF(rightLeft, top, rightWidth, 14), Qt::AlignLeft | Qt::AlignVCenter,
                       tr("Their share of the whole"));
    std::vector<BarItem> shares;
    const QColor c = m_appearance.color(s);
    shares.push_back({tr("customers"), c, se ? se->share : Interval{pr.share, NAN, NAN}});
    if (se && std::isfinite(se->revenueShare.estimate))
        shares.push_back({featureText(m_in.economics->revenueColumn), c, se->revenueShare});
    if (se && std::isfinite(se->clvShare.estimate))
        shares.push_back({tr("lifetime value"), c, se->clvShare});
    paintBars(m_painter, QRectF(rightLeft, top + 18, rightWidth, 18.0 * shares.size()), shares, pct, font(8));
    m_y = std::max(leftBottom, top + 18 + 18.0 * shares.size()) + 4;

    // Strategy notes.
    sectionHeading(tr("Strategy notes"));
    const QString notes = s < m_in.notes.size() ? m_in.notes[s] : QString();
    const qreal boxHeight = notes.isEmpty() ? std::min<qreal>(120, bodyBottom() - m_y)
                                            : std::max<qreal>(30, bodyBottom() - m_y);
    const QRectF box(m_body.left(), m_y, m_body.width(), boxHeight);
    m_painter.setPen(QPen(rule(), 0.8));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawRect(box);
    paintParagraph(m_painter, box.adjusted(10, 8, -10, -8),
                   notes.isEmpty() ? tr("No notes yet: write them in the explorer's Personas view (Edit…).") : notes,
                   font(9), notes.isEmpty() ? muted() : ink());
}

void Renderer::methodsPage()
{
    beginPage(tr("Methods and limitations"), tr("How the segments were made"));
    const Segmentation &seg = *m_in.segmentation;
    const int k = m_in.segmentCount();
    const QLocale &loc = m_format.locale();
    const QFont body = font(8.5);

    sectionHeading(tr("Data and features"));
    paragraph(tr("%1 customers were read; %2 were segmented on %3 feature(s) after the transforms of the feature spec "
                 "(scaling: %4; missing values: %5).",
                 nullptr, pluralCount(m_in.prepared->transform.features.size()))
                  .arg(m_format.count(static_cast<double>(m_in.table ? m_in.table->rowCount : 0)),
                       m_format.count(static_cast<double>(seg.rows.size())),
                       loc.toString(static_cast<int>(m_in.prepared->transform.features.size())),
                       fromStd(std::string(toString(seg.spec.scaling))),
                       fromStd(std::string(toString(seg.spec.imputation))))
                  + (seg.outlierCount > 0 ? QLatin1Char(' ')
                                                + tr("%1 customer(s) beyond a robust z of %2 were set aside as outliers.",
                                                     nullptr, pluralCount(seg.outlierCount))
                                                      .arg(m_format.count(static_cast<double>(seg.outlierCount)),
                                                           m_format.number(seg.outliers.robustZ, 1))
                                          : QString()),
              body, ink());

    sectionHeading(tr("Algorithm and the choice of k"));
    QString why;
    if (const auto *gm = std::get_if<GaussianMixtureOptions>(&seg.options))
        why = tr("A Gaussian mixture (%1 covariances, EM from %2 k-means starts, the highest likelihood kept; seed %3) "
                 "with k = %4, the number of segments chosen by the analyst. Each customer is in the segment of "
                 "highest probability.")
                  .arg(gm->covariance == CovarianceType::Full ? tr("full") : tr("diagonal"))
                  .arg(gm->nInit)
                  .arg(seedOf(seg.options))
                  .arg(k);
    else if (std::holds_alternative<WardOptions>(seg.options))
        why = (seg.clustering.dendrogram.summarised
                   ? tr("Ward's hierarchical clustering of %1 k-means micro-clusters (seed %2), the tree cut at "
                        "k = %3, the number of segments chosen by the analyst.")
                         .arg(seg.clustering.dendrogram.leaves)
                         .arg(seedOf(seg.options))
                         .arg(k)
                   : tr("Ward's hierarchical clustering (each step joins the two groups whose union adds least to the "
                        "spread within groups), the tree cut at k = %1, the number of segments chosen by the "
                        "analyst.")
                         .arg(k));
    else if (const auto *mb = std::get_if<MiniBatchKMeansOptions>(&seg.options))
        why = tr("Mini-batch k-means (k-means with %1 restart(s) on a sample of up to %2 customers, then passes over all "
                 "customers in batches of %3; seed %4) with k = %5, the number of segments chosen by the analyst.",
                 nullptr, pluralCount(static_cast<unsigned long long>(mb->nInit)))
                  .arg(mb->nInit)
                  .arg(mb->startSampleRows)
                  .arg(mb->batchSize)
                  .arg(seedOf(seg.options))
                  .arg(k);
    else if (const auto *cs = std::get_if<ConsensusClusteringOptions>(&seg.options))
        why = tr("Consensus clustering (Monti et al. 2003): %1 runs of %2 algorithm(s) on resampled customers vote on who "
                 "belongs together, and the votes are cut into k = %3 segments, the number chosen by the analyst; "
                 "each customer's agreement says how consistently the runs put it with its segment.",
                 nullptr, pluralCount(cs->algorithms.size()))
                  .arg(cs->runsPerMember * static_cast<int>(cs->algorithms.size()))
                  .arg(cs->algorithms.size())
                  .arg(k);
    else if (const auto *km = std::get_if<KMeansOptions>(&seg.options))
        why = tr("k-means (k-means++ starts, %1 restart(s), the lowest inertia kept; seed %2) with k = %3, the number "
                 "of segments chosen by the analyst.",
                 nullptr, pluralCount(static_cast<unsigned long long>(km->nInit)))
                  .arg(km->nInit)
                  .arg(seedOf(seg.options))
                  .arg(k);
    else
        why = tr("%1, which finds the number of segments itself: %2 segment(s), and customers in sparse regions in "
                 "none.",
                 nullptr, pluralCount(static_cast<unsigned long long>(k)))
                  .arg(std::holds_alternative<DbscanOptions>(seg.options) ? tr("DBSCAN") : tr("HDBSCAN"))
                  .arg(k);
    if (!m_in.sweep.empty()) {
        why += QLatin1Char(' ')
               + tr("The chart shows the silhouette (line: how well separated the segments are, higher is better) and "
                    "the inertia (bars: the spread within segments, which always falls as k grows) for k = %1 to %2.")
                     .arg(m_in.sweep.front().k)
                     .arg(m_in.sweep.back().k);
        if (const QString suggested = kRecommendationText(recommendK(m_in.sweep), m_format.locale()); !suggested.isEmpty())
            why += QLatin1Char(' ') + suggested;
    }
    paragraph(why, body, ink());
    if (!m_in.sweep.empty()) {
        paintSweep(m_painter, QRectF(m_body.left(), m_y, m_body.width(), 120), m_in.sweep, k, font(7.5), loc);
        m_y += 124;
        paragraph(tr("Line and left axis: silhouette. Bars: inertia, relative to k = %1. The chosen k is highlighted.")
                      .arg(m_in.sweep.front().k),
                  font(7.5), muted());
    }

    sectionHeading(tr("Quality"));
    std::vector<std::pair<QString, QString>> quality;
    const QualityReport &q = m_in.quality;
    quality.push_back({tr("Silhouette"), tr("%1 (−1 to 1; above 0.25 the segments are distinguishable, above 0.5 clearly "
                                            "separated)")
                                             .arg(m_format.number(q.silhouette, 3))});
    quality.push_back({tr("Davies–Bouldin"), tr("%1 (lower is better)").arg(m_format.number(q.daviesBouldin, 3))});
    quality.push_back({tr("Calinski–Harabasz"), tr("%1 (higher is better)").arg(m_format.number(q.calinskiHarabasz, 1))});
    if (q.ari)
        quality.push_back({tr("Known segments"), tr("ARI %1, NMI %2 against the column %3")
                                                     .arg(m_format.number(*q.ari, 3), m_format.number(*q.nmi, 3),
                                                          fromStd(m_in.labelColumn))});
    quality.push_back(
        {tr("Stability"),
         m_in.stability ? tr("%1: mean adjusted Rand index between this segmentation and %2 made with other seeds "
                             "(1 = the same customers in the same segments; above 0.9 stable, below 0.75 unstable)")
                              .arg(m_format.number(*m_in.stability, 3))
                              .arg(m_in.stabilityRuns)
                        : tr("not measured")});
    m_y += facts(QRectF(m_body.left(), m_y, m_body.width(), 200), quality, 135) + 4;

    QStringList caveats;
    caveats << (std::holds_alternative<GaussianMixtureOptions>(seg.options)
                    ? tr("Segments describe behaviour in the data given; they are not causes. A Gaussian mixture "
                         "allows segments of different spread and shape; customers between segments belong "
                         "partly to several and are counted in the most probable.")
                    : tr("Segments describe behaviour in the data given; they are not causes. k-means favours "
                         "compact, similarly sized groups and puts every customer in exactly one."))
            << tr("The map is a two-dimensional projection: distances on it are approximate.")
            << tr("Persona labels and sentences are drafted from traits whose standardised difference is at least 0.5; "
                  "edited texts are the analyst's.")
            << tr("Intervals are bootstrap percentiles over customers and do not include the uncertainty of the "
                  "segmentation or of the value models' parameters.");
    if (m_in.value)
        caveats << tr("BG/NBD assumes customers buy at a steady rate until they leave for good, unseen; Gamma-Gamma that "
                      "spend does not depend on how often they buy. Forecasts assume the future resembles the "
                      "calibration period.");
    sectionHeading(tr("Lifetime value model"));
    if (m_in.value) {
        const CustomerValueModel &v = *m_in.value;
        std::vector<std::pair<QString, QString>> model;
        model.push_back({tr("BG/NBD"), tr("r %1, α %2, a %3, b %4; log-likelihood %5 over %6 customer(s) (%7)", nullptr,
                                          pluralCount(v.bgnbd.customers))
                                           .arg(m_format.number(v.bgnbd.params.r, 4), m_format.number(v.bgnbd.params.alpha, 4),
                                                m_format.number(v.bgnbd.params.a, 4), m_format.number(v.bgnbd.params.b, 4),
                                                m_format.number(v.bgnbd.logLikelihood, 2),
                                                m_format.count(static_cast<double>(v.bgnbd.customers)),
                                                statusText(v.bgnbd.status))});
        model.push_back({tr("Gamma-Gamma"),
                         v.hasMonetary && v.gammaGamma.status != ModelFitStatus::Failed
                             ? tr("p %1, q %2, γ %3; log-likelihood %4 over %5 repeat customer(s) (%6)", nullptr,
                                  pluralCount(v.gammaGamma.customers))
                                   .arg(m_format.number(v.gammaGamma.params.p, 4), m_format.number(v.gammaGamma.params.q, 4),
                                        m_format.number(v.gammaGamma.params.gamma, 4),
                                        m_format.number(v.gammaGamma.logLikelihood, 2),
                                        m_format.count(static_cast<double>(v.gammaGamma.customers)),
                                        statusText(v.gammaGamma.status))
                             : tr("not fitted (no spend per repeat purchase): lifetime value unknown")});
        model.push_back({tr("Forecast"), tr("over %1 %2, discount %3 per %4, margin %5; columns %6, %7, %8%9")
                                             .arg(m_format.number(v.options.horizon, 0), ReportFormat::unitPlural(v.unit),
                                                  m_format.number(v.options.discountRate, 3),
                                                  ReportFormat::unitSingular(v.unit),
                                                  m_format.percent(v.options.margin, 0), fromStd(v.columns.frequency),
                                                  fromStd(v.columns.recency), fromStd(v.columns.tenure),
                                                  v.columns.monetary.empty() ? QString()
                                                                             : QStringLiteral(", ") + fromStd(v.columns.monetary))});
        if (v.holdoutFit) {
            const double made = v.holdoutFit->actualTotal, predicted = v.holdoutFit->predictedTotal;
            model.push_back({tr("Holdout check"),
                             tr("over the %1 %2 after calibration: %3 purchases predicted, %4 made (%5 of the forecast)")
                                 .arg(m_format.locale().toString(v.holdoutLength, 'g', 4),
                                      ReportFormat::unitPlural(v.unit), m_format.count(predicted), m_format.count(made),
                                      predicted > 0 ? m_format.percent(made / predicted, 0) : QStringLiteral("–"))});
        }
        m_y += facts(QRectF(m_body.left(), m_y, m_body.width(), 200), model, 135) + 4;
        frequencyFitChart(v.frequencyFit, caveats);
    } else {
        paragraph(m_in.valueNote.isEmpty() ? tr("No lifetime value was modelled.") : m_in.valueNote, body, ink());
    }

    sectionHeading(tr("Caveats"));
    for (const QString &c : caveats)
        paragraph(QStringLiteral("• ") + c, body, ink());
}

void Renderer::frequencyFitChart(const FrequencyHistogram &fit, const QStringList &caveatsBelow)
{
    const QFont body = font(8.5);
    const QFont small = font(7.5);
    const QString caption = tr("Customers by number of repeat purchases: as counted in the data and as the fitted BG/NBD "
                               "model expects. Bars of like height say the model describes how often these customers "
                               "buy; a gap at the right says it misjudges the most frequent buyers.");
    // The caveats still to come keep their room: the chart takes what is left, up to 110 units.
    qreal below = 32 + paragraphHeight(caption, small, m_body.width()) + 4;
    for (const QString &c : caveatsBelow)
        below += paragraphHeight(QStringLiteral("• ") + c, body, m_body.width()) + 4;
    const qreal height = std::min<qreal>(110, bodyBottom() - m_y - below - 4);
    if (height < 60) {
        paragraph(tr("The model's frequency check is left out of this page for want of room."), small, muted());
        return;
    }
    paintFrequencyFit(m_painter, QRectF(m_body.left(), m_y, m_body.width(), height), fit, tr("Counted"),
                      tr("BG/NBD expects"), small, m_format.locale());
    m_y += height + 4;
    paragraph(caption, small, muted());
}

} // namespace seg::report
