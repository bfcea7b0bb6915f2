#pragma once
// A SegmentScope project: the imported customers, every segmentation run on them, and what the
// user added (segment names, personas, notes, the view), saved in one `.segscope` file that
// reopens exactly as it was left, without the source data. The file is an SQLite database; its
// tables, versions and privacy rules are in docs/projects.md.
//
// The model: a Project is a plain value. Front ends change it (addRun, names, view state) and
// save it whole with saveProject(), which replaces the file atomically: a process killed at any
// moment of a save leaves the previous file intact.

#include "engine/data/table.h"
#include "engine/eval/k_sweep.h"
#include "engine/io/atomic_file.h"
#include "engine/pipeline/pipeline.h"
#include "engine/project/column_codec.h"
#include "engine/value/segment_value.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace seg {

/// `PRAGMA application_id` of a project file: "SgSc" (0x53675363 = 1399280483).
constexpr std::int32_t kProjectApplicationId = 0x53675363;
/// `PRAGMA user_version`: the format version this build writes, and the newest it reads.
/// Older versions are migrated on open (docs/projects.md, "Versions").
constexpr int kProjectFormatVersion = 1;
/// The file name extension, with its dot.
constexpr const char *kProjectExtension = ".segscope";

/// One column of the imported data as the project records it.
struct ProjectColumn
{
    std::string name;
    ColumnType type = ColumnType::Real;
    ColumnRole role = ColumnRole::Numeric;
    bool personal = false; ///< marked as personal data: never a feature, never exported
    bool stored = true;    ///< its cells are in the file (personal columns are not)
};

/// What the project does to protect the people in the data.
struct ProjectPrivacy
{
    std::string idColumn;  ///< the customer key column; empty when the rows have none
    bool idsHashed = false; ///< the key's values were replaced by salted hashes at import
    std::string salt;      ///< hex, when idsHashed: hash = first 16 hex digits of SHA-256(salt bytes ‖ id)
};

/// How to import a table into a new project.
struct ProjectImportOptions
{
    std::string sourcePath;  ///< recorded for reference; the project never needs it again
    std::string idColumn;    ///< the customer key, if any
    bool hashIds = false;    ///< replace the key's values by salted hashes (needs idColumn)
    /// The salt (hex digits); empty: 16 random bytes from the system. Tests pass a fixed one.
    std::string salt;
};

/// One segmentation run and what was said about it.
struct ProjectRun
{
    std::int64_t id = 0;          ///< 1, 2, ...: never reused, also after a run is deleted
    std::string createdAt;        ///< ISO 8601, UTC ("2026-12-03T17:40:00Z")
    std::string engineVersion;    ///< SEG_VERSION of the engine that made it
    std::string annotation;       ///< the user's note ("why we chose this")
    Segmentation segmentation;    ///< spec, options (seed), fitted transform, rows, labels, scores, model, outliers
    /// The stable key of each segment (index: segment number), which names follow
    /// (engine/pipeline/segment_matching.h). Empty means the segment numbers themselves.
    std::vector<int> segmentKeys;
    /// Quality metrics by name ("silhouette", "davies_bouldin", "calinski_harabasz", "ari",
    /// "nmi", ...); NaN when undefined.
    std::map<std::string, double> metrics;

    /// The key of segment `segment`.
    int segmentKey(int segment) const;
};

/// Opaque data that later parts of the application store (personas, notes, ...), by kind and
/// key, with the version of its own format. The engine keeps and saves it unread: its owner
/// defines and migrates the bytes. This is the extension point for stored pieces that have no
/// table yet.
struct ProjectDocument
{
    std::string kind;    ///< "persona", "note", ...
    std::string key;     ///< e.g. the segment key, or a run id
    int version = 1;
    std::string data;

    bool operator==(const ProjectDocument &) const = default;
};

