#include "engine/persona/persona.h"

#include "engine/core/number_text.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

namespace seg {

namespace {

std::string lower(const std::string &text)
{
    std::string out = text;
    for (char &c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool has(const std::string &text, std::initializer_list<const char *> words)
{
    return std::any_of(words.begin(), words.end(),
                       [&](const char *w) { return text.find(w) != std::string::npos; });
}

/// A feature name as words: "days_since_last_order" -> "days since last order".
std::string words(const std::string &feature)
{
    std::string out;
    for (char c : feature)
        out += (c == '_' || c == '=') ? ' ' : c;
    return out;
}

/// A level of a categorical column, one-hot as "column=level": its SMD is about the share of
/// customers at that level.
bool isLevel(const std::string &feature)
{
    return feature.find('=') != std::string::npos;
}

/// The column a level belongs to; the feature itself otherwise.
std::string columnOf(const std::string &feature)
{
    return feature.substr(0, feature.find('='));
}

struct Wording
{
    const char *highAdjective, *highNoun, *highPhrase;
    const char *lowAdjective, *lowNoun, *lowPhrase; ///< null: the low side is not named
};

const Wording &wording(TraitConcept kind)
{
    static const std::map<TraitConcept, Wording> table = {
        {TraitConcept::Value, {"High-value", "big spenders", "spend more", "Low-value", "small spenders", "spend less"}},
        {TraitConcept::Frequency,
         {"Frequent", "regulars", "buy more often", "Infrequent", "occasional buyers", "buy less often"}},
        {TraitConcept::Lapse,
         {"Lapsed", "lapsers", "have not bought for longer", "Recently active", "active buyers", "bought more recently"}},
        {TraitConcept::Tenure,
         {"Long-standing", "long-timers", "have been customers for longer", "New", "newcomers", "joined more recently"}},
        {TraitConcept::Discount,
         {"Discount-driven", "discount seekers", "buy on discount more often", "Full-price", "full-price buyers",
          "use discounts less"}},
        {TraitConcept::Returns, {"Return-prone", "returners", "return more", "Low-return", "keepers", "return less"}},
        {TraitConcept::Engagement,
         {"Highly engaged", "browsers", "browse more", "Disengaged", "quiet customers", "browse less"}},
        {TraitConcept::Email,
         {"E-mail-responsive", "e-mail readers", "open more e-mails", "E-mail-averse", "e-mail ignorers",
          "open fewer e-mails"}},
        {TraitConcept::App, {"App-first", "app users", "use the app more", nullptr, nullptr, nullptr}},
        {TraitConcept::Store, {"Store-first", "store shoppers", "buy in store more", nullptr, nullptr, nullptr}},
        {TraitConcept::Web, {"Web-first", "web shoppers", "use the website more", nullptr, nullptr, nullptr}},
        {TraitConcept::Loyalty,
         {"Loyalty-club", "members", "are more often loyalty members", nullptr, nullptr, nullptr}},
        {TraitConcept::Alive,
         {"Active", "active customers", "are more likely still customers", "At-risk", "drifting customers",
          "are less likely still customers"}},
        {TraitConcept::Other, {"", "", "", "", "", ""}},
    };
    return table.at(kind);
}

bool nameable(const PersonaClaim &claim)
{
    // A level is named where it is more common: "fewer Channel 1" is the other levels' story
    // (for two levels, the same story twice) and makes no sense as "low-Channel 1".
    if (claim.kind == TraitConcept::Other && isLevel(claim.feature))
        return claim.smd > 0;
    return claim.smd > 0 || wording(claim.kind).lowAdjective != nullptr;
}

std::string capitalised(std::string text)
{
    if (!text.empty())
        text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    return text;
}

std::string adjective(const PersonaClaim &c)
{
    if (c.kind == TraitConcept::Other && isLevel(c.feature))
        return capitalised(words(c.feature));
    if (c.kind == TraitConcept::Other)
        return capitalised((c.smd > 0 ? "high-" : "low-") + words(c.feature));
    const Wording &w = wording(c.kind);
    return c.smd > 0 ? w.highAdjective : w.lowAdjective;
}

std::string noun(const PersonaClaim &c)
{
    if (c.kind == TraitConcept::Other && isLevel(c.feature))
        return words(c.feature) + " customers";
    if (c.kind == TraitConcept::Other)
        return std::string(c.smd > 0 ? "high-" : "low-") + words(c.feature) + " customers";
    const Wording &w = wording(c.kind);
    return c.smd > 0 ? w.highNoun : w.lowNoun;
}

std::string phrase(const PersonaClaim &c)
{
    if (c.kind == TraitConcept::Other && isLevel(c.feature))
        return "are more often " + words(c.feature);
    if (c.kind == TraitConcept::Other)
        return std::string("have ") + (c.smd > 0 ? "higher " : "lower ") + words(c.feature);
    const Wording &w = wording(c.kind);
    return c.smd > 0 ? w.highPhrase : w.lowPhrase;
}

std::string grouped(double value)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.0f", std::round(value));
    std::string digits = buf, out;
    const bool negative = !digits.empty() && digits[0] == '-';
    if (negative)
        digits.erase(0, 1);
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return negative ? "-" + out : out;
}

std::string percent(double share)
{
    return percentText(share, share < 0.1 ? 1 : 0);
}

std::string joined(const std::vector<std::string> &parts)
{
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0)
            out += i + 1 == parts.size() ? " and " : ", ";
        out += parts[i];
    }
    return out;
}

/// The strongest claim per concept, strongest first, at or above the threshold and nameable.
std::vector<PersonaClaim> claimsOf(const PersonaInputs &in, std::size_t segment)
{
    std::map<TraitConcept, PersonaClaim> best;
    std::map<std::string, PersonaClaim> otherBest; // Other: one per feature, one level per column
    auto consider = [&](const Drivers &drivers) {
        if (segment >= drivers.smd.size())
            return;
        for (std::size_t j = 0; j < drivers.features.size(); ++j) {
            const double smd = drivers.smd[segment][j];
            if (!(std::abs(smd) >= kPersonaTraitThreshold))
                continue;
            PersonaClaim claim {drivers.features[j], traitConcept(drivers.features[j]), smd};
            if (!nameable(claim))
                continue;
            if (claim.kind == TraitConcept::Other) {
                auto &slot = otherBest[columnOf(claim.feature)];
                if (std::abs(smd) > std::abs(slot.smd))
                    slot = claim;
                continue;
            }
            auto it = best.find(claim.kind);
            if (it == best.end() || std::abs(smd) > std::abs(it->second.smd))
                best[claim.kind] = claim;
        }
    };
    consider(*in.drivers);
    if (in.valueDrivers)
        consider(*in.valueDrivers);
    std::vector<PersonaClaim> out;
    for (auto &[kind, claim] : best)
        out.push_back(claim);
    for (auto &[name, claim] : otherBest)
        out.push_back(claim);
    std::stable_sort(out.begin(), out.end(),
                     [](const PersonaClaim &a, const PersonaClaim &b) { return std::abs(a.smd) > std::abs(b.smd); });
    return out;
}

/// " (feature 0.68 against 0.31 overall)", or nothing without means.
std::string meansText(const std::optional<PersonaMeans> &means)
{
    if (!means)
        return {};
    return " (" + means->feature + " " + fixedText(means->segment, 2) + " against " + fixedText(means->overall, 2)
           + " overall)";
}

std::string englishLabel(const Persona &p)
{
    if (p.size == 0)
        return "Empty segment " + std::to_string(p.segment + 1);
    std::string label = composeLabel(p.claims);
    if (p.facts.numbered)
        label += " (segment " + std::to_string(p.segment + 1) + ")";
    return label;
}

std::string englishDescription(const Persona &p)
{
    if (p.size == 0)
        return "No customer is in this segment. It has no traits to describe.";
    std::vector<std::string> phrases;
    for (const PersonaClaim &c : p.facts.described)
        phrases.push_back(phrase(c));
    std::string first = grouped(static_cast<double>(p.size)) + " customers (" + percent(p.share) + ")";
    first += phrases.empty() ? " who look much like the rest: no trait sets them apart by half a standard "
                               "deviation or more."
                             : " who " + joined(phrases) + " than the rest.";
    const PersonaWorth &w = p.facts.worth;
    std::string second;
    switch (w.kind) {
    case PersonaWorthKind::Share: return first + " Their share of the customers is " + percent(w.share) + ".";
    case PersonaWorthKind::LifetimeValue:
        second = "They hold " + percent(w.share) + " of the expected lifetime value, " + fixedText(w.perCustomer, 2)
                 + " per customer";
        break;
    case PersonaWorthKind::Revenue:
        second = "They bring " + percent(w.share) + " of " + w.column + ", " + fixedText(w.perCustomer, 2)
                 + " per customer";
        break;
    }
    second += std::isnan(w.probabilityAlive)
                  ? std::string(".")
                  : ", and " + percent(w.probabilityAlive) + " of them are likely still customers.";
    return first + " " + second;
}

std::string englishChannel(const PersonaChannel &c)
{
    const char *name = c.kind == TraitConcept::App ? "app" : c.kind == TraitConcept::Store ? "store" : "web";
    return name + (" " + percent(c.share));
}

std::string englishPrice(const PersonaPrice &price)
{
    const char *level = price.level == PriceSensitivity::High  ? "high"
                        : price.level == PriceSensitivity::Low ? "low"
                                                               : "average";
    return level + meansText(price.means);
}

std::string englishRisk(const PersonaRisk &r)
{
    switch (r.kind) {
    case PersonaRiskKind::Lapse: return "long time since the last purchase" + meansText(r.means);
    case PersonaRiskKind::Returns: return "high returns" + meansText(r.means);
    case PersonaRiskKind::LowAlive:
        return "low chance of still being a customer (mean P(alive) " + fixedText(r.probabilityAlive, 2) + ")";
    case PersonaRiskKind::LessAlive:
        return "less likely than the rest to still be a customer (mean P(alive) " + fixedText(r.probabilityAlive, 2)
               + ")";
    }
    return {};
}

/// The profiled feature index of `name`, or -1.
int featureIndex(const Profiles &p, const std::string &name)
{
    const auto it = std::find(p.features.begin(), p.features.end(), name);
    return it == p.features.end() ? -1 : static_cast<int>(it - p.features.begin());
}

} // namespace

