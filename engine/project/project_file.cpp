// The .segscope file: one SQLite database, built in memory and written atomically on save, read
// from memory on open. Tables, versions and the migration rule: docs/projects.md.

#include "engine/project/project.h"

#include "engine/cluster/clustering.h"
#include "engine/core/error.h"
#include "engine/core/parallel.h"
#include "engine/data/cell_parsers.h"
#include "engine/data/column_roles.h"
#include "engine/io/atomic_file.h"
#include "engine/prep/feature_spec.h"
#include "engine/project/archive.h"
#include "engine/project/byte_codec.h"
#include "engine/project/project_internal.h"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <memory>
#include <set>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace seg {

namespace {

/// A database image that SQLite allocated (sqlite3_malloc64, sqlite3_serialize), freed with sqlite3_free.
struct SqliteFree
{
    void operator()(unsigned char *p) const { sqlite3_free(p); }
};
using SqliteImage = std::unique_ptr<unsigned char, SqliteFree>;

// The tables of format version 1. A later version adds tables or columns through a migration
// (kMigrations), never changes these.
constexpr const char *kSchema = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE columns(position INTEGER PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, role TEXT NOT NULL,
  role_reason TEXT NOT NULL, personal INTEGER NOT NULL, stored INTEGER NOT NULL, raw_size INTEGER,
  content_hash TEXT, data BLOB);
CREATE TABLE runs(id INTEGER PRIMARY KEY, created_at TEXT NOT NULL, engine_version TEXT NOT NULL,
  algorithm TEXT NOT NULL, k INTEGER NOT NULL, seed TEXT NOT NULL, params TEXT NOT NULL,
  outlier_threshold REAL NOT NULL, metrics TEXT NOT NULL, annotation TEXT NOT NULL, spec TEXT NOT NULL,
  segment_keys TEXT NOT NULL, model BLOB NOT NULL, assignments_size INTEGER NOT NULL, assignments BLOB NOT NULL);
CREATE TABLE segment_names(segment_key INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE documents(kind TEXT NOT NULL, key TEXT NOT NULL, version INTEGER NOT NULL, data BLOB NOT NULL,
  PRIMARY KEY(kind, key));
CREATE TABLE view_state(key TEXT PRIMARY KEY, value TEXT NOT NULL);
)sql";

constexpr const char *kTables[] = {"meta", "columns", "runs", "segment_names", "documents", "view_state"};

/// One step from format version `from` to from + 1, run in a transaction on the in-memory copy
/// of an older file when it is opened. Append only: a released step never changes.
struct Migration
{
    int from;
    std::function<void(sqlite3 *)> apply;
};
const std::vector<Migration> kMigrations = {};

// Test hook: SEG_PROJECT_SAVE_KILL_AT=STAGE kills the saving process at that stage of every save
// (tests/engine/test_project_save_kill.cpp); stages are listed in docs/projects.md.
void saveStage(const char *stage)
{
    static const char *target = std::getenv("SEG_PROJECT_SAVE_KILL_AT");
    if (target && std::strcmp(target, stage) == 0)
        std::raise(SIGKILL);
}

class Database
{
public:
    Database(const std::string &file) : m_file(file)
    {
        if (sqlite3_open_v2(":memory:", &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                            nullptr)
            != SQLITE_OK) {
            sqlite3_close(m_db);
            throw std::bad_alloc();
        }
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
        sqlite3_limit(m_db, SQLITE_LIMIT_LENGTH, 1 << 30);
    }
    ~Database() { sqlite3_close(m_db); }
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    sqlite3 *handle() const { return m_db; }
    const std::string &file() const { return m_file; }

    /// From here on the database holds the image of a file being opened.
    void holdFileImage() { m_fileImage = true; }

