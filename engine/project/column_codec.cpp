#include "engine/project/column_codec.h"

#include "engine/core/error.h"
#include "engine/data/cell_parsers.h"
#include "engine/project/byte_codec.h"

#include <cmath>
#include <cstring>

namespace seg {

namespace {

constexpr std::uint8_t kDecimal = 0; // p, then per value 0 (missing) or zigzag(round(v·10^p)) + 1
constexpr std::uint8_t kPlanes = 1;  // the doubles' 8 bytes, plane by plane
constexpr int kMaxPlaces = 9;
constexpr double kPowers[kMaxPlaces + 1] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
constexpr double kMaxExact = 9007199254740992.0; // 2^53

bool exactAt(double v, int p)
{
    const double scaled = v * kPowers[p];
    if (!(std::fabs(scaled) < kMaxExact))
        return false;
    const double r = std::nearbyint(scaled);
    return r / kPowers[p] == v && !(v == 0.0 && std::signbit(v));
}

// The fewest decimal places that store every value exactly, or -1.
int decimalPlaces(const std::vector<double> &values)
{
    int places = 0;
    for (const double v : values) {
        if (std::isnan(v))
            continue;
        if (!std::isfinite(v))
            return -1;
        while (places <= kMaxPlaces && !exactAt(v, places))
            ++places;
        if (places > kMaxPlaces)
            return -1;
    }
    for (const double v : values) // exact at a value's own places need not mean exact at more
        if (!std::isnan(v) && !exactAt(v, places))
            return -1;
    return places;
}

void encodeNumbers(ByteWriter &out, const std::vector<double> &values)
{
    const int places = decimalPlaces(values);
    if (places >= 0) {
        out.byte(kDecimal);
        out.byte(static_cast<std::uint8_t>(places));
        out.reserve(values.size() * 3 + 2);
        for (const double v : values)
            out.varint(std::isnan(v) ? 0 : zigzag(static_cast<std::int64_t>(std::nearbyint(v * kPowers[places]))) + 1);
        return;
    }
    out.byte(kPlanes);
    std::string &s = out.str();
    const std::size_t base = s.size(), n = values.size();
    s.resize(base + 8 * n);
    for (std::size_t i = 0; i < n; ++i) {
        std::uint64_t bits;
        std::memcpy(&bits, &values[i], 8);
        for (std::size_t b = 0; b < 8; ++b)
            s[base + b * n + i] = static_cast<char>((bits >> (8 * b)) & 0xff);
    }
}

std::vector<double> decodeNumbers(ByteReader &in, std::size_t n)
{
    std::vector<double> values;
    const std::uint8_t mode = in.byte();
    if (mode == kDecimal) {
        const auto places = in.byte();
        if (places > kMaxPlaces)
            in.fail(fillIn(Text::tr("decimal places %1 beyond %2"), places, kMaxPlaces));
        if (in.remaining() < n)
            in.fail(Text::tr("fewer bytes than cells"));
        values.resize(n);
        for (double &v : values) {
            const std::uint64_t code = in.varint();
            if (code == 0) {
                v = std::nan("");
                continue;
            }
            const std::int64_t r = unzigzag(code - 1);
            if (r > static_cast<std::int64_t>(kMaxExact) || r < -static_cast<std::int64_t>(kMaxExact))
                in.fail(Text::tr("a value beyond 2^53"));
            v = static_cast<double>(r) / kPowers[places];
        }
        return values;
    }
    if (mode != kPlanes)
        in.fail(fillIn(Text::tr("unknown number encoding %1"), mode));
    if (n > in.remaining() / 8)
        in.fail(Text::tr("fewer bytes than cells"));
    const std::string_view planes = in.bytes(8 * n);
    values.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        std::uint64_t bits = 0;
        for (std::size_t b = 0; b < 8; ++b)
            bits |= static_cast<std::uint64_t>(static_cast<std::uint8_t>(planes[b * n + i])) << (8 * b);
        std::memcpy(&values[i], &bits, 8);
    }
    return values;
}

// Cells go on into CSV exports, JSON and the views, which need UTF-8, as every reader makes it.
void requireUtf8(ByteReader &in, const std::string &text)
{
    if (findInvalidUtf8(reinterpret_cast<const unsigned char *>(text.data()), text.size()) != text.size())
        in.fail(Text::tr("a text is not valid UTF-8"));
}

std::string encodeCells(const Column &c)
{
    ByteWriter out;
    switch (c.type) {
    case ColumnType::Integer:
    case ColumnType::Real:
    case ColumnType::Boolean:
    case ColumnType::Date:
        encodeNumbers(out, c.numbers);
        break;
    case ColumnType::Categorical:
        out.varint(c.levels.size());
        for (const std::string &level : c.levels) {
            out.varint(level.size());
            out.bytes(level);
        }
        out.reserve(out.str().size() + c.codes.size());
        for (const std::int32_t code : c.codes)
            out.varint(static_cast<std::uint64_t>(static_cast<std::int64_t>(code) + 1));
        break;
    case ColumnType::Identifier:
        for (std::size_t r = 0; r < c.text.size(); ++r) {
            if (r < c.textMissing.size() && c.textMissing[r]) {
                out.varint(0);
                continue;
            }
            out.varint(c.text[r].size() + 1);
            out.bytes(c.text[r]);
        }
        break;
    }
    return out.take();
}

} // namespace

