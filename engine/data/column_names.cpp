#include "engine/data/column_names.h"

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
        return "age";
    if (hasWord(ws, {"orientation", "sexuality"}))
        return "sexual orientation";
    if (hasWord(ws, {"gender", "sex"}))
        return "gender";
    if (hasWord(ws, {"ethnicity", "ethnic", "race", "racial"}))
        return "ethnic origin";
    if (hasWord(ws, {"nationality", "citizenship"}))
        return "nationality";
    if (hasWord(ws, {"religion", "religious", "faith", "belief", "beliefs", "denomination"}))
        return "religion or belief";
    if (hasWord(ws, {"health", "medical", "disability", "disabled", "diagnosis", "illness", "pregnant", "pregnancy"}))
        return "health";
    if (hasWord(ws, {"political", "politics"}))
        return "political opinion";
    if (hasWord(ws, {"union"}) && hasWord(ws, {"trade", "member", "membership"}))
        return "trade union membership";
    if (hasWord(ws, {"genetic", "biometric", "dna"}))
        return "genetic or biometric data";
    return {};
}

} // namespace seg
