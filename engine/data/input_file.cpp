#include "engine/data/input_file.h"

#include "engine/core/error.h"
#include "engine/data/text_encoding.h"
#include "engine/io/temporary_file.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <stdexcept>

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/vfs.h>
#endif

namespace seg {

namespace {

std::string systemError(int error)
{
    return std::strerror(error);
}

// What the input is, for messages: InputOptions::what, "file" when that is empty.
std::string inputWhat(const InputOptions &options)
{
    return options.what.empty() ? Text::tr("file") : options.what;
}

// An anonymous pipe (a shell's `|`, or `<(...)` opened as /dev/fd/N) cannot gain a writer
// once its writers are gone, unlike a named pipe in a folder: end of input is final.
bool isAnonymousPipe(int fd)
{
#ifdef __linux__
    struct statfs fs
    {
    };
    constexpr long kPipefsMagic = 0x50495045;
    return ::fstatfs(fd, &fs) == 0 && static_cast<long>(fs.f_type) == kPipefsMagic;
#else
    (void)fd;
    return false;
#endif
}

void setBlocking(int fd)
{
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0 && (flags & O_NONBLOCK))
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
}

} // namespace

std::string formatByteCount(std::uint64_t bytes)
{
    constexpr std::uint64_t kKiB = 1024, kMiB = kKiB << 10, kGiB = kMiB << 10;
    if (bytes >= kGiB && bytes % kGiB == 0)
        return fillIn(Text::tr("%1 GiB"), bytes / kGiB);
    if (bytes >= kMiB && bytes % kMiB == 0)
        return fillIn(Text::tr("%1 MiB"), bytes / kMiB);
    if (bytes >= kKiB && bytes % kKiB == 0)
        return fillIn(Text::tr("%1 KiB"), bytes / kKiB);
    if (bytes > static_cast<std::uint64_t>(std::numeric_limits<long long>::max()))
        return fillIn(Text::tr("%1 bytes"), bytes); // more than %n can count
    return Text::tr("%n byte(s)", nullptr, static_cast<long long>(bytes));
}

InputFile::InputFile(const std::string &path, const InputOptions &options)
    : m_options(options), m_path(path), m_name(path == kStandardInputName ? Text::tr("standard input") : path)
{
    const ErrorLocation where {m_name, -1, {}};
    bool nonBlocking = false;
    if (path == kStandardInputName) {
        // A duplicate, so closing it leaves the process's standard input alone; blocking as it is,
        // because O_NONBLOCK would change the file description the shell shares with us.
        m_fd = ::fcntl(STDIN_FILENO, F_DUPFD_CLOEXEC, 0);
        if (m_fd < 0)
            throw Error(ErrorKind::Io, fillIn(Text::tr("cannot read standard input: %1"), systemError(errno)), where);
    } else {
        // O_NONBLOCK: open(2) of a named pipe otherwise waits, for ever, for a writer.
        m_fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
        if (m_fd < 0)
            throw Error(ErrorKind::Io,
                        fillIn(Text::tr("cannot open the %1: %2"), inputWhat(options), systemError(errno)), where);
        nonBlocking = true;
    }
    try {
        struct stat st
        {
        };
        if (::fstat(m_fd, &st) != 0)
            throw Error(ErrorKind::Io,
                        fillIn(Text::tr("cannot read the %1: %2"), inputWhat(options), systemError(errno)), where);
        if (S_ISDIR(st.st_mode))
            throw Error(ErrorKind::Io, fillIn(Text::tr("cannot read the %1: it is a folder"), inputWhat(options)),
                        where);
        if (::isatty(m_fd))
            throw Error(ErrorKind::Usage,
                        path == kStandardInputName
                            ? Text::tr("standard input is a terminal; redirect a file or a pipe into it")
                            : fillIn(Text::tr("cannot read the %1: it is a terminal"), inputWhat(options)),
                        where);
        if (S_ISREG(st.st_mode)) {
            if (nonBlocking)
                setBlocking(m_fd);
            const off_t at = ::lseek(m_fd, 0, SEEK_CUR);
            m_start = at > 0 ? at : 0;
            m_size = static_cast<std::uint64_t>(std::max<std::int64_t>(0, st.st_size - m_start));
            ::posix_fadvise(m_fd, 0, 0, POSIX_FADV_SEQUENTIAL);
            return;
        }
        m_stream = true;
        if (nonBlocking && S_ISFIFO(st.st_mode))
            waitForWriter();
        if (nonBlocking)
            setBlocking(m_fd);
        if (options.rereadable)
            createCopy();
    } catch (...) {
        ::close(m_fd);
        if (m_copy >= 0)
            ::close(m_copy);
        throw;
    }
}

