#pragma once
// Opening an input for reading, whatever it is: a regular file, or a stream — standard input
// ("-"), a pipe, a named pipe (FIFO), process substitution, a character device. A stream's bytes
// are copied to an unnamed temporary file as they are read, so a reader can read it twice as it
// reads a file. Nothing here waits for ever or grows without bound; the limits are below and in
// docs/data-import.md.

#include <cstddef>
#include <cstdint>
#include <string>

namespace seg {

/// The file name that means standard input.
inline constexpr const char *kStandardInputName = "-";

/// The most bytes read from a stream (they are kept in a temporary file): 16 GiB.
inline constexpr std::uint64_t kMaxStreamBytes = std::uint64_t {16} << 30;

struct InputOptions
{
    /// A stream is copied to an unnamed temporary file in $TMPDIR (else /tmp) as it is read;
    /// reading more than this many bytes from it throws seg::Error(InvalidData).
    std::uint64_t maxStreamBytes = kMaxStreamBytes;
    /// Whether a stream is copied so that rewind() works. Without the copy rewind() on a stream
    /// is a programming error.
    bool rereadable = true;
    /// How long to wait, in milliseconds, for a program to open a named pipe for writing when
    /// nobody has it open yet. A program that has it open is waited for as long as it keeps it
    /// open (as every command-line tool does; interrupt it to stop).
    int writerWaitMs = 10000;
    /// What the input is, for messages, in the user's language: "the feature spec file is ...".
    /// Empty: a file ("the file is ...").
    std::string what;
};

/// An opened input. Messages name it by name(): the path, or "standard input" (in the user's
/// language) for "-".
class InputFile
{
public:
    /// Opens `path` ("-" = standard input) without ever blocking in open(2). Throws
    /// seg::Error(Io) when it cannot be opened, is a folder, when nobody opened a named pipe for
    /// writing within InputOptions::writerWaitMs, or no temporary file can be created;
    /// seg::Error(Usage) when it is a terminal (a user typing is not a data file).
    explicit InputFile(const std::string &path, const InputOptions &options = {});
    ~InputFile();
    InputFile(const InputFile &) = delete;
    InputFile &operator=(const InputFile &) = delete;

    const std::string &name() const { return m_name; }
    /// The path it was opened with ("-" for standard input).
    const std::string &path() const { return m_path; }
    /// True for a stream, false for a regular file.
    bool isStream() const { return m_stream; }
    /// Size of a regular file in bytes (from where standard input stood when opened); 0 for a
    /// stream, whose size is not known before its end.
    std::uint64_t size() const { return m_size; }

    /// Fills dst with up to n bytes; fewer only at the end of the input. Throws seg::Error(Io)
    /// for read errors and seg::Error(InvalidData) past InputOptions::maxStreamBytes.
    std::size_t read(char *dst, std::size_t n);
    /// Reads from the first byte again.
    void rewind();

private:
    void waitForWriter();
    void createCopy();
    std::size_t readFromFd(char *dst, std::size_t n);

    InputOptions m_options;
    std::string m_path;
    std::string m_name;
    int m_fd = -1;
    bool m_stream = false;
    std::uint64_t m_size = 0;
    std::int64_t m_start = 0; // offset of the first byte (standard input may be partly read)
    std::string m_pending; // bytes read while probing a named pipe, not yet handed out
    // The copy of a stream: bytes [0, m_copied) are in m_copy; reading continues at m_copyPos
    // and from the stream once that reaches m_copied.
    int m_copy = -1;
    std::string m_copyDir;
    std::uint64_t m_copied = 0;
    std::uint64_t m_copyPos = 0;
    std::uint64_t m_streamBytes = 0;
    bool m_eof = false;
};

/// Reads a whole text file of at most `maxBytes` bytes (a feature spec, say), through
/// InputFile (so pipes work and nothing blocks). Throws seg::Error naming the file: Io as
/// InputFile does; InvalidData when it is larger than maxBytes, is UTF-16 or UTF-32 (see
/// detectEncoding()), or holds a NUL byte.
std::string readTextFile(const std::string &path, std::size_t maxBytes, const InputOptions &options = {});

/// A size for messages: "64 MiB", "16 GiB", "4 KiB" when exact, else "1000 bytes" (in the user's
/// language).
std::string formatByteCount(std::uint64_t bytes);

} // namespace seg