TraitConcept traitConcept(const std::string &feature)
{
    const std::string f = lower(feature);
    if (has(f, {"p(alive)", "p_alive", "probability alive", "palive"}))
        return TraitConcept::Alive;
    if (has(f, {"acquisition", "region", "country", "city", "campaign"}))
        return TraitConcept::Other;
    if (has(f, {"return"}))
        return TraitConcept::Returns;
    if (has(f, {"discount", "promo", "coupon", "voucher"}))
        return TraitConcept::Discount;
    if (has(f, {"since_last", "since last", "days_since", "lapse", "inactive"}))
        return TraitConcept::Lapse;
    if (has(f, {"tenure", "since_first", "customer_age", "member_since", "account_age"}))
        return TraitConcept::Tenure;
    if (has(f, {"loyal"}))
        return TraitConcept::Loyalty;
    if (has(f, {"email", "e-mail", "newsletter"}))
        return TraitConcept::Email;
    // Channels of use: a share per channel, or a one-hot "channel=<level>"; never where customers
    // came from (acquisition channel, source, campaign).
    if (!has(f, {"acquisition", "source", "campaign", "referr"}) && (has(f, {"share", "channel="}) || f == "app"
                                                                      || f == "store" || f == "web")) {
        if (has(f, {"app", "mobile"}))
            return TraitConcept::App;
        if (has(f, {"store", "shop", "retail"}))
            return TraitConcept::Store;
        if (has(f, {"web", "online", "site"}))
            return TraitConcept::Web;
    }
    if (has(f, {"lifetime value", "clv", "ltv", "revenue", "spend", "monetary", "order_value", "order value",
                "sales", "basket"}))
        return TraitConcept::Value;
    if (has(f, {"orders", "purchases", "frequency", "transactions", "invoices"}))
        return TraitConcept::Frequency;
    if (has(f, {"session", "page_view", "pageview", "page view", "minutes", "visits", "clicks", "time_on_site"}))
        return TraitConcept::Engagement;
    return TraitConcept::Other;
}

