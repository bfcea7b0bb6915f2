// Tests of the CSV reader against hostile and mislabelled input: the record and column limits
// (with the row, column and limit in the message), NUL bytes, UTF-16 and UTF-32 with and
// without a byte order mark, Windows-1252 bytes, delimiter detection among , ; tab and |, and
// whitespace before the header. Messages are compared word for word.

#include "engine/core/error.h"
#include "engine/data/csv_reader.h"
#include "engine/data/import_messages.h"

#include "tests/support/engine_fixtures.h"
#include "tests/support/pipe_fixtures.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <string>

using namespace seg;
using namespace seg::test;

namespace {

Table parse(const std::string &text, const CsvOptions &options = {})
{
    return parseCsv(text, "test.csv", options);
}

CsvOptions withLimits(std::size_t maxRecordBytes, std::size_t maxColumns = kMaxCsvColumns)
{
    CsvOptions options;
    options.maxRecordBytes = maxRecordBytes;
    options.maxColumns = maxColumns;
    return options;
}

const std::string kSaveAsUtf8 = "; save it as UTF-8 (for example \"CSV UTF-8\" in a spreadsheet program)";
const std::string kNotText
    = "), which text never does: the file is not UTF-8 text (it may be a binary file or damaged)";

} // namespace

class TestCsvHostile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string path(const char *name) const { return m_dir.filePath(QString::fromUtf8(name)).toStdString(); }
    void writeText(const std::string &file, const std::string &text) const
    {
        std::ofstream(file, std::ios::binary) << text;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void defaults()
    {
        QCOMPARE(kMaxCsvRecordBytes, std::size_t {64} << 20);
        QCOMPARE(CsvOptions {}.maxRecordBytes, kMaxCsvRecordBytes);
        QCOMPARE(kMaxCsvColumns, std::size_t(100000));
        QCOMPARE(CsvOptions {}.input.maxStreamBytes, std::uint64_t {16} << 30);
        QCOMPARE(CsvOptions {}.input.writerWaitMs, 10000);
    }

    void longUnquotedValue()
    {
        // "id,note\n" is 8 bytes; the row "1,<100 x>\n" is 103 bytes, over the 64-byte limit
        // inside the column 'note'.
        const std::string text = "id,note\n1," + std::string(100, 'x') + "\n2,y\n";
        const Error e = requireError([&] { parse(text, withLimits(64)); }, ErrorKind::InvalidData);
        QCOMPARE(e.kind(), ErrorKind::InvalidData);
        QCOMPARE(e.where().file, std::string("test.csv"));
        QCOMPARE(e.where().row, std::int64_t(2));
        QCOMPARE(e.where().column, std::string("note"));
        QCOMPARE(e.detail(),
                 std::string("no line break in the first 64 bytes of the row; a row (the header too) "
                             "may hold at most 64 bytes"));
        // A row of exactly the limit, its line break included, is fine.
        const Table t = parse("id,note\n1," + std::string(61, 'x') + "\n", withLimits(64));
        QCOMPARE(t.require("note").cellText(0), std::string(61, 'x'));
    }

    void longQuotedValue()
    {
        // A quoted value over the limit (the row is 206 bytes) is named as the quoted value.
        const std::string text = "id,note\n1,ok\n2,\"" + std::string(200, 'x') + "\"\n3,z\n";
        Error e = requireError([&] { parse(text, withLimits(100)); }, ErrorKind::InvalidData);
        QCOMPARE(e.where().row, std::int64_t(3));
        QCOMPARE(e.where().column, std::string("note"));
        QCOMPARE(e.detail(),
                 std::string("the quoted value that starts on line 3 is longer than 100 bytes, the most "
                             "a row may hold; a closing double quote may be missing"));
        // A quote never closed before the end of the input says so, whatever the limit.
        e = requireError(
            [&] { parse("id,note\n1,ok\n2,\"" + std::string(200, 'x') + "\n3,z\n", withLimits(100)); });
        QCOMPARE(e.detail(),
                 std::string("the quoted value that starts on line 3 is never closed; a closing double "
                             "quote is missing"));
        // In a file, an unclosed quote stops at the limit instead of reading on: 7 MiB of text
        // with the closing quote missing, 6 MiB allowed.
        const std::string file = path("open-quote.csv");
        writeText(file, "id,note\n1,\"" + std::string(7 << 20, 'x') + "\n2,y\n");
        e = requireError([&] { readCsv(file, withLimits(6 << 20)); });
        QCOMPARE(e.where().row, std::int64_t(2));
        QCOMPARE(e.where().column, std::string("note"));
        QCOMPARE(e.detail(),
                 std::string("the quoted value that starts on line 2 is longer than 6 MiB, the most a "
                             "row may hold; a closing double quote may be missing"));
    }

    void longHeader()
    {
        // No line break at all (as in a binary file): the header row is bounded too, and its
        // columns have no names yet.
        const Error e = requireError([&] { parse(std::string(5000, 'h'), withLimits(1024)); });
        QCOMPARE(e.where().row, std::int64_t(1));
        QCOMPARE(e.where().column, std::string());
        QCOMPARE(e.where().columnIndex, std::int64_t(0));
        QCOMPARE(std::string(e.what()),
                 std::string("test.csv: row 1, column 1 (A): no line break in the first 1 KiB of the row; a row (the "
                             "header too) may hold at most 1 KiB"));
    }

    void longValueInFile()
    {
        // Past the 4 MiB block, through the growing buffer: a 5 MiB value passes a 6 MiB limit,
        // a 7 MiB one does not (the buffer stops at the limit), and the default of 64 MiB holds
        // both.
        const std::string file = path("big-value.csv");
        writeText(file, "id,note,n\n1," + std::string(5 << 20, 'a') + ",2\n2,b,3\n");
        const Table t = readCsv(file, withLimits(6 << 20));
        QCOMPARE(t.require("note").cellText(0).size(), std::size_t(5 << 20));
        QCOMPARE(t.require("n").numbers, (std::vector<double> {2, 3}));
        writeText(file, "id,note,n\n1,b,3\n2," + std::string(7 << 20, 'a') + ",2\n");
        const Error e = requireError([&] { readCsv(file, withLimits(6 << 20)); }, ErrorKind::InvalidData);
        QCOMPARE(e.where().row, std::int64_t(3));
        QCOMPARE(e.where().column, std::string("note"));
        QCOMPARE(e.detail(),
                 std::string("no line break in the first 6 MiB of the row; a row (the header too) may "
                             "hold at most 6 MiB"));
        QCOMPARE(readCsv(file).require("note").cellText(1).size(), std::size_t(7 << 20));
        // A limit below the block size is met with the buffer still at one block.
        const Error small = requireError([&] { readCsv(file, withLimits(1 << 20)); });
        QCOMPARE(small.detail(),
                 std::string("no line break in the first 1 MiB of the row; a row (the header too) may "
                             "hold at most 1 MiB"));
    }

    void tooManyColumns()
    {
        Error e = requireError([] { parse("a,b,c,d\n1,2,3,4\n", withLimits(kMaxCsvRecordBytes, 3)); });
        QCOMPARE(e.where().row, std::int64_t(1));
        QCOMPARE(e.detail(),
                 std::string("the header has more than 3 fields; a table may have at most 3 columns"));
        // A data row is stopped at the same count, whatever its length.
        e = requireError(
            [] { parse("a,b\n1,2\n" + std::string(100000, ',') + "\n", withLimits(kMaxCsvRecordBytes, 3)); });
        QCOMPARE(e.where().row, std::int64_t(3));
        QCOMPARE(e.detail(),
                 std::string("the row has more than 3 fields, but the header has 2; a value that contains "
                             "the delimiter ',' must be enclosed in double quotes"));
        QCOMPARE(parse("a,b,c\n1,2,3\n", withLimits(kMaxCsvRecordBytes, 3)).columns.size(), std::size_t(3));
    }

    void nulBytes()
    {
        // "id,name\n" is 8 bytes, "1," 2 more: the NUL after 'a' is at offset 11.
        Error e = requireError([] { parse(std::string("id,name\n1,a\0b\n", 14)); }, ErrorKind::InvalidData);
        QCOMPARE(e.where().row, std::int64_t(2));
        QCOMPARE(e.where().column, std::string("name"));
        QCOMPARE(e.detail(), "the value holds a NUL byte (byte offset 11" + kNotText);
        // Inside quotes, right after them, in a quote never closed, in the header.
        e = requireError([] { parse(std::string("id,name\n1,\"a\0b\"\n", 16)); });
        QCOMPARE(e.detail(), "the value holds a NUL byte (byte offset 12" + kNotText);
        QCOMPARE(e.where().column, std::string("name"));
        e = requireError([] { parse(std::string("id,name\n1,\"ab\"\0\n", 16)); });
        QCOMPARE(e.detail(), "the value holds a NUL byte (byte offset 14" + kNotText);
        e = requireError([] { parse(std::string("id,name\n1,\"a\0b\n", 15)); });
        QCOMPARE(e.detail(), "the value holds a NUL byte (byte offset 12" + kNotText);
        e = requireError([] { parse(std::string("id,na\0me\n1,a\n", 13)); });
        QCOMPARE(e.where().row, std::int64_t(1));
        QCOMPARE(e.where().columnIndex, std::int64_t(1));
        QCOMPARE(e.detail(), "the value holds a NUL byte (byte offset 5" + kNotText);
        // A file of NUL bytes only, as /dev/zero gives.
        e = requireError([] { parse(std::string(1 << 16, '\0')); });
        QCOMPARE(e.where().row, std::int64_t(1));
        QCOMPARE(e.where().columnIndex, std::int64_t(0));
        QCOMPARE(e.detail(), "the value holds a NUL byte (byte offset 0" + kNotText);
    }

    void otherEncodings()
    {
        const std::string csv = "id,name\n1,a\n2,b\n";
        struct Case
        {
            std::string bytes;
            std::string detail;
        };
        const Case cases[] = {
            {encodeUnits(csv, 2, true), "the file is UTF-16LE (every second byte is NUL)"},
            {encodeUnits(csv, 2, false), "the file is UTF-16BE (every second byte is NUL)"},
            {encodeUnits(csv, 4, true), "the file is UTF-32LE (three bytes of every four are NUL)"},
            {encodeUnits(csv, 4, false), "the file is UTF-32BE (three bytes of every four are NUL)"},
            {"\xFF\xFE" + encodeUnits(csv, 2, true), "the file is UTF-16LE (it starts with a byte order mark)"},
            {"\xFE\xFF" + encodeUnits(csv, 2, false), "the file is UTF-16BE (it starts with a byte order mark)"},
            {std::string("\xFF\xFE\0\0", 4) + encodeUnits(csv, 4, true),
             "the file is UTF-32LE (it starts with a byte order mark)"},
            {std::string("\0\0\xFE\xFF", 4) + encodeUnits(csv, 4, false),
             "the file is UTF-32BE (it starts with a byte order mark)"},
        };
        for (const Case &c : cases) {
            const Error e = requireError([&] { parse(c.bytes); }, ErrorKind::InvalidData);
            QCOMPARE(e.kind(), ErrorKind::InvalidData);
            QCOMPARE(e.where().row, std::int64_t(-1));
            QCOMPARE(e.what(), "test.csv: " + c.detail + kSaveAsUtf8);
        }
    }

    void windows1252()
    {
        // 0x80 is the euro sign in Windows-1252 and invalid as UTF-8: named with row and column,
        // in the header as in the data.
        Error e = requireError([] { parse("id,price\n1,5 \x80\n"); }, ErrorKind::InvalidData);
        QCOMPARE(e.where().row, std::int64_t(2));
        QCOMPARE(e.where().column, std::string("price"));
        QCOMPARE(e.detail(),
                 std::string("invalid UTF-8 at byte offset 13 (byte 0x80); save the file as UTF-8 (it "
                             "may be Latin-1 or Windows-1252)"));
        e = requireError([] { parse("id,pr\xE9is\n1,5\n"); });
        QCOMPARE(e.where().row, std::int64_t(1));
        QCOMPARE(e.detail(),
                 std::string("invalid UTF-8 at byte offset 5 (byte 0xE9); save the file as "
                             "UTF-8 (it may be Latin-1 or Windows-1252)"));
    }

    void pipeDelimiter()
    {
        const Table t = parse("id|name|spend\nC1|Anna|12.5\nC2|Ben|3\n");
        QCOMPARE(t.columns.size(), std::size_t(3));
        QCOMPARE(t.require("spend").numbers, (std::vector<double> {12.5, 3}));
        QVERIFY(t.warnings.empty());
        // A comma inside the values does not make it a comma file: '|' splits every row evenly.
        const Table names = parse("id|name\n1|Smith, Anna\n2|Jones, Ben\n");
        QCOMPARE(names.columns.size(), std::size_t(2));
        QCOMPARE(names.require("name").cellText(1), std::string("Jones, Ben"));
        QVERIFY(names.warnings.empty());
    }

    void invisibleCharactersInValues()
    {
        // A byte order mark inside a value makes a number text; the warning must show why, not
        // print an invisible character before '2'.
        const Table t = parse("id,a\n1,2\n2,\xEF\xBB\xBF" "3\n3,4\n");
        QCOMPARE(t.warnings.size(), std::size_t(1));
        QVERIFY2(t.warnings.front().find("row 3 holds '<U+FEFF>3'") != std::string::npos, t.warnings.front().c_str());
        // No-break spaces and control characters are named too.
        QCOMPARE(quoteValue("1\xC2\xA0" "000"), std::string("'1<U+00A0>000'"));
        QCOMPARE(quoteValue(std::string("a\x01" "b\x7F", 4)), std::string("'a\\x01b\\x7F'"));
        QCOMPARE(quoteValue("\xE2\x80\x8Bx"), std::string("'<U+200B>x'"));
        // An invisible character cut by the 40-byte limit is not named half.
        QCOMPARE(quoteValue(std::string(39, 'x') + "\xEF\xBB\xBF"), "'" + std::string(39, 'x') + "...'");
    }

    void joinedFiles()
    {
        // cat a.csv b.csv: b's byte order mark starts row 4 and its header repeats there. The
        // mark is not part of the customer id, and the header is no customer.
        const std::string part = "id,a\nc1,1\nc2,2\n";
        const Table t = parse(part + "\xEF\xBB\xBF" + "id,a\nc3,5\n\xEF\xBB\xBF" "c4,7\n");
        QCOMPARE(t.rowCount, std::size_t(4));
        const Column &id = t.require("id");
        QCOMPARE(id.cellText(2), std::string("c3"));
        QCOMPARE(id.cellText(3), std::string("c4"));
        QVERIFY(t.require("a").type == ColumnType::Integer);
        QCOMPARE(t.require("a").numbers[3], 7.0);
        QCOMPARE(t.rowNumber(2), std::int64_t(5));
        QCOMPARE(t.warnings.size(), std::size_t(2));
        QCOMPARE(t.warnings[0], std::string("rows 4, 6 start with a byte order mark (U+FEFF), as where two files were "
                                            "joined into one; it was removed from the first value"));
        QCOMPARE(t.warnings[1], std::string("row 4 repeats the header row, as where two files were joined into one; "
                                            "skipped as data"));
        // The second pass (a column that turns to text after numbers) skips the same rows.
        const Table text = parse("id,a\n1,1\n2,2\n\xEF\xBB\xBF" "id,a\n\xEF\xBB\xBF" "3,x\n");
        QCOMPARE(text.rowCount, std::size_t(3));
        QCOMPARE(text.require("id").cellText(2), std::string("3"));
        QCOMPARE(text.require("a").cellText(0), std::string("1"));
        QCOMPARE(text.require("a").cellText(2), std::string("x"));
    }

    void ambiguousDelimiter()
    {
        // ',' and '|' both split every row into two fields: ',' wins (the order , ; tab |) and
        // the warning says so.
        const Table t = parse("a,b|c\n1,2|3\n4,5|6\n");
        QCOMPARE(t.columns.size(), std::size_t(2));
        QCOMPARE(t.columns[1].name, std::string("b|c"));
        QCOMPARE(t.warnings.size(), std::size_t(1));
        QCOMPARE(t.warnings.front(),
                 std::string("the delimiter was taken to be ',', but '|' would split the header "
                             "and the first rows as evenly; if the columns are wrong, choose "
                             "the delimiter"));
        // More fields win over the order: ';' gives three.
        const Table semi = parse("a;b;c,d\n1;2;3,4\n");
        QCOMPARE(semi.columns.size(), std::size_t(3));
        QCOMPARE(semi.warnings.front(),
                 std::string("the delimiter was taken to be ';', but ',' would split the "
                             "header and the first rows as evenly; if the columns are wrong, "
                             "choose the delimiter"));
        // Commas in the values of a semicolon file split rows unevenly: no doubt, no warning.
        const Table uneven = parse("name;city\nSmith, Anna;Paris\nBen;Rome\n");
        QCOMPARE(uneven.columns.size(), std::size_t(2));
        QVERIFY(uneven.warnings.empty());
        // A chosen delimiter is never second-guessed.
        CsvOptions pipe;
        pipe.delimiter = '|';
        const Table forced = parse("a,b|c\nx,y|3\n", pipe);
        QCOMPARE(forced.columns[0].name, std::string("a,b"));
        QVERIFY(forced.warnings.empty());
    }

    void unknownDelimiter()
    {
        // ':' is not detected: the header is one column, and a missing id column says why.
        CsvOptions id;
        id.idColumn = "id";
        const Error e = requireError([&] { parse("id:x\n1:2\n", id); }, ErrorKind::InvalidData);
        QCOMPARE(e.detail(), std::string("the customer id column 'id' does not exist; the columns are: 'id:x'; the "
                                         "header was read as one column: if the file uses a delimiter other than "
                                         "',', ';', tab or '|', choose it"));
        id.delimiter = ':';
        QCOMPARE(parse("id:x\n1:2\n", id).columns.size(), std::size_t(2));
    }

    void blankLinesBeforeHeader()
    {
        // Detection starts at the header, not at the blank lines before it.
        const Table t = parse("\n\r\nid;x\n1;2\n");
        QCOMPARE(t.columns.size(), std::size_t(2));
        QVERIFY(t.warnings.empty());
    }

    void whitespaceBeforeHeader()
    {
        Table t = parse("   \nid,x\n1,2\n");
        QCOMPARE(t.columns.size(), std::size_t(2));
        QCOMPARE(t.columns[0].name, std::string("id"));
        QCOMPARE(t.warnings,
                 (std::vector<std::string> {"row 1 holds only spaces or tabs and was skipped; the header "
                                            "is row 2"}));
        t = parse("  \n\n\t \nid,x\n1,2\n");
        QCOMPARE(t.warnings,
                 (std::vector<std::string> {"rows 1 to 3 hold only spaces or tabs and were skipped; the "
                                            "header is row 4"}));
        // Rows keep their spreadsheet numbers.
        const Error e = requireError([] { parse("  \nid,x\n1,2\n3\n"); });
        QCOMPARE(e.where().row, std::int64_t(4));
        // The second pass (a column that turns to text after numbers) skips them too.
        t = parse(" \nid,x\n1,2\nA7,3\n");
        QCOMPARE(t.require("id").cellText(0), std::string("1"));
        QCOMPARE(t.require("id").cellText(1), std::string("A7"));
        QCOMPARE(t.require("x").numbers, (std::vector<double> {2, 3}));
        // Only spaces and nothing else: empty.
        QCOMPARE(requireError([] { parse("  \n \n"); }).detail(),
                 std::string("the file is empty; expected a header row and data rows"));
    }

    void fromAPipe()
    {
        // A stream needing the second pass: read once from the pipe, again from the copy.
        std::string text = "id,x\n";
        for (int i = 0; i < 50000; ++i)
            text += std::to_string(i) + "," + std::to_string(i % 7) + "\n";
        text += "Z1,0\n";
        PipeWriter writer(text);
        const Table t = readCsv(writer.path());
        QCOMPARE(t.rowCount, std::size_t(50001));
        QCOMPARE(t.source, writer.path());
        QCOMPARE(t.require("id").cellText(0), std::string("0"));
        QCOMPARE(t.require("id").cellText(49999), std::string("49999"));
        QCOMPARE(t.require("id").cellText(50000), std::string("Z1"));
    }
};

QTEST_APPLESS_MAIN(TestCsvHostile)
#include "test_csv_hostile.moc"
