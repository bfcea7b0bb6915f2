#pragma once
// How feature names read to a person. Fitted feature names are data ("days_since_last_order",
// "acquisition_channel=organic search"); views show them with spaces instead of underscores and
// split one-hot features into their column and level. Tooltips keep the raw name, so that the
// user can still find the column in the source data.

#include <QString>

#include <string>

namespace seg {

struct FeatureLabel
{
    QString column; ///< the source column, humanised ("acquisition channel")
    QString level;  ///< one-hot features: the level, humanised ("organic search"); else empty
    bool oneHot = false;
};

/// `text` with underscores as spaces, runs of white space collapsed and the ends trimmed
/// ("days_since_last_order" -> "days since last order"). Text that would become empty is
/// returned unchanged.
QString humanizeName(const QString &text);

/// Splits a fitted feature name at its first '=' into column and level (both humanised); a
/// name without '=' is a plain feature (level empty, oneHot false).
FeatureLabel featureLabel(const std::string &name);

/// One line for a fitted feature: "days since last order", or "acquisition channel: organic
/// search" for a one-hot level.
QString featureDisplayName(const std::string &name);

/// A feature group's name for people: the groups the engine suggests (engagement, purchasing,
/// recency & loyalty, channels, profile, other; seg::suggestGroup) in the user's language, any
/// other name humanised and capitalised. The spec keeps the name itself.
QString groupTitle(const std::string &name);

/// For a cell where the user edits group names: a suggested group's translated title, any other
/// name exactly as written.
QString editableGroupName(const std::string &name);

/// The group name behind `title` as groupTitle() or editableGroupName() shows it: a suggested
/// group's translated title gives its name back ("Kaufverhalten" -> "purchasing"); any other
/// text is a name already.
QString groupName(const QString &title);

} // namespace seg
