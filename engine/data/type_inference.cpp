#include "engine/data/type_inference.h"

#include <algorithm>
#include <map>

namespace seg {

LevelSurvey surveyLevels(const std::vector<std::string> &levels)
{
    LevelSurvey survey;
    survey.allBoolean = !levels.empty();
    for (const std::string &l : levels)
        survey.allBoolean = survey.allBoolean && parseBoolean(l, false) >= 0;

    std::map<DateFormat, std::size_t> formats;
    std::vector<DateFormat> levelFormat(levels.size());
    for (std::size_t l = 0; l < levels.size(); ++l) {
        double days = 0.0;
        levelFormat[l] = parseDate(levels[l], days, false);
        if (levelFormat[l] != DateFormat::None)
            ++formats[levelFormat[l]];
    }
    // The map iterates in DateFormat order and only a strictly larger count replaces the
    // leader, so ties go to the earlier layout whatever order the levels come in.
    for (const auto &[f, n] : formats) {
        if (n > survey.dominantDateCount) {
            survey.dominantDate = f;
            survey.dominantDateCount = n;
        }
    }
    survey.allDates = formats.size() == 1 && formats.begin()->second == levels.size();

    std::size_t firstNonDate = levels.size();
    for (std::size_t l = 0; l < levels.size() && firstNonDate == levels.size(); ++l)
        if (levelFormat[l] != survey.dominantDate)
            firstNonDate = l;
    const bool mostlyDates = survey.dominantDateCount * 2 >= levels.size() && firstNonDate < levels.size();
    survey.strayNonDate = mostlyDates ? firstNonDate : levels.size();
    return survey;
}

ColumnType inferTextType(const LevelSurvey &survey, std::size_t levelCount, std::size_t nonMissing)
{
    if (survey.allBoolean)
        return ColumnType::Boolean;
    if (survey.allDates)
        return ColumnType::Date;
    // A categorical column repeats its values; mostly unique texts are names, keys or notes.
    if (levelCount <= kMaxCategoricalLevels && levelCount * 2 <= nonMissing)
        return ColumnType::Categorical;
    return ColumnType::Identifier;
}

bool isLongDigitCode(std::string_view text)
{
    text = trimSpaces(text);
    return text.size() >= kMinCodeDigits
        && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool looksLikeDecoratedNumber(std::string_view text)
{
    if (text.find_first_of("$%,'\xE2\xC2") == std::string_view::npos)
        return false;
    std::string stripped;
    bool removed = false;
    bool digit = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '$' || c == '%' || c == ',' || c == '\'') {
            removed = true;
            continue;
        }
        // UTF-8 for the euro, pound and yen signs.
        if (c == '\xE2' && text.substr(i, 3) == "\xE2\x82\xAC") {
            i += 2;
            removed = true;
            continue;
        }
        if (c == '\xC2' && (text.substr(i, 2) == "\xC2\xA3" || text.substr(i, 2) == "\xC2\xA5")) {
            i += 1;
            removed = true;
            continue;
        }
        digit = digit || (c >= '0' && c <= '9');
        stripped += c;
    }
    double value = 0.0;
    return removed && digit && parseNumber(stripped, value) != NumberKind::None;
}

} // namespace seg
