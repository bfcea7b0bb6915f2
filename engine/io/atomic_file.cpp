#include "engine/io/atomic_file.h"

#include "engine/core/error.h"
#include "engine/io/file_identity.h"

#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <initializer_list>

#include <fcntl.h>
#include <limits.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

namespace seg {

namespace {

// Fresh names collide only by bad luck or by someone guessing them; give up after this many.
constexpr int kNameAttempts = 100;

// Temporary names are the target's name plus ".tmp-XXXXXX"; a long name is shortened so that the
// result stays within NAME_MAX.
constexpr std::size_t kMaxStem = 200;

ErrorLocation at(const std::string &path)
{
    return ErrorLocation {path, -1, {}};
}

// `what` failed (a message in the user's language), for the system's reason `error`.
Error systemError(const std::string &path, const std::string &what, int error)
{
    return Error(ErrorKind::Io,
                 fillIn(Text::tr("%1: %2", "what failed: the system's reason"), what, std::strerror(error)),
                 at(path));
}

std::string directoryOf(const std::string &path)
{
    const std::size_t slash = path.find_last_of('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

std::string baseNameOf(const std::string &path)
{
    const std::size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

/// "NAME.KIND-XXXXXX" with six random letters and digits.
std::string temporaryName(const std::string &name, const char *kind)
{
    static constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    unsigned char random[6];
    if (::getrandom(random, sizeof random, GRND_NONBLOCK) != static_cast<ssize_t>(sizeof random)) {
        // No entropy yet (early boot): names only need to differ, not to be secret, and
        // O_EXCL or EEXIST catches a collision.
        static std::atomic<unsigned> counter {0};
        auto mix
            = static_cast<unsigned long long>(std::chrono::steady_clock::now().time_since_epoch().count())
            ^ (static_cast<unsigned long long>(::getpid()) << 20) ^ counter.fetch_add(1);
        for (unsigned char &c : random) {
            c = static_cast<unsigned char>(mix);
            mix = mix * 6364136223846793005ULL + 1442695040888963407ULL;
            mix ^= mix >> 29;
        }
    }
    std::string result = name.substr(0, kMaxStem);
    result += '.';
    result += kind;
    result += '-';
    for (const unsigned char c : random)
        result += kAlphabet[c % (sizeof kAlphabet - 1)];
    return result;
}

// The named temporaries of all AtomicFiles, for removeTemporaryFiles() in a signal handler. A
// fixed array of slots whose state is a lock-free atomic: a handler may interrupt any code, on
// any thread, so it can neither take a lock nor follow pointers that another thread frees.
// A slot goes Free -> Filling -> Ready (registered) -> Filling -> Free (unregistered); the
// handler moves Ready -> Claimed and never gives the slot back, as the process is ending.
enum SlotState : int { Free, Filling, Ready, Claimed };

struct TemporarySlot
{
    std::atomic<int> state {Free};
    int directory = -1;
    char name[NAME_MAX + 1] {};
};

static_assert(std::atomic<int>::is_always_lock_free, "signal handlers need lock-free atomics");

constexpr int kSlots = 64;
TemporarySlot g_temporaries[kSlots];

/// The slot of `name` in `directory`, or -1 when all are taken (the name is then not removed
/// on a signal).
int registerTemporary(int directory, const std::string &name) noexcept
{
    if (name.size() > NAME_MAX)
        return -1;
    for (int i = 0; i < kSlots; ++i) {
        TemporarySlot &slot = g_temporaries[i];
        int expected = Free;
        if (!slot.state.compare_exchange_strong(expected, Filling, std::memory_order_acquire))
            continue;
        slot.directory = directory;
        std::memcpy(slot.name, name.c_str(), name.size() + 1);
        slot.state.store(Ready, std::memory_order_release);
        return i;
    }
    return -1;
}

/// False when a signal handler has claimed the slot: it may still be using the directory.
bool unregisterTemporary(int index) noexcept
{
    if (index < 0)
        return true;
    int expected = Ready;
    if (!g_temporaries[index].state.compare_exchange_strong(expected, Filling, std::memory_order_acquire))
        return false;
    g_temporaries[index].state.store(Free, std::memory_order_release);
    return true;
}

extern "C" void removeTemporariesAndDie(int signal)
{
    const int savedErrno = errno;
    removeTemporaryFiles();
    // SA_RESETHAND has restored the default action: raising the signal again ends the process
    // with the status it would have had without this handler (128 + N in a shell).
    ::raise(signal);
    errno = savedErrno;
}

} // namespace

struct AtomicFile::Replacement
{
    AtomicFile *file = nullptr;
    bool existed = false; // the target was there before
    bool movedAway = false; // its old file was renamed, not linked, to `backup`
    std::string backup; // the name the old file has until the commit is complete
};

AtomicFile::AtomicFile(std::string path, Temporary temporary) : m_path(std::move(path))
{
    if (m_path.empty())
        throw Error(ErrorKind::Io, Text::tr("no file name given"), at(m_path));
    const WriteTarget target = resolveWriteTarget(m_path);
    m_target = target.path;
    if (target.inPlace) {
        openInPlace(target.mode);
        return;
    }
    m_name = baseNameOf(m_target);
    if (m_name.empty() || m_name == "." || m_name == "..")
        throw Error(ErrorKind::Io, Text::tr("is a directory, not a file"), at(m_path));
    if (target.exists) {
        // cp and shells overwrite a read-only file when root runs them; a file marked read-only
        // is kept here whoever runs us, because replacing it by rename would not even need the
        // file's permission, only the directory's.
        if ((target.mode & S_IWUSR) == 0)
            throw Error(ErrorKind::Io,
                        Text::tr("permission denied: the file is read-only (its owner has no write permission), "
                                 "so it is not replaced"),
                        at(m_path));
        if (::faccessat(AT_FDCWD, m_target.c_str(), W_OK, AT_EACCESS) != 0) {
            const int error = errno;
            if (error == EACCES)
                throw Error(ErrorKind::Io,
                            Text::tr("permission denied: this user may not write the file, so it is not replaced"),
                            at(m_path));
            throw systemError(m_path, Text::tr("cannot write"), error);
        }
    }
    const std::string directory = directoryOf(m_target);
    m_directory = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (m_directory < 0) {
        // The user named a file, not a temporary one: say what is wrong with its folder.
        const int error = errno;
        if (error == ENOENT)
            throw systemError(m_path, fillIn(Text::tr("cannot write: the folder %1 does not exist"), directory),
                              error);
        if (error == ENOTDIR)
            throw systemError(m_path, fillIn(Text::tr("cannot write: %1 is not a folder"), directory), error);
        throw systemError(m_path, fillIn(Text::tr("cannot write into the folder %1"), directory), error);
    }
    try {
        createTemporary(directory, temporary);
        if (target.exists)
            takeOverOwnership(target.mode, target.owner, target.group);
    } catch (...) {
        release();
        throw;
    }
}

AtomicFile::~AtomicFile()
{
    release();
}

void AtomicFile::openInPlace(mode_t mode)
{
    if (S_ISDIR(mode))
        throw Error(ErrorKind::Io, Text::tr("is a folder, not a file: name a file to write in it"), at(m_path));
    if (!S_ISCHR(mode) && !S_ISFIFO(mode) && !S_ISREG(mode))
        throw Error(ErrorKind::Io,
                    Text::tr("is neither a regular file nor a character device or FIFO; refusing to write to it"),
                    at(m_path));
    // A regular file here was reached through /proc: /dev/stdout that the shell redirected to a
    // file. Appending writes where the shell's own descriptor would, for `>` and `>>` alike,
    // instead of cutting the file short.
    const int flags = O_WRONLY | O_CLOEXEC | O_NOCTTY | (S_ISREG(mode) ? O_APPEND : 0);
    do
        m_fd = ::open(m_target.c_str(), flags);
    while (m_fd < 0 && errno == EINTR); // opening a FIFO waits for a reader
    if (m_fd < 0)
        throw systemError(m_path, Text::tr("cannot open"), errno);
    m_inPlace = true;
    m_syncInPlace = S_ISREG(mode);
}

void AtomicFile::createTemporary(const std::string &directory, Temporary temporary)
{
    if (temporary == Temporary::Unnamed) {
        m_fd = ::openat(m_directory, ".", O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
        if (m_fd >= 0)
            return;
        // File systems without unnamed files say EOPNOTSUPP, kernels older than 3.11 EISDIR:
        // fall back to a named temporary, which removeTemporaryFiles() covers.
        if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL)
            throw systemError(m_path, fillIn(Text::tr("cannot create a temporary file in %1"), directory), errno);
    }
    for (int attempt = 1;; ++attempt) {
        const std::string name = temporaryName(m_name, "tmp");
        // Registered before it exists, so that no moment has a name a signal would leave behind.
        m_slot = registerTemporary(m_directory, name);
        m_fd = ::openat(m_directory, name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (m_fd >= 0) {
            m_tempName = name;
            return;
        }
        const int error = errno;
        unregisterTemporary(m_slot);
        m_slot = -1;
        if (error != EEXIST || attempt == kNameAttempts)
            throw systemError(m_path, fillIn(Text::tr("cannot create a temporary file in %1"), directory), error);
    }
}

void AtomicFile::takeOverOwnership(mode_t mode, uid_t owner, gid_t group)
{
    // The new file takes the old one's place, so others should find the same file there: the
    // same owner and group where the process may give files away, and the same permission bits
    // (set after chown, which clears set-id bits).
    if (owner != ::geteuid() || group != ::getegid()) {
        if (::fchown(m_fd, owner, group) != 0) {
            // Only root may give a file away; anyone else's replacement is theirs, as after any
            // editor's save.
        }
    }
    if (::fchmod(m_fd, mode & 07777) != 0)
        throw systemError(m_path, Text::tr("cannot set the permissions of the temporary file"), errno);
}

void AtomicFile::write(std::string_view bytes)
{
    if (m_state != State::Open || m_fd < 0)
        throw Error(ErrorKind::Io,
                    m_state == State::Failed ? Text::tr("the file could not be written")
                                             : Text::tr("the file was already committed"),
                    at(m_path));
    while (!bytes.empty()) {
        const ssize_t n = ::write(m_fd, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR)
                continue;
            // The temporary now holds a part: it must never be committed, and goes now (a full
            // disk gets its space back at once).
            const int error = errno;
            m_state = State::Failed;
            release();
            throw systemError(m_path, Text::tr("cannot write"), error);
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
}

void AtomicFile::commit()
{
    commitTogether({this});
}

void AtomicFile::syncAndClose()
{
    if (m_fd < 0)
        return;
    // Data must be on disk before the rename makes it visible, or a crash could leave an empty
    // or partial file under the final name. Devices and FIFOs have nothing to sync.
    int error = 0;
    if ((!m_inPlace || m_syncInPlace) && ::fsync(m_fd) != 0)
        error = errno;
    // An unnamed temporary needs its descriptor until nameTemporary() links it.
    if (m_inPlace || !m_tempName.empty()) {
        if (::close(m_fd) != 0 && error == 0 && errno != EINTR)
            error = errno;
        m_fd = -1;
    }
    if (error != 0)
        throw systemError(m_path, Text::tr("cannot write"), error);
}

void AtomicFile::nameTemporary()
{
    // rename(2) needs a name: link the unnamed file into its directory under a fresh one.
    const std::string self = "/proc/self/fd/" + std::to_string(m_fd);
    for (int attempt = 1;; ++attempt) {
        const std::string name = temporaryName(m_name, "tmp");
        m_slot = registerTemporary(m_directory, name);
        int result = ::linkat(AT_FDCWD, self.c_str(), m_directory, name.c_str(), AT_SYMLINK_FOLLOW);
        // Without /proc, AT_EMPTY_PATH does the same (for root, or for anyone from Linux 6.10).
        if (result != 0 && errno == ENOENT)
            result = ::linkat(m_fd, "", m_directory, name.c_str(), AT_EMPTY_PATH);
        if (result == 0) {
            m_tempName = name;
            ::close(m_fd);
            m_fd = -1;
            return;
        }
        const int error = errno;
        unregisterTemporary(m_slot);
        m_slot = -1;
        if (error != EEXIST || attempt == kNameAttempts)
            throw systemError(m_path, Text::tr("cannot name the temporary file"), error);
    }
}

AtomicFile::Replacement AtomicFile::replaceTarget(bool keepOld)
{
    Replacement replacement;
    replacement.file = this;
    if (keepOld) {
        struct stat st
        {
        };
        replacement.existed = ::fstatat(m_directory, m_name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0;
        for (int attempt = 1; replacement.existed && replacement.backup.empty(); ++attempt) {
            const std::string name = temporaryName(m_name, "old");
            // A second link to the old file: the target's name never goes missing, and renaming
            // the link back restores the old file in one step.
            if (::linkat(m_directory, m_name.c_str(), m_directory, name.c_str(), 0) == 0) {
                replacement.backup = name;
                break;
            }
            int error = errno;
            if (error == EEXIST && attempt < kNameAttempts)
                continue;
            if (error == ENOENT) { // removed meanwhile: nothing to keep
                replacement.existed = false;
                break;
            }
            // File systems without hard links (FAT, some FUSE) refuse; move the old file aside
            // instead, which leaves the name missing between two renames.
            if (error == EPERM || error == EOPNOTSUPP || error == EMLINK) {
                if (::renameat(m_directory, m_name.c_str(), m_directory, name.c_str()) == 0) {
                    replacement.backup = name;
                    replacement.movedAway = true;
                    break;
                }
                error = errno;
            }
            throw systemError(m_path, Text::tr("cannot keep the old file while replacing it"), error);
        }
    }
    if (::renameat(m_directory, m_tempName.c_str(), m_directory, m_name.c_str()) != 0) {
        const int error = errno;
        if (replacement.movedAway)
            ::renameat(m_directory, replacement.backup.c_str(), m_directory, m_name.c_str());
        else if (!replacement.backup.empty())
            ::unlinkat(m_directory, replacement.backup.c_str(), 0);
        throw systemError(m_path, Text::tr("cannot replace the file"), error);
    }
    unregisterTemporary(m_slot);
    m_slot = -1;
    m_tempName.clear();
    return replacement;
}

int AtomicFile::undoReplacement(const Replacement &replacement) noexcept
{
    int result = 0;
    if (!replacement.backup.empty())
        result = ::renameat(m_directory, replacement.backup.c_str(), m_directory, m_name.c_str());
    else if (!replacement.existed)
        result = ::unlinkat(m_directory, m_name.c_str(), 0);
    return result == 0 ? 0 : errno;
}

void AtomicFile::release() noexcept
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    bool directoryInUse = false;
    if (!m_tempName.empty()) {
        ::unlinkat(m_directory, m_tempName.c_str(), 0);
        m_tempName.clear();
        // A signal handler that has claimed the name may be using the directory descriptor right
        // now; the process is ending then, so the descriptor stays open.
        directoryInUse = !unregisterTemporary(m_slot);
        m_slot = -1;
    }
    if (m_directory >= 0 && !directoryInUse)
        ::close(m_directory);
    m_directory = -1;
}

void commitTogether(const std::vector<AtomicFile *> &given)
{
    std::vector<AtomicFile *> files;
    for (AtomicFile *file : given)
        if (file)
            files.push_back(file);
    for (const AtomicFile *file : files) {
        if (file->m_state == AtomicFile::State::Open)
            continue;
        // All or nothing: the others cannot be committed without this one.
        for (AtomicFile *other : files) {
            if (other->m_state == AtomicFile::State::Open) {
                other->m_state = AtomicFile::State::Failed;
                other->release();
            }
        }
        throw Error(ErrorKind::Io,
                    file->m_state == AtomicFile::State::Failed ? Text::tr("the file could not be written")
                                                               : Text::tr("the file was already committed"),
                    at(file->m_path));
    }

    // Two objects replacing one file would each rename over the other: the first result would
    // be lost and the way back would restore the wrong file.
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (files[i]->m_inPlace)
            continue;
        struct stat di
        {
        };
        if (::fstat(files[i]->m_directory, &di) != 0)
            continue;
        for (std::size_t j = i + 1; j < files.size(); ++j) {
            struct stat dj
            {
            };
            if (!files[j]->m_inPlace && files[j]->m_name == files[i]->m_name
                && ::fstat(files[j]->m_directory, &dj) == 0 && di.st_dev == dj.st_dev
                && di.st_ino == dj.st_ino) {
                for (AtomicFile *file : files) {
                    file->m_state = AtomicFile::State::Failed;
                    file->release();
                }
                throw Error(ErrorKind::Io,
                            fillIn(Text::tr("is the same file as %1; each output needs a file of its own"),
                                   files[i]->m_path),
                            at(files[j]->m_path));
            }
        }
    }

    std::vector<AtomicFile::Replacement> done;
    const auto fail = [&](std::string *detail) {
        for (AtomicFile *file : files)
            file->m_state = AtomicFile::State::Failed;
        bool restored = true;
        for (auto r = done.rbegin(); r != done.rend(); ++r) {
            const int error = r->file->undoReplacement(*r);
            if (error == 0)
                continue;
            restored = false;
            if (detail) {
                const std::string lost = r->backup.empty()
                    ? fillIn(Text::tr("%1 could not be put back: %2"), r->file->m_path, std::strerror(error))
                    : fillIn(Text::tr("%1 could not be put back: %2 (its old content is in %3)"), r->file->m_path,
                             std::strerror(error), r->backup);
                *detail = fillIn(Text::tr("%1; %2"), *detail, lost);
            }
        }
        if (detail && restored && !done.empty())
            *detail = fillIn(Text::tr("%1; the files replaced before it were put back"), *detail);
        for (AtomicFile *file : files)
            file->release();
    };
    try {
        // Durable and named before any target changes: a failure up to here leaves every
        // target as it was.
        for (AtomicFile *file : files)
            file->syncAndClose();
        std::vector<AtomicFile *> replaced;
        for (AtomicFile *file : files) {
            if (file->m_inPlace)
                continue;
            if (file->m_tempName.empty())
                file->nameTemporary();
            replaced.push_back(file);
        }
        // The last rename needs no way back: if it fails, nothing after it has happened.
        for (std::size_t i = 0; i < replaced.size(); ++i)
            done.push_back(replaced[i]->replaceTarget(i + 1 < replaced.size()));
    } catch (const Error &e) {
        std::string detail = e.detail();
        fail(&detail);
        throw Error(ErrorKind::Io, detail, e.where());
    } catch (...) {
        fail(nullptr);
        throw;
    }

    for (const AtomicFile::Replacement &r : done)
        if (!r.backup.empty())
            ::unlinkat(r.file->m_directory, r.backup.c_str(), 0);
    for (AtomicFile *file : files) {
        file->m_state = AtomicFile::State::Committed;
        // Make the rename itself durable; a failure here leaves complete files, so it is not an
        // error.
        if (!file->m_inPlace)
            ::fsync(file->m_directory);
    }
}

void writeFileAtomically(const std::string &path, std::string_view content)
{
    AtomicFile file(path);
    file.write(content);
    file.commit();
}

void removeTemporaryFiles() noexcept
{
    for (TemporarySlot &slot : g_temporaries) {
        int expected = Ready;
        if (slot.state.compare_exchange_strong(expected, Claimed, std::memory_order_acquire))
            ::unlinkat(slot.directory, slot.name, 0);
    }
}

void removeTemporaryFilesOnSignals()
{
    for (const int signal : {SIGHUP, SIGINT, SIGPIPE, SIGTERM, SIGXFSZ}) {
        struct sigaction current
        {
        };
        if (::sigaction(signal, nullptr, &current) != 0 || (current.sa_flags & SA_SIGINFO)
            || current.sa_handler != SIG_DFL)
            continue;
        struct sigaction action
        {
        };
        action.sa_handler = removeTemporariesAndDie;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESETHAND;
        ::sigaction(signal, &action, nullptr);
    }
}

} // namespace seg
