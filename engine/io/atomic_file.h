#pragma once
// Replacing files safely: AtomicFile, several files committed all-or-nothing, and removal of
// temporary files when a program is terminated by a signal.

#include <string>
#include <string_view>
#include <vector>

#include <sys/types.h>

namespace seg {

class AtomicFile;

/// Commits `files` together: either every target is replaced or none is (null entries are
/// skipped). First every file's data is made durable (fsync) and named; then the targets are
/// replaced one after the other, each but the last keeping its old file under a hard link
/// (`NAME.old-XXXXXX`) until all renames have succeeded. If a rename fails, the targets already
/// replaced get their old files back (or disappear, if they did not exist before), and
/// seg::Error(Io) names the file that failed. In-place targets (devices, FIFOs) were written
/// as the bytes came and cannot be taken back. Two files that would replace one target (the
/// same directory entry) are refused before anything changes. After a failure every file is
/// failed and its temporary is gone.
///
/// What is not covered: the process dying (SIGKILL, power loss, a signal in those
/// microseconds) between two renames, which leaves the first target new, the second old, and a
/// `NAME.old-XXXXXX` beside the first with its old content.
void commitTogether(const std::vector<AtomicFile *> &files);

/// A file written atomically. Bytes go to a temporary file in the target's directory, which
/// replaces the target in commit(): the data is fsynced, renamed over the target, and the
/// directory is fsynced. Until then the target is untouched; if the object is destroyed without
/// commit() (an exception, a cancel) the temporary file disappears.
///
/// The target (decided when the object is made):
/// - a symbolic link is followed, and the file at the end of the chain is replaced; the link
///   stays a link. A dangling link gets its target created;
/// - an existing regular file is refused when its owner has no write permission (mode 0444,
///   say) or the process may not write it (access(2), W_OK): refused for every user, root
///   included, as a file marked read-only is not ours to replace;
/// - a replacement keeps the permission bits of the file it replaces, and its owner and group
///   where the process may set them; a new file gets 0666 & ~umask;
/// - a character device or FIFO (/dev/null, /dev/full, a pipe), and anything reached through
///   /proc (/dev/stdout), is written in place: opened at construction, bytes go straight to it
///   (a full device fails write()), and commit() only closes it. Nothing can be rolled back;
/// - a directory, block device or socket is refused.
///
/// The temporary file is unnamed (O_TMPFILE) where the file system supports it, so a killed
/// process leaves nothing behind; it gets a name (`NAME.tmp-XXXXXX`) only for the moment of the
/// rename. Elsewhere it is named from the start; removeTemporaryFiles() removes such names.
///
/// Every failure throws seg::Error(Io) whose location is path() as given. One object belongs to
/// one thread at a time; distinct objects may be used from distinct threads.
class AtomicFile
{
public:
    enum class Temporary {
        Unnamed, ///< O_TMPFILE where the file system has it, otherwise Named
        Named, ///< always a named temporary, `NAME.tmp-XXXXXX` beside the target
    };

    explicit AtomicFile(std::string path, Temporary temporary = Temporary::Unnamed);
    ~AtomicFile();
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    /// Appends `bytes` (to the temporary, or straight to an in-place target). A failed write
    /// (a full disk, /dev/full) fails the file: its temporary is removed at once, and later
    /// write() and commit() throw.
    void write(std::string_view bytes);
    /// Replaces the target (commitTogether with this file alone). After commit() or a failed
    /// commit, write() and commit() throw.
    void commit();

    /// The path as given.
    const std::string &path() const { return m_path; }
    /// The file that is replaced (symbolic links followed), or the in-place target opened.
    const std::string &targetPath() const { return m_target; }
    /// True for devices and FIFOs, which are written as the bytes come.
    bool writesInPlace() const { return m_inPlace; }

private:
    struct Replacement;
    enum class State { Open, Committed, Failed };

    void openInPlace(mode_t mode);
    void createTemporary(const std::string &directory, Temporary temporary);
    void takeOverOwnership(mode_t mode, uid_t owner, gid_t group);
    void syncAndClose();
    void nameTemporary();
    Replacement replaceTarget(bool keepOld);
    int undoReplacement(const Replacement &replacement) noexcept;
    void release() noexcept;

    friend void commitTogether(const std::vector<AtomicFile *> &files);

    std::string m_path; // as given, for messages
    std::string m_target; // resolved: the file to replace, or the in-place target
    std::string m_name; // the last component of m_target
    std::string m_tempName; // the temporary's name in m_directory, while it has one
    int m_directory = -1;
    int m_fd = -1;
    int m_slot = -1; // the temporary's entry in the list removeTemporaryFiles() works through
    bool m_inPlace = false;
    bool m_syncInPlace = false; // an in-place regular file (through /proc), which fsync applies to
    State m_state = State::Open;
};

/// Writes `content` to `path` atomically (one AtomicFile).
void writeFileAtomically(const std::string &path, std::string_view content);

/// Removes the named temporary files of all AtomicFiles in the process that are not committed
/// or removed yet. Async-signal-safe (atomics and unlinkat(2) only), for a handler of a
/// terminating signal; the process must end afterwards, as names it removed stay claimed. A
/// process with more than 64 named temporaries at once has the rest left behind.
void removeTemporaryFiles() noexcept;

/// For programs, not libraries: installs handlers for SIGHUP, SIGINT, SIGPIPE, SIGTERM and
/// SIGXFSZ that call removeTemporaryFiles() and then end the process by the same signal, with
/// the status the default action gives. Signals that are ignored or already handled are left
/// alone (`nohup` keeps working).
void removeTemporaryFilesOnSignals();

} // namespace seg
