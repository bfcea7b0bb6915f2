#include "engine/project/byte_codec.h"

#include "engine/core/error.h"

#include <zlib.h>

#include <cstring>

namespace seg {

void ByteWriter::varint(std::uint64_t v)
{
    while (v >= 0x80) {
        m_bytes.push_back(static_cast<char>((v & 0x7f) | 0x80));
        v >>= 7;
    }
    m_bytes.push_back(static_cast<char>(v));
}

std::string damagedProjectMessage(const std::string &where, const std::string &problem)
{
    return fillIn(Text::tr("the project file is damaged: %1: %2"), where, problem);
}

void ByteReader::fail(const std::string &problem) const
{
    throw Error(ErrorKind::Io, damagedProjectMessage(m_where, problem), ErrorLocation {m_file, -1, {}});
}

std::uint8_t ByteReader::byte()
{
    if (m_pos >= m_bytes.size())
        fail(Text::tr("it ends early"));
    return static_cast<std::uint8_t>(m_bytes[m_pos++]);
}

std::uint64_t ByteReader::varint()
{
    std::uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (m_pos >= m_bytes.size())
            fail(Text::tr("it ends early"));
        const auto b = static_cast<std::uint8_t>(m_bytes[m_pos++]);
        if (shift == 63 && b > 1)
            fail(Text::tr("a number is too large"));
        v |= static_cast<std::uint64_t>(b & 0x7f) << shift;
        if (!(b & 0x80))
            return v;
    }
    fail(Text::tr("a number is too long"));
}

std::uint64_t ByteReader::varint(std::uint64_t max, MessageLabel what)
{
    const std::uint64_t v = varint();
    if (v > max)
        fail(fillIn(Text::tr("%1 is %2, more than the %3 possible"), what(), v, max));
    return v;
}

std::string_view ByteReader::bytes(std::size_t n)
{
    if (n > remaining())
        fail(fillIn(Text::tr("it ends early (%1 bytes wanted, %2 left)"), n, remaining()));
    const std::string_view b = m_bytes.substr(m_pos, n);
    m_pos += n;
    return b;
}

void ByteReader::expectEnd()
{
    if (!atEnd())
        fail(fillIn(Text::tr("%1 bytes follow the end"), remaining()));
}

std::string compressBytes(std::string_view raw, int level)
{
    uLongf size = compressBound(static_cast<uLong>(raw.size()));
    std::string out(size, '\0');
    if (compress2(reinterpret_cast<Bytef *>(out.data()), &size, reinterpret_cast<const Bytef *>(raw.data()),
                  static_cast<uLong>(raw.size()), level)
        != Z_OK)
        throw std::bad_alloc();
    out.resize(size);
    return out;
}

std::string decompressBytes(std::string_view compressed, std::uint64_t rawSize, const std::string &file,
                            const std::string &where)
{
    const auto damaged = [&](const std::string &problem) {
        throw Error(ErrorKind::Io, damagedProjectMessage(where, problem), ErrorLocation {file, -1, {}});
    };
    // Deflate expands at most 1032:1 (RFC 1951 blocks of 258-byte matches); a larger claim is a
    // lie, refused before allocating.
    if (rawSize > 1032 * static_cast<std::uint64_t>(compressed.size()) + 64)
        damaged(fillIn(Text::tr("it claims %1 bytes from %2 compressed bytes"), rawSize, compressed.size()));
    std::string out(static_cast<std::size_t>(rawSize), '\0');
    uLongf size = static_cast<uLongf>(rawSize);
    uLong sourceSize = static_cast<uLong>(compressed.size());
    const int rc = uncompress2(reinterpret_cast<Bytef *>(out.data()), &size,
                               reinterpret_cast<const Bytef *>(compressed.data()), &sourceSize);
    if (rc == Z_MEM_ERROR)
        throw std::bad_alloc();
    if (rc != Z_OK || size != rawSize || sourceSize != compressed.size())
        damaged(rc == Z_BUF_ERROR ? Text::tr("the compressed data is longer than recorded")
                                  : rc == Z_OK ? Text::tr("the compressed data is shorter than recorded")
                                               : Text::tr("the compressed data is invalid"));
    return out;
}

std::uint64_t hashBytes(std::string_view bytes, std::uint64_t seed)
{
    constexpr std::uint64_t prime = 0x100000001b3ULL;
    std::uint64_t h = seed ^ bytes.size();
    std::size_t i = 0;
    for (; i + 8 <= bytes.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, bytes.data() + i, 8);
        h = (h ^ w) * prime;
        h ^= h >> 29;
    }
    for (; i < bytes.size(); ++i)
        h = (h ^ static_cast<std::uint8_t>(bytes[i])) * prime;
    // Final mix (splitmix64), so that nearby inputs give unrelated hashes.
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    h ^= h >> 31;
    return h;
}

std::string hexDigits(std::uint64_t value)
{
    static const char digits[] = "0123456789abcdef";
    std::string s(16, '0');
    for (int i = 15; i >= 0; --i, value >>= 4)
        s[static_cast<std::size_t>(i)] = digits[value & 0xf];
    return s;
}

} // namespace seg
