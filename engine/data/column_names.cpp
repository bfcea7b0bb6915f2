#include "engine/data/column_names.h"

#include "engine/core/text.h"

#include <algorithm>
#include <cctype>

namespace seg {

std::vector<std::string> nameWords(std::string_view name)
{
    std::vector<std::string> out;
    std::string current;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(name[i]);
        if (!std::isalnum(c)) {
            if (!current.empty())
                out.push_back(std::move(current));
            current.clear();
            continue;
        }
        if (std::isupper(c) && i > 0 && std::islower(static_cast<unsigned char>(name[i - 1]))
            && !current.empty()) {
            out.push_back(std::move(current));
            current.clear();
        }
        current += static_cast<char>(std::tolower(c));
    }
    if (!current.empty())
        out.push_back(std::move(current));
    return out;
}

bool hasWord(const std::vector<std::string> &words, std::initializer_list<std::string_view> keywords)
{
    return std::any_of(words.begin(), words.end(), [&](const std::string &w) {
        return std::find(keywords.begin(), keywords.end(), w) != keywords.end();
    });
}

std::string sensitiveAttribute(std::string_view name)
{
    const std::vector<std::string> ws = nameWords(name);
    if (ws.empty())
        return {};
    if (hasWord(ws, {"age", "dob", "birthdate", "birthday", "birth", "birthyear", "yob"}))
        return Text::tr("age");
    if (hasWord(ws, {"orientation", "sexuality"}))
        return Text::tr("sexual orientation");
    if (hasWord(ws, {"gender", "sex"}))
        return Text::tr("gender");
    if (hasWord(ws, {"ethnicity", "ethnic", "race", "racial"}))
        return Text::tr("ethnic origin");
    if (hasWord(ws, {"nationality", "citizenship"}))
        return Text::tr("nationality");
    if (hasWord(ws, {"religion", "religious", "faith", "belief", "beliefs", "denomination"}))
        return Text::tr("religion or belief");
    if (hasWord(ws, {"health", "medical", "disability", "disabled", "diagnosis", "illness", "pregnant", "pregnancy"}))
        return Text::tr("health");
    if (hasWord(ws, {"political", "politics"}))
        return Text::tr("political opinion");
    if (hasWord(ws, {"union"}) && hasWord(ws, {"trade", "member", "membership"}))
        return Text::tr("trade union membership");
    if (hasWord(ws, {"genetic", "biometric", "dna"}))
        return Text::tr("genetic or biometric data");
    return {};
}

} // namespace seg
