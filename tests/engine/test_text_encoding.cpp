// Tests of detectEncoding(): byte order marks, and UTF-16/UTF-32 text without one recognised by
// where its NUL bytes are. Expected encodings are those the text was encoded in by the helpers
// below (plain byte arithmetic on ASCII and Latin-1 code points), not the code under test.

#include "engine/data/text_encoding.h"
#include "tests/support/engine_fixtures.h"

#include <QTest>

#include <string>

using namespace seg;
using namespace seg::test;

namespace {

EncodingGuess guess(const std::string &bytes)
{
    return detectEncoding(reinterpret_cast<const unsigned char *>(bytes.data()), bytes.size());
}

const std::string kCsv = "customer_id,city,spend\nC1,K\xF6ln,12.5\nC2,Paris,7\n"; // \xF6: U+00F6 as one unit

} // namespace

class TestTextEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void byteOrderMarks()
    {
        struct Case
        {
            std::string bytes;
            TextEncoding encoding;
            std::size_t bomBytes;
        };
        const Case cases[] = {
            {"\xEF\xBB\xBF"
             "a,b\n",
             TextEncoding::Utf8, 3},
            {std::string("\xFF\xFE\0\0", 4) + encodeUnits("a,b\n", 4, true), TextEncoding::Utf32Le, 4},
            {std::string("\0\0\xFE\xFF", 4) + encodeUnits("a,b\n", 4, false), TextEncoding::Utf32Be, 4},
            {"\xFF\xFE" + encodeUnits("a,b\n", 2, true), TextEncoding::Utf16Le, 2},
            {"\xFE\xFF" + encodeUnits("a,b\n", 2, false), TextEncoding::Utf16Be, 2},
            // The marks alone, as in an otherwise empty file.
            {std::string("\xFF\xFE\0\0", 4), TextEncoding::Utf32Le, 4},
            {"\xFF\xFE", TextEncoding::Utf16Le, 2},
        };
        for (const Case &c : cases) {
            const EncodingGuess g = guess(c.bytes);
            QCOMPARE(toString(g.encoding), toString(c.encoding));
            QCOMPARE(g.bomBytes, c.bomBytes);
        }
    }

    void withoutByteOrderMark()
    {
        QCOMPARE(toString(guess(encodeUnits(kCsv, 2, true)).encoding), std::string_view("UTF-16LE"));
        QCOMPARE(toString(guess(encodeUnits(kCsv, 2, false)).encoding), std::string_view("UTF-16BE"));
        QCOMPARE(toString(guess(encodeUnits(kCsv, 4, true)).encoding), std::string_view("UTF-32LE"));
        QCOMPARE(toString(guess(encodeUnits(kCsv, 4, false)).encoding), std::string_view("UTF-32BE"));
        QCOMPARE(guess(encodeUnits(kCsv, 4, true)).bomBytes, std::size_t(0));
        // The shortest cases: one character.
        QCOMPARE(toString(guess(std::string("a\0", 2)).encoding), std::string_view("UTF-16LE"));
        QCOMPARE(toString(guess(std::string("\0a", 2)).encoding), std::string_view("UTF-16BE"));
        QCOMPARE(toString(guess(std::string("a\0\0\0", 4)).encoding), std::string_view("UTF-32LE"));
        QCOMPARE(toString(guess(std::string("\0\0\0a", 4)).encoding), std::string_view("UTF-32BE"));
        // Only the first 4 KiB count: UTF-16 text followed by anything is UTF-16.
        QCOMPARE(toString(guess(encodeUnits(std::string(3000, 'x'), 2, true) + std::string(5000, 'y')).encoding),
                 std::string_view("UTF-16LE"));
    }

    void utf8AndEverythingElse()
    {
        // UTF-8 and ASCII; Latin-1 bytes (invalid UTF-8, for the reader to report); nothing at all.
        QCOMPARE(toString(guess(kCsv).encoding), std::string_view("UTF-8"));
        QCOMPARE(toString(guess("id,city\n1,K\xC3\xB6ln\n").encoding), std::string_view("UTF-8"));
        QCOMPARE(guess("").bomBytes, std::size_t(0));
        QCOMPARE(toString(guess("").encoding), std::string_view("UTF-8"));
        // A stray NUL in UTF-8 text, and a file of NUL bytes only (/dev/zero): no pattern, so
        // UTF-8, and the reader reports the NUL byte where it is.
        QCOMPARE(toString(guess(std::string("id,name\n1,a\0b\n", 14)).encoding), std::string_view("UTF-8"));
        QCOMPARE(toString(guess(std::string(4096, '\0')).encoding), std::string_view("UTF-8"));
        // Binary data with NUL bytes all over: no pattern either.
        std::string binary;
        for (int i = 0; i < 1024; ++i)
            binary += static_cast<char>((i * 7919) % 251 == 0 ? 0 : 1 + (i * 31) % 200);
        QCOMPARE(toString(guess(binary).encoding), std::string_view("UTF-8"));
    }

    void messages()
    {
        QCOMPARE(notUtf8Message({TextEncoding::Utf16Le, 0}, "file"),
                 std::string("the file is UTF-16LE (every second byte is NUL); save it as UTF-8"));
        QCOMPARE(
            notUtf8Message({TextEncoding::Utf32Be, 0}, "feature spec file"),
            std::string("the feature spec file is UTF-32BE (three bytes of every four are NUL); save it as "
                        "UTF-8"));
        QCOMPARE(notUtf8Message({TextEncoding::Utf32Le, 4}, "file"),
                 std::string("the file is UTF-32LE (it starts with a byte order mark); save it as UTF-8"));
    }
};

QTEST_APPLESS_MAIN(TestTextEncoding)
#include "test_text_encoding.moc"