    [[noreturn]] void fail(const std::string &what) const
    {
        const int code = sqlite3_errcode(m_db);
        std::string detail = fillIn(Text::tr("%1: %2", "what failed: SQLite's reason"), what, sqlite3_errmsg(m_db));
        if (code == SQLITE_INTERRUPT)
            detail = fillIn(Text::tr("%1: reading it takes too long (a damaged or hostile file)"), what);
        // Reading a damaged image, SQLite reports running out of memory for some corrupt records
        // (the sqlite3 shell says the same of such a file): the file's fault, not the machine's.
        if (code == SQLITE_NOMEM && !m_fileImage)
            throw std::bad_alloc();
        if (code == SQLITE_NOMEM)
            detail = fillIn(Text::tr("%1: SQLite ran out of memory reading it, as it does on some damaged files"),
                            what);
        throw Error(ErrorKind::Io, detail, ErrorLocation {m_file, -1, {}});
    }
    void exec(const char *sql, const std::string &what)
    {
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            fail(what);
    }

private:
    std::string m_file;
    sqlite3 *m_db = nullptr;
    bool m_fileImage = false;
};

class Statement
{
public:
    Statement(Database &db, const std::string &sql, std::string table) : m_db(db), m_table(std::move(table))
    {
        if (sqlite3_prepare_v2(db.handle(), sql.c_str(), static_cast<int>(sql.size()), &m_stmt, nullptr) != SQLITE_OK)
            db.fail(fillIn(Text::tr("the project file is damaged: table '%1' cannot be read"), m_table));
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Writing.
    void bind(int i, std::string_view text)
    {
        // Copied: callers pass temporaries.
        sqlite3_bind_text64(m_stmt, i, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    /// Not copied: `bytes` must live until insert().
    void bindBlob(int i, std::string_view bytes)
    {
        sqlite3_bind_blob64(m_stmt, i, bytes.empty() ? "" : bytes.data(), bytes.size(), SQLITE_STATIC);
    }
    void bind(int i, std::int64_t v) { sqlite3_bind_int64(m_stmt, i, v); }
    void bind(int i, double v) { sqlite3_bind_double(m_stmt, i, v); }
    void bindNull(int i) { sqlite3_bind_null(m_stmt, i); }
    void insert()
    {
        if (sqlite3_step(m_stmt) != SQLITE_DONE)
            m_db.fail(fillIn(Text::tr("cannot write table '%1'"), m_table));
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }

    // Reading: next() and typed cells that name the table, row and column of a wrong type.
    bool next()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW) {
            ++m_row;
            return true;
        }
        if (rc != SQLITE_DONE)
            m_db.fail(fillIn(Text::tr("the project file is damaged: table '%1' cannot be read"), m_table));
        return false;
    }
    bool isNull(int i) const { return sqlite3_column_type(m_stmt, i) == SQLITE_NULL; }
    std::string text(int i) const
    {
        expect(i, SQLITE_TEXT);
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i));
        std::string text(p ? p : "", static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, i)));
        if (findInvalidUtf8(reinterpret_cast<const unsigned char *>(text.data()), text.size()) != text.size())
            damaged(i, Text::tr("the text is not valid UTF-8"));
        return text;
    }
    std::int64_t integer(int i) const
    {
        expect(i, SQLITE_INTEGER);
        return sqlite3_column_int64(m_stmt, i);
    }
    double real(int i) const
    {
        if (sqlite3_column_type(m_stmt, i) == SQLITE_INTEGER)
            return static_cast<double>(sqlite3_column_int64(m_stmt, i));
        expect(i, SQLITE_FLOAT);
        return sqlite3_column_double(m_stmt, i);
    }
    std::string_view blob(int i) const
    {
        expect(i, SQLITE_BLOB);
        const void *p = sqlite3_column_blob(m_stmt, i);
        return {static_cast<const char *>(p), static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, i))};
    }
    [[noreturn]] void damaged(int i, const std::string &problem) const
    {
        throw Error(ErrorKind::Io,
                    fillIn(Text::tr("the project file is damaged: table '%1', row %2, column '%3': %4"), m_table,
                           m_row, sqlite3_column_name(m_stmt, i), problem),
                    ErrorLocation {m_db.file(), -1, {}});
    }

private:
    /// What a message calls an SQLite value type.
    static std::string typeName(int type)
    {
        switch (type) {
        case SQLITE_INTEGER: return Text::tr("a whole number", "an SQLite value type");
        case SQLITE_FLOAT: return Text::tr("a number", "an SQLite value type");
        case SQLITE_TEXT: return Text::tr("text", "an SQLite value type");
        case SQLITE_BLOB: return Text::tr("a blob", "an SQLite value type");
        case SQLITE_NULL: return "NULL";
        }
        return "";
    }

    void expect(int i, int type) const
    {
        const int actual = sqlite3_column_type(m_stmt, i);
        if (actual != type)
            damaged(i, fillIn(Text::tr("expected %1, found %2"), typeName(type), typeName(actual)));
    }

    Database &m_db;
    std::string m_table;
    sqlite3_stmt *m_stmt = nullptr;
    std::int64_t m_row = 0;
};

nlohmann::json number(double v)
{
    return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr);
}

