#include "engine/data/type_inference.h"

#include "engine/core/text.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>

namespace seg {

LevelSurvey surveyLevels(const std::vector<std::string> &levels, DayMonthOrder dateOrder)
{
    LevelSurvey survey;
    DayMonthEvidence evidence;
    for (const std::string &l : levels)
        evidence.add(l);
    survey.dateOrder = evidence.order(dateOrder);
    survey.dateOrderShown = evidence.dayFirst != evidence.monthFirst;
    survey.allBoolean = !levels.empty();
    for (const std::string &l : levels)
        survey.allBoolean = survey.allBoolean && parseBoolean(l, false) >= 0;

    std::map<DateFormat, std::size_t> formats;
    std::vector<DateFormat> levelFormat(levels.size());
    for (std::size_t l = 0; l < levels.size(); ++l) {
        double days = 0.0;
        levelFormat[l] = parseDate(levels[l], days, false, survey.dateOrder);
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

bool compactDatesToDays(std::vector<double> &numbers)
{
    double days = 0.0;
    bool present = false;
    for (double v : numbers) {
        if (std::isnan(v))
            continue;
        if (!compactDateValue(v, days))
            return false;
        present = true;
    }
    if (!present)
        return false;
    for (double &v : numbers)
        if (!std::isnan(v) && compactDateValue(v, days))
            v = days;
    return true;
}

bool isLongDigitCode(std::string_view text)
{
    text = trimSpaces(text);
    return text.size() >= kMinCodeDigits
        && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

namespace {

bool allDigits(std::string_view t)
{
    return !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Digits grouped as d{1,3}(sep d{3})+, then optionally `point` and digits.
bool groupedDigits(std::string_view body, char sep, char point)
{
    const std::size_t p = body.find(point);
    if (p != std::string_view::npos && !allDigits(body.substr(p + 1)))
        return false;
    std::string_view whole = body.substr(0, p);
    const std::size_t first = whole.find(sep);
    if (first == std::string_view::npos || first == 0 || first > 3 || !allDigits(whole.substr(0, first)))
        return false;
    whole.remove_prefix(first);
    while (!whole.empty()) {
        if (whole.size() < 4 || whole[0] != sep || !allDigits(whole.substr(1, 3)))
            return false;
        whole.remove_prefix(4);
    }
    return true;
}

} // namespace

NumberStyle numberStyle(std::string_view text)
{
    const std::string_view s = trimSpaces(text);
    double ignored = 0.0;
    if (s.empty() || parseNumber(s, ignored) != NumberKind::None)
        return NumberStyle::None;
    std::string_view body = s;
    if (body.front() == '+' || body.front() == '-')
        body.remove_prefix(1);
    const std::size_t comma = body.find(',');
    if (comma != std::string_view::npos && body.find_first_of(",.", comma + 1) == std::string_view::npos
        && body.find('.') == std::string_view::npos && allDigits(body.substr(0, comma))
        && allDigits(body.substr(comma + 1)))
        return NumberStyle::DecimalComma;
    if (groupedDigits(body, ',', '.') || groupedDigits(body, '.', ','))
        return NumberStyle::ThousandsSeparators;
    if (looksLikeDecoratedNumber(s))
        return NumberStyle::Decorated;
    return NumberStyle::None;
}

bool commaMayGroupThousands(std::string_view text)
{
    const std::string_view s = trimSpaces(text);
    return s.size() - s.find(',') == 4;
}

std::string describeNumberStyle(NumberStyle style, std::string_view text)
{
    switch (style) {
    case NumberStyle::DecimalComma:
        return commaMayGroupThousands(text) ? Text::tr("a decimal comma or a thousands separator")
                                            : Text::tr("a decimal comma");
    case NumberStyle::ThousandsSeparators:
        return Text::tr("thousands separators");
    case NumberStyle::Decorated:
        return Text::tr("a currency or percent sign");
    case NumberStyle::None:
        break;
    }
    return Text::tr("no special style");
}

double decimalCommaValue(std::string_view text)
{
    std::string copy(trimSpaces(text));
    std::replace(copy.begin(), copy.end(), ',', '.');
    double value = 0.0;
    parseNumber(copy, value);
    return value;
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

bool looksNumericWithText(const Column &column)
{
    // 0: not a number, 1: a plain number, 2: a number with a decimal comma, thousands separators
    // or currency signs, which counts as a number here, so that preparation explains how it is
    // written instead of calling the column identifiers.
    auto kind = [](std::string_view text) -> int {
        double ignored = 0.0;
        if (parseNumber(text, ignored) != NumberKind::None)
            return 1;
        return numberStyle(text) != NumberStyle::None ? 2 : 0;
    };
    std::size_t plain = 0, styled = 0, present = 0;
    auto count = [&](int k) {
        ++present;
        plain += k == 1 ? 1 : 0;
        styled += k == 2 ? 1 : 0;
    };
    if (column.type == ColumnType::Categorical) {
        std::vector<int> levelKind(column.levels.size());
        for (std::size_t l = 0; l < column.levels.size(); ++l)
            levelKind[l] = kind(column.levels[l]);
        for (const std::int32_t code : column.codes)
            if (code >= 0)
                count(levelKind[static_cast<std::size_t>(code)]);
    } else if (column.type == ColumnType::Identifier) {
        for (std::size_t r = 0; r < column.text.size(); ++r)
            if (!column.isMissing(r))
                count(kind(column.text[r]));
    }
    return plain < present && 2 * (plain + styled) >= present;
}

} // namespace seg
