// Every input in tests/fuzz/regressions/<target>/ (what fuzzing once found) and in
// tests/fuzz/corpus/<target>/ (the seeds) through the same entry as the libFuzzer program
// tests/fuzz/fuzz_<target>: each must be accepted or rejected with seg::Error, never crash, throw
// anything else or break a property the entry checks (that aborts). So the regression corpus runs
// in every CI build, without clang. Inputs listed in tests/fuzz/regressions/KNOWN.md are found
// faults whose fix has not landed yet: they are skipped, with the reason given there.

#include "engine/core/error.h"
#include "engine/data/sqlite_reader.h"
#include "engine/project/project.h"
#include "tests/fuzz/csv_entry.h"
#include "tests/fuzz/feature_spec_entry.h"
#include "tests/fuzz/loader_entry.h"
#include "tests/fuzz/pipeline_entry.h"
#include "tests/fuzz/project_entry.h"
#include "tests/fuzz/score_request_entry.h"
#include "tests/fuzz/sqlite_entry.h"
#include "tests/fuzz/transactions_entry.h"

#include <QTest>

#include <algorithm>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

using Entry = void (*)(const std::uint8_t *, std::size_t);

const std::map<std::string, Entry> &entries()
{
    static const std::map<std::string, Entry> map {
        {"csv", &seg::fuzz::runCsv},         {"feature_spec", &seg::fuzz::runFeatureSpec},
        {"sqlite", &seg::fuzz::runSqlite},   {"loader", &seg::fuzz::runLoader},
        {"pipeline", &seg::fuzz::runPipeline}, {"project", &seg::fuzz::runProject},
        {"score_request", &seg::fuzz::runScoreRequest}, {"transactions", &seg::fuzz::runTransactions},
    };
    return map;
}

const fs::path kFuzzDir = SEG_FUZZ_DIR;

std::vector<fs::path> filesIn(const fs::path &dir)
{
    std::vector<fs::path> files;
    if (fs::is_directory(dir))
        for (const fs::directory_entry &e : fs::directory_iterator(dir))
            if (e.is_regular_file() && e.path().filename().string().front() != '.')
                files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTargetHasSeeds()
    {
        for (const auto &[target, entry] : entries())
            QVERIFY2(!filesIn(kFuzzDir / "corpus" / target).empty(), target.c_str());
        // Every regression belongs to a target.
        for (const fs::directory_entry &e : fs::directory_iterator(kFuzzDir / "regressions"))
            if (e.is_directory())
                QVERIFY2(entries().count(e.path().filename().string()), e.path().c_str());
    }

    void damagedRecordIsNotOutOfMemory()
    {
        // SQLite says "out of memory" stepping over a corrupt record of this 14 KB project (so
        // does the sqlite3 shell): a damaged file (exit 4), not the machine (exit 1).
        const fs::path path = kFuzzDir / "regressions" / "project" / "meta-record-sqlite-out-of-memory.segscope";
        try {
            (void)seg::openProject(path.string());
            QFAIL("the damaged project opened");
        } catch (const seg::Error &e) {
            QCOMPARE(e.kind(), seg::ErrorKind::Io);
            QCOMPARE(e.detail(), std::string("the project file is damaged: table 'meta' cannot be read: SQLite ran out "
                                             "of memory reading it, as it does on some damaged files"));
        }
        // The same file as a database of customers.
        try {
            (void)seg::readSqliteTable(path.string(), "meta");
            QFAIL("the damaged table was read");
        } catch (const seg::Error &e) {
            QCOMPARE(e.kind(), seg::ErrorKind::Io);
            QCOMPARE(e.detail(), std::string("cannot read the database: SQLite ran out of memory reading it, as it "
                                             "does on some damaged files (check it with: sqlite3 FILE 'PRAGMA "
                                             "integrity_check')"));
        }
    }

    void inputs_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("file");
        for (const char *kind : {"regressions", "corpus"})
            for (const auto &[target, entry] : entries())
                for (const fs::path &file : filesIn(kFuzzDir / kind / target)) {
                    const std::string row = std::string(kind) + "/" + target + "/" + file.filename().string();
                    QTest::newRow(row.c_str()) << QString::fromStdString(target)
                                               << QString::fromStdString(file.string());
                }
    }

    void inputs()
    {
        QFETCH(QString, target);
        QFETCH(QString, file);
        const fs::path path = file.toStdString();
        std::ifstream in(path, std::ios::binary);
        QVERIFY(in);
        const std::string bytes {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        const Entry entry = entries().at(target.toStdString());
        try {
            entry(reinterpret_cast<const std::uint8_t *>(bytes.data()), bytes.size());
        } catch (const seg::Error &) {
            // a clean rejection
        } catch (const std::exception &e) {
            QFAIL((std::string("threw something other than seg::Error: ") + e.what()).c_str());
        } catch (...) {
            QFAIL("threw something other than a std::exception");
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "test_fuzz_regressions.moc"
