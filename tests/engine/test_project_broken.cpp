// Broken and hostile project files: each kind gives its own clear seg::Error(Io), never a crash,
// a hang or an unbounded allocation.

#include "engine/project/project.h"

#include "engine/core/error.h"
#include "engine/project/archive.h"
#include "tests/support/engine_fixtures.h"
#include "tests/support/project_fixtures.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <fstream>
#include <random>

using namespace seg;
using namespace seg::test;

namespace {

std::string fixturePath()
{
    return std::string(SEG_TEST_DATA_DIR) + "/project_v1.segscope";
}

void writeBytes(const std::string &path, const std::string &bytes)
{
    std::ofstream(path, std::ios::binary | std::ios::trunc).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

/// A copy of the fixture in `dir` changed by `sql` (run by SQLite), and its path.
std::string changedCopy(const QTemporaryDir &dir, const std::string &sql)
{
    const std::string path = dir.filePath(QStringLiteral("changed.segscope")).toStdString();
    writeBytes(path, readAll(fixturePath()));
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.c_str(), &db) != SQLITE_OK || sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
        qFatal("cannot change the copy: %s", sqlite3_errmsg(db));
    sqlite3_close(db);
    return path;
}

std::string openError(const std::string &path)
{
    const Error e = requireError([&] { openProject(path); });
    if (e.kind() != ErrorKind::Io)
        return std::string("WRONG KIND: ") + e.what();
    return e.what();
}

std::string bytesError(const std::string &bytes)
{
    const Error e = requireError([&] { openProjectBytes(bytes, "p.segscope"); });
    if (e.kind() != ErrorKind::Io)
        return std::string("WRONG KIND: ") + e.what();
    return e.what();
}

void setField(std::string &bytes, std::size_t offset, std::uint32_t value)
{
    for (int i = 0; i < 4; ++i)
        bytes[offset + static_cast<std::size_t>(i)] = static_cast<char>((value >> (24 - 8 * i)) & 0xff);
}

} // namespace