EncodedColumn encodeColumn(const Column &column)
{
    EncodedColumn e;
    e.name = column.name;
    e.type = column.type;
    e.role = column.role;
    e.roleReason = column.roleReason;
    const std::string raw = encodeCells(column);
    e.rawSize = raw.size();
    e.contentHash = hashBytes(raw);
    e.data = compressBytes(raw, kProjectCompressionLevel);
    return e;
}

Column decodeColumn(const EncodedColumn &encoded, std::size_t rowCount, const std::string &file)
{
    const std::string where = fillIn(Text::tr("column '%1'"), encoded.name);
    const std::string raw = decompressBytes(encoded.data, encoded.rawSize, file, where);
    ByteReader in(raw, file, where);
    if (hashBytes(raw) != encoded.contentHash)
        in.fail(Text::tr("its content hash does not match"));
    Column c;
    c.name = encoded.name;
    c.type = encoded.type;
    c.role = encoded.role;
    c.roleReason = encoded.roleReason;
    // Every cell takes at least one byte: a row count beyond the bytes is a lie, refused before allocating.
    if (rowCount > raw.size())
        in.fail(fillIn(Text::tr("%1 bytes cannot hold %2 cells"), raw.size(), rowCount));
    switch (c.type) {
    case ColumnType::Integer:
    case ColumnType::Real:
    case ColumnType::Boolean:
    case ColumnType::Date:
        c.numbers = decodeNumbers(in, rowCount);
        break;
    case ColumnType::Categorical: {
        const std::uint64_t levels = in.varint(in.remaining(), [] { return Text::tr("the level count"); });
        c.levels.reserve(levels);
        for (std::uint64_t l = 0; l < levels; ++l) {
            c.levels.emplace_back(in.bytes(in.varint(in.remaining(), [] { return Text::tr("a level's length"); })));
            requireUtf8(in, c.levels.back());
        }
        c.codes.resize(rowCount);
        for (std::int32_t &code : c.codes)
            code = static_cast<std::int32_t>(
                static_cast<std::int64_t>(in.varint(levels, [] { return Text::tr("a level code"); })) - 1);
        break;
    }
    case ColumnType::Identifier:
        c.text.resize(rowCount);
        c.textMissing.assign(rowCount, 0);
        for (std::size_t r = 0; r < rowCount; ++r) {
            const std::uint64_t length = in.varint(in.remaining() + 1, [] { return Text::tr("a text's length"); });
            if (length == 0)
                c.textMissing[r] = 1;
            else {
                c.text[r] = std::string(in.bytes(length - 1));
                requireUtf8(in, c.text[r]);
            }
        }
        break;
    }
    in.expectEnd();
    return c;
}

std::string encodeAssignments(const StoredAssignments &a, std::uint64_t &rawSize)
{
    ByteWriter out;
    out.reserve(a.rows.size() * 4 + a.scores.size() * 8 + 16);
    out.varint(a.rows.size());
    std::size_t previous = 0;
    for (std::size_t i = 0; i < a.rows.size(); ++i) {
        out.varint(i == 0 ? a.rows[i] : a.rows[i] - previous - 1); // ascending: gaps
        previous = a.rows[i];
    }
    for (const std::int32_t label : a.labels)
        out.varint(static_cast<std::uint64_t>(static_cast<std::int64_t>(label) + 1));
    out.byte(a.scores.empty() ? 0 : 1);
    if (!a.scores.empty())
        encodeNumbers(out, a.scores);
    rawSize = out.str().size();
    return compressBytes(out.str(), kProjectCompressionLevel);
}

StoredAssignments decodeAssignments(std::string_view compressed, std::uint64_t rawSize, std::size_t rowCount,
                                    int clusterCount, const std::string &file, const std::string &where)
{
    const std::string raw = decompressBytes(compressed, rawSize, file, where);
    ByteReader in(raw, file, where);
    StoredAssignments a;
    const std::size_t n = in.varint(std::min<std::uint64_t>(rowCount, in.remaining() / 2),
                                    [] { return Text::tr("the row count"); });
    a.rows.resize(n);
    std::uint64_t next = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint64_t row = next + in.varint(rowCount, [] { return Text::tr("a row gap"); });
        if (row >= rowCount)
            in.fail(fillIn(Text::tr("row %1 is beyond the table's %2 rows"), row, rowCount));
        a.rows[i] = row;
        next = row + 1;
    }
    a.labels.resize(n);
    for (std::int32_t &label : a.labels)
        label = static_cast<std::int32_t>(
            static_cast<std::int64_t>(in.varint(static_cast<std::uint64_t>(clusterCount),
                                                [] { return Text::tr("a segment number"); }))
            - 1);
    const std::uint8_t hasScores = in.byte();
    if (hasScores > 1)
        in.fail(Text::tr("unknown score flag"));
    if (hasScores)
        a.scores = decodeNumbers(in, n);
    in.expectEnd();
    return a;
}

} // namespace seg