nlohmann::json optionsJson(const ClusteringOptions &options)
{
    return std::visit(
        [](const auto &o) -> nlohmann::json {
            using T = std::decay_t<decltype(o)>;
            if constexpr (std::is_same_v<T, KMeansOptions>)
                return {{"k", o.k},
                        {"n_init", o.nInit},
                        {"max_iter", o.maxIter},
                        {"tol", o.tol},
                        {"seed", o.seed},
                        {"restart_sample", o.restartSampleRows},
                        {"method", o.method == KMeansMethod::Lloyd ? "lloyd" : "hamerly"}};
            else if constexpr (std::is_same_v<T, WardOptions>)
                return {{"k", o.k}, {"exact_limit", o.exactLimit}, {"micro_clusters", o.microClusters}, {"seed", o.seed}};
            else if constexpr (std::is_same_v<T, DbscanOptions>)
                return {{"eps", o.eps}, {"min_samples", o.minSamples}};
            else if constexpr (std::is_same_v<T, HdbscanOptions>)
                return {{"min_cluster_size", o.minClusterSize}, {"min_samples", o.minSamples}};
            else if constexpr (std::is_same_v<T, ConsensusClusteringOptions>) {
                nlohmann::json algorithms = nlohmann::json::array();
                for (const Algorithm a : o.algorithms)
                    algorithms.push_back(std::string(algorithmName(a)));
                return {{"k", o.k},
                        {"algorithms", algorithms},
                        {"runs_per_algorithm", o.runsPerMember},
                        {"resampling", o.resampling == Resampling::Bootstrap ? "bootstrap" : "subsample"},
                        {"fraction", o.fraction},
                        {"fit_rows", o.maxFitRows},
                        {"sample", o.sampleRows},
                        {"seed", o.seed}};
            } else if constexpr (std::is_same_v<T, MiniBatchKMeansOptions>)
                return {{"k", o.k},
                        {"batch_size", o.batchSize},
                        {"max_epochs", o.maxEpochs},
                        {"tol", o.tol},
                        {"reassignment_ratio", o.reassignmentRatio},
                        {"n_init", o.nInit},
                        {"start_sample", o.startSampleRows},
                        {"seed", o.seed}};
            else
                return {{"k", o.k},
                        {"covariance", o.covariance == CovarianceType::Full ? "full" : "diagonal"},
                        {"n_init", o.nInit},
                        {"max_iter", o.maxIter},
                        {"tol", o.tol},
                        {"regularization", o.regularization},
                        {"seed", o.seed}};
        },
        options);
}

ColumnType parseColumnType(std::string_view name, const Statement &row, int i)
{
    for (const ColumnType t : {ColumnType::Integer, ColumnType::Real, ColumnType::Boolean, ColumnType::Date,
                               ColumnType::Categorical, ColumnType::Identifier})
        if (toString(t) == name)
            return t;
    row.damaged(i, fillIn(Text::tr("unknown column type '%1'"), name));
}

ColumnRole roleOf(const std::string &name, const Statement &row, int i)
{
    try {
        return parseColumnRole(name);
    } catch (const Error &) {
        row.damaged(i, fillIn(Text::tr("unknown column role '%1'"), name));
    }
}

// Reads the header fields SQLite keeps at fixed offsets (big-endian), before SQLite sees the bytes.
std::uint32_t headerField(std::string_view bytes, std::size_t offset)
{
    return std::uint32_t(std::uint8_t(bytes[offset])) << 24 | std::uint32_t(std::uint8_t(bytes[offset + 1])) << 16
           | std::uint32_t(std::uint8_t(bytes[offset + 2])) << 8 | std::uint32_t(std::uint8_t(bytes[offset + 3]));
}

[[noreturn]] void refuse(const std::string &file, const std::string &detail)
{
    throw Error(ErrorKind::Io, detail, ErrorLocation {file, -1, {}});
}

int checkHeader(std::string_view bytes, const std::string &file)
{
    static constexpr char kMagic[] = "SQLite format 3";
    if (bytes.size() < 16 || std::memcmp(bytes.data(), kMagic, 16) != 0)
        refuse(file, bytes.empty()
                         ? Text::tr("not a SegmentScope project: the file is not an SQLite database (it is empty)")
                         : Text::tr("not a SegmentScope project: the file is not an SQLite database"));
    if (bytes.size() < 512)
        refuse(file, fillIn(Text::tr("the project file is damaged: it is truncated (%1 bytes, shorter than one "
                                     "database page)"),
                            bytes.size()));
    const std::uint32_t applicationId = headerField(bytes, 68);
    if (applicationId != static_cast<std::uint32_t>(kProjectApplicationId)) {
        char id[16];
        std::snprintf(id, sizeof id, "0x%08x", applicationId);
        refuse(file, fillIn(Text::tr("not a SegmentScope project: an SQLite database of another program "
                                     "(application_id %1, a project has 0x53675363)"),
                            id));
    }
    const std::uint32_t version = headerField(bytes, 60);
    if (version > static_cast<std::uint32_t>(kProjectFormatVersion))
        refuse(file, fillIn(Text::tr("the project was written by a newer SegmentScope: its format version is %1, "
                                     "this version reads format versions up to %2; open it with a newer "
                                     "SegmentScope"),
                            version, kProjectFormatVersion));
    if (version < 1)
        refuse(file, Text::tr("not a SegmentScope project: format version 0 was never written"));
    // The page count at offset 28 is checked by SQLite against the size where it can be trusted;
    // a file shorter than its pages is damaged or was cut off while copying.
    const std::uint32_t pageSizeField = headerField(bytes, 16) >> 16;
    const std::uint64_t pageSize = pageSizeField == 1 ? 65536 : pageSizeField;
    const std::uint64_t pages = headerField(bytes, 28);
    if (pageSize >= 512 && pages > 0 && headerField(bytes, 24) == headerField(bytes, 92)
        && pages * pageSize > bytes.size())
        refuse(file, fillIn(Text::tr("the project file is damaged: it is truncated (%1 bytes of %2)"), bytes.size(),
                            pages * pageSize));
    return static_cast<int>(version);
}

