#pragma once
// Draft personas: for each segment a short label drawn from the traits that set it apart, two
// plain sentences, preferred channels, price sensitivity, risk indicators and its money. Drafts
// are honest by construction: a label or sentence names a trait only when the segment's
// standardised mean difference against the rest on a feature of that trait is at least
// kPersonaTraitThreshold in the direction claimed. The rules are in docs/personas.md.

#include "engine/profile/drivers.h"
#include "engine/profile/segment_profile.h"
#include "engine/value/segment_value.h"

#include <cstddef>
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
