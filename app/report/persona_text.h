#pragma once
// A drafted persona in the user's language. The engine (engine/persona/persona.h) writes its
// text in English from PersonaFacts; this words the same facts with tr() and the numbers with
// QLocale, for the Personas tab and the persona report. Without a translation the words are
// exactly the engine's (tests/report/test_persona_text.cpp), apart from the locale's numbers.
// Machine-readable exports (CSV, workbook, JSON) keep the engine's English.

#include "engine/persona/persona.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <optional>
#include <vector>

namespace seg {

class PersonaText
{
    Q_DECLARE_TR_FUNCTIONS(seg::PersonaText)

public:
    /// Numbers in `locale` (by default the user's, QLocale::setDefault).
    explicit PersonaText(QLocale locale = QLocale());

    /// "High-value regulars"; "Typical customers (segment 4)"; "Empty segment 2".
    QString label(const Persona &persona) const;
    /// Two sentences: who they are, what they are worth.
    QString description(const Persona &persona) const;
    /// "app 64%", most used first.
    QStringList channels(const Persona &persona) const;
    /// "high (discount_share 0.68 against 0.31 overall)"; empty without a discount feature.
    QString priceSensitivity(const Persona &persona) const;
    /// The risk indicators, one phrase each.
    QStringList risks(const Persona &persona) const;

    /// The label `claims` make, by seg::composeLabel's rules.
    QString composeLabel(const std::vector<PersonaClaim> &claims) const;
    /// A claim's words: adjective "High-value", plural noun "big spenders", phrase "spend more".
    QString adjective(const PersonaClaim &claim) const;
    QString noun(const PersonaClaim &claim) const;
    QString phrase(const PersonaClaim &claim) const;

    const QLocale &locale() const { return m_locale; }

private:
    QString count(std::size_t n) const;
    QString percent(double share) const;
    QString decimal(double value) const;
    QString joined(const QStringList &parts) const;
    QString withMeans(const QString &text, const std::optional<PersonaMeans> &means) const;

    QLocale m_locale;
    QLocale m_ungrouped; ///< m_locale without group separators, for decimals as the engine writes them
};

} // namespace seg
