#pragma once

// Streams for the tests of reading from pipes: an anonymous pipe fed by a thread (what a shell's
// `|` or `<(...)` gives a program), and a writer for a named pipe (FIFO). POSIX only.

#include <chrono>
#include <csignal>
#include <stdexcept>
#include <string>
#include <thread>

#include <fcntl.h>
#include <unistd.h>

namespace seg::test {

/// An anonymous pipe whose reading end is path() ("/dev/fd/N"); a thread writes `bytes` into it
/// and closes it. Destroy the reader first: the destructor then closes the last reading end,
/// so a writer the reader gave up on stops (EPIPE) instead of blocking.
class PipeWriter
{
public:
    explicit PipeWriter(std::string bytes) : m_bytes(std::move(bytes))
    {
        std::signal(SIGPIPE, SIG_IGN); // a reader that stops early must not end the test
        int fds[2] = {-1, -1};
        if (::pipe(fds) != 0)
            throw std::runtime_error("pipe() failed");
        m_read = fds[0];
        const int write = fds[1];
        m_thread = std::thread([this, write] {
            std::size_t done = 0;
            while (done < m_bytes.size()) {
                const ssize_t n = ::write(write, m_bytes.data() + done, m_bytes.size() - done);
                if (n <= 0)
                    break;
                done += static_cast<std::size_t>(n);
            }
            ::close(write);
        });
    }
    ~PipeWriter()
    {
        ::close(m_read);
        m_thread.join();
    }
    PipeWriter(const PipeWriter &) = delete;
    PipeWriter &operator=(const PipeWriter &) = delete;

    std::string path() const { return "/dev/fd/" + std::to_string(m_read); }

private:
    std::string m_bytes;
    int m_read = -1;
    std::thread m_thread;
};

/// Opens the existing named pipe `path` for writing after `delayMs`, writes `bytes` (at most
/// 64 KiB, what a pipe holds, so the writer never waits for the reader) and closes it. When
/// nobody opened it for reading by destruction, the destructor does, to release the writer.
class FifoWriter
{
public:
    FifoWriter(std::string path, std::string bytes, int delayMs) : m_path(std::move(path))
    {
        std::signal(SIGPIPE, SIG_IGN);
        m_thread = std::thread([this, bytes = std::move(bytes), delayMs] {
            std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
            const int fd = ::open(m_path.c_str(), O_WRONLY | O_CLOEXEC);
            if (fd < 0)
                return;
            if (::write(fd, bytes.data(), bytes.size()) < 0) {
                // the reader gave up; nothing to do
            }
            ::close(fd);
        });
    }
    ~FifoWriter()
    {
        const int fd = ::open(m_path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        m_thread.join();
        if (fd >= 0)
            ::close(fd);
    }
    FifoWriter(const FifoWriter &) = delete;
    FifoWriter &operator=(const FifoWriter &) = delete;

private:
    std::string m_path;
    std::thread m_thread;
};

} // namespace seg::test
