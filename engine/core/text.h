#pragma once
// The engine's words for people (errors, warnings) in their language, without Qt.
//
// A message is an English pattern marked with Text::tr, its placeholders %1..%9 filled with
// fillIn():
//
//     throw InvalidDataError(fillIn(Text::tr("column '%1' holds no numbers"), name));
//     fillIn(Text::tr("filled %n missing cell(s) with the median %1", nullptr, n), value);
//
// lupdate reads the patterns into translations/ (context "Text"; the build passes it
// `-tr-function-alias Q_DECLARE_TR_FUNCTIONS+=SEG_TRANSLATION_CONTEXT`). Which language is the
// program's choice: the explorer and segscope install Qt's translator with setTextHooks
// (app/core/engine_text.h). Without hooks a message is its English pattern, with "(s)" made
// singular or plural for %n and counts grouped with ','.
//
// The hooks are called on whichever thread composes a message, so they must be thread-safe
// (QCoreApplication::translate and QLocale are).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

/// Names the translation context of a class for lupdate; nothing for the compiler.
#define SEG_TRANSLATION_CONTEXT(context)

/// The engine's translatable messages, context "Text". The one class of the engine outside
/// namespace seg, on purpose: lupdate names a context after the class as it resolves it, and it
/// does not resolve every call inside the namespace (after a `case X::Y:` label, say), which made
/// "seg::Text" of some messages and "Text" of others. At global scope both are "Text".
struct Text
{
    SEG_TRANSLATION_CONTEXT(Text)

    /// `source` in the user's language. With n >= 0 the form for n of a plural message, %n
    /// replaced by n. `disambiguation` tells two uses of the same English apart.
    static std::string tr(const char *source, const char *disambiguation = nullptr, long long n = -1);

    /// A whole number for a message with the locale's group separators: 14922 -> "14,922".
    static std::string count(long long n);

    /// A real number for a message, as printf's "%.*g" writes it with `significant` digits, in
    /// the user's locale: 53.5 -> "53.5" in English, "53,5" in German.
    static std::string number(double value, int significant = 6);

    /// A real number for a message with `decimals` digits after the decimal mark, as printf's
    /// "%.*f", in the user's locale: (0.256, 2) -> "0.26" in English, "0,26" in German.
    static std::string fixed(double value, int decimals);

    /// A share 0..1 as a percentage for a message: (0.253, 1) -> "25.3%", "25,3%" in German.
    static std::string percent(double share, int decimals = 1);

    /// A number as printf or std::to_chars wrote it ("0.5", "1e-320"), with the user's decimal
    /// mark ("0,5"); its digits and exponent are kept.
    static std::string decimal(std::string printed);
};

namespace seg {

using ::Text;

/// How a program puts the engine's messages into its user's language.
struct TextHooks
{
    /// QCoreApplication::translate's contract: the translation of `source` in `context`, or
    /// `source` itself; for n >= 0 the plural form for n with %n replaced.
    std::string (*translate)(const char *context, const char *source, const char *disambiguation,
                             long long n) = nullptr;
    /// A grouped whole number in the user's locale.
    std::string (*count)(long long n) = nullptr;
    /// The user's decimal mark ("," in German): real numbers keep printf's digits and exponent
    /// and no group separators, so that English messages read as printf writes them.
    std::string (*decimalMark)() = nullptr;
};

/// `source` as an untranslated message shows it: for n >= 0 "(s)" made singular or plural and
/// %n replaced by n. A translate hook falls back on it when its language has no translation.
std::string englishText(const char *source, long long n = -1);

/// `n` grouped as English writes it: 14922 -> "14,922".
std::string englishCount(long long n);

/// `value` as printf writes it with "%.*g" (`format` 'g') or "%.*f" ('f'), '.' as the decimal
/// mark whatever the C library's locale.
std::string englishNumber(double value, char format, int precision);

/// A count as a translator's plural argument (Qt's tr() takes an int), for messages such as
/// tr("%1 customer(s)", nullptr, pluralCount(n)).arg(locale.toString(n)): counts beyond an int
/// take the plural form.
inline int pluralCount(unsigned long long n)
{
    return n > 1'000'000'000ULL ? 1'000'000'000 : static_cast<int>(n);
}

/// A length that may have a fraction (weeks, points) as a plural argument: a whole number is its
/// own count, anything else takes the plural form.
inline int pluralLength(double length)
{
    if (length >= 0.0 && length < 1e9 && length == static_cast<double>(static_cast<long long>(length)))
        return pluralCount(static_cast<unsigned long long>(length));
    return 2;
}

/// Installs `hooks` for every later message (null members keep the English behaviour).
/// Call it once at start-up, before any engine work; it is not synchronised with messages being
/// composed.
void setTextHooks(TextHooks hooks);

namespace detail {
inline std::string textArgument(std::string_view text) { return std::string(text); }
inline std::string textArgument(const std::string &text) { return text; }
inline std::string textArgument(const char *text) { return text; }
/// Whole numbers as plain digits (rows, columns, positions): Text::count groups them when a
/// message wants that.
template <class N, std::enable_if_t<std::is_integral_v<N> && !std::is_same_v<N, bool> && !std::is_same_v<N, char>, int> = 0>
std::string textArgument(N n)
{
    return std::to_string(n);
}
std::string fillPattern(std::string_view pattern, const std::string *arguments, std::size_t count);
} // namespace detail

/// `pattern` with %1..%9 replaced by `arguments` in order (whole numbers as digits, text as it
/// is). A placeholder without its argument stays as it is; '%' followed by anything else is
/// kept. Arguments are not scanned again, so a '%2' inside the first argument stays literal.
template <class... Args>
std::string fillIn(std::string_view pattern, const Args &...arguments)
{
    static_assert(sizeof...(Args) <= 9, "fillIn() takes at most nine arguments");
    if constexpr (sizeof...(Args) == 0) {
        return detail::fillPattern(pattern, nullptr, 0);
    } else {
        const std::string texts[] = {detail::textArgument(arguments)...};
        return detail::fillPattern(pattern, texts, sizeof...(Args));
    }
}

} // namespace seg
