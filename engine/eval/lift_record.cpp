#include "engine/eval/lift_record.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>
#include <stdexcept>
#include <utility>

namespace seg {

namespace {

using nlohmann::json;

json number(double value)
{
    return std::isfinite(value) ? json(value) : json(nullptr);
}

double numberOf(const json &object, const char *name)
{
    const auto it = object.find(name);
    if (it == object.end() || it->is_null())
        return std::numeric_limits<double>::quiet_NaN();
    return it->get<double>();
}

json intervalJson(const Interval &i)
{
    return {{"estimate", number(i.estimate)}, {"low", number(i.low)}, {"high", number(i.high)}};
}

Interval intervalOf(const json &object)
{
    return {numberOf(object, "estimate"), numberOf(object, "low"), numberOf(object, "high")};
}

json groupJson(const LiftGroup &g)
{
    json out {{"segment", g.segment}, {"name", g.name}, {"treated", g.treated}, {"control", g.control},
              {"warnings", g.warnings}};
    if (g.hasConversion) {
        const ConversionLift &c = g.conversion;
        out["conversion"] = {{"treated_conversions", c.treatedConversions},
                             {"control_conversions", c.controlConversions},
                             {"treated_rate", intervalJson(c.treatedRate)},
                             {"control_rate", intervalJson(c.controlRate)},
                             {"difference", intervalJson(c.difference)},
                             {"lift", intervalJson(c.lift)},
                             {"p_value", number(c.pValue)},
                             {"adjusted_p_value", number(c.adjustedPValue)},
                             {"minimum_detectable_difference", number(c.minimumDetectable)},
                             {"significant", c.significant}};
    }
    if (g.hasRevenue) {
        const RevenueLift &r = g.revenue;
        out["revenue"] = {{"treated_customers", r.treatedCustomers},
                          {"control_customers", r.controlCustomers},
                          {"treated_mean", number(r.treatedMean)},
                          {"control_mean", number(r.controlMean)},
                          {"difference", intervalJson(r.difference)},
                          {"lift", intervalJson(r.lift)},
                          {"p_value", number(r.pValue)},
                          {"adjusted_p_value", number(r.adjustedPValue)},
                          {"minimum_detectable_difference", number(r.minimumDetectable)},
                          {"significant", r.significant}};
    }
    return out;
}

LiftGroup groupOf(const json &object)
{
    LiftGroup g;
    g.segment = object.at("segment").get<int>();
    g.name = object.at("name").get<std::string>();
    g.treated = object.at("treated").get<std::size_t>();
    g.control = object.at("control").get<std::size_t>();
    g.warnings = object.at("warnings").get<std::vector<std::string>>();
    if (const auto it = object.find("conversion"); it != object.end()) {
        g.hasConversion = true;
        ConversionLift &c = g.conversion;
        c.treatedConversions = it->at("treated_conversions").get<std::size_t>();
        c.controlConversions = it->at("control_conversions").get<std::size_t>();
        c.treatedRate = intervalOf(it->at("treated_rate"));
        c.controlRate = intervalOf(it->at("control_rate"));
        c.difference = intervalOf(it->at("difference"));
        c.lift = intervalOf(it->at("lift"));
        c.pValue = numberOf(*it, "p_value");
        c.adjustedPValue = numberOf(*it, "adjusted_p_value");
        c.minimumDetectable = numberOf(*it, "minimum_detectable_difference");
        c.significant = it->at("significant").get<bool>();
    }
    if (const auto it = object.find("revenue"); it != object.end()) {
        g.hasRevenue = true;
        RevenueLift &r = g.revenue;
        r.treatedCustomers = it->at("treated_customers").get<std::size_t>();
        r.controlCustomers = it->at("control_customers").get<std::size_t>();
        r.treatedMean = numberOf(*it, "treated_mean");
        r.controlMean = numberOf(*it, "control_mean");
        r.difference = intervalOf(it->at("difference"));
        r.lift = intervalOf(it->at("lift"));
        r.pValue = numberOf(*it, "p_value");
        r.adjustedPValue = numberOf(*it, "adjusted_p_value");
        r.minimumDetectable = numberOf(*it, "minimum_detectable_difference");
        r.significant = it->at("significant").get<bool>();
    }
    return g;
}

LiftCorrection correctionOf(const std::string &name)
{
    if (name == "holm")
        return LiftCorrection::Holm;
    if (name == "bh")
        return LiftCorrection::BenjaminiHochberg;
    if (name == "none")
        return LiftCorrection::None;
    throw std::invalid_argument("unknown correction " + name);
}

} // namespace

std::string liftRecordJson(const LiftRecord &record, int indent)
{
    const CampaignLift &lift = record.lift;
    json segments = json::array();
    for (const LiftGroup &g : lift.segments)
        segments.push_back(groupJson(g));
    json balance = json::array();
    for (const BalanceCheck &b : lift.balance)
        balance.push_back({{"covariate", b.covariate},
                           {"treated_mean", number(b.treatedMean)},
                           {"control_mean", number(b.controlMean)},
                           // An infinite SMD (both arms constant, and different) is recorded
                           // as its sign times 1e308, so that it reads back as imbalanced.
                           {"smd", std::isinf(b.smd) ? json(std::copysign(1e308, b.smd)) : number(b.smd)},
                           {"imbalanced", b.imbalanced}});
    const LiftOptions &o = lift.options;
    const json out {{"campaign", record.campaign},
                    {"analysed_at", record.analysedAt},
                    {"engine_version", record.engineVersion},
                    {"run", record.run},
                    {"columns",
                     {{"id", record.idColumn},
                      {"arm", record.armColumn},
                      {"conversion", record.conversionColumn},
                      {"revenue", record.revenueColumn}}},
                    {"customers",
                     {{"rows", record.rows},
                      {"unknown", record.unknown},
                      {"no_segment", record.noSegment},
                      {"unknown_revenue", record.unknownRevenue}}},
                    {"options",
                     {{"level", o.level},
                      {"correction", toString(o.correction)},
                      {"power", o.power},
                      {"resamples", o.resamples},
                      {"seed", o.seed},
                      {"balance_threshold", o.balanceThreshold},
                      {"min_arm_size", o.minArmSize}}},
                    {"overall", groupJson(lift.overall)},
                    {"segments", segments},
                    {"balance", balance},
                    {"warnings", lift.warnings}};
    return out.dump(indent);
}

std::optional<LiftRecord> readLiftRecord(const ProjectDocument &document)
{
    if (document.kind != kLiftRecordKind || document.version != 1)
        return std::nullopt;
    try {
        const json in = json::parse(document.data);
        LiftRecord r;
        r.key = document.key;
        r.campaign = in.at("campaign").get<std::string>();
        r.analysedAt = in.at("analysed_at").get<std::string>();
        r.engineVersion = in.at("engine_version").get<std::string>();
        r.run = in.at("run").get<std::int64_t>();
        const json &columns = in.at("columns");
        r.idColumn = columns.at("id").get<std::string>();
        r.armColumn = columns.at("arm").get<std::string>();
        r.conversionColumn = columns.at("conversion").get<std::string>();
        r.revenueColumn = columns.at("revenue").get<std::string>();
        const json &customers = in.at("customers");
        r.rows = customers.at("rows").get<std::size_t>();
        r.unknown = customers.at("unknown").get<std::size_t>();
        r.noSegment = customers.at("no_segment").get<std::size_t>();
        r.unknownRevenue = customers.at("unknown_revenue").get<std::size_t>();
        const json &options = in.at("options");
        LiftOptions &o = r.lift.options;
        o.level = options.at("level").get<double>();
        o.correction = correctionOf(options.at("correction").get<std::string>());
        o.power = options.at("power").get<double>();
        o.resamples = options.at("resamples").get<int>();
        o.seed = options.at("seed").get<std::uint64_t>();
        o.balanceThreshold = options.at("balance_threshold").get<double>();
        o.minArmSize = options.at("min_arm_size").get<std::size_t>();
        r.lift.overall = groupOf(in.at("overall"));
        for (const json &g : in.at("segments"))
            r.lift.segments.push_back(groupOf(g));
        for (const json &b : in.at("balance"))
            r.lift.balance.push_back({b.at("covariate").get<std::string>(), numberOf(b, "treated_mean"),
                                      numberOf(b, "control_mean"), numberOf(b, "smd"), b.at("imbalanced").get<bool>()});
        r.lift.warnings = in.at("warnings").get<std::vector<std::string>>();
        return r;
    } catch (const std::exception &) {
        // nlohmann's parse, type and out-of-range errors, and an unknown correction.
        return std::nullopt;
    }
}

std::vector<LiftRecord> liftRecords(const std::vector<ProjectDocument> &documents, std::int64_t runId,
                                    std::size_t *skipped)
{
    std::vector<LiftRecord> records;
    std::size_t bad = 0;
    for (const ProjectDocument &d : documents) {
        if (d.kind != kLiftRecordKind)
            continue;
        std::optional<LiftRecord> r = readLiftRecord(d);
        if (!r) {
            ++bad;
            continue;
        }
        if (runId == 0 || r->run == runId)
            records.push_back(std::move(*r));
    }
    if (skipped)
        *skipped = bad;
    return records;
}

} // namespace seg