std::string composeLabel(const std::vector<PersonaClaim> &claims)
{
    if (claims.empty())
        return "Typical customers";
    if (claims.size() == 1)
        return adjective(claims[0]) + " customers";
    return adjective(claims[0]) + " " + noun(claims[1]);
}

std::vector<Persona> draftPersonas(const PersonaInputs &in)
{
    const Profiles &profiles = *in.profiles;
    std::vector<Persona> out;
    std::set<std::string> used;
    for (std::size_t s = 0; s < profiles.segments.size(); ++s) {
        const SegmentProfile &profile = profiles.segments[s];
        Persona p;
        p.segment = profile.segment;
        p.size = profile.size;
        p.share = profile.share;
        const double nan = std::nan("");
        p.revenuePerCustomer = p.revenueTotal = p.clvMean = p.clvTotal = p.probabilityAlive = nan;
        if (in.economics && s < in.economics->segments.size()) {
            const SegmentEconomics &e = in.economics->segments[s];
            p.revenuePerCustomer = e.revenuePerCustomer.estimate;
            p.revenueTotal = e.revenueTotal.estimate;
            p.clvMean = e.clvMean.estimate;
            p.clvTotal = e.clvTotal.estimate;
            p.probabilityAlive = e.probabilityAlive.estimate;
        }
        if (profile.size == 0) {
            p.label = englishLabel(p);
            p.description = englishDescription(p);
            used.insert(p.label);
            out.push_back(std::move(p));
            continue;
        }

        // The label: the two strongest traits; on a clash, the next pairs in order of strength.
        const std::vector<PersonaClaim> all = claimsOf(in, s);
        std::vector<std::vector<PersonaClaim>> candidates;
        if (all.size() >= 2) {
            for (std::size_t i = 0; i < all.size(); ++i)
                for (std::size_t j = 0; j < all.size(); ++j)
                    if (i != j && (i < 2 || j < 2 || all.size() <= 4))
                        candidates.push_back({all[i], all[j]});
        }
        for (const PersonaClaim &c : all)
            candidates.push_back({c});
        if (all.empty())
            candidates.push_back({});
        std::vector<PersonaClaim> chosen = candidates.front();
        bool distinct = false;
        for (const auto &c : candidates)
            if (!used.count(composeLabel(c))) {
                chosen = c;
                distinct = true;
                break;
            }
        p.claims = chosen;
        p.facts.numbered = !distinct;

        // Sentence one: who they are, from up to three traits (the label's first).
        std::vector<PersonaClaim> &described = p.facts.described;
        described = chosen;
        for (const PersonaClaim &c : all)
            if (described.size() < 3
                && std::none_of(described.begin(), described.end(),
                                [&](const PersonaClaim &d) { return d.feature == c.feature; }))
                described.push_back(c);
        // Sentence two: what they are worth.
        PersonaWorth &worth = p.facts.worth;
        worth.share = p.share;
        if (in.economics && !std::isnan(p.clvMean) && s < in.economics->segments.size()) {
            worth.kind = PersonaWorthKind::LifetimeValue;
            worth.share = in.economics->segments[s].clvShare.estimate;
            worth.perCustomer = p.clvMean;
            worth.probabilityAlive = p.probabilityAlive;
        } else if (!std::isnan(p.revenueTotal) && in.economics && s < in.economics->segments.size()) {
            worth.kind = PersonaWorthKind::Revenue;
            worth.share = in.economics->segments[s].revenueShare.estimate;
            worth.perCustomer = p.revenuePerCustomer;
            worth.column = in.economics->revenueColumn;
            worth.probabilityAlive = p.probabilityAlive;
        }

        // Channels: the segment's mean share per channel feature, largest first.
        for (std::size_t j = 0; j < profiles.features.size(); ++j) {
            const TraitConcept kind = traitConcept(profiles.features[j]);
            const bool channel = kind == TraitConcept::App || kind == TraitConcept::Store || kind == TraitConcept::Web;
            if (channel && j < profile.means.size() && profile.means[j] >= 0 && profile.means[j] <= 1)
                p.facts.channels.push_back({kind, profile.means[j]});
        }
        std::stable_sort(p.facts.channels.begin(), p.facts.channels.end(),
                         [](const PersonaChannel &a, const PersonaChannel &b) { return a.share > b.share; });

        // Price sensitivity and risks: from the strongest feature of each concept (any SMD).
        auto strongest = [&](TraitConcept kind, const Drivers *drivers) -> std::pair<int, double> {
            int best = -1;
            double smd = 0;
            if (!drivers || s >= drivers->smd.size())
                return {best, smd};
            for (std::size_t j = 0; j < drivers->features.size(); ++j)
                if (traitConcept(drivers->features[j]) == kind && !std::isnan(drivers->smd[s][j])
                    && (best < 0 || std::abs(drivers->smd[s][j]) > std::abs(smd))) {
                    best = static_cast<int>(j);
                    smd = drivers->smd[s][j];
                }
            return {best, smd};
        };
        auto meansOf = [&](const std::string &feature) -> std::optional<PersonaMeans> {
            const int j = featureIndex(profiles, feature);
            if (j < 0)
                return std::nullopt;
            const auto at = static_cast<std::size_t>(j);
            return PersonaMeans {feature, profile.means[at], profiles.populationMeans[at]};
        };
        if (const auto [j, smd] = strongest(TraitConcept::Discount, in.drivers); j >= 0) {
            const PriceSensitivity level = smd >= kPersonaTraitThreshold    ? PriceSensitivity::High
                                           : smd <= -kPersonaTraitThreshold ? PriceSensitivity::Low
                                                                            : PriceSensitivity::Average;
            p.facts.price = PersonaPrice {level, meansOf(in.drivers->features[static_cast<std::size_t>(j)])};
        }
        if (const auto [j, smd] = strongest(TraitConcept::Lapse, in.drivers); j >= 0 && smd >= kPersonaTraitThreshold)
            p.facts.risks.push_back(
                {PersonaRiskKind::Lapse, meansOf(in.drivers->features[static_cast<std::size_t>(j)]), nan});
        if (const auto [j, smd] = strongest(TraitConcept::Returns, in.drivers); j >= 0 && smd >= kPersonaTraitThreshold)
            p.facts.risks.push_back(
                {PersonaRiskKind::Returns, meansOf(in.drivers->features[static_cast<std::size_t>(j)]), nan});
        if (!std::isnan(p.probabilityAlive) && p.probabilityAlive < 0.5)
            p.facts.risks.push_back({PersonaRiskKind::LowAlive, std::nullopt, p.probabilityAlive});
        else if (const auto [j, smd] = strongest(TraitConcept::Alive, in.valueDrivers);
                 j >= 0 && smd <= -kPersonaTraitThreshold)
            p.facts.risks.push_back({PersonaRiskKind::LessAlive, std::nullopt, p.probabilityAlive});

        // The English text, from the facts alone (as a front end words them in its language).
        p.label = englishLabel(p);
        used.insert(p.label);
        p.description = englishDescription(p);
        for (const PersonaChannel &c : p.facts.channels)
            p.channels.push_back(englishChannel(c));
        if (p.facts.price)
            p.priceSensitivity = englishPrice(*p.facts.price);
        for (const PersonaRisk &r : p.facts.risks)
            p.risks.push_back(englishRisk(r));
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace seg
