#include "engine/data/column_spill.h"

#include "engine/core/error.h"
#include "engine/io/temporary_file.h"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <utility>

#include <malloc.h>
#include <unistd.h>

namespace seg {

namespace {

// Thrown inside the constructor with the errno of a failed write; turned into seg::Error there.
struct WriteFailure
{
    int error;
};

std::size_t cellBytes(const Column &c)
{
    return c.type == ColumnType::Categorical ? sizeof(std::int32_t) : sizeof(double);
}

const char *cellData(const Column &c)
{
    return c.type == ColumnType::Categorical ? reinterpret_cast<const char *>(c.codes.data())
                                             : reinterpret_cast<const char *>(c.numbers.data());
}

char *resizeCells(Column &c, std::size_t n)
{
    if (c.type == ColumnType::Categorical) {
        c.codes.resize(n);
        return reinterpret_cast<char *>(c.codes.data());
    }
    c.numbers.resize(n);
    return reinterpret_cast<char *>(c.numbers.data());
}

// Frees a column's cells. Swapped out, not assigned {}: that would be the initializer-list
// assignment, which keeps the capacity.
void freeCells(Column &c)
{
    std::vector<double>().swap(c.numbers);
    std::vector<std::int32_t>().swap(c.codes);
    std::vector<std::string>().swap(c.text);
    std::vector<std::uint8_t>().swap(c.textMissing);
}

} // namespace

bool worthSpilling(std::size_t bytes)
{
    return bytes >= (std::size_t {16} << 20);
}

void ColumnSpill::writeBytes(const char *data, std::size_t bytes, std::size_t at)
{
    for (std::size_t done = 0; done < bytes;) {
        const ssize_t wrote = ::pwrite(m_fd, data + done, bytes - done, static_cast<off_t>(at + done));
        if (wrote < 0 && errno == EINTR)
            continue;
        if (wrote <= 0)
            throw WriteFailure {wrote < 0 ? errno : ENOSPC};
        done += static_cast<std::size_t>(wrote);
    }
}

void ColumnSpill::readBytes(char *into, std::size_t bytes, std::size_t from, const std::string &column) const
{
    for (std::size_t done = 0; done < bytes;) {
        const ssize_t got = ::pread(m_fd, into + done, bytes - done, static_cast<off_t>(from + done));
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            throw Error(ErrorKind::Io,
                        fillIn(Text::tr("cannot read back columns kept in a temporary file in %1: %2"), m_directory,
                               got < 0 ? std::string(std::strerror(errno))
                                       : Text::tr("the file is shorter than written")),
                        ErrorLocation {m_shape.source, -1, column});
        done += static_cast<std::size_t>(got);
    }
}

ColumnSpill::ColumnSpill(Table &table, const std::vector<std::string> &columns, const std::string &directory)
    : m_directory(directory.empty() ? temporaryDirectory() : directory)
{
    const ColumnIndex index(table);
    std::vector<std::size_t> chosen;
    for (const std::string &name : columns)
        chosen.push_back(static_cast<std::size_t>(&index.require(name) - table.columns.data()));
    std::sort(chosen.begin(), chosen.end());
    chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());

    m_shape.source = table.source;
    m_shape.rowCount = table.rowCount;
    m_shape.rowNumberJumps = table.rowNumberJumps;
    m_fd = openUnnamedTemporary(m_directory);
    try {
        if (m_fd < 0)
            throw WriteFailure {errno};
        // Everything is written before any cell is freed, so a full disk leaves the table whole.
        std::size_t at = 0;
        for (const std::size_t i : chosen) {
            const Column &c = table.columns[i];
            Entry entry {i, at};
            if (c.type == ColumnType::Identifier) {
                std::vector<std::uint64_t> offsets(c.text.size() + 1, 0);
                for (std::size_t r = 0; r < c.text.size(); ++r)
                    offsets[r + 1] = offsets[r] + c.text[r].size();
                writeBytes(reinterpret_cast<const char *>(offsets.data()), offsets.size() * sizeof(std::uint64_t), at);
                at += offsets.size() * sizeof(std::uint64_t);
                entry.textOffset = at;
                std::string buffer;
                for (const std::string &text : c.text) {
                    buffer += text;
                    if (buffer.size() >= (std::size_t {4} << 20)) {
                        writeBytes(buffer.data(), buffer.size(), at);
                        at += buffer.size();
                        buffer.clear();
                    }
                }
                writeBytes(buffer.data(), buffer.size(), at);
                at += buffer.size();
                entry.missingOffset = at;
                std::vector<std::uint8_t> missing = c.textMissing;
                missing.resize(c.text.size(), 0);
                writeBytes(reinterpret_cast<const char *>(missing.data()), missing.size(), at);
                at += missing.size();
            } else {
                const std::size_t bytes = c.size() * cellBytes(c);
                writeBytes(cellData(c), bytes, at);
                at += bytes;
            }
            m_entries.push_back(entry);
        }
        m_bytes = at;
    } catch (const WriteFailure &failure) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        throw Error(ErrorKind::Io,
                    fillIn(Text::tr("cannot keep columns in a temporary file in %1: %2"), m_directory,
                           std::strerror(failure.error)),
                    ErrorLocation {table.source, -1, {}});
    }
    for (const std::size_t i : chosen) {
        Column &c = table.columns[i];
        freeCells(c);
        m_shape.columns.push_back(c);
    }
    // Freed vectors may lie inside the heap rather than in mappings of their own: give their
    // pages back to the system, so that the memory is there for the matrix.
    ::malloc_trim(0);
}