std::string metaValue(const std::map<std::string, std::string> &meta, const char *key, const std::string &file)
{
    const auto it = meta.find(key);
    if (it == meta.end())
        refuse(file, fillIn(Text::tr("the project file is damaged: table 'meta' has no '%1'"), key));
    return it->second;
}

std::int64_t metaInteger(const std::map<std::string, std::string> &meta, const char *key, const std::string &file,
                         std::int64_t min, std::int64_t max)
{
    const std::string text = metaValue(meta, key, file);
    errno = 0;
    char *end = nullptr;
    const long long v = std::strtoll(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || errno != 0 || v < min || v > max)
        refuse(file, fillIn(Text::tr("the project file is damaged: table 'meta', '%1' is '%2', expected a whole "
                                     "number from %3 to %4"),
                            key, text, min, max));
    return v;
}

nlohmann::json parseJson(const std::string &text, const Statement &row, int column)
{
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception &e) {
        row.damaged(column, fillIn(Text::tr("invalid JSON (%1)"), e.what()));
    }
}

void validateRun(const ProjectRun &run, const Project &project, const std::string &file)
{
    const auto bad = [&](const std::string &problem) {
        refuse(file, fillIn(Text::tr("the project file is damaged: run %1: %2"), run.id, problem));
    };
    const Segmentation &s = run.segmentation;
    const ClusteringResult &c = s.clustering;
    const auto d = static_cast<Eigen::Index>(s.transform.dimension());
    if (c.centers.rows() != c.clusterCount || (c.clusterCount > 0 && c.centers.cols() != d))
        bad(Text::tr("its centres are not one per segment in the features' dimension"));
    if (const auto *m = std::get_if<NearestCentroidModel>(&c.model); m && !sameMatrix(m->centroids, c.centers))
        bad(Text::tr("its model's centres differ from its centres"));
    if (const auto *m = std::get_if<GaussianMixtureModel>(&c.model); m && !sameMatrix(m->means, c.centers))
        bad(Text::tr("its mixture's means differ from its centres"));
    if (const auto *m = std::get_if<CorePointModel>(&c.model); m && !sameMatrix(m->centers, c.centers))
        bad(Text::tr("its core-point model's centres differ from its centres"));
    if (!c.memberships.empty() && c.memberships.size() != c.labels.size())
        bad(Text::tr("its memberships are not one per customer"));
    if (c.scoreKind == ScoreKind::None ? !c.scores.empty() : c.scores.size() != c.labels.size())
        bad(Text::tr("its scores are not one per customer"));
    if (s.outlierCount > s.rows.size())
        bad(Text::tr("it sets aside more customers than it segments"));
    if (algorithmOf(s.options) != c.algorithm)
        bad(Text::tr("its options are for another algorithm"));
    const ColumnIndex columns(*project.table);
    for (const FittedFeature &f : s.transform.features)
        if (!columns.find(f.column))
            bad(fillIn(Text::tr("its feature '%1' needs the column '%2', which the project does not hold"), f.name,
                       f.column));
}

} // namespace

