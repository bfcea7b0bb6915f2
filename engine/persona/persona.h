#pragma once
// Draft personas: for each segment a short label drawn from the traits that set it apart, two
// plain sentences, preferred channels, price sensitivity, risk indicators and its money. Drafts
// are honest by construction: a label or sentence names a trait only when the segment's
// standardised mean difference against the rest on a feature of that trait is at least
// kPersonaTraitThreshold in the direction claimed. The rules are in docs/personas.md.
// The text is English, composed from PersonaFacts; front ends word the same facts in the
// user's language (app/report/persona_text.h).

#include "engine/profile/drivers.h"
#include "engine/profile/segment_profile.h"
#include "engine/value/segment_value.h"

#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace seg {

/// |SMD| a trait needs before a persona names it (a "medium" effect in Cohen's terms).
constexpr double kPersonaTraitThreshold = 0.5;

/// What a feature says about a customer, recognised from its name (docs/personas.md lists the words).
enum class TraitConcept {
    Value,      ///< spend, revenue, lifetime value, order value
    Frequency,  ///< orders, purchases, frequency
    Lapse,      ///< time since the last purchase (days_since_last_order, recency as "days since")
    Tenure,     ///< time as a customer
    Discount,   ///< discount, promotion, coupon use
    Returns,    ///< returns
    Engagement, ///< sessions, page views, minutes, visits, clicks
    Email,      ///< e-mail opens and clicks
    App,        ///< app channel share
    Store,      ///< store channel share
    Web,        ///< web channel share
    Loyalty,    ///< loyalty programme
    Alive,      ///< P(alive) from the value model
    Other,      ///< any other feature: named by the feature itself
};

/// The concept of a feature name ("days_since_last_order" -> Lapse; "Fresh" -> Other).
TraitConcept traitConcept(const std::string &feature);

/// One trait a persona claims: the feature that shows it and its SMD (sign = direction).
struct PersonaClaim
{
    std::string feature;
    TraitConcept kind = TraitConcept::Other;
    double smd = 0.0;
};

/// What the second sentence of a description says the segment is worth.
enum class PersonaWorthKind {
    Share,         ///< only its share of the customers (no revenue column, no value model)
    LifetimeValue, ///< its share of the expected lifetime value and the value per customer
    Revenue,       ///< its share of the revenue column and the revenue per customer
};

struct PersonaWorth
{
    PersonaWorthKind kind = PersonaWorthKind::Share;
    double share = 0.0;       ///< of the lifetime value, of the revenue, or of the customers (Share)
    /// Lifetime value or revenue per customer (NaN for Share).
    double perCustomer = std::numeric_limits<double>::quiet_NaN();
    std::string column; ///< the revenue column (Revenue)
    /// Mean P(alive), said after the money; NaN when not said (always for Share).
    double probabilityAlive = std::numeric_limits<double>::quiet_NaN();
};

/// The segment's mean of a feature against everyone's, as price sensitivity and risks quote it.
struct PersonaMeans
{
    std::string feature;
    double segment = 0.0;
    double overall = 0.0;
};

enum class PriceSensitivity {
    Average, ///< |SMD| of the strongest discount feature below the threshold
    High,
    Low,
};

struct PersonaPrice
{
    PriceSensitivity level = PriceSensitivity::Average;
    std::optional<PersonaMeans> means; ///< none when the feature is not profiled
};

enum class PersonaRiskKind {
    Lapse,     ///< a long time since the last purchase (lapse SMD >= threshold)
    Returns,   ///< high returns (returns SMD >= threshold)
    LowAlive,  ///< mean P(alive) below 0.5
    LessAlive, ///< less likely than the rest to still be a customer (P(alive) SMD <= -threshold)
};

struct PersonaRisk
{
    PersonaRiskKind kind = PersonaRiskKind::Lapse;
    std::optional<PersonaMeans> means; ///< Lapse and Returns, when the feature is profiled
    /// The segment's mean P(alive) (LowAlive, LessAlive).
    double probabilityAlive = std::numeric_limits<double>::quiet_NaN();
};

/// A channel's share of the segment's use (kind App, Store or Web).
struct PersonaChannel
{
    TraitConcept kind = TraitConcept::App;
    double share = 0.0;
};

/// The facts the persona's English text is made of, so that a front end can word the same
/// persona in the user's language (app/report/persona_text.h).
struct PersonaFacts
{
    bool numbered = false; ///< the label needed " (segment N)" to be distinct
    /// The traits the first sentence names, in order: the label's claims, then the next
    /// strongest, up to three (empty: "look much like the rest").
    std::vector<PersonaClaim> described;
    PersonaWorth worth;                   ///< the second sentence
    std::vector<PersonaChannel> channels; ///< most used first
    std::optional<PersonaPrice> price;    ///< none without a discount feature
    std::vector<PersonaRisk> risks;
};

struct Persona
{
    int segment = 0;
    std::string label;       ///< e.g. "High-value regulars"; distinct within one drafting
    std::string description; ///< two plain sentences
    std::vector<std::string> channels; ///< preferred channels, most used first ("app 64%")
    std::string priceSensitivity;      ///< "high (discount_share 0.68 against 0.31 overall)", or empty
    std::vector<std::string> risks;    ///< risk indicators in words
    std::size_t size = 0;
    double share = 0.0;
    double revenuePerCustomer = 0.0;   ///< NaN without a revenue column
    double revenueTotal = 0.0;
    double clvMean = 0.0;              ///< NaN without a value model
    double clvTotal = 0.0;
    double probabilityAlive = 0.0;     ///< NaN without a value model
    /// The traits the label and the first sentence name, strongest first (each |smd| >=
    /// kPersonaTraitThreshold).
    std::vector<PersonaClaim> claims;
    /// What label, description, channels, price sensitivity and risks say, as values. An empty
    /// segment (size 0) has none: "Empty segment N".
    PersonaFacts facts;
};

struct PersonaInputs
{
    const Profiles *profiles = nullptr;   ///< required: sizes, shares, means in original units
    const Drivers *drivers = nullptr;     ///< required: SMD per segment and feature (features as profiled)
    const Economics *economics = nullptr; ///< optional: revenue and value per segment
    /// Optional: SMD of per-customer value figures ("lifetime value", "P(alive)"), same segments.
    const Drivers *valueDrivers = nullptr;
};

/// One draft persona per segment of `inputs.profiles` (empty segments get "Empty segment N").
/// Labels are distinct: when two drafts would share one, the later takes its next trait, and as
/// a last resort the segment number.
std::vector<Persona> draftPersonas(const PersonaInputs &inputs);

/// The label the claims make: "<adjective of the first> <noun of the second>", "<adjective of
/// the first> customers" with one claim, "Typical customers" with none.
std::string composeLabel(const std::vector<PersonaClaim> &claims);

} // namespace seg
