#pragma once
// Unnamed temporary files: space on disk that disappears with the process however it ends.

#include <string>

namespace seg {

/// The folder for temporary files: $TMPDIR when set and not empty, otherwise /tmp.
std::string temporaryDirectory();

/// Opens a new, empty, unnamed read-write file in `directory`: O_TMPFILE where the file system
/// has it, otherwise a file made with a unique name that is removed at once. Nothing is left
/// behind when the process ends, even by SIGKILL (or, on a file system without O_TMPFILE,
/// after the instant between making and removing the name). Returns the descriptor (close-on-
/// exec), or -1 with errno set.
int openUnnamedTemporary(const std::string &directory);

} // namespace seg
