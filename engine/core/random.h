#pragma once
// A small, fast, seedable generator whose output is identical on every platform and standard
// library (std::*_distribution is implementation-defined, so we never use it for results).

#include <cmath>
#include <cstdint>
#include <numbers>

namespace seg {

// GCC/Clang extension; marked so -Wpedantic accepts it.
__extension__ using UInt128 = unsigned __int128;

/// xoshiro256** (Blackman & Vigna, 2018), seeded through splitmix64.
class Rng
{
public:
    explicit Rng(std::uint64_t seed = 0) { reseed(seed); }

    void reseed(std::uint64_t seed)
    {
        for (auto &s : m_s) {
            seed += 0x9e3779b97f4a7c15ULL;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            s = z ^ (z >> 31);
        }
        m_hasSpareNormal = false;
    }

    /// A stream independent of this one for the same seed, e.g. one per k-means restart.
    static Rng derived(std::uint64_t seed, std::uint64_t stream)
    {
        return Rng(seed ^ (0xd1b54a32d192ed03ULL * (stream + 1)));
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    /// Uniform in [0, 1), 53 bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

    /// Uniform integer in [0, n), n > 0 (Lemire's multiply-shift; bias < 2^-64 * n).
    std::uint64_t below(std::uint64_t n)
    {
        return static_cast<std::uint64_t>((static_cast<UInt128>(next()) * n) >> 64);
    }

    /// Standard normal (Box–Muller).
    double normal()
    {
        if (m_hasSpareNormal) {
            m_hasSpareNormal = false;
            return m_spareNormal;
        }
        double u1;
        do {
            u1 = uniform();
        } while (u1 <= 0.0);
        const double u2 = uniform();
        const double r = std::sqrt(-2.0 * std::log(u1));
        m_spareNormal = r * std::sin(2.0 * std::numbers::pi * u2);
        m_hasSpareNormal = true;
        return r * std::cos(2.0 * std::numbers::pi * u2);
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

    std::uint64_t m_s[4]{};
    double m_spareNormal = 0.0;
    bool m_hasSpareNormal = false;
};

} // namespace seg
