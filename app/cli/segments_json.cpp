#include "app/cli/segments_json.h"

#include "app/cli/input_options.h"
#include "app/cli/output.h"

namespace seg::cli {

nlohmann::json profileMeansJson(const Profiles &profiles, const SegmentProfile &segment)
{
    nlohmann::json means = nlohmann::json::object();
    for (std::size_t f = 0; f < profiles.features.size(); ++f)
        means[profiles.features[f]] = jsonNumber(segment.means[f]);
    return means;
}

nlohmann::json profileMoneyJson(const Profiles &profiles, const SegmentProfile &segment)
{
    nlohmann::json money = nlohmann::json::object();
    for (std::size_t m = 0; m < profiles.moneyColumns.size(); ++m)
        money[profiles.moneyColumns[m]] = {{"mean", jsonNumber(segment.money[m].mean)},
                                           {"total", jsonNumber(segment.money[m].total)},
                                           {"share_of_total", jsonNumber(segment.money[m].share)}};
    return money;
}

nlohmann::json segmentJson(const Profiles &profiles, int segment, const FittedTransform &transform,
                           const RowVector &center)
{
    const SegmentProfile &p = profiles.segments.at(static_cast<std::size_t>(segment));
    nlohmann::json traits = nlohmann::json::array();
    for (const Trait &t : p.topTraits)
        traits.push_back({{"feature", t.feature},
                          {"z", jsonNumber(t.zScore)},
                          {"segment_mean", jsonNumber(t.segmentMean)},
                          {"population_mean", jsonNumber(t.populationMean)}});
    // Kept for scripts that read it (fields are only ever added): the model's centre mapped
    // back, which for a log1p column is not the mean (see "means").
    const std::vector<double> original = transform.toOriginal(center);
    nlohmann::json centroid = nlohmann::json::object();
    for (std::size_t f = 0; f < original.size(); ++f)
        centroid[transform.features[f].name] = jsonNumber(original[f]);
    nlohmann::json out = {{"segment", segment},
                          {"size", p.size},
                          {"share", p.share},
                          {"small", p.small},
                          {"means", profileMeansJson(profiles, p)},
                          {"money", profileMoneyJson(profiles, p)},
                          {"traits", traits},
                          {"centroid", centroid}};
    if (p.small)
        out["small_reason"] = QCoreApplication::translate("segscope", "%1 customers, fewer than %2% of all %3: probably outliers rather than a "
                                 "segment to market to")
                                  .arg(p.size)
                                  .arg(localNumber(100.0 * profiles.smallShare, 'g', 3))
                                  .arg(profiles.customers)
                                  .toStdString();
    return out;
}

nlohmann::json moneyTotalsJson(const Profiles &profiles)
{
    nlohmann::json totals = nlohmann::json::object();
    for (std::size_t m = 0; m < profiles.moneyColumns.size(); ++m)
        totals[profiles.moneyColumns[m]] = jsonNumber(profiles.moneyTotals[m]);
    return totals;
}

} // namespace seg::cli
