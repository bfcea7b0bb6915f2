#include "engine/data/text_encoding.h"

#include "engine/core/text.h"

#include <algorithm>
#include <array>

namespace seg {

EncodingGuess detectEncoding(const unsigned char *b, std::size_t n)
{
    if (n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
        return {TextEncoding::Utf8, 3};
    // FF FE 00 00 before FF FE: the UTF-32LE mark starts with the UTF-16LE one.
    if (n >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0)
        return {TextEncoding::Utf32Le, 4};
    if (n >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF)
        return {TextEncoding::Utf32Be, 4};
    if (n >= 2 && b[0] == 0xFF && b[1] == 0xFE)
        return {TextEncoding::Utf16Le, 2};
    if (n >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        return {TextEncoding::Utf16Be, 2};

    constexpr std::size_t kLook = 4096;
    const std::size_t m = std::min(n, kLook);
    std::array<std::size_t, 4> nul {}, count {};
    for (std::size_t i = 0; i < m; ++i) {
        ++count[i % 4];
        nul[i % 4] += b[i] == 0 ? 1 : 0;
    }
    const auto isNul = [&](std::size_t k) { return count[k] > 0 && 2 * nul[k] >= count[k]; };
    const auto isText = [&](std::size_t k) { return count[k] > 0 && 10 * nul[k] <= count[k]; };
    if (m >= 4) {
        if (isText(0) && isNul(1) && isNul(2) && isNul(3))
            return {TextEncoding::Utf32Le, 0};
        if (isNul(0) && isNul(1) && isNul(2) && isText(3))
            return {TextEncoding::Utf32Be, 0};
    }
    if (m >= 2) {
        // Odd and even positions, from the four classes (a class without bytes does not count).
        const std::size_t evenNul = nul[0] + nul[2], evenCount = count[0] + count[2];
        const std::size_t oddNul = nul[1] + nul[3], oddCount = count[1] + count[3];
        const bool evenText = 10 * evenNul <= evenCount, oddText = 10 * oddNul <= oddCount;
        const bool evenIsNul = 2 * evenNul >= evenCount, oddIsNul = 2 * oddNul >= oddCount;
        if (evenText && oddIsNul)
            return {TextEncoding::Utf16Le, 0};
        if (evenIsNul && oddText)
            return {TextEncoding::Utf16Be, 0};
    }
    return {TextEncoding::Utf8, 0};
}

std::string_view toString(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return "UTF-8";
    case TextEncoding::Utf16Le:
        return "UTF-16LE";
    case TextEncoding::Utf16Be:
        return "UTF-16BE";
    case TextEncoding::Utf32Le:
        return "UTF-32LE";
    case TextEncoding::Utf32Be:
        return "UTF-32BE";
    }
    return "UTF-8";
}

std::string notUtf8Message(const EncodingGuess &guess, const std::string &what)
{
    const bool utf16 = guess.encoding == TextEncoding::Utf16Le || guess.encoding == TextEncoding::Utf16Be;
    const std::string pattern = guess.bomBytes > 0
        ? Text::tr("the %1 is %2 (it starts with a byte order mark); save it as UTF-8")
        : utf16 ? Text::tr("the %1 is %2 (every second byte is NUL); save it as UTF-8")
                : Text::tr("the %1 is %2 (three bytes of every four are NUL); save it as UTF-8");
    return fillIn(pattern, what, toString(guess.encoding));
}

} // namespace seg