ColumnSpill::~ColumnSpill()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

std::vector<std::string> ColumnSpill::columnNames() const
{
    std::vector<std::string> names;
    for (const Column &c : m_shape.columns)
        names.push_back(c.name);
    return names;
}

std::vector<const ColumnSpill::Entry *> ColumnSpill::entries(const std::vector<std::string> &names) const
{
    std::vector<const Entry *> out;
    if (names.empty()) {
        for (const Entry &e : m_entries)
            out.push_back(&e);
        return out;
    }
    for (const std::string &name : names) {
        const auto it = std::find_if(m_shape.columns.begin(), m_shape.columns.end(),
                                     [&](const Column &c) { return c.name == name; });
        if (it == m_shape.columns.end())
            throw Error(ErrorKind::InvalidData, Text::tr("the column is not kept in the temporary file"),
                        ErrorLocation {m_shape.source, -1, name});
        out.push_back(&m_entries[static_cast<std::size_t>(it - m_shape.columns.begin())]);
    }
    return out;
}

void ColumnSpill::readCells(const Entry &entry, Column &into, std::size_t begin, std::size_t end) const
{
    const std::size_t n = end - begin;
    if (into.type != ColumnType::Identifier) {
        const std::size_t size = cellBytes(into);
        readBytes(resizeCells(into, n), n * size, entry.offset + begin * size, into.name);
        return;
    }
    std::vector<std::uint64_t> offsets(n + 1);
    readBytes(reinterpret_cast<char *>(offsets.data()), offsets.size() * sizeof(std::uint64_t),
              entry.offset + begin * sizeof(std::uint64_t), into.name);
    std::string texts(offsets[n] - offsets[0], '\0');
    readBytes(texts.data(), texts.size(), entry.textOffset + offsets[0], into.name);
    into.text.resize(n);
    for (std::size_t r = 0; r < n; ++r)
        into.text[r].assign(texts, offsets[r] - offsets[0], offsets[r + 1] - offsets[r]);
    into.textMissing.resize(n);
    readBytes(reinterpret_cast<char *>(into.textMissing.data()), n, entry.missingOffset + begin, into.name);
}

Table ColumnSpill::rows(std::size_t begin, std::size_t end, const std::vector<std::string> &names) const
{
    const std::vector<const Entry *> wanted = entries(names);
    end = std::min(end, m_shape.rowCount);
    begin = std::min(begin, end);
    Table part;
    part.source = m_shape.source;
    part.rowCount = end - begin;
    // Row numbers as the original shows them: part row i is original row begin + i.
    if (!m_shape.rowNumberJumps.empty() || begin > 0) {
        part.rowNumberJumps.emplace_back(0, m_shape.rowNumber(begin));
        for (const auto &[index, number] : m_shape.rowNumberJumps)
            if (index > begin && index < end)
                part.rowNumberJumps.emplace_back(index - begin, number);
    }
    for (const Entry *entry : wanted) {
        Column c = m_shape.columns[static_cast<std::size_t>(entry - m_entries.data())];
        readCells(*entry, c, begin, end);
        part.columns.push_back(std::move(c));
    }
    return part;
}

Table ColumnSpill::column(const std::string &name) const
{
    return rows(0, m_shape.rowCount, {name});
}

void ColumnSpill::restore(Table &table, const std::vector<std::string> &names) const
{
    for (const Entry *entry : entries(names))
        readCells(*entry, table.columns.at(entry->index), 0, m_shape.rowCount);
}

} // namespace seg
