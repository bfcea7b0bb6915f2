#pragma once
// segscope's rule that no output may overwrite an input or another output.

#include <QString>

#include <vector>

namespace seg::cli {

/// A file named on the command line: `role` as messages name it ("the input", "--out") and the
/// path as given.
struct NamedFile
{
    QString role;
    QString path;
};

/// Throws UsageError (exit code 2) for an output named '-' (standard output is /dev/stdout), and
/// naming both paths when an output is the same file as an input
/// or as another output (seg::isSameFile: one device and inode, or one place once links and
/// spellings are resolved), before anything is read or written. A character device or FIFO may
/// be shared (`--out /dev/null --json /dev/null`): it is written in place, so nothing on it can
/// be overwritten.
void refuseOverlappingFiles(const std::vector<NamedFile> &inputs, const std::vector<NamedFile> &outputs);

} // namespace seg::cli