struct Project
{
    /// The stored columns (personal ones left out), row for row as imported. Shared, never null:
    /// the explorer shows this very table, and an import with nothing left out or hashed shares
    /// the table it was given.
    std::shared_ptr<const Table> table = std::make_shared<const Table>();
    std::vector<ProjectColumn> columns; ///< every column of the source, stored or not, in source order
    std::string sourcePath;
    /// Hash of the stored content and schema (16 hex digits): equal data, equal fingerprint.
    std::string fingerprint;
    ProjectPrivacy privacy;
    std::string createdAt;            ///< ISO 8601 UTC, when imported
    std::string savedAt;              ///< when last saved (set by saveProject)
    std::string savedByVersion;       ///< SEG_VERSION of the program that saved it last

    std::vector<ProjectRun> runs;     ///< in order of creation
    std::int64_t currentRun = 0;      ///< the run shown (0: none)
    std::int64_t nextRunId = 1;
    std::map<int, std::string> segmentNames;        ///< by segment key
    std::map<std::string, std::string> viewState;   ///< selected segment, zoom, panels, layout, ...
    std::vector<ProjectDocument> documents;         ///< personas, notes (see ProjectDocument)

    /// The run with `id`, or null.
    const ProjectRun *run(std::int64_t id) const;
    ProjectRun *run(std::int64_t id);
    /// The current run, or null.
    const ProjectRun *current() const { return run(currentRun); }
    /// The user's name of segment `segment` of `run` (by its key); empty when unnamed.
    std::string segmentName(const ProjectRun &run, int segment) const;

    /// The stored columns, encoded once (at import or open) and reused by every save.
    std::shared_ptr<const std::vector<EncodedColumn>> encodedColumns;
};

/// The table property that holds the salt of ids hashed at import (hashTableIds): createProject
/// records it as the project's privacy instead of hashing again.
inline constexpr const char *kIdSaltProperty = "id_salt";

/// Replaces the values of `idColumn` by salted hashes (hashId) with `salt` (hex digits; empty:
/// 16 random bytes from the system) and records the salt as the property kIdSaltProperty.
/// Throws seg::Error(Usage) for no or an unknown id column or ids hashed already, and
/// seg::Error(InvalidData) in the unlikely case that two ids get one hash.
void hashTableIds(Table &table, const std::string &idColumn, std::string salt = {});

/// A new project of `table` (whose roles are set): columns with the Personal role are recorded
/// but not stored; with options.hashIds, or ids hashed at import (kIdSaltProperty), the id
/// column's values are salted hashes. Throws
/// seg::Error(Usage) for hashIds without an id column, seg::Error(InvalidData) for an id column
/// the table lacks.
Project createProject(Table table, const ProjectImportOptions &options);
/// The same for a table that is shared: the project shares it too when it stores every column
/// unchanged (no personal column, no hashed ids), and copies what it stores otherwise.
Project createProject(std::shared_ptr<const Table> table, const ProjectImportOptions &options);

/// Adds a run made now by this engine, makes it current and returns its id. Throws
/// seg::Error(Usage) when its rows are not rows of the project's table.
std::int64_t addRun(Project &project, Segmentation segmentation, std::map<std::string, double> metrics = {},
                    std::vector<int> segmentKeys = {}, std::string annotation = {});
