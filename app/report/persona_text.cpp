// A drafted persona worded in the user's language (see persona_text.h).

#include "app/report/persona_text.h"

#include "widgets/segment_figures.h"

#include <cmath>

namespace seg {

namespace {

const char *const kContext = "seg::PersonaText";

/// One translatable word: QT_TRANSLATE_NOOP3 gives {source, comment}.
struct Words
{
    const char *source = nullptr;
    const char *comment = nullptr;
};

/// A concept's words, as engine/persona/persona.cpp has them in English.
struct Wording
{
    Words highAdjective, highNoun, highPhrase;
    Words lowAdjective, lowNoun, lowPhrase; ///< null: the low side is not named
};

// The table of docs/personas.md. Adjectives start the English label, so they are capitalised;
// where a language puts them after the noun, its translators write them in lower case (the
// label's first letter is capitalised whatever comes first).
Wording wording(TraitConcept kind)
{
    switch (kind) {
    case TraitConcept::Value:
        return {QT_TRANSLATE_NOOP3("seg::PersonaText", "High-value",
                                   "label adjective (plural, capitalised): customers who spend more (spend, revenue, lifetime value)"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "big spenders",
                                   "label noun (plural): customers who spend more (spend, revenue, lifetime value)"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "spend more",
                                   "phrase after 'customers who': customers who spend more (spend, revenue, lifetime value)"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "Low-value",
                                   "label adjective (plural, capitalised): customers who spend less (spend, revenue, lifetime value)"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "small spenders",
                                   "label noun (plural): customers who spend less (spend, revenue, lifetime value)"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "spend less",
                                   "phrase after 'customers who': customers who spend less (spend, revenue, lifetime value)")};
    case TraitConcept::Frequency:
        return {QT_TRANSLATE_NOOP3("seg::PersonaText", "Frequent",
                                   "label adjective (plural, capitalised): customers who buy more often (orders, purchases)"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "regulars",
                                   "label noun (plural): customers who buy more often (orders, purchases)"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "buy more often",
                                   "phrase after 'customers who': customers who buy more often (orders, purchases)"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "Infrequent",
                                   "label adjective (plural, capitalised): customers who buy less often (orders, purchases)"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "occasional buyers",
                                   "label noun (plural): customers who buy less often (orders, purchases)"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "buy less often",
                                   "phrase after 'customers who': customers who buy less often (orders, purchases)")};
    case TraitConcept::Lapse:
        return {QT_TRANSLATE_NOOP3("seg::PersonaText", "Lapsed",
                                   "label adjective (plural, capitalised): customers whose last purchase is longer ago"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "lapsers",
                                   "label noun (plural): customers whose last purchase is longer ago"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "have not bought for longer",
                                   "phrase after 'customers who': customers whose last purchase is longer ago"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "Recently active",
                                   "label adjective (plural, capitalised): customers whose last purchase is more recent"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "active buyers",
                                   "label noun (plural): customers whose last purchase is more recent"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "bought more recently",
                                   "phrase after 'customers who': customers whose last purchase is more recent")};
    case TraitConcept::Tenure:
        return {QT_TRANSLATE_NOOP3("seg::PersonaText", "Long-standing",
                                   "label adjective (plural, capitalised): customers who have been customers for longer"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "long-timers",
                                   "label noun (plural): customers who have been customers for longer"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "have been customers for longer",
                                   "phrase after 'customers who': customers who have been customers for longer"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "New",
                                   "label adjective (plural, capitalised): customers who became customers more recently"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "newcomers",
                                   "label noun (plural): customers who became customers more recently"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "joined more recently",
                                   "phrase after 'customers who': customers who became customers more recently")};
    case TraitConcept::Discount:
        return {QT_TRANSLATE_NOOP3("seg::PersonaText", "Discount-driven",
                                   "label adjective (plural, capitalised): customers who use discounts and coupons more"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "discount seekers",
                                   "label noun (plural): customers who use discounts and coupons more"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "buy on discount more often",
                                   "phrase after 'customers who': customers who use discounts and coupons more"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "Full-price",
                                   "label adjective (plural, capitalised): customers who use discounts and coupons less"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "full-price buyers",
                                   "label noun (plural): customers who use discounts and coupons less"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "use discounts less",
                                   "phrase after 'customers who': customers who use discounts and coupons less")};
    case TraitConcept::Returns:
        return {QT_TRANSLATE_NOOP3("seg::PersonaText", "Return-prone",
                                   "label adjective (plural, capitalised): customers who send more purchases back"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "returners",
                                   "label noun (plural): customers who send more purchases back"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "return more",
                                   "phrase after 'customers who': customers who send more purchases back"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "Low-return",
                                   "label adjective (plural, capitalised): customers who send fewer purchases back"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "keepers",
                                   "label noun (plural): customers who send fewer purchases back"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "return less",
                                   "phrase after 'customers who': customers who send fewer purchases back")};
    case TraitConcept::Engagement:
        return {QT_TRANSLATE_NOOP3("seg::PersonaText", "Highly engaged",
                                   "label adjective (plural, capitalised): customers with more sessions, page views, visits"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "browsers",
                                   "label noun (plural): customers with more sessions, page views, visits"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "browse more",
                                   "phrase after 'customers who': customers with more sessions, page views, visits"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "Disengaged",
                                   "label adjective (plural, capitalised): customers with fewer sessions, page views, visits"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "quiet customers",
                                   "label noun (plural): customers with fewer sessions, page views, visits"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "browse less",
                                   "phrase after 'customers who': customers with fewer sessions, page views, visits")};
    case TraitConcept::Email:
        return {QT_TRANSLATE_NOOP3("seg::PersonaText", "E-mail-responsive",
                                   "label adjective (plural, capitalised): customers who open and click more e-mails"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "e-mail readers",
                                   "label noun (plural): customers who open and click more e-mails"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "open more e-mails",
                                   "phrase after 'customers who': customers who open and click more e-mails"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "E-mail-averse",
                                   "label adjective (plural, capitalised): customers who open and click fewer e-mails"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "e-mail ignorers",
                                   "label noun (plural): customers who open and click fewer e-mails"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "open fewer e-mails",
                                   "phrase after 'customers who': customers who open and click fewer e-mails")};
    case TraitConcept::App:
        return {QT_TRANSLATE_NOOP3("seg::PersonaText", "App-first",
                                   "label adjective (plural, capitalised): customers who use the app more"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "app users",
                                   "label noun (plural): customers who use the app more"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "use the app more",
                                   "phrase after 'customers who': customers who use the app more"),
                {},
                {},
                {}};
    case TraitConcept::Store:
        return {QT_TRANSLATE_NOOP3("seg::PersonaText", "Store-first",
                                   "label adjective (plural, capitalised): customers who buy in store more"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "store shoppers",
                                   "label noun (plural): customers who buy in store more"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "buy in store more",
                                   "phrase after 'customers who': customers who buy in store more"),
                {},
                {},
                {}};
    case TraitConcept::Web:
        return {QT_TRANSLATE_NOOP3("seg::PersonaText", "Web-first",
                                   "label adjective (plural, capitalised): customers who use the website more"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "web shoppers",
                                   "label noun (plural): customers who use the website more"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "use the website more",
                                   "phrase after 'customers who': customers who use the website more"),
                {},
                {},
                {}};
    case TraitConcept::Loyalty:
        return {QT_TRANSLATE_NOOP3("seg::PersonaText", "Loyalty-club",
                                   "label adjective (plural, capitalised): customers more often in the loyalty programme"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "members",
                                   "label noun (plural): customers more often in the loyalty programme"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "are more often loyalty members",
                                   "phrase after 'customers who': customers more often in the loyalty programme"),
                {},
                {},
                {}};
    case TraitConcept::Alive:
        return {QT_TRANSLATE_NOOP3("seg::PersonaText", "Active",
                                   "label adjective (plural, capitalised): customers more likely still customers (P(alive))"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "active customers",
                                   "label noun (plural): customers more likely still customers (P(alive))"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "are more likely still customers",
                                   "phrase after 'customers who': customers more likely still customers (P(alive))"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "At-risk",
                                   "label adjective (plural, capitalised): customers less likely still customers (P(alive))"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "drifting customers",
                                   "label noun (plural): customers less likely still customers (P(alive))"),
                QT_TRANSLATE_NOOP3("seg::PersonaText", "are less likely still customers",
                                   "phrase after 'customers who': customers less likely still customers (P(alive))")};
    case TraitConcept::Other: break;
    }
    return {};
}

QString translated(const Words &w)
{
    return w.source ? QCoreApplication::translate(kContext, w.source, w.comment) : QString();
}

/// A feature's name as words: "days_since_last_order" -> "days since last order".
QString featureWords(const std::string &feature)
{
    QString out = QString::fromStdString(feature);
    out.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('='), QLatin1Char(' '));
    return out;
}

/// A level of a categorical column ("Channel=2"), named by itself.
bool isLevel(const PersonaClaim &c)
{
    return c.kind == TraitConcept::Other && c.feature.find('=') != std::string::npos;
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

PersonaText::PersonaText(QLocale locale) : m_locale(std::move(locale)), m_ungrouped(m_locale)
{
    m_ungrouped.setNumberOptions(m_locale.numberOptions() | QLocale::OmitGroupSeparator);
}

QString PersonaText::count(std::size_t n) const
{
    return m_locale.toString(static_cast<qulonglong>(n));
}

QString PersonaText::percent(double share) const
{
    // Rounded as the engine's sentences round: one decimal below 10%, none from 10% on.
    return m_locale.toString(100.0 * share, 'f', share < 0.1 ? 1 : 0) + m_locale.percent();
}

QString PersonaText::decimal(double value) const
{
    // Two decimals without group separators, as the engine writes means and money per customer.
    return m_ungrouped.toString(value, 'f', 2);
}

QString PersonaText::joined(const QStringList &parts) const
{
    QString out = parts.value(0);
    for (qsizetype i = 1; i < parts.size(); ++i)
        out = i + 1 == parts.size() ? tr("%1 and %2", "list: %1 every item but the last, %2 the last").arg(out, parts[i])
                                    : tr("%1, %2", "list: %1 the items so far, %2 the next (not the last)").arg(out, parts[i]);
    return out;
}

QString PersonaText::withMeans(const QString &text, const std::optional<PersonaMeans> &means) const
{
    if (!means)
        return text;
    return tr("%1 (%2 %3 against %4 overall)",
              "price sensitivity or risk with its evidence: %1 the statement, %2 the feature's (column's) name, "
              "%3 the segment's mean, %4 every customer's mean")
        .arg(text, QString::fromStdString(means->feature), decimal(means->segment), decimal(means->overall));
}

QString PersonaText::adjective(const PersonaClaim &c) const
{
    if (isLevel(c))
        return capitalised(featureWords(c.feature));
    if (c.kind == TraitConcept::Other)
        return c.smd > 0 ? tr("High-%1", "label adjective (plural, capitalised): customers with a high %1 (a feature)")
                                 .arg(featureWords(c.feature))
                         : tr("Low-%1", "label adjective (plural, capitalised): customers with a low %1 (a feature)")
                                 .arg(featureWords(c.feature));
    const Wording w = wording(c.kind);
    return translated(c.smd > 0 ? w.highAdjective : w.lowAdjective);
}

QString PersonaText::noun(const PersonaClaim &c) const
{
    if (isLevel(c))
        return tr("%1 customers", "label noun (plural): customers at %1, a level of a column (\"Channel 2\")")
            .arg(featureWords(c.feature));
    if (c.kind == TraitConcept::Other)
        return c.smd > 0 ? tr("high-%1 customers", "label noun (plural): customers with a high %1 (a feature)")
                               .arg(featureWords(c.feature))
                         : tr("low-%1 customers", "label noun (plural): customers with a low %1 (a feature)")
                               .arg(featureWords(c.feature));
    const Wording w = wording(c.kind);
    return translated(c.smd > 0 ? w.highNoun : w.lowNoun);
}

QString PersonaText::phrase(const PersonaClaim &c) const
{
    if (isLevel(c))
        return tr("are more often %1", "phrase after 'customers who': %1 a level of a column (\"Channel 2\")")
            .arg(featureWords(c.feature));
    if (c.kind == TraitConcept::Other)
        return c.smd > 0 ? tr("have higher %1", "phrase after 'customers who': %1 a feature").arg(featureWords(c.feature))
                         : tr("have lower %1", "phrase after 'customers who': %1 a feature").arg(featureWords(c.feature));
    const Wording w = wording(c.kind);
    return translated(c.smd > 0 ? w.highPhrase : w.lowPhrase);
}

QString PersonaText::composeLabel(const std::vector<PersonaClaim> &claims) const
{
    QString label;
    if (claims.empty())
        label = tr("Typical customers", "persona label of a segment no trait sets apart");
    else if (claims.size() == 1)
        label = tr("%1 customers", "persona label of one trait: %1 its adjective (plural)").arg(adjective(claims[0]));
    else
        label = tr("%1 %2",
                   "persona label of two traits: %1 the adjective of the first (plural), %2 the noun of the second "
                   "(plural); \"%2 %1\" puts the adjective after the noun (then write the adjectives in lower case)")
                    .arg(adjective(claims[0]), noun(claims[1]));
    return capitalised(label);
}

QString PersonaText::label(const Persona &p) const
{
    if (p.size == 0)
        return tr("Empty segment %1", "persona label of a segment without customers: %1 its number")
            .arg(m_locale.toString(p.segment + 1));
    const QString label = composeLabel(p.claims);
    if (!p.facts.numbered)
        return label;
    return tr("%1 (segment %2)", "a persona label another segment has too: %1 the label, %2 the segment's number")
        .arg(label, m_locale.toString(p.segment + 1));
}

QString PersonaText::description(const Persona &p) const
{
    if (p.size == 0)
        return tr("No customer is in this segment. It has no traits to describe.");
    QStringList phrases;
    for (const PersonaClaim &c : p.facts.described)
        phrases << phrase(c);
    const QString first
        = phrases.isEmpty()
              ? tr("%1 customer(s) (%2) who look much like the rest: no trait sets them apart by half a standard "
                   "deviation or more.",
                   "persona description, first sentence: %1 the segment's customers, %2 their share of all",
                   pluralCount(p.size))
                    .arg(count(p.size), percent(p.share))
              : tr("%1 customer(s) (%2) who %3 than the rest.",
                   "persona description, first sentence: %1 the segment's customers, %2 their share of all, %3 a "
                   "list of phrases (\"spend more, buy more often and return less\")",
                   pluralCount(p.size))
                    .arg(count(p.size), percent(p.share), joined(phrases));
    const PersonaWorth &w = p.facts.worth;
    const bool alive = !std::isnan(w.probabilityAlive);
    QString second;
    switch (w.kind) {
    case PersonaWorthKind::Share:
        second = tr("Their share of the customers is %1.", "persona description, second sentence").arg(percent(w.share));
        break;
    case PersonaWorthKind::LifetimeValue:
        second = alive ? tr("They hold %1 of the expected lifetime value, %2 per customer, and %3 of them are likely "
                            "still customers.",
                            "persona description, second sentence: %1 share of lifetime value, %2 lifetime value per "
                            "customer, %3 mean P(alive) as a percentage")
                             .arg(percent(w.share), decimal(w.perCustomer), percent(w.probabilityAlive))
                       : tr("They hold %1 of the expected lifetime value, %2 per customer.",
                            "persona description, second sentence: %1 share of lifetime value, %2 lifetime value per "
                            "customer")
                             .arg(percent(w.share), decimal(w.perCustomer));
        break;
    case PersonaWorthKind::Revenue: {
        const QString column = QString::fromStdString(w.column);
        second = alive ? tr("They bring %1 of %2, %3 per customer, and %4 of them are likely still customers.",
                            "persona description, second sentence: %1 share of the revenue, %2 the revenue column's "
                            "name, %3 revenue per customer, %4 mean P(alive) as a percentage")
                             .arg(percent(w.share), column, decimal(w.perCustomer), percent(w.probabilityAlive))
                       : tr("They bring %1 of %2, %3 per customer.",
                            "persona description, second sentence: %1 share of the revenue, %2 the revenue column's "
                            "name, %3 revenue per customer")
                             .arg(percent(w.share), column, decimal(w.perCustomer));
        break;
    }
    }
    return first + QLatin1Char(' ') + second;
}

QStringList PersonaText::channels(const Persona &p) const
{
    QStringList out;
    for (const PersonaChannel &c : p.facts.channels) {
        const QString name = c.kind == TraitConcept::App     ? tr("app", "sales channel")
                             : c.kind == TraitConcept::Store ? tr("store", "sales channel")
                                                             : tr("web", "sales channel");
        out << tr("%1 %2", "a persona's channel: %1 its name, %2 its share of the segment's purchases")
                   .arg(name, percent(c.share));
    }
    return out;
}

QString PersonaText::priceSensitivity(const Persona &p) const
{
    if (!p.facts.price)
        return {};
    const PersonaPrice &price = *p.facts.price;
    const QString level = price.level == PriceSensitivity::High  ? tr("high", "price sensitivity")
                          : price.level == PriceSensitivity::Low ? tr("low", "price sensitivity")
                                                                 : tr("average", "price sensitivity");
    return withMeans(level, price.means);
}

QStringList PersonaText::risks(const Persona &p) const
{
    QStringList out;
    for (const PersonaRisk &r : p.facts.risks) {
        switch (r.kind) {
        case PersonaRiskKind::Lapse:
            out << withMeans(tr("long time since the last purchase", "persona risk"), r.means);
            break;
        case PersonaRiskKind::Returns: out << withMeans(tr("high returns", "persona risk"), r.means); break;
        case PersonaRiskKind::LowAlive:
            out << tr("low chance of still being a customer (mean P(alive) %1)", "persona risk: %1 a probability")
                       .arg(decimal(r.probabilityAlive));
            break;
        case PersonaRiskKind::LessAlive:
            out << tr("less likely than the rest to still be a customer (mean P(alive) %1)",
                      "persona risk: %1 a probability")
                       .arg(decimal(r.probabilityAlive));
            break;
        }
    }
    return out;
}

} // namespace seg