InputFile::~InputFile()
{
    ::close(m_fd);
    if (m_copy >= 0)
        ::close(m_copy);
}

// Opened without blocking, a pipe reads 0 bytes while nobody has it open for writing, and
// fails with EAGAIN while a writer has it open but has written nothing yet.
void InputFile::waitForWriter()
{
    char probe[4096];
    for (;;) {
        const ssize_t got = ::read(m_fd, probe, sizeof probe);
        if (got > 0) {
            m_pending.assign(probe, static_cast<std::size_t>(got));
            return;
        }
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return; // a writer is there
        if (got < 0)
            throw Error(ErrorKind::Io,
                        fillIn(Text::tr("cannot read the %1: %2"), inputWhat(m_options), systemError(errno)),
                        ErrorLocation {m_name, -1, {}});
        break;
    }
    if (isAnonymousPipe(m_fd))
        return; // its writer has finished: the input is whatever it wrote (nothing)

    // A named pipe nobody writes to yet: poll(2) reports input once a writer has written, or a
    // hang-up once a writer has come and gone; neither before a writer has opened it.
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + std::chrono::milliseconds(m_options.writerWaitMs);
    for (;;) {
        const auto left
            = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        pollfd p {m_fd, POLLIN, 0};
        const int ready = ::poll(&p, 1, static_cast<int>(std::max<std::int64_t>(0, left)));
        if (ready > 0)
            return;
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready < 0)
            throw Error(ErrorKind::Io,
                        fillIn(Text::tr("cannot read the %1: %2"), inputWhat(m_options), systemError(errno)),
                        ErrorLocation {m_name, -1, {}});
        throw Error(ErrorKind::Io,
                    fillIn(Text::tr("the %1 is a named pipe that no program opened for writing within %2 s; start "
                                    "the program that writes to it, or give a regular file"),
                           inputWhat(m_options), Text::number(m_options.writerWaitMs / 1000.0)),
                    ErrorLocation {m_name, -1, {}});
    }
}

void InputFile::createCopy()
{
    m_copyDir = temporaryDirectory();
    m_copy = openUnnamedTemporary(m_copyDir);
    if (m_copy < 0)
        throw Error(ErrorKind::Io,
                    fillIn(Text::tr("cannot create a temporary file in %1 to keep a copy of the input: %2; set "
                                    "TMPDIR to a writable folder"),
                           m_copyDir, systemError(errno)),
                    ErrorLocation {m_name, -1, {}});
}

std::size_t InputFile::readFromFd(char *dst, std::size_t n)
{
    for (;;) {
        const ssize_t got = ::read(m_fd, dst, n);
        if (got >= 0)
            return static_cast<std::size_t>(got);
        if (errno != EINTR)
            throw Error(ErrorKind::Io,
                        fillIn(Text::tr("cannot read the %1: %2"), inputWhat(m_options), systemError(errno)),
                        ErrorLocation {m_name, -1, {}});
    }
}

