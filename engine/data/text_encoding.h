#pragma once
// Recognising text that is not UTF-8 from its first bytes, so a reader can say what a file is
// ("the file is UTF-16LE; save it as UTF-8") instead of failing somewhere inside it.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace seg {

enum class TextEncoding {
    Utf8, ///< UTF-8 (or plain ASCII); also what anything unrecognised is taken to be
    Utf16Le,
    Utf16Be,
    Utf32Le,
    Utf32Be,
};

struct EncodingGuess
{
    TextEncoding encoding = TextEncoding::Utf8;
    /// Length of the byte order mark the bytes start with (3 for UTF-8's EF BB BF), 0 without one.
    std::size_t bomBytes = 0;
};

/// Guesses the encoding of text from its first `n` bytes (up to 4 KiB are looked at).
///
/// A byte order mark decides: EF BB BF is UTF-8, FF FE 00 00 UTF-32LE, 00 00 FE FF UTF-32BE,
/// FF FE UTF-16LE, FE FF UTF-16BE. Without one, the NUL bytes that mostly-ASCII text has in
/// UTF-16 (every second byte) and UTF-32 (three bytes of every four) decide: a position class
/// counts as "NUL" when at least half of its bytes are NUL, and as "text" when at most a tenth
/// are. UTF-32LE: positions 4i+1..4i+3 NUL, 4i text; UTF-32BE: 4i..4i+2 NUL, 4i+3 text;
/// UTF-16LE: odd positions NUL, even text; UTF-16BE the reverse. Anything else is Utf8 (bytes
/// that are not valid UTF-8, and NUL bytes, are left for the reader to report where they are).
EncodingGuess detectEncoding(const unsigned char *bytes, std::size_t n);

/// "UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE" or "UTF-32BE".
std::string_view toString(TextEncoding encoding);

/// The sentence a reader reports for text that is not UTF-8, e.g. "the file is UTF-16LE
/// (it starts with a byte order mark); save it as UTF-8", in the user's language. `what` names
/// the input in that language ("file", "feature spec file").
std::string notUtf8Message(const EncodingGuess &guess, const std::string &what);

} // namespace seg
