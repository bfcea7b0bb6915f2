#include "engine/core/text.h"

#include <cstdio>

namespace seg {

namespace {

TextHooks g_hooks;

/// The English form for n of a pattern written "%n customer(s)": "1 customer", "2 customers".
std::string englishPlural(std::string text, long long n)
{
    const std::string_view suffix = "(s)";
    for (std::size_t at = text.find(suffix); at != std::string::npos; at = text.find(suffix, at))
        text.replace(at, suffix.size(), n == 1 ? "" : "s");
    return text;
}

std::string replaceCount(std::string text, long long n)
{
    const std::string digits = std::to_string(n);
    for (std::size_t at = text.find("%n"); at != std::string::npos; at = text.find("%n", at + digits.size()))
        text.replace(at, 2, digits);
    return text;
}

} // namespace

void setTextHooks(TextHooks hooks) { g_hooks = hooks; }

} // namespace seg

std::string Text::tr(const char *source, const char *disambiguation, long long n)
{
    if (seg::g_hooks.translate)
        return seg::g_hooks.translate("Text", source, disambiguation, n);
    return seg::englishText(source, n);
}

std::string Text::count(long long n)
{
    return seg::g_hooks.count ? seg::g_hooks.count(n) : seg::englishCount(n);
}

std::string Text::number(double value, int significant)
{
    return decimal(seg::englishNumber(value, 'g', significant));
}

std::string Text::fixed(double value, int decimals)
{
    return decimal(seg::englishNumber(value, 'f', decimals));
}

std::string Text::percent(double share, int decimals)
{
    return fixed(100.0 * share, decimals) + "%";
}

std::string Text::decimal(std::string printed)
{
    if (!seg::g_hooks.decimalMark)
        return printed;
    if (const std::size_t point = printed.find('.'); point != std::string::npos)
        printed.replace(point, 1, seg::g_hooks.decimalMark());
    return printed;
}

namespace seg {

std::string englishText(const char *source, long long n)
{
    return n >= 0 ? replaceCount(englishPlural(source, n), n) : std::string(source);
}

std::string englishCount(long long n)
{
    const auto magnitude = n < 0 ? 0ULL - static_cast<unsigned long long>(n) : static_cast<unsigned long long>(n);
    std::string digits = std::to_string(magnitude);
    for (auto i = static_cast<std::ptrdiff_t>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(static_cast<std::size_t>(i), ",");
    return n < 0 ? "-" + digits : digits;
}

std::string englishNumber(double value, char format, int precision)
{
    char text[64];
    std::snprintf(text, sizeof text, format == 'f' ? "%.*f" : "%.*g", precision, value);
    // The C library's locale may write a decimal comma: messages in English keep '.'.
    for (char &c : text)
        if (c == ',')
            c = '.';
    return text;
}

namespace detail {

std::string fillPattern(std::string_view pattern, const std::string *arguments, std::size_t count)
{
    std::string out;
    out.reserve(pattern.size() + 16 * count);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            const auto index = static_cast<std::size_t>(pattern[i + 1] - '1');
            if (index < count) {
                out += arguments[index];
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace detail

} // namespace seg
