#pragma once
// What the benchmarks share to hand data to bench/compare.sh and to measure memory: a NumPy
// .npy writer and the process's resident memory from /proc/self/status.

#include "engine/core/error.h"
#include "engine/core/matrix.h"

#include <cstdlib>
#include <fstream>
#include <string>

namespace seg::bench {

/// Writes x (row-major float64) as NumPy .npy format 1.0: magic, little-endian header length,
/// a Python dict literal padded with spaces to a multiple of 64 bytes, then the values in C
/// order. Throws seg::Error(Io) when the file cannot be written.
inline void writeNpy(const std::string &path, const Matrix &x)
{
    std::string header = "{'descr': '<f8', 'fortran_order': False, 'shape': (" + std::to_string(x.rows()) + ", "
                         + std::to_string(x.cols()) + "), }";
    const std::size_t prefix = 10;
    while ((prefix + header.size() + 1) % 64 != 0)
        header += ' ';
    header += '\n';
    std::ofstream out(path, std::ios::binary);
    const unsigned char magic[8] = {0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};
    out.write(reinterpret_cast<const char *>(magic), 8);
    const unsigned char len[2] = {static_cast<unsigned char>(header.size() & 0xff),
                                  static_cast<unsigned char>(header.size() >> 8)};
    out.write(reinterpret_cast<const char *>(len), 2);
    out << header;
    out.write(reinterpret_cast<const char *>(x.data()),
              static_cast<std::streamsize>(x.size() * static_cast<Eigen::Index>(sizeof(double))));
    if (!out)
        throw Error(ErrorKind::Io, "cannot write " + path);
}

/// A memory figure of this process in MB (10^6 bytes) from /proc/self/status: "VmHWM:" the
/// peak resident size, "VmRSS:" the current one; -1 when it cannot be read.
inline double residentMb(const std::string &field = "VmHWM:")
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind(field, 0) == 0)
            return std::atof(line.c_str() + field.size()) * 1024.0 / 1e6;
    return -1.0;
}

/// The peak resident size (VmHWM) in MB.
inline double peakRssMb()
{
    return residentMb("VmHWM:");
}

} // namespace seg::bench