namespace {

/// The project file's bytes, in the buffer SQLite made them in.
std::pair<SqliteImage, std::size_t> projectImage(Project &project)
{
    if (!project.encodedColumns || project.encodedColumns->size() != project.table->columns.size())
        encodeProjectColumns(project);
    saveStage("encoded");
    Database db(Text::tr("(new project)"));
    // Large data in large pages (the columns are a few large blobs, which then take few overflow
    // pages); small projects in small ones, as every table takes at least one page.
    std::size_t dataBytes = 0;
    for (const EncodedColumn &e : *project.encodedColumns)
        dataBytes += e.data.size();
    const std::string setup = std::string("PRAGMA page_size=") + (dataBytes > (8u << 20) ? "65536" : dataBytes > (256u << 10) ? "4096" : "1024")
                              + "; PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;";
    db.exec(setup.c_str(), Text::tr("cannot make the project"));
    const std::string pragmas = "PRAGMA application_id=" + std::to_string(kProjectApplicationId)
                                + "; PRAGMA user_version=" + std::to_string(kProjectFormatVersion) + ";";
    db.exec(pragmas.c_str(), Text::tr("cannot make the project"));
    db.exec("BEGIN", Text::tr("cannot make the project"));
    db.exec(kSchema, Text::tr("cannot make the project"));

    {
        Statement meta(db, "INSERT INTO meta(key, value) VALUES(?, ?)", "meta");
        nlohmann::json warnings = project.table->warnings;
        nlohmann::json jumps = nlohmann::json::array();
        for (const auto &[index, row] : project.table->rowNumberJumps)
            jumps.push_back({index, row});
        const std::pair<const char *, std::string> entries[] = {
            {"format_version", std::to_string(kProjectFormatVersion)},
            {"app_version", project.savedByVersion},
            {"engine_version", SEG_VERSION},
            {"created_at", project.createdAt},
            {"saved_at", project.savedAt},
            {"source_path", project.sourcePath},
            {"row_count", std::to_string(project.table->rowCount)},
            {"fingerprint", project.fingerprint},
            {"current_run", std::to_string(project.currentRun)},
            {"next_run_id", std::to_string(project.nextRunId)},
            {"id_column", project.privacy.idColumn},
            {"ids_hashed", project.privacy.idsHashed ? "1" : "0"},
            {"id_salt", project.privacy.salt},
            {"table_warnings", warnings.dump()},
            {"row_number_jumps", jumps.dump()},
            {"table_properties", nlohmann::json(project.table->properties).dump()},
        };
        for (const auto &[key, value] : entries) {
            meta.bind(1, key);
            meta.bind(2, value);
            meta.insert();
        }
    }
    {
        Statement columns(db,
                          "INSERT INTO columns(position, name, type, role, role_reason, personal, stored, raw_size, "
                          "content_hash, data) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                          "columns");
        std::size_t stored = 0;
        for (std::size_t i = 0; i < project.columns.size(); ++i) {
            const ProjectColumn &info = project.columns[i];
            const EncodedColumn *e = nullptr;
            if (info.stored) {
                if (stored >= project.encodedColumns->size() || (*project.encodedColumns)[stored].name != info.name)
                    throw Error(ErrorKind::Usage, Text::tr("the project's column list does not match its table"));
                e = &(*project.encodedColumns)[stored++];
            }
            columns.bind(1, static_cast<std::int64_t>(i));
            columns.bind(2, info.name);
            columns.bind(3, toString(info.type));
            columns.bind(4, toString(e ? e->role : info.role));
            columns.bind(5, e ? e->roleReason : std::string());
            columns.bind(6, std::int64_t {info.personal});
            columns.bind(7, std::int64_t {info.stored});
            if (e) {
                columns.bind(8, static_cast<std::int64_t>(e->rawSize));
                const std::string hash = hexDigits(e->contentHash);
                columns.bind(9, hash);
                columns.bindBlob(10, e->data);
                columns.insert();
            } else {
                columns.bindNull(8);
                columns.bindNull(9);
                columns.bindNull(10);
                columns.insert();
            }
        }
    }
    {
        Statement runs(db,
                       "INSERT INTO runs(id, created_at, engine_version, algorithm, k, seed, params, outlier_threshold, "
                       "metrics, annotation, spec, segment_keys, model, assignments_size, assignments) "
                       "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       "runs");
        for (const ProjectRun &run : project.runs) {
            const Segmentation &s = run.segmentation;
            nlohmann::json metrics = nlohmann::json::object();
            for (const auto &[name, value] : run.metrics)
                metrics[name] = number(value);
            const std::string model = saveSegmentationArchive(s);
            std::uint64_t assignmentsSize = 0;
            const std::string assignments
                = encodeAssignments({s.rows, s.clustering.labels, s.clustering.scores}, assignmentsSize);
            runs.bind(1, run.id);
            runs.bind(2, run.createdAt);
            runs.bind(3, run.engineVersion);
            runs.bind(4, algorithmName(algorithmOf(s.options)));
            runs.bind(5, static_cast<std::int64_t>(requestedClusters(s.options)));
            runs.bind(6, std::to_string(seedOf(s.options)));
            runs.bind(7, optionsJson(s.options).dump());
            runs.bind(8, s.outliers.robustZ);
            runs.bind(9, metrics.dump());
            runs.bind(10, run.annotation);
            runs.bind(11, toJson(s.spec));
            runs.bind(12, nlohmann::json(run.segmentKeys).dump());
            runs.bindBlob(13, model);
            runs.bind(14, static_cast<std::int64_t>(assignmentsSize));
            runs.bindBlob(15, assignments);
            runs.insert();
        }
    }
    {
        Statement names(db, "INSERT INTO segment_names(segment_key, name) VALUES(?, ?)", "segment_names");
        for (const auto &[key, name] : project.segmentNames) {
            names.bind(1, static_cast<std::int64_t>(key));
            names.bind(2, name);
            names.insert();
        }
        Statement documents(db, "INSERT INTO documents(kind, key, version, data) VALUES(?, ?, ?, ?)", "documents");
        for (const ProjectDocument &d : project.documents) {
            documents.bind(1, d.kind);
            documents.bind(2, d.key);
            documents.bind(3, static_cast<std::int64_t>(d.version));
            documents.bindBlob(4, d.data);
            documents.insert();
        }
        Statement view(db, "INSERT INTO view_state(key, value) VALUES(?, ?)", "view_state");
        for (const auto &[key, value] : project.viewState) {
            view.bind(1, key);
            view.bind(2, value);
            view.insert();
        }
    }
    db.exec("COMMIT", Text::tr("cannot make the project"));
    saveStage("built");
    sqlite3_int64 size = 0;
    SqliteImage image(sqlite3_serialize(db.handle(), "main", &size, 0));
    if (!image)
        throw std::bad_alloc();
    return {std::move(image), static_cast<std::size_t>(size)};
}

} // namespace

std::string serializeProject(Project &project)
{
    const auto [image, size] = projectImage(project);
    return std::string(reinterpret_cast<const char *>(image.get()), size);
}

void writeProject(Project &project, AtomicFile &file)
{
    const std::string previousSavedAt = project.savedAt, previousVersion = project.savedByVersion;
    project.savedAt = utcNow();
    project.savedByVersion = SEG_VERSION;
    try {
        const auto [image, size] = projectImage(project);
        const std::string_view bytes(reinterpret_cast<const char *>(image.get()), size);
        file.write(bytes.substr(0, bytes.size() / 2));
        saveStage("half-written");
        file.write(bytes.substr(bytes.size() / 2));
        saveStage("written");
    } catch (...) {
        project.savedAt = previousSavedAt;
        project.savedByVersion = previousVersion;
        throw;
    }
}

void saveProject(Project &project, const std::string &path)
{
    AtomicFile file(path);
    writeProject(project, file);
    file.commit();
    saveStage("committed");
}

namespace {

Project openProjectImage(SqliteImage image, std::size_t size, const std::string &file,
                         const ProjectOpenOptions &options);

} // namespace

Project openProject(const std::string &path, const ProjectOpenOptions &options)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        const std::string reason = std::strerror(errno); // before a translation can touch errno
        refuse(path, fillIn(Text::tr("cannot open the project: %1"), reason));
    }
    struct stat st {};
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        refuse(path, S_ISDIR(st.st_mode) ? Text::tr("cannot open the project: it is a folder")
                                         : Text::tr("cannot open the project: it is not a regular file"));
    }
    // Read straight into the buffer SQLite will own: one copy of the file in memory, not two.
    const auto size = static_cast<std::size_t>(st.st_size);
    SqliteImage image(static_cast<unsigned char *>(sqlite3_malloc64(std::max<std::size_t>(size, 1))));
    if (!image) {
        ::close(fd);
        throw std::bad_alloc();
    }
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = ::read(fd, image.get() + done, size - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int error = errno;
            ::close(fd);
            refuse(path, n == 0 ? Text::tr("cannot read the project: it shrank while reading")
                                : fillIn(Text::tr("cannot read the project: %1"), std::strerror(error)));
        }
        done += static_cast<std::size_t>(n);
    }
    ::close(fd);
    return openProjectImage(std::move(image), size, path, options);
}

