#include "app/cli/file_overlap.h"

#include "app/cli/args.h"
#include "app/cli/output.h"

#include "engine/io/file_identity.h"

#include <QFile>

#include <sys/stat.h>

namespace seg::cli {

namespace {

std::string localPath(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

// A device or pipe has no content to lose: bytes written to it go out as they come.
bool isStream(const std::string &path)
{
    struct stat st
    {
    };
    return ::stat(path.c_str(), &st) == 0 && (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode));
}

bool overlap(const NamedFile &a, const NamedFile &b)
{
    const std::string pa = localPath(a.path);
    const std::string pb = localPath(b.path);
    return isSameFile(pa, pb) && !isStream(pa);
}

} // namespace

void refuseOverlappingFiles(const std::vector<NamedFile> &inputs, const std::vector<NamedFile> &outputs)
{
    for (std::size_t o = 0; o < outputs.size(); ++o) {
        const NamedFile &output = outputs[o];
        // INPUT '-' is standard input; an output '-' would be a file of that name in the
        // current folder, which nobody means.
        if (output.path == QLatin1String("-"))
            throw UsageError(Cli::tr("%1 -: an output is a file, and '-' would create a file named '-'; give "
                                "/dev/stdout to write to standard output")
                                 .arg(output.role));
        for (const NamedFile &input : inputs)
            if (overlap(output, input))
                throw UsageError(Cli::tr("%1 %2 is the same file as %3 %4; refusing to overwrite an input")
                                     .arg(output.role, output.path, input.role, input.path));
        for (std::size_t other = 0; other < o; ++other)
            if (overlap(output, outputs[other]))
                throw UsageError(
                    Cli::tr("%1 %2 is the same file as %3 %4; each output needs a file of its own")
                        .arg(output.role, output.path, outputs[other].role, outputs[other].path));
    }
}

} // namespace seg::cli
