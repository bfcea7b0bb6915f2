#include "tests/fuzz/fuzz_support.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <unistd.h>

namespace seg::fuzz {

void propertyFailed(std::string_view target, const std::string &what)
{
    std::fprintf(stderr, "fuzz property failed (%.*s): %s\n", static_cast<int>(target.size()), target.data(),
                 what.c_str());
    std::fflush(stderr);
    std::abort();
}

void checkTable(const Table &table, std::string_view target)
{
    std::set<std::string> names;
    for (const Column &c : table.columns) {
        const std::string where = "column '" + c.name + "' (" + std::string(toString(c.type)) + ")";
        if (!names.insert(c.name).second)
            propertyFailed(target, "two columns are called '" + c.name + "'");
        if (c.size() != table.rowCount)
            propertyFailed(target, where + " has " + std::to_string(c.size()) + " cells in a table of "
                                       + std::to_string(table.rowCount) + " rows");
        if (c.isNumeric()) {
            if (c.numbers.size() != table.rowCount || !c.codes.empty() || !c.text.empty())
                propertyFailed(target, where + ": numbers must hold every cell, and nothing else be filled");
            for (std::size_t r = 0; r < c.numbers.size(); ++r) {
                const double v = c.numbers[r];
                if (std::isnan(v))
                    continue;
                const std::string cell = where + ", row index " + std::to_string(r) + ": ";
                if (std::isinf(v))
                    propertyFailed(target, cell + "an infinite value");
                if (c.type == ColumnType::Integer && v != std::floor(v))
                    propertyFailed(target, cell + "an integer column holds " + std::to_string(v));
                if (c.type == ColumnType::Boolean && v != 0.0 && v != 1.0)
                    propertyFailed(target, cell + "a boolean column holds " + std::to_string(v));
            }
        } else if (c.type == ColumnType::Categorical) {
            if (c.codes.size() != table.rowCount || !c.numbers.empty() || !c.text.empty())
                propertyFailed(target, where + ": codes must hold every cell, and nothing else be filled");
            for (const std::int32_t code : c.codes)
                if (code < -1 || (code >= 0 && static_cast<std::size_t>(code) >= c.levels.size()))
                    propertyFailed(target, where + ": code " + std::to_string(code) + " of "
                                               + std::to_string(c.levels.size()) + " levels");
            if (std::set<std::string>(c.levels.begin(), c.levels.end()).size() != c.levels.size())
                propertyFailed(target, where + ": a level is listed twice");
        } else {
            if (c.text.size() != table.rowCount || c.textMissing.size() != table.rowCount || !c.numbers.empty()
                || !c.codes.empty())
                propertyFailed(target, where + ": text and textMissing must hold every cell");
        }
        for (std::size_t r = 0; r < table.rowCount; ++r)
            (void)c.cellText(r); // every cell can be shown
    }
    if (table.rowCount > 0)
        (void)table.rowNumber(table.rowCount - 1);
}

namespace {

struct Scratch
{
    std::string path;
    ~Scratch()
    {
        if (!path.empty())
            std::remove(path.c_str());
    }
};

} // namespace

const std::string &scratchFile(const std::uint8_t *data, std::size_t size, std::string_view suffix)
{
    static std::map<std::string, Scratch, std::less<>> files;
    auto it = files.find(suffix);
    if (it == files.end()) {
        // /dev/shm keeps the many rewrites off the disk where it exists.
        const std::filesystem::path dir
            = std::filesystem::is_directory("/dev/shm") ? "/dev/shm" : std::filesystem::temp_directory_path();
        it = files.try_emplace(std::string(suffix)).first;
        it->second.path = (dir / ("seg_fuzz_" + std::to_string(::getpid()) + std::string(suffix))).string();
    }
    std::ofstream out(it->second.path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char *>(data), static_cast<std::streamsize>(size));
    out.close();
    if (!out)
        propertyFailed("scratch", "cannot write " + it->second.path);
    return it->second.path;
}

} // namespace seg::fuzz