class TestProjectBroken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filesThatAreNotDatabases()
    {
        QCOMPARE(bytesError(""), std::string("p.segscope: not a SegmentScope project: the file is not an SQLite "
                                              "database (it is empty)"));
        QCOMPARE(bytesError("id,segment\n1,2\n"),
                 std::string("p.segscope: not a SegmentScope project: the file is not an SQLite database"));
        QVERIFY(containsOrWarn(openError("/nonexistent/p.segscope"), "cannot open the project: No such file"));
        QTemporaryDir dir;
        QVERIFY(containsOrWarn(openError(dir.path().toStdString()), "cannot open the project: it is a folder"));
    }

    void truncatedFiles()
    {
        const std::string bytes = readAll(fixturePath());
        // Whole pages of the size the SQLite header records (bytes 16-17, big-endian; 1 = 65536).
        const std::size_t pageSize = (std::size_t(static_cast<unsigned char>(bytes[16])) << 8)
                                     | static_cast<unsigned char>(bytes[17]);
        QCOMPARE(bytes.size() % (pageSize == 1 ? 65536 : pageSize), std::size_t(0));
        QCOMPARE(bytesError(bytes.substr(0, 100)),
                 std::string("p.segscope: the project file is damaged: it is truncated (100 bytes, shorter than one "
                             "database page)"));
        QCOMPARE(bytesError(bytes.substr(0, 8192)), "p.segscope: the project file is damaged: it is truncated (8192 bytes of "
                                                        + std::to_string(bytes.size()) + ")");
        // Cut anywhere: an I/O error every time.
        for (std::size_t n = 0; n < bytes.size(); n += 1531)
            QVERIFY2(!contains(bytesError(bytes.substr(0, n)), "WRONG KIND"), std::to_string(n).c_str());
    }

    void foreignDatabasesAndNewerVersions()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("other.db")).toStdString();
        sqlite3 *db = nullptr;
        sqlite3_open(path.c_str(), &db);
        sqlite3_exec(db, "CREATE TABLE customers(id, spend); INSERT INTO customers VALUES(1, 2.5);", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        QCOMPARE(openError(path), path + ": not a SegmentScope project: an SQLite database of another program "
                                         "(application_id 0x00000000, a project has 0x53675363)");
        std::string bytes = readAll(fixturePath());
        setField(bytes, 60, 2);
        QCOMPARE(bytesError(bytes), std::string("p.segscope: the project was written by a newer SegmentScope: its format "
                                                "version is 2, this version reads format versions up to 1; open it "
                                                "with a newer SegmentScope"));
        setField(bytes, 60, 0);
        QVERIFY(containsOrWarn(bytesError(bytes), "format version 0 was never written"));
    }

    void missingTablesAndColumns()
    {
        QTemporaryDir dir;
        QCOMPARE(openError(changedCopy(dir, "DROP TABLE view_state")),
                 dir.filePath(QStringLiteral("changed.segscope")).toStdString()
                     + ": the project file is damaged: it has no table 'view_state'");
        // A view posing as a table (here one that never ends) is no table.
        QVERIFY(containsOrWarn(openError(changedCopy(dir, "DROP TABLE runs; CREATE VIEW runs AS WITH RECURSIVE "
                                                          "n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i AS id FROM n")),
                               "it has no table 'runs'"));
        QVERIFY(containsOrWarn(openError(changedCopy(dir, "ALTER TABLE runs DROP COLUMN annotation")),
                               "the project file is damaged: table 'runs' cannot be read: no such column: annotation"));
        // Rows without a stored column would be rows of nothing, however many.
        QVERIFY(containsOrWarn(openError(changedCopy(dir, "UPDATE columns SET stored = 0, personal = 1, data = NULL; "
                                                          "UPDATE meta SET value = '1000000000000' WHERE key = 'row_count'")),
                               "it has 1000000000000 rows but no stored column"));
        QVERIFY(containsOrWarn(openError(changedCopy(dir, "DELETE FROM meta WHERE key = 'fingerprint'")),
                               "table 'meta' has no 'fingerprint'"));
    }

    void valuesOfTheWrongType()
    {
        QTemporaryDir dir;
        QVERIFY(containsOrWarn(openError(changedCopy(dir, "UPDATE runs SET model = 'x' WHERE id = 1")),
                               "the project file is damaged: table 'runs', row 1, column 'model': expected a blob, found text"));
        QVERIFY(containsOrWarn(openError(changedCopy(dir, "UPDATE columns SET data = 3 WHERE position = 1")),
                               "table 'columns', row 2, column 'data': expected a blob, found a whole number"));
        QVERIFY(containsOrWarn(openError(changedCopy(dir, "UPDATE columns SET type = 'complex' WHERE position = 1")),
                               "column 'type': unknown column type 'complex'"));
        QVERIFY(containsOrWarn(openError(changedCopy(dir, "UPDATE meta SET value = 'many' WHERE key = 'row_count'")),
                               "table 'meta', 'row_count' is 'many', expected a whole number from 0 to 1099511627776"));
        QVERIFY(containsOrWarn(openError(changedCopy(dir, "UPDATE runs SET metrics = '{' WHERE id = 2")),
                               "table 'runs', row 2, column 'metrics': invalid JSON"));
        // Texts must be UTF-8 (they go on into JSON, CSV and messages).
        QVERIFY(containsOrWarn(openError(changedCopy(dir, "UPDATE segment_names SET name = CAST(x'c328' AS TEXT) "
                                                          "WHERE segment_key = 0")),
                               "table 'segment_names', row 1, column 'name': the text is not valid UTF-8"));
        QVERIFY(containsOrWarn(openError(changedCopy(dir, "UPDATE meta SET value = '9' WHERE key = 'current_run'")),
                               "its current run 9 does not exist"));
    }

    void absurdLengthsAreRefusedBeforeAllocating()
    {
        QTemporaryDir dir;
        // A trillion rows: every cell takes a byte, so the stored bytes cannot hold them.
        QVERIFY(containsOrWarn(openError(changedCopy(dir, "UPDATE meta SET value = '1000000000000' WHERE key = 'row_count'")),
                               "cannot hold 1000000000000 cells"));
        QVERIFY(containsOrWarn(openError(changedCopy(dir, "UPDATE runs SET assignments_size = 1000000000000000 WHERE id = 1")),
                               "run 1 assignments: it claims 1000000000000000 bytes from"));
        QVERIFY(containsOrWarn(openError(changedCopy(dir, "UPDATE columns SET raw_size = raw_size + 1 WHERE position = 2")),
                               "the compressed data is shorter than recorded"));
        // A model archive whose warning text claims 2^62 bytes.
        Project project = sampleProject();
        Segmentation s = project.runs[0].segmentation;
        s.warnings = {"MARKER-WARNING"};
        std::string archive = saveSegmentationArchive(s);
        const std::uint64_t huge = std::uint64_t {1} << 62;
        std::memcpy(archive.data() + archive.find("MARKER-WARNING") - 8, &huge, 8);
        std::string hexArchive;
        for (const char c : archive) {
            char b[3];
            std::snprintf(b, sizeof b, "%02x", static_cast<unsigned char>(c));
            hexArchive += b;
        }
        QVERIFY(containsOrWarn(openError(changedCopy(dir, "UPDATE runs SET model = x'" + hexArchive + "' WHERE id = 1")),
                               "run 1 model: a text length of 4611686018427387904 is more than the archive can hold"));
    }

    void damagedBytes()
    {
        QTemporaryDir dir;
        QVERIFY(containsOrWarn(openError(changedCopy(dir, "UPDATE columns SET content_hash = '0000000000000000' "
                                                          "WHERE position = 1")),
                               "column 'sessions': its content hash does not match"));
        QVERIFY(containsOrWarn(openError(changedCopy(dir, "UPDATE columns SET data = zeroblob(40) WHERE position = 1")),
                               "column 'sessions'"));
        // Also when the damaged column is not one the program asked to decode.
        const std::string damaged = changedCopy(dir, "UPDATE columns SET data = zeroblob(40) WHERE position = 1");
        const Error partial = requireError([&] { openProject(damaged, ProjectOpenOptions {std::vector<std::string> {}}); });
        QVERIFY(partial.kind() == ErrorKind::Io);
        QVERIFY(containsOrWarn(partial.what(), "column 'sessions'"));
        // A run whose model does not fit its data.
        QVERIFY(containsOrWarn(openError(changedCopy(dir, "UPDATE columns SET name = 'visits' WHERE name = 'sessions'")),
                               "its data does not match its fingerprint"));
        // Bytes flipped anywhere: opened or refused with an I/O error, never anything else.
        const std::string bytes = readAll(fixturePath());
        std::mt19937_64 random(11);
        int refused = 0;
        for (int trial = 0; trial < 300; ++trial) {
            std::string flipped = bytes;
            const std::size_t at = 100 + random() % (bytes.size() - 100);
            flipped[at] = static_cast<char>(flipped[at] ^ static_cast<char>(1 + random() % 255));
            try {
                openProjectBytes(flipped, "p.segscope");
            } catch (const Error &e) {
                QVERIFY2(e.kind() == ErrorKind::Io, e.what());
                ++refused;
            }
        }
        QVERIFY(refused > 0);
    }
};

QTEST_GUILESS_MAIN(TestProjectBroken)
#include "test_project_broken.moc"
