#pragma once
// Bytes in and out of the project file: varints, length-checked reading, zlib compression with
// a bounded output, and a fast 64-bit content hash. Every read of stored bytes goes through
// ByteReader, which throws seg::Error(Io) naming `where` instead of reading past the end, so a
// damaged or hostile file can neither crash the reader nor make it allocate without bound.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace seg {

/// What a message names, made only when the message is: `[] { return Text::tr("a level code"); }`
/// costs nothing on the reads that succeed.
using MessageLabel = std::string (*)();

/// "the project file is damaged: WHERE: PROBLEM" in the user's language.
std::string damagedProjectMessage(const std::string &where, const std::string &problem);

/// Appends to a byte string.
class ByteWriter
{
public:
    void byte(std::uint8_t b) { m_bytes.push_back(static_cast<char>(b)); }
    void varint(std::uint64_t v);
    void bytes(std::string_view b) { m_bytes.append(b); }
    void reserve(std::size_t n) { m_bytes.reserve(n); }
    std::string &str() { return m_bytes; }
    std::string take() { return std::move(m_bytes); }

private:
    std::string m_bytes;
};

/// Reads a byte string; every read beyond the end, and every varint longer than 10 bytes,
/// throws seg::Error(Io) "FILE: WHERE is damaged (...)".
class ByteReader
{
public:
    ByteReader(std::string_view bytes, std::string file, std::string where)
        : m_bytes(bytes), m_file(std::move(file)), m_where(std::move(where))
    {
    }
    std::uint8_t byte();
    std::uint64_t varint();
    /// A varint that must be at most `max` (a count, a length, a code).
    std::uint64_t varint(std::uint64_t max, MessageLabel what);
    std::string_view bytes(std::size_t n);
    std::size_t remaining() const { return m_bytes.size() - m_pos; }
    bool atEnd() const { return m_pos == m_bytes.size(); }
    /// Throws unless every byte was read.
    void expectEnd();
    [[noreturn]] void fail(const std::string &problem) const;

private:
    std::string_view m_bytes;
    std::size_t m_pos = 0;
    std::string m_file;
    std::string m_where;
};

inline std::uint64_t zigzag(std::int64_t v)
{
    return (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63);
}
inline std::int64_t unzigzag(std::uint64_t v)
{
    return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
}

/// zlib (deflate) at `level` (1 fastest .. 9 smallest).
std::string compressBytes(std::string_view raw, int level);
/// Inflates `compressed`, which must give exactly `rawSize` bytes. `rawSize` is checked against
/// what deflate can give for the input (at most about 1032 bytes per byte) before anything is
/// allocated; a mismatch or damaged stream throws seg::Error(Io) naming `file` and `where`.
std::string decompressBytes(std::string_view compressed, std::uint64_t rawSize, const std::string &file,
                            const std::string &where);

/// A 64-bit hash of `bytes` continuing from `seed` (FNV-1a over 8-byte words, then mixed):
/// a content fingerprint, not a cryptographic hash.
std::uint64_t hashBytes(std::string_view bytes, std::uint64_t seed = 0xcbf29ce484222325ULL);
/// 16 lower-case hex digits.
std::string hexDigits(std::uint64_t value);

} // namespace seg
