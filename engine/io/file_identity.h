#pragma once
// Which file a path names: where a write to it lands, and whether two paths name one file.

#include <string>

#include <sys/types.h>

namespace seg {

/// Where writing to a path lands.
struct WriteTarget
{
    /// The file to replace: the given path with symbolic links followed to the end of the chain
    /// (the last target may not exist yet: a dangling link). For in-place targets, the path to
    /// open.
    std::string path;
    /// `path` exists (always true for in-place targets).
    bool exists = false;
    /// Not a regular file that can be replaced by renaming another one over it: a device, a FIFO,
    /// a directory, a socket, or anything reached through /proc (/dev/stdout, /dev/fd/N,
    /// /proc/self/fd/N), whose "link target" may be a pipe rather than a path.
    bool inPlace = false;
    /// st_mode (type and permission bits), owner and group of the existing file; 0 when absent.
    mode_t mode = 0;
    uid_t owner = 0;
    gid_t group = 0;
};

/// Resolves `path` as described at WriteTarget. A missing file or directory is not an error here
/// (writing reports it); throws seg::Error(Io) naming `path` when a link cannot be read, when
/// links nest more than 40 deep, or when a directory on the way cannot be searched.
WriteTarget resolveWriteTarget(const std::string &path);

/// True when `a` and `b` name the same file: both exist and have the same device and inode
/// (hard links, symbolic links, different spellings of one path), or at least one does not
/// exist and both resolve (resolveWriteTarget, then the canonical absolute path) to the same
/// place, so that writing one would create or replace the other. Never throws.
bool isSameFile(const std::string &a, const std::string &b);

} // namespace seg