std::size_t InputFile::read(char *dst, std::size_t n)
{
    std::size_t done = 0;
    if (!m_stream) {
        while (done < n) {
            const std::size_t got = readFromFd(dst + done, n - done);
            if (got == 0)
                break;
            done += got;
        }
        return done;
    }
    // After a rewind(): from the copy first.
    while (done < n && m_copyPos < m_copied) {
        const auto want = static_cast<std::size_t>(std::min<std::uint64_t>(n - done, m_copied - m_copyPos));
        const ssize_t got = ::pread(m_copy, dst + done, want, static_cast<off_t>(m_copyPos));
        if (got <= 0) {
            if (got < 0 && errno == EINTR)
                continue;
            throw Error(ErrorKind::Io,
                        fillIn(Text::tr("cannot read the temporary copy of the input in %1: %2"), m_copyDir,
                               got < 0 ? systemError(errno) : Text::tr("it is shorter than written")),
                        ErrorLocation {m_name, -1, {}});
        }
        done += static_cast<std::size_t>(got);
        m_copyPos += static_cast<std::uint64_t>(got);
    }
    while (done < n && !m_eof) {
        std::size_t got = 0;
        if (!m_pending.empty()) {
            got = std::min(n - done, m_pending.size());
            std::memcpy(dst + done, m_pending.data(), got);
            m_pending.erase(0, got);
        } else {
            got = readFromFd(dst + done, n - done);
            if (got == 0) {
                m_eof = true;
                break;
            }
        }
        if (m_streamBytes + got > m_options.maxStreamBytes)
            throw Error(ErrorKind::InvalidData,
                        fillIn(Text::tr("the input is longer than %1, the most read from standard input, a pipe or "
                                        "a device; save it to a file and give the file name"),
                               formatByteCount(m_options.maxStreamBytes)),
                        ErrorLocation {m_name, -1, {}});
        m_streamBytes += got;
        if (m_copy >= 0) {
            for (std::size_t written = 0; written < got;) {
                const ssize_t w = ::pwrite(m_copy, dst + done + written, got - written,
                                           static_cast<off_t>(m_copied + written));
                if (w < 0 && errno == EINTR)
                    continue;
                if (w <= 0)
                    throw Error(ErrorKind::Io,
                                fillIn(Text::tr("cannot keep a copy of the input in the temporary folder %1: %2; set "
                                                "TMPDIR to a folder with more room, or save the input to a file"),
                                       m_copyDir, systemError(w < 0 ? errno : ENOSPC)),
                                ErrorLocation {m_name, -1, {}});
                written += static_cast<std::size_t>(w);
            }
            m_copied += got;
            m_copyPos = m_copied;
        }
        done += got;
    }
    return done;
}

void InputFile::rewind()
{
    if (!m_stream) {
        if (::lseek(m_fd, m_start, SEEK_SET) != m_start)
            throw Error(ErrorKind::Io,
                        fillIn(Text::tr("cannot read the %1 again: %2"), inputWhat(m_options), systemError(errno)),
                        ErrorLocation {m_name, -1, {}});
        return;
    }
    if (m_copy < 0)
        throw std::logic_error("InputFile::rewind() on a stream opened without rereadable");
    m_copyPos = 0;
}

std::string readTextFile(const std::string &path, std::size_t maxBytes, const InputOptions &options)
{
    InputOptions once = options;
    once.rereadable = false;
    InputFile input(path, once);
    const ErrorLocation where {input.name(), -1, {}};
    std::string text;
    constexpr std::size_t kChunk = 64 * 1024;
    // One byte past the limit tells "exactly the limit" from "more".
    while (text.size() <= maxBytes) {
        const std::size_t at = text.size();
        text.resize(at + std::min(kChunk, maxBytes + 1 - at));
        const std::size_t got = input.read(text.data() + at, text.size() - at);
        text.resize(at + got);
        if (got == 0)
            break;
    }
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.data());
    if (const EncodingGuess guess = detectEncoding(bytes, text.size()); guess.encoding != TextEncoding::Utf8)
        throw Error(ErrorKind::InvalidData, notUtf8Message(guess, inputWhat(options)), where);
    if (const void *nul = std::memchr(text.data(), 0, text.size()))
        throw Error(ErrorKind::InvalidData,
                    fillIn(Text::tr("the %1 holds a NUL byte at byte offset %2; it is not a text file"),
                           inputWhat(options), static_cast<const char *>(nul) - text.data()),
                    where);
    if (text.size() > maxBytes)
        throw Error(ErrorKind::InvalidData,
                    fillIn(Text::tr("the %1 is larger than %2, the most it may be"), inputWhat(options),
                           formatByteCount(maxBytes)),
                    where);
    return text;
}

} // namespace seg