/// Removes run `id` (the current run becomes the newest remaining, or none). False when absent.
bool deleteRun(Project &project, std::int64_t id);
/// Appends a record of something done to the project (a scoring batch, an export), for its
/// history and audit: a document of `kind`, version 1, keyed "`time` #n" where n counts the
/// records of that kind, this one included. Returns the key.
std::string addRecord(Project &project, const std::string &kind, const std::string &time, std::string data);
/// The kind of the document that holds the fitted lifetime-value models of the project's
/// table (a versioned archive of seg::ValueModelFits): a project reopens without fitting them.
inline constexpr const char *kValueModelKind = "value_model";
/// Stores `fits` as the project's fitted value models, replacing any stored before.
void storeValueFits(Project &project, const ValueModelFits &fits);
/// The value models stored in `project`; nothing when none are, or when they cannot be read
/// (then they are fitted again: they only save time).
std::optional<ValueModelFits> storedValueFits(const Project &project);
/// The "Choosing k" sweep (inertia and silhouette at k = 2…12) of the project's data with one
/// feature spec, algorithm and outlier rule: stored so that the project reopens with its chart
/// drawn instead of fitting every k again.
struct ProjectKSweep
{
    FeatureSpec spec;
    ClusteringOptions clustering; ///< the algorithm, its parameters and seed, each k fitted with (k = 0)
    OutlierOptions outliers;      ///< the customers it left out
    std::vector<KSweepPoint> points; ///< ascending k, each k once
};
/// The kind of the document that holds it (a versioned archive; key "current").
inline constexpr const char *kKSweepKind = "k_sweep";
/// Stores `sweep`, replacing the one stored before.
void storeKSweep(Project &project, const ProjectKSweep &sweep);
/// The sweep stored in `project`; nothing when none is or it cannot be read.
std::optional<ProjectKSweep> storedKSweep(const Project &project);

/// Marks a stored column as personal: its cells leave the project (the next save drops them
/// from the file) and it can no longer be a feature. Throws seg::Error(Usage) when a run's spec
/// uses it or it does not exist.
void markPersonal(Project &project, const std::string &column);

/// Writes `project` to `path` atomically (a temporary file beside it, renamed over it), as a
/// database of format kProjectFormatVersion. Sets savedAt and savedByVersion. Throws
/// seg::Error(Io) naming the file when it cannot be written; the old file is then untouched.
void saveProject(Project &project, const std::string &path);
/// Writes the file's bytes into `file` and leaves it uncommitted, so that the caller commits
/// it, alone or together with other outputs (seg::commitTogether). Sets savedAt and
/// savedByVersion.
void writeProject(Project &project, AtomicFile &file);
/// The file's bytes, as saveProject would write them (for tests and the fuzz seeds).
std::string serializeProject(Project &project);

/// How openProject reads the stored columns.
struct ProjectOpenOptions
{
    /// The stored columns to decode into the project's table; every one when unset. A program
    /// that reads a few columns of a large project decodes only those (a million customers'
    /// 30 columns take 177 MB decoded and 33 MB stored). The table keeps every stored column by
    /// name, type and role; those not named have no cells (Column::size() is 0) and are read,
    /// one at a time, with decodeStoredColumn. A name that is not a stored column is ignored.
    std::optional<std::vector<std::string>> decode;
};

/// Reads a project file. Throws seg::Error(Io) naming the file with what is wrong: not an
/// SQLite database, not a project (application_id), a newer format (naming both versions),
/// a missing table or column, a value of the wrong type, damaged data (also in the columns
/// options.decode leaves out: each is decoded, checked and dropped, one at a time per thread).
Project openProject(const std::string &path, const ProjectOpenOptions &options = {});
/// The same from the bytes of a file; `displayName` names it in messages.
Project openProjectBytes(std::string_view bytes, const std::string &displayName,
                         const ProjectOpenOptions &options = {});
/// The stored column `name` of `project`, every row, decoded from the project's encoded cells
/// (its table's own cells when it has them). Throws seg::Error(InvalidData) naming the column
/// when the project does not store it, seg::Error(Io) when its bytes are damaged.
Column decodeStoredColumn(const Project &project, const std::string &name);

/// Where the autosave of the project saved at `projectPath` goes: beside it, `.NAME.autosave`
/// (hidden; NAME with its extension), so that a crash leaves it next to the file it recovers.
std::string autosavePath(const std::string &projectPath);

/// The current time as ISO 8601 UTC.
std::string utcNow();

/// The salted hash of an id: the first 16 hex digits of SHA-256(salt bytes ‖ id).
std::string hashId(std::string_view saltBytes, std::string_view id);
/// How `project` stores the customer id `id` as a file outside it spells it: its salted hash
/// when the project's ids are hashed, the id itself otherwise. For joining other files (a
/// campaign's customers) to the project's.
std::string projectIdKey(const Project &project, std::string_view id);

} // namespace seg
