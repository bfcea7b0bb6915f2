#include "engine/io/temporary_file.h"

#include <cerrno>
#include <cstdlib>

#include <fcntl.h>
#include <unistd.h>

namespace seg {

std::string temporaryDirectory()
{
    const char *env = std::getenv("TMPDIR");
    return env && *env ? env : "/tmp";
}

int openUnnamedTemporary(const std::string &directory)
{
    int fd = ::open(directory.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC | O_EXCL, 0600);
    if (fd < 0 && (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL)) {
        std::string name = directory + "/segmentscope-XXXXXX";
        fd = ::mkostemp(name.data(), O_CLOEXEC);
        if (fd >= 0)
            ::unlink(name.c_str());
    }
    return fd;
}

} // namespace seg
