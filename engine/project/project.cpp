// The project as a value: import with privacy, runs, personal columns. The file is in project_file.cpp.

#include "engine/project/project.h"
#include "engine/project/project_internal.h"

#include "engine/core/error.h"
#include "engine/core/parallel.h"
#include "engine/project/archive.h"
#include "engine/project/byte_codec.h"
#include "engine/project/sha256.h"

#include <algorithm>
#include <ctime>
#include <random>
#include <unordered_set>

namespace seg {

namespace {

std::string bytesOfHex(const std::string &hex)
{
    const auto nibble = [&](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        throw Error(ErrorKind::Usage, fillIn(Text::tr("the salt '%1' is not hexadecimal digits"), hex));
    };
    if (hex.size() % 2 != 0 || hex.empty())
        throw Error(ErrorKind::Usage,
                    fillIn(Text::tr("the salt '%1' is not an even number of hexadecimal digits"), hex));
    std::string bytes;
    for (std::size_t i = 0; i < hex.size(); i += 2)
        bytes.push_back(static_cast<char>(nibble(hex[i]) * 16 + nibble(hex[i + 1])));
    return bytes;
}

void hashIdColumn(Column &column, const std::string &saltBytes)
{
    Column hashed;
    hashed.name = column.name;
    hashed.type = ColumnType::Identifier;
    hashed.role = column.role;
    hashed.roleReason = column.roleReason;
    const std::size_t n = column.size();
    hashed.text.resize(n);
    hashed.textMissing.assign(n, 0);
    parallelFor(n, [&](std::size_t begin, std::size_t end) {
        for (std::size_t r = begin; r < end; ++r) {
            if (column.isMissing(r))
                hashed.textMissing[r] = 1;
            else
                hashed.text[r] = hashId(saltBytes, column.cellText(r));
        }
    });
    // 64-bit hashes of a million ids collide with odds of about 3e-8; still, two ids must never
    // become one customer.
    std::unordered_set<std::string> originals, hashes;
    for (std::size_t r = 0; r < n; ++r)
        if (!hashed.textMissing[r]) {
            originals.insert(column.cellText(r));
            hashes.insert(hashed.text[r]);
        }
    if (originals.size() != hashes.size())
        throw Error(ErrorKind::InvalidData,
                    Text::tr("two different ids got the same hash with this salt; import again (a new salt is "
                             "drawn)"),
                    ErrorLocation {{}, -1, column.name});
    column = std::move(hashed);
}

} // namespace

std::string fingerprintOf(const Table &table, const std::vector<EncodedColumn> &encoded)
{
    std::string schema = std::to_string(table.rowCount) + "\n";
    for (const EncodedColumn &e : encoded)
        schema += e.name + '\0' + std::string(toString(e.type)) + '\0' + hexDigits(e.contentHash) + '\n';
    return hexDigits(hashBytes(schema));
}

int ProjectRun::segmentKey(int segment) const
{
    if (segment >= 0 && static_cast<std::size_t>(segment) < segmentKeys.size())
        return segmentKeys[static_cast<std::size_t>(segment)];
    return segment;
}

std::string Project::segmentName(const ProjectRun &run, int segment) const
{
    const auto it = segmentNames.find(run.segmentKey(segment));
    return it == segmentNames.end() ? std::string() : it->second;
}

const ProjectRun *Project::run(std::int64_t id) const
{
    for (const ProjectRun &r : runs)
        if (r.id == id)
            return &r;
    return nullptr;
}

ProjectRun *Project::run(std::int64_t id)
{
    return const_cast<ProjectRun *>(std::as_const(*this).run(id));
}

std::string utcNow()
{
    const std::time_t now = std::time(nullptr);
    std::tm tm {};
    gmtime_r(&now, &tm);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return text;
}

std::string hashId(std::string_view saltBytes, std::string_view id)
{
    const auto digest = sha256(saltBytes, id);
    return hexOf(digest.data(), 8);
}

std::string projectIdKey(const Project &project, std::string_view id)
{
    if (!project.privacy.idsHashed)
        return std::string(id);
    return hashId(bytesOfHex(project.privacy.salt), id);
}

std::string autosavePath(const std::string &projectPath)
{
    const std::size_t slash = projectPath.find_last_of('/');
    const std::string dir = slash == std::string::npos ? std::string() : projectPath.substr(0, slash + 1);
    const std::string name = slash == std::string::npos ? projectPath : projectPath.substr(slash + 1);
    return dir + "." + name + ".autosave";
}

void encodeProjectColumns(Project &project)
{
    auto encoded = std::make_shared<std::vector<EncodedColumn>>(project.table->columns.size());
    parallelFor(
        encoded->size(),
        [&](std::size_t begin, std::size_t end) {
            for (std::size_t c = begin; c < end; ++c)
                (*encoded)[c] = encodeColumn(project.table->columns[c]);
        },
        1);
    project.fingerprint = fingerprintOf(*project.table, *encoded);
    project.encodedColumns = std::move(encoded);
}

namespace {

// A new project's record of the source's columns, before anything is stored. Throws for a
// personal id column.
Project newProject(const Table &table, const ProjectImportOptions &options)
{
    if (options.hashIds && options.idColumn.empty())
        throw Error(ErrorKind::Usage, Text::tr("hashing ids needs the id column"));
    Project project;
    project.sourcePath = options.sourcePath;
    project.createdAt = utcNow();
    project.privacy.idColumn = options.idColumn;
    if (!options.idColumn.empty())
        table.require(options.idColumn);
    for (const Column &column : table.columns) {
        ProjectColumn info;
        info.name = column.name;
        info.type = column.type;
        info.role = column.role;
        info.personal = column.role == ColumnRole::Personal;
        info.stored = !info.personal;
        if (info.personal && column.name == options.idColumn)
            throw Error(ErrorKind::Usage, fillIn(Text::tr("the id column '%1' is marked as personal data; hash the ids "
                                                          "instead, or name no id column"),
                                                 column.name));
        project.columns.push_back(info);
    }
    return project;
}

} // namespace

void hashTableIds(Table &table, const std::string &idColumn, std::string salt)
{
    if (idColumn.empty())
        throw Error(ErrorKind::Usage, Text::tr("hashing ids needs the id column"));
    const int column = table.indexOf(idColumn);
    if (column < 0)
        throw Error(ErrorKind::Usage, fillIn(Text::tr("the id column '%1' is not in the table"), idColumn),
                    ErrorLocation {table.source, -1, idColumn});
    if (table.properties.count(kIdSaltProperty))
        throw Error(ErrorKind::Usage, fillIn(Text::tr("the ids of '%1' are salted hashes already"), idColumn));
    if (salt.empty()) {
        std::random_device device;
        std::uint8_t bytes[16];
        for (std::uint8_t &b : bytes)
            b = static_cast<std::uint8_t>(device());
        salt = hexOf(bytes, sizeof bytes);
    }
    hashIdColumn(table.columns[static_cast<std::size_t>(column)], bytesOfHex(salt));
    table.properties[kIdSaltProperty] = salt;
}

Project createProject(Table table, const ProjectImportOptions &options)
{
    Project project = newProject(table, options);
    if (options.hashIds)
        hashTableIds(table, options.idColumn, options.salt);
    // Hashed here or at import: the salt moves from the table to the project's privacy record.
    if (const auto salt = table.properties.find(kIdSaltProperty); salt != table.properties.end()) {
        if (options.idColumn.empty())
            throw Error(ErrorKind::Usage, Text::tr("the table's ids are salted hashes: name their id column"));
        project.privacy.idsHashed = true;
        project.privacy.salt = salt->second;
        table.properties.erase(salt);
        for (ProjectColumn &info : project.columns)
            if (info.name == options.idColumn)
                info.type = ColumnType::Identifier;
    }
    Table stored;
    stored.source = options.sourcePath;
    stored.rowCount = table.rowCount;
    stored.warnings = table.warnings;
    stored.rowNumberJumps = table.rowNumberJumps;
    stored.properties = table.properties;
    for (Column &column : table.columns)
        if (column.role != ColumnRole::Personal)
            stored.columns.push_back(std::move(column));
    if (stored.columns.empty() && stored.rowCount > 0)
        throw Error(ErrorKind::InvalidData,
                    Text::tr("every column is personal data: nothing is left to store in a project"),
                    ErrorLocation {options.sourcePath, -1, {}});
    project.table = std::make_shared<const Table>(std::move(stored));
    encodeProjectColumns(project);
    return project;
}

Project createProject(std::shared_ptr<const Table> table, const ProjectImportOptions &options)
{
    const bool personal = std::any_of(table->columns.begin(), table->columns.end(),
                                      [](const Column &c) { return c.role == ColumnRole::Personal; });
    if (personal || options.hashIds || table->properties.count(kIdSaltProperty))
        return createProject(Table(*table), options);
    // Every column is stored as it is: the project shares the table rather than copying it.
    Project project = newProject(*table, options);
    project.table = std::move(table);
    encodeProjectColumns(project);
    return project;
}

std::int64_t addRun(Project &project, Segmentation segmentation, std::map<std::string, double> metrics,
                    std::vector<int> segmentKeys, std::string annotation)
{
    const auto &rows = segmentation.rows;
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (rows[i] >= project.table->rowCount || (i > 0 && rows[i] <= rows[i - 1]))
            throw Error(ErrorKind::Usage, Text::tr("the run's rows are not ascending rows of the project's table"));
    if (segmentation.clustering.labels.size() != rows.size())
        throw Error(ErrorKind::Usage, Text::tr("the run has not one label per row"));
    ProjectRun run;
    run.id = project.nextRunId++;
    run.createdAt = utcNow();
    run.engineVersion = SEG_VERSION;
    run.annotation = std::move(annotation);
    run.segmentation = std::move(segmentation);
    run.segmentKeys = std::move(segmentKeys);
    run.metrics = std::move(metrics);
    project.runs.push_back(std::move(run));
    project.currentRun = project.runs.back().id;
    return project.currentRun;
}

std::string addRecord(Project &project, const std::string &kind, const std::string &time, std::string data)
{
    std::size_t records = 0;
    for (const ProjectDocument &d : project.documents)
        records += d.kind == kind ? 1 : 0;
    std::string key = time + " #" + std::to_string(records + 1);
    project.documents.push_back({kind, key, 1, std::move(data)});
    return key;
}

namespace {

/// Replaces the document of `kind` (there is one of each) by `data`, of version 1.
void storeSingleDocument(Project &project, const char *kind, const char *key, std::string data)
{
    std::erase_if(project.documents, [&](const ProjectDocument &d) { return d.kind == kind; });
    project.documents.push_back({kind, key, 1, std::move(data)});
}

/// The document of `kind` read by `load`; nothing when there is none of version 1 or it cannot
/// be read (what these documents hold only saves time: it is made again).
template <class T>
std::optional<T> storedSingleDocument(const Project &project, const char *kind,
                                      T (*load)(std::string_view, const std::string &, const std::string &))
{
    for (const ProjectDocument &d : project.documents) {
        if (d.kind != kind || d.version != 1)
            continue;
        try {
            return load(d.data, "", kind);
        } catch (const Error &) {
            return std::nullopt;
        }
    }
    return std::nullopt;
}

} // namespace

void storeValueFits(Project &project, const ValueModelFits &fits)
{
    storeSingleDocument(project, kValueModelKind, "table", saveValueFitsArchive(fits));
}

std::optional<ValueModelFits> storedValueFits(const Project &project)
{
    return storedSingleDocument(project, kValueModelKind, &loadValueFitsArchive);
}

void storeKSweep(Project &project, const ProjectKSweep &sweep)
{
    storeSingleDocument(project, kKSweepKind, "current", saveKSweepArchive(sweep));
}

std::optional<ProjectKSweep> storedKSweep(const Project &project)
{
    return storedSingleDocument(project, kKSweepKind, &loadKSweepArchive);
}

bool deleteRun(Project &project, std::int64_t id)
{
    const auto it = std::find_if(project.runs.begin(), project.runs.end(), [&](const ProjectRun &r) { return r.id == id; });
    if (it == project.runs.end())
        return false;
    project.runs.erase(it);
    if (project.currentRun == id)
        project.currentRun = project.runs.empty() ? 0 : project.runs.back().id;
    return true;
}

void markPersonal(Project &project, const std::string &column)
{
    const int index = project.table->indexOf(column);
    if (index < 0)
        throw Error(ErrorKind::Usage, fillIn(Text::tr("the project holds no column '%1'"), column));
    if (column == project.privacy.idColumn)
        throw Error(ErrorKind::Usage, fillIn(Text::tr("'%1' is the customer id column; hash the ids instead"), column));
    for (const ProjectRun &run : project.runs)
        for (const FittedFeature &f : run.segmentation.transform.features)
            if (f.column == column)
                throw Error(ErrorKind::Usage,
                            fillIn(Text::tr("run %1 uses the column '%2' as a feature; delete the run first"), run.id,
                                   column));
    auto stored = std::make_shared<Table>(*project.table);
    stored->columns.erase(stored->columns.begin() + index);
    project.table = std::move(stored);
    for (ProjectColumn &info : project.columns)
        if (info.name == column) {
            info.personal = true;
            info.stored = false;
            info.role = ColumnRole::Personal;
        }
    auto encoded = std::make_shared<std::vector<EncodedColumn>>(*project.encodedColumns);
    encoded->erase(encoded->begin() + index);
    project.fingerprint = fingerprintOf(*project.table, *encoded);
    project.encodedColumns = std::move(encoded);
}

} // namespace seg