Project openProjectBytes(std::string_view bytes, const std::string &file, const ProjectOpenOptions &options)
{
    SqliteImage image(static_cast<unsigned char *>(sqlite3_malloc64(std::max<std::size_t>(bytes.size(), 1))));
    if (!image)
        throw std::bad_alloc();
    std::memcpy(image.get(), bytes.data(), bytes.size());
    return openProjectImage(std::move(image), bytes.size(), file, options);
}

Column decodeStoredColumn(const Project &project, const std::string &name)
{
    const Table &table = *project.table;
    if (const Column *column = table.find(name); column && column->size() == table.rowCount)
        return *column;
    if (project.encodedColumns)
        for (const EncodedColumn &e : *project.encodedColumns)
            if (e.name == name)
                return decodeColumn(e, table.rowCount, table.source);
    throw Error(ErrorKind::InvalidData, fillIn(Text::tr("the project stores no column '%1'"), name));
}

namespace {

Project openProjectImage(SqliteImage owned, std::size_t size, const std::string &file,
                         const ProjectOpenOptions &options)
{
    const std::string_view bytes(reinterpret_cast<const char *>(owned.get()), size);
    const int version = checkHeader(bytes, file);
    Database db(file);
    // SQLite owns the image from here, and frees it also when this fails.
    if (sqlite3_deserialize(db.handle(), "main", owned.release(), static_cast<sqlite3_int64>(size),
                            static_cast<sqlite3_int64>(size), SQLITE_DESERIALIZE_FREEONCLOSE)
        != SQLITE_OK)
        db.fail(Text::tr("cannot open the project"));
    db.holdFileImage();
    // A hostile schema (a recursive view posing as a table) could run for ever: a budget of
    // SQLite steps, far beyond what reading any real project takes, interrupts it.
    static thread_local std::uint64_t steps;
    steps = 0;
    sqlite3_progress_handler(
        db.handle(), 1000, [](void *) -> int { return ++steps > 200'000 ? 1 : 0; }, nullptr);

    // Every table must be a table (a view could hide anything) with its columns.
    {
        Statement tables(db, "SELECT name FROM sqlite_schema WHERE type = 'table'", "sqlite_schema");
        std::set<std::string> present;
        while (tables.next())
            if (!tables.isNull(0))
                present.insert(tables.text(0));
        for (const char *table : kTables)
            if (!present.count(table))
                refuse(file, fillIn(Text::tr("the project file is damaged: it has no table '%1'"), table));
    }
    for (const Migration &m : kMigrations)
        if (m.from >= version) {
            db.exec("BEGIN", Text::tr("cannot migrate the project"));
            m.apply(db.handle());
            db.exec("COMMIT", Text::tr("cannot migrate the project"));
        }

    Project project;
    // Filled here, then shared as the project's (const) table.
    const auto table = std::make_shared<Table>();
    project.table = table;
    std::map<std::string, std::string> meta;
    {
        Statement rows(db, "SELECT key, value FROM meta", "meta");
        while (rows.next())
            meta[rows.text(0)] = rows.text(1);
    }
    const std::int64_t rowCount = metaInteger(meta, "row_count", file, 0, std::int64_t {1} << 40);
    table->rowCount = static_cast<std::size_t>(rowCount);
    project.sourcePath = metaValue(meta, "source_path", file);
    table->source = project.sourcePath;
    project.fingerprint = metaValue(meta, "fingerprint", file);
    project.createdAt = metaValue(meta, "created_at", file);
    project.savedAt = metaValue(meta, "saved_at", file);
    project.savedByVersion = metaValue(meta, "app_version", file);
    project.currentRun = metaInteger(meta, "current_run", file, 0, INT64_MAX);
    project.nextRunId = metaInteger(meta, "next_run_id", file, 1, INT64_MAX);
    project.privacy.idColumn = metaValue(meta, "id_column", file);
    project.privacy.idsHashed = metaInteger(meta, "ids_hashed", file, 0, 1) == 1;
    project.privacy.salt = metaValue(meta, "id_salt", file);
    try {
        const auto warnings = nlohmann::json::parse(metaValue(meta, "table_warnings", file));
        table->warnings = warnings.get<std::vector<std::string>>();
        const auto jumps = nlohmann::json::parse(metaValue(meta, "row_number_jumps", file));
        for (const auto &jump : jumps)
            table->rowNumberJumps.emplace_back(jump.at(0).get<std::size_t>(), jump.at(1).get<std::int64_t>());
        // An optional key (files written before it have none, and mean no properties).
        if (const auto it = meta.find("table_properties"); it != meta.end())
            table->properties = nlohmann::json::parse(it->second).get<std::map<std::string, std::string>>();
    } catch (const nlohmann::json::exception &e) {
        refuse(file, fillIn(Text::tr("the project file is damaged: table 'meta': %1"), e.what()));
    }

    auto encoded = std::make_shared<std::vector<EncodedColumn>>();
    {
        Statement rows(db,
                       "SELECT position, name, type, role, role_reason, personal, stored, raw_size, content_hash, data "
                       "FROM columns ORDER BY position",
                       "columns");
        while (rows.next()) {
            ProjectColumn info;
            info.name = rows.text(1);
            info.type = parseColumnType(rows.text(2), rows, 2);
            info.role = roleOf(rows.text(3), rows, 3);
            info.personal = rows.integer(5) != 0;
            info.stored = rows.integer(6) != 0;
            if (info.stored) {
                if (info.personal)
                    rows.damaged(6, Text::tr("a personal column is stored"));
                EncodedColumn e;
                e.name = info.name;
                e.type = info.type;
                e.role = info.role;
                e.roleReason = rows.text(4);
                const std::int64_t rawSize = rows.integer(7);
                if (rawSize < 0)
                    rows.damaged(7, Text::tr("a negative size"));
                e.rawSize = static_cast<std::uint64_t>(rawSize);
                const std::string hash = rows.text(8);
                char *end = nullptr;
                e.contentHash = std::strtoull(hash.c_str(), &end, 16);
                if (hash.size() != 16 || *end != '\0')
                    rows.damaged(8, Text::tr("expected 16 hexadecimal digits"));
                e.data = std::string(rows.blob(9));
                encoded->push_back(std::move(e));
            }
            project.columns.push_back(std::move(info));
        }
    }
    // Every stored column holds a byte per cell, so the columns bound the row count; a project
    // with rows must store a column.
    if (encoded->empty() && table->rowCount > 0)
        refuse(file, fillIn(Text::tr("the project file is damaged: it has %1 rows but no stored column"),
                            table->rowCount));
    table->columns.resize(encoded->size());
    const auto decode = [&](const std::string &name) {
        return !options.decode || std::find(options.decode->begin(), options.decode->end(), name) != options.decode->end();
    };
    {
        std::vector<std::exception_ptr> errors(encoded->size());
        parallelFor(
            encoded->size(),
            [&](std::size_t begin, std::size_t end) {
                for (std::size_t c = begin; c < end; ++c) {
                    try {
                        // Every column is decoded, so that damage anywhere is refused now, as
                        // the file opens; those not asked for are dropped at once.
                        Column cells = decodeColumn((*encoded)[c], table->rowCount, file);
                        if (!decode(cells.name)) {
                            Column shape;
                            shape.name = std::move(cells.name);
                            shape.type = cells.type;
                            shape.role = cells.role;
                            shape.roleReason = std::move(cells.roleReason);
                            cells = std::move(shape);
                        }
                        table->columns[c] = std::move(cells);
                    } catch (...) {
                        errors[c] = std::current_exception();
                    }
                }
            },
            1);
        for (const std::exception_ptr &e : errors)
            if (e)
                std::rethrow_exception(e);
    }
    if (fingerprintOf(*table, *encoded) != project.fingerprint)
        refuse(file, Text::tr("the project file is damaged: its data does not match its fingerprint"));
    project.encodedColumns = std::move(encoded);
    if (!project.privacy.idColumn.empty() && !project.table->find(project.privacy.idColumn))
        refuse(file, fillIn(Text::tr("the project file is damaged: its id column '%1' is not stored"),
                            project.privacy.idColumn));

    {
        Statement rows(db,
                       "SELECT id, created_at, engine_version, annotation, metrics, segment_keys, model, "
                       "assignments_size, assignments FROM runs ORDER BY id",
                       "runs");
        while (rows.next()) {
            ProjectRun run;
            run.id = rows.integer(0);
            if (run.id <= 0 || run.id >= project.nextRunId)
                rows.damaged(0, fillIn(Text::tr("run id %1 is not below the next id %2"), run.id, project.nextRunId));
            run.createdAt = rows.text(1);
            run.engineVersion = rows.text(2);
            run.annotation = rows.text(3);
            const nlohmann::json metrics = parseJson(rows.text(4), rows, 4);
            const nlohmann::json keys = parseJson(rows.text(5), rows, 5);
            try {
                for (const auto &[name, value] : metrics.items())
                    run.metrics[name] = value.is_null() ? std::nan("") : value.get<double>();
                run.segmentKeys = keys.get<std::vector<int>>();
            } catch (const nlohmann::json::exception &e) {
                rows.damaged(4, e.what());
            }
            loadSegmentationArchive(rows.blob(6), run.segmentation, file, fillIn(Text::tr("run %1 model"), run.id));
            ClusteringResult &c = run.segmentation.clustering;
            if (c.clusterCount < 0 || c.clusterCount > 1'000'000)
                rows.damaged(6, fillIn(Text::tr("a segment count of %1"), c.clusterCount));
            const std::int64_t assignmentsSize = rows.integer(7);
            if (assignmentsSize < 0)
                rows.damaged(7, Text::tr("a negative size"));
            StoredAssignments a = decodeAssignments(rows.blob(8), static_cast<std::uint64_t>(assignmentsSize),
                                                    project.table->rowCount, c.clusterCount, file,
                                                    fillIn(Text::tr("run %1 assignments"), run.id));
            run.segmentation.rows = std::move(a.rows);
            c.labels = std::move(a.labels);
            c.scores = std::move(a.scores);
            validateRun(run, project, file);
            project.runs.push_back(std::move(run));
        }
    }
    if (project.currentRun != 0 && !project.run(project.currentRun))
        refuse(file, fillIn(Text::tr("the project file is damaged: its current run %1 does not exist"),
                            project.currentRun));
    {
        Statement rows(db, "SELECT segment_key, name FROM segment_names", "segment_names");
        while (rows.next()) {
            const std::int64_t key = rows.integer(0);
            if (key < INT32_MIN || key > INT32_MAX)
                rows.damaged(0, Text::tr("a segment key out of range"));
            project.segmentNames[static_cast<int>(key)] = rows.text(1);
        }
    }
    {
        Statement rows(db, "SELECT kind, key, version, data FROM documents ORDER BY kind, key", "documents");
        while (rows.next()) {
            ProjectDocument d;
            d.kind = rows.text(0);
            d.key = rows.text(1);
            const std::int64_t v = rows.integer(2);
            if (v < 0 || v > INT32_MAX)
                rows.damaged(2, Text::tr("a version out of range"));
            d.version = static_cast<int>(v);
            d.data = std::string(rows.blob(3));
            project.documents.push_back(std::move(d));
        }
    }
    {
        Statement rows(db, "SELECT key, value FROM view_state", "view_state");
        while (rows.next())
            project.viewState[rows.text(0)] = rows.text(1);
    }
    return project;
}

} // namespace

} // namespace seg
