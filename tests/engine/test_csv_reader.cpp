// Tests of the CSV reader: RFC 4180 tokenizing, encodings, delimiter detection, type inference,
// missing markers, every malformed-input error (kind, row, column, wording) and the shared
// public datasets (see /work/shared/data/*/SOURCE.md for their provenance and figures).

#include "engine/core/error.h"
#include "engine/data/csv_reader.h"

#include "tests/support/engine_fixtures.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <functional>
#include <map>
#include <numeric>
#include <string>

using namespace seg;
using namespace seg::test;

// QCOMPARE on ColumnType would pick seg::toString through argument-dependent lookup; compare names.
#define QCOMPARE_TYPE(actual, expected)                                                                      \
    QCOMPARE(std::string(toString(actual)), std::string(toString(expected)))

namespace {

CsvOptions withTypes(std::map<std::string, ColumnType> types, std::string idColumn = {})
{
    CsvOptions options;
    options.columnTypes = std::move(types);
    options.idColumn = std::move(idColumn);
    return options;
}

CsvOptions withId(std::string idColumn)
{
    return withTypes({}, std::move(idColumn));
}

CsvOptions withMarkers(std::vector<std::string> markers)
{
    CsvOptions options;
    options.missingMarkers = std::move(markers);
    return options;
}

Table parse(const std::string &text, const CsvOptions &options = {})
{
    return parseCsv(text, "test.csv", options);
}

double sum(const Column &c)
{
    double total = 0.0;
    for (double v : c.numbers)
        if (!std::isnan(v))
            total += v;
    return total;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowNumbersCountBlankLines()
    {
        // Messages about a data row use the row a spreadsheet shows; blank lines count.
        const Table t = parse("a,b\n1,2\n\n\n3,4\n5,6\n");
        QCOMPARE(t.rowCount, std::size_t(3));
        QCOMPARE(t.rowNumber(0), std::int64_t(2));
        QCOMPARE(t.rowNumber(1), std::int64_t(5));
        QCOMPARE(t.rowNumber(2), std::int64_t(6));
    }
    void rfc4180Quoting()
    {
        // Embedded delimiter, doubled quotes, CRLF and LF inside quotes, an empty quoted value,
        // mixed line endings and no newline after the last record.
        const std::string text = "name,note,n\r\n"
                                 "\"Smith, J\",\"said \"\"hi\"\"\",1\r\n"
                                 "\"multi\r\nline\",\"a\nb\",2\n"
                                 "plain,\"\",3\r\n"
                                 "x\"y,z,4";
        const Table t
            = parse(text, withTypes({{"name", ColumnType::Identifier}, {"note", ColumnType::Identifier}}));
        QCOMPARE(t.rowCount, std::size_t(4));
        const Column &name = t.require("name");
        QCOMPARE(name.text[0], std::string("Smith, J"));
        QCOMPARE(name.text[1], std::string("multi\r\nline"));
        QCOMPARE(name.text[2], std::string("plain"));
        QCOMPARE(name.text[3], std::string("x\"y")); // a quote inside an unquoted value is literal
        const Column &note = t.require("note");
        QCOMPARE(note.text[0], std::string("said \"hi\""));
        QCOMPARE(note.text[1], std::string("a\nb"));
        QVERIFY(note.isMissing(2)); // "" is the empty value, a missing marker
        QCOMPARE_TYPE(t.require("n").type, ColumnType::Integer);
        QCOMPARE(t.require("n").numbers, (std::vector<double> {1, 2, 3, 4}));
    }

    void trailingDelimiterAndBlankLines()
    {
        // "a,b," has three fields; blank lines are skipped but still count as spreadsheet rows.
        const Table t = parse("a,b,c\n1,2,\n\n3,4,5\n\n");
        QCOMPARE(t.rowCount, std::size_t(2));
        QVERIFY(t.require("c").isMissing(0));
        QCOMPARE(t.require("c").numbers[1], 5.0);
        const Error e = requireError([] { parse("a,b\n1,2\n\n3\n"); }, ErrorKind::InvalidData);
        QCOMPARE(e.where().row, std::int64_t(4)); // row 3 is the blank line
    }

    void byteOrderMarkAndLineEndings()
    {
        const Table bom = parse("\xEF\xBB\xBFid,value\r\nA,1\r\nB,2\r\n");
        QCOMPARE(bom.columns[0].name, std::string("id"));
        QCOMPARE(bom.rowCount, std::size_t(2));
        const Table lf = parse("id,value\nA,1\nB,2\n");
        QCOMPARE(lf.require("value").numbers, bom.require("value").numbers);
        const Table cr = parse("id,value\rA,1\rB,2"); // old Mac line ends
        QCOMPARE(cr.rowCount, std::size_t(2));
        QCOMPARE(cr.require("value").numbers, bom.require("value").numbers);
    }

    void delimiterDetection()
    {
        const Table semicolon = parse("a;b;c\n1,5;2;3\n4;5;6\n"); // decimal commas do not confuse it
        QCOMPARE(semicolon.columns.size(), std::size_t(3));
        QCOMPARE(semicolon.columns[0].numbers[0], 1.5); // the decimal-comma rule (test_number_import)
        const Table tab = parse("a\tb\n1\t2\n");
        QCOMPARE(tab.columns.size(), std::size_t(2));
        QCOMPARE(tab.columns[1].numbers[0], 2.0);
        // Delimiters inside quoted header names do not count.
        const Table quoted = parse("\"x;y;z\",w\n1,2\n");
        QCOMPARE(quoted.columns.size(), std::size_t(2));
        QCOMPARE(quoted.columns[0].name, std::string("x;y;z"));
        const Table single = parse("only\n1\n2\n");
        QCOMPARE(single.columns.size(), std::size_t(1));
        CsvOptions pipe;
        pipe.delimiter = '|';
        const Table forced = parse("a|b\n1|2\n", pipe);
        QCOMPARE(forced.columns.size(), std::size_t(2));
    }

    void numbers()
    {
        const Table t = parse("i,r,e,s\n1,1.5,1e3,+7\n-2,.25,-2.5E-1, 8 \n0,3.,4,9\n");
        QCOMPARE_TYPE(t.require("i").type, ColumnType::Integer);
        QCOMPARE(t.require("i").numbers, (std::vector<double> {1, -2, 0}));
        QCOMPARE_TYPE(t.require("r").type, ColumnType::Real);
        QCOMPARE(t.require("r").numbers, (std::vector<double> {1.5, 0.25, 3.0}));
        QCOMPARE_TYPE(t.require("e").type, ColumnType::Real);
        QCOMPARE(t.require("e").numbers, (std::vector<double> {1000.0, -0.25, 4.0}));
        QCOMPARE_TYPE(t.require("s").type, ColumnType::Integer); // '+' and surrounding spaces are fine
        QCOMPARE(t.require("s").numbers, (std::vector<double> {7, 8, 9}));
    }

    void notSilentlyCoerced()
    {
        // Thousands separators and currency stay text (test_cell_parsers covers every rejected form).
        const Table t = parse("id,price\nA,\"1,200\"\nB,$5\nC,7\nD,8\n");
        const Column &price = t.require("price");
        QCOMPARE_TYPE(price.type, ColumnType::Identifier);
        QCOMPARE(price.cellText(0), std::string("1,200"));
        QCOMPARE(price.cellText(2), std::string("7"));
        bool warnedMixed = false;
        bool warnedDecorated = false;
        for (const std::string &w : t.warnings) {
            warnedMixed = warnedMixed
                || (containsOrWarn(w, "'price' mixes numbers and text: 2 of 4")
                    && containsOrWarn(w, "row 2 holds '1,200'"));
            warnedDecorated = warnedDecorated
                || w.find("looks like numbers with a decimal comma or a thousands separator (row 2: '1,200')")
                    != std::string::npos;
        }
        QVERIFY(warnedMixed);
        QVERIFY(warnedDecorated);
    }

    void mixedColumnKeepsOriginalText()
    {
        // Numbers before the first text cell are replayed from the input, so "1.50" stays "1.50"
        // (a zero-padded "007" first would make the column text at once: zeroPaddedNumbersAreCodes).
        const Table t = parse("code,n\n17,1\n1.50,2\nX9,3\n17,4\n,5\n");
        const Column &code = t.require("code");
        QCOMPARE_TYPE(code.type, ColumnType::Identifier); // 3 levels over 4 values: mostly unique
        QCOMPARE(code.cellText(0), std::string("17"));
        QCOMPARE(code.cellText(1), std::string("1.50"));
        QCOMPARE(code.cellText(2), std::string("X9"));
        QVERIFY(code.isMissing(4));
        QCOMPARE(t.warnings.size(), std::size_t(1));
        QVERIFY(containsOrWarn(t.warnings[0], "row 4 holds 'X9'"));
        QVERIFY(containsOrWarn(t.warnings[0], "3 of 4 values are numbers"));

        // Categorical with levels in order of first appearance, even after the replay.
        const Table c = parse("g\n2\n1\nb\n2\n1\nb\n1\n2\n");
        const Column &g = c.require("g");
        QCOMPARE_TYPE(g.type, ColumnType::Categorical);
        QCOMPARE(g.levels, (std::vector<std::string> {"2", "1", "b"}));
        QCOMPARE(g.codes, (std::vector<std::int32_t> {0, 1, 2, 0, 1, 2, 1, 0}));
    }

    void largeIntegersStayText()
    {
        // 2^53 + 1 cannot be stored exactly in a double, so the column is kept as text.
        const Table t = parse("card\n9007199254740993\n4111111111111111\n");
        QCOMPARE_TYPE(t.require("card").type, ColumnType::Identifier);
        QCOMPARE(t.require("card").cellText(0), std::string("9007199254740993"));
        const Table ok = parse("n\n9007199254740992\n-9007199254740992\n");
        QCOMPARE_TYPE(ok.require("n").type, ColumnType::Integer);
        QCOMPARE(ok.require("n").numbers[0], 9007199254740992.0);
    }

    void booleans()
    {
        const Table t = parse("a,b,c,d\ntrue,yes,T,0\nFALSE,No,f,1\nTrue,y,t,1\n,n,F,0\n");
        QCOMPARE_TYPE(t.require("a").type, ColumnType::Boolean);
        QCOMPARE(t.require("a").numbers[0], 1.0);
        QCOMPARE(t.require("a").numbers[1], 0.0);
        QVERIFY(t.require("a").isMissing(3));
        QCOMPARE_TYPE(t.require("b").type, ColumnType::Boolean);
        QCOMPARE(t.require("b").numbers, (std::vector<double> {1, 0, 1, 0}));
        QCOMPARE_TYPE(t.require("c").type, ColumnType::Boolean);
        QCOMPARE_TYPE(t.require("d").type, ColumnType::Integer); // 0/1 only stays integer
        // Forced boolean accepts 0/1.
        const Table f = parse("d\n0\n1\n", withTypes({{"d", ColumnType::Boolean}}));
        QCOMPARE_TYPE(f.require("d").type, ColumnType::Boolean);
        QCOMPARE(f.require("d").numbers, (std::vector<double> {0, 1}));
    }

    void dates()
    {
        // Day numbers: 2023-03-31 is day 19447 and 2024-02-29 day 19782 (see test_cell_parsers).
        const Table t
            = parse("iso,isotime,t,us,eu,compact\n"
                    "2023-03-31,2023-03-31 06:00,2023-03-31T18:00:00,3/31/2023 12:00,31.03.2023,20230331\n"
                    "2024-02-29,2024-02-29 00:00:30,2024-02-29T00:00:00Z,2/29/2024,29.2.2024,20240229\n");
        for (const char *name : {"iso", "isotime", "t", "us", "eu"})
            QCOMPARE_TYPE(t.require(name).type, ColumnType::Date);
        QCOMPARE(t.require("iso").numbers, (std::vector<double> {19447, 19782}));
        QCOMPARE(t.require("isotime").numbers[0], 19447.25);
        QCOMPARE(t.require("isotime").numbers[1], 19782.0 + 30.0 / 86400.0);
        QCOMPARE(t.require("t").numbers[0], 19447.75);
        QCOMPARE(t.require("us").numbers[0], 19447.5);
        QCOMPARE(t.require("eu").numbers[1], 19782.0);
        // Whole numbers that are all YYYYMMDD dates are dates, with a warning (they used to stay
        // integers and be averaged as such).
        QCOMPARE_TYPE(t.require("compact").type, ColumnType::Date);
        QCOMPARE(t.require("compact").numbers, (std::vector<double> {19447, 19782}));
        QCOMPARE(t.warnings, (std::vector<std::string> {"column 'compact' holds whole numbers that are all dates "
                                                        "written YYYYMMDD (row 2: 20230331); read as dates, not as "
                                                        "numbers"}));
        const Table forced
            = parse("compact\n20230331\n20240229\n", withTypes({{"compact", ColumnType::Date}}));
        QCOMPARE(forced.require("compact").numbers, (std::vector<double> {19447, 19782}));
        QCOMPARE(forced.require("compact").cellText(0), std::string("2023-03-31"));
        // Impossible dates are not dates, so the column is not a date column.
        const Table impossible = parse("d\n2023-02-28\n2023-02-29\n2023-03-01\n");
        QCOMPARE_TYPE(impossible.require("d").type, ColumnType::Identifier);
        QCOMPARE(impossible.warnings.size(), std::size_t(1));
        QVERIFY(containsOrWarn(impossible.warnings[0], "looks like dates, but row 3 holds '2023-02-29'"));
        // A column mixing layouts is not a date column (and says so).
        const Table mixed = parse("d\n2023-03-31\n3/31/2023\n2023-04-01\n2023-04-02\n");
        QVERIFY(mixed.require("d").type != ColumnType::Date);
        QCOMPARE(mixed.warnings.size(), std::size_t(1));
        QVERIFY(containsOrWarn(mixed.warnings[0], "looks like dates, but row 3 holds '3/31/2023'"));
    }

    void categoricalAndIdentifier()
    {
        const Table t = parse("id,region\nC1,north\nC2,south\nC3,north\nC4,south\nC5,north\nC6,east\n");
        QCOMPARE_TYPE(t.require("id").type, ColumnType::Identifier);
        QCOMPARE(t.require("id").text[5], std::string("C6"));
        const Column &region = t.require("region");
        QCOMPARE_TYPE(region.type, ColumnType::Categorical);
        QCOMPARE(region.levels, (std::vector<std::string> {"north", "south", "east"}));
        QCOMPARE(region.codes, (std::vector<std::int32_t> {0, 1, 0, 1, 0, 2}));
        // The idColumn is an identifier even when it looks numeric; forced categorical too.
        const Table f = parse("cust,grade\n17,1\n18,2\n19,1\n",
                              withTypes({{"grade", ColumnType::Categorical}}, "cust"));
        QCOMPARE_TYPE(f.require("cust").type, ColumnType::Identifier);
        QCOMPARE(f.require("cust").text[0], std::string("17"));
        QCOMPARE_TYPE(f.require("grade").type, ColumnType::Categorical);
        QCOMPARE(f.require("grade").levels, (std::vector<std::string> {"1", "2"}));
    }

    void manyDistinctValuesBecomeIdentifierOrDate()
    {
        // Past kMaxCategoricalLevels distinct texts a column is an identifier (or a date).
        auto timestamp = [](int i) {
            char buf[32];
            std::snprintf(buf, sizeof buf, "2020-01-01 %02d:%02d:%02d", i / 3600, i / 60 % 60, i % 60);
            return std::string(buf);
        };
        std::string text = "id,when,grp\n";
        for (int i = 0; i < 3000; ++i) {
            text += 'K';
            text += std::to_string(i) + "," + (i == 2500 ? std::string("soon") : timestamp(i)) + ","
                + std::to_string(i % 7) + "\n";
        }
        const Table t = parse(text);
        QCOMPARE_TYPE(t.require("id").type, ColumnType::Identifier);
        QCOMPARE(t.require("id").text[2999], std::string("K2999"));
        const Column &when = t.require("when");
        QCOMPARE_TYPE(when.type, ColumnType::Identifier); // one non-date cell
        QCOMPARE(when.text[2500], std::string("soon"));
        bool warned = false;
        for (const std::string &w : t.warnings)
            warned = warned || w.find("row 2502 holds 'soon'") != std::string::npos;
        QVERIFY(warned);
        std::string dates = "when\n";
        for (int i = 0; i < 3000; ++i)
            dates += timestamp(i) + "\n";
        const Table d = parse(dates);
        QCOMPARE_TYPE(d.require("when").type, ColumnType::Date);
        QCOMPARE(d.require("when").numbers[0], 18262.0); // 2020-01-01 = day 18262 (Python's datetime)
        QCOMPARE(d.require("when").numbers[61], 18262.0 + 61.0 / 86400.0);
    }

    void missingMarkers()
    {
        const Table t = parse("a,b\n1,x\nNA,y\nN/A,x\nNaN,y\nnull,x\n  ,y\nNULL,x\nnan,y\n5,x\n");
        const Column &a = t.require("a");
        QCOMPARE_TYPE(a.type, ColumnType::Integer);
        QCOMPARE(a.missingCount(), std::size_t(7));
        QCOMPARE(a.numbers[8], 5.0);
        // Custom markers replace the defaults.
        const Table c = parse("a\n-999\n3\nNA\n", withMarkers({"-999", ""}));
        QCOMPARE_TYPE(c.require("a").type, ColumnType::Identifier);
        const Table c2 = parse("a\n-999\n3\n4\n", withMarkers({"-999"}));
        QCOMPARE_TYPE(c2.require("a").type, ColumnType::Integer);
        QVERIFY(c2.require("a").isMissing(0));
    }

    void entirelyMissingColumnWarns()
    {
        const Table t = parse("a,b\n1,\n2,NA\n");
        QCOMPARE(t.require("b").missingCount(), std::size_t(2));
        QCOMPARE(t.warnings.size(), std::size_t(1));
        QVERIFY(containsOrWarn(t.warnings[0], "'b' is entirely missing"));
    }

    void maxRows()
    {
        CsvOptions two;
        two.maxRows = 2;
        const Table t = parse("a\n1\n2\n3\nx\n", two);
        QCOMPARE(t.rowCount, std::size_t(2));
        QCOMPARE_TYPE(t.require("a").type, ColumnType::Integer);
    }

    void longRecordsAcrossBlocks()
    {
        // Records cross the 4 MiB block boundary many times, one value is longer than a block,
        // and a mixed column needs the replay pass over all blocks.
        std::string text = "id,blob,n\n";
        std::size_t expectedLength = 0;
        for (int i = 0; i < 60000; ++i) {
            std::string blob = "line " + std::to_string(i) + "\r\nwith \"\"quotes\"\", and commas";
            if (i == 30000)
                blob.append(5u << 20, 'z');
            text += 'R';
            text
                += std::to_string(i) + ",\"" + blob + "\"," + (i == 59999 ? "end" : std::to_string(i)) + "\n";
            if (i == 30000)
                expectedLength = blob.size() - 2; // the two doubled quotes become single ones
        }
        const Table t = parse(text);
        QCOMPARE(t.rowCount, std::size_t(60000));
        const Column &blob = t.require("blob");
        QCOMPARE(blob.text[7], std::string("line 7\r\nwith \"quotes\", and commas"));
        QCOMPARE(blob.text[30000].size(), expectedLength);
        const Column &n = t.require("n");
        QCOMPARE_TYPE(n.type, ColumnType::Identifier);
        QCOMPARE(n.text[41234], std::string("41234"));
        QCOMPARE(n.text[59999], std::string("end"));
    }

    void cancellation()
    {
        CancelToken token;
        token.cancel();
        bool thrown = false;
        try {
            parseCsv("a\n1\n", "x.csv", {}, Progress(&token, {}));
        } catch (const Cancelled &) {
            thrown = true;
        }
        QVERIFY(thrown);
        double last = -1.0;
        parseCsv("a\n1\n", "x.csv", {}, Progress(nullptr, [&](double f, std::string_view) { last = f; }));
        QCOMPARE(last, 1.0);
    }

    // ---- malformed input ----

    void emptyFile()
    {
        for (const std::string text : {"", "\xEF\xBB\xBF", "\n\r\n\n"}) {
            const Error e = requireError([&] { parse(text); }, ErrorKind::InvalidData);
            QCOMPARE(e.kind(), ErrorKind::InvalidData);
            QVERIFY(containsOrWarn(e.what(), "test.csv: the file is empty"));
        }
        // No text at all (a null data pointer, as an empty buffer may have): the same message,
        // and no null pointer reaches memcpy (UndefinedBehaviorSanitizer checks it in the asan
        // preset).
        const Error none = requireError([&] { parseCsv(std::string_view(), "test.csv"); }, ErrorKind::InvalidData);
        QVERIFY(containsOrWarn(none.what(), "test.csv: the file is empty"));
    }

    void headerOnly()
    {
        const Error e = requireError([] { parse("a,b,c\r\n"); }, ErrorKind::InvalidData);
        QCOMPARE(e.kind(), ErrorKind::InvalidData);
        QVERIFY(containsOrWarn(e.what(), "header row but no data rows"));
    }

    void raggedRows()
    {
        Error e = requireError([] { parse("a,b,c\n1,2,3\n4,5,6\n7,8,9,10\n"); }, ErrorKind::InvalidData);
        QCOMPARE(e.kind(), ErrorKind::InvalidData);
        QCOMPARE(e.where().row, std::int64_t(4));
        QVERIFY(containsOrWarn(e.what(), "test.csv: row 4: the row has 4 fields, but the header has 3"));
        QVERIFY(containsOrWarn(e.what(), "must be enclosed in double quotes"));
        e = requireError([] { parse("a;b;c\n1;2\n"); }, ErrorKind::InvalidData);
        QCOMPARE(e.where().row, std::int64_t(2));
        QVERIFY(containsOrWarn(e.detail(), "the row has 2 fields, but the header has 3"));
        // A record spanning lines is one row, as in a spreadsheet.
        e = requireError([] { parse("a,b\n\"x\ny\",1\n2\n"); }, ErrorKind::InvalidData);
        QCOMPARE(e.where().row, std::int64_t(3));
    }

    void invalidUtf8()
    {
        // "caf\xE9" is Latin-1; the bad byte is at offset 10 + 8 + 5 = 23 from the start.
        const std::string text = "name,city\nA,Paris\nB,caf\xE9\n";
        const Error e = requireError([&] { parse(text); }, ErrorKind::InvalidData);
        QCOMPARE(e.kind(), ErrorKind::InvalidData);
        QCOMPARE(e.where().row, std::int64_t(3));
        QCOMPARE(e.where().column, std::string("city"));
        QVERIFY(containsOrWarn(e.detail(), "invalid UTF-8 at byte offset 23 (byte 0xE9)"));
        // Overlong forms and surrogates are invalid too; valid multi-byte text is fine.
        requireError([] { parse("a\n\xC0\xAF\n"); }, ErrorKind::InvalidData);
        requireError([] { parse("a\n\xED\xA0\x80\n"); }, ErrorKind::InvalidData);
        const Table ok = parse("a\nK\xC3\xB6ln \xE2\x82\xAC \xF0\x9F\x98\x80\n");
        QCOMPARE(ok.columns[0].cellText(0), std::string("K\xC3\xB6ln \xE2\x82\xAC \xF0\x9F\x98\x80"));
        const Error utf16 = requireError(
            [] {
                parse(std::string("\xFF\xFE"
                                  "a\0,\0",
                                  6));
            },
            ErrorKind::InvalidData);
        QVERIFY(containsOrWarn(utf16.detail(), "UTF-16"));
    }

    void unterminatedQuote()
    {
        const std::string text = "id,note\nA,ok\nB,\"never closed\nC,more\nD,text\n";
        const Error e = requireError([&] { parse(text); }, ErrorKind::InvalidData);
        QCOMPARE(e.kind(), ErrorKind::InvalidData);
        QCOMPARE(e.where().row, std::int64_t(3)); // where the quote opened
        QCOMPARE(e.where().column, std::string("note"));
        QVERIFY(containsOrWarn(e.detail(), "starts on line 3 is never closed"));
        const Error after = requireError([] { parse("a,b\n\"x\"y,1\n"); }, ErrorKind::InvalidData);
        QCOMPARE(after.where().row, std::int64_t(2));
        QCOMPARE(after.where().column, std::string("a"));
        QVERIFY(containsOrWarn(after.detail(), "unexpected text after a closing quote"));
    }

    void badHeaders()
    {
        Error e = requireError([] { parse("id,spend,Spend,spend\n1,2,3,4\n"); }, ErrorKind::InvalidData);
        QCOMPARE(e.where().row, std::int64_t(1));
        QCOMPARE(e.where().column, std::string("spend"));
        QVERIFY(
            containsOrWarn(e.detail(), "'spend' appears twice in the header row (columns 2 (B) and 4 (D))"));
        // An unnamed column (a row index exported from R or pandas) is named after its position.
        const Table unnamed = parse("id,,x\n1,2,3\n");
        QCOMPARE(unnamed.columns[1].name, std::string("column_2"));
        QCOMPARE(unnamed.columns[1].numbers.at(0), 2.0);
        QVERIFY(!unnamed.warnings.empty());
        QVERIFY(containsOrWarn(unnamed.warnings.front(),
                               "column 2 (B) has no name in the header row; it is called 'column_2'"));
        e = requireError([] { parse("a\n1\n", withId("customer")); }, ErrorKind::InvalidData);
        QVERIFY(containsOrWarn(e.detail(),
                               "the customer id column 'customer' does not exist; the columns are: 'a'"));
        // Two byte order marks: the reader drops the first, the second stays in the first name;
        // the message shows it and says what happened.
        e = requireError([] { parse("\xEF\xBB\xBF\xEF\xBB\xBFid,x\nC1,1\n", withId("id")); },
                         ErrorKind::InvalidData);
        QCOMPARE(e.detail(), std::string("the customer id column 'id' does not exist; the columns are: "
                                         "'<U+FEFF>id', 'x'; the column '<U+FEFF>id' starts with an invisible byte "
                                         "order mark (U+FEFF), as when a file is saved with two of them: remove it"));
        e = requireError(
            [] {
                parse("a\n1\n", withTypes({{"b", ColumnType::Real}}));
            },
            ErrorKind::InvalidData);
        QVERIFY(containsOrWarn(e.detail(), "no such column"));
    }

    void customerIds()
    {
        std::string text = "cid,x\n";
        for (int i = 1; i <= 12; ++i) {
            text += 'C';
            text += std::to_string(i == 8 ? 17 : (i == 4 ? 17 : i + 100)) + "," + std::to_string(i) + "\n";
        }
        // "C17" is in data rows 4 and 8, i.e. spreadsheet rows 5 and 9.
        Error e = requireError([&] { parse(text, withId("cid")); }, ErrorKind::InvalidData);
        QCOMPARE(e.kind(), ErrorKind::InvalidData);
        QCOMPARE(e.where().column, std::string("cid"));
        QCOMPARE(e.where().row, std::int64_t(9));
        QVERIFY(containsOrWarn(e.detail(), "id 'C17' appears in rows 5 and 9"));
        e = requireError([] { parse("cid,x\nA,1\n,2\nB,3\nNA,4\n", withId("cid")); }, ErrorKind::InvalidData);
        QCOMPARE(e.where().row, std::int64_t(3));
        QVERIFY(containsOrWarn(e.detail(), "the customer id is missing in 2 rows: 3, 5"));
        // Without idColumn the same data reads fine.
        QCOMPARE(parse(text).rowCount, std::size_t(12));
    }

    // Whole numbers written with leading zeros are codes: read as text, the zeros kept. A zero
    // alone, a real number such as 0.5 and numbers after a zero-padded one are no reason.
    void zeroPaddedNumbersAreCodes()
    {
        const Table t = parse("zip,n,x\n12345,0,0.5\n01234,10,1\n00017,2,0.25\n");
        const Column &zip = t.require("zip");
        QCOMPARE(std::string(toString(zip.type)), std::string("identifier"));
        QCOMPARE(zip.text, std::vector<std::string>({"12345", "01234", "00017"}));
        QCOMPARE(std::string(toString(t.require("n").type)), std::string("integer"));
        QCOMPARE(std::string(toString(t.require("x").type)), std::string("real"));
        QCOMPARE(t.warnings, std::vector<std::string>({"column 'zip' holds whole numbers written with leading zeros "
                                                       "(row 3: '01234'), as codes and customer numbers are; read as "
                                                       "text, so the zeros are kept"}));
    }

    void forcedNumericWithText()
    {
        std::string text = "id,spend\n";
        const char *cells[] = {"1", "1,200", "3", "$5", "abc", "6", "x", "y", "z", "w", "NA"};
        for (int i = 0; i < 11; ++i) {
            text += 'C';
            text += std::to_string(i) + ",\"" + cells[i] + "\"\n";
        }
        const Error e = requireError(
            [&] {
                parse(text, withTypes({{"spend", ColumnType::Real}}));
            },
            ErrorKind::InvalidData);
        QCOMPARE(e.kind(), ErrorKind::InvalidData);
        QCOMPARE(e.where().column, std::string("spend"));
        QCOMPARE(e.where().row, std::int64_t(3));
        QVERIFY(containsOrWarn(e.detail(),
                         "set to real, but 7 cells cannot be read as numbers: row 3 '1,200', row 5 '$5', "
                         "row 6 'abc', row 8 'x', row 9 'y' and 2 more"));
        const Error i = requireError(
            [] {
                parse("n\n1\n2.5\n", withTypes({{"n", ColumnType::Integer}}));
            },
            ErrorKind::InvalidData);
        QVERIFY(containsOrWarn(i.detail(), "1 cell cannot be read as whole numbers: row 3 '2.5'"));
        const Error d = requireError(
            [] {
                parse("d\n2020-01-01\nsoon\n", withTypes({{"d", ColumnType::Date}}));
            },
            ErrorKind::InvalidData);
        QCOMPARE(d.where().row, std::int64_t(3));
        QVERIFY(containsOrWarn(d.detail(), "set to date"));
    }

    void unreadableFiles()
    {
        Error e = requireError([] { readCsv("/nonexistent/dir/x.csv"); }, ErrorKind::Io);
        QCOMPARE(e.kind(), ErrorKind::Io);
        QCOMPARE(e.where().file, std::string("/nonexistent/dir/x.csv"));
        QTemporaryDir dir;
        e = requireError([&] { readCsv(dir.path().toStdString()); }, ErrorKind::Io);
        QCOMPARE(e.kind(), ErrorKind::Io);
        QVERIFY(containsOrWarn(e.detail(), "folder"));
    }

    void fixtureFile()
    {
        // A semicolon-separated, BOM-prefixed, CRLF file as a European spreadsheet saves it.
        const Table t = readCsv(SEG_TEST_DATA_DIR "/semicolon_bom.csv");
        QCOMPARE(t.columns.size(), std::size_t(4));
        QCOMPARE(t.columns[0].name, std::string("Kunde"));
        QCOMPARE(t.rowCount, std::size_t(3));
        QCOMPARE_TYPE(t.require("Umsatz").type, ColumnType::Identifier); // "1.234,50" also has a thousands separator
        QCOMPARE_TYPE(t.require("Datum").type, ColumnType::Date);
        QCOMPARE(t.require("Datum").numbers[0], 19447.0); // 31.03.2023
        QCOMPARE(t.require("Stadt").cellText(1), std::string("K\xC3\xB6ln"));
    }

    // ---- the shared public datasets ----

    void wholesaleCustomers()
    {
        const Table t = readCsv(SEG_SHARED_DATA_DIR "/wholesale/Wholesale customers data.csv");
        QCOMPARE(t.rowCount, std::size_t(440));
        QCOMPARE(t.columns.size(), std::size_t(8));
        for (const Column &c : t.columns) {
            QCOMPARE_TYPE(c.type, ColumnType::Integer);
            QCOMPARE(c.missingCount(), std::size_t(0));
        }
        QVERIFY(t.warnings.empty());
        // Column totals published in SOURCE.md (UCI means × 440).
        QCOMPARE(sum(t.require("Fresh")), 5280131.0);
        QCOMPARE(sum(t.require("Milk")), 2550357.0);
        QCOMPARE(sum(t.require("Grocery")), 3498562.0);
        QCOMPARE(sum(t.require("Frozen")), 1351650.0);
        QCOMPARE(sum(t.require("Detergents_Paper")), 1267857.0);
        QCOMPARE(sum(t.require("Delicassen")), 670943.0);
        // Channel counts 298 / 142 from the UCI description (SOURCE.md).
        const Column &channel = t.require("Channel");
        QCOMPARE(std::count(channel.numbers.begin(), channel.numbers.end(), 1.0), 298L);
        QCOMPARE(channel.numbers.back(), 1.0); // the last row has no newline after it
    }

    void onlineRetailSample()
    {
        const Table t = readCsv(SEG_SHARED_DATA_DIR "/online_retail/online_retail_sample.csv");
        QCOMPARE(t.rowCount, std::size_t(20000));
        QCOMPARE(t.columns.size(), std::size_t(8));
        // Figures from SOURCE.md.
        const Column &customer = t.require("CustomerID");
        QCOMPARE_TYPE(customer.type, ColumnType::Integer);
        QCOMPARE(customer.missingCount(), std::size_t(5078));
        const Column &date = t.require("InvoiceDate");
        QCOMPARE_TYPE(date.type, ColumnType::Date);
        // 2010-12-01 08:34 ... 2011-12-09 12:50; day numbers 14944 and 15317 from Python's datetime.
        QCOMPARE(*std::min_element(date.numbers.begin(), date.numbers.end()),
                 14944.0 + (8 * 60 + 34) / 1440.0);
        QCOMPARE(*std::max_element(date.numbers.begin(), date.numbers.end()),
                 15317.0 + (12 * 60 + 50) / 1440.0);
        QCOMPARE(date.cellText(0), std::string("2011-03-10T16:16:00"));
        const Column &country = t.require("Country");
        QCOMPARE_TYPE(country.type, ColumnType::Categorical);
        QCOMPARE(country.levels.size(), std::size_t(35));
        const Column &quantity = t.require("Quantity");
        QCOMPARE_TYPE(quantity.type, ColumnType::Integer);
        QCOMPARE(
            std::count_if(quantity.numbers.begin(), quantity.numbers.end(), [](double q) { return q < 0; }),
            398L);
        // Total quantity 192,994 computed with pandas.read_csv on the same file.
        QCOMPARE(sum(quantity), 192994.0);
        const Column &price = t.require("UnitPrice");
        QCOMPARE_TYPE(price.type, ColumnType::Real);
        QCOMPARE(std::count(price.numbers.begin(), price.numbers.end(), 0.0), 90L);
        // InvoiceNo is numeric except the 350 cancellations ("C..."): text, with a warning.
        const Column &invoice = t.require("InvoiceNo");
        QCOMPARE_TYPE(invoice.type, ColumnType::Identifier);
        std::size_t cancellations = 0;
        for (std::size_t r = 0; r < t.rowCount; ++r)
            cancellations += invoice.cellText(r).rfind('C', 0) == 0 ? 1 : 0;
        QCOMPARE(cancellations, std::size_t(350));
        QCOMPARE(invoice.cellText(0), std::string("546306"));
        bool warned = false;
        for (const std::string &w : t.warnings)
            warned = warned || w.find("'InvoiceNo' mixes numbers and text") != std::string::npos;
        QVERIFY(warned);
        // With CustomerID as the id column, the missing ids are an error naming rows.
        const Error e = requireError(
            [] {
                readCsv(SEG_SHARED_DATA_DIR "/online_retail/online_retail_sample.csv", withId("CustomerID"));
            },
            ErrorKind::InvalidData);
        QVERIFY(containsOrWarn(e.detail(), "the customer id is missing in 5078 rows: 2, "));
    }
};

QTEST_APPLESS_MAIN(TestCsvReader)
#include "test_csv_reader.moc"
