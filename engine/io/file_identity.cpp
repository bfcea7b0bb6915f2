#include "engine/io/file_identity.h"

#include "engine/core/error.h"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <system_error>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

namespace seg {

namespace {

// Linux's own limit on nested links (MAXSYMLINKS).
constexpr int kMaxLinkHops = 40;

std::string directoryOf(const std::string &path)
{
    const std::size_t slash = path.find_last_of('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

// `what` failed (a message in the user's language), for the system's reason `error`.
[[noreturn]] void throwSystemError(const std::string &path, const std::string &what, int error)
{
    throw Error(ErrorKind::Io,
                fillIn(Text::tr("%1: %2", "what failed: the system's reason"), what, std::strerror(error)),
                ErrorLocation {path, -1, {}});
}

// Links inside /proc (/proc/self/fd/N, and /dev/stdout or /dev/fd/N that lead there) are not
// paths: their target reads "pipe:[1234]" or names a file the shell opened. Only opening the link
// itself reaches the right file, as a shell redirection would.
bool isInProc(const std::string &directory)
{
    const std::unique_ptr<char, decltype(&std::free)> real(::realpath(directory.c_str(), nullptr),
                                                           &std::free);
    if (!real)
        return false;
    return std::strcmp(real.get(), "/proc") == 0 || std::strncmp(real.get(), "/proc/", 6) == 0;
}

std::string readLink(const std::string &original, const std::string &link)
{
    std::vector<char> buffer(PATH_MAX);
    for (;;) {
        const ssize_t n = ::readlink(link.c_str(), buffer.data(), buffer.size());
        if (n < 0)
            throwSystemError(original, fillIn(Text::tr("cannot read the symbolic link %1"), link), errno);
        if (static_cast<std::size_t>(n) < buffer.size())
            return std::string(buffer.data(), static_cast<std::size_t>(n));
        buffer.resize(buffer.size() * 2);
    }
}

void describe(WriteTarget &target, const struct stat &st)
{
    target.exists = true;
    target.mode = st.st_mode;
    target.owner = st.st_uid;
    target.group = st.st_gid;
}

} // namespace

WriteTarget resolveWriteTarget(const std::string &path)
{
    WriteTarget target;
    std::string current = path;
    for (int hops = 0;; ++hops) {
        struct stat st
        {
        };
        if (::lstat(current.c_str(), &st) != 0) {
            // A missing file, or a missing directory on the way: creating the file will say which.
            if (errno == ENOENT || errno == ENOTDIR) {
                target.path = current;
                return target;
            }
            throwSystemError(path, fillIn(Text::tr("cannot look up %1"), current), errno);
        }
        if (!S_ISLNK(st.st_mode)) {
            target.path = current;
            describe(target, st);
            target.inPlace = !S_ISREG(st.st_mode);
            return target;
        }
        if (hops == kMaxLinkHops)
            throwSystemError(path, Text::tr("cannot follow the symbolic links"), ELOOP);
        if (isInProc(directoryOf(current))) {
            if (::stat(current.c_str(), &st) != 0)
                throwSystemError(path, Text::tr("cannot open"), errno);
            target.path = current;
            describe(target, st);
            target.inPlace = true;
            return target;
        }
        const std::string link = readLink(path, current);
        current = !link.empty() && link.front() == '/' ? link : directoryOf(current) + "/" + link;
    }
}

bool isSameFile(const std::string &a, const std::string &b)
{
    struct stat sa
    {
    };
    struct stat sb
    {
    };
    if (::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
    // Not both there (yet): compare where writing them would land, so that "x.csv", "./x.csv" and
    // a dangling link to x.csv all count as one file.
    const auto place = [](const std::string &path) {
        std::string resolved = path;
        try {
            resolved = resolveWriteTarget(path).path;
        } catch (const Error &) {
            // An unreadable link: compare the spelling, the best that is known.
        }
        std::error_code error;
        std::filesystem::path absolute = std::filesystem::absolute(resolved, error);
        if (error)
            return std::filesystem::path(resolved).lexically_normal();
        std::filesystem::path canonical = std::filesystem::weakly_canonical(absolute, error);
        return error ? absolute.lexically_normal() : canonical;
    };
    return place(a) == place(b);
}

} // namespace seg
